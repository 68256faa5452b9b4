"""Parties named by phrases: bodies no lexicon lists, bare "delegations", titles after a colon.

Codebook sections 1 and 7, in sentences written for these tests (uk, ru, en):
- a capitalised body's own name ("the Joint Strike Committee", "the National Coordinating
  Council of Herders", "Координаційна рада «...»", "Объединённый комитет ...") is one party
  labelled with the whole name, never its first words; its head noun alone later ("the
  committee", "Рада", "Комитет") is that body, not another one ("парламентський комітет");
- "the delegations", "делегації", "делегации" (no "both") are both parties when two were
  named joined as negotiating; a list of three, or a conference's "all delegations": nothing;
- after a colon, a title no mention resolved ("новий президент пообіцяв X") is the person
  the sentence named, never the party named before the colon.

Each case asserts (actor label, relation, item label) lines a reader sees.
"""

from __future__ import annotations

import pytest
from reading import labelled, statements


def seen(text: str, lang: str) -> set[tuple[str, str, str]]:
    return set(labelled(statements(text, lang)))


def holders(text: str, lang: str) -> set[str]:
    return {actor for actor, _, _ in seen(text, lang)}


BODIES = [
    # (lang, text, the body's label, how many lines it holds)
    ("en", "The Joint Strike Committee demanded a 12 percent pay rise for port workers. "
           "The committee rejected the employers' offer of a one-off bonus.",
     "Joint Strike Committee", 2),
    ("en", "The National Coordinating Council of Herders demanded grazing rights along the border. "
           "The council rejected a fence across the valley.",
     "National Coordinating Council of Herders", 2),
    ("en", "The Ad Hoc Committee of Noteholders rejected a 40 percent haircut. "
           "The committee demanded full repayment of the principal.",
     "Ad Hoc Committee of Noteholders", 2),
    ("uk", "Координаційна рада «Степові громади» вимагає компенсації за затоплені землі. "
           "Рада відхилила план переселення.",
     "Координаційна рада «Степові громади»", 2),
    ("uk", "Страйковий комітет «Єдність» вимагає підвищення зарплат на 25 відсотків. "
           "Комітет відкинув вимогу припинити страйк.",
     "Страйковий комітет «Єдність»", 2),
    ("ru", "Объединённый комитет профсоюзов шахтёров потребовал повышения зарплаты на 20 процентов. "
           "Комитет отверг требование прекратить забастовку.",
     "Объединённый комитет профсоюзов шахтёров", 2),
    ("ru", "Координационный совет «Рыбаки Приазовья» требует запрета промысла иностранных судов. "
           "Совет отверг план сокращения квот.",
     "Координационный совет «Рыбаки Приазовья»", 2),
]


@pytest.mark.parametrize("lang,text,label,count", BODIES, ids=[f"{b[0]}-{n}" for n, b in enumerate(BODIES)])
def test_a_body_is_named_whole_and_its_head_alone_is_it_later(lang: str, text: str, label: str, count: int) -> None:
    found = seen(text, lang)
    assert {actor for actor, _, _ in found} == {label}
    assert len(found) == count


def test_the_head_with_an_adjective_is_another_body() -> None:
    text = ("Координаційна рада «Степові громади» вимагає компенсації за затоплені землі. "
            "Парламентський комітет відхилив план переселення.")
    assert "Координаційна рада «Степові громади»" in holders(text, "uk")
    assert ("Координаційна рада «Степові громади»", "rejects", "план переселення") not in seen(text, "uk")


def test_a_lenders_committee_named_by_its_lenders_stays_the_lenders() -> None:
    text = ("Об'єднаний комітет власників облігацій відхилив пропозицію про списання 30 відсотків боргу. "
            "Комітет вимагає повного погашення.")
    assert holders(text, "uk") == {"Bondholders"}


DELEGATIONS = [
    ("en", "Israel and Hamas held indirect talks in Doha. The delegations agreed to a three-day pause in fighting.",
     {"Israel", "Hamas"}),
    ("uk", "Україна та Росія провели переговори у Стамбулі. Делегації погодилися на обмін полоненими.",
     {"Ukraine", "Russia"}),
    ("ru", "Армения и Азербайджан провели переговоры в Вашингтоне. Делегации договорились о делимитации границы.",
     {"Armenia", "Azerbaijan"}),
    ("en", "Peru and Chile resumed talks on the maritime border in Lima. "
           "The delegations agreed to a joint fisheries commission.",
     {"Peru", "Chile"}),
]


@pytest.mark.parametrize("lang,text,parties", DELEGATIONS, ids=[f"{d[0]}-{n}" for n, d in enumerate(DELEGATIONS)])
def test_the_delegations_of_two_named_negotiators_are_both(lang: str, text: str, parties: set[str]) -> None:
    found = seen(text, lang)
    assert {actor for actor, _, _ in found} == parties
    assert {relation for _, relation, _ in found} == {"accepts"}


NO_PAIR = [
    ("en", "Talks between Serbia, Kosovo and the European Union resumed in Brussels. "
           "The delegations agreed to a new round of talks in March."),
    ("uk", "Переговори щодо пластикового договору тривають у Женеві. Усі делегації погодилися продовжити сесію до п'ятниці."),
    ("ru", "В Найроби продолжаются переговоры о климатическом фонде. Все делегации согласились продлить сессию."),
    ("ru", "Переговоры Сербии, Косово и Евросоюза возобновились в Брюсселе. Делегации договорились о новом раунде."),
]


@pytest.mark.parametrize("lang,text", NO_PAIR, ids=[f"{d[0]}-{n}" for n, d in enumerate(NO_PAIR)])
def test_delegations_of_more_than_two_parties_are_no_pair(lang: str, text: str) -> None:
    assert seen(text, lang) == set()


def test_named_delegations_stay_the_pair_for_the_sides_later() -> None:
    text = "Делегації Індії та Пакистану зустрілися в Досі. Сторони домовилися про припинення вогню."
    assert holders(text, "uk") == {"India", "Pakistan"}


TITLE_AFTER_COLON = [
    ("ru", "Оппозиционная коалиция «Новая сила» требовала пересмотра соглашения. После победы её лидера "
           "Ивана Петрова на выборах коалиция больше не настаивает на пересмотре: новый президент "
           "пообещал выполнить соглашение.", "Ivan Petrov"),
    ("uk", "Опозиційний альянс «Нова сила» вимагав перегляду угоди. Після перемоги його лідера Івана Петренка "
           "альянс більше не наполягає на перегляді: новий президент пообіцяв виконати угоду.", "Ivan Petrenko"),
]


@pytest.mark.parametrize("lang,text,person", TITLE_AFTER_COLON, ids=[t[0] for t in TITLE_AFTER_COLON])
def test_a_title_after_a_colon_is_the_person_named_not_the_body(lang: str, text: str, person: str) -> None:
    found = seen(text, lang)
    offers = {actor for actor, relation, _ in found if relation == "proposes"}
    assert offers == {person}


PLACE_PEOPLE = [
    ("en", "Residents of the border villages demanded the reopening of the crossing.",
     "Residents of the border villages"),
    ("en", "Farmers in the Mekong delta demanded compensation for the dam.", "Farmers in the Mekong delta"),
    ("uk", "Жителі прикордонних сіл вимагають відкриття пункту пропуску.", "Жителі прикордонних сіл"),
    ("ru", "Жители приграничных районов требуют возобновления работы пункта пропуска.",
     "Жители приграничных районов"),
    ("ru", "Рыбаки прибрежных посёлков отвергли новые квоты на вылов.", "Рыбаки прибрежных посёлков"),
]


@pytest.mark.parametrize("lang,text,label", PLACE_PEOPLE, ids=[f"{p[0]}-{n}" for n, p in enumerate(PLACE_PEOPLE)])
def test_people_of_a_place_are_labelled_with_it(lang: str, text: str, label: str) -> None:
    assert holders(text, lang) == {label}


def test_residents_of_no_place_are_no_party() -> None:
    assert seen("Residents demanded the reopening of the crossing.", "en") == set()


LENDERS = [
    ("en", "Hedge funds rejected the proposed haircut on the eurobonds.", "Hedge funds", "rejects"),
    ("en", "Pension funds demanded a higher coupon on the new bonds.", "Pension funds", "demands"),
    ("en", "Commercial lenders rejected an extension of maturities.", "Commercial lenders", "rejects"),
    ("en", "Private creditors demanded a higher coupon on the restructured debt.", "Private creditors", "demands"),
]


@pytest.mark.parametrize("lang,text,label,relation", LENDERS, ids=[f"{p[0]}-{n}" for n, p in enumerate(LENDERS)])
def test_kinds_of_lenders_are_a_lender_group(lang: str, text: str, label: str, relation: str) -> None:
    assert {(actor, rel) for actor, rel, _ in seen(text, lang)} == {(label, relation)}


def test_frozen_funds_are_money_not_lenders() -> None:
    text = "Moscow demands the return of frozen funds. Frozen funds must be returned first, Peskov said."
    assert not any("funds" in actor.lower() for actor in holders(text, "en"))


JOINED_UNKNOWN = [
    ("en", "Verdi and Lufthansa resumed talks on Monday. Both sides rejected a return to arbitration.",
     {"Verdi", "Lufthansa"}),
    ("en", "Talks between Ryanair and Forsa resumed in Dublin. The two sides agreed to a three-month pay freeze.",
     {"Ryanair", "Forsa"}),
    ("ru", "Verdi и Lufthansa возобновили переговоры в понедельник. Обе стороны отвергли возвращение к арбитражу.",
     {"Verdi", "Lufthansa"}),
]


@pytest.mark.parametrize("lang,text,parties", JOINED_UNKNOWN, ids=[f"{p[0]}-{n}" for n, p in enumerate(JOINED_UNKNOWN)])
def test_an_unknown_name_joined_to_a_known_party_is_a_side(lang: str, text: str, parties: set[str]) -> None:
    assert holders(text, lang) == parties


OPENING_PLACE = [
    ("en", "In Jakarta, opposition lawmakers rejected the proposed fuel price increase.", "Indonesian opposition"),
    ("uk", "У Тбілісі опозиційні депутати відкинули законопроєкт про іноземних агентів.", "Georgian opposition"),
    ("ru", "В Белграде оппозиционные депутаты потребовали досрочных выборов.", "Serbian opposition"),
]


@pytest.mark.parametrize("lang,text,label", OPENING_PLACE, ids=[p[0] for p in OPENING_PLACE])
def test_the_opposition_of_the_state_a_sentence_opens_in(lang: str, text: str, label: str) -> None:
    assert holders(text, lang) == {label}


def test_a_chair_of_a_named_committee_speaks_for_it_and_a_chair_of_another_for_no_one() -> None:
    text = ("Страйковий комітет «Єдність» вимагає підвищення зарплат. "
            "Голова комітету відкинув вимогу припинити страйк.")
    assert holders(text, "uk") == {"Страйковий комітет «Єдність»"}
    other = ("Україна та Росія провели переговори у Стамбулі. "
             "Голова парламентського комітету відкинув будь-які територіальні поступки.")
    assert seen(other, "uk") == set()
