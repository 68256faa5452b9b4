"""Clause structure (issue 14, point 3): the subject and the item of a cue stay inside
the cue's own clause.

Sentences written for these tests, in Ukrainian, Russian and English:

- an adverbial clause ("as", "because", "while"; "оскільки", "бо", "тоді як";
  "поскольку", "так как", "в то время как") has its own subject: a name of the main
  clause before it is never the actor of a cue inside it, and its words are no part of
  an item of the main clause;
- an apposition or a relative clause between the subject and its predicate does not
  hide the subject ("Switzerland, home to ..., remains opposed to X"), and a relative
  clause that states a position states its antecedent's ("Chile, which has long
  demanded X, ...");
- a second coordinated predicate keeps the subject ("rejected X and demanded Y");
- a past participle with a "by" phrase and no auxiliary ("voluntary but backed by B",
  "Peru, backed by Chile,") describes a noun and is no cue.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article, Statement


def read(text: str, lang: str) -> list[Statement]:
    return extract_article(Article(id="t", text=text, lang=lang))


def holds(found: list[Statement], actor: str, relation: str, item: str) -> bool:
    """A statement of `actor` and `relation` whose item is `item` (an id) or whose label
    holds `item` (the text's own words for an item the lexicon lacks)."""
    return any(
        s.actor.id == actor and s.relation == relation and (s.item.id == item or item in s.item.label)
        for s in found
    )


# --- 1. An adverbial clause has its own subject ----------------------------------------

SUBORDINATE = [
    # (lang, text, actors that must hold no position, expected (actor, relation, item) or None)
    ("en", "Talks between Chile and Peru stalled on Tuesday as developing countries pressed for a waiver on patents.",
     ("chile", "peru"), None),
    ("en", "The meeting of Norway and Canada broke up because the poorer nations demanded debt relief.",
     ("norway", "canada"), None),
    ("en", "Talks with Turkey dragged on while Brazil insisted on a cap on emissions.",
     ("turkey",), ("brazil", "demands", "cap on emissions")),
    ("en", "Egypt walked out of the summit, as Jordan had demanded a border crossing.",
     ("egypt",), ("jordan", "demands", "border crossing")),
    ("uk", "Переговори між Чилі та Перу зайшли в глухий кут, оскільки країни, що розвиваються, наполягали на скасуванні патентів.",
     ("chile", "peru"), None),
    ("uk", "Зустріч Норвегії та Канади зірвалася, бо бідніші країни вимагали списання боргів.",
     ("norway", "canada"), None),
    ("uk", "Переговори з Туреччиною затягнулися, тоді як Бразилія наполягала на обмеженні викидів.",
     ("turkey",), ("brazil", "demands", "обмеження викидів")),
    ("ru", "Переговоры между Чили и Перу зашли в тупик, поскольку развивающиеся страны настаивали на отмене патентов.",
     ("chile", "peru"), None),
    ("ru", "Встреча Норвегии и Канады сорвалась, так как бедные страны требовали списания долгов.",
     ("norway", "canada"), None),
    ("ru", "Переговоры с Турцией затянулись, в то время как Бразилия настаивала на ограничении выбросов.",
     ("turkey",), ("brazil", "demands", "ограничение выбросов")),
]


@pytest.mark.parametrize("lang,text,not_actors,expected", SUBORDINATE)
def test_subordinate_clause_has_its_own_subject(lang, text, not_actors, expected):
    found = read(text, lang)
    assert not [s for s in found if s.actor.id in not_actors], found
    if expected is not None:
        assert holds(found, *expected), found


MAIN_CLAUSE_AFTER = [
    # A fronted clause closed by a comma, or "as" as a preposition: the main clause's subject holds.
    ("en", "As talks stalled, Peru demanded a waiver on patents.", ("peru", "demands", "waiver on patents")),
    ("en", "Peru, as host, demanded a cap on emissions.", ("peru", "demands", "cap on emissions")),
    ("en", "Chile has since 2019 demanded a waiver on patents.", ("chile", "demands", "waiver on patents")),
    ("uk", "Оскільки переговори зайшли в глухий кут, Перу вимагало скасування патентів.",
     ("peru", "demands", "скасування патентів")),
    ("ru", "Поскольку переговоры зашли в тупик, Перу потребовало отмены патентов.",
     ("peru", "demands", "отмены патентов")),
]


@pytest.mark.parametrize("lang,text,expected", MAIN_CLAUSE_AFTER)
def test_main_clause_keeps_its_subject(lang, text, expected):
    assert holds(read(text, lang), *expected)


# --- 2. Appositions and parentheticals; "remains opposed" -------------------------------

APPOSITIONS = [
    ("en", "Switzerland, home to several drugmakers, remains opposed to a waiver on patents.",
     ("switzerland", "rejects", "waiver on patents")),
    ("en", "Hungary remained opposed to sanctions on Russian oil.", ("hungary", "rejects", "sanctions on Russian oil")),
    ("uk", "Швейцарія, де розташовані фармкомпанії, і далі виступає проти відмови від патентів.",
     ("switzerland", "rejects", "відмови від патентів")),
    ("uk", "Угорщина залишається проти санкцій на російську нафту.", ("hungary", "rejects", "санкції на російську нафту")),
    ("ru", "Швейцария, где находятся фармкомпании, по-прежнему выступает против отмены патентов.",
     ("switzerland", "rejects", "отмены патентов")),
    ("ru", "Венгрия остается против санкций на российскую нефть.", ("hungary", "rejects", "санкции на российскую нефть")),
]


@pytest.mark.parametrize("lang,text,expected", APPOSITIONS)
def test_apposition_keeps_the_subject(lang, text, expected):
    found = read(text, lang)
    assert holds(found, *expected), found
    assert all(s.relation == expected[1] for s in found), found  # no "demands patents"


# --- 3. Relative clauses stating the antecedent's position ------------------------------

RELATIVES = [
    ("en", "Chile, which has long demanded a waiver on patents, welcomed the new proposal.",
     ("chile", "demands", "waiver on patents")),
    ("uk", "Чилі, яке давно вимагає відмови від патентів, привітало нову пропозицію.",
     ("chile", "demands", "відмови від патентів")),
    ("ru", "Чили, которое давно требует отмены патентов, приветствовало новое предложение.",
     ("chile", "demands", "отмены патентов")),
]


@pytest.mark.parametrize("lang,text,expected", RELATIVES)
def test_relative_clause_states_its_antecedents_position(lang, text, expected):
    assert holds(read(text, lang), *expected)


# --- 4. A second coordinated predicate keeps the subject -------------------------------

COORDINATED = [
    ("en", "Peru rejected the ceasefire and demanded the withdrawal of troops.",
     [("peru", "rejects", "ceasefire"), ("peru", "demands", "withdrawal of troops")]),
    ("en", "Peru rejected the ceasefire but was willing to hold talks in Geneva.",
     [("peru", "rejects", "ceasefire"), ("peru", "proposes", "talks")]),
    ("uk", "Перу відхилило перемир'я і вимагало виведення військ.",
     [("peru", "rejects", "ceasefire"), ("peru", "demands", "виведення військ")]),
    ("uk", "Перу відхилило перемир'я, але було готове до переговорів у Женеві.",
     [("peru", "rejects", "ceasefire"), ("peru", "proposes", "talks")]),
    ("ru", "Перу отклонило перемирие и потребовало вывода войск.",
     [("peru", "rejects", "ceasefire"), ("peru", "demands", "вывод войск")]),
    ("ru", "Перу отклонило перемирие, но было готово к переговорам в Женеве.",
     [("peru", "rejects", "ceasefire"), ("peru", "proposes", "talks")]),
]


@pytest.mark.parametrize("lang,text,expected", COORDINATED)
def test_second_predicate_keeps_the_subject(lang, text, expected):
    found = read(text, lang)
    for triple in expected:
        assert holds(found, *triple), (triple, found)


# --- 5. A participle inside an item is no cue -------------------------------------------

PARTICIPLES = [
    # (lang, text, expected, actor that must not accept anything)
    ("en", "Norway floated a compromise under which the transfer would be voluntary but backed by public funding.",
     ("norway", "proposes", "compromise"), "norway"),
    ("en", "Peru, backed by Chile, demanded a cap on emissions.", ("peru", "demands", "cap on emissions"), "peru"),
    ("uk", "Норвегія запропонувала компроміс, за яким передача була б добровільною, але підтриманою державним фінансуванням.",
     ("norway", "proposes", "компроміс"), "norway"),
    ("ru", "Норвегия предложила компромисс, при котором передача была бы добровольной, но поддержанной государственным финансированием.",
     ("norway", "proposes", "компромисс"), "norway"),
]


@pytest.mark.parametrize("lang,text,expected,not_accepting", PARTICIPLES)
def test_participle_is_no_cue(lang, text, expected, not_accepting):
    found = read(text, lang)
    assert holds(found, *expected), found
    assert not [s for s in found if s.actor.id == not_accepting and s.relation == "accepts"], found


# --- 6. Relative clauses inside an item name no new actor; a pronoun subject in a clause --

INSIDE_ITEMS = [
    # (lang, text, expected, actor that must hold nothing)
    ("en", "Chile demanded a regional fund which Peru would manage.", ("chile", "demands", "regional fund"), "peru"),
    ("uk", "Чилі вимагало створення фонду, яким керувало б Перу.", ("chile", "demands", "створення фонду"), "peru"),
    ("ru", "Чили потребовало создания фонда, которым управляло бы Перу.", ("chile", "demands", "создания фонда"), "peru"),
    ("en", "Peru walked out because it wanted a waiver on patents.", ("peru", "demands", "waiver on patents"), "chile"),
    ("uk", "Перу вийшло з переговорів, бо воно вимагало скасування патентів.",
     ("peru", "demands", "скасування патентів"), "chile"),
]


@pytest.mark.parametrize("lang,text,expected,no_actor", INSIDE_ITEMS)
def test_clause_inside_item_leaks_no_actor(lang, text, expected, no_actor):
    found = read(text, lang)
    assert holds(found, *expected), found
    assert not [s for s in found if s.actor.id == no_actor], found
