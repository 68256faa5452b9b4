"""Contrary items (membership / renunciation, tariffs / lifting of tariffs) in the RDF and
in the conflicts query: A demands X against B demands contrary(X) is a conflict."""

from __future__ import annotations

from graph.build import build
from graph.extract.lexicon import contrary_of
from graph.models import Item
from graph.namespaces import NEG, item
from graph.query import load_query, run_query
from graph.rdf import item_quads
from graph.store import open_store


def test_contrary_pairs_read_both_ways():
    assert contrary_of("tariffs") == "tariff-reduction"
    assert contrary_of("tariff-reduction") == "tariffs"
    assert contrary_of("ukraine-nato-membership") == "ukraine-nato-renunciation"
    assert contrary_of("ceasefire") is None


def test_an_item_with_a_contrary_carries_it_in_the_shared_graph():
    quads = item_quads(Item("tariffs", "tariffs", "sanctions"))
    assert any(q.predicate == NEG.contraryOf and q.object == item("tariff-reduction") for q in quads)
    assert not any(q.predicate == NEG.contraryOf for q in item_quads(Item("ceasefire", "ceasefire", "ceasefire")))


def test_a_demand_for_the_contrary_is_a_conflict_in_the_query(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.en.txt").write_text(
        "Steel talks\n\nThe European Union demands that the United States lift the tariffs on European steel.\n"
        "The United States rejected the demand.\n",
        encoding="utf-8")
    (corpus / "b.en.txt").write_text(
        "Steel talks resume\n\nThe United States insists on keeping the tariffs on European steel.\n"
        "The European Union rejected that.\n", encoding="utf-8")
    build([corpus], tmp_path / "out", jobs=1, views=False)
    with open_store(str(tmp_path / "out" / "store"), read_only=True) as store:
        rows = run_query(store, load_query("conflicts")).values()
    pairs = {(row[2], row[3], row[4], row[5]) for row in rows}
    assert ("tariffs", "United States", "demands", "European Union") in pairs or \
        ("lowering or lifting tariffs", "European Union", "demands", "United States") in pairs
