"""Labour disputes read right in Ukrainian, Russian and English (codebook sections 1 and 7).

- A company's union or its workers are a side of their own, never the company: "the union
  at Toyota", "Toyota's main union", "профспілка працівників «Укрзалізниці»", "профсоюз
  «Норникеля»", "Робітники «АрселорМіттал»", "workers at Boeing". The company is the
  employer the article named: "management", "керівництво компанії", "руководство
  компании", "адміністрація шахти" later are it; a place in a union's description
  ("профсоюз докеров порта Санкт-Петербург") is no party; a report's verb is no part of
  the people ("The RCN said nurses rejected ...").
- Items name the outcome with an economic issue: a wage rise ("повысить зарплаты",
  "підняти оклади", "a 25 percent raise"), job guarantees, an end to outsourcing,
  shorter working hours; a demand in coordination is two items; "until the company
  agrees to X" wants X, not the consent.
- A utility's "тарифи"/"тарифы" on gas, heat, water or power are prices, not customs duties.
- Traps: a strike as a fact, a ballot forecast, a union that only reports the other side's
  offer.

Sentences written for these tests, over carmakers, shipyards, airlines, rail, ports, mines,
hospitals, schools and garment factories in several countries.
"""

from __future__ import annotations

import pytest

from tests.reading import lines


def _has(found: set[tuple[str, str, str]], actor: str, relation: str, words: str) -> bool:
    return any(a == actor and r == relation and words in i for a, r, i in found)


POSITIONS = [
    # A company's union and its workers: the side of its own, with the outcome named.
    ("en", "The union at Toyota demanded a 7 percent pay rise.", "toyota-union", "demands", "wage rise"),
    ("en", "Toyota's main union demanded a 7 percent pay rise. The company rejected the demand.", "toyota", "rejects", "7 percent pay rise"),
    ("en", "Workers at Hyundai Heavy Industries walked out on Monday. The Hyundai Heavy union demanded a 9 percent pay rise. "
     "Management rejected the demand and offered a one-off bonus.", "hyundai-heavy-industries-union", "demands", "wage rise"),
    ("en", "Workers at Hyundai Heavy Industries walked out on Monday. The Hyundai Heavy union demanded a 9 percent pay rise. "
     "Management rejected the demand and offered a one-off bonus.", "hyundai-heavy-industries", "proposes", "bonus"),
    ("en", "Samsung Electronics' largest union demanded a bigger bonus.", "samsung-electronics-union", "demands", "bonus"),
    ("en", "Workers at Boeing rejected the company's offer of a 25 percent raise.", "boeing-workers", "rejects", "25 percent raise"),
    ("en", "Toyota workers demanded a 6 percent pay rise.", "toyota-workers", "demands", "wage rise"),
    ("en", "The Toyota union demanded a shorter working week and job guarantees.", "toyota-union", "demands", "shorter working hours"),
    ("en", "The Toyota union demanded a shorter working week and job guarantees.", "toyota-union", "demands", "job guarantees"),
    ("en", "The Boeing union opposes outsourcing of maintenance work.", "boeing-union", "rejects", "outsourcing of work"),
    ("en", "The Ford workers' union said it would strike until the company agrees to restore pensions.",
     "ford-union", "demands", "restore pensions"),
    ("en", "The GMB union threatened a walkout unless the council agrees to restore overtime pay.", "gmb", "demands", "restore overtime pay"),
    ("en", "The RCN said nurses rejected the government's 5 percent pay offer.", "nurses", "rejects", "5 percent pay offer"),
    ("en", "The Teamsters union rejected UPS's proposal to outsource deliveries.", "teamsters", "rejects", "outsourcing"),
    ("en", "The Korean Metal Workers' Union called a general strike, demanding job guarantees for subcontracted workers.",
     "kmwu", "demands", "job guarantees"),
    ("ru", "Профсоюз работников «АвтоВАЗа» потребовал повысить зарплаты на 15 процентов.", "avtovaz-union", "demands", "wage rise"),
    ("ru", "Профсоюз «Норникеля» потребовал индексации зарплат. Руководство компании отвергло это требование и предложило разовую премию.",
     "nornickel-union", "demands", "wage rise"),
    ("ru", "Профсоюз «Норникеля» потребовал индексации зарплат. Руководство компании отвергло это требование и предложило разовую премию.",
     "nornickel", "rejects", "wage rise"),
    ("ru", "Профсоюз «Норникеля» потребовал индексации зарплат. Руководство компании отвергло это требование и предложило разовую премию.",
     "nornickel", "proposes", "преми"),
    ("ru", "Профсоюз пилотов «Аэрофлота» пригрозил забастовкой, если компания не повысит оклады.", "aeroflot-union", "demands", "wage rise"),
    ("ru", "Медики больницы в Уфе потребовали повысить зарплаты.", "medics", "demands", "wage rise"),
    ("ru", "Профсоюз работников Ford потребовал гарантий занятости и отказа от аутсорсинга.", "ford-union", "demands", "job guarantees"),
    ("ru", "Профсоюз работников Ford потребовал гарантий занятости и отказа от аутсорсинга.", "ford-union", "demands", "no outsourcing"),
    ("ru", "Рабочие «Норникеля» потребовали поднять зарплату.", "nornickel-workers", "demands", "wage rise"),
    ("ru", "Профсоюз докеров не прекратит забастовку, пока руководство порта не согласится повысить зарплаты.",
     "profsoyuz-dokerov", "demands", "wage rise"),
    ("ru", "Работодатели предложили сохранить рабочие места в обмен на отказ от забастовки.", "employers", "proposes", "job guarantees"),
    ("ru", "Правительство Казахстана предложило повысить тарифы на электроэнергию.", "kazakhstan", "proposes", "higher utility tariffs"),
    ("uk", "Профспілка працівників «Укрзалізниці» вимагає підвищити зарплати на 20 відсотків.", "ukrzaliznytsia-union", "demands", "wage rise"),
    ("uk", "Робітники «АрселорМіттал Кривий Ріг» вимагають підвищення зарплати. Керівництво підприємства відхилило вимогу.",
     "arcelormittal-workers", "demands", "wage rise"),
    ("uk", "Робітники «АрселорМіттал Кривий Ріг» вимагають підвищення зарплати. Керівництво підприємства відхилило вимогу.",
     "arcelormittal", "rejects", "wage rise"),
    ("uk", "Працівники заводу Volkswagen у Цвіккау вимагають гарантій збереження робочих місць.", "volkswagen-workers", "demands", "job guarantees"),
    ("uk", "Профспілка докерів Одеського порту вимагає гарантій збереження робочих місць і відмови від аутсорсингу.",
     "profspilka-dokeriv-odeskoho-portu", "demands", "job guarantees"),
    ("uk", "Профспілка докерів Одеського порту вимагає гарантій збереження робочих місць і відмови від аутсорсингу.",
     "profspilka-dokeriv-odeskoho-portu", "demands", "no outsourcing"),
    ("uk", "Профспілка вчителів Польщі вимагає скоротити робочий тиждень.", "profspilka-vchyteliv-polshchi", "demands", "shorter working hours"),
    ("uk", "Шахтарі Павлоградської шахти оголосили страйк. Адміністрація шахти пообіцяла виплатити борги із зарплати.",
     "administratsiia-shakhty", "proposes", "борги із зарплати"),
    ("uk", "Члени профспілки «Укрзалізниці» проголосували за пропозицію компанії про підвищення зарплат на 10%.",
     "ukrzaliznytsia-union", "accepts", "wage rise"),
    ("uk", "Профспілка Samsung Electronics погодилася на посередництво уряду.", "samsung-electronics-union", "accepts", "mediation"),
    ("uk", "«Нафтогаз» запропонував підвищити тарифи на газ для населення.", "naftogaz", "proposes", "higher utility tariffs"),
    ("uk", "Профспілка гірників Кузбасу вимагає підняти зарплати шахтарям.", "profspilka-hirnykiv-kuzbasu", "demands", "wage rise"),
]


@pytest.mark.parametrize("lang, text, actor, relation, words", POSITIONS)
def test_labour_positions_read_with_their_side_and_outcome(lang: str, text: str, actor: str, relation: str, words: str) -> None:
    found = lines(text, lang)
    assert _has(found, actor, relation, words), found


ISSUES = [
    ("en", "The union at Boeing demanded a 40 percent raise.", "economic"),
    ("en", "Unite said its members at Felixstowe voted to reject the employer's offer of a 7 percent rise.", "economic"),
    ("uk", "Федерація роботодавців відхилила вимогу профспілок про скорочення робочого часу до 35 годин.", "economic"),
    ("ru", "Профсоюз учителей Казахстана потребовал сократить рабочую неделю.", "economic"),
    ("uk", "«Нафтогаз» запропонував підвищити тарифи на газ для населення.", "economic"),
    ("ru", "«Мосэнерго» предложило повысить тарифы на отопление для жителей Москвы.", "economic"),
]


@pytest.mark.parametrize("lang, text, issue", ISSUES)
def test_labour_items_are_economic(lang: str, text: str, issue: str) -> None:
    from tests.reading import statements

    found = statements(text, lang)
    assert found and all(s.item.issue == issue for s in found), [(s.item.label, s.item.issue) for s in found]


WRONG_SIDE = [
    # The company is not its union, nor its workers; a city is not a union.
    ("en", "The union at Toyota demanded a 7 percent pay rise.", "toyota"),
    ("en", "Toyota's main union demanded a 7 percent pay rise.", "toyota"),
    ("en", "The RCN said nurses rejected the government's 5 percent pay offer.", "said-nurses"),
    ("ru", "Профсоюз работников «АвтоВАЗа» потребовал повысить зарплаты на 15 процентов.", "avtovaz"),
    ("ru", "Профсоюз пилотов «Аэрофлота» пригрозил забастовкой, если компания не повысит оклады.", "aeroflot"),
    ("ru", "Профсоюз докеров порта Санкт-Петербург отклонил предложение работодателей о повышении ставок на 5%.", "sankt-peterburg"),
    ("uk", "Профспілка працівників «Укрзалізниці» вимагає підвищити зарплати на 20 відсотків.", "ukrzaliznytsia"),
    ("uk", "Робітники «АрселорМіттал Кривий Ріг» вимагають підвищення зарплати.", "kryvyi-rih"),
    ("uk", "Робітники «АрселорМіттал Кривий Ріг» вимагають підвищення зарплати.", "arcelormittal"),
    # "адміністрація шахти" with no employer named is no state.
    ("uk", "Шахтарі Павлоградської шахти оголосили страйк. Адміністрація шахти пообіцяла виплатити борги із зарплати.", "ukraine"),
]


@pytest.mark.parametrize("lang, text, actor", WRONG_SIDE)
def test_a_company_is_not_its_union_or_workers(lang: str, text: str, actor: str) -> None:
    assert actor not in {a for a, _, _ in lines(text, lang)}


NOT_TRADE = [
    ("uk", "«Нафтогаз» запропонував підвищити тарифи на газ для населення."),
    ("ru", "Правительство Казахстана предложило повысить тарифы на электроэнергию."),
    ("ru", "Мэрия Казани отказалась снижать тарифы на воду."),
    ("uk", "Міська рада Житомира вимагає заморозити тарифи на тепло."),
]


@pytest.mark.parametrize("lang, text", NOT_TRADE)
def test_utility_tariffs_are_no_customs_duties(lang: str, text: str) -> None:
    from tests.reading import statements

    assert all(s.item.issue != "sanctions" and "tariffs" not in s.item.id.replace("utility-tariff", "")
               for s in statements(text, lang))


def test_trade_tariffs_stay_trade_tariffs() -> None:
    assert _has(lines("США пригрозили повысить тарифы на китайские товары.", "ru"), "united-states", "proposes", "tariffs")
    assert _has(lines("Китай відмовився знизити тарифи на американські товари.", "uk"), "china", "rejects", "tariffs")


TRAPS = [
    # A strike as a fact, a ballot forecast, a union that reports the other side's offer.
    ("en", "The strike at the Samsung plant in Chennai entered its fourth week.", set()),
    ("en", "Miners at Codelco's Escondida mine went on strike on Tuesday.", set()),
    ("en", "Unite expects its members to vote to accept the deal next week.", set()),
    ("uk", "Страйк на заводі триває третій тиждень.", set()),
    ("ru", "Забастовка на судоверфи «Залив» продолжается вторую неделю.", set()),
    ("uk", "Профспілка заявила, що компанія запропонувала підвищити зарплату на 3%, але профспілка ще не розглядала цю пропозицію.", set()),
    ("ru", "Профсоюз сообщил, что компания предложила повысить зарплату на 3%, но профсоюз это предложение пока не рассматривал.", set()),
]


@pytest.mark.parametrize("lang, text, expected", TRAPS)
def test_facts_forecasts_and_reports_are_no_union_position(lang: str, text: str, expected: set) -> None:
    found = lines(text, lang)
    assert not any(a.endswith("union") or a == "union" for a, _, _ in found), found


def test_a_union_reporting_the_offer_gives_it_to_the_employer() -> None:
    found = lines("The Unite union said Jaguar Land Rover had offered a 3 percent rise.", "en")
    assert {a for a, _, _ in found} == {"jaguar-land-rover"}, found


def test_a_unions_members_vote_as_the_union() -> None:
    text = "Члены профсоюза «Норникеля» проголосовали против предложения компании о повышении зарплат на 5%."
    assert _has(lines(text, "ru"), "nornickel-union", "rejects", "5%")
