"""Verbless terms after a colon (section 7, "plan terms without verbs").

"Компромісс от Швейцарии: 10% продукции — в дар ВОЗ, ещё до 10% — по доступным ценам",
"предложила разделить полномочия: миграция и убежище — Партии свободы, полиция — народникам",
"Qatar's compromise: Rafah — to a Palestinian body, the corridor — to Egypt". Each "A — X"
term is one thing the proposal's author puts forward; read as one coordination, the dashes
and the "і" inside a term would cut it into fragments.
"""

from __future__ import annotations

from .sentence_view import DASHES, OPEN_QUOTES, SentenceView

_SEPARATORS = (",", ";")


def dash_terms(view: SentenceView) -> tuple[int, list[tuple[int, int]]] | None:
    """The colon and the token spans of its "A — X" terms, or None when the colon heads no
    such list (at least one term with a dash between words on both sides, no quote)."""
    tokens = view.tokens
    colon = next((k for k, t in enumerate(tokens) if t.text == ":" and not _clock(tokens, k)), None)
    if colon is None or colon < 2 or colon + 3 >= len(tokens):
        return None
    if view.quote_range is not None and view.quote_range[0] > colon:
        return None  # "заявила: «…»": a quote, read as one
    end = len(tokens) - 1 if tokens[-1].text in (".", "!", ";") else len(tokens)
    terms: list[tuple[int, int]] = []
    start = colon + 1
    for k in range(colon + 1, end + 1):
        if k == end or tokens[k].text in _SEPARATORS:
            if k > start:
                terms.append((start, k))
            start = k + 1
    dashed = [t for t in terms if _dashed(view, *t)]
    if not dashed or len(dashed) < len(terms) / 2:
        return None
    return colon, terms


def _dashed(view: SentenceView, start: int, end: int) -> bool:
    """A dash between two words of the term: "10% продукции — в дар ВОЗ"."""
    tokens = view.tokens
    for k in range(start + 1, end - 1):
        if tokens[k].text in DASHES and tokens[k - 1].text[-1:].isalnum() | (tokens[k - 1].text[-1:] in "%)»") \
                and (tokens[k + 1].is_word or tokens[k + 1].text in OPEN_QUOTES):
            return True
    return False


def _clock(tokens, k: int) -> bool:
    """ "12:40": a time stamp, not a colon that opens terms."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].text[-1:].isdigit() and tokens[k + 1].text[:1].isdigit() \
        and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start
