"""Confidence measured by reading: statements joined with reading verdicts.

A verdict (../shared/eval/MEANING.md) says whether the line a reader sees,
`<actor label> <relation> <item label>`, is true of its sentence. Verdicts are keyed
as meaning.py keys them: the first 16 hex digits of the SHA-1 of the sentence and
the three labels, joined by U+001F. Calibration groups the judged statements by the
rule that read them (`basis`) and by whether the item came from the lexicon or from
the text's own words; each group's share of true lines, smoothed toward the share
over all groups, becomes the confidence of such statements (lexicons/confidence.yaml).
The level from which the view and the comparison show lines is the lowest confidence
at which the lines at or above it read true at least `TARGET` of the time and are at
least `MIN_SHOWN_SHARE` of the judged lines (0, every line, when no level does).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

TARGET = 0.95
# A level is the pages' default only if it keeps at least this share of the judged lines:
# a handful of lines at 95% would hide nearly everything while proving little.
MIN_SHOWN_SHARE = 0.25
PRIOR_WEIGHT = 4  # pseudo-lines pulling a small group toward the overall share


class CalibrationError(Exception):
    """A verdict file that cannot be read; names the file and the reason."""


def reading_key(statement: dict[str, Any]) -> str:
    """The key meaning.py gives the line a reader sees."""
    actor, item = statement.get("actor") or {}, statement.get("item") or {}
    parts = [str(statement.get("sentence", "")), str(actor.get("label", "")),
             str(statement.get("relation", "")), str(item.get("label", ""))]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def load_verdicts(paths: Iterable[str | Path]) -> dict[str, bool]:
    """key -> whether the line reads true, from verdict JSONL files."""
    out: dict[str, bool] = {}
    for path in paths:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CalibrationError(f"{path}: cannot read verdicts: {exc}") from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                verdict = json.loads(line)
                out[str(verdict["key"])] = verdict["verdict"] == "true"
            except (ValueError, KeyError, TypeError):
                raise CalibrationError(f"{path}:{number}: not a verdict line") from None
    return out


def bucket(statement: dict[str, Any]) -> str:
    known = not str((statement.get("item") or {}).get("id", "")).startswith("x-")
    return f"{statement.get('basis') or 'unknown'}:{'lexicon' if known else 'text'}"


@dataclass(frozen=True)
class Group:
    name: str
    judged: int
    true: int

    @property
    def share(self) -> float:
        return self.true / self.judged if self.judged else 0.0


@dataclass(frozen=True)
class Calibration:
    groups: tuple[Group, ...]
    levels: dict[str, float]  # bucket -> smoothed share read true
    by_level: tuple[tuple[float, int, int], ...]  # (confidence, judged at or above, true)
    shown_from: float
    judged: int
    true: int


def calibrate(statements: Sequence[dict[str, Any]], verdicts: dict[str, bool]) -> Calibration:
    """Per-bucket shares of true lines, and the level from which `TARGET` read true."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    judged_lines = []
    for s in statements:
        key = reading_key(s)
        if key not in verdicts:
            continue
        name = bucket(s)
        counts[name][0] += 1
        counts[name][1] += verdicts[key]
        judged_lines.append((name, verdicts[key]))
    total = sum(n for n, _ in counts.values())
    true = sum(t for _, t in counts.values())
    overall = true / total if total else 0.0
    levels = {name: round((t + PRIOR_WEIGHT * overall) / (n + PRIOR_WEIGHT), 2) for name, (n, t) in counts.items()}
    by_level = []
    for level in sorted(set(levels.values()), reverse=True):
        lines = [ok for name, ok in judged_lines if levels[name] >= level]
        by_level.append((level, len(lines), sum(lines)))
    passing = [level for level, n, t in by_level if n and t / n >= TARGET and n >= MIN_SHOWN_SHARE * total]
    # No level that reaches the target: hiding all but a handful of lines would not make
    # the rest true, so the pages show every line and the report says so.
    shown = min(passing) if passing else 0.0
    groups = tuple(Group(name, n, t) for name, (n, t) in sorted(counts.items()))
    return Calibration(groups, levels, tuple(by_level), shown, total, true)


HELD_OUT_FOLDS = 5


def held_out(statements: Sequence[dict[str, Any]], verdicts: dict[str, bool],
             folds: int = HELD_OUT_FOLDS) -> tuple[tuple[float, int, int], ...]:
    """What the levels promise on articles they were not measured on: the judged articles
    split into `folds` groups (by a hash of the article id); each group's lines get the
    levels calibrated on the other groups, then (level, lines at or above it, true) as in
    `Calibration.by_level`. A rule whose share holds only on the articles that set it
    shows here as a level that reads true less often than it says."""
    def fold_of(statement: dict[str, Any]) -> int:
        return int(hashlib.sha1(str(statement.get("article", "")).encode("utf-8")).hexdigest()[:8], 16) % folds

    judged = [s for s in statements if reading_key(s) in verdicts]
    scored: list[tuple[float, bool]] = []
    for k in range(folds):
        train = [s for s in judged if fold_of(s) != k]
        test = [s for s in judged if fold_of(s) == k]
        if not train or not test:
            continue
        result = calibrate(train, verdicts)
        unseen = (result.true + PRIOR_WEIGHT * 0.5) / (result.judged + PRIOR_WEIGHT)
        scored += [(result.levels.get(bucket(s), unseen), verdicts[reading_key(s)]) for s in test]
    curve = []
    for level in sorted({round(lv, 2) for lv, _ in scored}, reverse=True):
        lines = [ok for lv, ok in scored if round(lv, 2) >= level]
        curve.append((level, len(lines), sum(lines)))
    return tuple(curve)


def confirmed(calibration: Calibration, held: Sequence[tuple[float, int, int]]) -> Calibration:
    """The calibration with its default level kept only if the held-out lines at or above
    it also read true `TARGET` of the time (else every line is shown)."""
    if not calibration.shown_from or not held:
        return calibration
    at = [(n, t) for level, n, t in held if level >= calibration.shown_from - 1e-9]
    n, t = at[-1] if at else (0, 0)
    if n and t / n >= TARGET:
        return calibration
    return replace(calibration, shown_from=0.0)


def write_table(calibration: Calibration, path: Path) -> None:
    """Rewrite lexicons/confidence.yaml with the measured levels (comments kept)."""
    text = path.read_text(encoding="utf-8")
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
    old = yaml.safe_load(text) or {}
    levels = dict(old.get("levels") or {})
    levels.update(calibration.levels)
    body = {"default": old.get("default", 0.5), "shown_from": calibration.shown_from,
            "levels": dict(sorted(levels.items()))}
    path.write_text(header + yaml.safe_dump(body, sort_keys=False, allow_unicode=True), encoding="utf-8")


def report(calibration: Calibration, held: Sequence[tuple[float, int, int]] = ()) -> str:
    """The table `negograph calibrate` prints; `held` is `held_out`'s curve, if measured."""
    lines = [f"judged lines: {calibration.judged}, read true: {calibration.true}"
             f" ({calibration.true / calibration.judged if calibration.judged else 0:.3f})", "",
             f"{'basis:item':<28} {'judged':>6} {'true':>5} {'share':>6} {'confidence':>10}"]
    for g in calibration.groups:
        lines.append(f"{g.name:<28} {g.judged:>6} {g.true:>5} {g.share:>6.2f} {calibration.levels[g.name]:>10.2f}")
    lines += ["", f"{'confidence >=':<14} {'judged':>6} {'true':>5} {'share':>6}"]
    for level, n, t in calibration.by_level:
        lines.append(f"{level:<14.2f} {n:>6} {t:>5} {t / n if n else 0:>6.3f}")
    if held:
        lines += ["", f"held out by article ({HELD_OUT_FOLDS} folds: each article's lines get the levels measured "
                      f"on the others)", f"{'confidence >=':<14} {'judged':>6} {'true':>5} {'share':>6}"]
        lines += [f"{level:<14.2f} {n:>6} {t:>5} {t / n if n else 0:>6.3f}" for level, n, t in held]
    if calibration.shown_from:
        lines += ["", f"shown from confidence {calibration.shown_from:.2f}: the lowest level whose lines "
                      f"read true at least {TARGET:.0%} of the time"]
    else:
        lines += ["", f"no confidence level holding at least {MIN_SHOWN_SHARE:.0%} of the judged lines "
                      f"reads true {TARGET:.0%} of the time: the pages show every line (shown_from 0.00)"]
    return "\n".join(lines)


def shown(statements: Iterable[Any], everything: bool = False) -> list[Any]:
    """The statements the view and the comparison show by default: confidence at or above
    the calibrated level (lexicons/confidence.yaml `shown_from`); all with `everything`."""
    from .extract.lexicon import shown_from

    statements = list(statements)
    if everything:
        return statements
    level = shown_from() - 1e-9
    return [s for s in statements if s.confidence >= level]
