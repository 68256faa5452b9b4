"""The graph view without a browser: the graph built from statements, the page's
self-containment and escaping, the layout above the physics threshold, and the
`view` command. tests/test_view_browser.py drives the page in chromium."""
from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import re
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.models import Article, Statement
from graph.view import (
    PHYSICS_MAX_EDGES,
    build_view_graph,
    filter_statements,
    layout_positions,
    render_view,
    script_json,
    uses_python_layout,
    view_html,
)

REPO = Path(__file__).resolve().parent.parent
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = '"><img src=x onerror=alert(1)>'

# Statements as `negograph extract --format jsonl` prints them (codebook section 5).
FIXTURE_JSONL = r"""
{"article": "ft-putin-goals", "actor": {"id": "putin", "label": "Vladimir Putin", "wikidata": "Q7747", "type": "person"}, "relation": "rejects", "item": {"id": "ukraine-nato-membership", "label": "Ukraine's NATO membership", "text": "вступу України до НАТО", "issue": "alliance-membership"}, "sentence": "Російський диктатор Володимир Путін має основну мету - запобігти вступу України до НАТО.", "attribution": "Financial Times, citing Kremlin sources", "conditional_on": [], "confidence": 0.8}
{"article": "ft-putin-goals", "actor": {"id": "putin", "label": "Vladimir Putin", "wikidata": "Q7747", "type": "person"}, "relation": "demands", "item": {"id": "new-international-order", "label": "a new international order", "text": "змінити міжнародний порядок", "issue": "international-order"}, "sentence": "Путін хоче змінити міжнародний порядок, щоб Росії не було жодних загроз.", "attribution": "one of the interlocutors", "conditional_on": [], "confidence": 0.7}
{"article": "ft-putin-goals", "actor": {"id": "russia", "label": "Russia", "wikidata": "Q159", "type": "state"}, "relation": "proposes", "item": {"id": "end-war", "label": "ending the war", "text": "припинити війну", "issue": "peace-settlement"}, "sentence": "Путін заявив, що Росія готова припинити війну, якщо Україна вийде з чотирьох регіонів.", "attribution": "", "conditional_on": ["ukraine-withdraws-four-regions"], "confidence": 0.7}
{"article": "ft-putin-goals", "actor": {"id": "russia", "label": "Russia", "wikidata": "Q159", "type": "state"}, "relation": "demands", "item": {"id": "ukraine-withdraws-four-regions", "label": "Ukraine withdraws from four regions", "text": "вийде з чотирьох регіонів", "issue": "territory"}, "sentence": "Путін заявив, що Росія готова припинити війну, якщо Україна вийде з чотирьох регіонів.", "attribution": "", "conditional_on": [], "confidence": 0.7}
{"article": "reuters-terms", "actor": {"id": "russia", "label": "Russia", "wikidata": "Q159", "type": "state"}, "relation": "demands", "item": {"id": "ukraine-withdraws-four-regions", "label": "Ukraine withdraws from four regions", "text": "withdraw from four regions", "issue": "territory"}, "sentence": "Moscow insists that Ukraine withdraw from the four regions.", "attribution": "Reuters", "conditional_on": [], "confidence": 0.8}
{"article": "ft-putin-goals", "actor": {"id": "ukraine", "label": "Ukraine", "wikidata": "Q212", "type": "state"}, "relation": "rejects", "item": {"id": "ukraine-withdraws-four-regions", "label": "Ukraine withdraws from four regions", "text": "ці вимоги", "issue": "territory"}, "sentence": "Україна відхиляла ці вимоги, називаючи їх капітуляцією.", "attribution": "", "conditional_on": [], "confidence": 0.8}
{"article": "ft-putin-goals", "actor": {"id": "keith kellogg", "label": "Keith Kellogg", "type": "person"}, "relation": "proposes", "item": {"id": "quick-ceasefire", "label": "a quick ceasefire", "text": "швидке припинення вогню", "issue": "ceasefire"}, "sentence": "Кіт Келлог запропонував мирний план, що передбачає швидке припинення вогню.", "attribution": "", "conditional_on": [], "confidence": 0.8}
{"article": "reuters-terms", "actor": {"id": "ukraine", "label": "Ukraine", "wikidata": "Q212", "type": "state"}, "relation": "accepts", "item": {"id": "quick-ceasefire", "label": "a quick ceasefire", "text": "a ceasefire", "issue": "ceasefire"}, "sentence": "Kyiv said it would agree to a quick ceasefire.", "attribution": "Reuters", "conditional_on": [], "confidence": 0.6}
{"article": "reuters-terms", "actor": {"id": "ukraine", "label": "Ukraine", "wikidata": "Q212", "type": "state"}, "relation": "demands", "item": {"id": "quick-ceasefire", "label": "a quick ceasefire", "text": "a ceasefire first", "issue": "ceasefire"}, "sentence": "Kyiv wants a ceasefire first.", "attribution": "Reuters", "conditional_on": [], "confidence": 0.6}
""".strip()

FIXTURE_ARTICLES = {
    "ft-putin-goals": Article("ft-putin-goals", "", title="FT дізналося, що хоче домогтися Путін на переговорах",
                              lang="uk", date="2024-12-27", source="Financial Times",
                              url="https://example.org/ft"),
    "reuters-terms": Article("reuters-terms", "", title="Russia restates its terms", lang="en",
                             date="2025-01-10", source="Reuters"),
}


def fixture_statements() -> list[Statement]:
    return [Statement.from_json(json.loads(line)) for line in FIXTURE_JSONL.splitlines()]


def hostile_fixture() -> tuple[list[Statement], dict[str, Article]]:
    """The fixture plus an article whose title, source, quote and attribution are hostile."""
    quote = f"Kyiv said: «{HOSTILE_SCRIPT}» and {HOSTILE_IMG} was unacceptable."
    hostile = Statement.from_json({
        "article": "hostile", "actor": {"id": "ukraine", "label": "Ukraine", "wikidata": "Q212", "type": "state"},
        "relation": "rejects",
        "item": {"id": "hostile-item", "label": f"item {HOSTILE_SCRIPT}", "text": HOSTILE_IMG, "issue": "other"},
        "sentence": quote, "attribution": f"source {HOSTILE_IMG}", "confidence": 0.5,
    })
    articles = dict(FIXTURE_ARTICLES)
    articles["hostile"] = Article("hostile", "", title=f"Title {HOSTILE_SCRIPT}", date="2025-02-01",
                                  source=f"Outlet {HOSTILE_IMG}", url="javascript:alert(1)")
    return fixture_statements() + [hostile], articles


def load_bench():
    """bench/bench_view.py as a module (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_view", REPO / "bench" / "bench_view.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_json(page: str, element_id: str):
    match = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.DOTALL)
    assert match, element_id
    return json.loads(match.group(1))


# --- the graph ----------------------------------------------------------------------------


def test_graph_has_one_node_per_actor_and_item():
    g = build_view_graph(fixture_statements(), FIXTURE_ARTICLES)
    actors = {n for n, d in g.nodes(data=True) if d["kind"] == "actor"}
    items = {n for n, d in g.nodes(data=True) if d["kind"] == "item"}
    assert actors == {"a:putin", "a:russia", "a:ukraine", "a:keith kellogg"}
    assert items == {"i:ukraine-nato-membership", "i:new-international-order", "i:end-war",
                     "i:ukraine-withdraws-four-regions", "i:quick-ceasefire"}


def test_statements_of_one_position_share_one_edge_with_all_their_evidence():
    g = build_view_graph(fixture_statements(), FIXTURE_ARTICLES)
    edge = g.edges["a:russia", "i:ukraine-withdraws-four-regions", "demands"]
    assert edge["articles"] == ["ft-putin-goals", "reuters-terms"]
    assert [s.sentence for s in edge["statements"]] == [
        "Путін заявив, що Росія готова припинити війну, якщо Україна вийде з чотирьох регіонів.",
        "Moscow insists that Ukraine withdraw from the four regions.",
    ]
    assert g.number_of_edges() == 8


def test_two_relations_to_one_item_are_two_edges():
    g = build_view_graph(fixture_statements(), FIXTURE_ARTICLES)
    assert sorted(g["a:ukraine"]["i:quick-ceasefire"]) == ["accepts", "demands"]


def test_node_positions_count_distinct_edges():
    g = build_view_graph(fixture_statements(), FIXTURE_ARTICLES)
    assert g.nodes["a:russia"]["positions"] == 2
    assert g.nodes["i:ukraine-withdraws-four-regions"]["positions"] == 2
    assert g.nodes["a:ukraine"]["positions"] == 3


def test_unknown_relation_is_rejected_with_the_article_named():
    bad = Statement.from_json({**json.loads(FIXTURE_JSONL.splitlines()[0]), "relation": "wants"})
    with pytest.raises(ValueError, match=r"'ft-putin-goals' has relation 'wants'; expected one of demands"):
        build_view_graph([bad])


def test_no_statements_give_an_empty_graph_and_a_page(tmp_path):
    out = render_view([], {}, tmp_path / "empty.html")
    assert page_json(out.read_text(encoding="utf-8"), "vis-nodes") == []


# --- filters ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["russia", "RUSSIA", "Russia", "q159"])
def test_actor_filter_matches_id_label_or_wikidata_in_any_case(name):
    picked = filter_statements(fixture_statements(), actors=[name])
    assert {s.actor.id for s in picked} == {"russia"}
    assert len(picked) == 3


def test_filters_combine_and_repeat():
    statements = fixture_statements()
    picked = filter_statements(statements, actors=["Ukraine", "keith kellogg"], issues=["ceasefire"],
                               relations=["proposes", "accepts"], articles=["ft-putin-goals", "reuters-terms"])
    assert [(s.actor.id, s.relation) for s in picked] == [("keith kellogg", "proposes"), ("ukraine", "accepts")]
    assert filter_statements(statements) == statements
    assert filter_statements(statements, articles=["reuters-terms"]) == [s for s in statements
                                                                          if s.article == "reuters-terms"]


# --- the page: offline, escaped ---------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_page() -> str:
    statements, articles = hostile_fixture()
    return view_html(build_view_graph(statements, articles), articles, title=f"View {HOSTILE_SCRIPT}")


def test_page_references_no_other_host(hostile_page):
    # No external script, stylesheet, font, image or import: everything is in-line.
    assert not re.search(r"<(script|img|iframe|link)\b[^>]*\b(src|href)\s*=", hostile_page, re.IGNORECASE)
    assert "@import" not in hostile_page
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", hostile_page)
    assert "cdn.jsdelivr" not in hostile_page and "cdnjs" not in hostile_page
    assert "bootstrap" not in hostile_page.lower()


def test_page_policy_forbids_every_fetch_and_lists_each_inline_script(hostile_page):
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', hostile_page).group(1)
    assert policy.startswith("default-src 'none'; script-src 'sha256-")
    assert "connect-src 'none'" in policy and "img-src data: blob:" in policy
    scripts = re.findall(r"<script>(.*?)</script>", hostile_page, re.DOTALL)
    assert len(scripts) == 2  # vis-network and ours
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_article_text_never_appears_as_markup(hostile_page):
    assert HOSTILE_SCRIPT not in hostile_page
    assert "<img src=x" not in hostile_page
    assert "onerror=alert(1)>" not in hostile_page
    assert "<title>View &lt;script&gt;alert(1)&lt;/script&gt;</title>" in hostile_page


def test_article_text_round_trips_through_the_page_data(hostile_page):
    data = page_json(hostile_page, "negograph-data")
    assert f"Kyiv said: «{HOSTILE_SCRIPT}» and {HOSTILE_IMG} was unacceptable." in data["strings"]
    assert f"source {HOSTILE_IMG}" in data["strings"]
    hostile = next(a for a in data["articles"] if a["id"] == "hostile")
    assert hostile["title"] == f"Title {HOSTILE_SCRIPT}"
    assert hostile["source"] == f"Outlet {HOSTILE_IMG}"
    nodes = page_json(hostile_page, "vis-nodes")
    assert f"item {HOSTILE_SCRIPT}" in {n["label"] for n in nodes}


def test_only_web_links_are_kept(hostile_page):
    urls = {a["id"]: a["url"] for a in page_json(hostile_page, "negograph-data")["articles"]}
    assert urls == {"ft-putin-goals": "https://example.org/ft", "reuters-terms": "", "hostile": ""}


def test_script_json_escapes_markup_characters():
    text = script_json({"s": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"s": "</script><!-- & \u2028"}


def test_evidence_rows_carry_article_sentence_attribution_and_conditions(hostile_page):
    data = page_json(hostile_page, "negograph-data")
    edges = page_json(hostile_page, "vis-edges")
    n = next(k for k, e in enumerate(edges) if e["from"] == "a:russia" and e["relation"] == "proposes")
    [row] = data["evidence"][n]
    assert data["articles"][row[0]]["title"].startswith("FT дізналося")
    assert data["strings"][row[1]].startswith("Путін заявив")
    assert row[4] == 0.7
    assert row[5] == ["Ukraine withdraws from four regions"]


def test_edge_style_follows_relation_and_width_follows_articles(hostile_page):
    edges = {(e["from"], e["to"], e["relation"]): e for e in page_json(hostile_page, "vis-edges")}
    two = edges["a:russia", "i:ukraine-withdraws-four-regions", "demands"]
    one = edges["a:ukraine", "i:ukraine-withdraws-four-regions", "rejects"]
    assert two["width"] > one["width"]
    assert two["dashes"] is False and one["dashes"] == [2, 5]
    assert two["color"] != one["color"]


# --- scale --------------------------------------------------------------------------------


def test_small_graph_lays_out_in_the_browser():
    page = view_html(build_view_graph(fixture_statements()), FIXTURE_ARTICLES)
    assert page_json(page, "vis-options")["physics"]["enabled"] is True
    assert all("x" not in n for n in page_json(page, "vis-nodes"))


def test_large_graph_is_laid_out_in_python_with_physics_off():
    statements, articles = load_bench().synthetic_statements(5000)
    graph = build_view_graph(statements, articles)
    assert graph.number_of_edges() > PHYSICS_MAX_EDGES and uses_python_layout(graph)
    page = view_html(graph, articles)
    assert page_json(page, "vis-options")["physics"]["enabled"] is False
    nodes = page_json(page, "vis-nodes")
    assert len(nodes) == graph.number_of_nodes()
    assert all("x" in n and "y" in n for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)


def test_medium_graph_uses_networkx_spring_layout():
    statements, articles = load_bench().synthetic_statements(2000)
    graph = build_view_graph(statements, articles)
    assert uses_python_layout(graph) and graph.number_of_nodes() < 500
    pos = layout_positions(graph)
    assert set(pos) == set(graph) and len(set(pos.values())) == len(pos)


# --- the command --------------------------------------------------------------------------


class FakeStore:
    """The interface of graph.store.Store that `view` uses."""

    def __init__(self, statements, articles):
        self._statements, self._articles = statements, articles
        self.calls = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def statements(self, *, actors=(), issues=(), relations=(), articles=()):
        self.calls.append({"actors": actors, "issues": issues, "relations": relations, "articles": articles})
        return filter_statements(self._statements, actors, issues, relations, articles)

    def articles(self):
        return dict(self._articles)


@pytest.fixture
def fake_store(monkeypatch, tmp_path):
    store = FakeStore(fixture_statements(), FIXTURE_ARTICLES)
    module = types.ModuleType("graph.store")
    module.StoreError = type("StoreError", (Exception,), {})
    module.open_store = lambda location, *, read_only=False, timeout=None: store
    monkeypatch.setitem(sys.modules, "graph.store", module)
    (tmp_path / "store").mkdir()
    return store, tmp_path / "store"


def run_view(*args):
    from graph.cli import app

    return CliRunner().invoke(app, ["view", *map(str, args)], catch_exceptions=False)


def test_view_command_writes_the_filtered_page(fake_store, tmp_path):
    store, location = fake_store
    out = tmp_path / "pages" / "ukraine.html"
    result = run_view("--store", location, "--actor", "q212", "--relation", "demands", "--relation", "rejects",
                      "-o", out)
    assert result.exit_code == 0, result.output
    assert store.calls == [{"actors": ("q212",), "issues": (), "relations": ("demands", "rejects"), "articles": ()}]
    page = out.read_text(encoding="utf-8")
    edges = page_json(page, "vis-edges")
    assert {(e["from"], e["relation"], e["to"]) for e in edges} == {
        ("a:ukraine", "rejects", "i:ukraine-withdraws-four-regions"),
        ("a:ukraine", "demands", "i:quick-ceasefire"),
    }
    # Only the articles drawn are carried in the page.
    assert {a["id"] for a in page_json(page, "negograph-data")["articles"]} == {"ft-putin-goals", "reuters-terms"}


def test_view_command_filters_by_issue_and_article(fake_store, tmp_path):
    _, location = fake_store
    out = tmp_path / "v.html"
    result = run_view("--store", location, "--issue", "territory", "--article", "reuters-terms", "-o", out)
    assert result.exit_code == 0, result.output
    assert [(e["from"], e["relation"]) for e in page_json(out.read_text(encoding="utf-8"), "vis-edges")] == [
        ("a:russia", "demands")]


@pytest.mark.parametrize("args, message", [
    (["--relation", "wants"], "negograph: unknown relation 'wants'; use one of demands, proposes, rejects, accepts"),
    (["--issue", "peace"], "negograph: unknown issue 'peace'; use one of ceasefire,"),
    (["--actor", "nobody"], "negograph: no statement matches the filters; nothing to draw"),
])
def test_view_command_bad_filter_is_one_line(fake_store, tmp_path, args, message):
    _, location = fake_store
    result = run_view("--store", location, *args, "-o", tmp_path / "v.html")
    assert result.exit_code != 0
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(message)
    assert not (tmp_path / "v.html").exists()


def test_view_command_without_a_store_says_how_to_build_one(tmp_path):
    result = run_view("--store", tmp_path / "missing", "-o", tmp_path / "v.html")
    assert result.exit_code == 1
    assert result.stderr == f"negograph: no store at {tmp_path / 'missing'}; build one first (negograph build PATH --out DIR)\n"


def test_view_command_wants_an_html_file(fake_store, tmp_path):
    _, location = fake_store
    result = run_view("--store", location, "-o", tmp_path / "v.png")
    assert result.exit_code == 2
    assert "must be written to a .html file" in result.stderr


def test_view_command_reads_a_real_store(tmp_path):
    from graph.store import open_store

    location = tmp_path / "store"
    with open_store(location) as store:
        for article_id, article in FIXTURE_ARTICLES.items():
            store.replace_article(article, [s for s in fixture_statements() if s.article == article_id])
    out = tmp_path / "view.html"
    result = run_view("--store", location, "--actor", "Russia", "-o", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert sorted((e["relation"], e["to"], e["width"]) for e in page_json(page, "vis-edges")) == [
        ("demands", "i:ukraine-withdraws-four-regions", 3.0), ("proposes", "i:end-war", 1.5)]
    titles = {a["title"] for a in page_json(page, "negograph-data")["articles"]}
    assert titles == {"FT дізналося, що хоче домогтися Путін на переговорах", "Russia restates its terms"}


def test_links_go_in_the_top_bar_and_must_be_relative_or_web(tmp_path):
    out = render_view(fixture_statements(), FIXTURE_ARTICLES, tmp_path / "positions.html",
                      links={"Comparison": "compare.html", "Q&A": "https://example.org/?a=1&b=2"})
    page = out.read_text(encoding="utf-8")
    assert '<a class="nav" href="compare.html">Comparison</a>' in page
    assert '<a class="nav" href="https://example.org/?a=1&amp;b=2">Q&amp;A</a>' in page
    with pytest.raises(ValueError, match=r"link 'x': 'javascript:alert\(1\)' is neither a relative path"):
        render_view(fixture_statements(), FIXTURE_ARTICLES, tmp_path / "bad.html", links={"x": "javascript:alert(1)"})
