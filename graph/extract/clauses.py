"""A shallow clause segmenter (issue 14, point 3): where the adverbial clause that holds a
token starts, so that a cue inside "... stalled as developing countries pressed for X" or
"..., оскільки країни наполягали на X" takes its subject from its own clause, never from
the main clause before it.

The clause opens at a word of `clause_openers` (cues.yaml) and runs to the cue unless a
comma closes it first; the commas around a relative clause inside it ("країни, що
розвиваються, наполягали") do not close it.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import closed_classes
from .sentence_view import SentenceView

_LONGEST = 4  # words in the longest opener ("в то время как")


@lru_cache(maxsize=1)
def _openers() -> dict[tuple[str, ...], int]:
    return {tuple(o.split()): len(o.split()) for o in closed_classes().clause_openers}


def opener_at(view: SentenceView, k: int) -> int:
    """The number of words of a clause opener starting at token k (0: none)."""
    tokens = view.tokens
    openers = _openers()
    for n in range(min(_LONGEST, len(tokens) - k), 0, -1):
        words = tuple(t.low for t in tokens[k : k + n])
        if words in openers:
            if n == 1 and not _clause_not_preposition(view, k):
                return 0
            return n
    return 0


def _clause_not_preposition(view: SentenceView, k: int) -> bool:
    """ "as developing countries pressed" opens a clause; "as host", "as part of", "such as",
    "since 2014" do not."""
    tokens = view.tokens
    closed = closed_classes()
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after.low in closed.preposition_after_opener or after.text[:1].isdigit() or not after.is_word:
        return False
    if k > 0 and tokens[k - 1].low in closed_classes().as_phrase_starts:
        return False
    return True


def clause_start(view: SentenceView, index: int) -> int | None:
    """The first token after the opener of the adverbial clause that holds token `index`,
    or None when the token stands in no such clause."""
    tokens = view.tokens
    closed = closed_classes()
    relatives = closed.relative_pronouns | view.cues_lex.relative
    for k in range(index - 1, -1, -1):
        if tokens[k].text in (";", ":") or tokens[k].text in ("—", "–"):
            return None
        n = opener_at(view, k)
        if not n:
            continue
        in_relative = False
        for j in range(k + n, index):
            if tokens[j].text != ",":
                continue
            if j + 1 < len(tokens) and (tokens[j + 1].low in relatives or tokens[j + 1].keys & view.cues_lex.relative):
                in_relative = True
            elif in_relative:
                in_relative = False
            else:
                return None  # "As talks stalled, Peru demanded X": the clause closed before the cue
        return k + n
    return None
