"""Constructions of real reports (issue 14), in sentences written for these tests.

Each case is a small article in uk, ru or en and what the codebook makes of it, as
(relation, words the item label must contain) per actor id, or nothing at all for the
look-alikes of section 7: forecasts, allegations, accusations, failures to agree,
results achieved.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article


def read(text: str, lang: str):
    return extract_article(Article(id="t", text=text, lang=lang))


LOOK_ALIKES = [
    ("en", "Chile and Peru met in Quito.\nThe talks collapsed after Chile and Peru failed to agree on anchovy quotas."),
    ("en", "Chile and Peru will meet in May.\nAn analyst said Peru is unlikely to drop its demand for the port."),
    ("en", "Chile and Peru held talks in Lima.\nChile achieved its goal of cutting illegal fishing by a third."),
    ("uk", "Чилі та Перу обмінялися звинуваченнями.\nЧилі звинуватило Перу у висуванні нових умов в останню хвилину."),
    ("uk", "Перуанські ЗМІ повідомили, що Чилі нібито запропонувало передати порт в оренду Перу."),
    ("uk", "Вісім країн так і не домовилися про обсяг видобутку."),
    ("ru", "Перу не получала от Чили никаких предложений о совместном патрулировании."),
    ("ru", "Чили обвинило Перу в срыве переговоров и выдвижении новых требований."),
    ("ru", "Как пишут местные СМИ, Чили якобы предложило Перу сдать порт в аренду."),
    ("en", "Chile and Peru met in Lima.\nAnalyst Hanna Berg said Peru wants the port back."),
    ("uk", "Чилі вимагатиме більшого, вважає аналітик Петро Іваненко."),
    ("uk", "«Ми не очікуємо змін до виборів», — сказав міністр Польщі."),
    ("ru", "Перу потребует большего, считает эксперт Анна Берг."),
]


@pytest.mark.parametrize("lang,text", LOOK_ALIKES, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(LOOK_ALIKES)])
def test_look_alikes_of_positions_state_nothing(lang: str, text: str) -> None:
    assert [(s.actor.id, s.relation, s.item.label) for s in read(text, lang)] == []


@pytest.mark.parametrize(
    "lang,text,actor,wanted",
    [
        ("en", "Peru demands that Chile cut its trawler fleet by half and reopen the port of Arica.\n"
               "Chile rejected these demands on Thursday.", "chile", {"Chile cut its trawler fleet by half", "reopen the port of Arica"}),
        ("uk", "Перу вимагає, щоб Чилі скоротило флот траулерів і відкрило порт Аріка.\n"
               "Чилі відхилило ці вимоги в четвер.", "chile", {"Чилі скоротило флот траулерів", "відкрило порт Аріка"}),
        ("ru", "Перу требует, чтобы Чили сократило флот траулеров и открыло порт Арика.\n"
               "Чили отклонило эти требования в четверг.", "chile", {"Чили сократило флот траулеров", "открыло порт Арика"}),
    ],
)
def test_a_reference_with_a_time_adverbial_takes_every_referent(lang, text, actor, wanted) -> None:
    rejected = {s.item.label for s in read(text, lang) if s.actor.id == actor and s.relation == "rejects"}
    assert rejected == wanted


@pytest.mark.parametrize(
    "lang,text,label",
    [
        ("en", "Peru rejected the joint anchovy quota on Monday, and talks will resume in June.", "joint anchovy quota"),
        ("uk", "Перу відхилило спільну квоту на анчоуси у понеділок.", "спільна квота на анчоуси"),
        ("ru", "Перу отклонило совместную квоту на анчоус в понедельник.", "совместная квота на анчоус"),
    ],
)
def test_an_item_ends_before_its_time_and_before_a_new_clause(lang, text, label) -> None:
    assert [(s.relation, s.item.label) for s in read(text, lang)] == [("rejects", label)]


@pytest.mark.parametrize(
    "lang,text,label",
    [
        ("ru", "Чили отклонило предложение Перу о совместном патрулировании зоны.", "совместное патрулирование зоны"),
        ("uk", "Чилі відхилило пропозицію Перу щодо спільного патрулювання зони.", "спільне патрулювання зони"),
    ],
)
def test_the_owner_of_a_proposal_is_not_part_of_its_item(lang, text, label) -> None:
    labels = {s.item.label for s in read(text, lang)}
    assert label in labels
    assert not any(found.startswith("Перу") for found in labels)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Незалежна профспілка гірників України вимагає підвищення зарплат."),
        ("ru", "Профсоюз горняков Казахстана требует повышения зарплат."),
    ],
)
def test_a_union_of_a_country_is_not_the_country(lang: str, text: str) -> None:
    assert not any(s.actor.type == "state" for s in read(text, lang))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The ministry spoke to reporters.\nHe would not comment on the substance."),
        ("uk", "Речник Кремля сказав, що Москва не коментуватиме витоки в ЗМІ."),
        ("ru", "Представитель Франции отказался комментировать проект."),
    ],
)
def test_declining_to_comment_is_no_position(lang: str, text: str) -> None:
    assert [(s.relation, s.item.label) for s in read(text, lang)] == []


@pytest.mark.parametrize(
    "lang,text,bad",
    [
        ("uk", "«Ми не дозволимо», — сказав міністр Єгипту.", "дозволимо"),
        ("ru", "«Подписывать текст в таком виде Франция не станет», — цитирует газета французского дипломата.", "станет"),
    ],
)
def test_a_bare_verb_or_a_quote_tail_is_no_label(lang: str, text: str, bad: str) -> None:
    assert not any(bad in s.item.label for s in read(text, lang))


VOTES_AND_UNDERTAKINGS = [
    # The outcome of a vote: "for" accepts what is voted on, "against" rejects it; a vote
    # for a rejection chains to the rejection.
    ("en", "Moldova's parliament voted against the gas transit agreement.", "moldova", "rejects", "gas transit"),
    ("en", "Members of the Northern Rail Union voted for the revised pay offer.", "northern-rail-union", "accepts", "revised pay offer"),
    ("en", "Serbia's parliament voted in favour of the border treaty with Kosovo.", "serbia", "accepts", "border treaty"),
    ("uk", "Парламент Молдови проголосував проти угоди про транзит газу.", "moldova", "rejects", "gas transit"),
    ("uk", "Парламент Польщі проголосував за відхилення угоди про імпорт зерна.", "poland", "rejects", "імпорт зерна"),
    ("uk", "Парламент Сербії проголосував за договір про кордон із Косово.", "serbia", "accepts", "договір про кордон"),
    ("ru", "Парламент Молдавии проголосовал против соглашения о транзите газа.", "moldova", "rejects", "gas transit"),
    ("ru", "Парламент Польши проголосовал за отклонение соглашения об импорте зерна.", "poland", "rejects", "импорте зерна"),
    ("ru", "Парламент Сербии проголосовал за договор о границе с Косово.", "serbia", "accepts", "договор о границе"),
    # An undertaking offers what the actor will do.
    ("en", "Japan committed to cutting its coal imports by a quarter.", "japan", "proposes", "coal imports"),
    ("en", "Ghana undertook to return the seized fishing boats within a week.", "ghana", "proposes", "seized fishing boats"),
    ("uk", "Японія зобов'язалася скоротити імпорт вугілля на чверть.", "japan", "proposes", "імпорт вугілля"),
    ("uk", "Гана взяла на себе зобов'язання повернути захоплені рибальські човни.", "ghana", "proposes", "рибальські човни"),
    ("ru", "Япония обязалась сократить импорт угля на четверть.", "japan", "proposes", "импорт угля"),
    ("ru", "Гана взяла на себя обязательство вернуть захваченные рыболовные суда.", "ghana", "proposes", "рыболовные суда"),
]


@pytest.mark.parametrize("lang,text,actor,relation,words", VOTES_AND_UNDERTAKINGS,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(VOTES_AND_UNDERTAKINGS)])
def test_votes_and_undertakings_are_positions(lang, text, actor, relation, words) -> None:
    found = [(s.actor.id, s.relation, s.item.label) for s in read(text, lang)]
    assert any(a == actor and r == relation and words in label for a, r, label in found), found
    assert not any(r in ("accepts", "proposes") and ("відхилення" in label or "отклонение" in label)
                   for _, r, label in found)


@pytest.mark.parametrize(
    "lang,text,actor,words",
    [
        ("en", "Ghana's main goal is a joint survey of the river border.", "ghana", "joint survey of the river border"),
        ("en", "The key demand of Japan is the return of the four islands.", "japan", "return of the four islands"),
        ("en", "Chile's long-standing aim is access to the Pacific ports.", "chile", "access to the Pacific ports"),
        ("uk", "Метою Гани є спільне обстеження річкового кордону.", "ghana", "спільне обстеження річкового кордону"),
        ("uk", "Головною вимогою Перу є повернення затриманих траулерів.", "peru", "повернення затриманих траулерів"),
        ("ru", "Целью Ганы является совместное обследование речной границы.", "ghana", "совместное обследование речной границы"),
        ("ru", "Главным требованием Перу является возвращение задержанных траулеров.", "peru", "возвращение задержанных траулеров"),
    ],
)
def test_the_owner_of_a_goal_before_its_copula_is_the_actor_not_the_label(lang, text, actor, words) -> None:
    """ "The goal of X is Y", "X's main goal is Y", "Метою X є Y": X demands Y, and X is
    no part of Y's label."""
    assert [(s.actor.id, s.relation, s.item.label) for s in read(text, lang)] == [(actor, "demands", words)]


@pytest.mark.parametrize(
    "lang,text,actor,relation,label",
    [
        ("en", "Japan's refusal to release the trawlers angered China.", "japan", "rejects", "release the trawlers"),
        ("en", "Ghana's demand for a joint border survey stalled the talks.", "ghana", "demands", "joint border survey"),
        ("uk", "Відмова Японії звільнити траулери розлютила Китай.", "japan", "rejects", "звільнити траулери"),
        ("uk", "Відмова Перу звільнити траулери обурила Чилі.", "peru", "rejects", "звільнити траулери"),
        ("uk", "Вимога Гани провести спільне обстеження кордону загальмувала переговори.", "ghana", "demands",
         "провести спільне обстеження кордону"),
        ("ru", "Отказ Японии освободить траулеры возмутил Китай.", "japan", "rejects", "освободить траулеры"),
        ("ru", "Требование Перу вернуть суда остается в силе.", "peru", "demands", "вернуть суда"),
    ],
)
def test_a_position_noun_as_subject_ends_before_the_sentences_verb(lang, text, actor, relation, label) -> None:
    """ "X's refusal to do Y angered Z": X rejects Y; the predicate and its object are no
    part of the item, and an indeclinable owner ("Перу") is no part of it either."""
    assert [(s.actor.id, s.relation, s.item.label) for s in read(text, lang)] == [(actor, relation, label)]


@pytest.mark.parametrize(
    "lang,text,label",
    [
        # Object first, the subject after its verb.
        ("uk", "Пропозицію про спільне патрулювання відхилила Японія.", "спільне патрулювання"),
        ("uk", "Новий графік квот підтримала Гана.", "Новий графік квот"),
        ("ru", "Предложение о совместном патрулировании отклонила Япония.", "совместное патрулирование"),
        ("ru", "Совместное патрулирование отвергла Япония.", "Совместное патрулирование"),
        # Subject, object, verb: the proposal is not the subject's own.
        ("uk", "Японія пропозицію про спільне патрулювання відхилила.", "спільне патрулювання"),
        ("ru", "Япония предложение о совместном патрулировании отвергла.", "совместное патрулирование"),
    ],
)
def test_an_object_before_its_verb_is_the_item_of_the_verb(lang, text, label) -> None:
    found = [(s.relation, s.item.label) for s in read(text, lang)]
    relation = "accepts" if "підтримала" in text else "rejects"
    assert found == [(relation, label)]


@pytest.mark.parametrize(
    "lang,text,accepted",
    [
        ("en", "Ghana proposed a joint survey of the river border.\nTogo called the proposal a step in the right direction.",
         "joint survey of the river border"),
        ("en", "Ghana proposed a joint survey of the river border.\nTogo called the plan constructive.",
         "joint survey of the river border"),
        ("uk", "Гана запропонувала провести спільне обстеження кордону.\nБуркіна-Фасо назвала цю пропозицію кроком у правильному напрямку.",
         "провести спільне обстеження кордону"),
        ("ru", "Гана предложила провести совместное обследование границы.\nБуркина-Фасо назвала это предложение приемлемой основой.",
         "провести совместное обследование границы"),
        # Not an offer, or the approval negated: nothing is accepted.
        ("en", "Togo called the talks constructive.", None),
        ("en", "Ghana proposed a joint survey of the river border.\nTogo called the proposal not acceptable.", None),
        ("uk", "Того назвало переговори конструктивними.", None),
        ("ru", "Того назвало встречу позитивной.", None),
    ],
)
def test_naming_an_offer_with_approval_accepts_it(lang, text, accepted) -> None:
    found = {s.item.label for s in read(text, lang) if s.relation == "accepts"}
    assert found == ({accepted} if accepted else set())


@pytest.mark.parametrize(
    "lang,text,second",
    [
        ("en", "Qatar drafted a truce plan.\nUnder the plan, the army would leave the town, while the rebels would hand over heavy weapons.",
         "disarmament"),  # handing over weapons is the lexicon's disarmament
        ("uk", "Катар підготував план перемир'я.\nЗгідно з планом, армія залишить місто, а повстанці здадуть важке озброєння.",
         "повстанці здадуть важке озброєння"),
        ("ru", "Катар подготовил план перемирия.\nСогласно плану, армия покинет город, а повстанцы сдадут тяжелое вооружение.",
         "повстанцы сдадут тяжелое вооружение"),
    ],
)
def test_every_term_of_a_plan_is_its_authors_proposal(lang, text, second) -> None:
    proposed = [(s.actor.id, s.item.label) for s in read(text, lang) if s.relation == "proposes"]
    assert ("qatar", second) in proposed and len({label for _, label in proposed}) >= 2


@pytest.mark.parametrize("lang,text", [
    ("uk", "Катар підготував план перемир'я.\nЗгідно з планом, армія залишить місто, а повстанці — склади."),
    ("ru", "Катар подготовил план перемирия.\nСогласно плану, армия покинет город, а повстанцы — склады."),
])
def test_a_plan_term_with_its_verb_elided_gives_no_fragment(lang, text) -> None:
    assert not any("—" in s.item.label for s in read(text, lang))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Гана вимагає повернення захоплених човнів.\nБуркіна-Фасо вважає цю вимогу втручанням у свої справи."),
        ("ru", "Гана требует возвращения захваченных судов.\nБуркина-Фасо считает это требование вмешательством в свои дела."),
        ("en", "Ghana demands the return of the seized boats.\nTogo considers the demand interference in its affairs."),
    ],
)
def test_considering_a_demand_an_interference_rejects_it(lang, text) -> None:
    found = [(s.relation, s.basis) for s in read(text, lang)]
    assert ("rejects", "reference") in found


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Гана заявляє, що питання кордону не може бути предметом переговорів."),
        ("ru", "Гана заявляет, что вопрос границы не может быть предметом переговоров."),
    ],
)
def test_not_a_subject_of_negotiation_rejects(lang, text) -> None:
    assert [(s.actor.id, s.relation) for s in read(text, lang)] == [("ghana", "rejects")]


@pytest.mark.parametrize(
    "lang,text,offered,demanded",
    [
        ("uk", "Гана може знизити мито на какао, якщо Бенін відкриє кордон.", "lowering or lifting tariffs", "Бенін відкриє кордон"),
        ("ru", "Гана может снизить пошлину на какао, если Бенин откроет границу.", "lowering or lifting tariffs", "Бенин откроет границу"),
        ("en", "Ghana could lower the cocoa duty if Benin reopens the border.", "lower the cocoa duty", "Benin reopens the border"),
    ],
)
def test_what_a_party_can_do_on_a_condition_is_offered(lang, text, offered, demanded) -> None:
    found = {(s.relation, s.item.label) for s in read(text, lang)}
    assert found == {("proposes", offered), ("demands", demanded)}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Analysts say Ghana could cut the duty if prices fall."),
        ("uk", "Гана може знизити мито на какао."),  # no condition: a possibility, not an offer
    ],
)
def test_a_possibility_without_a_condition_or_in_an_analysts_mouth_is_no_offer(lang, text) -> None:
    assert read(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,label",
    [
        ("uk", "Гана сигналізувала готовність знизити мито на какао.", "lowering or lifting tariffs"),
        ("ru", "Гана подтвердила готовность снизить пошлину на какао.", "lowering or lifting tariffs"),
        ("en", "Ghana signalled its willingness to reopen the border.", "reopen the border"),
    ],
)
def test_a_signalled_readiness_is_an_offer(lang, text, label) -> None:
    assert [(s.relation, s.item.label) for s in read(text, lang)] == [("proposes", label)]


INTERVIEWS = [
    ("uk", "Інтерв'ю з міністром торгівлі Гани про переговори з Беніном\n\n— Чи готова Гана знизити мито на какао?\n\n"
           "— Так, ми готові знизити мито, але лише якщо Бенін відкриє кордон.\n\n— А квоти?\n\n— Ми не приймемо квоти на рис.",
     {("ghana", "proposes", "lowering or lifting tariffs"), ("ghana", "demands", "Бенін відкриє кордон"),
      ("ghana", "rejects", "квоти на рис")}),
    ("ru", "Интервью с министром торговли Ганы о переговорах с Бенином\n\n— Готова ли Гана снизить пошлину на какао?\n\n"
           "— Да, мы готовы снизить пошлину, но только если Бенин откроет границу.\n\n— А квоты?\n\n— Мы не примем квоты на рис.",
     {("ghana", "proposes", "lowering or lifting tariffs"), ("ghana", "demands", "Бенин откроет границу"),
      ("ghana", "rejects", "квоты на рис")}),
    ("en", "Interview: Ghana's trade minister on the talks with Benin\n\n— Is Ghana ready to cut the cocoa duty?\n\n"
           "— Yes, we are ready to lower the duty, but only if Benin reopens the border.\n\n— And quotas?\n\n— We will not accept quotas on rice.",
     {("ghana", "proposes", "lower the duty"), ("ghana", "demands", "Benin reopens the border"),
      ("ghana", "rejects", "quotas on rice"), ("ghana", "proposes", "cut the cocoa duty")}),  # the "Yes" to the question
]


# The interviewer's turn that ends in a question reports a third party's position: it is
# that party's, not the interviewee's.
INTERVIEWS += [
    ("uk", "Інтерв'ю з міністром торгівлі Гани про переговори з Беніном\n\n— Бенін вимагає скасувати мито на какао. "
           "Як ви на це реагуєте?\n\n— Ми не скасуємо мито на какао.",
     {("benin", "demands", "lowering or lifting tariffs"), ("ghana", "rejects", "lowering or lifting tariffs")}),
    ("ru", "Интервью с министром торговли Ганы о переговорах с Бенином\n\n— Бенин требует отменить пошлину на какао. "
           "Как вы на это реагируете?\n\n— Мы не отменим пошлину на какао.",
     {("benin", "demands", "lowering or lifting tariffs"), ("ghana", "rejects", "lowering or lifting tariffs")}),
    ("en", "Interview: Ghana's trade minister on the talks with Benin\n\n— Benin demands that the cocoa duty be scrapped. "
           "What is your answer?\n\n— We will not scrap the cocoa duty.",
     {("benin", "demands", "cocoa duty be scrapped"), ("ghana", "rejects", "scrap the cocoa duty")}),
]


@pytest.mark.parametrize("lang,text,expected", INTERVIEWS, ids=[f"{c[0]}-{n}" for n, c in enumerate(INTERVIEWS)])
def test_an_interviews_answers_are_the_interviewees_positions(lang, text, expected) -> None:
    article = Article(id="t", text=text, lang=lang, title=text.split("\n")[0])
    found = {(s.actor.id, s.relation, s.item.label) for s in extract_article(article)}
    assert found == expected


def test_dash_bullets_after_a_colon_stay_a_list() -> None:
    text = ("Катар подготовил план перемирия.\nПлан предусматривает:\n— отвод войск от города.\n"
            "— обмен пленными.")
    found = {(s.actor.id, s.relation, s.basis) for s in read(text, "ru")}
    assert ("qatar", "proposes", "list") in found


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Створення митної комісії було підтримано Беніном."),
        ("uk", "Скасування мит на какао було відхилено Беніном."),
    ],
)
def test_the_uk_impersonal_passive_has_its_agent(lang, text) -> None:
    """ "було відхилено Беніном": the impersonal "-но" form is a passive; the agent holds it."""
    assert {s.actor.id for s in read(text, lang)} == {"benin"}


YES_NO = [
    ("uk", "Інтерв'ю з головним переговірником Вірменії\n\n— Чи погодиться Єреван передати Азербайджану ще чотири села?"
           "\n\n— Ні. Ми готові продовжувати делімітацію.\n\n— Чи готова Вірменія відкрити кордон з Туреччиною?\n\n— Так.",
     {("armenia", "rejects", "передати Азербайджану ще чотири села"), ("armenia", "proposes", "відкрити кордон з Туреччиною")}),
    ("ru", "Интервью с главным переговорщиком Армении\n\n— Согласится ли Ереван передать Азербайджану еще четыре села?"
           "\n\n— Нет.\n\n— Готова ли Армения открыть границу с Турцией?\n\n— Да, но только после ратификации протоколов.",
     {("armenia", "rejects", "передать Азербайджану еще четыре села"), ("armenia", "proposes", "открыть границу с Турцией")}),
    ("en", "Interview: Armenia's chief negotiator\n\n— Will Yerevan agree to hand over four more villages to Azerbaijan?"
           "\n\n— No.\n\n— Is Armenia ready to open the border with Turkey?\n\n— Yes.",
     {("armenia", "rejects", "hand over four more villages to Azerbaijan"), ("armenia", "proposes", "open the border with Turkey")}),
    # a question about a third party answered by the interviewee is a forecast
    ("en", "Interview: Armenia's chief negotiator\n\n— Will Baku agree to a peace treaty this year?\n\n— No, I do not think so.",
     set()),
]


@pytest.mark.parametrize("lang,text,expected", YES_NO, ids=[f"{c[0]}-{n}" for n, c in enumerate(YES_NO)])
def test_a_yes_or_no_answers_a_question_about_the_interviewees_side(lang, text, expected) -> None:
    article = Article(id="t", text=text, lang=lang, title=text.split("\n")[0])
    answered = {(s.actor.id, s.relation, s.item.label) for s in extract_article(article) if s.basis == "answer"}
    assert answered == expected
