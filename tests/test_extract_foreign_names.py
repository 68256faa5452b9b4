"""Names of foreign people the lexicon does not know, in uk/ru/en news: one node with the
nominative name whatever the case, and no person read from a group noun or a party's leader."""

from __future__ import annotations

import pytest

from graph.extract.lexicon import cues_for
from graph.extract.mention import ActorMemory
from graph.extract.mentions import find_mentions
from graph.extract.morph import tokenize


def _mentions(sentences: list[str], lang: str) -> list[list[tuple[str, str, bool]]]:
    memory = ActorMemory()
    out = []
    for sentence in sentences:
        tokens = tokenize(sentence, lang)
        found = find_mentions(tokens, cues_for(lang), memory, lang)
        out.append([(m.actor.label, m.actor.type, m.subject_ok) for m in found])
    return out


def _persons(sentences: list[str], lang: str) -> list[set[str]]:
    return [{label for label, kind, _ in found if kind == "person"} for found in _mentions(sentences, lang)]


@pytest.mark.parametrize(
    ("sentences", "lang", "label"),
    [
        (["Делегація зустрілася з Лі Цзюнем у Пекіні щодо мит.", "Лі Цзюнь підтримав перемовини."], "uk", "Li Tsziun"),
        (["Делегация встретилась с Ли Цзюнем в Пекине.", "Ли Цзюнь поддержал переговоры о пошлинах."], "ru", "Li Tszyun"),
        (["Переговори з Пак Чжи Воном щодо кордону зайшли в глухий кут."], "uk", "Pak Chzhy Von"),
        (["Переговоры с Пак Чжи Воном о границе зашли в тупик."], "ru", "Pak Chzhi Von"),
        (["Делегация встретилась с Нгуен Ван Аном в Ханое.", "Нгуен Ван Ан отверг план."], "ru", "Nguyen Van An"),
        (["Міністр зустрівся з Нгуєн Ван Аном щодо кліматичного фонду."], "uk", "Nhuien Van An"),
        (["Профспілка провела переговори з Хуаном Пересом щодо зарплат.", "Хуан Перес заявив, що страйк триватиме."], "uk", "Khuan Peres"),
        (["Правительство передало предложение о заложниках Мохаммеду Аль-Хамиду.", "Мохаммед Аль-Хамид отверг предложение."], "ru", "Mokhammed Al-Khamid"),
    ],
)
def test_oblique_foreign_name_is_one_nominative_node(sentences, lang, label):
    persons = _persons(sentences, lang)
    for found in persons:
        assert found == {label}


@pytest.mark.parametrize(
    ("sentence", "lang", "label"),
    [
        ("Міністр торгівлі заявив Мохаммеду Аль-Хаміду, що уряд відкидає нові мита.", "uk", "Mokhammed Al-Khamid"),
        ("Посол сказал Хуану Пересу, что кредиторы отвергли реструктуризацию долга.", "ru", "Khuan Peres"),
    ],
)
def test_addressee_after_speech_verb_is_no_subject(sentence, lang, label):
    found = _mentions([sentence], lang)[0]
    person = [m for m in found if m[1] == "person"]
    assert person and person[0][0] == label and not person[0][2]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Рибалки Азовського узбережжя вимагають компенсації за втрачений улов.", "uk"),
        ("Фермери Тихоокеанського регіону відкинули торговельну угоду.", "uk"),
        ("Шахтеры Донецкого бассейна требуют повышения зарплат.", "ru"),
    ],
)
def test_group_noun_before_place_adjective_is_no_person(sentence, lang):
    assert _persons([sentence], lang) == [set()]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Партия SPD Томио Окамуры выступает против пакта о миграции.", "ru"),
        ("Партия «Свобода» Томио Окамуры отвергла коалиционное соглашение.", "ru"),
    ],
)
def test_leader_after_party_is_genitive(sentence, lang):
    found = _mentions([sentence], lang)[0]
    assert not any(label == "Tomio Okamury" for label, _, _ in found)
    assert not any(kind == "person" and subject for _, kind, subject in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Andre Costa said the club would not sell the stadium.", "Andre Costa"),
        ("Eduardo Bolsonaro said the party would oppose the pension reform.", "Eduardo Bolsonaro"),
        ("Later Costa said the EU would back the deal.", "António Costa"),
        ("Meanwhile Bolsonaro said he opposed the pension reform.", "Jair Bolsonaro"),
    ],
)
def test_first_name_at_sentence_start(sentence, expected):
    found = _mentions([sentence], "en")[0]
    assert found[0][0] == expected


def test_villagers_of_place_are_a_group():
    found = _mentions(["Villagers of Tal Afar rejected the resettlement plan."], "en")[0]
    assert found and found[0][1] == "group"
