"""Round 10 language parity: the project's own test sentences that assert a position in one
language, translated into the other two as a reporter of that language would write them
(natural word order, that language's verbs and idioms), on sentences written for these tests
across wars, trade, labour, climate, debt, borders and coalitions. Where the translation failed
while the original worked, the general cause was fixed:

- uk/ru word order: an object fronted before a relative or participle clause keeps its place
  before a verb whose subject follows ("Налог, который предложила Еврокомиссия, отвергли
  Польша и Венгрия", "Перемир'я, підготовлене Катаром, підтримали ХАМАС та Ізраїль");
- a place after an impersonal plural verb closing the clause speaks ("Предложение о
  перемирии отвергли в Кремле");
- a subordinate clause with no subject shares the main clause's when the verbs agree ("Перу
  покинула переговоры, потому что добивалась X"); a gerund opening the sentence is said of
  the subject after its comma ("Отказавшись от переговоров, Иран предложил …");
- a party inside a mediation or pressure frame is no subject ("Армения при посредничестве ЕС
  согласилась", "за посередництва ЄС", "під тиском США");
- cue words: avoid infinitives ("надеется избежать X", "сподівається уникнути X"), off the
  agenda ("сняла X с повестки", "зняв X з порядку денного"), objections raised ("выдвинула
  возражения против X"), "не против X" accepts, "высказалась за X" proposes;
- parties: writers, environmentalists, machinists (сценаристы, экологи, машиністи), officials
  ("камбоджийские официальные лица"), a body named by an adjective and its people ("профспілка
  портових працівників", "профсоюз портовых рабочих"), Greenpeace, WWF, РПК;
- en: a speech verb before a phrasal particle is a phrasal verb ("write off the debt"), and
  "to freeze teachers' pay" names no party.
Traps stay silent or keep their actor.
"""

from __future__ import annotations

import pytest
from reading import holds, lines

FOUND = [
    # --- fronted object before a relative or participle clause, subject after the verb
    ("ru", "Налог на сверхприбыль, который предложила Еврокомиссия, отвергли Польша и Венгрия.", "poland", "rejects", "сверхприбыль"),
    ("ru", "Налог на сверхприбыль, который предложила Еврокомиссия, отвергли Польша и Венгрия.", "european-commission", "proposes", "сверхприбыль"),
    ("uk", "Податок на надприбуток, який запропонувала Єврокомісія, відхилили Польща та Угорщина.", "hungary", "rejects", "надприбуток"),
    ("ru", "Налог на сверхприбыль, предложенный Еврокомиссией, отвергли Польша и Венгрия.", "hungary", "rejects", "сверхприбыль"),
    ("uk", "Перемир'я, підготовлене Катаром, підтримали ХАМАС та Ізраїль.", "hamas", "accepts", "ceasefire"),
    ("ru", "План прекращения огня, подготовленный Катаром, поддержали ХАМАС и Израиль.", "israel", "accepts", "ceasefire"),
    ("ru", "Пошлины на сталь, которых добивались США, отвергла Канада.", "canada", "rejects", "tariffs"),
    ("uk", "Мораторій на видобуток, якого вимагала Швеція, відхилив уряд Норвегії.", "norway", "rejects", "Мораторій"),
    # --- a place after an impersonal plural verb
    ("ru", "Предложение о перемирии отвергли в Кремле.", "russia", "rejects", "ceasefire"),
    ("uk", "Пропозицію про перемир'я відкинули у Кремлі.", "russia", "rejects", "ceasefire"),
    ("ru", "Перемирие отвергли в Москве, заявив о провокации.", "russia", "rejects", "ceasefire"),
    # --- a subordinate clause with a dropped subject; a gerund opening the sentence
    ("ru", "Перу покинула переговоры, потому что добивалась отказа от патентов.", "peru", "demands", "патентов"),
    ("uk", "Перу залишило переговори, бо домагалося скасування патентів.", "peru", "demands", "патентів"),
    ("uk", "Польща залишила саміт, оскільки вимагала компенсацій.", "poland", "demands", "компенсації"),
    ("en", "Peru left the talks because it wanted a patent waiver.", "peru", "demands", "patent waiver"),
    ("ru", "Отказавшись от переговоров, Иран предложил посредничество Омана.", "iran", "rejects", "talks"),
    ("ru", "Поддержав идею перемирия, Турция призвала стороны к переговорам.", "turkey", "accepts", "ceasefire"),
    ("uk", "Відкинувши план Єврокомісії, Угорщина запропонувала власний варіант.", "hungary", "proposes", "варіант"),
    # --- mediation and pressure frames: the party inside is no subject
    ("ru", "Армения на переговорах с Азербайджаном при посредничестве ЕС согласилась на демаркацию границы.", "armenia", "accepts", "demarcation"),
    ("uk", "Вірменія на переговорах з Азербайджаном за посередництва ЄС погодилася на демаркацію кордону.", "armenia", "accepts", "demarcation"),
    ("ru", "Катар при посредничестве Египта предложил перемирие.", "qatar", "proposes", "ceasefire"),
    ("uk", "Під тиском США Ізраїль погодився на перемир'я.", "israel", "accepts", "ceasefire"),
    # --- avoid infinitives and off-the-agenda idioms
    ("ru", "ЕС надеется избежать торговой войны с США.", "european-union", "rejects", "торговой войны"),
    ("uk", "ЄС сподівається уникнути торговельної війни зі США.", "european-union", "rejects", "торговельної війни"),
    ("en", "The EU hopes to avoid a trade war with the United States.", "european-union", "rejects", "trade war"),
    ("ru", "Китай стремится избежать новых пошлин.", "china", "rejects", "tariffs"),
    ("uk", "Пекін прагне уникнути нових мит.", "china", "rejects", "tariffs"),
    ("ru", "ХАМАС снял вопрос о разоружении с повестки.", "hamas", "rejects", "disarmament"),
    ("uk", "ХАМАС зняв питання роззброєння з порядку денного.", "hamas", "rejects", "disarmament"),
    ("en", "Hamas took disarmament off the table.", "hamas", "rejects", "disarmament"),
    ("ru", "Россия сняла с повестки дня вопрос о перемирии.", "russia", "rejects", "ceasefire"),
    # --- objections, "not against", speaking in favour
    ("ru", "Италия выдвинула возражения против миграционного пакта.", "italy", "rejects", "миграционный пакт"),
    ("uk", "Італія висунула заперечення проти міграційного пакту.", "italy", "rejects", "міграційний пакт"),
    ("en", "Italy raised objections to the migration pact.", "italy", "rejects", "migration pact"),
    ("ru", "Канада не против пересмотра соглашения.", "canada", "accepts", "пересмотр соглашения"),
    ("uk", "Канада не проти перегляду угоди.", "canada", "accepts", "перегляд угоди"),
    ("ru", "Кремль не против переговоров с Киевом.", "russia", "accepts", "talks"),
    ("ru", "Бельгия высказалась за использование замороженных российских активов.", "belgium", "proposes", "frozen Russian assets"),
    ("uk", "Бельгія висловилася за використання заморожених російських активів.", "belgium", "proposes", "frozen Russian assets"),
    # --- parties named by what they are
    ("ru", "Сценаристы потребовали ограничить использование искусственного интеллекта в сценариях.", "writers", "demands", "искусственного интеллекта"),
    ("uk", "Сценаристи вимагали обмежити використання штучного інтелекту у сценаріях.", "writers", "demands", "штучного інтелекту"),
    ("ru", "Экологи потребовали моратория на добычу.", "environmentalists", "demands", "мораторий"),
    ("uk", "Екологи вимагали мораторію на видобуток.", "environmentalists", "demands", "мораторій"),
    ("en", "Environmentalists demanded a moratorium on drilling.", "environmentalists", "demands", "moratorium"),
    ("uk", "Машиністи відкинули новий графік змін.", "machinists", "rejects", "графік"),
    ("ru", "Камбоджийские официальные лица потребовали прекращения огня на границе.", "cambodia", "demands", "ceasefire"),
    ("ru", "Американские официальные лица потребовали прекращения огня.", "united-states", "demands", "ceasefire"),
    ("ru", "Профсоюз портовых рабочих требует повышения зарплаты на 10%.", "profsoyuz-portovykh-rabochikh", "demands", "wage"),
    ("uk", "Профспілка портових працівників погодилася скасувати страйк.", "profspilka-portovykh-pratsivnykiv", "accepts", "strike"),
    ("ru", "Гринпис добивается отказа от угля к 2030 году.", "greenpeace", "demands", "угля"),
    ("uk", "Грінпіс домагається відмови від вугілля до 2030 року.", "greenpeace", "demands", "вугілля"),
    ("en", "Greenpeace lobbied for a phase-out of coal by 2030.", "greenpeace", "demands", "coal"),
    ("ru", "РПК согласилась передать оружие совместной комиссии.", "pkk", "accepts", "disarmament"),
    ("ru", "WWF призвал страны сократить выбросы метана.", "wwf", "proposes", "метана"),
    # --- en phrasal verbs and possessive people
    ("en", "Zambia called on creditors to write off half of its debt.", "zambia", "demands", "write off half of its debt"),
    ("en", "Finance Minister Serhiy Marchenko proposed writing off 20% of the debt.", "sergii-marchenko", "proposes", "writing off 20%"),
    ("en", "Zambia proposed to write off the debt.", "zambia", "proposes", "write off the debt"),
    ("en", "The KSPU rejected a proposal to freeze teachers' pay.", "kspu", "rejects", "freeze teachers' pay"),
    # --- conditions, "will not hear of", uk "-ться" futures, disagreement
    ("ru", "Зеленский заявил, что перемирие возможно только в том случае, если Россия выведет войска.", "zelensky", "demands", "выведет войска"),
    ("uk", "Зеленський заявив, що перемир'я можливе лише в тому разі, якщо Росія виведе війська.", "zelensky", "demands", "виведе війська"),
    ("en", "Zelensky said a ceasefire is possible only if Russia withdraws its troops.", "zelensky", "demands", "withdraws its troops"),
    ("ru", "Украина согласится на перемирие только при наличии гарантий безопасности.", "ukraine", "demands", "security guarantees"),
    ("uk", "Україна погодиться на перемир'я лише за наявності гарантій безпеки.", "ukraine", "demands", "security guarantees"),
    ("uk", "Україна погодиться на перемир'я лише за наявності гарантій безпеки.", "ukraine", "proposes", "ceasefire"),
    ("ru", "Украина согласится на перемирие только при наличии гарантий безопасности.", "ukraine", "proposes", "ceasefire"),
    ("ru", "В Кремле и слышать не хотят о европейских миротворцах на Украине.", "russia", "rejects", "peacekeeping"),
    ("uk", "У Кремлі й чути не хочуть про європейських миротворців в Україні.", "russia", "rejects", "peacekeeping"),
    ("en", "The Kremlin will not hear of European peacekeepers in Ukraine.", "russia", "rejects", "peacekeeping"),
    ("en", "France voiced its disagreement with the Mercosur deal.", "france", "rejects", "Mercosur"),
    ("ru", "Франция выразила несогласие с соглашением с Меркосур.", "france", "rejects", "Меркосур"),
    # --- a future refusal to give up a demand holds the demand
    ("ru", "Азербайджан дал понять, что не откажется от своего требования изменить конституцию Армении.", "azerbaijan", "demands", "constitution"),
    ("uk", "Азербайджан заявив, що не відмовиться від вимоги змінити конституцію Вірменії.", "azerbaijan", "demands", "constitution"),
    ("en", "Azerbaijan signalled that it would not drop its demand for a change to Armenia's constitution.", "azerbaijan", "demands", "constitution"),
    ("ru", "Россия не откажется от требования о нейтралитете Украины.", "russia", "demands", "neutrality"),
    ("en", "Russia will not give up its demand for Ukrainian neutrality.", "russia", "demands", "neutrality"),
    ("uk", "Україна не відмовиться від вимоги повернути депортованих дітей.", "ukraine", "demands", "children"),
    ("ru", "Азербайджан не отказывается от требования изменить конституцию Армении.", "azerbaijan", "demands", "constitution"),
    # --- translations that already read the same in all three languages (kept as guards)
    ("ru", "Исайяс Афеворки отверг переговоры с Эфиопией о выходе к морю.", "afwerki", "rejects", "talks"),
    ("ru", "Израиль отказался выводить войска, пока ХАМАС не освободит заложников.", "israel", "rejects", ""),
    ("ru", "Киев согласится на переговоры, только если Россия прекратит удары по энергетической инфраструктуре.", "ukraine", "demands", ""),
    ("ru", "Кения считает, что сбор должен быть отменён.", "kenya", "demands", "сбор"),
    ("ru", "Венгрия больше не поддерживает санкции против России.", "hungary", "rejects", "sanctions"),
    ("uk", "Угорщина більше не підтримує санкції проти Росії.", "hungary", "rejects", "sanctions"),
    ("ru", "Шахтёры вернутся к работе при условии, что компания выплатит премии.", "miners", "demands", "премии"),
    ("ru", "Индия заявила, что поддержит только соглашение, принятое консенсусом.", "india", "demands", "консенсусом"),
    ("ru", "Польша не возражает против вступления Украины в ЕС.", "poland", "accepts", "EU"),
    ("ru", "Списание 40% долга, которого добивалась Замбия, Китай отверг.", "china", "rejects", "40%"),
    ("uk", "Списання 40% боргу, якого домагалася Замбія, Китай відхилив.", "china", "rejects", "40%"),
    ("ru", "Индия предложила создать глобальный фонд для климатических потерь. Предложение Индии поддержали Бразилия и ЮАР.", "brazil", "accepts", "фонд"),
    ("uk", "Індія запропонувала створити глобальний фонд для кліматичних втрат. Пропозицію Індії підтримали Бразилія та ПАР.", "brazil", "accepts", "фонд"),
    ("ru", "США предложили перемирие на 30 дней. Украина дала на это согласие.", "ukraine", "accepts", "30-day ceasefire"),
    ("ru", "Гана заявляет, что вопрос границы не может быть предметом переговоров.", "ghana", "rejects", "границы"),
    ("ru", "Венгрия исключила любые переговоры о статусе Закарпатья.", "hungary", "rejects", "Закарпатья"),
    ("ru", "Польша сняла запрет на импорт украинского зерна.", "poland", "accepts", "зерна"),
    ("ru", "Требование Армении о выводе азербайджанских войск поддержала Франция.", "france", "accepts", "войск"),
    ("ru", "Углеродный налог поддержал ЕС, но отвергла Индия.", "india", "rejects", "налог"),
    ("ru", "Отмена пошлин на какао была отклонена Бенином.", "benin", "rejects", "tariffs"),
    ("ru", "Позиция Москвы неизменна: Украина должна отказаться от вступления в НАТО.", "russia", "rejects", "NATO"),
    ("ru", "Песков заявил, что размещение войск НАТО на Украине исключено.", "putin", "rejects", ""),
    ("ru", "Пекин пригрозил ответными мерами, если Вашингтон расширит ограничения на чипы.", "china", "rejects", "чипы"),
    ("ru", "Украина не будет платить по облигациям, пока идёт война.", "ukraine", "rejects", "облигациям"),
    ("ru", "Фермеры Польши заблокировали границу, требуя запретить импорт зерна.", "farmers", "demands", "зерна"),
    ("ru", "Тегеран дал согласие на инспекции МАГАТЭ.", "iran", "accepts", "инспекция"),
    ("uk", "Тегеран дав згоду на інспекції МАГАТЕ.", "iran", "accepts", "інспекції"),
    ("ru", "Кредиторы согласились списать 30% долга Шри-Ланки.", "creditors", "accepts", "30%"),
    ("uk", "Власники облігацій відкинули пропозицію Гани списати половину боргу.", "bondholders", "rejects", "боргу"),
    ("ru", "МВФ настаивает на повышении налогов в качестве условия кредита.", "imf", "demands", "налогов"),
    ("uk", "Соціалісти відкинули участь у коаліції з ультраправими.", "socialists", "rejects", "коаліції"),
    ("ru", "Саудовская Аравия заблокировала упоминание отказа от ископаемого топлива.", "saudi-arabia", "rejects", "fossil fuels"),
    ("uk", "Докери погодилися припинити страйк після підвищення зарплати на 8%.", "dockworkers", "accepts", "припинити страйк"),
    ("ru", "Похитители потребовали выкуп в размере миллиона долларов.", "kidnappers", "demands", "выкуп"),
    ("uk", "Венесуела відкинула рішення Міжнародного суду щодо Есекібо.", "venezuela", "rejects", "Есекібо"),
    ("ru", "Малые островные государства настаивают на ограничении потепления 1,5 градусами.", "aosis", "demands", "потепления"),
    ("en", "The US proposed a 30-day truce. Ukraine agreed to it.", "ukraine", "accepts", "30-day ceasefire"),
    ("en", "Kenya believes the border should not be closed.", "kenya", "rejects", "border"),
    ("en", "Hungary ruled out any talks on the status of Transcarpathia.", "hungary", "rejects", "Transcarpathia"),
]


@pytest.mark.parametrize(("lang", "text", "actor", "relation", "words"), FOUND)
def test_translated_position_is_found(lang: str, text: str, actor: str, relation: str, words: str) -> None:
    assert holds(text, lang, actor, relation, words), sorted(lines(text, lang))


SILENT = [
    # a fact of avoiding, no position
    ("ru", "Аргентине удалось избежать дефолта."),
    ("uk", "Україна уникнула дефолту."),
    ("uk", "Україні вдалося уникнути дефолту."),
    # a subordinate clause with no party to share
    ("ru", "Переговоры сорвались, потому что требовали гарантий."),
    ("ru", "Переговоры провели в Стамбуле."),
    # a report, not a phrasal verb
    ("en", "Ukraine wrote to the IMF."),
]


@pytest.mark.parametrize(("lang", "text"), SILENT)
def test_trap_stays_silent(lang: str, text: str) -> None:
    assert not lines(text, lang)


WRONG_ACTOR = [
    # the mediator is not who agrees
    ("ru", "Армения при посредничестве ЕС согласилась на демаркацию границы.", "european-union"),
    ("uk", "Вірменія на переговорах з Азербайджаном за посередництва ЄС погодилася на демаркацію кордону.", "european-union"),
    ("ru", "Армения при посредничестве США согласилась на демаркацию границы.", "united-states"),
    # the subordinate clause has a subject of its own
    ("ru", "Польша покинула саммит, так как Венгрия требовала компенсаций.", "poland"),
    # a relative clause's party is not the main clause's
    ("ru", "Налог на сверхприбыль, который предложила Еврокомиссия, отвергли Польша и Венгрия.", "european-commission"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), WRONG_ACTOR)
def test_other_party_holds_no_line(lang: str, text: str, actor: str) -> None:
    found = lines(text, lang)
    if actor == "european-commission":
        assert not any(a == actor and r == "rejects" for a, r, _ in found), sorted(found)
    else:
        assert not any(a == actor for a, _, _ in found), sorted(found)


# "will agree on a condition" is an offer, not an acceptance, in uk as in ru and en
NOT_ACCEPTED = [
    ("uk", "Україна погодиться на перемир'я, якщо Росія виведе війська.", "ukraine"),
    ("ru", "Украина согласится на перемирие, если Россия выведет войска.", "ukraine"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), NOT_ACCEPTED)
def test_future_agreement_on_a_condition_is_an_offer(lang: str, text: str, actor: str) -> None:
    found = lines(text, lang)
    assert (actor, "proposes", "ceasefire") in found, sorted(found)
    assert not any(a == actor and r == "accepts" for a, r, _ in found), sorted(found)


POLARITY = [
    ("ru", "Кремль против переговоров с Киевом.", "russia", "rejects"),
    ("ru", "Кремль не против переговоров с Киевом.", "russia", "accepts"),
]


@pytest.mark.parametrize(("lang", "text", "actor", "relation"), POLARITY)
def test_against_and_not_against(lang: str, text: str, actor: str, relation: str) -> None:
    found = {(a, r) for a, r, _ in lines(text, lang)}
    assert (actor, relation) in found
    other = "accepts" if relation == "rejects" else "rejects"
    assert (actor, other) not in found
