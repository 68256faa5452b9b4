"""Tests for graph/dates.py: article dates read from datelines and running text, in uk, ru and en."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graph.dates import TextDate, date_from_text, resolve_weekday, weekday_named
from graph.ingest import read_articles

REFERENCE = dt.date(2026, 1, 1)


@pytest.mark.parametrize("text, expected", [
    ("Title\n\nKYIV, Feb 11, 2025 (Reuters) – Ukraine said", TextDate("2025-02-11", "dateline")),
    ("Title\n\nКИЇВ, 11 лютого 2025 року. Україна заявила", TextDate("2025-02-11", "dateline")),
    ("Заголовок\n\nМОСКВА, 11 февраля 2025 г. - Россия заявила", TextDate("2025-02-11", "dateline")),
    ("BRUSSELS, June 3 (Testwire) - The EU said on Tuesday it was ready.", TextDate("2025-06-03", "dateline+weekday")),
    ("ВЕНА, 21 октября. Гросси представил в понедельник план.", TextDate("2024-10-21", "dateline+weekday")),
    ("КИЇВ, 11 лютого. Україна у вівторок відхилила план.", TextDate("2025-02-11", "dateline+weekday")),
])
def test_dateline_dates_the_article(text, expected):
    assert date_from_text(text, REFERENCE) == expected


@pytest.mark.parametrize("text, expected", [
    ("Про це 11 лютого 2025 року повідомило МЗС.", "2025-02-11"),
    ("Об этом 11 февраля 2025 г. сообщил МИД.", "2025-02-11"),
    ("The ministry said on February 11, 2025 that talks would resume.", "2025-02-11"),
    ("The ministry said on 11 February 2025 that talks would resume.", "2025-02-11"),
    ("Заява від 11.02.2025 опублікована.", "2025-02-11"),
])
def test_first_full_date_in_running_text_dates_the_article(text, expected):
    assert date_from_text(text, REFERENCE) == TextDate(expected, "text")


@pytest.mark.parametrize("text", [
    "Профспілка вимагає підвищення з 1 січня 2026 року.",
    "Повышение с 1 января 2026 года.",
    "The rise would apply from 1 January 2026.",
])
def test_a_deadline_is_not_the_articles_date(text):
    assert date_from_text(text, REFERENCE) is None


@pytest.mark.parametrize("text", [
    "Kyiv said on Tuesday it would not accept the plan.",
    "Київ у вівторок відхилив план.",
    "Москва во вторник отвергла план.",
    "SEOUL, March 12 (Testwire) - North Korea said it was willing to talk.",  # no year, no weekday
])
def test_a_weekday_or_a_yearless_date_alone_gives_no_date(text):
    assert date_from_text(text, REFERENCE) is None


def test_weekday_resolves_only_against_a_known_date():
    assert weekday_named("Україна у вівторок відхилила план") == 1
    assert weekday_named("Россия во вторник отвергла план") == 1
    assert weekday_named("on Tuesday and on Friday") is None
    assert resolve_weekday(1, dt.date(2025, 2, 13)) == dt.date(2025, 2, 11)
    assert resolve_weekday(3, dt.date(2025, 2, 13)) == dt.date(2025, 2, 13)


def test_ingest_takes_metadata_first_then_the_text(tmp_path: Path):
    (tmp_path / "a.md").write_text("---\ndate: 2025-01-05\n---\nKYIV, Feb 11, 2025 (Reuters) - Text.\n",
                                   encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title\n\nМОСКВА, 11 февраля 2025 г. - Россия.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Title\n\nKyiv said on Tuesday it would not.\n", encoding="utf-8")
    dates = {a.id: (a.date, a.date_source) for p in sorted(tmp_path.iterdir()) for a in read_articles(p)}
    assert dates == {"a": ("2025-01-05", "metadata"), "b": ("2025-02-11", "dateline"), "c": ("", "")}
