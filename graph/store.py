"""The knowledge-graph store: embedded Oxigraph on disk, or any SPARQL 1.1 server.

`open_store(location)` gives a `Store` either way: a directory is an embedded
pyoxigraph (RocksDB) store, an http(s) URL a SPARQL 1.1 endpoint used through
the SPARQL Protocol (queries, updates) and the Graph Store Protocol (loading a
named graph). Callers see one API: `replace_article`, `statements`, `articles`,
`query`, `dump`, `quad_count`.

Layout (see graph/rdf.py): one named graph per article, replaced as a whole
when the article is stored again; actors, items and issues in a shared graph,
upserted; graph/ontology.ttl in its own graph.

An embedded store takes a lock file next to its data: one writer, or any number
of readers, at a time; a second process gets a `StoreError` naming the store
and the pid holding it, not a RocksDB traceback.
"""
from __future__ import annotations

import base64
import contextlib
import http.client
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox
from pyoxigraph import (
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    RdfFormat,
)

from . import namespaces as ns
from .graph_text import FORMATS as GRAPH_TEXT_FORMATS
from .graph_text import GraphSource, SpilledGraphs, graph_body, graph_key, quad_order, write_graphs
from .models import RELATIONS, Article, Statement
from .query import Binding, QueryError, QueryResult, bind
from .rdf import (
    ArticleQuads,
    article_dataset,
    read_articles,
    read_statements,
    shared_changes,
)

try:
    import fcntl
except ImportError:  # Windows: RocksDB's own lock still stops a second writer
    fcntl = None  # type: ignore[assignment]

S = TypeVar("S", bound="Store")
LOCK_FILE = "negograph.lock"
ONTOLOGY_PATH = Path(__file__).resolve().parent / "ontology.ttl"
DUMP_FORMATS = {
    "trig": RdfFormat.TRIG,
    "nquads": RdfFormat.N_QUADS,
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
}
QUAD_FORMATS = ("trig", "nquads", "jsonld")  # keep named graphs; the others hold the union
HTTP_TIMEOUT = 60.0  # seconds a SPARQL server may take to answer one request (--timeout)

_GRAPH_PREFIX = Literal(ns.GRAPH.iri)
_ARTICLE_GRAPH_PREFIX = Literal(ns.ARTICLE_GRAPH.iri)


class StoreError(Exception):
    """A store that cannot be opened, read or written; str() is one line for the user."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


class StoreUnavailable(StoreError):
    """A SPARQL server that refused the connection, closed it mid-answer or did not
    answer in time. `server` is its query URL, `reason` what happened, in a few words."""

    def __init__(self, server: str, reason: str):
        self.server = server
        self.reason = " ".join(reason.split())
        super().__init__(f"cannot reach SPARQL endpoint {server}: {self.reason}")


def open_store(location: str | Path, *, read_only: bool = False, update_url: str | None = None,
               gsp_url: str | None = None, timeout: float | None = None) -> Store:
    """The store at `location`: a directory (embedded Oxigraph) or an http(s) SPARQL endpoint.

    For an endpoint, `location` is its query URL; the update and Graph Store
    Protocol URLs default to $NEGOGRAPH_UPDATE_URL / $NEGOGRAPH_GSP_URL, else
    to the server layout the query URL suggests (Oxigraph .../query ->
    .../update and .../store; Virtuoso .../sparql -> .../sparql and
    .../sparql-graph-crud; otherwise the query URL itself). `timeout` is how
    many seconds the server may take to answer a request (default
    HTTP_TIMEOUT); an embedded store ignores it.
    """
    text = str(location)
    if re.match(r"^https?://", text, re.IGNORECASE):
        return RemoteStore(text, read_only=read_only, update_url=update_url, gsp_url=gsp_url, timeout=timeout)
    if "://" in text:
        raise StoreError(f"store {text}: only http:// and https:// endpoints are supported")
    return EmbeddedStore(Path(text), read_only=read_only)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or exc.__class__.__name__


def _quad_lines(quads: Iterable[Quad]) -> str:
    # str() of pyoxigraph terms is N-Triples: escaped, so data can never close the block.
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


def _insert_data(quads: Sequence[Quad]) -> str:
    by_graph: dict[Any, list[Quad]] = {}
    for quad in quads:
        by_graph.setdefault(quad.graph_name, []).append(quad)
    blocks = [f"GRAPH {graph} {{\n{_quad_lines(group)}\n}}" for graph, group in by_graph.items()]
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}"


def _delete_data(quads: Sequence[Quad]) -> str:
    return "DELETE" + _insert_data(quads)[len("INSERT"):]


def ontology_quads() -> list[Quad]:
    """graph/ontology.ttl, in the ontology graph."""
    try:
        return list(ox.parse(path=ONTOLOGY_PATH, format=RdfFormat.TURTLE, base_iri=ns.BASE))
    except (OSError, SyntaxError) as exc:
        raise StoreError(f"{ONTOLOGY_PATH}: {_one_line(exc)}") from None


class Store:
    """What every store offers; subclasses provide `_run`, `_update`, `_quads` and `_put_graph`."""

    location: str
    read_only: bool

    def __init__(self, location: str, read_only: bool):
        self.location = location
        self.read_only = read_only
        self._ontology_loaded = False

    # -- to implement

    def _run(self, sparql: str) -> QueryResult:
        raise NotImplementedError

    def _update(self, sparql: str) -> None:
        raise NotImplementedError

    def _replace_article(self, data: ArticleQuads) -> None:
        raise NotImplementedError

    def _put_graph(self, graph: NamedNode, quads: Sequence[Quad]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass

    # -- shared behaviour

    def __enter__(self: S) -> S:  # noqa: PYI019 - typing.Self needs Python 3.11
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.location!r}, read_only={self.read_only})"

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")

    def query(self, sparql: str, bindings: Mapping[str, Binding | Sequence[Binding]] | None = None) -> QueryResult:
        """Run a SPARQL query; `bindings` (variable -> value) are bound as RDF terms.

        Raises QueryError for a bad query or parameter, StoreError when the
        store cannot answer.
        """
        return self._run(bind(sparql, bindings))

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update (one transaction on Oxigraph)."""
        self._writable()
        self._update(sparql)

    def load_ontology(self) -> None:
        """Replace the ontology graph with graph/ontology.ttl."""
        self._writable()
        self._put_graph(ns.ONTOLOGY_GRAPH, ontology_quads())
        self._ontology_loaded = True

    def replace_article(self, article: Article, statements: Sequence[Statement]) -> None:
        """Store one article: replace its named graph, upsert its actors, items and issues.

        On the embedded store this is one transaction: a failure leaves the
        store as it was. On a SPARQL server the shared entities are upserted
        first (idempotent) and the article graph is then replaced by one
        Graph Store Protocol PUT, so a failed article never leaves half a graph.
        """
        self._writable()
        data = article_dataset(article, statements)
        if not self._ontology_loaded:
            self.load_ontology()
        self._replace_article(data)

    def replace_negotiations(self, negotiations: Sequence, statements: Sequence[Statement]) -> None:
        """Replace the negotiations graph with these negotiations (graph/negotiations.py)."""
        from .rdf import negotiation_quads

        self._writable()
        self._put_graph(ns.NEGOTIATIONS_GRAPH, negotiation_quads(negotiations, statements))

    def negotiations(self) -> tuple:
        """The negotiations its last build stored (empty when there are none)."""
        from .rdf import read_negotiations

        return read_negotiations(self._graph_quads(ns.NEGOTIATIONS_GRAPH))

    def load_quads(self, quads: Iterable[Quad]) -> int:
        """Replace each named graph present in `quads` with its quads (e.g. a TriG export)."""
        self._writable()
        by_graph: dict[NamedNode, list[Quad]] = {}
        for quad in quads:
            if not isinstance(quad.graph_name, NamedNode):
                raise StoreError(f"store {self.location}: only named graphs can be loaded, not {quad.graph_name}")
            by_graph.setdefault(quad.graph_name, []).append(quad)
        for graph, group in by_graph.items():
            self._put_graph(graph, group)
        return sum(len(group) for group in by_graph.values())

    def _select_quads(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> list[Quad]:
        """Quads from a `SELECT ?s ?p ?o ?g` query."""
        result = self.query(sparql, bindings)
        index = {v: i for i, v in enumerate(result.variables)}
        s, p, o, g = index["s"], index["p"], index["o"], index["g"]
        return [Quad(row[s], row[p], row[o], row[g]) for row in result.rows]

    def quads(self) -> list[Quad]:
        """Every quad in negograph's graphs, sorted by graph then subject, predicate, object."""
        quads = self._select_quads(
            "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?prefix)) }",
            {"prefix": _GRAPH_PREFIX})
        return sorted(quads, key=lambda q: (graph_key(q.graph_name), *quad_order(q)))

    def quad_count(self) -> int:
        """Quads in negograph's graphs (article graphs, shared graph, ontology)."""
        result = self.query(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?prefix)) }",
            {"prefix": _GRAPH_PREFIX})
        return int(result.rows[0][0].value)

    def graphs(self) -> list[NamedNode]:
        """Article graphs, sorted."""
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?prefix)) }",
                            {"prefix": _ARTICLE_GRAPH_PREFIX})
        return sorted((row[0] for row in result.rows), key=str)

    def dump(self, path: str | Path | None, format: str = "trig") -> bytes | None:
        """Write the store as trig, nquads, jsonld (named graphs kept) or turtle, ntriples
        (the union of the graphs). Returns the bytes when `path` is None."""
        if format not in DUMP_FORMATS:
            raise StoreError(f"unknown RDF format {format!r}; use one of {', '.join(DUMP_FORMATS)}")
        if format in ("trig", "nquads") and path is not None:
            self.dump_by_graph(Path(path), format)
            return None
        quads = self.quads()
        if format in QUAD_FORMATS:
            data: list[Any] = quads
        else:
            data = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
        prefixes = ns.PREFIXES if format in ("trig", "turtle") else None
        try:
            return ox.serialize(data, str(path) if path is not None else None, DUMP_FORMATS[format],
                                prefixes=prefixes)
        except OSError as exc:
            raise StoreError(f"{path}: {_one_line(exc)}") from None

    def dump_by_graph(self, path: Path, format: str, ready: SpilledGraphs | None = None) -> int:
        """Write TriG or N-Quads one named graph at a time, in the same sorted order as
        `quads()`, so that a large store is exported without holding it in memory.

        Graphs in `ready` (bodies a build wrote as it stored the articles) are
        copied from there instead of read back. Returns the number of quads written.
        """
        if format not in GRAPH_TEXT_FORMATS:
            raise StoreError(f"{format} cannot be written graph by graph; use trig or nquads")
        sources = []
        for graph in self._negograph_graphs():
            key = graph_key(graph)
            if ready is not None and key in ready:
                sources.append(ready.source(key))
            else:
                sources.append(GraphSource(key, lambda graph=graph: self._graph_text(graph, format)))
        try:
            return write_graphs(path, format, sources)
        except OSError as exc:
            raise StoreError(f"{path}: {_one_line(exc)}") from None

    def _graph_text(self, graph: NamedNode, format: str) -> tuple[bytes, int]:
        quads = self._graph_quads(graph)
        return graph_body(quads, format), len(quads)

    def _negograph_graphs(self) -> list[NamedNode]:
        """Every named graph of negograph's (articles, shared, ontology) that holds a quad."""
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?prefix)) }",
                            {"prefix": _GRAPH_PREFIX})
        return [row[0] for row in result.rows]

    def _graph_quads(self, graph: NamedNode) -> list[Quad]:
        return self._select_quads("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph})

    def _current_shared(self, subjects: Sequence[NamedNode]) -> list[Quad]:
        """What the shared graph holds now about `subjects`."""
        if not subjects:
            return []
        return self._select_quads("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                  {"g": ns.SHARED_GRAPH, "s": list(subjects)})

    def _shared_quads(self) -> list[Quad]:
        return self._select_quads("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": ns.SHARED_GRAPH})

    def _article_quads(self, text: bool = False, graphs: Iterable[NamedNode] | None = None) -> list[Quad]:
        """Every article node's quads (without the body unless `text`); a store may
        limit them to the article `graphs` when given."""
        body = "" if text else f"FILTER(?p != {ns.SCHEMA.articleBody})"
        return self._select_quads(
            f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s a {ns.NEG.Article} ; ?p ?o }} {body} }}")

    def _statement_quads(self, bindings: Mapping[str, list[Any]]) -> list[Quad]:
        """The quads of the statement nodes whose ?actor, ?relation, ?item and graph ?g
        are among `bindings` (each a list of allowed values; absent = any)."""
        neg = ns.NEG
        return self._select_quads(
            f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s a {neg.Statement} ; {neg.actor} ?actor ; "
            f"{neg.relation} ?relation ; {neg.item} ?item ; ?p ?o }} }}", bindings)

    def articles(self, *, text: bool = False) -> dict[str, Article]:
        """Every stored article's metadata, keyed by id, by date then ingest order.

        `text` also reads the article bodies (empty otherwise).
        """
        return read_articles(self._article_quads(text=text))

    def statements(self, *, actors: Iterable[str] = (), issues: Iterable[str] = (),
                   relations: Iterable[str] = (), articles: Iterable[str] = ()) -> list[Statement]:
        """Stored statements, optionally filtered, ordered by article date/order, then sentence.

        actors match an actor's id, label or Wikidata id (case-insensitive);
        issues an issue key; relations a relation name; articles an article id.
        """
        actors, issues, relations, articles = (tuple(actors), tuple(issues), tuple(relations),
                                               tuple(articles))
        shared_graph = {"g": ns.SHARED_GRAPH}
        bindings: dict[str, list[Any]] = {}
        if actors:  # through the lower-cased lookup keys (skos:hiddenLabel) of rdf.actor_keys
            found = self.query(f"SELECT DISTINCT ?a WHERE {{ GRAPH ?g {{ ?a {ns.SKOS.hiddenLabel} ?key }} }}",
                               {**shared_graph, "key": sorted({a.lower() for a in actors})})
            bindings["actor"] = [row[0] for row in found.rows]
        if issues:
            found = self.query(f"SELECT DISTINCT ?i WHERE {{ GRAPH ?g {{ ?i {ns.SKOS.broader} ?issue }} }}",
                               {**shared_graph, "issue": [ns.issue(i) for i in sorted(set(issues))]})
            bindings["item"] = [row[0] for row in found.rows]
        if relations:
            unknown = sorted(set(relations) - set(RELATIONS))
            if unknown:
                raise QueryError(f"unknown relation {unknown[0]!r}; use one of {', '.join(RELATIONS)}")
            bindings["relation"] = [ns.relation(r) for r in relations]
        if articles:
            bindings["g"] = [ns.article_graph(a) for a in articles]
        if any(not values for values in bindings.values()):
            return []
        quads = self._statement_quads(bindings)
        if not quads:
            return []
        nodes = {q.object for q in quads if q.predicate in (ns.NEG.actor, ns.NEG.item)}
        shared = self._current_shared(sorted(nodes, key=str))
        articles = self._article_quads(graphs=sorted({q.graph_name for q in quads}, key=str))
        return read_statements(shared + articles + quads)


# ---------------------------------------------------------------- embedded


class EmbeddedStore(Store):
    """pyoxigraph on disk; one writer or many readers, guarded by a lock file."""

    def __init__(self, path: Path, read_only: bool = False):
        super().__init__(str(path), read_only)
        self.path = path
        self._lock_fd: int | None = None
        if path.exists() and not path.is_dir():
            raise StoreError(f"store {path} is not a directory")
        if read_only and not (path / "CURRENT").exists():
            raise StoreError(f"no store at {path}")
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"store {path}: cannot create it ({_one_line(exc)})") from None
        # What the shared graph holds per subject, as this writer last wrote or read it.
        # Valid because the lock keeps every other writer out; any write that does not
        # go through `_replace_article` empties it.
        self._shared_known: dict[NamedNode, set[Quad]] = {}
        self._lock()
        try:
            self._store: ox.Store | None = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            self._unlock()
            message = _one_line(exc)
            if "lock" in message.lower():
                raise StoreError(f"store {path} is locked by another process") from None
            raise StoreError(f"cannot open store {path}: {message}") from None

    def _lock(self) -> None:
        if fcntl is None:
            return
        lock_path = self.path / LOCK_FILE
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            if self.read_only:
                return  # a read-only copy on a read-only disk: nobody can be writing it
            raise
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if self.read_only else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except OSError:
            holder = self._holder(fd)
            os.close(fd)
            raise StoreError(f"store {self.path} is locked by another process{holder}") from None
        if not self.read_only:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        self._lock_fd = fd

    def _holder(self, fd: int) -> str:
        """' (pid N)' for a writer holding the lock, ' (reading it)' for readers."""
        if not self.read_only:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError:
                pass
            else:
                fcntl.flock(fd, fcntl.LOCK_UN)
                return " (reading it)"
        try:
            pid = os.pread(fd, 32, 0).decode().strip()
        except (OSError, UnicodeDecodeError):
            return ""
        return f" (pid {pid})" if pid.isdigit() else ""

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing the descriptor releases the flock
            self._lock_fd = None

    def _ox(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"store {self.path} is closed")
        return self._store

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            if not self.read_only:
                with contextlib.suppress(OSError):  # closing anyway; RocksDB's log has the writes
                    self._store.flush()
            self._store = None  # the last reference: RocksDB closes and drops its LOCK
        self._unlock()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # nothing to report to at interpreter exit
            self.close()

    def _run(self, sparql: str) -> QueryResult:
        try:
            answer = self._ox().query(sparql, use_default_graph_as_union=True)
            return _result(answer)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {_one_line(exc)}") from None
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"store {self.path}: {_one_line(exc)}") from None

    def _update(self, sparql: str) -> None:
        self._shared_known.clear()
        self._apply(sparql)

    def _apply(self, sparql: str) -> None:
        try:
            self._ox().update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL update syntax error: {_one_line(exc)}") from None
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"store {self.path}: {_one_line(exc)}") from None

    def _graph_quads(self, graph: NamedNode) -> list[Quad]:
        return list(self._ox().quads_for_pattern(None, None, None, graph))

    def _negograph_graphs(self) -> list[NamedNode]:
        return [g for g in self._ox().named_graphs() if ns.is_negograph_graph(g)]

    def flush(self) -> None:
        """Write buffered changes to disk, so that memory stays flat over a long build."""
        if self._store is not None and not self.read_only:
            self._store.flush()

    def _replace_article(self, data: ArticleQuads) -> None:
        # Each write below is one transaction in Oxigraph: all of it or none.
        # The shared-graph changes are worked out first; this process holds the
        # write lock, so nothing else changes the store in between.
        delete, insert = shared_changes(data, self._current_shared(sorted({q.subject for q in data.shared}, key=str)))
        store = self._ox()
        if not delete and not store.contains_named_graph(data.graph):
            # A new article that changes no shared record only adds quads: a plain
            # transactional insert, without writing and parsing a SPARQL update.
            try:
                store.extend([*data.quads, *insert])
            except OSError as exc:
                raise StoreError(f"store {self.path}: {_one_line(exc)}") from None
        else:
            ops = [f"DROP SILENT GRAPH {data.graph}"]
            if delete:
                ops.append(_delete_data(delete))
            ops.append(_insert_data(list(data.quads) + insert))
            self._apply(" ;\n".join(ops))
        for quad in delete:
            self._shared_known[quad.subject].discard(quad)
        for quad in insert:
            self._shared_known[quad.subject].add(quad)

    def _current_shared(self, subjects: Sequence[NamedNode]) -> list[Quad]:
        known = self._shared_known
        for subject in subjects:
            if subject not in known:
                known[subject] = set(self._ox().quads_for_pattern(subject, None, None, ns.SHARED_GRAPH))
        return [q for s in subjects for q in known[s]]

    # Reading through the quad indexes directly: the same answers as the
    # SPARQL of `Store`, several times faster for a whole store.

    def _shared_quads(self) -> list[Quad]:
        return list(self._ox().quads_for_pattern(None, None, None, ns.SHARED_GRAPH))

    def _article_quads(self, text: bool = False, graphs: Iterable[NamedNode] | None = None) -> list[Quad]:
        store = self._ox()
        out = []
        typed_in = ([q for g in graphs for q in store.quads_for_pattern(None, ns.RDF.type, ns.NEG.Article, g)]
                    if graphs is not None else store.quads_for_pattern(None, ns.RDF.type, ns.NEG.Article, None))
        for typed in typed_in:
            if isinstance(typed.graph_name, NamedNode) and ns.is_article_graph(typed.graph_name):
                out.extend(q for q in store.quads_for_pattern(typed.subject, None, None, typed.graph_name)
                           if text or q.predicate != ns.SCHEMA.articleBody)
        return out

    def _statement_quads(self, bindings: Mapping[str, list[Any]]) -> list[Quad]:
        store = self._ox()
        neg = ns.NEG
        if "actor" in bindings:  # start from the most selective index
            nodes = [q for a in bindings["actor"] for q in store.quads_for_pattern(None, neg.actor, a, None)]
        elif "item" in bindings:
            nodes = [q for i in bindings["item"] for q in store.quads_for_pattern(None, neg.item, i, None)]
        elif "g" in bindings:
            nodes = [q for g in bindings["g"] for q in store.quads_for_pattern(None, ns.RDF.type, neg.Statement, g)]
        else:
            nodes = list(store.quads_for_pattern(None, ns.RDF.type, neg.Statement, None))
        wanted = {"actor": neg.actor, "relation": neg.relation, "item": neg.item}
        allowed = {wanted[k]: set(v) for k, v in bindings.items() if k in wanted}
        graphs = set(bindings["g"]) if "g" in bindings else None
        out: list[Quad] = []
        seen = set()
        for node in nodes:
            key = (node.subject, node.graph_name)
            if key in seen or (graphs is not None and node.graph_name not in graphs):
                continue
            seen.add(key)
            quads = list(store.quads_for_pattern(node.subject, None, None, node.graph_name))
            values = {q.predicate: q.object for q in quads}
            if values.get(ns.RDF.type) != neg.Statement and not any(
                    q.predicate == ns.RDF.type and q.object == neg.Statement for q in quads):
                continue
            if all(values.get(p) in objects for p, objects in allowed.items()):
                out.extend(quads)
        return out

    def _put_graph(self, graph: NamedNode, quads: Sequence[Quad]) -> None:
        ops = [f"DROP SILENT GRAPH {graph}"]
        if quads:
            ops.append(_insert_data([Quad(q.subject, q.predicate, q.object, graph) for q in quads]))
        self._update(" ;\n".join(ops))

    def quads(self) -> list[Quad]:
        store = self._ox()
        out: list[Quad] = []
        for graph in sorted(self._negograph_graphs(), key=str):
            group = list(store.quads_for_pattern(None, None, None, graph))
            group.sort(key=quad_order)
            out.extend(group)
        return out

    def backup(self, target: Path) -> None:
        """Copy the store as it is now into `target`, a directory that must not exist yet.

        A RocksDB checkpoint: the data files are immutable, so they are hard-linked
        when `target` is on the same file system (instant, no extra space) and
        copied otherwise. A writable store copies what only its log held too; a
        read-only one copies only what was flushed to the data files.
        """
        try:
            self._ox().backup(str(target))
        except OSError as exc:
            raise StoreError(f"store {self.path}: cannot copy it to {target}: {_one_line(exc)}") from None

    def bulk_load(self, quads: Iterable[Quad]) -> None:
        """Add quads without a transaction, fast (benchmarks, imports of a fresh store)."""
        self._writable()
        self._shared_known.clear()
        try:
            self._ox().bulk_extend(quads)
        except OSError as exc:
            raise StoreError(f"store {self.path}: {_one_line(exc)}") from None


def _result(answer: QuerySolutions | QueryBoolean | Any) -> QueryResult:
    if isinstance(answer, QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, QuerySolutions):
        names = tuple(v.value for v in answer.variables)
        return QueryResult("select", names, [tuple(solution) for solution in answer])
    return QueryResult("graph", triples=list(dict.fromkeys(answer)))  # a graph is a set


# ---------------------------------------------------------------- remote


class RemoteStore(Store):
    """A SPARQL 1.1 endpoint: Protocol for queries and updates, Graph Store Protocol for graphs."""

    def __init__(self, url: str, *, read_only: bool = False, update_url: str | None = None,
                 gsp_url: str | None = None, timeout: float | None = None):
        query_url, auth = _split_auth(url)
        super().__init__(query_url, read_only)
        self.query_url = query_url
        self.timeout = HTTP_TIMEOUT if timeout is None else float(timeout)
        if not self.timeout > 0:
            raise StoreError(f"the timeout must be a positive number of seconds, not {timeout}")
        self._auth = auth
        base = query_url.rstrip("/")
        if base.endswith("/query"):  # Oxigraph server (Fuseki: pass gsp_url=.../data)
            default_update, default_gsp = base[:-len("/query")] + "/update", base[:-len("/query")] + "/store"
        elif base.endswith("/sparql"):  # Virtuoso
            default_update, default_gsp = base, base + "-graph-crud"
        else:
            default_update, default_gsp = base, base
        self.update_url = _split_auth(update_url or os.environ.get("NEGOGRAPH_UPDATE_URL") or default_update)[0]
        self.gsp_url = _split_auth(gsp_url or os.environ.get("NEGOGRAPH_GSP_URL") or default_gsp)[0]
        self._run("ASK { }")  # fail now, with the URL, if nothing answers there

    def _request(self, url: str, *, data: bytes | None, method: str, headers: dict[str, str]) -> tuple[str, bytes]:
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        if self._auth:
            request.add_header("Authorization", self._auth)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip().splitlines()
            detail = f": {body[0][:300]}" if body else ""
            if exc.code == 400:
                raise QueryError(f"{url} rejected the request (HTTP 400){detail}") from None
            raise StoreError(f"{url} answered HTTP {exc.code} {exc.reason}{detail}") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            # Refused, reset, closed mid-answer (IncompleteRead, RemoteDisconnected)
            # or silent: all mean the server is not there to answer.
            raise StoreUnavailable(self.query_url, self._why(exc)) from None

    def _why(self, exc: BaseException) -> str:
        reason = getattr(exc, "reason", exc) if isinstance(exc, urllib.error.URLError) else exc
        if isinstance(reason, TimeoutError):
            return f"no answer within {self.timeout:g} s (--timeout sets the limit)"
        if isinstance(reason, http.client.IncompleteRead):
            return "the connection closed in the middle of an answer"
        if isinstance(reason, http.client.RemoteDisconnected):
            return "the connection closed without an answer"
        if isinstance(reason, ConnectionRefusedError):
            return "connection refused"
        if isinstance(reason, (ConnectionResetError, BrokenPipeError)):
            return "the connection was cut"
        return _one_line(reason)

    def _run(self, sparql: str) -> QueryResult:
        content_type, body = self._request(
            self.query_url, method="POST", data=urllib.parse.urlencode({"query": sparql}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     "Accept": "application/sparql-results+json, application/sparql-results+xml;q=0.9, "
                               "application/n-triples;q=0.8, text/turtle;q=0.7"})
        media = content_type.split(";")[0].strip().lower()
        try:
            results_format = ox.QueryResultsFormat.from_media_type(media)
            if results_format is not None:
                return _result(ox.parse_query_results(body, results_format))
            rdf_format = RdfFormat.from_media_type(media)
            if rdf_format is not None:
                triples = (ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, rdf_format))
                return QueryResult("graph", triples=list(dict.fromkeys(triples)))
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.query_url}: unreadable {media} answer ({_one_line(exc)})") from None
        raise StoreError(f"{self.query_url}: unexpected answer of type {media or 'unknown'}")

    def _update(self, sparql: str) -> None:
        self._request(self.update_url, method="POST", data=urllib.parse.urlencode({"update": sparql}).encode(),
                      headers={"Content-Type": "application/x-www-form-urlencoded"})

    def _put_graph(self, graph: NamedNode, quads: Sequence[Quad]) -> None:
        url = f"{self.gsp_url}?{urllib.parse.urlencode({'graph': graph.value})}"
        # N-Triples is Turtle too; text/turtle is the one type every GSP server takes.
        body = (_quad_lines(quads) + "\n").encode("utf-8")
        self._request(url, method="PUT", data=body, headers={"Content-Type": "text/turtle; charset=utf-8"})

    def _replace_article(self, data: ArticleQuads) -> None:
        delete, insert = shared_changes(data, self._current_shared(sorted({q.subject for q in data.shared}, key=str)))
        ops = ([_delete_data(delete)] if delete else []) + ([_insert_data(insert)] if insert else [])
        if ops:
            self._update(" ;\n".join(ops))
        self._put_graph(data.graph, data.quads)


def _split_auth(url: str) -> tuple[str, str]:
    """(url without user:password, Basic Authorization header or "")."""
    parts = urllib.parse.urlsplit(url)
    if not parts.username:
        return url, ""
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    credentials = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
    clean = urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    return clean, "Basic " + base64.b64encode(credentials.encode()).decode()


def iter_quads(path: str | Path, format: str | None = None) -> Iterator[Quad]:
    """Quads parsed from an RDF file (format from the extension unless given)."""
    rdf_format = DUMP_FORMATS.get(format or "") if format else RdfFormat.from_extension(Path(path).suffix.lstrip("."))
    if rdf_format is None:
        raise StoreError(f"{path}: unknown RDF format; use one of {', '.join(DUMP_FORMATS)}")
    try:
        yield from ox.parse(path=str(path), format=rdf_format)
    except (OSError, SyntaxError) as exc:
        raise StoreError(f"{path}: {_one_line(exc)}") from None
