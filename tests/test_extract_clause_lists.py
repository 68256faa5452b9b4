"""Lists and their boundaries inside one clause (codebook rule 1: coordinated items are
separate statements; rule 9: a label is the outcome, never a fragment).

Sentences written for these tests, in Ukrainian, Russian and English, across labour,
trade, climate, farming and border talks:

- a list demanded "from" someone ("вимагають від власників X, Y, Z", "требуют от мэрии
  X, Y", "demanded from the government a X and Y"): each is a demand of the subject, and
  the addressee is no part of any item; "члены ассоциации X" are the association X;
- "не только X, но и Y, а также Z" after a verb ("обсудить не только X"): the verb is
  each item's, "не только" none's.
"""

from __future__ import annotations

from reading import statements as read


def items(text: str, lang: str, actor: str, relation: str) -> dict[str, str]:
    """label -> text of the lines of `actor` with `relation`."""
    return {s.item.label: s.item.text for s in read(text, lang) if s.actor.label == actor and s.relation == relation}


# -- a list demanded from an addressee -------------------------------------------------


def test_demand_list_from_owners_uk_labour() -> None:
    found = items(
        "Члени профспілки шахтарів вимагають від власників підвищення зарплат, нових графіків змін, "
        "безкоштовного харчування.",
        "uk", "Профспілка шахтарів", "demands",
    )
    assert len(found) == 3
    assert not any("власник" in text for text in found.values())


def test_demand_from_government_uk_farming() -> None:
    found = items("Асоціація фермерів вимагає від уряду скасування мит і компенсацій за посуху.", "uk",
                  "Асоціація фермерів", "demands")
    assert not any("уряд" in text for text in found.values())
    assert "компенсацій за посуху" in found.values()


def test_members_of_an_association_are_the_association_ru_transport() -> None:
    found = items(
        "Члены ассоциации перевозчиков требуют от мэрии снижения платы за проезд, новых маршрутов, "
        "бесплатной парковки.",
        "ru", "Ассоциация перевозчиков", "demands",
    )
    assert len(found) == 3
    assert not any("мэри" in text for text in found.values())


def test_members_of_a_union_demand_from_carriers_ru_labour() -> None:
    found = items(
        "Члены профсоюза шахтёров требуют от владельцев шахты повышения зарплат.",
        "ru", "Профсоюз шахтёров", "demands",
    )
    assert found == {"wage rise": "повышения зарплат"}


def test_refusal_from_keeps_its_object_ru() -> None:
    # "от" right before the act opens it: nothing to skip
    found = items("Профсоюз шахтёров отказался от повышения норм выработки.", "ru", "Профсоюз шахтёров", "rejects")
    assert any("повышени" in text for text in found.values())


def test_demand_from_government_a_list_en_farming() -> None:
    found = items(
        "The farmers' union demanded from the government a cut in fuel duty and drought compensation.",
        "en", "Farmers' union", "demands",
    )
    assert set(found.values()) == {"cut in fuel duty", "drought compensation"}


def test_demand_from_airline_a_list_en_labour() -> None:
    found = items(
        "Members of the pilots' union demand from the airline a pay rise, new rest rules and free parking.",
        "en", "Pilots' union", "demands",
    )
    assert len(found) == 3
    assert not any("airline" in text for text in found.values())


def test_withdrawal_from_keeps_its_place_en_borders() -> None:
    found = items("Hamas demanded from Israel a full withdrawal from Gaza.", "en", "Hamas", "demands")
    assert any("from Gaza" in text and "Israel" not in text for text in found.values())


# -- "not only X but also Y" after a verb ----------------------------------------------


def test_verb_before_not_only_is_each_items_ru_trade() -> None:
    found = items(
        "Евросоюз намерен обсудить не только пошлины на сталь, но и квоты на зерно, а также субсидии фермерам.",
        "ru", "European Union", "proposes",
    )
    assert set(found) == {"обсудить пошлины на сталь", "обсудить квоты на зерно", "обсудить субсидии фермерам"}
    assert not any("только" in label or "только" in text for label, text in found.items())


def test_verb_before_not_only_is_each_items_uk_trade() -> None:
    found = items(
        "Євросоюз має намір обговорити не лише мита на сталь, а й квоти на зерно, а також субсидії фермерам.",
        "uk", "European Union", "proposes",
    )
    assert set(found) == {"обговорити мита на сталь", "обговорити квоти на зерно", "обговорити субсидії фермерам"}
    assert not any("лише" in text for text in found.values())


def test_verb_before_not_only_is_each_items_en_climate() -> None:
    found = items(
        "Brazil wants to discuss not only forest finance but also carbon markets, as well as a loss fund.",
        "en", "Brazil", "demands",
    )
    assert set(found) == {"discuss forest finance", "discuss carbon markets", "discuss a loss fund"}
    assert not any("only" in text for text in found.values())


def test_not_only_nouns_after_demand_ru_labour() -> None:
    found = items(
        "Профсоюз шахтёров требует не только повышения зарплат, но и сокращения смен, а также оплаты переработок.",
        "ru", "Профсоюз шахтёров", "demands",
    )
    assert len(found) == 3
