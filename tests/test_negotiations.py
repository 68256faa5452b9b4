"""Tests for graph/negotiations.py and the comparison per negotiation, on a fixture corpus.

tests/fixtures/negotiations/ holds seven articles written for these tests, in
three negotiations and three languages; five are dated only in their text:

| article | lang | date (from) | negotiation |
|---|---|---|---|
| peace-01.en | en | 2025-03-03 (dateline) | Russia-Ukraine talks: Russia demands withdrawal and lifting of sanctions; Ukraine rejects a 30-day ceasefire |
| peace-02.uk | uk | 2025-03-10 (running text) | Ukraine demands guarantees; Russia rejects the ceasefire |
| peace-03.ru | ru | 2025-03-14 (dateline) | Ukraine accepts the ceasefire (a shift); Russia repeats withdrawal; Russia withdraws its sanctions demand |
| bus-strike-01.en | en | 2025-04-01 (dateline) | Harbor City bus strike: the union demands a pay rise; management (of the bus company it names) rejects it |
| bus-strike-02.en | en | 2025-04-08 (dateline) | the union accepts mediation; "management", never named here, proposes it: no line |
| teachers-strike-01.uk | uk | 2025-04-02 (dateline) | Poltava teachers' strike: the union demands a pay rise; the government rejects it |
| teachers-strike-02.uk | uk | 2025-04-09 (metadata) | names only "the union": put in the strike by its front matter and negotiations.yaml |
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from graph.compare import compare_negotiations, scoped_actor_id
from graph.compare_report import render
from graph.extract import extract_article
from graph.ingest import iter_files, read_articles
from graph.models import Actor, Article, Item, Statement
from graph.negotiations import (
    NegotiationError,
    Overrides,
    find_negotiations,
    load_overrides,
    overrides_beside,
    party_of,
)

CORPUS = Path(__file__).resolve().parent / "fixtures" / "negotiations"
PEACE = ("peace-01.en", "peace-02.uk", "peace-03.ru")
BUS = ("bus-strike-01.en", "bus-strike-02.en")
TEACHERS = ("teachers-strike-01.uk", "teachers-strike-02.uk")
PEACE_ID = "russia-ukraine-ceasefire"
BUS_ID = "harbor-transit-workers-union-harbor-city-bus-company-economic"
TEACHERS_ID = "poltava-teachers-strike"


@pytest.fixture(scope="module")
def corpus():
    articles = {}
    for path in iter_files([CORPUS]):
        for article in read_articles(path, start_order=len(articles)):
            articles[article.id] = article
    statements = [s for a in articles.values() for s in extract_article(a)]
    return statements, articles


@pytest.fixture(scope="module")
def report(corpus):
    statements, articles = corpus
    return compare_negotiations(statements, articles, overrides=overrides_beside([CORPUS]))


def test_each_article_falls_in_its_negotiation(report):
    assert [(c.negotiation.id, c.negotiation.label, tuple(a.id for a in c.articles))
            for c in report.negotiations] == [
        (BUS_ID, "Harbor Transit Workers Union – Harbor City Bus Company: economic", BUS),
        (TEACHERS_ID, "Poltava teachers' strike", TEACHERS),
        (PEACE_ID, "Russia – Ukraine: ceasefire", PEACE),
    ]
    assert [c.negotiation.assigned for c in report.negotiations] == [False, True, False]


def test_dates_read_from_the_text_in_three_languages(corpus):
    _, articles = corpus
    assert {a.id: (a.date, a.date_source) for a in articles.values()} == {
        "peace-01.en": ("2025-03-03", "dateline"),
        "peace-02.uk": ("2025-03-10", "text"),
        "peace-03.ru": ("2025-03-14", "dateline"),
        "bus-strike-01.en": ("2025-04-01", "dateline"),
        "bus-strike-02.en": ("2025-04-08", "dateline"),
        "teachers-strike-01.uk": ("2025-04-02", "dateline"),
        "teachers-strike-02.uk": ("2025-04-09", "metadata"),
    }


def test_without_the_input_the_generic_only_article_joins_nothing(corpus):
    statements, articles = corpus
    plain = {k: dataclasses.replace(a, negotiations=()) for k, a in articles.items()}
    found = {n.articles: n.id for n in find_negotiations(statements, plain)}
    # The two strikes never join; the teachers' articles join on their named union
    # («Злагода», which a bare "профспілка" refers back to) even without the input's say.
    assert set(found) == {BUS, PEACE, TEACHERS}


def test_no_change_conflict_or_bloc_crosses_negotiations(report):
    for c in report.negotiations:
        members = set(c.negotiation.articles)
        for ch in c.changes:
            assert {ch.article, ch.previous} - {""} <= members
        for k in c.conflicts:
            assert set(k.articles) <= members
        for v in c.convergences:
            assert set(v.articles) <= members
        actors = {a.id for a in c.actors}
        assert all(set(b.actors) <= actors for b in c.blocs)


def test_role_nouns_are_the_parties_the_article_named(report, corpus):
    bus, teachers, _ = report.negotiations
    assert [(k.item, [s.actor for s in k.supporters], [s.actor for s in k.opponents]) for k in bus.conflicts] == [
        ("wage-rise", ["harbor-transit-workers-union"], ["harbor-city-bus-company"])]
    assert [(k.item, [s.actor for s in k.supporters], [s.actor for s in k.opponents])
            for k in teachers.conflicts] == [("wage-rise", ["zlahoda-union"], ["ukraine"])]
    assert "zlahoda-union" not in {a.id for a in bus.actors}
    # bus-strike-02 never names the company: its "Management proposed mediation" is no line.
    statements, _ = corpus
    assert [s.relation for s in statements if s.article == "bus-strike-02.en" and s.item.id == "mediation"] == ["accepts"]


def test_generic_parties_are_one_node_per_negotiation(corpus):
    """A generic party that reaches the comparison (the extractor shows none it cannot
    name) is each negotiation's own node, never one across negotiations."""
    statements, articles = corpus
    management = Actor("management", "management", type="group")
    pay = Item("wage-rise", "wage rise", "economic", "pay rise")
    extra = [Statement("bus-strike-01.en", management, "rejects", pay, ""),
             Statement("teachers-strike-01.uk", management, "rejects", pay, "")]
    report = compare_negotiations([*statements, *extra], articles, overrides=overrides_beside([CORPUS]))
    bus, teachers, _ = report.negotiations
    assert scoped_actor_id("management", bus.negotiation.id) in {a.id for a in bus.actors}
    assert scoped_actor_id("management", bus.negotiation.id) not in {a.id for a in teachers.actors}
    assert scoped_actor_id("management", teachers.negotiation.id) in {a.id for a in teachers.actors}


def test_a_real_shift_is_found_and_silence_drops_nothing(report):
    peace = report.negotiation(PEACE_ID)
    assert [(ch.kind, ch.actor, ch.item, ch.article, ch.previous, ch.from_relations, ch.to_relations)
            for ch in peace.changes] == [
        ("new", "russia", "ceasefire-30-day", "peace-02.uk", "peace-01.en", (), ("rejects",)),
        ("new", "ukraine", "security-guarantees", "peace-02.uk", "peace-01.en", (), ("demands",)),
        # "Россия отказалась от требования снятия санкций": dropped because the article says so.
        ("dropped", "russia", "sanctions-relief", "peace-03.ru", "peace-01.en", ("demands",), ()),
        ("shifted", "ukraine", "ceasefire-30-day", "peace-03.ru", "peace-01.en", ("rejects",), ("accepts",)),
    ]
    # Russia's withdrawal demand is absent from peace-02 and that is no change.
    track = next(t for t in peace.tracks if t.item == "ukraine-withdraws-from-four-regions")
    assert track.held and [s.article for s in track.steps] == ["peace-01.en", "peace-03.ru"]


def test_report_never_says_no_longer_from_silence(report):
    md = render(report, "md")
    assert "no longer" not in md
    assert "dropped: withdrawn demands (last stated in peace-01.en)" in md
    assert "last stated 2025-03-14" in md


def test_json_has_a_negotiations_list(report):
    data = json.loads(render(report, "json"))
    entry = data["negotiations"][2]
    assert (entry["id"], entry["label"]) == (PEACE_ID, "Russia – Ukraine: ceasefire")
    assert entry["articles"][1] == {"id": "peace-02.uk", "date": "2025-03-10", "date_source": "text",
                                    "title": "Київ наполягає на гарантіях безпеки"}
    assert [p["id"] for p in entry["parties"]] == ["russia", "ukraine"]
    assert {k for k in ("matrix", "changes", "conflicts", "convergences", "blocs") if k in entry} == {
        "matrix", "changes", "conflicts", "convergences", "blocs"}
    assert [a["negotiations"] for a in data["articles"] if a["id"] == "teachers-strike-02.uk"] == [[TEACHERS_ID]]


def test_html_has_a_section_per_negotiation_and_a_contents_list(report):
    page = render(report, "html")
    assert page.count('<section id="n-') == 3
    assert f'<a href="#n-{PEACE_ID}">' in page and 'id="contents"' in page
    assert f'id="n-{PEACE_ID}--article-peace-02-uk"' in page


def test_undated_articles_are_listed_but_give_no_change():
    arts = {"a": Article("a", "x", date="2025-01-01"), "u": Article("u", "x", order=1)}
    ru, ua = Actor("russia", "Russia", "Q159", "state"), Actor("ukraine", "Ukraine", "Q212", "state")
    truce = Item("truce", "Truce", "ceasefire")
    st = [Statement("a", ru, "rejects", truce, ""), Statement("a", ua, "demands", truce, ""),
          Statement("u", ru, "accepts", truce, ""), Statement("u", ua, "demands", truce, "")]
    report = compare_negotiations(st, arts)
    (c,) = report.negotiations
    assert [(a.id, a.date) for a in c.articles] == [("a", "2025-01-01"), ("u", "")]
    assert c.changes == ()


def test_spokespeople_and_leaders_act_for_their_state():
    assert party_of("putin") == "russia" and party_of("russia") == "russia"
    assert party_of("some-new-name") == "some-new-name"


def test_overrides_split_merge_and_name(tmp_path, corpus):
    statements, articles = corpus
    plain = {k: dataclasses.replace(a, negotiations=()) for k, a in articles.items()}
    (tmp_path / "negotiations.yaml").write_text(
        "- id: strikes\n  label: All strikes\n  merge: [" + BUS_ID + "]\n"
        "  articles: [teachers-strike-01.uk]\n"
        "- id: " + PEACE_ID + "\n  label: Russia–Ukraine war settlement\n"
        "- id: peace-early\n  articles: [peace-01.en]\n", encoding="utf-8")
    overrides = load_overrides(tmp_path / "negotiations.yaml")
    found = {n.id: (n.label, n.articles) for n in find_negotiations(statements, plain, overrides)}
    assert found["strikes"] == ("All strikes", (*BUS, "teachers-strike-01.uk"))
    assert found[PEACE_ID] == ("Russia–Ukraine war settlement", ("peace-02.uk", "peace-03.ru"))
    assert found["peace-early"] == ("peace early", ("peace-01.en",))


def test_bad_negotiations_yaml_names_the_file(tmp_path):
    bad = tmp_path / "negotiations.yaml"
    bad.write_text("- label: no id\n", encoding="utf-8")
    with pytest.raises(NegotiationError, match=r"negotiations.yaml: entry 1: expected a mapping with an \"id\""):
        load_overrides(bad)
    (tmp_path / "other").mkdir()
    assert overrides_beside([tmp_path / "other"]) == Overrides()


def test_cli_compare_negotiation_option_on_files():
    from typer.testing import CliRunner

    from graph.cli import app

    result = CliRunner().invoke(app, ["compare", str(CORPUS), "--negotiation", TEACHERS_ID, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [n["id"] for n in json.loads(result.stdout)["negotiations"]] == [TEACHERS_ID]


def test_build_stores_the_negotiations_and_compare_reads_them(tmp_path):
    from typer.testing import CliRunner

    from graph.build import build
    from graph.cli import app
    from graph.store import open_store

    build([CORPUS], tmp_path / "out", jobs=1)
    with open_store(tmp_path / "out" / "store", read_only=True) as store:
        stored = {n.id: n.articles for n in store.negotiations()}
        rows = store.query(
            "PREFIX neg: <https://w3id.org/negograph/ontology#> SELECT (COUNT(*) AS ?n) WHERE { "
            "GRAPH <https://w3id.org/negograph/graph/negotiations> { ?p a neg:ScopedParty } }").values()
    assert stored == {BUS_ID: BUS, TEACHERS_ID: TEACHERS, PEACE_ID: PEACE}
    assert rows == [("0",)]  # every party is named: the bus company, the union «Злагода»
    result = CliRunner().invoke(app, ["compare", "--store", str(tmp_path / "out" / "store"), "--format", "json"])
    assert [n["id"] for n in json.loads(result.stdout)["negotiations"]] == [BUS_ID, TEACHERS_ID, PEACE_ID]
    page = (tmp_path / "out" / "compare.html").read_text(encoding="utf-8")
    assert page.count('<section id="n-') == 3


def test_view_has_a_negotiation_filter(tmp_path):
    from graph.build import build

    build([CORPUS], tmp_path / "out", jobs=1)
    page = (tmp_path / "out" / "positions.html").read_text(encoding="utf-8")
    assert 'id="negotiation"' in page
    assert f'"negotiations":["{PEACE_ID}"]' in page and f'"negotiations":["{TEACHERS_ID}"]' in page
