"""Small article sets written for the build, CLI and scale tests, and readers for what
a build wrote (quads from graph.trig, lines of statements.jsonl)."""
from __future__ import annotations

import json
import shutil
from collections import defaultdict
from pathlib import Path

import pyoxigraph

from graph import namespaces as ns

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_a3037275ce1eafef.txt"

EN_CEASEFIRE = """---
title: US proposes a ceasefire
source: Test wire
date: 2025-03-01
lang: en
---
The United States proposed a 30-day ceasefire.

Ukraine rejected the proposal for a 30-day ceasefire.

Russia demands the withdrawal of Ukrainian troops from four regions.
"""

UK_GUARANTEES = """Україна вимагає гарантій безпеки

Президент України Володимир Зеленський вимагає гарантій безпеки для України.
Путін відкинув вступ України до НАТО.
"""

RU_SANCTIONS = {
    "title": "Россия требует снять санкции",
    "text": "Россия требует снять санкции.\n\nМосква отвергает вступление Украины в НАТО.",
    "source": "Тестовое агентство",
    "date": "2025-03-05",
    "url": "https://example.org/ru/1",
    "lang": "ru",
}

ARCHIVE = [
    {"title": "Kyiv accepts", "text": "Ukraine accepted the 30-day ceasefire proposal.", "date": "2025-03-11"},
    {"title": "Moscow rejects", "text": "Russia rejected the 30-day ceasefire proposal.", "date": "2025-03-12"},
    {"title": "Trump", "text": "Donald Trump demands a ceasefire. Zelensky proposes an exchange of prisoners.",
     "date": "2025-03-13"},
]


def write_corpus(folder: Path) -> Path:
    """Seven articles in every format and language: the seed, .md, .txt, .json, .jsonl."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, folder / SEED.name)
    (folder / "en-ceasefire.md").write_text(EN_CEASEFIRE, encoding="utf-8")
    (folder / "uk-guarantees.txt").write_text(UK_GUARANTEES, encoding="utf-8")
    (folder / "ru-sanctions.json").write_text(json.dumps(RU_SANCTIONS, ensure_ascii=False), encoding="utf-8")
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(a) for a in ARCHIVE) + "\n", encoding="utf-8")
    return folder


CORPUS_IDS = {"000_a3037275ce1eafef", "en-ceasefire", "uk-guarantees", "ru-sanctions", "wire-0", "wire-1", "wire-2"}


def quads(trig: Path) -> list[str]:
    """The quads of a TriG file as sorted N-Quads lines (no blank nodes expected)."""
    return sorted(str(q) for q in pyoxigraph.parse(path=str(trig), format=pyoxigraph.RdfFormat.TRIG))


def graphs(trig: Path) -> dict[str, set[str]]:
    """N-Quads lines by article id, for the article graphs only."""
    out: dict[str, set[str]] = defaultdict(set)
    for quad in pyoxigraph.parse(path=str(trig), format=pyoxigraph.RdfFormat.TRIG):
        if isinstance(quad.graph_name, pyoxigraph.NamedNode) and ns.is_article_graph(quad.graph_name):
            out[ns.article_graph_id(quad.graph_name)].add(str(quad))
    return dict(out)


def statement_lines(out: Path) -> list[dict]:
    path = out / "statements.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
