"""graph/export.py and `negograph export`: RDF round trips, GraphML for Gephi, CSV."""
from __future__ import annotations

import csv
import io

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from kg_fixture import ARTICLES, NEGOTIATIONS, STATEMENTS, by_article, expected_order
from typer.testing import CliRunner

from graph.cli import app
from graph.export import CSV_COLUMNS, export
from graph.store import iter_quads, open_store

runner = CliRunner()
RDFLIB_FORMATS = {"trig": "trig", "nquads": "nquads", "jsonld": "json-ld", "turtle": "turtle"}


def distinct_triples(store) -> int:
    result = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    return int(result.rows[0][0].value)


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_quad_formats_round_trip_with_the_same_quad_count(store, tmp_path, fmt):
    path = tmp_path / f"graph.{fmt}"
    export(store, fmt, path)
    quads = list(iter_quads(path, fmt))
    assert len(set(quads)) == len(quads) == store.quad_count()
    assert set(quads) == set(store.quads())
    dataset = rdflib.Dataset()  # an independent parser agrees
    dataset.parse(path, format=RDFLIB_FORMATS[fmt])
    assert len(list(dataset.quads((None, None, None, None)))) == store.quad_count()


def test_turtle_holds_the_union_of_the_graphs(store, tmp_path):
    path = tmp_path / "graph.ttl"
    export(store, "turtle", path)
    assert len(rdflib.Graph().parse(path, format="turtle")) == distinct_triples(store)
    assert len(list(iter_quads(path, "turtle"))) == distinct_triples(store)
    assert distinct_triples(store) < store.quad_count()  # the direct triple of TALKS is in two graphs


def test_a_trig_export_loads_into_a_fresh_store_unchanged(store, tmp_path):
    path = tmp_path / "graph.trig"
    export(store, "trig", path)
    with open_store(tmp_path / "copy") as copy:
        assert copy.load_quads(iter_quads(path)) == store.quad_count()
        assert copy.quad_count() == store.quad_count()
        assert copy.statements() == expected_order()
        assert copy.articles() == store.articles()


def test_exports_are_byte_identical_whatever_the_write_order(store, tmp_path):
    with open_store(tmp_path / "reversed") as other:
        for article in reversed(ARTICLES):
            other.replace_article(article, list(reversed(by_article(article))))
        other.replace_negotiations(tuple(reversed(NEGOTIATIONS)), list(reversed(STATEMENTS)))
        for fmt in ("trig", "nquads", "turtle", "csv", "graphml"):
            assert export(other, fmt) == export(store, fmt), fmt


def test_graphml_opens_in_networkx_with_statements_as_edges(store, tmp_path):
    path = tmp_path / "positions.graphml"
    export(store, "graphml", path)
    graph = nx.read_graphml(path, force_multigraph=True)
    kinds = {n: d["kind"] for n, d in graph.nodes(data=True)}
    assert sorted(kinds.values()).count("actor") == 6
    assert sorted(kinds.values()).count("item") == 6
    assert sorted(kinds.values()).count("issue") == 6
    positions = [(u, v, d) for u, v, d in graph.edges(data=True) if d["relation"] != "broader"]
    assert len(positions) == len(STATEMENTS)
    assert graph.number_of_edges() == len(STATEMENTS) + 6
    edge = next(d for u, v, d in positions if u == "actor:trump")
    assert edge == {"label": "proposes", "relation": "proposes", "article": "kyiv-post-ceasefire",
                    "date": "2025-03-11", "sentence": "Trump proposed a 30-day ceasefire.", "sentence_index": 0,
                    "attribution": "White House", "confidence": 0.8, "conditional_on": "", "weight": 0.8}
    assert graph.nodes["actor:putin"] == {"label": "Vladimir Putin", "kind": "actor", "actor_type": "person",
                                          "wikidata": "Q7747"}


def test_csv_has_one_row_per_statement(store):
    rows = list(csv.reader(io.StringIO(export(store, "csv").decode("utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(STATEMENTS) + 1
    assert rows[1] == ["meduza-talks", "2025-02-20", "russia", "Russia", "Q159", "demands", "sanctions-relief",
                       "lifting sanctions on Russia", "sanctions", "снятия санкций", "Россия требует снятия санкций.",
                       "0", "Meduza", "", "0.8", "ru"]
    conditional = next(r for r in rows[1:] if r[13])
    assert conditional[2:8] == ["putin", "Vladimir Putin", "Q7747", "proposes", "peace-talks", "direct peace talks"]
    assert conditional[13] == "withdraw-four-regions"


def test_cli_export_to_stdout_and_to_a_file(store_path, tmp_path):
    result = runner.invoke(app, ["export", "--format", "nquads", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    with open_store(store_path, read_only=True) as s:
        count = s.quad_count()
    assert len(list(ox.parse(result.stdout_bytes, ox.RdfFormat.N_QUADS))) == count
    out = tmp_path / "g.trig"
    result = runner.invoke(app, ["export", "-f", "trig", "--store", str(store_path), "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert len(list(iter_quads(out))) == count


def test_cli_export_errors_are_one_line(store_path, tmp_path):
    result = runner.invoke(app, ["export", "--format", "rdfxml", "--store", str(store_path)])
    assert result.exit_code == 2
    assert result.stderr == "negograph: unknown format 'rdfxml'; use one of trig, nquads, turtle, jsonld, graphml, csv\n"
    result = runner.invoke(app, ["export", "--store", str(store_path), "-o", str(tmp_path / "no" / "dir" / "x.trig")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"negograph: {tmp_path / 'no' / 'dir' / 'x.trig'}: ")
    assert len(result.stderr.splitlines()) == 1
