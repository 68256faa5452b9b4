"""Clause and discourse shapes (codebook rules 3-7, section 7), on sentences written
for these tests in Ukrainian, Russian and English, across several kinds of negotiation:

- a fronted object with its own relative clause: "X, якого вимагала A, в B відкинули" is
  A demands X and B rejects X;
- a speaker "від імені / от имени / on behalf of" a group holds nothing himself;
- coordinated subjects of a condition or refusal with no cue word hold it together;
- in a Q&A, a pronoun in the answer is the person the question named as its subject;
- "It also included X" after an offer whose author was named: the author proposes X;
- verbless terms after a colon ("Компромисс от X: A — Y, B — Z") are the author's;
- "X reported a loss ... and plans to Y" is neither a source nor a position.
"""

from __future__ import annotations

import pytest
from reading import statements as read

from graph.models import Statement


def holds(found: list[Statement], actor: str, relation: str, words: str) -> bool:
    return any(s.actor.id == actor and s.relation == relation and words in s.item.label for s in found)


# --- a fronted object with a relative clause ----------------------------------------------

FRONTED = [
    ("uk", "Скасування мит на сталь, якого домагався Китай, Вашингтон відхилив.",
     "china", "demands", "united-states", "rejects", "tariffs"),
    ("uk", "Обмін полонених у форматі всіх на всіх, який запропонувала Україна, Росія відкинула.",
     "ukraine", "proposes", "russia", "rejects", "exchange"),
    ("uk", "Призупинення права на притулок, якого вимагала Австрійська партія свободи, в Австрійській "
           "народній партії відкинули.", "fpo", "demands", None, "rejects", "притулок"),
    ("ru", "Прекращение огня на 30 дней, которого добивалась Украина, в Кремле отвергли.",
     "ukraine", "demands", "russia", "rejects", "ceasefire"),
    ("ru", "Зону свободной торговли, которую предлагал Европейский союз, Индия отклонила.",
     "european-union", "proposes", "india", "rejects", "торговли"),
    ("en", "A debt haircut of 40%, which Zambia had sought, was rejected by China.",
     "zambia", "demands", "china", "rejects", "haircut"),
    ("en", "The windfall tax, which the European Commission had proposed, was rejected by Poland and Hungary.",
     "european-commission", "proposes", "hungary", "rejects", "windfall tax"),
]


@pytest.mark.parametrize("lang,text,first,first_relation,second,second_relation,words", FRONTED)
def test_fronted_object_with_relative_clause(lang, text, first, first_relation, second, second_relation, words):
    found = read(text, lang)
    assert holds(found, first, first_relation, words), [(s.actor.id, s.relation, s.item.label) for s in found]
    assert any(
        s.relation == second_relation and words in s.item.label and (second is None or s.actor.id == second)
        and s.actor.id != first
        for s in found
    ), [(s.actor.id, s.relation, s.item.label) for s in found]
    # The main clause's words are never the relative clause's item.
    assert not any(w in s.item.label for s in found for w in ("відхилив", "відкинула", "відкинули", "отвергли",
                                                              "отклонила", "rejected"))


@pytest.mark.parametrize("lang,text,actor,relation,words", [
    ("uk", "Україна, яка вимагала припинення вогню, відкинула пропозицію Росії.", "ukraine", "demands", "ceasefire"),
    ("en", "Russia, which had demanded a ceasefire, rejected Ukraine's proposal.", "russia", "demands", "ceasefire"),
])
def test_relative_clause_of_a_party_is_not_split(lang, text, actor, relation, words):
    found = read(text, lang)
    assert holds(found, actor, relation, words)
    assert not any("відкинула" in s.item.label or "rejected" in s.item.label for s in found)


# --- on behalf of a group -----------------------------------------------------------------

BEHALF = [
    ("uk", "Посол Намібії, який виступав від імені Африканської групи, вимагав передачі технологій "
           "виробництва вакцин.", "african-group", "demands", "технологій", "namibia"),
    ("en", "Speaking on behalf of the African Group, Namibia's ambassador demanded the transfer of vaccine "
           "technology.", "african-group", "demands", "technology", "namibia"),
    ("ru", "От имени Евросоюза Франция потребовала ввести пошлины на китайские электромобили.",
     "european-union", "demands", "tariffs", "france"),
    ("uk", "Від імені ОПЕК+ Саудівська Аравія запропонувала скоротити видобуток нафти на 1 млн барелів на добу.",
     "opec-plus", "proposes", "cut", "saudi-arabia"),
]


@pytest.mark.parametrize("lang,text,group,relation,words,speaker", BEHALF)
def test_speaker_on_behalf_of_a_group(lang, text, group, relation, words, speaker):
    found = read(text, lang)
    assert holds(found, group, relation, words), [(s.actor.id, s.relation, s.item.label) for s in found]
    assert not any(s.actor.id == speaker for s in found)


def test_behalf_of_an_object_is_not_the_speakers_group():
    found = read("Russia rejected the ceasefire proposal made on behalf of the European Union.", "en")
    assert holds(found, "russia", "rejects", "ceasefire")
    assert not any(s.actor.id == "european-union" and s.relation == "rejects" for s in found)


def test_behalf_stays_with_the_speaker_not_the_reported_party():
    found = read("On behalf of the European Union, the French minister said Russia must withdraw its troops "
                 "from Ukraine.", "en")
    assert any(s.actor.id == "european-union" and s.relation == "demands" for s in found)
    assert not any(s.actor.id == "russia" for s in found)


def test_speaker_of_an_unknown_group_holds_nothing():
    found = read("«Мы не подпишем соглашение без гарантий доступа к вакцинам», — заявил посол Бутана, "
                 "выступавший от имени Группы горных государств.", "ru")
    assert not any(s.actor.id == "bhutan" for s in found)


# --- coordinated subjects of a condition or refusal ---------------------------------------

COORDINATED = [
    ("uk", "Угорщина та Словаччина заявили, що збережуть заборону на імпорт українського зерна, доки ЄС не "
           "запровадить захисні механізми.", ("hungary", "slovakia"), "demands", "механізми"),
    ("ru", "Венгрия и Словакия заявили, что сохранят запрет на импорт украинского зерна, пока ЕС не введёт "
           "защитные механизмы.", ("hungary", "slovakia"), "demands", "механизмы"),
    ("en", "Hungary and Slovakia said they would keep the ban on Ukrainian grain imports until the EU "
           "introduces safeguards.", ("hungary", "slovakia"), "demands", "safeguards"),
    ("en", "Israel and Egypt said they would not reopen the Rafah crossing until Hamas releases the hostages.",
     ("israel", "egypt"), "rejects", "Rafah"),
    ("en", "Chile and Peru will not reopen the border until Bolivia withdraws its troops.",
     ("chile", "peru"), "demands", "Bolivia"),
    ("ru", "Армения и Азербайджан подпишут договор, если Россия выведет миротворцев.",
     ("armenia", "azerbaijan"), "proposes", "договор"),
]


@pytest.mark.parametrize("lang,text,actors,relation,words", COORDINATED)
def test_coordinated_subjects_hold_the_condition_together(lang, text, actors, relation, words):
    found = read(text, lang)
    for actor in actors:
        assert holds(found, actor, relation, words), (actor, [(s.actor.id, s.relation, s.item.label) for s in found])


# --- a pronoun in an interview's answer ---------------------------------------------------

INTERVIEWS = [
    ("uk", "Про переговори ми поговорили з політологом Іваном Петренком.\n\n"
           "— Чи погоджувався Мацуї на квоти, яких вимагав Шефчович?\n— Ні, він відкидав будь-які квоти на рис.",
     "рис"),
    ("ru", "О переговорах мы поговорили с политологом Иваном Петровым.\n\n"
           "— Шольц ведь исключал союз с Алис Вайдель?\n— Да, он исключал коалицию с АдГ, пока партию "
           "возглавляет Вайдель.", "коалиция"),
    ("en", "We spoke with labour analyst Mary Jones about the talks.\n\n"
           "— Did Jon Holden reject the offer that Kelly Ortberg made?\n— Yes, he rejected any raise below 40%.",
     "raise"),
]


@pytest.mark.parametrize("lang,text,words", INTERVIEWS)
def test_pronoun_in_an_answer_is_the_questions_subject(lang, text, words):
    found = [s for s in read(text, lang, title="Interview") if words in s.item.label and s.relation == "rejects"]
    assert found, "no refusal read"
    subject = {"uk": "matsui", "ru": "scholz", "en": "jon-holden"}[lang]
    assert all(s.actor.id == subject for s in found), [(s.actor.id, s.actor.label) for s in found]


# --- "It also included X": the offer's author ---------------------------------------------

OFFERS = [
    ("uk", "ХАМАС відкинув пропозицію Єгипту. Вона передбачала звільнення 30 заручників.", "egypt", "hamas"),
    ("uk", "ХАМАС відкинув єгипетську пропозицію. Вона передбачала звільнення 30 заручників.", "egypt", "hamas"),
    ("en", "Egypt's proposal was rejected by Hamas. It also included the release of 30 hostages.", "egypt", "hamas"),
    ("en", "Hamas rejected the proposal from Egypt. It also included the release of 30 hostages.", "egypt", "hamas"),
    ("ru", "Китай представил мирный план. Он также предусматривает прекращение огня.", "china", None),
    ("uk", "Євросоюз запропонував новий торговельний договір. Він також передбачає скасування мит на сталь.",
     "european-union", None),
]


@pytest.mark.parametrize("lang,text,author,other", OFFERS)
def test_it_also_included_is_the_offers_author(lang, text, author, other):
    found = [s for s in read(text, lang) if s.sentence_index == 1]
    assert found and all(s.actor.id == author and s.relation == "proposes" for s in found), \
        [(s.actor.id, s.relation, s.item.label) for s in found]


def test_offer_of_no_known_author_gives_no_line():
    found = read("Workers rejected the railway's latest contract offer on Wednesday. It also included a $7,000 "
                 "ratification payment.", "en")
    assert not any(s.sentence_index == 1 for s in found)


# --- verbless terms after a colon ---------------------------------------------------------

TERMS = [
    ("ru", "Компромисс от Швейцарии: 10% продукции — в дар ВОЗ, ещё до 10% — по доступным ценам.",
     "switzerland", ["в дар ВОЗ", "по доступным ценам"]),
    ("uk", "Компроміс від Швейцарії: 10% продукції — у дар ВООЗ, ще до 10% — за доступними цінами.",
     "switzerland", ["у дар ВООЗ", "за доступними цінами"]),
    ("ru", "Народная партия предложила разделить полномочия: миграция и убежище — Партии свободы, полиция и "
           "спецслужбы — остаются у народников.", None, ["миграция и убежище — Партии свободы",
                                                         "полиция и спецслужбы"]),
    ("uk", "Єгипет запропонував поділити контроль: Рафах — палестинській адміністрації, коридор Філадельфі — "
           "Єгипту.", "egypt", ["Рафах — палестинській адміністрації", "коридор Філадельфі — Єгипту"]),
    ("en", "Qatar's compromise: Rafah — to a Palestinian administration, the Philadelphi corridor — to Egypt.",
     "qatar", ["Rafah — to a Palestinian administration", "Philadelphi corridor — to Egypt"]),
    ("uk", "Пропозиція Норвегії: викиди — мінус 60% до 2035 року, вугілля — до нуля до 2040 року.",
     "norway", ["викиди — мінус 60%", "вугілля — до нуля"]),
]


@pytest.mark.parametrize("lang,text,author,terms", TERMS)
def test_verbless_terms_are_the_authors(lang, text, author, terms):
    found = [s for s in read(text, lang) if s.relation == "proposes"]
    for term in terms:
        hits = [s for s in found if term in s.item.label]
        assert hits, (term, [(s.actor.id, s.item.label) for s in found])
        assert author is None or all(s.actor.id == author for s in hits)


def test_a_colon_without_a_proposal_reads_no_terms():
    assert not any(s.relation == "proposes" for s in read("Підсумок матчу: Іспанія — 2, Італія — 1.", "uk"))


# --- a company's own news is no source and no position ------------------------------------

REPORTED = [
    ("en", "Julie Su urged both sides to return to the table. Boeing reported a third-quarter loss of more than "
           "$6 billion on Wednesday and plans to cut about 10% of its workforce."),
    ("uk", "Міністр закликав сторони повернутися до переговорів. Компанія Samsung Electronics повідомила про "
           "збиток у 2 млрд доларів і планує скоротити 10% персоналу."),
]


@pytest.mark.parametrize("lang,text", REPORTED)
def test_reported_figures_and_plans_are_no_position(lang, text):
    found = read(text, lang)
    assert not any(s.sentence_index == 1 for s in found), [(s.actor.id, s.item.label) for s in found]


def test_reported_that_is_still_a_source():
    found = read("Iranian media reported that Tehran rejected the offer of a 30-day ceasefire.", "en")
    assert holds(found, "iran", "rejects", "ceasefire")


def test_whose_clause_and_a_speaking_subject_are_not_a_fronted_object():
    found = read("The State Department, whose officials had already rejected a Chinese request for tariff relief "
                 "in May, said the United States would not lift the chip export controls.", "en")
    assert holds(found, "united-states", "rejects", "lifting tariffs")
    # The Chinese request inside the refusal is China's demand (nested proposal), never a refusal.
    assert all(s.actor.id == "united-states" or (s.actor.id, s.relation) == ("china", "demands") for s in found), \
        [(s.actor.id, s.item.label) for s in found]


def test_terms_of_a_verb_go_to_its_subject_not_its_object():
    found = read("Народная партия отказалась отдавать МВД и предложила разделить полномочия: миграция — "
                 "Партии свободы, полиция — остаются у народников.", "ru")
    assert any("миграция — Партии свободы" in s.item.label for s in found)
    assert not any(s.actor.label in ("MVD", "МВД") for s in found)


@pytest.mark.parametrize("lang,text,rejecter,author,words", [
    ("ru", "Предложение Египта, которое предусматривало обмен заложников на заключённых, Израиль отверг.",
     "israel", "egypt", "hostages"),
])
def test_fronted_plan_with_its_terms_is_the_main_verbs_object(lang, text, rejecter, author, words):
    found = read(text, lang)
    assert holds(found, rejecter, "rejects", words) and holds(found, author, "proposes", words)


def test_main_clause_is_never_the_plans_content():
    found = read("Першу пропозицію уряду, яка передбачала обмін облігацій з дисконтом, кредитори відхилили навесні.",
                 "uk")
    assert not any("відхилили" in s.item.label for s in found)
