"""SPARQL queries with bound parameters: `queries/*.rq` files and ad-hoc text.

A parameter is bound as an RDF term, never pasted into the query as text: the
value becomes a `pyoxigraph` term (a literal, or an IRI when written `<...>`),
and the term, serialised by pyoxigraph's N-Triples writer (which escapes
quotes, backslashes and line breaks), is attached as a `VALUES` block at the
top of the query's WHERE group. So `x" } ; DROP ALL ; #` stays one string
literal whatever it contains. pyoxigraph's own `substitutions` would do the
same for the embedded store but only for variables a SELECT projects, and a
remote SPARQL 1.1 endpoint has no binding API at all; one mechanism for both
keeps results identical on either store.

A `.rq` file starts with comment lines saying what it answers; lines of the
form `# Parameter ?name: what it is` declare required parameters. Flags in
brackets qualify one: `(optional)`, and `(key)` for a value matched against
lower-cased lookup keys (an actor's skos:hiddenLabel), which `run_query`
lower-cases before binding so that "Putin", "PUTIN" and "putin" find the same
actor through an exact join rather than a filter over every actor.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

from .namespaces import PREFIXES, XSD

Term = NamedNode | Literal | BlankNode | Triple
Binding = Term | str | int | float | bool


def _query_dir() -> Path:
    """The query library: graph/queries/ when installed from the wheel (which maps the
    repository's top-level queries/ there), else queries/ beside graph/ in a checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "queries"
    return installed if installed.is_dir() else package.parent / "queries"


QUERY_DIR = _query_dir()
RESULT_FORMATS = ("table", "csv", "tsv", "json")
GRAPH_FORMATS = ("turtle", "ntriples", "jsonld")
QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")

_VARNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PARAM_LINE = re.compile(r"^#\s*Parameter\s+\?([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(([a-z, ]+)\))?\s*:\s*(.*)$")
# SPARQL tokens that can hide braces, keywords or variables: comments, strings, IRIs.
_TOKEN = re.compile(r'''
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!\'\'))*\'\'\'
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_\-]*(?::[^\s{}()\[\],;]*)?)
  | (?P<other>.)
''', re.VERBOSE | re.DOTALL)


class QueryError(ValueError):
    """A query or parameter that cannot be run; str() is one line for the user."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int
    end: int


def tokens(sparql: str) -> list[Token]:
    """The query's significant tokens (no whitespace or comments)."""
    out = []
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        out.append(Token(kind, match.group(), match.start(), match.end()))
    return out


def _keyword(token: Token) -> str:
    return token.text.upper() if token.kind == "word" and ":" not in token.text else ""


def query_form(sparql: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK; QueryError for anything else (an update)."""
    for token in tokens(sparql):
        word = _keyword(token)
        if word in QUERY_FORMS:
            return word
        if word in ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"):
            raise QueryError(f"{word} is a SPARQL update; `query` runs only SELECT, CONSTRUCT, DESCRIBE or ASK")
    raise QueryError("not a SPARQL query: no SELECT, CONSTRUCT, DESCRIBE or ASK")


def variables(sparql: str) -> set[str]:
    """Names of the variables the query mentions (outside strings, IRIs and comments)."""
    return {t.text[1:] for t in tokens(sparql) if t.kind == "var"}


def _where_group(sparql: str) -> int:
    """Offset just after the `{` that opens the query's WHERE group."""
    toks = tokens(sparql)
    form_at = next((i for i, t in enumerate(toks) if _keyword(t) in QUERY_FORMS), None)
    if form_at is None:
        query_form(sparql)  # raises the right message
    form = _keyword(toks[form_at])
    braces = [t for t in toks[form_at + 1:] if t.kind == "other" and t.text in "{}"]
    depth_zero_opens = []
    depth = 0
    for t in braces:
        if t.text == "{":
            if depth == 0:
                depth_zero_opens.append(t)
            depth += 1
        else:
            depth -= 1
    wanted = 0
    if form == "CONSTRUCT":
        after = [t for t in toks[form_at + 1:] if not (t.kind == "iri" or _keyword(t) in ("FROM", "NAMED")
                                                        or (t.kind == "word" and ":" in t.text))]
        if after and _keyword(after[0]) == "WHERE":
            raise QueryError("a `CONSTRUCT WHERE { ... }` query cannot take parameters; "
                             "write `CONSTRUCT { ... } WHERE { ... }`")
        wanted = 1  # the first group is the template
    if len(depth_zero_opens) <= wanted:
        raise QueryError("the query has no WHERE group to bind parameters in")
    return depth_zero_opens[wanted].end


def to_term(value: Binding) -> Term:
    """A Python value as an RDF term: str -> plain literal, int/float/bool -> typed literal."""
    if isinstance(value, (NamedNode, Literal, BlankNode, Triple)):
        return value
    if isinstance(value, (bool, int, float, str)):
        return Literal(value)
    raise QueryError(f"cannot bind a {type(value).__name__} as an RDF term")


def _values_block(bindings: Mapping[str, Binding | Sequence[Binding]]) -> str:
    parts = []
    for name, value in bindings.items():
        values = list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
        terms = [to_term(v) for v in values]
        if any(isinstance(t, BlankNode) for t in terms):
            raise QueryError(f"?{name}: a blank node cannot be bound as a parameter")
        # str() of a pyoxigraph term is its N-Triples form: a closed, escaped token.
        parts.append(f"VALUES ?{name} {{ {' '.join(str(t) for t in terms)} }}")
    return " ".join(parts)


def bind(sparql: str, bindings: Mapping[str, Binding | Sequence[Binding]] | None) -> str:
    """The query with each binding attached as a VALUES block of RDF terms.

    A sequence binds the variable to each of its values in turn (a filter).
    Every name must be a variable the query uses: a misspelt parameter is an
    error, not a silently unbound variable.
    """
    if not bindings:
        return sparql
    used = variables(sparql)
    for name in bindings:
        if not _VARNAME.match(name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
        if name not in used:
            raise QueryError(f"the query has no variable ?{name}")
    at = _where_group(sparql)
    return f"{sparql[:at]} {_values_block(bindings)}\n{sparql[at:]}"


def parse_param(text: str) -> tuple[str, Term]:
    """`NAME=VALUE` -> (name, term): `<...>` is an IRI, anything else a string literal."""
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not _VARNAME.match(name):
        raise QueryError(f"--param {text!r}: write NAME=VALUE, e.g. --param actor=putin")
    if value.startswith("<") and value.endswith(">") and len(value) > 2:
        try:
            return name, NamedNode(value[1:-1])
        except ValueError as exc:
            raise QueryError(f"--param {name}: {value} is not a valid IRI ({exc})") from None
    return name, Literal(value)


@dataclass(frozen=True)
class Parameter:
    name: str
    description: str
    optional: bool = False
    key: bool = False  # lower-cased before binding


@dataclass(frozen=True)
class QueryText:
    """A query to run: its text, where it came from and the parameters it declares."""

    text: str
    source: str  # file path, or "query text"
    parameters: tuple[Parameter, ...] = ()

    @property
    def summary(self) -> str:
        """The first comment line: what the query answers."""
        for line in self.text.splitlines():
            line = line.strip()
            if line.startswith("#"):
                return line.lstrip("#").strip()
            if line:
                break
        return ""

    def check(self, bindings: Mapping[str, object]) -> None:
        """QueryError naming the first required parameter that has no value."""
        for p in self.parameters:
            if not p.optional and p.name not in bindings:
                raise QueryError(f"{self.source} needs --param {p.name}=VALUE ({p.description})")

    def normalise(self, bindings: Mapping[str, Term]) -> dict[str, Term]:
        """Bindings with the values of `(key)` parameters lower-cased (still literals)."""
        keys = {p.name for p in self.parameters if p.key}
        return {name: Literal(term.value.lower()) if name in keys and isinstance(term, Literal) else term
                for name, term in bindings.items()}


def declared_parameters(text: str) -> tuple[Parameter, ...]:
    out = []
    for line in text.splitlines():
        match = _PARAM_LINE.match(line.strip())
        if match:
            flags = {f.strip() for f in (match.group(2) or "").split(",")}
            out.append(Parameter(match.group(1), match.group(3).strip(), "optional" in flags, "key" in flags))
    return tuple(out)


def load_query(spec: str | Path) -> QueryText:
    """A query from a .rq file, the name of one in queries/ (`conflicts`), or SPARQL text."""
    text_spec = str(spec)
    path = Path(text_spec)
    candidates = [path]
    if re.match(r"^[\w-]+$", text_spec):
        candidates.append(QUERY_DIR / f"{text_spec}.rq")
    for candidate in candidates:
        try:
            if candidate.is_file():
                text = candidate.read_text(encoding="utf-8")
                return QueryText(text, str(candidate), declared_parameters(text))
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{candidate}: cannot read ({exc.__class__.__name__}: {exc})") from None
    if text_spec.endswith(".rq"):
        raise QueryError(f"{text_spec}: no such query file")
    if not any(_keyword(t) in QUERY_FORMS for t in tokens(text_spec)):
        raise QueryError(f"{text_spec!r} is neither a .rq file, a query in {QUERY_DIR}, nor SPARQL text")
    return QueryText(text_spec, "query text", declared_parameters(text_spec))


def query_files(directory: Path = QUERY_DIR) -> list[Path]:
    return sorted(directory.glob("*.rq"))


# ---------------------------------------------------------------- results


@dataclass
class QueryResult:
    """The answer to a query on any store, with pyoxigraph terms.

    kind is "select" (variables, rows), "ask" (boolean) or "graph" (triples).
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Triple] = field(default_factory=list)

    def values(self) -> list[tuple[str | None, ...]]:
        """Rows as plain strings (a term's lexical value, None where unbound)."""
        return [tuple(None if t is None else t.value for t in row) for row in self.rows]

    def dicts(self) -> list[dict[str, Term]]:
        return [{v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows]

    def __len__(self) -> int:
        return len(self.triples) if self.kind == "graph" else len(self.rows)


def _compact(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return term.value


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype != XSD.string:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _graph_rows(result: QueryResult) -> QueryResult:
    rows = [(t.subject, t.predicate, t.object) for t in result.triples]
    return QueryResult("select", ("subject", "predicate", "object"), rows)


def write_result(result: QueryResult, fmt: str, out: IO[str]) -> None:
    """Write a result as table (rich), csv, tsv or json; graph results also as turtle,
    ntriples or jsonld. csv/tsv/json follow the SPARQL 1.1 result formats."""
    if result.kind == "graph":
        if fmt in GRAPH_FORMATS or fmt == "json":
            rdf_format = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES,
                          "jsonld": RdfFormat.JSON_LD, "json": RdfFormat.JSON_LD}[fmt]
            prefixes = PREFIXES if rdf_format is RdfFormat.TURTLE else None
            data = serialize(result.triples, format=rdf_format, prefixes=prefixes) or b""
            out.write(data.decode("utf-8"))
            return
        result = _graph_rows(result)
    elif fmt in GRAPH_FORMATS:
        raise QueryError(f"--format {fmt} is for CONSTRUCT and DESCRIBE results; use one of {', '.join(RESULT_FORMATS)}")
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(RESULT_FORMATS + GRAPH_FORMATS)}")
    if result.kind == "ask":
        if fmt == "json":
            out.write(json.dumps({"head": {}, "boolean": bool(result.boolean)}) + "\n")
        else:
            out.write(("true" if result.boolean else "false") + "\n")
        return
    if fmt == "json":
        doc = {"head": {"vars": list(result.variables)},
               "results": {"bindings": [{k: _json_term(v) for k, v in row.items()} for row in result.dicts()]}}
        out.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(result.variables)
        writer.writerows(["" if v is None else v for v in row] for row in result.values())
    elif fmt == "tsv":
        out.write("\t".join(f"?{v}" for v in result.variables) + "\n")
        for row in result.rows:
            out.write("\t".join("" if t is None else str(t) for t in row) + "\n")
    else:
        _write_table(result, out)


def _write_table(result: QueryResult, out: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for name in result.variables:
        table.add_column(name, overflow="fold")
    for row in result.rows:
        table.add_row(*(_compact(t) for t in row))
    console = Console(file=out, width=None if out.isatty() else 160) if hasattr(out, "isatty") else Console(file=out)
    console.print(table)
    console.print(f"{len(result.rows)} rows")


def run_query(store, query: QueryText, params: Iterable[str] = ()) -> QueryResult:
    """Run `query` on `store` with `NAME=VALUE` parameters bound as RDF terms."""
    bindings = dict(parse_param(p) for p in params)
    query.check(bindings)
    return store.query(query.text, query.normalise(bindings))


def result_text(result: QueryResult, fmt: str) -> str:
    buffer = io.StringIO()
    write_result(result, fmt, buffer)
    return buffer.getvalue()
