"""graph/store.py on the embedded Oxigraph store: writing, reading back, transactions, locking."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest
from kg_fixture import A1, A2, ARTICLES, NEGOTIATIONS, STATEMENTS, by_article, expected_order, load

from graph import namespaces as ns
from graph import store as store_module
from graph.models import Actor
from graph.query import QueryError
from graph.rdf import RDFError
from graph.store import StoreError, open_store

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "store") as s:
        load(s)
        yield s


def test_statements_read_back_equal_to_those_written(store):
    assert store.statements() == expected_order()


def test_articles_read_back_in_date_order_without_text(store):
    articles = store.articles()
    assert list(articles) == ["meduza-talks", "ft-putin-goals", "kyiv-post-ceasefire", "undated-note"]
    assert articles["ft-putin-goals"] == replace(A1, text="")
    assert store.articles(text=True)["ft-putin-goals"] == A1


def test_one_named_graph_per_article(store):
    assert store.graphs() == sorted((ns.article_graph(a.id) for a in ARTICLES), key=str)


@pytest.mark.parametrize("name", ["putin", "PUTIN", "vladimir putin", "Q7747", "q7747"])
def test_actor_filter_matches_id_label_or_wikidata_case_insensitively(store, name):
    got = store.statements(actors=[name])
    assert got == [s for s in expected_order() if s.actor.id == "putin"]
    assert len(got) == 5


def test_actor_without_wikidata_matches_on_its_label(store):
    assert [s.item.id for s in store.statements(actors=["keith kellogg"])] == ["security-guarantees"]


def test_issue_relation_and_article_filters_combine(store):
    assert [(s.actor.id, s.relation) for s in store.statements(issues=["ceasefire"])] == [
        ("trump", "proposes"), ("zelensky", "accepts"), ("putin", "rejects")]
    assert [(s.actor.id, s.item.id) for s in store.statements(relations=["rejects"], articles=["kyiv-post-ceasefire"])] == [
        ("putin", "ceasefire-30-day"), ("zelensky", "withdraw-four-regions")]
    assert store.statements(actors=["trump"], issues=["territory"]) == []
    assert store.statements(actors=["nobody"]) == []
    assert store.statements(articles=["undated-note"]) == []


def test_unknown_relation_filter_is_an_error(store):
    with pytest.raises(QueryError, match="unknown relation 'threatens'"):
        store.statements(relations=["threatens"])


def test_rebuilding_the_same_input_gives_the_same_quads(tmp_path, store):
    count, dump = store.quad_count(), store.dump(None, "nquads")
    load(store)
    assert store.quad_count() == count
    assert store.dump(None, "nquads") == dump
    with open_store(tmp_path / "other") as fresh:
        load(fresh)
        assert fresh.dump(None, "nquads") == dump


def test_quad_count_is_the_sum_of_the_graphs(store):
    by_hand = len(store_module.ontology_quads())
    from graph.rdf import article_dataset

    shared = set()
    for article in ARTICLES:
        data = article_dataset(article, by_article(article))
        by_hand += len(data.quads)
        shared |= set(data.shared)
    from graph.rdf import negotiation_quads

    by_hand += len(negotiation_quads(NEGOTIATIONS, STATEMENTS))
    assert store.quad_count() == by_hand + len(shared)


def test_storing_an_article_again_replaces_its_graph_only(store):
    before = store.statements()
    store.replace_article(A2, by_article(A2)[:1])
    after = store.statements()
    assert [s for s in after if s.article == A2.id] == by_article(A2)[:1]
    assert [s for s in after if s.article != A2.id] == [s for s in before if s.article != A2.id]


def test_shared_entities_are_upserted_not_duplicated(store):
    renamed = Actor("putin", "Putin", "Q7747", "person", (("en", "Putin"),))
    statement = replace(by_article(A1)[0], actor=renamed)
    store.replace_article(A1, [statement])
    labels = store.query(f"SELECT ?l WHERE {{ GRAPH ?g {{ ?a {ns.SKOS.prefLabel} ?l }} }}",
                         {"a": ns.actor("putin")}).values()
    assert labels == [("Putin",)]
    assert store.statements(actors=["putin"])[0].actor.labels == (("en", "Putin"),)


def test_a_shared_record_changed_by_an_update_is_written_again(store):
    """The writer remembers what the shared graph holds; an update behind its back
    (here: deleting an actor) must not leave the next article pointing at nothing."""
    store.update(f"DELETE WHERE {{ GRAPH {ns.SHARED_GRAPH} {{ {ns.actor('putin')} ?p ?o }} }}")
    assert store.statements(actors=["putin"]) == []  # the actor's record is gone
    store.replace_article(A1, by_article(A1))
    assert store.statements(actors=["putin"]) == [s for s in expected_order() if s.actor.id == "putin"]


def test_a_bad_article_is_rejected_before_anything_is_written(store):
    before = store.dump(None, "nquads")
    bad = replace(by_article(A2)[0], relation="threatens")
    with pytest.raises(RDFError):
        store.replace_article(A2, [bad])
    assert store.dump(None, "nquads") == before


def test_a_write_that_fails_midway_changes_nothing(store, monkeypatch):
    """Drop, upsert and insert are one transaction: a failing last step undoes the drop."""
    before = store.dump(None, "nquads")
    real = store_module._insert_data

    def failing(quads):  # the shared graph exists, so CREATE GRAPH fails after the insert
        return real(quads) + f" ;\nCREATE GRAPH {ns.SHARED_GRAPH}"

    monkeypatch.setattr(store_module, "_insert_data", failing)
    changed = [replace(s, confidence=0.1) for s in by_article(A2)]
    with pytest.raises(StoreError, match="already exists"):
        store.replace_article(A2, changed)
    assert store.dump(None, "nquads") == before


def test_store_lives_on_disk_and_reopens(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as s:
        load(s)
        count = s.quad_count()
    with open_store(path, read_only=True) as s:
        assert s.quad_count() == count
        assert s.statements() == expected_order()
        with pytest.raises(StoreError, match="open read-only"):
            s.replace_article(A1, [])


def test_missing_store_and_file_paths_give_one_line_errors(tmp_path):
    with pytest.raises(StoreError, match=f"^no store at {tmp_path / 'nothing'}$"):
        open_store(tmp_path / "nothing", read_only=True)
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is not a directory"):
        open_store(tmp_path / "file")
    with pytest.raises(StoreError, match="only http:// and https://"):
        open_store("ftp://example.org/sparql")


def test_closed_store_says_so(tmp_path):
    s = open_store(tmp_path / "store")
    s.close()
    with pytest.raises(StoreError, match="is closed"):
        s.quad_count()


HOLDER = textwrap.dedent("""
    import sys, time
    from graph.store import open_store
    store = open_store(sys.argv[1], read_only=sys.argv[2] == "ro")
    print("ready", flush=True)
    time.sleep(60)
""")


def _hold(path: Path, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), mode], stdout=subprocess.PIPE,
                            text=True, cwd=REPO)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def _stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=10)


def test_a_store_another_process_writes_gives_a_store_error_with_its_pid(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as s:
        load(s)
    proc = _hold(path, "rw")
    try:
        message = f"^store {path} is locked by another process \\(pid {proc.pid}\\)$"
        with pytest.raises(StoreError, match=message):
            open_store(path)
        with pytest.raises(StoreError, match=message):
            open_store(path, read_only=True)
        cli = subprocess.run([sys.executable, "-m", "graph.cli", "query", "conflicts", "--store", str(path)],
                             check=False, capture_output=True, text=True, cwd=REPO)
        assert cli.returncode == 1
        assert cli.stderr == f"negograph: store {path} is locked by another process (pid {proc.pid})\n"
    finally:
        _stop(proc)
    with open_store(path) as s:  # the lock died with its process
        assert s.statements() == expected_order()


def test_readers_share_a_store_but_keep_writers_out(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as s:
        load(s)
    proc = _hold(path, "ro")
    try:
        with open_store(path, read_only=True) as reader:
            assert len(reader.statements()) == len(STATEMENTS)
        with pytest.raises(StoreError, match=f"^store {path} is locked by another process \\(reading it\\)$"):
            open_store(path)
    finally:
        _stop(proc)


WRITER = textwrap.dedent("""
    import sys
    from graph.models import Actor, Article, Item, Statement
    from graph.store import open_store
    with open_store(sys.argv[1]) as store:
        for n in range(100000):
            article = Article(f"a{n}", "text", order=n)
            statements = [Statement(article.id, Actor(f"actor{k}", f"Actor {k}"), "demands",
                                    Item(f"item{k}", f"Item {k}", "other"), f"sentence {k}", sentence_index=k)
                          for k in range(50)]
            store.replace_article(article, statements)
            print(n, flush=True)
""")


def test_a_killed_writer_leaves_only_whole_articles(tmp_path):
    path = tmp_path / "store"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    written = -1
    while written < 5:
        written = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    with open_store(path, read_only=True) as s:
        per_article = s.query("SELECT ?g (COUNT(?st) AS ?n) WHERE { GRAPH ?g { ?st a ?type } } GROUP BY ?g",
                              {"type": ns.NEG.Statement}).values()
        assert len(per_article) >= written + 1
        assert {n for _, n in per_article} == {"50"}
        assert len(s.articles()) == len(per_article)
