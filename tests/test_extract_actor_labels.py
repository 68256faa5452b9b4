"""An actor label is a party's name: never a place, a clause fragment or a reporter
(codebook sections 1, 2 rule 5, 7).

In sentences written for these tests (uk, ru, en; labour, trade, fisheries, borders,
hostages, wars, coalitions):
- a name right after a noun of a place or a site ("в районі Сент-Луїса", "в провинции
  Альберта", "the province of Alberta") or after a preposition that only places ("під
  Вічитою", "возле Ковальска", "near Wichita") is where the people are, never the holder;
  the people noun before it holds the position;
- an English sentence's first word is no part of a label ("It encouraged workers",
  "Which represents employees", "Instead Nurses"): a label holds no pronoun, relative word
  or verb;
- a speaker who relays a position ("Лідер фермерів заявив, що прем'єр відхилив X") does
  not hold it; the one he names does, when a mention names it;
- the receiver of a proposal ("отримав від США пропозицію", "handed the EU a proposal")
  is not its author; "X invited Y to talks" is X's proposal;
- an employers' federation named beside a union's demand ("demands 8% from the
  Engineering Employers Federation") is not the union and does not hold the demand.

Traps assert that no line carries the wrong label or actor; the positive cases keep the
true holder's line.
"""

from __future__ import annotations

import re

import pytest
from reading import statements


def found(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(actor id, actor label, relation) of every line of a text."""
    return [(s.actor.id, s.actor.label, s.relation) for s in statements(text, lang)]


# (lang, text, a word that no actor label or id may contain, the holder's id or "")
PLACES = [
    ("uk", "Працівники заводу в районі Сент-Луїса вимагають підвищення зарплати на 10%.", "sent", "workers"),
    ("uk", "Страйкарі на заводі під Вічитою відхилили пропозицію компанії.", "vich", "strikers"),
    ("uk", "Вчителі в провінції Альберта вимагають менших класів.", "albert", "teachers"),
    ("uk", "Шахтарі у регіоні Кузбас вимагають виплати боргів із зарплати.", "kuzbas", "miners"),
    ("uk", "Лікарі в місті Лейкпорт вимагають підвищення зарплати.", "leikport", "doctors"),
    ("uk", "Профспілка медсестер у лікарні Сент-Мері вимагає збільшення персоналу.", "sent", ""),
    ("uk", "Рибалки в порту Марсалья відкинули нові квоти на вилов.", "marsal", "fishermen"),
    ("uk", "Фермери в окрузі Гарфілд відхилили податок на викиди метану.", "garf", "farmers"),
    ("uk", "Жителі прикордонних сіл біля Ковальська вимагають відкриття пункту пропуску.", "koval", ""),
    ("ru", "Работники завода в районе Сент-Луиса требуют повышения зарплаты на 10%.", "sent", "workers"),
    ("ru", "Забастовщики на заводе под Вичитой отклонили предложение компании.", "vich", "strikers"),
    ("ru", "Учителя в провинции Альберта требуют уменьшения классов.", "albert", ""),
    ("ru", "Шахтеры в регионе Кузбасс требуют выплаты долгов по зарплате.", "kuzbass", "miners"),
    ("ru", "Врачи в городе Лейкпорт требуют повышения зарплаты.", "leikport", "doctors"),
    ("ru", "Профсоюз медсестер в больнице Сент-Мэри требует увеличения персонала.", "sent", ""),
    ("ru", "Рыбаки в порту Марсалья отвергли новые квоты на вылов.", "marsal", "fishermen"),
    ("ru", "Фермеры в округе Гарфилд отклонили налог на выбросы метана.", "garf", "farmers"),
    ("ru", "Жители приграничных сел возле Ковальска требуют открытия пункта пропуска.", "koval", ""),
    ("uk", "Шахтарі на копальні Грасберг вимагають підвищення зарплати.", "hrasberh", "miners"),
    ("ru", "Шахтеры на руднике Грасберг требуют повышения зарплаты.", "grasberg", "miners"),
    ("uk", "Повстанці поблизу Гоми вимагають прямих переговорів з урядом.", "hom", "rebels"),
    ("ru", "Повстанцы возле Гомы требуют прямых переговоров с правительством.", "gom", "rebels"),
    ("uk", "Протестувальники в місті Порт-Судан вимагають припинення війни.", "sudan", "protesters"),
    ("ru", "Протестующие в городе Порт-Судан требуют прекращения войны.", "sudan", "protesters"),
    ("en", "Rebels around Goma demanded direct talks with the government.", "goma", "rebels"),
    ("en", "Workers at the plant near Wichita demanded a 12 percent pay rise.", "wichita", "workers"),
    ("en", "Strikers at the factory outside Dayton rejected the company's final offer.", "dayton", "strikers"),
    ("en", "Teachers in the province of Alberta demanded smaller classes.", "alberta", "teachers"),
    ("en", "Fishermen in the port of Marsala rejected the new fishing quotas.", "marsala", "fishermen"),
    ("en", "Farmers in the county of Garfield rejected the methane tax.", "garfield", "farmers"),
]


@pytest.mark.parametrize("lang,text,place,holder", PLACES)
def test_a_place_after_a_place_noun_is_no_holder(lang: str, text: str, place: str, holder: str) -> None:
    lines = found(text, lang)
    assert all(place not in actor and place not in label.lower() for actor, label, _ in lines), lines
    if holder:
        assert any(actor == holder for actor, _, _ in lines), lines


# (lang, text): an English sentence's first words are no party's name
FRAGMENTS = [
    ("en", "It encouraged workers to reject the offer and demand a 20 percent raise."),
    ("en", "Which represents employees at the port, demanded a 10 percent raise."),
    ("en", "Instead Nurses demanded safe staffing ratios."),
    ("en", "Backed Farmers rejected the carbon tax."),
    ("en", "They urged fishermen to reject the quota deal."),
    ("en", "Who organised dockworkers at the port, rejected the pay offer."),
]
_FRAGMENT_WORDS = re.compile(r"(?i)\b(it|which|who|they|instead|backed|encouraged|represents|urged|organised)\b")


@pytest.mark.parametrize("lang,text", FRAGMENTS)
def test_a_label_holds_no_pronoun_relative_word_or_verb(lang: str, text: str) -> None:
    lines = found(text, lang)
    assert not any(_FRAGMENT_WORDS.search(label) for _, label, _ in lines), lines


def test_a_capitalised_people_noun_keeps_its_own_label() -> None:
    assert ("nurses", "Nurses", "demands") in found("Instead Nurses demanded safe staffing ratios.", "en")


# (lang, text, an actor that must hold no line, the holder that must, or "")
NOT_THE_HOLDER = [
    # a speaker relaying another's position
    ("uk", "Лідер фермерів заявив, що прем'єр відхилив скасування податку на пальне.", "farmers", ""),
    ("ru", "Лидер фермеров заявил, что премьер отверг отмену налога на топливо.", "farmers", ""),
    ("uk", "Лідер фермерів заявив, що прем'єр-міністр Карні відхилив скасування податку на пальне.",
     "farmers", "carney"),
    ("ru", "Лидер фермеров заявил, что премьер-министр Карни отверг отмену налога на топливо.", "farmers", "carney"),
    ("en", "The farm leader said the premier rejected any cut to the fuel tax.", "farmers", ""),
    ("uk", "Речник посередників заявив, що ХАМАС відмовився звільнити заручників.", "", "hamas"),
    ("ru", "Представитель посредников заявил, что ХАМАС отказался освободить заложников.", "", "hamas"),
    ("en", "A spokesman for the mediators said Hamas refused to release the hostages.", "", "hamas"),
    ("uk", "Представник Катару заявив, що Ізраїль відхилив припинення вогню.", "qatar", "israel"),
    ("ru", "Представитель Катара заявил, что Израиль отверг прекращение огня.", "qatar", "israel"),
    ("en", "A Qatari official said Israel rejected the ceasefire proposal.", "qatar", "israel"),
    # a spokesperson of the body the clause names again speaks for it (rule 6)
    ("uk", "Речниця партії «Відродження» заявила, що партія відкидає коаліцію з консерваторами.", "",
     "vidrodzhennia-party"),
    ("ru", "Представитель партии «Возрождение» заявил, что партия отвергает коалицию с консерваторами.", "",
     "vozrozhdeniye-party"),
    # the receiver of a proposal
    ("uk", "Адміністрація передала ЄС нову пропозицію щодо мит на сталь.", "european-union", ""),
    ("ru", "Администрация передала ЕС новое предложение по пошлинам на сталь.", "european-union", ""),
    ("en", "The administration handed the EU a new proposal on steel tariffs.", "european-union", ""),
    ("uk", "Євросоюз отримав від США нову пропозицію щодо мит на сталь.", "european-union", ""),
    ("ru", "Евросоюз получил от США новое предложение по пошлинам на сталь.", "european-union", ""),
    ("en", "The EU received a new proposal from the United States on steel tariffs.", "european-union", ""),
    ("uk", "ХАМАС отримав від посередників нову пропозицію про припинення вогню.", "hamas", ""),
    ("ru", "ХАМАС получил от посредников новое предложение о прекращении огня.", "hamas", ""),
    ("en", "Hamas received from the mediators a new proposal for a ceasefire.", "hamas", ""),
    ("uk", "Уряд отримав від профспілки вимогу підвищити зарплату на 10%.", "government", ""),
    # the inviter proposes
    ("uk", "Прем'єр-міністр Туск запросив Селянську партію до переговорів про коаліцію.", "", "tusk"),
    ("ru", "Премьер-министр Туск пригласил Крестьянскую партию к переговорам о коалиции.", "", "tusk"),
    ("en", "Prime Minister Tusk invited the Peasants' Party to coalition talks.", "", "tusk"),
    # an employers' federation or a company beside the union's demand
    ("uk", "Профспілка вимагає від федерації роботодавців машинобудування підвищення зарплати на 8%.",
     "federation", ""),
    ("ru", "Профсоюз требует от федерации работодателей машиностроения повышения зарплаты на 8%.",
     "federation", ""),
    ("en", "The union is demanding an 8 percent raise from the Engineering Employers Federation.",
     "engineering-employers-federation", ""),
    ("uk", "Профспілка вимагає від компанії Boeing підвищення зарплати на 25%.", "boeing", ""),
    ("ru", "Профсоюз требует от компании Boeing повышения зарплаты на 25%.", "boeing", ""),
]


@pytest.mark.parametrize("lang,text,wrong,holder", NOT_THE_HOLDER)
def test_a_relayer_receiver_or_employer_is_not_the_holder(lang: str, text: str, wrong: str, holder: str) -> None:
    lines = found(text, lang)
    if wrong:
        assert all(wrong not in actor for actor, _, _ in lines), lines
    if holder:
        assert any(actor == holder for actor, _, _ in lines), lines


def test_the_employers_federation_holds_its_own_rejection() -> None:
    lines = found("The Engineering Employers Federation rejected the union's demand for an 8 percent raise.", "en")
    assert ("engineering-employers-federation", "Engineering Employers Federation", "rejects") in lines


def test_workers_at_a_company_plant_are_its_workers() -> None:
    lines = found("Workers at the Boeing plant near Wichita rejected the company's offer of a 25 percent raise.", "en")
    assert [(a, r) for a, _, r in lines] == [("boeing-workers", "rejects")]
