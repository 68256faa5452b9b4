"""Extraction: Article -> position Statements, following ../shared/codebook.md.

`extract_article` is the stage function; the modules beside it hold one part
of the work each: sentences, morph, mentions, lexicon, items, and the coding
rules by family (sentence_view, cue_finding, polarity, complements, clauses,
clause_predicates, attribution, actors, anaphora, fronted_items,
implicit_positions, interviews), applied in order by engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..models import Article, Statement


def extract_article(article: Article) -> list[Statement]:
    """Every position statement the article reports, in order of appearance."""
    from .engine import extract_statements

    return extract_statements(article)


def extract_file(path: Path) -> list[dict[str, Any]]:
    """The codebook statement JSON of every article in one file, in order.

    Raises `IngestError` when the file cannot be read as articles.
    """
    from ..ingest import read_articles

    return [statement.to_json() for article in read_articles(path) for statement in extract_article(article)]
