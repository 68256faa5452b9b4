"""Polarity rules: negation (codebook rule 2), composed relations (rule 1) and tense.

"did not demand X" is no statement, "did not accept X" rejects X, "demands to
prevent X" rejects X, and "will sign" is an offer for later, not an acceptance.
"""

from __future__ import annotations

from .lexicon import Cues, closed_classes
from .morph import Token
from .sentence_view import Cue, SentenceView


def negated_before(tokens: list[Token], i: int, lex: Cues, kind: str) -> bool:
    """Rule 2: a negation particle before the cue (skipping auxiliaries and particles)."""
    closed = closed_classes()
    if i < len(tokens) and (tokens[i].low in lex.negation or tokens[i].keys & lex.negation):
        # "ніколи не приймемо", "никогда не примем": the cue holds its own "не", and a
        # "never" before it agrees with it (negative concord), no second negation.
        return False
    k = i - 1
    steps = 0
    while k >= 0 and steps < 3:
        token = tokens[k]
        if token.low in lex.negation or token.keys & lex.negation or token.low.endswith("n't") or token.low == "cannot":
            return True
        if token.low in closed.auxiliaries or token.low in closed.particles or token.low in closed.future_be:
            k -= 1  # "не будет соблюдать": the negation of a future reaches the infinitive
            steps += 1
            continue
        break
    return False


def failed_agreement(tokens: list[Token], cue: Cue, lex: Cues, reciprocal: bool) -> bool:
    """Section 7: "так і не домовилися", "не смогли договориться", "were not able to agree
    on", "did not reach a deal": a failure to agree with each other is an event, not a
    refusal. A verb of agreeing with each other (`mutual_verbs`), or any acceptance held
    with another party (`reciprocal`: "Chile and Peru did not agree"), negated across a
    modal verb ("не змогли", "were not able to")."""
    head, negated = agreement_head(tokens, cue, lex)
    if reciprocal:
        if not (tokens[head].keys & lex.reciprocal_verbs and (cue.relation == "accepts" or negated)):
            return False
    elif not lex.mutual_verbs.longest_at(tokens, head):
        return False
    if cue.negated or negated:
        return True
    closed = closed_classes()
    k = cue.start - 1
    skipped = 0
    while k >= 0 and skipped < 4:
        low = tokens[k].low
        if low in closed.modal_verbs or low in closed.auxiliaries or low in closed.particles:
            k -= 1
            skipped += 1
            continue
        return skipped > 0 and (low in lex.negation or bool(tokens[k].keys & lex.negation))
    return False


def attempt_to_agree(tokens: list[Token], cue: Cue, lex: Cues) -> bool:
    """Section 7: "спроби домовитися з X не вдалися", "попытки договориться с X",
    "attempts to agree on X": a verb of agreeing after a noun of trying reports an attempt,
    an event; no party accepts anything by it."""
    head, _ = agreement_head(tokens, cue, lex)
    if not (tokens[head].keys & lex.reciprocal_verbs or lex.mutual_verbs.longest_at(tokens, head)):
        return False
    before = [t for t in tokens[max(0, cue.start - 2) : cue.start] if t.is_word]
    return any(t.keys & lex.attempt_nouns or t.low in lex.attempt_nouns for t in before)


def agreement_head(tokens: list[Token], cue: Cue, lex: Cues) -> tuple[int, bool]:
    """Where the verb of a cue stands, and whether the cue begins with its own negation:
    "did not agree" is the phrase cue [not, agree], whose verb is its second word."""
    if cue.end - cue.start > 1 and tokens[cue.start].low in lex.negation:
        return cue.start + 1, True
    return cue.start, False


def apply_negation(cue: Cue) -> str | None:
    """Rule 2: "did not demand X" is no statement; "did not accept X" rejects X;
    "not ready to" refuses; "must not happen" rejects."""
    if not cue.negated:
        return cue.relation
    if cue.relation == "accepts":
        return "rejects"
    if cue.kind in ("must", "adj") and cue.relation in ("demands", "proposes"):
        return "rejects"
    return None


def compose_relations(outer: str | None, inner: str) -> str | None:
    """Rule 1: a cue inside another's complement: "demands to prevent X" rejects X,
    "rejected the proposal of X" rejects X, "ready to accept X" proposes X."""
    if outer is None:
        return None
    if outer == "demands":
        return "rejects" if inner == "rejects" else "demands"
    if outer == "proposes":
        return "rejects" if inner == "rejects" else "proposes"
    if outer == "rejects":
        # "не намерена отказываться от требований": refusing to give something up holds on to it.
        return "demands" if inner == "rejects" else "rejects"
    if outer == "accepts":
        return "rejects" if inner == "rejects" else "accepts"
    return outer


def is_future(view: SentenceView, cue: Cue) -> bool:
    """ "will sign", "підпише": an offer for later, not an acceptance now."""
    token = view.tokens[cue.start]
    before = {t.low for t in view.tokens[max(0, cue.start - 3) : cue.start]}
    return token.an.future or bool(before & closed_classes().future_markers)


# How far into a demand's complement its negation may stand: "urged partners not to",
# "закликав партнерів не нав'язувати" (an addressee of up to two words before it).
_NEGATED_COMPLEMENT_REACH = 3


def negated_complement(view: SentenceView, start: int, end: int) -> int | None:
    """Where the action starts when a demand's complement is negated ("urged partners
    not to impose a date", "призвал не вводить санкции"): demanding that something not
    be done rejects it. None when the complement is not negated."""
    tokens = view.tokens
    for k in range(start, min(end - 1, start + _NEGATED_COMPLEMENT_REACH)):
        token, following = tokens[k], tokens[k + 1]
        if token.low not in view.cues_lex.negation:
            continue
        if view.lang == "en":
            if following.low == "to" and k + 2 < end:
                return k + 2
        elif following.an.pos == "INFN":
            return k + 1
        return None
    return None


def second_infinitive(view: SentenceView, action: int, end: int) -> int | None:
    """Where a second, unnegated act starts after a negated one: "не відкладати X і
    винести його на голосування", "not to delay X and to put it to a vote" (a coordinator,
    then an infinitive, or "to" and a verb in English). None when there is none."""
    tokens = view.tokens
    closed = closed_classes()
    negation = view.cues_lex.negation | closed.not_words
    for k in range(action + 1, min(end, len(tokens)) - 1):
        if tokens[k].low not in closed.coordinators:
            continue
        j = k + 1
        if tokens[j].low in negation:
            return None  # "not to delay X and not to cut Y": the negation holds for both
        if view.lang == "en":
            if tokens[j].low == "to" and j + 1 < end and tokens[j + 1].is_word:
                return j + 1
        elif tokens[j].an.pos == "INFN":
            return j
    return None
