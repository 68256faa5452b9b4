"""Loose ends of precision found on real news, English texts (sentences written for
these tests; the uk and ru files hold the same cases in their languages).

- A freeze keeps a level where it is (codebook rule 9): "freeze tariffs at the current
  level" is neither the lowering of tariffs nor their refusal, but an item of its own.
- A woman's name written in Latin keeps its spelling (Yuliia, Maria): romanisation is only
  for names read in Cyrillic.
"""

from __future__ import annotations

import pytest

from tests.reading import statements

# (text, actor id, relation, the freeze item, the items a freeze is not)
FREEZES = [
    ("Finance minister Rachel Reeves proposed to freeze utility tariffs at the current level.",
     "reeves", "proposes", "utility-tariff-freeze", {"utility-tariff-reduction", "utility-tariff-increase"}),
    ("Canada proposed to freeze its tariffs on American steel at their current level.",
     "canada", "proposes", "tariff-freeze", {"tariff-reduction", "tariffs"}),
    ("Prime Minister Keir Starmer ruled out a freeze of public sector wages.",
     "starmer", "rejects", "wage-freeze", {"wages", "wage-rise"}),
]


@pytest.mark.parametrize(("text", "actor", "relation", "item", "not_items"), FREEZES)
def test_freeze_is_its_own_item(text, actor, relation, item, not_items):
    found = statements(text, "en")
    hits = [s for s in found if s.actor.id == actor and s.relation == relation]
    assert [s.item.id for s in hits] == [item], [(s.actor.id, s.relation, s.item.id) for s in found]
    assert not {s.item.id for s in found} & not_items


WOMEN = [
    ("Ukrainian lawmaker Yuliia Hrytsenko demanded early elections.", "Yuliia Hrytsenko"),
    ("Governor Maria Ivanova rejected the ceasefire.", "Maria Ivanova"),
]


@pytest.mark.parametrize(("text", "label"), WOMEN)
def test_womans_name_reads_naturally(text, label):
    assert label in {s.actor.label for s in statements(text, "en")}
