"""A city's or a region's official ("мер Києва", "мэр Киева", "Kyiv mayor") holds the position
they state: the capital beside the title is where they serve, never the state it can stand for.
An official of a state's office still speaks for the state (codebook rule 6)."""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements

LOCAL = [
    ("Мер Києва Віталій Кличко відкинув пропозицію уряду щодо скасування пільг.", "uk"),
    ("Мэр Киева Виталий Кличко отверг предложение правительства об отмене льгот.", "ru"),
    ("Kyiv mayor Vitali Klitschko rejected the government's proposal to scrap the benefits.", "en"),
    ("Мер Варшави Рафал Тшасковський відкинув пропозицію уряду щодо скасування пільг.", "uk"),
    ("Мэр Варшавы Рафал Тшасковский отверг предложение правительства об отмене льгот.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), LOCAL)
def test_a_city_official_is_no_state(text: str, lang: str) -> None:
    found = statements(text, lang)
    refusals = [s for s in found if s.relation == "rejects"]
    assert refusals, labelled(found)
    assert all(s.actor.type == "person" for s in refusals), labelled(found)


@pytest.mark.parametrize(("text", "lang", "state"), [
    ("Речник МЗС Азербайджану Айхан Гаджизаде відкинув пропозицію Вірменії щодо демаркації кордону.", "uk", "azerbaijan"),
    ("Официальный представитель МИД Азербайджана Айхан Гаджизаде отверг предложение Армении о демаркации границы.", "ru", "azerbaijan"),
])
def test_a_state_official_still_speaks_for_the_state(text: str, lang: str, state: str) -> None:
    found = statements(text, lang)
    assert any(s.relation == "rejects" and s.actor.id == state for s in found), labelled(found)
