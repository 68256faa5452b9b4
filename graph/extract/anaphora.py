"""Anaphora (codebook rule 4): item spans that refer back to earlier statements.

"these demands", "ці вимоги", "it", "the first point", "the Saudi option": the
functions say whether a span refers back and to what kind of statement; the
engine looks the referents up in the article's history.
"""

from __future__ import annotations

from .lexicon import actor_lexicon
from .mentions import demonym_actor, principal
from .sentence_view import SentenceView

_ORDINALS = {
    "first": 0,
    "second": 1,
    "third": 2,
    "last": -1,
    "latter": -1,
    "former": 0,
    "перший": 0,
    "другий": 1,
    "третій": 2,
    "останній": -1,
    "первый": 0,
    "второй": 1,
    "третий": 2,
    "последний": -1,
}
_POINT_NOUNS = frozenset(
    {
        "point",
        "item",
        "demand",
        "condition",
        "proposal",
        "clause",
        "пункт",
        "вимога",
        "умова",
        "пропозиція",
        "требование",
        "условие",
        "предложение",
    }
)
# Words that stand before a referring phrase ("most of these demands", "but these").
_REFERENCE_FILLERS = frozenset(
    "but and але однак но однако most some all більшість частину большинство часть of з із из всі все".split()
)
# A single word that refers back: always, or only where the dictionary reads it as a pronoun.
_REFERRING_ALWAYS = frozenset(
    "it that this them these це їх цього того это их этого то його її его".split()
)
_REFERRING_AS_PRONOUN = frozenset("those ці эти такое таке".split())


def ordinal_reference(view: SentenceView, start: int, end: int) -> int | None:
    """Rule 4 for lists: "the first point", "останній пункт" -> the index in the latest list."""
    words = [
        t
        for t in view.tokens[start:end]
        if t.is_word
        and t.low not in ("the", "its", "their", "of", "but", "and", "але", "однак", "но", "однако")
    ]
    if len(words) < 2 or len(words) > 3:
        return None
    position = next((_ORDINALS[k] for k in sorted(words[0].keys) if k in _ORDINALS), None)
    if position is None or not (
        words[-1].keys & _POINT_NOUNS
        or words[-1].low
        in ("conditions", "demands", "points", "умов", "вимог", "условий", "требований")
    ):
        return None
    return position if position >= 0 else 10_000


def demonym_reference(view: SentenceView, start: int, end: int) -> str | None:
    """ "the Saudi option", "американо-французький проєкт": a party's earlier proposal (rule 4)."""
    words = [t for t in view.tokens[start:end] if t.is_word and t.low not in ("the", "a", "an")]
    if len(words) != 2 or not (words[1].keys & view.cues_lex.plan_nouns):
        return None
    actor_id = demonym_actor(words[0])
    if not actor_id:
        return None
    return principal(actor_lexicon().entries[actor_id]).actor.id


def is_anaphoric(view: SentenceView, start: int, end: int) -> str | None:
    """Rule 4: "these demands", "ці вимоги", "the offer", "it", "that" refer back.
    Returns the relation the referents must have ("demands", "proposes" or "any")."""
    lex = view.cues_lex
    words = [t for t in view.tokens[start:end] if t.is_word]
    while words and words[0].low in _REFERENCE_FILLERS:
        words = words[1:]
    if not words or len(words) > 3:
        return None
    first = words[0]
    if len(words) == 1 and (
        first.low in _REFERRING_ALWAYS
        or first.low in _REFERRING_AS_PRONOUN
        and first.an.pos in ("NPRO", "")
    ):
        return "any"
    pointer = bool(first.keys & lex.pointers or first.low in lex.pointers)
    if len(words) >= 2 and (
        pointer or first.keys & lex.demonstratives or first.low in lex.demonstratives
    ):
        for key in sorted(words[-1].keys):
            if key in lex.anaphora_nouns:
                value = lex.anaphora_nouns[key]
                return value if value in ("demands", "proposes") else "any"
        if pointer:
            # "ці строки", "these terms", "столь резкого шага": a noun after a demonstrative points back.
            return "any"
    return None
