"""Lines that read true (codebook rule 9, issue "every line reads true").

A statement is read as `<actor> <relation> <item label>`. These sentences, written for
the tests in Ukrainian, Russian and English, check the three ways that line can say
the opposite of the text or nothing at all:

- direction: a complement that gives up, postpones, lifts, bans or halts something is
  the item's contrary, or the positive item with the stance turned;
- negation scope: a «не» inside an "until" clause negates nothing;
- labels: a new item's label is an outcome, never a fragment, a name or a condition.

Each direction case lists the acceptable readings as (relation, item id) sets: either
the contrary item with the stated relation or, where the codebook allows it (rule 1),
the positive item with the stance turned.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from graph.extract import extract_article
from graph.extract.lexicon import contrary_of
from graph.models import Article


def readings(text: str, lang: str) -> set[tuple[str, str]]:
    return {(s.relation, s.item.id) for s in extract_article(Article(id="t", text=text, lang=lang))}


def labels(text: str, lang: str) -> list[str]:
    return [s.item.label for s in extract_article(Article(id="t", text=text, lang=lang))]


@dataclass(frozen=True)
class Direction:
    lang: str
    text: str
    relation: str  # the relation the sentence states toward the item as worded
    positive: str  # the positive item the words name
    reversed: bool  # the words reverse it (give up, lift, halt ...)


def acceptable(case: Direction) -> list[set[tuple[str, str]]]:
    """The readings that are true of the case: the item as worded, or, for a reversal,
    its contrary with the same relation or the positive item with the stance turned."""
    if not case.reversed:
        return [{(case.relation, case.positive)}]
    contrary = contrary_of(case.positive)
    out = []
    if contrary:
        out.append({(case.relation, contrary)})
    if case.relation in ("demands", "proposes"):
        out.append({("rejects", case.positive)})
    return out


DIRECTIONS = [
    # Ukrainian
    Direction("uk", "Москва вимагає, щоб Київ відмовився від вступу до НАТО.", "demands", "ukraine-nato-membership", True),
    Direction("uk", "Київ наполягає на вступі України до НАТО.", "demands", "ukraine-nato-membership", False),
    Direction("uk", "Єврокомісія готова скасувати мита на американські автомобілі.", "proposes", "tariffs", True),
    Direction("uk", "Брюссель вимагає, щоб Вашингтон зняв мита на сталь.", "demands", "tariffs", True),
    Direction("uk", "Угорщина вимагає зняття санкцій з російських банків.", "demands", "sanctions", True),
    Direction("uk", "Польща виступає проти послаблення санкцій.", "rejects", "sanctions", True),
    Direction("uk", "Профспілка шахтарів «Горизонт» погрожує розпочати страйк.", "proposes", "strike-action", False),
    Direction("uk", "Профспілка шахтарів «Горизонт» погодилася припинити страйк.", "accepts", "strike-action", True),
    Direction("uk", "Кремль вимагає припинити постачання західної зброї Україні.", "demands", "military-aid-to-ukraine", True),
    Direction("uk", "Згідно з планом Келлога, США заблокують членство України в НАТО назавжди.", "proposes", "ukraine-nato-membership", True),
    Direction("uk", "Іран відмовляється припинити збагачення урану.", "rejects", "iran-uranium-enrichment", True),
    # Russian
    Direction("ru", "Москва требует, чтобы Киев отказался от вступления в НАТО.", "demands", "ukraine-nato-membership", True),
    Direction("ru", "Брюссель предложил отменить пошлины на промышленные товары.", "proposes", "tariffs", True),
    Direction("ru", "Вашингтон отказался снимать пошлины на сталь.", "rejects", "tariffs", True),
    Direction("ru", "Словакия требует снятия санкций с российского газа.", "demands", "sanctions", True),
    Direction("ru", "Литва выступает против ослабления санкций.", "rejects", "sanctions", True),
    Direction("ru", "Профсоюз горняков «Единство» пригрозил начать забастовку.", "proposes", "strike-action", False),
    Direction("ru", "Профсоюз горняков «Единство» согласился прекратить забастовку.", "accepts", "strike-action", True),
    Direction("ru", "Россия требует прекратить поставки западного оружия Украине.", "demands", "military-aid-to-ukraine", True),
    Direction("ru", "Согласно плану Келлога, Украина навсегда откажется от вступления в НАТО.", "proposes", "ukraine-nato-membership", True),
    Direction("ru", "Иран отказывается прекратить обогащение урана.", "rejects", "iran-uranium-enrichment", True),
    Direction("ru", "Киев настаивает на вступлении Украины в НАТО.", "demands", "ukraine-nato-membership", False),
    # English
    Direction("en", "Moscow demands that Kyiv give up its bid to join NATO.", "demands", "ukraine-nato-membership", True),
    Direction("en", "The European Commission offered to scrap tariffs on American cars.", "proposes", "tariffs", True),
    Direction("en", "Washington refused to lift the tariffs on European steel.", "rejects", "tariffs", True),
    Direction("en", "Hungary wants the sanctions on Russian banks lifted.", "demands", "sanctions", True),
    Direction("en", "Lithuania opposes any easing of sanctions.", "rejects", "sanctions", True),
    Direction("en", "The Harbour Workers Union threatened a walkout.", "proposes", "strike-action", False),
    Direction("en", "The Harbour Workers Union agreed to call off the strike.", "accepts", "strike-action", True),
    Direction("en", "Russia demands a halt to Western arms supplies to Ukraine.", "demands", "military-aid-to-ukraine", True),
    Direction("en", "Iran refuses to halt uranium enrichment.", "rejects", "iran-uranium-enrichment", True),
    Direction("en", "Kyiv insists on Ukraine's membership of NATO.", "demands", "ukraine-nato-membership", False),
]


@pytest.mark.parametrize("case", DIRECTIONS, ids=[f"{c.lang}-{n}" for n, c in enumerate(DIRECTIONS)])
def test_a_reversal_reads_as_the_contrary_or_the_turned_stance(case: Direction) -> None:
    found = readings(case.text, case.lang)
    assert found in acceptable(case), f"{case.text!r} read as {sorted(found)}"


def test_direction_cases_number_ten_per_language() -> None:
    for lang in ("uk", "ru", "en"):
        assert sum(1 for c in DIRECTIONS if c.lang == lang and c.reversed) >= 8
        assert sum(1 for c in DIRECTIONS if c.lang == lang) >= 10


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("uk", "Угорщина не підтримає вступ України, доки Київ не гарантує прав угорської меншини.", "гарантує прав"),
        ("ru", "Венгрия будет блокировать переговоры, пока Киев не вернёт права венгерскому меньшинству.", "вернёт права"),
        ("en", "Hungary will block the talks until Kyiv restores the rights of the Hungarian minority.", "restores the rights"),
    ],
)
def test_a_not_inside_an_until_clause_is_no_negation(lang: str, text: str, wanted: str) -> None:
    conditions = [s for s in extract_article(Article(id="t", text=text, lang=lang)) if s.relation == "demands"]
    assert conditions, "the until clause states what the actor demands"
    assert any(wanted in s.item.label for s in conditions)
    assert not any(" не " in f" {s.item.label} " for s in conditions)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Київ відкидає угоду без гарантій безпеки."),
        ("ru", "Киев отвергает соглашение без гарантий безопасности."),
        ("en", "Kyiv rejects a deal without security guarantees."),
    ],
)
def test_a_real_negation_stays_in_the_reading(lang: str, text: str) -> None:
    # Rejecting a deal *without* guarantees is no rejection of the guarantees.
    assert ("rejects", "security-guarantees") not in readings(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Профспілка більше не наполягає на підвищенні зарплат на 40%."),
        ("ru", "Профсоюз больше не настаивает на повышении зарплат на 40%."),
        ("en", "The union no longer insists on a 40% pay rise."),
    ],
)
def test_no_longer_insisting_is_no_demand(lang: str, text: str) -> None:
    assert not any(relation == "demands" for relation, _ in readings(text, lang))


@pytest.mark.parametrize(
    "lang,text,fragment",
    [
        ("uk", "Москва готова погодитися на обмін, якщо Київ передасть їй людей, вивезених на Волинь.", "вивезених на Волинь"),
        ("ru", "Россия готова поддержать рост добычи, но только если Казахстан и Ирак компенсируют перепроизводство.", "Казахстан"),
        ("en", "European leaders said that international borders must not be changed by force.", "be changed by force"),
        ("uk", "Профспілка такий графік відкидає, бо інфляція «з'їсть» перше підвищення.", "бо інфляція «з'їсть» перше підвищення"),
        ("en", "The farm demand was rejected by the Commission, which said food standards were not up for negotiation.", "food standards were"),
        ("ru", "Израиль требует сохранить за собой право наносить удары в случае нарушений.", "нарушений"),
        ("ru", "Куба предложила обменять задержанных туристов на кубинцев, высланных в Мексику, и потребовала снять эмбарго.",
         "высланных в Мексику"),
    ],
)
def test_fragments_are_never_labels(lang: str, text: str, fragment: str) -> None:
    assert fragment not in labels(text, lang)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Україна хоче, щоб партнери посилили санкції, якщо Москва затягуватиме процес."),
        ("ru", "Украина хочет, чтобы партнёры усилили санкции, если Москва будет затягивать процесс."),
        ("en", "Ukraine wants partners to tighten sanctions if Moscow drags out the process."),
    ],
)
def test_the_trigger_of_a_demand_is_not_demanded(lang: str, text: str) -> None:
    found = extract_article(Article(id="t", text=text, lang=lang))
    assert found, "the demand itself is read"
    assert not any("Москва" in s.item.label or "Moscow" in s.item.label for s in found)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Вісім країн так і не погодили обсяг видобутку на січень."),
        ("ru", "Восемь стран так и не согласовали объём добычи на январь."),
    ],
)
def test_a_failure_to_agree_is_no_refusal(lang: str, text: str) -> None:
    assert readings(text, lang) == set()


@pytest.mark.parametrize(
    "lang,text,wrong",
    [
        ("uk", "Вірменія наполягає на повному суверенітеті над маршрутом.", "territorial-integrity"),
        ("en", "Armenia insists on full sovereignty over the route.", "territorial-integrity"),
        ("ru", "Армения настаивает на полном суверенитете над маршрутом.", "territorial-integrity"),
    ],
)
def test_an_item_tied_to_a_party_is_chosen_only_when_the_sentence_names_it(lang: str, text: str, wrong: str) -> None:
    found = readings(text, lang)
    assert found, "the demand is read"
    assert not any(item == wrong for _, item in found)


@pytest.mark.parametrize(
    "lang,text,named",
    [
        ("en", "The Harbour Workers Union walked out on Monday.\nThe union demands a 10% pay rise.", "harbour-workers-union"),
        ("uk", "Профспілка шахтарів «Горизонт» оголосила страйк.\nПрофспілка вимагає підвищення зарплат.", "horyzont-union"),
        ("ru", "Профсоюз горняков «Единство» объявил забастовку.\nПрофсоюз требует повышения зарплат.", "yedinstvo-union"),
    ],
)
def test_a_role_noun_is_the_party_the_article_named(lang: str, text: str, named: str) -> None:
    actors = {s.actor.id for s in extract_article(Article(id="t", text=text, lang=lang))}
    assert actors == {named}


@pytest.mark.parametrize(
    "lang,text,named",
    [
        ("en", "Nurses at Lakeside General Hospital walked out.\nManagement rejected the pay rise.", "lakeside-general-hospital"),
        # The company is named, the union never is: management is the company, the union no line.
        ("en", "Drivers of the Northway Bus Company struck again.\nThe union demands a pay rise.\nManagement refused the pay rise.", "northway-bus-company"),
        ("uk", "Делегація вимагає припинення вогню.", ""),
        ("uk", "Профспілка вимагає підвищення зарплат на 20%.", ""),
        ("ru", "Профсоюз требует повышения зарплат на 15%.", ""),
        ("ru", "Администрация отвергла требование о повышении зарплат.", ""),
        ("en", "The delegation demands a ceasefire.", ""),
    ],
)
def test_a_role_noun_no_article_named_is_no_line(lang: str, text: str, named: str) -> None:
    """ "management", "the union", "делегація" alone name no party (issue 12 point 5):
    a line is shown only when the article tied the role to a name."""
    actors = {s.actor.id for s in extract_article(Article(id="t", text=text, lang=lang))}
    assert actors == ({named} if named else set())


@pytest.mark.parametrize(
    "lang,text,fragment",
    [
        ("uk", "Профспілка лікарів «Пульс» вимагає 26%.", "26%"),
        ("uk", "Україна наполягає на трьох речах.", "трьох речах"),
        ("ru", "Франция требует трёх вещей.", "трёх вещей"),
        ("uk", "Польща, чесно кажучи, відкидає скасування заборони.", "чесно кажучи"),
        ("en", "The union demands changes, including those already agreed in 2023.", "including those already agreed in 2023"),
    ],
)
def test_numbers_things_and_asides_are_no_labels(lang: str, text: str, fragment: str) -> None:
    assert fragment not in labels(text, lang)


@pytest.mark.parametrize(
    "lang,text,label",
    [
        ("en", "The dockers' union demands a 12% raise.\nThe union rejected the port's offer of 4%.", "Dockers' union"),
        ("en", "Chilean miners' unions are holding out for a 20 percent increase.", "Chilean miners' unions"),
        ("uk", "Профспілка шахтарів вимагає підвищення зарплат на 15%.\nПрофспілка відхилила графік виплат.", "Профспілка шахтарів"),
        ("ru", "Профсоюз докеров требует повышения зарплат на 12%.", "Профсоюз докеров"),
        ("ru", "Профсоюзы учителей настаивают на индексации зарплат.", "Профсоюзы учителей"),
    ],
)
def test_a_union_described_by_whom_it_stands_for_is_a_party(lang: str, text: str, label: str) -> None:
    """No name of its own, but "the dockers' union" tells a reader whose position it is;
    "the union" later in the article is the same party."""
    actors = {s.actor.label for s in extract_article(Article(id="t", text=text, lang=lang))}
    assert actors == {label}


@pytest.mark.parametrize(
    "lang,text,actor",
    [
        ("en", "The State Department said Washington was ready to meet.\nSpokesman Tom Reilly rejected the demand for sanctions relief.", "united-states"),
        ("uk", "Держдеп заявив, що Вашингтон готовий до зустрічі.\nРечник Том Рейлі відхилив вимогу про зняття санкцій.", "united-states"),
        ("ru", "Госдеп заявил, что Вашингтон готов к встрече.\nПредставитель Том Рейли отверг требование о снятии санкций.", "united-states"),
        # No title: the person is the actor.
        ("en", "The State Department said Washington was ready to meet.\nTom Reilly rejected the demand for sanctions relief.", "tom-reilly"),
    ],
)
def test_an_unknown_spokesperson_speaks_for_the_party_just_quoted(lang: str, text: str, actor: str) -> None:
    found = {s.actor.id for s in extract_article(Article(id="t", text=text, lang=lang)) if s.relation == "rejects"}
    assert found == {actor}


@pytest.mark.parametrize(
    "lang,text,actor",
    [
        ("uk", "Радники Трампа запропонували заморозити лінію фронту.", "trump-advisers"),
        ("ru", "Советники Трампа предложили заморозить линию фронта.", "trump-advisers"),
        ("en", "Trump's advisers floated a plan to freeze the front line.", "trump-advisers"),
        ("en", "Aides to Macron proposed a European reassurance force.", "macron-advisers"),
        # Officials and representatives speak for their principal (rule 6).
        ("uk", "Представник Трампа запропонував заморозити лінію фронту.", "trump"),
        ("ru", "Представитель Трампа предложил заморозить линию фронта.", "trump"),
    ],
)
def test_a_persons_advisers_are_a_named_group_of_their_own(lang: str, text: str, actor: str) -> None:
    assert {s.actor.id for s in extract_article(Article(id="t", text=text, lang=lang))} == {actor}


@pytest.mark.parametrize(
    "lang,text,words",
    [
        ("en", "France proposed postponing Ukraine's NATO membership by ten years.", "postponing"),
        ("uk", "Франція запропонувала відкласти вступ України до НАТО на десять років.", "відкласти"),
        ("ru", "Франция предложила отложить вступление Украины в НАТО на десять лет.", "отложить"),
    ],
)
def test_a_delay_is_neither_the_item_nor_its_contrary(lang: str, text: str, words: str) -> None:
    """Postponing membership is not renouncing it: the label keeps the text's words, on
    the item's issue, and no stance is turned."""
    found = [(s.relation, s.item.label, s.item.issue) for s in extract_article(Article(id="t", text=text, lang=lang))]
    assert len(found) == 1
    relation, label, issue = found[0]
    assert (relation, issue) == ("proposes", "alliance-membership") and label.startswith(words)


@pytest.mark.parametrize(
    "lang,text,actor",
    [
        ("en", "State Department spokeswoman Meredith Cole rejected sanctions relief.", "united-states"),
        ("uk", "Речниця Держдепартаменту Тамара Гейл відкинула зняття санкцій.", "united-states"),
        ("ru", "Официальный представитель Госдепартамента Мередит Коул отвергла снятие санкций.", "united-states"),
        # A known person keeps their node; a title with a person after it is no body.
        ("uk", "Спеціальний представник Трампа з України Кіт Келлог запропонував мирний план.", "kellogg"),
        ("en", "Trump adviser Jane Doe proposed a truce.", "jane-doe"),
    ],
)
def test_a_spokesperson_of_a_named_body_speaks_for_it(lang: str, text: str, actor: str) -> None:
    assert {s.actor.id for s in extract_article(Article(id="t", text=text, lang=lang))} == {actor}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("ru", "Как считает аналитик Atlantic Council Хосе Гуэрра, Каракас пытается выиграть время до выборов."),
        ("uk", "Як вважає експерт Центру Разумкова Олег Петренко, Київ прагне виграти час."),
        ("ru", "«Без воды Пакистан долго не продержится», — считает аналитик Фарах Назир."),
        ("en", "Caracas wants to buy time until the elections, analyst Jose Guerra believes."),
    ],
)
def test_an_analysts_view_is_no_position_wherever_the_analyst_stands(lang: str, text: str) -> None:
    assert extract_article(Article(id="t", text=text, lang=lang)) == []


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "\"Disarmament is a red line for the movement,\" Hamas official Khalil Mansour said."),
        ("uk", "Роззброєння є червоною лінією для руху, заявив представник ХАМАС."),
        ("ru", "Разоружение неприемлемо для движения, заявил представитель ХАМАС."),
    ],
)
def test_for_whom_a_red_line_holds_is_not_what_is_rejected(lang: str, text: str) -> None:
    assert [(s.actor.id, s.relation, s.item.id) for s in extract_article(Article(id="t", text=text, lang=lang))] == [
        ("hamas", "rejects", "disarmament")]


@pytest.mark.parametrize(
    "lang,text,demanded,refused",
    [
        ("ru", "Индия не возобновит действие договора, пока Пакистан «надежно и бесповоротно» не откажется от поддержки терроризма.",
         "Пакистан «надежно и бесповоротно» откажется от поддержки терроризма", "возобновит действие договора"),
        ("en", "India will not restore the treaty until Pakistan ends support for terrorism.",
         "Pakistan ends support for terrorism", "restore the treaty"),
    ],
)
def test_will_not_until_refuses_now_and_demands_the_condition(lang, text, demanded, refused) -> None:
    """A «не» before the verb of an "until" clause, past a quoted aside, negates nothing; the
    negated main clause is a refusal until then, never an offer."""
    found = {(s.relation, s.item.label) for s in extract_article(Article(id="t", text=text, lang=lang))}
    assert found == {("demands", demanded), ("rejects", refused)}


@pytest.mark.parametrize(
    "lang,text,item",
    [
        ("ru", "Литва предлагает конфисковать замороженные российские активы.", "use-of-frozen-assets-for-ukraine"),
        ("uk", "Литва пропонує конфіскувати заморожені російські активи.", "use-of-frozen-assets-for-ukraine"),
        ("ru", "Венгрия предлагает заморозить активы России бессрочно.", "frozen-assets"),
        ("uk", "Угорщина пропонує заморозити активи Росії безстроково.", "frozen-assets"),
    ],
)
def test_a_participle_describes_the_thing_and_reverses_nothing(lang: str, text: str, item: str) -> None:
    """ "конфісковувати заморожені активи" confiscates assets that are frozen: the
    participle is no act of freezing, and no reversal of the item."""
    assert [(s.relation, s.item.id) for s in extract_article(Article(id="t", text=text, lang=lang))] == [("proposes", item)]


@pytest.mark.parametrize(
    "lang,text,actors",
    [
        ("uk", "Міністерство запропонувало підвищити зарплати вчителям.", {"ukraine"}),
        # Russian-language news covers many states: a bare ministry is nobody's.
        ("ru", "Министерство предложило повысить зарплаты учителям.", set()),
        ("ru", "Казахстан ведет переговоры с профсоюзами.\nМинистерство предложило повысить зарплаты учителям.", {"kazakhstan"}),
    ],
)
def test_a_bare_ministry_belongs_to_the_state_the_article_names(lang: str, text: str, actors: set) -> None:
    assert {s.actor.id for s in extract_article(Article(id="t", text=text, lang=lang))} == actors


@pytest.mark.parametrize(
    "lang,text",
    [
        ("ru", "Позиция Москвы неизменна: Украина должна отказаться от вступления в НАТО."),
        ("uk", "Позиція Москви незмінна: Україна має відмовитися від вступу до НАТО."),
        ("ru", "Россия заявила, что Украина должна отказаться от вступления в НАТО."),
    ],
)
def test_who_must_give_something_up_is_told_to_not_the_holder(lang: str, text: str) -> None:
    """ "Україна має відмовитися від X" is a demand made of Ukraine: the holder is the owner of
    the position framing it or the speaker, never Ukraine; an opinion frame gives nothing."""
    found = [(s.actor.id, s.relation, s.item.id) for s in extract_article(Article(id="t", text=text, lang=lang))]
    assert found == [("russia", "rejects", "ukraine-nato-membership")]


def test_what_a_party_believes_another_must_do_is_its_demand() -> None:
    """A party's belief that another must give something up is its position (the analysts'
    case, rule 7, gives nothing: tests/test_extract_clause_shapes.py)."""
    text = "Москва считает, что Украина должна отказаться от вступления в НАТО."
    found = [(s.actor.id, s.relation, s.item.id) for s in extract_article(Article(id="t", text=text, lang="ru"))]
    assert found == [("russia", "rejects", "ukraine-nato-membership")]


@pytest.mark.parametrize(
    "lang,text,actor,item",
    [
        ("uk", "Позиція Києва залишається незмінною: жодних територіальних поступок.", "ukraine", "territorial concessions"),
        ("ru", "Позиция Киева неизменна: никаких территориальных уступок.", "ukraine", "territorial concessions"),
        ("en", "Benin's position is clear: no quotas on rice.", "benin", "quotas on rice"),
    ],
)
def test_no_x_after_a_stated_position_rejects_x(lang: str, text: str, actor: str, item: str) -> None:
    found = [(s.actor.id, s.relation, s.item.label) for s in extract_article(Article(id="t", text=text, lang=lang))]
    assert found == [(actor, "rejects", item)]
