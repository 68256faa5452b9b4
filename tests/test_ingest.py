"""Ingestion: each format with its metadata, the encodings, and every bad input."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.ingest import (
    MAX_FILE_BYTES,
    IngestError,
    article_id_for,
    decode_bytes,
    detect_language,
    iter_files,
    normalise_date,
    read_articles,
)

UK = "Путін відкинув пропозицію \"миру\". Зеленський вимагає гарантій безпеки для України, ґанок, єдність."
RU = "Путин отверг предложение \"мира\". Зеленский требует гарантий безопасности. Объединённые эмоции, подъезд."
EN = "Putin rejected the proposal. Zelensky demands security guarantees for Ukraine before any ceasefire."


def one(path: Path):
    articles = list(read_articles(path))
    assert len(articles) == 1
    return articles[0]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


# --- formats -------------------------------------------------------------------------


def test_txt_first_line_is_title_and_id_is_file_name(tmp_path):
    article = one(write(tmp_path, "ft-putin.txt", f"Заголовок статті\n\n{UK}\n"))
    assert article.id == "ft-putin"
    assert article.title == "Заголовок статті"
    assert article.text == f"Заголовок статті\n\n{UK}"
    assert article.lang == "uk"
    assert article.path == str(tmp_path / "ft-putin.txt")


def test_seed_article_is_read_as_ukrainian(seed_path):
    article = one(seed_path)
    assert article.id == "000_a3037275ce1eafef"
    assert article.title == "FT дізналося, що хоче домогтися Путін на переговорах із Трампом"
    assert article.lang == "uk"


def test_markdown_front_matter_gives_every_metadata_field(tmp_path):
    content = (
        "---\n"
        "title: Putin's goals\n"
        "source: Financial Times\n"
        "date: 2025-02-11\n"
        "url: https://example.org/ft\n"
        "lang: ru\n"
        "---\n"
        f"# Heading\n\n{RU}\n"
    )
    article = one(write(tmp_path, "ft.md", content))
    assert (article.title, article.source, article.date, article.url, article.lang) == (
        "Putin's goals", "Financial Times", "2025-02-11", "https://example.org/ft", "ru")
    assert article.text == f"Heading\n\n{RU}"


def test_markdown_without_front_matter_takes_heading_as_title(tmp_path):
    article = one(write(tmp_path, "a.md", f"Intro line\n\n# The title\n\n{EN}\n"))
    assert article.title == "The title"
    assert article.lang == "en"
    assert article.date == ""


def test_markdown_invalid_date_in_front_matter_is_an_ingest_error(tmp_path):
    path = write(tmp_path, "a.md", f"---\ndate: 2024-13-45\n---\n{EN}\n")
    with pytest.raises(IngestError, match="invalid YAML front matter"):
        one(path)


HTML = """<!doctype html><html lang="uk"><head><title>Заголовок статті</title>
<meta property="article:published_time" content="2025-02-11">
<meta property="og:site_name" content="Європейська правда">
<link rel="canonical" href="https://example.org/a"></head>
<body><nav>Меню сайту</nav><article><h1>Заголовок статті</h1>
<p>Перший абзац статті про переговори, досить довгий, щоб його визнали основним текстом. Путін відкинув пропозицію.</p>
<p>Другий абзац. Зеленський вимагає гарантій безпеки для України.</p></article>
<footer>Усі права захищено</footer></body></html>"""


def test_html_main_text_title_date_source_url(tmp_path):
    article = one(write(tmp_path, "ep.html", HTML))
    assert article.title == "Заголовок статті"
    assert article.date == "2025-02-11"
    assert article.source == "Європейська правда"
    assert article.url == "https://example.org/a"
    assert article.lang == "uk"
    assert article.text == (
        "Заголовок статті\n\n"
        "Перший абзац статті про переговори, досить довгий, щоб його визнали основним текстом. "
        "Путін відкинув пропозицію.\n\n"
        "Другий абзац. Зеленський вимагає гарантій безпеки для України."
    )
    assert "Меню" not in article.text and "права" not in article.text


def test_json_object_with_metadata(tmp_path):
    obj = {"title": "T", "text": EN, "source": "Reuters", "date": "11.02.2025", "url": "https://r/1"}
    article = one(write(tmp_path, "r.json", json.dumps(obj)))
    assert (article.id, article.title, article.source, article.date, article.url, article.lang) == (
        "r", "T", "Reuters", "2025-02-11", "https://r/1", "en")
    assert article.text == EN


def test_json_list_gives_one_article_per_object_with_index_ids(tmp_path):
    data = [{"text": EN}, {"text": RU, "lang": "ru", "id": "my id/1"}]
    articles = list(read_articles(write(tmp_path, "batch.json", json.dumps(data)), start_order=5))
    assert [a.id for a in articles] == ["batch-0", "my-id-1"]
    assert [a.order for a in articles] == [5, 6]
    assert articles[0].title == EN  # no title: the first line of the text
    assert articles[1].lang == "ru"


def test_jsonl_one_article_per_line_with_line_index_ids(tmp_path):
    lines = [json.dumps({"text": UK, "title": "a"}, ensure_ascii=False), "",
             json.dumps({"text": EN, "date": "2025-01-02"})]
    articles = list(read_articles(write(tmp_path, "arch.jsonl", "\n".join(lines) + "\n")))
    assert [(a.id, a.title, a.lang, a.date) for a in articles] == [
        ("arch-0", "a", "uk", ""), ("arch-2", EN, "en", "2025-01-02")]


def test_jsonl_is_read_lazily(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w") as handle:
        handle.write(json.dumps({"text": EN}) + "\n")
        handle.write("{not json\n")
    articles = read_articles(path)
    assert next(articles).id == "big-0"  # the bad second line is not read yet
    with pytest.raises(IngestError, match="line 2: invalid JSON"):
        next(articles)


def test_jsonl_truncated_line_with_on_error_keeps_the_other_lines(tmp_path):
    good = json.dumps({"text": EN})
    path = write(tmp_path, "cut.jsonl", f"{good}\n{good}\n{good[:20]}")
    errors: list[IngestError] = []
    articles = list(read_articles(path, on_error=errors.append))
    assert [a.id for a in articles] == ["cut-0", "cut-1"]
    assert [str(e) for e in errors] == [
        f"{path}: line 3: invalid JSON at column 10: Unterminated string starting at (truncated or malformed)"]


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_u"])
def test_ukrainian_legacy_encodings_decode_to_the_original(tmp_path, encoding):
    article = one(write(tmp_path, "a.txt", f"Заголовок\n\n{UK}".encode(encoding)))
    assert article.text == f"Заголовок\n\n{UK}"
    assert article.lang == "uk"


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "utf-8-sig", "utf-16"])
def test_russian_encodings_decode_to_the_original(tmp_path, encoding):
    article = one(write(tmp_path, "a.txt", f"Заголовок\n\n{RU}".encode(encoding)))
    assert article.text == f"Заголовок\n\n{RU}"
    assert article.title == "Заголовок"
    assert article.lang == "ru"


def test_utf8_bom_is_not_part_of_the_title(tmp_path):
    article = one(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + f"Title\n{EN}".encode()))
    assert article.title == "Title"


def test_cp1251_jsonl_line_decodes(tmp_path):
    line = json.dumps({"text": RU}, ensure_ascii=False).encode("cp1251")
    assert next(read_articles(write(tmp_path, "a.jsonl", line + b"\n"))).text == RU


@pytest.mark.parametrize(("text", "lang"), [(UK, "uk"), (RU, "ru"), (EN, "en")])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_given_lang_aliases_and_region_tags(tmp_path):
    obj = {"text": EN, "lang": "uk-UA"}
    assert one(write(tmp_path, "a.json", json.dumps(obj))).lang == "uk"
    obj = {"text": EN, "lang": "ua"}
    assert one(write(tmp_path, "b.json", json.dumps(obj))).lang == "uk"


@pytest.mark.parametrize(("value", "iso"), [
    ("2025-02-11T10:00:00+02:00", "2025-02-11"), ("11.02.2025", "2025-02-11"),
    ("2025-2-3", "2025-02-03"), ("2024-13-45", ""), ("yesterday", ""), (None, "")])
def test_normalise_date(value, iso):
    assert normalise_date(value) == iso


def test_article_ids_are_stable_and_iri_safe():
    assert article_id_for(Path("/x/Путін і Трамп (FT).txt")) == "Путін-і-Трамп-FT"
    assert article_id_for(Path("a.jsonl"), 7) == "a-7"


def test_iter_files_sorted_recursive_skips_hidden_and_unsupported(tmp_path):
    for name in ("b.txt", "a.md", "sub/c.jsonl", ".hidden.txt", ".git/x.txt", "notes.pdf"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(EN)
    assert [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])] == [
        "a.md", "b.txt", "sub/c.jsonl"]


def test_iter_files_reports_missing_path_and_goes_on(tmp_path):
    good = write(tmp_path, "a.txt", EN)
    errors: list[IngestError] = []
    files = list(iter_files([tmp_path / "missing", good], on_error=errors.append))
    assert files == [good]
    assert [e.reason for e in errors] == ["no such file or directory"]
    with pytest.raises(IngestError, match="no such file or directory"):
        list(iter_files([tmp_path / "missing"]))


# --- bad input: one IngestError naming the file and the reason ---------------------------

BAD_INPUTS = [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\n \t", "file is empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file (contains NUL bytes), not text"),
    ("latin1.txt", "Ceci n'est pas de l'UTF-8: déjà vu, à propos, Noël.".encode("latin-1") * 3,
     "undecodable bytes: not UTF-8, cp1251 or KOI8-R text"),
    ("ctrl.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 40 + b"text", "binary file (control characters), not text"),
    ("cut.json", b'{"text": "Putin rejected', "invalid JSON at line 1 column 10: Unterminated string starting at (truncated or malformed)"),
    ("deep.json", b"[" * 100000 + b"]" * 100000, "invalid JSON: RecursionError: maximum recursion depth exceeded while decoding a JSON array from a unicode string"),
    ("notext.json", b'{"title": "only a title"}', 'object: no "text" field with article text'),
    ("list.json", b"[]", "empty JSON list, no articles"),
    ("cut.jsonl", b'{"text": "Putin rejected', "line 1: invalid JSON at column 10: Unterminated string starting at (truncated or malformed)"),
    ("nul.jsonl", b'{"text": "a\x00b"}\n', "line 1: binary file (contains NUL bytes), not text"),
    ("scalar.jsonl", b"42\n", 'line 1: expected a JSON object with a "text" field'),
    ("blank.jsonl", b"\n\n", "file is empty"),
    ("nav.html", b"<html><head><title>Only a title</title><style>p{}</style></head><body><script>var x = 1;</script></body></html>",
     "HTML has no article text"),
    ("bad.md", b"---\ntitle: [unclosed\n---\nbody text here\n", "invalid YAML front matter: while parsing a flow sequence"),
    ("list.md", b"---\n- a\n- b\n---\nbody text here\n", "invalid YAML front matter: expected key: value pairs"),
    ("paper.pdf", b"%PDF-1.4 something", "unsupported file type '.pdf'; supported: .txt, .md, .markdown, .html, .htm, .json, .jsonl"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_raises_one_line_ingest_error(tmp_path, name, content, reason):
    path = write(tmp_path, name, content)
    with pytest.raises(IngestError) as info:
        list(read_articles(path))
    assert info.value.path == str(path)
    assert info.value.reason == reason
    assert "\n" not in str(info.value)


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 2**20)  # sparse: the size is real, the disk use is not
    monkeypatch.setattr("graph.ingest._read_bytes", lambda p: pytest.fail("the file was read"))
    with pytest.raises(IngestError) as info:
        list(read_articles(path))
    assert info.value.reason == (
        f"file too large (50 MB > {MAX_FILE_BYTES // 2**20} MB limit for one article; "
        "put many articles in a .jsonl archive)")


def test_overlong_jsonl_line_is_skipped_and_the_next_line_read(tmp_path, monkeypatch):
    monkeypatch.setattr("graph.ingest.MAX_LINE_BYTES", 1000)
    path = write(tmp_path, "a.jsonl", json.dumps({"text": "x " * 2000}) + "\n" + json.dumps({"text": EN}) + "\n")
    errors: list[IngestError] = []
    assert [a.id for a in read_articles(path, on_error=errors.append)] == ["a-1"]
    assert [e.reason for e in errors] == ["line 1: longer than 0 MB"]


def test_missing_file(tmp_path):
    with pytest.raises(IngestError, match="no such file or directory"):
        list(read_articles(tmp_path / "nope.txt"))


def test_directory_and_fifo_are_refused(tmp_path):
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(IngestError, match="is a directory"):
        list(read_articles(tmp_path / "dir.txt"))
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    with pytest.raises(IngestError, match="not a regular file"):
        list(read_articles(tmp_path / "pipe.txt"))


def test_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", EN)
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: make the open fail as it would for a user
        real_open = Path.open

        def deny(self, *args, **kwargs):
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(IngestError) as info:
        list(read_articles(path))
    assert info.value.reason == "cannot read: Permission denied"


# --- fuzzing ------------------------------------------------------------------------------

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]))
def test_random_bytes_raise_nothing_but_ingest_error(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        for article in read_articles(path, on_error=lambda e: None):
            assert article.text and article.lang in ("uk", "ru", "en")
    except IngestError as exc:
        assert "\n" not in str(exc)


@FUZZ
@given(text=st.text(max_size=500), suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]))
def test_random_text_raises_nothing_but_ingest_error(tmp_path, text, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        list(read_articles(path, on_error=lambda e: None))
    except IngestError:
        pass


@FUZZ
@given(obj=st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "title", "date", "lang", "id", "url", "source", "x"]), inner, max_size=6),
    max_leaves=20))
def test_random_json_objects_raise_nothing_but_ingest_error(tmp_path, obj):
    for name in ("fuzz.json", "fuzz.jsonl"):
        path = tmp_path / name
        path.write_text(json.dumps(obj))
        try:
            list(read_articles(path))
        except IngestError:
            pass


@FUZZ
@given(data=st.binary(min_size=1, max_size=300))
def test_decode_bytes_never_raises_other_errors(data):
    try:
        decode_bytes(data, "x")
    except IngestError:
        pass


def test_html_without_a_working_trafilatura_is_one_line(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def broken(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean.")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", broken)
    with pytest.raises(IngestError) as info:
        list(read_articles(write(tmp_path, "a.html", HTML)))
    assert info.value.reason == ("cannot read HTML here: lxml.html.clean module is now a separate project "
                                 "lxml_html_clean. (reinstall negograph)")


def test_markdown_front_matter_title_with_an_unquoted_colon_is_read_as_text(tmp_path):
    path = write(tmp_path, "a.md", f"---\ntitle: Talks: what each side wants\ndate: 2026-03-09\nlang: en\n---\n{EN}\n")
    article = one(path)
    assert article.title == "Talks: what each side wants"
    assert article.date == "2026-03-09"
