"""Трудовые споры по-русски: орган города или региона как работодатель ("Мэрия Тюмени",
"Пермская городская администрация", "Правительство провинции Альберта"; "горсовет" дальше —
тот же орган), и отказ работать в знак протеста — действие, не позиция (codebook sections 1, 7)."""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements

# (text, actor label, relation, words of the item label)
EMPLOYERS = [
    ("Водители автобусов в Тюмени бастуют. Мэрия Тюмени предложила водителям повысить зарплату на 8%.",
     "Мэрия Тюмени", "proposes", "wage rise"),
    ("Пермская городская администрация предложила учителям единовременную выплату.",
     "Пермская городская администрация", "proposes", "единовременная выплата"),
    ("Водители трамваев в Омске бастуют. Мэрия Омска предложила доплату. Горсовет также предложил премию.",
     "Мэрия Омска", "proposes", "премия"),
    ("Правительство провинции Альберта предложило медсестрам повышение на 3%.",
     "Правительство провинции Альберта", "proposes", "повышение на 3%"),
]


@pytest.mark.parametrize(("text", "actor", "relation", "words"), EMPLOYERS)
def test_a_body_of_a_town_or_region_is_the_party(text: str, actor: str, relation: str, words: str) -> None:
    found = statements(text, "ru")
    assert any(s.actor.label == actor and s.relation == relation and words in s.item.label for s in found), \
        labelled(found)


def test_a_body_noun_with_no_place_named_is_no_party() -> None:
    assert not statements("Мэрия предложила премию.", "ru")


@pytest.mark.parametrize("text", [
    "Профсоюз «Докер» сообщил, что докеры отказываются выходить на сверхурочные смены в рамках акции протеста.",
    "Профсоюз «Докер» сообщил, что крановщики отказываются работать в выходные в знак протеста.",
])
def test_a_refusal_to_work_as_protest_states_no_position(text: str) -> None:
    assert not [s for s in statements(text, "ru") if s.relation == "rejects"], labelled(statements(text, "ru"))
