"""The sentence as the issue's fallback (codebook section 3; engine.sentence_context).

An item that names only a deal, a draft or an amount ("the pact", "ісландський проєкт",
"15% з липня") says nothing of its issue; the other words of its sentence do ("on strike
over salaries", "after talks on fishing quotas"). Without such words it stays "other".
Sentences written for these tests (uk, ru, en), each read as a whole article.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article


def issues_of(text: str, lang: str) -> set[str]:
    return {s.item.issue for s in extract_article(Article(id="issue-context-case", text=text, lang=lang))}


BY_CONTEXT = [
    ("uk", "Профспілка медсестер, що бастує через оклади, вимагає 15% з липня.", "economic"),
    ("uk", "Після переговорів про квоти на вилов Норвегія відхилила ісландський проєкт.", "economic"),
    ("ru", "Профсоюз учителей, бастующий из-за зарплат, потребовал 20% с сентября.", "economic"),
    ("ru", "После переговоров о квотах на вылов Норвегия отвергла исландский проект.", "economic"),
    ("en", "The nurses' union, on strike over salaries, wants 9% this year.", "economic"),
    ("en", "Worried about grain prices, the farmers' union endorsed the pact.", "economic"),
    ("en", "After the talks on fishing quotas, Norway rejected the Icelandic draft.", "economic"),
]

NO_CONTEXT = [
    ("uk", "Норвегія відхилила ісландський проєкт."),
    ("ru", "Норвегия отвергла исландский проект."),
    ("en", "Norway rejected the Icelandic draft."),
]


@pytest.mark.parametrize("lang, text, issue", BY_CONTEXT)
def test_a_deal_or_an_amount_takes_its_sentences_issue(lang, text, issue):
    assert issues_of(text, lang) == {issue}


@pytest.mark.parametrize("lang, text", NO_CONTEXT)
def test_with_nothing_said_of_it_the_item_stays_other(lang, text):
    assert issues_of(text, lang) == {"other"}
