"""Deal terms, agenda removals, amount lists and people of a place.

- A phrase with a gap ("took X off the agenda", "зняла X з порядку денного", "снять X с
  повестки дня") states a refusal of X: the item is the gap's words, never the phrase's
  words around it ("з порядку"), also under a demand ("вимагає зняти X з порядку денного").
- The terms of a deal made ("Under the deal, A will X and B will Y") are accepted by the
  party that undertakes each (codebook section 7: both sides agreed); each line's label is
  the act, without its party or "will"; a draft or proposed deal's terms are proposed.
- A list member that is only an amount and when ("3% now and 2% next year") is a member.
- People named with their place ("шахтарі Кузбасу", "the nurses of Ontario") are a party
  labelled with the place, never the place read as a surname or a state.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, lines, statements

# (text, lang, actor id, words of the refused item's label)
AGENDA_REMOVALS = [
    ("Nigeria took the transit levy off the agenda on Thursday.", "en", "nigeria", "transit levy"),
    ("Ethiopia struck the question of the Tekeze dam off the agenda.", "en", "ethiopia", "Tekeze dam"),
    ("Chile demanded that Bolivia take the sovereign access question off the agenda.", "en", "chile",
     "sovereign access question"),
    ("Сербія зняла питання спільної поліції з порядку денного.", "uk", "serbia", "спільна поліція"),
    ("Чилі вимагає зняти питання суверенного виходу до моря з порядку денного переговорів.", "uk", "chile",
     "суверенний вихід до моря"),
    ("Гана вилучила транзитний збір з порядку денного.", "uk", "ghana", "транзитний збір"),
    ("Сербия сняла вопрос о совместной полиции с повестки дня.", "ru", "serbia", "совместная полиция"),
    ("Чили требует снять вопрос о суверенном выходе к морю с повестки дня переговоров.", "ru", "chile",
     "суверенный выход к морю"),
    ("Гана исключила транзитный сбор из повестки переговоров.", "ru", "ghana", "транзитный сбор"),
]


@pytest.mark.parametrize(("text", "lang", "actor", "words"), AGENDA_REMOVALS)
def test_removal_from_the_agenda_rejects_the_gap_words_only(text: str, lang: str, actor: str, words: str) -> None:
    found = lines(text, lang)
    assert any(a == actor and r == "rejects" and words in label for a, r, label in found), labelled(statements(text, lang))
    for _, _, label in found:
        assert not any(w in label.lower() for w in ("agenda", "порядку", "порядок", "повестк")), label
    assert not any(label in ("talks", "negotiations") for _, _, label in found), found


# (text, lang, [(actor id, relation, label)] that must be there, words no label may hold)
DEALS = [
    ("Under the deal, Uganda will reopen the Busia crossing and Kenya will lift its ban on Ugandan milk.", "en",
     [("uganda", "accepts", "reopen the Busia crossing"), ("kenya", "accepts", "lift its ban on Ugandan milk")],
     ["will", "Uganda reopen", "Kenya lift"]),
    ("Under the agreement signed in Doha, Rwanda will withdraw its troops from the border districts, "
     "while Congo will disarm the militias.", "en",
     [("rwanda", "accepts", "withdraw its troops from the border districts"), ("dr-congo", "accepts", "disarmament")],
     ["will"]),
    ("За угодою, Уганда відкриє перехід Бусіа, а Кенія зніме заборону на угандійське молоко.", "uk",
     [("uganda", "accepts", "відкрити перехід Бусіа"), ("kenya", "accepts", "зняти заборону на угандійське молоко")],
     ["Уганда відкриє", "Кенія зніме"]),
    ("Згідно з домовленістю, Руанда виведе війська з прикордонних районів, а Конго роззброїть ополчення.", "uk",
     [("rwanda", "accepts", "вивести війська з прикордонних районів")], ["Руанда виведе"]),
    ("По соглашению, Уганда откроет переход Бусиа, а Кения снимет запрет на угандийское молоко.", "ru",
     [("uganda", "accepts", "открыть переход Бусиа"), ("kenya", "accepts", "снять запрет на угандийское молоко")],
     ["Уганда откроет", "Кения снимет"]),
    ("По условиям соглашения, Руанда выведет войска из приграничных районов, а Конго разоружит ополчение.", "ru",
     [("rwanda", "accepts", "вывести войска из приграничных районов")], ["Руанда выведет"]),
]


@pytest.mark.parametrize(("text", "lang", "wanted", "never"), DEALS)
def test_each_party_accepts_the_terms_it_undertook_in_a_deal(
    text: str, lang: str, wanted: list[tuple[str, str, str]], never: list[str]
) -> None:
    found = lines(text, lang)
    for line in wanted:
        assert line in found, labelled(statements(text, lang))
    for _, _, label in found:
        assert not any(label.startswith(w) or f" {w} " in f" {label} " for w in never), label
    assert not any(r == "proposes" for _, r, _ in found), found


@pytest.mark.parametrize(("text", "lang", "actor"), [
    ("Under the proposed deal, Uganda would reopen the Busia crossing.", "en", "uganda"),
    ("Under the draft agreement, Kenya will lift its ban on Ugandan milk.", "en", "kenya"),
    ("Згідно з проєктом угоди, Кенія відкриє кордон для угандійського молока.", "uk", "kenya"),
    ("Согласно проекту соглашения, Кения откроет границу для угандийского молока.", "ru", "kenya"),
])
def test_terms_of_a_deal_not_yet_made_are_no_acceptance(text: str, lang: str, actor: str) -> None:
    found = lines(text, lang)
    assert not any(r == "accepts" for _, r, _ in found), found
    assert all(not label.startswith(("Uganda", "Kenya", "Кенія", "Кения")) for _, _, label in found), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Rwanda signed the pact. Under the accord, the union will end the strike and the company will raise wages by 5%.", "en"),
    ("Руанда підписала пакт. За угодою, профспілка припинить страйк, а компанія підвищить зарплати на 5%.", "uk"),
    ("Руанда подписала пакт. По соглашению, профсоюз прекратит забастовку, а компания повысит зарплаты на 5%.", "ru"),
])
def test_terms_of_parties_not_named_go_to_no_one_else(text: str, lang: str) -> None:
    found = lines(text, lang)
    assert not any(a == "rwanda" and r in ("accepts", "proposes") and "5%" in label for a, r, label in found), found
    assert not any("страйк" in label or "забастовк" in label or "strike" in label for _, _, label in found), found


# (text, lang, actor id, relation, words of each member's label)
AMOUNT_LISTS = [
    ("Zambia offered the bondholders a 4% coupon now and 6% after 2028.", "en", "zambia", "proposes",
     ["4% coupon", "6% after 2028"]),
    ("Codelco offered a 3% pay rise now and 2% next year.", "en", "codelco", "proposes", ["3% pay rise", "2% next year"]),
    ("Codelco запропонувала підвищення зарплат на 3% зараз і на 2% наступного року.", "uk", "codelco", "proposes",
     ["3%", "2% наступного року"]),
    ("Codelco предложила повышение зарплат на 3% сейчас и на 2% в следующем году.", "ru", "codelco", "proposes",
     ["3%", "2% в следующем году"]),
    ("Условия Сербии — автономия общин и гарантии для сербского меньшинства.", "ru", "serbia", "demands",
     ["автономия общин", "гарантии для сербского меньшинства"]),
    ("Условия Ганы: отмена транзитного сбора и гарантии для местных перевозчиков.", "ru", "ghana", "demands",
     ["отмена транзитного сбора", "гарантии для местных перевозчиков"]),
    ("Умови Сербії — автономія громад і гарантії для сербської меншини.", "uk", "serbia", "demands",
     ["автономія громад", "гарантії для сербської меншини"]),
]


@pytest.mark.parametrize(("text", "lang", "actor", "relation", "members"), AMOUNT_LISTS)
def test_every_member_of_an_amount_or_beneficiary_list_is_kept(
    text: str, lang: str, actor: str, relation: str, members: list[str]
) -> None:
    found = [label for a, r, label in lines(text, lang) if a == actor and r == relation]
    by_text = [s.item.text for s in statements(text, lang) if s.actor.id == actor and s.relation == relation]
    for words in members:
        assert any(words in label for label in found + by_text), labelled(statements(text, lang))
    assert len(found) == len(members), labelled(statements(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Codelco предложила повышение зарплат на 3% для учителей и медсестер.", "ru"),
    ("Codelco запропонувала підвищення зарплат на 3% для вчителів і медсестер.", "uk"),
])
def test_an_amount_for_someone_is_no_member_of_its_own(text: str, lang: str) -> None:
    found = [label for _, _, label in lines(text, lang)]
    assert len(found) == 1 and not found[0].startswith("3%"), found


# (text, lang, actor label)
PEOPLE_OF_A_PLACE = [
    ("Шахтарі Караганди вимагають підвищення зарплат на 25%.", "uk", "Karahanda miners"),
    ("Докери Ізмаїла відхилили пропозицію адміністрації порту про підвищення зарплат на 3%.", "uk", "Izmail dockworkers"),
    ("Шахтеры Караганды требуют повышения зарплат на 25%.", "ru", "Karaganda miners"),
    ("Докеры Таганрога требуют повышения зарплат на 15%.", "ru", "Taganrog dockworkers"),
    ("The nurses of Quebec rejected the province's offer of a 2% raise.", "en", "Quebec nurses"),
    ("Dockers in Chittagong demand a 15% pay rise.", "en", "Chittagong dockers"),
]


@pytest.mark.parametrize(("text", "lang", "label"), PEOPLE_OF_A_PLACE)
def test_people_of_a_named_place_are_a_party_with_its_name(text: str, lang: str, label: str) -> None:
    found = statements(text, lang)
    assert found, text
    assert {s.actor.label for s in found} == {label}, labelled(found)


@pytest.mark.parametrize(("text", "lang", "words"), [
    ("Kenya and Uganda agreed on Monday to cut tariffs on most goods traded between them.\n"
     "Under the deal, Kenya will scrap duties on Ugandan sugar within three years, while Uganda will reopen the Busia crossing.",
     "en", "scrap duties on Ugandan sugar"),
    ("Кенія та Уганда домовилися знизити мита на більшість товарів.\n"
     "За угодою, Кенія скасує мита на угандійський цукор, а Уганда відкриє перехід Бусіа.", "uk",
     "скасувати мита на угандійський цукор"),
    ("Кения и Уганда договорились снизить пошлины на большинство товаров.\n"
     "По соглашению, Кения отменит пошлины на угандийский сахар, а Уганда откроет переход Бусиа.", "ru",
     "отменить пошлины на угандийский сахар"),
])
def test_a_further_term_of_a_kind_already_held_keeps_its_words(text: str, lang: str, words: str) -> None:
    found = [label for a, r, label in lines(text, lang) if a == "kenya" and r == "accepts"]
    assert any(label.startswith(words) for label in found), labelled(statements(text, lang))
    assert len(found) == 2, found
