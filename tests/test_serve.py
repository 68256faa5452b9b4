"""`negograph serve`, started for real on a free loopback port: the SPARQL endpoint,
the refusal of writes, the pages beside it, the snapshot a build cannot disturb,
and a clean stop on SIGINT and SIGTERM. The query page in chromium is in
tests/test_serve_browser.py."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psutil
import pytest
from corpus import write_corpus
from servers import negograph_serve, oxigraph_binary
from test_queries import EXPECTED

from graph.query import QUERY_DIR, load_query, query_files, run_query
from graph.serve import exposure_warning, saved_queries
from graph.store import StoreError, open_store

REPO = Path(__file__).resolve().parent.parent
NEGOGRAPH = Path(sys.executable).with_name("negograph")

pytestmark = pytest.mark.skipif(oxigraph_binary() is None, reason="needs the oxigraph server (pip install oxigraph)")


@pytest.fixture(scope="module")
def served(store_path):
    with negograph_serve("--store", str(store_path)) as serve:
        yield serve


def fetch(url: str, data: bytes | None = None, method: str | None = None,
          headers: dict[str, str] | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_serve_prints_the_urls_of_everything_it_serves(served):
    base = served.base
    assert base.startswith("http://127.0.0.1:")
    assert served.urls == {"query_page": f"{base}/", "endpoint": f"{base}/query",
                           "view": f"{base}/positions.html", "comparison": f"{base}/compare.html"}
    assert "as of" in served.lines[0] and "snapshot" in served.lines[0]


def test_a_sparql_query_over_http_returns_the_stores_rows(served):
    query = load_query("conflicts").text
    status, headers, body = fetch(served.urls["endpoint"], urllib.parse.urlencode({"query": query}).encode(),
                                  headers={"Accept": "application/sparql-results+json",
                                           "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    answer = json.loads(body)
    rows = [tuple(b[v]["value"] for v in answer["head"]["vars"]) for b in answer["results"]["bindings"]]
    assert rows == EXPECTED[("conflicts", ())]
    # GET, and /sparql, as some tools expect
    status, _, body = fetch(f"{served.base}/sparql?{urllib.parse.urlencode({'query': 'ASK { ?s ?p ?o }'})}",
                            headers={"Accept": "application/sparql-results+json"})
    assert (status, json.loads(body)["boolean"]) == (200, True)


@pytest.mark.parametrize("name, params", list(EXPECTED), ids=[name for name, _ in EXPECTED])
def test_every_saved_query_gives_its_rows_through_the_endpoint(served, name, params):
    with open_store(served.urls["endpoint"], read_only=True) as remote:
        assert run_query(remote, load_query(name), params).values() == EXPECTED[(name, params)]
        # as the query page opens it: the first example's parameters already bound
        opened = saved_queries()[name]
        if opened["params"] == tuple(params):
            assert remote.query(opened["text"]).values() == EXPECTED[(name, params)]


def test_an_update_is_refused(served, store_path):
    with open_store(served.urls["endpoint"], read_only=True) as remote:
        before = remote.quad_count()
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    status, _, body = fetch(f"{served.base}/update", urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
                            headers=form)
    assert (status, body) == (403, b"negograph serve is read-only: updates and graph writes are refused\n")
    assert fetch(served.urls["endpoint"], b"DROP ALL", headers={"Content-Type": "application/sparql-update"})[0] >= 400
    assert fetch(served.urls["endpoint"], urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
                 headers=form)[0] >= 400
    assert fetch(f"{served.base}/store?default", b"<a:b> <a:c> <a:d> .", method="PUT",
                 headers={"Content-Type": "application/n-triples"})[0] == 403
    with open_store(served.urls["endpoint"]) as writer, pytest.raises(StoreError, match="HTTP 403"):
        writer.update("DROP ALL")
    with open_store(served.urls["endpoint"], read_only=True) as remote:
        assert remote.quad_count() == before > 0


def test_the_view_links_to_the_query_page_and_the_comparison_is_served(served):
    status, headers, page = fetch(served.urls["view"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert b'<a class="nav" href="/">SPARQL query</a>' in page
    assert b'<a class="nav" href="compare.html">Comparison</a>' in page
    status, _, page = fetch(served.urls["comparison"])
    assert status == 200 and b"Vladimir Putin" in page


def test_the_saved_queries_are_served_as_written(served):
    for path in query_files():
        status, headers, body = fetch(f"{served.base}/queries/{path.name}")
        assert (status, body) == (200, path.read_bytes())
        assert headers["Content-Type"] == "application/sparql-query; charset=utf-8"
    assert fetch(f"{served.base}/queries/../pyproject.toml")[0] == 404
    assert fetch(f"{served.base}/queries/nope.rq")[0] == 404


def test_the_query_page_lists_every_saved_query_with_its_header_comment(served):
    status, headers, page = fetch(served.urls["query_page"])
    assert status == 200
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    text = page.decode("utf-8")
    for path in query_files():
        assert f'data-name="{path.stem}"' in text
    queries = saved_queries()
    assert sorted(queries) == sorted(p.stem for p in query_files())
    # ready to run: the header comment kept, the example's value bound, the rest as written
    actor = queries["actor-positions"]["text"]
    written = (QUERY_DIR / "actor-positions.rq").read_text(encoding="utf-8")
    assert actor.startswith(written.split("PREFIX")[0])
    assert 'VALUES ?actor { "putin" }' in actor
    assert queries["conflicts"]["text"] == (QUERY_DIR / "conflicts.rq").read_text(encoding="utf-8")


def test_the_query_page_loads_nothing_from_another_host(served):
    _, _, page = fetch(served.urls["query_page"])
    assert b"src=\"http" not in page and b"href=\"http" not in page and b"src=\"//" not in page
    for asset in ("/yasgui.min.js", "/yasgui.min.css", "/assets/query.js", "/assets/query.css"):
        assert fetch(served.base + asset)[0] == 200


def test_a_build_may_run_while_serve_is_open(tmp_path):
    out = tmp_path / "out"
    first = subprocess.run([str(NEGOGRAPH), "build", str(REPO / "seeds"), "--out", str(out)],
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    built_page = (out / "positions.html").read_text(encoding="utf-8")
    assert 'href="compare.html"' in built_page and "SPARQL query" not in built_page  # only when served
    count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/negograph/ontology#Article> } }"

    def articles(endpoint: str) -> int:
        with open_store(endpoint, read_only=True) as remote:
            return int(remote.query(count).rows[0][0].value)

    with negograph_serve("--out", str(out)) as serve:
        assert articles(serve.urls["endpoint"]) == 1
        more = write_corpus(tmp_path / "more")
        second = subprocess.run([str(NEGOGRAPH), "build", str(more), "--out", str(out)],
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr  # the store is not held open by serve
        assert articles(serve.urls["endpoint"]) == 1  # serve shows the store as of its start
    with open_store(out / "store", read_only=True) as built:
        total = len(built.articles())
    assert total > 1
    with negograph_serve("--out", str(out)) as serve:
        assert articles(serve.urls["endpoint"]) == total  # a restart serves the new build


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_serve_and_every_process_it_started(store_path, signum):
    with negograph_serve("--store", str(store_path)) as serve:
        children = psutil.Process(serve.process.pid).children(recursive=True)
        assert [c.name() for c in children] == ["oxigraph"]
        snapshot = Path(children[0].cmdline()[children[0].cmdline().index("--location") + 1])
        assert snapshot.exists()
        serve.process.send_signal(signum)
        assert serve.process.wait(timeout=20) == 0
        assert serve.process.stderr.read() == "negograph: stopped\n"
        gone, alive = psutil.wait_procs(children, timeout=5)
        assert alive == []
        assert not snapshot.exists() and not snapshot.parent.exists()
        with pytest.raises(urllib.error.URLError):
            urllib.request.urlopen(serve.urls["endpoint"] + "?query=ASK%7B%7D", timeout=5)


def test_serve_without_a_store_is_one_line(tmp_path):
    result = subprocess.run([str(NEGOGRAPH), "serve", "--out", str(tmp_path), "--port", "0"],
                            capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (
        1, f"negograph: no store at {tmp_path / 'store'}; build one first (negograph build PATH --out DIR)\n")


def test_a_port_in_use_is_one_line(served, store_path):
    port = urllib.parse.urlsplit(served.base).port
    started = time.monotonic()
    result = subprocess.run([str(NEGOGRAPH), "serve", "--store", str(store_path), "--port", str(port)],
                            capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (
        1, f"negograph: port {port} on 127.0.0.1 is in use; pass --port N (0 for any free port)\n")
    assert time.monotonic() - started < 30


def test_another_host_than_loopback_is_warned_about():
    assert exposure_warning("127.0.0.1") == exposure_warning("::1") == exposure_warning("localhost") == ""
    assert exposure_warning("0.0.0.0").startswith("warning: serving on 0.0.0.0: anyone who can reach")
    assert exposure_warning("192.168.1.5").startswith("warning: serving on 192.168.1.5:")


def test_serve_takes_a_store_folder_not_an_endpoint():
    result = subprocess.run([str(NEGOGRAPH), "serve", "--store", "http://127.0.0.1:7878/query"],
                            capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (
        2, "negograph: http://127.0.0.1:7878/query is already a SPARQL endpoint; serve opens a store folder\n")
