"""The `negograph` command line: one subcommand per user verb.

Each command turns expected errors (bad input, unreadable store) into one line
on stderr and a non-zero exit code; no traceback reaches the user for bad input.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__

app = typer.Typer(
    help="negograph: who demands, proposes, rejects or accepts what, from news articles.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


def fail(message: str, code: int = 1) -> None:
    """Print one line to stderr and exit with `code`."""
    typer.echo(f"negograph: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"negograph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """negograph: who demands, proposes, rejects or accepts what, from news articles."""


@app.command()
def extract(
    files: List[Path] = typer.Argument(..., help="Article files (.txt .md .html .json .jsonl) or folders."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl (codebook statement JSON) or table."),
) -> None:
    """Print the position statements found in articles.

    Example: negograph extract seeds/000_a3037275ce1eafef.txt --format table
    """
    from .extract import extract_article
    from .ingest import IngestError, iter_files, read_articles

    if format not in ("jsonl", "table"):
        fail(f"unknown format {format!r}; use jsonl or table", 2)
    errors = 0
    rows = []
    try:
        paths = list(iter_files(files))
    except IngestError as exc:
        fail(str(exc))
    for path in paths:
        try:
            for article in read_articles(path):
                for statement in extract_article(article):
                    if format == "jsonl":
                        sys.stdout.write(json.dumps(statement.to_json(), ensure_ascii=False) + "\n")
                    else:
                        rows.append(statement)
        except IngestError as exc:
            typer.echo(f"negograph: {exc}", err=True)
            errors += 1
    if format == "table":
        from .report import statements_table

        statements_table(rows)
    if errors and errors == len(paths):
        raise typer.Exit(1)


@app.command("compare")
def compare_command(
    files: Optional[List[Path]] = typer.Argument(None, metavar="PATH", help="Article files or folders to read and extract instead of using the store."),
    store: str = typer.Option("out/store", "--store", metavar="LOCATION", help="Store to read: a folder (embedded Oxigraph) or a SPARQL endpoint URL."),
    actor: Optional[List[str]] = typer.Option(None, "--actor", "-a", metavar="ACTOR", help="Only this actor: id, label or Wikidata id, any case. Repeatable."),
    issue: Optional[List[str]] = typer.Option(None, "--issue", "-i", metavar="ISSUE", help="Only this issue key (codebook section 3). Repeatable."),
    article: Optional[List[str]] = typer.Option(None, "--article", metavar="ID", help="Only this article id. Repeatable."),
    format: str = typer.Option("table", "--format", "-f", metavar="FORMAT", help="table, md, csv, json or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the report to this file instead of stdout."),
) -> None:
    """Compare positions across articles and over time.

    The position matrix (actors x issues), who moved (new, dropped and shifted
    positions, by article date), conflicts, convergences and blocs of actors.

    \b
    Examples:
      negograph compare --actor Russia --actor Q212 --issue ceasefire
      negograph compare --store out/store --format html --output out/compare.html
      negograph compare tests/fixtures/compare/ --format md
    """
    from .compare import CompareError, compare, select
    from .compare_report import FORMATS, render

    if format not in FORMATS:
        fail(f"unknown format {format!r}; use one of {', '.join(FORMATS)}", 2)
    statements, articles = _compare_input(files, store)
    try:
        picked = select(statements, actors=actor or (), issues=issue or (), articles=article or ())
    except CompareError as exc:
        fail(str(exc))
    comparison = compare(picked, articles)
    if format == "table" and output is None:
        render(comparison, "table")
        return
    if format == "table":
        from rich.console import Console

        with output.open("w", encoding="utf-8") as handle:
            render(comparison, "table", Console(file=handle, width=160))
        return
    text = render(comparison, format)
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{output}: cannot write: {exc.strerror or exc}")
    typer.echo(f"wrote {output}", err=True)


def _compare_input(files: Optional[List[Path]], store: str) -> tuple[list, dict]:
    """Statements and articles for `compare`: extracted from files, or read from the store."""
    if files:
        from .extract import extract_article
        from .ingest import IngestError, iter_files, read_articles

        statements, articles = [], {}
        try:
            paths = list(iter_files(files))
        except IngestError as exc:
            fail(str(exc))
        for path in paths:
            try:
                for item in read_articles(path, start_order=len(articles)):
                    articles[item.id] = item
                    statements.extend(extract_article(item))
            except IngestError as exc:
                typer.echo(f"negograph: {exc}", err=True)
        if not articles:
            fail("no article could be read")
        return statements, articles
    if "://" not in store and not Path(store).exists():
        fail(f"no store at {store}; build one first (negograph build PATH --out DIR) or pass article files")
    from .store import StoreError, open_store

    try:
        with open_store(store, read_only=True) as opened:
            return opened.statements(), opened.articles()
    except StoreError as exc:
        fail(str(exc))


if __name__ == "__main__":
    app()
