""""Sees no point in X" / «не видит смысла в X» / «не бачить сенсу в X»: the party refuses X
(codebook section 1, `rejects`), in every language.

Sentences written for these tests: Serbia and Kosovo, a moratorium in the EU, a port lease.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements


@pytest.mark.parametrize(("text", "lang", "actor", "issue"), [
    ("Serbia sees no point in new talks with Pristina.", "en", "serbia", "negotiations"),
    ("Hungary saw no point in extending the moratorium, its foreign minister said.", "en", "hungary", "ceasefire"),
    ("Сербия не видит смысла в новых переговорах с Приштиной.", "ru", "serbia", "negotiations"),
    ("Венгрия не видит никакого смысла в продлении моратория.", "ru", "hungary", "ceasefire"),
    ("Сербія не бачить сенсу в нових переговорах із Приштиною.", "uk", "serbia", "negotiations"),
    ("Угорщина не бачить жодного сенсу у продовженні мораторію.", "uk", "hungary", "ceasefire"),
])
def test_no_point_in_x_rejects_x(text: str, lang: str, actor: str, issue: str) -> None:
    found = statements(text, lang)
    assert any(s.actor.id == actor and s.relation == "rejects" and s.item.issue == issue for s in found), labelled(found)


@pytest.mark.parametrize(("text", "lang"), [
    ("Kenya sees a point in the old agreement.", "en"),
    ("Сербия видит смысл в новых переговорах с Приштиной.", "ru"),
])
def test_a_point_seen_is_no_refusal(text: str, lang: str) -> None:
    assert not [s for s in statements(text, lang) if s.relation == "rejects"], labelled(statements(text, lang))
