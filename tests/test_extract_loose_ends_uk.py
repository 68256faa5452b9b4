"""Loose ends of precision found on real news, Ukrainian texts (sentences written for
these tests; the en and ru files hold the same cases in their languages).

- A freeze keeps a level where it is (codebook rule 9): "заморозити тарифи на поточному
  рівні" is neither the lowering of tariffs nor their refusal, but an item of its own.
- A woman's given name in -ія keeps its ending and case in her label ("Юлія", "Юлії"
  Гриценко -> Yuliia Hrytsenko, never the man's "Yulii"), and her surname its feminine
  nominative ("Наталії Іванової" -> Nataliia Ivanova).
- An item tied to a place (КПП Рафах) needs its head noun or its opening beside the
  place's name: "бої в Рафаху" are the town's.
- "Повстанці" after the article named its armed group, though no lexicon lists the group
  (Рух «Свобода Карені»), are that group.
"""

from __future__ import annotations

import pytest

from tests.reading import statements

# (text, actor id, relation, the freeze item ("": the text's own words, which name the freeze),
# the items a freeze is not)
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
    assert len(hits) == 1, [(s.actor.id, s.relation, s.item.id) for s in found]
    if item:
        assert hits[0].item.id == item
    else:
        assert "заморо" in hits[0].item.label.lower(), hits[0].item.label  # the freeze in the label
    assert not {s.item.id for s in found} & not_items


# (text, the person's label)
WOMEN = [
    ("Депутатка Юлія Гриценко вимагає провести вибори.", "Yuliia Hrytsenko"),
    ("Міністерка Наталія Коваленко запропонувала перемир'я.", "Nataliia Kovalenko"),
    ("Народна депутатка Марія Мезенцева вимагає звільнення полонених.", "Mariia Mezentseva"),
]


@pytest.mark.parametrize(("text", "label"), WOMEN)
def test_womans_name_reads_naturally(text, label):
    assert label in {s.actor.label for s in statements(text, "uk")}


@pytest.mark.parametrize(("form", "label"), [
    ("За словами Юлії Гриценко, вибори потрібні.", "Yuliia Hrytsenko"),
    ("За словами Наталії Іванової, переговори можливі.", "Nataliia Ivanova"),
])
def test_womans_name_in_an_oblique_case(form, label):
    assert mentioned_labels(form) == [label]


def mentioned_labels(text: str) -> list[str]:
    from graph.extract.lexicon import cues_for
    from graph.extract.mention import ActorMemory
    from graph.extract.mentions import find_mentions
    from graph.extract.morph import tokenize

    return [m.actor.label for m in find_mentions(tokenize(text, "uk"), cues_for("uk"), ActorMemory(), "uk")]


# (text, actor id, relation, whether the line is the Rafah crossing)
PLACES = [
    ("Єгипет вимагає відкрити КПП Рафах.", "egypt", "demands", True),
    ("Єгипет вимагає відкриття пункту пропуску Рафах для поранених.", "egypt", "demands", True),
    ("ХАМАС відкинув пропозицію Ізраїлю призупинити бої в Рафаху на тиждень.", "israel", "proposes", False),
]


@pytest.mark.parametrize(("text", "actor", "relation", "crossing"), PLACES)
def test_place_tied_item_needs_its_head(text, actor, relation, crossing):
    found = statements(text, "uk")
    assert any(s.actor.id == actor and s.relation == relation for s in found), found
    items = {s.item.id for s in found if s.actor.id == actor and s.relation == relation}
    assert ("rafah-crossing" in items) is crossing, items


def test_rebels_are_the_armed_group_the_article_named():
    text = ("Повстанський рух «Свобода Карені» заявив, що готовий до переговорів з хунтою. "
            "Повстанці вимагають звільнення своїх ув'язнених командирів.")
    found = statements(text, "uk")
    holders = {s.actor.id for s in found if s.relation == "demands"}
    assert holders == {"svoboda-kareni-movement"}, [(s.actor.label, s.relation, s.item.label) for s in found]
