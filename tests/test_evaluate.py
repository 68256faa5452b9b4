"""`negograph eval` and graph.evaluate: the codebook's section 6 scoring on a small gold file."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from graph.cli import app
from graph.evaluate import GoldArticle, GoldStatement, actor_matches, score_article


def _gold(tmp_path):
    (tmp_path / "a.uk.txt").write_text(
        "Заголовок\n\nКремль вимагає виведення українських військ з Донбасу. Київ відкинув ці вимоги.\n",
        encoding="utf-8",
    )
    rows = [
        {
            "article": "a",
            "file": "a.uk.txt",
            "lang": "uk",
            "statements": [
                {"actor": ["Q159", "Q7747"], "relation": ["demands"], "issue": ["territory"],
                 "item": "виведення українських військ з Донбасу", "optional": False},
                {"actor": ["Q212"], "relation": ["rejects"], "issue": ["territory"],
                 "item": "виведення українських військ з Донбасу", "optional": False},
                {"actor": ["Q212"], "relation": ["demands"], "issue": ["sanctions"],
                 "item": "нові санкції", "optional": False},
            ],
        }
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return gold


def test_eval_scores_precision_recall_and_f1(tmp_path) -> None:
    result = CliRunner().invoke(app, ["eval", str(_gold(tmp_path)), "--errors"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    # Two of three required statements found, nothing wrong: P=1, R=2/3, F1=0.8.
    assert lines[0].startswith("a  issue: P=1.00 R=0.67 F1=0.80")
    assert "FN Q212 demands [sanctions] нові санкції" in result.output
    assert lines[-1] == "issue-F1 0.800 item-F1 0.800"


def test_eval_names_a_broken_gold_file(tmp_path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"article": "a", "file": "a.txt"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(gold)])
    assert result.exit_code == 1
    assert f"{gold}: line 1: not a gold article" in result.output


def test_actor_matching_follows_the_codebook() -> None:
    assert actor_matches({"id": "putin", "label": "Vladimir Putin", "wikidata": "Q7747"}, ["Q7747"])
    assert actor_matches({"id": "union", "label": "union"}, ["nurses' union"])
    assert actor_matches({"id": "keith-kellogg", "label": "Keith Kellogg"}, ["keith kellogg"])
    assert not actor_matches({"id": "russia", "label": "Russia", "wikidata": "Q159"}, ["Q212", "ukraine"])


def test_optional_statements_neither_count_for_nor_against() -> None:
    gold = GoldArticle("a", None, "en", (
        GoldStatement(("Q30",), ("proposes",), ("ceasefire",), "a ceasefire", False),
        GoldStatement(("Q30",), ("demands",), ("sanctions",), "new sanctions", True),
    ))
    predicted = [
        {"actor": {"id": "united-states", "label": "United States", "wikidata": "Q30"}, "relation": "proposes",
         "item": {"id": "ceasefire", "label": "ceasefire", "text": "a ceasefire", "issue": "ceasefire"}},
    ]
    score = score_article(predicted, gold)
    assert (score.issue.tp, score.issue.fp, score.issue.fn) == (1, 0, 0)
