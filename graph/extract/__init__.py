"""Extraction: Article -> position Statements, following ../shared/codebook.md.

`extract_article` is the stage function; the modules beside it hold one part
of the work each (sentences, morphology, mentions, cues, items, rules).
"""

from __future__ import annotations

from ..models import Article, Statement


def extract_article(article: Article) -> list[Statement]:
    """Every position statement the article reports, in order of appearance."""
    from .engine import extract_statements

    return extract_statements(article)
