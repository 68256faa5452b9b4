"""Who a longer name is, in Russian (codebook section 1, rule 5, section 7).

In sentences written for these tests (diaspora, securities, rebels, unions, city transport):
- a lexicon alias that heads a longer name with its own tail is another party ("Конгресс
  русских общин" is no US Congress); "Конгресс США" stays the lexicon's;
- a name whose tail opens with a preposition ("Движение за справедливость и равенство",
  "Комиссия по ценным бумагам") is one party with its whole name, "и" inside it included;
- an organisation introduced by a type noun and a quoted name ("движение «Новая волна»") is
  what the bare type noun later stands for;
- a media outlet ("радио «Эхо»", "газета «Вести»") is never a party;
- a place in the genitive between a title and a person's name ("Мэр Одессы Геннадий
  Труханов") is no part of the person's label.
"""

from __future__ import annotations

import pytest
from reading import statements


def holders(text: str) -> list[tuple[str, str]]:
    """(actor label, relation) of every line of a Russian text."""
    return [(s.actor.label, s.relation) for s in statements(text, "ru")]


NAMES = [
    ("Конгресс русских общин потребовал отмены санкций.", "Конгресс русских общин", "demands"),
    ("Движение за справедливость и равенство отвергло предложение о перемирии.",
     "Движение за справедливость и равенство", "rejects"),
    ("Комиссия по ценным бумагам отклонила требование брокеров отменить пошлину.",
     "Комиссия по ценным бумагам", "rejects"),
    ("Фронт за освобождение и единство требует вывода иностранных войск.",
     "Фронт за освобождение и единство", "demands"),
]


@pytest.mark.parametrize(("text", "label", "relation"), NAMES)
def test_longer_name_is_one_party_with_its_whole_name(text, label, relation):
    found = holders(text)
    assert (label, relation) in found
    assert all(actor == label for actor, _ in found)


def test_alias_with_its_own_state_stays_the_lexicon_party():
    found = statements("Конгресс США отверг предложение о новых пошлинах.", "ru")
    assert {s.actor.id for s in found} == {"us-congress"}


def test_quoted_movement_is_what_the_bare_noun_later_stands_for():
    text = ("Движение «Новая волна» потребовало проведения досрочных выборов. "
            "Движение также отвергло план правительства о повышении налогов.")
    found = holders(text)
    assert ("Движение «Новая волна»", "demands") in found
    assert ("Движение «Новая волна»", "rejects") in found


OUTLETS = [
    "Газета «Вести» потребовала опровержения от министерства.",
    "Радио «Эхо» отвергло обвинения правительства.",
]


@pytest.mark.parametrize("text", OUTLETS)
def test_media_outlet_is_never_a_party(text):
    assert holders(text) == []


TITLED = [
    ("Мэр Одессы Геннадий Труханов потребовал восстановить финансирование транспорта.",
     "Gennady Trukhanov", "demands"),
    ("Глава Гренландии Йенс-Фредерик Нильсен отверг предложение о продаже острова.",
     "Yens-Frederik Nilsen", "rejects"),
    ("Мэр Казани Ильсур Метшин потребовал восстановить финансирование метро.",
     "Ilsur Metshin", "demands"),
]


@pytest.mark.parametrize(("text", "label", "relation"), TITLED)
def test_place_after_a_title_is_no_part_of_the_person(text, label, relation):
    found = holders(text)
    assert (label, relation) in found
    assert all(actor == label for actor, _ in found)
