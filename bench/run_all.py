"""`make bench`: every benchmark, one table, each figure next to a baseline measured
in the same run, on this machine.

    .venv/bin/python bench/run_all.py            # the full run (10,000 articles; ~10-20 min on 2 cores)
    .venv/bin/python bench/run_all.py --quick    # small sizes, a minute or two: checks the benches run
    .venv/bin/python bench/run_all.py --no-readme

Sections (each one failing prints its error in the table and the others go on):

- extraction: sentences/s of `extract_article`, against tokenize + lemmatize
  alone (tokenize_uk + pymorphy3 for uk/ru, simplemma for en) on the same text
  (bench/bench_extract.py when the extraction engineer's benchmark is there);
- build: `negograph build` of 10,000 generated articles (bench/generate.py)
  with --jobs 1 and --jobs 2, wall time and peak RSS of the whole process
  tree, and the speed-up;
- streaming: peak RSS building 10,000 articles against 1,000;
- store: load and query times against rdflib in memory (bench/bench_store.py);
- view: page generation at 5,000 and 50,000 statements (bench/bench_view.py).

The table is printed, written to bench/results/latest.md, and recorded in
bench/README.md between the `bench:start` and `bench:end` markers with the
machine it ran on.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO))

import generate

START, END = "<!-- bench:start -->", "<!-- bench:end -->"

# Targets of issue 7 on the 2-core reference machine.
TARGET_SPEEDUP = 1.7
TARGET_BUILD_SECONDS = 300
TARGET_RSS_MB = 2048
TARGET_RSS_RATIO = 1.5


@dataclass
class Row:
    """One line of the table: a figure, and the baseline it is measured against."""

    measure: str
    figure: str
    baseline: str = ""
    baseline_figure: str = ""
    ratio: str = ""
    note: str = ""


# --- measuring a command: wall time and peak RSS of its process tree --------------------


@dataclass
class Measured:
    """One run of a command: wall time, peak RSS and CPU of its process tree, and how
    much CPU other processes on the machine took meanwhile (a noisy neighbour slows
    a parallel build more than a serial one)."""

    seconds: float
    peak_mb: float
    cpu_seconds: float
    others_cores: float
    result: subprocess.CompletedProcess


def run_measured(args: list[str], interval: float = 0.2) -> Measured:
    """Run a command, sampling the summed RSS of it and its children until it exits.

    Sampling every 0.2 s: memory grows over seconds, and a tighter loop would take
    CPU from a parallel build that needs both cores (not from a serial one)."""
    import psutil

    busy_before = _busy_cpu_seconds()
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(args, stdout=out, stderr=err, cwd=REPO)
        root = psutil.Process(process.pid)
        peak = 0
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:  # rusage of the build and of the workers it reaped
                break
            try:
                total = root.memory_info().rss
                for child in root.children(recursive=True):
                    try:
                        total += child.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, total)
            except psutil.Error:
                pass
            time.sleep(interval)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = subprocess.CompletedProcess(args, process.returncode, out.read().decode(errors="replace"),
                                             err.read().decode(errors="replace"))
    cpu = usage.ru_utime + usage.ru_stime
    others = max(0.0, (_busy_cpu_seconds() - busy_before - cpu) / seconds)
    return Measured(seconds, peak / 2**20, cpu, others, result)


def _busy_cpu_seconds() -> float:
    import psutil

    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def best_of(args: list[str], repeat: int) -> Measured:
    """The fastest of `repeat` runs (the one least disturbed by other processes)."""
    runs = []
    for _ in range(repeat):
        run = run_measured(args)
        if run.result.returncode != 0:
            raise RuntimeError(f"{' '.join(args[3:6])} failed: {run.result.stderr.strip()[-300:]}")
        runs.append(run)
    return min(runs, key=lambda r: r.seconds)


def negograph(*args: str) -> list[str]:
    return [sys.executable, "-m", "graph.cli", *args]


# --- sections ------------------------------------------------------------------------------


def extraction_rows(articles: int) -> list[Row]:
    """Sentences/s of the extractor against tokenize + lemmatize on the same sentences."""
    try:
        bench_extract = importlib.import_module("bench_extract")
    except ImportError:
        bench_extract = None
    if bench_extract is not None and hasattr(bench_extract, "run"):
        r = bench_extract.run(articles)
        return [Row(
            "extraction, 1 core", f"{r['extract_sps']:,.0f} sentences/s",
            "tokenize + lemmatize only", f"{r['baseline_sps']:,.0f} sentences/s",
            f"{r['ratio']:.1f}x the time",
            f"bench_extract.py corpus: {r['articles']:,} articles, {r['sentences']:,} sentences, "
            f"{r['statements']:,} statements")]
    from graph.extract import extract_article
    from graph.ingest import read_articles

    with tempfile.TemporaryDirectory() as tmp:
        archive = generate.write_archive(Path(tmp) / "extract.jsonl", articles)
        docs = list(read_articles(archive))
    sentences = generate.sentence_count(articles)
    extract_article(docs[0])  # load lexicons and dictionaries outside the timing
    start = time.perf_counter()
    statements = sum(len(extract_article(doc)) for doc in docs)
    ours = time.perf_counter() - start
    baseline = _tokenize_lemmatize_seconds(docs)
    return [Row(
        "extraction, 1 core", f"{sentences / ours:,.0f} sentences/s",
        "tokenize + lemmatize only", f"{sentences / baseline:,.0f} sentences/s",
        f"{ours / baseline:.1f}x the time",
        f"{len(docs):,} generated articles, {sentences:,} sentences, {statements:,} statements")]


def _tokenize_lemmatize_seconds(docs) -> float:
    import pymorphy3
    import simplemma
    import tokenize_uk

    analysers = {"uk": pymorphy3.MorphAnalyzer(lang="uk"), "ru": pymorphy3.MorphAnalyzer(lang="ru")}
    start = time.perf_counter()
    for doc in docs:
        for word in tokenize_uk.tokenize_words(doc.text):
            if doc.lang in analysers:
                _ = analysers[doc.lang].parse(word)[0].normal_form
            else:
                simplemma.lemmatize(word, lang="en")
    return time.perf_counter() - start


def build_rows(articles: int, small: int, workdir: Path, repeat: int) -> list[Row]:
    """negograph build with --jobs 1 and --jobs 2; peak RSS against a 10x smaller archive.

    Each build runs `repeat` times into a fresh folder, alternating --jobs 1 and 2,
    and the fastest run of each counts."""
    archive = generate.write_archive(workdir / f"archive-{articles}.jsonl", articles)
    small_archive = generate.write_archive(workdir / f"archive-{small}.jsonl", small)
    runs: dict[int, list[Measured]] = {1: [], 2: []}
    for attempt in range(repeat):
        for jobs in (1, 2):
            out = workdir / f"out-{articles}-j{jobs}-{attempt}"
            runs[jobs].append(best_of(negograph("build", str(archive), "--out", str(out), "--jobs", str(jobs)), 1))
            shutil.rmtree(out, ignore_errors=True)
    one, two = (min(runs[j], key=lambda r: r.seconds) for j in (1, 2))
    little = best_of(negograph("build", str(small_archive), "--out", str(workdir / f"out-{small}"), "--jobs", "2"), 1)

    speedup = one.seconds / two.seconds
    ratio = two.peak_mb / little.peak_mb
    n = f"{articles:,}"
    noise = f"other processes used {two.others_cores:.1f} / {one.others_cores:.1f} cores meanwhile"
    return [
        Row(f"build {n} articles, --jobs 2", f"{two.seconds:.1f} s ({articles / two.seconds:,.0f} articles/s)",
            "--jobs 1", f"{one.seconds:.1f} s ({articles / one.seconds:,.0f} articles/s)",
            f"{speedup:.2f}x speed-up",
            f"{_target(speedup >= TARGET_SPEEDUP, f'>= {TARGET_SPEEDUP}x')}; best of {repeat}; "
            f"CPU {two.cpu_seconds:.0f} s / {one.cpu_seconds:.0f} s; {noise}; {_counts(one.result.stdout)}"),
        Row(f"build {n} articles, --jobs 2, wall time", f"{two.seconds:.1f} s", "target", f"{TARGET_BUILD_SECONDS} s",
            f"{two.seconds / TARGET_BUILD_SECONDS:.2f} of the target",
            _target(two.seconds < TARGET_BUILD_SECONDS, "under 5 min")),
        Row(f"build {n} articles, --jobs 2, peak RSS", f"{two.peak_mb:,.0f} MB",
            "--jobs 1 / target", f"{one.peak_mb:,.0f} MB / {TARGET_RSS_MB:,} MB", "",
            _target(two.peak_mb < TARGET_RSS_MB, "under 2 GB") + "; all processes of the build summed"),
        Row(f"streaming: peak RSS, {n} articles", f"{two.peak_mb:,.0f} MB", f"{small:,} articles",
            f"{little.peak_mb:,.0f} MB ({little.seconds:.1f} s)", f"{ratio:.2f}x",
            _target(ratio <= TARGET_RSS_RATIO, f"within {TARGET_RSS_RATIO}x") + "; --jobs 2"),
    ]


def _counts(summary: str) -> str:
    """'N statements' from a build summary table."""
    for line in summary.splitlines():
        cells = [c.strip() for c in line.strip("│┃ ").split("│")]
        if cells and cells[0] == "statements" and len(cells) > 1:
            return f"{int(cells[-1]):,} statements"
    return ""


def _target(met: bool, what: str) -> str:
    return f"target {what}: {'met' if met else 'NOT met'}"


def store_rows(quick: bool) -> list[Row]:
    """The store engineer's benchmark: load and query times against rdflib in memory."""
    bench_store = importlib.import_module("bench_store")
    rows = bench_store.rows(quick=quick) if _accepts(bench_store.rows, "quick") else bench_store.rows()
    return [Row(**row) if isinstance(row, dict) else row for row in rows]


def view_rows(sizes: tuple[int, ...], workdir: Path) -> list[Row]:
    """Page generation at each size against dumping the same graph as JSON (networkx)."""
    bench_view = importlib.import_module("bench_view")
    if hasattr(bench_view, "rows"):
        return [Row(**row) if isinstance(row, dict) else row for row in bench_view.rows(sizes)]
    import json

    import networkx as nx

    rows = []
    for n in sizes:
        result = bench_view.bench(n, workdir)
        statements, articles = bench_view.synthetic_statements(n)
        start = time.perf_counter()
        graph = bench_view.build_view_graph(statements, articles)
        (workdir / f"baseline-{n}.json").write_text(json.dumps(nx.node_link_data(graph, edges="links"),
                                                               ensure_ascii=False, default=str))
        baseline = time.perf_counter() - start
        rows.append(Row(
            f"view, {n:,} statements", f"{result['seconds']:.2f} s ({result['megabytes']:.1f} MB page)",
            "graph as JSON, no page", f"{baseline:.2f} s", f"{result['seconds'] / baseline:.1f}x the time",
            f"{result['nodes']:,} nodes, {result['edges']:,} edges, {result['layout']} layout"))
    return rows


def _accepts(function: Callable, name: str) -> bool:
    import inspect

    try:
        return name in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


# --- the table -------------------------------------------------------------------------------


def machine() -> str:
    import psutil

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    memory = psutil.virtual_memory().total / 2**30
    return (f"{cpu}, {cores} cores, {memory:.0f} GB RAM, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def table(rows: list[Row]) -> str:
    lines = ["| measure | negograph | baseline | baseline figure | ratio | notes |",
             "|---|---:|---|---:|---:|---|"]
    for r in rows:
        lines.append(f"| {r.measure} | {r.figure} | {r.baseline} | {r.baseline_figure} | {r.ratio} | {r.note} |")
    return "\n".join(lines)


def record(text: str) -> None:
    """Replace the recorded table in bench/README.md."""
    readme = BENCH / "README.md"
    current = readme.read_text(encoding="utf-8") if readme.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START not in current or END not in current:
        current = current.rstrip() + f"\n\n{START}\n{END}\n"
    head, rest = current.split(START, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: check that every bench runs")
    parser.add_argument("--articles", type=int, help="articles in the build benchmark [10000; 500 with --quick]")
    parser.add_argument("--no-readme", action="store_true", help="do not record the table in bench/README.md")
    parser.add_argument("--only", metavar="SECTIONS", help="comma-separated: extraction,build,store,view")
    args = parser.parse_args(argv)
    articles = args.articles or (500 if args.quick else 10_000)
    extract_articles = 100 if args.quick else 2_000
    view_sizes = (500, 5_000) if args.quick else (5_000, 50_000)

    rows: list[Row] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="negograph-bench-") as tmp:
        workdir = Path(tmp)
        sections: list[tuple[str, Callable[[], list[Row]]]] = [
            ("extraction", lambda: extraction_rows(extract_articles)),
            ("build", lambda: build_rows(articles, max(1, articles // 10), workdir, 1 if args.quick else 2)),
            ("store", lambda: store_rows(args.quick)),
            ("view", lambda: view_rows(view_sizes, workdir)),
        ]
        if args.only:
            wanted = set(args.only.split(","))
            sections = [(name, section) for name, section in sections if name in wanted]
        for name, section in sections:
            print(f"bench: {name} ...", file=sys.stderr, flush=True)
            t = time.perf_counter()
            try:
                new = section()
            except Exception as exc:  # noqa: BLE001 - one broken bench must not hide the others' figures
                traceback.print_exc()
                new = [Row(name, "error", note=f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}")]
            rows.extend(new)
            print(f"bench: {name} done in {time.perf_counter() - t:.0f} s", file=sys.stderr, flush=True)
            print(table(new), file=sys.stderr, flush=True)  # each section's figures as soon as they exist

    when = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    text = (f"Run {when} ({'quick' if args.quick else 'full'}, {time.perf_counter() - started:.0f} s) on "
            f"{machine()}.\n\n{table(rows)}")
    print(text)
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    (results / "latest.md").write_text(text + "\n", encoding="utf-8")
    if not args.no_readme and not args.quick and not args.only:
        record(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
