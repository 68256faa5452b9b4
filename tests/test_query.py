"""graph/query.py: binding parameters as RDF terms, loading .rq files, result formats, `negograph query`."""
from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode
from typer.testing import CliRunner

from graph import namespaces as ns
from graph.cli import app
from graph.query import (
    QUERY_DIR,
    QueryError,
    bind,
    load_query,
    parse_param,
    query_form,
    result_text,
    run_query,
    variables,
)
from graph.store import open_store

INJECTION = 'x" } ; DROP ALL ; #'
runner = CliRunner()


# ---------------------------------------------------------------- binding


def test_a_binding_is_a_values_block_at_the_top_of_the_where_group():
    q = "SELECT ?x WHERE { ?x ?p ?o }"
    assert bind(q, {"o": "a"}) == 'SELECT ?x WHERE { VALUES ?o { "a" }\n ?x ?p ?o }'


def test_iris_numbers_and_lists_are_bound_as_terms():
    q = "SELECT * { ?s ?p ?o }"
    bound = bind(q, {"s": NamedNode("http://e/x"), "o": [1, 2.5, True]})
    assert 'VALUES ?s { <http://e/x> }' in bound
    assert 'VALUES ?o { "1"^^<http://www.w3.org/2001/XMLSchema#integer> ' \
           '"2.5"^^<http://www.w3.org/2001/XMLSchema#double> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> }' in bound


def test_construct_is_bound_in_its_where_group_not_its_template():
    q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert bind(q, {"o": "v"}) == 'CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?o { "v" }\n ?s ?p ?o }'


def test_braces_and_keywords_in_strings_iris_and_comments_are_not_groups():
    q = ('# SELECT { not here }\nPREFIX e: <http://e/{x}#>\n'
         'SELECT ?s ("{" AS ?b) (""" } WHERE { """ AS ?c) WHERE { ?s e:p ?o FILTER(?o != "}") }')
    bound = bind(q, {"o": "v"})
    assert bound.endswith('WHERE { VALUES ?o { "v" }\n ?s e:p ?o FILTER(?o != "}") }')


def test_construct_where_shorthand_cannot_take_parameters():
    with pytest.raises(QueryError, match="CONSTRUCT WHERE"):
        bind("CONSTRUCT WHERE { ?s ?p ?o }", {"o": "v"})


def test_a_parameter_the_query_does_not_use_is_an_error():
    with pytest.raises(QueryError, match=r"the query has no variable \?actr"):
        bind("SELECT ?actor WHERE { ?actor ?p ?o }", {"actr": "putin"})
    with pytest.raises(QueryError, match="not a SPARQL variable name"):
        bind("SELECT ?a WHERE { ?a ?p ?o }", {"a b": "x"})
    assert variables('SELECT ?a WHERE { ?a <http://e/?x> "?y" } # ?z') == {"a"}


def test_updates_are_not_queries(store):
    with pytest.raises(QueryError, match="DROP is a SPARQL update"):
        query_form("DROP ALL")
    with pytest.raises(QueryError, match="SPARQL syntax error"):
        store.query("DROP ALL")


def test_injection_value_stays_a_literal_and_the_data_is_untouched(store_path):
    with open_store(store_path) as s:
        before_count, before = s.quad_count(), s.dump(None, "nquads")
        assert run_query(s, load_query("actor-positions"), [f"actor={INJECTION}"]).rows == []
        got = s.query("SELECT ?actor ?len WHERE { BIND(STRLEN(?actor) AS ?len) }", {"actor": INJECTION})
        assert got.rows == [(Literal(INJECTION), Literal(len(INJECTION)))]
        assert s.quad_count() == before_count
        assert s.dump(None, "nquads") == before


def test_injection_through_the_cli_is_a_literal_too(store_path):
    with open_store(store_path, read_only=True) as s:
        before = s.quad_count()
    result = runner.invoke(app, ["query", "SELECT ?v WHERE { BIND(CONCAT(?v, \"!\") AS ?w) }", "--store",
                                 str(store_path), "--param", f"v={INJECTION}", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"]["bindings"] == [{"v": {"type": "literal", "value": INJECTION}}]
    with open_store(store_path, read_only=True) as s:
        assert s.quad_count() == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_text_round_trips_as_one_literal(store, value):
    got = store.query("SELECT ?v (STRLEN(?v) AS ?n) WHERE { }", {"v": value})
    assert got.rows == [(Literal(value), Literal(len(value)))]


# ---------------------------------------------------------------- parameters and files


def test_param_syntax():
    assert parse_param("actor=putin") == ("actor", Literal("putin"))
    assert parse_param("?q=a=b") == ("q", Literal("a=b"))
    assert parse_param("a=<http://www.wikidata.org/entity/Q7747>") == ("a", ns.wikidata("Q7747"))
    assert parse_param("a=") == ("a", Literal(""))
    with pytest.raises(QueryError, match="write NAME=VALUE"):
        parse_param("putin")
    with pytest.raises(QueryError, match="not a valid IRI"):
        parse_param("a=<not an iri>")


def test_queries_are_found_by_file_name_or_text():
    by_name = load_query("conflicts")
    assert by_name.source == str(QUERY_DIR / "conflicts.rq")
    assert by_name.summary.startswith("Conflicts within each negotiation: one actor demands or proposes")
    assert load_query(QUERY_DIR / "conflicts.rq").text == by_name.text
    assert load_query("ASK {}").source == "query text"
    with pytest.raises(QueryError, match="no such query file"):
        load_query("missing.rq")
    with pytest.raises(QueryError, match="neither a .rq file"):
        load_query("conflcts")


def test_required_parameters_are_declared_and_checked(store):
    q = load_query("actor-positions")
    assert [(p.name, p.optional, p.key) for p in q.parameters] == [
        ("actor", False, True), ("negotiation", True, False)]
    assert q.normalise({"actor": Literal("Vladimir PUTIN")}) == {"actor": Literal("vladimir putin")}
    assert load_query("# Parameter ?x (optional): anything\nASK {}").parameters[0].optional
    with pytest.raises(QueryError, match=r"actor-positions.rq needs --param actor=VALUE \(the actor's id"):
        run_query(store, q)


# ---------------------------------------------------------------- result formats


def test_csv_tsv_and_json_follow_the_sparql_result_formats(store):
    result = run_query(store, load_query("actors-ranked"))
    rows = list(csv.reader(io.StringIO(result_text(result, "csv"))))
    assert rows[0] == ["actor", "wikidata", "positions", "statements", "articles"]
    assert rows[1] == ["Vladimir Putin", "Q7747", "4", "5", "3"]
    tsv = result_text(result, "tsv").splitlines()
    assert tsv[0] == "?actor\t?wikidata\t?positions\t?statements\t?articles"
    assert tsv[1].split("\t")[0] == '"Vladimir Putin"'
    assert tsv[1].split("\t")[2] == '"4"^^<http://www.w3.org/2001/XMLSchema#integer>'
    doc = json.loads(result_text(result, "json"))
    assert doc["head"]["vars"] == ["actor", "wikidata", "positions", "statements", "articles"]
    assert doc["results"]["bindings"][0]["positions"] == {
        "type": "literal", "value": "4", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    # the same JSON is what rdflib reads as SPARQL results
    parsed = rdflib.query.Result.parse(io.StringIO(result_text(result, "json")), format="json")
    assert len(parsed) == 6


def test_ask_and_construct_results(store):
    ask = store.query("ASK { GRAPH ?g { ?a ?p ?o } }", {"a": ns.actor("putin")})
    assert result_text(ask, "table") == "true\n"
    assert json.loads(result_text(ask, "json")) == {"head": {}, "boolean": True}
    graph = run_query(store, load_query("party-subgraph"), ["actor=trump"])
    turtle = result_text(graph, "turtle")
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) == len(graph.triples)
    rows = list(csv.reader(io.StringIO(result_text(graph, "csv"))))
    assert rows[0] == ["subject", "predicate", "object"] and len(rows) == len(graph.triples) + 1


# ---------------------------------------------------------------- negograph query


def test_cli_query_prints_csv(store_path):
    result = runner.invoke(app, ["query", "issue-positions", "--store", str(store_path), "-p", "issue=ceasefire",
                                 "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "item,actor,relation,articles",
        "a 30-day ceasefire,Volodymyr Zelensky,accepts,1",
        "a 30-day ceasefire,Donald Trump,proposes,1",
        "a 30-day ceasefire,Vladimir Putin,rejects,1",
    ]


def test_cli_query_table_shows_rows(store_path):
    result = runner.invoke(app, ["query", str(QUERY_DIR / "conflicts.rq"), "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "Donald Trump" in result.stdout and "2 rows" in result.stdout


@pytest.mark.parametrize("args, code, message", [
    (["query", "actor-positions"], 1, "actor-positions.rq needs --param actor=VALUE"),
    (["query", "conflicts", "--format", "xml"], 2, "unknown format 'xml'"),
    (["query", "SELECT ?x WHERE { ?x }"], 1, "SPARQL syntax error"),
    (["query", "conflicts", "--param", "nope=1"], 1, "the query has no variable ?nope"),
])
def test_cli_query_errors_are_one_line(store_path, args, code, message):
    result = runner.invoke(app, args + ["--store", str(store_path)])
    assert result.exit_code == code
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_cli_query_on_a_missing_store(tmp_path):
    result = runner.invoke(app, ["query", "conflicts", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.stderr == f"negograph: no store at {tmp_path / 'none'}\n"
