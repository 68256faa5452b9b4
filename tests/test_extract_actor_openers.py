"""Whose position a sentence's opening states (codebook sections 1 and 7).

In sentences written for these tests (uk, ru, en; borders, trade, labour, climate):
- a pronoun opening a sentence is never a party the sentence before named only after a
  preposition ("blocking the crossing for Latvian lorry drivers. They demand ..."): that
  sentence's subject was a noun no finder read, and no line is better than the wrong one;
- hauliers ("перевізники", "перевозчики") are a party named by what they are;
- a ministry named with its portfolio ("Міністерство закордонних справ Молдови") is the
  state named after the portfolio, never the state the article is about;
- a gerund clause opening a sentence ("Підтвердивши готовність до переговорів,
  міністерство ...", "While restating its readiness to hold talks, the ministry ...") is
  said of the main clause's subject, never of a party named in the sentence before.
"""

from __future__ import annotations

import pytest
from reading import holdings, lines, statements

# (lang, text, an actor id that must hold no line, a (actor, relation) that must be found or None)
NOT_THE_OBLIQUE_PARTY = [
    ("en", "Road transport firms have blocked the crossing for Latvian lorry drivers since dawn. "
     "They demand that the quota of permits be restored.", "latvian-drivers", None),
    ("en", "Since Sunday, grain traders have been picketing the port for Romanian farmers. "
     "They want an end to the import licences.", "romanian-farmers", None),
    ("uk", "Транспортні фірми з ранку блокують пропускний пункт для латвійських водіїв. "
     "Вони вимагають відновити квоту дозволів.", "latvian-drivers", None),
    ("uk", "Зернотрейдери пікетують порт через румунських фермерів. "
     "Вони хочуть скасування ліцензій на імпорт.", "romanian-farmers", None),
    ("ru", "Транспортные фирмы с утра блокируют пропускной пункт для латвийских водителей. "
     "Они требуют восстановить квоту разрешений.", "latvian-drivers", None),
    ("ru", "Зерновые трейдеры блокируют въезд в порт для румынских фермеров. "
     "Они добиваются отмены лицензий на импорт.", "romanian-farmers", None),
]


@pytest.mark.parametrize("lang,text,wrong,_", NOT_THE_OBLIQUE_PARTY)
def test_an_opening_pronoun_is_not_a_party_named_after_a_preposition(lang, text, wrong, _) -> None:
    assert all(actor != wrong for actor, _ in holdings(text, lang))


HAULIERS = [
    ("en", "Slovak hauliers are blocking the crossing for Hungarian drivers. They demand the return of road permits."),
    ("en", "Hauliers from Poland demanded the reinstatement of transport permits."),
    ("uk", "Словацькі перевізники блокують перехід для угорських водіїв. Вони вимагають повернення дозволів на перевезення."),
    ("uk", "Польські перевізники вимагають відновлення дозволів на перевезення."),
    ("ru", "Словацкие перевозчики блокируют переход для венгерских водителей. Они требуют возвращения разрешений на перевозки."),
    ("ru", "Польские перевозчики требуют восстановления разрешений на перевозки."),
]


@pytest.mark.parametrize("lang,text", HAULIERS)
def test_hauliers_are_a_party(lang: str, text: str) -> None:
    found = statements(text, lang)
    assert any(s.relation == "demands" for s in found)
    assert found and all("hauliers" in s.actor.label.lower() for s in found)


PORTFOLIO_MINISTRIES = [
    ("uk", "Міністерство закордонних справ Молдови відкинуло вимогу про виведення прикордонників.", "moldova"),
    ("uk", "Міністерство внутрішніх справ Грузії запропонувало спільне патрулювання кордону.", "georgia"),
    ("ru", "Министерство иностранных дел Молдовы отвергло требование о выводе пограничников.", "moldova"),
    ("ru", "Министерство внутренних дел Грузии предложило совместное патрулирование границы.", "georgia"),
]


@pytest.mark.parametrize("lang,text,state", PORTFOLIO_MINISTRIES)
def test_a_ministry_with_its_portfolio_is_the_state_named_after_it(lang: str, text: str, state: str) -> None:
    found = holdings(text, lang)
    assert found and {actor for actor, _ in found} == {state}


# (lang, text, the holder of the readiness for talks, a party of the sentence before that holds nothing)
GERUND_OPENERS = [
    ("en", "Armenia accused Baku of stalling the border talks. While restating its readiness to hold "
     "talks, the Azerbaijani foreign ministry warned against new deployments.", "azerbaijan", "armenia"),
    ("en", "Serbia blamed Pristina for the collapse of the dialogue. Reaffirming its willingness to resume "
     "negotiations, Kosovo rejected any new preconditions.", "kosovo", "serbia"),
    ("en", "Chile accused Bolivia of bad faith. After confirming its readiness for talks, Peru rejected "
     "the demand for a corridor to the sea.", "peru", "chile"),
    ("uk", "Вірменія звинуватила Баку в затягуванні переговорів. Підтвердивши готовність до переговорів, "
     "міністерство закордонних справ Азербайджану застерегло від нових розгортань.", "azerbaijan", "armenia"),
    ("uk", "Сербія звинуватила Приштину у зриві діалогу. Висловивши готовність до нових переговорів, "
     "Косово відкинуло будь-які попередні умови.", "kosovo", "serbia"),
    ("ru", "Армения обвинила Баку в затягивании переговоров. Подтвердив готовность к переговорам, "
     "министерство иностранных дел Азербайджана предостерегло от новых развертываний.", "azerbaijan", "armenia"),
    ("ru", "Молдова обвинила Тирасполь в срыве диалога. Выразив готовность к новым переговорам, "
     "Румыния отвергла любые предварительные условия.", "romania", "moldova"),
]


@pytest.mark.parametrize("lang,text,holder,other", GERUND_OPENERS)
def test_a_gerund_opener_is_said_of_the_main_subject(lang: str, text: str, holder: str, other: str) -> None:
    found = lines(text, lang)
    assert any(a == holder and r == "proposes" and "talks" in i for a, r, i in found)
    assert all(a != other for a, _, _ in found)


def test_a_party_named_before_the_cue_in_the_gerund_clause_keeps_its_noun() -> None:
    # "Rejecting Ankara's offer of talks": the offer is Turkey's, not the main subject's.
    text = "Rejecting Turkey's offer of talks on the island, Greece proposed a maritime boundary commission."
    found = holdings(text, "en")
    assert ("greece", "proposes") in found
    assert ("greece", "rejects") in found
