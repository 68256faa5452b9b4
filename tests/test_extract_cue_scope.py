"""Cue scope: alternatives, negation, failure conditions and refusals without a cue verb
(codebook section 1, rules 1-3, section 7), on sentences written for these tests in
Ukrainian, Russian and English:

- "agreed to X, but not Y": Y is the alternative the actor turns down;
- "urged X not to delay A and to put B to a vote": the negation stops at the second
  infinitive, which is still asked for;
- a condition of failure ("if the talks collapse") triggers a fallback and is no demand;
  a "while" clause after a refusal ("поки триває війна") says how long the refusal holds,
  while "поки не" / "until" still names a demand;
- refusals, demands and acceptances with no cue verb of their own: "warned against X",
  "had no plans to X", "would back only X", "would depend on X", "lifted its ban on X".
"""

from __future__ import annotations

import pytest
from reading import statements as read

from graph.models import Statement


def holds(found: list[Statement], actor: str, relation: str, words: str) -> bool:
    return any(s.actor.id == actor and s.relation == relation and words in s.item.label for s in found)


# --- "but not" after an acceptance -------------------------------------------------------

BUT_NOT = [
    ("uk", "Польща погоджується на квоти, але не на повну заборону імпорту.", "poland", "accepts", "повна заборона імпорту"),
    ("en", "Hungary agreed to extend the sanctions but not to widen the list.", "hungary", "accepts", "widen the list"),
]


@pytest.mark.parametrize("lang,text,actor,wanted,refused", BUT_NOT)
def test_but_not_is_rejected(lang, text, actor, wanted, refused):
    found = read(text, lang)
    assert holds(found, actor, "rejects", refused), found
    assert any(s.actor.id == actor and s.relation == wanted for s in found), found
    assert not any(s.relation != "rejects" and refused in s.item.label for s in found), found


# --- a negation stops at the second infinitive ------------------------------------------

def test_negation_does_not_spread_to_second_infinitive_uk():
    found = read("Єврокомісія закликала держави не відкладати ухвалення регламенту і провести голосування до літа.", "uk")
    assert holds(found, "european-commission", "rejects", "відкладати ухвалення регламенту"), found
    assert not any(s.relation == "rejects" and "голосування" in s.item.label for s in found), found
    assert holds(found, "european-commission", "proposes", "голосування"), found


def test_negation_holds_for_two_negated_infinitives_ru():
    found = read("Профсоюз призвал компанию Renault не закрывать завод и не сокращать рабочих мест.", "ru")
    assert not any(s.relation in ("demands", "proposes") and "сокращать" in s.item.label for s in found), found


# --- conditions that name no demand --------------------------------------------------------

CONTINGENCIES = [
    ("en", "Chile offered to put the text to a vote if the talks collapsed.", "chile", "vote"),
    ("en", "Norway proposed a majority vote on the levy if consensus failed.", "norway", "majority vote"),
    ("ru", "Франция предложила голосование, если переговоры сорвутся.", "france", "голосование"),
    ("uk", "Франція запропонувала голосування, якщо переговори проваляться.", "france", "голосування"),
]


@pytest.mark.parametrize("lang,text,actor,offer", CONTINGENCIES)
def test_failure_condition_is_no_demand(lang, text, actor, offer):
    found = read(text, lang)
    assert holds(found, actor, "proposes", offer), found
    assert not any(s.relation == "demands" for s in found), found


WHILE_REFUSALS = [
    ("uk", "Україна відмовилася платити за облігаціями, поки триває війна.", "ukraine"),
    ("uk", "Україна не платитиме за облігаціями, поки триває війна.", "ukraine"),
    ("ru", "Россия отказалась платить по облигациям, пока действуют санкции.", "russia"),
    ("en", "Germany will not sign the deal as long as the coal exemption stays in the text.", "germany"),
]


@pytest.mark.parametrize("lang,text,actor", WHILE_REFUSALS)
def test_while_clause_after_refusal_is_no_demand(lang, text, actor):
    found = read(text, lang)
    assert any(s.actor.id == actor and s.relation == "rejects" for s in found), found
    assert not any(s.relation == "demands" for s in found), found


UNTIL_REFUSALS = [
    ("uk", "Польща не відкриє кордон, поки Україна не змінить правила.", "poland", "змінить правила"),
    ("ru", "Израиль отказался выводить войска, пока ХАМАС не освободит заложников.", "israel", "hostage"),
    ("en", "Israel refused to withdraw its troops until Hamas frees the hostages.", "israel", "hostage"),
]


@pytest.mark.parametrize("lang,text,actor,demand", UNTIL_REFUSALS)
def test_until_clause_after_refusal_still_demands(lang, text, actor, demand):
    found = read(text, lang)
    assert any(
        s.actor.id == actor and s.relation == "demands" and (demand in s.item.label or demand in s.item.id)
        for s in found
    ), found


# --- positions with no cue verb of their own ----------------------------------------------

NO_CUE_VERB = [
    ("en", "Macron warned against a partial deal with Moscow.", "macron", "rejects", "partial deal"),
    ("uk", "Макрон застеріг від часткової угоди з Москвою.", "macron", "rejects", "часткова угода"),
    ("ru", "Шольц предостерёг от сепаратной сделки с Пекином.", "scholz", "rejects", "сепаратная сделка"),
    ("en", "The EU had no plans to follow the American move, Borrell said.", "european-union", "rejects", "follow the American move"),
    ("uk", "ЄС не має планів наслідувати рішення США, заявив Боррель.", "european-union", "rejects", "наслідувати рішення США"),
    ("ru", "Япония не имеет планов отменять пошлины на рис.", "japan", "rejects", "tariffs"),
    ("en", "India said it would back only a deal adopted by consensus.", "india", "demands", "deal adopted by consensus"),
    ("en", "The miners' union will accept only a raise of 9 percent, Mthunzi said.", "", "demands", "raise of 9 percent"),
    ("uk", "Індія заявила, що підтримає лише угоду, ухвалену консенсусом.", "india", "demands", "ухвалену консенсусом"),
    ("ru", "Индия заявила, что поддержит только договор, принятый консенсусом.", "india", "demands", "принятый консенсусом"),
    ("en", "Blinken said any further relief would depend on the release of all political prisoners.", "blinken", "demands", "prisoners"),
    ("ru", "Блинкен заявил, что дальнейшее смягчение санкций будет зависеть от освобождения всех политзаключённых.", "blinken", "demands", "political prisoners"),
    ("en", "Poland lifted its ban on Ukrainian grain imports.", "poland", "accepts", "grain imports"),
    ("uk", "Польща зняла заборону на імпорт українського зерна.", "poland", "accepts", "імпорт українського зерна"),
    ("ru", "Словакия сняла запрет на транзит украинской пшеницы.", "slovakia", "accepts", "транзит украинской пшеницы"),
]


@pytest.mark.parametrize("lang,text,actor,relation,words", NO_CUE_VERB)
def test_position_without_cue_verb(lang, text, actor, relation, words):
    found = read(text, lang)
    assert any(
        (not actor or s.actor.id == actor) and s.relation == relation and words in s.item.label for s in found
    ), found
    # the cue's own words are never the item
    assert not any(w in s.item.label.lower() for s in found for w in ("warn", "застер", "предостер", "plans", "планів", "ban on", "заборон", "запрет"))


def test_warned_that_is_no_refusal():
    # "warned that X" reports a prediction, no refusal of X
    found = read("Lagarde warned that inflation could rise again next year.", "en")
    assert not any(s.relation == "rejects" for s in found), found
