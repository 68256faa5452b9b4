"""State adjectives and nouns of peoples (demonyms.yaml): "Russian", "українська", "немецкий".

One cached table feeds the one-word matcher, the multi-word index ("South African")
and the English adjectives; an unknown state adjective never makes a body the home state.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import LEXICON_DIR, Cues, WordIndex, actor_lexicon, guess_lang, load_yaml, make_word
from .morph import Token


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _demonym_table() -> dict:
    """demonyms.yaml as read: actor id -> its adjectives, English first."""
    return load_yaml(LEXICON_DIR / "demonyms.yaml") or {}


def demonym_index():
    """Adjectives that stand for an actor (demonyms.yaml), as Word matchers."""
    words = []
    for actor_id, adjectives in _demonym_table().items():
        for adjective in adjectives or ():
            words.append((make_word(str(adjective), guess_lang(str(adjective))), str(actor_id)))
    return words


@lru_cache(maxsize=1)
def _demonym_matcher() -> tuple[WordIndex, list[str]]:
    pairs = [
        (word, actor_id)
        for word, actor_id in demonym_index()
        if actor_id in actor_lexicon().entries
    ]
    return WordIndex([word for word, _ in pairs]), [actor_id for _, actor_id in pairs]


@lru_cache(maxsize=1)
def english_demonyms() -> dict[str, str]:
    """actor id -> its English adjective ("poland" -> "Polish"): the first of its demonyms."""
    return {str(actor_id): str(words[0]).title() for actor_id, words in _demonym_table().items() if words}


_ByLast = dict[str, list[tuple[tuple[str, ...], str]]]  # last word -> (words before it, actor id)


_ByFirst = dict[str, list[tuple[str, ...]]]  # first word -> all the words


@lru_cache(maxsize=1)
def _multiword_demonyms() -> tuple[_ByLast, _ByFirst]:
    """Demonyms of several words ("south sudanese", "equatorial guinean"): by their last
    word, (the words before it, actor id); by their first word, all their words; longest first."""
    by_last: _ByLast = {}
    by_first: _ByFirst = {}
    for actor_id, adjectives in _demonym_table().items():
        if str(actor_id) not in actor_lexicon().entries:
            continue
        for adjective in adjectives or ():
            words = tuple(str(adjective).lower().split())
            if len(words) > 1:
                by_last.setdefault(words[-1], []).append((words[:-1], str(actor_id)))
                by_first.setdefault(words[0], []).append(words)
    for pairs in by_last.values():
        pairs.sort(key=lambda pair: -len(pair[0]))
    for phrases in by_first.values():
        phrases.sort(key=lambda words: -len(words))
    return by_last, by_first


def multiword_demonym_end(tokens: list[Token], i: int) -> int:
    """Where a demonym of several words that starts at token i ends ("Costa Rican", "North
    Korean"), or i where none does."""
    for words in _multiword_demonyms()[1].get(tokens[i].low, ()):
        end = i + len(words)
        if end <= len(tokens) and all(tokens[i + n].low == word for n, word in enumerate(words)):
            return end
    return i


def demonym_span(tokens: list[Token], k: int) -> tuple[str, int]:
    """The actor id of the demonym that ends at token k and the token it starts at: "South
    Sudanese" is South Sudan's, not Sudan's ("", k where there is none)."""
    for before, actor_id in _multiword_demonyms()[0].get(tokens[k].low, ()):
        first = k - len(before)
        if first >= 0 and all(tokens[first + n].low == word for n, word in enumerate(before)):
            return actor_id, first
    return demonym_actor(tokens[k]), k


def demonym_actor(token: Token) -> str:
    """The actor id an adjective such as "Russian" or "американський" stands for, or ""."""
    if not token.is_word:
        return ""
    index, actors = _demonym_matcher()
    found = index.matches(token)
    return actors[min(found)] if found else ""


def unknown_demonym(token: Token, cues: Cues) -> bool:
    """Whether an adjective looks like a state's ("руританський", "руританское", "Ruritanian":
    it ends as cues.yaml's demonym_endings) though demonyms.yaml does not list it."""
    if not cues.demonym_endings or not token.is_word or demonym_actor(token):
        return False
    if not token.keys.isdisjoint(cues.not_demonyms):
        return False
    if cues.lang == "en":
        capitalised = token.is_cap and token.text[1:].islower()
        return capitalised and token.low.endswith(cues.demonym_endings)
    return token.an.pos == "ADJF" and token.an.lemma.endswith(cues.demonym_endings)
