"""Consent or refusal received from a party (section 1, actors): "рабочие получили от
дирекции согласие на X", "отримали відмову від міністерства", "won the company's agreement
to X". The position is the granting party's, named after "від/от/from" or as the noun's
possessor; the subject only received it.

The verbs of receiving are `receive_verbs` in cues.yaml; `granted_nouns` are nouns that
state a position only after one of them (English "agreement", which alone is a deal).
"""

from __future__ import annotations

from .lexicon import closed_classes
from .mention import Mention
from .sentence_view import Cue, SentenceView

# How far before the noun the verb of receiving may stand ("получили предварительное устное
# согласие", "отримали від дирекції згоду"), and how far after it the "від/от" party.
_VERB_WINDOW = 6
_FROM_WINDOW = 5
_BREAKS = (",", ";", ":", ".", "—", "–")


def receiving_verb(view: SentenceView, cue: Cue) -> int | None:
    """The position of a verb of receiving that governs the cue's noun, or None."""
    if cue.kind != "noun" or cue.relation not in ("accepts", "rejects"):
        return None
    receive = view.cues_lex.receive_verbs
    if not receive:
        return None
    tokens = view.tokens
    for k in range(cue.start - 1, max(-1, cue.start - _VERB_WINDOW - 1), -1):
        if tokens[k].text in _BREAKS:
            return None
        if tokens[k].keys & receive:
            return k
    return None


def granting_party(view: SentenceView, cue: Cue) -> Mention | None | bool:
    """Whose consent or refusal the subject received: the party after "від/от/from" between
    the verb and the noun or just after the noun, or the noun's possessor ("the board's
    agreement"). False when the cue is no received consent; None when it is one but no
    party is named (the receiver holds no position of it)."""
    verb = receiving_verb(view, cue)
    if verb is None:
        return False
    tokens = view.tokens
    from_words = closed_classes().from_words
    spans = [range(verb + 1, cue.start), range(cue.end, min(cue.end + _FROM_WINDOW, len(tokens)))]
    for span in spans:
        for k in span:
            if tokens[k].text in _BREAKS:
                break
            if tokens[k].low in from_words or (view.lang == "en" and tokens[k].low == "of" and k == cue.end):
                for j in range(k + 1, min(k + 4, len(tokens))):
                    m = view.mention_at(j)
                    if m is not None and not view.in_attribution(m.start):
                        return m
                    if tokens[j].text in _BREAKS:
                        break
    owner = view.mention_at(cue.end) if cue.end < len(tokens) and view.lang != "en" else None
    if owner is not None and owner.start == cue.end and "gent" in tokens[cue.end].an.cases:
        return owner  # "получила согласие ЕС на X", "отримала згоду керівництва компанії"
    for k in range(cue.start - 1, verb, -1):
        m = view.mention_at(k)
        if m is not None and (m.kind == "possessive" or tokens[m.end - 1].low.endswith(("'s", "’s", "s'"))
                              or (m.end < len(tokens) and tokens[m.end].low in ("'s", "’s", "'"))):
            return m  # "won the company's agreement to X", "secured Hamas's consent"
    return None
