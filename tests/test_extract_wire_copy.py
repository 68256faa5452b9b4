"""Positions as English wire copy, explainers, live blogs and interviews phrase them.

Cue words of news English (lexicons/en/cues.yaml): "balked at", "vowed to", "tabled",
"voted down", "pushed back against", "called on X to", "refused to budge from its
demand for X" and "will not back down on X" (X is held, not refused).

Rules, each with its codebook rule:
- a second verb after a referring object ("rejected the demand and insisted that X")
  is read (section 7: several positions in one sentence);
- a relative clause of a rejected or accepted plan ("rejected the package, which
  offered X") takes the relation of the verb whose object the plan is (rule 4);
- "until 2028" is a time, not a condition (rule 3);
- an item may open with an amount ("at least $1.3 trillion") or be a phrasal verb
  ("urged the ministry to step in"), and a share after a comma ("…, most of it") is
  no part of it (rule 9);
- a demand noun's holder is the speaker of a reporting tail (", he added"), not the
  party named inside the demanded subject (rules 5-6);
- "the company" never stands for the union the article named (rule 6);
- a transcribed interview ("Q: … / A: …", "Питання: / Відповідь:", "Вопрос: / Ответ:"):
  a question states nothing, an answer is a quote of the interviewee the title names;
- blocking a road or an entrance is an event, not a refusal (rule 7); so are troops
  pushing back fighters and talks that end without agreement.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article, Statement


def read(text: str, lang: str, title: str = "") -> list[Statement]:
    if title:
        text = f"{title}\n\n{text}"
    return extract_article(Article(id="t", text=text, lang=lang, title=title))


def lines(found: list[Statement]) -> set[tuple[str, str, str]]:
    return {(s.actor.id, s.relation, s.item.issue) for s in found}


def holds(found: list[Statement], actor: str, relation: str, words: str = "") -> bool:
    return any(
        s.actor.id == actor and s.relation == relation and words.lower() in s.item.label.lower() for s in found
    )


@pytest.mark.parametrize(
    "text, actor, relation, words",
    [
        ("Russia balked at the plan for a ceasefire.", "russia", "rejects", "ceasefire"),
        ("China balked at the demand to cut steel output.", "china", "rejects", "cuts"),
        ("Beijing vowed to retaliate against the new tariffs.", "china", "proposes", "retaliate"),
        ("Colombia vowed to fund the return of displaced families.", "colombia", "proposes", "return of displaced"),
        ("Qatar has tabled a six-week truce.", "qatar", "proposes", "truce"),
        ("Kenya tabled a joint border commission.", "kenya", "proposes", "border commission"),
        ("Ethiopia's parliament voted down a motion to suspend trade with Sudan.", "ethiopia", "rejects", "suspend trade"),
        ("Brazil pushed back against the proposal for a carbon tax.", "brazil", "rejects", "carbon tax"),
        ("Colombia called on the rebels to declare a truce.", "colombia", "demands", "ceasefire"),
        ("Egypt called on Israel to reopen the Rafah crossing.", "egypt", "demands", "rafah"),
        ("Hamas refused to budge from its demand for a full withdrawal.", "hamas", "demands", "withdrawal"),
        ("The IAM will not back down on its pay claim.", "iam", "demands", "pay claim"),
    ],
)
def test_wire_copy_cue_words(text: str, actor: str, relation: str, words: str) -> None:
    assert holds(read(text, "en"), actor, relation, words)


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Hamas refused to budge from its demand for a full withdrawal.", "hamas"),
        ("The IAM will not back down on its pay claim.", "iam"),
    ],
)
def test_holding_out_is_no_refusal(text: str, actor: str) -> None:
    # "will not back down on X", "refused to budge from X": X is held; nothing is refused.
    assert not holds(read(text, "en"), actor, "rejects")


def test_called_on_a_day_is_no_addressee() -> None:
    # "called on Monday for X": the date is no party asked to act.
    assert not any(s.relation == "demands" for s in read("Russia called on Monday for a ceasefire.", "en"))


@pytest.mark.parametrize(
    "text, lang, actor, relation, words",
    [
        ("Sudan rejected the proposal and demanded a new boundary commission.", "en", "sudan", "demands", "boundary commission"),
        ("Sudan rejected the demand and insisted that the boundary be demarcated.", "en", "sudan", "demands", "demarcated"),
        ("Hamas rejected the offer and insisted on a full withdrawal from Gaza.", "en", "hamas", "demands", "withdrawal"),
        ("Ethiopia accepted the proposal but said Sudan would have to pull back its forces first.", "en", "ethiopia", "demands", "pull back"),
        ("Судан відхилив пропозицію і зажадав нової прикордонної комісії.", "uk", "sudan", "demands", "комісії"),
        ("Судан отверг предложение и потребовал новой пограничной комиссии.", "ru", "sudan", "demands", "комиссия"),
    ],
)
def test_second_verb_after_a_referring_object(text: str, lang: str, actor: str, relation: str, words: str) -> None:
    assert holds(read(text, lang), actor, relation, words)


def test_boundary_demarcation_is_territory() -> None:
    found = read("Sudan insisted that the boundary be demarcated on the ground.", "en")
    assert ("sudan", "demands", "territory") in lines(found)


@pytest.mark.parametrize(
    "text, lang, actor, relation, issue",
    [
        ("The RSWU said members rejected the package, which offered a 4 percent pay rise this year.", "en", "rswu", "rejects", "economic"),
        ("Hamas rejected the plan, which proposed a six-week truce.", "en", "hamas", "rejects", "ceasefire"),
        ("Hamas accepted the proposal, which offered a six-week truce.", "en", "hamas", "accepts", "ceasefire"),
        ("The IAM rejected Boeing's final offer, which included a 30 percent raise over four years.", "en", "iam", "rejects", "other"),
        ("Хамас відкинув план, який пропонував шеститижневе перемир'я.", "uk", "hamas", "rejects", "ceasefire"),
        ("ХАМАС отверг план, который предлагал шестинедельное перемирие.", "ru", "hamas", "rejects", "ceasefire"),
    ],
)
def test_relative_clause_of_a_plan_takes_its_readers_relation(
    text: str, lang: str, actor: str, relation: str, issue: str
) -> None:
    found = read(text, lang)
    assert (actor, relation, issue) in lines(found)
    assert not any(s.actor.id == actor and s.relation == "proposes" for s in found)


def test_until_a_date_is_no_condition() -> None:
    found = read(
        "Alan Moss said Kestrel would guarantee no compulsory redundancies until 2028 if the union called off the strike.",
        "en",
    )
    assert holds(found, "alan-moss", "proposes", "redundancies until 2028")
    assert holds(found, "alan-moss", "demands", "strike")
    assert not any("2028" == s.item.label for s in found)


def test_until_a_month_keeps_the_later_condition() -> None:
    found = read("Russia offered a ceasefire until the end of March if Ukraine halts strikes on refineries.", "en")
    assert holds(found, "russia", "proposes", "ceasefire")
    assert holds(found, "russia", "demands", "refineries")


def test_until_a_clause_is_still_a_condition() -> None:
    found = read("Israel will not withdraw until Hamas releases the hostages.", "en")
    assert ("israel", "demands", "hostages") in lines(found)


@pytest.mark.parametrize(
    "text, actor, relation, words",
    [
        ("The G77 has called for at least 1.3 trillion dollars a year.", "g77", "proposes", "at least 1.3 trillion"),
        ("The IAM offered up to 5 percent.", "iam", "proposes", "up to 5 percent"),
        ("The G77 bloc has called for at least 1.3 trillion dollars a year by 2035, most of it as grants.", "g77", "proposes", "1.3 trillion dollars a year by 2035"),
        ("Priya Nair urged Russia to step in.", "priya-nair", "demands", "step in"),
        ("Russia urged Ukraine to stand down.", "russia", "demands", "stand down"),
    ],
)
def test_amounts_and_phrasal_verbs_are_items(text: str, actor: str, relation: str, words: str) -> None:
    assert holds(read(text, "en"), actor, relation, words)


def test_share_after_a_comma_is_no_part_of_the_item() -> None:
    found = read("The G77 bloc has called for at least 1.3 trillion dollars a year by 2035, most of it as grants.", "en")
    assert not any("most of it" in s.item.label for s in found)


@pytest.mark.parametrize(
    "text, actor",
    [
        ('Ivan Velasquez rejected a truce. Disarmament of the ELN "remains a precondition for any amnesty", he added.', "ivan-velasquez"),
        ("Disarmament of Hamas remains a precondition for any deal, Netanyahu said.", "netanyahu"),
        ("A withdrawal of Russian troops is a precondition for talks, Zelensky said.", "zelensky"),
    ],
)
def test_demand_noun_held_by_the_tail_speaker(text: str, actor: str) -> None:
    demands = [s for s in read(text, "en") if s.relation == "demands"]
    assert demands and all(s.actor.id == actor for s in demands)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("«Роззброєння ХАМАС залишається передумовою будь-якої угоди», — заявив Нетаньягу.", "uk"),
        ("«Разоружение ХАМАС остается предварительным условием любой сделки», — заявил Нетаньяху.", "ru"),
    ],
)
def test_demand_noun_in_a_quote_keeps_its_speaker(text: str, lang: str) -> None:
    assert holds(read(text, lang), "netanyahu", "demands")


def test_the_company_is_not_the_union() -> None:
    found = read(
        "The Rail Signal Workers Union said members rejected the package. "
        "He said the company would guarantee no compulsory redundancies.",
        "en",
    )
    assert not any(s.relation == "proposes" and "union" in s.actor.id for s in found)


@pytest.mark.parametrize(
    "title, text, lang, actor, expected",
    [
        (
            "Interview: Sergei Lavrov on the talks",
            "Q: What does Russia want?\nA: We demand the lifting of sanctions.\n\nQ: And a truce?\nA: We reject a temporary truce.",
            "en",
            "lavrov",
            {("demands", "sanctions"), ("rejects", "ceasefire")},
        ),
        (
            "Інтерв'ю: Андрій Сибіга про переговори",
            "Питання: Чого вимагає Україна?\nВідповідь: Ми вимагаємо повного припинення вогню.\n\n"
            "Питання: А територіальні поступки?\nВідповідь: Ми відкидаємо будь-які територіальні поступки.",
            "uk",
            "sybiha",
            {("demands", "ceasefire"), ("rejects", "territory")},
        ),
        (
            "Интервью: Сергей Лавров о переговорах",
            "Вопрос: Чего добивается Россия?\nОтвет: Мы требуем отмены санкций.\n\n"
            "Вопрос: А перемирие?\nОтвет: Мы отвергаем временное перемирие.",
            "ru",
            "lavrov",
            {("demands", "sanctions"), ("rejects", "ceasefire")},
        ),
    ],
)
def test_interview_answers_are_the_interviewees(title: str, text: str, lang: str, actor: str, expected: set) -> None:
    found = read(text, lang, title)
    assert {(s.relation, s.item.issue) for s in found if s.actor.id == actor} == expected


def test_interviewers_statement_states_nothing() -> None:
    found = read(
        "Q: Russia demands a ceasefire first. Will you agree?\nA: We reject a temporary truce.\n\n"
        "Q: And talks?\nA: We propose talks in Geneva.",
        "en",
        "Interview: Andrii Sybiha on the talks",
    )
    assert not holds(found, "russia", "demands")
    assert holds(found, "sybiha", "proposes", "talks")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The RSWU blocked the entrance.", "en"),
        ("Hamas blocked the road to the crossing.", "en"),
        ("Farmers from the IAM blocked the main highway.", "en"),
        ("Хамас заблокував дорогу до переходу.", "uk"),
        ("Профспілка IAM заблокувала вхід до заводу.", "uk"),
        ("ХАМАС заблокировал дорогу к переходу.", "ru"),
        ("Профсоюз IAM заблокировал вход на завод.", "ru"),
    ],
)
def test_blocking_a_place_is_an_event(text: str, lang: str) -> None:
    assert read(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, actor, words",
    [
        ("Israel blocked aid deliveries to Gaza.", "en", "israel", "aid deliveries"),
        ("Угорщина заблокувала рішення ЄС.", "uk", "hungary", "рішення"),
    ],
)
def test_blocking_an_outcome_is_still_a_refusal(text: str, lang: str, actor: str, words: str) -> None:
    assert holds(read(text, lang), actor, "rejects", words)


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese troops pushed back an Ethiopian militia near Gedaref.",
        "Israeli troops pushed back Hamas fighters near Rafah.",
        "Soldiers pushed back a convoy of journalists at a checkpoint near the border.",
        "Protesters were rejected by police at the gate.",
        "Talks between Kenya and Ethiopia ended without agreement late on Monday.",
    ],
)
def test_physical_events_and_outcomes_are_no_positions(text: str) -> None:
    assert read(text, "en") == []


def test_accepting_the_owners_proposal_refers_back() -> None:
    # "accepted the AU proposal": the AU's proposal two sentences back (rule 4), and the
    # "would have to" after "but said" is Ethiopia's, not the AU's.
    found = read(
        "The African Union proposed a joint border commission chaired by Kenya.\n\n"
        "Kenya said it was willing to host the commission in Nairobi.\n\n"
        "Ethiopia accepted the AU proposal in principle but said Sudanese forces would have to pull back first.",
        "en",
    )
    assert holds(found, "ethiopia", "accepts", "border commission")
    assert holds(found, "ethiopia", "demands", "pull back")
    assert not holds(found, "african-union", "demands")


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Ethiopian lawmakers voted down a motion to suspend trade with Sudan.", "ethiopia"),
        ("Kenyan legislators rejected the tariff plan.", "kenya"),
    ],
)
def test_lawmakers_are_their_states_parliament(text: str, actor: str) -> None:
    assert holds(read(text, "en"), actor, "rejects")


def test_opposition_lawmakers_are_no_state() -> None:
    assert not any(s.actor.type == "state" for s in read("In Jakarta, opposition lawmakers vowed to block ratification.", "en"))


@pytest.mark.parametrize(
    "text, lang, first, second",
    [
        (
            "Under the deal, Indonesia will scrap duties on European cars within five years, "
            "while the EU will open its market to Indonesian palm oil.",
            "en", ("indonesia", "sanctions"), ("european-union", "economic"),
        ),
        (
            "Under the deal, Hamas will free 20 hostages and Israel will release 600 prisoners.",
            "en", ("hamas", "hostages"), ("israel", "humanitarian"),
        ),
        (
            "За угодою, Індонезія скасує мита на європейські автомобілі, а ЄС відкриє ринок для пальмової олії.",
            "uk", ("indonesia", "sanctions"), ("european-union", "economic"),
        ),
        (
            "По соглашению, Индонезия отменит пошлины на европейские автомобили, а ЕС откроет рынок для пальмового масла.",
            "ru", ("indonesia", "sanctions"), ("european-union", "economic"),
        ),
    ],
)
def test_terms_of_an_agreed_deal_are_each_partys(text: str, lang: str, first: tuple, second: tuple) -> None:
    # a deal made: each party accepts the terms it undertook (section 7)
    found = {(s.actor.id, s.item.issue) for s in read(text, lang) if s.relation == "accepts"}
    assert first in found and second in found
    assert len({actor for actor, _ in found}) == 2


def test_terms_of_a_plan_stay_its_authors() -> None:
    found = read("Under the US plan, Russia would keep Crimea.", "en")
    assert holds(found, "united-states", "proposes", "crimea")
    assert not any(s.actor.id == "russia" for s in found)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Talks between the Colombian government and the ELN resumed in Caracas. Both delegations signed off on a prisoner exchange.", "en"),
        ("Talks between Colombia and the ELN resumed. Both sides agreed to a prisoner exchange.", "en"),
        ("Переговори між Колумбією та ELN відновилися. Обидві делегації погодили обмін полоненими.", "uk"),
    ],
)
def test_a_state_and_its_rebels_are_the_two_sides(text: str, lang: str) -> None:
    # "Colombia and the ELN": the rebel group is a side of its own, though it belongs to the
    # state; "both delegations" is that pair, not a delegation nobody named (section 7).
    found = read(text, lang)
    assert holds(found, "colombia", "accepts") and holds(found, "eln", "accepts")


@pytest.mark.parametrize(
    "text",
    [
        "Hungary vowed to make no concessions on the gas price.",
        "Hungary pledged to make no concessions on the gas price.",
    ],
)
def test_a_pledge_of_no_concessions_is_a_refusal(text: str) -> None:
    found = read(text, "en")
    assert holds(found, "hungary", "rejects", "concessions on the gas price")
    assert not any(s.relation == "proposes" for s in found)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Talks between Colombia and the ELN resumed. Norway and Cuba urged both sides to keep talking. "
         "Both delegations signed off on a prisoner exchange.", "en"),
        ("Переговори між Колумбією та ELN відновилися. Норвегія і Куба закликали обидві сторони продовжити переговори. "
         "Обидві делегації погодили обмін полоненими.", "uk"),
        ("Переговоры между Колумбией и ELN возобновились. Норвегия и Куба призвали обе стороны продолжить переговоры. "
         "Обе делегации согласовали обмен пленными.", "ru"),
    ],
)
def test_parties_that_address_both_sides_are_not_the_sides(text: str, lang: str) -> None:
    found = read(text, lang)
    accepting = {s.actor.id for s in found if s.relation == "accepts"}
    assert {"colombia", "eln"} <= accepting and not accepting & {"norway", "cuba"}


def test_addressee_of_a_phrasal_verb_stays_in_the_item() -> None:
    found = read("Priya Nair urged the transport ministry to step in and called for an independent review.", "en")
    assert holds(found, "priya-nair", "demands", "ministry to step in")
    assert holds(found, "priya-nair", "proposes", "independent review")


def test_meeting_again_is_about_talks() -> None:
    assert ("kenya", "accepts", "negotiations") in lines(read("Kenya and Ethiopia agreed to meet again next week.", "en"))


@pytest.mark.parametrize(
    "text, actor, issue",
    [
        ("Aureliano Rojas says a bilateral ceasefire is possible only if the army halts operations in Arauca province.", "aureliano-rojas", "ceasefire"),
        ("The IAM demanded that Boeing halt operations at the Everett plant.", "iam", "other"),
    ],
)
def test_an_army_halting_operations_is_a_ceasefire(text: str, actor: str, issue: str) -> None:
    # "halt" is a ceasefire word only beside a word of war: the army's operations, not a plant's.
    assert (actor, "demands", issue) in lines(read(text, "en"))


def test_the_european_union_is_no_labour_union() -> None:
    found = read(
        "The European Union and Indonesia agreed to cut tariffs. "
        "In Jakarta, the palm oil growers' association endorsed the pact.",
        "en",
    )
    endorsing = {s.actor.id for s in found if s.sentence.startswith("In Jakarta")}
    assert endorsing and "european-union" not in endorsing


@pytest.mark.parametrize(
    "text, actor, relation, words",
    [
        ("Hamas has been adamant that any ceasefire deal must lead to a full Israeli withdrawal.", "hamas", "demands", "withdrawal"),
        ("China staked a claim to the disputed islands.", "china", "demands", "disputed islands"),
        ("The IAM gave in to Boeing's offer of a 30 percent raise.", "iam", "accepts", "30 percent raise"),
        ("Russia was not willing to give in to the demand for a ceasefire.", "russia", "rejects", "ceasefire"),
    ],
)
def test_more_wire_copy_cue_phrases(text: str, actor: str, relation: str, words: str) -> None:
    assert holds(read(text, "en"), actor, relation, words)


@pytest.mark.parametrize(
    "text",
    [
        "Nepal's Congress party has staked its claim for eight ministries.",
        "The Congress party rejected the offer.",
    ],
)
def test_a_party_named_like_a_known_body_is_not_that_body(text: str) -> None:
    assert not any(s.actor.id == "us-congress" for s in read(text, "en"))


def test_the_known_body_alone_is_still_itself() -> None:
    assert holds(read("Congress rejected the tariff plan.", "en"), "us-congress", "rejects")


@pytest.mark.parametrize(
    "text, actor, relation, issue",
    [
        ("Alan Moss said the airline would guarantee no compulsory redundancies until 2028 if the pilots end the strike.", "alan-moss", "proposes", "economic"),
        ("Kyiv wants a guarantee against a new Russian attack.", "ukraine", "demands", "security-guarantees"),
        ("Britain offered a guarantee for Ukraine.", "united-kingdom", "proposes", "security-guarantees"),
    ],
)
def test_a_guarantee_is_about_security_only_beside_a_word_of_it(text: str, actor: str, relation: str, issue: str) -> None:
    assert (actor, relation, issue) in lines(read(text, "en"))


def test_an_independent_review_is_no_political_status() -> None:
    found = read("Priya Nair called for an independent review of the ticket office closures.", "en")
    assert ("priya-nair", "proposes", "other") in lines(found)
    assert ("serbia", "rejects", "political-status") in lines(read("Serbia rejected Kosovo's independence.", "en"))
