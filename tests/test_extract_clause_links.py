"""How a clause is tied to its cue and to the sentences before it, in sentences written for
these tests (uk, ru, en):

- a correlative pronoun after a cue's preposition announces the clause that is the item
  ("наполягає на тому, щоб X", "выступает за то, чтобы X", "проти того, щоб X");
- when a lexicon item is only the subject of the item's clause and another lexicon item
  follows its verb ("щоб перемир'я вело до усунення першопричин"), the later one is the
  outcome; a verb that lifts or postpones the subject is its predicate, and reverses the
  item once even when it is one of the matched lexicon words ("щоб санкції скасували");
- "these conditions" gathers the terms that a leader and the state they lead set out in
  one paragraph, but not what they said in an earlier paragraph.
"""

from __future__ import annotations

import pytest
from reading import lines as read


@pytest.mark.parametrize(
    "lang,text,relation,label",
    [
        ("uk", "Узбекистан наполягає на тому, щоб заповнення водосховища розтягнули на вісім років.", "demands",
         "заповнення водосховища розтягнули на вісім років"),
        ("uk", "Узбекистан виступає за те, щоб заповнення розтягнули на вісім років.", "proposes",
         "заповнення розтягнули на вісім років"),
        ("uk", "Узбекистан проти того, щоб квоти запровадили влітку.", "rejects", "квоти запровадили влітку"),
        ("ru", "Узбекистан настаивает на том, чтобы заполнение водохранилища растянули на восемь лет.", "demands",
         "заполнение водохранилища растянули на восемь лет"),
        ("ru", "Узбекистан выступает за то, чтобы заполнение растянули на восемь лет.", "proposes",
         "заполнение растянули на восемь лет"),
        ("ru", "Узбекистан против того, чтобы квоты ввели летом.", "rejects", "квоты ввели летом"),
    ],
)
def test_a_correlative_pronoun_announces_the_item_clause(lang: str, text: str, relation: str, label: str) -> None:
    assert read(text, lang) == {("uzbekistan", relation, label)}


ROOT_CAUSES = 'elimination of the "root causes" of the conflict'


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Білорусь наполягає, щоб перемир'я вело до усунення першопричин конфлікту."),
        ("ru", "Белоруссия настаивает, чтобы перемирие вело к устранению первопричин конфликта."),
    ],
)
def test_the_item_after_the_subjects_verb_is_the_outcome(lang: str, text: str) -> None:
    assert {label for _, _, label in read(text, lang)} == {ROOT_CAUSES}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Serbia demands that the sanctions be lifted."),
        ("uk", "Сербія вимагає, щоб санкції скасували."),
        ("uk", "Сербія вимагає, щоб санкції проти неї скасували."),
        ("ru", "Сербия требует, чтобы санкции отменили."),
    ],
)
def test_a_verb_that_reverses_its_subject_stays_its_predicate(lang: str, text: str) -> None:
    # The verb is the lifting item's own word: it reverses once, not twice.
    assert read(text, lang) == {("serbia", "demands", "lifting or easing of sanctions")}


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("uk",
         "Кремль вимагає зупинити мобілізацію в Україні. Путін також наполягає на тому, щоб перемир'я вело до "
         "усунення першопричин конфлікту.\n\nЗеленський назвав ці умови неприйнятними.",
         {"halt of mobilisation", ROOT_CAUSES}),
        ("ru",
         "Кремль требует остановить мобилизацию на Украине. Путин также настаивает на том, чтобы перемирие вело к "
         "устранению первопричин конфликта.\n\nЗеленский назвал эти условия неприемлемыми.",
         {"halt of mobilisation", ROOT_CAUSES}),
    ],
)
def test_these_conditions_gather_the_terms_of_a_leader_and_his_state(lang: str, text: str, wanted: set[str]) -> None:
    rejected = {label for actor, relation, label in read(text, lang) if actor == "zelensky" and relation == "rejects"}
    assert rejected == wanted


def test_terms_from_an_earlier_paragraph_are_not_these_conditions() -> None:
    text = ("Путін хоче змінити міжнародний порядок.\n\n"
            "Росія готова припинити війну, якщо Україна вийде з чотирьох регіонів. Україна відхилила ці вимоги.")
    rejected = {label for actor, relation, label in read(text, "uk") if actor == "ukraine" and relation == "rejects"}
    assert rejected and not any("international order" in label for label in rejected)


CORRIDOR = {"uk": "екстериторіальний коридор", "ru": "экстерриториальный коридор", "en": "extraterritorial corridor"}


@pytest.mark.parametrize(
    "lang,text",
    [
        # a refusal verb closing its clause as a passive: the item stands before it
        ("uk", "Вірменія заявила, що екстериторіальний коридор виключений."),
        ("en", "Armenia said an extraterritorial corridor was ruled out."),
        ("en", "Armenia said an extraterritorial corridor was rejected."),
        # for whom it is unacceptable, opening the sentence
        ("en", "For Armenia, an extraterritorial corridor is out of the question."),
        ("uk", "Для Вірменії екстериторіальний коридор виключено."),
        ("ru", "Для Армении экстерриториальный коридор исключен."),
    ],
)
def test_a_closing_passive_or_a_fronted_for_whom_is_a_refusal(lang: str, text: str) -> None:
    found = read(text, lang)
    assert found == {("armenia", "rejects", CORRIDOR[lang])} or found == {("armenia", "rejects", CORRIDOR[lang].capitalize())}


@pytest.mark.parametrize(
    "lang,text,label",
    [
        ("uk", "Екстериторіальний коридор для нас неприйнятний, заявив Пашинян.", "Екстериторіальний коридор"),
        ("ru", "Экстерриториальный коридор для нас неприемлем, заявил Пашинян.", "Экстерриториальный коридор"),
        ("en", "An extraterritorial corridor is unacceptable for us, Pashinyan said.", "extraterritorial corridor"),
    ],
)
def test_for_whom_is_no_part_of_the_item(lang: str, text: str, label: str) -> None:
    assert {item for _, _, item in read(text, lang)} == {label}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Будь-які інші варіанти для нас неприйнятні, заявив Пашинян."),
        ("ru", "Любые другие варианты для нас неприемлемы, заявил Пашинян."),
        ("en", "Any other options are unacceptable, Pashinyan said."),
    ],
)
def test_other_options_name_nothing(lang: str, text: str) -> None:
    assert read(text, lang) == set()


@pytest.mark.parametrize(
    "lang,text,label",
    [
        ("en", "Washington could raise tariffs on Spanish goods if Madrid does not meet the target.", "Madrid meet the target"),
        ("uk", "США можуть підвищити мита на іспанські товари, якщо Мадрид не виконає ціль.", "Мадрид виконає ціль"),
        ("ru", "США могут повысить пошлины на испанские товары, если Мадрид не выполнит цель.", "Мадрид выполнит цель"),
    ],
)
def test_a_penalty_on_a_negated_condition_is_a_threat_that_demands_the_act(lang: str, text: str, label: str) -> None:
    assert read(text, lang) == {("united-states", "demands", label)}


def test_an_offer_on_a_negated_condition_stays_an_offer() -> None:
    found = read("Russia would end the war if Ukraine does not join NATO.", "en")
    assert ("russia", "proposes", "ending the war") in found


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Goyal said Indian workers should get easier access to British visas."),
        ("en", "Goyal said Ukraine should get easier access to British visas."),
    ],
)
def test_the_subject_of_a_must_after_said_is_not_its_speaker(lang: str, text: str) -> None:
    assert not {a for a, _, _ in read(text, lang)} & {"indian-workers", "ukraine"}


def test_a_speaker_named_after_the_speech_verb_still_imposes_the_must() -> None:
    text = "Про це заявив речник МЗС Азербайджану Айхан Гаджизаде, додавши, що Вірменія має вивести війська."
    assert {(a, r) for a, r, _ in read(text, "uk")} == {("azerbaijan", "demands")}


def test_the_guarantee_just_offered_is_what_is_dismissed() -> None:
    text = ("Ryanair offered a guarantee of no compulsory redundancies until 2028. "
            "Union leader Priya Nair dismissed the guarantee as a sticking plaster.")
    assert read(text, "en") == {("priya-nair", "rejects", "guarantee of no compulsory redundancies until 2028"),
                                ("ryanair", "proposes", "guarantee of no compulsory redundancies until 2028")}
