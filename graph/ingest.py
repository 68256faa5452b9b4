"""Ingestion: files -> `Article` records.

Formats: .txt (first line is the title), .md (optional YAML front matter with
title, source, date, url, lang), .html/.htm (main text via trafilatura,
offline), .json (one object or a list of objects) and .jsonl (one article per
line, read lazily). Encodings: UTF-8 with or without BOM, cp1251 and KOI8-R are
detected. Every problem is an `IngestError` naming the file and the reason.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

from .models import Article

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
MAX_FILE_BYTES = 20 * 1024 * 1024  # one article file; .jsonl archives are streamed instead
MAX_ARTICLE_CHARS = 2_000_000
LANGS = ("uk", "ru", "en")
METADATA_FIELDS = ("title", "source", "date", "url", "lang")


class IngestError(Exception):
    """A file that cannot be read as an article; str() is one line for the user."""

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every article file under the given paths, in a stable (sorted) order.

    A path that does not exist raises IngestError; directories are walked
    recursively and keep only supported suffixes; hidden files are skipped.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise IngestError(path, "no such file or directory")
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES and not any(
                    part.startswith(".") for part in child.relative_to(path).parts
                ):
                    yield child
        else:
            yield path


def article_id_for(path: Path, index: int | None = None) -> str:
    """Stable id from the file name (and the index inside a .jsonl/.json list)."""
    stem = re.sub(r"[^\w.-]+", "-", path.stem, flags=re.UNICODE).strip("-") or "article"
    return stem if index is None else f"{stem}-{index}"


def decode_bytes(data: bytes, path: str | Path) -> str:
    """Decode UTF-8 (BOM or not), cp1251 or KOI8-R; refuse binary data."""
    if not data.strip():
        raise IngestError(path, "file is empty")
    if b"\x00" in data[:8192]:
        raise IngestError(path, "binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_cyrillic_legacy(data, path)


def _decode_cyrillic_legacy(data: bytes, path: str | Path) -> str:
    """Choose between cp1251 and KOI8-R by which yields more plausible Cyrillic."""
    candidates = []
    for encoding in ("cp1251", "koi8_r", "koi8_u"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_cyrillic_plausibility(text), encoding, text))
    if not candidates:
        raise IngestError(path, "undecodable bytes: not UTF-8, cp1251 or KOI8-R")
    score, _, text = max(candidates)
    if score < 0.5:
        raise IngestError(path, "undecodable bytes: not UTF-8, cp1251 or KOI8-R text")
    return text


_LOWER_CYR = set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэё")


def _cyrillic_plausibility(text: str) -> float:
    """Share of Cyrillic letters that are lower case: real prose is mostly lower case,
    while a wrong single-byte decoding swaps the cases."""
    letters = [c for c in text if "\u0400" <= c <= "\u04ff"]
    if not letters:
        printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
        return printable / max(1, len(text))
    return sum(1 for c in letters if c in _LOWER_CYR) / len(letters)


def read_articles(path: str | Path, start_order: int = 0) -> Iterator[Article]:
    """Read one file into one or more Articles (several for .json lists and .jsonl)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from exc
    if path.is_dir():
        raise IngestError(path, "is a directory")
    if suffix == ".jsonl":
        yield from _read_jsonl(path, start_order)
        return
    if size > MAX_FILE_BYTES:
        raise IngestError(path, f"file too large ({size // (1024 * 1024)} MB > {MAX_FILE_BYTES // (1024 * 1024)} MB limit for one article)")
    data = _read_bytes(path)
    text = decode_bytes(data, path)
    if suffix in (".html", ".htm"):
        yield _from_html(text, path, start_order)
    elif suffix == ".json":
        yield from _from_json_text(text, path, start_order)
    elif suffix in (".md", ".markdown"):
        yield _from_markdown(text, path, start_order)
    elif suffix in (".txt", ""):
        yield _from_plain(text, path, start_order)
    else:
        raise IngestError(path, f"unsupported file type {suffix!r}; supported: {', '.join(SUPPORTED_SUFFIXES)}")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from exc


def _finish(path: Path, text: str, meta: dict, order: int, article_id: str | None = None) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise IngestError(path, "no article text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise IngestError(path, f"article text too long ({len(text)} characters > {MAX_ARTICLE_CHARS})")
    lang = str(meta.get("lang") or "").lower()[:2]
    if lang not in LANGS:
        lang = detect_language(text)
    return Article(
        id=str(meta.get("id") or article_id or article_id_for(path)),
        text=text,
        title=str(meta.get("title") or "").strip(),
        lang=lang,
        date=normalise_date(meta.get("date")),
        source=str(meta.get("source") or "").strip(),
        url=str(meta.get("url") or "").strip(),
        path=str(path),
        order=order,
    )


def _from_plain(text: str, path: Path, order: int) -> Article:
    lines = text.lstrip("\ufeff").strip().splitlines()
    title = lines[0].strip() if lines else ""
    return _finish(path, text, {"title": title}, order)


_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def _from_markdown(text: str, path: Path, order: int) -> Article:
    meta: dict = {}
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    body = text
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            raise IngestError(path, f"invalid YAML front matter: {str(exc).splitlines()[0]}") from exc
        if isinstance(loaded, dict):
            meta = loaded
        body = text.lstrip("\ufeff")[match.end():]
    if not meta.get("title"):
        heading = re.search(r"^#\s+(.+)$", body, re.M)
        first = body.strip().splitlines()[0] if body.strip() else ""
        meta["title"] = heading.group(1) if heading else first
    body = re.sub(r"^#{1,6}\s+", "", body, flags=re.M)
    return _finish(path, body, meta, order)


def _from_html(text: str, path: Path, order: int) -> Article:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_recall=True)
        meta_doc = trafilatura.extract_metadata(text)
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken markup
        raise IngestError(path, f"malformed HTML: {exc}") from exc
    if not body or not body.strip():
        raise IngestError(path, "HTML has no article text")
    meta = {}
    if meta_doc is not None:
        meta = {
            "title": meta_doc.title or "",
            "date": meta_doc.date or "",
            "source": meta_doc.sitename or "",
            "url": meta_doc.url or "",
        }
    lang_match = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", text)
    if lang_match:
        meta["lang"] = lang_match.group(1)
    title = meta.get("title") or ""
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return _finish(path, body, meta, order)


def _article_from_object(obj: object, path: Path, order: int, index: int | None, where: str) -> Article:
    if not isinstance(obj, dict):
        raise IngestError(path, f"{where}: expected a JSON object with a \"text\" field")
    text = obj.get("text") or obj.get("body") or obj.get("content")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(path, f"{where}: no \"text\" field with article text")
    meta = {k: obj.get(k) for k in (*METADATA_FIELDS, "id") if obj.get(k) is not None}
    if not meta.get("title"):
        meta["title"] = text.strip().splitlines()[0]
    return _finish(path, text, meta, order, article_id_for(path, index))


def _from_json_text(text: str, path: Path, order: int) -> Iterator[Article]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(path, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    if isinstance(data, list):
        for index, obj in enumerate(data):
            yield _article_from_object(obj, path, order + index, index, f"item {index}")
    else:
        yield _article_from_object(data, path, order, None, "object")


def _read_jsonl(path: Path, order: int) -> Iterator[Article]:
    """Stream a .jsonl archive line by line; a bad line is an error naming its number."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror or exc}") from exc
    produced = 0
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            line = decode_bytes(raw, f"{path}:{lineno}")
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(path, f"line {lineno}: invalid JSON ({exc.msg}), truncated or malformed") from exc
            yield _article_from_object(obj, path, order + produced, lineno - 1, f"line {lineno}")
            produced += 1
    if not produced:
        raise IngestError(path, "file is empty")


_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def normalise_date(value: object) -> str:
    """ISO date (YYYY-MM-DD) from a string or date, or "" when there is none."""
    if value is None or value == "":
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    match = _DATE.search(str(value))
    if not match:
        return ""
    y, m, d = match.groups()
    return f"{y}-{int(m):02d}-{int(d):02d}"


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

        _LANGID = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
        _LANGID.set_languages(list(LANGS))
    return _LANGID.classify(sample)[0]
