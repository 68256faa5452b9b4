"""Extraction quality on whole articles, scored as the codebook's section 6 describes.

The development set (../shared/eval/dev, beside the repository) and the project's own
held-out set (tests/fixtures/holdout: twelve invented articles in uk, ru and en written
apart from the dev set, with gold) guard against regressions in either direction.
tests/fixtures/holdout2 is a second set of twelve, coded blind (its gold was written
from the codebook without running the extractor): the extractor scored issue-F1 0.43 on
it before any change was made with it in view; its floor keeps what was gained since.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.evaluate import Counts, evaluate
from graph.extract import extract_file

REPO = Path(__file__).resolve().parent.parent
DEV_GOLD = REPO.parent / "shared" / "eval" / "dev" / "gold.jsonl"
HOLDOUT_GOLD = REPO / "tests" / "fixtures" / "holdout" / "gold.jsonl"
BLIND_GOLD = REPO / "tests" / "fixtures" / "holdout2" / "gold.jsonl"


def _score(gold: Path) -> tuple[Counts, Counts, dict[str, float]]:
    scores = evaluate(gold, extract_file)
    issue, item = Counts(), Counts()
    for score in scores:
        issue.add(score.issue)
        item.add(score.item)
    return issue, item, {score.article: score.issue.f1 for score in scores}


@pytest.mark.skipif(not DEV_GOLD.exists(), reason="../shared/eval/dev is not beside the repository")
def test_dev_set_meets_the_quality_targets() -> None:
    issue, item, per_article = _score(DEV_GOLD)
    assert issue.f1 >= 0.80
    assert item.f1 >= 0.70
    assert min(per_article.values()) >= 0.60, per_article


def test_seed_article_finds_every_required_statement() -> None:
    if not DEV_GOLD.exists():
        pytest.skip("../shared/eval/dev is not beside the repository")
    scores = evaluate(DEV_GOLD, extract_file)
    seed = next(s for s in scores if s.article.startswith("000_"))
    assert seed.missed == []


def test_held_out_articles_stay_above_the_floor() -> None:
    issue, item, per_article = _score(HOLDOUT_GOLD)
    assert len(per_article) == 12
    assert issue.f1 >= 0.70, per_article
    assert item.f1 >= 0.60


def test_blind_held_out_articles_stay_above_the_floor() -> None:
    issue, item, per_article = _score(BLIND_GOLD)
    assert len(per_article) == 12
    assert issue.f1 >= 0.50, per_article
    assert item.f1 >= 0.42
