"""Ownership stated as a position (section 7, goals with no cue verb): "The port is not for
sale," the president said; «Острів не продається»; «Порт не продается» — the speaker rejects
the sale of X; "the canal belongs to Panama and will remain so", «канал належить Панамі і
так залишиться» — the owner demands that X stay its own. A plain "X belongs to Y" is a fact
and states nothing; only a marker that it will remain so (`remain_markers`) makes it a claim.

A mixin of engine._SentenceReader: its methods use the reader's view, statements,
consumed tokens, emit() and existential_speaker().
"""

from __future__ import annotations

from ..models import Item
from .complements import complement_end
from .items import classify_issue, span_text
from .lexicon import closed_classes, slug
from .morph import Token, genitive_phrase

# Words that open the clause whose subject is X: a quote's or a clause's edge.
_CLAUSE_EDGES = frozenset({",", ";", ":", "«", "»", "\"", "“", "”", "„", "—", "–"})
# The longest subject read as X ("the port of Mombasa on the Indian Ocean").
_SUBJECT_REACH = 7


def _as_label(text: str, first: Token, lang: str) -> str:
    """The words as a label's part: a capital that only opens the sentence lowered ("The
    port" -> "the port", "Острів" -> "острів"), a name's kept ("Essequibo", "Гренландія")."""
    if not text[:1].isupper():
        return text
    if lang == "en":
        common = first.low in closed_classes().determiners
    else:
        common = first.an.pos in ("NOUN", "ADJF", "PRTF") and not first.an.proper
    return text[:1].lower() + text[1:] if common else text


class SaleReading:
    """The reader's rules for a thing declared not for sale or kept by its owner."""

    def subject_before(self, at: int) -> tuple[int, int] | None:
        """The noun phrase opening the clause that ends at `at`: X of "X is not for sale".
        None when it is a pronoun ("It is not for sale"), a party, or too long to be one."""
        view = self.view
        tokens = view.tokens
        closed = closed_classes()
        end = at
        while end > 0 and (tokens[end - 1].low in closed.copula or tokens[end - 1].low in closed.auxiliaries):
            end -= 1  # "is", "are", "was"
        start = end
        speech = view.cues_lex.speech_verbs
        while start > 0 and tokens[start - 1].text not in _CLAUSE_EDGES \
                and tokens[start - 1].low not in closed.complementizers and not tokens[start - 1].keys & speech:
            start -= 1  # "said the canal belongs ...": the clause after a verb of saying
        first = next((j for j in range(start, end) if tokens[j].low not in closed.determiners), end)
        if first >= end or end - start > _SUBJECT_REACH:
            return None
        first = tokens[first]
        if first.an.pos == "NPRO" or first.low in view.cues_lex.pronouns or first.low in ("it", "this", "that"):
            return None
        if any(view.cue_at(j) for j in range(start, end)) or not any(t.is_word for t in tokens[start:end]):
            return None
        return start, end

    def thing_issue(self, tokens: list[Token], owner_is_state: bool) -> str:
        """The issue of a thing owned: its words' issue, else territory for land (a place
        named, or a word of `land_nouns`) or a state's holding, else economic."""
        issue = classify_issue(tokens)
        if issue != "other":
            return issue
        land = any(t.keys & self.view.cues_lex.land_nouns for t in tokens) or any(
            m.actor.type == "state" for m in self.view.mentions if tokens[0].i <= m.start <= tokens[-1].i)
        return "territory" if land or owner_is_state else "economic"

    def not_for_sale(self) -> None:
        """ "The island is not for sale", «Порт не продається», «Регион не продается»: the
        speaker rejects the sale of X."""
        view = self.view
        tokens = view.tokens
        lex = view.cues_lex
        if not lex.sale_label:
            return
        for k in range(len(tokens)):
            hit = lex.sale_phrases.longest_at(tokens, k) if tokens[k].is_word else None
            if not hit or k in self.consumed:
                continue
            subject = self.subject_before(k)
            if subject is None:
                continue
            start, end = subject
            words = tokens[start:end]
            holder = self.existential_speaker(start, k)
            if holder is None:
                continue
            text = span_text(view.text, words)
            if view.lang == "en":
                thing = text
            else:
                forms = genitive_phrase([t.text for t in words], view.lang)
                if forms is None:
                    continue
                thing = " ".join(forms)
            label = f"{lex.sale_label} {_as_label(thing, words[0], view.lang)}"
            issue = self.thing_issue(words, False)
            item = Item(id="x-sale-" + slug(text), label=label, issue=issue, text=text, known=False)
            self.emit(holder.actor, "rejects", item, "phrase")
            self.consumed.update(range(start, hit[0]))

    def kept_ownership(self) -> None:
        """ "The canal belongs to Panama and will remain so", «Острів належить Данії і завжди
        належатиме їй»: the owner demands that X stay its own (the label is the clause)."""
        view = self.view
        tokens = view.tokens
        lex = view.cues_lex
        for k, token in enumerate(tokens):
            if k in self.consumed or not token.keys & lex.belong_verbs:
                continue
            owner_at = k + 1
            if owner_at < len(tokens) and tokens[owner_at].low == "to":
                owner_at += 1
            while owner_at < len(tokens) and tokens[owner_at].low in closed_classes().determiners:
                owner_at += 1
            owner = view.mention_at(owner_at)
            if owner is None or owner.kind in ("pronoun", "possessive"):
                continue
            end = complement_end(view, k + 1)
            # The marker may follow a comma: "belongs to Panama, and it will stay that way".
            marker_end = min(len(tokens), end + 8)
            if not any(lex.remain_markers.longest_at(tokens, j) for j in range(owner.end, marker_end)
                       if tokens[j].is_word) \
                    and not any(lex.remain_markers.longest_at(tokens, j) for j in range(max(0, k - 2), k)):
                continue  # "X belongs to Y": a fact, no claim
            subject = self.subject_before(k - 1 if k > 0 and lex.remain_markers.longest_at(tokens, k - 1) else k)
            if subject is None:
                continue
            start, _ = subject
            words = tokens[start : owner.end]
            text = span_text(view.text, words)
            label = _as_label(text, words[0], view.lang)
            issue = self.thing_issue(tokens[start:k], owner.actor.type == "state")
            item = Item(id="x-belongs-" + slug(text), label=label, issue=issue, text=text, known=False)
            self.emit(owner.actor, "demands", item, "phrase")
            self.consumed.update(range(start, owner.end))
