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


def relative_opener_before(view: SentenceView, index: int) -> int | None:
    """The relative word opening the clause that holds token `index` ("Peru, which has
    demanded X", "Перу, яке вимагало X"), or None when no comma and relative word stand
    before it in its clause."""
    tokens = view.tokens
    relatives = closed_classes().relative_pronouns | view.cues_lex.relative
    for k in range(index - 1, max(-1, index - 30), -1):
        token = tokens[k]
        if token.text in (";", ":") or token.text in ("—", "–"):
            return None
        if token.text == ",":
            nxt = tokens[k + 1] if k + 1 < index else None
            if nxt is not None and (nxt.low in relatives or nxt.keys & view.cues_lex.relative) \
                    and nxt.low not in closed_classes().complementizers:
                return k + 1  # not ", що …", ", что …": a clause of content, no relative
            return None
    return None


def main_predicate_after(view: SentenceView, comma: int) -> bool:
    """Whether the comma at `comma` is followed by a finite verb, past an adverb or a short
    time phrase ("…, recalled its ambassador", "…, on Monday accepted", "…, у понеділок
    відкликало посла"): the comma closes a relative clause and the main clause goes on."""
    tokens = view.tokens
    closed = closed_classes()
    for j in range(comma + 1, min(comma + 5, len(tokens))):
        token = tokens[j]
        if not token.is_word:
            return False
        if view.lang == "en":
            cue = view.cue_at(j)
            if (
                (cue is not None and cue.kind in ("verb", "phrase"))
                or token.low in closed.auxiliaries - closed.particles
                or (token.low.endswith("ed") and token.low not in closed.not_past_forms)
                or (token.lemma != token.low and not token.low.endswith(("s", "ing")))  # "sent", "held"
            ):
                return j == comma + 1 or not tokens[j - 1].low in closed.determiners
            if token.low.endswith("ly") or token.an.pos == "PREP" or token.low in closed.time_words or (
                j > comma + 1 and tokens[j - 1].an.pos == "PREP" and token.is_cap
            ):
                continue
            return False
        if token.an.pos == "VERB" and not token.an.cases:
            return True
        if token.an.pos in ("ADVB", "PRCL", "PREP") or (j > comma + 1 and tokens[j - 1].an.pos == "PREP"):
            continue
        return _subject_and_verb(view, j) or _fronted_words_and_verb(view, j)
    return False


def _fronted_words_and_verb(view: SentenceView, j: int) -> bool:
    """uk/ru: a time phrase or a fronted object, then a finite verb ("…, цього разу нових
    вимог не висувала", "…, в этот раз новых требований не выдвигал"): the main clause goes
    on, with no conjunction, relative word or infinitive of the item's own before its verb."""
    tokens = view.tokens
    closed = closed_classes()
    for k in range(j, min(j + 7, len(tokens))):
        token = tokens[k]
        if not token.is_word or token.low in closed.relative_pronouns or token.low in closed.coordinators \
                or token.low in closed.complementizers:
            return False
        if token.an.pos == "VERB" and not token.an.cases:
            return k > j
        if token.an.pos not in ("NOUN", "ADJF", "NPRO", "PRCL", "ADVB", "PREP", "NUMR"):
            return False
    return False


def _subject_and_verb(view: SentenceView, j: int) -> bool:
    """uk/ru: a noun phrase in the nominative (its genitive dependents included) and a finite
    verb right after it ("…, власники варантів відхилили ще навесні"): a clause of its own."""
    tokens = view.tokens
    if tokens[j].an.pos not in ("NOUN", "ADJF") or "nomn" not in tokens[j].an.cases or tokens[j].is_cap:
        return False
    for k in range(j + 1, min(j + 5, len(tokens))):
        token = tokens[k]
        if token.an.pos == "VERB" and not token.an.cases:
            return True
        if not token.is_word or token.an.pos not in ("NOUN", "ADJF") or not token.an.cases & {"nomn", "gent"}:
            return False
    return False


def in_parenthesis(view: SentenceView, start: int, end: int, before: int) -> bool:
    """Whether tokens start..end stand in a parenthesis between a named subject and its verb
    at `before`: opened by a comma and a preposition, a relative word or a participle, closed
    by a comma ("Уряд, попри тиск опозиції, відхилив", "Zelensky, who met Macron in Paris,
    rejected", "India, backed by China, rejected"): a name there is not the subject."""
    tokens = view.tokens
    closed = closed_classes()
    opening = None
    for k in range(start - 1, max(-1, start - 12), -1):
        if tokens[k].text == ",":
            opening = k
            break
        if tokens[k].text in (";", ":", "—", "–"):
            return False
    if opening is None or opening < 1 or view.mention_at(opening - 1) is None:
        return False  # no named antecedent before the parenthesis
    first = tokens[opening + 1]
    relative = first.low in closed.relative_pronouns \
        and first.low not in closed.complementizers  # ", що Танзанія, попри тиск, відхилила"
    if relative and view.lang != "en" and "nomn" not in first.an.cases:
        return False  # "…, которую представлял Мединский, …": the name is the clause's subject
    if relative and not _opens_its_clause(view, view.mention_at(opening - 1)):
        return False  # "rejected the demand of Peru, which …": a relative on an object
    opens = (
        first.an.pos in ("PREP", "GRND", "PRTF")
        or first.low in closed.prepositions
        or first.low in closed.parenthesis_openers
        or relative
        or (view.lang == "en" and first.low.endswith(("ing", "ed")) and first.low not in closed.not_past_forms)
    )
    return opens and any(tokens[k].text == "," for k in range(end, before))


def _opens_its_clause(view: SentenceView, mention) -> bool:
    """Whether a mention stands where a subject does: a subject-capable name with no verb
    or cue between the start of its clause and it ("Zelensky, who …", "Уряд Польщі, який …")."""
    if mention is None or not mention.subject_ok:
        return False
    tokens = view.tokens
    for k in range(mention.start - 1, -1, -1):
        token = tokens[k]
        if token.text in (",", ";", ":") or token.text in ("—", "–"):
            return True
        if view.cue_at(k) is not None or token.an.pos in ("VERB", "INFN") or (
            view.lang == "en" and token.low.endswith("ed")
        ):
            return False
    return True
