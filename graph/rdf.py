"""Statements -> quads, and quads -> statements.

Each statement becomes two things in its article's named graph (codebook
section 1, issue 4 of the tracker):

- a direct triple `actor neg:demands|proposes|rejects|accepts item`, for
  queries that only need who holds what;
- a statement node (`neg:Statement`, a PROV entity and an `rdf:Statement`)
  carrying actor, relation, item, the sentence, the article it was derived
  from, attribution, conditions and confidence.

Actors, items and issues live in one shared graph. Statement-node IRIs are a
hash of article, actor, relation, item and sentence index (`namespaces.statement`),
never blank nodes, so rebuilding the same input gives the same quads.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad

from . import namespaces as ns
from .extract.lexicon import contrary_of
from .models import RELATIONS, Actor, Article, Item, Statement
from .namespaces import DCTERMS, NEG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD
from .negotiations import Negotiation, is_generic

_LANG_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")

# Shared-graph properties that hold one value per node: a new record replaces
# them (upsert). rdfs:label is replaced only by a record that has labels, so a
# statement built without the lexicon's labels does not erase them.
SHARED_FUNCTIONAL = (RDF.type, DCTERMS.identifier, SKOS.prefLabel, SKOS.hiddenLabel, SKOS.broader,
                     SKOS.inScheme, OWL.sameAs, NEG.inLexicon, NEG.contraryOf)


# Actors, items and issues recur in article after article: their shared-graph quads
# are built once per distinct record (the records are frozen, so they hash).
SHARED_RECORD_CACHE = 8192


class RDFError(ValueError):
    """A record that cannot be turned into quads; str() names the article and the reason."""


@dataclass(frozen=True)
class ArticleQuads:
    """What one article contributes: its own graph and its part of the shared graph."""

    graph: NamedNode
    quads: tuple[Quad, ...]  # all in `graph`
    shared: tuple[Quad, ...]  # all in ns.SHARED_GRAPH
    labelled: frozenset[NamedNode]  # shared nodes whose rdfs:label set is replaced


def _text(value: str, lang: str = "") -> Literal:
    """A string literal, language-tagged when `lang` is a valid tag."""
    if lang and _LANG_TAG.match(lang):
        return Literal(value, language=lang.lower())
    return Literal(value)


def _date(value: str) -> Literal:
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return Literal(value)
    return Literal(value, datatype=XSD.date)


def _url(value: str) -> NamedNode | Literal:
    if re.match(r"^https?://[^\s<>\"{}|\\^`]+$", value):
        try:
            return NamedNode(value)
        except ValueError:
            pass
    return Literal(value)


def article_quads(article: Article) -> list[Quad]:
    """The article node in its own graph: id, title, date, source, url, language, order, text."""
    g = ns.article_graph(article.id)
    node = ns.article(article.id)
    quads = [
        Quad(node, RDF.type, NEG.Article, g),
        Quad(node, DCTERMS.identifier, Literal(article.id), g),
        Quad(node, NEG.order, Literal(article.order), g),
    ]
    if article.title:
        quads.append(Quad(node, DCTERMS.title, _text(article.title, article.lang), g))
    if article.date:
        quads.append(Quad(node, DCTERMS.date, _date(article.date), g))
    if article.source:
        quads.append(Quad(node, DCTERMS.publisher, Literal(article.source), g))
    if article.url:
        quads.append(Quad(node, SCHEMA.url, _url(article.url), g))
    if article.lang:
        quads.append(Quad(node, DCTERMS.language, Literal(article.lang), g))
    if article.date and article.date_source:
        quads.append(Quad(node, NEG.dateSource, Literal(article.date_source), g))
    for negotiation_id in article.negotiations:
        quads.append(Quad(node, NEG.assignedNegotiation, Literal(negotiation_id), g))
    if article.path:
        quads.append(Quad(node, NEG.sourceFile, Literal(article.path), g))
    if article.text:
        quads.append(Quad(node, SCHEMA.articleBody, _text(article.text, article.lang), g))
    return quads


def statement_node(statement: Statement) -> NamedNode:
    return ns.statement(statement.article, statement.actor.id, statement.relation,
                        statement.item.id, statement.sentence_index)


def statement_quads(statement: Statement) -> list[Quad]:
    """The direct triple and the statement node, in the statement's article graph."""
    if statement.relation not in RELATIONS:
        raise RDFError(f"article {statement.article}: unknown relation {statement.relation!r}, "
                       f"expected one of {', '.join(RELATIONS)}")
    g = ns.article_graph(statement.article)
    node = statement_node(statement)
    actor = ns.actor(statement.actor.id)
    item = ns.item(statement.item.id)
    relation = ns.relation(statement.relation)
    quads = [
        Quad(actor, relation, item, g),
        Quad(node, RDF.type, NEG.Statement, g),
        Quad(node, NEG.actor, actor, g),
        Quad(node, NEG.relation, relation, g),
        Quad(node, NEG.item, item, g),
        Quad(node, NEG.sentence, _text(statement.sentence, statement.lang), g),
        Quad(node, NEG.sentenceIndex, Literal(statement.sentence_index), g),
        Quad(node, PROV.wasDerivedFrom, ns.article(statement.article), g),
        Quad(node, NEG.confidence, Literal(float(statement.confidence)), g),
    ]
    if statement.attribution:
        quads.append(Quad(node, NEG.attribution, Literal(statement.attribution), g))
    if statement.item.text:
        quads.append(Quad(node, NEG.itemText, _text(statement.item.text, statement.lang), g))
    for condition in statement.conditional_on:
        quads.append(Quad(node, NEG.conditionalOn, ns.item(condition), g))
    return quads


@functools.lru_cache(maxsize=SHARED_RECORD_CACHE)
def actor_quads(actor: Actor) -> tuple[Quad, ...]:
    g = ns.SHARED_GRAPH
    node = ns.actor(actor.id)
    quads = [
        Quad(node, RDF.type, NEG.Actor, g),
        Quad(node, DCTERMS.identifier, Literal(actor.id), g),
        Quad(node, SKOS.prefLabel, Literal(actor.label), g),
    ]
    if actor.type in ns.ACTOR_CLASSES:
        quads.append(Quad(node, RDF.type, ns.ACTOR_CLASSES[actor.type], g))
    if actor.wikidata:
        quads.append(Quad(node, OWL.sameAs, ns.wikidata(actor.wikidata), g))
    quads.extend(Quad(node, RDFS.label, _text(label, lang), g) for lang, label in actor.labels)
    quads.extend(Quad(node, SKOS.hiddenLabel, Literal(key), g) for key in actor_keys(actor))
    return tuple(quads)


def actor_keys(actor: Actor) -> list[str]:
    """What a user may type for the actor: its id, label or Wikidata id, lower-cased.

    Stored as skos:hiddenLabel so queries find an actor by an exact join on
    LCASE(?actor) instead of a filter over every actor, which keeps actor
    queries fast on a large store.
    """
    return sorted({key.lower() for key in (actor.id, actor.label, actor.wikidata) if key})


@functools.lru_cache(maxsize=SHARED_RECORD_CACHE)
def item_quads(item: Item) -> tuple[Quad, ...]:
    g = ns.SHARED_GRAPH
    node = ns.item(item.id)
    quads = [
        Quad(node, RDF.type, NEG.Item, g),
        Quad(node, RDF.type, SKOS.Concept, g),
        Quad(node, DCTERMS.identifier, Literal(item.id), g),
        Quad(node, SKOS.prefLabel, Literal(item.label), g),
        Quad(node, SKOS.broader, ns.issue(item.issue), g),
        Quad(node, SKOS.inScheme, ns.ISSUE_SCHEME, g),
    ]
    if not item.known:
        quads.append(Quad(node, NEG.inLexicon, Literal(False), g))
    contrary = contrary_of(item.id)
    if contrary is not None:
        # Declared once per pair in items.yaml; each item present carries its side.
        quads.append(Quad(node, NEG.contraryOf, ns.item(contrary), g))
    quads.extend(Quad(node, RDFS.label, _text(label, lang), g) for lang, label in item.labels)
    return tuple(quads)


@functools.lru_cache(maxsize=SHARED_RECORD_CACHE)
def issue_quads(key: str) -> tuple[Quad, ...]:
    g = ns.SHARED_GRAPH
    node = ns.issue(key)
    return (
        Quad(node, RDF.type, NEG.Issue, g),
        Quad(node, RDF.type, SKOS.Concept, g),
        Quad(node, SKOS.notation, Literal(key), g),
        Quad(node, SKOS.inScheme, ns.ISSUE_SCHEME, g),
    )


def article_dataset(article: Article, statements: Sequence[Statement]) -> ArticleQuads:
    """Every quad one article contributes, de-duplicated, in a stable order.

    Two statements with the same article, actor, relation, item and sentence
    are one statement node; the first one's details are kept.
    """
    if not article.id:
        raise RDFError("article without an id")
    quads: dict[Quad, None] = dict.fromkeys(article_quads(article))
    seen: set[NamedNode] = set()
    actors: dict[str, Actor] = {}
    items: dict[str, Item] = {}
    for statement in statements:
        if statement.article != article.id:
            raise RDFError(f"article {article.id}: statement belongs to article {statement.article!r}")
        node = statement_node(statement)
        if node in seen:
            continue
        seen.add(node)
        quads.update(dict.fromkeys(statement_quads(statement)))
        actors.setdefault(statement.actor.id, statement.actor)
        items.setdefault(statement.item.id, statement.item)
    shared: dict[Quad, None] = {}
    labelled: set[NamedNode] = set()
    for actor in actors.values():
        shared.update(dict.fromkeys(actor_quads(actor)))
        if actor.labels:
            labelled.add(ns.actor(actor.id))
    for item in items.values():
        shared.update(dict.fromkeys(item_quads(item)))
        if item.labels:
            labelled.add(ns.item(item.id))
    for key in sorted({item.issue for item in items.values()}):
        shared.update(dict.fromkeys(issue_quads(key)))
    return ArticleQuads(ns.article_graph(article.id), tuple(quads), tuple(shared), frozenset(labelled))


def shared_changes(data: ArticleQuads, current: Iterable[Quad]) -> tuple[list[Quad], list[Quad]]:
    """(quads to delete, quads to insert) to upsert the article's actors, items and issues.

    `current` is what the shared graph holds about them now. Single-valued
    properties (`SHARED_FUNCTIONAL`) are replaced by the new record's values,
    rdfs:label sets replaced when the new record has labels; anything else,
    and everything already there, is left alone. Unchanged entities give no
    change at all.
    """
    new = set(data.shared)
    current = set(current)
    replaced = set(SHARED_FUNCTIONAL)
    subjects = {q.subject for q in new}
    delete = [q for q in current if q not in new and q.subject in subjects
              and (q.predicate in replaced or (q.predicate == RDFS.label and q.subject in data.labelled))]
    insert = [q for q in data.shared if q not in current]
    return sorted(delete, key=str), insert


# ---------------------------------------------------------------- reading back


class _Index:
    """subject -> predicate -> objects, over any iterable of quads (dicts as ordered sets)."""

    def __init__(self, quads: Iterable[Quad]):
        self.props: dict[object, dict[NamedNode, dict[object, None]]] = defaultdict(lambda: defaultdict(dict))
        self.types: dict[NamedNode, dict[object, None]] = defaultdict(dict)
        rdf_type = RDF.type
        for quad in quads:
            self.props[quad.subject][quad.predicate][quad.object] = None
            if quad.predicate == rdf_type:
                self.types[quad.object][quad.subject] = None

    def all(self, subject: object, predicate: NamedNode) -> list[object]:
        values = self.props.get(subject, {}).get(predicate, ())
        return sorted(values, key=str) if len(values) > 1 else list(values)

    def one(self, subject: object, predicate: NamedNode) -> object | None:
        values = self.all(subject, predicate)
        return values[0] if values else None

    def text(self, subject: object, predicate: NamedNode, default: str = "") -> str:
        value = self.one(subject, predicate)
        return value.value if value is not None else default

    def labels(self, subject: object) -> tuple[tuple[str, str], ...]:
        return tuple(sorted((v.language, v.value) for v in self.all(subject, RDFS.label)
                            if isinstance(v, Literal) and v.language))


def _key_or(iri: object, to_key) -> str:
    try:
        return to_key(iri)
    except ValueError:
        return str(iri.value if isinstance(iri, NamedNode) else iri)


def _actor(index: _Index, node: NamedNode) -> Actor:
    actor_id = index.text(node, DCTERMS.identifier) or _key_or(node, ns.actor_id)
    wikidata = index.one(node, OWL.sameAs)
    kind = next((ns.ACTOR_TYPES[t] for t in index.all(node, RDF.type) if t in ns.ACTOR_TYPES), "person")
    return Actor(
        id=actor_id,
        label=index.text(node, SKOS.prefLabel, actor_id),
        wikidata=_key_or(wikidata, ns.wikidata_id) if wikidata is not None else "",
        type=kind,
        labels=index.labels(node),
    )


def _item(index: _Index, node: NamedNode, text: str) -> Item:
    item_id = index.text(node, DCTERMS.identifier) or _key_or(node, ns.item_id)
    broader = index.one(node, SKOS.broader)
    known = index.one(node, NEG.inLexicon)
    return Item(
        id=item_id,
        label=index.text(node, SKOS.prefLabel, item_id),
        issue=_key_or(broader, ns.issue_key) if broader is not None else "other",
        text=text,
        labels=index.labels(node),
        known=not (known is not None and known.value == "false"),
    )


def _int(value: object | None, default: int = 0) -> int:
    try:
        return int(value.value) if value is not None else default
    except ValueError:
        return default


def read_articles(quads: Iterable[Quad]) -> dict[str, Article]:
    """Every `neg:Article` in the quads, keyed by id, ordered by date then ingest order."""
    return _articles(_Index(quads))


def _articles(index: _Index) -> dict[str, Article]:
    out = []
    for node in index.types.get(NEG.Article, ()):
        article_id = index.text(node, DCTERMS.identifier) or _key_or(node, ns.article_id)
        out.append(Article(
            id=article_id,
            text=index.text(node, SCHEMA.articleBody),
            title=index.text(node, DCTERMS.title),
            lang=index.text(node, DCTERMS.language),
            date=index.text(node, DCTERMS.date),
            source=index.text(node, DCTERMS.publisher),
            url=index.text(node, SCHEMA.url),
            path=index.text(node, NEG.sourceFile),
            order=_int(index.one(node, NEG.order)),
            date_source=index.text(node, NEG.dateSource),
            negotiations=tuple(v.value for v in index.all(node, NEG.assignedNegotiation)),
        ))
    out.sort(key=article_sort_key)
    return {article.id: article for article in out}


def article_sort_key(article: Article) -> tuple:
    """Dated articles by date, then undated ones; ties by ingest order and id."""
    return (article.date == "", article.date, article.order, article.id)


def read_statements(quads: Iterable[Quad]) -> list[Statement]:
    """Every statement node in the quads, as `Statement`s.

    Actors and items are read from the same quads (the shared graph); an actor
    or item missing there gets its id from its IRI. Order: by article (date,
    then ingest order), then sentence index, actor, relation and item.
    """
    index = _Index(quads)
    articles = _articles(index)
    rank = {article_id: n for n, article_id in enumerate(articles)}
    actors: dict[object, Actor] = {}
    items: dict[object, Item] = {}
    keys: dict[object, str] = {}  # IRI -> id, for articles, relations and conditions
    p_actor, p_item, p_relation, p_source = NEG.actor, NEG.item, NEG.relation, PROV.wasDerivedFrom
    p_sentence, p_confidence, p_index = NEG.sentence, NEG.confidence, NEG.sentenceIndex
    p_text, p_attribution, p_condition = NEG.itemText, NEG.attribution, NEG.conditionalOn

    def key(iri: object, to_key) -> str:
        if iri not in keys:
            keys[iri] = _key_or(iri, to_key)
        return keys[iri]

    statements = []
    for node in index.types.get(NEG.Statement, ()):
        actor_node = index.one(node, p_actor)
        item_node = index.one(node, p_item)
        relation = index.one(node, p_relation)
        source = index.one(node, p_source)
        if actor_node is None or item_node is None or relation is None or source is None:
            continue  # not one of ours: a node typed neg:Statement by someone else
        if actor_node not in actors:
            actors[actor_node] = _actor(index, actor_node)
        if item_node not in items:
            items[item_node] = _item(index, item_node, "")
        item = items[item_node]
        text = index.text(node, p_text)
        if text:
            item = Item(item.id, item.label, item.issue, text, item.labels, item.known)
        sentence = index.one(node, p_sentence)
        confidence = index.one(node, p_confidence)
        statements.append(Statement(
            article=key(source, ns.article_id),
            actor=actors[actor_node],
            relation=key(relation, ns.relation_name),
            item=item,
            sentence=sentence.value if sentence is not None else "",
            attribution=index.text(node, p_attribution),
            conditional_on=tuple(key(c, ns.item_id) for c in index.all(node, p_condition)),
            confidence=float(confidence.value) if confidence is not None else 0.5,
            sentence_index=_int(index.one(node, p_index)),
            lang=sentence.language or "" if isinstance(sentence, Literal) else "",
        ))
    statements.sort(key=lambda s: (rank.get(s.article, len(rank)), s.article, s.sentence_index,
                                   s.actor.id, s.relation, s.item.id))
    return statements


def read_shared(quads: Iterable[Quad]) -> tuple[dict[str, Actor], dict[str, Item]]:
    """Actors and items of the shared graph, keyed by id."""
    index = _Index(quads)
    actors = {}
    for node in index.types.get(NEG.Actor, ()):
        actor = _actor(index, node)
        actors[actor.id] = actor
    items = {}
    for node in index.types.get(NEG.Item, ()):
        item = _item(index, node, "")
        items[item.id] = item
    return actors, items


# ---------------------------------------------------------------- negotiations


def negotiation_quads(negotiations: Sequence[Negotiation], statements: Iterable[Statement]) -> list[Quad]:
    """The negotiations graph: each negotiation with its label, parties, articles and statements.

    Parties are the actors of its statements; a generic one ("union") is the
    negotiation's own `neg:ScopedParty` node linked to the generic actor, so
    two strikes' unions are two parties.
    """
    g = ns.NEGOTIATIONS_GRAPH
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_article[s.article].append(s)
    quads: dict[Quad, None] = {}
    for n in negotiations:
        node = ns.negotiation(n.id)
        add = [
            Quad(node, RDF.type, NEG.Negotiation, g),
            Quad(node, DCTERMS.identifier, Literal(n.id), g),
            Quad(node, SKOS.prefLabel, Literal(n.label), g),
            Quad(node, NEG.assignedByInput, Literal(n.assigned), g),
        ]
        actors: dict[str, None] = {}
        for article_id in n.articles:
            add.append(Quad(node, NEG.includesArticle, ns.article(article_id), g))
            for s in by_article.get(article_id, ()):
                add.append(Quad(node, NEG.includesStatement, statement_node(s), g))
                actors.setdefault(s.actor.id, None)
        for actor_id in actors:
            if is_generic(actor_id):
                party = ns.negotiation_party(n.id, actor_id)
                add += [Quad(party, RDF.type, NEG.ScopedParty, g),
                        Quad(party, DCTERMS.identifier, Literal(f"{actor_id}@{n.id}"), g),
                        Quad(party, SKOS.prefLabel, Literal(actor_id), g),
                        Quad(party, NEG.genericActor, ns.actor(actor_id), g),
                        Quad(party, NEG.inNegotiation, node, g),
                        Quad(node, NEG.party, party, g)]
            else:
                add.append(Quad(node, NEG.party, ns.actor(actor_id), g))
        quads.update(dict.fromkeys(add))
    return list(quads)


def read_negotiations(quads: Iterable[Quad]) -> tuple[Negotiation, ...]:
    """The negotiations of a negotiations graph, by label (parties: actor ids, scoped ones as id@negotiation)."""
    index = _Index(quads)
    out = []
    for node in index.types.get(NEG.Negotiation, ()):
        negotiation_id = index.text(node, DCTERMS.identifier) or _key_or(node, ns.negotiation_id)
        articles = tuple(sorted(_key_or(a, ns.article_id) for a in index.all(node, NEG.includesArticle)))
        parties = []
        for p in index.all(node, NEG.party):
            generic = index.one(p, NEG.genericActor)
            parties.append(_key_or(generic, ns.actor_id) if generic is not None else _key_or(p, ns.actor_id))
        assigned = index.one(node, NEG.assignedByInput)
        out.append(Negotiation(id=negotiation_id, label=index.text(node, SKOS.prefLabel, negotiation_id),
                               articles=articles, parties=tuple(parties),
                               assigned=assigned is not None and assigned.value == "true"))
    out.sort(key=lambda n: (n.label.casefold(), n.id))
    return tuple(out)
