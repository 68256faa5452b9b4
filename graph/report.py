"""Readable terminal tables (rich) for statements and build summaries."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from .models import Statement


def statements_table(statements: Sequence[Statement], console: Console | None = None) -> None:
    """Print one row per statement: article, actor, relation, item, issue, attribution."""
    console = console or Console()
    table = Table(show_lines=False)
    for column in ("article", "actor", "relation", "item", "issue", "attribution"):
        table.add_column(column, overflow="fold")
    for s in statements:
        table.add_row(s.article, s.actor.label, s.relation, s.item.label, s.item.issue, s.attribution)
    console.print(table)
    console.print(f"{len(statements)} statements")


def summary_counts(statements: Sequence[Statement]) -> tuple[Counter, Counter]:
    """Statements by relation and by actor label."""
    return Counter(s.relation for s in statements), Counter(s.actor.label for s in statements)
