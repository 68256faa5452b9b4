"""Shared pytest fixtures: paths to the repository and its seed, and the fixture graph
(tests/kg_fixture.py) in an embedded store, written once per test module.

A module that needs a store of its own (a writable one, another corpus) defines
its own `store` fixture, which takes precedence over the one here."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_a3037275ce1eafef.txt"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    """An embedded store holding the fixture graph; tests may open it to write."""
    from kg_fixture import load

    from graph.store import open_store

    path = tmp_path_factory.mktemp("kg") / "store"
    with open_store(path) as s:
        load(s)
    return path


@pytest.fixture()
def store(store_path):
    """The fixture graph's store, opened read-only for one test."""
    from graph.store import open_store

    with open_store(store_path, read_only=True) as s:
        yield s
