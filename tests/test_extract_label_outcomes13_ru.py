"""Метки, не называющие исхода, и суждения без позиции (issue 13, points 2-3), русские тексты,
написанные для этих тестов: оборот атрибуции («приводит слова источника») и голое имя
стороны («власти») — не пункт; «достижение мира требует жертв» — общее суждение.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements


def test_attribution_phrase_is_no_item():
    text = "«Таиланд не будет участвовать в переговорах без Камбоджи», — приводит слова источника агентство Reuters."
    found = labelled(statements(text, "ru"))
    assert not [line for line in found if "слова" in line[2] or "источник" in line[2]], found


@pytest.mark.parametrize("text", [
    "Фермеры отвергли предложения властей, требуя полной отмены новых налогов.",
    "Рыбаки отклонили предложение правительства и продолжили блокаду порта.",
])
def test_bare_authority_is_no_item(text):
    found = labelled(statements(text, "ru"))
    assert not [line for line in found if line[2].lower() in ("власти", "власть", "правительство")], found


@pytest.mark.parametrize("text", [
    "«Достижение мира требует больше жертв и больше риска», — сказал президент Колумбии Густаво Петро.",
    "«Заключение сделки требует терпения», — заявил премьер-министр Кении.",
])
def test_act_as_subject_is_a_remark(text):
    assert labelled(statements(text, "ru")) == []
