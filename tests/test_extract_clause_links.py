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

from graph.extract import extract_article
from graph.models import Article


def read(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.id, s.relation, s.item.label) for s in extract_article(Article(id="t", text=text, lang=lang))}


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
