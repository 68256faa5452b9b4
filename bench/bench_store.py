"""Benchmark the store: a generated graph of 1,000,000 quads, loaded and queried on the
embedded Oxigraph store (on disk) and on rdflib's in-memory Dataset, in the same run.

The graph is written by graph/rdf.py from generated statements shaped like
extracted ones: articles of 6-18 statements, a few busy actors and items and a
long tail (Zipf-like weights), 18 issues, an attribution on most statements,
a sentence of news length each. Queries are the files of queries/ with their
parameters bound the same way on both stores:

- positions of an actor (queries/actor-positions.rq, the busiest actor);
- conflicts (queries/conflicts.rq);
- counts per issue (queries/counts-per-issue.rq).

Each query is run on both stores, its rows compared, and timed (best of 3 on
Oxigraph, one run on rdflib, which is slow). Targets (issue 4): conflicts at
least 10x faster than rdflib and under 1 s; each on-disk query under 1 s.

rdflib answers the same three questions over its union default graph
(`Dataset(default_union=True)`), each written as a flat group of triple
patterns (`RDFLIB_QUERIES`), the form rdflib evaluates best: it binds one
pattern's results into the next inside a group and into an OPTIONAL, but
joins separate groups and subqueries with a nested loop over both sides, and
runs `GRAPH ?g` once per named graph (one per article). The files in queries/ are written for
Oxigraph (distinct positions before the join, one sort key); on rdflib their
conflicts query took 225 s on 20,000 quads. Both stores must give the same rows.

    .venv/bin/python bench/bench_store.py                  # 1,000,000 quads
    .venv/bin/python bench/bench_store.py --quads 100000   # smaller
"""
from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox
import rdflib

from graph.models import Actor, Article, Item, Statement
from graph.query import bind, load_query
from graph.rdf import article_dataset
from graph.store import open_store

ISSUES = ("ceasefire", "peace-settlement", "negotiations", "territory", "alliance-membership",
          "security-guarantees", "military-aid", "sanctions", "alliance-posture", "international-order",
          "armed-forces-limits", "humanitarian", "political-status", "economic", "accountability",
          "nuclear", "hostages", "other")
KNOWN_ACTORS = (("putin", "Vladimir Putin", "Q7747", "person"), ("trump", "Donald Trump", "Q22686", "person"),
                ("zelensky", "Volodymyr Zelensky", "Q3881", "person"), ("russia", "Russia", "Q159", "state"),
                ("ukraine", "Ukraine", "Q212", "state"), ("united-states", "United States", "Q30", "state"),
                ("nato", "NATO", "Q7184", "organisation"), ("eu", "European Union", "Q458", "organisation"))
RELATIONS = ("demands", "proposes", "rejects", "accepts")
RELATION_WEIGHTS = (0.3, 0.3, 0.3, 0.1)
SOURCES = ("Financial Times, citing Kremlin sources", "Reuters", "Bloomberg", "Meduza", "Ukrainska Pravda",
           "the White House", "Kremlin spokesman Peskov", "")
SENTENCE = ("За словами джерел, {actor} {verb} {item}, повідомляє видання {source}; "
            "переговори тривали кілька годин у закритому режимі.")
QUERIES = (("positions of an actor", "actor-positions", {"actor": "putin"}),
           ("conflicts", "conflicts", {}),
           ("counts per issue", "counts-per-issue", {}))
_PREFIXES = """PREFIX neg: <https://w3id.org/negograph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
RDFLIB_QUERIES = {
    "actor-positions": _PREFIXES + """
SELECT ?relation ?item ?issue (COUNT(DISTINCT ?st) AS ?statements) (COUNT(DISTINCT ?art) AS ?articles)
WHERE {
  ?a skos:hiddenLabel ?actor .
  ?st neg:actor ?a ; neg:relation ?rel ; neg:item ?i ; prov:wasDerivedFrom ?art .
  ?i skos:prefLabel ?item ; skos:broader ?issueNode . ?issueNode skos:notation ?issue .
  BIND(STRAFTER(STR(?rel), STR(neg:)) AS ?relation)
}
GROUP BY ?relation ?item ?issue
ORDER BY ?relation ?item""",
    # rdflib joins two groups with a nested loop, but evaluates an OPTIONAL
    # once per row with that row's bindings: an index lookup per rejection.
    "conflicts": _PREFIXES + """
SELECT DISTINCT ?issue ?item ?supporter ?relation ?opponent
WHERE {
  {
    ?b neg:rejects ?i .
    OPTIONAL { ?a ?rel ?i FILTER(?rel IN (neg:demands, neg:proposes)) }
    FILTER(BOUND(?a) && ?a != ?b)
  }
  OPTIONAL { ?a skos:prefLabel ?supporter }
  OPTIONAL { ?b skos:prefLabel ?opponent }
  OPTIONAL { ?i skos:prefLabel ?item ; skos:broader ?issueNode . ?issueNode skos:notation ?issue }
  BIND(STRAFTER(STR(?rel), STR(neg:)) AS ?relation)
}
ORDER BY ?issue ?item ?supporter ?relation ?opponent""",
    "counts-per-issue": _PREFIXES + """
SELECT ?issue (COUNT(?st) AS ?statements) (COUNT(DISTINCT ?a) AS ?actors) (COUNT(DISTINCT ?i) AS ?items)
WHERE {
  ?st neg:actor ?a ; neg:item ?i .
  ?i skos:broader ?issueNode . ?issueNode skos:notation ?issue .
}
GROUP BY ?issue
ORDER BY DESC(?statements) ?issue""",
}
XSD_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")
TARGET_SECONDS = 1.0
TARGET_CONFLICT_RATIO = 10.0


def zipf(n: int, s: float = 1.1) -> list[float]:
    return [1 / (rank ** s) for rank in range(1, n + 1)]


def generate(quads: int, seed: int = 4) -> list[ox.Quad]:
    """At least `quads` distinct quads (whole articles), as the store would hold them.

    Sized like the lexicons (about 210 actors, 205 canonical items on 18
    issues) and shaped like coverage: each actor has an agenda of items it
    keeps coming back to with its usual stance (60 items for the busiest, a
    handful for the long tail), stances flip now and then (8%), and a third of
    the statements carry an item read from the text that the lexicon does
    not know (one-off items, as the extractor produces them).
    """
    rng = random.Random(seed)
    actors = [Actor(a, label, wd, kind, (("en", label),)) for a, label, wd, kind in KNOWN_ACTORS]
    actors += [Actor(f"actor-{k}", f"Actor {k}", "", rng.choice(("person", "state", "organisation", "group")))
               for k in range(len(actors), 213)]
    items = [Item(f"item-{k}", f"{ISSUES[k % len(ISSUES)].replace('-', ' ')} item {k}", ISSUES[k % len(ISSUES)])
             for k in range(205)]
    item_w = zipf(len(items), 1.0)
    agendas = []
    for rank in range(1, len(actors) + 1):
        size = max(4, int(60 / rank ** 0.5))
        chosen: dict[int, None] = {}
        while len(chosen) < size:
            chosen[rng.choices(range(len(items)), item_w)[0]] = None
        agendas.append([(items[i], rng.choices(RELATIONS, RELATION_WEIGHTS)[0]) for i in chosen])
    actor_w = zipf(len(actors))
    out: dict[ox.Quad, None] = {}
    n = 0
    while len(out) < quads:
        article = Article(f"bench-{n:06d}", f"Generated article {n}. " * 20, title=f"Article {n}",
                          lang=rng.choice(("uk", "ru", "en")),
                          date=f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", source=rng.choice(SOURCES[:5]),
                          url=f"https://news.example/{n}", order=n)
        statements = []
        for index in range(rng.randint(6, 18)):
            k = rng.choices(range(len(actors)), actor_w)[0]
            actor, agenda = actors[k], agendas[k]
            if rng.random() < 0.33:
                issue = rng.choice(ISSUES)
                item, relation = Item(f"text-{n}-{index}", f"{issue} words {n}-{index}", issue, known=False), \
                    rng.choices(RELATIONS, RELATION_WEIGHTS)[0]
            else:
                item, relation = agenda[min(int(rng.expovariate(3 / len(agenda))), len(agenda) - 1)]
                if rng.random() < 0.08:  # a change of stance, or a report that codes it the other way
                    relation = rng.choice(RELATIONS)
            source = rng.choice(SOURCES)
            statements.append(Statement(
                article.id, actor, relation, Item(item.id, item.label, item.issue, item.label, (), item.known),
                SENTENCE.format(actor=actor.label, verb=relation, item=item.label, source=source or "AP"),
                source, (), round(rng.uniform(0.4, 0.95), 2), index // 2, article.lang))
        data = article_dataset(article, statements)
        out.update(dict.fromkeys(data.quads))
        out.update(dict.fromkeys(data.shared))
        n += 1
    return list(out)


def _to_rdflib(term):
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype == XSD_STRING:  # rdflib tells "x" and "x"^^xsd:string apart
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    raise TypeError(term)


def _timed(function, repeat: int = 1):
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def _rows_oxigraph(store, text: str) -> list[tuple]:
    return [tuple(None if t is None else t.value for t in row) for row in store.query(text).rows]


def _rows_rdflib(dataset, text: str) -> list[tuple]:
    return [tuple(None if t is None else str(t) for t in row) for row in dataset.query(text)]


def run(quads: int, workdir: Path, log=print) -> dict:
    """Generate, load and query; return every figure."""
    t0 = time.perf_counter()
    data = generate(quads)
    log(f"generated {len(data):,} quads in {time.perf_counter() - t0:.1f} s")
    figures: dict = {"quads": len(data)}

    with open_store(workdir / "store") as store:
        seconds, _ = _timed(lambda: store.bulk_load(data))
        figures["load_oxigraph"] = seconds
        figures["quad_count"] = store.quad_count()
        log(f"oxigraph bulk load: {seconds:.1f} s ({len(data) / seconds:,.0f} quads/s)")

        rdf_quads = [(_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object),
                      rdflib.URIRef(q.graph_name.value)) for q in data]
        dataset = rdflib.Dataset(default_union=True)

        def load_rdflib():
            for s, p, o, g in rdf_quads:
                dataset.graph(g).add((s, p, o))  # Dataset.addN wants Graph contexts; this is its usual path

        seconds, _ = _timed(load_rdflib)
        figures["load_rdflib"] = seconds
        log(f"rdflib in-memory load: {seconds:.1f} s ({len(data) / seconds:,.0f} quads/s)")

        for label, name, params in QUERIES:
            text = bind(load_query(name).text, params)
            flat = bind(RDFLIB_QUERIES[name], params)
            ours, rows = _timed(lambda text=text: _rows_oxigraph(store, text), repeat=3)
            theirs, their_rows = _timed(lambda text=flat: _rows_rdflib(dataset, text))
            same = rows == their_rows
            figures[name] = {"label": label, "oxigraph": ours, "rdflib": theirs, "rows": len(rows), "same": same}
            log(f"{label}: oxigraph {ours:.3f} s, rdflib {theirs:.2f} s, {theirs / ours:.0f}x, "
                f"{len(rows):,} rows{'' if same else ' (ROWS DIFFER)'}")
        figures["articles_per_second"] = _transactional_rate(workdir)
    return figures


def _transactional_rate(workdir: Path, articles: int = 500) -> float:
    """replace_article (one transaction per article) into a fresh on-disk store: articles/s."""
    rng = random.Random(1)
    batch = []
    for n in range(articles):
        article = Article(f"tx-{n}", "text", order=n, date="2025-01-01")
        batch.append((article, [Statement(article.id, Actor(f"a{rng.randrange(50)}", "A"), "demands",
                                          Item(f"i{rng.randrange(500)}", "I", "other"), "sentence", sentence_index=k)
                                for k in range(12)]))
    with open_store(workdir / "tx") as store:
        seconds, _ = _timed(lambda: [store.replace_article(a, s) for a, s in batch])
    return articles / seconds


def rows(quick: bool = False) -> list[dict]:
    """Table rows for bench/run_all.py."""
    quads = 100_000 if quick else 1_000_000
    with tempfile.TemporaryDirectory(prefix="negograph-bench-store-") as tmp:
        f = run(quads, Path(tmp), log=lambda *a: print(*a, file=sys.stderr))
    n = f"{f['quads']:,} quads"
    out = [{"measure": f"store load, {n}", "figure": f"{f['load_oxigraph']:.1f} s (Oxigraph on disk, bulk)",
            "baseline": "rdflib in memory", "baseline_figure": f"{f['load_rdflib']:.1f} s",
            "ratio": f"{f['load_rdflib'] / f['load_oxigraph']:.1f}x faster",
            "note": f"replace_article, one transaction each: {f['articles_per_second']:,.0f} articles/s"}]
    for _, name, _ in QUERIES:
        q = f[name]
        ratio = q["rdflib"] / q["oxigraph"]
        targets = [f"under {TARGET_SECONDS:.0f} s: {'met' if q['oxigraph'] < TARGET_SECONDS else 'NOT met'}"]
        if name == "conflicts":
            targets.append(f">= {TARGET_CONFLICT_RATIO:.0f}x rdflib: "
                           f"{'met' if ratio >= TARGET_CONFLICT_RATIO else 'NOT met'}")
        out.append({"measure": f"query: {q['label']}, {n}", "figure": f"{q['oxigraph']:.3f} s",
                    "baseline": "rdflib in memory", "baseline_figure": f"{q['rdflib']:.2f} s",
                    "ratio": f"{ratio:.0f}x faster",
                    "note": f"{q['rows']:,} rows, {'same rows' if q['same'] else 'ROWS DIFFER'}; "
                            + "; ".join(f"target {t}" for t in targets)})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quads", type=int, default=1_000_000, help="size of the generated graph")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="negograph-bench-store-") as tmp:
        f = run(args.quads, Path(tmp))
    print()
    print(f"| measure ({f['quads']:,} quads) | Oxigraph on disk | rdflib in memory | ratio |")
    print("|---|---:|---:|---:|")
    print(f"| load | {f['load_oxigraph']:.1f} s | {f['load_rdflib']:.1f} s | "
          f"{f['load_rdflib'] / f['load_oxigraph']:.1f}x |")
    for _, name, _ in QUERIES:
        q = f[name]
        print(f"| {q['label']} ({q['rows']:,} rows{'' if q['same'] else ', ROWS DIFFER'}) | {q['oxigraph']:.3f} s "
              f"| {q['rdflib']:.2f} s | {q['rdflib'] / q['oxigraph']:.0f}x |")
    print(f"| replace_article, one transaction each | {f['articles_per_second']:,.0f} articles/s | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
