"""Sentences that state no position give no line (codebook rule 7, section 7).

About a tenth of the lines of real news state no position at all. Shapes, each with its traps
(no line, or no line of the wrong relation) beside the real positions that must stay:
a party's own planned event (a strike, a layoff, a vote); a threat whose "unless" part is
the only demand; analysts' forecasts and a chair's rhetoric; what happens when a deadline
passes; remarks, facts and a signing told as history; a refusal that the other side reports
with "they"; "no talks until X" (a demand of X); "trying to get Greece to agree to X" (the
persuader's demand, not Greece's acceptance). The sentences are written for these tests, in
uk, ru and en, across labour, trade, climate, debt, coalition, hostage, border and war talks.
"""

from __future__ import annotations

import pytest

from tests.reading import statements


def held(text: str, lang: str) -> set[tuple[str, str]]:
    """(actor id, relation) of each line."""
    return {(s.actor.id, s.relation) for s in statements("Title\n" + text, lang)}


def found(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    return [(s.actor.id, s.relation, s.item.label, s.item.issue) for s in statements("Title\n" + text, lang)]


# --- 1. A party's own event, planned or announced: no term put to the other side ---------

OWN_EVENTS = [
    ("en", "The carmaker announced plans to cut 10% of its workforce by the end of the year."),
    ("en", "The dockworkers' union will start a strike on Wednesday."),
    ("en", "Scotland will hold a referendum on independence next autumn."),
    ("en", "Boeing said it plans to lay off 2,000 engineers in Seattle."),
    ("en", "Moldova intends to hold a referendum on EU membership in October."),
    ("en", "The nurses' union announced it will strike for 48 hours from Monday."),
    ("uk", "Автоконцерн оголосив про плани скоротити 10% персоналу до кінця року."),
    ("uk", "Профспілка докерів розпочне страйк у середу."),
    ("uk", "Каталонія проведе референдум про незалежність наступної осені."),
    ("uk", "Компанія Boeing заявила, що планує скоротити персонал заводу в Сіетлі."),
    ("uk", "Молдова має намір провести референдум щодо членства в ЄС у жовтні."),
    ("uk", "Профспілка медсестер оголосила, що страйкуватиме 48 годин з понеділка."),
    ("ru", "Автоконцерн объявил о планах сократить 10% персонала до конца года."),
    ("ru", "Профсоюз докеров начнёт забастовку в среду."),
    ("ru", "Каталония проведёт референдум о независимости следующей осенью."),
    ("ru", "Компания Boeing заявила, что планирует уволить 2000 инженеров в Сиэтле."),
    ("ru", "Молдавия намерена провести референдум о членстве в ЕС в октябре."),
    ("ru", "Профсоюз медсестёр объявил, что будет бастовать 48 часов с понедельника."),
]


@pytest.mark.parametrize("lang,text", OWN_EVENTS)
def test_own_planned_event_gives_no_line(lang, text):
    assert found(text, lang) == []


# A threat keeps the demand of its "unless" part, and offers nothing.
THREATS = [
    ("en", "The teachers' union threatened to strike unless the government raises salaries by 15%."),
    ("en", "The railway workers will walk out on Thursday unless management improves its pay offer."),
    ("uk", "Профспілка вчителів пригрозила страйком, якщо уряд не підвищить зарплати на 15%."),
    ("ru", "Профсоюз учителей пригрозил забастовкой, если правительство не повысит зарплаты на 15%."),
]


@pytest.mark.parametrize("lang,text", THREATS)
def test_threatened_strike_keeps_only_the_demand(lang, text):
    lines = found(text, lang)
    assert lines and {relation for _, relation, _, _ in lines} == {"demands"}
    assert all(issue == "economic" for _, _, _, issue in lines)


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "The EU plans to strike a trade deal with India by December.", "european-union"),
    ("uk", "Ізраїль планує звільнити 50 палестинських в'язнів в обмін на заручників.", "israel"),
    ("ru", "Израиль планирует освободить 50 палестинских заключённых в обмен на заложников.", "israel"),
])
def test_a_plan_that_is_a_term_stays(lang, text, actor):
    assert any(a == actor and r in ("proposes", "demands") for a, r in held(text, lang))


@pytest.mark.parametrize("lang,text", [
    ("en", "The dockworkers' union plans to end the strike if the port raises wages by 8%."),
    ("uk", "Профспілка докерів має намір припинити страйк, якщо порт підвищить зарплати на 8%."),
    ("ru", "Профсоюз докеров намерен прекратить забастовку, если порт повысит зарплаты на 8%."),
])
def test_ending_ones_own_event_is_an_offer(lang, text):
    assert {"proposes", "demands"} <= {relation for _, relation in held(text, lang)}


def test_a_term_put_to_the_other_side_stays():
    assert ("ukraine", "demands") in held("Ukraine demands a 30-day ceasefire.", "en")
    assert any(r == "demands" for _, r in held("Профспілка шахтарів вимагає підвищення зарплат на 15%.", "uk"))
    assert any(r == "proposes" for _, r in held("Оппозиция предложила провести референдум о новой конституции.", "ru"))
    assert any(r == "demands" for _, r in held("The dockworkers' union demands that the company cancel the layoffs.", "en"))


# --- 2. Assessments, forecasts, a chair's rhetoric, background ---------------------------

ASSESSMENTS = [
    ("en", "The two sides can agree on many issues, the envoy said."),
    ("en", "Kyiv, Smith believes, will insist on the return of all prisoners."),
    ("en", "Analysts say the move suggests Beijing is giving up on its demand for tariff cuts."),
    ("en", "The river must remain a source of life for all nations, the chair of the summit said."),
    ("en", "The dispute is about the ownership of the islands and fishing rights."),
    ("en", "According to the analyst, Hamas will insist on a full Israeli withdrawal from Gaza."),
    ("en", "Observers expect Ankara to demand the lifting of sanctions on its defence industry."),
    ("uk", "Сторони можуть домовитися з багатьох питань, заявив посередник."),
    ("uk", "Київ, на думку експерта, наполягатиме на поверненні всіх полонених."),
    ("uk", "Аналітики вважають, що цей крок свідчить про відмову Пекіна від вимоги знизити мита."),
    ("uk", "Річка має залишатися джерелом життя для всіх народів, сказав голова саміту."),
    ("uk", "На думку аналітика, ХАМАС наполягатиме на повному виведенні ізраїльських військ із Гази."),
    ("uk", "Експерти очікують, що Анкара вимагатиме скасування санкцій проти її оборонної промисловості."),
    ("uk", "Переговори зосереджені на статусі Нагірного Карабаху та поверненні біженців."),
    ("uk", "Коаліція, на думку оглядачів, вимагатиме посади міністра фінансів."),
    ("uk", "Київ, вважає Сміт, наполягатиме на поверненні всіх полонених."),
    ("ru", "Стороны могут договориться по многим вопросам, заявил посредник."),
    ("ru", "Киев, по мнению эксперта, будет настаивать на возвращении всех пленных."),
    ("ru", "Аналитики считают, что этот шаг говорит об отказе Пекина от требования снизить пошлины."),
    ("ru", "Река должна оставаться источником жизни для всех народов, сказал председатель саммита."),
    ("ru", "По мнению аналитика, ХАМАС будет настаивать на полном выводе израильских войск из Газы."),
    ("ru", "Эксперты ожидают, что Анкара потребует отмены санкций против её оборонной промышленности."),
    ("ru", "Переговоры сосредоточены на статусе Нагорного Карабаха и возвращении беженцев."),
    ("ru", "По мнению экономиста, Замбия будет добиваться списания половины долга."),
    ("ru", "Киев, полагает Смит, будет настаивать на возвращении всех пленных."),
]


@pytest.mark.parametrize("lang,text", ASSESSMENTS)
def test_assessment_gives_no_line(lang, text):
    assert found(text, lang) == []


def test_the_party_itself_insisting_stays():
    assert ("hamas", "demands") in held("Hamas will insist on a full Israeli withdrawal from Gaza.", "en")
    assert ("hamas", "demands") in held("ХАМАС наполягатиме на повному виведенні ізраїльських військ із Гази.", "uk")
    assert ("hamas", "demands") in held("ХАМАС будет настаивать на полном выводе израильских войск из Газы.", "ru")


# --- 3. What happens when a deadline passes ---------------------------------------------

DEADLINES = [
    ("en", "Brussels gave London until Friday to reply, otherwise tariffs will be imposed."),
    ("en", "The sides must agree on the budget by Monday or else the coalition talks collapse."),
    ("en", "Washington set a deadline of March 1, after which tariffs on Chinese goods would double."),
    ("uk", "Брюссель дав Лондону час до п'ятниці, інакше будуть запроваджені мита."),
    ("uk", "Сторони мають погодити бюджет до понеділка, інакше коаліційні переговори зірвуться."),
    ("uk", "Вашингтон встановив термін до 1 березня, після якого мита на китайські товари подвояться."),
    ("ru", "Брюссель дал Лондону время до пятницы, иначе будут введены пошлины."),
    ("ru", "Стороны должны согласовать бюджет до понедельника, иначе коалиционные переговоры сорвутся."),
    ("ru", "Вашингтон установил срок до 1 марта, после которого пошлины на китайские товары удвоятся."),
]


@pytest.mark.parametrize("lang,text", DEADLINES)
def test_consequence_of_a_deadline_is_no_position(lang, text):
    assert not any(relation in ("accepts", "demands") and issue == "sanctions"
                   for _, relation, _, issue in found(text, lang))
    assert not any(relation == "accepts" for _, relation, _, _ in found(text, lang))


# --- 4. Remarks, facts, a signing told as history ----------------------------------------

REMARKS = [
    ("en", "Both delegations agreed that it is a complex system of water allocation."),
    ("en", "All conditions for the release had been met earlier, the ministry said."),
    ("en", "The Finance Ministry did not respond to a request for comment."),
    ("en", "Talks on the coalition will carry on until next week."),
    ("en", "In 2015 Greece and its creditors signed an agreement on a third bailout."),
    ("en", "The union leader insists the strike can be avoided."),
    ("uk", "Обидві делегації погодилися, що це складна система розподілу води."),
    ("uk", "Усі умови для звільнення були виконані раніше, повідомили в міністерстві."),
    ("uk", "Міністерство фінансів не відповіло на запит про коментар."),
    ("uk", "Переговори про коаліцію триватимуть до наступного тижня."),
    ("uk", "У 2015 році Греція та кредитори підписали угоду про третю програму допомоги."),
    ("uk", "Лідер профспілки наполягає, що страйку можна уникнути."),
    ("ru", "Обе делегации согласились, что это сложная система распределения воды."),
    ("ru", "Все условия для освобождения были выполнены ранее, сообщили в министерстве."),
    ("ru", "Министерство финансов не ответило на запрос о комментарии."),
    ("ru", "Переговоры о коалиции продолжатся до следующей недели."),
    ("ru", "В 2015 году Греция и кредиторы подписали соглашение о третьей программе помощи."),
    ("ru", "Лидер профсоюза настаивает, что забастовки можно избежать."),
]


@pytest.mark.parametrize("lang,text", REMARKS)
def test_remark_or_fact_gives_no_line(lang, text):
    assert found(text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Greece signed the agreement on a third bailout on Friday."),
    ("uk", "Греція в п'ятницю підписала угоду про третю програму допомоги."),
    ("ru", "Греция в пятницу подписала соглашение о третьей программе помощи."),
])
def test_a_signing_in_the_talks_reported_stays(lang, text):
    assert ("greece", "accepts") in held(text, lang)


# --- 5. A refusal the other side reports with "they" -------------------------------------

THEY_REFUSE = [
    ("en", "\"They are ignoring our offer of a ceasefire,\" the Armenian minister wrote.", "armenia"),
    ("uk", "«Вони ігнорують нашу пропозицію про перемир'я», — написав міністр Вірменії.", "armenia"),
    ("uk", "«Вони відкидають нашу пропозицію про обмін заручниками», — заявив ізраїльський посадовець.", "israel"),
    ("uk", "«Вони відхиляють наш план щодо кордону», — сказав міністр закордонних справ Киргизстану.", "kyrgyzstan"),
    ("ru", "«Они игнорируют наше предложение о перемирии», — написал министр Армении.", "armenia"),
    ("ru", "«Они отвергают наше предложение об обмене заложниками», — заявил израильский чиновник.", "israel"),
    ("ru", "«Они отклоняют наш план по границе», — сказал министр иностранных дел Киргизии.", "kyrgyzstan"),
]


@pytest.mark.parametrize("lang,text,speaker", THEY_REFUSE)
def test_they_refuse_gives_the_speaker_no_refusal(lang, text, speaker):
    assert (speaker, "rejects") not in held(text, lang)


def test_a_named_rejecter_keeps_the_refusal():
    found_lines = held("\"Hamas keeps rejecting our proposal for a hostage exchange,\" the Israeli official said.", "en")
    assert ("hamas", "rejects") in found_lines and ("israel", "rejects") not in found_lines
    assert ("israel", "proposes") in held(
        "«Вони відкидають нашу пропозицію про обмін заручниками», — заявив ізраїльський посадовець.", "uk")


# --- 6. "No talks until X" is a demand of X ----------------------------------------------

NO_TALKS_UNTIL = [
    ("en", "There will be no talks until Russia withdraws its troops, Zelensky said.", "zelensky", "territory"),
    ("en", "There will be no deal until the hostages are released, Netanyahu said.", "netanyahu", "hostages"),
    ("uk", "Жодних переговорів не буде, доки Росія не виведе війська, заявив Зеленський.", "zelensky", "territory"),
    ("uk", "Не буде жодної угоди, поки заручників не звільнять, заявив Нетаньяху.", "netanyahu", "hostages"),
    ("ru", "Никаких переговоров не будет, пока Россия не выведет войска, заявил Зеленский.", "zelensky", "territory"),
    ("ru", "Сделки не будет, пока заложники не будут освобождены, заявил Нетаньяху.", "netanyahu", "hostages"),
]


@pytest.mark.parametrize("lang,text,actor,issue", NO_TALKS_UNTIL)
def test_no_talks_until_demands_the_condition(lang, text, actor, issue):
    lines = found(text, lang)
    assert (actor, "demands", issue) in {(a, r, i) for a, r, _, i in lines}
    assert not any(r in ("proposes", "accepts") for _, r, _, _ in lines)
    assert not any(issue == "negotiations" and r != "rejects" for _, r, _, issue in lines)


# --- 7. Getting another party to agree is a demand, not its acceptance --------------------

PERSUADED = [
    ("en", "The EU is trying to persuade Hungary to agree to the sanctions package.", "european-union", "hungary"),
    ("en", "Creditors are trying to force Zambia to accept a haircut on its bonds.", None, "zambia"),
    ("en", "Creditors are trying to get Greece to agree to deeper pension cuts.", None, "greece"),
    ("uk", "ЄС намагається переконати Угорщину погодитися на пакет санкцій.", "european-union", "hungary"),
    ("uk", "Кредитори намагаються змусити Грецію погодитися на глибше скорочення пенсій.", None, "greece"),
    ("uk", "Вашингтон тисне на Київ, щоб той погодився на мирний план.", "united-states", "ukraine"),
    ("ru", "ЕС пытается убедить Венгрию согласиться на пакет санкций.", "european-union", "hungary"),
    ("ru", "Кредиторы пытаются заставить Грецию согласиться на более глубокое сокращение пенсий.", None, "greece"),
]


@pytest.mark.parametrize("lang,text,persuader,persuaded", PERSUADED)
def test_persuading_another_to_agree_is_a_demand(lang, text, persuader, persuaded):
    lines = held(text, lang)
    assert not any(relation == "accepts" for _, relation in lines)
    assert (persuaded, "accepts") not in lines
    if persuader is not None:
        assert (persuader, "demands") in lines
    else:
        assert {relation for _, relation in lines} <= {"demands"}


def test_agreeing_of_ones_own_accord_stays():
    assert ("hungary", "accepts") in held("Hungary agreed to the sanctions package.", "en")
    assert ("hungary", "accepts") in held("Угорщина погодилася на пакет санкцій.", "uk")
    assert ("hungary", "accepts") in held("Венгрия согласилась на пакет санкций.", "ru")
