"""Evaluation against a gold file (codebook section 6): precision, recall, F1.

Gold: one JSON object per article with its file (relative to the gold file),
language and statements; each gold statement lists acceptable actors (Wikidata
ids or lower-case English labels), relations and issues, the item's words and
whether it is optional. Predictions are de-duplicated on (actor, relation,
item); a prediction matches a gold statement when actor, relation and issue
are each acceptable; each gold statement matches at most once (maximum
bipartite matching, required statements first); a prediction that only repeats
an already matched gold statement is not counted against. Item level further
requires the item's text or label to share content words with the gold item,
compared as lemmas.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .extract.translit import transliterate


class GoldError(Exception):
    """A gold file that cannot be read; names the file and the reason."""


@dataclass(frozen=True)
class GoldStatement:
    actors: tuple[str, ...]
    relations: tuple[str, ...]
    issues: tuple[str, ...]
    item: str
    optional: bool


@dataclass(frozen=True)
class GoldArticle:
    article: str
    file: Path
    lang: str
    statements: tuple[GoldStatement, ...]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    article: str
    issue: Counts = field(default_factory=Counts)
    item: Counts = field(default_factory=Counts)
    false_positives: list[dict] = field(default_factory=list)
    missed: list[GoldStatement] = field(default_factory=list)


def read_gold(path: str | Path) -> list[GoldArticle]:
    """Parse a gold JSONL file; errors name the file and the line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc
    articles = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            statements = tuple(
                GoldStatement(
                    actors=tuple(s["actor"]),
                    relations=tuple(s["relation"]),
                    issues=tuple(s["issue"]),
                    item=str(s.get("item", "")),
                    optional=bool(s.get("optional", False)),
                )
                for s in row["statements"]
            )
            articles.append(
                GoldArticle(
                    str(row["article"]),
                    path.parent / row["file"],
                    str(row.get("lang", "")),
                    statements,
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GoldError(
                f"{path}: line {number}: not a gold article ({exc.__class__.__name__}: {exc})"
            ) from exc
    if not articles:
        raise GoldError(f"{path}: no gold articles")
    return articles


def _fold(text: str) -> list[str]:
    """Lower-case, Latin, accent-free words (Cyrillic names romanised)."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    if re.search(r"[а-яіїєґё]", text):
        text = transliterate(text, "uk").lower()
    return re.findall(r"[a-z0-9]+", text)


def actor_matches(predicted: dict, gold_actors: Sequence[str]) -> bool:
    """Wikidata ids compare exactly; English labels compare as words, a predicted label
    being a part of the gold one with the same last word ("union" ~ "nurses' union")."""
    qid = predicted.get("wikidata") or ""
    labels = [_fold(str(predicted.get(k) or "")) for k in ("label", "id")]
    labels = [words for words in labels if words]
    for gold in gold_actors:
        if re.fullmatch(r"Q\d+", gold):
            if gold == qid:
                return True
            continue
        gold_words = _fold(gold)
        for words in labels:
            if words == gold_words:
                return True
            if gold_words and words[-1][:5] == gold_words[-1][:5] and len(gold_words[-1]) >= 4:
                if set(words[:-1]) <= set(gold_words) or len(words) >= 2 or len(gold_words) == 1:
                    return True
    return False


_STOP = frozenset(
    ["the", "and", "for", "with", "from", "that", "this", "into", "over", "than", "their", "they", "will", "would", "been", "have", "has", "under", "about", "which", "also", "must", "only", "when", "such", "were", "upon", "його", "її", "їх", "який", "яка", "яке", "які", "щоб", "також", "для", "від", "про", "над", "під", "між", "при", "після", "через", "якщо", "буде", "було", "були", "що", "это", "который", "которая", "также", "чтобы", "после", "через", "при", "для", "его", "ее", "их", "был", "была", "были", "будет", "если"]
)


def content_lemmas(text: str, lang: str) -> set[str]:
    from .extract.morph import tokenize

    lemmas = set()
    for token in tokenize(text, lang if lang in ("uk", "ru", "en") else "en"):
        if token.is_word and len(token.low) >= 4 and token.low not in _STOP:
            lemmas.add(token.an.lemma[:6] or token.low[:6])
    return lemmas


def item_matches(predicted: dict, gold_item: str, lang: str) -> bool:
    gold = content_lemmas(gold_item, lang)
    if not gold:
        return True
    item = predicted.get("item") or {}
    mine = content_lemmas(" ".join(str(item.get(k) or "") for k in ("text", "label")), lang)
    shared = gold & mine
    return bool(shared) and len(shared) / len(gold) >= 0.3


def _compatible(predicted: dict, gold: GoldStatement, lang: str, level: str) -> bool:
    if predicted.get("relation") not in gold.relations:
        return False
    if (predicted.get("item") or {}).get("issue") not in gold.issues:
        return False
    if not actor_matches(predicted.get("actor") or {}, gold.actors):
        return False
    return level == "issue" or item_matches(predicted, gold.item, lang)


def _max_matching(
    predictions: list[dict],
    golds: Sequence[GoldStatement],
    ok: Callable[[dict, GoldStatement], bool],
) -> dict[int, int]:
    owner: dict[int, int] = {}
    adjacency = [[j for j, g in enumerate(golds) if ok(p, g)] for p in predictions]

    def augment(i: int, seen: set[int]) -> bool:
        for j in adjacency[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(predictions)):
        augment(i, set())
    return owner


def dedupe(predictions: Iterable[dict]) -> list[dict]:
    seen, out = set(), []
    for p in predictions:
        actor = p.get("actor") or {}
        key = (actor.get("id"), p.get("relation"), (p.get("item") or {}).get("id"))
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def score_counts(
    predictions: list[dict], gold: GoldArticle, level: str
) -> tuple[Counts, list[dict], list[GoldStatement]]:
    """Required statements claim predictions first, so an optional one never takes a
    prediction that a required one needed; optional ones then take what is left."""
    preds = dedupe(predictions)
    golds = gold.statements
    ok = lambda p, g: _compatible(p, g, gold.lang, level)
    owner = _max_matching(preds, golds, lambda p, g: not g.optional and ok(p, g))
    taken = {id(preds[i]) for i in owner.values()}
    owner.update(
        _max_matching(preds, golds, lambda p, g: id(p) not in taken and g.optional and ok(p, g))
    )
    matched = set(owner.values())
    counts = Counts()
    counts.tp = sum(1 for j in owner if not golds[j].optional)
    missed = [g for j, g in enumerate(golds) if not g.optional and j not in owner]
    counts.fn = len(missed)
    false_positives = [
        p
        for i, p in enumerate(preds)
        if i not in matched and not any(ok(p, golds[j]) for j in owner)
    ]
    counts.fp = len(false_positives)
    return counts, false_positives, missed


def score_article(predictions: list[dict], gold: GoldArticle) -> ArticleScore:
    result = ArticleScore(gold.article)
    result.issue, result.false_positives, result.missed = score_counts(predictions, gold, "issue")
    result.item, _, _ = score_counts(predictions, gold, "item")
    return result


def evaluate(gold_path: str | Path, extract: Callable[[Path], list[dict]]) -> list[ArticleScore]:
    """Score `extract` (file -> statement JSON dicts) on every article of a gold file."""
    return [score_article(extract(article.file), article) for article in read_gold(gold_path)]
