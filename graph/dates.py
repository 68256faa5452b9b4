"""Article dates read from the text, for articles whose metadata has none.

Three rules, tried in order (month and weekday names per language are data,
in graph/lexicons/dates.yaml):

1. A dateline at the start of the article: "KYIV, Feb 11, 2025 (Reuters) -",
   "БЕЙРУТ, 19 ноября 2024 г. -", "ВЕНА, 21 октября.". A dateline without a
   year takes it from a weekday the lead paragraph names for the same day
   ("HARTFORD, Nov 18 (newswire) - ... walked off the job on Monday"): the
   latest year, up to the reference year, in which that day is that weekday.
   A dateline with neither year nor weekday gives no date.
2. The first full date in the running text: "11 лютого 2025 року",
   "11 февраля 2025 г.", "February 11, 2025", "11.02.2025". A date right after
   a deadline word ("from 1 January 2026", "з 1 січня 2026 року") is when
   something is due, not the article's date, and is skipped.
3. Otherwise the article is undated.

A weekday alone ("on Tuesday", "у вівторок", "во вторник") never dates an
article: `resolve_weekday` turns it into a date only relative to a date that
is already known.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON = Path(__file__).resolve().parent / "lexicons" / "dates.yaml"
LANGS = ("uk", "ru", "en")
# How far into the text a dateline may start (a headline and an "Updated" line come first).
DATELINE_WINDOW = 400
# A year-less dateline's weekday is looked for this far back from the reference year.
WEEKDAY_YEARS_BACK = 11


@dataclass(frozen=True)
class TextDate:
    """A date found in an article's text: ISO `date` and the rule that found it."""

    date: str
    rule: str  # dateline | dateline+weekday | text


@dataclass(frozen=True)
class _Names:
    months: dict[str, int]  # lower-case word -> month number
    weekdays: dict[str, int]  # lower-case word -> weekday (Monday = 0)
    year_words: tuple[str, ...]
    deadline_words: frozenset[str]


@lru_cache(maxsize=1)
def _names() -> _Names:
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8")) or {}
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for lang in LANGS:
        for number, words in ((data.get("months") or {}).get(lang) or {}).items():
            for word in words:
                months[str(word).lower().rstrip(".")] = int(number)
        for number, words in ((data.get("weekdays") or {}).get(lang) or {}).items():
            for word in words:
                weekdays[str(word).lower()] = int(number)
    year_words = tuple(sorted({str(w).lower() for lang in LANGS
                               for w in (data.get("year_words") or {}).get(lang) or ()}, key=len, reverse=True))
    deadline = frozenset(str(w).lower() for lang in LANGS
                         for w in (data.get("deadline_words") or {}).get(lang) or ())
    return _Names(months, weekdays, year_words, deadline)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    names = _names()
    month = f"(?P<month>{_alternation(names.months)})\\.?"
    year_word = f"(?:\\s+(?:{_alternation(names.year_words)}))?" if names.year_words else ""
    year = r"(?P<year>(?:19|20)\d\d)" + year_word
    day = r"(?P<day>[0-3]?\d)"
    # "11 February 2025", "11 лютого 2025 року" / "February 11, 2025" / "11.02.2025"
    day_month = f"{day}\\s+{month}(?:,?\\s+{year})?"
    month_day = f"{month}\\s+{day}(?:st|nd|rd|th)?(?:,?\\s+{year})?"
    date = f"(?:{day_month}|{month_day.replace('?P<month>', '?P<month2>').replace('?P<day>', '?P<day2>').replace('?P<year>', '?P<year2>')})"
    dateline = re.compile(
        r"(?m)^[ \t]*(?P<city>[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐЁ][A-ZÀ-ÖØ-ÞА-ЯІЇЄҐЁ .'’-]{1,40}),\s+" + date
        + r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—.:]", re.IGNORECASE | re.UNICODE)
    running = re.compile(r"(?<![\w.])" + date + r"(?!\w)", re.IGNORECASE | re.UNICODE)
    dotted = re.compile(r"(?<![\w.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\w])")
    weekday = re.compile(f"(?<!\\w)(?P<weekday>{_alternation(names.weekdays)})(?!\\w)", re.IGNORECASE | re.UNICODE)
    return dateline, running, dotted, weekday


def _parts(match: re.Match) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) of a date match, whichever word order it used."""
    groups = match.groupdict()
    month_word = groups.get("month") or groups.get("month2")
    day = groups.get("day") or groups.get("day2")
    year = groups.get("year") or groups.get("year2")
    if not month_word or not day:
        return None
    month = _names().months.get(month_word.lower().rstrip("."))
    if month is None:
        return None
    return int(day), month, int(year) if year else None


def _iso(year: int, month: int, day: int) -> str:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def resolve_weekday(weekday: int, known: _dt.date) -> _dt.date:
    """The latest date on or before `known` that falls on `weekday` (Monday = 0)."""
    return known - _dt.timedelta(days=(known.weekday() - weekday) % 7)


def weekday_named(text: str) -> int | None:
    """The weekday a text names ("on Tuesday", "у вівторок", "во вторник"), if exactly one."""
    found = {_names().weekdays[m.group("weekday").lower()] for m in _patterns()[3].finditer(text)}
    return found.pop() if len(found) == 1 else None


def _year_for_weekday(month: int, day: int, weekday: int, reference_year: int) -> int | None:
    for year in range(reference_year, reference_year - WEEKDAY_YEARS_BACK, -1):
        iso = _iso(year, month, day)
        if iso and _dt.date.fromisoformat(iso).weekday() == weekday:
            return year
    return None


def _lead(text: str, start: int) -> str:
    """The paragraph a dateline opens (up to the first blank line)."""
    end = text.find("\n\n", start)
    return text[start:end if end >= 0 else len(text)]


def _after_deadline_word(text: str, start: int) -> bool:
    before = re.findall(r"[\w’']+", text[max(0, start - 30):start])
    return bool(before) and before[-1].lower() in _names().deadline_words


def date_from_text(text: str, reference: _dt.date | None = None) -> TextDate | None:
    """The article's date from its text (module docstring), or None.

    `reference` bounds the year a weekday gives a year-less dateline
    (default: today); everything else ignores it.
    """
    dateline, running, dotted, _ = _patterns()
    match = dateline.search(text[:DATELINE_WINDOW])
    if match:
        parts = _parts(match)
        if parts:
            day, month, year = parts
            if year:
                iso = _iso(year, month, day)
                if iso:
                    return TextDate(iso, "dateline")
            else:
                weekday = weekday_named(_lead(text, match.start()))
                if weekday is not None:
                    ref = (reference or _dt.date.today()).year
                    found = _year_for_weekday(month, day, weekday, ref)
                    if found:
                        return TextDate(_iso(found, month, day), "dateline+weekday")
    candidates = []
    for m in running.finditer(text):
        parts = _parts(m)
        if parts and parts[2] and not _after_deadline_word(text, m.start()):
            candidates.append((m.start(), _iso(parts[2], parts[1], parts[0])))
    for m in dotted.finditer(text):
        if not _after_deadline_word(text, m.start()):
            candidates.append((m.start(), _iso(int(m.group("year")), int(m.group("month")), int(m.group("day")))))
    for _, iso in sorted(candidates):
        if iso:
            return TextDate(iso, "text")
    return None
