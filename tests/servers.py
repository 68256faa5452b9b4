"""Servers the tests start and stop: a real Oxigraph SPARQL server.

Shared by tests/test_scale.py and tests/test_sparql_server.py. Use it as a
context manager (or through a pytest fixture built on it):

    with oxigraph_server(tmp_path / "db") as url:   # http://127.0.0.1:PORT
        open_store(url)...

The server is the `oxigraph` binary installed next to the test interpreter
(the `oxigraph` test dependency); tests skip when it is missing.
"""
from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def oxigraph_binary() -> str | None:
    """The oxigraph server binary of this virtualenv, else the one on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.exists():
        return str(beside)
    return shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OxigraphServer:
    """`oxigraph serve` on 127.0.0.1 with its data in `location`, which a test can
    kill and start again on the same port and data (a server that goes away)."""

    def __init__(self, location: Path, port: int | None = None, timeout: float = 30.0):
        self.binary = oxigraph_binary()
        if self.binary is None:
            pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
        self.location = Path(location)
        self.location.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.timeout = timeout
        self.process: subprocess.Popen | None = None

    def start(self) -> str:
        log = self.location.parent / f"oxigraph-{self.port}.log"
        with log.open("ab") as log_file:
            self.process = subprocess.Popen(
                [self.binary, "serve", "--bind", f"127.0.0.1:{self.port}", "--location", str(self.location)],
                stdout=log_file, stderr=subprocess.STDOUT)
        try:
            _wait_until_up(self.url, self.process, self.timeout, log)
        except BaseException:
            self.kill()
            raise
        return self.url

    def kill(self) -> None:
        """SIGKILL: the server goes away mid-request, as when its machine fails."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
        if self.process is not None:
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


@contextlib.contextmanager
def oxigraph_server(location: Path, timeout: float = 30.0) -> Iterator[str]:
    """Start `oxigraph serve` on a free local port with its data in `location`; yield its
    base URL (SPARQL at URL/query and URL/update, graph store at URL/store) and stop it."""
    server = OxigraphServer(location, timeout=timeout)
    url = server.start()
    try:
        yield url
    finally:
        server.stop()


def _wait_until_up(url: str, process: subprocess.Popen, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    probe = f"{url}/query?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"oxigraph server exited with {process.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise RuntimeError(f"oxigraph server did not answer at {url} within {timeout:.0f} s")


SERVE_LINES = {"query page": "query_page", "SPARQL": "endpoint", "positions": "view", "comparison": "comparison"}


class Serve:
    """A running `negograph serve --port 0`: its process and the URLs it printed."""

    def __init__(self, process: subprocess.Popen, urls: dict[str, str], lines: list[str]):
        self.process = process
        self.urls = urls
        self.lines = lines

    @property
    def base(self) -> str:
        return self.urls["query_page"].rstrip("/")


@contextlib.contextmanager
def negograph_serve(*args: str, timeout: float = 60.0) -> Iterator[Serve]:
    """Start `negograph serve ARGS --port 0` (a free loopback port), wait for the URLs it
    prints, yield it, and stop it (SIGTERM, then SIGKILL) unless the test already did."""
    import queue
    import threading

    negograph = Path(sys.executable).with_name("negograph")
    process = subprocess.Popen([str(negograph), "serve", *args, "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    try:
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while not seen or not seen[-1].startswith("Press Ctrl-C"):
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                raise RuntimeError(f"negograph serve printed no URLs within {timeout:.0f} s: {seen}") from None
            if line is None:
                process.wait(timeout=10)
                raise RuntimeError(f"negograph serve exited ({process.returncode}): {process.stderr.read()}")
            seen.append(line)
        urls = {}
        for line in seen:
            for label, key in SERVE_LINES.items():
                if line.strip().startswith(label):
                    urls[key] = line.split()[len(label.split())]
        yield Serve(process, urls, seen)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
