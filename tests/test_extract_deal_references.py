"""Proposals named elsewhere, lists of terms and exchanges (codebook rule 4).

Sentences written for these tests, in Ukrainian, Russian and English:

- an acceptance or rejection of "the deal", "this compromise", "на це", "the Swiss
  compromise", "Japan's latest offer" takes the items of the proposal stated before
  (or, for a possessive with a modifier and no earlier proposal, the phrase itself);
  a bare "the offer" with nothing before it states nothing;
- a vote margin between "voted" and its side ("voted 64% against") is a vote;
- terms after "a compromise:", "a bargain:" are the items, and "in exchange for" splits
  the offer from the demand; a vote count or a manner phrase after a colon is no item.
"""

from __future__ import annotations

from reading import statements as read


def lines(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.label, s.relation, s.item.label) for s in read(text, lang)}


def rejected(text: str, lang: str, actor: str) -> set[str]:
    return {s.item.label for s in read(text, lang) if s.actor.label == actor and s.relation == "rejects"}


def test_the_deal_takes_the_earlier_offer_en() -> None:
    found = rejected("Switzerland proposed cutting cod quotas by 10%. Norway voted against the deal.", "en", "Norway")
    assert found == {"cutting cod quotas by 10%"}


def test_bare_offer_with_nothing_before_states_nothing() -> None:
    assert read("Kenya rejected the offer.", "en") == []


def test_named_deal_keeps_its_own_label() -> None:
    assert rejected("The French farmers' union opposed the Mercosur deal.", "en", "French farmers' union") == {"Mercosur deal"}


def test_demonym_compromise_takes_the_proposal_uk_ru_en() -> None:
    uk = "Швейцарія запропонувала скоротити квоти на вилов тріски на 10%. Кенія відхилила швейцарський компроміс."
    ru = "Швейцария предложила сократить квоты на вылов трески на 10%. Кения отвергла швейцарский компромисс."
    en = "Switzerland proposed cutting cod quotas by 10%. Kenya rejected the Swiss compromise."
    assert rejected(uk, "uk", "Kenya") == {"скоротити квоти на вилов тріски на 10%"}
    assert rejected(ru, "ru", "Kenya") == {"сократить квоты на вылов трески на 10%"}
    assert rejected(en, "en", "Kenya") == {"cutting cod quotas by 10%"}


def test_fronted_pronoun_with_preposition_uk_ru() -> None:
    uk = "Польща вимагала скасування мит на сталь. Німеччина на це не пішла."
    ru = "Польша требовала отмены пошлин на сталь. Германия на это не согласилась."
    assert {r for a, r, _ in lines(uk, "uk") if a == "Germany"} == {"rejects"}
    assert {r for a, r, _ in lines(ru, "ru") if a == "Germany"} == {"rejects"}
    accepted = "Польша требовала отмены пошлин на сталь. Германия на это согласилась."
    assert {r for a, r, _ in lines(accepted, "ru") if a == "Germany"} == {"accepts"}


def test_vote_margin_and_possessive_offer_en() -> None:
    text = "Japan proposed a 25% cut in car tariffs. India voted 64% against Japan's latest offer."
    assert rejected(text, "en", "India") == {"25% cut in car tariffs"}
    assert ("India", "rejects", "Japan's latest offer") in lines("India rejected Japan's latest offer.", "en")
    # With no offer of Japan's stated before, the offer goes by its owner's name.
    assert lines("India rejected Japan's offer.", "en") == {("India", "rejects", "Japan's offer")}


def test_vote_margin_uk() -> None:
    text = "Японія запропонувала знизити мита на авто на 25%. Індія проголосувала 64% проти пропозиції Японії."
    assert rejected(text, "uk", "India") == {"знизити мита на авто на 25%"}


def test_terms_after_compromise_colon_uk() -> None:
    text = "Швейцарія запропонувала компроміс: 10% продукції безоплатно і ще 10% за доступними цінами."
    found = {i for a, r, i in lines(text, "uk") if a == "Switzerland" and r == "proposes"}
    assert "10% продукції безоплатно" in found
    assert not any(i.startswith("компроміс") for i in found)


def test_bargain_in_exchange_for_en_ru() -> None:
    en = lines("Qatar floated a bargain: the release of ten hostages in exchange for a five-day truce.", "en")
    assert ("Qatar", "proposes", "release of hostages") in en
    assert not any(i == "bargain" for _, _, i in en)
    ru = lines("Катар предложил сделку: освобождение десяти заложников в обмен на пятидневное перемирие.", "ru")
    assert any(r == "demands" and "перемирие" in i for _, r, i in ru)
    assert ("Qatar", "proposes", "release of hostages") in ru


def test_manner_phrase_after_reference_is_no_item_ru_uk() -> None:
    ru = "Франция предложила разделить министерство. Германия отвергла это предложение одной фразой: «Этого не будет»."
    uk = "Франція запропонувала розділити міністерство. Німеччина відкинула цю пропозицію одним реченням: «Цього не буде»."
    assert rejected(ru, "ru", "Germany") == {"разделить министерство"}
    assert rejected(uk, "uk", "Germany") == {"розділити міністерство"}


def test_vote_count_after_colon_is_no_item_ru() -> None:
    text = "Парламент Шри-Ланки одобрил план реструктуризации долга: 122 депутата проголосовали за."
    assert not any("депутат" in i for _, _, i in lines(text, "ru"))
