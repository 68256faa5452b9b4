"""graph/rdf.py and graph/namespaces.py: statements -> quads -> statements, and the ontology."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from kg_fixture import A1, A4, ARTICLES, PUTIN, STATEMENTS, by_article, expected_order
from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from graph import namespaces as ns
from graph.models import Actor, Article, Item, Statement
from graph.namespaces import DCTERMS, NEG, OWL, PROV, RDF, RDFS, SKOS, XSD
from graph.rdf import (
    RDFError,
    actor_keys,
    article_dataset,
    article_quads,
    read_articles,
    read_shared,
    read_statements,
    shared_changes,
    statement_quads,
)

ONTOLOGY = Path(__file__).resolve().parent.parent / "graph" / "ontology.ttl"
CODEBOOK_ISSUES = ("ceasefire", "peace-settlement", "negotiations", "territory", "alliance-membership",
                   "security-guarantees", "military-aid", "sanctions", "alliance-posture", "international-order",
                   "armed-forces-limits", "humanitarian", "political-status", "economic", "accountability",
                   "nuclear", "hostages", "other")


def all_quads() -> list[Quad]:
    out = []
    for article in ARTICLES:
        data = article_dataset(article, by_article(article))
        out += data.quads + data.shared
    return out


def test_statement_is_a_direct_triple_and_a_statement_node():
    s = STATEMENTS[0]
    g = NamedNode("https://w3id.org/negograph/graph/article/ft-putin-goals")
    node = ns.statement("ft-putin-goals", "putin", "rejects", "ukraine-nato-membership", 0)
    putin = NamedNode("https://w3id.org/negograph/actor/putin")
    nato = NamedNode("https://w3id.org/negograph/item/ukraine-nato-membership")
    assert set(statement_quads(s)) == {
        Quad(putin, NEG.rejects, nato, g),
        Quad(node, RDF.type, NEG.Statement, g),
        Quad(node, NEG.actor, putin, g),
        Quad(node, NEG.relation, NEG.rejects, g),
        Quad(node, NEG.item, nato, g),
        Quad(node, NEG.sentence, Literal("Путін відкидає вступ України до НАТО.", language="uk"), g),
        Quad(node, NEG.sentenceIndex, Literal(0), g),
        Quad(node, PROV.wasDerivedFrom, NamedNode("https://w3id.org/negograph/article/ft-putin-goals"), g),
        Quad(node, NEG.confidence, Literal(0.8), g),
        Quad(node, NEG.attribution, Literal("Financial Times, citing Kremlin sources"), g),
        Quad(node, NEG.itemText, Literal("вступ України до НАТО", language="uk"), g),
    }


def test_conditions_point_to_items():
    quads = statement_quads(STATEMENTS[2])
    assert [q.object for q in quads if q.predicate == NEG.conditionalOn] == [
        NamedNode("https://w3id.org/negograph/item/withdraw-four-regions")]


def test_statement_iris_are_deterministic_hashes_not_blank_nodes():
    first, second = all_quads(), all_quads()
    assert first == second
    assert not any(isinstance(term, BlankNode) for q in first for term in (q.subject, q.object))
    nodes = {q.subject for q in first if q.predicate == RDF.type and q.object == NEG.Statement}
    assert len(nodes) == len(STATEMENTS)
    assert all(n.value.startswith("https://w3id.org/negograph/statement/") for n in nodes)


def test_each_article_writes_only_its_own_graph_and_the_shared_graph():
    data = article_dataset(A1, by_article(A1))
    assert {q.graph_name for q in data.quads} == {ns.article_graph("ft-putin-goals")}
    assert {q.graph_name for q in data.shared} == {ns.SHARED_GRAPH}


def test_repeated_statement_is_one_node():
    s = STATEMENTS[0]
    once = article_dataset(A1, [s])
    twice = article_dataset(A1, [s, Statement(**{**s.__dict__, "attribution": "someone else"})])
    assert once.quads == twice.quads


def test_unknown_relation_is_an_error_naming_the_article():
    bad = Statement(**{**STATEMENTS[0].__dict__, "relation": "threatens"})
    with pytest.raises(RDFError, match="article ft-putin-goals: unknown relation 'threatens'"):
        article_dataset(A1, [bad])


def test_statement_of_another_article_is_an_error():
    with pytest.raises(RDFError, match="belongs to article 'kyiv-post-ceasefire'"):
        article_dataset(A1, [STATEMENTS[3]])


def test_quads_read_back_to_the_same_statements_in_date_order():
    assert read_statements(all_quads()) == expected_order()


def test_article_metadata_and_text_read_back():
    articles = read_articles(all_quads())
    assert list(articles) == ["meduza-talks", "ft-putin-goals", "kyiv-post-ceasefire", "undated-note"]
    assert articles["ft-putin-goals"] == A1
    assert articles["undated-note"] == A4


def test_article_fields_use_dublin_core_and_schema_org():
    quads = {(q.predicate, q.object) for q in article_quads(A1)}
    assert (DCTERMS.date, Literal("2025-03-01", datatype=XSD.date)) in quads
    assert (DCTERMS.title, Literal("Цілі Путіна", language="uk")) in quads
    assert (DCTERMS.publisher, Literal("Financial Times")) in quads
    assert (DCTERMS.language, Literal("uk")) in quads
    assert (ns.SCHEMA.url, NamedNode("https://www.ft.com/content/putin-goals")) in quads


def test_a_date_that_is_not_iso_stays_a_plain_literal_and_reads_back():
    article = Article("x", "t", date="March 2025", url="not a url", lang="")
    quads = article_quads(article)
    assert Literal("March 2025") in {q.object for q in quads}
    assert read_articles(quads)["x"] == article


def test_actors_carry_wikidata_type_and_language_tagged_labels():
    data = article_dataset(A1, by_article(A1))
    putin = {(q.predicate, q.object) for q in data.shared if q.subject == ns.actor("putin")}
    assert (OWL.sameAs, NamedNode("http://www.wikidata.org/entity/Q7747")) in putin
    assert (RDF.type, ns.SCHEMA.Person) in putin
    assert (RDFS.label, Literal("Володимир Путін", language="uk")) in putin
    assert (RDFS.label, Literal("Владимир Путин", language="ru")) in putin
    actors, items = read_shared(data.shared)
    assert actors["putin"] == PUTIN
    assert items["ukraine-nato-membership"].issue == "alliance-membership"


def test_items_are_skos_concepts_broader_than_their_issue():
    data = article_dataset(A1, by_article(A1))
    nato = {(q.predicate, q.object) for q in data.shared if q.subject == ns.item("ukraine-nato-membership")}
    assert (SKOS.broader, NamedNode("https://w3id.org/negograph/issue/alliance-membership")) in nato
    assert (SKOS.inScheme, ns.ISSUE_SCHEME) in nato
    issue = {(q.predicate, q.object) for q in data.shared if q.subject == ns.issue("alliance-membership")}
    assert (SKOS.notation, Literal("alliance-membership")) in issue


def test_ids_with_any_characters_give_valid_iris_that_invert():
    for raw in ("Путін", "a b/c?d#e", "trump's advisers", "x%41"):
        iri = ns.actor(raw)
        assert " " not in iri.value and "#" not in iri.value[len(ns.ACTOR.iri):]
        assert ns.actor_id(iri) == raw
    statement = Statement("a b", Actor("Путін", "Путін"), "demands", Item("мир", "мир", "other"), "s")
    assert read_statements(article_dataset(Article("a b", ""), [statement]).quads
                           + article_dataset(Article("a b", ""), [statement]).shared) == [statement]


def test_ontology_parses_and_holds_the_codebook_issues():
    g = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    sk = rdflib.Namespace(ns.SKOS.iri)
    scheme = rdflib.URIRef(ns.ISSUE_SCHEME.value)
    assert (scheme, rdflib.RDF.type, sk.ConceptScheme) in g
    notations = sorted(str(n) for c in g.subjects(sk.topConceptOf, scheme) for n in g.objects(c, sk.notation))
    assert notations == sorted(CODEBOOK_ISSUES)
    for key in CODEBOOK_ISSUES:
        langs = {lit.language for lit in g.objects(rdflib.URIRef(ns.issue(key).value), sk.prefLabel)}
        assert langs == {"en", "uk", "ru"}, key


def test_ontology_builds_on_prov_skos_and_rdf_reification():
    g = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    neg = rdflib.Namespace(ns.NEG.iri)
    prov = rdflib.Namespace(ns.PROV.iri)
    sub = rdflib.RDFS.subClassOf
    assert (neg.Statement, sub, prov.Entity) in g
    assert (neg.Statement, sub, rdflib.RDF.Statement) in g
    assert (neg.Actor, sub, prov.Agent) in g
    assert (neg.actor, rdflib.RDFS.subPropertyOf, rdflib.RDF.subject) in g
    for relation in ("demands", "proposes", "rejects", "accepts"):
        assert {lit.language for lit in g.objects(neg[relation], rdflib.RDFS.label)} == {"en", "uk", "ru"}
    # every neg: term the RDF writer uses is declared in the ontology
    used = {t for q in all_quads() for t in (q.predicate, q.object)
            if isinstance(t, NamedNode) and t.value.startswith(ns.NEG.iri)}
    declared = {rdflib.URIRef(t.value) for t in used} & set(g.subjects())
    assert {rdflib.URIRef(t.value) for t in used} == declared


def test_actor_lookup_keys_are_the_lowercased_id_label_and_wikidata_id():
    assert actor_keys(PUTIN) == ["putin", "q7747", "vladimir putin"]
    data = article_dataset(A1, by_article(A1))
    keys = {q.object.value for q in data.shared if q.subject == ns.actor("putin") and q.predicate == SKOS.hiddenLabel}
    assert keys == {"putin", "q7747", "vladimir putin"}


def test_storing_the_same_entities_again_changes_nothing_in_the_shared_graph():
    data = article_dataset(A1, by_article(A1))
    assert shared_changes(data, data.shared) == ([], [])
    assert shared_changes(data, []) == ([], list(data.shared))


def test_a_new_record_replaces_single_values_and_keeps_other_articles_labels():
    old = article_dataset(A1, by_article(A1))
    renamed = Actor("putin", "Putin", "Q7747", "person")  # no labels: the stored ones stay
    new = article_dataset(A1, [Statement(**{**by_article(A1)[0].__dict__, "actor": renamed})])
    delete, insert = shared_changes(new, old.shared)
    putin = ns.actor("putin")
    assert {(q.predicate, q.object.value) for q in delete if q.subject == putin} == {
        (SKOS.prefLabel, "Vladimir Putin"), (SKOS.hiddenLabel, "vladimir putin")}
    assert {(q.predicate, q.object.value) for q in insert} == {(SKOS.prefLabel, "Putin")}
    assert not any(q.predicate == RDFS.label for q in delete)
