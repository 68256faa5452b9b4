"""Renderers for a `Comparison`: a rich terminal table, Markdown, CSV, JSON and HTML.

The HTML page is self-contained (inline CSS, no scripts, fonts or images from
anywhere) so it opens offline like the graph view; every piece of text that
comes from an article (titles, sources, sentences, labels) goes through
`html.escape`. It links back to the graph view, positions.html, in the same folder.
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .compare import Change, Comparison, Conflict, Convergence, Report, Side, compare_negotiations
from .models import Article, Statement
from .negotiations import Overrides

FORMATS = ("table", "md", "csv", "json", "html")
GRAPH_VIEW = "positions.html"
PAGE_NAME = "compare.html"

# Terminal styles and HTML classes per relation; the same palette as the legend.
_RICH_STYLE = {"demands": "bold dark_orange", "proposes": "bold blue", "rejects": "bold red",
               "accepts": "bold green"}
_ARROW = "\u2192"


def render(comparison: Comparison | Report, format: str, console: Console | None = None) -> str:
    """The comparison in `format` (one of FORMATS); `table` prints to `console` and returns "".

    A `Report` (every negotiation of a corpus) gives one section per negotiation.
    """
    if isinstance(comparison, Report):
        return render_report(comparison, format, console)
    if format == "table":
        print_tables(comparison, console)
        return ""
    if format == "md":
        return to_markdown(comparison)
    if format == "csv":
        return to_csv(comparison)
    if format == "json":
        return json.dumps(comparison.to_json(), ensure_ascii=False, indent=2) + "\n"
    if format == "html":
        return to_html(comparison)
    raise ValueError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")


# ---------------------------------------------------------------------------
# Shared wording


def _actor(c: Comparison, actor_id: str) -> str:
    return c.actor(actor_id).label or actor_id


def _item(c: Comparison, item_id: str) -> str:
    return c.item(item_id).label or item_id


def _rels(relations: Sequence[str]) -> str:
    return "+".join(relations) or "-"


def _date(c: Comparison, article_id: str) -> str:
    return c.article(article_id).date or "undated"


def _last_stated(c: Comparison, article_ids: Sequence[str]) -> str:
    dates = [c.article(a).date for a in article_ids if c.article(a).date]
    return f"last stated {max(dates)}" if dates else "undated"


def _side_text(c: Comparison, side: Side) -> str:
    mark = "; withdrawn" if side.withdrawn else ("; later changed" if not side.held else "")
    on = f" {_item(c, side.item)}" if side.item else ""
    return (f"{_actor(c, side.actor)}: {_rels(side.relations)}{on} [{', '.join(side.articles)}] "
            f"({_last_stated(c, side.articles)}{mark})")


def _change_text(c: Comparison, ch: Change) -> str:
    if ch.kind == "new":
        return f"new: {_rels(ch.to_relations)}"
    if ch.kind == "dropped":
        before = f" (last stated in {ch.previous})" if ch.previous else ""
        return f"dropped: withdrawn {_rels(ch.from_relations)}{before}"
    direction = f" ({ch.direction})" if ch.direction else ""
    was = f" on {_item(c, ch.from_item)}" if ch.from_item else ""
    return f"shifted: {_rels(ch.from_relations)}{was} {_ARROW} {_rels(ch.to_relations)}{direction}"


# ---------------------------------------------------------------------------
# Terminal


def print_tables(comparison: Comparison, console: Console | None = None) -> None:
    """Print the matrix, changes, conflicts, convergences and blocs as rich tables."""
    c = comparison
    console = console or Console()
    if not c.matrix:
        console.print("No statements to compare.")
        return

    matrix = Table(title="Positions: actors x issues (articles)", show_lines=True)
    matrix.add_column("actor", style="bold")
    for issue in c.issues:
        matrix.add_column(issue, overflow="fold")
    for actor in c.actors:
        row: list[Text | str] = [actor.label or actor.id]
        for issue in c.issues:
            cell = c.cell(actor.id, issue)
            text = Text()
            for n, p in enumerate(cell.positions if cell else ()):
                if n:
                    text.append("\n")
                text.append(p.relation, style=_RICH_STYLE.get(p.relation, ""))
                text.append(f" {_item(c, p.item)} ({p.count})")
            row.append(text)
        matrix.add_row(*row)
    console.print(matrix)

    changes = Table(title="Changes over time")
    for column in ("date", "article", "actor", "item", "change"):
        changes.add_column(column, overflow="fold")
    for ch in c.changes:
        changes.add_row(_date(c, ch.article), ch.article, _actor(c, ch.actor), _item(c, ch.item),
                        _change_text(c, ch))
    console.print(changes if c.changes else "No changes over time.")

    conflicts = Table(title="Conflicts")
    for column in ("issue", "item", "for", "against", "now"):
        conflicts.add_column(column, overflow="fold")
    for k in c.conflicts:
        conflicts.add_row(k.issue, _item(c, k.item),
                          "\n".join(_side_text(c, s) for s in k.supporters),
                          "\n".join(_side_text(c, s) for s in k.opponents),
                          "open" if k.current else "past")
    console.print(conflicts if c.conflicts else "No conflicts.")

    convergences = Table(title="Convergences")
    for column in ("issue", "item", "actors", "now"):
        convergences.add_column(column, overflow="fold")
    for v in c.convergences:
        convergences.add_row(v.issue, _item(c, v.item), "\n".join(_side_text(c, s) for s in v.sides),
                             "holds" if v.current else "past")
    console.print(convergences if c.convergences else "No convergences.")

    blocs = Table(title="Blocs (shared positions)")
    for column in ("bloc", "actors", "shared positions"):
        blocs.add_column(column, overflow="fold")
    for n, b in enumerate(c.blocs, start=1):
        blocs.add_row(str(n), ", ".join(_actor(c, a) for a in b.actors),
                      "\n".join(_bloc_position(c, p) for p in b.positions) or "-")
    console.print(blocs)


def _bloc_position(c: Comparison, p) -> str:
    side = "for" if p.stance > 0 else "against"
    return f"{side} {_item(c, p.item)}: {', '.join(_actor(c, a) for a in p.actors)}"


# ---------------------------------------------------------------------------
# Markdown


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(comparison: Comparison) -> str:
    """The comparison as a Markdown document: one table per section."""
    c = comparison
    out = ["# Positions compared", ""]
    out += ["## Position matrix", "", "| actor | " + " | ".join(c.issues) + " |",
            "|---" * (len(c.issues) + 1) + "|"]
    for actor in c.actors:
        cells = []
        for issue in c.issues:
            cell = c.cell(actor.id, issue)
            cells.append("<br>".join(
                _md(f"{p.relation} {_item(c, p.item)} ({p.count})") for p in (cell.positions if cell else ())))
        out.append(f"| {_md(actor.label or actor.id)} | " + " | ".join(cells) + " |")

    out += ["", "## Changes over time", "", "| date | article | actor | item | change |",
            "|---|---|---|---|---|"]
    out += [f"| {_date(c, ch.article)} | {_md(ch.article)} | {_md(_actor(c, ch.actor))} | "
            f"{_md(_item(c, ch.item))} | {_md(_change_text(c, ch))} |" for ch in c.changes]

    out += ["", "## First and last seen", "", "| actor | item | issue | first seen | last seen | status |",
            "|---|---|---|---|---|---|"]
    for t in c.tracks:
        status = (f"withdrawn in {t.dropped_in}" if t.dropped_in
                  else f"{_last_stated(c, [s.article for s in t.steps])}: {_rels(t.latest)}")
        out.append(f"| {_md(_actor(c, t.actor))} | {_md(_item(c, t.item))} | {t.issue} | "
                   f"{_md(t.first_seen)} | {_md(t.last_seen)} | {_md(status)} |")

    out += ["", "## Conflicts", "", "| issue | item | for | against | now |", "|---|---|---|---|---|"]
    out += [f"| {k.issue} | {_md(_item(c, k.item))} | "
            f"{'<br>'.join(_md(_side_text(c, s)) for s in k.supporters)} | "
            f"{'<br>'.join(_md(_side_text(c, s)) for s in k.opponents)} | "
            f"{'open' if k.current else 'past'} |" for k in c.conflicts]

    out += ["", "## Convergences", "", "| issue | item | actors | now |", "|---|---|---|---|"]
    out += [f"| {v.issue} | {_md(_item(c, v.item))} | "
            f"{'<br>'.join(_md(_side_text(c, s)) for s in v.sides)} | "
            f"{'holds' if v.current else 'past'} |" for v in c.convergences]

    out += ["", "## Blocs", "", "| bloc | actors | shared positions |", "|---|---|---|"]
    out += [f"| {n} | {_md(', '.join(_actor(c, a) for a in b.actors))} | "
            f"{'<br>'.join(_md(_bloc_position(c, p)) for p in b.positions) or '-'} |"
            for n, b in enumerate(c.blocs, start=1)]

    out += ["", "## Articles", "", "| # | date | article | title | source | lang |",
            "|---|---|---|---|---|---|"]
    out += [f"| {a.index + 1} | {a.date or 'undated'} | {_md(a.id)} | {_md(a.title)} | "
            f"{_md(a.source)} | {a.lang} |" for a in c.articles]
    return "\n".join(_drop_empty_tables(out)) + "\n"


def _drop_empty_tables(lines: list[str]) -> list[str]:
    """A table with a header and no rows becomes "None."."""
    out: list[str] = []
    for n, line in enumerate(lines):
        if line.startswith("|---") and (n + 1 == len(lines) or not lines[n + 1].startswith("|")):
            out[-1] = "None."
        else:
            out.append(line)
    return out


# ---------------------------------------------------------------------------
# CSV

CSV_COLUMNS = ("section", "issue", "item", "item_label", "actor", "actor_label", "relation",
               "kind", "from", "to", "direction", "article", "previous", "articles", "count",
               "first_seen", "last_seen", "held", "current", "bloc")


def to_csv(comparison: Comparison) -> str:
    """One long table; `section` says which part of the comparison a row belongs to.

    matrix (one row per cell position), track (first/last seen per actor and
    item), change, conflict and convergence (one row per side; kind for or
    against), bloc (one row per member). Lists are joined with ";".
    """
    c = comparison
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()

    def row(section: str, actor: str = "", item: str = "", **rest) -> None:
        data = {"section": section}
        if actor:
            data.update(actor=actor, actor_label=_actor(c, actor))
        if item:
            data.update(item=item, item_label=_item(c, item), issue=c.item(item).issue)
        data.update({k: ";".join(v) if isinstance(v, tuple) else v for k, v in rest.items()})
        writer.writerow(data)

    for cell in c.matrix:
        for p in cell.positions:
            row("matrix", cell.actor, p.item, relation=p.relation, articles=p.articles, count=p.count)
    for t in c.tracks:
        row("track", t.actor, t.item, relation=_rels(t.latest), first_seen=t.first_seen,
            last_seen=t.last_seen, held=t.held, articles=tuple(s.article for s in t.steps),
            count=len(t.steps))
    for ch in c.changes:
        row("change", ch.actor, ch.item, kind=ch.kind, **{"from": _rels(ch.from_relations) if
            ch.from_relations else "", "to": _rels(ch.to_relations) if ch.to_relations else ""},
            direction=ch.direction, article=ch.article, previous=ch.previous)
    for k in c.conflicts:
        for kind, sides in (("for", k.supporters), ("against", k.opponents)):
            for s in sides:
                row("conflict", s.actor, k.item, kind=kind, relation=_rels(s.relations),
                    articles=s.articles, count=len(s.articles), held=s.held, current=k.current)
    for v in c.convergences:
        for s in v.sides:
            row("convergence", s.actor, v.item, kind="for", relation=_rels(s.relations),
                articles=s.articles, count=len(s.articles), held=s.held, current=v.current)
    for n, b in enumerate(c.blocs, start=1):
        for a in b.actors:
            row("bloc", a, bloc=n)
    return buffer.getvalue()


# ---------------------------------------------------------------------------
# HTML

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2933;background:#f8fafc}
header{background:#1f2933;color:#fff;padding:12px 24px}
header a{color:#bfdbfe}
header h1{margin:0 0 4px;font-size:20px}
nav a{margin-right:14px}
main{padding:8px 24px 40px;max-width:1400px}
h2{margin-top:32px;border-bottom:1px solid #cbd5e1;padding-bottom:4px}
h3{margin:20px 0 6px}
table{border-collapse:collapse;background:#fff;margin:6px 0 12px}
th,td{border:1px solid #cbd5e1;padding:5px 8px;vertical-align:top;text-align:left}
th{background:#e2e8f0}
td.pro{background:#f0fdf4}td.con{background:#fef2f2}td.mixed{background:#fffbeb}
.rel{display:inline-block;border-radius:3px;padding:0 5px;font-size:12px;font-weight:600;margin:1px 3px 1px 0}
.rel-demands{background:#fde68a;color:#78350f}
.rel-proposes{background:#bfdbfe;color:#1e3a8a}
.rel-rejects{background:#fecaca;color:#7f1d1d}
.rel-accepts{background:#bbf7d0;color:#14532d}
.stance-for{background:#dcfce7;color:#14532d;border:1px solid #86efac}
.stance-against{background:#fee2e2;color:#7f1d1d;border:1px solid #fca5a5}
.n{color:#64748b;font-size:12px}
.past{color:#64748b}
.badge{font-size:11px;border-radius:8px;padding:0 6px;background:#e2e8f0}
.badge.open{background:#fecaca}.badge.holds{background:#bbf7d0}
.legend span{margin-right:8px}
.change-new{color:#1d4ed8}.change-dropped{color:#64748b}.change-shifted{color:#b45309}
ul{margin:4px 0 10px}
.step{white-space:nowrap}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _anchor(prefix: str, key: str) -> str:
    return f"{prefix}-{re.sub(r'[^A-Za-z0-9_-]+', '-', key).strip('-') or 'x'}"


def _chip(relation: str, title: str = "") -> str:
    attr = f' title="{_e(title)}"' if title else ""
    return f'<span class="rel rel-{_e(relation)}"{attr}>{_e(relation)}</span>'


def _article_link(c: Comparison, article_id: str) -> str:
    a = c.article(article_id)
    label = f"{a.date or 'undated'} {a.id}"
    return f'<a href="#{_anchor("article", article_id)}" title="{_e(a.title)}">{_e(label)}</a>'


def _articles_links(c: Comparison, article_ids: Sequence[str]) -> str:
    return ", ".join(_article_link(c, a) for a in article_ids)


def _html_side(c: Comparison, side: Side) -> str:
    chips = "".join(_chip(r) for r in side.relations)
    past = (' <span class="past">(withdrawn)</span>' if side.withdrawn
            else "" if side.held else ' <span class="past">(later changed)</span>')
    on = f" {_e(_item(c, side.item))}" if side.item else ""
    return (f"<li><b>{_e(_actor(c, side.actor))}</b> {chips}{on} "
            f'<span class="n">{_articles_links(c, side.articles)} ({_e(_last_stated(c, side.articles))})</span>'
            f"{past}</li>")


def _page_head(title: str, links: str) -> list[str]:
    """The opening of a comparison page: head, style, title and the navigation `links`."""
    return [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        (f"<header><h1>{_e(title)}</h1><nav>"
         f'<a href="{GRAPH_VIEW}">&larr; Graph view</a>{links}</nav></header><main>'),
    ]


def to_html(comparison: Comparison, title: str = "Positions compared") -> str:
    """The HTML report: colour-coded matrix, changes, conflicts, convergences, blocs, timelines."""
    c = comparison
    parts = [
        *_page_head(title, '<a href="#matrix">Matrix</a><a href="#changes">Changes</a>'
                           '<a href="#conflicts">Conflicts</a><a href="#convergences">Convergences</a>'
                           '<a href="#blocs">Blocs</a><a href="#timelines">Timelines</a>'
                           '<a href="#articles">Articles</a>'),
        (f"<p>{len(c.articles)} articles, {len(c.actors)} actors, {len(c.items)} items on "
         f"{len(c.issues)} issues; {len(c.changes)} changes, {len(c.conflicts)} conflicts, "
         f"{len(c.convergences)} convergences.</p>"),
        '<p class="legend">' + "".join(_chip(r) for r in ("demands", "proposes", "rejects", "accepts"))
        + ' <span class="n">(n) = number of articles</span></p>',
    ]
    parts += _html_matrix(c)
    parts += _html_changes(c)
    parts += _html_conflicts(c)
    parts += _html_convergences(c)
    parts += _html_blocs(c)
    parts += _html_timelines(c)
    parts += _html_articles(c)
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _html_matrix(c: Comparison) -> list[str]:
    out = ['<h2 id="matrix">Position matrix</h2>']
    if not c.matrix:
        return out + ["<p>No statements to compare.</p>"]
    out.append("<table><tr><th>actor</th>" + "".join(f"<th>{_e(i)}</th>" for i in c.issues) + "</tr>")
    for actor in c.actors:
        row = [f'<tr><th><a href="#{_anchor("actor", actor.id)}">{_e(actor.label or actor.id)}</a></th>']
        for issue in c.issues:
            cell = c.cell(actor.id, issue)
            if cell is None:
                row.append("<td></td>")
                continue
            kinds = {"rejects" if p.relation == "rejects" else "pro" for p in cell.positions}
            css = "mixed" if len(kinds) > 1 else ("con" if kinds == {"rejects"} else "pro")
            lines = [
                f'{_chip(p.relation, "articles: " + ", ".join(p.articles))}{_e(_item(c, p.item))} '
                f'<span class="n">({p.count})</span>'
                for p in cell.positions
            ]
            row.append(f'<td class="{css}">' + "<br>".join(lines) + "</td>")
        out.append("".join(row) + "</tr>")
    out.append("</table>")
    return out


def _html_change(c: Comparison, ch: Change) -> str:
    who = f'<b><a href="#{_anchor("actor", ch.actor)}">{_e(_actor(c, ch.actor))}</a></b> '
    what = _e(_item(c, ch.item))
    if ch.kind == "new":
        body = f"new: {''.join(_chip(r) for r in ch.to_relations)}{what}"
    elif ch.kind == "dropped":
        before = (f' <span class="n">(last stated {_step_link(c, ch.previous)})</span>'
                  if ch.previous else "")
        body = f"dropped (withdrawn): {''.join(_chip(r) for r in ch.from_relations)}{what}{before}"
    else:
        direction = f" <i>{_e(ch.direction)}</i>" if ch.direction else ""
        was = f" {_e(_item(c, ch.from_item))}" if ch.from_item else ""
        body = (f"shifted on {what}: {''.join(_chip(r) for r in ch.from_relations)}{was} &rarr; "
                f"{''.join(_chip(r) for r in ch.to_relations)}{direction} "
                f'<span class="n">(before: {_step_link(c, ch.previous)})</span>')
    return (f'<li class="change-{_e(ch.kind)}">{_step_link(c, ch.article)}: {who}{body}'
            f' <span class="n">[{_e(ch.issue)}]</span></li>')


def _html_changes(c: Comparison) -> list[str]:
    out = ['<h2 id="changes">Changes over time</h2>']
    if not c.changes:
        return out + ["<p>No changes: no actor moved between the dated articles compared.</p>"]
    return out + ["<ul>"] + [_html_change(c, ch) for ch in c.changes] + ["</ul>"]


def _html_by_issue(c: Comparison, anchor: str, title: str, empty: str, records: Sequence,
                   render: Callable[[Any], list[str]]) -> list[str]:
    """A section of `records` (conflicts or convergences) grouped under their issues."""
    out = [f'<h2 id="{anchor}">{title}</h2>']
    if not records:
        return out + [f"<p>{empty}</p>"]
    for issue in c.issues:
        here = [record for record in records if record.issue == issue]
        if here:
            out.append(f"<h3>{_e(issue)}</h3>")
            for record in here:
                out.extend(render(record))
    return out


def _html_conflicts(c: Comparison) -> list[str]:
    def render(k: Conflict) -> list[str]:
        badge = '<span class="badge open">open</span>' if k.current else '<span class="badge">past</span>'
        return [f"<p><b>{_e(_item(c, k.item))}</b> {badge}</p>",
                "<table><tr><th>for (demands, proposes)</th><th>against (rejects)</th></tr><tr>",
                "<td><ul>" + "".join(_html_side(c, s) for s in k.supporters) + "</ul></td>",
                "<td><ul>" + "".join(_html_side(c, s) for s in k.opponents) + "</ul></td></tr></table>"]

    return _html_by_issue(c, "conflicts", "Conflicts", "No conflicts.", c.conflicts, render)


def _html_convergences(c: Comparison) -> list[str]:
    def render(v: Convergence) -> list[str]:
        badge = '<span class="badge holds">holds</span>' if v.current else '<span class="badge">past</span>'
        return [f"<p><b>{_e(_item(c, v.item))}</b> {badge}</p><ul>"
                + "".join(_html_side(c, s) for s in v.sides) + "</ul>"]

    return _html_by_issue(c, "convergences", "Convergences", "No convergences.", c.convergences, render)


def _html_blocs(c: Comparison) -> list[str]:
    out = ['<h2 id="blocs">Blocs</h2>',
           ('<p class="n">Actors that share at least two held positions, grouped: agreement graph '
            "projected from the actor-item graph (agreement +1, disagreement -1), communities by "
            "greedy modularity.</p>")]
    if not c.blocs:
        return out + ["<p>No bloc: no two actors share two positions.</p>"]
    out.append("<table><tr><th>bloc</th><th>actors</th><th>shared positions</th></tr>")
    for n, b in enumerate(c.blocs, start=1):
        shared = "<br>".join(
            f'<span class="rel stance-{"for" if p.stance > 0 else "against"}">'
            f"{'for' if p.stance > 0 else 'against'}</span>{_e(_item(c, p.item))}: "
            f"{_e(', '.join(_actor(c, a) for a in p.actors))}"
            for p in b.positions) or "&ndash;"
        out.append(f"<tr><td>{n}</td><td>{_e(', '.join(_actor(c, a) for a in b.actors))}</td>"
                   f"<td>{shared}</td></tr>")
    out.append("</table>")
    return out


def _html_timelines(c: Comparison) -> list[str]:
    # One row per item, its steps in time order: this stays small for an actor
    # reported in thousands of articles, where an item x article grid would not.
    out = ['<h2 id="timelines">Timeline per actor</h2>']
    tracks: dict[str, list] = {}
    for t in c.tracks:
        tracks.setdefault(t.actor, []).append(t)
    for actor in c.actors:
        if actor.id not in tracks:
            continue
        out.append(f'<h3 id="{_anchor("actor", actor.id)}">{_e(actor.label or actor.id)}</h3>')
        out.append("<table><tr><th>item</th><th>issue</th><th>positions over time</th>"
                   "<th>first / last seen</th><th>status</th></tr>")
        for t in tracks[actor.id]:
            steps = " &rarr; ".join(
                f'<span class="step">{_step_link(c, s.article)} '
                + "".join(_chip(r, " | ".join(s.sentences)) for r in s.relations) + "</span>"
                for s in t.steps)
            status = (f"withdrawn ({_step_link(c, t.dropped_in)})" if t.dropped_in
                      else _e(_last_stated(c, [s.article for s in t.steps])) + " "
                      + "".join(_chip(r) for r in t.latest))
            out.append(f"<tr><td>{_e(_item(c, t.item))}</td><td>{_e(t.issue)}</td><td>{steps}</td>"
                       f"<td>{_e(_date(c, t.first_seen))} / {_e(_date(c, t.last_seen))}</td>"
                       f"<td>{status}</td></tr>")
        out.append("</table>")
    return out


def _step_link(c: Comparison, article_id: str) -> str:
    a = c.article(article_id)
    return (f'<a href="#{_anchor("article", article_id)}" title="{_e(a.id + ": " + a.title)}">'
            f"{_e(a.date or f'#{a.index + 1}')}</a>")


def _html_articles(c: Comparison) -> list[str]:
    out = ['<h2 id="articles">Articles (time order)</h2>',
           ("<table><tr><th>#</th><th>date</th>"
            "<th>article</th><th>title</th><th>source</th><th>lang</th></tr>")]
    for a in c.articles:
        out.append(f'<tr id="{_anchor("article", a.id)}"><td>{a.index + 1}</td>'
                   f"<td>{_e(a.date or 'undated')}</td><td>{_e(a.id)}</td><td>{_e(a.title)}</td>"
                   f"<td>{_e(a.source)}</td><td>{_e(a.lang)}</td></tr>")
    out.append("</table>")
    return out


def write_html(comparison: Comparison | Report, path: str | Path) -> Path:
    """Write the HTML report to `path` (folders created); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    page = report_html(comparison) if isinstance(comparison, Report) else to_html(comparison)
    path.write_text(page, encoding="utf-8")
    return path


def write_compare_page(statements: Sequence[Statement], articles: Mapping[str, Article],
                       out_dir: str | Path, overrides: Overrides = Overrides(),
                       negotiations=None) -> Path:
    """For `build`: compare the statements per negotiation and write out_dir/compare.html."""
    report = compare_negotiations(statements, articles, negotiations, overrides)
    return write_html(report, Path(out_dir) / PAGE_NAME)


# ---------------------------------------------------------------------------
# A report: one section per negotiation


def _shift_headings(text: str) -> str:
    return re.sub(r"(?m)^(#+) ", lambda m: "#" + m.group(1) + " ", text)


def _negotiation_heading(c: Comparison) -> str:
    n = c.negotiation
    dated = [a for a in c.articles if a.date]
    span = f"{dated[0].date} to {dated[-1].date}" if dated else "no dated article"
    undated = len(c.articles) - len(dated)
    return (f"{n.label if n else 'all articles'} ({len(c.articles)} articles, {span}"
            f"{f', {undated} undated' if undated else ''})")


def render_report(report: Report, format: str, console: Console | None = None) -> str:
    """Every negotiation of a report in `format`, one section each, after a contents list."""
    if format == "json":
        return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
    if format == "table":
        console = console or Console()
        if not report.negotiations:
            console.print("No statements to compare.")
        for c in report.negotiations:
            console.rule(f"Negotiation: {_negotiation_heading(c)}")
            print_tables(c, console)
        return ""
    if format == "md":
        out = ["# Positions compared, by negotiation", ""]
        out += [f"- [{_md(_negotiation_heading(c))}](#{_anchor('n', c.negotiation.id)})"
                for c in report.negotiations if c.negotiation]
        for c in report.negotiations:
            body = to_markdown(c).split("\n", 1)[1]
            out += ["", f'<a id="{_anchor("n", c.negotiation.id)}"></a>' if c.negotiation else "",
                    f"## {_md(_negotiation_heading(c))}", _shift_headings(body).rstrip("\n")]
        return "\n".join(out) + "\n"
    if format == "csv":
        parts = []
        for n, c in enumerate(report.negotiations):
            text = to_csv(c)
            rows = list(csv.reader(io.StringIO(text)))
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            if n == 0:
                writer.writerow(["negotiation", *rows[0]])
            for row in rows[1:]:
                writer.writerow([c.negotiation.id if c.negotiation else "", *row])
            parts.append(buffer.getvalue())
        return "".join(parts) or "negotiation," + ",".join(CSV_COLUMNS) + "\n"
    if format == "html":
        return report_html(report)
    raise ValueError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")


def _demote(line: str) -> str:
    """h2 -> h3 and h3 -> h4: a comparison's sections inside a negotiation's section."""
    return re.sub(r"<(/?)h([23])(?=[ >])", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", line)


_ANCHOR_ATTR = re.compile(r'(id="|href="#)([^"]+)"')


def report_html(report: Report, title: str = "Positions compared, by negotiation") -> str:
    """The HTML page of a report: a contents list, then one section per negotiation
    (its matrix, changes, conflicts, convergences, blocs, timelines and articles)."""
    parts = [
        *_page_head(title, '<a href="#contents">Negotiations</a><a href="#all-articles">Articles</a>'),
        (f"<p>{len(report.articles)} articles in {len(report.negotiations)} negotiations. Each "
         "negotiation is compared on its own: no change, conflict or bloc crosses two of them. "
         "Changes come from dated articles only, in date order.</p>"),
        '<p class="legend">' + "".join(_chip(r) for r in ("demands", "proposes", "rejects", "accepts"))
        + ' <span class="n">(n) = number of articles</span></p>',
        '<h2 id="contents">Negotiations</h2><ol>',
    ]
    for c in report.negotiations:
        n = c.negotiation
        parts.append(f'<li><a href="#{_anchor("n", n.id)}">{_e(_negotiation_heading(c))}</a>: '
                     f"{len(c.changes)} changes, {len(c.conflicts)} conflicts, "
                     f"{len(c.convergences)} convergences, {len(c.blocs)} blocs</li>")
    parts.append("</ol>")
    for c in report.negotiations:
        n = c.negotiation
        prefix = _anchor("n", n.id)
        parties = ", ".join(_actor(c, p) if p in c._actors else p for p in n.parties)
        section = [f'<section id="{prefix}"><h2 class="negotiation">{_e(_negotiation_heading(c))}</h2>',
                   f'<p class="n">id <code>{_e(n.id)}</code>; parties: {_e(parties)}'
                   f"{'; named by the input' if n.assigned else ''}</p>"]
        body = (_html_matrix(c) + _html_changes(c) + _html_conflicts(c) + _html_convergences(c)
                + _html_blocs(c) + _html_timelines(c) + _html_articles(c))
        body = [_demote(line) for line in body]
        section += [_ANCHOR_ATTR.sub(lambda m: f'{m.group(1)}{prefix}--{m.group(2)}"', line) for line in body]
        section.append("</section>")
        parts += section
    parts.append('<h2 id="all-articles">Articles (dated first, in date order; then undated)</h2>')
    parts.append("<table><tr><th>#</th><th>date</th><th>article</th><th>title</th>"
                 "<th>negotiations</th></tr>")
    for a in report.articles:
        member = [c for c in report.negotiations if c.negotiation and a.id in c.negotiation.articles]
        links = ", ".join(f'<a href="#{_anchor("n", c.negotiation.id)}">{_e(c.negotiation.label)}</a>'
                          for c in member) or "&ndash;"
        source = f' <span class="n">({_e(a.date_source)})</span>' if a.date_source not in ("", "metadata") else ""
        parts.append(f"<tr><td>{a.index + 1}</td><td>{_e(a.date or 'undated')}{source}</td>"
                     f"<td>{_e(a.id)}</td><td>{_e(a.title)}</td><td>{links}</td></tr>")
    parts.append("</table></main></body></html>")
    return "\n".join(parts) + "\n"
