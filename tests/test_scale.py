"""Scale: --jobs N gives identical quads, Dask extraction (embedded store and a real
Oxigraph server), and bounded, lazy reading of archives. Timings and memory are
measured in bench/, not asserted here."""
from __future__ import annotations

import itertools
import json

import pytest
from corpus import graphs, quads, statement_lines, write_corpus
from servers import oxigraph_server

from graph import build as build_module
from graph.build import (
    BATCH_SIZE,
    IN_FLIGHT_PER_WORKER,
    BuildError,
    LocalPool,
    _ordered,
    build,
    default_jobs,
)
from graph.models import Article

SENTENCES = [
    "Ukraine demands security guarantees.",
    "Russia rejected the 30-day ceasefire proposal.",
    "The United States proposed a 30-day ceasefire.",
    "Україна вимагає гарантій безпеки.",
    "Путін відкинув вступ України до НАТО.",
    "Россия требует снять санкции.",
    "Зеленский предложил обмен пленными.",
]


def write_archive(path, n: int):
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(3))
            handle.write(json.dumps({"title": f"Article {i}", "text": text, "date": f"2025-03-{1 + i % 28:02d}"},
                                    ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("scale")
    corpus = write_corpus(root / "in")
    write_archive(corpus / "archive.jsonl", 60)
    return corpus


@pytest.fixture(scope="module")
def serial(inputs, tmp_path_factory):
    out = tmp_path_factory.mktemp("serial") / "out"
    result = build([inputs], out, jobs=1)
    return result, out


def test_default_jobs_is_every_core():
    assert default_jobs() >= 1


def test_jobs_1_and_2_give_identical_quads_and_statements(inputs, serial, tmp_path):
    result1, out1 = serial
    result2 = build([inputs], tmp_path / "out", jobs=2)
    assert result2.articles == result1.articles == 67
    assert result2.quads == result1.quads
    assert quads(tmp_path / "out" / "graph.trig") == quads(out1 / "graph.trig")
    assert statement_lines(tmp_path / "out") == statement_lines(out1)


def test_jobs_3_with_tiny_batches_gives_identical_quads(inputs, serial, tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "BATCH_SIZE", 1)
    _, out1 = serial
    build([inputs], tmp_path / "out", jobs=3)
    assert quads(tmp_path / "out" / "graph.trig") == quads(out1 / "graph.trig")


def test_worker_failure_on_one_article_is_reported_in_parallel_builds(tmp_path):
    archive = tmp_path / "a.jsonl"
    archive.write_text('{"text": "Ukraine demands guarantees."}\n{"text": 5}\n{"text": "Russia rejected it."}\n')
    errors = []
    result = build([archive], tmp_path / "out", jobs=2, on_error=errors.append)
    assert result.articles == 2
    assert [e.reason for e in errors] == ['line 2: no "text" field with article text']


# --- bounded, lazy, ordered ---------------------------------------------------------------


def test_ordered_keeps_order_and_bounds_work_in_flight():
    pulled = []

    def articles():
        for i in itertools.count():
            pulled.append(i)
            yield Article(id=str(i), text="x")

    submitted = []

    def submit(batch):
        submitted.append(batch)
        return batch

    stream = _ordered(submit, lambda batch: [((), f"{a.id}") for a in batch], articles(), in_flight=3, batch_size=4)
    first = [next(stream) for _ in range(10)]
    assert [outcome[1] for _, outcome in first] == [str(i) for i in range(10)]
    # 10 results out means 3 batches were resolved; at most 3 more are pending.
    assert len(pulled) <= (3 + 3) * 4 + 1


def test_local_pool_reads_the_archive_lazily(tmp_path):
    pulled = []

    def articles():
        for i in range(10_000):
            pulled.append(i)
            yield Article(id=f"a{i}", text="Ukraine demands security guarantees.", lang="en")

    pool = LocalPool(2)
    try:
        stream = pool.run(articles())
        first = next(stream)
        assert first[0].id == "a0"
        assert len(pulled) <= 2 * IN_FLIGHT_PER_WORKER * BATCH_SIZE + BATCH_SIZE
    finally:
        pool.close()


def test_archive_is_not_listed_into_memory(tmp_path, monkeypatch):
    """The whole build pulls articles as the writer needs them, never the whole archive."""
    archive = write_archive(tmp_path / "big.jsonl", 400)
    written = []
    pulled_when_written = []
    real_read = build_module.read_articles

    def counting_read(*args, **kwargs):
        for article in real_read(*args, **kwargs):
            written.append(article.id)
            yield article

    monkeypatch.setattr(build_module, "read_articles", counting_read)
    from graph import store as store_module

    real_open = store_module.open_store

    class Spy:
        def __init__(self, inner):
            self.inner = inner

        def replace_article(self, article, statements):
            pulled_when_written.append(len(written))
            return self.inner.replace_article(article, statements)

        def __getattr__(self, name):
            return getattr(self.inner, name)

    import contextlib

    @contextlib.contextmanager
    def spy_open(location, **kwargs):
        with real_open(location, **kwargs) as inner:
            yield Spy(inner)

    monkeypatch.setattr(store_module, "open_store", spy_open)
    build([archive], tmp_path / "out", jobs=2)
    bound = 2 * IN_FLIGHT_PER_WORKER * BATCH_SIZE + BATCH_SIZE
    assert pulled_when_written[0] <= bound
    assert all(pulled - i <= bound for i, pulled in enumerate(pulled_when_written))


# --- Dask -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None, silence_logs=50)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_dask_build_into_embedded_store_equals_local_build(inputs, serial, dask_cluster, tmp_path):
    result1, out1 = serial
    result = build([inputs], tmp_path / "out", dask_address=dask_cluster)
    assert result.articles == result1.articles
    assert quads(tmp_path / "out" / "graph.trig") == quads(out1 / "graph.trig")
    assert statement_lines(tmp_path / "out") == statement_lines(out1)


def test_dask_build_into_oxigraph_server(inputs, serial, dask_cluster, tmp_path):
    result1, out1 = serial
    with oxigraph_server(tmp_path / "server-db") as base:
        url = f"{base}/query"
        result = build([inputs], tmp_path / "out", dask_address=dask_cluster, store=url)
        again = build([inputs], tmp_path / "out2", dask_address=dask_cluster, store=url)
    assert result.store == url
    assert result.articles == result1.articles
    assert result.quads == again.quads == result1.quads
    assert quads(tmp_path / "out" / "graph.trig") == quads(out1 / "graph.trig")
    assert set(graphs(tmp_path / "out2" / "graph.trig")) == set(graphs(out1 / "graph.trig"))


def test_unreachable_dask_scheduler_is_one_line(tmp_path, inputs, monkeypatch):
    monkeypatch.setattr(build_module, "DASK_CONNECT_TIMEOUT", "1s")
    with pytest.raises(BuildError, match="cannot connect to the Dask scheduler at tcp://127.0.0.1:9"):
        build([inputs], tmp_path / "out", dask_address="tcp://127.0.0.1:9")


def test_writer_flushes_the_store_as_it_goes(tmp_path, monkeypatch):
    """Memory stays flat only if the store's write buffers are flushed during the build."""
    import contextlib

    from graph import store as store_module

    archive = write_archive(tmp_path / "a.jsonl", 10)
    flushed_after = []
    real_open = store_module.open_store

    @contextlib.contextmanager
    def counting_open(location, **kwargs):
        with real_open(location, **kwargs) as inner:
            inner_flush = getattr(inner, "flush", None)

            def flush():
                flushed_after.append(len(list(graphs_so_far(inner))))
                if inner_flush is not None:
                    inner_flush()

            inner.flush = flush
            yield inner

    def graphs_so_far(store):
        from graph import namespaces as ns
        return [g for g in store.graphs() if ns.is_article_graph(g)]

    monkeypatch.setattr(store_module, "open_store", counting_open)
    monkeypatch.setattr(build_module, "FLUSH_EVERY", 3)
    build([archive], tmp_path / "out", jobs=1)
    assert flushed_after == [3, 6, 9]


def test_graph_trig_written_from_the_workers_is_byte_for_byte_the_store_export(inputs, serial, tmp_path):
    """Workers write each article's graph as TriG while extracting; the build's graph.trig,
    assembled from those, is the same file the store exports on its own."""
    from graph.store import open_store

    _, out1 = serial
    build([inputs], tmp_path / "out", jobs=2)
    with open_store(str(tmp_path / "out" / "store"), read_only=True) as store:
        store.dump_by_graph(tmp_path / "export.trig", "trig")
    written = (tmp_path / "out" / "graph.trig").read_bytes()
    assert written == (tmp_path / "export.trig").read_bytes()
    assert written == (out1 / "graph.trig").read_bytes()  # --jobs 1 writes the same bytes
    assert not list((tmp_path / "out").glob("*.tmp"))  # the scratch file is gone


def test_graph_trig_of_a_build_into_a_used_store_holds_every_article(tmp_path):
    """Articles stored by an earlier build come from the store, this build's from the
    workers, and an article rebuilt with new text shows only the new text."""
    from graph.store import open_store

    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text("Ukraine demands security guarantees.", encoding="utf-8")
    (first / "b.txt").write_text("Russia rejected the 30-day ceasefire proposal.", encoding="utf-8")
    (second / "b.txt").write_text("Russia accepted the 30-day ceasefire proposal.", encoding="utf-8")
    (second / "c.txt").write_text("Зеленский предложил обмен пленными.", encoding="utf-8")
    store = str(tmp_path / "store")
    build([first], tmp_path / "out1", store=store, jobs=2, views=False)
    build([second], tmp_path / "out2", store=store, jobs=2, views=False)
    with open_store(store, read_only=True) as opened:
        opened.dump_by_graph(tmp_path / "export.trig", "trig")
    written = (tmp_path / "out2" / "graph.trig").read_bytes()
    assert written == (tmp_path / "export.trig").read_bytes()
    assert set(graphs(tmp_path / "out2" / "graph.trig")) == {"a", "b", "c"}
    assert b"accepted the 30-day" in written and b"rejected the 30-day" not in written


