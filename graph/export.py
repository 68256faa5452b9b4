"""Exports of a store: RDF (TriG, N-Quads, Turtle, JSON-LD), GraphML for Gephi, CSV.

TriG, N-Quads and JSON-LD keep the named graphs (one per article); Turtle holds
the union of the graphs (a triple stated in two articles appears once).
GraphML is built with networkx from the statements: actors, items and issues
are nodes, each statement an actor -> item edge carrying its relation and
provenance, and each item an edge to its issue. CSV is one row per statement.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import IO

import networkx as nx

from .models import Article, Statement
from .rdf import statement_node

RDF_FORMATS = ("trig", "nquads", "turtle", "jsonld", "ntriples")
FORMATS = ("trig", "nquads", "turtle", "jsonld", "graphml", "csv")
CSV_COLUMNS = ("article", "date", "actor_id", "actor", "wikidata", "relation", "item_id", "item", "issue",
               "item_text", "sentence", "sentence_index", "attribution", "conditional_on", "confidence", "lang")


class ExportError(ValueError):
    """An export that cannot be made; str() is one line for the user."""


def statement_graph(statements: Sequence[Statement], articles: dict[str, Article] | None = None) -> nx.MultiDiGraph:
    """Actors, items and issues as nodes; one edge per statement, one per item -> issue."""
    articles = articles or {}
    graph = nx.MultiDiGraph(name="negograph positions")
    for s in statements:
        actor, item, issue = f"actor:{s.actor.id}", f"item:{s.item.id}", f"issue:{s.item.issue}"
        graph.add_node(actor, label=s.actor.label, kind="actor", actor_type=s.actor.type,
                       wikidata=s.actor.wikidata)
        graph.add_node(item, label=s.item.label, kind="item", issue=s.item.issue)
        graph.add_node(issue, label=s.item.issue, kind="issue")
        if not graph.has_edge(item, issue, key="broader"):
            graph.add_edge(item, issue, key="broader", label="broader", relation="broader")
        article = articles.get(s.article)
        graph.add_edge(
            actor, item, key=statement_node(s).value.rsplit("/", 1)[-1],
            label=s.relation, relation=s.relation, article=s.article,
            date=article.date if article else "", sentence=s.sentence, sentence_index=s.sentence_index,
            attribution=s.attribution, confidence=float(s.confidence),
            conditional_on=" ".join(s.conditional_on), weight=float(s.confidence))
    return graph


def csv_rows(statements: Sequence[Statement], articles: dict[str, Article] | None = None) -> list[list[object]]:
    articles = articles or {}
    rows = []
    for s in statements:
        article = articles.get(s.article)
        rows.append([s.article, article.date if article else "", s.actor.id, s.actor.label, s.actor.wikidata,
                     s.relation, s.item.id, s.item.label, s.item.issue, s.item.text, s.sentence,
                     s.sentence_index, s.attribution, " ".join(s.conditional_on), s.confidence, s.lang])
    return rows


def write_csv(statements: Sequence[Statement], out: IO[str], articles: dict[str, Article] | None = None) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(statements, articles))


def export(store, fmt: str, output: str | Path | None = None) -> bytes | None:
    """Export `store` as `fmt` to `output`, or return the bytes when `output` is None."""
    if fmt in RDF_FORMATS:
        return store.dump(output, fmt)
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    statements = store.statements()
    articles = store.articles()
    if fmt == "graphml":
        buffer = io.BytesIO()
        nx.write_graphml(statement_graph(statements, articles), buffer, encoding="utf-8")
        data = buffer.getvalue()
    else:
        text = io.StringIO()
        write_csv(statements, text, articles)
        data = text.getvalue().encode("utf-8")
    if output is None:
        return data
    try:
        Path(output).write_bytes(data)
    except OSError as exc:
        raise ExportError(f"{output}: cannot write ({exc.strerror or exc})") from None
    return None
