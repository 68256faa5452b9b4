"""A small knowledge graph written for the store, query and export tests.

Four articles, seven actors, six items on six issues, twelve statements, chosen
so that each query in queries/ has a few rows that can be listed by hand:
conflicts on three items, agreements on two, two items raised by one actor
only, an article with no statements, a conditional statement, and dates that
disagree with ingest order.
"""
from __future__ import annotations

from graph.models import Actor, Article, Item, Statement
from graph.negotiations import Negotiation

PUTIN = Actor("putin", "Vladimir Putin", "Q7747", "person", (("ru", "Владимир Путин"), ("uk", "Володимир Путін")))
ZELENSKY = Actor("zelensky", "Volodymyr Zelensky", "Q3881", "person", (("uk", "Володимир Зеленський"),))
TRUMP = Actor("trump", "Donald Trump", "Q22686", "person")
RUSSIA = Actor("russia", "Russia", "Q159", "state", (("ru", "Россия"), ("uk", "Росія")))
UKRAINE = Actor("ukraine", "Ukraine", "Q212", "state")
KELLOGG = Actor("keith-kellogg", "Keith Kellogg", "", "person")

NATO = Item("ukraine-nato-membership", "Ukraine's NATO membership", "alliance-membership",
            labels=(("ru", "членство Украины в НАТО"), ("uk", "членство України в НАТО")))
CEASEFIRE = Item("ceasefire-30-day", "a 30-day ceasefire", "ceasefire")
REGIONS = Item("withdraw-four-regions", "Ukraine withdraws from four regions", "territory")
GUARANTEES = Item("security-guarantees", "Western security guarantees", "security-guarantees")
TALKS = Item("peace-talks", "direct peace talks", "negotiations")
SANCTIONS = Item("sanctions-relief", "lifting sanctions on Russia", "sanctions", known=False)

A1 = Article("ft-putin-goals", "Путін назвав умови.", title="Цілі Путіна", lang="uk", date="2025-03-01",
             source="Financial Times", url="https://www.ft.com/content/putin-goals", order=0)
A2 = Article("kyiv-post-ceasefire", "Trump proposed a ceasefire.", title="Ceasefire talks", lang="en",
             date="2025-03-11", source="Kyiv Post", url="https://www.kyivpost.com/ceasefire", order=1)
A3 = Article("meduza-talks", "Россия требует.", title="Переговоры", lang="ru", date="2025-02-20",
             source="Meduza", order=2)
A4 = Article("undated-note", "Nothing new.", title="A note", lang="en", order=3)
ARTICLES = (A1, A2, A3, A4)

FT = "Financial Times, citing Kremlin sources"


def _s(article: Article, actor: Actor, relation: str, item: Item, index: int, sentence: str,
       attribution: str = "", text: str = "", conditional_on: tuple[str, ...] = (),
       confidence: float = 0.8) -> Statement:
    item = Item(item.id, item.label, item.issue, text, item.labels, item.known)
    return Statement(article.id, actor, relation, item, sentence, attribution, conditional_on,
                     confidence, index, article.lang)


STATEMENTS = (
    _s(A1, PUTIN, "rejects", NATO, 0, "Путін відкидає вступ України до НАТО.", FT, "вступ України до НАТО"),
    _s(A1, PUTIN, "demands", REGIONS, 1, "Він вимагає виходу з чотирьох областей.", FT,
       "виходу з чотирьох областей", confidence=0.9),
    _s(A1, PUTIN, "proposes", TALKS, 1, "Він вимагає виходу з чотирьох областей.", FT,
       conditional_on=("withdraw-four-regions",), confidence=0.6),
    _s(A2, TRUMP, "proposes", CEASEFIRE, 0, "Trump proposed a 30-day ceasefire.", "White House",
       "a 30-day ceasefire"),
    _s(A2, ZELENSKY, "accepts", CEASEFIRE, 1, "Zelensky agreed to the ceasefire.", text="the ceasefire"),
    _s(A2, ZELENSKY, "demands", GUARANTEES, 2, "He insisted on security guarantees."),
    _s(A2, PUTIN, "rejects", CEASEFIRE, 3, 'Peskov said "a truce is unacceptable".', "Kremlin spokesman Peskov"),
    _s(A2, ZELENSKY, "rejects", REGIONS, 4, "Kyiv will not give up four regions."),
    _s(A3, RUSSIA, "demands", SANCTIONS, 0, "Россия требует снятия санкций.", "Meduza", "снятия санкций"),
    _s(A3, PUTIN, "proposes", TALKS, 1, "Путин предложил прямые переговоры."),
    _s(A3, KELLOGG, "proposes", GUARANTEES, 2, "Келлог предложил гарантии.", "Reuters"),
    _s(A3, UKRAINE, "demands", NATO, 3, "Украина добивается членства в НАТО."),
)


# Two negotiations: the FT and Kyiv Post articles in one, the Meduza article in
# another, so that Ukraine's NATO demand (Meduza) and Putin's rejection (FT) are
# no conflict: they are not in the same talks.
NEGOTIATIONS = (
    Negotiation("ceasefire-talks", "Ceasefire talks", (A1.id, A2.id), ("russia", "ukraine", "united-states")),
    Negotiation("moscow-terms", "Moscow's terms", (A3.id,), ("russia", "ukraine")),
)


def by_article(article: Article) -> list[Statement]:
    return [s for s in STATEMENTS if s.article == article.id]


def load(store) -> None:
    """Write the fixture into `store`, one article at a time, as the build does."""
    for article in ARTICLES:
        store.replace_article(article, by_article(article))
    store.replace_negotiations(NEGOTIATIONS, STATEMENTS)


def expected_order() -> list[Statement]:
    """STATEMENTS in the store's reading order: article date (undated last), then sentence."""
    rank = {"meduza-talks": 0, "ft-putin-goals": 1, "kyiv-post-ceasefire": 2, "undated-note": 3}
    return sorted(STATEMENTS, key=lambda s: (rank[s.article], s.sentence_index, s.actor.id, s.relation, s.item.id))
