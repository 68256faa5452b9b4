"""Emphatic refusals without a refusal verb (section 7): "There will be no customs posts
under any circumstances," the government said; «Митних постів не буде за жодних умов»;
«Таможенных постов не будет ни при каких условиях». A party that declares that X will not
be, with a marker that no circumstance changes it (`emphatic_never` in cues.yaml), rejects
X. A plain "there will be no X" is a forecast (rule 7) and states nothing.
"""

from __future__ import annotations

from .emphasis import emphasis_in
from .items import sentence_start_label
from .lexicon import closed_classes
from .mention import Mention

# Words the subject noun phrase may not cross: a clause of its own, a quote's edge.
_BOUNDARIES = (",", ";", ":", ".", "—", "–", "«", "»", '"', "“", "”")
# English: "there will be no X", "there would never be X".
_EN_FUTURE = ("will", "would", "shall")


class NeverReading:
    """The reader's rule for declared absences held under any circumstances."""

    def emphatic_absences(self) -> None:
        view = self.view
        tokens = view.tokens
        lex = view.cues_lex
        markers = [k for k in range(len(tokens)) if tokens[k].is_word and lex.emphatic_never.longest_at(tokens, k)]
        # "I want to make it clear that there will be no X", «хочу наголосити, що X не буде»:
        # the stress marks the absence as meant, as "under any circumstances" does.
        markers += emphasis_in(tokens, lex, view.lang)
        if not markers:
            return
        for k in range(1, len(tokens)):
            if k in self.consumed or view.in_attribution(k):
                continue
            span = self._absent(k)
            if span is None:
                continue
            start, end, verb = span
            clause = _clause(tokens, min(start, verb), max(end, verb + 1))
            if not any(clause[0] <= m < clause[1] for m in markers):
                continue  # no "under any circumstances": a forecast, not a position
            holder = self.existential_speaker(min(start, verb), verb)
            if holder is None or not isinstance(holder, Mention):
                continue
            for item in self.items_from(start, end):
                if start == 0 and view.mention_at(0) is None:
                    item = sentence_start_label(item, view.lang)
                self.emit(holder.actor, "rejects", item, "emphatic-absence")
            self.consumed.update(range(min(start, verb), max(end, verb + 1)))

    def _absent(self, k: int) -> tuple[int, int, int] | None:
        """The item span and the verb's index of "X не буде" / "не буде X" / "there will be
        no X" with the negated future of "be" at k, or None."""
        view = self.view
        tokens = view.tokens
        closed = closed_classes()
        lex = view.cues_lex
        if view.lang == "en":
            # "there will be no X", "there will never be X"
            if tokens[k].low != "be" or k < 2:
                return None
            j = k - 1
            if tokens[j].low in ("never", "not"):
                j -= 1
                negated_before = True
            else:
                negated_before = False
            if j < 1 or tokens[j].low not in _EN_FUTURE or tokens[j - 1].low != "there":
                return None
            start = k + 1
            if not negated_before:
                if start >= len(tokens) or tokens[start].low not in ("no", "any"):
                    return None
                start += 1
            end = start
            while end < len(tokens) and tokens[end].text not in _BOUNDARIES \
                    and not lex.emphatic_never.longest_at(tokens, end) and tokens[end].low not in ("until", "unless", "if"):
                end += 1
            return (start, end, k) if end > start else None
        if tokens[k].low not in closed.future_be or tokens[k - 1].low not in lex.negation:
            return None
        verb = k - 1
        # The noun before: "Митних постів не буде", "Жодних мит не буде".
        start = verb
        while start > 0 and tokens[start - 1].is_word:
            m = view.mention_at(start - 1)
            if m is not None and m.start > 0 and tokens[m.start - 1].an.pos == "PREP":
                start = m.start - 1  # "жорсткого кордону в Ірландії не буде": a place inside the item
            elif m is None and tokens[start - 1].an.pos in ("NOUN", "ADJF", "PRTF", "NUMR", "UNKN", "PREP"):
                start -= 1
            else:
                break
        while start < verb and tokens[start].an.pos == "PREP":
            start += 1
        while start < verb and (tokens[start].keys & lex.none_words or tokens[start].low in lex.none_words):
            start += 1  # "жодних", "никаких": the emphasis, not the item
        if start < verb and "gent" in tokens[verb - 1].an.cases:
            return start, verb, verb
        # The noun after: "не буде жодних митних постів".
        start = k + 1
        while start < len(tokens) and (tokens[start].keys & lex.none_words or tokens[start].low in lex.none_words):
            start += 1
        end = start
        while end < len(tokens) and tokens[end].is_word and tokens[end].an.pos in ("NOUN", "ADJF", "PRTF", "UNKN") \
                and not lex.emphatic_never.longest_at(tokens, end) and view.mention_at(end) is None:
            end += 1
        if end > start and "gent" in tokens[end - 1].an.cases:
            return start, end, verb
        return None


def _clause(tokens, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): back and on to a comma, a semicolon or a quote's edge,
    so that "за жодних умов" after its own comma still counts ("…, ни при каких условиях")."""
    left = start
    while left > 0 and tokens[left - 1].text not in (";", ".", "«", "»", '"', "“", "”"):
        left -= 1
    right = end
    while right < len(tokens) and tokens[right].text not in (";", ".", "«", "»", '"', "“", "”"):
        right += 1
    return left, right
