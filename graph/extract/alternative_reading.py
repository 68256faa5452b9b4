"""Section 7 on a sentence: the alternative an actor turns down ("X, but not Y", "instead of",
"A, а не B", "instead proposed").

A mixin of engine._SentenceReader: its methods use the reader's view, statements,
consumed tokens, emit() and items_from().
"""

from __future__ import annotations

from ..models import Actor, Item
from .complements import (
    complement_end,
    negated_alternative,
    preferred,
)
from .implicit_positions import instead_position
from .items import (
    make_item,
    trim,
)
from .lexicon import (
    closed_classes,
)

# Words that open a clause before a fronted object ("що переговорам немає альтернативи").
_CLAUSE_OPENERS = frozenset({",", ";", ":", "«", "»", "\"", "“", "”", "„", "—", "–"})


# How far after "альтернативи" its absence may stand, past the object ("альтернативи
# мирному врегулюванню з Єгиптом не існує").
_OBJECT_REACH = 8


class AlternativeReading:
    """The reader's rules for an alternative turned down."""

    def turned_down_alternative(self, wanted: int, end: int, actor: Actor) -> None:
        """Section 7, "but" marking a rejection: "ready for talks but not for concessions",
        "a ceasefire, not a capitulation", "talks rather than a truce", "переговори замість
        перемир'я": the actor who wants the first turns down the second."""
        view = self.view
        tokens = view.tokens
        k = end + 1 if end < len(tokens) and tokens[end].text == "," else end
        hit = view.cues_lex.rather_than.longest_at(tokens, k) if k < len(tokens) and tokens[k].is_word else None
        if not hit and k < len(tokens) and tokens[k].low in closed_classes().preference_links \
                and preferred(view, max(0, wanted - 1)):
            # "prefers X to Y", "скорее согласятся на X, чем примут Y": Y is turned down
            hit = (k + 1, None)
            accepting = view.cue_at(k + 1)
            if accepting is not None and accepting.relation == "accepts":
                hit = (accepting.end, None)  # "чем примут Y": the verb repeats the acceptance
                self.consumed.update(range(accepting.start, accepting.end))  # and accepts no Y
        if not hit:
            return
        start = hit[0]
        if tokens[start - 1].low in closed_classes().not_words and not negated_alternative(view, start - 1):
            return  # "but not before a ceasefire", "але не виведе": no alternative named
        if start < len(tokens) and view.lang != "en" and tokens[start].an.pos in ("VERB", "GRND"):
            return
        if start < len(tokens) and tokens[start].an.pos == "PREP" and tokens[start].low not in {
            t.low for t in tokens[max(0, wanted - 1) : wanted + 1]
        }:
            # "distributed by the UN rather than by the foundation": the alternative replaces
            # a part of the wanted item (its agent, its place), not the item itself.
            return
        alternative_end = complement_end(view, start)
        rebuilt = self.predicate_swapped(wanted, end, start, alternative_end)
        if rebuilt is not None:
            # "щоб передача була обов'язковою, а не добровільною": the turned-down item is the
            # same subject with the other predicate, not a bare adjective.
            self.emit(actor, "rejects", rebuilt, "contrast")
            self.consumed.update(range(start, alternative_end))
            return
        words = [t for t in tokens[start:alternative_end] if t.is_word]
        wanted_words = [t for t in tokens[wanted:end] if t.is_word]
        if view.lang != "en" and len(words) == 1 and (
            words[0].an.pos in ("ADJF", "ADJS")
            or wanted_words and wanted_words[0].an.pos == "ADJF"
            and any(lemma.endswith(("ий", "ій", "ый", "ой")) for lemma in words[0].an.lemmas)
        ):
            # "тимчасове перемир'я замість постійного": the alternative's noun is elided; a
            # bare adjective names no item.
            self.consumed.update(range(start, alternative_end))
            return
        for item in self.items_from(start, alternative_end):
            self.emit(actor, "rejects", item, "contrast")

    def predicate_swapped(self, wanted: int, end: int, start: int, alternative_end: int) -> Item | None:
        """The wanted clause with its closing adjective replaced by the alternative one
        ("передача технологий была обязательной, а не добровольной" -> "передача технологий
        была добровольной"), when the alternative is a single adjective (uk/ru); else None."""
        view = self.view
        adjectives = ("ADJF", "ADJS", "PRTF", "PRTS")
        alternative = [t for t in view.tokens[start:alternative_end] if t.is_word]
        if view.lang == "en" or len(alternative) != 1 or alternative[0].an.pos not in adjectives:
            return None
        words = [t for t in view.tokens[wanted:end] if t.is_word]
        if len(words) < 2 or words[-1].an.pos not in adjectives or not (words[-1].an.cases & alternative[0].an.cases
                                                                       or words[-1].an.pos == alternative[0].an.pos == "ADJS"):
            return None
        span = trim(view.tokens[wanted : words[-1].i] + alternative, view.cues_lex)
        item = make_item(self.item_context, span) if span else None
        # A lexicon item names the subject alone ("мито" -> tariffs), not the predicate swapped.
        return item if item is not None and not item.known else None

    def fronted_alternative(self) -> None:
        """Section 7: "Instead of a truce, Moscow offers talks", "Вместо перемирия Москва
        предлагает переговоры": the alternative opening the sentence is turned down by the
        actor of its first proposal, demand or acceptance."""
        view = self.view
        tokens = view.tokens
        wanted = next((s for s in self.statements if s.relation in ("proposes", "demands", "accepts")), None)
        if wanted is None:
            return
        for k in range(min(2, len(tokens))):
            hit = view.cues_lex.rather_than.longest_at(tokens, k) if tokens[k].is_word else None
            if hit and tokens[hit[0] - 1].low not in closed_classes().not_words:
                break
        else:
            return
        start = end = hit[0]
        while end < len(tokens) and tokens[end].text != "," and view.mention_at(end) is None:
            end += 1
        if end == len(tokens) or any(j in self.consumed for j in range(start, end)):
            return
        for item in self.items_from(start, end):
            self.emit(wanted.actor, "rejects", item, "contrast")

    def instead_rule(self) -> None:
        """Section 7: "X urged Y to accept a ceasefire, but Y instead proposed talks": Y rejects it."""
        view = self.view
        position = instead_position(view)
        if position is None:
            return
        before_actor_items = [s for s in self.statements if s.relation in ("demands", "proposes")]
        # "Hamas rejected an Israeli proposal offering X, demanding instead Y": the owner of the
        # offer named inside the object did nothing instead; it is no one who turned Y down.
        later = [s for s in self.statements if s.relation == "proposes" and s.basis != "owner"]
        if not later:
            return
        actor = later[-1].actor
        for s in before_actor_items:
            if s.actor.id != actor.id:
                self.emit(actor, "rejects", s.item, "instead")

    def no_alternative(self) -> None:
        """ "Переговорам немає альтернативи", "немає альтернативи діалогу", "у диалога нет
        альтернативы", "альтернативы урегулированию не существует": the speaker puts X forward
        (codebook `proposes`; en "there is no alternative to X" is a cue phrase). X stands in
        the dative beside the noun and its absence, or after "у"/"в"; a party or a pronoun in
        the dative is whom the words concern ("Україні", "нам"), never X."""
        view = self.view
        tokens = view.tokens
        lex = view.cues_lex
        if not lex.alternative_nouns:
            return
        for k, token in enumerate(tokens):
            if k in self.consumed or not token.keys & lex.alternative_nouns:
                continue
            absence = self._absence_beside(k)
            if absence is None:
                continue
            first = min(k, absence[0])
            if absence[0] > k:  # "альтернативи переговорам не існує": the object between
                span = self._dative_after(k + 1, absence[0]) or self._dative_after(absence[1])
            else:
                span = self._dative_after(k + 1)
            span = span or self._fronted_object(first)
            if span is None:
                continue
            start, end = span
            clause = min(start, first)
            holder = self.existential_speaker(clause, k)
            if holder is None:
                continue
            for item in self.items_from(start, end, opener=token):
                self.emit(holder.actor, "proposes", item, "phrase")
            self.consumed.update(range(clause, max(end, absence[1])))

    def _absence_beside(self, noun: int) -> tuple[int, int] | None:
        """The words that deny the alternative at `noun` exists, right before it ("немає
        (жодної) альтернативи") or after it and its object ("альтернативи не існує",
        "альтернативы переговорам нет")."""
        tokens = self.view.tokens
        absence = self.view.cues_lex.absence_words
        for j in range(max(0, noun - 3), noun):
            hit = absence.longest_at(tokens, j)
            if hit and noun - hit[0] <= 1:
                return j, hit[0]
        for j in range(noun + 1, min(noun + _OBJECT_REACH, len(tokens))):
            if not tokens[j].is_word:
                return None
            hit = absence.longest_at(tokens, j)
            if hit:
                return j, hit[0]
        return None

    def _is_party(self, k: int) -> bool:
        token = self.view.tokens[k]
        return self.view.mention_at(k) is not None or token.an.pos == "NPRO" \
            or token.low in self.view.cues_lex.pronouns

    def _dative_after(self, k: int, until: int | None = None) -> tuple[int, int] | None:
        """ "немає альтернативи переговорам з X": the dative object after the words, past a
        party it concerns ("немає альтернативи для України" stays unread); "..., крім X" too.
        `until`: where the object ends, when the absence follows it."""
        view = self.view
        tokens = view.tokens
        lex = view.cues_lex
        if k < len(tokens) and tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].keys & lex.except_words:
            start = k + 2  # "немає альтернативи, крім переговорів"
        elif k < len(tokens) and tokens[k].keys & lex.except_words:
            start = k + 1
        else:
            while k < len(tokens) and self._is_party(k) and "datv" in tokens[k].an.cases:
                k += 1  # "немає альтернативи нам": whom it concerns
            if k >= len(tokens) or "datv" not in tokens[k].an.cases \
                    or tokens[k].an.pos not in ("NOUN", "ADJF", "PRTF") or self._is_party(k):
                return None
            start = k
        end = complement_end(view, start) if until is None else until
        return (start, end) if start < end else None

    def _fronted_object(self, first: int) -> tuple[int, int] | None:
        """ "Переговорам немає альтернативи", "що діалогу немає альтернативи", "у диалога нет
        альтернативы": the object opening the clause before the words."""
        view = self.view
        tokens = view.tokens
        closed = closed_classes()
        start = first
        while start > 0 and tokens[start - 1].text not in _CLAUSE_OPENERS \
                and tokens[start - 1].low not in closed.complementizers:
            start -= 1
        if start >= first or any(view.cue_at(j) for j in range(start, first)):
            return None
        head = tokens[start]
        if head.low in ("у", "в") and start + 1 < first and "gent" in tokens[start + 1].an.cases:
            start += 1  # "у диалога нет альтернативы"
        elif "datv" not in head.an.cases or head.an.pos not in ("NOUN", "ADJF", "PRTF"):
            return None
        if self._is_party(start):
            return None  # "Україні немає альтернативи": whom it concerns, no item
        return start, first
