"""`negograph serve`: the store in a browser, behind a read-only SPARQL 1.1 endpoint.

Two processes. Oxigraph's own server (`oxigraph serve-read-only`, from the
`oxigraph` package) answers SPARQL on a private loopback port; this process
runs the front on the address the user asked for, and is the only one a
client talks to:

    /                   the query page: the YASGUI editor bundled in the Oxigraph
                        server, and the saved queries of queries/
    /query, /sparql     the SPARQL 1.1 Protocol endpoint (GET and POST), passed to Oxigraph
    /store              the Graph Store Protocol, reading only (GET, HEAD)
    /positions.html     the positions view, with a link to the query page
    /compare.html       the comparison
    /queries/NAME.rq    a saved query as written
    /update             refused (403), like every write

What is served is a snapshot: at start the store is copied into a temporary
directory as a RocksDB checkpoint (hard links to its immutable data files,
so it takes milliseconds and no extra space on the same file system) while
holding the store's lock for that moment only. A build may then write the
store while serve is open; the page keeps showing the store as of serve's
start until serve is started again. The snapshot is deleted when serve stops.

The Oxigraph process is in its own process group, so a Ctrl-C reaches this
process only, which stops the front, then Oxigraph (SIGTERM, then SIGKILL),
then deletes the snapshot; on Linux the kernel also sends it SIGTERM should
this process die without cleaning up.
"""
from __future__ import annotations

import contextlib
import html
import http.client
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .store import EmbeddedStore, StoreError

ASSETS = Path(__file__).resolve().parent / "assets"
DEFAULT_PORT = 7878
START_TIMEOUT = 30.0  # seconds for Oxigraph to open the snapshot and answer
PROXY_TIMEOUT = 600.0  # seconds a query may run before the front gives up on it
# Files of Oxigraph's bundled query page that the front passes through.
OXIGRAPH_ASSETS = ("/yasgui.min.js", "/yasgui.min.css", "/logo.svg")
OUR_ASSETS = {"/assets/query.js": "application/javascript; charset=utf-8",
              "/assets/query.css": "text/css; charset=utf-8"}
# Only this server: scripts, styles and requests go nowhere else.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'")
READ_ONLY = b"negograph serve is read-only: updates and graph writes are refused\n"


class ServeError(Exception):
    """serve cannot start or went wrong; str() is one line for the user."""


@dataclass
class Urls:
    base: str

    @property
    def query_page(self) -> str:
        return f"{self.base}/"

    @property
    def endpoint(self) -> str:
        return f"{self.base}/query"

    @property
    def view(self) -> str:
        return f"{self.base}/positions.html"

    @property
    def comparison(self) -> str:
        return f"{self.base}/compare.html"


def oxigraph_binary() -> str:
    """The Oxigraph server installed with negograph (the `oxigraph` package)."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServeError("the Oxigraph server is not installed; pip install oxigraph (a dependency of negograph)")
    return found


def exposure_warning(host: str) -> str:
    """The warning for a host other than loopback; "" for loopback."""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if loopback:
        return ""
    return (f"warning: serving on {host}: anyone who can reach this machine there can read the whole "
            "store and run any query on it; there is no authentication")


def snapshot(store: Path, into: Path) -> None:
    """Copy the embedded store at `store` into the new directory `into`, as it is now.

    The store is opened as its writer when it can be (so that what only its log
    holds, after a build that was killed, is copied too), else as a reader
    (someone is reading it: then no build is writing it either).
    """
    if not (store / "CURRENT").exists():
        raise StoreError(f"no store at {store}; build one first (negograph build PATH --out DIR)")
    try:
        opened = EmbeddedStore(store, read_only=False)
    except StoreError:
        opened = EmbeddedStore(store, read_only=True)  # raises, naming the writer, when a build holds it
    with opened:
        opened.backup(into)


def snapshot_dir(store: Path) -> Path:
    """A new temporary directory on the store's file system, so the checkpoint can hard-link."""
    system = Path(tempfile.gettempdir())
    try:
        same_disk = os.stat(system).st_dev == os.stat(store).st_dev
    except OSError:
        same_disk = False
    if not same_disk:
        with contextlib.suppress(OSError):
            return Path(tempfile.mkdtemp(prefix=".negograph-serve-", dir=store.parent))
    return Path(tempfile.mkdtemp(prefix="negograph-serve-"))


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    os.setpgid(0, 0)  # a Ctrl-C on the terminal goes to serve, which stops this child itself
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: stop when serve dies, however it dies
    except (OSError, AttributeError):
        pass


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_oxigraph(location: Path, log: Path) -> tuple[subprocess.Popen, int]:
    """`oxigraph serve-read-only` on a free loopback port; returns the process and the port
    once it answers. The default graph is the union of the graphs, as on the embedded store."""
    binary = oxigraph_binary()
    for _ in range(3):  # another process may take the free port before Oxigraph binds it
        port = _free_port()
        with log.open("ab") as log_file:
            process = subprocess.Popen(
                [binary, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                 "--union-default-graph"],
                stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent if os.name == "posix" else None)
        try:
            if _wait_until_up(port, process):
                return process, port
        except BaseException:
            stop_process(process)
            raise
        if "in use" not in _last_line(log).lower():
            break
    raise ServeError(f"the Oxigraph server did not start: {_last_line(log) or 'no output'}")


def _wait_until_up(port: int, process: subprocess.Popen) -> bool:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            time.sleep(0.05)
    stop_process(process)
    raise ServeError(f"the Oxigraph server did not answer within {START_TIMEOUT:.0f} s")


def _last_line(log: Path) -> str:
    try:
        lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    except OSError:
        return ""
    errors = [line for line in lines if line.startswith("Error")]
    return (errors or lines or [""])[-1].strip()


def stop_process(process: subprocess.Popen, grace: float = 5.0) -> None:
    """SIGTERM, then SIGKILL after `grace` seconds; returns once it has exited."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# ---------------------------------------------------------------- pages


def saved_queries() -> dict[str, dict[str, str]]:
    """The queries of queries/ as the query page opens them: name -> summary, text.

    A parameter is bound to the value of the query's `# Example:` line in a
    VALUES block (as `negograph query --param` would), so each opens ready to run.
    """
    import shlex

    from .query import QueryError, bind, load_query, parse_param, query_files

    out = {}
    for path in query_files():
        query = load_query(path)
        params = []
        for line in query.text.splitlines():
            if line.startswith("# Example:"):
                words = shlex.split(line.partition(":")[2], comments=False, posix=True)
                params = [words[i + 1] for i, w in enumerate(words[:-1]) if w in ("--param", "-p")]
                break
        text = query.text
        try:
            bindings = query.normalise(dict(parse_param(p) for p in params))
            if bindings:
                text = bind(text, bindings)
        except QueryError:
            pass  # shown as written; running it tells what is missing
        out[path.stem] = {"summary": _header(query.text), "text": text, "file": path.name,
                          "params": tuple(params)}
    return out


def _header(text: str) -> str:
    """The query's opening comment up to its Parameter and Example lines: what it answers."""
    words = []
    for line in text.splitlines():
        if not line.startswith("#") or line.startswith(("# Parameter", "# Example")):
            break
        words.append(line.lstrip("#").strip())
    return " ".join(w for w in words if w)


def query_page(store: Path, taken: str, endpoint: str, queries: dict[str, dict[str, str]]) -> bytes:
    from .view import script_json

    items = "\n".join(
        f'      <li><a class="saved" data-name="{html.escape(name)}" '
        f'href="/#{html.escape(urllib.parse.urlencode({"query": q["text"]}))}">{html.escape(name)}</a> '
        f'<a class="raw" href="/queries/{html.escape(q["file"])}">.rq</a>'
        f'<span class="summary">{html.escape(q["summary"])}</span></li>'
        for name, q in queries.items())
    page = (ASSETS / "query.html").read_text(encoding="utf-8")
    for key, value in (("__STORE__", html.escape(str(store))), ("__SNAPSHOT__", html.escape(taken)),
                       ("__ENDPOINT__", html.escape(endpoint)), ("__SAVED_LIST__", items),
                       ("__SAVED_JSON__", script_json(queries))):
        page = page.replace(key, value, 1)
    return page.encode("utf-8")


class Pages:
    """The positions view and the comparison of the snapshot, drawn on first request."""

    def __init__(self, snapshot: Path):
        self.snapshot = snapshot
        self._lock = threading.Lock()
        self._pages: dict[str, bytes] = {}

    def get(self, name: str) -> bytes:
        with self._lock:
            if not self._pages:
                self._pages = self._draw()
            return self._pages[name]

    def _draw(self) -> dict[str, bytes]:
        from .compare import compare
        from .compare_report import render
        from .view import build_view_graph, view_html

        with EmbeddedStore(self.snapshot, read_only=True) as store:
            statements = store.statements()
            articles = store.articles()
        view = view_html(build_view_graph(statements, articles), articles, title="negograph: positions",
                         links={"Comparison": "compare.html", "SPARQL query": "/"})
        return {"positions.html": view.encode("utf-8"),
                "compare.html": render(compare(statements, articles), "html").encode("utf-8")}


# ---------------------------------------------------------------- the front


@dataclass
class Front:
    """What the request handlers share."""

    backend_port: int
    page: bytes
    pages: Pages
    queries: dict[str, dict[str, str]] = field(default_factory=dict)


class Handler(BaseHTTPRequestHandler):
    server_version = "negograph-serve"
    front: Front  # set on the subclass made for each server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass  # one line per request would bury the URLs printed at start

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self._route()

    def do_HEAD(self) -> None:  # noqa: N802
        self._route(head=True)

    def do_POST(self) -> None:  # noqa: N802
        path = urllib.parse.urlsplit(self.path).path
        if path in ("/query", "/sparql"):
            self._proxy("/query", self._read_body())
        else:
            self._refuse(path)

    def do_PUT(self) -> None:  # noqa: N802
        self._refuse(urllib.parse.urlsplit(self.path).path)

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _route(self, head: bool = False) -> None:
        parts = urllib.parse.urlsplit(self.path)
        path = parts.path
        if path in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", self.front.page, csp=True, head=head)
        elif path in ("/query", "/sparql", "/store") or path in OXIGRAPH_ASSETS:
            self._proxy("/query" if path == "/sparql" else path, None, head=head)
        elif path in OUR_ASSETS:
            self._send(200, OUR_ASSETS[path], (ASSETS / path.rsplit("/", 1)[1]).read_bytes(), head=head)
        elif path in ("/positions.html", "/compare.html"):
            try:
                page = self.front.pages.get(path[1:])
            except (StoreError, OSError) as exc:
                self._send(500, "text/plain; charset=utf-8", f"{exc}\n".encode(), head=head)
                return
            self._send(200, "text/html; charset=utf-8", page, head=head)
        elif path.startswith("/queries/") and path.endswith(".rq") and path[len("/queries/"):-3] in self.front.queries:
            from .query import QUERY_DIR

            self._send(200, "application/sparql-query; charset=utf-8",
                       (QUERY_DIR / path[len("/queries/"):]).read_bytes(), head=head)
        elif path == "/update":
            self._refuse(path)
        else:
            self._send(404, "text/plain; charset=utf-8", b"not found\n", head=head)

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _refuse(self, path: str) -> None:
        self._read_body()
        self._send(403, "text/plain; charset=utf-8", READ_ONLY)

    def _send(self, status: int, content_type: str, data: bytes, csp: bool = False, head: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if csp:
            self.send_header("Content-Security-Policy", PAGE_CSP)
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _proxy(self, path: str, data: bytes | None, head: bool = False) -> None:
        """Pass the request to Oxigraph and stream its answer back."""
        query = urllib.parse.urlsplit(self.path).query
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() in ("accept", "content-type", "accept-encoding")}
        connection = http.client.HTTPConnection("127.0.0.1", self.front.backend_port, timeout=PROXY_TIMEOUT)
        try:
            connection.request("HEAD" if head else ("POST" if data is not None else "GET"),
                               path + (f"?{query}" if query else ""), body=data, headers=headers)
            answer = connection.getresponse()
            self.send_response(answer.status)
            for name in ("Content-Type", "Content-Length", "Content-Encoding", "Vary"):
                if answer.getheader(name):
                    self.send_header(name, answer.getheader(name))
            self.end_headers()
            if not head:
                shutil.copyfileobj(answer, self.wfile, 64 * 1024)
        except (OSError, http.client.HTTPException) as exc:
            with contextlib.suppress(OSError):
                self.send_error(502, f"the Oxigraph server did not answer: {exc}")
        finally:
            connection.close()


class FrontServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def bind_front(host: str, port: int, front: Front) -> FrontServer:
    handler = type("BoundHandler", (Handler,), {"front": front})
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    server_class = type("Front", (FrontServer,), {"address_family": family})
    try:
        return server_class((host, port), handler)
    except OSError as exc:
        if exc.errno in (98, 48):  # EADDRINUSE on Linux, macOS
            raise ServeError(f"port {port} on {host} is in use; pass --port N (0 for any free port)") from None
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _url_host(host: str, port: int) -> str:
    if host in ("0.0.0.0", "::", ""):
        host = socket.gethostname()
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class Session:
    """serve from start to stop: the snapshot, the Oxigraph process and the front.

    Use as a context manager; leaving it (normally, on an exception or a
    KeyboardInterrupt) stops both servers and deletes the snapshot.
    """

    def __init__(self, store: Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT):
        self.store = Path(store)
        self.host = host
        self.port = port
        self.process: subprocess.Popen | None = None
        self.front: FrontServer | None = None
        self.snapshot: Path | None = None
        self.taken = ""
        self.urls: Urls | None = None
        self._stack = contextlib.ExitStack()

    def __enter__(self) -> Session:
        try:
            self._start()
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        # A second Ctrl-C must not cut the clean-up short and leave Oxigraph running.
        quiet = threading.current_thread() is threading.main_thread()
        saved = {}
        if quiet:
            for name in ("SIGINT", "SIGTERM", "SIGHUP"):
                if hasattr(signal, name):
                    saved[name] = signal.signal(getattr(signal, name), signal.SIG_IGN)
        try:
            self._stack.close()
        finally:
            for name, handler in saved.items():
                signal.signal(getattr(signal, name), handler)

    def _start(self) -> None:
        work = snapshot_dir(self.store)
        self._stack.callback(shutil.rmtree, work, ignore_errors=True)
        self.snapshot = work / "store"
        snapshot(self.store, self.snapshot)
        self.taken = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %Z").strip()
        self.process, backend_port = start_oxigraph(self.snapshot, work / "oxigraph.log")
        self._stack.callback(stop_process, self.process)
        queries = saved_queries()
        front = Front(backend_port, b"", Pages(self.snapshot), queries)
        self.front = bind_front(self.host, self.port, front)
        self._stack.callback(self.front.server_close)
        self.urls = Urls(_url_host(self.host, self.front.server_address[1]))
        front.page = query_page(self.store, self.taken, self.urls.endpoint, queries)
        thread = threading.Thread(target=self.front.serve_forever, kwargs={"poll_interval": 0.2},
                                  name="negograph-serve", daemon=True)
        thread.start()
        self._stack.callback(thread.join, 10)
        self._stack.callback(self.front.shutdown)

    def wait(self) -> None:
        """Block until Oxigraph exits (an error: ServeError) or a signal interrupts."""
        assert self.process is not None
        while self.process.poll() is None:
            time.sleep(0.2)
        log = self.snapshot.parent / "oxigraph.log" if self.snapshot else None
        detail = _last_line(log) if log else ""
        raise ServeError(f"the Oxigraph server stopped (exit code {self.process.returncode})"
                         + (f": {detail}" if detail else ""))


def summary(session: Session) -> list[str]:
    """The lines serve prints once it is up."""
    urls = session.urls
    assert urls is not None
    return [
        f"negograph serve: {session.store} as of {session.taken} (a snapshot: builds that run now are "
        "served after a restart)",
        f"  query page   {urls.query_page}",
        f"  SPARQL       {urls.endpoint}   (SPARQL 1.1 Protocol, read-only)",
        f"  positions    {urls.view}",
        f"  comparison   {urls.comparison}",
        "Press Ctrl-C to stop.",
    ]

