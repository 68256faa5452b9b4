"""Rule 3 for a refusal scoped by "without": "will not agree to X without Y" refuses no X, the
refuser demands Y (codebook section 2, rule 3; rule 9 lists "without" as a reversal). A
"without" of manner, or a plain past refusal of a thing, is left as read.

Sentences written for these tests: a dock strike, Sahel hostages, a Balkan coalition, river
water talks, a Bolivian mining deal, a Central African truce.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements

_DEMANDED = [
    ("en", "Talks at the port resumed. The dockers' union said it would not accept automation without "
           "job protections.", "dockers-union", "job protections"),
    ("en", "The Seleka rebels said they would not agree to a ceasefire without the withdrawal of "
           "government troops from Bria.", "", "withdrawal"),
    ("en", "Chile will not take part in the talks without a clear agenda, the foreign minister said.",
     "chile", "agenda"),
    ("en", "The opposition refused to join the coalition without a commitment to early elections.",
     "opposition", "early elections"),
    ("uk", "Уряд Малі не погодиться на перемир'я без виведення іноземних бойовиків, заявив міністр.",
     "mali", "виведення"),
    ("uk", "Уряд Колумбії не братиме участі в переговорах без звільнення всіх заручників.",
     "colombia", "hostages"),
    ("uk", "Опозиція відмовилася входити до коаліції без зобов'язання провести дострокові вибори.",
     "opposition", "early elections"),
    ("uk", "Профспілка докерів не підпише угоду без гарантій збереження робочих місць.",
     "", "job"),
    ("ru", "Правительство Пакистана не будет участвовать в переговорах без прекращения обстрелов, "
           "заявил министр.", "pakistan", "прекращение обстрелов"),
    ("ru", "Минфин Аргентины заявил, что не примет новую программу МВФ без списания части долга.",
     "argentina", "списание"),
    ("ru", "Оппозиция отказалась войти в коалицию без обязательства провести досрочные выборы.",
     "opposition", "early elections"),
]


@pytest.mark.parametrize(("lang", "text", "actor", "words"), _DEMANDED)
def test_refusal_without_demands_the_condition(lang: str, text: str, actor: str, words: str) -> None:
    found = statements(text, lang)
    assert any(s.relation == "demands" and words in s.item.label and (not actor or s.actor.id == actor)
               for s in found), labelled(found)


@pytest.mark.parametrize(("lang", "text", "actor", "words"), _DEMANDED)
def test_refusal_without_leaves_no_plain_refusal(lang: str, text: str, actor: str, words: str) -> None:
    found = statements(text, lang)
    assert not [s for s in found if s.relation == "rejects"], labelled(found)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Talks on the Sahel hostages stalled. Niger said it would not release the prisoners without "
           "the return of its soldiers."),
    ("uk", "Переговори щодо Сахелю зупинилися. ХАМАС заявив, що не звільнить заручників без постійного "
           "припинення вогню."),
    ("ru", "Переговоры зашли в тупик. Лидер повстанцев Сомали заявил: «Мы не согласимся на перемирие "
           "без вывода боевиков»."),
])
def test_refused_item_is_not_read_as_rejected(lang: str, text: str) -> None:
    """The item refused on a condition ("the prisoners", "перемирие") is no line of its own."""
    found = statements(text, lang)
    assert found and all(s.relation == "demands" for s in found), labelled(found)


@pytest.mark.parametrize(("lang", "text", "relation"), [
    # a manner, not a condition: the refusal stays a refusal and nothing is demanded
    ("en", "Bolivia will not give up the lithium fields without a fight, the president said.", "rejects"),
    ("uk", "Уряд Болівії не віддасть родовища літію без бою, заявив президент.", "rejects"),
    ("ru", "Правительство Боливии не отдаст месторождения лития без боя, заявил президент.", "rejects"),
])
def test_without_of_manner_demands_nothing(lang: str, text: str, relation: str) -> None:
    found = statements(text, lang)
    assert not [s for s in found if s.relation == "demands"], labelled(found)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The ministry rejected the budget without a vote."),
    ("uk", "Міністерство відхилило пропозицію без пояснень."),
    ("ru", "Министерство отклонило предложение без объяснений."),
])
def test_plain_refusal_without_demands_nothing(lang: str, text: str) -> None:
    assert not [s for s in statements(text, lang) if s.relation == "demands"], labelled(statements(text, lang))


@pytest.mark.parametrize(("lang", "text", "label"), [
    ("uk", "Уряд Колумбії не братиме участі в переговорах у Гавані, заявив міністр оборони.",
     "участь в переговорах у Гавані"),
    ("uk", "Опозиція не буде брати участь у консультаціях щодо бюджету, заявив її лідер Петро Порошенко.",
     "участь у консультаціях щодо бюджету"),
    ("ru", "Правительство Колумбии не будет принимать участия в переговорах в Гаване, заявил министр обороны.",
     "участие в переговорах в Гаване"),
])
def test_refused_participation_is_labelled_without_its_verb(lang: str, text: str, label: str) -> None:
    """ "не братиме участі в X": the line names the participation, not "братиме участі"."""
    found = statements(text, lang)
    assert any(s.relation == "rejects" and s.item.label == label for s in found), labelled(found)
