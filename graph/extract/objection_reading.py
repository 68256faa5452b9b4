"""Objections overridden: "The ministers approved the target despite the objections of
Poland", "Рада ухвалила бюджет попри заперечення профспілок", "вопреки возражениям Польши".
The owner of the objection rejects what the sentence's decision accepted or put forward
(codebook: a position stated by a noun, without a verb of its own).

A mixin of engine._SentenceReader: its methods use the reader's view, statements and emit().
"""

from __future__ import annotations

from .lexicon import closed_classes
from .mention import Mention
from .sentence_view import SentenceView

# Words between "despite" and the objection noun ("despite the strong objections",
# "попри рішучі заперечення"): at most this many.
_MAX_BEFORE_NOUN = 3
# What an owner may stand after: "objections of/from/by Poland"; uk/ru name it in the genitive.
_OWNER_LINKS = ("of", "from", "by", "з", "боку", "со", "стороны", "с")


def objection_noun(view: SentenceView, k: int) -> int | None:
    """Where the objection noun after an overriding word at k stands ("despite the
    objections", "попри рішучі заперечення"), or None."""
    closed = closed_classes()
    tokens = view.tokens
    if tokens[k].low not in closed.overriding_words:
        return None
    for j in range(k + 1, min(k + 2 + _MAX_BEFORE_NOUN, len(tokens))):
        if not tokens[j].is_word and tokens[j].text not in ("'s", "’s", "'"):
            return None
        if tokens[j].low.startswith(closed.objection_stems):
            return j
    return None


def overridden_objectors(view: SentenceView) -> list[Mention]:
    """The parties whose objection the sentence's decision overrides: an objection noun
    right after "despite"/"попри"/"вопреки" (a few modifiers between), owned by a party
    named before it ("Poland's objections") or after it ("of Poland", "Польщі")."""
    closed = closed_classes()
    tokens = view.tokens
    found: list[Mention] = []
    for k in range(len(tokens)):
        noun = objection_noun(view, k)
        if noun is None:
            continue
        owner = next(
            (m for m in view.mentions if k < m.start and m.end <= noun and m.kind not in ("pronoun",)),
            None,
        )
        if owner is None:
            at = noun + 1
            while at < len(tokens) and (tokens[at].low in _OWNER_LINKS or tokens[at].low in closed.articles):
                at += 1
            m = view.mention_at(at)
            if m is not None and m.start == at and m.kind not in ("pronoun", "possessive"):
                owner = m
        if owner is not None:
            found.append(owner)
    return found


class ObjectionReading:
    def overridden_objections(self) -> None:
        """Each overridden objector rejects what this sentence's decision accepted or
        offered, unless it holds a position on that item here already."""
        objectors = overridden_objectors(self.view)
        if not objectors:
            return
        decided = [s for s in self.statements if s.relation in ("accepts", "proposes")]
        for owner in objectors:
            for statement in decided:
                if statement.actor.id == owner.actor.id or any(
                    s.actor.id == owner.actor.id and s.item.label == statement.item.label for s in self.statements
                ):
                    continue
                self.emit(owner.actor, "rejects", statement.item, "despite")
