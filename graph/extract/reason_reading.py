"""Rule 3 for a refusal's reason: "rejected the deal because it had no guarantee of X",
"відхилила угоду, бо вона не містила гарантій X", "отвергла сделку, потому что в ней не
было гарантий X". What the refused offer lacked is what the refuser demands; the reason
clause states no other position ("guarantee" there is no one's offer).

A mixin of engine._SentenceReader: its methods use the reader's view, statements,
consumed tokens, emit() and items_from().
"""

from __future__ import annotations

from .complements import complement_end
from .lexicon import closed_classes
from .polarity import apply_negation
from .sentence_view import SentenceView

# Words that end a reason clause: a new clause or sentence part.
_CLAUSE_ENDS = frozenset({",", ";", ".", "!", "?", ":", "—", "–"})


def _clause_end(view: SentenceView, start: int) -> int:
    k = start
    while k < len(view.tokens) and view.tokens[k].text not in _CLAUSE_ENDS:
        k += 1
    return k


# How far before a refused item its negation may stand: "would not agree to a ceasefire".
_NEGATION_REACH = 6


def conditional_refusal(view: SentenceView, first: int) -> bool:
    """Whether a refusal of the item that starts at `first` is one that a condition could
    lift: negated ("will not sign X", "не погодимося на X"), a refused act ("refused to
    join X", "відмовилася входити до X") or any such item at all ("rejected any deal").
    A plain refusal of a thing ("rejected the budget without a vote") is no such one: its
    "without" may say how it was refused."""
    tokens = view.tokens
    lex = view.cues_lex
    if first > 0 and tokens[first - 1].keys & lex.any_words:
        return True
    if tokens[first].an.pos == "INFN" or (first > 1 and tokens[first - 1].low == "to"):
        return True
    for k in range(first - 1, max(-1, first - 1 - _NEGATION_REACH), -1):
        token = tokens[k]
        if not token.is_word:
            return False
        if token.low in lex.negation or token.keys & lex.negation or token.low.endswith("n't") \
                or token.low == "cannot":
            return True
    return False


def lacked_at(view: SentenceView, start: int, end: int) -> int | None:
    """Where what the refused offer lacked starts in the reason clause [start, end): after
    "lacked", "бракувало", "не було"; after "did not include", "не містила"; after "had
    no", "contained no". None when the clause says no such thing."""
    tokens = view.tokens
    lex = view.cues_lex
    for k in range(start, end):
        hit = lex.lacking_words.longest_at(tokens, k)
        if hit:
            return hit[0]
        token = tokens[k]
        negation = token.low in lex.negation or bool(token.keys & lex.negation)
        if not negation:
            continue
        if k > start and lex.has(tokens[k - 1], "lacking_verbs") and token.low in ("no", "any"):
            return k + 1  # "had no", "contained no"
        for j in range(k + 1, min(k + 3, end)):
            if lex.has(tokens[j], "lacking_verbs"):
                return j + 1  # "did not include", "не містила", "не предусматривала"
    return None


class ReasonReading:
    """The reader's rule for what a refusal's reason says was missing."""

    def hold_lack_reasons(self) -> None:
        """Before the cues are read: find "<refusal> because it lacked X" and keep the
        reason clause from being read by its own cues; the demands follow the refusal."""
        view = self.view
        tokens = view.tokens
        lex = view.cues_lex
        self.lacks = []
        self.deal_lacks = None
        if not lex.lack_reasons:
            return
        refusal = None
        for cue in view.cues:
            if cue.kind in ("verb", "phrase") and apply_negation(cue) == "rejects":
                refusal = cue
                break
        if refusal is None:
            return
        if self.deal_lacking(refusal):
            return
        for k in range(refusal.end, len(tokens)):
            hit = lex.lack_reasons.longest_at(tokens, k)
            if not hit:
                continue
            end = _clause_end(view, hit[0])
            start = lacked_at(view, hit[0], end)
            if start is None or start >= end:
                continue
            first = tokens[start]
            if first.an.pos in ("VERB", "INFN", "PRTS", "PRTF", "GRND"):
                continue  # "бо вона не була погоджена": a state of the deal, nothing lacked
            self.lacks.append((refusal, start, end))
            self.consumed.update(range(k, end))
            return

    def deal_lacking(self, refusal) -> bool:
        """ "would not accept any deal that does not include X", "не примет соглашение без
        X", "не погодиться на угоду без X": a double negation, the refuser demands X. The
        refusal is read as any other (its holder found by the usual rules), then its lines
        become demands of X (`lack_demands`): its item would be the deal, or a fragment.
        Whether the sentence has that shape (then noted in `deal_lacks`)."""
        view = self.view
        tokens = view.tokens
        lex = view.cues_lex
        k = refusal.end
        while k < min(refusal.end + 4, len(tokens)) and tokens[k].is_word and not tokens[k].keys & lex.offer_nouns:
            k += 1  # "any", "на", "a new"
        if k >= len(tokens) or not tokens[k].keys & lex.offer_nouns or k + 1 >= len(tokens):
            return False
        k += 1
        opener = k
        if tokens[k].low in closed_classes().relative_pronouns | {"that"}:
            opener = k + 1  # "any deal that does not include X"
        elif not lex.lacking_words.longest_at(tokens, k):
            return False
        end = _clause_end(view, opener)
        start = lacked_at(view, opener, end)
        if start is None or start >= end or start > opener + 3 \
                or tokens[start].an.pos in ("VERB", "INFN", "PRTS", "PRTF", "GRND"):
            return False
        self.deal_lacks = (refusal, start, end)
        return True

    def lack_demands(self) -> None:
        """After the cues: the refuser (the one party the sentence's refusals name) demands
        what the reason clause says the refused offer lacked."""
        if self.deal_lacks is not None:
            self.deal_lack_demands(*self.deal_lacks)
        if not self.lacks:
            return
        refusers = {s.actor.id: s.actor for s in self.statements
                    if s.sentence_index == self.index and s.relation == "rejects"}
        for refusal, start, end in self.lacks:
            if not refusers:
                # "rejected the offer because it lacked X": an offer named before yields no
                # line here, and the refusal's own subject is the refuser.
                found = self.actor_for(refusal)
                if found is not None:
                    refusers[found.id] = found
            if len(refusers) != 1:
                return
            actor = next(iter(refusers.values()))
            self.consumed.difference_update(range(start, end))
            for item in self.items_from(start, end):
                self.emit(actor, "demands", item, "lack-reason")

    def deal_lack_demands(self, refusal, start: int, end: int) -> None:
        """ "не примет соглашение без X": each line the refusal gave (the deal without X, or
        a fragment) becomes its holder's demand of X."""
        view = self.view
        at, until = view.tokens[refusal.start].start, view.tokens[end - 1].end
        refused = [k for k, s in enumerate(self.statements)
                   if s.sentence_index == self.index and s.relation == "rejects" and s.item.text
                   and at <= view.text.find(s.item.text, at) < until]
        holders = {self.statements[k].actor.id: self.statements[k].actor for k in refused}
        if len(holders) != 1:
            return
        actor = next(iter(holders.values()))
        self.statements[:] = [s for k, s in enumerate(self.statements) if k not in refused]
        self.consumed.difference_update(range(start, end))
        for item in self.items_from(start, end):
            self.emit(actor, "demands", item, "lack-reason")


    def without_conditions(self) -> None:
        """Rule 3 for a refusal scoped by "without": "will not agree to a ceasefire without
        the withdrawal of troops", "не підпишемо угоду без гарантій", "отказалась войти в
        коалицию без обязательства X". Refusing X without Y refuses no X: the refuser demands
        Y, the condition of X. The refusal's lines give way to demands of what "without"
        names; a "without" of manner ("without explanation", "без бою"), before an act
        ("without consulting") or before a bare party ("без України") leaves them as read."""
        view = self.view
        tokens = view.tokens
        closed = closed_classes()
        conditions: dict[tuple[str, int], list[int]] = {}
        for n, statement in enumerate(self.statements):
            if statement.sentence_index != self.index or statement.relation != "rejects" \
                    or not statement.item.text:
                continue
            span = view.tokens_of(statement.item.text)
            if not span:
                continue
            first, last = span[0].i, span[-1].i
            marker = next((k for k in range(first + 1, min(last + 2, len(tokens)))
                           if tokens[k].low in closed.without_words), None)
            if marker is None or not conditional_refusal(view, first):
                continue
            conditions.setdefault((statement.actor.id, marker), []).append(n)
        dropped: set[int] = set()
        for (_, marker), refused in conditions.items():
            start = marker + 1
            while start < len(tokens) and tokens[start].low in closed.determiners:
                start += 1  # "without a", "without any"
            end = complement_end(view, start)
            if start >= end or not self.names_a_condition(start, end):
                continue
            self.consumed.difference_update(range(start, end))
            items = self.items_from(start, end)
            if not items:
                continue
            actor = self.statements[refused[0]].actor
            dropped.update(refused)
            for item in items:
                self.emit(actor, "demands", item, "conditional-offer")
        if dropped:
            self.statements[:] = [s for n, s in enumerate(self.statements) if n not in dropped]

    def names_a_condition(self, start: int, end: int) -> bool:
        """What follows "without" at `start` is a condition: not an act ("without
        consulting"), a manner ("without explanation", "без бою") or a party alone."""
        view = self.view
        first = view.tokens[start]
        if first.an.pos in ("VERB", "INFN", "GRND", "PRTF", "PRTS") or first.keys & view.cues_lex.without_manner:
            return False
        mention = view.mention_at(start)
        return mention is None or mention.end < end
