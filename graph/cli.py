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


if __name__ == "__main__":
    app()
