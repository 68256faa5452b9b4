"""A party's position given by an "as" clause after the main one (section 7): "The
government refused to close the mine, as the union had demanded"; «Уряд відмовився закрити
шахту, як того вимагала профспілка»; «…, как того требовал профсоюз». The union demands
what the main clause is about (closing the mine); the government's refusal stays its own.

The clause opens after a comma with `as_clause_openers` (cues.yaml), holds a party and one
cue verb, and closes the sentence or its clause.
"""

from __future__ import annotations

from .lexicon import closed_classes
from .mention import Mention
from .sentence_view import Cue, SentenceView

# The as-clause is short: an opener, maybe an auxiliary, the party and its verb.
_MAX_WORDS = 7
_ENDS = (".", ";", ",", "!", "?", "»", "”", '"')


def as_clause(view: SentenceView, cue: Cue) -> tuple[int, Mention] | None:
    """Where the as-clause holding `cue` opens, and its party, or None when the cue stands
    in no such clause."""
    tokens = view.tokens
    if cue.kind not in ("verb", "phrase") or cue.negated:
        return None
    for k in range(cue.start - 1, max(0, cue.start - _MAX_WORDS) - 1, -1):
        if tokens[k].text in _ENDS:
            return None
        hit = view.cues_lex.as_clause_openers.longest_at(tokens, k)
        if hit is None or k == 0 or tokens[k - 1].text != ",":
            continue
        end = next((j for j in range(cue.end, len(tokens)) if tokens[j].text in _ENDS), len(tokens))
        if end - k > _MAX_WORDS + 2:
            return None
        parties = [m for m in view.mentions if hit[0] <= m.start and m.end <= end and not (cue.start <= m.start < cue.end)]
        if len(parties) != 1 or any(view.cue_at(j) is not None and j != cue.start for j in range(hit[0], end)):
            return None
        party = parties[0]
        fillers = closed_classes().as_clause_fillers
        if any(tokens[j].is_word and not party.start <= j < party.end and tokens[j].low not in fillers
               for j in range(cue.end, end)):
            return None  # ", as Moscow rejects talks": an object of its own, another position
        return k, party
    return None


class AsClauseReading:
    """The reader's rule for "…, as X had demanded"."""

    def as_clauses(self) -> None:
        view = self.view
        for cue in view.cues:
            found = as_clause(view, cue)
            if found is None:
                continue
            opener, party = found
            opened = view.tokens[opener].start
            main = [s for s in self.statements if s.actor.id != party.actor.id
                    and (words := view.tokens_of(s.item.text)) and words[-1].end <= opened]
            seen = set()
            for statement in main:
                if statement.item.id in seen:
                    continue
                seen.add(statement.item.id)
                self.emit(self.spoken_for(party, party.actor), cue.relation, statement.item, "as-clause")
