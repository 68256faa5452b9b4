"""A fronted object with its own relative clause, read as two clauses.

"X, якого вимагала A, в B відкинули", "X, которого требовала A, B отвергла", "X, which
A had demanded, was rejected by B": one object, two positions on it. A demands X (the
relative clause, its pronoun standing for X) and B rejects X (the main clause, whose
object stands before it). Read as one clause, the main clause's words become the item
of the relative clause's cue and B's position is lost.

The split gives back two plain sentences that the ordinary rules read: "A вимагала X"
(the relative clause with its party first and X in the pronoun's place) and the main
clause with X as its object ("в B відкинули X", "B отвергла X") or, in English, its
subject ("X was rejected by B").
"""

from __future__ import annotations

from .lexicon import closed_classes
from .mention import Mention
from .sentence_view import SentenceView

_VERB_POS = ("VERB", "INFN", "PRTF", "PRTS", "GRND")
_IMPERSONAL_PREPS = frozenset({"в", "у", "во"})
_POSSESSIVE_RELATIVES = frozenset({"whose", "чей", "чья", "чьё", "чье", "чьи", "чий", "чия", "чиє", "чиї"})  # "в B відкинули": the party as a place


def fronted_relative(view: SentenceView) -> tuple[str, ...] | None:
    """The sentence rewritten as plain sentences: (main clause, relative clause) when the
    relative clause names its own party; (main clause with the relative clause after its
    object,) when the relative clause says what a plan held; None when the sentence has not
    the shape "X, REL ... cue ..., main clause with a cue"."""
    tokens = view.tokens
    if view.quote_range is not None and view.quote_range[0] != -1 or len(tokens) < 8:
        return None  # a quote inside the sentence; an interview's whole answer is read
    begin = next((k for k, t in enumerate(tokens) if t.is_word), len(tokens))  # past "— "
    first = next((k for k in range(begin, len(tokens)) if tokens[k].text in (",", ";", ":", "—", "–")), None)
    if first is None or first <= begin or tokens[first].text != "," or first + 1 >= len(tokens):
        return None
    if not tokens[first + 1].keys & view.cues_lex.relative or tokens[first + 1].low in ("where", "де", "где"):
        return None
    fronted = range(begin, first)
    if any(tokens[k].an.pos in _VERB_POS for k in fronted) or not any(tokens[k].is_word for k in fronted):
        return None
    if tokens[first + 1].low in _POSSESSIVE_RELATIVES:
        return None  # "The State Department, whose officials ...": X owns, X is no object
    if any(m.end == first and m.kind != "possessive" and not any(
            tokens[k].an.pos == "NOUN" or tokens[k].keys & view.cues_lex.plan_nouns for k in range(begin, m.start))
           for m in view.mentions):
        return None  # "Росія, яка вимагала X, відкинула Y": the party itself, not an object
    close = next((k for k in range(first + 2, len(tokens)) if tokens[k].text in (",", ";", ":")), None)
    if close is None or tokens[close].text != "," or close + 2 >= len(tokens):
        return None
    if not _cue_in(view, first + 2, close) or not _cue_in(view, close + 1, len(tokens)):
        return None
    relative_party = _parties_in(view, first + 2, close)
    if relative_party is None and (view.lang == "en" or not _subject_relative(view, first + 1, close)):
        return None  # "Egypt's plan, which provided for X, was rejected by Israel" reads as it stands
    main_cue = min(c.start for c in view.cues if c.start > close)
    if any(t.keys & view.cues_lex.speech_verbs for t in tokens[close + 1 : main_cue]):
        return None  # "X, which ..., said the United States would not accept Y": X speaks
    x = _lowered(view, begin, _span(view, begin, first))
    main_end = len(tokens) - 1 if tokens[-1].text in (".", "!") else len(tokens)
    main = _span(view, close + 1, main_end)
    if relative_party is None:
        # "Пропозицію Замбії, яка передбачала X, Китай відхилив" is "Китай відхилив
        # пропозицію Замбії, яка передбачала X": the verb's object, then what the plan held.
        whole = f"{main} {x}, {_span(view, first + 1, close)}."
        return (whole[0].upper() + whole[1:],)
    party = _span(view, relative_party[0], relative_party[1])
    rest = " ".join(
        s for s in (_span(view, first + 2, relative_party[0]), _span(view, relative_party[1], close)) if s
    )
    relative = f"{party} {rest} {x}."
    if view.lang != "en":
        # "в B відкинули X з посиланням на …", "B отвергла X": the object right after its verb.
        verb_end = next(c.end for c in view.cues if c.start == main_cue)
        after = _span(view, verb_end, main_end)
        if main_cue == close + 1 and view.mention_at(verb_end) is not None:
            # "X, которое предложила A, отвергли Польша и Венгрия": the subject after the
            # verb; the object keeps its place before it ("X отвергли Польша и Венгрия").
            main = f"{x} {_span(view, close + 1, main_end)}."
        else:
            main = f"{_span(view, close + 1, verb_end)} {x}{' ' + after if after else ''}."
    else:
        main = f"{_span(view, begin, first)} {main}."  # "X was rejected by B"
    main = main[0].upper() + main[1:]
    return main, relative[0].upper() + relative[1:]


def _lowered(view: SentenceView, begin: int, x: str) -> str:
    """X without the sentence's capital, which is no name's."""
    if x[:1].isupper() and view.tokens[begin].text[1:2].islower() and not any(m.start == begin for m in view.mentions):
        return x[0].lower() + x[1:]
    return x


def _subject_relative(view: SentenceView, pronoun: int, close: int) -> bool:
    """"яка передбачала X", "which offered X": the pronoun is the subject and the clause
    says what a plan holds."""
    token = view.tokens[pronoun]
    if view.lang != "en" and "nomn" not in token.an.cases:
        return False
    return any(pronoun < c.start < close and c.relation == "proposes" and c.kind in ("plan", "verb")
               for c in view.cues)


def _span(view: SentenceView, start: int, end: int) -> str:
    if start >= end:
        return ""
    return view.text[view.tokens[start].start : view.tokens[end - 1].end]


def _parties_in(view: SentenceView, start: int, end: int) -> tuple[int, int] | None:
    """The parties of a clause as one span: coordinated names together, with the "в" of an
    impersonal "в Пекіні вимагали"; None when it names none."""
    found: list[Mention] = [
        m for m in view.mentions
        if start <= m.start and m.end <= end and m.kind not in ("possessive",) and not view.in_attribution(m.start)
    ]
    if not found:
        return None
    and_words = closed_classes().and_words
    first, last = found[0], found[0]
    for m in found[1:]:
        between = view.tokens[last.end : m.start]
        if all(t.low in and_words or t.text == "," for t in between):
            last = m
        else:
            break
    begin = first.start
    if begin > start and view.tokens[begin - 1].low in _IMPERSONAL_PREPS:
        begin -= 1
    return begin, last.end


def _cue_in(view: SentenceView, start: int, end: int) -> bool:
    return any(start <= c.start < end and c.kind in ("verb", "phrase", "plan") for c in view.cues)
