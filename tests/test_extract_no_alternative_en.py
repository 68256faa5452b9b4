""""There is no alternative to dialogue": the speaker puts the talks forward (codebook section 1,
`proposes`). English only: uk/ru "немає альтернативи переговорам", "переговорам нет
альтернативы" take their object in the dative, which the complement reader skips as an addressee.

Sentences written for these tests: Turkey and the PKK, the Nile dam talks, a coalition crisis.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements


@pytest.mark.parametrize(("text", "actor", "label"), [
    ("Erdogan said there is no alternative to dialogue with the PKK.", "erdogan", "dialogue"),
    ("Guterres said there was no alternative to negotiations between Ethiopia and Egypt.", "guterres", "talks"),
    ("The opposition says there is no alternative to early elections.", "opposition", "early elections"),
])
def test_no_alternative_to_puts_it_forward(text: str, actor: str, label: str) -> None:
    found = statements(text, "en")
    assert any(s.actor.id == actor and s.relation == "proposes" and s.item.label == label for s in found), labelled(found)


@pytest.mark.parametrize("text", [
    "Hungary said there was no alternative but to veto the package.",
    "Analysts say there is no alternative to talks.",
])
def test_no_alternative_but_and_analysts_make_no_proposal(text: str) -> None:
    assert not [s for s in statements(text, "en") if s.relation == "proposes"], labelled(statements(text, "en"))
