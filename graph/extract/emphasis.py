"""Phrases of emphasis (issue 13, point 1): "I want to make it very clear that ...", "let me
be clear:", "one thing must be clear:", «хочу наголосити, що ...», «хочу, чтобы все ясно
понимали: ...». Such a phrase only stresses what follows: it is no goal or "must" of its own
and never an item (codebook rule 9), and the clause it introduces is read as if it stood
alone. A declared absence after it ("... that there will be no ceasefire") is meant, not
forecast: a refusal, as with `emphatic_never` (never_reading.py).
"""

from __future__ import annotations

from .lexicon import Cues, closed_classes
from .morph import Token

# Marks after which the stressed clause, or nothing, follows.
_BOUNDARY_MARKS = frozenset({",", ":", ".", ";", "—", "–", "-", "!", "«", "»", '"', "“", "”", "„"})


def _boundary(tokens: list[Token], k: int) -> bool:
    """Whether what the phrase stresses begins at k: the sentence's end, a mark, a "that" or an "and"."""
    if k >= len(tokens):
        return True
    token = tokens[k]
    closed = closed_classes()
    return token.text in _BOUNDARY_MARKS or token.low in closed.complementizers or token.low in closed.and_words


def emphasis_end(tokens: list[Token], i: int, lex: Cues, lang: str) -> int | None:
    """Where a phrase of emphasis that opens at i ends, past whom it addresses and how
    ("to make it clear", ", щоб усі чітко розуміли", "всем ясно понимать"), when a clause,
    a mark or the sentence's end follows it; else None ("want to know whether", "заявити
    про вихід з угоди": the verb has an object of its own)."""
    closed = closed_classes()
    k = i
    while k < len(tokens) and k - i < 6:
        token = tokens[k]
        if token.text == "," or token.low in closed.complementizers or token.low in lex.emphasis_addressees \
                or token.keys & lex.emphasis_addressees or lang != "en" and token.an.pos == "ADVB":
            k += 1
            continue
        break
    if k >= len(tokens) or not tokens[k].is_word:
        return None
    hit = lex.emphasis_phrases.longest_at(tokens, k)
    if not hit or not _boundary(tokens, hit[0]):
        return None
    after = hit[0] + 1 if hit[0] < len(tokens) and tokens[hit[0]].text == "," else hit[0]
    if after < len(tokens) and tokens[after].low in closed.question_words:
        return None  # "хочемо знати, як гарантуватимуть безпеку": an indirect question is what is wanted
    return hit[0]


def emphasis_in(tokens: list[Token], lex: Cues, lang: str) -> list[int]:
    """Where a stress opens in the tokens: an aside ("let me be clear", «скажу прямо») or a
    phrase of emphasis governed by a "want" or a "must" ("I want to make it clear", «треба
    чесно сказати»). A plain "said" or "stressed that" reports; it marks nothing."""
    found = []
    for k in range(len(tokens)):
        if not tokens[k].is_word:
            continue
        aside = lex.emphasis_asides.longest_at(tokens, k)
        if aside and _boundary(tokens, aside[0]):
            found.append(k)
            continue
        governor = lex.goal_verbs.longest_at(tokens, k) or lex.must_words.longest_at(tokens, k)
        if governor and emphasis_end(tokens, governor[0], lex, lang) is not None:
            found.append(k)
    return found


def only_emphasis(tokens: list[Token], lex: Cues, lang: str) -> bool:
    """Whether an item's words open with a phrase of emphasis, perhaps after its subject or
    addressee ("ясно понимали", "make that very clear", "One thing be clear", "make it
    clear that ..."): what stresses a position, not the position."""
    words = [t for t in tokens if t.is_word]
    return any(emphasis_end(tokens, tokens.index(word), lex, lang) is not None for word in words[:3])
