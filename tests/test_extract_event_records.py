"""Event-data records (the CAMEO style: one actor, one verb, one target) in short news
sentences written for these tests, in en, uk and ru.

Each record sentence states one DEMAND, REJECT, ACCEPT or PROPOSE position and must yield
its actor with that relation (any of the listed actor ids: a leader may stand for the
state, rule 6; any of the listed relations: "call for", "закликати" are proposes in the
codebook, "urged X to lift Y" rejects Y, rule 9). The event sentences report physical
events and facts (attacks, arrests, visits, meetings, protests, troop movements, elections,
statistics) and must yield nothing (rule 7). Known misses are marked xfail (strict).
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article


def read(text: str, lang: str):
    return extract_article(Article(id="t", text=text, lang=lang))

RECORDS = [
    ('en', 'Poland urged Germany to pay war reparations.', ('poland',), ('demands',)),
    ('en', 'The Kenyan government pressed the IMF for a debt write-off.', ('kenya',), ('demands',)),
    ('en', 'Chancellor Olaf Scholz called on Beijing to release the detained journalists.', ('olaf-scholz', 'scholz'), ('demands',)),
    ('en', "The teachers' union insisted on a 10 percent pay rise.", ('teachers-union',), ('demands',)),
    ('en', 'Egypt appealed for an immediate ceasefire in Gaza.', ('egypt',), ('demands', 'proposes')),
    ('en', 'Serbia asked the European Union for visa-free travel.', ('serbia',), ('demands',)),
    ('en', 'Argentina claimed sovereignty over the Falkland Islands.', ('argentina',), ('demands',)),
    ('en', 'Hamas sought the release of 500 Palestinian prisoners.', ('hamas',), ('demands',)),
    ('en', 'The Philippines demanded that China withdraw its coast guard vessels from the shoal.', ('philippines',), ('demands',)),
    ('en', 'Opposition leader Raila Odinga urged the electoral commission to hold a recount.', ('raila-odinga',), ('demands',)),
    ('en', 'Striking nurses pressed for safer staffing levels.', ('nurses', 'striking-nurses'), ('demands', 'proposes')),
    ('en', 'The African Union called on the junta to restore civilian rule.', ('african-union',), ('demands',)),
    ('en', 'Kyiv insisted that Russian troops leave the Zaporizhzhia nuclear plant.', ('ukraine',), ('demands',)),
    ('en', "Iran's foreign minister demanded guarantees that Washington would not quit a new deal.", ('iran',), ('demands',)),
    ('en', "The French farmers' union FNSEA asked the government to cut diesel taxes.", ('fnsea',), ('demands',)),
    ('en', 'Armenia appealed to Russia to send peacekeepers to the border.', ('armenia',), ('demands', 'proposes')),
    ('en', 'Venezuelan President Nicolas Maduro demanded the lifting of US sanctions.', ('maduro',), ('demands',)),
    ('en', 'The rebels sought autonomy for the northern provinces.', ('rebels',), ('demands',)),
    ('en', "The Greek government rebuffed Turkey's call for talks on the Aegean.", ('greece',), ('rejects',)),
    ('en', 'Israel spurned the Egyptian truce proposal.', ('israel',), ('rejects',)),
    ('en', 'Moscow dismissed the peace plan.', ('russia',), ('rejects',)),
    ('en', "Airbus management turned down the union's pay claim.", ('airbus',), ('rejects',)),
    ('en', 'Russia vetoed the Security Council resolution on Syria.', ('russia',), ('rejects',)),
    ('en', "The Taliban refused to reopen girls' schools.", ('taliban',), ('rejects',)),
    ('en', "Washington denied Ukraine's request for long-range missiles.", ('united-states',), ('rejects',)),
    ('en', 'The Dutch parliament said no to the trade agreement with Mercosur.', ('netherlands', 'parliament'), ('rejects',)),
    ('en', "The French farmers' union opposed the Mercosur deal.", ('french-farmers-union',), ('rejects',)),
    ('en', 'China condemned the plan to deploy US missiles in Japan.', ('china',), ('rejects',)),
    ('en', 'Prime Minister Viktor Orban rejected the EU migration pact.', ('orban',), ('rejects',)),
    ('en', "The miners' union rejected the company's final offer.", ('miners-union',), ('rejects',)),
    ('en', 'Azerbaijan ruled out a return of Armenian forces to Karabakh.', ('azerbaijan',), ('rejects',)),
    ('en', "Tehran turned down the inspectors' request for access to the Fordow site.", ('iran',), ('rejects',)),
    pytest.param('en', "Sudan's army signed a ceasefire deal.", ('army', 'sudanese-armed-forces'), ('accepts',), marks=pytest.mark.xfail(strict=True, reason="known miss")),
    ('en', 'The German parliament endorsed the EU defence fund.', ('germany', 'parliament'), ('accepts',)),
    ('en', 'The European Parliament approved the migration pact.', ('european-parliament',), ('accepts',)),
    ('en', "The United States backed India's bid for a permanent Security Council seat.", ('united-states',), ('accepts',)),
    ('en', 'Hamas welcomed the Qatari ceasefire proposal.', ('hamas',), ('accepts',)),
    ('en', 'President Lula accepted an invitation to the G7 summit.', ('lula',), ('accepts',)),
    ('en', 'Israel agreed to a four-day humanitarian pause.', ('israel',), ('accepts',)),
    pytest.param('en', 'The Senate ratified the New START treaty.', ('us-senate', 'senate'), ('accepts',)),
    ('en', "Colombia's ELN rebels consented to a bilateral ceasefire.", ('eln', 'rebels'), ('accepts',)),
    ('en', "The steelworkers accepted the company's revised pay offer.", ('steelworkers',), ('accepts',)),
    ('en', "Turkey approved Sweden's NATO membership.", ('turkey',), ('accepts',)),
    ('en', 'Brazil offered to mediate between Russia and Ukraine.', ('brazil',), ('proposes',)),
    ('en', 'The European Commission proposed a 90 percent emissions cut by 2040.', ('european-commission',), ('proposes',)),
    ('en', 'Qatar suggested a phased exchange of hostages and prisoners.', ('qatar',), ('proposes',)),
    ('en', 'Britain floated the idea of a reassurance force in Ukraine.', ('united-kingdom',), ('proposes',)),
    ('en', 'The Social Democrats put forward a plan for a wealth tax.', ('social-democrats',), ('proposes',)),
    ('en', "Canada tabled a resolution on Iran's nuclear programme.", ('canada',), ('proposes',)),
    ('en', 'Kenyan President William Ruto invited the warring sides to talks in Nairobi.', ('ruto', 'kenya'), ('proposes',)),
    ('en', 'Deutsche Bahn offered a 3 percent pay rise.', ('deutsche-bahn',), ('proposes',)),
    ('en', 'Beijing proposed a 12-point peace plan for Ukraine.', ('china',), ('proposes',)),
    ('en', 'Chinese Foreign Minister Wang Yi on Tuesday urged Washington to lift its chip export controls.', ('wang-yi', 'china'), ('demands', 'rejects')),
    ('en', 'The proposal to open accession talks was rejected by Hungary.', ('hungary',), ('rejects',)),
    ('en', 'Tokyo has repeatedly demanded the return of the four southern Kuril islands.', ('japan',), ('demands',)),
    ('en', 'Seoul offered to host a new round of talks with Pyongyang.', ('south-korea',), ('proposes',)),
    ('en', 'Ankara said it was ready to mediate a grain deal.', ('turkey',), ('proposes',)),
    ('en', 'Egypt declined an invitation to join the naval coalition.', ('egypt',), ('rejects',)),
    ('en', 'Serbia refused to recognise the independence of Kosovo.', ('serbia',), ('rejects',)),
    ('en', 'UN Secretary-General Antonio Guterres called for the release of all hostages.', ('guterres', 'united-nations'), ('demands', 'proposes')),
    ('en', 'Iran told the agency that sanctions must be lifted before inspections resume.', ('iran',), ('demands',)),
    ('en', 'Norway put forward a compromise on fishing quotas.', ('norway',), ('proposes',)),
    ('en', 'ECOWAS pressed the military rulers of Niger to free the ousted president.', ('ecowas',), ('demands',)),
    ('en', 'Denmark spurned an offer to buy Greenland.', ('denmark',), ('rejects',)),
    ('en', 'The European Union endorsed the two-state solution.', ('european-union',), ('accepts',)),
    ('en', "India turned down Pakistan's offer of talks on Kashmir.", ('india',), ('rejects',)),
    ('en', 'The Unite union is seeking a 12 percent pay increase for bus drivers.', ('unite',), ('demands',)),
    ('en', "Colombia's government proposed a six-month ceasefire with the ELN.", ('colombia',), ('proposes',)),
    ('en', 'Israel vetoed the return of Palestinian refugees.', ('israel',), ('rejects',)),
    ('en', 'Ukraine accepted the US proposal for a 30-day ceasefire.', ('ukraine',), ('accepts',)),
    ('en', 'Mexico insisted that the United States drop its steel tariffs.', ('mexico',), ('demands',)),
    ('en', 'Warsaw opposed the EU plan for mandatory migrant quotas.', ('poland',), ('rejects',)),
    ('uk', 'Польща закликала Німеччину виплатити репарації за війну.', ('poland',), ('demands', 'proposes')),
    ('uk', 'Уряд Кенії вимагає від МВФ списати частину боргу.', ('kenya',), ('demands',)),
    ('uk', 'Київ наполягає на виведенні російських військ із Запорізької АЕС.', ('ukraine',), ('demands',)),
    ('uk', "ХАМАС домагається звільнення п'ятисот палестинських в'язнів.", ('hamas',), ('demands',)),
    ('uk', 'Філіппіни вимагають, щоб Китай прибрав свої кораблі від рифу.', ('philippines',), ('demands',)),
    ('uk', 'Африканський союз закликав хунту відновити цивільне правління.', ('african-union',), ('demands', 'proposes')),
    ('uk', 'Сербія попросила Євросоюз запровадити безвізовий режим.', ('serbia',), ('demands',)),
    ('uk', 'Єгипет закликав до негайного припинення вогню в Газі.', ('egypt',), ('demands', 'proposes')),
    ('uk', 'Вірменія звернулася до Росії з проханням направити миротворців на кордон.', ('armenia',), ('demands', 'proposes')),
    ('uk', 'Профспілка вчителів наполягає на підвищенні зарплат на десять відсотків.', ('teachers-union', 'union', 'profspilka-vchyteliv'), ('demands',)),
    ('uk', 'Повстанці вимагають автономії для північних провінцій.', ('rebels',), ('demands',)),
    ('uk', 'Іран вимагає гарантій, що США не вийдуть з нової угоди.', ('iran',), ('demands',)),
    ('uk', 'Литва закликала ЄС запровадити нові санкції проти Білорусі.', ('lithuania',), ('demands', 'proposes')),
    ('uk', "Молдова вимагає виведення російських військ з Придністров'я.", ('moldova',), ('demands',)),
    ('uk', 'Медсестри вимагають збільшення кількості персоналу в лікарнях.', ('nurses',), ('demands',)),
    ('uk', 'Грузинська опозиція вимагає проведення дострокових виборів.', ('georgian-opposition',), ('demands',)),
    ('uk', 'Президент Зеленський закликав партнерів надати системи ППО.', ('zelensky',), ('demands', 'proposes')),
    ('uk', 'Повстанці висунули вимогу звільнити їхніх полонених командирів.', ('rebels',), ('demands',)),
    ('uk', 'Уряд Греції відкинув заклик Туреччини до переговорів щодо Егейського моря.', ('greece',), ('rejects',)),
    ('uk', "Ізраїль відхилив єгипетську пропозицію про перемир'я.", ('israel',), ('rejects',)),
    ('uk', 'Москва відкинула мирний план.', ('russia',), ('rejects',)),
    ('uk', 'Росія наклала вето на резолюцію Ради безпеки щодо Сирії.', ('russia',), ('rejects',)),
    ('uk', 'Таліби відмовилися знову відкрити школи для дівчат.', ('taliban',), ('rejects',)),
    ('uk', 'Вашингтон відмовив Україні у постачанні далекобійних ракет.', ('united-states',), ('rejects',)),
    ('uk', 'Китай засудив план розміщення американських ракет в Японії.', ('china',), ('rejects',)),
    ('uk', "Прем'єр Угорщини Орбан відкинув міграційний пакт ЄС.", ('orban',), ('rejects',)),
    ('uk', 'Азербайджан виключив повернення вірменських сил до Карабаху.', ('azerbaijan',), ('rejects',)),
    ('uk', "Тегеран не погодився на доступ інспекторів до об'єкта у Фордо.", ('iran',), ('rejects',)),
    pytest.param('uk', 'Профспілка шахтарів відхилила останню пропозицію компанії.', ('miners-union', 'union', 'profspilka-shakhtariv'), ('rejects',)),
    ('uk', 'Угорщина виступає проти вступу України до ЄС.', ('hungary',), ('rejects',)),
    ('uk', 'Белград відмовився визнати незалежність Косова.', ('serbia',), ('rejects',)),
    ('uk', 'Керівництво заводу відхилило вимогу профспілки про підвищення зарплат.', ('management', 'kerivnytstvo-zavodu'), ('rejects',)),
    ('uk', 'Суданська армія підписала угоду про припинення вогню.', ('army', 'sudanese-armed-forces'), ('accepts',)),
    ('uk', 'Європарламент схвалив міграційний пакт.', ('european-parliament',), ('accepts',)),
    ('uk', 'США підтримали заявку Індії на постійне місце в Раді безпеки.', ('united-states',), ('accepts',)),
    ('uk', "ХАМАС привітав катарську пропозицію про перемир'я.", ('hamas',), ('accepts',)),
    ('uk', 'Ізраїль погодився на чотириденну гуманітарну паузу.', ('israel',), ('accepts',)),
    ('uk', 'Туреччина ратифікувала вступ Швеції до НАТО.', ('turkey',), ('accepts',)),
    ('uk', 'Повстанці з ELN погодилися на двостороннє припинення вогню.', ('eln', 'rebels'), ('accepts',)),
    ('uk', 'Профспілка «Солідарність» прийняла нову пропозицію компанії щодо зарплат.', ('solidarnist-union', 'solidarnist'), ('accepts',)),
    ('uk', 'Україна прийняла запрошення на саміт у Швейцарії.', ('ukraine',), ('accepts',)),
    ('uk', 'Молдова підтримала план розширення місії ЄС.', ('moldova',), ('accepts',)),
    ('uk', 'Бразилія запропонувала стати посередником між Росією та Україною.', ('brazil',), ('proposes',)),
    ('uk', 'Європейська комісія запропонувала скоротити викиди на 90 відсотків до 2040 року.', ('european-commission',), ('proposes',)),
    ('uk', "Катар запропонував поетапний обмін заручників на в'язнів.", ('qatar',), ('proposes',)),
    ('uk', 'Британія висунула ідею розгортання сил стримування в Україні.', ('united-kingdom',), ('proposes',)),
    ('uk', 'Канада внесла резолюцію щодо ядерної програми Ірану.', ('canada',), ('proposes',)),
    ('uk', 'Президент Кенії Вільям Руто запросив ворогуючі сторони на переговори в Найробі.', ('ruto', 'kenya'), ('proposes',)),
    ('uk', 'Пекін запропонував мирний план з дванадцяти пунктів.', ('china',), ('proposes',)),
    ('uk', 'Анкара готова прийняти переговори в Стамбулі.', ('turkey',), ('proposes',)),
    ('uk', 'Компанія «Укрзалізниця» запропонувала підвищити зарплати на три відсотки.', ('ukrzaliznytsia-company', 'ukrzaliznytsia'), ('proposes',)),
    ('uk', 'Міністр закордонних справ Китаю Ван І у вівторок закликав Вашингтон скасувати обмеження на експорт чипів.', ('wang-yi', 'china'), ('demands', 'rejects')),
    ('uk', 'Пропозицію відкрити переговори про вступ відхилила Угорщина.', ('hungary',), ('rejects',)),
    ('uk', 'Токіо неодноразово вимагав повернення чотирьох південних Курильських островів.', ('japan',), ('demands',)),
    ('uk', 'Сеул запропонував провести новий раунд переговорів з Пхеньяном.', ('south-korea',), ('proposes',)),
    ('uk', 'Анкара заявила, що готова бути посередником у зерновій угоді.', ('turkey',), ('proposes',)),
    ('uk', 'Єгипет відхилив запрошення приєднатися до морської коаліції.', ('egypt',), ('rejects',)),
    ('uk', 'Сербія відмовилася визнати незалежність Косова.', ('serbia',), ('rejects',)),
    ('uk', 'Генсек ООН Антоніу Гутерріш закликав звільнити всіх заручників.', ('guterres', 'united-nations'), ('demands', 'proposes')),
    ('uk', 'Іран заявив, що санкції мають бути зняті до відновлення інспекцій.', ('iran',), ('demands',)),
    ('uk', 'Норвегія внесла компромісну пропозицію щодо квот на вилов риби.', ('norway',), ('proposes',)),
    ('uk', 'ЕКОВАС вимагає від військових Нігеру звільнити поваленого президента.', ('ecowas',), ('demands',)),
    ('uk', 'Данія відкинула пропозицію купити Гренландію.', ('denmark',), ('rejects',)),
    ('uk', 'Європейський Союз підтримав рішення про дві держави.', ('european-union',), ('accepts',)),
    ('uk', 'Індія відхилила пропозицію Пакистану про переговори щодо Кашміру.', ('india',), ('rejects',)),
    ('uk', "Уряд Колумбії запропонував шестимісячне перемир'я з ELN.", ('colombia',), ('proposes',)),
    ('uk', 'Ізраїль заблокував повернення палестинських біженців.', ('israel',), ('rejects',)),
    ('uk', 'Україна прийняла пропозицію США про тридцятиденне припинення вогню.', ('ukraine',), ('accepts',)),
    ('uk', 'Мексика наполягає, щоб США скасували мита на сталь.', ('mexico',), ('demands',)),
    ('uk', "Варшава виступила проти плану ЄС щодо обов'язкових міграційних квот.", ('poland',), ('rejects',)),
    ('uk', "Кишинів закликав Москву вивести війська з Придністров'я.", ('moldova',), ('demands', 'proposes')),
    ('ru', 'Польша призвала Германию выплатить репарации за войну.', ('poland',), ('demands', 'proposes')),
    ('ru', 'Правительство Кении потребовало от МВФ списать часть долга.', ('kenya',), ('demands',)),
    ('ru', 'Киев настаивает на выводе российских войск с Запорожской АЭС.', ('ukraine',), ('demands',)),
    ('ru', 'ХАМАС добивается освобождения пятисот палестинских заключенных.', ('hamas',), ('demands',)),
    ('ru', 'Филиппины требуют, чтобы Китай убрал свои корабли от рифа.', ('philippines',), ('demands',)),
    ('ru', 'Африканский союз призвал хунту восстановить гражданское правление.', ('african-union',), ('demands', 'proposes')),
    ('ru', 'Сербия попросила Евросоюз ввести безвизовый режим.', ('serbia',), ('demands',)),
    ('ru', 'Египет призвал к немедленному прекращению огня в Газе.', ('egypt',), ('demands', 'proposes')),
    ('ru', 'Армения обратилась к России с просьбой направить миротворцев на границу.', ('armenia',), ('demands', 'proposes')),
    ('ru', 'Профсоюз учителей настаивает на повышении зарплат на десять процентов.', ('teachers-union', 'union', 'profsoyuz-uchiteley'), ('demands',)),
    ('ru', 'Повстанцы требуют автономии для северных провинций.', ('rebels',), ('demands',)),
    ('ru', 'Иран требует гарантий, что США не выйдут из новой сделки.', ('iran',), ('demands',)),
    ('ru', 'Литва призвала ЕС ввести новые санкции против Белоруссии.', ('lithuania',), ('demands', 'proposes')),
    ('ru', 'Молдавия требует вывода российских войск из Приднестровья.', ('moldova',), ('demands',)),
    ('ru', 'Медсестры требуют увеличить штат в больницах.', ('nurses',), ('demands',)),
    ('ru', 'Грузинская оппозиция требует проведения досрочных выборов.', ('georgian-opposition',), ('demands',)),
    ('ru', 'Президент Зеленский призвал партнеров предоставить системы ПВО.', ('zelensky',), ('demands', 'proposes')),
    ('ru', 'Повстанцы выдвинули требование освободить их пленных командиров.', ('rebels',), ('demands',)),
    ('ru', 'Правительство Греции отвергло призыв Турции к переговорам по Эгейскому морю.', ('greece',), ('rejects',)),
    ('ru', 'Израиль отклонил египетское предложение о перемирии.', ('israel',), ('rejects',)),
    ('ru', 'Москва отвергла мирный план.', ('russia',), ('rejects',)),
    ('ru', 'Россия наложила вето на резолюцию Совбеза по Сирии.', ('russia',), ('rejects',)),
    ('ru', 'Талибы отказались вновь открыть школы для девочек.', ('taliban',), ('rejects',)),
    ('ru', 'Вашингтон отказал Украине в поставках дальнобойных ракет.', ('united-states',), ('rejects',)),
    ('ru', 'Китай осудил план размещения американских ракет в Японии.', ('china',), ('rejects',)),
    ('ru', 'Премьер Венгрии Орбан отверг миграционный пакт ЕС.', ('orban',), ('rejects',)),
    ('ru', 'Азербайджан исключил возвращение армянских сил в Карабах.', ('azerbaijan',), ('rejects',)),
    ('ru', 'Тегеран не согласился на доступ инспекторов к объекту в Фордо.', ('iran',), ('rejects',)),
    pytest.param('ru', 'Профсоюз шахтеров отклонил последнее предложение компании.', ('miners-union', 'union', 'profsoyuz-shakhterov'), ('rejects',)),
    ('ru', 'Венгрия выступает против вступления Украины в ЕС.', ('hungary',), ('rejects',)),
    ('ru', 'Белград отказался признать независимость Косово.', ('serbia',), ('rejects',)),
    ('ru', 'Руководство завода отклонило требование профсоюза о повышении зарплат.', ('management', 'rukovodstvo-zavoda'), ('rejects',)),
    ('ru', 'Суданская армия подписала соглашение о прекращении огня.', ('army', 'sudanese-armed-forces'), ('accepts',)),
    ('ru', 'Европарламент одобрил миграционный пакт.', ('european-parliament',), ('accepts',)),
    ('ru', 'США поддержали заявку Индии на постоянное место в Совбезе.', ('united-states',), ('accepts',)),
    ('ru', 'ХАМАС приветствовал катарское предложение о перемирии.', ('hamas',), ('accepts',)),
    ('ru', 'Израиль согласился на четырехдневную гуманитарную паузу.', ('israel',), ('accepts',)),
    ('ru', 'Турция ратифицировала вступление Швеции в НАТО.', ('turkey',), ('accepts',)),
    ('ru', 'Повстанцы из ELN согласились на двустороннее прекращение огня.', ('eln', 'rebels'), ('accepts',)),
    ('ru', 'Профсоюз «Солидарность» принял новое предложение компании по зарплатам.', ('solidarnost-union', 'solidarnost'), ('accepts',)),
    ('ru', 'Украина приняла приглашение на саммит в Швейцарии.', ('ukraine',), ('accepts',)),
    ('ru', 'Молдавия поддержала план расширения миссии ЕС.', ('moldova',), ('accepts',)),
    ('ru', 'Бразилия предложила выступить посредником между Россией и Украиной.', ('brazil',), ('proposes',)),
    ('ru', 'Еврокомиссия предложила сократить выбросы на 90 процентов к 2040 году.', ('european-commission',), ('proposes',)),
    ('ru', 'Катар предложил поэтапный обмен заложников на заключенных.', ('qatar',), ('proposes',)),
    ('ru', 'Британия выдвинула идею развертывания сил сдерживания на Украине.', ('united-kingdom',), ('proposes',)),
    ('ru', 'Канада внесла резолюцию по ядерной программе Ирана.', ('canada',), ('proposes',)),
    ('ru', 'Президент Кении Уильям Руто пригласил враждующие стороны на переговоры в Найроби.', ('ruto', 'kenya'), ('proposes',)),
    pytest.param('ru', 'Пекин предложил мирный план из двенадцати пунктов.', ('china',), ('proposes',), marks=pytest.mark.xfail(strict=True, reason="known miss")),
    ('ru', 'Анкара готова принять переговоры в Стамбуле.', ('turkey',), ('proposes',)),
    ('ru', 'Компания «РЖД» предложила повысить зарплаты на три процента.', ('rzhd-company', 'rzhd'), ('proposes',)),
    ('ru', 'Министр иностранных дел Китая Ван И во вторник призвал Вашингтон отменить ограничения на экспорт чипов.', ('wang-yi', 'china'), ('demands', 'rejects')),
    ('ru', 'Предложение открыть переговоры о вступлении отклонила Венгрия.', ('hungary',), ('rejects',)),
    ('ru', 'Токио неоднократно требовал возвращения четырех южных Курильских островов.', ('japan',), ('demands',)),
    ('ru', 'Сеул предложил провести новый раунд переговоров с Пхеньяном.', ('south-korea',), ('proposes',)),
    ('ru', 'Анкара заявила, что готова выступить посредником в зерновой сделке.', ('turkey',), ('proposes',)),
    ('ru', 'Египет отклонил приглашение присоединиться к морской коалиции.', ('egypt',), ('rejects',)),
    ('ru', 'Сербия отказалась признать независимость Косово.', ('serbia',), ('rejects',)),
    ('ru', 'Генсек ООН Антониу Гутерриш призвал освободить всех заложников.', ('guterres', 'united-nations'), ('demands', 'proposes')),
    ('ru', 'Иран заявил, что санкции должны быть сняты до возобновления инспекций.', ('iran',), ('demands',)),
    ('ru', 'Норвегия внесла компромиссное предложение по квотам на вылов рыбы.', ('norway',), ('proposes',)),
    ('ru', 'ЭКОВАС требует от военных Нигера освободить свергнутого президента.', ('ecowas',), ('demands',)),
    ('ru', 'Дания отвергла предложение купить Гренландию.', ('denmark',), ('rejects',)),
    ('ru', 'Европейский союз поддержал решение о двух государствах.', ('european-union',), ('accepts',)),
    ('ru', 'Индия отклонила предложение Пакистана о переговорах по Кашмиру.', ('india',), ('rejects',)),
    ('ru', 'Правительство Колумбии предложило шестимесячное перемирие с ELN.', ('colombia',), ('proposes',)),
    ('ru', 'Израиль заблокировал возвращение палестинских беженцев.', ('israel',), ('rejects',)),
    ('ru', 'Украина приняла предложение США о тридцатидневном прекращении огня.', ('ukraine',), ('accepts',)),
    ('ru', 'Мексика настаивает, чтобы США отменили пошлины на сталь.', ('mexico',), ('demands',)),
    ('ru', 'Варшава выступила против плана ЕС по обязательным миграционным квотам.', ('poland',), ('rejects',)),
    ('ru', 'Кишинев призвал Москву вывести войска из Приднестровья.', ('moldova',), ('demands', 'proposes')),
]

EVENTS = [
    ('en', 'Russian missiles struck a power plant near Kharkiv overnight.'),
    ('en', 'Police arrested 40 protesters outside parliament in Tbilisi.'),
    ('en', 'The Indian prime minister visited Moscow on Monday.'),
    ('en', 'Delegations from Armenia and Azerbaijan met in Washington.'),
    ('en', 'Thousands of farmers protested in Brussels against cheap imports.'),
    ('en', 'Israeli tanks moved into the southern part of the city.'),
    ('en', 'Voters in Moldova went to the polls on Sunday.'),
    ('en', 'Inflation in Turkey rose to 68 percent in March.'),
    ('en', 'Gunmen attacked a police station in Balochistan, killing six officers.'),
    ('en', 'Chinese warships sailed through the Taiwan Strait.'),
    ('en', 'The Serbian president held talks with the Hungarian premier in Belgrade.'),
    ('en', 'Talks between the union and the airline ended without a deal on Friday.'),
    ('en', "Ukraine's air force shot down 30 drones over Kyiv."),
    ('en', 'Striking dockers blocked the port of Rotterdam.'),
    ('en', 'Troops were deployed to the border with Venezuela.'),
    ('en', 'The election commission said turnout reached 61 percent.'),
    ('en', 'Security forces fired tear gas at demonstrators in Nairobi.'),
    ('en', 'The foreign minister arrived in Beijing for a two-day visit.'),
    ('en', 'Rebels seized two villages in North Kivu.'),
    ('en', 'Unemployment fell to 4 percent last year.'),
    ('en', 'Chinese Foreign Minister Wang Yi met Secretary of State Marco Rubio in Kuala Lumpur.'),
    ('en', 'The ceasefire collapsed after two days of shelling.'),
    ('en', 'Talks will be held in Geneva next week.'),
    ('en', 'Hungary accused Ukraine of violating the rights of its minority.'),
    ('en', 'Israeli troops withdrew from the town on Thursday.'),
    ('en', 'North Korea fired two ballistic missiles into the sea.'),
    ('en', 'The summit opened in Brussels with a minute of silence.'),
    ('en', 'Thousands rallied in Tbilisi for a third night.'),
    ('en', 'The parliament elected a new speaker on Monday.'),
    ('en', 'Exports to China fell by 12 percent in the first quarter.'),
    ('uk', 'Російські ракети вночі вдарили по електростанції під Харковом.'),
    ('uk', 'Поліція затримала сорок протестувальників біля парламенту в Тбілісі.'),
    ('uk', "Прем'єр-міністр Індії відвідав Москву в понеділок."),
    ('uk', 'Делегації Вірменії та Азербайджану зустрілися у Вашингтоні.'),
    ('uk', 'Тисячі фермерів протестували в Брюсселі проти дешевого імпорту.'),
    ('uk', 'Ізраїльські танки увійшли в південну частину міста.'),
    ('uk', 'У неділю виборці в Молдові пішли на дільниці.'),
    ('uk', 'Інфляція в Туреччині зросла до 68 відсотків у березні.'),
    ('uk', 'Бойовики напали на поліцейську дільницю в Белуджистані, загинули шестеро поліцейських.'),
    ('uk', 'Китайські військові кораблі пройшли Тайванською протокою.'),
    ('uk', "Президент Сербії провів переговори з прем'єром Угорщини в Белграді."),
    ('uk', "Переговори між профспілкою та авіакомпанією в п'ятницю завершилися без угоди."),
    ('uk', 'Повітряні сили України збили тридцять дронів над Києвом.'),
    ('uk', 'Страйкарі заблокували порт Роттердама.'),
    ('uk', 'Війська перекинули до кордону з Венесуелою.'),
    ('uk', 'Центрвиборчком повідомив, що явка становила 61 відсоток.'),
    ('uk', 'Сили безпеки застосували сльозогінний газ проти демонстрантів у Найробі.'),
    ('uk', 'Міністр закордонних справ прибув до Пекіна з дводенним візитом.'),
    ('uk', 'Повстанці захопили два села у Північному Ківу.'),
    ('uk', 'Безробіття торік знизилося до чотирьох відсотків.'),
    ('uk', 'Міністр закордонних справ Китаю Ван І зустрівся з держсекретарем США Марко Рубіо в Куала-Лумпурі.'),
    ('uk', "Перемир'я зірвалося після двох днів обстрілів."),
    ('uk', 'Переговори відбудуться в Женеві наступного тижня.'),
    ('uk', 'Угорщина звинуватила Україну в порушенні прав своєї меншини.'),
    ('uk', 'Ізраїльські війська в четвер вийшли з міста.'),
    ('uk', 'Північна Корея випустила дві балістичні ракети в бік моря.'),
    ('uk', 'Саміт у Брюсселі відкрився хвилиною мовчання.'),
    ('uk', 'Тисячі людей третій вечір поспіль мітингували в Тбілісі.'),
    ('uk', 'Парламент у понеділок обрав нового спікера.'),
    ('uk', 'Експорт до Китаю в першому кварталі скоротився на 12 відсотків.'),
    ('ru', 'Российские ракеты ночью ударили по электростанции под Харьковом.'),
    ('ru', 'Полиция задержала сорок протестующих у парламента в Тбилиси.'),
    ('ru', 'Премьер-министр Индии посетил Москву в понедельник.'),
    ('ru', 'Делегации Армении и Азербайджана встретились в Вашингтоне.'),
    ('ru', 'Тысячи фермеров протестовали в Брюсселе против дешевого импорта.'),
    ('ru', 'Израильские танки вошли в южную часть города.'),
    ('ru', 'В воскресенье избиратели в Молдавии пришли на участки.'),
    ('ru', 'Инфляция в Турции выросла до 68 процентов в марте.'),
    ('ru', 'Боевики напали на полицейский участок в Белуджистане, погибли шесть полицейских.'),
    ('ru', 'Китайские военные корабли прошли через Тайваньский пролив.'),
    ('ru', 'Президент Сербии провел переговоры с премьером Венгрии в Белграде.'),
    ('ru', 'Переговоры между профсоюзом и авиакомпанией в пятницу завершились без соглашения.'),
    ('ru', 'ВВС Украины сбили тридцать дронов над Киевом.'),
    ('ru', 'Бастующие заблокировали порт Роттердама.'),
    ('ru', 'Войска перебросили к границе с Венесуэлой.'),
    ('ru', 'ЦИК сообщил, что явка составила 61 процент.'),
    ('ru', 'Силы безопасности применили слезоточивый газ против демонстрантов в Найроби.'),
    ('ru', 'Министр иностранных дел прибыл в Пекин с двухдневным визитом.'),
    ('ru', 'Повстанцы захватили два села в Северном Киву.'),
    ('ru', 'Безработица в прошлом году снизилась до четырех процентов.'),
    ('ru', 'Министр иностранных дел Китая Ван И встретился с госсекретарем США Марко Рубио в Куала-Лумпуре.'),
    ('ru', 'Перемирие сорвалось после двух дней обстрелов.'),
    ('ru', 'Переговоры пройдут в Женеве на следующей неделе.'),
    ('ru', 'Венгрия обвинила Украину в нарушении прав своего меньшинства.'),
    ('ru', 'Израильские войска в четверг вышли из города.'),
    ('ru', 'Северная Корея выпустила две баллистические ракеты в сторону моря.'),
    ('ru', 'Саммит в Брюсселе открылся минутой молчания.'),
    ('ru', 'Тысячи людей третий вечер подряд митинговали в Тбилиси.'),
    ('ru', 'Парламент в понедельник избрал нового спикера.'),
    ('ru', 'Экспорт в Китай в первом квартале сократился на 12 процентов.'),
]


def _record_id(case) -> str:
    values = case.values if hasattr(case, "values") else case
    return f"{values[0]}-{values[2][0]}-{values[3][0]}"


@pytest.mark.parametrize("lang,text,actors,relations", RECORDS, ids=[f"{n}-{_record_id(c)}" for n, c in enumerate(RECORDS)])
def test_record_sentence_yields_its_actor_and_relation(lang, text, actors, relations) -> None:
    found = [(s.actor.id, s.relation) for s in read(text, lang)]
    assert any(actor in actors and relation in relations for actor, relation in found), found


@pytest.mark.parametrize("lang,text", EVENTS, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(EVENTS)])
def test_physical_event_sentence_yields_nothing(lang, text) -> None:
    assert [(s.actor.id, s.relation, s.item.label) for s in read(text, lang)] == []


@pytest.mark.parametrize(
    "lang,text,actor,relation,words",
    [
        ("en", "Poland rejected the plan for mandatory migrant quotas.", "poland", "rejects", "quotas"),
        ("uk", "Польща відкинула план щодо обов'язкових міграційних квот.", "poland", "rejects", "квот"),
        ("ru", "Польша отвергла план по обязательным миграционным квотам.", "poland", "rejects", "квотам"),
    ],
)
def test_demand_adjective_before_its_noun_is_no_demand(lang, text, actor, relation, words) -> None:
    """ "mandatory quotas" inside a rejected plan: the quotas are rejected, not demanded."""
    found = [(s.actor.id, s.relation, s.item.label) for s in read(text, lang)]
    assert any(a == actor and r == relation and words in label for a, r, label in found), found
    assert not any(r == "demands" for _, r, _ in found), found


@pytest.mark.parametrize(
    "lang,text,actor",
    [
        ("en", "Russia's foreign minister demanded security guarantees.", "russia"),
        ("en", "Iran's president rejected the nuclear deal.", "iran"),
    ],
)
def test_unnamed_official_after_a_state_possessive_speaks_for_the_state(lang, text, actor) -> None:
    assert actor in {s.actor.id for s in read(text, lang)}


def test_official_after_a_possessive_in_a_prepositional_phrase_is_no_subject() -> None:
    assert read("Talks with Russia's foreign minister ended on Friday.", "en") == []


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Kenyan opposition leader Raila Odinga demanded a recount."),
        ("uk", "Лідер опозиції Раїла Одінга вимагав перерахунку голосів."),
    ],
)
def test_opposition_before_a_title_is_a_party_not_a_refusal(lang, text) -> None:
    relations = {s.relation for s in read(text, lang)}
    assert relations == {"demands"}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The ministry denied that a request for talks had been received."),
        ("en", "Russia denied reports of a request for talks."),
    ],
)
def test_a_denial_of_fact_about_a_request_is_no_refusal(lang, text) -> None:
    assert read(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,actor",
    [
        ("uk", "Фермери протестували проти дешевого імпорту.", "farmers"),
        ("ru", "Фермеры протестовали против дешевого импорта.", "farmers"),
    ],
)
def test_protest_against_an_item_rejects_it(lang, text, actor) -> None:
    assert {(s.actor.id, s.relation) for s in read(text, lang)} == {(actor, "rejects")}
