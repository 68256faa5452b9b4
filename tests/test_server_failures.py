"""A SPARQL server that goes away: every command says so in one line, and a build
interrupted by it is completed by running it again.

The servers here are real: `oxigraph serve` killed with SIGKILL in the middle of
a build, and small sockets on 127.0.0.1 that refuse, stay silent or close the
connection in the middle of an answer.
"""
from __future__ import annotations

import contextlib
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from servers import OxigraphServer, free_port

from graph import namespaces as ns
from graph.store import StoreUnavailable, open_store

REPO = Path(__file__).resolve().parent.parent
NEGOGRAPH = Path(sys.executable).with_name("negograph")
ARTICLES = 300
KILL_AFTER = 40  # article graphs on the server when it is killed
STOPPED = re.compile(
    r"^negograph: the SPARQL server at (?P<url>\S+) stopped answering \((?P<why>[^)]+)\) "
    r"after (?P<n>[\d,]+) articles were stored; run the same build again to complete the store$")


def negograph(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(NEGOGRAPH), *args], capture_output=True, text=True, timeout=timeout, cwd=REPO)


def article_graphs(url: str) -> int:
    with open_store(url, read_only=True, timeout=2) as store:
        result = store.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                             "FILTER(STRSTARTS(STR(?g), ?prefix)) }", {"prefix": ns.ARTICLE_GRAPH.iri})
        return int(result.rows[0][0].value)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from generate import write_archive
    finally:
        sys.path.remove(str(REPO / "bench"))
    return write_archive(tmp_path_factory.mktemp("archive") / "news.jsonl", ARTICLES)


def test_server_killed_mid_build_then_rerun_equals_an_uninterrupted_build(archive, tmp_path):
    server = OxigraphServer(tmp_path / "db")
    query_url = f"{server.start()}/query"
    try:
        build = subprocess.Popen([str(NEGOGRAPH), "build", str(archive), "--out", str(tmp_path / "out"),
                                  "--store", query_url, "--jobs", "2"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
        deadline = time.monotonic() + 60
        while article_graphs(query_url) < KILL_AFTER and build.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        server.kill()
        stdout, stderr = build.communicate(timeout=60)
        assert build.returncode == 1, (stdout, stderr)
        assert len(stderr.splitlines()) == 1, stderr
        stopped = STOPPED.match(stderr.strip())
        assert stopped, stderr
        assert stopped["url"] == query_url
        stored = int(stopped["n"].replace(",", ""))
        assert KILL_AFTER <= stored < ARTICLES

        server.start()  # the same data, the same port
        assert article_graphs(query_url) >= stored  # what the line said was stored is there
        rerun = negograph("build", str(archive), "--out", str(tmp_path / "out"), "--store", query_url)
        assert rerun.returncode == 0, rerun.stderr
        with open_store(query_url, read_only=True) as store:
            completed = store.quads()
    finally:
        server.stop()

    fresh = OxigraphServer(tmp_path / "fresh-db")
    fresh_url = f"{fresh.start()}/query"
    try:
        whole = negograph("build", str(archive), "--out", str(tmp_path / "out-whole"), "--store", fresh_url)
        assert whole.returncode == 0, whole.stderr
        with open_store(fresh_url, read_only=True) as store:
            uninterrupted = store.quads()
    finally:
        fresh.stop()
    assert len(completed) == len(uninterrupted)
    assert completed == uninterrupted


# ---------------------------------------------------------------- servers that fail in one way


@contextlib.contextmanager
def fake_server(answer: Callable[[socket.socket], None]) -> Iterator[str]:
    """A socket on 127.0.0.1 that hands each connection to `answer`; yields a query URL."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(5)
                with contextlib.suppress(OSError):
                    read_request(conn)
                    answer(conn)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/query"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def read_request(conn: socket.socket) -> None:
    """The whole request, headers and body: data left unread would make close() a reset."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                   if line.lower().startswith(b"content-length:")), 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return
        body += chunk


def close_at_once(conn: socket.socket) -> None:
    pass


def close_mid_answer(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                 b"Content-Length: 1000\r\n\r\n{\"head\": {\"vars\": [")


def stay_silent(conn: socket.socket) -> None:
    time.sleep(1)


@pytest.mark.parametrize("answer, why", [
    (close_at_once, "the connection closed without an answer"),
    (close_mid_answer, "the connection closed in the middle of an answer"),
    (stay_silent, "no answer within 0.5 s (--timeout sets the limit)"),
], ids=["closed", "incomplete-read", "silent"])
def test_a_server_that_fails_is_unavailable_with_the_reason(answer, why):
    with fake_server(answer) as url, pytest.raises(StoreUnavailable) as raised:
        open_store(url, timeout=0.5)
    assert (raised.value.server, raised.value.reason) == (url, why)
    assert str(raised.value) == f"cannot reach SPARQL endpoint {url}: {why}"


COMMANDS = [
    ["query", "conflicts"],
    ["compare"],
    ["view", "-o", "{tmp}/view.html"],
    ["export", "--format", "nquads"],
    ["build", str(REPO / "seeds"), "--out", "{tmp}/out"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_every_command_on_a_silent_server_is_one_line_after_the_timeout(command, tmp_path):
    args = [a.format(tmp=tmp_path) for a in command]
    with fake_server(stay_silent) as url:
        started = time.monotonic()
        result = negograph(*args, "--store", url, "--timeout", "0.5")
        took = time.monotonic() - started
    assert result.returncode == 1
    assert result.stderr == f"negograph: cannot reach SPARQL endpoint {url}: no answer within 0.5 s (--timeout sets the limit)\n"
    assert took < 10  # the 0.5 s limit, plus starting Python


def test_the_timeout_can_come_from_the_environment(tmp_path):
    with fake_server(stay_silent) as url:
        result = subprocess.run([str(NEGOGRAPH), "query", "conflicts", "--store", url], capture_output=True,
                                text=True, timeout=60, env={"NEGOGRAPH_TIMEOUT": "0.25", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert result.stderr.endswith(": no answer within 0.25 s (--timeout sets the limit)\n")


def test_a_refused_connection_is_one_line():
    url = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there
    result = negograph("query", "conflicts", "--store", url)
    assert (result.returncode, result.stderr) == (1, f"negograph: cannot reach SPARQL endpoint {url}: connection refused\n")
