"""Мітки, що не називають наслідку, і судження без позиції (issue 13, points 2-3), українські
тексти, написані для цих тестів: зворот атрибуції («наводить слова джерела») і голе ім'я
сторони («влада») — не пункт; «досягнення миру потребує жертв» — загальне судження.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements


def test_attribution_phrase_is_no_item():
    text = "«Таїланд не братиме участі в переговорах без Камбоджі», — наводить слова джерела агентство Reuters."
    found = labelled(statements(text, "uk"))
    assert not [line for line in found if "слова" in line[2] or "джерел" in line[2]], found


@pytest.mark.parametrize("text", [
    "Фермери відкинули пропозиції влади, вимагаючи повного скасування нових податків.",
    "Рибалки відхилили пропозицію уряду і продовжили блокаду порту.",
])
def test_bare_authority_is_no_item(text):
    found = labelled(statements(text, "uk"))
    assert not [line for line in found if line[2].lower() in ("влада", "влади", "уряд", "уряду")], found


@pytest.mark.parametrize("text", [
    "«Досягнення миру потребує більше жертв і більше ризику», — сказав президент Колумбії Густаво Петро.",
    "«Укладення угоди вимагає терпіння», — заявив прем'єр-міністр Кенії.",
])
def test_act_as_subject_is_a_remark(text):
    assert labelled(statements(text, "uk")) == []
