"""Comparison of positions across articles and over time.

Pure functions from `Statement` records (and the `Article` records they came
from) to a `Comparison`: the actor x issue position matrix, each actor's track
on each item through the articles, the changes along those tracks (new,
dropped, shifted), conflicts and convergences on each item, and blocs of
actors who hold the same positions.

Items are compared by their canonical id (`Statement.item.id`), never by the
words an article used for them, so "a 30-day ceasefire", "30-денне припинення
вогню" and "30-дневное прекращение огня" are one item.

Time is the article date; articles without a date come after the dated ones,
in ingest order (`Article.order`); ties are broken by ingest order and id, so
every ordering here is deterministic.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import networkx as nx
from networkx.algorithms import bipartite
from networkx.algorithms.community import greedy_modularity_communities

from .models import RELATIONS, Actor, Article, Item, Statement

# Codebook section 3, in the order a report lists them; unknown keys sort after.
ISSUES = (
    "ceasefire", "peace-settlement", "negotiations", "territory", "alliance-membership",
    "security-guarantees", "military-aid", "sanctions", "alliance-posture",
    "international-order", "armed-forces-limits", "humanitarian", "political-status",
    "economic", "accountability", "nuclear", "hostages", "other",
)

# Relations that put an actor for an item, and the one that puts it against.
SUPPORT = frozenset({"demands", "proposes", "accepts"})
ADVANCE = frozenset({"demands", "proposes"})  # the side a rejection clashes with (issue 6, item 4)
OPPOSE = frozenset({"rejects"})

# How hard a relation pushes for its item; a shift between two positive
# relations of different strength is a softening or a hardening.
_STRENGTH = {"demands": 2, "proposes": 1, "accepts": 1, "rejects": -1}

CHANGE_KINDS = ("new", "shifted", "dropped")


class CompareError(ValueError):
    """A filter that matches nothing, or input that cannot be compared; str() is for the user."""


# ---------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class ArticleRef:
    """An article on the comparison's timeline; `index` is its place in time order."""

    id: str
    index: int
    date: str = ""
    title: str = ""
    source: str = ""
    lang: str = ""


@dataclass(frozen=True)
class Position:
    """One entry of a matrix cell: the actor's `relation` to `item` and the articles reporting it."""

    item: str
    relation: str
    articles: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.articles)


@dataclass(frozen=True)
class Cell:
    """Matrix cell: every position of `actor` on the items of `issue`."""

    actor: str
    issue: str
    positions: tuple[Position, ...]


@dataclass(frozen=True)
class Step:
    """What an actor said about an item in one article: its relations and the sentences."""

    article: str
    relations: tuple[str, ...]
    sentences: tuple[str, ...] = ()


@dataclass(frozen=True)
class Track:
    """An actor's positions on one item through the articles, in time order.

    `dropped_in` is the first later article that covers the actor on the issue
    without stating the item any more ("" while the item is still held).
    """

    actor: str
    item: str
    issue: str
    steps: tuple[Step, ...]
    dropped_in: str = ""

    @property
    def first_seen(self) -> str:
        return self.steps[0].article

    @property
    def last_seen(self) -> str:
        return self.steps[-1].article

    @property
    def latest(self) -> tuple[str, ...]:
        return self.steps[-1].relations

    @property
    def held(self) -> bool:
        return not self.dropped_in


@dataclass(frozen=True)
class Change:
    """A change on an actor's track.

    - new: first stated in `article`, though `previous` already covered the
      actor on the issue without it;
    - shifted: the relations changed between `previous` and `article`;
    - dropped: last stated in `previous`; `article` is the first later article
      covering the actor on the issue without it.

    `direction` qualifies a shift: reversed (for <-> against), softened
    (demands -> proposes/accepts), hardened (the reverse), or "".
    """

    kind: str
    actor: str
    item: str
    issue: str
    article: str
    previous: str
    from_relations: tuple[str, ...] = ()
    to_relations: tuple[str, ...] = ()
    direction: str = ""


@dataclass(frozen=True)
class Side:
    """One actor on one side of a conflict or convergence.

    `relations` and `articles` are only those that put the actor on this side;
    `held` says whether the actor's latest position on the item still does.
    """

    actor: str
    relations: tuple[str, ...]
    articles: tuple[str, ...]
    held: bool


@dataclass(frozen=True)
class Conflict:
    """On `item`, some actors demand or propose it while others reject it."""

    issue: str
    item: str
    supporters: tuple[Side, ...]
    opponents: tuple[Side, ...]
    current: bool  # a supporter and a different opponent both still hold their positions
    articles: tuple[str, ...] = ()  # every article behind either side, in time order


@dataclass(frozen=True)
class Convergence:
    """On `item`, two or more actors demand, propose or accept it."""

    issue: str
    item: str
    sides: tuple[Side, ...]
    current: bool  # at least two of them still hold it
    articles: tuple[str, ...] = ()  # every article behind the sides, in time order


@dataclass(frozen=True)
class BlocPosition:
    """An item on which two or more members of a bloc take the same stance (+1 for, -1 against)."""

    item: str
    stance: int
    actors: tuple[str, ...]


@dataclass(frozen=True)
class Bloc:
    """A community of actors in the agreement graph, with the positions they share."""

    actors: tuple[str, ...]
    positions: tuple[BlocPosition, ...]


@dataclass(frozen=True)
class Comparison:
    """Everything `compare` finds; every tuple is in a fixed, documented order."""

    articles: tuple[ArticleRef, ...]  # time order
    actors: tuple[Actor, ...]  # by label
    issues: tuple[str, ...]  # codebook order
    items: tuple[Item, ...]  # by issue, then id
    matrix: tuple[Cell, ...]  # actor order, then issue order; only non-empty cells
    tracks: tuple[Track, ...]  # actor, issue, item
    changes: tuple[Change, ...]  # time, then actor, issue, item
    conflicts: tuple[Conflict, ...]  # issue, item
    convergences: tuple[Convergence, ...]  # issue, item
    blocs: tuple[Bloc, ...]  # largest first

    @cached_property
    def _actors(self) -> dict[str, Actor]:
        return {a.id: a for a in self.actors}

    @cached_property
    def _items(self) -> dict[str, Item]:
        return {i.id: i for i in self.items}

    @cached_property
    def _articles(self) -> dict[str, ArticleRef]:
        return {a.id: a for a in self.articles}

    @cached_property
    def _cells(self) -> dict[tuple[str, str], Cell]:
        return {(c.actor, c.issue): c for c in self.matrix}

    def actor(self, actor_id: str) -> Actor:
        return self._actors[actor_id]

    def item(self, item_id: str) -> Item:
        return self._items[item_id]

    def article(self, article_id: str) -> ArticleRef:
        return self._articles[article_id]

    def cell(self, actor_id: str, issue: str) -> Cell | None:
        return self._cells.get((actor_id, issue))

    def to_json(self) -> dict[str, Any]:
        """Plain data for `--format json`: ids everywhere, labels in the actor and item lists."""

        def side(s: Side) -> dict[str, Any]:
            return {"actor": s.actor, "relations": list(s.relations), "articles": list(s.articles),
                    "held": s.held}

        return {
            "articles": [
                {"id": a.id, "index": a.index, "date": a.date, "title": a.title,
                 "source": a.source, "lang": a.lang}
                for a in self.articles
            ],
            "actors": [{"id": a.id, "label": a.label, "wikidata": a.wikidata} for a in self.actors],
            "issues": list(self.issues),
            "items": [{"id": i.id, "label": i.label, "issue": i.issue} for i in self.items],
            "matrix": [
                {"actor": c.actor, "issue": c.issue, "positions": [
                    {"item": p.item, "relation": p.relation, "articles": list(p.articles),
                     "count": p.count}
                    for p in c.positions
                ]}
                for c in self.matrix
            ],
            "tracks": [
                {"actor": t.actor, "item": t.item, "issue": t.issue,
                 "first_seen": t.first_seen, "last_seen": t.last_seen,
                 "dropped_in": t.dropped_in, "held": t.held,
                 "steps": [{"article": s.article, "relations": list(s.relations),
                            "sentences": list(s.sentences)} for s in t.steps]}
                for t in self.tracks
            ],
            "changes": [
                {"kind": c.kind, "actor": c.actor, "item": c.item, "issue": c.issue,
                 "article": c.article, "previous": c.previous,
                 "from": list(c.from_relations), "to": list(c.to_relations),
                 "direction": c.direction}
                for c in self.changes
            ],
            "conflicts": [
                {"issue": c.issue, "item": c.item, "current": c.current,
                 "supporters": [side(s) for s in c.supporters],
                 "opponents": [side(s) for s in c.opponents],
                 "articles": list(c.articles)}
                for c in self.conflicts
            ],
            "convergences": [
                {"issue": c.issue, "item": c.item, "current": c.current,
                 "sides": [side(s) for s in c.sides], "articles": list(c.articles)}
                for c in self.convergences
            ],
            "blocs": [
                {"actors": list(b.actors), "positions": [
                    {"item": p.item, "stance": p.stance, "actors": list(p.actors)}
                    for p in b.positions
                ]}
                for b in self.blocs
            ],
        }


# ---------------------------------------------------------------------------
# Filters


def select(
    statements: Iterable[Statement],
    actors: Sequence[str] = (),
    issues: Sequence[str] = (),
    articles: Sequence[str] = (),
) -> list[Statement]:
    """The statements that pass every given filter (an empty filter passes all).

    `actors` match an actor's id, label or Wikidata id, case-insensitively;
    `issues` match the issue key; `articles` the article id. Raises
    CompareError naming a filter value that matches no statement at all.
    """
    statements = list(statements)
    wanted_actors = {a.strip().casefold() for a in actors if a.strip()}
    wanted_issues = {i.strip().casefold() for i in issues if i.strip()}
    wanted_articles = {a.strip() for a in articles if a.strip()}

    def actor_keys(s: Statement) -> set[str]:
        return {k.casefold() for k in (s.actor.id, s.actor.label, s.actor.wikidata) if k}

    _check_known("actor", wanted_actors, set().union(*(actor_keys(s) for s in statements)),
                 sorted({s.actor.label or s.actor.id for s in statements}))
    _check_known("issue", wanted_issues, {s.item.issue.casefold() for s in statements},
                 sorted({s.item.issue for s in statements}))
    _check_known("article", wanted_articles, {s.article for s in statements},
                 sorted({s.article for s in statements}))
    return [
        s for s in statements
        if (not wanted_actors or actor_keys(s) & wanted_actors)
        and (not wanted_issues or s.item.issue.casefold() in wanted_issues)
        and (not wanted_articles or s.article in wanted_articles)
    ]


def _check_known(what: str, wanted: set[str], known: set[str], shown: list[str]) -> None:
    missing = sorted(wanted - known)
    if missing:
        listed = ", ".join(shown[:20]) + (", ..." if len(shown) > 20 else "")
        raise CompareError(
            f"no statement matches {what} {', '.join(repr(m) for m in missing)}; "
            f"{what}s in the data: {listed or 'none'}"
        )


# ---------------------------------------------------------------------------
# Time order


def timeline(article_ids: Iterable[str], articles: Mapping[str, Article]) -> tuple[ArticleRef, ...]:
    """The articles in time order: dated ones by date, then undated ones; ties by ingest order.

    An article id with no `Article` record (a store that lost the metadata)
    goes last, by id.
    """

    def key(article_id: str) -> tuple:
        a = articles.get(article_id)
        if a is None:
            return (2, "", 0, article_id)
        return (0 if a.date else 1, a.date, a.order, article_id)

    refs = []
    for index, article_id in enumerate(sorted(set(article_ids), key=key)):
        a = articles.get(article_id)
        refs.append(ArticleRef(
            id=article_id, index=index,
            date=a.date if a else "", title=(a.title if a else "") or article_id,
            source=a.source if a else "", lang=a.lang if a else "",
        ))
    return tuple(refs)


def _issue_rank(issue: str) -> tuple[int, str]:
    return (ISSUES.index(issue), "") if issue in ISSUES else (len(ISSUES), issue)


def _relations(found: Iterable[str]) -> tuple[str, ...]:
    found = set(found)
    return tuple(r for r in RELATIONS if r in found) + tuple(sorted(found - set(RELATIONS)))


# ---------------------------------------------------------------------------
# The comparison


def compare(statements: Sequence[Statement], articles: Mapping[str, Article]) -> Comparison:
    """Compare the positions of `statements` across the articles they come from.

    `articles` maps article ids to their records (for dates, ingest order and
    titles); statements from articles missing there still count, placed last.
    """
    refs = timeline((s.article for s in statements), articles)
    when = {r.id: r.index for r in refs}

    # Canonical actor and item records: the first statement (in time order) that names them.
    # The full key makes the result independent of the order statements come in.
    ordered = sorted(statements, key=lambda s: (when[s.article], s.sentence_index, s.actor.id,
                                                s.item.id, s.relation, s.sentence))
    actor_of: dict[str, Actor] = {}
    item_of: dict[str, Item] = {}
    for s in ordered:
        actor_of.setdefault(s.actor.id, s.actor)
        item_of.setdefault(s.item.id, s.item)
    actors = tuple(sorted(actor_of.values(), key=lambda a: (a.label.casefold(), a.id)))
    actor_rank = {a.id: n for n, a in enumerate(actors)}
    items = tuple(sorted(item_of.values(), key=lambda i: (_issue_rank(i.issue), i.id)))
    item_rank = {i.id: n for n, i in enumerate(items)}
    issue_of = {i.id: i.issue for i in items}
    issues = tuple(sorted({i.issue for i in items}, key=_issue_rank))

    # (actor, item) -> article -> relations and sentences; (actor, issue) -> articles covering it.
    said: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    quoted: dict[tuple[str, str, str], dict[str, None]] = defaultdict(dict)
    covered: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s in ordered:
        said[(s.actor.id, s.item.id)][s.article].add(s.relation)
        if s.sentence:
            quoted[(s.actor.id, s.item.id, s.article)].setdefault(s.sentence, None)
        covered[(s.actor.id, issue_of[s.item.id])].add(s.article)

    pairs = sorted(said, key=lambda p: (actor_rank[p[0]], item_rank[p[1]]))
    tracks = tuple(_track(actor, item, issue_of[item], said[(actor, item)], quoted,
                          covered[(actor, issue_of[item])], when)
                   for actor, item in pairs)
    by_item: dict[str, list[Track]] = defaultdict(list)
    for t in tracks:  # actor order within each item
        by_item[t.item].append(t)

    changes = sorted(
        (c for t in tracks for c in _changes(t, covered[(t.actor, t.issue)], when)),
        key=lambda c: (when[c.article], actor_rank[c.actor], item_rank[c.item],
                       CHANGE_KINDS.index(c.kind)),
    )

    return Comparison(
        articles=refs,
        actors=actors,
        issues=issues,
        items=items,
        matrix=_matrix(tracks, actors, issues),
        tracks=tracks,
        changes=tuple(changes),
        conflicts=tuple(_conflicts(items, by_item, when)),
        convergences=tuple(_convergences(items, by_item, when)),
        blocs=blocs(tracks, actor_rank, item_rank),
    )


def _track(actor: str, item: str, issue: str, by_article: Mapping[str, set[str]],
           quoted: Mapping[tuple[str, str, str], Mapping[str, None]],
           covering: set[str], when: Mapping[str, int]) -> Track:
    steps = tuple(
        Step(article=a, relations=_relations(by_article[a]),
             sentences=tuple(quoted.get((actor, item, a), ())))
        for a in sorted(by_article, key=when.__getitem__)
    )
    last = when[steps[-1].article]
    later = sorted((a for a in covering if when[a] > last), key=when.__getitem__)
    return Track(actor=actor, item=item, issue=issue, steps=steps,
                 dropped_in=later[0] if later else "")


def _changes(track: Track, covering: set[str], when: Mapping[str, int]) -> Iterable[Change]:
    """The new / shifted / dropped changes on one track (see `Change`)."""
    first = when[track.first_seen]
    # "New" mirrors "dropped": only an earlier article covering the actor on this
    # issue without the item shows the item was not yet part of its position.
    before = sorted((a for a in covering if when[a] < first), key=when.__getitem__)
    if before:
        yield Change(kind="new", actor=track.actor, item=track.item, issue=track.issue,
                     article=track.first_seen, previous=before[-1],
                     to_relations=track.steps[0].relations)
    for prev, step in zip(track.steps, track.steps[1:]):
        if step.relations != prev.relations:
            yield Change(kind="shifted", actor=track.actor, item=track.item, issue=track.issue,
                         article=step.article, previous=prev.article,
                         from_relations=prev.relations, to_relations=step.relations,
                         direction=shift_direction(prev.relations, step.relations))
    if track.dropped_in:
        yield Change(kind="dropped", actor=track.actor, item=track.item, issue=track.issue,
                     article=track.dropped_in, previous=track.last_seen,
                     from_relations=track.latest)


def stance(relations: Iterable[str]) -> int:
    """+1 for an item (demands, proposes, accepts), -1 against (rejects), 0 for both or neither."""
    relations = set(relations)
    pro, con = bool(relations & SUPPORT), bool(relations & OPPOSE)
    return 0 if pro == con else (1 if pro else -1)


def shift_direction(before: Sequence[str], after: Sequence[str]) -> str:
    """reversed, softened, hardened or "" for a change of relations on one item."""
    s0, s1 = stance(before), stance(after)
    if s0 and s1 and s0 != s1:
        return "reversed"
    if s0 == s1 == 1:
        k0 = max(_STRENGTH.get(r, 0) for r in before)
        k1 = max(_STRENGTH.get(r, 0) for r in after)
        if k1 < k0:
            return "softened"
        if k1 > k0:
            return "hardened"
    return ""


def _matrix(tracks: Sequence[Track], actors: Sequence[Actor], issues: Sequence[str]) -> tuple[Cell, ...]:
    entries: dict[tuple[str, str], list[Position]] = defaultdict(list)
    for t in tracks:  # already in actor, issue, item order
        for relation in RELATIONS + tuple(sorted({r for s in t.steps for r in s.relations} - set(RELATIONS))):
            articles = tuple(s.article for s in t.steps if relation in s.relations)
            if articles:
                entries[(t.actor, t.issue)].append(Position(t.item, relation, articles))
    return tuple(
        Cell(actor=a.id, issue=issue, positions=tuple(entries[(a.id, issue)]))
        for a in actors for issue in issues if (a.id, issue) in entries
    )


def _side(track: Track, relations: frozenset[str]) -> Side | None:
    steps = [s for s in track.steps if relations & set(s.relations)]
    if not steps:
        return None
    return Side(
        actor=track.actor,
        relations=_relations(r for s in steps for r in s.relations if r in relations),
        articles=tuple(s.article for s in steps),
        held=track.held and bool(relations & set(track.latest)),
    )


def _sides(tracks: Sequence[Track], relations: frozenset[str]) -> list[Side]:
    return [s for s in (_side(t, relations) for t in tracks) if s is not None]


def _in_time(sides: Iterable[Side], when: Mapping[str, int]) -> tuple[str, ...]:
    return tuple(sorted({a for s in sides for a in s.articles}, key=when.__getitem__))


def _conflicts(items: Sequence[Item], by_item: Mapping[str, Sequence[Track]],
               when: Mapping[str, int]) -> Iterable[Conflict]:
    for item in items:
        pro = _sides(by_item[item.id], ADVANCE)
        con = _sides(by_item[item.id], OPPOSE)
        if any(p.actor != c.actor for p in pro for c in con):
            current = any(p.actor != c.actor and p.held and c.held for p in pro for c in con)
            yield Conflict(issue=item.issue, item=item.id, supporters=tuple(pro),
                           opponents=tuple(con), current=current,
                           articles=_in_time(pro + con, when))


def _convergences(items: Sequence[Item], by_item: Mapping[str, Sequence[Track]],
                  when: Mapping[str, int]) -> Iterable[Convergence]:
    for item in items:
        sides = _sides(by_item[item.id], SUPPORT)
        if len(sides) >= 2:
            yield Convergence(issue=item.issue, item=item.id, sides=tuple(sides),
                              current=sum(s.held for s in sides) >= 2,
                              articles=_in_time(sides, when))


# ---------------------------------------------------------------------------
# Blocs


def agreement_graph(tracks: Sequence[Track], actor_rank: Mapping[str, int]) -> nx.Graph:
    """Actors joined where their held positions agree more than they clash.

    Bipartite actor-item graph whose edges carry the stance of the actor's
    latest held position (+1 for, -1 against); projected onto the actors with
    weight = sum over shared items of the product of stances (agreement +1,
    disagreement -1); only positive-weight edges are kept.
    """
    bip = nx.Graph()
    actors = sorted({t.actor for t in tracks}, key=actor_rank.__getitem__)
    bip.add_nodes_from((("actor", a) for a in actors), bipartite=0)
    for t in tracks:
        value = stance(t.latest) if t.held else 0
        if value:
            bip.add_node(("item", t.item), bipartite=1)
            bip.add_edge(("actor", t.actor), ("item", t.item), stance=value)

    def agreement(g: nx.Graph, u: Any, v: Any) -> int:
        shared = sorted(set(g[u]) & set(g[v]))
        return sum(g[u][w]["stance"] * g[v][w]["stance"] for w in shared)

    projected = bipartite.generic_weighted_projected_graph(
        bip, [("actor", a) for a in actors], weight_function=agreement)
    graph = nx.Graph()
    graph.add_nodes_from(actors)
    graph.add_weighted_edges_from(
        (u[1], v[1], w) for u, v, w in projected.edges(data="weight") if w > 0)
    graph.graph["bipartite"] = bip
    return graph


def blocs(tracks: Sequence[Track], actor_rank: Mapping[str, int],
          item_rank: Mapping[str, int]) -> tuple[Bloc, ...]:
    """Communities of the agreement graph (greedy modularity, deterministic), largest first.

    Actors with no agreeing partner form blocs of one. Each bloc lists the
    items on which two or more of its members hold the same stance.
    """
    graph = agreement_graph(tracks, actor_rank)
    if graph.number_of_edges():
        groups = greedy_modularity_communities(graph, weight="weight")
    else:
        groups = [{a} for a in graph.nodes]
    members = [tuple(sorted(g, key=actor_rank.__getitem__)) for g in groups]
    bloc_of = {a: n for n, group in enumerate(members) for a in group}
    # (bloc, item, stance) -> members holding it; tracks come in actor order.
    shared: dict[tuple[int, str, int], list[str]] = defaultdict(list)
    for t in tracks:
        value = stance(t.latest) if t.held else 0
        if value:
            shared[(bloc_of[t.actor], t.item, value)].append(t.actor)
    positions: dict[int, list[BlocPosition]] = defaultdict(list)
    for (n, item, value), actors in sorted(shared.items(),
                                           key=lambda kv: (item_rank[kv[0][1]], -kv[0][2])):
        if len(actors) >= 2:
            positions[n].append(BlocPosition(item=item, stance=value, actors=tuple(actors)))
    result = [Bloc(actors=group, positions=tuple(positions[n])) for n, group in enumerate(members)]
    result.sort(key=lambda b: (-len(b.actors), actor_rank[b.actors[0]]))
    return tuple(result)
