"""Issue keys and canonical items of talks other than the war (codebook section 3; issues.yaml, items.yaml).

Sentences written for these tests (uk, ru, en). They cover:

- debt: a moratorium on debt payments is economic (not a ceasefire), as are an IMF programme
  and a debt restructuring, each with its canonical item;
- climate: emission cuts and climate finance are economic, with their canonical items;
- resources: royalties, mining licences, minerals and fishing rights are economic;
- trade: quotas on grain exports to the EU are not the Black Sea grain corridor;
- hostages: prisoners held by a party (uk "в'язні") and swaps of a journalist for an agent are hostages;
- labour and health deals: a guarantee of jobs or of access to vaccines is no security guarantee;
"""

from __future__ import annotations

import pytest
from reading import statements


def issues_of(text: str, lang: str) -> set[str]:
    return {s.item.issue for s in statements(text, lang)}


def items_of(text: str, lang: str) -> set[str]:
    return {s.item.id for s in statements(text, lang)}


ISSUES = [
    # debt
    ("en", "Ethiopia demanded a moratorium on debt payments.", "economic"),
    ("uk", "Замбія вимагає мораторію на виплати за боргом.", "economic"),
    ("ru", "Эфиопия потребовала моратория на выплаты по долгу.", "economic"),
    ("uk", "Україна погодилася на нову програму МВФ.", "economic"),
    ("ru", "Египет согласился на новую программу МВФ.", "economic"),
    # climate
    ("en", "The EU demanded a 60 percent cut in emissions by 2035.", "economic"),
    ("uk", "ЄС вимагає скоротити викиди парникових газів на 55%.", "economic"),
    ("ru", "Бразилия требует климатического финансирования.", "economic"),
    ("ru", "ЕС требует сократить выбросы парниковых газов на 55%.", "economic"),
    # resources
    ("en", "Mali demanded higher royalties from gold miners.", "economic"),
    ("en", "Guinea threatened to revoke the mining licences of foreign firms.", "economic"),
    ("en", "The DRC demanded a bigger stake in the cobalt mines.", "economic"),
    ("uk", "Гвінея пригрозила відкликати ліцензії іноземних гірничих компаній.", "economic"),
    ("ru", "Гвинея пригрозила отозвать лицензии иностранных горнодобывающих компаний.", "economic"),
    ("uk", "Норвегія відкинула вимогу ЄС щодо прав на вилов риби.", "economic"),
    ("ru", "Норвегия отвергла требование ЕС о правах на вылов рыбы.", "economic"),
    # trade
    ("uk", "Україна вимагає скасувати квоти на експорт зерна до ЄС.", "economic"),
    # hostages and prisoners
    ("uk", "Ізраїль відкинув список в'язнів, який передав ХАМАС.", "hostages"),
    ("en", "Russia proposed exchanging Evan Gershkovich for a Russian agent.", "hostages"),
    ("uk", "Росія запропонувала обміняти американського журналіста на російського агента.", "hostages"),
    ("ru", "Россия предложила обменять американского журналиста на российского агента.", "hostages"),
]


@pytest.mark.parametrize("lang, text, issue", ISSUES)
def test_issue_of_an_outcome_beyond_the_war(lang, text, issue):
    assert issues_of(text, lang) == {issue}


# The issue a line must NOT carry: a trigger word inside an item of another kind of talks.
NOT_ISSUES = [
    ("uk", "Профспілка «Обрій» вимагає гарантій збереження робочих місць.", "security-guarantees"),
    ("ru", "Профсоюз «Единство» требует гарантий сохранения рабочих мест.", "security-guarantees"),
    ("en", "Brazil demanded guarantees of access to vaccines for poor countries.", "security-guarantees"),
    ("uk", "Бразилія вимагає гарантій доступу до вакцин для бідних країн.", "security-guarantees"),
    ("ru", "Эфиопия потребовала моратория на выплаты по долгу.", "ceasefire"),
    ("en", "Kenya asked for a moratorium on debt repayments.", "ceasefire"),
]


@pytest.mark.parametrize("lang, text, issue", NOT_ISSUES)
def test_no_issue_from_a_word_of_other_talks(lang, text, issue):
    found = issues_of(text, lang)
    assert found and issue not in found


ITEMS = [
    ("en", "Ethiopia demanded a moratorium on debt payments.", "debt-moratorium"),
    ("uk", "Замбія вимагає мораторію на виплати за боргом.", "debt-moratorium"),
    ("en", "Ghana agreed to an IMF programme worth 3 billion dollars.", "imf-programme"),
    ("uk", "Україна погодилася на нову програму МВФ.", "imf-programme"),
    ("ru", "Египет согласился на новую программу МВФ.", "imf-programme"),
    ("ru", "Бразилия требует климатического финансирования.", "climate-finance"),
]


@pytest.mark.parametrize("lang, text, item", ITEMS)
def test_canonical_item_beyond_the_war(lang, text, item):
    assert items_of(text, lang) == {item}


# A word of a canonical item inside an item of other talks: the canonical item is not chosen.
NOT_ITEMS = [
    ("uk", "Україна вимагає скасувати квоти на експорт зерна до ЄС.", "grain-corridor"),
    ("en", "Ukraine demanded that Poland lift its ban on grain exports to the EU.", "grain-corridor"),
    ("ru", "Украина требует отменить квоты на экспорт зерна в ЕС.", "grain-corridor"),
]


@pytest.mark.parametrize("lang, text, item", NOT_ITEMS)
def test_no_canonical_item_from_a_shared_word(lang, text, item):
    found = items_of(text, lang)
    assert found and item not in found


def test_grain_exports_by_sea_are_still_the_corridor():
    found = items_of("Украина предложила возобновить экспорт зерна через черноморские порты.", "ru")
    assert "grain-corridor" in found


def test_bare_security_guarantees_keep_their_issue():
    assert issues_of("Україна вимагає гарантій безпеки.", "uk") == {"security-guarantees"}
    assert issues_of("Ukraine demanded security guarantees.", "en") == {"security-guarantees"}
    assert issues_of("Зеленський вимагає гарантій для України від НАТО.", "uk") == {"security-guarantees"}
    assert issues_of("Hamas demanded guarantees that Israel will not resume the war.", "en") == {"security-guarantees"}
    assert issues_of("ХАМАС вимагає гарантій, що Ізраїль не відновить війну.", "uk") == {"security-guarantees"}
