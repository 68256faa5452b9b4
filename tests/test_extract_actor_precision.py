"""Actor labels that name the party that holds the position (codebook sections 1, 5-7).

In sentences written for these tests (uk, ru, en; labour, trade, debt, wars, hostages,
climate, borders):
- a place is a party only where it speaks: a city after a noun locates that noun ("a court
  in London", "аналітичний центр у Вашингтоні"), a state named before a talks noun is the
  venue ("the Abu Dhabi meeting"), a host of talks ("Туреччина прийняла переговори") holds
  no position;
- a proposal received, discussed or examined ("Hamas received a proposal", "Рада безпеки
  обговорила пропозицію") is not its subject's;
- a company's union ("the Toyota union", "the union at Renault") is no part of the company;
- a fronted object ("Пропозицію Москви про X Київ відхилив") is rejected by the name right
  before the verb, and the noun's item ends before that name.

Traps assert that NO line carries the wrong actor; the positive cases assert the holder.
"""

from __future__ import annotations

import pytest
from reading import statements


def found(text: str, lang: str) -> set[tuple[str, str]]:
    """(actor id, relation) of every line of a text."""
    return {(s.actor.id, s.relation) for s in statements(text, lang)}


# (lang, text, an actor id that must hold no line at all)
NOT_A_HOLDER = [
    # a place after a noun locates it
    ("en", "A court in London rejected the bondholders' demand for immediate repayment.", "united-kingdom"),
    ("en", "A labour tribunal in Madrid rejected the union's demand for a 35-hour week.", "spain"),
    ("en", "Diplomats in Brussels rejected the plan to seize Russian assets.", "european-union"),
    ("uk", "Суд у Лондоні відхилив вимогу кредиторів про негайне погашення боргу.", "united-kingdom"),
    ("uk", "Аналітичний центр у Вашингтоні запропонував демілітаризовану зону вздовж лінії фронту.",
     "united-states"),
    ("ru", "Суд в Лондоне отклонил требование кредиторов о немедленном погашении долга.", "united-kingdom"),
    ("ru", "Аналитический центр в Вашингтоне предложил демилитаризованную зону вдоль линии фронта.",
     "united-states"),
    # a state named before a talks noun is the venue
    ("en", "The Abu Dhabi meeting ended with Russia demanding security guarantees.", "united-arab-emirates"),
    ("en", "The Doha talks collapsed when Hamas demanded a permanent ceasefire.", "qatar"),
    # a host of talks
    ("uk", "Туреччина прийняла переговори, на яких Росія вимагала визнання анексованих територій.", "turkey"),
    ("uk", "Катар, який приймає переговори, заявив, що ХАМАС хоче постійного припинення вогню.", "qatar"),
    ("ru", "Турция приняла переговоры, на которых Россия потребовала признания аннексированных территорий.",
     "turkey"),
    ("ru", "Катар, который принимает переговоры, заявил, что ХАМАС хочет постоянного прекращения огня.", "qatar"),
    # a company's union
    ("en", "The Toyota union demanded a 6% wage increase.", "toyota"),
    ("en", "The union at Renault rejected the plan to close the plant.", "renault"),
    ("uk", "Профспілка Toyota вимагає підвищення зарплати на 5%.", "toyota"),
    ("ru", "Профсоюз Toyota требует повышения зарплаты на 5%.", "toyota"),
]


@pytest.mark.parametrize("lang,text,wrong", NOT_A_HOLDER)
def test_a_place_host_or_company_is_not_the_holder(lang: str, text: str, wrong: str) -> None:
    assert all(actor != wrong for actor, _ in found(text, lang))


# (lang, text, an actor id that must not propose): a proposal received, discussed or examined
NOT_THE_PROPOSER = [
    ("en", "Hamas received a proposal for a two-month truce.", "hamas"),
    ("en", "The Security Council discussed a proposal for a ceasefire in Sudan.", "un-security-council"),
    ("en", "Bondholders received an offer of a 20% haircut.", "bondholders"),
    ("en", "Israel is studying Egypt's proposal for a ceasefire.", "israel"),
    ("uk", "ХАМАС отримав пропозицію про двомісячне перемир'я.", "hamas"),
    ("uk", "Рада безпеки ООН обговорила пропозицію про припинення вогню в Судані.", "un-security-council"),
    ("uk", "Парламент розглянув план підвищення пенсійного віку.", "ukraine"),
    ("uk", "Уряд вивчає пропозицію щодо обміну полоненими.", "ukraine"),
    ("ru", "ХАМАС получил предложение о прекращении огня.", "hamas"),
    ("ru", "Совет безопасности ООН обсудил предложение о прекращении огня в Судане.", "un-security-council"),
    ("ru", "Держатели облигаций получили предложение списать 20% долга.", "bondholders"),
    ("ru", "ХАМАС изучает предложение Египта о прекращении огня.", "hamas"),
]


@pytest.mark.parametrize("lang,text,wrong", NOT_THE_PROPOSER)
def test_a_proposal_received_or_examined_is_not_the_subjects(lang: str, text: str, wrong: str) -> None:
    assert (wrong, "proposes") not in found(text, lang)


# (lang, text, lines that must be there, lines that must not)
HOLDERS = [
    # an answer to one's own proposal is not receiving the proposal
    ("ru", "Турция до сих пор не получила от ЕС ответа на предложение продлить таможенный союз на год.",
     {("turkey", "proposes")}, set()),
    ("en", "Mexico has received no reply to its offer to host the next round of talks.",
     {("mexico", "proposes")}, set()),
    ("en", "Ukraine submitted a proposal for a ceasefire.", {("ukraine", "proposes")}, set()),
    ("en", "During negotiations in Istanbul, Ukraine proposed an exchange of all prisoners of war.",
     {("ukraine", "proposes")}, {("turkey", "proposes")}),
    ("en", "Moscow's proposal to hold talks in Istanbul was rejected by Kyiv.",
     {("russia", "proposes"), ("ukraine", "rejects")}, {("russia", "rejects")}),
    ("en", "Israel is studying Egypt's proposal for a ceasefire.", {("egypt", "proposes")}, set()),
    ("en", "The Toyota union demanded a 6% wage increase.", {("toyota-union", "demands")}, set()),
    ("en", "Toyota's union demanded a 6% wage increase.", {("toyota-union", "demands")}, set()),
    ("uk", "Україна внесла пропозицію про припинення вогню.", {("ukraine", "proposes")}, set()),
    ("uk", "Україна прийняла пропозицію про перемир'я.", {("ukraine", "accepts")}, set()),
    ("uk", "Пропозицію Москви провести переговори в Стамбулі Київ відхилив.",
     {("russia", "proposes"), ("ukraine", "rejects")}, {("russia", "rejects")}),
    ("uk", "Пропозицію ЄС про скорочення викидів Польща відкинула.",
     {("european-union", "proposes"), ("poland", "rejects")}, {("european-union", "rejects")}),
    ("uk", "Вимогу ХАМАС про повне виведення військ Ізраїль відхилив.",
     {("hamas", "demands"), ("israel", "rejects")}, {("hamas", "rejects")}),
    ("uk", "Туреччина прийняла переговори, на яких Росія вимагала визнання анексованих територій.",
     {("russia", "demands")}, set()),
    ("uk", "Україна вимагає виведення російських військ зі станції. Ці вимоги в Кремлі назвали неприйнятними.",
     {("ukraine", "demands"), ("russia", "rejects")}, set()),
    ("ru", "Предложение Москвы провести переговоры в Стамбуле Киев отклонил.",
     {("russia", "proposes"), ("ukraine", "rejects")}, {("russia", "rejects")}),
    ("ru", "Предложение ЕС о сокращении выбросов Польша отвергла.",
     {("european-union", "proposes"), ("poland", "rejects")}, {("european-union", "rejects")}),
    ("ru", "Россия приняла предложение о перемирии.", {("russia", "accepts")}, set()),
    ("ru", "Турция приняла переговоры, на которых Россия потребовала признания аннексированных территорий.",
     {("russia", "demands")}, set()),
    ("ru", "Украина требует вывода российских войск со станции. Эти требования в Кремле назвали неприемлемыми.",
     {("ukraine", "demands"), ("russia", "rejects")}, set()),
]


@pytest.mark.parametrize("lang,text,wanted,unwanted", HOLDERS)
def test_the_holder_is_named(lang: str, text: str, wanted: set, unwanted: set) -> None:
    lines = found(text, lang)
    assert wanted <= lines
    assert not unwanted & lines


def test_the_fronted_nouns_item_ends_before_the_subject() -> None:
    for text, lang, subject in [
        ("Пропозицію ЄС про скорочення викидів Польща відкинула.", "uk", "Польща"),
        ("Вимогу ХАМАС про повне виведення військ Ізраїль відхилив.", "uk", "Ізраїль"),
        ("Предложение ЕС о сокращении выбросов Польша отвергла.", "ru", "Польша"),
    ]:
        assert all(subject not in s.item.text and subject not in s.item.label for s in statements(text, lang))
