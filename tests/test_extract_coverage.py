"""Canonical items fit their context (issue 12, point 4).

When the text names more than the lexicon item — a kind of it ("the steel duties", "a
phased rise"), its topic ("talks about the status of X"), a participle ("prisoners
convicted of ..."), a company or place that is no party ("sanctions on the company X"),
a duration ("a 45-day ceasefire"), or a noun the matched adjective only qualifies
("доступ гуманітарних конвоїв") — the line keeps the text's own words (with the
lexicon item's issue), or takes a narrower lexicon item where one exists. Words of
manner, degree and time ("immediate", "temporary", "on Tuesday"), determiners and the
parties themselves leave the lexicon item in place.

These sentences are written for the tests, in Ukrainian, Russian and English.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article


def statements(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    return [
        (s.relation, s.item.id, s.item.label, s.item.issue)
        for s in extract_article(Article(id="t", text=text, lang=lang))
    ]


# (lang, text, relation, words the label must hold, wide lexicon ids that must not come out, issue)
NARROWED = [
    # English
    ("en", "The European Commission rejected the lifting of the aluminium duties.", "rejects",
     "aluminium duties", {"tariffs", "tariff-reduction"}, "sanctions"),
    ("en", "Japan demanded the removal of the rice tariffs.", "demands",
     "rice tariffs", {"tariffs", "tariff-reduction"}, "sanctions"),
    ("en", "Turkey rejected any talks about the status of Cyprus.", "rejects",
     "talks about the status of Cyprus", {"talks"}, "negotiations"),
    ("en", "Ukraine refused to release prisoners convicted of terrorism.", "rejects",
     "prisoners convicted of terrorism", {"prisoner-release", "prisoner-exchange"}, None),
    ("en", "The United States proposed lifting sanctions on the shipping firm Sovcomflot.", "proposes",
     "Sovcomflot", {"sanctions-relief"}, "sanctions"),
    ("en", "Azerbaijan proposed a 45-day ceasefire.", "proposes",
     "45-day ceasefire", {"ceasefire"}, "ceasefire"),
    # Ukrainian
    ("uk", "Польща відхилила поетапне скасування мит.", "rejects",
     "поетапне скасування мит", {"tariffs", "tariff-reduction"}, "sanctions"),
    ("uk", "Угорщина виключила будь-які переговори про статус Закарпаття.", "rejects",
     "переговори про статус Закарпаття", {"talks"}, "negotiations"),
    ("uk", "Росія вимагає зняти санкції з компанії Аерофлот.", "demands",
     "Аерофлот", {"sanctions-relief"}, "sanctions"),
    ("uk", "Ізраїль відкинув триденне перемир'я.", "rejects",
     "триденне перемир'я", {"ceasefire"}, "ceasefire"),
    ("uk", "Туреччина запропонувала обмін полоненими, засудженими за тероризм.", "proposes",
     "засудженими за тероризм", {"prisoner-exchange", "prisoner-release"}, None),
    ("uk", "Молдова запропонувала перемир'я на три дні.", "proposes",
     "на три дні", {"ceasefire"}, "ceasefire"),
    ("uk", "Червоний Хрест вимагає доступу гуманітарних конвоїв до Маріуполя.", "demands",
     "доступ гуманітарних конвоїв", {"humanitarian-issues"}, "humanitarian"),  # the pattern names a modifier
    # Russian
    ("ru", "ООН требует доступа гуманитарных конвоев в Алеппо.", "demands",
     "доступ гуманитарных конвоев", {"humanitarian-issues"}, "humanitarian"),
    ("ru", "Польша отвергла поэтапное снятие пошлин.", "rejects",
     "поэтапное снятие пошлин", {"tariffs", "tariff-reduction"}, "sanctions"),
    ("ru", "Армения исключила любые переговоры о статусе Карабаха.", "rejects",
     "переговоры о статусе Карабаха", {"talks"}, "negotiations"),
    ("ru", "Израиль предложил прекращение огня на 60 дней.", "proposes",
     "на 60 дней", {"ceasefire"}, "ceasefire"),
    ("ru", "Венесуэла требует снять санкции с компании Citgo.", "demands",
     "Citgo", {"sanctions-relief"}, "sanctions"),
    ("ru", "Россия отвергла трёхдневное перемирие.", "rejects",
     "трёхдневное перемирие", {"ceasefire"}, "ceasefire"),
    ("ru", "Турция предложила обмен пленными, осужденными за терроризм.", "proposes",
     "осужденными за терроризм", {"prisoner-exchange", "prisoner-release"}, None),
]


@pytest.mark.parametrize("lang,text,relation,words,wide,issue", NARROWED)
def test_text_narrower_than_the_lexicon_item_keeps_its_words(lang, text, relation, words, wide, issue):
    found = statements(text, lang)
    assert any(r == relation and words in label and (issue is None or i == issue)
               for r, _, label, i in found), found
    assert not any(item_id in wide for _, item_id, _, _ in found), found


# (lang, text, relation, the lexicon item that covers the text)
PLAIN = [
    # English: the parties, manner and time leave the item as it is (a rejection keeps a word of
    # its scope, "rejects temporary ceasefire": tests/test_extract_reads_true.py)
    ("en", "Iran demanded the lifting of sanctions on Iran.", "demands", "sanctions-relief"),
    ("en", "Kenya proposed an immediate ceasefire on Monday.", "proposes", "unconditional-ceasefire"),
    ("en", "China rejected the lifting of tariffs.", "rejects", "tariff-reduction"),
    ("en", "Israel demanded the release of hostages.", "demands", "hostage-release"),
    ("en", "Serbia proposed a temporary ceasefire.", "proposes", "ceasefire"),
    ("en", "Hamas proposed a ceasefire for 30 days.", "proposes", "ceasefire-30-day"),  # a narrower item
    # Ukrainian
    ("uk", "Росія вимагає зняти санкції з Росії.", "demands", "sanctions-relief"),
    ("uk", "Ізраїль запропонував тимчасове перемир'я.", "proposes", "ceasefire"),
    ("uk", "Польща відхилила скасування мит у вівторок.", "rejects", "tariff-reduction"),
    ("uk", "Україна вимагає звільнення заручників.", "demands", "hostage-release"),
    ("uk", "Україна вимагає негайного припинення вогню.", "demands", "unconditional-ceasefire"),
    ("uk", "Україна запропонувала припинення вогню на 30 днів.", "proposes", "ceasefire-30-day"),
    ("uk", "ООН вимагає вирішення гуманітарних питань.", "demands", "humanitarian-issues"),
    # Russian
    ("ru", "Иран требует снять санкции с Ирана.", "demands", "sanctions-relief"),
    ("ru", "Израиль предложил временное перемирие.", "proposes", "ceasefire"),
    ("ru", "Польша отвергла снятие пошлин.", "rejects", "tariff-reduction"),
    ("ru", "Израиль требует освобождения заложников.", "demands", "hostage-release"),
    ("ru", "Украина требует немедленного прекращения огня.", "demands", "unconditional-ceasefire"),
    ("ru", "Россия отвергла прекращение огня.", "rejects", "ceasefire"),
    ("ru", "ООН требует решения гуманитарных вопросов.", "demands", "humanitarian-issues"),
]


@pytest.mark.parametrize("lang,text,relation,item_id", PLAIN)
def test_plain_text_keeps_the_lexicon_item(lang, text, relation, item_id):
    found = statements(text, lang)
    assert (relation, item_id) in {(r, i) for r, i, _, _ in found}, found
