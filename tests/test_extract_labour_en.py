"""Labour disputes in English: a town's or a region's body as the employer ("the City of Port
Elgin", "the Queensland government"; "the city", "the state government" later is that body,
never the country), pay offers with figures on the dispute's issue, and refusals to work that
are industrial action, not bargaining items (codebook sections 1 and 7)."""

from __future__ import annotations

import pytest

from tests.reading import labelled, lines, statements

# (text, actor label, relation, words of the item label) that must be read
EMPLOYERS = [
    ("Sanitation workers in Port Elgin have been on strike over wages since May. Talks with the City of "
     "Port Elgin collapsed on Friday. The city has proposed 3% for each of the next two years.",
     "City of Port Elgin", "proposes", "3% for each of the next two years"),
    ("Paramedics in Queensland began work bans over wages on Monday. The Queensland government has offered "
     "a 2.5% annual rise. The state government also tabled a one-off payment of $1,200.",
     "Queensland government", "proposes", "one-off payment of $1,200"),
    ("About 300 city workers in Kelso walked off the job over wages. In June the city offered a 4% raise "
     "over two years.",
     "City of Kelso", "proposes", "4% raise over two years"),
    ("The Sindh provincial government rejected the federal water-sharing plan.",
     "Sindh provincial government", "rejects", "water-sharing plan"),
]


@pytest.mark.parametrize(("text", "actor", "relation", "words"), EMPLOYERS)
def test_a_body_of_a_town_or_region_is_the_party(text: str, actor: str, relation: str, words: str) -> None:
    found = statements(text, "en")
    assert any(s.actor.label == actor and s.relation == relation and words in s.item.label for s in found), \
        labelled(found)


def test_an_amount_offered_is_on_the_disputes_issue() -> None:
    text = EMPLOYERS[0][0]
    found = [s for s in statements(text, "en") if s.actor.label == "City of Port Elgin"]
    assert found and all(s.item.issue == "economic" for s in found), labelled(found)


@pytest.mark.parametrize("text", [
    "The city offered a 2% rise.",
    "The Federal government offered a 2% rise to public servants.",
])
def test_a_body_noun_with_no_place_named_is_no_party(text: str) -> None:
    assert not statements(text, "en"), labelled(statements(text, "en"))


@pytest.mark.parametrize("text", [
    "Ferry crews are in dispute with Bayline. The Harbour Pilots Union said its members will refuse to work "
    "overtime as part of the industrial action.",
    "Cleaners are in dispute with Northgate Hospital. The Northgate Cleaners Union has voted to extend work "
    "bans, including refusal to answer phones.",
])
def test_a_refusal_to_work_as_industrial_action_states_no_position(text: str) -> None:
    assert not [s for s in statements(text, "en") if s.relation == "rejects"], labelled(statements(text, "en"))


def test_refusing_to_call_off_the_action_rejects_its_end() -> None:
    text = ("Cleaners are in dispute with Northgate Hospital. The Northgate Cleaners Union refused to call off "
            "the industrial action.")
    assert ("northgate-cleaners-union", "rejects", "end of a labour strike") in lines(text, "en"), \
        labelled(statements(text, "en"))


def test_the_party_called_on_is_not_the_caller() -> None:
    text = ("Library staff in Ashby are on strike. Talks with the City of Ashby stalled. Union president Maria "
            "Ortiz said the two sides were close to a deal and called on the city to return to the table.")
    assert not [s for s in statements(text, "en") if s.actor.label == "City of Ashby"], \
        labelled(statements(text, "en"))
