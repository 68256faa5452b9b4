"""The start-up cache: lexicon word forms and parsed lexicon files kept between runs,
never trusted when corrupt or stale, and never needed."""

import marshal

import pytest

from graph.extract import startup_cache as sc
from graph.extract.lexicon import make_word


def _fail(*_):
    raise AssertionError("computed again although cached")


def test_forms_saved_by_one_process_are_read_by_the_next(tmp_path):
    path = tmp_path / "lexicons-x.marshal"
    first = sc.StartupCache(path)
    assert first.forms("переговорів", "uk", lambda w, lang: ("переговори",)) == ("переговори",)
    first.save()
    again = sc.StartupCache(path)
    assert again.forms("переговорів", "uk", _fail) == ("переговори",)
    assert again.forms("talks", "en", lambda w, lang: ("talk",)) == ("talk",)


@pytest.mark.parametrize("content", [b"", b"\x00garbage\xff", marshal.dumps([1, 2]), marshal.dumps({"forms": 3})])
def test_a_corrupt_cache_file_is_ignored(tmp_path, content):
    path = tmp_path / "lexicons-x.marshal"
    path.write_bytes(content)
    cache = sc.StartupCache(path)
    assert cache.forms("мир", "ru", lambda w, lang: ("мир",)) == ("мир",)
    cache.save()
    assert sc.StartupCache(path).forms("мир", "ru", _fail) == ("мир",)


def test_a_parsed_file_is_parsed_again_when_its_bytes_change(tmp_path):
    lexicon = tmp_path / "cues.yaml"
    lexicon.write_text("demands: [insist]\n", encoding="utf-8")
    cache = sc.StartupCache(tmp_path / "lexicons-x.marshal")
    assert cache.parsed(lexicon, lambda raw: {"seen": raw.decode()}) == {"seen": "demands: [insist]\n"}
    cache.save()
    warm = sc.StartupCache(tmp_path / "lexicons-x.marshal")
    assert warm.parsed(lexicon, _fail) == {"seen": "demands: [insist]\n"}
    lexicon.write_text("demands: [insist, urge]\n", encoding="utf-8")
    assert warm.parsed(lexicon, lambda raw: {"seen": raw.decode()}) == {"seen": "demands: [insist, urge]\n"}


def test_changing_the_data_given_out_changes_no_cache(tmp_path):
    lexicon = tmp_path / "actors.yaml"
    lexicon.write_text("x", encoding="utf-8")
    cache = sc.StartupCache(tmp_path / "lexicons-x.marshal")
    cache.parsed(lexicon, lambda raw: [{"id": "a"}])[0]["id"] = "changed"
    assert cache.parsed(lexicon, _fail) == [{"id": "a"}]


def test_a_directory_that_cannot_be_written_only_costs_speed(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = sc.StartupCache(blocker / "sub" / "lexicons-x.marshal")
    assert cache.forms("угода", "uk", lambda w, lang: ("угода",)) == ("угода",)
    cache.save()  # must not raise
    assert not (blocker / "sub").exists()


def test_saving_removes_other_versions_files(tmp_path):
    stale = tmp_path / "lexicons-oldversion.marshal"
    stale.write_bytes(marshal.dumps({"forms": {}, "files": {}}))
    cache = sc.StartupCache(tmp_path / "lexicons-new.marshal")
    cache.forms("deal", "en", lambda w, lang: ("deal",))
    cache.save()
    assert not stale.exists() and (tmp_path / "lexicons-new.marshal").exists()


def test_an_empty_cache_dir_setting_turns_the_cache_off(monkeypatch, tmp_path):
    monkeypatch.setenv("NEGOGRAPH_CACHE_DIR", "")
    assert sc.cache_dir() is None
    monkeypatch.setenv("NEGOGRAPH_CACHE_DIR", str(tmp_path))
    assert sc.cache_dir() == tmp_path
    monkeypatch.delenv("NEGOGRAPH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert sc.cache_dir() == tmp_path / "xdg" / "negograph"


@pytest.mark.parametrize("raw,lang", [("переговори", "uk"), ("НАТО", "uk"), ("требует", "ru"),
                                      ("sanctions", "en"), ("ceasefire", "en"), ("Зеленського", "uk")])
def test_a_lexicon_word_is_the_same_from_a_cold_or_a_warm_cache(monkeypatch, tmp_path, raw, lang):
    path = tmp_path / "lexicons-x.marshal"
    monkeypatch.setattr(sc, "_CACHE", sc.StartupCache(path))
    cold = make_word(raw, lang)
    sc._CACHE.save()
    monkeypatch.setattr(sc, "_CACHE", sc.StartupCache(path))
    assert make_word(raw, lang) == cold
