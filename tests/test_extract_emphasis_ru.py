"""Обороты выделения прозрачны (issue 13, point 1), русские тексты, написанные для этих
тестов: «хочу подчеркнуть», «хочу, чтобы все ясно понимали», «скажу прямо» — ни цель, ни
пункт; заявление, что X не будет, после них — отказ от X.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements

NO_EMPHASIS_ITEM = [
    ("«Хочу, чтобы все ясно понимали: мы не отдадим ни метра земли», — заявил президент Киргизии Садыр Жапаров.",
     ("понимал",)),
    ("Министр финансов Сербии хочет особо отметить, что правительство требует реструктуризации долга.",
     ("отметить",)),
    ("Министр торговли Казахстана сказал, что хочет заявить: экспортные пошлины снижены не будут.", ("заявить",)),
    ("«Надо честно сказать: коалиции нужен новый министр финансов», — заявил лидер партии.", ("сказать",)),
]


@pytest.mark.parametrize(("text", "words"), NO_EMPHASIS_ITEM)
def test_emphasis_phrase_is_no_item(text, words):
    found = labelled(statements(text, "ru"))
    assert not [line for line in found if any(w in line[2].lower() for w in words)], found


STRESSED_ABSENCES = [
    ("«Хочу подчеркнуть, что никакой амнистии для командиров не будет», — сказал президент Чили Габриэль Борич.",
     "boric", "amnesty"),
    ("«Скажу прямо: никакой амнистии для полевых командиров не будет», — заявил президент Колумбии Густаво Петро.",
     "petro", "amnesty"),
]


@pytest.mark.parametrize(("text", "actor", "item"), STRESSED_ABSENCES)
def test_stressed_absence_is_a_refusal(text, actor, item):
    found = statements(text, "ru")
    assert [(s.relation, s.item.id) for s in found] == [("rejects", item)]
    assert found[0].actor.id in (actor, "chile", "colombia")


def test_plain_absence_stays_a_forecast():
    assert statements("Министр подчеркнул, что никакой амнистии для командиров не будет.", "ru") == []
