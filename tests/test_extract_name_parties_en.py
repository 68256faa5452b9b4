"""Who a longer name is, in English (codebook section 1, rule 5, section 7).

In sentences written for these tests (transit, water, nurses, rebels, bondholders, trade):
- capitalised words around a lexicon alias make a longer name, another party labelled with
  the whole name ("Toronto Transit Commission" is no European Commission, "Kenya Red
  Cross" no ICRC, "Paris Transport Authority" no France); a title, a state's government
  ("Kenya Government") or the body's own state ("US Senate") make no longer name;
- a name with "and" before its head ("Justice and Equality Movement") is one party, and
  the acronym in brackets after it ("(JEM)") names that party later;
- a one-word name opening a sentence before a cue verb ("Unite demanded") is a party only
  on evidence: the article writes it capitalised alone elsewhere and never in lower case;
- a media outlet ("Radio Caracol", "Sky News", "China Daily") is never a party;
- a place or a body before a person's title ("Greenland Premier X", "The mayor of Warsaw,
  X,") is no part of the person's label and not the holder.
"""

from __future__ import annotations

import pytest
from reading import statements


def holders(text: str) -> list[tuple[str, str]]:
    """(actor label, relation) of every line of an English text."""
    return [(s.actor.label, s.relation) for s in statements(text, "en")]


LONGER_NAMES = [
    ("Toronto Transit Commission offered drivers a raise of 3 percent.",
     "Toronto Transit Commission", "proposes", "european-commission"),
    ("The Kenya Red Cross demanded access to the flooded camps.",
     "Kenya Red Cross", "demands", "icrc"),
    ("The Paris Transport Authority rejected the unions' call for a 32-hour week.",
     "Paris Transport Authority", "rejects", "france"),
    ("The Vatican Bank rejected the auditors' demand for a new board.",
     "Vatican Bank", "rejects", "vatican"),
    ("Indiana State Senate rejected the property tax plan.",
     "Indiana State Senate", "rejects", "us-senate"),
    ("The Moscow Metro Workers Union demanded a 15 percent pay rise.",
     "Moscow Metro Workers Union", "demands", "russia"),
    ("The Brazil Teamsters Union proposed a truce with the port operators.",
     "Brazil Teamsters Union", "proposes", "teamsters"),
    ("Washington State Nurses Association demanded safe staffing ratios in every hospital.",
     "Washington State Nurses Association", "demands", "united-states"),
]


@pytest.mark.parametrize(("text", "label", "relation", "not_id"), LONGER_NAMES)
def test_alias_inside_a_longer_name_is_another_party(text, label, relation, not_id):
    found = statements(text, "en")
    assert (label, relation) in [(s.actor.label, s.relation) for s in found]
    assert not_id not in {s.actor.id for s in found}


KEPT_ALIASES = [
    ("The US Senate rejected the tariff bill.", "us-senate"),
    ("Congress rejected the proposed tariffs on steel.", "us-congress"),
    ("The Commission proposed new tariffs on electric cars.", "european-commission"),
    ("The Kenya Government rejected the doctors' demands for a 40 percent raise.", "kenya"),
    ("Kyiv Mayor Vitali Klitschko demanded more air defence systems.", "vitali-klitschko"),
]


@pytest.mark.parametrize(("text", "actor"), KEPT_ALIASES)
def test_alias_without_a_longer_name_stays_the_lexicon_party(text, actor):
    assert actor in {s.actor.id for s in statements(text, "en")}


AND_NAMES = [
    ("The Justice and Equality Movement (JEM) rejected the ceasefire proposal. "
     "JEM demanded the release of its prisoners.",
     "Justice and Equality Movement", ["rejects", "demands"]),
    ("The Workers and Farmers Party demanded a new minimum wage.",
     "Workers and Farmers Party", ["demands"]),
    ("The Movement for Democracy and Justice proposed a ceasefire in the north.",
     "Movement for Democracy and Justice", ["proposes"]),
    ("The Peace and Development Alliance (PDA) offered talks with the army. PDA rejected any "
     "disarmament before elections.",
     "Peace and Development Alliance", ["proposes", "rejects"]),
]


@pytest.mark.parametrize(("text", "label", "relations"), AND_NAMES)
def test_name_with_and_inside_is_one_party(text, label, relations):
    found = holders(text)
    for relation in relations:
        assert (label, relation) in found
    assert all(actor == label for actor, _ in found)


def test_one_word_name_opening_a_sentence_with_evidence_is_a_party():
    text = ("Bus drivers in Leeds walked out on Monday. Unite demanded a 10 percent pay rise. "
            "The operator offered 4 percent, a figure Unite called insulting.")
    assert ("Unite", "demands") in holders(text)


@pytest.mark.parametrize("text", [
    "Unite demanded a 10 percent pay rise. Workers must unite, the leaflet said.",
    "Officials rejected the claim that talks had collapsed.",
    "Talks resumed on Tuesday after the union rejected the offer.",
])
def test_word_opening_a_sentence_without_evidence_is_no_party(text):
    found = {label for label, _ in holders(text)}
    assert not found & {"Unite", "Officials", "Talks"}


OUTLETS = [
    "Radio Caracol demanded an explanation from the finance ministry.",
    "Sky News proposed a televised debate between the candidates.",
    "W Radio rejected the government's account of the talks.",
    "The broadcaster Nova rejected the new licence fee.",
]


@pytest.mark.parametrize("text", OUTLETS)
def test_media_outlet_is_never_a_party(text):
    assert holders(text) == []


def test_party_speaking_to_an_outlet_holds_the_position():
    text = "Speaking to Radio Caracol, Colombia's foreign minister said Colombia rejects the tariffs."
    found = holders(text)
    assert ("Colombia", "rejects") in found
    assert not any("Radio" in actor or "Caracol" in actor for actor, _ in found)


TITLED = [
    ("Greenland Premier Jens-Frederik Nielsen rejected the offer to buy the island.",
     "Jens-Frederik Nielsen", "rejects"),
    ("The mayor of Warsaw, Rafal Trzaskowski, demanded more funding for public transport.",
     "Rafal Trzaskowski", "demands"),
    ("Porto Harbour President Ana Ribeiro proposed a new fee on cruise ships.",
     "Ana Ribeiro", "proposes"),
    ("The governor of Texas, Greg Abbott, rejected the water treaty changes.",
     "Greg Abbott", "rejects"),
]


@pytest.mark.parametrize(("text", "label", "relation"), TITLED)
def test_place_before_a_title_is_no_part_of_the_person(text, label, relation):
    found = holders(text)
    assert (label, relation) in found
    assert all(actor == label for actor, _ in found)
