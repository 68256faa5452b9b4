"""Every row of graph/lexicons/actors/*.yaml: complete in the three languages, tied to a
known state or body, and free of short one-word aliases that would match common words
(an alias of three letters or fewer must be an acronym such as "IMF", "AfD" or "G7")."""

from __future__ import annotations

import re

import pytest

from graph.extract.lexicon import LEXICON_DIR, actor_rows, load_yaml

ACTOR_FILES = sorted(path.stem for path in (LEXICON_DIR / "actors").glob("*.yaml"))


def _rows(name: str) -> list[dict]:
    return load_yaml(LEXICON_DIR / "actors" / f"{name}.yaml") or []


def test_the_actor_files_are_found() -> None:
    assert {"leaders", "officials", "bodies", "world_leaders"} <= set(ACTOR_FILES)


@pytest.mark.parametrize("name", ACTOR_FILES)
def test_every_row_is_complete_and_points_at_a_known_body(name: str) -> None:
    ids = {str(r["id"]) for r in actor_rows()}
    for row in _rows(name):
        assert set(row["labels"]) == {"en", "uk", "ru"}, row["id"]
        assert set(row["aliases"]) == {"en", "uk", "ru"}, row["id"]
        assert not row.get("country") or row["country"] in ids, row["id"]
        assert re.fullmatch(r"(Q\d+)?", str(row.get("wikidata") or "")), row["id"]


@pytest.mark.parametrize("name", ACTOR_FILES)
def test_no_short_one_word_alias_that_is_not_an_acronym(name: str) -> None:
    for row in _rows(name):
        for aliases in row["aliases"].values():
            for alias in aliases:
                alias = str(alias).lstrip("=")
                if " " not in alias and len(alias) <= 3:
                    acronym = sum(c.isupper() for c in alias) >= 2  # "IMF", "AfD"
                    assert acronym or alias[0].isdigit() or alias[-1].isdigit(), (row["id"], alias)
