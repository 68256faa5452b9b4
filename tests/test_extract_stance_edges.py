"""Stance at the edges: shapes that look like a position and are none, or are another.

- an indirect question ("unclear whether X will lift its veto", "Неясно, чи зніме X вето",
  "согласится ли X") states no position, and ends the item of a position before it;
- a pending decision ("has not yet ratified", "ще не ратифікувала", "пока не согласился")
  is no refusal (rule 2);
- support for people ("support for the families of the hostages", "підтримує родини
  заручників") is no acceptance of an item;
- "made X conditional on Y", "поставила X в залежність від Y", "обусловила X Y" demand Y;
- a claim given up ("відмовилася від претензій на X") is neither a refusal nor a demand;
  a demand of one's own given up ("відмовляється від своїх вимог щодо X") is the refusal
  compare.py reads as the demand dropped, its label without the cue; another's offer
  declined is a refusal;
- criticism rejects a plan or a proposal only, never a person;
- "will accept neither X nor Y" rejects both; "will hardly accept" is a forecast; "it is
  not true that X rejects Y" is a denial;
- NATO troops are no peacekeeping force: withdrawing them is the eastern-flank drawdown.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from reading import statements as read


def lines(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.label, s.relation, s.item.label) for s in read(text, lang)}


NO_POSITION = [
    ("en", "It is unclear whether Hungary will lift its veto on Ukraine's EU accession."),
    ("en", "Nobody knows whether Israel will reject the ceasefire proposal."),
    ("en", "It is not clear if Hamas will accept the prisoner swap."),
    ("uk", "Неясно, чи зніме Угорщина вето на вступ України до ЄС."),
    ("uk", "Незрозуміло, чи відхилить Ізраїль пропозицію про перемир'я."),
    ("ru", "Неясно, снимет ли Венгрия вето на вступление Украины в ЕС."),
    ("ru", "Пока неизвестно, согласится ли Израиль на обмен пленными."),
    ("en", "The European Commission expressed support for the families of the hostages."),
    ("uk", "Єврокомісія підтримує родини заручників."),
    ("ru", "Еврокомиссия поддерживает семьи заложников."),
    ("en", "The US Senate has not yet ratified the Paris Agreement."),
    ("uk", "Верховна Рада ще не ратифікувала угоду про вільну торгівлю."),
    ("ru", "Израиль пока не согласился на обмен пленными."),
    ("uk", "Угорщина відмовилася від претензій на Закарпаття."),
    ("ru", "Венгрия отказалась от притязаний на Закарпатье."),
    ("en", "Zelensky slammed Trump."),
    ("uk", "Зеленський розкритикував Трампа."),
    ("ru", "Зеленский раскритиковал Трампа."),
    ("en", "Kyiv will hardly accept territorial concessions."),
    ("en", "Zelensky has not accepted the territorial concessions yet."),
    ("uk", "Ізраїль ще не погодився на обмін полоненими."),
    ("en", "It is not true that Hungary rejects the sanctions package."),
    ("uk", "Неправда, що Угорщина блокує санкції."),
    ("ru", "Неправда, что Венгрия блокирует санкции."),
]


@pytest.mark.parametrize("lang,text", [
    ("en", "Zelensky did not accept the territorial concessions."),
    ("uk", "Ізраїль не погодився на обмін полоненими."),
    ("uk", "Орбан заявив, що Угорщина блокує санкції."),
    ("ru", "Орбан заявил, что Венгрия блокирует санкции."),
])
def test_refusals_still_read(lang: str, text: str) -> None:
    assert {s.relation for s in read(text, lang)} == {"rejects"}


@pytest.mark.parametrize("lang,text", NO_POSITION)
def test_no_position(lang: str, text: str) -> None:
    assert read(text, lang) == []


@pytest.mark.parametrize("lang,text,actor,item", [
    ("en", "Poland made the signing of the deal conditional on a ban on grain imports.", "Poland", "ban on grain imports"),
    ("en", "The IMF made the loan contingent on a pension reform.", "International Monetary Fund", "pension reform"),
    ("uk", "Польща поставила підписання угоди в залежність від заборони імпорту зерна.", "Poland", "заборони імпорту зерна"),
    ("ru", "Польша поставила подписание соглашения в зависимость от запрета импорта зерна.", "Poland", "запрет импорта зерна"),
    ("ru", "Польша обусловила подписание соглашения запретом импорта зерна.", "Poland", "запрет импорта зерна"),
])
def test_conditioned_on_demands_the_condition(lang: str, text: str, actor: str, item: str) -> None:
    assert lines(text, lang) == {(actor, "demands", item)}


def test_conditioned_without_condition_is_nothing() -> None:
    assert read("Кредиторы обусловили реструктуризацию долга.", "ru") == []
    found = lines("ХАМАС обусловил освобождение заложников выводом израильских войск из Газы.", "ru")
    assert {(a, r) for a, r, _ in found} == {("Hamas", "demands")}
    assert all("освобождение" not in i for _, _, i in found)


@pytest.mark.parametrize("lang,text", [
    ("en", "Zelensky criticised the US proposal for a ceasefire."),
    ("uk", "Зеленський розкритикував пропозицію США щодо припинення вогню."),
    ("ru", "Зеленский раскритиковал предложение США о прекращении огня."),
    ("uk", "Зеленський відмовився від пропозиції Трампа щодо перемир'я."),
])
def test_criticised_or_declined_proposal_is_rejected(lang: str, text: str) -> None:
    found = read(text, lang)
    assert any(s.actor.label == "Volodymyr Zelensky" and s.relation == "rejects" and s.item.issue == "ceasefire"
               for s in found)


def test_neither_nor_rejects_both() -> None:
    found = read("Hamas will accept neither the disarmament plan nor the buffer zone.", "en")
    assert found and {s.relation for s in found} == {"rejects"}
    assert len(found) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia demands the withdrawal of NATO troops from Eastern Europe."),
    ("uk", "Росія вимагає вивести війська НАТО зі Східної Європи."),
    ("ru", "Россия требует вывести войска НАТО из Восточной Европы."),
])
def test_nato_troops_are_no_peacekeepers(lang: str, text: str) -> None:
    found = read(text, lang)
    assert found and all(s.relation == "demands" and s.item.issue == "alliance-posture" for s in found)


@pytest.mark.parametrize("lang,text", [
    ("en", "Israel rejected the ceasefire proposal, and it is unclear whether talks will resume."),
    ("uk", "Ізраїль відхилив пропозицію про перемир'я, і неясно, чи відновляться переговори."),
])
def test_question_after_a_position_ends_its_item(lang: str, text: str) -> None:
    found = read(text, lang)
    assert [(s.actor.label, s.relation, s.item.issue) for s in found] == [("Israel", "rejects", "ceasefire")]


def test_condition_if_is_no_question() -> None:
    found = read("Hungary will lift its veto if Ukraine restores minority rights.", "en")
    assert any(s.relation == "demands" for s in found)


@pytest.mark.parametrize("lang,text,relation", [
    ("en", "Ukraine wants not only a ceasefire but also security guarantees.", "demands"),
    ("uk", "Україна вимагає не лише перемир'я, а й гарантій безпеки.", "demands"),
    ("ru", "Украина требует не только перемирия, но и гарантий безопасности.", "demands"),
    ("en", "Hamas rejected not only the disarmament plan but also the buffer zone.", "rejects"),
])
def test_not_only_but_also_holds_both(lang: str, text: str, relation: str) -> None:
    found = read(text, lang)
    assert len(found) == 2 and {s.relation for s in found} == {relation}
    assert len({s.item.issue for s in found}) == 2


def test_neither_subject_negates_its_verb() -> None:
    found = read("Neither Israel nor Hamas accepted the ceasefire.", "en")
    assert found and {s.relation for s in found} == {"rejects"}
    assert read("Neither Kyiv nor Moscow has demanded a ceasefire.", "en") == []


@pytest.mark.parametrize("lang,text,label", [
    ("uk", "Орбан відмовляється від своїх вимог щодо прав угорської меншини.", "права угорської меншини"),
    ("ru", "Орбан отказывается от своих требований по правам венгерского меньшинства.", "права венгерского меньшинства"),
])
def test_demand_given_up_keeps_no_cue_in_its_label(lang: str, text: str, label: str) -> None:
    """Read as the refusal compare.py turns into the demand dropped (withdrawals.yaml)."""
    from graph.compare import reports_withdrawal

    assert lines(text, lang) == {("Viktor Orbán", "rejects", label)}
    assert reports_withdrawal(text)


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Угорщина не може не погодитися на санкції.", set()),
    ("ru", "Венгрия не может не согласиться на санкции.", set()),
    ("uk", "Угорщина не може погодитися на санкції.", {"rejects"}),
    ("ru", "Венгрия не может согласиться на санкции.", {"rejects"}),
])
def test_cannot_but_agree_is_no_refusal(lang: str, text: str, expected: set) -> None:
    assert {s.relation for s in read(text, lang)} == expected


def test_elided_alternative_names_no_item() -> None:
    found = read("Ізраїль запропонував тимчасове перемир'я замість постійного.", "uk")
    assert {s.relation for s in found} == {"proposes"}
    found = read("Зеленський вимагає гарантій безпеки, а не перемир'я.", "uk")
    assert ("rejects", "ceasefire") in {(s.relation, s.item.issue) for s in found}
