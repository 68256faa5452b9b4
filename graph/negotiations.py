"""Negotiations: which articles report the same set of talks.

A negotiation is a named process between parties on a subject ("Russia –
Ukraine: territory", "Riverside Nurses Association – management: economic").
Comparisons (graph/compare.py) are made within one negotiation, never across.

The automatic rule, over the statements of every article:

1. An article's *parties* are the actors of its statements, each taken as the
   party it acts for: a spokesperson as its principal (actors.yaml
   `speaks_for`), a person as its state (`country`). Generic parties ("union",
   "management", "government": the `generic_actors` of the cue lexicons) are
   not parties here: every strike has a union.
2. Two articles report the same talks when all of these hold:
   - they share at least two parties; or one, when either article names only
     one or when they also share an item;
   - their party profiles are alike: the cosine of their party vectors is at
     least `PARTY_SIMILARITY`. A party weighs 1 + log(statements) in an article,
     times its inverse document frequency log((1 + N) / df) over the N
     articles, so that parties found in many articles (Russia, the United
     States) tie articles together less than rare ones (Armenia, a union's
     proper name);
   - they share an issue other than "other", or an item.
3. A negotiation is a connected component of that article graph (networkx),
   so articles on one set of talks join through each other.
4. Its parties are its members' parties by weight; its label names the two
   heaviest (states and organisations before persons, generic parties only
   when fewer than two others are named) and its most frequent issue; its id
   is the label's slug. Articles without statements belong to none.

The input may name, split or merge negotiations, and wins over the rule:

- a `negotiation:` field in an article's front matter or JSON object (one id
  or a list) puts the article in exactly those negotiations;
- a `negotiations.yaml` beside the input (`load_overrides`) is a list of
  entries `{id, label, articles: [...], merge: [...]}`: `articles` puts those
  articles in the entry's negotiation (split), `merge` moves every article of
  the named automatic negotiations into it, and `label` names it (an entry
  whose id is an automatic id only renames that one).

Everything is sorted before it is used, so the same input always gives the
same negotiations, ids and labels.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import networkx as nx
import yaml

from .models import Actor, Article, Statement

PARTY_SIMILARITY = 0.4
UNLISTED_ITEM_PREFIX = "x-"  # the extractor's ids for items the lexicon does not list
# Issues that say little about what talks are about: used in a label only when nothing else is.
_WEAK_ISSUES = ("other", "negotiations")
OVERRIDES_FILE = "negotiations.yaml"
_PARTY_TYPES_FIRST = ("state", "organisation", "group")


class NegotiationError(ValueError):
    """A negotiations.yaml that cannot be used; str() names the file and the reason."""


@dataclass(frozen=True)
class Negotiation:
    """One set of talks: its articles (by id) and its parties (actor ids, heaviest first)."""

    id: str
    label: str
    articles: tuple[str, ...]
    parties: tuple[str, ...] = ()
    assigned: bool = False  # named by the input rather than found by the rule


@dataclass(frozen=True)
class Override:
    """One entry of negotiations.yaml."""

    id: str
    label: str = ""
    articles: tuple[str, ...] = ()
    merge: tuple[str, ...] = ()


@dataclass(frozen=True)
class Overrides:
    """Everything the input says about negotiations, beyond the articles' own fields."""

    entries: tuple[Override, ...] = ()
    source: str = ""

    def label(self, negotiation_id: str) -> str:
        return next((e.label for e in self.entries if e.id == negotiation_id and e.label), "")


# ---------------------------------------------------------------------------
# Parties


def generic_actor_ids() -> frozenset[str]:
    """The ids the extractor gives generic parties ("union", "management", ...), in any language."""
    from .extract.lexicon import generic_actor_labels

    return generic_actor_labels()


def is_generic(actor: Actor | str) -> bool:
    """A party named by a common noun: a body ("union") or people by what they are
    ("miners", "polish-farmers"); the miners of one dispute are not those of another."""
    from .extract.lexicon import collective_party_ids

    actor_id = actor.id if isinstance(actor, Actor) else actor
    return actor_id in generic_actor_ids() or actor_id.rsplit("-", 1)[-1] in collective_party_ids()


@lru_cache(maxsize=1)
def _principals() -> dict[str, tuple[str, str, str]]:
    """actor id -> (speaks_for, country, type) from actors.yaml."""
    from .extract.lexicon import actor_lexicon

    return {actor_id: (e.speaks_for, e.country, e.actor.type)
            for actor_id, e in actor_lexicon().entries.items()}


def party_of(actor_id: str) -> str:
    """The party an actor acts for: a spokesperson's principal, a person's state, or itself."""
    principals = _principals()
    seen = {actor_id}
    current = actor_id
    for _ in range(4):  # peskov -> putin -> russia
        speaks_for, country, kind = principals.get(current, ("", "", ""))
        nxt = speaks_for or (country if kind == "person" else "")
        if not nxt or nxt in seen:
            break
        seen.add(nxt)
        current = nxt
    return current


def party_label(party_id: str, actors: Mapping[str, Actor]) -> str:
    if party_id in actors:
        return actors[party_id].label or party_id
    from .extract.lexicon import actor_lexicon

    entry = actor_lexicon().entries.get(party_id)
    return entry.actor.label if entry else party_id


def party_type(party_id: str, actors: Mapping[str, Actor]) -> str:
    if party_id in actors:
        return actors[party_id].type
    return _principals().get(party_id, ("", "", "person"))[2] or "person"


# ---------------------------------------------------------------------------
# The rule


@dataclass
class _Profile:
    parties: Counter = field(default_factory=Counter)  # named parties -> statements
    generic: Counter = field(default_factory=Counter)
    issues: Counter = field(default_factory=Counter)
    items: set = field(default_factory=set)


def _profiles(statements: Iterable[Statement]) -> dict[str, _Profile]:
    profiles: dict[str, _Profile] = defaultdict(_Profile)
    for s in statements:
        p = profiles[s.article]
        if is_generic(s.actor):
            p.generic[s.actor.id] += 1
        else:
            p.parties[party_of(s.actor.id)] += 1
        if s.item.issue != "other":
            p.issues[s.item.issue] += 1
        if s.item.known and not s.item.id.startswith(UNLISTED_ITEM_PREFIX):
            p.items.add(s.item.id)
    return dict(profiles)


def _vectors(profiles: Mapping[str, _Profile]) -> dict[str, dict[str, float]]:
    n = len(profiles)
    df = Counter(party for p in profiles.values() for party in p.parties)
    return {a: {party: (1 + math.log(count)) * math.log((1 + n) / df[party])
                for party, count in sorted(p.parties.items())}
            for a, p in profiles.items()}


def _cosine(x: Mapping[str, float], y: Mapping[str, float]) -> float:
    dot = sum(v * y.get(k, 0.0) for k, v in x.items())
    norm = math.sqrt(sum(v * v for v in x.values())) * math.sqrt(sum(v * v for v in y.values()))
    return dot / norm if norm else 0.0


def same_talks(a: _Profile, b: _Profile, va: Mapping[str, float], vb: Mapping[str, float]) -> bool:
    """Rule 2 of the module docstring."""
    shared = set(a.parties) & set(b.parties)
    if not shared:
        return False
    if len(shared) < min(2, len(a.parties), len(b.parties)) and not a.items & b.items:
        return False
    if _cosine(va, vb) < PARTY_SIMILARITY:
        return False
    return bool(set(a.issues) & set(b.issues) or a.items & b.items)


def article_graph(statements: Sequence[Statement]) -> nx.Graph:
    """Articles joined where rule 2 says they report the same talks."""
    profiles = _profiles(statements)
    vectors = _vectors(profiles)
    graph = nx.Graph()
    ids = sorted(profiles)
    graph.add_nodes_from(ids)
    # Only articles that share a party can be linked: candidates from an inverted index.
    having: dict[str, list[str]] = defaultdict(list)
    for a in ids:
        for party in profiles[a].parties:
            having[party].append(a)
    candidates = sorted({(a, b) for group in having.values() for i, a in enumerate(group)
                         for b in group[i + 1:]})
    for a, b in candidates:
        if same_talks(profiles[a], profiles[b], vectors[a], vectors[b]):
            graph.add_edge(a, b)
    return graph


def slug(text: str) -> str:
    """An ASCII id from a label in any of the three languages ("Профспілка «Єдність»" ->
    "profspilka-yednist"): stable in URLs, SPARQL parameters and file names."""
    from .extract.lexicon import guess_lang
    from .extract.translit import transliterate

    words = [transliterate(w, guess_lang(w)) if re.search(r"[^\x00-\x7f]", w) else w for w in text.split()]
    return re.sub(r"[^a-z0-9]+", "-", " ".join(words).casefold()).strip("-") or "negotiation"


def _describe(members: Sequence[str], profiles: Mapping[str, _Profile],
              actors: Mapping[str, Actor]) -> tuple[str, tuple[str, ...]]:
    """(label, parties) of a set of articles: rule 4."""
    parties: Counter = Counter()
    generic: Counter = Counter()
    issues: Counter = Counter()
    for a in members:
        p = profiles.get(a)
        if p is None:
            continue
        parties.update(p.parties)
        generic.update(p.generic)
        issues.update(p.issues)
    ranked = sorted(parties, key=lambda k: (-parties[k], k))
    first = [k for k in ranked if party_type(k, actors) in _PARTY_TYPES_FIRST]
    named = first + [k for k in ranked if k not in first]
    head = first[:2]
    if len(head) < 2:
        head += sorted(generic, key=lambda k: (-generic[k], k))[:2 - len(head)]
    if len(head) < 2:
        head += [k for k in named if k not in head][:2 - len(head)]
    label = " – ".join(party_label(k, actors) for k in head) or "no parties"
    if issues:
        top = sorted(issues, key=lambda k: (k in _WEAK_ISSUES, -issues[k], k))[0]
        label += f": {top}"
    return label, tuple(named) + tuple(sorted(generic, key=lambda k: (-generic[k], k)))


def find_negotiations(statements: Sequence[Statement], articles: Mapping[str, Article],
                      overrides: Overrides = Overrides()) -> tuple[Negotiation, ...]:
    """The negotiations of a corpus (module docstring), ordered by label, then id."""
    actors = {s.actor.id: s.actor for s in statements}
    profiles = _profiles(statements)
    with_statements = set(profiles)

    # Input first: front matter / JSON fields, then negotiations.yaml's article lists.
    assigned: dict[str, list[str]] = defaultdict(list)
    for article_id in sorted(articles):
        for negotiation_id in articles[article_id].negotiations:
            assigned[article_id].append(negotiation_id)
    for entry in overrides.entries:
        for article_id in entry.articles:
            if entry.id not in assigned[article_id]:
                assigned[article_id].append(entry.id)
    assigned = {k: v for k, v in assigned.items() if v}

    free = [s for s in statements if s.article not in assigned]
    graph = article_graph(free)
    members: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, str] = {}
    used: set[str] = set()
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: c[0])
    for component in components:
        label, _ = _describe(component, profiles, actors)
        base = slug(label)
        negotiation_id, n = base, 2
        while negotiation_id in used:
            negotiation_id, n = f"{base}-{n}", n + 1
        used.add(negotiation_id)
        members[negotiation_id] = list(component)
        labels[negotiation_id] = label
    automatic = set(members)

    for entry in overrides.entries:
        for merged in entry.merge:
            if merged not in members or merged == entry.id:
                continue
            members[entry.id] = members.get(entry.id, []) + members.pop(merged)
            automatic.discard(merged)
    for article_id, negotiation_ids in sorted(assigned.items()):
        for negotiation_id in negotiation_ids:
            members[negotiation_id] = members.get(negotiation_id, []) + [article_id]

    out = []
    for negotiation_id, ids in members.items():
        ids = sorted(set(ids))
        if not ids:
            continue
        label, parties = _describe([a for a in ids if a in with_statements], profiles, actors)
        label = (overrides.label(negotiation_id) or labels.get(negotiation_id)
                 or (negotiation_id.replace("-", " ") if negotiation_id not in automatic else label))
        out.append(Negotiation(id=negotiation_id, label=label, articles=tuple(ids), parties=parties,
                               assigned=negotiation_id not in automatic))
    out.sort(key=lambda n: (n.label.casefold(), n.id))
    return tuple(out)


def membership(negotiations: Iterable[Negotiation]) -> dict[str, tuple[str, ...]]:
    """article id -> the ids of the negotiations it belongs to."""
    out: dict[str, list[str]] = defaultdict(list)
    for n in negotiations:
        for a in n.articles:
            out[a].append(n.id)
    return {a: tuple(ids) for a, ids in out.items()}


# ---------------------------------------------------------------------------
# negotiations.yaml


def load_overrides(path: str | Path) -> Overrides:
    """Read a negotiations.yaml; raises NegotiationError naming the file and the problem."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise NegotiationError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise NegotiationError(f"{path}: invalid YAML: {first}") from exc
    if data is None:
        return Overrides(source=str(path))
    if isinstance(data, dict) and isinstance(data.get("negotiations"), list):
        data = data["negotiations"]
    if not isinstance(data, list):
        raise NegotiationError(f"{path}: expected a list of negotiations, each with an id")
    entries = []
    for n, row in enumerate(data, start=1):
        if not isinstance(row, dict) or not row.get("id"):
            raise NegotiationError(f"{path}: entry {n}: expected a mapping with an \"id\"")
        from .ingest import negotiation_ids, safe_id

        (negotiation_id,) = negotiation_ids(row["id"]) or ("",)
        if not negotiation_id:
            raise NegotiationError(f"{path}: entry {n}: id {row['id']!r} has no usable characters")
        lists = {}
        for key in ("articles", "merge"):
            value = row.get(key) or []
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list):
                raise NegotiationError(f"{path}: entry {n}: \"{key}\" must be a list")
            lists[key] = tuple(safe_id(str(v)) if key == "articles" else slug(str(v)) for v in value)
        entries.append(Override(id=negotiation_id, label=str(row.get("label") or ""),
                                articles=lists["articles"], merge=lists["merge"]))
    return Overrides(entries=tuple(entries), source=str(path))


def overrides_beside(paths: Iterable[str | Path]) -> Overrides:
    """The negotiations.yaml files in the given input folders (or beside given files), merged."""
    seen: set[Path] = set()
    entries: list[Override] = []
    sources = []
    for raw in paths:
        path = Path(raw)
        folder = path if path.is_dir() else path.parent
        candidate = (folder / OVERRIDES_FILE).resolve()
        if candidate in seen or not candidate.is_file():
            continue
        seen.add(candidate)
        loaded = load_overrides(candidate)
        entries.extend(loaded.entries)
        sources.append(loaded.source)
    return Overrides(entries=tuple(entries), source=", ".join(sources))
