"""Round 11 Russian parity: wire-report sentences (ТАСС/Интерфакс/РБК-like attributions,
"в свою очередь", "в частности", "при этом", participle and passive clauses, "выступил за/против",
"дал понять", "не намерен", "потребовал от", "готов пойти на") written for these tests across wars,
trade, labour, debt, coalitions, hostages, climate and borders, with the same content in
Ukrainian and English. Each case asserts that ru, uk and en give the same actor, relation and issue.

Causes fixed where ru (and uk) fell short of en:
- an addressee after "от"/"від" ends before a noun of an act: "потребовал от правительства
  повышения зарплат" (the generic body no longer swallows the raise into its name);
- item patterns read "ё" as "е" ("заключённых" matches the exchange of hostages for prisoners);
- ru verb forms of known items: "изменить конституцию", "прекратить огонь в секторе Газа".
"""

from __future__ import annotations

import pytest
from reading import statements

# (actor id, or (ru, uk, en) ids, relation, issue, ru, uk, en)
CASES = [
    (('profsoyuz-shakhterov', 'profspilka-shakhtariv', 'miners-union'), 'demands', 'economic', 'Профсоюз шахтёров потребовал от руководства компании повышения зарплат на 15%.', 'Профспілка шахтарів вимагала від керівництва компанії підвищення зарплат на 15%.', "The miners' union demanded from the company's management a 15% pay rise."),
    ('merz', 'proposes', 'sanctions', 'Канцлер Германии выступил за введение пошлин на китайские электромобили.', 'Канцлер Німеччини виступив за запровадження мит на китайські електромобілі.', 'The German chancellor came out in favour of tariffs on Chinese electric cars.'),
    ('united-states', 'proposes', 'ceasefire', 'Предложение Вашингтона о временном перемирии было отклонено Хамасом.', "Пропозицію Вашингтона про тимчасове перемир'я було відхилено ХАМАСом.", "Washington's proposal for a temporary truce was rejected by Hamas."),
    ('hamas', 'rejects', 'ceasefire', 'Предложение Вашингтона о временном перемирии было отклонено Хамасом.', "Пропозицію Вашингтона про тимчасове перемир'я було відхилено ХАМАСом.", "Washington's proposal for a temporary truce was rejected by Hamas."),
    ('social-democrats', 'accepts', 'economic', 'Социал-демократы согласились с требованием консерваторов о снижении налогов.', 'Соціал-демократи погодилися з вимогою консерваторів щодо зниження податків.', "The Social Democrats agreed to the conservatives' demand for tax cuts."),
    ('china', 'proposes', 'economic', 'Китай готов пойти на сокращение выбросов угля к 2030 году.', 'Китай готовий піти на скорочення викидів вугілля до 2030 року.', 'China is ready to cut coal emissions by 2030.'),
    ('argentina', 'rejects', 'economic', 'Аргентина отказалась от выплаты процентов по облигациям.', 'Аргентина відмовилася від виплати відсотків за облігаціями.', 'Argentina refused to pay interest on its bonds.'),
    ('qatar', 'proposes', 'hostages', 'Катар предложил обменять заложников на палестинских заключённых.', "Катар запропонував обміняти заручників на палестинських в'язнів.", 'Qatar proposed exchanging the hostages for Palestinian prisoners.'),
    ('azerbaijan', 'demands', 'political-status', 'Азербайджан потребовал от Армении изменить конституцию.', 'Азербайджан вимагав від Вірменії змінити конституцію.', 'Azerbaijan demanded that Armenia change its constitution.'),
    ('united-states', 'demands', 'other', 'При этом Пекин отверг требование Вашингтона о девальвации юаня.', 'При цьому Пекін відкинув вимогу Вашингтона щодо девальвації юаня.', "At the same time, Beijing rejected Washington's demand for a devaluation of the yuan."),
    ('china', 'rejects', 'other', 'При этом Пекин отверг требование Вашингтона о девальвации юаня.', 'При цьому Пекін відкинув вимогу Вашингтона щодо девальвації юаня.', "At the same time, Beijing rejected Washington's demand for a devaluation of the yuan."),
    ('russia', 'proposes', 'negotiations', 'Глава МИД России Сергей Лавров заявил, что Москва готова к переговорам без предварительных условий.', 'Глава МЗС Росії Сергій Лавров заявив, що Москва готова до переговорів без попередніх умов.', 'Russian Foreign Minister Sergei Lavrov said Moscow was ready for talks without preconditions.'),
    ('greece', 'demands', 'economic', 'Греция, в частности, настаивает на списании части долга.', 'Греція, зокрема, наполягає на списанні частини боргу.', 'Greece, in particular, insists on writing off part of its debt.'),
    ('india', 'rejects', 'economic', 'Индия выступила против обязательного отказа от угля.', "Індія виступила проти обов'язкової відмови від вугілля.", 'India came out against a mandatory phase-out of coal.'),
    ('zelensky', 'accepts', 'security-guarantees', 'Зеленский поддержал идею размещения миротворцев на линии фронта.', 'Зеленський підтримав ідею розміщення миротворців на лінії фронту.', 'Zelensky backed the idea of deploying peacekeepers on the front line.'),
    ('european-union', 'rejects', 'sanctions', 'Как заявил журналистам представитель Еврокомиссии, Брюссель не намерен снижать пошлины на американскую сталь.', 'Як заявив журналістам представник Єврокомісії, Брюссель не має наміру знижувати мита на американську сталь.', 'A European Commission spokesman told reporters that Brussels does not intend to lower tariffs on American steel.'),
    ('ethiopia', 'demands', 'economic', 'Эфиопия потребовала от Египта признать её право на воды Нила.', 'Ефіопія вимагала від Єгипту визнати її право на води Нілу.', 'Ethiopia demanded that Egypt recognise its right to the waters of the Nile.'),
    ('creditors', 'accepts', 'economic', 'Кредиторы Замбии согласились на реструктуризацию долга.', 'Кредитори Замбії погодилися на реструктуризацію боргу.', "Zambia's creditors agreed to a debt restructuring."),
    ('israel', 'rejects', 'territory', 'Израиль, по данным СМИ, отказался от вывода войск из Рафаха.', 'Ізраїль, за даними ЗМІ, відмовився від виведення військ з Рафаха.', 'Israel, according to media reports, refused to withdraw troops from Rafah.'),
    ('ukraine', 'rejects', 'territory', 'Украина не намерена уступать территории в обмен на мир.', 'Україна не має наміру поступатися територіями в обмін на мир.', 'Ukraine does not intend to cede territory in exchange for peace.'),
    (('profsoyuz-uchiteley', 'profspilka-vchyteliv', 'teachers-union'), 'rejects', 'economic', 'Профсоюз учителей отверг предложение правительства о повышении зарплат на 3%.', 'Профспілка вчителів відкинула пропозицію уряду про підвищення зарплат на 3%.', "The teachers' union rejected the government's offer of a 3% pay rise."),
    ('serbia', 'rejects', 'political-status', 'Сербия, в свою очередь, отказалась признать независимость Косово.', 'Сербія, своєю чергою, відмовилася визнати незалежність Косова.', "Serbia, for its part, refused to recognise Kosovo's independence."),
    ('european-union', 'demands', 'other', 'ЕС потребовал от Лондона соблюдения протокола по Северной Ирландии.', 'ЄС вимагав від Лондона дотримання протоколу щодо Північної Ірландії.', 'The EU demanded that London comply with the Northern Ireland protocol.'),
    ('iran', 'demands', 'sanctions', 'Иран дал понять, что готов вернуться к ядерной сделке при условии снятия санкций.', 'Іран дав зрозуміти, що готовий повернутися до ядерної угоди за умови зняття санкцій.', 'Iran signalled that it is ready to return to the nuclear deal if sanctions are lifted.'),
    ('iran', 'proposes', 'nuclear', 'Иран дал понять, что готов вернуться к ядерной сделке при условии снятия санкций.', 'Іран дав зрозуміти, що готовий повернутися до ядерної угоди за умови зняття санкцій.', 'Iran signalled that it is ready to return to the nuclear deal if sanctions are lifted.'),
    ('mexico', 'accepts', 'territory', 'Мексика согласилась с предложением США об усилении контроля на границе.', 'Мексика погодилася з пропозицією США щодо посилення контролю на кордоні.', 'Mexico agreed to the US proposal to tighten border controls.'),
    ('united-states', 'proposes', 'territory', 'Мексика согласилась с предложением США об усилении контроля на границе.', 'Мексика погодилася з пропозицією США щодо посилення контролю на кордоні.', 'Mexico agreed to the US proposal to tighten border controls.'),
    ('european-union', 'rejects', 'sanctions', 'Выступая на пресс-конференции в Брюсселе, глава Еврокомиссии заявила, что ЕС не намерен отменять санкции против России.', 'Виступаючи на пресконференції в Брюсселі, голова Єврокомісії заявила, що ЄС не має наміру скасовувати санкції проти Росії.', 'Speaking at a news conference in Brussels, the Commission president said the EU does not intend to lift sanctions on Russia.'),
    ('ukraine', 'demands', 'territory', 'Требование Киева о выводе российских войск было отклонено Москвой.', 'Вимогу Києва щодо виведення російських військ було відхилено Москвою.', "Kyiv's demand for the withdrawal of Russian troops was rejected by Moscow."),
    ('russia', 'rejects', 'territory', 'Требование Киева о выводе российских войск было отклонено Москвой.', 'Вимогу Києва щодо виведення російських військ було відхилено Москвою.', "Kyiv's demand for the withdrawal of Russian troops was rejected by Moscow."),
    ('workers', 'proposes', 'economic', 'Представитель профсоюза заявил журналистам, что работники готовы пойти на компромисс по зарплатам.', 'Представник профспілки заявив журналістам, що працівники готові піти на компроміс щодо зарплат.', 'A union representative told reporters the workers were ready to compromise on pay.'),
    ('poland', 'proposes', 'territory', 'Польша выступила за закрытие границы с Беларусью.', 'Польща виступила за закриття кордону з Білоруссю.', 'Poland came out in favour of closing the border with Belarus.'),
    ('turkey', 'accepts', 'negotiations', 'Турция согласилась с требованием Швеции об ускорении переговоров.', 'Туреччина погодилася з вимогою Швеції щодо прискорення переговорів.', "Turkey agreed to Sweden's demand to speed up the talks."),
    ('sweden', 'demands', 'negotiations', 'Турция согласилась с требованием Швеции об ускорении переговоров.', 'Туреччина погодилася з вимогою Швеції щодо прискорення переговорів.', "Turkey agreed to Sweden's demand to speed up the talks."),
    ('venezuela', 'rejects', 'economic', 'Венесуэла не намерена выплачивать долги кредиторам.', 'Венесуела не має наміру виплачувати борги кредиторам.', 'Venezuela does not intend to repay its debts to creditors.'),
    ('azerbaijan', 'demands', 'political-status', 'Азербайджан потребовал от правительства Армении изменения конституции.', 'Азербайджан вимагав від уряду Вірменії зміни конституції.', 'Azerbaijan demanded from the Armenian government a change to the constitution.'),
    ('farmers', 'demands', 'economic', 'Фермеры потребовали от правительства повышения закупочных цен на зерно.', 'Фермери вимагали від уряду підвищення закупівельних цін на зерно.', 'Farmers demanded from the government a rise in grain purchase prices.'),
    ('israel', 'accepts', 'hostages', 'Израиль согласился обменять заложников на палестинских заключённых.', "Ізраїль погодився обміняти заручників на палестинських в'язнів.", 'Israel agreed to exchange the hostages for Palestinian prisoners.'),
]


def _ids(actor):
    return actor if isinstance(actor, tuple) else (actor, actor, actor)


@pytest.mark.parametrize("actor, relation, issue, ru, uk, en", CASES, ids=[c[3][:40] for c in CASES])
def test_same_position_in_ru_uk_en(actor, relation, issue, ru, uk, en):
    for lang, text, actor_id in zip(("ru", "uk", "en"), (ru, uk, en), _ids(actor)):
        found = {(s.actor.id, s.relation, s.item.issue) for s in statements(text, lang)}
        assert (actor_id, relation, issue) in found, (lang, text, found)


# The same item (not only the issue) in the three languages, where ru once fell short.
ITEMS = [
    ("qatar", "proposes", "hostages-for-prisoners",
     "Катар предложил обменять заложников на палестинских заключённых.",
     "Катар запропонував обміняти заручників на палестинських в'язнів.",
     "Qatar proposed exchanging the hostages for Palestinian prisoners."),
    ("azerbaijan", "demands", "constitutional-change",
     "Азербайджан потребовал от Армении изменить конституцию.",
     "Азербайджан вимагав від Вірменії змінити конституцію.",
     "Azerbaijan demanded that Armenia change its constitution."),
    (("profsoyuz-shakhterov", "profspilka-shakhtariv", "miners-union"), "demands", "wage-rise",
     "Профсоюз шахтёров потребовал от руководства компании повышения зарплат на 15%.",
     "Профспілка шахтарів вимагала від керівництва компанії підвищення зарплат на 15%.",
     "The miners' union demanded from the company's management a 15% pay rise."),
    ("macron", "proposes", "gaza-ceasefire",
     "Президент Франции призвал Израиль прекратить огонь в секторе Газа.",
     "Президент Франції закликав Ізраїль припинити вогонь у секторі Газа.",
     None),
]


@pytest.mark.parametrize("actor, relation, item, ru, uk, en", ITEMS, ids=[c[3][:40] for c in ITEMS])
def test_same_item_in_ru_uk_en(actor, relation, item, ru, uk, en):
    for lang, text, actor_id in zip(("ru", "uk", "en"), (ru, uk, en), _ids(actor)):
        if text is None:
            continue
        found = {(s.actor.id, s.relation, s.item.id) for s in statements(text, lang)}
        assert (actor_id, relation, item) in found, (lang, text, found)


def test_addressee_with_its_workplace_before_the_act():
    # "от руководства шахты": the workplace stays in the addressee, the raise is the item
    found = {(s.actor.id, s.relation) for s in statements(
        "Профсоюз шахтёров потребовал от руководства шахты повышения зарплат.", "ru")}
    assert ("profsoyuz-shakhterov", "demands") in found
    assert all(a != "profsoyuz-shakhterov" or r == "demands" for a, r in found)


# "ставит условием X-gen Y": Y is the condition demanded, X what it is a condition of.
CONDITIONS = [
    ("ru", "Украина ставит условием переговоров вывод российских войск.", "ukraine", "territory"),
    ("uk", "Україна ставить умовою переговорів виведення російських військ.", "ukraine", "territory"),
    ("ru", "Греция поставила условием сделки списание долга.", "greece", "economic"),
    ("uk", "Греція поставила умовою угоди списання боргу.", "greece", "economic"),
    ("ru", "Иран поставил условием возобновления переговоров снятие санкций.", "iran", "sanctions"),
]


@pytest.mark.parametrize("lang, text, actor, issue", CONDITIONS)
def test_condition_of_what_is_not_the_condition(lang, text, actor, issue):
    found = {(s.actor.id, s.relation, s.item.issue) for s in statements(text, lang)}
    assert found == {(actor, "demands", issue)}, found


# Russian issue words the Ukrainian list had: import, identity, bodies.
ISSUES = [
    ("Индонезия выступила против предложенного ЕС запрета на импорт пальмового масла.",
     "Індонезія виступила проти запропонованої ЄС заборони на імпорт пальмової олії.", "indonesia", "rejects", "economic"),
    ("Турция потребовала отменить пошлины на импорт стали.",
     "Туреччина вимагала скасувати мита на імпорт сталі.", "turkey", "demands", "sanctions"),
]


@pytest.mark.parametrize("ru, uk, actor, relation, issue", ISSUES)
def test_same_issue_word_in_ru_and_uk(ru, uk, actor, relation, issue):
    for lang, text in (("ru", ru), ("uk", uk)):
        found = {(s.actor.id, s.relation, s.item.issue) for s in statements(text, lang)}
        assert (actor, relation, issue) in found, (lang, found)


# The Armed Forces of Ukraine by their ru and uk acronyms are one party, not two unknown acronyms.
@pytest.mark.parametrize("lang, text", [
    ("ru", "ВСУ отказались отводить войска от Покровска."),
    ("uk", "ЗСУ відмовилися відводити війська від Покровська."),
    ("ru", "Вооруженные силы Украины отказались отводить войска от Покровска."),
])
def test_armed_forces_of_ukraine(lang, text):
    found = {(s.actor.id, s.relation) for s in statements(text, lang)}
    assert found == {("armed-forces-of-ukraine", "rejects")}, found
