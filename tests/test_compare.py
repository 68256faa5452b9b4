"""Tests for graph/compare.py and graph/compare_report.py.

The mini-corpus in tests/fixtures/compare/ is six dated articles (en, uk, ru)
written for these tests; the positions they state, by article:

| article | positions |
|---|---|
| 01 (2025-03-01, en) | US proposes a 30-day ceasefire; Ukraine rejects it; Russia demands withdrawal from four regions |
| 02 (2025-03-05, uk) | Ukraine rejects the withdrawal; Ukraine demands security guarantees; Russia rejects the ceasefire |
| 03 (2025-03-10, ru) | Russia demands lifting of sanctions; Russia demands the withdrawal again; US rejects lifting of sanctions |
| 04 (2025-03-12, uk) | Ukraine accepts the ceasefire (shift: rejects -> accepts); EU proposes security guarantees; Ukraine demands them again |
| 05 (2025-03-15, en) | Russia proposes lifting of sanctions (shift: demands -> proposes, softened); US proposes the ceasefire again |
| 06 (2025-03-20, ru) | Russia demands recognition of Crimea (new on territory; not repeating the withdrawal demand is no change); EU rejects lifting of sanctions; Belarus demands it |

Layer (a) builds those statements by hand and asserts the comparison exactly;
layer (b) runs the real extractor on the files and asserts the key changes.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from graph.compare import (
    ArticleRef,
    Bloc,
    BlocPosition,
    Cell,
    Change,
    CompareError,
    Conflict,
    Convergence,
    Position,
    Side,
    agreement_graph,
    compare,
    compare_negotiations,
    select,
    shift_direction,
    stance,
    timeline,
)
from graph.compare_report import FORMATS, render, to_html, write_compare_page
from graph.ingest import iter_files, read_articles
from graph.models import Actor, Article, Item, Statement

CORPUS = Path(__file__).resolve().parent / "fixtures" / "compare"

A1 = "01-us-proposes-ceasefire"
A2 = "02-ukraine-wants-guarantees"
A3 = "03-russia-sanctions"
A4 = "04-ukraine-accepts-ceasefire"
A5 = "05-russia-proposes-sanctions-relief"
A6 = "06-russia-crimea"

US = Actor("united-states", "United States", "Q30", "state")
UA = Actor("ukraine", "Ukraine", "Q212", "state")
RU = Actor("russia", "Russia", "Q159", "state")
EU = Actor("european-union", "European Union", "Q458", "organisation")
BY = Actor("belarus", "Belarus", "Q184", "state")

CEASEFIRE = "ceasefire-30-day"
WITHDRAW = "ukraine-withdraws-four-regions"
CRIMEA = "crimea-recognised-russian"
GUARANTEES = "ukraine-security-guarantees"
SANCTIONS = "lifting-sanctions-russia"

_ITEMS = {
    CEASEFIRE: ("30-day ceasefire", "ceasefire"),
    WITHDRAW: ("Ukraine withdraws from four regions", "territory"),
    CRIMEA: ("Crimea recognised as Russian", "territory"),
    GUARANTEES: ("Security guarantees for Ukraine", "security-guarantees"),
    SANCTIONS: ("Lifting of sanctions on Russia", "sanctions"),
}


def st(article: str, actor: Actor, relation: str, item: str, text: str, sentence: str,
       index: int = 0) -> Statement:
    label, issue = _ITEMS[item]
    return Statement(article=article, actor=actor, relation=relation,
                     item=Item(item, label, issue, text=text), sentence=sentence,
                     sentence_index=index)


# The positions of the mini-corpus, as the codebook codes them.
STATEMENTS = [
    st(A1, US, "proposes", CEASEFIRE, "a 30-day ceasefire", "The United States proposed a 30-day ceasefire.", 0),
    st(A1, UA, "rejects", CEASEFIRE, "a 30-day ceasefire", "Ukraine rejected the proposal for a 30-day ceasefire.", 1),
    st(A1, RU, "demands", WITHDRAW, "the withdrawal of Ukrainian troops from four regions",
       "Russia demands the withdrawal of Ukrainian troops from four regions.", 2),
    st(A2, UA, "rejects", WITHDRAW, "виведення українських військ з чотирьох областей",
       "Україна відкинула вимогу про виведення українських військ з чотирьох областей.", 0),
    st(A2, UA, "demands", GUARANTEES, "гарантій безпеки", "Україна вимагає гарантій безпеки.", 1),
    st(A2, RU, "rejects", CEASEFIRE, "30-денне припинення вогню", "Росія відхилила 30-денне припинення вогню.", 2),
    st(A3, RU, "demands", SANCTIONS, "снятия санкций", "Россия требует снятия санкций.", 0),
    st(A3, RU, "demands", WITHDRAW, "вывода украинских войск из четырёх областей",
       "Россия требует вывода украинских войск из четырёх областей.", 1),
    st(A3, US, "rejects", SANCTIONS, "снятие санкций", "США отвергли снятие санкций.", 2),
    st(A4, UA, "accepts", CEASEFIRE, "30-денне припинення вогню", "Україна погодилася на 30-денне припинення вогню.", 0),
    st(A4, EU, "proposes", GUARANTEES, "гарантії безпеки для України",
       "Європейський Союз запропонував гарантії безпеки для України.", 1),
    st(A4, UA, "demands", GUARANTEES, "гарантій безпеки", "Україна вимагає гарантій безпеки.", 2),
    st(A5, RU, "proposes", SANCTIONS, "the lifting of sanctions", "Russia proposed the lifting of sanctions.", 0),
    st(A5, US, "proposes", CEASEFIRE, "a 30-day ceasefire", "The United States again proposed a 30-day ceasefire.", 1),
    st(A6, RU, "demands", CRIMEA, "признания Крыма российским", "Россия требует признания Крыма российским.", 0),
    st(A6, EU, "rejects", SANCTIONS, "снятие санкций", "Евросоюз отверг снятие санкций.", 1),
    st(A6, BY, "demands", SANCTIONS, "снятия санкций", "Белоруссия требует снятия санкций.", 2),
]


def corpus_articles() -> dict[str, Article]:
    articles = {}
    for order, path in enumerate(iter_files([CORPUS])):
        for article in read_articles(path, start_order=order):
            articles[article.id] = article
    return articles


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return corpus_articles()


@pytest.fixture(scope="module")
def comparison(articles):
    return compare(STATEMENTS, articles)


# ---------------------------------------------------------------------------
# (a) the comparison of the hand-coded mini-corpus, asserted exactly


def test_corpus_is_six_dated_articles_in_three_languages(articles):
    assert sorted(articles) == [A1, A2, A3, A4, A5, A6]
    assert all(a.date.startswith("2025-03-") for a in articles.values())
    assert {a.lang for a in articles.values()} == {"en", "uk", "ru"}


def test_articles_are_in_date_order(comparison):
    assert [(a.id, a.date, a.index) for a in comparison.articles] == [
        (A1, "2025-03-01", 0), (A2, "2025-03-05", 1), (A3, "2025-03-10", 2),
        (A4, "2025-03-12", 3), (A5, "2025-03-15", 4), (A6, "2025-03-20", 5),
    ]


def test_actors_by_label_and_issues_in_codebook_order(comparison):
    assert [a.id for a in comparison.actors] == [
        "belarus", "european-union", "russia", "ukraine", "united-states"]
    assert comparison.issues == ("ceasefire", "territory", "security-guarantees", "sanctions")
    assert [i.id for i in comparison.items] == [CEASEFIRE, CRIMEA, WITHDRAW, GUARANTEES, SANCTIONS]


def test_matrix_cells_list_relations_per_item_with_article_counts(comparison):
    assert comparison.matrix == (
        Cell("belarus", "sanctions", (Position(SANCTIONS, "demands", (A6,)),)),
        Cell("european-union", "security-guarantees", (Position(GUARANTEES, "proposes", (A4,)),)),
        Cell("european-union", "sanctions", (Position(SANCTIONS, "rejects", (A6,)),)),
        Cell("russia", "ceasefire", (Position(CEASEFIRE, "rejects", (A2,)),)),
        Cell("russia", "territory", (Position(CRIMEA, "demands", (A6,)),
                                     Position(WITHDRAW, "demands", (A1, A3)))),
        Cell("russia", "sanctions", (Position(SANCTIONS, "demands", (A3,)),
                                     Position(SANCTIONS, "proposes", (A5,)))),
        Cell("ukraine", "ceasefire", (Position(CEASEFIRE, "rejects", (A1,)),
                                      Position(CEASEFIRE, "accepts", (A4,)))),
        Cell("ukraine", "territory", (Position(WITHDRAW, "rejects", (A2,)),)),
        Cell("ukraine", "security-guarantees", (Position(GUARANTEES, "demands", (A2, A4)),)),
        Cell("united-states", "ceasefire", (Position(CEASEFIRE, "proposes", (A1, A5)),)),
        Cell("united-states", "sanctions", (Position(SANCTIONS, "rejects", (A3,)),)),
    )
    assert comparison.cell("russia", "territory").positions[1].count == 2
    assert comparison.cell("belarus", "ceasefire") is None


def test_changes_are_new_and_shifted_positions_and_silence_drops_nothing(comparison):
    # Every position first stated after the first article is new; previous is the
    # actor's last earlier article (the EU's first: the last earlier one, A3).
    assert comparison.changes == (
        Change("new", "russia", CEASEFIRE, "ceasefire", A2, A1, (), ("rejects",)),
        Change("new", "ukraine", WITHDRAW, "territory", A2, A1, (), ("rejects",)),
        Change("new", "ukraine", GUARANTEES, "security-guarantees", A2, A1, (), ("demands",)),
        Change("new", "russia", SANCTIONS, "sanctions", A3, A2, (), ("demands",)),
        Change("new", "united-states", SANCTIONS, "sanctions", A3, A1, (), ("rejects",)),
        Change("new", "european-union", GUARANTEES, "security-guarantees", A4, A3, (), ("proposes",)),
        Change("shifted", "ukraine", CEASEFIRE, "ceasefire", A4, A1,
               ("rejects",), ("accepts",), "reversed"),
        Change("shifted", "russia", SANCTIONS, "sanctions", A5, A3,
               ("demands",), ("proposes",), "softened"),
        Change("new", "belarus", SANCTIONS, "sanctions", A6, A5, (), ("demands",)),
        Change("new", "european-union", SANCTIONS, "sanctions", A6, A4, (), ("rejects",)),
        Change("new", "russia", CRIMEA, "territory", A6, A5, (), ("demands",)),
    )
    # Russia does not repeat its withdrawal demand in A6: that is not "dropped".
    assert not any(ch.kind == "dropped" for ch in comparison.changes)


def test_first_and_last_seen_for_every_actor_and_item(comparison):
    seen = {(t.actor, t.item): (t.first_seen, t.last_seen, t.dropped_in) for t in comparison.tracks}
    assert seen == {
        ("belarus", SANCTIONS): (A6, A6, ""),
        ("european-union", GUARANTEES): (A4, A4, ""),
        ("european-union", SANCTIONS): (A6, A6, ""),
        ("russia", CEASEFIRE): (A2, A2, ""),
        ("russia", CRIMEA): (A6, A6, ""),
        ("russia", WITHDRAW): (A1, A3, ""),
        ("russia", SANCTIONS): (A3, A5, ""),
        ("ukraine", CEASEFIRE): (A1, A4, ""),
        ("ukraine", WITHDRAW): (A2, A2, ""),
        ("ukraine", GUARANTEES): (A2, A4, ""),
        ("united-states", CEASEFIRE): (A1, A5, ""),
        ("united-states", SANCTIONS): (A3, A3, ""),
    }
    ukraine_ceasefire = next(t for t in comparison.tracks if (t.actor, t.item) == ("ukraine", CEASEFIRE))
    assert [(s.article, s.relations, s.sentences) for s in ukraine_ceasefire.steps] == [
        (A1, ("rejects",), ("Ukraine rejected the proposal for a 30-day ceasefire.",)),
        (A4, ("accepts",), ("Україна погодилася на 30-денне припинення вогню.",)),
    ]


def test_conflicts_by_issue_with_articles_behind_each_side(comparison):
    assert comparison.conflicts == (
        Conflict("ceasefire", CEASEFIRE,
                 supporters=(Side("united-states", ("proposes",), (A1, A5), True),),
                 opponents=(Side("russia", ("rejects",), (A2,), True),
                            Side("ukraine", ("rejects",), (A1,), False)),
                 current=True, articles=(A1, A2, A5)),
        Conflict("territory", WITHDRAW,
                 supporters=(Side("russia", ("demands",), (A1, A3), True),),
                 opponents=(Side("ukraine", ("rejects",), (A2,), True),),
                 current=True, articles=(A1, A2, A3)),
        Conflict("sanctions", SANCTIONS,
                 supporters=(Side("belarus", ("demands",), (A6,), True),
                             Side("russia", ("demands", "proposes"), (A3, A5), True)),
                 opponents=(Side("european-union", ("rejects",), (A6,), True),
                            Side("united-states", ("rejects",), (A3,), True)),
                 current=True, articles=(A3, A5, A6)),
    )


def test_convergences_by_issue(comparison):
    assert comparison.convergences == (
        Convergence("ceasefire", CEASEFIRE,
                    sides=(Side("ukraine", ("accepts",), (A4,), True),
                           Side("united-states", ("proposes",), (A1, A5), True)),
                    current=True, articles=(A1, A4, A5)),
        Convergence("security-guarantees", GUARANTEES,
                    sides=(Side("european-union", ("proposes",), (A4,), True),
                           Side("ukraine", ("demands",), (A2, A4), True)),
                    current=True, articles=(A2, A4)),
        Convergence("sanctions", SANCTIONS,
                    sides=(Side("belarus", ("demands",), (A6,), True),
                           Side("russia", ("demands", "proposes"), (A3, A5), True)),
                    current=True, articles=(A3, A5, A6)),
    )


def test_agreement_graph_joins_only_actors_sharing_two_positions(comparison):
    rank = {a.id: n for n, a in enumerate(comparison.actors)}
    graph = agreement_graph(comparison.tracks, rank)
    # Pairs agree on one item each (EU-US on sanctions, Ukraine-US on the ceasefire, ...):
    # one shared position makes no bloc.
    assert list(graph.edges) == []
    bip = graph.graph["bipartite"]
    # Russia's withdrawal demand is still held (not repeating it is not dropping it).
    assert bip.edges[("actor", "russia"), ("item", WITHDRAW)]["stance"] == 1
    assert bip.edges[("actor", "ukraine"), ("item", WITHDRAW)]["stance"] == -1


def test_blocs_need_two_shared_positions_and_two_actors(comparison):
    assert comparison.blocs == ()
    arts = {"a": Article("a", "x", date="2025-01-01"), "b": Article("b", "x", date="2025-01-02")}
    truce, talks, lift = (Item("truce", "Truce", "ceasefire"), Item("talks", "Talks", "negotiations"),
                          Item("lift", "Lift", "sanctions"))
    c = compare([Statement("a", UA, "proposes", truce, ""), Statement("a", US, "demands", truce, ""),
                 Statement("b", UA, "demands", talks, ""), Statement("b", US, "accepts", talks, ""),
                 Statement("b", EU, "proposes", truce, ""), Statement("b", RU, "rejects", truce, ""),
                 Statement("b", RU, "demands", lift, ""), Statement("b", BY, "demands", lift, "")], arts)
    # Ukraine and the US share two positions; the EU shares one with them, Belarus one with Russia.
    assert c.blocs == (Bloc(("ukraine", "united-states"), (
        BlocPosition("truce", 1, ("ukraine", "united-states")),
        BlocPosition("talks", 1, ("ukraine", "united-states")),
    )),)


def test_comparison_is_independent_of_statement_order(articles, comparison):
    assert compare(list(reversed(STATEMENTS)), articles) == comparison


# ---------------------------------------------------------------------------
# Rules of the comparison, one test each


def test_items_are_compared_by_canonical_id_not_text():
    a = Article("a", "x", date="2025-01-01")
    b = Article("b", "x", date="2025-01-02")
    statements = [
        Statement("a", UA, "rejects", Item("truce", "Truce", "ceasefire", text="a truce"), "s1"),
        Statement("b", UA, "accepts", Item("truce", "Truce", "ceasefire", text="перемир'я"), "s2"),
        # Same words, another canonical item: a separate track, not a shift.
        Statement("b", UA, "demands", Item("talks", "Talks", "negotiations", text="a truce"), "s3"),
    ]
    c = compare(statements, {"a": a, "b": b})
    assert [(t.item, [s.relations for s in t.steps]) for t in c.tracks] == [
        ("truce", [("rejects",), ("accepts",)]),
        ("talks", [("demands",)]),
    ]
    assert [(ch.kind, ch.item) for ch in c.changes] == [("shifted", "truce"), ("new", "talks")]


def test_item_not_stated_in_a_later_article_is_not_dropped():
    arts = {i: Article(i, "x", date=f"2025-01-0{n}") for n, i in enumerate("ab", start=1)}
    statements = [
        Statement("a", RU, "rejects", Item("truce", "Truce", "ceasefire"), ""),
        Statement("b", RU, "rejects", Item("lift", "Lift sanctions", "ceasefire"), ""),
    ]
    c = compare(statements, arts)
    assert c.changes == (Change("new", "russia", "lift", "ceasefire", "b", "a", (), ("rejects",)),)
    assert all(t.held for t in c.tracks)


def test_item_first_stated_after_the_first_dated_article_is_new():
    arts = {i: Article(i, "x", date=f"2025-01-0{n}") for n, i in enumerate("abc", start=1)}
    statements = [
        Statement("a", RU, "demands", Item("x", "X", "territory"), ""),
        Statement("b", RU, "demands", Item("x", "X", "territory"), ""),
        Statement("c", RU, "demands", Item("x", "X", "territory"), ""),
        Statement("c", RU, "demands", Item("y", "Y", "territory"), ""),
    ]
    assert compare(statements, arts).changes == (
        Change("new", "russia", "y", "territory", "c", "b", (), ("demands",)),
    )


@pytest.mark.parametrize("sentence", [
    "Russia withdrew its demand for a truce.",
    "Росія більше не наполягає на перемир'ї.",
    "Россия отказалась от требования перемирия.",
])
def test_dropped_only_when_an_article_says_the_actor_withdrew(sentence):
    arts = {i: Article(i, "x", date=f"2025-01-0{n}") for n, i in enumerate("abc", start=1)}
    truce = Item("truce", "Truce", "ceasefire")
    c = compare([Statement("a", RU, "demands", truce, "Russia demands a truce."),
                 Statement("b", RU, "demands", Item("y", "Y", "territory"), "Russia demands Y."),
                 Statement("c", RU, "demands", truce, sentence)], arts)
    assert [(ch.kind, ch.item, ch.article, ch.previous) for ch in c.changes] == [
        ("new", "y", "b", "a"), ("dropped", "truce", "c", "a")]
    track = next(t for t in c.tracks if t.item == "truce")
    assert track.dropped_in == "c" and not track.held and [s.article for s in track.steps] == ["a"]


def test_undated_articles_give_no_change():
    arts = {"a": Article("a", "x", date="2025-01-01"), "u": Article("u", "x")}
    truce = Item("truce", "Truce", "ceasefire")
    c = compare([Statement("a", RU, "rejects", truce, ""), Statement("u", RU, "accepts", truce, ""),
                 Statement("u", UA, "demands", truce, "")], arts)
    assert c.changes == ()
    assert [(a.id, a.date) for a in c.articles] == [("a", "2025-01-01"), ("u", "")]


def test_shift_to_the_contrary_item_is_a_reversal_and_rejecting_it_is_no_change(monkeypatch):
    import graph.compare

    pairs = {"truce": "war-goes-on", "war-goes-on": "truce"}
    monkeypatch.setattr(graph.compare, "contrary", lambda item_id: pairs.get(item_id, ""))
    arts = {i: Article(i, "x", date=f"2025-01-0{n}") for n, i in enumerate("abc", start=1)}
    truce, war = Item("truce", "Truce", "ceasefire"), Item("war-goes-on", "War goes on", "ceasefire")
    c = compare([Statement("a", RU, "demands", truce, ""), Statement("b", RU, "rejects", war, ""),
                 Statement("c", RU, "demands", war, ""),
                 Statement("a", UA, "rejects", war, ""), Statement("c", US, "demands", war, ""),
                 Statement("a", EU, "proposes", truce, ""), Statement("b", EU, "proposes", war, "")], arts)
    # Russia: demands truce -> rejects its contrary (the same stance: no change) -> demands it.
    # The EU: proposes the truce -> proposes its contrary, a reversal across the pair.
    assert [(ch.kind, ch.actor, ch.item, ch.from_item, ch.direction) for ch in c.changes
            if ch.kind == "shifted"] == [
        ("shifted", "european-union", "war-goes-on", "truce", "reversed"),
        ("shifted", "russia", "war-goes-on", "", "reversed")]
    assert not [ch for ch in c.changes if ch.actor in ("russia", "european-union") and ch.kind == "new"]
    # Russia demands the truce (A) while the US demands its contrary: a conflict.
    conflict = next(k for k in c.conflicts if k.item == "truce")
    assert [(s.actor, s.item) for s in conflict.supporters] == [("european-union", ""), ("russia", "")]
    assert [(s.actor, s.item) for s in conflict.opponents] == [
        ("european-union", "war-goes-on"), ("russia", "war-goes-on"), ("united-states", "war-goes-on")]
    # Ukraine rejects the contrary beside Russia demanding the truce: a convergence.
    convergence = next(v for v in c.convergences if v.item == "truce")
    assert [(s.actor, s.item) for s in convergence.sides] == [
        ("european-union", ""), ("russia", ""), ("russia", "war-goes-on"), ("ukraine", "war-goes-on")]


def test_repeated_statements_in_one_article_count_that_article_once():
    arts = {"a": Article("a", "x", date="2025-01-01")}
    item = Item("truce", "Truce", "ceasefire")
    c = compare([Statement("a", UA, "demands", item, "s1"),
                 Statement("a", UA, "demands", item, "s2")], arts)
    assert c.matrix == (Cell("ukraine", "ceasefire", (Position("truce", "demands", ("a",)),)),)
    assert c.tracks[0].steps[0].sentences == ("s1", "s2")


def test_undated_articles_follow_dated_ones_in_ingest_order():
    arts = {
        "late": Article("late", "x", date="2025-02-01", order=0),
        "early": Article("early", "x", date="2025-01-01", order=3),
        "nodate-2": Article("nodate-2", "x", order=2),
        "nodate-1": Article("nodate-1", "x", order=1),
        "same-day-b": Article("same-day-b", "x", date="2025-01-01", order=5),
    }
    order = [r.id for r in timeline([*arts, "not-in-store"], arts)]
    assert order == ["early", "same-day-b", "late", "nodate-1", "nodate-2", "not-in-store"]


def test_without_dates_ingest_order_lists_articles_but_decides_no_shift():
    arts = {"z": Article("z", "x", order=0), "a": Article("a", "x", order=1)}
    item = Item("truce", "Truce", "ceasefire")
    c = compare([Statement("a", UA, "accepts", item, ""), Statement("z", UA, "rejects", item, "")], arts)
    assert c.changes == ()
    assert c.articles[0] == ArticleRef("z", 0, title="z")


@pytest.mark.parametrize("before, after, direction", [
    (("rejects",), ("accepts",), "reversed"),
    (("proposes",), ("rejects",), "reversed"),
    (("demands",), ("proposes",), "softened"),
    (("demands",), ("accepts",), "softened"),
    (("proposes",), ("demands",), "hardened"),
    (("proposes",), ("accepts",), ""),
    (("demands",), ("demands", "rejects"), ""),
])
def test_shift_direction(before, after, direction):
    assert shift_direction(before, after) == direction


def test_stance_of_mixed_relations_is_zero():
    assert (stance(["demands"]), stance(["rejects"]), stance(["accepts", "rejects"])) == (1, -1, 0)


def test_conflict_needs_two_different_actors():
    arts = {"a": Article("a", "x", date="2025-01-01"), "b": Article("b", "x", date="2025-01-02")}
    item = Item("truce", "Truce", "ceasefire")
    c = compare([Statement("a", UA, "proposes", item, ""), Statement("b", UA, "rejects", item, "")], arts)
    assert c.conflicts == () and c.convergences == ()


def test_accepting_is_not_a_conflict_side():
    arts = {"a": Article("a", "x", date="2025-01-01")}
    item = Item("truce", "Truce", "ceasefire")
    c = compare([Statement("a", UA, "accepts", item, ""), Statement("a", RU, "rejects", item, "")], arts)
    assert c.conflicts == ()


def test_actors_with_no_agreeing_partner_are_in_no_bloc():
    arts = {"a": Article("a", "x", date="2025-01-01")}
    item = Item("truce", "Truce", "ceasefire")
    c = compare([Statement("a", UA, "proposes", item, ""), Statement("a", RU, "rejects", item, "")], arts)
    assert c.blocs == ()


def test_empty_input_gives_an_empty_comparison():
    c = compare([], {})
    assert (c.matrix, c.changes, c.conflicts, c.blocs) == ((), (), (), ())


# ---------------------------------------------------------------------------
# Filters


@pytest.mark.parametrize("value", ["russia", "RUSSIA", "Russia", "q159"])
def test_actor_filter_matches_id_label_or_wikidata(value):
    assert {s.actor.id for s in select(STATEMENTS, actors=[value])} == {"russia"}


def test_filters_combine_and_repeat(articles):
    picked = select(STATEMENTS, actors=["Ukraine", "q30"], issues=["ceasefire"])
    assert [(s.article, s.actor.id, s.relation) for s in picked] == [
        (A1, "united-states", "proposes"), (A1, "ukraine", "rejects"),
        (A4, "ukraine", "accepts"), (A5, "united-states", "proposes"),
    ]
    c = compare(picked, articles)
    assert [k.item for k in c.conflicts] == [CEASEFIRE]
    assert [a.id for a in c.articles] == [A1, A4, A5]
    assert [(s.article, s.item.id) for s in select(STATEMENTS, articles=[A6])] == [
        (A6, CRIMEA), (A6, SANCTIONS), (A6, SANCTIONS)]


def test_unknown_filter_value_is_an_error_naming_it():
    with pytest.raises(CompareError, match=r"no statement matches actor 'nobody'.*Belarus"):
        select(STATEMENTS, actors=["nobody"])
    with pytest.raises(CompareError, match="issue 'cease-fire'"):
        select(STATEMENTS, issues=["cease-fire"])


# ---------------------------------------------------------------------------
# Reports


def test_json_report_is_the_comparison_data(comparison):
    data = json.loads(render(comparison, "json"))
    assert data == json.loads(json.dumps(comparison.to_json()))
    assert data["changes"][6] == {
        "kind": "shifted", "actor": "ukraine", "item": CEASEFIRE, "issue": "ceasefire",
        "article": A4, "previous": A1, "from": ["rejects"], "to": ["accepts"], "direction": "reversed"}
    assert data["blocs"] == []


def test_csv_report_has_a_row_per_matrix_position_and_change(comparison):
    rows = list(csv.DictReader(io.StringIO(render(comparison, "csv"))))
    matrix = [r for r in rows if r["section"] == "matrix"]
    assert len(matrix) == sum(len(c.positions) for c in comparison.matrix) == 14
    assert {k: matrix[4][k] for k in ("actor", "issue", "item", "relation", "articles", "count")} == {
        "actor": "russia", "issue": "territory", "item": CRIMEA, "relation": "demands",
        "articles": A6, "count": "1"}
    changes = [(r["kind"], r["actor"], r["from"], r["to"], r["article"]) for r in rows
               if r["section"] == "change"]
    assert changes[6] == ("shifted", "ukraine", "rejects", "accepts", A4)
    assert [r for r in rows if r["section"] == "bloc"] == []


def test_markdown_report_has_every_section(comparison):
    md = render(comparison, "md")
    for heading in ("## Position matrix", "## Changes over time", "## First and last seen",
                    "## Conflicts", "## Convergences", "## Blocs", "## Articles"):
        assert heading in md
    assert "| Ukraine | rejects 30-day ceasefire (1)<br>accepts 30-day ceasefire (1) |" in md
    assert "shifted: demands → proposes (softened)" in md


def test_table_report_prints_matrix_and_changes(comparison):
    console = Console(record=True, width=200)
    assert render(comparison, "table", console) == ""
    out = console.export_text()
    assert "Positions: actors x issues" in out and "reversed" in out and "Blocs" in out


def test_html_report_is_offline_escaped_and_links_to_graph_view(articles):
    hostile = dict(articles)
    hostile[A1] = Article(A1, "x", title='<script>alert("x")</script>', date="2025-03-01",
                          source="Wire & Co")
    statements = [*STATEMENTS, st(A1, US, "proposes", CEASEFIRE, "x", "<img src=x onerror=alert(1)>", 3)]
    page = to_html(compare(statements, hostile))
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page and "Wire &amp; Co" in page
    assert 'href="positions.html"' in page
    assert "http://" not in page and "https://" not in page and "src=" not in page.replace("src=x", "")
    for anchor in ('id="matrix"', 'id="changes"', 'id="conflicts"', 'id="convergences"',
                   'id="blocs"', 'id="timelines"', 'id="actor-ukraine"', f'id="article-{A6}"'):
        assert anchor in page
    assert 'class="rel rel-rejects"' in page and 'class="rel rel-accepts"' in page


def test_write_compare_page_writes_compare_html(tmp_path, articles):
    path = write_compare_page(STATEMENTS, articles, tmp_path / "out")
    assert path == tmp_path / "out" / "compare.html"
    assert "Crimea recognised as Russian" in path.read_text(encoding="utf-8")


def test_render_rejects_unknown_format(comparison):
    assert FORMATS == ("table", "md", "csv", "json", "html")
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        render(comparison, "xml")


# ---------------------------------------------------------------------------
# (b) end to end: the real extractor on the mini-corpus


def _extracted():
    from graph.extract import extract_article

    articles = corpus_articles()
    statements = [s for a in articles.values() for s in extract_article(a)]
    return compare(statements, articles)


def _actor_id(c, wikidata: str) -> str:
    return next(a.id for a in c.actors if a.wikidata == wikidata)


def test_extractor_on_mini_corpus_finds_the_key_changes():
    c = _extracted()
    ukraine, russia = _actor_id(c, "Q212"), _actor_id(c, "Q159")
    us = _actor_id(c, "Q30")
    changes = {(ch.kind, ch.actor, ch.issue, ch.article, ch.from_relations, ch.to_relations)
               for ch in c.changes}
    # Ukraine rejects the 30-day ceasefire (en) and accepts it later (uk): one canonical item.
    assert ("shifted", ukraine, "ceasefire", A4, ("rejects",), ("accepts",)) in changes
    # Russia's demand to lift sanctions (ru) softens into a proposal (en).
    assert ("shifted", russia, "sanctions", A5, ("demands",), ("proposes",)) in changes
    # Russia's new demand on territory; not repeating the withdrawal demand drops nothing.
    assert ("new", russia, "territory", A6, (), ("demands",)) in changes
    assert not [ch for ch in c.changes if ch.kind == "dropped"]
    # The US proposes the ceasefire that Russia rejects.
    ceasefire = [k for k in c.conflicts if k.issue == "ceasefire"]
    assert ceasefire and {s.actor for s in ceasefire[0].supporters} == {us}
    assert russia in {s.actor for s in ceasefire[0].opponents}
    # No two actors share two positions here: no bloc.
    assert c.blocs == ()


# ---------------------------------------------------------------------------
# The command line (input replaced by the hand-coded mini-corpus)


@pytest.fixture
def cli(monkeypatch, articles):
    from typer.testing import CliRunner

    import graph.cli

    monkeypatch.setattr(graph.cli, "_compare_input", lambda files, store, timeout=None: (list(STATEMENTS), articles, None))
    runner = CliRunner()
    return lambda *args: runner.invoke(graph.cli.app, ["compare", *args])


def test_cli_compare_json_has_a_negotiations_list(cli):
    data = json.loads(cli("--format", "json").stdout)
    # A6 (Belarus and the EU against Russia on sanctions) shares one party with the
    # rest and no item: the rule keeps it apart (graph/negotiations.py).
    assert [(n["id"], [a["id"] for a in n["articles"]]) for n in data["negotiations"]] == [
        ("belarus-european-union-sanctions", [A6]),
        ("russia-ukraine-ceasefire", [A1, A2, A3, A4, A5]),
    ]
    first = data["negotiations"][1]
    assert set(first) >= {"id", "label", "parties", "articles", "matrix", "changes", "conflicts",
                          "convergences", "blocs"}
    assert first["articles"][0] == {"id": A1, "date": "2025-03-01", "date_source": "metadata",
                                    "title": "The United States proposed a 30-day ceasefire"}
    assert [p["id"] for p in first["parties"]] == ["russia", "ukraine", "united-states", "european-union"]


def test_cli_compare_json_with_repeated_filters(cli):
    result = cli("--actor", "ukraine", "--actor", "Q30", "--issue", "ceasefire", "--format", "json")
    assert result.exit_code == 0, result.output
    (data,) = json.loads(result.stdout)["negotiations"]
    assert [a["id"] for a in data["actors"]] == ["ukraine", "united-states"]
    assert [(c["kind"], c["actor"], c["article"]) for c in data["changes"]] == [("shifted", "ukraine", A4)]
    assert [a["id"] for a in data["articles"]] == [A1, A4, A5]


def test_cli_compare_negotiation_option(cli):
    result = cli("--negotiation", "Belarus – European Union: sanctions", "--format", "json")
    assert [n["id"] for n in json.loads(result.stdout)["negotiations"]] == ["belarus-european-union-sanctions"]
    result = cli("--negotiation", "atlantis-talks")
    assert result.exit_code == 1 and "no statement matches negotiation 'atlantis-talks'" in result.stderr


def test_cli_compare_article_filter(cli):
    (data,) = json.loads(cli("--article", A6, "--format", "json").stdout)["negotiations"]
    assert [c["actor"] for c in data["matrix"]] == ["belarus", "european-union", "russia"]
    assert data["changes"] == []


def test_cli_compare_writes_html_to_output(cli, tmp_path):
    target = tmp_path / "reports" / "compare.html"
    result = cli("--format", "html", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert 'href="positions.html"' in target.read_text(encoding="utf-8")


def test_cli_compare_table_is_the_default(cli):
    result = cli()
    assert result.exit_code == 0 and "Changes over time" in result.stdout


def test_cli_compare_unknown_actor_is_one_line_and_exit_1(cli):
    result = cli("--actor", "Atlantis")
    assert result.exit_code == 1
    assert result.stderr.startswith("negograph: no statement matches actor 'atlantis'")
    assert "Traceback" not in result.output


def test_cli_compare_unknown_format_exits_2(cli):
    result = cli("--format", "xml")
    assert result.exit_code == 2 and "use one of table, md, csv, json, html" in result.stderr


def test_cli_compare_without_a_store_says_how_to_make_one(tmp_path):
    from typer.testing import CliRunner

    from graph.cli import app

    result = CliRunner().invoke(app, ["compare", "--store", str(tmp_path / "missing")])
    assert result.exit_code == 1 and "build one first" in result.stderr


def test_cli_compare_reads_the_store_and_finds_the_same_comparison(tmp_path, articles, comparison):
    store_module = pytest.importorskip("graph.store")
    from typer.testing import CliRunner

    from graph.cli import app

    location = tmp_path / "store"
    with store_module.open_store(location) as store:
        for article in articles.values():
            store.replace_article(article, [s for s in STATEMENTS if s.article == article.id])
    runner = CliRunner()
    result = runner.invoke(app, ["compare", "--store", str(location), "--format", "json"])
    assert result.exit_code == 0, result.output
    expected = compare_negotiations(STATEMENTS, articles)
    assert json.loads(result.stdout) == json.loads(json.dumps(expected.to_json()))
    result = runner.invoke(app, ["compare", "--store", str(location), "--actor", "q159", "--format", "json"])
    assert [[c["kind"] for c in n["changes"]] for n in json.loads(result.stdout)["negotiations"]] == [
        [], ["new", "new", "shifted"]]


def test_markdown_says_none_for_an_empty_section(articles):
    md = render(compare(select(STATEMENTS, issues=["territory"]), articles), "md")
    assert "## Convergences\n\nNone.\n" in md
