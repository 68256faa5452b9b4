"""Comparison of positions within each negotiation, across its articles and over time.

Pure functions from `Statement` records (and the `Article` records they came
from) to a `Comparison` per negotiation (graph/negotiations.py): the actor x
issue position matrix, each actor's track on each item through the articles,
the changes along those tracks (new, shifted, dropped), conflicts and
convergences on each item, and blocs of actors who hold the same positions.
Nothing is compared across negotiations, and generic parties ("union",
"management") are one node per negotiation: two strikes' unions are two actors.

Changes come only from what articles state, in date order:

- new: the actor states a position first, in a dated article after the
  negotiation's first dated one;
- shifted: the actor's relation to the same item, or to its contrary
  (items.yaml `contrary:`), changes between two dated articles;
- dropped: an article says the actor withdrew or no longer insists on it
  (graph/lexicons/withdrawals.yaml). Not repeating a position is no change.

Undated articles are listed and count in the matrix, conflicts and blocs, but
have no place in the timeline: they give no change.

Items are compared by their canonical id (`Statement.item.id`), never by the
words an article used for them, so "a 30-day ceasefire", "30-денне припинення
вогню" and "30-дневное прекращение огня" are one item.

Time is the article date; articles without a date come after the dated ones,
in ingest order (`Article.order`); ties are broken by ingest order and id, so
every ordering here is deterministic.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import yaml
from networkx.algorithms import bipartite
from networkx.algorithms.community import greedy_modularity_communities

from .models import RELATIONS, Actor, Article, Item, Statement
from .negotiations import Negotiation, Overrides, find_negotiations, is_generic

WITHDRAWALS = Path(__file__).resolve().parent / "lexicons" / "withdrawals.yaml"
# A bloc's members share at least this many positions with another member.
BLOC_MIN_SHARED = 2

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
    date_source: str = ""


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

    `dropped_in` is the first later article that says the actor withdrew or no
    longer insists on the item ("" while nothing says so).
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

    - new: first stated in `article`; `previous` is the actor's last earlier
      article in the negotiation (or the negotiation's last earlier one);
    - shifted: the relations changed between `previous` and `article`; on a
      contrary item, `from_item` is the item of the earlier position;
    - dropped: `article` says the actor withdrew it; last stated in `previous`.

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
    from_item: str = ""


@dataclass(frozen=True)
class Side:
    """One actor on one side of a conflict or convergence.

    `relations` and `articles` are only those that put the actor on this side;
    `held` says whether the actor's latest stated position on the item still
    puts it on this side (False after a stated shift, or once an article says
    it withdrew it: then `withdrawn`); `item` is set when the side's relation
    is on the contrary item.
    """

    actor: str
    relations: tuple[str, ...]
    articles: tuple[str, ...]
    held: bool
    item: str = ""
    withdrawn: bool = False


@dataclass(frozen=True)
class Conflict:
    """On `item`, some actors demand or propose it while others reject it or advance its contrary."""

    issue: str
    item: str
    supporters: tuple[Side, ...]
    opponents: tuple[Side, ...]
    current: bool  # a supporter and a different opponent both still hold their positions
    articles: tuple[str, ...] = ()  # every article behind either side, in time order


@dataclass(frozen=True)
class Convergence:
    """On `item`, two or more actors demand, propose or accept it (or reject its contrary)."""

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
    """Two or more actors of the agreement graph, with the positions they share."""

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
    negotiation: Negotiation | None = None

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
            out = {"actor": s.actor, "relations": list(s.relations), "articles": list(s.articles),
                   "held": s.held}
            if s.item:
                out["item"] = s.item
            if s.withdrawn:
                out["withdrawn"] = True
            return out

        return {
            "articles": [
                {"id": a.id, "index": a.index, "date": a.date, "date_source": a.date_source,
                 "title": a.title, "source": a.source, "lang": a.lang}
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
                 "direction": c.direction, **({"from_item": c.from_item} if c.from_item else {})}
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
            date_source=a.date_source if a and a.date else "",
        ))
    return tuple(refs)


def _issue_rank(issue: str) -> tuple[int, str]:
    return (ISSUES.index(issue), "") if issue in ISSUES else (len(ISSUES), issue)


def _relations(found: Iterable[str]) -> tuple[str, ...]:
    found = set(found)
    return tuple(r for r in RELATIONS if r in found) + tuple(sorted(found - set(RELATIONS)))


# ---------------------------------------------------------------------------
# The comparison


@lru_cache(maxsize=1)
def _withdrawal_patterns() -> tuple[re.Pattern, ...]:
    data = yaml.safe_load(WITHDRAWALS.read_text(encoding="utf-8")) or {}
    out = []
    for lang in sorted(data):
        for phrase in data[lang] or ():
            words = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)"
                     for w in str(phrase).casefold().split()]
            out.append(re.compile(r"(?<!\w)" + r"\s+".join(words)))
    return tuple(out)


def reports_withdrawal(sentence: str) -> bool:
    """True when the sentence says its actor gave a position up (graph/lexicons/withdrawals.yaml)."""
    text = sentence.casefold().replace("’", "'")
    return any(p.search(text) for p in _withdrawal_patterns())


def contrary(item_id: str) -> str:
    """The item stating the opposite outcome (items.yaml `contrary:`), or ""."""
    try:
        from .extract.lexicon import contrary_of
    except ImportError:  # an extractor without contrary items
        return ""
    return contrary_of(item_id) or ""


def compare(statements: Sequence[Statement], articles: Mapping[str, Article],
            negotiation: Negotiation | None = None) -> Comparison:
    """Compare the positions of `statements` across the articles they come from.

    Meant for the statements of one negotiation (`compare_negotiations` splits
    a corpus). `articles` maps article ids to their records (for dates, ingest
    order and titles); statements from articles missing there still count,
    placed last. A statement whose sentence reports a withdrawal ("withdrew
    its demand for X") is the actor dropping X, not a position on X.
    """
    refs = timeline((s.article for s in statements), articles)
    when = {r.id: r.index for r in refs}
    dated = {r.id for r in refs if r.date}

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

    # (actor, item) -> article -> relations; sentences; explicit withdrawals.
    said: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    quoted: dict[tuple[str, str, str], dict[str, None]] = defaultdict(dict)
    withdrawn: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    for s in ordered:
        if s.sentence and reports_withdrawal(s.sentence):
            withdrawn[(s.actor.id, s.item.id)][s.article] = None
            continue
        said[(s.actor.id, s.item.id)][s.article].add(s.relation)
        if s.sentence:
            quoted[(s.actor.id, s.item.id, s.article)].setdefault(s.sentence, None)

    pairs = sorted(said, key=lambda p: (actor_rank[p[0]], item_rank[p[1]]))
    tracks = tuple(_track(actor, item, issue_of[item], said[(actor, item)], quoted,
                          withdrawn.get((actor, item), {}), when)
                   for actor, item in pairs)
    by_item: dict[str, list[Track]] = defaultdict(list)
    for t in tracks:  # actor order within each item
        by_item[t.item].append(t)
    contraries = {i.id: c for i in items if (c := contrary(i.id)) and c in item_rank}

    changes = list(_changes(tracks, contraries, dated, when))
    for (actor, item), where in withdrawn.items():
        if (actor, item) not in said:  # dropped with no earlier statement in these articles
            first = min(where, key=when.__getitem__)
            changes.append(Change(kind="dropped", actor=actor, item=item, issue=issue_of[item],
                                  article=first, previous=""))
    changes.sort(key=lambda c: (when[c.article], actor_rank[c.actor], item_rank[c.item],
                                CHANGE_KINDS.index(c.kind)))

    return Comparison(
        articles=refs,
        actors=actors,
        issues=issues,
        items=items,
        matrix=_matrix(tracks, actors, issues),
        tracks=tracks,
        changes=tuple(changes),
        conflicts=tuple(_conflicts(items, by_item, contraries, when)),
        convergences=tuple(_convergences(items, by_item, contraries, when)),
        blocs=blocs(tracks, actor_rank, item_rank, contraries),
        negotiation=negotiation,
    )


def _track(actor: str, item: str, issue: str, by_article: Mapping[str, set[str]],
           quoted: Mapping[tuple[str, str, str], Mapping[str, None]],
           withdrawn: Mapping[str, None], when: Mapping[str, int]) -> Track:
    steps = tuple(
        Step(article=a, relations=_relations(by_article[a]),
             sentences=tuple(quoted.get((actor, item, a), ())))
        for a in sorted(by_article, key=when.__getitem__)
    )
    last = when[steps[-1].article]
    later = sorted((a for a in withdrawn if when[a] > last), key=when.__getitem__)
    return Track(actor=actor, item=item, issue=issue, steps=steps,
                 dropped_in=later[0] if later else "")


def _pair_stance(relations: Iterable[str], on_contrary: bool) -> int:
    value = stance(relations)
    return -value if on_contrary else value


def _changes(tracks: Sequence[Track], contraries: Mapping[str, str], dated: set[str],
             when: Mapping[str, int]) -> Iterable[Change]:
    """new / shifted / dropped, from dated articles only (see `Change`).

    An item and its contrary are one line of positions: "demands X" then
    "demands contrary(X)" is a reversal; "demands X" then "rejects
    contrary(X)" is the same stance and no change.
    """
    order = sorted(dated, key=when.__getitem__)
    first_dated = when[order[0]] if order else -1
    by_actor: dict[str, list[Track]] = defaultdict(list)
    for t in tracks:
        by_actor[t.actor].append(t)
    for actor, own in by_actor.items():
        stated = sorted({s.article for t in own for s in t.steps if s.article in dated}, key=when.__getitem__)
        lines: dict[str, list[Track]] = defaultdict(list)
        for t in own:
            lines[min(t.item, contraries.get(t.item, t.item))].append(t)
        for base, line in lines.items():
            steps = sorted(((s, t) for t in line for s in t.steps if s.article in dated),
                           key=lambda st: (when[st[0].article], st[1].item))
            shifted_into: set[tuple[str, str]] = set()
            previous: tuple[Step, Track] | None = None
            for step, track in steps:
                if previous is not None and previous[0].article != step.article:
                    p_step, p_track = previous
                    if p_track.item == track.item:
                        if p_step.relations != step.relations:
                            yield Change("shifted", actor, track.item, track.issue, step.article,
                                         p_step.article, p_step.relations, step.relations,
                                         shift_direction(p_step.relations, step.relations))
                            shifted_into.add((track.item, step.article))
                    else:
                        s0 = _pair_stance(p_step.relations, p_track.item != base)
                        s1 = _pair_stance(step.relations, track.item != base)
                        if s0 and s1 and s0 != s1:
                            yield Change("shifted", actor, track.item, track.issue, step.article,
                                         p_step.article, p_step.relations, step.relations,
                                         "reversed", from_item=p_track.item)
                            shifted_into.add((track.item, step.article))
                previous = (step, track)
            for track in line:
                first = next((s for s in track.steps if s.article in dated), None)
                if first is None or when[first.article] <= first_dated:
                    continue
                if (track.item, first.article) in shifted_into:
                    continue
                if any(when[s.article] < when[first.article] for t in line if t is not track
                       for s in t.steps if s.article in dated):
                    continue  # the contrary already stated: a restatement or a shift, not new
                earlier = [a for a in stated if when[a] < when[first.article]]
                before = earlier[-1] if earlier else max(
                    (a for a in order if when[a] < when[first.article]), key=when.__getitem__)
                yield Change("new", actor, track.item, track.issue, first.article, before,
                             to_relations=first.relations)
        for track in own:
            if track.dropped_in:
                yield Change("dropped", actor, track.item, track.issue, track.dropped_in,
                             track.last_seen, from_relations=track.latest)


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


def _side(track: Track, relations: frozenset[str], on_contrary: bool = False) -> Side | None:
    steps = [s for s in track.steps if relations & set(s.relations)]
    if not steps:
        return None
    return Side(
        actor=track.actor,
        relations=_relations(r for s in steps for r in s.relations if r in relations),
        articles=tuple(s.article for s in steps),
        held=track.held and bool(relations & set(track.latest)),
        item=track.item if on_contrary else "",
        withdrawn=not track.held,
    )


def _sides(tracks: Sequence[Track], relations: frozenset[str], on_contrary: bool = False) -> list[Side]:
    return [s for s in (_side(t, relations, on_contrary) for t in tracks) if s is not None]


def _in_time(sides: Iterable[Side], when: Mapping[str, int]) -> tuple[str, ...]:
    return tuple(sorted({a for s in sides for a in s.articles}, key=when.__getitem__))


def _conflicts(items: Sequence[Item], by_item: Mapping[str, Sequence[Track]],
               contraries: Mapping[str, str], when: Mapping[str, int]) -> Iterable[Conflict]:
    """Supporters of an item against its rejecters and, once per pair, the advocates of its contrary."""
    for item in items:
        pro = _sides(by_item.get(item.id, ()), ADVANCE)
        con = _sides(by_item.get(item.id, ()), OPPOSE)
        other = contraries.get(item.id, "")
        if other and item.id < other:
            con += _sides(by_item.get(other, ()), ADVANCE, on_contrary=True)
        if any(p.actor != c.actor for p in pro for c in con):
            current = any(p.actor != c.actor and p.held and c.held for p in pro for c in con)
            yield Conflict(issue=item.issue, item=item.id, supporters=tuple(pro),
                           opponents=tuple(con), current=current,
                           articles=_in_time(pro + con, when))


def _convergences(items: Sequence[Item], by_item: Mapping[str, Sequence[Track]],
                  contraries: Mapping[str, str], when: Mapping[str, int]) -> Iterable[Convergence]:
    """Two or more actors for an item: supporting it, or rejecting its contrary."""
    for item in items:
        sides = _sides(by_item.get(item.id, ()), SUPPORT)
        other = contraries.get(item.id, "")
        if other:
            sides += _sides(by_item.get(other, ()), OPPOSE, on_contrary=True)
        if len({s.actor for s in sides}) >= 2:
            yield Convergence(issue=item.issue, item=item.id, sides=tuple(sides),
                              current=len({s.actor for s in sides if s.held}) >= 2,
                              articles=_in_time(sides, when))


# ---------------------------------------------------------------------------
# Blocs


def _held_stances(tracks: Sequence[Track], contraries: Mapping[str, str]) -> dict[tuple[str, str], int]:
    """(actor, item) -> +1/-1 of each held position, on the first of an item and its contrary."""
    out: dict[tuple[str, str], int] = {}
    for t in tracks:
        value = stance(t.latest) if t.held else 0
        if not value:
            continue
        other = contraries.get(t.item, "")
        base = min(t.item, other) if other else t.item
        value = -value if base != t.item else value
        key = (t.actor, base)
        out[key] = 0 if out.get(key, value) != value else value  # both sides of a pair: no stance
    return {k: v for k, v in out.items() if v}


def agreement_graph(tracks: Sequence[Track], actor_rank: Mapping[str, int],
                    contraries: Mapping[str, str] | None = None) -> nx.Graph:
    """Actors joined where they share at least BLOC_MIN_SHARED held positions and agree more than they clash.

    Bipartite actor-item graph whose edges carry the stance of the actor's
    held position (+1 for, -1 against; an item and its contrary are one item
    with opposite stances); projected onto the actors with weight = sum over
    shared items of the product of stances (agreement +1, disagreement -1).
    """
    bip = nx.Graph()
    actors = sorted({t.actor for t in tracks}, key=actor_rank.__getitem__)
    bip.add_nodes_from((("actor", a) for a in actors), bipartite=0)
    for (actor, item), value in sorted(_held_stances(tracks, contraries or {}).items()):
        bip.add_node(("item", item), bipartite=1)
        bip.add_edge(("actor", actor), ("item", item), stance=value)

    def agreement(g: nx.Graph, u: Any, v: Any) -> int:
        shared = sorted(set(g[u]) & set(g[v]))
        return sum(g[u][w]["stance"] * g[v][w]["stance"] for w in shared)

    def agreeing(u: Any, v: Any) -> int:
        return sum(1 for w in set(bip[u]) & set(bip[v]) if bip[u][w]["stance"] == bip[v][w]["stance"])

    projected = bipartite.generic_weighted_projected_graph(
        bip, [("actor", a) for a in actors], weight_function=agreement)
    graph = nx.Graph()
    graph.add_nodes_from(actors)
    graph.add_weighted_edges_from(
        (u[1], v[1], w) for u, v, w in projected.edges(data="weight")
        if w > 0 and agreeing(u, v) >= BLOC_MIN_SHARED)
    graph.graph["bipartite"] = bip
    return graph


def blocs(tracks: Sequence[Track], actor_rank: Mapping[str, int],
          item_rank: Mapping[str, int], contraries: Mapping[str, str] | None = None) -> tuple[Bloc, ...]:
    """Communities of the agreement graph (greedy modularity, deterministic), largest first.

    Only actors that share at least BLOC_MIN_SHARED positions with another one
    are in a bloc; there are no blocs of one. Each bloc lists the items on
    which two or more of its members hold the same stance.
    """
    graph = agreement_graph(tracks, actor_rank, contraries)
    linked = graph.subgraph([a for a in graph.nodes if graph.degree(a)]).copy()
    if not linked.number_of_edges():
        return ()
    groups = greedy_modularity_communities(linked, weight="weight")
    members = [tuple(sorted(g, key=actor_rank.__getitem__)) for g in groups if len(g) >= 2]
    bloc_of = {a: n for n, group in enumerate(members) for a in group}
    shared: dict[tuple[int, str, int], list[str]] = defaultdict(list)
    for (actor, item), value in sorted(_held_stances(tracks, contraries or {}).items(),
                                       key=lambda kv: actor_rank[kv[0][0]]):
        if actor in bloc_of:
            shared[(bloc_of[actor], item, value)].append(actor)
    positions: dict[int, list[BlocPosition]] = defaultdict(list)
    for (n, item, value), actors in sorted(shared.items(),
                                           key=lambda kv: (item_rank[kv[0][1]], -kv[0][2])):
        if len(actors) >= 2:
            positions[n].append(BlocPosition(item=item, stance=value, actors=tuple(actors)))
    result = [Bloc(actors=group, positions=tuple(positions[n])) for n, group in enumerate(members)]
    result.sort(key=lambda b: (-len(b.actors), actor_rank[b.actors[0]]))
    return tuple(result)


# ---------------------------------------------------------------------------
# A corpus: one comparison per negotiation


@dataclass(frozen=True)
class Report:
    """Every negotiation's comparison, and every article (dated first, then undated)."""

    articles: tuple[ArticleRef, ...]
    negotiations: tuple[Comparison, ...]  # by label

    def negotiation(self, negotiation_id: str) -> Comparison:
        return next(c for c in self.negotiations if c.negotiation and c.negotiation.id == negotiation_id)

    def to_json(self) -> dict[str, Any]:
        """`--format json`: the articles, and per negotiation its id, label, parties,
        articles (id and date) and its comparison."""
        out = []
        for c in self.negotiations:
            n = c.negotiation
            data = c.to_json()
            entry = {
                "id": n.id if n else "",
                "label": n.label if n else "",
                "parties": [{"id": scoped_actor_id(p, n.id) if is_generic(p) else p,
                             "label": _party_label(c, p)} for p in (n.parties if n else ())],
                "assigned": n.assigned if n else False,
                "articles": [{"id": a.id, "date": a.date, "date_source": a.date_source,
                              "title": a.title} for a in c.articles],
            }
            for key in ("actors", "issues", "items", "matrix", "tracks", "changes", "conflicts",
                        "convergences", "blocs"):
                entry[key] = data[key]
            out.append(entry)
        return {
            "negotiations": out,
            "articles": [
                {"id": a.id, "index": a.index, "date": a.date, "date_source": a.date_source,
                 "title": a.title, "source": a.source, "lang": a.lang,
                 "negotiations": [c.negotiation.id for c in self.negotiations
                                  if c.negotiation and a.id in c.negotiation.articles]}
                for a in self.articles
            ],
        }


def _party_label(c: Comparison, party: str) -> str:
    from .negotiations import party_label

    scoped = {a.id: a for a in c.actors}
    return party_label(party, scoped)


def scoped_actor_id(actor_id: str, negotiation_id: str) -> str:
    """A generic party's id within one negotiation: the nurses' union is not the teachers'."""
    return f"{actor_id}@{negotiation_id}"


def scope_generic(statements: Iterable[Statement], negotiation_id: str) -> list[Statement]:
    """The statements with each generic party made this negotiation's own node."""
    out = []
    for s in statements:
        if is_generic(s.actor):
            actor = dataclasses.replace(s.actor, id=scoped_actor_id(s.actor.id, negotiation_id))
            s = dataclasses.replace(s, actor=actor)
        out.append(s)
    return out


def compare_negotiations(statements: Sequence[Statement], articles: Mapping[str, Article],
                         negotiations: Sequence[Negotiation] | None = None,
                         overrides: Overrides = Overrides(),
                         only: Sequence[str] = ()) -> Report:
    """One `Comparison` per negotiation of the corpus (found with `find_negotiations`
    unless given); `only` keeps the negotiations with those ids or labels."""
    if negotiations is None:
        negotiations = find_negotiations(statements, articles, overrides)
    if only:
        wanted = {w.strip().casefold() for w in only if w.strip()}
        known = {k for n in negotiations for k in (n.id.casefold(), n.label.casefold())}
        _check_known("negotiation", wanted, known, [n.id for n in negotiations])
        negotiations = [n for n in negotiations if {n.id.casefold(), n.label.casefold()} & wanted]
    by_article: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_article[s.article].append(s)
    comparisons = []
    for n in negotiations:
        own = [s for a in n.articles for s in by_article.get(a, ())]
        scoped = scope_generic(own, n.id)
        members = {a: articles[a] for a in n.articles if a in articles}
        c = compare(scoped, members, negotiation=n)
        # Articles of the negotiation without statements are still listed.
        if len(c.articles) < len(n.articles):
            c = dataclasses.replace(c, articles=timeline(n.articles, members))
        comparisons.append(c)
    every = set(articles) | {s.article for s in statements}
    return Report(articles=timeline(every, articles), negotiations=tuple(comparisons))
