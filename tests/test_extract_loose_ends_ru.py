"""Loose ends of precision found on real news, Russian texts (sentences written for
these tests; the en and uk files hold the same cases in their languages).

- A freeze keeps a level where it is (codebook rule 9): "заморозить тарифы на нынешнем
  уровне" is neither the lowering of tariffs nor their refusal, but an item of its own.
"""

from __future__ import annotations

import pytest

from tests.reading import statements

# (text, actor id, relation, the freeze item, the items a freeze is not)
FREEZES = [
    ("Губернатор Мария Иванова предложила заморозить тарифы на электроэнергию для населения на нынешнем уровне.",
     "mariya-ivanova", "proposes", "utility-tariff-freeze", {"utility-tariff-reduction", "utility-tariff-increase"}),
    ("Министр финансов Антон Силуанов предложил заморозить зарплаты чиновников на год.",
     "siluanov", "proposes", "wage-freeze", {"wages", "wage-rise"}),
    ("Профсоюз горняков потребовал от правительства заморозить цены на топливо.",
     "profsoyuz-gornyakov", "demands", "price-freeze", set()),
]


@pytest.mark.parametrize(("text", "actor", "relation", "item", "not_items"), FREEZES)
def test_freeze_is_its_own_item(text, actor, relation, item, not_items):
    found = statements(text, "ru")
    hits = [s for s in found if s.actor.id == actor and s.relation == relation]
    assert [s.item.id for s in hits] == [item], [(s.actor.id, s.relation, s.item.id) for s in found]
    assert not {s.item.id for s in found} & not_items
