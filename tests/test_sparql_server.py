"""The store on a real SPARQL 1.1 server: `oxigraph serve` on 127.0.0.1, started and stopped here.

Articles go in through the Graph Store Protocol (one PUT per article graph) and
SPARQL Update (the shared graph); every query of queries/ must give the rows it
gives on the embedded store. The server runs without --union-default-graph, so
the queries only work if they name their graphs, as they must for Virtuoso,
GraphDB or Fuseki.
"""
from __future__ import annotations

import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from kg_fixture import A2, by_article, expected_order, load
from servers import oxigraph_server
from test_queries import EXPECTED, _party
from typer.testing import CliRunner

from graph import namespaces as ns
from graph.cli import app
from graph.export import export
from graph.query import load_query, run_query
from graph.store import RemoteStore, StoreError, open_store

INJECTION = 'x" } ; DROP ALL ; #'


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("embedded") / "store") as s:
        load(s)
        yield s


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph") / "db") as url:
        yield url


@pytest.fixture(scope="module")
def remote(server):
    with open_store(f"{server}/query") as s:
        load(s)
        yield s


def test_endpoints_follow_the_oxigraph_layout(server, remote):
    assert isinstance(remote, RemoteStore)
    assert (remote.query_url, remote.update_url, remote.gsp_url) == (
        f"{server}/query", f"{server}/update", f"{server}/store")


def test_statements_and_articles_read_back_from_the_server(remote, embedded):
    assert remote.statements() == expected_order()
    assert remote.articles() == embedded.articles()
    assert remote.statements(actors=["q7747"], issues=["ceasefire"]) == embedded.statements(
        actors=["q7747"], issues=["ceasefire"])


def test_the_server_holds_the_same_quads(remote, embedded):
    assert remote.quad_count() == embedded.quad_count()
    assert export(remote, "trig") == export(embedded, "trig")


def test_article_graphs_are_readable_through_the_graph_store_protocol(server, remote):
    graph = ns.article_graph(A2.id).value
    url = f"{server}/store?{urllib.parse.urlencode({'graph': graph})}"
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/n-triples"})) as r:
        triples = list(ox.parse(r.read(), ox.RdfFormat.N_TRIPLES))
    statement_nodes = [t for t in triples if t.predicate == ns.RDF.type and t.object == ns.NEG.Statement]
    assert len(statement_nodes) == len(by_article(A2))


@pytest.mark.parametrize("name, params", list(EXPECTED), ids=[name for name, _ in EXPECTED])
def test_every_query_gives_the_same_rows_as_embedded(remote, name, params):
    assert run_query(remote, load_query(name), params).values() == EXPECTED[(name, params)]


def test_construct_on_the_server(remote):
    result = run_query(remote, load_query("party-subgraph"), ["actor=zelensky"])
    assert set(result.triples) == _party("zelensky")


def test_injection_value_stays_a_literal_on_the_server(remote):
    before = remote.quad_count()
    assert run_query(remote, load_query("actor-positions"), [f"actor={INJECTION}"]).rows == []
    echoed = remote.query("SELECT ?v (STRLEN(?v) AS ?n) WHERE { }", {"v": INJECTION})
    assert echoed.rows == [(ox.Literal(INJECTION), ox.Literal(len(INJECTION)))]
    assert remote.quad_count() == before


def test_storing_again_replaces_each_graph(remote, embedded):
    count = remote.quad_count()
    load(remote)
    assert remote.quad_count() == count
    remote.replace_article(A2, by_article(A2)[:2])
    assert [s for s in remote.statements() if s.article == A2.id] == by_article(A2)[:2]
    remote.replace_article(A2, by_article(A2))
    assert remote.quad_count() == count


def test_a_trig_export_loads_into_a_fresh_server_through_gsp(tmp_path, embedded):
    with oxigraph_server(tmp_path / "db2") as url, open_store(f"{url}/query") as fresh:
        assert fresh.quad_count() == 0
        assert fresh.load_quads(embedded.quads()) == embedded.quad_count()
        assert fresh.statements() == expected_order()
    with pytest.raises(StoreError, match=f"^cannot reach SPARQL endpoint {url}/query: "):
        open_store(f"{url}/query")  # the fixture stopped the server


def test_cli_query_and_export_against_the_server(server, remote):
    runner = CliRunner()
    result = runner.invoke(app, ["query", "conflicts", "--store", f"{server}/query", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == [",".join(f'"{v}"' if "," in v else v for v in row)
                                              for row in EXPECTED[("conflicts", ())]]
    result = runner.invoke(app, ["export", "--format", "nquads", "--store", f"{server}/query"])
    assert result.exit_code == 0
    assert len(list(ox.parse(result.stdout_bytes, ox.RdfFormat.N_QUADS))) == remote.quad_count()


def test_read_only_remote_refuses_writes(server):
    with open_store(f"{server}/query", read_only=True) as s, pytest.raises(StoreError, match="open read-only"):
        s.replace_article(A2, [])


def test_bad_query_on_the_server_is_a_one_line_error(server):
    runner = CliRunner()
    result = runner.invoke(app, ["query", "SELECT ?x WHERE { ?x }", "--store", f"{server}/query"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"negograph: {server}/query rejected the request (HTTP 400)")
    assert len(result.stderr.splitlines()) == 1
