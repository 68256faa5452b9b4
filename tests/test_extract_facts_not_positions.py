"""Facts that look like positions give no line (codebook rule 7, section 7), with the real
positions beside them that must stay.

Shapes from real reports: a threatening verb whose subject is an event ("the strike threatens
the plants with losses"); welcoming a document or an event; an earlier offer as the baseline
of a concluded deal; an official's verdict on the outcome ("nobody got everything it wanted");
the purpose of a mediator's meeting; plans to strike; talks on "working conditions"; a verdict
on an offer ("the offer was too low"); a relative clause saying whom a union represents; and
another party's refusal accepted ("ready to accept Iran's refusal of talks"). The sentences
are written for these tests, in uk, ru and en, across labour, trade, climate, hostage and
peace talks.
"""

from __future__ import annotations

import pytest

from tests.reading import statements


def found(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(s.actor.id, s.relation, s.item.label) for s in statements("Title\n" + text, lang)]


def held(text: str, lang: str) -> set[tuple[str, str]]:
    return {(s.actor.id, s.relation) for s in statements("Title\n" + text, lang)}


# --- 1. A threatening verb whose subject is an event ----------------------------------------

EVENT_THREATS = [
    ("en", "The UAW strike threatens the economy with billions in losses."),
    ("en", "A walkout by Lufthansa pilots threatens holiday travel across Europe."),
    ("en", "The Teamsters announced a 24-hour strike at the three carmakers, which threatens the country with heavy losses."),
    ("ru", "Докеры Антверпена начали забастовку, которая грозит нехваткой топлива."),
    ("ru", "Профсоюз объявил о начале забастовки на заводах General Motors, Ford и Stellantis, которая грозит стране серьезным ущербом."),
    ("uk", "Страйк профспілки UAW загрожує економіці мільярдними збитками."),
    ("uk", "Докери Антверпена почали страйк, який загрожує нестачею пального."),
]


@pytest.mark.parametrize("lang,text", EVENT_THREATS)
def test_threat_of_an_event_gives_no_line(lang, text):
    assert found(text, lang) == []


PARTY_THREATS = [
    ("en", "Trump, who threatened China with new tariffs, said talks would continue."),
    ("ru", "Трамп, который пригрозил Китаю новыми пошлинами, заявил, что переговоры продолжатся."),
    ("uk", "Трамп, який пригрозив Китаю новими митами, заявив, що переговори продовжаться."),
]


@pytest.mark.parametrize("lang,text", PARTY_THREATS)
def test_threat_of_a_party_stays(lang, text):
    assert ("trump", "proposes") in held(text, lang)


# --- 2. Welcoming a document or an event ----------------------------------------------------

WELCOMED_FACTS = [
    ("en", "Premier Ola Svensson welcomed the publication of the audit report."),
    ("en", "Chief negotiator Maria Lund welcomed the publication of the text, but warned it left questions open."),
    ("ru", "Главный переговорщик ЕС Мишель Барнье приветствовал публикацию документа, но предупредил, что он порождает вопросы."),
    ("ru", "Министр торговли Финляндии приветствовал обнародование данных о пошлинах."),
    ("uk", "Прем'єр-міністр Естонії привітав оприлюднення звіту аудиторів."),
    ("uk", "Міністр торгівлі Фінляндії привітав публікацію даних про мита."),
]


@pytest.mark.parametrize("lang,text", WELCOMED_FACTS)
def test_welcomed_document_gives_no_line(lang, text):
    assert found(text, lang) == []


# --- 3. An earlier offer as the baseline of a concluded deal --------------------------------

BASELINES = [
    ("en", "Developing countries demanded far more.\nThe deal commits developed countries to pay at least $100 billion "
           "per year, up from an existing pledge of $50 billion."),
    ("en", "The accord commits Germany to pay 8 billion euros a year, compared with a previous proposal of 5 billion."),
    ("ru", "Договор обязывает Германию выплачивать 8 млрд евро в год по сравнению с прежним предложением в 5 млрд."),
    ("uk", "Договір зобов'язує Німеччину сплачувати 8 млрд євро на рік порівняно з попередньою пропозицією в 5 млрд."),
]


@pytest.mark.parametrize("lang,text", BASELINES)
def test_baseline_offer_of_a_deal_is_no_proposal(lang, text):
    assert not any(relation == "proposes" for _, relation, _ in found(text, lang))


NAMED_BASELINES = [
    ("en", "The accord raises aid to $80 billion, up from the EU's proposal of $40 billion."),
    ("ru", "Соглашение повышает помощь до 80 млрд долларов вместо прежнего предложения ЕС в 40 млрд."),
]


@pytest.mark.parametrize("lang,text", NAMED_BASELINES)
def test_named_partys_earlier_offer_stays(lang, text):
    assert ("european-union", "proposes") in held(text, lang)


# --- 4. A verdict on the outcome --------------------------------------------------------------

OUTCOME_VERDICTS = [
    ("en", 'Danish envoy Lars Holm said: "No country got everything it wanted, and we leave Bonn with much work still to do."'),
    ("en", "Hungary did not get anything it wanted from the summit, Orban said."),
    ("ru", "«Ни одна страна не получила всего, чего хотела», — сказал глава секретариата ООН по климату Саймон Стилл."),
    ("uk", "«Жодна країна не отримала всього, чого хотіла», — сказав голова кліматичного секретаріату ООН Саймон Стілл."),
]


@pytest.mark.parametrize("lang,text", OUTCOME_VERDICTS)
def test_share_of_what_was_wanted_gives_no_line(lang, text):
    assert found(text, lang) == []


# --- 5. The purpose of a mediator's meeting -----------------------------------------------------

PURPOSES = [
    ("en", "Last week Qatari mediator Ahmed al-Thani met separately with Hamas and Israeli negotiators in a "
           "back-channel process aimed to restart the negotiations."),
    ("ru", "Встреча в Дохе была призвана возобновить переговоры между ХАМАС и Израилем."),
    ("ru", "Визит главы МИД Турции в Киев был призван оживить переговоры о зерновой сделке."),
    ("uk", "Візит глави МЗС Туреччини до Києва був покликаний пожвавити переговори щодо зернової угоди."),
]


@pytest.mark.parametrize("lang,text", PURPOSES)
def test_purpose_of_a_meeting_gives_no_line(lang, text):
    assert found(text, lang) == []


PARTY_GOALS = [
    ("en", "Colombia aims to restart talks with the ELN by June.", "colombia", "demands"),
    ("ru", "Колумбия призвала возобновить переговоры с АНО.", "colombia", "proposes"),
]


@pytest.mark.parametrize("lang,text,actor,relation", PARTY_GOALS)
def test_party_goal_of_talks_stays(lang, text, actor, relation):
    assert (actor, relation) in held(text, lang)


# --- 6. Plans to strike -------------------------------------------------------------------------

STRIKE_PLANS = [
    ("en", "Members of the Seafarers' Union have announced plans to strike for 48 hours from midnight."),
    ("uk", "Члени профспілки моряків оголосили про плани страйкувати 48 годин з опівночі."),
]


@pytest.mark.parametrize("lang,text", STRIKE_PLANS)
def test_plan_to_strike_gives_no_line(lang, text):
    assert found(text, lang) == []


# --- 7. Talks on working conditions ----------------------------------------------------------------

WORKING_CONDITIONS = [
    ("ru", "Профсоюз Unite требует от перевозчиков повышения зарплат.\nВ депо работают 900 членов Unite. "
           "Недавно они вели переговоры об улучшении условий труда."),
    ("uk", "Профспілка Unite вимагає від перевізників підвищення зарплат.\nУ депо працюють 900 членів Unite. "
           "Нещодавно вони вели переговори про покращення умов праці."),
]


@pytest.mark.parametrize("lang,text", WORKING_CONDITIONS)
def test_working_conditions_are_no_condition(lang, text):
    assert [line for line in found(text, lang) if "wage" not in line[2]] == []


DEMANDED_CONDITIONS = [
    ("ru", "Профсоюз Unite требует улучшения условий труда."),
    ("uk", "Профспілка Unite вимагає покращення умов праці."),
]


@pytest.mark.parametrize("lang,text", DEMANDED_CONDITIONS)
def test_demand_for_better_conditions_stays(lang, text):
    assert ("unite", "demands") in held(text, lang)


# --- 8. A verdict on an offer; whom a union represents -----------------------------------------------

OFFER_VERDICTS = [
    ("en", "The RMT said the offer was too low."),
    ("en", "The RMT said the offer was not generous enough."),
    ("en", "Unite, which represents 900 bus drivers, said the offer was too low."),
    ("ru", "Профсоюз Unite заявил, что предложение компании недостаточно."),
    ("uk", "Профспілка Unite, яка представляє 900 водіїв автобусів, заявила, що пропозиція надто низька."),
    ("uk", "Профспілка Unite заявила, що пропозиція компанії недостатня."),
]


@pytest.mark.parametrize("lang,text", OFFER_VERDICTS)
def test_verdict_on_an_offer_gives_no_line(lang, text):
    assert found(text, lang) == []


def test_represented_people_are_no_actor():
    text = "Unite, which represents 900 bus drivers, rejected the offer of a 3% raise."
    assert not any("driver" in actor for actor, _, _ in found(text, "en"))


# --- 9. Another party's refusal accepted -----------------------------------------------------------

REFUSALS_ACCEPTED = [
    ("en", "Israel is ready to accept Hamas's refusal of talks.", "israel", "hamas"),
    ("ru", "Израиль готов принять отказ ХАМАС от переговоров.", "israel", "hamas"),
    ("uk", "Ізраїль готовий прийняти відмову ХАМАС від переговорів.", "israel", "hamas"),
]


@pytest.mark.parametrize("lang,text,accepting,refusing", REFUSALS_ACCEPTED)
def test_accepted_refusal_is_its_owners(lang, text, accepting, refusing):
    lines = found(text, lang)
    assert (refusing, "rejects", "talks") in lines
    assert not any(actor == accepting for actor, _, _ in lines)


SUPPOSED_REFUSALS = [
    ("en", "Rubio said Washington is ready to accept Iran's possible refusal of talks."),
    ("ru", "Госсекретарь США Марко Рубио заявил, что американская сторона готова принять предполагаемый отказ Ирана от переговоров."),
    ("uk", "Держсекретар США Марко Рубіо заявив, що американська сторона готова прийняти можливу відмову Ірану від переговорів."),
]


@pytest.mark.parametrize("lang,text", SUPPOSED_REFUSALS)
def test_expected_refusal_is_its_owners_too(lang, text):
    assert ("united-states", "rejects") not in held(text, lang)
    assert ("united-states", "proposes") not in held(text, lang)
    assert ("iran", "rejects") in held(text, lang)


def test_refusal_owned_in_a_by_phrase_gives_no_line_to_the_accepting_party():
    text = "Rubio said Washington is ready to accept a possible refusal of talks by Iran."
    assert not any(actor == "united-states" for actor, _, _ in found(text, "en"))
