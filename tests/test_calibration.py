"""Confidence measured by reading verdicts (graph/calibration.py, `negograph calibrate`)."""

from __future__ import annotations

import hashlib
import json

from typer.testing import CliRunner

from graph.calibration import calibrate, load_verdicts, reading_key, shown
from graph.cli import app
from graph.extract.lexicon import shown_from
from graph.models import Actor, Item, Statement


def line(basis: str, item_id: str, sentence: str) -> dict:
    return {"actor": {"id": "a", "label": "A"}, "relation": "demands", "basis": basis,
            "item": {"id": item_id, "label": item_id}, "sentence": sentence}


def test_the_key_is_the_one_meaning_py_gives_a_line():
    s = line("verb", "ceasefire", "Kyiv wants a ceasefire.")
    expected = hashlib.sha1("\x1f".join(["Kyiv wants a ceasefire.", "A", "demands", "ceasefire"]).encode()).hexdigest()[:16]
    assert reading_key(s) == expected


def test_each_rule_gets_its_share_of_true_lines_and_the_level_where_95_percent_hold():
    statements = [line("verb", "ceasefire", f"s{k}") for k in range(40)] + \
                 [line("reference", "x-thing", f"r{k}") for k in range(10)]
    verdicts = {reading_key(s): True for s in statements[:40]}
    verdicts.update({reading_key(s): k < 5 for k, s in enumerate(statements[40:])})
    result = calibrate(statements, verdicts)
    assert result.judged == 50 and result.true == 45
    assert result.levels["verb:lexicon"] > 0.95 > result.levels["reference:text"]
    # the reference lines (5 of 10 true) pull the share under 95%: shown from the verb level
    assert result.shown_from == result.levels["verb:lexicon"]
    assert [level for level, _, _ in result.by_level] == sorted(set(result.levels.values()), reverse=True)


def test_unjudged_lines_do_not_count():
    statements = [line("verb", "ceasefire", "judged"), line("verb", "ceasefire", "not judged")]
    result = calibrate(statements, {reading_key(statements[0]): True})
    assert result.judged == 1


def test_the_pages_show_lines_from_the_calibrated_level_unless_asked_for_all():
    def statement(confidence: float) -> Statement:
        return Statement("t", Actor("a", "A"), "demands", Item("i", "i", "other"), "s", confidence=confidence)

    level = shown_from()
    low, high = statement(level - 0.1), statement(level)
    assert shown([low, high]) == [high]
    assert shown([low, high], everything=True) == [low, high]


def test_calibrate_command_joins_extraction_and_verdicts(tmp_path):
    article = tmp_path / "a.en.txt"
    article.write_text("Talks\n\nRussia demands a ceasefire.\nUkraine rejects the withdrawal from Donbas.\n",
                       encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": "a.en", "file": "a.en.txt", "lang": "en", "statements": []}) + "\n",
                    encoding="utf-8")
    from graph.extract import extract_file

    lines = extract_file(article)
    assert len(lines) == 2
    verdicts = tmp_path / "v.jsonl"
    verdicts.write_text("".join(json.dumps({"key": reading_key(s), "verdict": v}) + "\n"
                                for s, v in zip(lines, ["true", "polarity"])), encoding="utf-8")
    assert load_verdicts([verdicts]) == {reading_key(lines[0]): True, reading_key(lines[1]): False}
    result = CliRunner().invoke(app, ["calibrate", str(gold), "-v", str(verdicts)])
    assert result.exit_code == 0, result.output
    assert "judged lines: 2, read true: 1 (0.500)" in result.output
    assert "reads true 95% of the time: the pages show every line" in result.output  # 1 of 2


def test_a_bad_verdict_file_is_one_line_naming_it(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    bad = tmp_path / "v.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["calibrate", str(gold), "-v", str(bad)])
    assert result.exit_code != 0
    assert f"{bad}:1: not a verdict line" in result.output


def test_no_level_reaching_95_percent_shows_every_line():
    statements = [line("verb", "ceasefire", f"s{k}") for k in range(10)]
    verdicts = {reading_key(s): k < 8 for k, s in enumerate(statements)}
    assert calibrate(statements, verdicts).shown_from == 0.0


def test_a_level_holding_only_a_handful_of_lines_is_no_default():
    """Eight reference lines, all true, above 40 verb lines of which 30 are true: the top
    level reads true 100% but holds under a quarter of the lines, so the pages show
    every line."""
    statements = [line("reference", "ceasefire", f"r{k}") for k in range(8)] + \
                 [line("verb", "x-thing", f"s{k}") for k in range(40)]
    verdicts = {reading_key(s): True for s in statements[:8]}
    verdicts.update({reading_key(s): k < 30 for k, s in enumerate(statements[8:])})
    result = calibrate(statements, verdicts)
    assert result.by_level[0][1:] == (8, 8)
    assert result.shown_from == 0.0


def test_held_out_levels_are_measured_on_articles_they_were_not_set_on():
    from graph.calibration import confirmed, held_out

    # "verb" lines read true in every article; "noun" lines only in the first five articles.
    statements = []
    for a in range(20):
        statements += [dict(line("verb", "ceasefire", f"v{a}-{k}"), article=f"art{a}") for k in range(3)]
        statements += [dict(line("noun", "x-thing", f"n{a}-{k}"), article=f"art{a}") for k in range(3)]
    verdicts = {reading_key(s): s["basis"] == "verb" or int(s["article"][3:]) < 5 for s in statements}
    curve = held_out(statements, verdicts)
    assert curve[-1][1] == len(statements)  # every judged line is scored once, on held-out levels
    # The verb lines, all true, rank above every noun line on every fold.
    assert all(t == n for _, n, t in curve if n <= 60) and any(n == 60 for _, n, _ in curve)
    assert curve[-1][2] == 60 + 15
    # A default level that held only in-sample is dropped when held-out lines fall short.
    in_sample = calibrate(statements, verdicts)
    assert confirmed(in_sample, ((in_sample.shown_from or 0.9, 10, 5),)).shown_from == 0.0
