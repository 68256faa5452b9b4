"""Item labels that read true: the shapes of a wrong item (MEANING.md, verdict "item").

Each case is a sentence written for these tests (uk, ru, en) and the label its line must
carry, or a fragment no line may carry:

- a preposition read as one: "залучити до переговорів X" is the involving, not the talks;
- a lexicon pattern split by a noun with "about" after it ("звіт про запаси урану");
- "agreed to discuss X" is the discussing, not X;
- a "must" keeps its subject ("the agreement must enter into force");
- a leading time phrase says when, not what ("до кінця квітня");
- "between X and Y", two objects of one verb, two actions of one head stay one item;
- a new subject pronoun ends a noun cue's item ("... он назвал «шантажом»");
- a reporting verb or a pointer to an earlier offer makes no label.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article


def lines(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(s.actor.label, s.relation, s.item.label) for s in extract_article(Article(id="t", text=text, lang=lang))]


LABELS = [
    # Ukrainian
    ("uk", "Росія відхилила ідею залучити до переговорів країни Балтії.", "rejects", "залучити до переговорів країни Балтії"),
    ("uk", "Туреччина вимагає від Ірану надати інспекторам звіт про запаси урану.", "demands", "надати інспекторам звіт про запаси урану"),
    ("uk", "Китай погодився обговорити скасування мит на сталь.", "accepts", "обговорити скасування мит на сталь"),
    ("uk", "Польща наполягає, що угода має набути чинності вже восени.", "demands", "угода набути чинності вже восени"),
    ("uk", "Франція вимагає, щоб переговори мали відбутися в Женеві.", "demands", "переговори відбутися в Женеві"),
    ("uk", "Профспілка «Горизонт» вимагає від уряду до кінця квітня виплатити борги шахтарям.", "demands", "виплатити борги шахтарям"),
    ("uk", "Україна відкидає будь-який зв'язок між гуманітарною допомогою та виборами.", "rejects",
     "будь-який зв'язок між гуманітарною допомогою та виборами"),
    ("uk", "Німеччина запропонувала посилити роботу центру планування поставок і розподілу допомоги.", "proposes",
     "посилити роботу центру планування поставок і розподілу допомоги"),
    # Russian
    ("ru", "Россия отвергла идею привлечь к переговорам страны Балтии.", "rejects", "привлечь к переговорам страны Балтии"),
    ("ru", "Турция требует от Ирана передать инспекторам отчёт о запасах урана.", "demands", "передать инспекторам отчёт о запасах урана"),
    ("ru", "Китай согласился обсудить отмену пошлин на сталь.", "accepts", "обсудить отмену пошлин на сталь"),
    ("ru", "Польша настаивает, что соглашение должно вступить в силу уже осенью.", "demands", "соглашение вступить в силу уже осенью"),
    ("ru", "Профсоюз «Единство» требует от правительства до конца апреля выплатить долги шахтёрам.", "demands", "выплатить долги шахтёрам"),
    ("ru", "Украина отвергает любую связь между гуманитарной помощью и выборами.", "rejects",
     "любая связь между гуманитарной помощью и выборами"),
    ("ru", "Требование Венгрии о сокращении помощи он назвал «шантажом».", "demands", "сокращение помощи"),
    ("ru", "Германия предложила усилить работу центра планирования поставок и распределения помощи.", "proposes",
     "усилить работу центра планирования поставок и распределения помощи"),
    # English
    ("en", "Russia rejected the idea to involve the Baltic states in the talks.", "rejects", "involve the Baltic states in the talks"),
    ("en", "China agreed to discuss the removal of steel duties.", "accepts", "discuss the removal of steel duties"),
    ("en", "The European Union agreed to discuss a ceasefire monitoring mission.", "accepts", "discuss a ceasefire monitoring mission"),
    ("en", "China said it was ready to discuss lifting sanctions.", "proposes", "discuss lifting sanctions"),
    ("en", "Poland insists that the agreement must enter into force this autumn.", "demands", "agreement enter into force this autumn"),
    ("en", "Ukraine rejects any link between humanitarian aid and elections.", "rejects", "link between humanitarian aid and elections"),
    ("en", "Japan opposed any linkage between fishing quotas and security.", "rejects", "linkage between fishing quotas and security"),
    ("en", "India insists that any deal must include water-sharing guarantees.", "demands", "water-sharing guarantees"),
    # a head noun that is the subject of the clause stays: the outcome needs it
    ("uk", "Ташкент хоче, щоб рішення комісії були обов'язковими.", "demands", "рішення комісії були обов'язковими"),
    ("ru", "Ташкент хочет, чтобы решения комиссии были обязательными.", "demands", "решения комиссии были обязательными"),
    ("en", "Tashkent insists that the decisions of the commission be binding.", "demands",
     "decisions of the commission be binding"),
]


@pytest.mark.parametrize(("lang", "text", "relation", "label"), LABELS, ids=[f"{c[0]}-{n}" for n, c in enumerate(LABELS)])
def test_the_label_is_the_whole_outcome(lang: str, text: str, relation: str, label: str) -> None:
    assert (relation, label) in {(r, item) for _, r, item in lines(text, lang)}


FRAGMENTS = [
    # a lexicon item that only stood in a dependent of the real object
    ("uk", "Туреччина вимагає від Ірану надати інспекторам звіт про запаси урану.", "removal or down-blending of the enriched uranium stockpile"),
    ("ru", "Турция требует от Ирана передать инспекторам отчёт о запасах урана.", "removal or down-blending of the enriched uranium stockpile"),
    # a time phrase cut at its preposition
    ("uk", "Профспілка «Горизонт» вимагає від уряду до кінця квітня виплатити борги шахтарям.", "кінця квітня виплатити борги шахтарям"),
    ("ru", "Профсоюз «Единство» требует от правительства до конца апреля выплатить долги шахтёрам.", "конца апреля выплатить долги шахтёрам"),
    # the second side of "between" or the second action of one head cut off
    ("uk", "Україна відкидає будь-який зв'язок між гуманітарною допомогою та виборами.", "виборами"),
    ("ru", "Германия предложила усилить работу центра планирования поставок и распределения помощи.", "распределения помощи"),
    ("en", "Japan opposed any linkage between fishing quotas and security.", "linkage between fishing quotas"),
    ("en", "Ukraine rejects any link between humanitarian aid and elections.", "elections"),
    # "agreed to discuss" is no agreement to the item
    ("en", "China agreed to discuss the removal of steel duties.", "lowering or lifting tariffs"),
    # the subject of "must" alone, or the talks framing what must happen
    ("en", "India insists that any deal must include water-sharing guarantees.", "deal must"),
    ("uk", "Польща наполягає, що угода має набути чинності вже восени.", "набути чинності вже восени"),
    ("ru", "Польша настаивает, что соглашение должно вступить в силу уже осенью.", "вступить в силу уже осенью"),
    # whose proposal it was, not what it proposed
    ("uk", "Профспілка «Єдність» відкинула пропозицію компанії.", "компанії"),
    ("ru", "Профсоюз «Единство» отверг предложение компании.", "компании"),
    ("uk", "Профспілка «Єдність» відкинула вимоги керівництва.", "керівництва"),
    ("ru", "Фермеры отвергли условия правительства.", "правительства"),
    # which demand, not what it asks; a "what" clause
    ("en", "Jakarta accepted a long-standing EU demand.", "long-standing EU demand"),
    ("en", "Indonesia rejected what it called a long-standing EU demand.", "what it called a long-standing EU demand"),
]


@pytest.mark.parametrize(("lang", "text", "fragment"), FRAGMENTS, ids=[f"{c[0]}-{n}" for n, c in enumerate(FRAGMENTS)])
def test_no_line_carries_the_fragment(lang: str, text: str, fragment: str) -> None:
    assert fragment not in {item for _, _, item in lines(text, lang)}


NO_LABEL = [
    # the reporting clause of an offer, or "such a commitment" named elsewhere
    ("uk", "Прем'єр Словаччини назвав цю пропозицію «провокацією» і відхилив її.", "назвав"),
    ("ru", "Премьер Словакии назвал это предложение «провокацией» и отклонил его.", "назвал"),
    ("en", "Turkey is ready to accept this proposal only for the Black Sea ports.", "this proposal"),
    ("uk", "Туреччина готова прийняти цю пропозицію лише щодо чорноморських портів.", "цю пропозицію"),
    ("ru", "Турция готова принять такое предложение только в отношении черноморских портов.", "такое предложение"),
    # a new subject and verb end a noun cue's item
    ("uk", "Вимогу Польщі про закриття кордону він назвав «неприйнятною».", "він назвав"),
    ("ru", "Требование Венгрии о сокращении помощи он назвал «шантажом».", "он назвал"),
]


@pytest.mark.parametrize(("lang", "text", "word"), NO_LABEL, ids=[f"{c[0]}-{n}" for n, c in enumerate(NO_LABEL)])
def test_a_reporting_clause_or_a_pointer_makes_no_label(lang: str, text: str, word: str) -> None:
    assert not any(word in item for _, _, item in lines(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("uk", "Україна вимагає, щоб її оцінювали за тими самими критеріями, що й інших кандидатів.",
         "її оцінювали за тими самими критеріями, що й інших кандидатів"),
        ("ru", "Молдова требует, чтобы ее оценивали по тем же самым критериям, что и других кандидатов.",
         "ее оценивали по тем же самым критериям, что и других кандидатов"),
        ("en", "Serbia demands equal treatment under those same criteria.", "equal treatment under those same criteria"),
    ],
)
def test_a_comparison_is_no_open_reference(lang: str, text: str, label: str) -> None:
    assert label in {item for _, _, item in lines(text, lang)}
