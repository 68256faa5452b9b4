"""One analysed sentence as the coding rules see it.

`SentenceView` holds a sentence's tokens, actor mentions, attribution spans,
quote structure and cues, and answers the position questions every rule asks
(is token i inside the attribution, the quote, the speaker tail; which mention
or cue is at i). `Cue` is a cue word or phrase found in it. The punctuation
classes and phrase helpers shared by several rule modules live here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Cues
from .mention import Mention
from .morph import Token

# Punctuation is the same in uk, ru and en texts, so it stays here rather than in cues.yaml.
OPEN_QUOTES = frozenset({"«", "„", "“", '"'})
CLOSE_QUOTES = frozenset({"»", "“", "”", '"'})
DASHES = frozenset({"-", "–", "—"})


@dataclass
class Cue:
    """A cue word or phrase: tokens [start, end) stating `relation`."""

    start: int
    end: int
    relation: str
    kind: str  # verb | noun | adj | phrase | goal | must
    negated: bool = False
    lemma: str = ""
    object_end: int = -1  # for naming cues: where the named object ends


@dataclass
class SentenceView:
    """A sentence with everything the rules read from it; filled in stage by stage
    (mentions, then attribution and quote, then cues) by the engine."""

    text: str
    lang: str
    cues_lex: Cues
    tokens: list[Token]
    mentions: list[Mention]
    cues: list[Cue] = field(default_factory=list)
    attribution: str = ""
    attr_tokens: set[int] = field(default_factory=set)
    quote_range: tuple[int, int] | None = None
    tail_range: tuple[int, int] | None = None
    quote_speaker: Mention | None = None
    plan_context: bool = False
    condition_tokens: set[int] | None = None  # cache of complements.in_condition

    def in_attribution(self, i: int) -> bool:
        return i in self.attr_tokens

    def in_tail(self, i: int) -> bool:
        return self.tail_range is not None and self.tail_range[0] <= i < self.tail_range[1]

    def in_quote(self, i: int) -> bool:
        return self.quote_range is not None and self.quote_range[0] < i < self.quote_range[1]

    def mention_at(self, i: int) -> Mention | None:
        for m in self.mentions:
            if m.start <= i < m.end:
                return m
        return None

    def cue_at(self, i: int) -> Cue | None:
        for cue in self.cues:
            if cue.start == i:
                return cue
        return None

    def tokens_of(self, text: str) -> list[Token]:
        """The tokens inside the first place the sentence holds `text` (an item's own words),
        or [] when it holds it nowhere."""
        at = self.text.find(text) if text else -1
        if at < 0:
            return []
        return [t for t in self.tokens if at <= t.start and t.end <= at + len(text)]


def colon_closes_phrase(tokens: list[Token], i: int) -> bool:
    """A colon closes the noun phrase starting at i, with no finite verb before it."""
    for k in range(i, min(i + 12, len(tokens))):
        if tokens[k].text == ":":
            return True
        if tokens[k].an.pos == "VERB" or tokens[k].text in (".", ";"):
            return False
    return False


def is_indeclinable(tokens: list[Token]) -> bool:
    """Acronyms and names without case endings (США, НАТО, ЄС) may stand in any case."""
    return all(t.text.isupper() or not t.an.cases for t in tokens)


def owns_the_noun(view: SentenceView, m: Mention) -> bool:
    """Whether a name right after a noun cue is its owner ("вимога України", "відмова
    Чилі"): a genitive, a form without case, or an indeclinable name written as its
    nominative label ("Перу", "Чилі") with no verb of its own after it."""
    tokens = view.tokens
    span = tokens[m.start : m.end]
    if m.genitive or is_indeclinable(span):
        return True
    surface = " ".join(t.text for t in span)
    if surface not in dict(m.actor.labels).values():
        return False
    return m.end >= len(tokens) or tokens[m.end].an.pos != "VERB"

