"""Positions stated by a noun of position rather than a cue verb, and their lists: "X's demands
include A, B and C", "Iran's conditions are A and B", "the pilots' demands were A and B",
"Вимоги X — A і B", "Опозиція — за A і проти B". Each member of the list is a statement of its
own, with the list's actor and relation (codebook section 1: coordinated items are separate
statements; section 7: plan terms without verbs). A verdict on the demands ("were too
expensive") is no list of them (rule 7)."""

from __future__ import annotations

import pytest

from tests.reading import labelled, lines, statements

# (text, lang, actor id, relation, words of each member's label, in order)
LISTS = [
    ("The ELN's demands include a bilateral ceasefire, the release of jailed commanders and a seat at the talks.",
     "en", "eln", "demands", ["ceasefire", "release of jailed commanders", "seat at the talks"]),
    ("Hamas's main demands are a permanent ceasefire and the reconstruction of Gaza.",
     "en", "hamas", "demands", ["ceasefire", "reconstruction of Gaza"]),
    ("Serbia's conditions are the formation of the association of Serb municipalities and guarantees for the Serb minority.",
     "en", "serbia", "demands", ["association of Serb", "guarantees for the Serb minority"]),
    ("The dockers' demands included a 15% pay rise and an end to zero-hour contracts.",
     "en", "dockworkers", "demands", ["wage rise", "end to zero-hour contracts"]),
    ("The pilots' demands were a 20% raise and a cap on duty hours.",
     "en", "pilots", "demands", ["20% raise", "cap on duty hours"]),
    ("Kosovo's conditions include mutual recognition.",
     "en", "kosovo", "demands", ["mutual recognition"]),
    ("Вимоги докерів включають підвищення зарплат на 15% і скасування нульових контрактів.",
     "uk", "dockworkers", "demands", ["wage rise", "скасування нульових контрактів"]),
    ("Ключові вимоги Греції — списання боргу і зниження цільового профіциту бюджету.",
     "uk", "greece", "demands", ["списання боргу", "зниження цільового профіциту"]),
    ("Вимоги шахтарів включають підвищення зарплат, скорочення зміни та виплату боргів.",
     "uk", "miners", "demands", ["wage rise", "скорочення зміни", "виплата боргів"]),
    ("Ключевые требования ЕС — углеродный налог и запрет импорта древесины.",
     "ru", "european-union", "demands", ["углеродный налог", "запрет импорта"]),
    ("Требования шахтеров включают повышение зарплат, сокращение смены и выплату долгов.",
     "ru", "miners", "demands", ["wage rise", "сокращение смены", "выплата долгов"]),
    ("Ключевые требования Греции — списание долга и снижение целевого профицита бюджета.",
     "ru", "greece", "demands", ["списание долга", "снижение целевого профицита"]),
]


@pytest.mark.parametrize(("text", "lang", "actor", "relation", "members"), LISTS)
def test_each_member_of_a_position_noun_list_is_a_statement(
    text: str, lang: str, actor: str, relation: str, members: list[str]
) -> None:
    found = [(a, r, label) for a, r, label in lines(text, lang) if a == actor and r == relation]
    for words in members:
        assert any(words in label for _, _, label in found), labelled(statements(text, lang))
    assert len(found) == len(members), labelled(statements(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Management said the nurses' demands were too expensive.", "en"),
    ("Pakistan's conditions are tough.", "en"),
    ("The dockers' demands were excessive, according to the port authority.", "en"),
    ("Вимоги пілотів завищені, заявили в авіакомпанії.", "uk"),
    ("Умови Туреччини надто жорсткі.", "uk"),
    ("Требования пилотов завышены, заявили в авиакомпании.", "ru"),
    ("Условия Анкары жесткие.", "ru"),
])
def test_a_verdict_on_demands_is_no_demand(text: str, lang: str) -> None:
    assert not any(s.relation == "demands" for s in statements(text, lang)), labelled(statements(text, lang))


# Telegraph style: a party, a dash and "за"/"проти" ("против") for its stance.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Опозиція — за дострокові вибори і проти продовження воєнного стану.", "uk",
     {("opposition", "proposes", "early elections"), ("opposition", "rejects", "martial law")}),
    ("Оппозиция — за досрочные выборы и против продления военного положения.", "ru",
     {("opposition", "proposes", "early elections"), ("opposition", "rejects", "martial law")}),
    ("Опозиція — проти підвищення податків.", "uk", {("opposition", "rejects", "підвищення податків")}),
    ("Оппозиция — за досрочные выборы.", "ru", {("opposition", "proposes", "early elections")}),
])
def test_a_dash_stance_of_a_party(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert lines(text, lang) == expected, labelled(statements(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Лідери опозиції — за кордоном.", "uk"),
    ("Опозиція — за ґратами.", "uk"),
    ("Лидеры оппозиции — за рубежом.", "ru"),
    ("Оппозиция — за решеткой.", "ru"),
])
def test_za_with_a_place_is_no_stance(text: str, lang: str) -> None:
    assert statements(text, lang) == [], labelled(statements(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("ХАМАС відкинув порядок денний переговорів.", "uk"),
    ("ХАМАС отверг повестку переговоров.", "ru"),
])
def test_refusing_the_agenda_is_no_refusal_of_talks(text: str, lang: str) -> None:
    assert lines(text, lang) == {("hamas", "rejects", "agenda of the talks")}, labelled(statements(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Уряд Колумбії погодив порядок денний.", "uk"),
    ("Правительство Колумбии согласовало повестку дня.", "ru"),
    ("Colombia accepted the agenda.", "en"),
])
def test_an_agenda_is_a_negotiations_item(text: str, lang: str) -> None:
    found = statements(text, lang)
    assert [(s.relation, s.item.label, s.item.issue) for s in found] == [("accepts", "agenda", "negotiations")], \
        labelled(found)
