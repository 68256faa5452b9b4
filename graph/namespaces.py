"""Every IRI negograph uses, built here and only here.

Vocabularies are reused where one fits (PROV-O for provenance, SKOS for items
and issues, Dublin Core and schema.org for articles, OWL for Wikidata links);
`NEG` holds the few terms none of them has (see `graph/ontology.ttl`).
Resource IRIs are derived from the records' ids, percent-encoded, so that the
same input always gives the same IRIs; `*_id()` functions invert them.
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote, unquote

from pyoxigraph import NamedNode

BASE = "https://w3id.org/negograph/"


class Namespace:
    """An IRI prefix whose attributes are `NamedNode`s: `NEG.Statement`, `NEG.term("x")`.

    Not a `str` subclass: `DCTERMS.title` must be a term, not `str.title`.
    """

    __slots__ = ("_terms", "iri")

    def __init__(self, iri: str, *, cached: bool = True):
        self.iri = iri
        # Vocabularies are cached; one-per-article namespaces are not, or a long
        # build would keep every article's and statement's IRI.
        self._terms: dict[str, NamedNode] | None = {} if cached else None

    def term(self, name: str) -> NamedNode:
        if self._terms is None:
            return NamedNode(self.iri + name)
        node = self._terms.get(name)
        if node is None:
            node = self._terms[name] = NamedNode(self.iri + name)
        return node

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.term(name)

    def __str__(self) -> str:
        return self.iri

    def __repr__(self) -> str:
        return f"Namespace({self.iri!r})"


NEG = Namespace(BASE + "ontology#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

# Resource namespaces: one per kind of node.
ACTOR = Namespace(BASE + "actor/")
ITEM = Namespace(BASE + "item/")
ISSUE = Namespace(BASE + "issue/")
ARTICLE = Namespace(BASE + "article/", cached=False)
STATEMENT = Namespace(BASE + "statement/", cached=False)
NEGOTIATION = Namespace(BASE + "negotiation/", cached=False)
GRAPH = Namespace(BASE + "graph/")
ARTICLE_GRAPH = Namespace(BASE + "graph/article/", cached=False)

SHARED_GRAPH = GRAPH.term("shared")  # actors, items and issues
ONTOLOGY_GRAPH = GRAPH.term("ontology")  # graph/ontology.ttl
NEGOTIATIONS_GRAPH = GRAPH.term("negotiations")  # negotiations and their members, rewritten per build
ISSUE_SCHEME = NamedNode(BASE + "issues")

# Prefixes for serialisations and for the queries' PREFIX lines.
PREFIXES = {
    "neg": str(NEG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "actor": str(ACTOR),
    "item": str(ITEM),
    "issue": str(ISSUE),
    "article": str(ARTICLE),
    "statement": str(STATEMENT),
    "negotiation": str(NEGOTIATION),
}

# Actor.type -> the schema.org class an actor node is typed with (and back).
ACTOR_CLASSES = {
    "person": SCHEMA.Person,
    "state": SCHEMA.Country,
    "organisation": SCHEMA.Organization,
    "group": NEG.Group,
}
ACTOR_TYPES = {iri: name for name, iri in ACTOR_CLASSES.items()}

# Characters kept as they are in an id; everything else is percent-encoded.
_SAFE = "-._~"


def _local(namespace: Namespace, key: str) -> NamedNode:
    if not key:
        raise ValueError(f"empty id for a {namespace} IRI")
    return namespace.term(quote(key, safe=_SAFE))


def _key(namespace: Namespace, iri: NamedNode | str) -> str:
    value = iri.value if isinstance(iri, NamedNode) else str(iri)
    if not value.startswith(namespace.iri):
        raise ValueError(f"{value} is not in {namespace}")
    return unquote(value[len(namespace.iri):])


def relation(name: str) -> NamedNode:
    """The property of a relation: `neg:demands`, `neg:proposes`, ..."""
    return NEG.term(name)


def relation_name(iri: NamedNode | str) -> str:
    return _key(NEG, iri)


def actor(actor_id: str) -> NamedNode:
    return _local(ACTOR, actor_id)


def actor_id(iri: NamedNode | str) -> str:
    return _key(ACTOR, iri)


def item(item_id: str) -> NamedNode:
    return _local(ITEM, item_id)


def item_id(iri: NamedNode | str) -> str:
    return _key(ITEM, iri)


def issue(key: str) -> NamedNode:
    return _local(ISSUE, key)


def issue_key(iri: NamedNode | str) -> str:
    return _key(ISSUE, iri)


def article(article_id: str) -> NamedNode:
    return _local(ARTICLE, article_id)


def article_id(iri: NamedNode | str) -> str:
    return _key(ARTICLE, iri)


def article_graph(article_id: str) -> NamedNode:
    """The named graph that holds one article and its statements."""
    return _local(ARTICLE_GRAPH, article_id)


def article_graph_id(iri: NamedNode | str) -> str:
    return _key(ARTICLE_GRAPH, iri)


def statement(article_id: str, actor_id: str, relation: str, item_id: str, sentence_index: int) -> NamedNode:
    """A statement node's IRI: a hash of what identifies it, so rebuilds give the same IRI."""
    key = "\x1f".join((article_id, actor_id, relation, item_id, str(sentence_index)))
    return STATEMENT.term(hashlib.sha256(key.encode("utf-8")).hexdigest()[:24])


def negotiation(negotiation_id: str) -> NamedNode:
    return _local(NEGOTIATION, negotiation_id)


def negotiation_id(iri: NamedNode | str) -> str:
    return _key(NEGOTIATION, iri)


def negotiation_party(negotiation_id: str, actor_id: str) -> NamedNode:
    """A generic party ("union") as one negotiation's own node."""
    if not negotiation_id or not actor_id:
        raise ValueError("empty id for a negotiation party IRI")
    return NEGOTIATION.term(f"{quote(negotiation_id, safe=_SAFE)}/party/{quote(actor_id, safe=_SAFE)}")


def wikidata(qid: str) -> NamedNode:
    return WD.term(qid)


def wikidata_id(iri: NamedNode | str) -> str:
    return _key(WD, iri)


def is_article_graph(iri: NamedNode | str) -> bool:
    value = iri.value if isinstance(iri, NamedNode) else str(iri)
    return value.startswith(ARTICLE_GRAPH.iri)


def is_negograph_graph(iri: NamedNode | str) -> bool:
    """True for the graphs negograph writes (article graphs, shared, ontology)."""
    value = iri.value if isinstance(iri, NamedNode) else str(iri)
    return value.startswith(GRAPH.iri)


def sparql_prefixes() -> str:
    """PREFIX lines for every prefix in `PREFIXES`."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
