"""A condition that names only a time ("until spring", "until the next summit", "until 2027")
says when a position holds, not what its holder wants: no demand of the time, and the
position itself stays. A condition that names an act still is a demand (codebook rule 3)."""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements

TIME_ONLY = [
    ("Chancellor Rachel Reeves proposed delaying the fuel duty rise until spring.", "en", "proposes", "delaying"),
    ("Hungary will block the sanctions package until the next summit.", "en", "rejects", "sanctions"),
    ("The Teamsters will resume talks with UPS only after March.", "en", "proposes", "talks"),
    ("Poland said it would keep the grain ban until 2027.", "en", "", ""),
    ("Federation of Trade Unions of Ukraine refused to resume the talks until September.", "en", "rejects", ""),
]

TIME_WORDS = {"spring", "summit", "march", "2027", "september", "next"}


@pytest.mark.parametrize(("text", "lang", "relation", "words"), TIME_ONLY)
def test_a_time_is_no_demand(text: str, lang: str, relation: str, words: str) -> None:
    found = statements(text, lang)
    demanded = [s.item.label.lower() for s in found if s.relation == "demands"]
    assert not any(word in label for label in demanded for word in TIME_WORDS), labelled(found)
    if relation:
        assert any(s.relation == relation and words in s.item.label for s in found), labelled(found)


def test_an_act_after_until_still_is_demanded() -> None:
    found = statements(
        "Hungary will block the sanctions package until Kyiv restores minority language rights.", "en")
    assert any(s.relation == "demands" and s.actor.id == "hungary" for s in found), labelled(found)
    assert any(s.relation == "rejects" for s in found), labelled(found)


def test_an_act_after_only_after_still_is_demanded() -> None:
    found = statements(
        "The Teamsters will resume talks with UPS only after the company withdraws its roster plan.", "en")
    assert any(s.relation == "demands" and "roster plan" in s.item.label for s in found), labelled(found)


@pytest.mark.parametrize(("text", "lang"), [
    ("Федерація профспілок України погодиться відновити переговори лише після травня.", "uk"),
    ("Угорщина блокуватиме пакет санкцій до наступного саміту ЄС.", "uk"),
    ("Федерация независимых профсоюзов России согласится возобновить переговоры только после весны.", "ru"),
    ("Венгрия будет блокировать пакет санкций до следующего саммита ЕС.", "ru"),
])
def test_a_time_is_no_demand_uk_ru(text: str, lang: str) -> None:
    found = statements(text, lang)
    assert found, "the position itself stays"
    assert not any(s.relation == "demands" for s in found), labelled(found)
