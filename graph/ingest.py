"""Ingestion: files -> `Article` records.

Formats: .txt (first line is the title), .md (optional YAML front matter with
title, source, date, url, lang), .html/.htm (main text, title and date via
trafilatura, offline), .json (one object or a list of objects) and .jsonl (one
article per line, read lazily so an archive of any size streams in constant
memory). Encodings: UTF-8 with or without BOM, UTF-16 with BOM, cp1251 and
KOI8-R/KOI8-U are detected. Every problem is an `IngestError` naming the file
and the reason; nothing else escapes for bad input.
"""
from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import yaml

from .dates import date_from_text
from .models import Article

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
MAX_FILE_BYTES = 20 * 1024 * 1024  # one article file; .jsonl archives are streamed instead
MAX_LINE_BYTES = 8 * 1024 * 1024  # one line of a .jsonl archive
MAX_ARTICLE_CHARS = 2_000_000
LANGS = ("uk", "ru", "en")
LANG_ALIASES = {"ua": "uk", "uk": "uk", "ru": "ru", "en": "en"}
METADATA_FIELDS = ("title", "source", "date", "url", "lang", "negotiation")
TEXT_FIELDS = ("text", "body", "content")

# A share of control characters above this means the bytes are not prose.
_MAX_CONTROL_SHARE = 0.01
# Errors YAML front matter can raise besides YAMLError: its timestamp and int
# constructors call date() and int() on what the author typed.
_YAML_ERRORS = (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError)

# trafilatura and its helpers log parser trouble; without a handler Python prints
# WARNINGs to stderr, which would add lines to the one-line-per-file contract.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

OnError = Callable[["IngestError"], None]


class IngestError(Exception):
    """A file that cannot be read as an article; str() is one line for the user."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = " ".join(str(reason).split())  # one line, whatever the cause said
        super().__init__(f"{self.path}: {self.reason}")


def iter_files(paths: Iterable[str | Path], on_error: OnError | None = None) -> Iterator[Path]:
    """Every article file under the given paths, in a stable (sorted) order.

    A path that does not exist raises IngestError (or is passed to `on_error`,
    and the walk goes on). Directories are walked recursively without following
    symbolic links, keeping supported suffixes and skipping hidden files; a file
    named explicitly is yielded whatever its suffix, so its error is reported.
    """
    for raw in paths:
        path = Path(raw)
        try:
            if not path.exists():
                raise IngestError(path, "no such file or directory")
            if path.is_dir():
                yield from _walk(path, on_error)
            else:
                yield path
        except IngestError as exc:
            if on_error is None:
                raise
            on_error(exc)


def _walk(root: Path, on_error: OnError | None) -> Iterator[Path]:
    def report(exc: OSError) -> None:
        error = IngestError(exc.filename or root, f"cannot read directory: {exc.strerror or exc}")
        if on_error is None:
            raise error
        on_error(error)

    found = []
    for folder, dirs, files in os.walk(root, onerror=report):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(Path(folder) / name)
    yield from sorted(found)


def article_id_for(path: Path, index: int | None = None) -> str:
    """Stable id from the file name (and the index inside a .jsonl/.json list)."""
    stem = safe_id(path.stem) or "article"
    return stem if index is None else f"{stem}-{index}"


def safe_id(value: str) -> str:
    """An id usable in an IRI path segment: word characters, dots and dashes."""
    return re.sub(r"[^\w.-]+", "-", str(value), flags=re.UNICODE).strip("-.")[:200]


def decode_bytes(data: bytes, path: str | Path) -> str:
    """Decode UTF-8 (BOM or not), UTF-16 (BOM), cp1251 or KOI8-R/U; refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(path, "undecodable bytes: UTF-16 byte order mark but invalid UTF-16") from exc
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise IngestError(path, "file is empty")
    if b"\x00" in data[:65536]:
        raise IngestError(path, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_cyrillic_legacy(data, path)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise IngestError(path, "binary file (control characters), not text")
    return text


def _control_share(text: str) -> float:
    sample = text[:65536]
    controls = sum(1 for c in sample if (c < " " and c not in "\n\r\t\f\v") or "\x7f" <= c <= "\x9f")
    return controls / max(1, len(sample))


def _decode_cyrillic_legacy(data: bytes, path: str | Path) -> str:
    """Choose between cp1251 and KOI8-R/U by which yields the most plausible Cyrillic."""
    candidates = []
    for encoding in ("cp1251", "koi8_u", "koi8_r"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_cyrillic_plausibility(text), encoding, text))
    if not candidates:
        raise IngestError(path, "undecodable bytes: not UTF-8, cp1251 or KOI8-R")
    # max() on (score, ...) would break ties by encoding name; keep the listed order instead.
    score, _, text = max(candidates, key=lambda c: c[0])
    if score < 0.5:
        raise IngestError(path, "undecodable bytes: not UTF-8, cp1251 or KOI8-R text")
    return text


_LOWER_CYR = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ")
# Box drawing and block characters are what a wrong KOI8 table makes of letters.
_UNLIKELY = re.compile(r"[\u2500-\u25ff\u2219\u221a\u2248\u2264\u2265\u2320\u2321]")


_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-zA-Z]")


def _cyrillic_plausibility(text: str) -> float:
    """Share of Cyrillic letters that are lower case, less a penalty for symbols that
    prose does not contain: real prose is mostly lower case, while a wrong
    single-byte table swaps the cases or turns letters into box-drawing symbols."""
    sample = text[:65536]
    letters = [c for c in sample if "\u0400" <= c <= "\u04ff"]
    unlikely = len(_UNLIKELY.findall(sample))
    if not letters:
        printable = sum(1 for c in sample if c.isprintable() or c in "\n\r\t")
        return printable / max(1, len(sample)) - unlikely / max(1, len(sample))
    lower = sum(1 for c in letters if c in _LOWER_CYR)
    score = (lower - 3 * unlikely) / len(letters)
    # Latin-1 text read as cp1251 turns accented letters into Cyrillic inside Latin words.
    words = _WORD.findall(sample)
    cyrillic_words = [w for w in words if any("\u0400" <= c <= "\u04ff" for c in w)]
    mixed = sum(1 for w in cyrillic_words if _LATIN.search(w))
    return score - mixed / max(1, len(cyrillic_words))


def read_articles(path: str | Path, start_order: int = 0, on_error: OnError | None = None) -> Iterator[Article]:
    """Read one file into one or more Articles (several for .json lists and .jsonl).

    A bad file raises IngestError. Inside a .jsonl archive or a .json list a bad
    record raises too, unless `on_error` is given: then it receives the error,
    the record is skipped and the rest of the archive is still read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise IngestError(path, "no such file or directory") from exc
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(path, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise IngestError(path, "not a regular file")
    if suffix not in SUPPORTED_SUFFIXES and suffix != "":
        raise IngestError(path, f"unsupported file type {suffix!r}; supported: {', '.join(SUPPORTED_SUFFIXES)}")
    if suffix == ".jsonl":
        yield from _read_jsonl(path, start_order, on_error)
        return
    if info.st_size > MAX_FILE_BYTES:
        raise IngestError(
            path,
            f"file too large ({info.st_size / 2**20:.0f} MB > {MAX_FILE_BYTES // 2**20} MB limit for one "
            "article; put many articles in a .jsonl archive)",
        )
    text = decode_bytes(_read_bytes(path), path)
    if suffix in (".html", ".htm"):
        yield _from_html(text, path, start_order)
    elif suffix == ".json":
        yield from _from_json_text(text, path, start_order, on_error)
    elif suffix in (".md", ".markdown"):
        yield _from_markdown(text, path, start_order)
    else:
        yield _from_plain(text, path, start_order)


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from exc


def _text_of(value: object) -> str:
    """Metadata as one line of text; lists (e.g. several authors) are joined."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_text_of(v) for v in value if v is not None)
    return " ".join(str(value).split())


def _finish(path: Path, text: str, meta: dict, order: int, article_id: str | None = None,
            where: str = "") -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()
    prefix = f"{where}: " if where else ""
    if not text:
        raise IngestError(path, f"{prefix}no article text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise IngestError(path, f"{prefix}article text too long ({len(text)} characters > {MAX_ARTICLE_CHARS})")
    lang = LANG_ALIASES.get(_text_of(meta.get("lang")).lower()[:2], "")
    if not lang:
        lang = detect_language(text)
    given_id = safe_id(_text_of(meta.get("id"))) if meta.get("id") not in (None, "") else ""
    date, date_source = normalise_date(meta.get("date")), "metadata"
    if not date:
        found = date_from_text(text)
        date, date_source = (found.date, found.rule) if found else ("", "")
    return Article(
        id=given_id or article_id or article_id_for(path),
        text=text,
        title=_text_of(meta.get("title")),
        lang=lang,
        date=date,
        date_source=date_source,
        negotiations=negotiation_ids(meta.get("negotiation")),
        source=_text_of(meta.get("source")),
        url=_text_of(meta.get("url")),
        path=str(path),
        order=order,
    )


def _from_plain(text: str, path: Path, order: int) -> Article:
    lines = text.lstrip("\ufeff").strip().splitlines()
    title = lines[0].strip() if lines else ""
    return _finish(path, text, {"title": title}, order)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


_PLAIN_FIELD = re.compile(r"^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$")


def _plain_front_matter(block: str) -> dict | None:
    """Front matter written as `key: value` lines that YAML refuses (a title with a
    colon in it, unquoted): every line must have that shape, and values stay text."""
    fields = {}
    for line in block.splitlines():
        if not line.strip():
            continue
        match = _PLAIN_FIELD.match(line)
        if match is None or match.group(2)[:1] in tuple("[{|>&*!%@`"):
            return None  # YAML's own syntax gone wrong: report it
        fields[match.group(1)] = match.group(2)
    if fields.get("date") and not normalise_date(fields["date"]):
        return None  # a date that is no date: report it
    return fields or None


def _from_markdown(text: str, path: Path, order: int) -> Article:
    meta: dict = {}
    text = text.lstrip("\ufeff")
    match = _FRONT_MATTER.match(text)
    body = text
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except _YAML_ERRORS as exc:
            loaded = _plain_front_matter(match.group(1))
            if loaded is None:
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise IngestError(path, f"invalid YAML front matter: {first}") from exc
        if isinstance(loaded, dict):
            meta = {str(k): v for k, v in loaded.items()}
        elif loaded is not None:
            raise IngestError(path, "invalid YAML front matter: expected key: value pairs")
        body = text[match.end():]
    if not meta.get("title"):
        heading = re.search(r"^#\s+(.+)$", body, re.MULTILINE)
        first = body.strip().splitlines()[0] if body.strip() else ""
        meta["title"] = heading.group(1) if heading else first
    body = re.sub(r"^#{1,6}\s+", "", body, flags=re.MULTILINE)
    return _finish(path, body, meta, order)


def _from_html(text: str, path: Path, order: int) -> Article:
    try:
        import trafilatura  # imported here: it is slow to import and only HTML needs it
    except ImportError as exc:  # e.g. lxml without lxml_html_clean: the install is broken
        raise IngestError(path, f"cannot read HTML here: {exc} (reinstall negograph)") from exc
    try:
        body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_recall=True)
        meta_doc = trafilatura.extract_metadata(text)
    except Exception as exc:  # trafilatura and lxml raise a variety of errors on broken markup
        raise IngestError(path, f"malformed HTML: {type(exc).__name__}: {exc}") from exc
    if not body or not body.strip():
        raise IngestError(path, "HTML has no article text")
    # trafilatura gives one line per block element; blank lines keep them as paragraphs.
    body = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    meta: dict = {}
    if meta_doc is not None:
        meta = {
            "title": meta_doc.title or "",
            "date": meta_doc.date or "",
            "source": meta_doc.sitename or "",
            "url": meta_doc.url or "",
        }
    lang_match = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", text, re.IGNORECASE)
    if lang_match:
        meta["lang"] = lang_match.group(1)
    title = meta.get("title") or ""
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return _finish(path, body, meta, order)


def _article_from_object(obj: object, path: Path, order: int, index: int | None, where: str) -> Article:
    if not isinstance(obj, dict):
        raise IngestError(path, f"{where}: expected a JSON object with a \"text\" field")
    text = next((obj[k] for k in TEXT_FIELDS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if text is None:
        raise IngestError(path, f"{where}: no \"text\" field with article text")
    meta = {k: obj.get(k) for k in (*METADATA_FIELDS, "id") if obj.get(k) is not None}
    if not meta.get("title"):
        meta["title"] = text.strip().splitlines()[0]
    return _finish(path, text, meta, order, article_id_for(path, index), where)


def _from_json_text(text: str, path: Path, order: int, on_error: OnError | None) -> Iterator[Article]:
    data = _parse_json(text, path, "")
    if isinstance(data, list):
        if not data:
            raise IngestError(path, "empty JSON list, no articles")
        produced = 0
        for index, obj in enumerate(data):
            try:
                article = _article_from_object(obj, path, order + produced, index, f"item {index}")
            except IngestError as exc:
                if on_error is None:
                    raise
                on_error(exc)
                continue
            produced += 1
            yield article
    else:
        yield _article_from_object(data, path, order, None, "object")


def _parse_json(text: str, path: Path, where: str) -> object:
    prefix = f"{where}: " if where else ""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if where else f"line {exc.lineno} column {exc.colno}"
        raise IngestError(path, f"{prefix}invalid JSON at {at}: {exc.msg} (truncated or malformed)") from exc
    except (ValueError, RecursionError) as exc:  # over-long integers, nesting too deep
        raise IngestError(path, f"{prefix}invalid JSON: {type(exc).__name__}: {exc}") from exc


def _read_jsonl(path: Path, order: int, on_error: OnError | None) -> Iterator[Article]:
    """Stream a .jsonl archive line by line; a bad line is an error naming its number."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from exc
    produced = 0
    lineno = 0
    nonblank = 0
    with handle:
        while True:
            try:
                raw = handle.readline(MAX_LINE_BYTES + 1)
            except OSError as exc:
                raise IngestError(path, f"cannot read: {exc.strerror or exc}") from exc
            if not raw:
                break
            lineno += 1
            try:
                if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                    _skip_rest_of_line(handle)
                    raise IngestError(path, f"line {lineno}: longer than {MAX_LINE_BYTES // 2**20} MB")
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                nonblank += 1
                line = _decode_line(raw, path, lineno)
                obj = _parse_json(line, path, f"line {lineno}")
                article = _article_from_object(obj, path, order + produced, lineno - 1, f"line {lineno}")
            except IngestError as exc:
                if on_error is None:
                    raise
                on_error(exc)
                continue
            produced += 1
            yield article
    if not nonblank:
        raise IngestError(path, "file is empty")


def _skip_rest_of_line(handle) -> None:
    while True:
        chunk = handle.readline(MAX_LINE_BYTES)
        if not chunk or chunk.endswith(b"\n"):
            return


def _decode_line(raw: bytes, path: Path, lineno: int) -> str:
    try:
        return decode_bytes(raw, path)
    except IngestError as exc:
        raise IngestError(path, f"line {lineno}: {exc.reason}") from exc


def negotiation_ids(value: object) -> tuple[str, ...]:
    """The negotiation ids of a "negotiation:" field: one name or a list, each made a safe id."""
    if value is None or value == "":
        return ()
    values = value if isinstance(value, (list, tuple)) else [value]
    ids = (safe_id(_text_of(v).lower().replace(" ", "-")) for v in values if v not in (None, ""))
    return tuple(dict.fromkeys(i for i in ids if i))


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")  # 11.02.2025, common in uk/ru


def normalise_date(value: object) -> str:
    """ISO date (YYYY-MM-DD) from a string or date, or "" when there is none or it is invalid."""
    if value is None or value == "":
        return ""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    text = str(value)
    match = _ISO_DATE.search(text)
    if match:
        y, m, d = (int(g) for g in match.groups())
    else:
        match = _DOTTED_DATE.search(text)
        if not match:
            return ""
        d, m, y = (int(g) for g in match.groups())
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return ""


_LANGID = None


def detect_language(text: str) -> str:
    """uk, ru or en: letters unique to Ukrainian or Russian decide first, py3langid after."""
    sample = text[:4000]
    uk_only = len(re.findall(r"[іїєґІЇЄҐ]", sample))
    ru_only = len(re.findall(r"[ыэёъЫЭЁЪ]", sample))
    cyr = len(re.findall(r"[а-яА-Я]", sample))
    latin = len(re.findall(r"[a-zA-Z]", sample))
    if cyr > latin:
        if uk_only > ru_only:
            return "uk"
        if ru_only > uk_only:
            return "ru"
    global _LANGID
    if _LANGID is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        # py3langid 0.3 renamed the loader; accept both within the pinned range.
        load = getattr(LanguageIdentifier, "from_model_file", None) or LanguageIdentifier.from_pickled_model
        identifier = load(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(LANGS))
        _LANGID = identifier
    return _LANGID.classify(sample)[0]
