"""Named graphs as TriG or N-Quads text, written one graph at a time in one order.

Every export of negograph's graphs (`negograph export`, a build's graph.trig)
is the concatenation of one *body* per named graph, graphs sorted by IRI and
each graph's quads sorted by subject, predicate, object, under one block of
`@prefix` lines. Because a graph's body depends only on its quads, it can be
written by whoever has them: the store at export time, or the worker that
extracted an article during a build (`SpilledGraphs` keeps those bodies on disk
until the export), and the file is byte-for-byte the same either way.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from pyoxigraph import NamedNode, Quad, RdfFormat

from . import namespaces as ns

FORMATS = {"trig": RdfFormat.TRIG, "nquads": RdfFormat.N_QUADS}
_PREFIX_LINE = b"@prefix "


def graph_key(graph: NamedNode) -> str:
    """The order graphs are written in."""
    return str(graph)


def quad_order(quad: Quad) -> tuple[str, str, str]:
    """The order of quads inside one graph, in every export and in `Store.quads()`."""
    return str(quad.subject), str(quad.predicate), str(quad.object)


def graph_body(quads: Iterable[Quad], format: str) -> bytes:
    """One graph's quads, sorted, as `format` text without the prefix lines."""
    text = ox.serialize(sorted(quads, key=quad_order), None, FORMATS[format],
                        prefixes=ns.PREFIXES if format == "trig" else None)
    if format != "trig":
        return text
    return b"\n".join(line for line in text.split(b"\n") if not line.startswith(_PREFIX_LINE))


def header(format: str) -> bytes:
    """The prefix lines a TriG file starts with (the serialiser writes every prefix given)."""
    if format != "trig":
        return b""
    probe = Quad(ns.SHARED_GRAPH, ns.RDF.type, ns.NEG.Graph, ns.SHARED_GRAPH)
    text = ox.serialize([probe], None, FORMATS[format], prefixes=ns.PREFIXES)
    return b"".join(line + b"\n" for line in text.split(b"\n") if line.startswith(_PREFIX_LINE))


@dataclass(frozen=True)
class GraphSource:
    """Where one graph's body comes from: a loader returning (body, quad count)."""

    key: str
    load: Callable[[], tuple[bytes, int]]


def write_graphs(path: Path, format: str, sources: Iterable[GraphSource]) -> int:
    """Write the graphs in key order under one header; returns the quads written.

    Only one graph's body is in memory at a time.
    """
    ordered = sorted(sources, key=lambda source: source.key)
    written = 0
    with path.open("wb") as sink:
        if ordered:
            sink.write(header(format))
        for source in ordered:
            body, count = source.load()
            sink.write(body)
            written += count
    return written


class SpilledGraphs:
    """Graph bodies written during a build, kept in a scratch file until the export.

    Holds only an index in memory: key -> (offset, length, quads).
    """

    def __init__(self, path: Path):
        self.path = path
        self._file: IO[bytes] = path.open("w+b")
        self._index: dict[str, tuple[int, int, int]] = {}

    def add(self, key: str, body: bytes, quads: int) -> None:
        offset = self._file.seek(0, os.SEEK_END)
        self._file.write(body)
        self._index[key] = (offset, len(body), quads)

    def discard(self, key: str) -> None:
        self._index.pop(key, None)

    def __contains__(self, key: str) -> bool:
        return key in self._index

    def source(self, key: str) -> GraphSource:
        offset, length, quads = self._index[key]

        def load() -> tuple[bytes, int]:
            self._file.flush()
            self._file.seek(offset)
            return self._file.read(length), quads

        return GraphSource(key, load)

    def close(self) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)
