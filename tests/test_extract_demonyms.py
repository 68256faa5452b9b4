"""States named by their adjective, and adjectives the lexicon lacks.

Codebook section 1 (a state is an actor, canonical across languages) and rule 6 (a
state's body, officials and delegation speak for it), in sentences written for these
tests (uk, ru, en):
- every state of actors.yaml has its adjectives in demonyms.yaml (English first, then
  Ukrainian and Russian), so "Kenyan officials", "кенійський уряд", "кенийского
  правительства" are Kenya in every inflection;
- an English adjective of several words is one state's ("South Sudanese", "Equatorial
  Guinean"), not the state of its last word; "Korean" alone is neither Korea's;
- an adjective that looks like a state's but is unknown ("руританський уряд") never makes
  the body the home state (Ukraine) or the state named before; in English it and the
  words of the office after it are no part of a person's name ("Ruritanian President X").

Each case is (lang, text, the actor id of every statement read).
"""

from __future__ import annotations

import pytest
import yaml
from reading import actors
from reading import lines as read

from graph.extract import extract_article
from graph.extract.demonyms import demonym_actor
from graph.extract.lexicon import LEXICON_DIR, actor_rows
from graph.extract.morph import tokenize
from graph.models import Article

BY_ADJECTIVE = [
    # Africa
    ("en", "Kenyan President William Ruto proposed a levy on shipping emissions.", "ruto"),
    ("en", "Ghanaian negotiators demanded debt relief from private creditors.", "ghana"),
    ("en", "Ugandan negotiators rejected new tariffs on coffee.", "uganda"),
    ("en", "South Sudanese officials demanded a ceasefire in Upper Nile.", "south-sudan"),
    ("en", "The Equatorial Guinean government rejected new tariffs on oil.", "equatorial-guinea"),
    ("uk", "Кенійський уряд запропонував збір з викидів судноплавства.", "kenya"),
    ("uk", "Делегація кенійського уряду запропонувала збір з викидів судноплавства.", "kenya"),
    ("uk", "Танзанійські посадовці відхилили нові мита на сталь.", "tanzania"),
    ("uk", "Конголезький уряд вимагає виведення руандійських військ.", "dr-congo"),
    ("uk", "Ганська делегація вимагає списання боргу.", "ghana"),
    ("ru", "Кенийское правительство предложило сбор с выбросов судоходства.", "kenya"),
    ("ru", "Делегация кенийского правительства предложила сбор с выбросов судоходства.", "kenya"),
    ("ru", "Суданская делегация отвергла прекращение огня.", "sudan"),
    ("ru", "Танзанийские чиновники отвергли новые пошлины на сталь.", "tanzania"),
    ("ru", "Малийские власти отвергли переговоры с боевиками.", "mali"),
    # Asia and the Middle East
    ("en", "Thai Prime Minister Anutin Charnvirakul proposed a ceasefire with Cambodia.",
     "anutin"),
    ("en", "Cambodian officials demanded a ceasefire along the border.", "cambodia"),
    ("en", "Houthi officials demanded a ceasefire in Gaza.", "houthis"),
    ("uk", "Таїландський уряд запропонував перемир'я на кордоні.", "thailand"),
    ("uk", "Палестинська делегація вимагає припинення вогню в Газі.", "palestine"),
    ("ru", "Непальское правительство отвергло новые пошлины.", "nepal"),
    ("ru", "Хуситские лидеры потребовали прекращения огня в Газе.", "houthis"),
    # Latin America
    ("en", "Venezuelan Foreign Minister Yvan Gil rejected sanctions.", "yvan-gil"),
    ("en", "Costa Rican officials proposed a levy on shipping emissions.", "costa-rica"),
    ("uk", "Еквадорський уряд вимагає скасувати мита.", "ecuador"),
    ("uk", "Перуанські посадовці відхилили нові мита на мідь.", "peru"),
    ("ru", "Боливийское правительство потребовало отмены пошлин.", "bolivia"),
    # Oceania
    ("en", "Fijian officials demanded a levy on shipping emissions.", "fiji"),
    ("en", "Papua New Guinean officials demanded a levy on shipping emissions.", "papua-new-guinea"),
    ("uk", "Новозеландський уряд запропонував збір з викидів судноплавства.", "new-zealand"),
    ("ru", "Самоанская делегация потребовала сбор с выбросов судоходства.", "samoa"),
    # Europe
    ("en", "Italian officials rejected new tariffs on wine.", "italy"),
    ("uk", "Італійський уряд відхилив нові мита на вино.", "italy"),
    ("uk", "Фінська делегація вимагає посилити санкції проти Росії.", "finland"),
    ("ru", "Швейцарское правительство предложило переговоры в Женеве.", "switzerland"),
    ("ru", "Молдавские власти потребовали вывода российских войск из Приднестровья.", "moldova"),
]


@pytest.mark.parametrize("lang,text,actor", BY_ADJECTIVE)
def test_a_state_named_by_its_adjective_is_the_actor(lang: str, text: str, actor: str) -> None:
    assert actors(text, lang) == {actor}


@pytest.mark.parametrize(
    "lang,text,name",
    [
        ("en", "Kenyan President William Ruto proposed a levy on shipping emissions.",
         "William Ruto"),
        ("en", "Ruritanian President Rudolf Elphberg proposed a levy on shipping emissions.",
         "Rudolf Elphberg"),
        ("en", "Ruritanian Trade Minister Rudolf Elphberg rejected new tariffs on steel.",
         "Rudolf Elphberg"),
        ("en", "Sierra Leonean President Julius Maada Bio demanded debt relief.",
         "Julius Maada Bio"),
        # A title that is part of a name keeps the word before it in the name.
        ("en", "Somali President Hassan Sheikh Mohamud rejected talks with al-Shabaab.",
         "Hassan Sheikh Mohamud"),
    ],
)
def test_an_adjective_before_a_title_is_no_part_of_the_name(
    lang: str, text: str, name: str
) -> None:
    labels = {s.actor.label for s in extract_article(Article(id="t", text=text, lang=lang))}
    assert labels == {name}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Руританський уряд запропонував збір з викидів судноплавства."),
        ("uk", "Руританське міністерство закордонних справ відхилило нові мита на сталь."),
        ("uk", "Делегація руританського уряду запропонувала збір з викидів судноплавства."),
        ("uk", "Росія вимагає зняти санкції. Руританський уряд відхилив зняття санкцій."),
        ("ru", "Руританское правительство предложило сбор с выбросов судоходства."),
        ("ru", "Россия требует снять санкции. Руританское правительство отвергло снятие санкций."),
        ("ru", "Руританское министерство отвергло новые пошлины на сталь."),
        ("uk", "Руританське МЗС відхилило нові мита на сталь."),
        ("ru", "Россия требует снять санкции. Руританский МИД отверг снятие санкций."),
    ],
)
def test_an_unknown_states_body_is_not_the_home_state(lang: str, text: str) -> None:
    for actor, relation, _ in read(text, lang):
        assert actor != "ukraine"
        assert not (actor == "russia" and relation == "rejects")  # Russia only demands


def test_a_common_adjective_before_the_government_keeps_the_home_state() -> None:
    # "міський" names no state: the rule for unknown states' adjectives does not fire, and a
    # city's government is no body of the state either (subnational_words): no party, no line.
    assert actors("Міський уряд запропонував збір з викидів судноплавства.", "uk") == set()
    assert actors("Новий уряд запропонував збір з викидів судноплавства.", "uk") == {"ukraine"}


@pytest.mark.parametrize(
    "text",
    [
        "Korean officials proposed talks in Geneva.",
        "The Korean delegation proposed talks in Geneva.",
    ],
)
def test_an_adjective_two_states_share_is_neither(text: str) -> None:
    assert not actors(text, "en") & {"north-korea", "south-korea"}


@pytest.mark.parametrize(
    "lang,phrase,actor",
    [
        ("uk", "кенійського уряду", "kenya"),
        ("uk", "танзанійські посадовці", "tanzania"),
        ("uk", "перуанською делегацією", "peru"),
        ("uk", "сенегальській владі", "senegal"),
        ("ru", "кенийского правительства", "kenya"),
        ("ru", "перуанские власти", "peru"),
        ("ru", "боливийскому правительству", "bolivia"),
        ("ru", "сьерра-леонским властям", "sierra-leone"),
        ("en", "Nigerien officials", "niger"),
        ("en", "Nigerian officials", "nigeria"),
    ],
)
def test_inflected_adjectives_name_their_state(lang: str, phrase: str, actor: str) -> None:
    assert demonym_actor(tokenize(phrase, lang)[0]) == actor


def test_every_state_has_its_adjectives_english_first() -> None:
    actors_yaml = actor_rows()
    demonyms = yaml.safe_load((LEXICON_DIR / "demonyms.yaml").read_text(encoding="utf-8"))
    ids = {row["id"] for row in actors_yaml}
    states = {row["id"] for row in actors_yaml if row.get("type") == "state"}
    # Dominica shares "Dominican" with the Dominican Republic, the Republic of the Congo
    # "Congolese" with the DR Congo: they are given to the state commonly meant.
    assert states - set(demonyms) == {"dominica", "republic-of-the-congo"}
    assert set(demonyms) <= ids
    for actor_id, words in demonyms.items():
        assert words and words[0].isascii(), actor_id  # the English adjective first
    every = [w for words in demonyms.values() for w in words]
    assert len(every) == len(set(every)), "an adjective given to two actors"
