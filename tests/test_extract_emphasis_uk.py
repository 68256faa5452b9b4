"""Звороти наголосу прозорі (issue 13, point 1), українські тексти, написані для цих тестів:
«хочу наголосити», «хочу, щоб усі чітко розуміли», «скажу прямо» — ні мета, ні пункт; заява,
що X не буде, після них — відмова від X.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements

NO_EMPHASIS_ITEM = [
    ("«Хочу, щоб усі чітко розуміли: ми не віддамо жодного метра землі», — заявив президент Киргизстану "
     "Садир Жапаров.", ("розуміли",)),
    ("Міністр фінансів Сербії хоче окремо зазначити, що уряд вимагає реструктуризації боргу.", ("зазначити",)),
    ("Лідер профспілки залізничників сказав, що хоче чітко заявити: профспілка вимагає підвищення зарплат.",
     ("заявити",)),
    ("«Треба чесно сказати: коаліції потрібен новий міністр фінансів», — заявив лідер партії.", ("сказати",)),
]


@pytest.mark.parametrize(("text", "words"), NO_EMPHASIS_ITEM)
def test_emphasis_phrase_is_no_item(text, words):
    found = labelled(statements(text, "uk"))
    assert not [line for line in found if any(w in line[2].lower() for w in words)], found


STRESSED_ABSENCES = [
    ("«Хочу наголосити, що жодної амністії для командирів не буде», — сказав президент Чилі Габріель Борич.",
     "boric", "amnesty"),
    ("«Скажу прямо: жодної амністії для польових командирів не буде», — заявив президент Колумбії Густаво Петро.",
     "petro", "amnesty"),
]


@pytest.mark.parametrize(("text", "actor", "item"), STRESSED_ABSENCES)
def test_stressed_absence_is_a_refusal(text, actor, item):
    found = statements(text, "uk")
    assert [(s.relation, s.item.id) for s in found] == [("rejects", item)]
    assert found[0].actor.id in (actor, "chile", "colombia")


def test_plain_absence_stays_a_forecast():
    assert statements("Міністр наголосив, що жодної амністії для командирів не буде.", "uk") == []
