"""The build pipeline: files -> articles -> statements -> store and output files.

Articles are read lazily in a stable order (sorted files, then the records of
each file), extracted in parallel (local processes with `jobs`, or a Dask
cluster with `dask_address`) with a bounded number of batches in flight, and
written by one writer, in ingest order, one transaction per article. That is
why the store, statements.jsonl and graph.trig are identical for any number of
workers, and why memory stays flat however long a .jsonl archive is.

Bad input never stops the build (unless `strict`): each bad file or record is
reported once through `on_error` and listed in `BuildResult.skipped`.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import namespaces as ns
from .graph_text import SpilledGraphs, graph_key
from .ingest import IngestError, iter_files, read_articles
from .models import Article, Statement

if TYPE_CHECKING:
    from .store import StoreUnavailable

BATCH_SIZE = 8  # articles per task: amortises inter-process overhead, keeps latency low
IN_FLIGHT_PER_WORKER = 4  # batches queued per worker: keeps workers busy, memory bounded
DASK_CONNECT_TIMEOUT = "10s"
# Flush the store every so many articles: RocksDB keeps writes in memtables until a
# flush, so without one the writer's memory grows with the archive (and slows down).
FLUSH_EVERY = 1024
WORKER_NICENESS = 5

# One extraction outcome: the statements, the one-line reason it failed (or ""),
# and the article's named graph as TriG text with its quad count (see graph_text),
# written where the extraction ran so the single writer need not read it back.
GraphText = tuple[bytes, int]
Outcome = tuple[tuple[Statement, ...], str, GraphText | None]


class BuildError(Exception):
    """A build that cannot go on (store unusable, --strict and a bad file); one line."""


@dataclass(frozen=True)
class Skipped:
    """A file (or a record inside an archive) that was not ingested, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class BuildResult:
    """What a build did: counts for the summary and where its outputs are."""

    out: Path
    store: str
    files: int = 0
    articles: int = 0
    statements: int = 0
    quads: int = 0
    by_relation: Counter = field(default_factory=Counter)
    by_actor: Counter = field(default_factory=Counter)
    by_lang: Counter = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    outputs: dict[str, Path | str] = field(default_factory=dict)
    negotiations: int = 0


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# --- extraction, in whatever process runs it ----------------------------------------------


def extract_batch(articles: Sequence[Article]) -> list[Outcome]:
    """Extract each article of a batch; an article the extractor fails on gets its reason.

    Runs in worker processes (local or Dask): top level, so it pickles by name.
    """
    from .extract import extract_article
    from .graph_text import graph_body
    from .rdf import article_dataset

    outcomes: list[Outcome] = []
    for article in articles:
        try:
            statements = tuple(extract_article(article))
        except Exception as exc:  # noqa: BLE001 - one article the extractor cannot handle must not stop the build
            outcomes.append(((), f"extraction failed: {type(exc).__name__}: {exc}", None))
            continue
        try:
            quads = article_dataset(article, statements).quads
            text = graph_body(quads, "trig"), len(quads)
        except ValueError as exc:  # RDFError, or an id no IRI can be made of
            outcomes.append(((), f"cannot be stored: {exc}", None))
            continue
        outcomes.append((statements, "", text))
    return outcomes


def _warm_worker() -> None:
    """Load the extractor and its lexicons once per worker, before the first real batch.

    Workers also lower their priority: the single writer is the critical path, and
    with as many workers as cores it would otherwise get only a share of a core.
    """
    try:
        os.nice(WORKER_NICENESS)
    except OSError:  # not permitted here: run at the same priority
        pass
    extract_batch([Article(id=f"warm-up-{lang}", text=text, lang=lang) for lang, text in (
        ("uk", "Путін відкинув пропозицію."), ("ru", "Путин отверг предложение."),
        ("en", "Putin rejected the proposal."))])


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _ordered(submit: Callable[[list[Article]], object], wait: Callable[[object], list[Outcome]],
             articles: Iterable[Article], in_flight: int, batch_size: int,
             ) -> Iterator[tuple[Article, Outcome]]:
    """Submit batches with at most `in_flight` pending, yield results in submission order."""
    pending: deque[tuple[list[Article], object]] = deque()
    for batch in _batches(articles, batch_size):
        pending.append((batch, submit(batch)))
        if len(pending) >= in_flight:
            done, future = pending.popleft()
            yield from zip(done, wait(future))
    while pending:
        done, future = pending.popleft()
        yield from zip(done, wait(future))


def extract_serial(articles: Iterable[Article]) -> Iterator[tuple[Article, Outcome]]:
    """Extract in this process, one article at a time."""
    for article in articles:
        yield article, extract_batch([article])[0]


class LocalPool:
    """`jobs` extraction processes, started before the store is opened (fork-safe)."""

    def __init__(self, jobs: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.jobs = jobs
        self.executor = ProcessPoolExecutor(
            max_workers=jobs, mp_context=multiprocessing.get_context(method), initializer=_warm_worker)
        # Start the workers now, while this process has no store or progress threads.
        self.executor.submit(int).result()

    def run(self, articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> Iterator[tuple[Article, Outcome]]:
        return _ordered(lambda batch: self.executor.submit(extract_batch, batch), lambda f: f.result(),
                        articles, self.jobs * IN_FLIGHT_PER_WORKER, batch_size)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


class DaskPool:
    """Extraction on a Dask cluster; results come back to the local writer."""

    def __init__(self, address: str):
        try:
            from distributed import Client
        except ImportError as exc:
            raise BuildError("--dask needs dask.distributed: pip install 'dask[distributed]'") from exc
        try:
            self.client = Client(address, timeout=DASK_CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise BuildError(f"cannot connect to the Dask scheduler at {address}: {exc}") from exc
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        self.in_flight = workers * IN_FLIGHT_PER_WORKER

    def run(self, articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> Iterator[tuple[Article, Outcome]]:
        return _ordered(lambda batch: self.client.submit(extract_batch, batch, pure=False),
                        lambda f: f.result(), articles, self.in_flight, batch_size)

    def close(self) -> None:
        self.client.close()


# --- the build ------------------------------------------------------------------------------


def build(
    paths: Sequence[str | Path],
    out: str | Path,
    *,
    jobs: int | None = None,
    dask_address: str | None = None,
    store: str | None = None,
    strict: bool = False,
    on_error: Callable[[Skipped], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    on_progress: Callable[[str, int], None] | None = None,
    views: bool = True,
    timeout: float | None = None,
    all_statements: bool = False,
) -> BuildResult:
    """Build the store and the output files under `out` from the articles under `paths`.

    `store` is a directory (embedded Oxigraph) or an http(s) SPARQL endpoint;
    by default `out`/store. `on_error` receives each skipped file or record as it
    happens; `on_start(files)` is called once the files are listed and
    `on_progress(path, articles_so_far)` after each file is read.
    With `strict`, the first bad file raises BuildError. Writes
    `out`/statements.jsonl (this build's statements), `out`/graph.trig (the
    whole store) and, when `views`, the HTML view and comparison. `timeout` is how
    long a SPARQL server may take to answer one request.

    A SPARQL server that stops answering raises BuildError saying how many
    articles were stored: each stored article is complete, and a rerun of the
    same build replaces them and stores the rest.
    """
    from .store import StoreError, StoreUnavailable, open_store

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    location = store or str(out / "store")
    result = BuildResult(out=out, store=location)
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise BuildError(f"--jobs must be at least 1, not {jobs}")

    def skip(error: IngestError | Skipped) -> None:
        item = error if isinstance(error, Skipped) else Skipped(error.path, error.reason)
        if strict:
            raise BuildError(str(item))
        result.skipped.append(item)
        if on_error is not None:
            on_error(item)

    files = list(iter_files(paths, on_error=skip))
    result.files = len(files)
    if on_start is not None:
        on_start(len(files))
    articles = _read_all(files, skip, on_progress, result, strict)

    kept: dict[str, Article] = {}
    target = None
    with contextlib.ExitStack() as stack:
        # Workers first: forking after the store has started its threads is unsafe.
        pool: LocalPool | DaskPool | None = None
        if dask_address:
            pool = DaskPool(dask_address)
        elif jobs > 1 and _many_articles(files):
            pool = LocalPool(jobs)
        if pool is not None:
            stack.callback(pool.close)
        try:
            target = stack.enter_context(open_store(location, timeout=timeout))
            flush = getattr(target, "flush", None)  # embedded stores only
            stream = pool.run(articles) if pool is not None else extract_serial(articles)
            statements_path = out / "statements.jsonl"
            tmp = statements_path.with_name(statements_path.name + ".tmp")
            stack.callback(tmp.unlink, missing_ok=True)  # left only when the build fails
            spilled = SpilledGraphs(out / "graph.trig.parts.tmp")
            stack.callback(spilled.close)
            with tmp.open("w", encoding="utf-8") as sink:
                for article, (statements, failure, text) in stream:
                    if failure:
                        skip(Skipped(article.path, _where(article, failure)))
                        continue
                    if article.id in kept:
                        skip(Skipped(article.path, _where(article, (
                            f"article id {article.id!r} already used by {kept[article.id].path}; "
                            "give one of them another file name or \"id\""))))
                        continue
                    target.replace_article(article, list(statements))
                    if text is not None:
                        spilled.add(graph_key(ns.article_graph(article.id)), *text)
                    # The text is in the store; the views need only the metadata.
                    kept[article.id] = dataclasses.replace(article, text="")
                    result.articles += 1
                    result.by_lang[article.lang] += 1
                    if flush is not None and result.articles % FLUSH_EVERY == 0:
                        flush()
                    for statement in statements:
                        sink.write(json.dumps(statement.to_json(), ensure_ascii=False) + "\n")
                        result.statements += 1
                        result.by_relation[statement.relation] += 1
                        result.by_actor[statement.actor.label] += 1
            os.replace(tmp, statements_path)
            result.outputs["statements"] = statements_path
            negotiations = _negotiations(statements_path, kept, paths)
            target.replace_negotiations(*negotiations)
            trig = out / "graph.trig"
            tmp_trig = trig.with_name(trig.name + ".tmp")
            stack.callback(tmp_trig.unlink, missing_ok=True)
            result.quads = target.dump_by_graph(tmp_trig, "trig", ready=spilled)
            os.replace(tmp_trig, trig)
            result.outputs["graph"] = trig
            result.outputs["store"] = location
        except StoreUnavailable as exc:
            if target is None:  # it did not answer at all
                raise BuildError(str(exc)) from exc
            raise BuildError(_stopped_answering(exc, result)) from exc
        except StoreError as exc:
            raise BuildError(str(exc)) from exc
    # After the workers have exited: the pages read every statement back from
    # statements.jsonl (the writer keeps none), and that is the build's peak memory.
    if views and result.articles:
        result.outputs.update(write_pages(result.outputs["statements"], kept, out, parallel=pool is not None,
                                          negotiations=negotiations[0], everything=all_statements))
    result.negotiations = len(negotiations[0])
    return result


def _negotiations(statements_path: Path, articles: dict[str, Article], paths: Sequence[str | Path]):
    """(negotiations, statements) of this build: the rule over its statements, the input's overrides."""
    from .negotiations import NegotiationError, find_negotiations, overrides_beside

    statements = read_statements(statements_path)
    try:
        overrides = overrides_beside(paths)
    except NegotiationError as exc:
        raise BuildError(str(exc)) from exc
    return find_negotiations(statements, articles, overrides), statements


def _stopped_answering(exc: StoreUnavailable, result: BuildResult) -> str:
    """One line for a server that went away once the build had started writing to it."""
    n = result.articles
    stored = f"{n:,} article{'' if n == 1 else 's'} {'was' if n == 1 else 'were'} stored"
    if "statements" in result.outputs:
        stored = f"all {stored}, while graph.trig was being written"
    return (f"the SPARQL server at {exc.server} stopped answering ({exc.reason}) after {stored}; "
            "run the same build again to complete the store")


def _many_articles(files: Sequence[Path]) -> bool:
    """Worth starting worker processes for: more than one file, or an archive."""
    return len(files) > 1 or any(f.suffix.lower() in (".json", ".jsonl") for f in files)


def _where(article: Article, reason: str) -> str:
    """Name the record inside an archive: the article id tells which one."""
    if Path(article.path).stem != article.id:
        return f"article {article.id}: {reason}"
    return reason


def _read_all(files: Sequence[Path], skip: Callable[[IngestError], None],
              on_progress: Callable[[str, int], None] | None, result: BuildResult,
              strict: bool) -> Iterator[Article]:
    """Every article of every file, lazily, with orders continuing across files."""
    order = 0
    for path in files:
        try:
            for article in read_articles(path, start_order=order, on_error=None if strict else skip):
                order = article.order + 1
                yield article
        except IngestError as exc:
            skip(exc)
        if on_progress is not None:
            on_progress(str(path), order)


def read_statements(path: Path) -> list[Statement]:
    """The statements of a statements.jsonl, each actor and item one shared object
    (the views hold them all; equal records need not be copies)."""
    shared: dict = {}
    statements = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            statement = Statement.from_json(json.loads(line))
            actor = shared.setdefault(statement.actor, statement.actor)
            item = shared.setdefault(statement.item, statement.item)
            statements.append(dataclasses.replace(statement, actor=actor, item=item))
    return statements


def write_pages(statements_path: Path, articles: dict[str, Article], out: Path,
                parallel: bool = False, negotiations=None, everything: bool = False) -> dict[str, Path]:
    """out/positions.html and out/compare.html from a build's statements.jsonl;
    returns their paths by name. With `parallel` (a build given more than one core)
    a forked process writes the comparison while this one writes the view."""
    from .calibration import shown
    from .view import render_view

    # The pages show the lines from the calibrated confidence up (everything: all of them).
    statements = shown(read_statements(statements_path), everything)
    comparison = out / "compare.html"
    if negotiations:
        from .negotiations import membership

        member = membership(negotiations)  # the view's negotiation filter reads it from the articles
        articles = {k: dataclasses.replace(a, negotiations=member.get(k, ())) for k, a in articles.items()}
    child = None
    if parallel and "fork" in multiprocessing.get_all_start_methods():
        # Forked, not spawned: the child shares the statements read above instead of
        # receiving a pickled copy. No store or worker thread is alive at this point.
        child = multiprocessing.get_context("fork").Process(
            target=_write_comparison, args=(statements, articles, comparison, negotiations),
            name="negograph-compare")
        child.start()
    else:
        _write_comparison(statements, articles, comparison, negotiations)
    view = render_view(statements, articles, out / "positions.html", title="negograph: positions",
                       links={"Comparison": "compare.html"})
    if child is not None:
        child.join()
        if child.exitcode != 0:
            raise BuildError(f"{comparison}: the comparison page could not be written (exit code {child.exitcode})")
    return {"view": view, "comparison": comparison}


def _write_comparison(statements: list[Statement], articles: dict[str, Article], path: Path,
                      negotiations=None) -> None:
    from .compare import compare_negotiations
    from .compare_report import write_html

    write_html(compare_negotiations(statements, articles, negotiations), path)
