"""How the extraction tests read a sentence: the statements of a one-article text, and
the lines a reader sees, as (actor id, relation, item label) or the actor ids alone."""

from __future__ import annotations

from graph.extract import extract_article
from graph.models import Article, Statement


def statements(text: str, lang: str, title: str = "") -> list[Statement]:
    return extract_article(Article(id="t", text=text, lang=lang, title=title))


def lines(text: str, lang: str, title: str = "") -> set[tuple[str, str, str]]:
    return {(s.actor.id, s.relation, s.item.label) for s in statements(text, lang, title)}


def labelled(found: list[Statement]) -> list[tuple[str, str, str]]:
    """The lines as a reader sees them: (actor label, relation, item label), in order."""
    return [(s.actor.label, s.relation, s.item.label) for s in found]


def holds(text: str, lang: str, actor: str, relation: str, words: str = "") -> bool:
    """Whether a line has that actor id and relation and an item label with these words."""
    return any(a == actor and r == relation and words in i for a, r, i in lines(text, lang))


def actors(text: str, lang: str) -> set[str]:
    return {actor for actor, _, _ in lines(text, lang)}


def holdings(text: str, lang: str) -> set[tuple[str, str]]:
    """(actor id, relation) of each line: who holds a position, whatever its item."""
    return {(s.actor.id, s.relation) for s in statements(text, lang)}


def mentioned(text: str, lang: str) -> list[str]:
    """The actor ids of a sentence's mentions, in order, read with a fresh memory."""
    from graph.extract.lexicon import cues_for
    from graph.extract.mention import ActorMemory
    from graph.extract.mentions import find_mentions
    from graph.extract.morph import tokenize

    tokens = tokenize(text, lang)
    return [m.actor.id for m in find_mentions(tokens, cues_for(lang), ActorMemory(), lang)]
