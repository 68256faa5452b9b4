"""The closed word classes of cues.yaml: loaded per language, merged for the rules, checked on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.extract import lexicon
from graph.extract.lexicon import LexiconError, closed_classes, cues_for


def test_each_language_file_holds_its_own_closed_words() -> None:
    assert "є" in cues_for("uk").closed.copula
    assert "is" not in cues_for("uk").closed.copula
    assert cues_for("en").closed.ordinals["last"] == -1


def test_rules_see_the_closed_words_of_every_language_at_once() -> None:
    merged = closed_classes()
    assert {"is", "є", "является"} <= merged.copula
    assert {"ing", "ння", "ние"} <= set(merged.action_suffixes)
    assert merged.ordinals["перший"] == 0 and merged.ordinals["последний"] == -1


def test_unquoted_no_in_a_closed_class_is_refused_with_file_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "uk").mkdir()
    (tmp_path / "uk" / "cues.yaml").write_text("lang: uk\ndeterminers: [a, no]\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    cues_for.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"uk/cues.yaml: determiners: .*quote it"):
            cues_for("uk")
    finally:
        cues_for.cache_clear()


def test_unquoted_on_in_any_lexicon_list_is_refused(tmp_path: Path) -> None:
    """ "[insist, on]" once loaded as ["insist", True] and never matched."""
    path = tmp_path / "cues.yaml"
    path.write_text("phrases:\n  demands:\n    - [insist, on]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"cues.yaml: phrases.demands: True is not a word; quote it"):
        lexicon.load_yaml(path)
    path.write_text('phrases:\n  demands:\n    - [insist, "on"]\n', encoding="utf-8")
    assert lexicon.load_yaml(path) == {"phrases": {"demands": [["insist", "on"]]}}


def test_actor_files_of_the_actors_folder_are_read_and_a_repeated_id_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors.yaml").write_text("- {id: chile, label: Chile, type: state}\n", encoding="utf-8")
    (tmp_path / "actors" / "leaders.yaml").write_text(
        "- {id: gabriel-boric, label: Gabriel Boric, type: person, country: chile}\n", encoding="utf-8"
    )
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    lexicon.actor_rows.cache_clear()
    try:
        assert [row["id"] for row in lexicon.actor_rows()] == ["chile", "gabriel-boric"]
        (tmp_path / "actors" / "states.yaml").write_text("- {id: chile, label: Chile}\n", encoding="utf-8")
        lexicon.actor_rows.cache_clear()
        with pytest.raises(LexiconError, match=r"actors/states.yaml: actor id 'chile' is listed twice"):
            lexicon.actor_rows()
    finally:
        lexicon.actor_rows.cache_clear()


def test_phrase_index_finds_prefix_entries_by_their_first_letters() -> None:
    from graph.extract.lexicon import PhraseIndex, make_words
    from graph.extract.morph import tokenize

    index = PhraseIndex()
    index.add(make_words(["negotiat*", "with"], "en"), "long prefix")
    index.add(make_words(["re*", "talks"], "en"), "short prefix")
    index.add(make_words(["call", "for"], "en"), "lemma")
    tokens = tokenize("They negotiated with Chile, resumed talks and called for calm", "en")
    found = {tokens[i].low: index.longest_at(tokens, i) for i in range(len(tokens))}
    assert found["negotiated"] == (3, "long prefix")
    assert found["resumed"] == (7, "short prefix")
    assert found["called"] == (10, "lemma")
    assert found["chile"] is None and found["they"] is None
