"""Shapes of Ukrainian and Russian news reports of negotiations (helper `reportsslav`), in
sentences written for these tests: rejecting idioms with a condition after them, interview
turns, plan terms after "згідно з ним" / "согласно протоколу", references by a demonym or a
singular demonstrative, objects fronted before their verb, places that speak after a
contrast, and the look-alikes that state no position. English where the rule is not
language-specific.
"""

from __future__ import annotations

import pytest
from reading import lines

from graph.extract import extract_article
from graph.models import Article


def read(text: str, lang: str) -> set[tuple[str, str, str]]:
    # An interview's title is its first line (the text keeps it; a title equal to the whole
    # text would be read as a headline only).
    return lines(text, lang, title=text.split("\n")[0] if "\n" in text else "")


def relations(found: set[tuple[str, str, str]], actor: str) -> set[str]:
    return {relation for who, relation, _ in found if who == actor}


# Codebook rule 3 over a rejecting idiom: "no X while Y" rejects X; the words of the idiom
# are never an item, and the "while" clause is when the refusal holds, not a demand.
IDIOM_WITH_CONDITION = [
    ("uk", "«Про підвищення ставок на 30% не може бути й мови, поки ціни на руду не відновляться», — заявив "
           "міністр Олег Савчук.", "oleh-savchuk", "ставок"),
    ("ru", "Министр Педро Санчес сказал: о перемирии не может быть и речи, пока повстанцы продолжают похищения.",
     "pedro-sanchez", "ceasefire"),
    ("en", "Minister Pedro Sanchez said a truce is out of the question until all hostages are freed.",
     "pedro-sanchez", "ceasefire"),
    ("en", "Minister Pedro Sanchez said a truce is unacceptable while the rebels keep kidnapping people.",
     "pedro-sanchez", "ceasefire"),
]


@pytest.mark.parametrize("lang,text,actor,word", IDIOM_WITH_CONDITION, ids=[f"{c[0]}-{n}" for n, c in enumerate(IDIOM_WITH_CONDITION)])
def test_a_rejecting_idiom_with_a_condition_rejects_the_item_before_it(lang, text, actor, word) -> None:
    found = read(text, lang)
    assert {(who, rel) for who, rel, _ in found} == {(actor, "rejects")}
    assert any(word in label for _, _, label in found)
    assert not any("мови" in label or "речи" in label or "while" in label or "until" in label for _, _, label in found)


# An interview's answer whose first word is its subject: the named party, not the interviewee.
INTERVIEW_SUBJECTS = [
    ("uk", "Посередник про переговори\n\nДипломат Ганс Берг посередничає між сторонами.\n\n— А уряд?\n\n"
           "— Уряд Колумбії виключив будь-яке припинення вогню.", "colombia"),
    ("ru", "Посредник о переговорах\n\nДипломат Ханс Берг посредничает между сторонами.\n\n— А правительство?\n\n"
           "— Правительство Колумбии исключило любое прекращение огня.", "colombia"),
    ("en", "The mediator on the talks\n\nDiplomat Hans Berg mediates between the sides.\n\n— And the government?\n\n"
           "— Colombia has ruled out any ceasefire.", "colombia"),
]


@pytest.mark.parametrize("lang,text,actor", INTERVIEW_SUBJECTS, ids=[c[0] for c in INTERVIEW_SUBJECTS])
def test_an_answer_that_names_its_subject_first_is_that_subjects_position(lang, text, actor) -> None:
    found = read(text, lang)
    assert (actor, "rejects", "ceasefire") in found
    assert all(who == actor for who, _, _ in found)


# Section 7, plan terms: "Згідно з ним," after a plan just presented is the presenter's proposal.
PLAN_PRONOUNS = [
    ("uk", "Міністр Кріс Боуен представив новий проєкт рішення. Згідно з ним, розвинені країни виділятимуть "
           "450 млрд доларів на рік.", "economic"),
    ("ru", "Министр Крис Боуэн представил новый проект решения. Согласно ему, развитые страны будут выделять "
           "450 млрд долларов в год.", "economic"),
    ("en", "Minister Chris Bowen presented a new draft decision. Under it, developed countries would provide "
           "450 billion dollars a year.", "economic"),
]


@pytest.mark.parametrize("lang,text,issue", PLAN_PRONOUNS, ids=[c[0] for c in PLAN_PRONOUNS])
def test_a_pronoun_after_a_plan_marker_stands_for_the_plan_just_presented(lang, text, issue) -> None:
    article = Article(id="t", text=text, lang=lang)
    statements = [s for s in extract_article(article) if s.basis == "plan"]
    assert statements
    assert {s.relation for s in statements} == {"proposes"}
    assert {s.actor.id for s in statements} == {statements[0].actor.id}
    assert any(s.item.issue == issue and ("450" in s.item.text) for s in statements)
    assert "bowen" in statements[0].actor.id or "bouen" in statements[0].actor.id


# A signed agreement with no author named: each term is undertaken (accepted, section 7) by the
# party that is its subject, one clause each, coordinated parties both.
AGREEMENT_TERMS = [
    ("ru", "Согласно подписанному протоколу, Киргизия пропустит летом 4,5 млрд кубометров воды, а Казахстан и "
           "Узбекистан поставят ей зимой электроэнергию.", {"kyrgyzstan", "kazakhstan", "uzbekistan"}),
    ("uk", "Згідно з підписаною угодою, Вірменія відкриє кордон, а Туреччина відновить прямі рейси.",
     {"armenia", "turkey"}),
    ("en", "Under the signed agreement, Peru will reopen the border and Chile will resume flights.",
     {"peru", "chile"}),
]


@pytest.mark.parametrize("lang,text,parties", AGREEMENT_TERMS, ids=[c[0] for c in AGREEMENT_TERMS])
def test_each_term_of_a_signed_agreement_is_its_subjects_undertaking(lang, text, parties) -> None:
    found = read(text, lang)
    assert {who for who, _, _ in found} == parties
    assert relations(found, next(iter(parties))) == {"accepts"}
    assert len({label for _, _, label in found}) == len({who for who, _, _ in found}) - (1 if lang == "ru" else 0)


def test_an_agreement_whose_author_follows_it_stays_the_authors_plan() -> None:
    # "запропонованою США": the plan's author named after the noun; Russia only its subject.
    found = read("Згідно з угодою, запропонованою США, Росія виведе війська з Херсонської області.", "uk")
    assert "russia" not in {who for who, _, _ in found}


PLAN_AUTHOR_IN_RELATIVE = [
    ("ru", "Согласно проекту, который предложила Норвегия, повстанцы освободили бы всех заложников.", "norway"),
    ("uk", "За планом, який підготували США, Росія повернула б Запорізьку АЕС.", "united-states"),
]


@pytest.mark.parametrize("lang,text,author", PLAN_AUTHOR_IN_RELATIVE, ids=[c[0] for c in PLAN_AUTHOR_IN_RELATIVE])
def test_the_author_named_in_a_relative_clause_after_the_plan_noun_proposes_its_terms(lang, text, author) -> None:
    found = read(text, lang)
    assert found and {(who, rel) for who, rel, _ in found} == {(author, "proposes")}


# Rule 4: "the French demands" are France's demands made before; "this offer" is the latest one.
DEMONYM_DEMANDS = [
    ("ru", "Франция требует единых экологических стандартов. Президент Бразилии Лула да Силва назвал "
           "французские требования протекционизмом."),
    ("uk", "Франція вимагає єдиних екологічних стандартів. Президент Бразилії Лула да Сілва назвав "
           "французькі вимоги протекціонізмом."),
    ("en", "France demands common environmental standards. Brazil's President Lula called the French demands "
           "protectionism."),
]


@pytest.mark.parametrize("lang,text", DEMONYM_DEMANDS, ids=[c[0] for c in DEMONYM_DEMANDS])
def test_a_demonym_before_a_demand_noun_refers_to_that_partys_demands(lang, text) -> None:
    found = read(text, lang)
    assert relations(found, "france") == {"demands"}  # never "demands protectionism"
    rejected = {label for who, rel, label in found if rel == "rejects"}
    assert len(rejected) == 1 and "протекц" not in next(iter(rejected)) and "protection" not in next(iter(rejected))


SINGULAR_OFFER = [
    ("uk", "Керівництво комбінату «Південруда» зобов'язалося погасити заборгованість. Натомість адміністрація "
           "пропонує індексацію зарплат на 8% із січня. Голова профспілки гірників Ірина Мельник назвала цю "
           "пропозицію знущанням."),
    ("ru", "Руководство завода обязалось погасить задолженность. Кроме того, администрация предлагает индексацию "
           "зарплат на 8%. Глава профсоюза горняков Ирина Мельник назвала это предложение издевательством."),
]


@pytest.mark.parametrize("lang,text", SINGULAR_OFFER, ids=[c[0] for c in SINGULAR_OFFER])
def test_a_singular_this_offer_takes_the_latest_offer_only(lang, text) -> None:
    rejected = [label for who, rel, label in read(text, lang) if rel == "rejects"]
    # The offer's amount stays in a rejection (test_extract_reads_true.py): one offer, the latest.
    assert len(rejected) == 1 and "8%" in rejected[0] and "зарплат" in rejected[0]


# uk/ru have no article: a bare plan noun fronted before its verb is the plan just named.
FRONTED_PLAN = [
    ("ru", "Норвегия предложила проект, по которому повстанцы освободят всех заложников. Повстанцы из ELN "
           "проект в целом приняли.", "eln"),
    ("uk", "Бразилія запропонувала провести зустріч двох президентів. У Каракасі пропозицію прийняли.", "venezuela"),
    ("ru", "Бразилия предложила провести встречу двух президентов. В Каракасе предложение приняли.", "venezuela"),
]


@pytest.mark.parametrize("lang,text,actor", FRONTED_PLAN, ids=[f"{c[0]}-{n}" for n, c in enumerate(FRONTED_PLAN)])
def test_a_fronted_bare_plan_noun_is_accepted_as_the_plan_before(lang, text, actor) -> None:
    found = read(text, lang)
    proposed = {label for _, rel, label in found if rel == "proposes"}
    accepted = {label for who, rel, label in found if who == actor and rel == "accepts"}
    assert accepted and accepted <= proposed
    assert relations(found, actor) == {"accepts"}  # the noun is no proposal of its own


def test_a_plan_noun_after_its_verb_keeps_its_own_reading() -> None:
    # "передали … проект …, сообщает": a comma before the next verb; the noun is the proposal.
    found = read("Соединенные Штаты и Франция передали сторонам проект соглашения о прекращении огня, сообщает "
                 "агентство.", "ru")
    assert {(who, rel) for who, rel, _ in found} == {("united-states", "proposes"), ("france", "proposes")}


PRONOUN_OBJECTS = [
    ("ru", "Казахстан настаивал на увеличении попусков, однако Бишкек это исключил."),
    ("uk", "Казахстан наполягав на збільшенні попусків, однак Бішкек це виключив."),
]


@pytest.mark.parametrize("lang,text", PRONOUN_OBJECTS, ids=[c[0] for c in PRONOUN_OBJECTS])
def test_a_pronoun_object_before_the_verb_refers_back(lang, text) -> None:
    found = read(text, lang)
    demanded = {label for who, rel, label in found if who == "kazakhstan" and rel == "demands"}
    rejected = {label for who, rel, label in found if who == "kyrgyzstan" and rel == "rejects"}
    assert demanded and rejected == demanded


PLACES_AFTER_A_CONTRAST = [
    ("ru", "Киргизия добивается, чтобы соседи оплачивали ремонт плотины, но в Ташкенте и Астане считают это "
           "неприемлемым.", {"uzbekistan", "kazakhstan"}),
    ("uk", "Киргизстан домагається, щоб сусіди оплачували ремонт греблі, але в Ташкенті та Астані вважають це "
           "неприйнятним.", {"uzbekistan", "kazakhstan"}),
    ("ru", "Киргизия добивается, чтобы соседи оплачивали ремонт плотины, но в Ташкенте это отвергли.", {"uzbekistan"}),
]


@pytest.mark.parametrize("lang,text,places", PLACES_AFTER_A_CONTRAST, ids=[f"{c[0]}-{n}" for n, c in enumerate(PLACES_AFTER_A_CONTRAST)])
def test_a_place_after_a_contrast_speaks_for_its_own_clause(lang, text, places) -> None:
    found = read(text, lang)
    assert relations(found, "kyrgyzstan") == {"demands"}
    assert {who for who, rel, _ in found if rel == "rejects"} == places
    assert {label for _, rel, label in found if rel == "rejects"} == {
        label for who, rel, label in found if rel == "demands"
    }


LEXICON = [
    ("uk", "Профспілка гірників вимагає підвищення тарифних ставок на 30%.", "wage rise", "economic"),
    ("ru", "Профсоюз шахтёров требует повышения тарифных ставок на 20%.", "wage rise", "economic"),
    ("ru", "Правительство Колумбии обязалось приостановить авиаудары в районе передачи.", None, "ceasefire"),
    ("uk", "Уряд Колумбії зобов'язався призупинити авіаудари в районі передачі.", None, "ceasefire"),
    ("uk", "Євросоюз пообіцяв виділити 5 млрд євро.", None, "economic"),
]


@pytest.mark.parametrize("lang,text,label,issue", LEXICON, ids=[f"{c[0]}-{n}" for n, c in enumerate(LEXICON)])
def test_report_vocabulary_reaches_its_item_and_issue(lang, text, label, issue) -> None:
    article = Article(id="t", text=text, lang=lang)
    statements = extract_article(article)
    assert len(statements) == 1
    assert statements[0].item.issue == issue
    if label:
        assert statements[0].item.label == label


LOOK_ALIKES = [
    ("uk", "Щодо харчування для підземних змін сторонам не вдалося домовитися."),
    ("ru", "По вопросу компенсации сторонам договориться не удалось."),
    ("ru", "Тем временем фермеры перекрыли тракторами въезды в Брюссель."),
    ("uk", "Через зливу частину павільйонів затопило, пленарне засідання перенесли на 21:00."),
    ("ru", "За зиму уровень воды в водохранилище упал до 9 млрд кубометров, сообщили в Минэнерго."),
]


@pytest.mark.parametrize("lang,text", LOOK_ALIKES, ids=[f"{c[0]}-{n}" for n, c in enumerate(LOOK_ALIKES)])
def test_failures_to_agree_and_physical_events_state_nothing(lang, text) -> None:
    assert read(text, lang) == set()


# Vote outcomes: a chamber that fails a bill or a motion rejects it; failed talks are no vote.
VOTES = [
    ("uk", "Верховна Рада провалила законопроєкт про демобілізацію.", "verkhovna-rada", "демобілізацію"),
    ("ru", "Парламент Сербии провалил резолюцию о признании Косово.", "serbia", "Косово"),
    ("en", "The Senate voted down the bill on tariffs.", "us-senate", "tariffs"),
]


@pytest.mark.parametrize("lang,text,actor,word", VOTES, ids=[c[0] for c in VOTES])
def test_a_chamber_that_fails_a_bill_rejects_it(lang, text, actor, word) -> None:
    found = read(text, lang)
    assert {(who, rel) for who, rel, _ in found} == {(actor, "rejects")}
    assert any(word in label for _, _, label in found) or lang == "en"


@pytest.mark.parametrize("lang,text", [
    ("uk", "Росія провалила переговори в Стамбулі."),
    ("ru", "Россия провалила переговоры в Стамбуле."),
])
def test_failed_talks_are_no_vote(lang, text) -> None:
    assert read(text, lang) == set()


# "для Києва … — червона лінія": with no subject of its own, the party it is unacceptable for.
FOR_WHOM = [
    ("uk", "Для Києва визнання окупованих територій — червона лінія.", "ukraine"),
    ("ru", "Для Кишинёва присутствие российских войск неприемлемо.", "moldova"),
    ("en", "Recognising occupied territory is a red line for Kyiv.", "ukraine"),
]


@pytest.mark.parametrize("lang,text,actor", FOR_WHOM, ids=[c[0] for c in FOR_WHOM])
def test_a_red_line_for_a_party_is_that_partys_rejection(lang, text, actor) -> None:
    article = Article(id="t", text=text, lang=lang)
    statements = extract_article(article)
    assert [(s.actor.id, s.relation) for s in statements] == [(actor, "rejects")]
    assert not statements[0].item.text.lower().startswith(("києва", "кишин", "для", "for"))


# An undertaking with its deadline first: "до конца мая погасить долг" is the repayment.
DEADLINES = [
    ("ru", "Узбекистан обязался до конца мая погасить долг за поставки электроэнергии.", "погасить долг"),
    ("uk", "Узбекистан зобов'язався до кінця травня погасити борг за поставки електроенергії.", "погасити борг"),
]


@pytest.mark.parametrize("lang,text,start", DEADLINES, ids=[c[0] for c in DEADLINES])
def test_a_deadline_before_the_undertaking_is_no_part_of_its_label(lang, text, start) -> None:
    labels = [label for _, rel, label in read(text, lang) if rel == "proposes"]
    assert len(labels) == 1 and labels[0].startswith(start)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Россия требует конца санкций."),
    ("uk", "Росія вимагає кінця санкцій."),
    ("en", "Russia demands an end to sanctions."),
])
def test_a_demanded_end_of_sanctions_is_their_lifting(lang, text) -> None:
    assert read(text, lang) == {("russia", "demands", "lifting or easing of sanctions")}


# Section 7, threats: "threatens to vote against if X is not done" demands X itself.
IF_NOT_THREATS = [
    ("ru", "Польша пригрозила проголосовать против соглашения, если защитный механизм не усилят.", "не"),
    ("uk", "Польща пригрозила проголосувати проти угоди, якщо захисний механізм не посилять.", "не"),
    ("en", "Poland threatened to vote against the deal if the safeguard is not strengthened.", "not"),
]


@pytest.mark.parametrize("lang,text,negation", IF_NOT_THREATS, ids=[c[0] for c in IF_NOT_THREATS])
def test_the_if_not_of_a_threat_demands_the_act_itself(lang, text, negation) -> None:
    demanded = [label for who, rel, label in read(text, lang) if who == "poland" and rel == "demands"]
    assert len(demanded) == 1
    assert negation not in demanded[0].split()


def test_an_if_not_of_an_offer_keeps_its_negation() -> None:
    # "готова до перемир'я, якщо Росія не атакуватиме": the offer's condition is as said.
    found = read("Україна готова до перемир'я, якщо Росія не атакуватиме енергетику.", "uk")
    assert any(rel == "demands" and "не" in label.split() for _, rel, label in found)


# A quoted company name in the speaker's tail: the quotation ends before the tail, and the
# speaker is the person the tail names after the company ("директор «Південруди» Олег Савчук").
QUOTED_NAME_IN_TAIL = [
    ("uk", "«Про підвищення ставок на 30% не може бути й мови», — заявив директор «Південруди» Олег Савчук.",
     "oleh-savchuk"),
    ("ru", "«Об отмене пошлин не может быть и речи», — заявил глава «Газпрома» Алексей Миллер.", "alexei-miller"),
]


@pytest.mark.parametrize("lang,text,speaker", QUOTED_NAME_IN_TAIL, ids=[c[0] for c in QUOTED_NAME_IN_TAIL])
def test_a_quoted_company_in_the_tail_leaves_the_person_the_speaker(lang, text, speaker) -> None:
    found = read(text, lang)
    assert {(who, rel) for who, rel, _ in found} == {(speaker, "rejects")}


def test_a_spokesperson_of_a_quoted_company_speaks_for_it() -> None:
    found = read("«Ми не підпишемо угоду про тарифи», — сказав речник «Укрзалізниці».", "uk")
    assert {(who, rel) for who, rel, _ in found} == {("ukrzaliznytsia", "rejects")}


def test_wage_rates_are_economic_in_a_rejecting_idiom() -> None:
    article = Article(id="t", text="«Про підвищення ставок на 30% не може бути й мови», — заявив міністр Олег Савчук.",
                      lang="uk")
    assert [s.item.issue for s in extract_article(article)] == ["economic"]


@pytest.mark.parametrize("lang,text", [
    ("uk", "Посередник Ян ван Занен запропонував компроміс: згідно з його планом, уряд заморозить пенсійний вік."),
    ("ru", "Посредник Ян ван Занен предложил компромисс: согласно его плану, правительство заморозит пенсионный возраст."),
])
def test_a_plan_marker_after_a_colon_ends_the_proposed_item(lang, text) -> None:
    labels = {label for _, rel, label in read(text, lang) if rel == "proposes"}
    assert labels and not any("згідно" in label or "согласно" in label for label in labels)
