"""Positions stated without the usual cue verbs (codebook section 1, rules 2-3, section 7).

Sentences written for these tests, in Ukrainian, Russian and English:

- refusals in other words ("will make no concessions on X", "не має наміру X", "про X не
  може бути й мови", "X исключено") reject X, with X's own words as the label, never
  the cue; hedges ("did not rule out"), "no comment" and forecasts state nothing;
- a contrast ("ready for X but not for Y", "X, а не Y", "X rather than Y", "вместо Y")
  proposes or accepts X and rejects Y, both held by the same actor;
- a condition ("only as part of a deal that X", "possible only if X", "лише за умови X",
  "только если X") is attached to the main position in `conditional_on` and is never
  the main item's label;
- offers with no cue verb ("is prepared to send X", "under the plan, Y would X", "agreed
  in principle to X") are the offerer's (a plan's content: its author's).
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article, Statement


def read(text: str, lang: str) -> list[Statement]:
    return extract_article(Article(id="t", text=text, lang=lang))


def triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.id, s.relation, s.item.id) for s in read(text, lang)}


def holds(found: list[Statement], actor: str, relation: str, item: str) -> bool:
    """A statement of `actor` and `relation` whose item is `item` (an id) or whose label
    holds `item` (the text's own words for an item the lexicon lacks)."""
    return any(
        s.actor.id == actor and s.relation == relation and (s.item.id == item or item in s.item.label)
        for s in found
    )


# --- 1. Refusals in other words --------------------------------------------------------

REFUSALS = [
    # (lang, text, actor, item id or words of the label, cue words the label must not hold)
    ("en", "Moscow will make no concessions on Crimea, Lavrov said.", "russia", "concessions on Crimea", "make no"),
    ("en", "Tehran said that a halt to enrichment is out of the question.", "iran", "zero-enrichment", "question"),
    ("en", "Netanyahu ruled out a withdrawal from the Philadelphi corridor.", "netanyahu", "withdrawal from the Philadelphi corridor", "ruled"),
    ("en", "The Kremlin will not hear of European peacekeepers in Ukraine.", "russia", "european-reassurance-force", "hear"),
    ("en", "Beijing has no intention of attending the summit in Geneva.", "china", "attending the summit in Geneva", "intention"),
    ("en", "Warsaw would not allow the transit of Russian gas.", "poland", "gas-transit", "allow"),
    ("en", "Hungary vowed to make no concessions on the gas price.", "hungary", "concessions on the gas price", "make no"),
    ("uk", "Угорщина не піде на поступки щодо санкцій проти Росії.", "hungary", "поступки щодо санкцій", "піде"),
    ("uk", "Пєсков заявив, що розміщення військ НАТО в Україні виключено.", "putin", "european-reassurance-force", "виключено"),
    ("uk", "Про відмову від вступу до НАТО не може бути й мови, заявив Зеленський.", "zelensky", "ukraine-nato-renunciation", "мови"),
    ("uk", "Кремль не має наміру повертати депортованих дітей.", "russia", "return-of-deported-children", "наміру"),
    ("uk", "Ізраїль не допустить повернення до кордонів 1967 року.", "israel", "повернення до кордонів 1967 року", "допустить"),
    ("uk", "Про передачу Криму не може йтися, заявив Пєсков.", "putin", "передача Криму", "йтися"),
    ("ru", "Венгрия не пойдет на уступки по санкциям против России.", "hungary", "уступки по санкциям", "пойдет"),
    ("ru", "Песков заявил, что размещение войск НАТО на Украине исключено.", "putin", "european-reassurance-force", "исключено"),
    ("ru", "Об отказе от вступления в НАТО не может быть и речи, заявил Зеленский.", "zelensky", "ukraine-nato-renunciation", "речи"),
    ("ru", "Кремль не намерен возвращать депортированных детей.", "russia", "return-of-deported-children", "намерен"),
    ("ru", "Путин исключил прекращение огня до выборов на Украине.", "putin", "ceasefire", "исключил"),
    ("ru", "Москва не намеревается возвращать депортированных детей.", "russia", "return-of-deported-children", "намерева"),
    ("ru", "Речи быть не может о передаче Крыма, заявил Песков.", "putin", "передача Крыма", "речи"),
]


@pytest.mark.parametrize("lang,text,actor,item,cue", REFUSALS, ids=[f"{c[0]}-{n}" for n, c in enumerate(REFUSALS)])
def test_a_refusal_in_other_words_rejects_the_outcome(lang: str, text: str, actor: str, item: str, cue: str) -> None:
    found = read(text, lang)
    assert holds(found, actor, "rejects", item), f"{text!r} read as {sorted(triples(text, lang))}"
    assert not any(cue in s.item.label for s in found), "the cue is no part of the label"
    assert not any(s.relation in ("proposes", "accepts", "demands") for s in found)


@pytest.mark.parametrize(
    "lang,text",
    [
        # Hedges: not ruling something out is no position on it (rule 2, section 7).
        ("en", "Zelensky did not rule out a referendum on the peace deal."),
        ("uk", "Зеленський не виключив проведення референдуму щодо мирної угоди."),
        ("ru", "Зеленский не исключил проведения референдума по мирному соглашению."),
        # Declining to comment (rule 7).
        ("en", "Peskov refused to comment on the prisoner exchange."),
        ("en", "The State Department declined to comment on the proposal."),
        ("uk", "Пєсков відмовився коментувати обмін полоненими."),
        ("ru", "Песков отказался комментировать обмен пленными."),
        # A past fact, not a refusal.
        ("en", "Russia made no concessions during the talks."),
        # Forecasts (rule 7).
        ("en", "Moscow is unlikely to accept a 30-day ceasefire."),
        ("uk", "Москва навряд чи погодиться на тридцятиденне перемир'я."),
        ("ru", "Москва вряд ли согласится на тридцатидневное перемирие."),
    ],
)
def test_a_hedge_no_comment_or_forecast_states_nothing(lang: str, text: str) -> None:
    assert read(text, lang) == [], f"{text!r} read as {sorted(triples(text, lang))}"


def test_refusal_cases_cover_every_language() -> None:
    for lang in ("uk", "ru", "en"):
        assert sum(1 for c in REFUSALS if c[0] == lang) >= 5


# --- 2. Contrast: the alternative turned down ------------------------------------------

CONTRASTS = [
    # (lang, text, actor, relation toward the wanted item, wanted, turned down)
    ("en", "Ukraine is ready for a ceasefire but not for territorial concessions.", "ukraine", "proposes", "ceasefire", "territorial-concessions"),
    ("en", "The European Union favours new sanctions rather than talks with Moscow.", "european-union", "proposes", "new-sanctions", "talks"),
    ("en", "Kyiv wants a full ceasefire, not a freeze of the front line.", "ukraine", "demands", "ceasefire", "freeze-front-line"),
    ("en", "Instead of a ceasefire, Russia proposed talks in Istanbul.", "russia", "proposes", "istanbul-talks", "ceasefire"),
    ("uk", "Україна готова до перемир'я, але не до територіальних поступок.", "ukraine", "proposes", "ceasefire", "territorial-concessions"),
    ("uk", "Київ хоче повного припинення вогню, а не заморожування конфлікту.", "ukraine", "demands", "ceasefire", "freeze-front-line"),
    ("uk", "Замість перемир'я Росія пропонує переговори в Стамбулі.", "russia", "proposes", "istanbul-talks", "ceasefire"),
    ("ru", "Украина готова к перемирию, но не к территориальным уступкам.", "ukraine", "proposes", "ceasefire", "territorial-concessions"),
    ("ru", "Киев предлагает переговоры вместо перемирия.", "ukraine", "proposes", "talks", "ceasefire"),
    ("ru", "Вместо перемирия Москва предлагает переговоры.", "russia", "proposes", "talks", "ceasefire"),
]


@pytest.mark.parametrize(
    "lang,text,actor,relation,wanted,refused", CONTRASTS, ids=[f"{c[0]}-{n}" for n, c in enumerate(CONTRASTS)]
)
def test_a_contrast_rejects_the_alternative(lang: str, text: str, actor: str, relation: str, wanted: str, refused: str) -> None:
    found = triples(text, lang)
    assert (actor, relation, wanted) in found, f"{text!r} read as {sorted(found)}"
    assert (actor, "rejects", refused) in found, f"{text!r} read as {sorted(found)}"
    assert (actor, "rejects", wanted) not in found
    assert not any(rel != "rejects" and item == refused for _, rel, item in found)


@pytest.mark.parametrize(
    "lang,text",
    [
        # A time, a partner or a manner after "but not" names no alternative.
        ("en", "Kyiv is ready for talks, but not before a ceasefire."),
        ("en", "Hamas insists that aid be distributed by the United Nations rather than by the foundation."),
        ("uk", "Україна готова до переговорів, але не раніше припинення вогню."),
        ("uk", "Україна готова до переговорів, але не зараз."),
        ("ru", "Россия готова к переговорам, но не раньше прекращения поставок оружия."),
        ("ru", "Россия готова к переговорам, но не сейчас."),
    ],
)
def test_a_time_or_a_manner_after_but_not_is_no_rejection(lang: str, text: str) -> None:
    found = read(text, lang)
    assert found, "the wanted item is still read"
    assert not any(s.relation == "rejects" for s in found), f"{text!r} read as {sorted(triples(text, lang))}"


# --- 3. Conditions are conditions, not items ---------------------------------------------

CONDITIONS = [
    # (lang, text, actor, main item, condition: item id or words of its label)
    ("en", "Ukraine would accept a ceasefire only as part of a deal that includes security guarantees.", "ukraine", "ceasefire", "security-guarantees"),
    ("en", "Ukraine would accept a ceasefire only if it is backed by security guarantees.", "ukraine", "ceasefire", "security-guarantees"),
    ("en", "Zelensky said a ceasefire is possible only if Russia withdraws its troops.", "zelensky", "ceasefire", "Russia withdraws its troops"),
    ("en", "Kyiv will agree to talks only if Russia halts its strikes on energy infrastructure.", "ukraine", "talks", "energy-strike-moratorium"),
    ("uk", "Київ погодиться на перемир'я лише за умови гарантій безпеки.", "ukraine", "ceasefire", "security-guarantees"),
    ("uk", "Київ погодиться на перемир'я лише в рамках угоди про гарантії безпеки.", "ukraine", "ceasefire", "security-guarantees"),
    ("uk", "Зеленський заявив, що перемир'я можливе тільки якщо Росія виведе війська.", "zelensky", "ceasefire", "Росія виведе війська"),
    ("ru", "Киев согласится на перемирие только при условии гарантий безопасности.", "ukraine", "ceasefire", "security-guarantees"),
    ("ru", "Зеленский заявил, что перемирие возможно только если Россия выведет войска.", "zelensky", "ceasefire", "Россия выведет войска"),
    ("ru", "Украина согласится на переговоры только если Россия прекратит удары по энергетике.", "ukraine", "talks", "energy-strike-moratorium"),
]


@pytest.mark.parametrize(
    "lang,text,actor,main,condition", CONDITIONS, ids=[f"{c[0]}-{n}" for n, c in enumerate(CONDITIONS)]
)
def test_a_condition_is_attached_to_the_position_not_its_label(lang: str, text: str, actor: str, main: str, condition: str) -> None:
    found = read(text, lang)
    positions = [s for s in found if s.actor.id == actor and s.item.id == main]
    assert positions and all(s.relation in ("proposes", "accepts") for s in positions), f"{text!r}: {sorted(triples(text, lang))}"
    demanded = [s for s in found if s.actor.id == actor and s.relation == "demands"]
    assert holds(demanded, actor, "demands", condition), "the condition is what the actor demands (rule 3)"
    assert all(set(s.conditional_on) & {d.item.id for d in demanded} for s in positions)
    # The condition never labels the main position, nor does the marker.
    for s in found:
        if s.relation != "demands":
            assert s.item.id != demanded[0].item.id
        assert not any(marker in s.item.text for marker in ("only", "лише", "только", "part of a deal"))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Analysts say a ceasefire is possible only if Russia withdraws its troops."),
        ("uk", "Аналітики вважають, що перемир'я можливе тільки якщо Росія виведе війська."),
        ("ru", "Эксперт считает, что перемирие возможно только если Россия выведет войска."),
        ("en", "A ceasefire is possible only if Russia withdraws its troops."),
    ],
)
def test_possible_only_if_is_an_offer_only_of_a_party(lang: str, text: str) -> None:
    assert read(text, lang) == [], f"{text!r} read as {sorted(triples(text, lang))}"


# --- 4. Offers without a cue verb ---------------------------------------------------------

OFFERS = [
    # (lang, text, actor, relation, item id or words of the label, words the item text must not hold)
    ("en", "Britain is prepared to send troops to Ukraine.", "united-kingdom", "proposes", "send troops to Ukraine", "prepared"),
    ("en", "Witkoff presented a new plan. Under the plan Russia would release all Ukrainian prisoners.", "witkoff", "proposes", "prisoner-release", "plan"),
    ("en", "Under Trump's plan, Russia would lift its blockade of Ukrainian ports.", "trump", "proposes", "lift its blockade of Ukrainian ports", "plan"),
    ("en", "Hamas agreed in principle to release all hostages.", "hamas", "accepts", "release-of-all-hostages", "principle"),
    ("uk", "Британія готова надіслати миротворців в Україну.", "united-kingdom", "proposes", "european-reassurance-force", "готова"),
    ("uk", "Віткофф представив новий план. За планом Росія звільнить усіх українських полонених.", "witkoff", "proposes", "prisoner-exchange", "планом"),
    ("uk", "Хамас у принципі погодився звільнити всіх заручників.", "hamas", "accepts", "release-of-all-hostages", "принципі"),
    ("uk", "Україна погодилася в принципі на обмін полоненими.", "ukraine", "accepts", "prisoner-exchange", "принципі"),
    ("ru", "Британия готова направить миротворцев на Украину.", "united-kingdom", "proposes", "european-reassurance-force", "готова"),
    ("ru", "Уиткофф представил новый план. По плану Россия освободит всех украинских пленных.", "witkoff", "proposes", "Россия освободит всех украинских пленных", "плану"),
    ("ru", "Хамас в принципе согласился освободить всех заложников.", "hamas", "accepts", "release-of-all-hostages", "принципе"),
    ("ru", "Россия согласилась в принципе на обмен пленными.", "russia", "accepts", "prisoner-exchange", "принципе"),
]


@pytest.mark.parametrize(
    "lang,text,actor,relation,item,frame", OFFERS, ids=[f"{c[0]}-{n}" for n, c in enumerate(OFFERS)]
)
def test_an_offer_without_a_cue_verb_is_the_offerers(lang: str, text: str, actor: str, relation: str, item: str, frame: str) -> None:
    found = read(text, lang)
    assert holds(found, actor, relation, item), f"{text!r} read as {sorted(triples(text, lang))}"
    offered = [s for s in found if s.relation == relation and (s.item.id == item or item in s.item.label)]
    assert not any(frame in s.item.text for s in offered), "the frame is no part of the item"
    # The plan's content is its author's, not the party named inside it (section 7).
    assert not any(s.actor.id == "russia" and s.relation == "proposes" for s in found if actor != "russia")


def test_a_plan_owner_after_the_marker_is_its_author() -> None:
    for lang, text in (
        ("uk", "За планом Трампа Росія поверне окуповані території."),
        ("ru", "По плану Трампа Россия вернет оккупированные территории."),
        ("ru", "Согласно плану Келлога, Россия вернет оккупированные территории."),
    ):
        found = read(text, lang)
        assert found and all(s.relation == "proposes" for s in found), f"{text!r}: {sorted(triples(text, lang))}"
        assert {s.actor.id for s in found} <= {"trump", "kellogg"}
