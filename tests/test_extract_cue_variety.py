"""Positions stated without the usual cue verb, and refusals in other words (round 11):
"does not plan to close the border", "voted to reject", "called the demand unrealistic",
persuading another party to agree ("get Beijing to agree to X"), "the main condition is X",
an offer that "came from" a party, an objection overridden ("approved X despite the
objections of Poland"), and traps where the same words state no position. Sentences of
each shape in uk, ru and en, across labour, trade, climate, debt, coalition, hostages,
borders and wars."""

from __future__ import annotations

import pytest

from tests.reading import holds, lines

# (sentence, lang, actor id, relation, words the item label must contain)
POSITIONS = [
    # no plan to act refuses the act
    ("Finland does not plan to close the border with Russia.", "en", "finland", "rejects", "close the border"),
    ("Germany does not intend to lift the tariffs on Chinese steel.", "en", "germany", "rejects", "tariffs"),
    ("Фінляндія не планує закривати кордон з Росією.", "uk", "finland", "rejects", "кордон"),
    ("Польща не планує скасовувати мита на українське зерно.", "uk", "poland", "rejects", "lifting tariffs"),
    ("Финляндия не планирует закрывать границу с Россией.", "ru", "finland", "rejects", "границу"),
    ("Япония не планирует снимать пошлины на китайскую сталь.", "ru", "japan", "rejects", "lifting tariffs"),
    # a vote for a rejection
    ("The US Senate voted to reject the trade deal with Mercosur.", "en", "us-senate", "rejects", "trade"),
    ("Верховна Рада проголосувала за відхилення законопроєкту про мобілізацію.", "uk", "verkhovna-rada",
     "rejects", "мобілізацію"),
    ("Верховная Рада проголосовала за отклонение законопроекта о мобилизации.", "ru", "verkhovna-rada",
     "rejects", "мобилизации"),
    # naming a demand or a plan unrealistic rejects it
    ("The Greek government called the lenders' demand for pension cuts unrealistic.", "en", "greece",
     "rejects", "pension cuts"),
    ("Hungary called the EU's migration plan unworkable.", "en", "hungary", "rejects", "migration plan"),
    ("Уряд Греції назвав вимогу кредиторів про скорочення пенсій нереалістичною.", "uk", "greece",
     "rejects", "скорочення пенсій"),
    ("Угорщина назвала міграційний план ЄС нездійсненним.", "uk", "hungary", "rejects", "міграційний план"),
    ("Правительство Греции назвало требование кредиторов о сокращении пенсий нереалистичным.", "ru",
     "greece", "rejects", "пенсий"),
    ("Венгрия назвала миграционный план ЕС невыполнимым.", "ru", "hungary", "rejects", "миграционный план"),
    # persuading another party to agree demands what it is to agree to
    ("Washington is trying to get Beijing to agree to a freeze on coal plants.", "en", "united-states",
     "demands", "coal plants"),
    ("Qatar hopes to convince Hamas to agree to a hostage exchange.", "en", "qatar", "demands", "hostages"),
    ("Вашингтон намагається переконати Пекін погодитися на мораторій на вугільні електростанції.", "uk",
     "united-states", "demands", "вугільні"),
    ("Брюссель змусив Будапешт прийняти новий пакет санкцій.", "uk", "european-union", "demands", "sanctions"),
    ("Вашингтон пытается убедить Пекин согласиться на мораторий на угольные электростанции.", "ru",
     "united-states", "demands", "угольные"),
    ("Катар надеется склонить ХАМАС к обмену заложниками.", "ru", "qatar", "demands", "hostages"),
    # the condition named after a copula
    ("Kyiv said the main condition is the withdrawal of Russian troops.", "en", "ukraine", "demands",
     "withdrawal of Russian troops"),
    ("Київ заявив, що головною умовою є виведення російських військ.", "uk", "ukraine", "demands",
     "виведення російських військ"),
    ("Киев заявил, что главным условием является вывод российских войск.", "ru", "ukraine", "demands",
     "вывод российских войск"),
    # a right declared inalienable is demanded; the speaker holds it, not a name inside it
    ("Kyiv said that the right to join NATO is inalienable.", "en", "ukraine", "demands", "NATO"),
    ("Hamas said the release of all Palestinian prisoners is essential.", "en", "hamas", "demands", "prisoners"),
    ("Київ наголосив, що право на вступ до НАТО є невід'ємним.", "uk", "ukraine", "demands", "НАТО"),
    ("Зеленський заявив, що право на самооборону є невід'ємним.", "uk", "zelensky", "demands", "самооборону"),
    # "would like" a deal that would see A and B: both are demanded
    ("The EU would like an agreement that would see lower tariffs on cars and a cap on steel quotas.", "en",
     "european-union", "demands", "steel quotas"),
    ("The US would like to see a ceasefire in Gaza.", "en", "united-states", "demands", "ceasefire"),
    # a bare "No" said of something refuses it
    ("\"No,\" Tsipras said of the pension reforms the lenders demand.", "en", "tsipras", "rejects", "pension reforms"),
    ("\"Never,\" Netanyahu said of a Palestinian state.", "en", "netanyahu", "rejects", "Palestinian state"),
    ("«Ні», — сказав Зеленський про територіальні поступки.", "uk", "zelensky", "rejects", "territorial concessions"),
    ("«Ні», — відповів Орбан щодо міграційних квот ЄС.", "uk", "orban", "rejects", "квот"),
    ("«Нет», — сказал Орбан о миграционных квотах ЕС.", "ru", "orban", "rejects", "квотах"),
    # a preference turns down the other option
    ("Poland prefers a tariff quota to a full ban on Ukrainian grain.", "en", "poland", "rejects", "full ban"),
    ("The SPD prefers early elections to a grand coalition.", "en", "spd", "rejects", "grand coalition"),
    ("Польща радше погодиться на тарифну квоту, ніж на повну заборону імпорту зерна.", "uk", "poland",
     "rejects", "імпорту зерна"),
    ("Польша скорее согласится на тарифную квоту, чем на полный запрет импорта зерна.", "ru", "poland",
     "rejects", "запрет импорта"),
    ("Польша скорее согласится на тарифную квоту, чем примет полный запрет импорта зерна.", "ru", "poland",
     "rejects", "запрет импорта"),
    # an offer that came from a party
    ("The proposal for a prisoner exchange came from Norway.", "en", "norway", "proposes", "prisoners"),
    ("Пропозиція про обмін полоненими надійшла від Норвегії.", "uk", "norway", "proposes", "prisoners"),
    ("Ініціатива щодо спільної митної зони походить від Брюсселя.", "uk", "european-union", "proposes",
     "митн"),
    ("Предложение об обмене пленными исходило от Норвегии.", "ru", "norway", "proposes", "prisoners"),
    ("Инициатива о совместной таможенной зоне поступила от Брюсселя.", "ru", "european-union", "proposes",
     "таможенной зоне"),
    # an objection overridden: its owner rejects what was decided
    ("The EU ministers approved the 2040 emissions target despite the objections of Poland.", "en",
     "poland", "rejects", "emissions target"),
    ("Despite Hungary's objections, the EU approved the new sanctions package.", "en", "hungary",
     "rejects", "sanctions"),
    ("The Knesset approved the ceasefire deal over the protests of Ben-Gvir.", "en", "ben-gvir",
     "rejects", "ceasefire"),
    ("Міністри ЄС схвалили новий пакет санкцій попри заперечення Угорщини.", "uk", "hungary",
     "rejects", "sanctions"),
    ("Попри заперечення Польщі, ЄС ухвалив нову кліматичну угоду.", "uk", "poland", "rejects", "кліматичну"),
    ("Министры ЕС одобрили новый пакет санкций вопреки возражениям Венгрии.", "ru", "hungary",
     "rejects", "sanctions"),
    ("Несмотря на возражения Венгрии, ЕС принял новый пакет санкций.", "ru", "hungary", "rejects",
     "sanctions"),
]


@pytest.mark.parametrize("sentence,lang,actor,relation,words", POSITIONS)
def test_position_without_the_usual_cue(sentence, lang, actor, relation, words):
    assert holds(sentence, lang, actor, relation, words), lines(sentence, lang)


def test_the_decided_item_ends_before_despite():
    found = lines("The EU ministers approved the 2040 emissions target despite the objections of Poland.", "en")
    assert all("despite" not in item and "Poland" not in item for _, _, item in found), found
    assert ("european-union", "accepts", "2040 emissions target") in found


def test_the_deciding_party_keeps_its_own_acceptance():
    found = lines("Міністри ЄС схвалили новий пакет санкцій попри заперечення Угорщини.", "uk")
    assert {a for a, r, _ in found if r == "accepts"} == {"european-union"}, found


# Traps: the same words, no position (or not that one).
NOTHING = [
    # a protest, a strike or an objection with no owner overrides no party
    ("The Knesset approved the ceasefire deal despite the protests.", "en", "rejects"),
    ("Уряд Франції ухвалив пенсійну реформу попри страйк.", "uk", "rejects"),
    ("Правительство Франции одобрило пенсионную реформу несмотря на забастовку.", "ru", "rejects"),
    # "condition" of a thing, or conditions for something, is no demand
    ("Kyiv said the condition of the roads in Donbas was poor.", "en", "demands"),
    ("Ukraine's condition for talks is a full ceasefire.", "en", "demands"),
    # "except Y" names who is left out, not an outcome
    ("Qatar intends to invite all parties except Hamas.", "en", "demands"),
    ("Катар має намір запросити всі сторони, крім ХАМАС.", "uk", "demands"),
    ("Катар намерен пригласить все стороны, кроме ХАМАС.", "ru", "demands"),
    # a definition of capitulation refuses no talks
    ("Zelensky said capitulation is not negotiation.", "en", "rejects"),
    ("Зеленський заявив, що капітуляція — це не переговори.", "uk", "rejects"),
    ("Зеленский заявил, что капитуляция — это не переговоры.", "ru", "rejects"),
    # a plan that exists or a voter's past choice is no refusal
    ("Фінляндія планує закрити кордон з Росією.", "uk", "rejects"),
    ("Финляндия планирует закрыть границу с Россией.", "ru", "rejects"),
    ("Finland plans to close the border with Russia.", "en", "rejects"),
    # "Yes" said of something, or "No" in answer to a question, refuses nothing said of
    ("\"Yes,\" Orban said of the EU migration quotas.", "en", "rejects"),
    ("«Так», — сказав Орбан про міграційні квоти ЄС.", "uk", "rejects"),
    ("«Да», — сказал Орбан о миграционных квотах ЕС.", "ru", "rejects"),
    # "prefers talks to be held in Geneva": no second option; "более чем на 10%": a comparison
    ("Kyiv prefers talks to be held in Geneva.", "en", "rejects"),
    ("Профсоюз шахтёров требует повышения зарплат более чем на 10%.", "ru", "rejects"),
    # "called" without a judgement states nothing
    ("Hungary called the EU's migration plan a draft.", "en", "rejects"),
]


@pytest.mark.parametrize("sentence,lang,relation", NOTHING)
def test_no_such_position(sentence, lang, relation):
    found = lines(sentence, lang)
    assert not any(r == relation for _, r, _ in found), found


def test_talks_are_not_refused_by_a_definition():
    for sentence, lang in (
        ("Zelensky said capitulation is not negotiation.", "en"),
        ("Зеленський заявив, що капітуляція — це не переговори.", "uk"),
    ):
        assert not any(item in ("talks", "negotiations") for _, _, item in lines(sentence, lang))


def test_a_plan_is_proposed_not_refused():
    assert holds("Finland plans to close the border with Russia.", "en", "finland", "proposes")
    assert holds("Финляндия планирует закрыть границу с Россией.", "ru", "finland", "proposes")


def test_the_source_names_the_proposer_not_a_neighbour():
    # "came from Norway, not from Sweden": the first party named after the source phrase
    found = lines("The proposal for a prisoner exchange came from Norway, not from Sweden.", "en")
    assert {a for a, r, _ in found if r == "proposes"} == {"norway"}, found


def test_the_option_turned_down_is_not_also_accepted():
    # "скорее согласится на X, чем примет Y": "примет" repeats the acceptance for the option
    # turned down; Y is rejected and never accepted.
    for sentence, lang in (
        ("Польша скорее согласится на тарифную квоту, чем примет полный запрет импорта зерна.", "ru"),
        ("По словам министра, Сербия скорее согласится на новые пошлины, чем примет требование ЕС "
         "о признании Косово.", "ru"),
    ):
        found = lines(sentence, lang)
        rejected = {item for _, r, item in found if r == "rejects"}
        assert rejected, found
        assert not rejected & {item for _, r, item in found if r == "accepts"}, found
