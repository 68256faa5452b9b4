"""Every query in queries/, run on the fixture graph (tests/kg_fixture.py), with its exact rows."""
from __future__ import annotations

import pytest
from kg_fixture import ARTICLES, by_article, load
from pyoxigraph import Triple

from graph import namespaces as ns
from graph.query import load_query, query_files, run_query
from graph.rdf import article_dataset
from graph.store import open_store

NATO, CEASEFIRE = "Ukraine's NATO membership", "a 30-day ceasefire"
REGIONS, GUARANTEES = "Ukraine withdraws from four regions", "Western security guarantees"
TALKS, SANCTIONS = "direct peace talks", "lifting sanctions on Russia"
PUTIN, ZELENSKY, TRUMP = "Vladimir Putin", "Volodymyr Zelensky", "Donald Trump"

EXPECTED = {
    ("actor-positions", ("actor=putin",)): [
        ("demands", REGIONS, "territory", "1", "1"),
        ("proposes", TALKS, "negotiations", "2", "2"),
        ("rejects", NATO, "alliance-membership", "1", "1"),
        ("rejects", CEASEFIRE, "ceasefire", "1", "1"),
    ],
    ("issue-positions", ("issue=ceasefire",)): [
        (CEASEFIRE, ZELENSKY, "accepts", "1"),
        (CEASEFIRE, TRUMP, "proposes", "1"),
        (CEASEFIRE, PUTIN, "rejects", "1"),
    ],
    ("conflicts", ()): [
        ("ceasefire-talks", "ceasefire", CEASEFIRE, TRUMP, "proposes", PUTIN),
        ("ceasefire-talks", "territory", REGIONS, PUTIN, "demands", ZELENSKY),
    ],
    ("conflicts", ("negotiation=moscow-terms",)): [],
    ("issue-positions", ("issue=ceasefire", "negotiation=moscow-terms")): [],
    ("actor-positions", ("actor=putin", "negotiation=moscow-terms")): [
        ("proposes", TALKS, "negotiations", "1", "1"),
    ],
    ("actor-timeline", ("actor=Q7747", "negotiation=ceasefire-talks")): [
        ("2025-03-01", "ft-putin-goals", "rejects", NATO, "Путін відкидає вступ України до НАТО."),
        ("2025-03-01", "ft-putin-goals", "demands", REGIONS, "Він вимагає виходу з чотирьох областей."),
        ("2025-03-01", "ft-putin-goals", "proposes", TALKS, "Він вимагає виходу з чотирьох областей."),
        ("2025-03-11", "kyiv-post-ceasefire", "rejects", CEASEFIRE, 'Peskov said "a truce is unacceptable".'),
    ],
    ("agreements", ()): [
        ("ceasefire", CEASEFIRE, TRUMP, "proposes", ZELENSKY, "accepts"),
        ("security-guarantees", GUARANTEES, "Keith Kellogg", "proposes", ZELENSKY, "demands"),
    ],
    ("actor-timeline", ("actor=Q7747",)): [
        ("2025-02-20", "meduza-talks", "proposes", TALKS, "Путин предложил прямые переговоры."),
        ("2025-03-01", "ft-putin-goals", "rejects", NATO, "Путін відкидає вступ України до НАТО."),
        ("2025-03-01", "ft-putin-goals", "demands", REGIONS, "Він вимагає виходу з чотирьох областей."),
        ("2025-03-01", "ft-putin-goals", "proposes", TALKS, "Він вимагає виходу з чотирьох областей."),
        ("2025-03-11", "kyiv-post-ceasefire", "rejects", CEASEFIRE, 'Peskov said "a truce is unacceptable".'),
    ],
    ("one-sided-items", ()): [
        ("negotiations", TALKS, PUTIN, "2"),
        ("sanctions", SANCTIONS, "Russia", "1"),
    ],
    ("by-attribution", ()): [
        ("(none)", "5", "2"),
        ("Financial Times, citing Kremlin sources", "3", "1"),
        ("Kremlin spokesman Peskov", "1", "1"),
        ("Meduza", "1", "1"),
        ("Reuters", "1", "1"),
        ("White House", "1", "1"),
    ],
    ("statements-per-article", ()): [
        ("meduza-talks", "2025-02-20", "Переговоры", "4"),
        ("ft-putin-goals", "2025-03-01", "Цілі Путіна", "3"),
        ("kyiv-post-ceasefire", "2025-03-11", "Ceasefire talks", "5"),
        ("undated-note", "", "A note", "0"),
    ],
    ("actors-ranked", ()): [
        (PUTIN, "Q7747", "4", "5", "3"),
        (ZELENSKY, "Q3881", "3", "3", "1"),
        (TRUMP, "Q22686", "1", "1", "1"),
        ("Keith Kellogg", "", "1", "1", "1"),
        ("Russia", "Q159", "1", "1", "1"),
        ("Ukraine", "Q212", "1", "1", "1"),
    ],
    ("counts-per-issue", ()): [
        ("ceasefire", "3", "3", "1"),
        ("alliance-membership", "2", "2", "1"),
        ("negotiations", "2", "1", "1"),
        ("security-guarantees", "2", "2", "1"),
        ("territory", "2", "2", "1"),
        ("sanctions", "1", "1", "1"),
    ],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("queries") / "store") as s:
        load(s)
        yield s


@pytest.mark.parametrize("name, params", list(EXPECTED), ids=[name for name, _ in EXPECTED])
def test_query_rows(store, name, params):
    assert run_query(store, load_query(name), params).values() == EXPECTED[(name, params)]


@pytest.mark.parametrize("spelling", ["putin", "Vladimir Putin", "VLADIMIR PUTIN", "q7747"])
def test_actor_parameter_accepts_id_label_or_wikidata(store, spelling):
    rows = run_query(store, load_query("actor-positions"), [f"actor={spelling}"]).values()
    assert rows == EXPECTED[("actor-positions", ("actor=putin",))]


def test_actor_without_wikidata_is_found_by_label(store):
    rows = run_query(store, load_query("actor-timeline"), ["actor=keith kellogg"]).values()
    assert rows == [("2025-02-20", "meduza-talks", "proposes", GUARANTEES, "Келлог предложил гарантии.")]


def test_unknown_actor_or_issue_gives_no_rows(store):
    assert run_query(store, load_query("actor-positions"), ["actor=nobody"]).rows == []
    assert run_query(store, load_query("issue-positions"), ["issue=Ceasefire"]).rows == []


def _party(actor_id: str) -> set[Triple]:
    """What party-subgraph.rq should construct, from the RDF writer's own quads."""
    quads, shared = [], set()
    for article in ARTICLES:
        data = article_dataset(article, by_article(article))
        quads += data.quads
        shared |= set(data.shared)
    actor = ns.actor(actor_id)
    nodes = {q.subject for q in quads if q.predicate == ns.NEG.actor and q.object == actor}
    items = {q.object for q in quads if q.subject in nodes and q.predicate == ns.NEG.item}
    articles = {q.object for q in quads if q.subject in nodes and q.predicate == ns.PROV.wasDerivedFrom}
    keep = [q for q in quads if q.subject in nodes or (q.subject in articles and q.predicate != ns.SCHEMA.articleBody)
            or (q.subject == actor and q.object in items)]
    keep += [q for q in shared if q.subject == actor or q.subject in items]
    return {Triple(q.subject, q.predicate, q.object) for q in keep}


@pytest.mark.parametrize("actor_id, spelling", [("zelensky", "zelensky"), ("putin", "Q7747"),
                                                ("keith-kellogg", "Keith Kellogg")])
def test_party_subgraph_is_exactly_the_partys_triples(store, actor_id, spelling):
    result = run_query(store, load_query("party-subgraph"), [f"actor={spelling}"])
    assert result.kind == "graph"
    assert set(result.triples) == _party(actor_id)


def test_every_query_file_is_tested_and_documented():
    tested = {name for name, _ in EXPECTED} | {"party-subgraph"}
    files = query_files()
    assert {f.stem for f in files} == tested
    assert len(files) >= 10
    for path in files:
        query = load_query(path)
        assert query.summary, path
        assert f"# Example: negograph query {path.stem}" in query.text, path
