"""Issue keys of general outcomes across kinds of talks (codebook section 3; issues.yaml, items.yaml).

Sentences written for these tests (uk, ru, en). They cover:

- debt write-offs, haircuts, creditors and coupons are economic;
- an armed group laying down or handing over its weapons is disarmament, not military aid;
- halting military or offensive operations is a ceasefire, not an alliance's posture;
- a tariff or trade truce is about tariffs, not fighting;
- suspending a labour strike is the end of a strike, not a ceasefire or the talks.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article


def issues_of(text: str, lang: str) -> set[str]:
    return {s.item.issue for s in extract_article(Article(id="issue-key-case", text=text, lang=lang))}


ISSUES = [
    # debt
    ("uk", "Замбія закликала кредиторів списати половину боргу.", "economic"),
    ("ru", "Аргентина предложила держателям облигаций списание 40% номинала.", "economic"),
    ("en", "Argentina asked bondholders to accept a 40 percent haircut.", "economic"),
    ("en", "Ghana proposed lower coupons on its new bonds.", "economic"),
    # disarmament of an armed group
    ("uk", "ХАМАС відмовився скласти зброю, заявив речник руху.", "armed-forces-limits"),
    ("ru", "ХАМАС отказался сложить оружие, заявил представитель движения.", "armed-forces-limits"),
    ("en", "The PKK agreed to hand over its weapons to a joint commission.", "armed-forces-limits"),
    ("en", "Hamas refused to lay down its arms.", "armed-forces-limits"),
    # halting military operations
    ("uk", "Росія відкинула пропозицію призупинити військові операції на сході на місяць.", "ceasefire"),
    ("ru", "Армия национального освобождения согласилась приостановить военные операции в провинции.", "ceasefire"),
    ("en", "The ELN agreed to suspend military operations in Arauca province.", "ceasefire"),
    # tariff truce
    ("uk", "Китай погодився продовжити тарифне перемир'я ще на 90 днів.", "sanctions"),
    ("ru", "Китай согласился продлить торговое перемирие еще на 90 дней.", "sanctions"),
    ("en", "China agreed to extend the tariff truce by another 90 days.", "sanctions"),
]


@pytest.mark.parametrize("lang, text, issue", ISSUES)
def test_issue_of_a_general_outcome(lang, text, issue):
    assert issues_of(text, lang) == {issue}


# The issue a line must NOT carry.
NOT_ISSUES = [
    ("en", "The Skyline Pilots Association agreed to suspend the strike during mediation.", "negotiations"),
    ("en", "The Skyline Pilots Association agreed to suspend the strike during mediation.", "ceasefire"),
    ("uk", "Профспілка «Обрій» погодилася призупинити страйк на час переговорів.", "ceasefire"),
    ("ru", "Профсоюз «Единство» согласился приостановить забастовку на время переговоров.", "ceasefire"),
]


@pytest.mark.parametrize("lang, text, issue", NOT_ISSUES)
def test_a_word_of_another_kind_of_talks_does_not_steal(lang, text, issue):
    found = issues_of(text, lang)
    assert found, "no statement found"
    assert issue not in found
