"""Rule 7: an assessment of the parties or of the talks is no position. "Neither side is ready
to compromise" (a subject that names no party) and "the talks showed that both sides want
peace" (what an event shows) state nothing, whoever says it; a party's own words still do.

Sentences written for these tests: the Nile dam talks, the two Koreas, a Caucasus border.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements

_OPENING = {
    "en": "Talks between Ethiopia and Egypt on the dam stalled again. ",
    "uk": "Переговори між Ефіопією та Єгиптом щодо греблі знову зайшли в глухий кут. ",
    "ru": "Переговоры между Эфиопией и Египтом по плотине снова зашли в тупик. ",
}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "\"Neither side is ready to compromise,\" said the African Union mediator."),
    ("en", "Neither side is willing to make concessions on the filling schedule, the UN envoy said."),
    ("en", "The mediator said that neither party wants to give ground on water quotas."),
    ("en", "The talks showed that both sides want a deal, the Swiss mediator said."),
    ("en", "The Kinshasa meeting demonstrated that the two sides are ready to resume talks."),
    ("uk", "«Жодна зі сторін не готова до компромісу», — сказав посередник Афросоюзу."),
    ("uk", "За словами посередника, жодна сторона не хоче поступатися щодо розподілу води."),
    ("uk", "Переговори показали, що сторони хочуть миру, заявив представник ООН."),
    ("uk", "Зустріч у Найробі продемонструвала, що Ефіопія готова продовжити діалог."),
    ("ru", "«Ни одна из сторон не готова к компромиссу», — сказал посредник Африканского союза."),
    ("ru", "Ни одна сторона не готова вести серьезный разговор, заявил спецпосланник."),
    ("ru", "Переговоры показали, что стороны хотят мира, заявил представитель ООН."),
])
def test_assessment_states_no_position(lang: str, text: str) -> None:
    found = [s for s in statements(_OPENING[lang] + text, lang) if s.sentence_index == 1]
    assert not found, labelled(found)


@pytest.mark.parametrize(("lang", "text", "actor", "relation"), [
    ("en", "Egypt is not ready to compromise on the filling schedule, the foreign minister said.", "egypt", "rejects"),
    ("en", "Ethiopia showed that it is ready to resume the technical talks.", "ethiopia", "proposes"),
    ("uk", "Єгипет не готовий до компромісу щодо графіка наповнення, заявив міністр.", "egypt", "rejects"),
    ("ru", "Египет не готов к компромиссу по графику заполнения, заявил министр.", "egypt", "rejects"),
])
def test_a_party_of_its_own_still_holds_its_position(lang: str, text: str, actor: str, relation: str) -> None:
    found = statements(_OPENING[lang] + text, lang)
    assert any(s.actor.id == actor and s.relation == relation for s in found), labelled(found)
