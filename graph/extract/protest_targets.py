"""What a called strike or protest is against (section 1, rejects): "закликали до страйку
проти пенсійної реформи", "призвали к протестам против импорта зерна", "called a national
strike against the pension reform". The party that calls or backs the action rejects what
it is against; the action itself stays its proposal or demand.

Nouns of such actions are `protest_nouns` in cues.yaml; the target follows one of
`against_words` right after the noun (a word or two of it between: "акцій протесту проти").
"""

from __future__ import annotations

from .complements import complement_end
from .lexicon import closed_classes
from .morph import Token
from .sentence_view import Cue

# Words of the action's own phrase between its noun and "against" ("акцій протесту проти").
_GAP = 2


class ProtestTargetReading:
    """The reader's rule for "a strike against X"."""

    def protest_targets(self) -> None:
        view = self.view
        nouns = view.cues_lex.protest_nouns
        if not nouns:
            return
        found = list(self.statements)
        for statement in found:
            if statement.relation not in ("proposes", "demands") or not statement.item.text:
                continue
            span = view.tokens_of(statement.item.text)
            for n, token in enumerate(span):
                if not token.keys & nouns:
                    continue
                target = _against_after(span, n)
                if target is None:
                    continue
                start, end = span[target].i + 1, span[-1].i + 1
                for item in self.items_from(start, end):
                    self.emit(statement.actor, "rejects", item, "protest-target", statement.conditional_on)
                break
        self._called_actions()

    def _called_actions(self) -> None:
        """ "The CGT called a national strike against the pension reform": a verb that calls
        the action with no cue of its own; its subject rejects the target."""
        view = self.view
        tokens = view.tokens
        lex = view.cues_lex
        for k in range(1, len(tokens)):
            hit = lex.protest_callers.longest_at(tokens, k) if tokens[k].is_word else None
            if not hit or view.cue_at(k) is not None or k in self.consumed:
                continue
            noun = next((j for j in range(hit[0], min(hit[0] + 4, len(tokens)))
                         if tokens[j].keys & lex.protest_nouns), None)
            if noun is None or any(not t.is_word for t in tokens[hit[0] : noun]):
                continue
            target = _against_after(tokens, noun)
            if target is None:
                continue
            actor = self.actor_for(Cue(k, hit[0], "rejects", "verb", False, tokens[k].an.lemma))
            if actor is None:
                continue
            end = complement_end(view, target + 1)
            if tokens[hit[0]].low not in ("a", "an") and any(t.low in ("a", "an") for t in tokens[target + 1 : end]):
                continue  # "called protests against the war a sign of courage": naming them, not calling them
            for item in self.items_from(target + 1, end):
                self.emit(actor, "rejects", item, "protest-target")
            self.consumed.update(range(k, end))


def _against_after(tokens: list[Token], noun: int) -> int | None:
    """Where "against" ("проти", "против") follows the action noun at `noun`, with at most
    `_GAP` words of the action's own phrase and no punctuation between, or None."""
    against = closed_classes().against_words
    target = next((j for j in range(noun + 1, min(noun + 2 + _GAP, len(tokens))) if tokens[j].low in against), None)
    if target is None or any(not t.is_word for t in tokens[noun + 1 : target]):
        return None
    return target
