"""Трудові спори українською: орган міста чи регіону як роботодавець ("Мерія Черкас",
"Вінницька міська рада", "Уряд провінції Онтаріо"; "міська рада" далі — той самий орган), і
відмова працювати як форма протесту — дія, не позиція в переговорах (codebook sections 1, 7)."""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements

# (text, actor label, relation, words of the item label)
EMPLOYERS = [
    ("Водії тролейбусів у Черкасах страйкують. Мерія Черкас запропонувала водіям підвищення зарплати на 12%.",
     "Мерія Черкас", "proposes", "wage rise"),
    ("Вінницька міська рада запропонувала медикам одноразову премію.",
     "Вінницька міська рада", "proposes", "одноразова премія"),
    ("Водії автобусів у Полтаві страйкують. Мерія Полтави запропонувала доплату за нічні зміни. Профспілка "
     "«Рух» відхилила пропозицію. Міська рада також запропонувала премію.",
     "Мерія Полтави", "proposes", "премія"),
    ("Уряд провінції Онтаріо запропонував вчителям підвищення на 3%.",
     "Уряд провінції Онтаріо", "proposes", "підвищення на 3%"),
]


@pytest.mark.parametrize(("text", "actor", "relation", "words"), EMPLOYERS)
def test_a_body_of_a_town_or_region_is_the_party(text: str, actor: str, relation: str, words: str) -> None:
    found = statements(text, "uk")
    assert any(s.actor.label == actor and s.relation == relation and words in s.item.label for s in found), \
        labelled(found)


def test_a_body_noun_with_no_place_named_is_no_party() -> None:
    assert not statements("Мерія запропонувала премію.", "uk")


@pytest.mark.parametrize("text", [
    "Профспілка «Медик» повідомила, що лікарі відмовляються працювати понаднормово на знак протесту.",
    "Профспілка «Медик» заявила, що медсестри відмовляються чергувати у вихідні в рамках акції.",
])
def test_a_refusal_to_work_as_protest_states_no_position(text: str) -> None:
    assert not [s for s in statements(text, "uk") if s.relation == "rejects"], labelled(statements(text, "uk"))
