"""Loose ends of precision found on real news, Ukrainian texts (sentences written for
these tests; the en and ru files hold the same cases in their languages).

- A freeze keeps a level where it is (codebook rule 9): "заморозити тарифи на поточному
  рівні" is neither the lowering of tariffs nor their refusal, but an item of its own.
"""

from __future__ import annotations

import pytest

from tests.reading import statements

# (text, actor id, relation, the freeze item, the items a freeze is not)
FREEZES = [
    ("Прем'єр-міністр Юлія Свириденко запропонувала заморозити тарифи на газ для населення на поточному рівні.",
     "svyrydenko", "proposes", "utility-tariff-freeze", {"utility-tariff-reduction", "utility-tariff-increase"}),
    ("Міністр фінансів Сергій Марченко відкинув ідею заморозити мита на імпортні автомобілі.",
     "sergii-marchenko", "rejects", "tariff-freeze", {"tariff-reduction", "tariffs"}),
    ("Федерація профспілок вимагає від уряду заморозити ціни на хліб і ліки.",
     "federatsiia-profspilok", "demands", "price-freeze", set()),
]


@pytest.mark.parametrize(("text", "actor", "relation", "item", "not_items"), FREEZES)
def test_freeze_is_its_own_item(text, actor, relation, item, not_items):
    found = statements(text, "uk")
    hits = [s for s in found if s.actor.id == actor and s.relation == relation]
    assert [s.item.id for s in hits] == [item], [(s.actor.id, s.relation, s.item.id) for s in found]
    assert not {s.item.id for s in found} & not_items
