"""Labels that name no outcome, and remarks that state no position (issue 13, points 2-3),
English texts written for these tests (the uk and ru files hold the same shapes).

- "any demand by Bhutan for X": the label is X, never the demand's holder and "for".
- A list of place names inside one item ("from posts in A, B and C areas") is not split
  into pieces that name places only.
- "Making peace requires more sacrifice", "Reaching a deal requires patience": an act as the
  subject of a verb of needing is a general remark, no demand and no acceptance.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements


def test_label_never_opens_with_the_holder_and_for():
    text = ("Officials in Kathmandu said Nepal will firmly oppose any demand by Bhutan for the withdrawal "
            "of Nepali police from several border posts.")
    found = labelled(statements(text, "en"))
    assert not [line for line in found if line[2].startswith("Bhutan")], found
    # The label keeps what the demand asks for.
    assert ("Nepal", "rejects", "withdrawal of Nepali police from several border posts") in found, found


def test_agent_and_for_dropped_from_a_call():
    text = "Brazil rejected a call by the European Commission for a moratorium on soy exports."
    found = labelled(statements(text, "en"))
    assert not [line for line in found if "Commission" in line[2] or line[2].startswith("for")], found


@pytest.mark.parametrize("text", [
    "During the fifth round, the Thai army insisted on withdrawal of troops by Cambodia from posts in "
    "Preah Vihear, Ta Moan and Ta Krabey areas along the border.",
    "Peru demanded the return of fishing boats seized near Paita, Talara and Sechura ports.",
])
def test_list_of_places_stays_in_one_item(text):
    found = labelled(statements(text, "en"))
    assert len(found) == 1, found
    assert found[0][1] == "demands"


@pytest.mark.parametrize("text", [
    '"Making peace requires more sacrifice, more risk, but the rewards are much higher," President Petro said.',
    '"Reaching a deal requires more patience and more flexibility," President Ruto said.',
    "Ending a strike needs goodwill on both sides, the mediator said.",
])
def test_act_as_subject_is_a_remark(text):
    assert labelled(statements(text, "en")) == []


def test_party_as_subject_still_demands():
    # A party before the verb is no act: "The union requires" stays a demand.
    found = statements("The miners' union requires a 12 percent pay rise.", "en")
    assert [s.relation for s in found] == ["demands"]
