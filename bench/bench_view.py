"""Benchmark the graph view: page generation time and file size by number of statements.

Statements are synthetic but shaped like extracted ones: a few busy actors and
items and a long tail (Zipf-like weights), several statements per article,
sentences of news length in Ukrainian and English.

    .venv/bin/python bench/bench_view.py              # 500, 5,000 and 50,000 statements
    .venv/bin/python bench/bench_view.py 500 5000     # chosen sizes
    .venv/bin/python bench/bench_view.py --keep DIR   # keep the pages in DIR

Prints one Markdown table row per size (for bench/README.md).
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.models import RELATIONS, Actor, Article, Item, Statement
from graph.view import ISSUE_COLOURS, build_view_graph, render_view, uses_python_layout

SIZES = (500, 5_000, 50_000)
ACTOR_TYPES = ("person", "state", "organisation", "group")
SENTENCES = (
    "За словами джерел, {actor} {verb} {item}, повідомляє видання {source}.",
    "{actor} заявив, що {item} {verb} є неприйнятним без гарантій безпеки.",
    "According to people familiar with the talks, {actor} {verb} {item} as a condition for any deal.",
    "In a statement on Tuesday, {actor} said it {verb} {item}, the {source} reported.",
)
VERBS = {"demands": "вимагає", "proposes": "пропонує", "rejects": "відкидає", "accepts": "погоджується на"}


def synthetic_statements(n: int, seed: int = 7) -> tuple[list[Statement], dict[str, Article]]:
    """`n` statements over about n/40 actors, n/8 items and n/6 articles."""
    rng = random.Random(seed)
    issues = list(ISSUE_COLOURS)
    actors = [Actor(f"actor-{k}", f"Actor {k}", f"Q{1000 + k}" if k % 3 == 0 else "", ACTOR_TYPES[k % 4])
              for k in range(max(8, n // 40))]
    items = [Item(f"item-{k}", f"item {k} on {issues[k % len(issues)]}", issues[k % len(issues)],
                  f"слова пункту {k}")
             for k in range(max(20, n // 8))]
    articles = {f"art-{k}": Article(f"art-{k}", "", title=f"Article {k}: talks resume", lang="uk",
                                    date=f"2025-{1 + k % 12:02d}-{1 + k % 28:02d}",
                                    source=("Reuters", "Financial Times", "Українська правда", "ТАСС")[k % 4],
                                    url=f"https://example.org/news/{k}")
                for k in range(max(3, n // 6))}
    actor_w = [1 / (k + 1) for k in range(len(actors))]
    item_w = [1 / (k + 1) ** 0.8 for k in range(len(items))]
    article_ids = list(articles)
    out = []
    for k in range(n):
        actor = rng.choices(actors, actor_w)[0]
        item = rng.choices(items, item_w)[0]
        relation = rng.choice(RELATIONS)
        article = article_ids[min(k // 6, len(article_ids) - 1)]
        sentence = rng.choice(SENTENCES).format(actor=actor.label, verb=VERBS[relation], item=item.label,
                                                source=articles[article].source)
        out.append(Statement(article=article, actor=actor, relation=relation, item=item, sentence=sentence,
                             attribution=articles[article].source if k % 2 else "",
                             confidence=round(rng.uniform(0.4, 0.95), 2), sentence_index=k % 30, lang="uk"))
    return out, articles


def bench(n: int, folder: Path) -> dict[str, object]:
    statements, articles = synthetic_statements(n)
    start = time.perf_counter()
    graph = build_view_graph(statements, articles)
    out = render_view(statements, articles, folder / f"view-{n}.html", title=f"{n} statements")
    seconds = time.perf_counter() - start
    return {
        "statements": n,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "layout": "python" if uses_python_layout(graph) else "browser physics",
        "seconds": seconds,
        "megabytes": out.stat().st_size / 1e6,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(SIZES))
    parser.add_argument("--keep", type=Path, help="folder to keep the generated pages in")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="negograph-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print("| statements | nodes | edges | layout | generation (s) | file size (MB) |")
    print("|---:|---:|---:|---|---:|---:|")
    for n in args.sizes:
        r = bench(n, folder)
        print(f"| {r['statements']:,} | {r['nodes']:,} | {r['edges']:,} | {r['layout']} "
              f"| {r['seconds']:.2f} | {r['megabytes']:.1f} |", flush=True)


if __name__ == "__main__":
    main()
