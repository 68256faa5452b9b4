"""The extractor on hostile and random text: it never raises and only emits valid statements."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.extract import extract_article
from graph.extract.lexicon import issue_lexicon
from graph.models import RELATIONS, Article

ISSUES = {issue.key for issue in issue_lexicon()}
WORDS = st.sampled_from(
    'Путін вимагає відхилив не якщо ці вимоги « » " , . : ; - Zelensky demanded rejected if these demands '
    "Кремль требует отверг если эти требования НАТО санкцій ceasefire перемир'я 30-денне U.S. he він он "
    "called it a capitulation according to за словами по словам was rejected by — • 1. ! ? ( )".split()
)


def _check(text: str, lang: str) -> None:
    for statement in extract_article(Article(id="x", text=text, lang=lang)):
        assert statement.relation in RELATIONS
        assert statement.item.issue in ISSUES
        assert statement.actor.id and statement.item.id
        assert statement.sentence


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=60), st.sampled_from(["uk", "ru", "en"]))
def test_word_salad_never_breaks_the_extractor(words: list[str], lang: str) -> None:
    _check(" ".join(words), lang)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["uk", "ru", "en"]))
def test_arbitrary_unicode_never_breaks_the_extractor(text: str, lang: str) -> None:
    _check(text, lang)


def test_hostile_markup_in_a_quote_stays_text() -> None:
    text = 'Путін вимагає "<script>alert(1)</script>" і "><img src=x onerror=alert(1)>.'
    statements = extract_article(Article(id="x", text=text, lang="uk"))
    assert statements, "the demand is still read"
    assert all("<script>" in s.sentence for s in statements)
