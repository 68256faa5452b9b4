"""Who a longer name is, in Ukrainian (codebook section 1, rule 5, section 7).

In sentences written for these tests (securities, diaspora, rebels, unions, city transport):
- a lexicon alias that heads a longer name with its own tail is another party ("Конгрес
  українців Канади" is no US Congress); "Конгрес США" stays the lexicon's;
- a name whose tail opens with a preposition ("Рух за справедливість і рівність", "Комісія з
  цінних паперів") is one party with its whole name, "і" inside it included;
- an organisation introduced by a type noun and a quoted name ("профспілка «Злагода»") is
  what the bare type noun later stands for;
- a media outlet ("телеканал «Рада»", "газета «Голос»") is never a party;
- a place in the genitive between a title and a person's name ("Мер Львова Андрій Садовий")
  is no part of the person's label.
"""

from __future__ import annotations

import pytest
from reading import statements


def holders(text: str) -> list[tuple[str, str]]:
    """(actor label, relation) of every line of a Ukrainian text."""
    return [(s.actor.label, s.relation) for s in statements(text, "uk")]


NAMES = [
    ("Конгрес українців Канади закликав запровадити нові санкції проти Росії.",
     "Конгрес українців Канади", "proposes"),
    ("Рух за справедливість і рівність відкинув пропозицію про перемир'я.",
     "Рух за справедливість і рівність", "rejects"),
    ("Комісія з цінних паперів відхилила вимогу брокерів скасувати мито.",
     "Комісія з цінних паперів", "rejects"),
    ("Фронт за визволення і єдність вимагає виведення іноземних військ.",
     "Фронт за визволення і єдність", "demands"),
]


@pytest.mark.parametrize(("text", "label", "relation"), NAMES)
def test_longer_name_is_one_party_with_its_whole_name(text, label, relation):
    found = holders(text)
    assert (label, relation) in found
    assert all(actor == label for actor, _ in found)


def test_alias_with_its_own_state_stays_the_lexicon_party():
    found = statements("Конгрес США відхилив пропозицію щодо нових мит.", "uk")
    assert {s.actor.id for s in found} == {"us-congress"}


def test_quoted_union_is_what_the_bare_noun_later_stands_for():
    text = ("Профспілка «Злагода» вимагає підвищення зарплат на 20 відсотків. "
            "Крім того, профспілка вимагає скоротити робочий тиждень.")
    found = holders(text)
    assert found and all(actor == "Профспілка «Злагода»" for actor, _ in found)
    assert len(found) == 2


OUTLETS = [
    "Телеканал «Рада» вимагає пояснень від міністерства фінансів.",
    "Газета «Голос» відкинула звинувачення уряду.",
]


@pytest.mark.parametrize("text", OUTLETS)
def test_media_outlet_is_never_a_party(text):
    assert holders(text) == []


def test_the_speaker_not_the_outlet_holds_the_position():
    text = "В інтерв'ю телеканалу «Рада» Верховна Рада відхилила законопроєкт про мобілізацію."
    assert holders(text) == [("Verkhovna Rada", "rejects")]


TITLED = [
    ("Мер Львова Андрій Садовий вимагає відновлення фінансування громадського транспорту.",
     "Andrii Sadovyi", "demands"),
    ("Прем'єр Гренландії Єнс-Фредерік Нільсен відкинув пропозицію продати острів.",
     "Yens-Frederik Nilsen", "rejects"),
    ("Міський голова Харкова Ігор Терехов вимагає відновити фінансування метро.",
     "Ihor Terekhov", "demands"),
]


@pytest.mark.parametrize(("text", "label", "relation"), TITLED)
def test_place_after_a_title_is_no_part_of_the_person(text, label, relation):
    found = holders(text)
    assert (label, relation) in found
    assert all(actor == label for actor, _ in found)
