"""People who negotiate as a body, named by what they are, and physical acts that are no position.

Codebook section 1 (a named group is an actor) and rule 7, in sentences written for
these tests (uk, ru, en):
- "the miners", "шахтарі", "повстанцы", "Polish farmers" hold positions as a party of
  their own, labelled in English ("Polish farmers" from "польські фермери"), never as
  the state their demonym names; "the farmers" later is the same party; one miner is
  no party; people who are the object of a verb are no actor;
- a body of theirs that the article named ("the Harbour Pilots Guild", "Профспілка
  шахтарів") speaks for them (rule 6), and so does a union named before for employees;
- "blocked the highway", "заблокували пункт пропуску": an act on a place, no statement.

Each case is (lang, text, the exact set of (actor id, relation, item label)).
"""

from __future__ import annotations

import pytest
from reading import actors
from reading import lines as read

from graph.extract import extract_article
from graph.models import Article
from graph.negotiations import is_generic

COLLECTIVE = [
    ("en", "The miners rejected the company's offer of a 4 percent rise.", "miners"),
    ("en", "Junior doctors demanded a full restoration of their pay.", "junior-doctors"),
    ("en", "The rebels are ready to free the two engineers in exchange for a ransom.", "rebels"),
    ("en", "Striking dockworkers demanded a ban on automated cranes at the terminal.", "striking-dockworkers"),
    ("uk", "Шахтарі відкинули пропозицію компанії підвищити зарплату на 4 відсотки.", "miners"),
    ("uk", "Повстанці готові звільнити двох інженерів в обмін на викуп.", "rebels"),
    ("uk", "Далекобійники вимагають обмежити ціни на пальне.", "truckers"),
    ("ru", "Шахтеры отвергли предложение компании повысить зарплату на 4 процента.", "miners"),
    ("ru", "Повстанцы готовы освободить двух инженеров в обмен на выкуп.", "rebels"),
    ("ru", "Дальнобойщики требуют ограничить цены на топливо.", "truckers"),
    ("en", "Air traffic controllers demanded 300 new hires.", "air-traffic-controllers"),
    ("uk", "Залізничники вимагають підвищити зарплату.", "railworkers"),
    ("ru", "Диспетчеры требуют нанять 300 новых сотрудников до конца 2027 года.", "controllers"),
]


@pytest.mark.parametrize("lang,text,actor", COLLECTIVE)
def test_people_named_by_what_they_are_hold_positions(lang: str, text: str, actor: str) -> None:
    assert actors(text, lang) == {actor}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Polish farmers blocked the border crossing. The farmers demanded a ban on grain imports."),
        ("uk", "Польські фермери заблокували пункт пропуску. Фермери вимагають заборонити імпорт зерна."),
        ("ru", "Польские фермеры заблокировали пункт пропуска. Фермеры требуют запретить импорт зерна."),
    ],
)
def test_a_demonym_names_the_people_not_their_state_and_they_are_named_again(lang: str, text: str) -> None:
    found = read(text, lang)
    assert {actor for actor, _, _ in found} == {"polish-farmers"}
    assert {relation for _, relation, _ in found} == {"demands"}  # the blockade itself is no position


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "A miner said he was tired of the strike."),
        ("en", "The company said it would hire more miners next year."),
        ("uk", "Шахтар розповів, що втомився від страйку."),
        ("ru", "Компания обещала сохранить рабочие места на шахте."),
        ("ru", "Шахтер рассказал, что устал от забастовки."),
    ],
)
def test_one_person_or_people_as_an_object_are_no_party(lang: str, text: str) -> None:
    assert not {a for a in actors(text, lang) if a in ("miners", "workers")}


@pytest.mark.parametrize(
    "lang,text,body",
    [
        ("en", "The Harbour Pilots Guild called a strike. The pilots demanded a 12 percent rise.", "harbour-pilots-guild"),
        ("en", "The Riverside Teachers Association met the council. Union leader Ann Bell said the teachers "
               "wanted smaller classes.", "riverside-teachers-association"),
        ("uk", "Профспілка шахтарів Донбасу оголосила страйк. Шахтарі вимагають підвищити зарплату.",
         "profspilka-shakhtariv-donbasu"),
        ("ru", "Профсоюз горняков Кузбасса объявил забастовку. Горняки требуют повысить зарплату.",
         "profsoyuz-gornyakov-kuzbassa"),
    ],
)
def test_a_body_the_article_named_speaks_for_its_people(lang: str, text: str, body: str) -> None:
    assert actors(text, lang) == {body}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Protesters blocked the highway to the capital for six hours."),
        ("en", "Farmers occupied the square in front of the ministry."),
        ("uk", "Протестувальники перекрили трасу до столиці на шість годин."),
        ("uk", "Фермери заблокували пункт пропуску на кордоні."),
        ("ru", "Протестующие перекрыли трассу в столицу на шесть часов."),
        ("ru", "Фермеры заблокировали пункт пропуска на границе."),
        # an attempt is an event, not a goal
        ("en", "Protesters who tried to reach the venue were held back by police."),
        ("uk", "Протестувальники намагалися прорватися до будівлі парламенту."),
        ("ru", "Протестующие пытались прорваться к зданию парламента."),
        # a passive whose agent is no party
        ("en", "Protesters were rejected by police at the gate."),
    ],
)
def test_an_act_on_a_place_is_no_position(lang: str, text: str) -> None:
    assert read(text, lang) == set()


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Hungary blocked the aid package for Ukraine."),
        ("uk", "Угорщина заблокувала пакет допомоги Україні."),
        ("ru", "Венгрия заблокировала пакет помощи Украине."),
    ],
)
def test_blocking_a_decision_is_still_a_refusal(lang: str, text: str) -> None:
    assert {relation for _, relation, _ in read(text, lang)} == {"rejects"}


def test_collective_parties_are_scoped_to_their_negotiation() -> None:
    # The miners of one dispute are not those of another (comparison, issue 12 point 5).
    assert is_generic("miners") and is_generic("polish-farmers") and not is_generic("poland")


@pytest.mark.parametrize(
    "lang,text,actor",
    [
        ("en", "The Greens rejected a coalition with the far right.", "greens"),
        ("en", "The Social Democrats demanded the finance ministry in the new cabinet.", "social-democrats"),
        ("en", "The Liberals proposed a cap on rents.", "liberals"),
        ("uk", "Зелені відкинули коаліцію з ультраправими.", "greens"),
        ("uk", "Соціал-демократи вимагають посаду міністра фінансів.", "social-democrats"),
        ("uk", "Ліберали запропонували обмежити орендну плату.", "liberals"),
        ("ru", "Зеленые отвергли коалицию с ультраправыми.", "greens"),
        ("ru", "Социал-демократы требуют пост министра финансов.", "social-democrats"),
        ("ru", "Либералы предложили ограничить арендную плату.", "liberals"),
    ],
)
def test_party_families_in_coalition_talks_are_parties(lang: str, text: str, actor: str) -> None:
    assert actors(text, lang) == {actor}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Місто вимагає висадити зелені насадження вздовж траси."),
        ("ru", "Мэрия требует высадить зеленые насаждения вдоль трассы."),
    ],
)
def test_an_adjective_before_its_noun_is_no_party(lang: str, text: str) -> None:
    assert "greens" not in actors(text, lang)


@pytest.mark.parametrize(
    "text,actor",
    [
        # A name before a role noun is that body's name, and "the union" later is that body.
        ("The FNV Havens union is demanding a guarantee that no permanent jobs will be cut.", "fnv-havens"),
        ("The FNV Havens union called a strike. The union wants early retirement at 63 for crane operators.",
         "fnv-havens"),
        # A portfolio between a state's adjective and its ministry.
        ("The Dutch labour ministry has offered to appoint a mediator.", "netherlands"),
        ("The Kenyan trade ministry rejected the levy on tea exports.", "kenya"),
    ],
)
def test_a_named_body_and_a_states_ministry_are_parties(text: str, actor: str) -> None:
    assert actors(text, "en") == {actor}


def test_in_writing_is_no_attribution() -> None:
    found = extract_article(Article(id="t", text="VRS has refused to put a job guarantee in writing.", lang="en"))
    assert [(s.actor.id, s.relation, s.attribution) for s in found] == [("vrs", "rejects", "")]


@pytest.mark.parametrize(
    "lang,text,label",
    [
        ("uk", "Викладачі відкинули пропозицію компанії скоротити відпустки.", "скоротити відпустки"),
        ("ru", "Преподаватели отвергли предложение правительства сократить отпуска.", "сократить отпуска"),
    ],
)
def test_the_owner_of_a_rejected_proposal_is_not_its_content(lang: str, text: str, label: str) -> None:
    assert read(text, lang) == {("lecturers", "rejects", label)}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Hungary rejected the border deal with Serbia."),
        ("uk", "Угорщина відкинула п'ятий пункт угоди з Сербією."),
        ("ru", "Венгрия отвергла пятый пункт соглашения с Сербией."),
    ],
)
def test_a_word_of_place_that_is_no_head_leaves_the_refusal(lang: str, text: str) -> None:
    assert {relation for _, relation, _ in read(text, lang)} == {"rejects"}


@pytest.mark.parametrize(
    "lang,text,actor",
    [
        ("uk", "Християнські демократи готові підтримати бюджет.", "christian-democrats"),
        ("uk", "Вільні демократи відкинули підвищення податків.", "free-democrats"),
        ("ru", "Христианские демократы готовы поддержать бюджет.", "christian-democrats"),
        ("en", "The Christian Democrats are ready to back the budget.", "christian-democrats"),
    ],
)
def test_a_party_familys_adjective_is_part_of_its_name(lang: str, text: str, actor: str) -> None:
    assert actors(text, lang) == {actor}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "M23 fighters seized the town last year. The rebels demanded the release of their detained members."),
        ("uk", "ELN утримує двох інженерів. Повстанці вимагають викуп за звільнення інженерів."),
        ("ru", "ELN удерживает двух инженеров. Повстанцы требуют выкуп за освобождение инженеров."),
    ],
)
def test_the_rebels_are_the_armed_group_the_article_named(lang: str, text: str) -> None:
    assert actors(text, lang) <= {"m23", "eln"} and actors(text, lang)


@pytest.mark.parametrize(
    "text,relation",
    [
        ("The Unite union rejected a 4 percent pay rise.", "rejects"),
        ("The Unite union called a strike. The union demanded a 9 percent rise.", "demands"),
    ],
)
def test_a_one_word_name_before_a_role_noun_is_the_body(text: str, relation: str) -> None:
    assert {(a, r) for a, r, _ in read(text, "en")} == {("unite", relation)}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The British union demanded a 9 percent rise."),
        ("uk", "Британська профспілка вимагає підвищення зарплат на 9 відсотків."),
    ],
)
def test_a_union_of_a_country_is_not_the_country(lang: str, text: str) -> None:
    assert "united-kingdom" not in actors(text, lang)


def test_a_delegation_of_a_country_is_the_country() -> None:
    assert actors("The Serbian delegation rejected the proposal to hold talks in Vienna.", "en") == {"serbia"}
