"""Interactive graph view: position statements -> one offline HTML page.

`build_view_graph` turns statements into a networkx MultiDiGraph: actors and
items are nodes, each (actor, relation, item) is one edge carrying every
statement that supports it. `render_view` draws that graph with pyvis into a
single self-contained page: vis-network is in-lined from the pyvis package,
our stylesheet and script from `graph/assets`, and the data is embedded as
JSON with `<`, `>` and `&` escaped. The page loads nothing from any host, and
a Content-Security-Policy with script hashes keeps it that way: even text
that slipped through unescaped could neither run nor fetch anything.

All article-derived text (sentences, titles, labels, attributions) reaches
the page only as JSON data, and the page's script puts it into the DOM with
`textContent`, never as HTML.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from .models import RELATIONS, Article, Statement

ASSETS = Path(__file__).resolve().parent / "assets"
VIS_VERSION = "9.1.2"  # the vis-network build pyvis ships in templates/lib

# Relations: colour and dash pattern (vis-network `dashes`: false or [dash, gap, ...]).
RELATION_STYLES: dict[str, dict[str, Any]] = {
    "demands": {"color": "#c62828", "dashes": False},
    "proposes": {"color": "#1565c0", "dashes": [8, 6]},
    "rejects": {"color": "#263238", "dashes": [2, 5]},
    "accepts": {"color": "#2e7d32", "dashes": [12, 4, 3, 4]},
}

# One colour per issue key of the codebook (section 3), in the codebook's order:
# strong hues for the issues that carry most positions, paler ones after them.
ISSUE_COLOURS: dict[str, str] = {
    "ceasefire": "#1f77b4",
    "peace-settlement": "#2ca02c",
    "negotiations": "#17becf",
    "territory": "#8c564b",
    "alliance-membership": "#9467bd",
    "security-guarantees": "#e377c2",
    "military-aid": "#d62728",
    "sanctions": "#ff7f0e",
    "alliance-posture": "#bcbd22",
    "international-order": "#637939",
    "armed-forces-limits": "#6baed6",
    "humanitarian": "#74c476",
    "political-status": "#a59bd0",
    "economic": "#fdae6b",
    "accountability": "#f19cbb",
    "nuclear": "#e7ba52",
    "hostages": "#c49c94",
    "other": "#9e9e9e",
}

# vis-network shapes for actor types; items are always dots coloured by issue.
ACTOR_SHAPES: dict[str, str] = {
    "person": "diamond",
    "state": "square",
    "organisation": "hexagon",
    "group": "triangle",
}
OTHER_ACTOR_SHAPE = "star"
ACTOR_COLOUR = "#37474f"

# Above either bound the browser would spend too long in its physics simulation:
# the layout is computed here and physics starts switched off.
PHYSICS_MAX_NODES = 250
PHYSICS_MAX_EDGES = 600
# networkx's spring layout needs scipy beyond this many nodes (and is quadratic):
# larger graphs get the issue-sector layout only.
SPRING_MAX_NODES = 499

# A relative path (no scheme) or a web URL: never javascript:, data: or file:.
_LINKABLE = re.compile(r"(?i)^(https?://|(?![a-z][a-z0-9+.-]*:)[^\s]+$)")
_SCRIPT = re.compile(r"<script(\s[^>]*)?>(.*?)</script>", re.DOTALL)
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def actor_node_id(actor_id: str) -> str:
    return f"a:{actor_id}"


def item_node_id(item_id: str) -> str:
    return f"i:{item_id}"


def script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&` survives literally."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def filter_statements(
    statements: Iterable[Statement],
    actors: Sequence[str] = (),
    issues: Sequence[str] = (),
    relations: Sequence[str] = (),
    articles: Sequence[str] = (),
) -> list[Statement]:
    """The statements that pass every given filter; an empty filter passes everything.

    An actor matches on its id, label or Wikidata id, case-insensitively; issue,
    relation and article match their key exactly.
    """
    wanted_actors = {a.casefold() for a in actors}
    wanted_issues, wanted_relations, wanted_articles = set(issues), set(relations), set(articles)
    out = []
    for s in statements:
        if wanted_actors and not wanted_actors & {
            s.actor.id.casefold(), s.actor.label.casefold(), s.actor.wikidata.casefold()
        }:
            continue
        if wanted_issues and s.item.issue not in wanted_issues:
            continue
        if wanted_relations and s.relation not in wanted_relations:
            continue
        if wanted_articles and s.article not in wanted_articles:
            continue
        out.append(s)
    return out


def build_view_graph(
    statements: Iterable[Statement], articles: Mapping[str, Article] | None = None
) -> nx.MultiDiGraph:
    """Actors and items as nodes, one edge per (actor, relation, item), keyed by relation.

    Each edge holds `statements` (every statement that supports it, in input
    order) and `articles` (the distinct article ids among them); each node holds
    `positions`, the number of its distinct edges. `articles` is accepted for
    symmetry with `render_view`; the graph itself needs only the statements.
    """
    g = nx.MultiDiGraph()
    for s in statements:
        if s.relation not in RELATIONS:
            raise ValueError(
                f"statement in article {s.article!r} has relation {s.relation!r}; "
                f"expected one of {', '.join(RELATIONS)}"
            )
        a, i = actor_node_id(s.actor.id), item_node_id(s.item.id)
        if a not in g:
            g.add_node(a, kind="actor", label=s.actor.label or s.actor.id, actor_type=s.actor.type,
                       wikidata=s.actor.wikidata, key=s.actor.id)
        if i not in g:
            g.add_node(i, kind="item", label=s.item.label or s.item.id, issue=s.item.issue or "other",
                       key=s.item.id)
        if not g.has_edge(a, i, key=s.relation):
            # `articles` is an ordered set while the graph is built: an edge held by
            # thousands of articles must not be scanned for each of them.
            g.add_edge(a, i, key=s.relation, relation=s.relation, statements=[], articles={})
        data = g.edges[a, i, s.relation]
        data["statements"].append(s)
        data["articles"][s.article] = None
    for _, _, data in g.edges(data=True):
        data["articles"] = list(data["articles"])
    for node in g:
        g.nodes[node]["positions"] = g.out_degree(node) + g.in_degree(node)
    return g


def render_view(
    statements: Sequence[Statement],
    articles: Mapping[str, Article],
    out: Path,
    *,
    title: str = "",
    links: Mapping[str, str] | None = None,
) -> Path:
    """Write the interactive page for `statements` to `out` and return its path.

    `links` puts links in the page's top bar, label -> address: a relative
    path (a sibling page such as "compare.html") or an http(s) URL.
    """
    graph = build_view_graph(statements, articles)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(view_html(graph, articles, title=title, links=links), encoding="utf-8")
    return out


def uses_python_layout(graph: nx.MultiDiGraph) -> bool:
    """True when the graph is too large for the browser's physics simulation."""
    return graph.number_of_nodes() > PHYSICS_MAX_NODES or graph.number_of_edges() > PHYSICS_MAX_EDGES


def view_html(graph: nx.MultiDiGraph, articles: Mapping[str, Article], *, title: str = "",
              links: Mapping[str, str] | None = None) -> str:
    """The page for a graph from `build_view_graph`, as one HTML string."""
    from pyvis.network import Network

    for label, address in (links or {}).items():
        if not _LINKABLE.match(address):
            raise ValueError(f"link {label!r}: {address!r} is neither a relative path nor an http(s) URL")

    python_layout = uses_python_layout(graph)
    positions = layout_positions(graph) if python_layout else {}
    title = title or "negograph: positions"
    net = Network(height="100%", width="100%", directed=True, heading=title, cdn_resources="in_line")
    # Network.add_node/add_edge scan lists on every call (quadratic at 50,000
    # statements); the records they would build are filled in directly.
    net.nodes = [_vis_node(node, data, positions.get(node)) for node, data in graph.nodes(data=True)]
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    details, net.edges = _edges_and_details(graph, articles, python_layout)
    net.options = _vis_options(python_layout, graph.number_of_edges())
    net.options["groups"] = _vis_groups(graph)
    net.templateEnv = _template_env(details, title, python_layout)
    net.templateEnv.globals["links"] = list((links or {}).items())
    net.path = "view.html"
    page = net.generate_html()
    return _with_csp(page)


class _Tables:
    """Articles and strings stored once; evidence refers to them by index to keep the page small."""

    def __init__(self, known: Mapping[str, Article]):
        self.known = known
        self.articles: list[dict[str, str]] = []
        self._article_index: dict[str, int] = {}
        self.strings: list[str] = [""]
        self._string_index: dict[str, int] = {"": 0}

    def article(self, article_id: str) -> int:
        if article_id not in self._article_index:
            a = self.known.get(article_id)
            # Only web links become links in the page; a javascript: or file: URL is dropped.
            url = a.url if a and re.match(r"https?://", a.url, re.IGNORECASE) else ""
            self._article_index[article_id] = len(self.articles)
            self.articles.append({
                "id": article_id,
                "title": (a.title if a else "") or article_id,
                "date": a.date if a else "",
                "source": a.source if a else "",
                "url": url,
                "negotiations": list(a.negotiations) if a else [],
            })
        return self._article_index[article_id]

    def string(self, text: str) -> int:
        if text not in self._string_index:
            self._string_index[text] = len(self.strings)
            self.strings.append(text)
        return self._string_index[text]


def _actor_group(actor_type: str) -> str:
    return f"actor:{actor_type if actor_type in ACTOR_SHAPES else 'other'}"


def _item_group(issue: str) -> str:
    return f"item:{issue if issue in ISSUE_COLOURS else 'other'}"


def _vis_groups(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Node styles shared by every actor of a type and every item of an issue."""
    groups: dict[str, dict[str, Any]] = {}
    for _, d in graph.nodes(data=True):
        if d["kind"] == "actor":
            name = _actor_group(d["actor_type"])
            if name not in groups:
                groups[name] = {
                    "shape": ACTOR_SHAPES.get(d["actor_type"], OTHER_ACTOR_SHAPE),
                    "color": _node_colour(ACTOR_COLOUR, "#ffffff", hover="#455a64"),
                    "borderWidth": 2,
                    "font": {"size": 16, "color": "#1b262c", "strokeWidth": 4, "strokeColor": "#ffffff"},
                }
        else:
            name = _item_group(d["issue"])
            if name not in groups:
                colour = ISSUE_COLOURS.get(d["issue"], ISSUE_COLOURS["other"])
                groups[name] = {
                    "shape": "dot",
                    "color": _node_colour(colour, _darker(colour)),
                    "borderWidth": 1.5,
                    "font": {"size": 13, "color": "#37474f", "strokeWidth": 3, "strokeColor": "#ffffff"},
                    "widthConstraint": {"maximum": 170},
                }
    return groups


def _node_colour(fill: str, border: str, hover: str | None = None) -> dict[str, Any]:
    return {"background": fill, "border": border,
            "highlight": {"background": fill, "border": "#ffb300"},
            "hover": {"background": hover or fill, "border": "#ffb300"}}


def _vis_node(node: str, data: dict[str, Any], xy: tuple[float, float] | None) -> dict[str, Any]:
    positions = data["positions"]
    if data["kind"] == "actor":
        out = {"id": node, "label": data["label"], "kind": "actor", "group": _actor_group(data["actor_type"]),
               "size": _actor_size(positions)}
    else:
        out = {"id": node, "label": data["label"], "kind": "item", "issue": data["issue"],
               "group": _item_group(data["issue"]), "size": round(min(9 + 3 * math.sqrt(positions), 36), 1)}
    if xy is not None:
        out["x"], out["y"] = round(xy[0], 1), round(xy[1], 1)
    return out


def _actor_size(positions: int) -> float:
    return round(min(16 + 4 * math.sqrt(positions), 48), 1)


def _edges_and_details(
    graph: nx.MultiDiGraph, articles: Mapping[str, Article], python_layout: bool
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """vis edge records (id e<n>) plus the page's detail data, whose evidence[n] is edge n's.

    An evidence entry is [article, sentence, attribution, item words, confidence,
    conditional-on labels]; article indexes `articles`, the three texts index `strings`.
    """
    tables = _Tables(articles)
    item_labels = {d["key"]: d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "item"}
    vis_edges: list[dict[str, Any]] = []
    evidence: list[list[list[Any]]] = []
    for n, (a, i, relation, data) in enumerate(graph.edges(keys=True, data=True)):
        style = RELATION_STYLES[relation]
        parallel = graph.number_of_edges(a, i)
        edge = {
            "id": f"e{n}", "from": a, "to": i, "relation": relation, "issue": graph.nodes[i]["issue"],
            "color": style["color"], "dashes": style["dashes"],
            "width": round(min(1.5 + 1.5 * (len(data["articles"]) - 1), 12), 1),
        }
        if parallel > 1:
            # One actor with two relations to one item: the edges would be drawn
            # on top of each other, so each bends by its rank.
            rank = sorted(graph[a][i]).index(relation)
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 + 0.2 * rank}
        vis_edges.append(edge)
        rows = []
        for s in data["statements"]:
            row = [tables.article(s.article), tables.string(s.sentence), tables.string(s.attribution),
                   tables.string(s.item.text), round(s.confidence, 2)]
            if s.conditional_on:
                row.append([item_labels.get(c, c) for c in s.conditional_on])
            rows.append(row)
        evidence.append(rows)
    nodes = {}
    for node, d in graph.nodes(data=True):
        nodes[node] = {"key": d["key"], "positions": d["positions"]}
        if d["kind"] == "actor":
            nodes[node].update(type=d["actor_type"], wikidata=d["wikidata"])
    issues_present = Counter(d["issue"] for _, d in graph.nodes(data=True) if d["kind"] == "item")
    types_present = Counter(d["actor_type"] for _, d in graph.nodes(data=True) if d["kind"] == "actor")
    details = {
        "layout": "python" if python_layout else "physics",
        "relations": [{"key": r, **RELATION_STYLES[r]} for r in RELATIONS],
        "issues": [{"key": k, "color": ISSUE_COLOURS.get(k, ISSUE_COLOURS["other"]), "items": c}
                   for k, c in sorted(issues_present.items(), key=lambda kv: _issue_rank(kv[0]))],
        "actorTypes": [{"key": t, "shape": ACTOR_SHAPES.get(t, OTHER_ACTOR_SHAPE), "actors": c}
                       for t, c in sorted(types_present.items())],
        "actorColor": ACTOR_COLOUR,
        "articles": tables.articles,
        "strings": tables.strings,
        "nodes": nodes,
        "evidence": evidence,
    }
    return details, vis_edges


def _issue_rank(issue: str) -> tuple[int, str]:
    keys = list(ISSUE_COLOURS)
    return (keys.index(issue) if issue in keys else len(keys), issue)


def _vis_options(python_layout: bool, edge_count: int) -> dict[str, Any]:
    return {
        "autoResize": True,
        "layout": {"improvedLayout": not python_layout, "randomSeed": 7},
        "physics": {
            "enabled": not python_layout,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -80, "centralGravity": 0.01,
                                 "springLength": 130, "springConstant": 0.06, "avoidOverlap": 0.5},
            "stabilization": {"enabled": True, "iterations": 400, "fit": True},
            "minVelocity": 0.75,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "keyboard": {"enabled": True, "bindToWindow": False},
                        "hideEdgesOnDrag": python_layout, "hideEdgesOnZoom": edge_count > 3000,
                        "navigationButtons": False, "multiselect": False},
        "edges": {"selectionWidth": 2, "hoverWidth": 1.5, "arrowStrikethrough": False,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "color": {"opacity": 0.85, "inherit": False},
                  # Straight edges draw much faster when there are thousands of them.
                  "smooth": {"enabled": not python_layout, "type": "continuous"}},
        "nodes": {"font": {"face": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"}},
    }


def _template_env(details: dict[str, Any], title: str, python_layout: bool):
    """A Jinja environment that finds our template and pyvis's bundled vis-network files."""
    import pyvis
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader

    pyvis_templates = Path(pyvis.__file__).resolve().parent / "templates"
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(ASSETS)), FileSystemLoader(str(pyvis_templates))]),
        autoescape=True,
    )
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    env.globals.update(
        vis_version=VIS_VERSION,
        page_title=title,
        view_data=_markup(script_json(details)),
        python_layout=python_layout,
    )
    return env


def _markup(text: str):
    from markupsafe import Markup

    return Markup(text)


def _with_csp(page: str) -> str:
    """Fill in the page's Content-Security-Policy: only its own in-line scripts, by hash.

    Nothing may be fetched (default-src 'none'); scripts run only if their hash
    is listed, so an injected <script> or onerror= attribute would not run.
    """
    hashes = []
    for attrs, body in _SCRIPT.findall(page):
        if "application/json" in (attrs or ""):
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        hashes.append(f"'sha256-{digest}'")
    policy = (
        "default-src 'none'; "
        f"script-src {' '.join(hashes)}; "
        "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
        "connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return page.replace("__NEGOGRAPH_CSP__", html.escape(policy, quote=False), 1)


def layout_positions(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Node positions in screen units, for graphs too large for in-browser physics.

    Items are laid out by issue in sectors of a ring (an issue's items side by
    side), actors inside it, each near the items it takes positions on. Up to
    SPRING_MAX_NODES nodes, networkx's spring layout then refines that start.
    """
    pos = _sector_layout(graph)
    n = graph.number_of_nodes()
    if n <= SPRING_MAX_NODES:
        simple = nx.Graph(graph.to_undirected(as_view=True))
        scale = 45 * math.sqrt(n)
        start = {k: (x / scale, y / scale) for k, (x, y) in pos.items()} if scale else pos
        spring = nx.spring_layout(simple, pos=start, iterations=60, seed=7, k=1.6 / math.sqrt(max(n, 1)))
        pos = {k: (float(x) * scale, float(y) * scale) for k, (x, y) in spring.items()}
    return pos


def _sector_layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    spacing = 46.0
    items_by_issue: dict[str, list[str]] = defaultdict(list)
    actors = []
    for node, d in graph.nodes(data=True):
        if d["kind"] == "item":
            items_by_issue[d["issue"]].append(node)
        else:
            actors.append(node)
    n_items = sum(len(v) for v in items_by_issue.values())
    # Actors sit on a grid whose cells fit a typical actor; the items' ring must
    # hold the actors' disc (about n cells) inside it.
    sizes = sorted(_actor_size(graph.nodes[a]["positions"]) for a in actors) or [16.0]
    cell = max(spacing * 1.3, 2.4 * sizes[len(sizes) // 2])
    inner = max(300.0, 0.75 * cell * math.sqrt(len(actors)))
    pos: dict[str, tuple[float, float]] = {}
    start = 0.0
    total = max(n_items, 1)
    for issue in sorted(items_by_issue, key=_issue_rank):
        members = sorted(items_by_issue[issue], key=lambda v: (-graph.degree(v), v))
        span = 2 * math.pi * len(members) / total
        # Fill the sector row by row outward, each row as dense as its radius allows.
        k = 0
        ring = 0
        while k < len(members):
            radius = inner + ring * spacing
            capacity = max(1, int(span * radius / spacing))
            row = members[k:k + capacity]
            for j, node in enumerate(row):
                angle = start + span * (j + 0.5) / len(row)
                pos[node] = (radius * math.cos(angle), radius * math.sin(angle))
            k += len(row)
            ring += 1
        start += span
    # Actors: at the mean of their items' positions, pulled toward the centre,
    # busiest first so that they get the spot they want; others take the
    # nearest free cell of a grid.
    taken: set[tuple[int, int]] = set()
    for actor in sorted(actors, key=lambda v: (-graph.degree(v), v)):
        targets = [pos[i] for i in graph.successors(actor) if i in pos]
        if targets:
            x = 0.55 * sum(p[0] for p in targets) / len(targets)
            y = 0.55 * sum(p[1] for p in targets) / len(targets)
        else:
            x = y = 0.0
        # Keep actors inside the items' ring, whatever their items' spread.
        reach = math.hypot(x, y)
        if reach > inner * 0.8:
            x, y = x * inner * 0.8 / reach, y * inner * 0.8 / reach
        cx, cy = round(x / cell), round(y / cell)
        gx, gy = _nearest_free(cx, cy, taken)
        taken.add((gx, gy))
        pos[actor] = (gx * cell, gy * cell)
    return pos


def _nearest_free(cx: int, cy: int, taken: set[tuple[int, int]]) -> tuple[int, int]:
    if (cx, cy) not in taken:
        return cx, cy
    r = 1
    while True:
        ring = [(cx + dx, cy + dy) for dx in range(-r, r + 1) for dy in (-r, r)]
        ring += [(cx + dx, cy + dy) for dx in (-r, r) for dy in range(-r + 1, r)]
        free = [c for c in ring if c not in taken]
        if free:
            return min(free, key=lambda c: ((c[0] - cx) ** 2 + (c[1] - cy) ** 2, c))
        r += 1


def _darker(colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(colour[k:k + 2], 16) for k in (1, 3, 5))
    return f"#{int(r * factor):02x}{int(g * factor):02x}{int(b * factor):02x}"
