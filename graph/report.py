"""Readable terminal tables (rich) for statements and build summaries."""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from .models import Statement

if TYPE_CHECKING:
    from .build import BuildResult


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


TOP_ACTORS = 10


def build_summary(result: BuildResult, console: Console | None = None) -> None:
    """The end-of-build summary: counts, statements by relation, top actors, skipped files,
    and where the outputs are."""
    from .models import RELATIONS

    console = console or Console()
    counts = Table(title="negograph build", show_header=False, title_justify="left")
    counts.add_column("what")
    counts.add_column("count", justify="right")
    counts.add_row("files", str(result.files))
    counts.add_row("articles", str(result.articles))
    if result.by_lang:
        counts.add_row("  by language", ", ".join(f"{k} {v}" for k, v in sorted(result.by_lang.items())))
    counts.add_row("statements", str(result.statements))
    for relation in (*RELATIONS, *sorted(set(result.by_relation) - set(RELATIONS))):
        counts.add_row(f"  {relation}", str(result.by_relation.get(relation, 0)))
    counts.add_row("quads in store", str(result.quads))
    counts.add_row("skipped", str(len(result.skipped)))
    console.print(counts)
    if result.by_actor:
        actors = Table(title=f"top actors (of {len(result.by_actor)})", title_justify="left")
        actors.add_column("actor")
        actors.add_column("statements", justify="right")
        for label, count in sorted(result.by_actor.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ACTORS]:
            actors.add_row(label, str(count))
        console.print(actors)
    # Paths and reasons as plain lines: never wrapped, so they can be copied.
    if result.skipped:
        console.print(f"skipped ({len(result.skipped)}):", markup=False, highlight=False)
        for item in result.skipped:
            console.print(f"  {item.path}: {item.reason}", markup=False, highlight=False, soft_wrap=True)
    if result.outputs:
        console.print("outputs:", markup=False, highlight=False)
        width = max(len(name) for name in result.outputs)
        for name, path in result.outputs.items():
            console.print(f"  {name:<{width}}  {path}", markup=False, highlight=False, soft_wrap=True)


class BuildProgress:
    """A progress bar on stderr while files are read, and one-line error reports.

    The bar is shown only for more than one file and on a terminal (so logs and
    tests get exactly one stderr line per skipped file and nothing else).
    """

    def __init__(self, console: Console | None = None, enabled: bool | None = None):
        self.console = console or Console(stderr=True)
        self.enabled = self.console.is_terminal if enabled is None else enabled
        self._progress = None
        self._task = None

    def start(self, files: int) -> None:
        if not self.enabled or files <= 1:
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
            TextColumn("{task.fields[articles]} articles"), TimeElapsedColumn(),
            console=self.console, transient=True)
        self._task = self._progress.add_task("build", total=files, articles=0)
        self._progress.start()

    def advance(self, path: str, articles: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=1, articles=articles)

    def error(self, message: str) -> None:
        """One line, never wrapped nor read as markup (file names may contain brackets)."""
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(message + "\n")
            sys.stderr.flush()

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
