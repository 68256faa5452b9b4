"""Phrases of emphasis are transparent (issue 13, point 1), English texts written for these
tests (the uk and ru files hold the same shapes in their languages).

"I want to make it very clear", "one thing must be clear", "let me be clear" stress what is
said: they are no goal or "must" of their own and never an item; the clause they introduce is
read as if it stood alone, and a declared absence after them is a refusal.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements

# (text, words no item label may hold)
NO_EMPHASIS_ITEM = [
    ('"We will not sign the accord until the border is marked, and I want to make that very clear," '
     "Ethiopia's foreign minister said.", ("clear",)),
    ('"One thing must be clear: Guyana will not give up an inch of its territory," President Ali said.',
     ("clear", "one thing")),
    ("The union's secretary wanted to make it clear that the dockers would strike on Monday.", ("clear",)),
    ('"It should be noted that the coalition needs a new finance minister," the party chairman said.',
     ("noted",)),
    ('"I want everyone to understand: the refinery is not for sale," the Nigerian oil minister said.',
     ("understand",)),
]


@pytest.mark.parametrize(("text", "words"), NO_EMPHASIS_ITEM)
def test_emphasis_phrase_is_no_item(text, words):
    found = labelled(statements(text, "en"))
    assert not [line for line in found if any(w in line[2].lower() for w in words)], found


# (text, actor id, item id): a declared absence after a stress is the speaker's refusal.
STRESSED_ABSENCES = [
    ('"I want everyone to understand that there will be no amnesty for the commanders," '
     "President Tshisekedi said.", "tshisekedi", "amnesty"),
    ('"I want to make it very clear that there will be no ceasefire," President Petro said.',
     "petro", "ceasefire"),
]


@pytest.mark.parametrize(("text", "actor", "item"), STRESSED_ABSENCES)
def test_stressed_absence_is_a_refusal(text, actor, item):
    found = statements(text, "en")
    assert [(s.actor.id, s.relation, s.item.id) for s in found] == [(actor, "rejects", item)]


def test_plain_absence_stays_a_forecast():
    # Without a stress or "under any circumstances", "there will be no X" forecasts (rule 7).
    assert statements("President Petro said there would be no ceasefire with the rebels.", "en") == []
