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


def _timeout_option():
    """--timeout of every command that can read or write a SPARQL server."""
    return typer.Option(
        None, "--timeout", metavar="SECONDS", min=0.001, envvar="NEGOGRAPH_TIMEOUT",
        help="With a SPARQL server: seconds to wait for each answer before giving up "
             "[default: 60; env NEGOGRAPH_TIMEOUT].")


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
def build(
    paths: List[str] = typer.Argument(..., metavar="PATH", help="Article files or folders (.txt .md .html .json .jsonl)."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder: store/, statements.jsonl, graph.trig, HTML pages."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Extraction processes [default: all cores]."),
    dask: Optional[str] = typer.Option(None, "--dask", metavar="ADDRESS", help="Extract on the Dask cluster whose scheduler is at ADDRESS (e.g. tcp://10.0.0.5:8786) instead of local processes."),
    store: Optional[str] = typer.Option(None, "--store", metavar="LOCATION", help="Store: a folder (embedded Oxigraph) or a SPARQL query URL, e.g. http://localhost:7878/query [default: OUT/store]."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first bad file instead of skipping it."),
    all_statements: bool = typer.Option(False, "--all-statements", help="Draw every statement in the HTML pages, also those below the confidence from which 95% of judged lines read true (the store holds all of them either way)."),
    timeout: Optional[float] = _timeout_option(),
) -> None:
    """Build the position graph from articles (files or folders).

    Writes OUT/store (one named graph per article), OUT/statements.jsonl,
    OUT/graph.trig and the HTML pages, and prints a summary. Bad files are
    reported (one line each) and skipped; the exit code is 1 only when no
    article could be ingested. Rebuilding replaces each article's graph.

    \b
    Examples:
      negograph build seeds/ --out out/
      negograph build archive.jsonl news/ --out out/ --jobs 2
      negograph build archive.jsonl --dask tcp://scheduler:8786 --store http://sparql:7878/query
    """
    from .build import BuildError
    from .build import build as run_build
    from .report import BuildProgress, build_summary

    progress = BuildProgress()
    try:
        result = run_build(
            paths, out, jobs=jobs, dask_address=dask, store=store, strict=strict, timeout=timeout,
            all_statements=all_statements,
            on_error=lambda skipped: progress.error(f"negograph: {skipped}"),
            on_start=progress.start, on_progress=progress.advance,
        )
    except BuildError as exc:
        progress.stop()
        fail(str(exc))
    except KeyboardInterrupt:
        progress.stop()
        fail("interrupted; every article written so far is complete in the store", 130)
    progress.stop()
    build_summary(result)
    if not result.articles:
        fail("no article could be ingested")


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


@app.command("eval")
def eval_command(
    gold: Path = typer.Argument(..., help="Gold file: one JSON object per article (codebook section 6)."),
    show_errors: bool = typer.Option(False, "--errors", help="Also list false positives and missed statements."),
) -> None:
    """Score the extractor on a gold file: precision, recall and F1 at issue and item level.

    Example: negograph eval ../shared/eval/dev/gold.jsonl --errors
    """
    from .evaluate import Counts, GoldError, evaluate
    from .extract import extract_file
    from .ingest import IngestError

    def run(path: Path) -> list[dict]:
        try:
            return extract_file(path)
        except IngestError as exc:
            typer.echo(f"negograph: {exc}", err=True)
            return []

    try:
        scores = evaluate(gold, run)
    except GoldError as exc:
        fail(str(exc))
    totals = {"issue": Counts(), "item": Counts()}
    for score in scores:
        totals["issue"].add(score.issue)
        totals["item"].add(score.item)
        typer.echo(
            f"{score.article}  issue: P={score.issue.precision:.2f} R={score.issue.recall:.2f} F1={score.issue.f1:.2f}"
            f"  item: P={score.item.precision:.2f} R={score.item.recall:.2f} F1={score.item.f1:.2f}"
        )
        if show_errors:
            for p in score.false_positives:
                typer.echo(f"    FP {p['actor']['label']} {p['relation']} [{p['item']['issue']}] {p['item']['text'][:80]}")
            for g in score.missed:
                typer.echo(f"    FN {'/'.join(g.actors)} {'/'.join(g.relations)} [{'/'.join(g.issues)}] {g.item[:80]}")
    for level, counts in totals.items():
        typer.echo(f"overall {level}: P={counts.precision:.3f} R={counts.recall:.3f} F1={counts.f1:.3f}  tp/fp/fn={counts.tp}/{counts.fp}/{counts.fn}")
    typer.echo(f"issue-F1 {totals['issue'].f1:.3f} item-F1 {totals['item'].f1:.3f}")


@app.command("calibrate")
def calibrate_command(
    gold: List[Path] = typer.Argument(..., metavar="GOLD", help="Gold files (codebook section 6) whose articles were judged."),
    verdicts: List[Path] = typer.Option(..., "--verdicts", "-v", metavar="FILE", help="Reading verdicts (JSONL, ../shared/eval/MEANING.md). Repeatable."),
    write: bool = typer.Option(False, "--write", help="Write the measured confidences into the lexicon (graph/lexicons/confidence.yaml)."),
) -> None:
    """Measure what confidence means: the share of lines that read true, per rule and level.

    Extracts every article of the gold files, joins each line with its reading
    verdict, and prints the share read true per rule (basis) and per confidence
    level, and the level from which 95% read true: the view and the comparison
    show lines from there up by default.

    \b
    Example:
      negograph calibrate ../shared/eval/dev/gold.jsonl tests/fixtures/holdout/gold.jsonl \\
        -v ../shared/eval/dev/meaning.jsonl -v tests/fixtures/meaning/dev.jsonl -v tests/fixtures/meaning/holdout.jsonl
    """
    from .calibration import (
        CalibrationError,
        calibrate,
        confirmed,
        held_out,
        load_verdicts,
        report,
        write_table,
    )
    from .evaluate import GoldError, read_gold
    from .extract import extract_file
    from .extract.lexicon import LEXICON_DIR
    from .ingest import IngestError

    statements = []
    try:
        judged = load_verdicts(verdicts)
        for path in gold:
            for article in read_gold(path):
                try:
                    statements.extend(extract_file(article.file))
                except IngestError as exc:
                    typer.echo(f"negograph: {exc}", err=True)
    except (GoldError, CalibrationError) as exc:
        fail(str(exc))
    result = calibrate(statements, judged)
    if not result.judged:
        fail("no extracted line has a verdict; judge the lines first (see ../shared/eval/MEANING.md)")
    held = held_out(statements, judged)
    result = confirmed(result, held)
    typer.echo(report(result, held))
    if write:
        write_table(result, LEXICON_DIR / "confidence.yaml")
        typer.echo(f"wrote {LEXICON_DIR / 'confidence.yaml'}", err=True)


@app.command("compare")
def compare_command(
    files: Optional[List[Path]] = typer.Argument(None, metavar="PATH", help="Article files or folders to read and extract instead of using the store."),
    store: str = typer.Option("out/store", "--store", metavar="LOCATION", help="Store to read: a folder (embedded Oxigraph) or a SPARQL endpoint URL."),
    actor: Optional[List[str]] = typer.Option(None, "--actor", "-a", metavar="ACTOR", help="Only this actor: id, label or Wikidata id, any case. Repeatable."),
    issue: Optional[List[str]] = typer.Option(None, "--issue", "-i", metavar="ISSUE", help="Only this issue key (codebook section 3). Repeatable."),
    article: Optional[List[str]] = typer.Option(None, "--article", metavar="ID", help="Only this article id. Repeatable."),
    negotiation: Optional[List[str]] = typer.Option(None, "--negotiation", "-n", metavar="N", help="Only this negotiation: its id or label, any case. Repeatable."),
    format: str = typer.Option("table", "--format", "-f", metavar="FORMAT", help="table, md, csv, json or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the report to this file instead of stdout."),
    all_statements: bool = typer.Option(False, "--all-statements", help="Show every statement, also those below the confidence from which 95% of judged lines read true."),
    timeout: Optional[float] = _timeout_option(),
) -> None:
    """Compare positions within each negotiation, across its articles and over time.

    Articles are grouped into negotiations (the same talks: shared parties and
    issues, or a "negotiation:" field, or negotiations.yaml beside the input);
    for each: the position matrix (actors x issues), who moved (new, shifted
    and withdrawn positions, by article date), conflicts, convergences and blocs.

    \b
    Examples:
      negograph compare --negotiation russia-ukraine-territory --format md
      negograph compare --actor Russia --actor Q212 --issue ceasefire
      negograph compare --store out/store --format html --output out/compare.html
      negograph compare tests/fixtures/negotiations/ --format json
    """
    from .compare import CompareError, compare_negotiations, select
    from .compare_report import FORMATS, render
    from .negotiations import NegotiationError, find_negotiations, overrides_beside

    if format not in FORMATS:
        fail(f"unknown format {format!r}; use one of {', '.join(FORMATS)}", 2)
    from .calibration import shown

    statements, articles, negotiations = _compare_input(files, store, timeout)
    statements = shown(statements, all_statements)
    try:
        if negotiations is None:
            negotiations = find_negotiations(statements, articles, overrides_beside(files or ()))
        picked = select(statements, actors=actor or (), issues=issue or (), articles=article or ())
        comparison = compare_negotiations(picked, articles, _narrow(negotiations, picked, article),
                                          only=negotiation or ())
    except (CompareError, NegotiationError) as exc:
        fail(str(exc))
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


def _narrow(negotiations, statements, articles: Optional[List[str]]):
    """Negotiations cut down to the articles a filter kept (all of them without filters)."""
    import dataclasses

    keep = {s.article for s in statements}
    if articles:
        keep &= set(articles)
    out = []
    for n in negotiations:
        members = tuple(a for a in n.articles if a in keep)
        if members:
            out.append(dataclasses.replace(n, articles=members))
    return out


def _compare_input(files: Optional[List[Path]], store: str, timeout: Optional[float] = None) -> tuple[list, dict, object]:
    """Statements, articles and negotiations (None: to be found) for `compare`:
    extracted from files, or read from the store with the negotiations its build found."""
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
        return statements, articles, None
    if "://" not in store and not Path(store).exists():
        fail(f"no store at {store}; build one first (negograph build PATH --out DIR) or pass article files")
    from .store import StoreError, open_store

    try:
        with open_store(store, read_only=True, timeout=timeout) as opened:
            statements, articles = opened.statements(), opened.articles()
            stored = opened.negotiations()
    except StoreError as exc:
        fail(str(exc))
    # Negotiations of an earlier build that do not cover every article are found again.
    covered = {a for n in stored for a in n.articles}
    return statements, articles, stored if stored and covered >= {s.article for s in statements} else None


@app.command("view")
def view_command(
    output: Path = typer.Option(..., "--output", "-o", metavar="FILE.html", help="Page to write."),
    store: str = typer.Option("out/store", "--store", metavar="LOCATION", help="Store to read: a folder (embedded Oxigraph) or a SPARQL endpoint URL."),
    actor: Optional[List[str]] = typer.Option(None, "--actor", "-a", metavar="ACTOR", help="Only this actor: id, label or Wikidata id, any case. Repeatable."),
    issue: Optional[List[str]] = typer.Option(None, "--issue", "-i", metavar="ISSUE", help="Only this issue key (codebook section 3). Repeatable."),
    relation: Optional[List[str]] = typer.Option(None, "--relation", "-r", metavar="RELATION", help="Only demands, proposes, rejects or accepts. Repeatable."),
    article: Optional[List[str]] = typer.Option(None, "--article", metavar="ID", help="Only this article id. Repeatable."),
    title: str = typer.Option("", "--title", metavar="TEXT", help="Page title [default: negograph: positions]."),
    all_statements: bool = typer.Option(False, "--all-statements", help="Show every statement, also those below the confidence from which 95% of judged lines read true."),
    timeout: Optional[float] = _timeout_option(),
) -> None:
    """Write an interactive graph of the positions: one HTML file that works offline.

    Actors and items are nodes, positions are edges; click one to read the
    sentences behind it. The page has search, filters, a one-party mode and
    PNG export, and loads nothing from the network.

    \b
    Examples:
      negograph view -o out/positions.html
      negograph view --store out/store --actor Russia --actor Q212 --issue ceasefire -o ceasefire.html
      negograph view --relation rejects --article 000_a3037275ce1eafef -o rejections.html
    """
    from .models import RELATIONS
    from .view import ISSUE_COLOURS, filter_statements, render_view

    for r in relation or ():
        if r not in RELATIONS:
            fail(f"unknown relation {r!r}; use one of {', '.join(RELATIONS)}", 2)
    for i in issue or ():
        if i not in ISSUE_COLOURS:
            fail(f"unknown issue {i!r}; use one of {', '.join(ISSUE_COLOURS)}", 2)
    if output.suffix.lower() not in (".html", ".htm"):
        fail(f"{output}: the page must be written to a .html file", 2)
    if "://" not in store and not Path(store).exists():
        fail(f"no store at {store}; build one first (negograph build PATH --out DIR)")
    from .query import QueryError
    from .store import StoreError, open_store

    filters = {"actors": tuple(actor or ()), "issues": tuple(issue or ()),
               "relations": tuple(relation or ()), "articles": tuple(article or ())}
    try:
        with open_store(store, read_only=True, timeout=timeout) as opened:
            statements = opened.statements(**filters)
            articles = opened.articles()
    except (StoreError, QueryError) as exc:
        fail(str(exc))
    # The store filters the same way; filtering again keeps the page exact whatever the backend.
    from .calibration import shown

    statements = shown(filter_statements(statements, **filters), all_statements)
    if not statements:
        fail("no statement matches the filters; nothing to draw")
    used = {s.article for s in statements}
    try:
        render_view(statements, {k: v for k, v in articles.items() if k in used}, output, title=title)
    except OSError as exc:
        fail(f"{output}: cannot write: {exc.strerror or exc}")
    typer.echo(f"wrote {output} ({len(statements)} statements)", err=True)


@app.command("query")
def query_command(
    query: str = typer.Argument(..., metavar="QUERY", help="A .rq file, the name of one in queries/ (e.g. conflicts), or SPARQL text."),
    store: str = typer.Option("out/store", "--store", metavar="LOCATION", help="Store: a folder (embedded Oxigraph) or a SPARQL query URL, e.g. http://localhost:7878/query."),
    format: str = typer.Option("table", "--format", "-f", metavar="FORMAT", help="table, csv, tsv or json (SPARQL results); turtle, ntriples or jsonld for CONSTRUCT."),
    param: Optional[List[str]] = typer.Option(None, "--param", "-p", metavar="NAME=VALUE", help="Bind ?NAME to VALUE, a string literal (<...> for an IRI); never pasted into the query. Repeatable."),
    timeout: Optional[float] = _timeout_option(),
) -> None:
    """Run a SPARQL query on the store; parameters are bound as RDF terms.

    The queries in queries/ say in their first lines what they answer and which
    parameters they take.

    \b
    Examples:
      negograph query conflicts
      negograph query queries/actor-positions.rq --param actor=putin --format csv
      negograph query "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
      negograph query issue-positions -p issue=ceasefire --store http://localhost:7878/query
    """
    from .query import (
        GRAPH_FORMATS,
        RESULT_FORMATS,
        QueryError,
        load_query,
        run_query,
        write_result,
    )
    from .store import StoreError, open_store

    if format not in RESULT_FORMATS + GRAPH_FORMATS:
        fail(f"unknown format {format!r}; use one of {', '.join(RESULT_FORMATS + GRAPH_FORMATS)}", 2)
    try:
        text = load_query(query)
        with open_store(store, read_only=True, timeout=timeout) as opened:
            result = run_query(opened, text, param or ())
        if result.kind == "graph" and format == "table":
            format = "turtle"
        write_result(result, format, sys.stdout)
    except (QueryError, StoreError) as exc:
        fail(str(exc))


@app.command("export")
def export_command(
    format: str = typer.Option("trig", "--format", "-f", metavar="FORMAT", help="trig, nquads, turtle, jsonld (RDF), graphml (Gephi) or csv (one row per statement)."),
    store: str = typer.Option("out/store", "--store", metavar="LOCATION", help="Store: a folder (embedded Oxigraph) or a SPARQL query URL."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write to FILE instead of stdout."),
    timeout: Optional[float] = _timeout_option(),
) -> None:
    """Export the whole graph: RDF with one named graph per article, GraphML or CSV.

    TriG, N-Quads and JSON-LD keep the article graphs; Turtle holds their union.

    \b
    Examples:
      negograph export --format trig -o out/graph.trig
      negograph export --format graphml -o positions.graphml   # open in Gephi
      negograph export --format csv --store http://localhost:7878/query > statements.csv
    """
    from .export import FORMATS, ExportError, export
    from .store import StoreError, open_store

    if format not in FORMATS:
        fail(f"unknown format {format!r}; use one of {', '.join(FORMATS)}", 2)
    try:
        with open_store(store, read_only=True, timeout=timeout) as opened:
            data = export(opened, format, output)
    except (ExportError, StoreError) as exc:
        fail(str(exc))
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@app.command("serve")
def serve_command(
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="DIR", help="The output folder of a build: serve DIR/store [default: out]."),
    store: Optional[str] = typer.Option(None, "--store", metavar="DIR", help="The store folder (embedded Oxigraph) to serve, instead of --out."),
    port: int = typer.Option(7878, "--port", "-p", min=0, max=65535, metavar="N", help="Port of the query page and endpoint; 0 for any free port."),
    host: str = typer.Option("127.0.0.1", "--host", metavar="HOST", help="Address to listen on; anything but loopback lets other machines read the store."),
) -> None:
    """Open the store in a browser: a query page, a read-only SPARQL 1.1 endpoint,
    the positions view and the comparison, until Ctrl-C.

    The store is served as it was when serve started (a snapshot): a build may
    run meanwhile, and is served after a restart of serve. The endpoint
    (http://HOST:PORT/query) takes SPARQL 1.1 Protocol queries from tools such as
    YASGUI, Protégé, SPARQLWrapper or Gephi; updates are refused.

    \b
    Examples:
      negograph serve                          # out/store on http://127.0.0.1:7878/
      negograph serve --out build2/ --port 8000
      negograph serve --store /data/negograph/store --port 0
    """
    import signal

    from .serve import ServeError, Session, exposure_warning, summary
    from .store import StoreError

    if out is not None and store is not None:
        fail("give --out or --store, not both", 2)
    if store is not None and "://" in store:
        fail(f"{store} is already a SPARQL endpoint; serve opens a store folder", 2)
    location = Path(store) if store is not None else (out or Path("out")) / "store"
    warning = exposure_warning(host)
    if warning:
        typer.echo(f"negograph: {warning}", err=True)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):  # SIGINT too: a shell may start us with it ignored
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
    try:
        with Session(location, host=host, port=port) as session:
            for line in summary(session):
                typer.echo(line)
            sys.stdout.flush()
            session.wait()
    except KeyboardInterrupt:
        typer.echo("negograph: stopped", err=True)
    except StoreError as exc:
        hint = "; serve it once that build has finished" if "locked" in str(exc) else ""
        fail(f"{exc}{hint}")
    except ServeError as exc:
        fail(str(exc))


if __name__ == "__main__":
    app()
