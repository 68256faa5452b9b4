"""Coding rules over one analysed sentence (codebook section 2 and the hard cases of section 7).

`SentenceView` holds a sentence's tokens, mentions, attribution spans, quote
structure and cues, and answers the questions the rules ask: where does a
cue's complement start and end, who is its actor, is the complement anaphoric.
Each function's docstring names the codebook rule it implements.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Cues, actor_lexicon
from .mentions import Mention, demonym_actor, principal
from .morph import Token

_OPEN_QUOTES = frozenset({"«", "„", "“", '"'})
_CLOSE_QUOTES = frozenset({"»", "“", "”", '"'})
_DASHES = frozenset({"-", "–", "—"})
_EN_AUX = frozenset(
    ["will", "would", "do", "does", "did", "can", "could", "shall", "should", "may", "might", "must", "is", "are", "was", "were", "be", "been", "has", "have", "had", "also", "still", "yet", "further", "so", "then"]
)
_SLAVIC_SKIP = frozenset(
    {"би", "б", "ще", "вже", "також", "бы", "уже", "ещё", "еще", "также", "тоже", "теж", "і", "и"}
)
_COPULA = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "була",
        "був",
        "було",
        "були",
        "є",
        "буде",
        "являється",
        "является",
        "был",
        "была",
        "было",
        "были",
        "будет",
    }
)
_COMPLEMENTIZERS = frozenset({"що", "щоб", "аби", "что", "чтобы", "that", "to"})


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
    _condition_tokens: set[int] | None = None

    # -- positions ------------------------------------------------------------------

    def in_attribution(self, i: int) -> bool:
        return i in self.attr_tokens

    def in_tail(self, i: int) -> bool:
        return self.tail_range is not None and self.tail_range[0] <= i < self.tail_range[1]

    def in_condition(self, i: int) -> bool:
        """Rule 3: a cue inside a condition clause ("if Ukraine refuses talks") is part of
        the condition, not a position of its own."""
        if self._condition_tokens is None:
            self._condition_tokens = set()
            lex = self.cues_lex
            for k, token in enumerate(self.tokens):
                if not token.is_word:
                    continue
                hit = lex.conditions.longest_at(self.tokens, k) or lex.unless.longest_at(
                    self.tokens, k
                )
                if hit:
                    end = self.complement_end_with_reason(hit[0], None)[0]
                    self._condition_tokens.update(range(k, end))
        return i in self._condition_tokens

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

    # -- complements ----------------------------------------------------------------

    def complement_start(self, cue: Cue) -> int:
        """Where the cue's object begins: after an object actor before "to"/an infinitive,
        a genitive actor after a noun cue, a framing phrase before a dash, or "to"."""
        tokens = self.tokens
        i = cue.end
        lex = self.cues_lex
        if cue.kind == "noun" and _colon_in_phrase(tokens, i):
            # "Компромиссный вариант, подготовленный ... секретариатом ОПЕК: X, Y" — the terms.
            return next(k for k in range(i, len(tokens)) if tokens[k].text == ":") + 1
        if cue.kind == "noun":
            m = self.mention_at(i)
            if m is not None and (
                m.genitive or self.lang == "en" or _indeclinable(tokens[m.start : m.end])
            ):
                i = m.end
            if (
                self.lang == "en"
                and i < len(tokens)
                and tokens[i].is_word
                and tokens[i].low not in _EN_NOUN_LINKS
                and self.cue_at(i) is None
            ):
                return len(tokens)  # "put an offer on the table": the noun names no content here
            # "мету в будь-яких переговорах - запобігти X": the goal is what follows the dash.
            end = self.complement_end(i)
            for k in range(i, end):
                if tokens[k].text in _DASHES or tokens[k].text == ":":
                    if k + 1 < end:
                        return k + 1
            while i < end and tokens[i].low in _COPULA | {
                "remained",
                "remains",
                "залишається",
                "остается",
                "—",
                "-",
            }:
                i += 1
            # "план, що передбачає X" / "plan providing for X": the plan's content.
            k = i
            while k < end and (
                tokens[k].text == ","
                or tokens[k].keys & lex.relative
                or tokens[k].low in ("що", "что", "that", "which")
            ):
                k += 1
            hit = lex.plan_content.longest_at(tokens, k) if k < end else None
            if hit:
                i = hit[0]
                while i < end and tokens[i].low in (
                    "for",
                    "of",
                    "that",
                    "у",
                    "в",
                    "собі",
                    "себе",
                    "себя",
                ):
                    i += 1
            return i
        if i + 1 < len(tokens) and tokens[i].low in ("від", "от", "from") and self.mention_at(i + 1) is not None:
            i = self.mention_at(i + 1).end  # "вимагають від Тегерана відновити ...": the addressee
        if (
            i < len(tokens)
            and tokens[i].text == ","
            and i + 1 < len(tokens)
            and tokens[i + 1].low in _COMPLEMENTIZERS | {"чтобы", "щоб", "аби"}
        ):
            i += 1
        if (
            self.lang != "en"
            and i < len(tokens)
            and tokens[i].an.cases == frozenset({"datv"})
            and tokens[i].an.pos in ("NOUN", "NPRO")
        ):
            i += 1  # "запропонував сторонам дорожню карту": the addressee is not the item
        if cue.kind == "plan":
            while i < len(tokens) and (
                tokens[i].text in (":", ",") or tokens[i].low in ("for", "that", "собі", "себе")
            ):
                i += 1
            return i
        # "urged Zelensky to make a deal", "закликав Росію припинити": skip the addressee.
        for k in range(i, min(i + 4, len(tokens))):
            m = self.mention_at(k)
            if m is not None and m.end < len(tokens):
                end = m.end
                while (
                    end + 1 < len(tokens)
                    and tokens[end].low in ("і", "й", "та", "и", "and")
                    and self.mention_at(end + 1) is not None
                ):
                    end = self.mention_at(end + 1).end  # "закликав Росію та Україну повернутися"
                after = tokens[end] if end < len(tokens) else None
                if after is not None and (
                    after.low in ("to", "щоб", "чтобы", "до", "к")
                    or after.an.pos == "INFN"
                    or (after.low in ("не", "not") and end + 1 < len(tokens) and (tokens[end + 1].an.pos == "INFN" or tokens[end + 1].low == "to"))
                ):
                    i = end
                break
            if (
                not tokens[k].is_word
                or tokens[k].low in _COMPLEMENTIZERS
                or not (tokens[k].is_cap or demonym_actor(tokens[k]))
            ):
                break  # only titles and demonyms may stand before the addressee's name
        while (
            i < len(tokens)
            and tokens[i].low
            in ("to", "on", "upon", "from", "with", "від", "от", "на", "з", "із", "с", "до")
            and i == cue.end
        ):
            i += 1
        return i

    def complement_end(self, start: int) -> int:
        return self.complement_end_with_reason(start, None)[0]

    def complement_end_with_reason(self, start: int, cue: Cue | None) -> tuple[int, str]:
        """Where an item span ends, and why: the sentence end, a condition marker (rule 3),
        a contrast, a relative or participle clause, a new clause with its own subject,
        the speaker tail of a quote, or "instead" (section 7)."""
        tokens = self.tokens
        lex = self.cues_lex
        inside_quote = cue is not None and self.in_quote(cue.start)
        n = len(tokens)
        k = start
        while k < n:
            token = tokens[k]
            if self.tail_range is not None and k >= self.tail_range[0]:
                return k, "tail"
            if inside_quote and self.quote_range and k >= self.quote_range[1]:
                return k, "quote"
            if token.text == ";":
                return k, "semicolon"
            if (
                cue is not None
                and cue.kind == "noun"
                and k > start
                and self.cue_at(k) is not None
                and self.cue_at(k).kind == "adj"
            ):
                return k, "cue"  # "Вимоги Путіна щодо X неприйнятні": the predicate begins
            if (
                cue is not None
                and cue.kind == "noun"
                and k > start + 1
                and self.lang != "en"
                and token.low in _COPULA
                and k + 1 < n
                and tokens[k + 1].an.passive
            ):
                return k, "predicate"  # "Пропозиція X про Y була підтримана Z"
            if (
                self.lang == "en"
                and cue is not None
                and cue.kind == "noun"
                and k > start + 1
                and token.low in _EN_PREDICATE_START
            ):
                # "Seoul's demand for a seat at any talks has complicated ...": the predicate begins.
                return k, "predicate"
            if (
                cue is not None
                and cue.relation == "rejects"
                and k > start
                and token.low in ("as", "як", "как")
                and tokens[k - 1].is_word
            ):
                # "rejected the offer as an insult": what follows "as" is the reason.
                return k, "as"
            if (
                token.text in (".", "!", "?", "…")
                and k + 1 < n
                and k > start
                and (tokens[k + 1].is_cap or not tokens[k + 1].is_word)
            ):
                # A sentence inside a quoted passage ends the item.
                return k, "period"
            if token.text == ":":
                if not any(t.is_word for t in tokens[k + 1 :]):
                    return k, "list"
                if k > start + 1 and not (cue is not None and cue.kind in ("noun", "plan")):
                    # "поетапне підвищення зарплат: на 30% ..." — details after a colon.
                    return k, "colon"
            if token.is_word:
                hit = lex.unless.longest_at(tokens, k)
                if hit:
                    return k, "unless"
                hit = lex.conditions.longest_at(tokens, k)
                if hit and k > start:
                    return k, "condition"
                hit = lex.exchange.longest_at(tokens, k)
                if hit and k > start and hit[0] - k >= 2:
                    return k, "exchange"
                if lex.instead.longest_at(tokens, k) and k > start:
                    return k, "instead"
                if (
                    k > start
                    and lex.contrast.longest_at(tokens, k)
                    and (
                        tokens[k - 1].text == ","
                        or token.low in ("but", "але", "но", "однак", "проте", "однако")
                    )
                ):
                    # "але за умови, що ...", "but only if ...": the condition, not a contrast.
                    j = k + 1
                    while j < n and tokens[j].low in (
                        "only",
                        "лише",
                        "тільки",
                        "только",
                        "лишь",
                        "і",
                        "и",
                        "then",
                        "тоді",
                    ):
                        j += 1
                    if cue is not None and cue.kind == "must" and token.low in ("а", "and") and any(
                        tokens[g].text in _DASHES for g in range(k + 1, min(k + 5, n))
                    ):
                        k += 1  # "..., а західні країни — призупинити X": a second demand (gapping)
                        continue
                    if j < n and (
                        lex.conditions.longest_at(tokens, j) or lex.unless.longest_at(tokens, j)
                    ):
                        return k - (1 if tokens[k - 1].text == "," else 0), "condition"
                    return k - (1 if tokens[k - 1].text == "," else 0), "contrast"
            if token.text in _DASHES and k + 1 < n and tokens[k + 1].keys & lex.speech_verbs:
                return k, "tail"
            if k in self.attr_tokens and k > start and (k - 1) not in self.attr_tokens:
                # An attribution phrase inside the sentence ends the item before it.
                return k, "attribution"
            if token.text == "," and k + 1 < n:
                nxt = tokens[k + 1]
                if self.lang == "en" and self._speech_tail(k + 1):
                    return k, "tail"
                if lex.including.longest_at(tokens, k + 1):
                    k += 1
                    continue
                if (
                    nxt.keys & lex.speech_verbs
                    or nxt.an.pos == "GRND"
                    or (
                        self.lang == "en"
                        and nxt.low.endswith("ing")
                        and nxt.low not in ("including",)
                    )
                ):
                    return k, "clause"
                if (
                    nxt.keys & lex.relative
                    and not self.plan_context
                    and not (cue is not None and cue.kind == "noun")
                ):
                    return k, "relative"
                if (
                    nxt.low
                    in (
                        "щоб",
                        "чтобы",
                        "аби",
                        "so",
                        "because",
                        "бо",
                        "оскільки",
                        "поскольку",
                        "потому",
                    )
                    and k > start
                ):
                    return k, "purpose"
                m = self.mention_at(k + 1)
                if m is not None and m.subject_ok and self._verb_follows(m.end):
                    return k, "clause"
            if token.low in ("and", "і", "й", "та", "и") and k > start and k + 1 < n:
                nxt = tokens[k + 1]
                following = self.cue_at(k + 1)
                if (
                    following is not None
                    and following.kind in ("verb", "phrase", "goal")
                    and (cue is None or following.start != cue.start)
                ):
                    return k, "clause"  # "пообіцяв продовжити X і закликав Y"
                if self.lang == "en":
                    new_verb = (
                        bool(nxt.keys & lex.speech_verbs)
                        or (self.cue_at(k + 1) is not None and self.cue_at(k + 1).kind != "noun")
                        or (
                            nxt.low.endswith("ed")
                            and nxt.low not in ("need", "speed", "seed", "red")
                        )
                    )
                else:
                    # "якщо Україна відмовиться від X і вийде з Y": a clause item keeps its verbs.
                    new_verb = nxt.an.pos == "VERB" and not any(
                        t.an.pos in ("VERB", "INFN") for t in tokens[start:k]
                    )
                if new_verb:
                    return k, "clause"
                m = self.mention_at(k + 1)
                if m is not None and m.subject_ok and self._verb_follows(m.end):
                    return k, "clause"
            k += 1
        return n, "end"

    def tail_speaker(self) -> Mention | None:
        """ ", заявив Зеленський." / ", Peskov said." closing a sentence: its speaker."""
        tokens = self.tokens
        comma = max((k for k, t in enumerate(tokens) if t.text == ","), default=-1)
        if comma < 0:
            return None
        rest = tokens[comma + 1 :]
        if (
            not rest
            or len([t for t in rest if t.is_word]) > 8
            or not any(t.keys & self.cues_lex.speech_verbs for t in rest)
        ):
            return None
        for m in self.mentions:
            if m.start > comma and m.kind != "possessive":
                return m
        return None

    def _speech_tail(self, i: int) -> bool:
        """ ", the European Commission said on Tuesday": a speaker and a verb of saying close the item."""
        tokens = self.tokens
        for k in range(i, min(i + 9, len(tokens))):
            if tokens[k].text in (",", ";", "."):
                return False
            if tokens[k].keys & self.cues_lex.speech_verbs and tokens[k].low not in (
                "call",
                "calls",
                "called",
                "state",
                "note",
            ):
                return True
        return False

    def _verb_follows(self, i: int) -> bool:
        """A cue or speech verb within three tokens: the mention starts a new clause."""
        for k in range(i, min(i + 3, len(self.tokens))):
            if self.cue_at(k) is not None or self.tokens[k].keys & self.cues_lex.speech_verbs:
                return True
            if self.tokens[k].an.pos == "VERB" and self.lang != "en":
                return True
        return False

    def marker_end(self, i: int) -> int:
        """The end of the condition marker at or just after i (", but only if" -> after "if")."""
        lex = self.cues_lex
        for j in range(i, min(i + 5, len(self.tokens))):
            for index in (lex.unless, lex.conditions, lex.exchange):
                hit = index.longest_at(self.tokens, j) if self.tokens[j].is_word else None
                if hit:
                    return hit[0]
        return i + 1

    def head_cue(self, start: int, outer: Cue) -> Cue | None:
        """A cue at the head of another's complement ("wants to prevent", "відхилила пропозицію")."""
        k = start
        tokens = self.tokens
        steps = 0
        while k < len(tokens) and steps < 5:
            token = tokens[k]
            m = self.mention_at(k)
            if m is not None and outer.kind != "noun":
                k = m.end
                steps += 1
                continue
            if (
                token.low in _COMPLEMENTIZERS
                or token.low in _SLAVIC_SKIP
                or token.low in ("not", "also", "the", "a", "an", "its", "their", "his", "her")
                or token.text in _DASHES
            ):
                k += 1
                steps += 1
                continue
            if (
                token.an.pos in ("ADJF",)
                and self.cue_at(k) is None
                and k + 1 < len(tokens)
                and self.cue_at(k + 1) is not None
                and self.cue_at(k + 1).kind == "noun"
            ):
                k += 1
                continue
            break
        inner = self.cue_at(k) if k < len(tokens) else None
        if inner is None or inner is outer:
            return None
        if inner.kind in ("must",):
            return None
        return inner

    def subject_span_before(self, cue: Cue) -> tuple[int, int]:
        """The noun phrase an adjective cue is said of: "X is unacceptable", "called X unacceptable"."""
        end = cue.start
        while end > 0 and (
            self.tokens[end - 1].low in _COPULA
            or self.tokens[end - 1].low in self.cues_lex.negation
        ):
            end -= 1
        start = 0
        if self.quote_range and self.in_quote(cue.start):
            start = self.quote_range[0] + 1
        for k in range(end - 1, start - 1, -1):
            token = self.tokens[k]
            if (
                token.text in (",", ";", ":")
                or token.keys & self.cues_lex.speech_verbs
                or token.low in ("that", "що", "что")
            ):
                start = k + 1
                break
        return start, end

    # -- actors ---------------------------------------------------------------------

    def noun_phrase(self, cue: Cue) -> tuple[int, int]:
        """A noun cue with the adjectives before it: "американо-французький проект"."""
        start = cue.start
        while (
            start > 0
            and self.tokens[start - 1].is_word
            and (
                self.tokens[start - 1].an.pos in ("ADJF", "PRTF")
                or (
                    self.lang == "en"
                    and self.tokens[start - 1].low not in _EN_DETERMINERS
                    and self.mention_at(start - 1) is None
                    and not self.cue_at(start - 1)
                )
            )
        ):
            start -= 1
            if cue.start - start >= 3:
                break
        return start, cue.end

    def partners_of(self, mention: Mention | None) -> list:
        """Actors coordinated with a subject: "США і Франція", "Russia and Belarus"."""
        if mention is None or mention.kind == "pronoun":
            return []
        partners = []
        by_end = {m.end: m for m in self.mentions}
        by_start = {m.start: m for m in self.mentions}
        k = mention.start
        while (
            k >= 2 and self.tokens[k - 1].low in ("і", "й", "та", "и", "and") and (k - 1) in by_end
        ):
            other = by_end[k - 1]
            if not other.subject_ok or self.in_attribution(other.start):
                break
            partners.append(other.actor)
            k = other.start
        k = mention.end
        while (
            k + 1 < len(self.tokens)
            and self.tokens[k].low in ("і", "й", "та", "и", "and")
            and (k + 1) in by_start
        ):
            other = by_start[k + 1]
            if not other.subject_ok:
                break
            partners.append(other.actor)
            k = other.end
        return [a for a in partners if a.id != mention.actor.id]

    def clause_initial(self, cue: Cue) -> bool:
        """The cue opens its clause (after quotes, articles and adjectives): a subject."""
        k = cue.start - 1
        while k >= 0 and (
            self.tokens[k].low in _EN_DETERMINERS
            or self.tokens[k].an.pos in ("ADJF",)
            or self.tokens[k].text in _OPEN_QUOTES
        ):
            k -= 1
        return k < 0 or self.tokens[k].text in (",", ";", ":", "—", "-", "–")

    def colon_after(self, cue: Cue) -> bool:
        return _colon_in_phrase(self.tokens, cue.end)

    def participle_owners(self, start: int) -> tuple[list, int]:
        """"запропонований США і Саудівською Аравією проєкт", "the U.S.-proposed draft":
        the parties a participle names as the authors, and where the object itself starts."""
        tokens = self.tokens
        if self.lang == "en" or start >= len(tokens) or not tokens[start].an.passive:
            return [], start
        hit = self.cues_lex.cue_index.longest_at(tokens, start)
        if not hit or hit[1][0] not in ("proposes", "demands"):
            return [], start
        owners = []
        k = hit[0]
        while k < len(tokens):
            m = self.mention_at(k)
            if m is not None:
                owners.append((m.actor, hit[1][0]))
                k = m.end
            elif tokens[k].low in ("і", "й", "та", "и", ","):
                k += 1
            else:
                break
        return (owners, k) if owners else ([], start)

    def is_future(self, cue: Cue) -> bool:
        """ "will sign", "підпише": an offer for later, not an acceptance now."""
        token = self.tokens[cue.start]
        before = {t.low for t in self.tokens[max(0, cue.start - 3) : cue.start]}
        return token.an.future or bool(
            before & {"will", "would", "'ll", "буде", "будет", "готовий", "готов", "готова"}
        )

    def object_before(self, cue: Cue, actor) -> tuple[int, int] | None:
        """The object standing between the subject and the verb (uk/ru word order)."""
        subject = None
        for m in reversed(self.mentions):
            if m.end <= cue.start and m.actor.id == actor.id:
                subject = m
                break
        if subject is None:
            return None
        start = subject.end
        end = cue.start
        while end > start and (
            self.tokens[end - 1].low in self.cues_lex.negation
            or self.tokens[end - 1].an.pos in ("ADVB", "PRCL")
        ):
            end -= 1
        if (
            end - start < 1
            or not any(t.is_word for t in self.tokens[start:end])
            or any(t.text in (",", ";") for t in self.tokens[start:end])
        ):
            # "Повертати нічні доплати адміністрація відмовилася": the object opens the clause.
            if end - start >= 1:
                return None
            clause = max((k + 1 for k in range(subject.start) if self.tokens[k].text in (",", ";", ":")), default=0)
            if subject.start - clause >= 1 and any(t.is_word and t.an.pos != "CONJ" for t in self.tokens[clause:subject.start]):
                return clause, subject.start
            return None
        return start, end

    def offer_verb(self, start: int, end: int) -> int | None:
        """The first word of a future or conditional verb phrase in [start, end): "would halt",
        "will sign", "підпише", "припинить", "готов" excluded (a cue of its own)."""
        tokens = self.tokens
        for k in range(start, end):
            token = tokens[k]
            if k in self.attr_tokens or self.cue_at(k) is not None:
                continue
            if self.lang == "en":
                if token.low in ("will", "would", "'ll", "shall") and k + 1 < end:
                    j = k + 1
                    while j < end and tokens[j].low in (
                        "not",
                        "then",
                        "only",
                        "also",
                        "be",
                        "immediately",
                    ):
                        j += 1
                    if (
                        j < end
                        and tokens[j].is_word
                        and not tokens[j].keys & self.cues_lex.speech_verbs
                    ):
                        return j
            elif token.an.future and not token.keys & self.cues_lex.speech_verbs:
                return k
            elif token.low in ("би", "бы") and k + 1 < end and tokens[k + 1].an.pos == "INFN":
                return k + 1
        return None

    def refused_verb(self, k: int) -> int | None:
        """Where a negated future verb phrase starts at token k: "will not ease", "won't sign",
        "не виведе", "не будет выводить"; None when k starts no such phrase."""
        tokens = self.tokens
        token = tokens[k]
        n = len(tokens)
        if self.lang == "en":
            if token.low in ("will", "would") and k + 2 < n and tokens[k + 1].low in ("not", "never"):
                j = k + 2
            elif token.low in ("won't", "wouldn't") and k + 1 < n:
                j = k + 1
            else:
                return None
            if tokens[j].low in ("be", "have") or not tokens[j].is_word or tokens[j].keys & self.cues_lex.speech_verbs:
                return None
            return j if self.cue_at(j) is None else None
        if token.low not in ("не", "ні") or k + 1 >= n:
            return None
        nxt = tokens[k + 1]
        if nxt.an.future and self.cue_at(k + 1) is None and not nxt.keys & self.cues_lex.speech_verbs and nxt.an.lemma not in ("бути", "быть", "мати", "мочь", "могти", "могу"):
            return k + 1
        if nxt.low in ("буде", "будемо", "будуть", "будет", "будем", "будут") and k + 2 < n and tokens[k + 2].an.pos == "INFN":
            return k + 2 if self.cue_at(k + 2) is None else None
        return None

    def subject_before(self, i: int, start: int) -> Mention | None:
        """The nearest subject mention before token i, not before `start`."""
        for m in reversed(self.mentions):
            if (
                m.end <= i
                and m.start >= start
                and m.subject_ok
                and not self.in_attribution(m.start)
            ):
                if any(t.keys & self.cues_lex.opinion_verbs for t in self.tokens[m.end : i]):
                    return None
                return m
        return None

    def passive_agent(self, cue: Cue) -> Mention | None:
        """Section 1: "The offer was rejected by the union": the agent after "by"/"з боку"."""
        tokens = self.tokens
        if cue.kind not in ("verb", "phrase"):
            return None  # "Москва открыта для переговоров с Киевом": an adjective, not a passive
        if self.lang != "en":
            if not tokens[cue.start].an.passive:
                return None
            for m in self.mentions:
                if cue.end <= m.start <= cue.end + 6 and "ablt" in {
                    c for t in tokens[max(cue.end, m.start - 3) : m.end] for c in t.an.cases
                }:
                    if any(t.text in (",", ";") for t in tokens[cue.end : m.start]):
                        break
                    return m  # "було відхилено Києвом", "исключены министром ... Ольгой Мельник"
            return None
        if not (
            cue.start > 0
            and tokens[cue.start - 1].low in ("was", "were", "been", "is", "are", "be")
        ):
            return None
        for k in range(cue.end, min(cue.end + 3, len(tokens))):
            hit = self.cues_lex.by.longest_at(tokens, k) if tokens[k].is_word else None
            if hit:
                for j in range(hit[0], min(hit[0] + 5, len(tokens))):
                    m = self.mention_at(j)
                    if m is not None:
                        return m
                    if tokens[j].text in (",", ";", "."):
                        break
                return None
        return None

    def actor_mention_for(self, cue: Cue) -> Mention | None:
        """Whose position the cue states: a nominalisation's genitive or possessive actor,
        a passive's agent ("rejected by X"), else the nearest subject to the left."""
        tokens = self.tokens
        if cue.kind == "noun":
            m = self.mention_at(cue.end)
            if (
                m is not None
                and (m.genitive or _indeclinable(tokens[m.start : m.end]))
                and self.lang != "en"
            ):
                return m
            if cue.start > 0:
                before = self.mention_at(cue.start - 1)
                if (
                    before is None
                    and cue.start > 1
                    and self.tokens[cue.start - 1].an.pos in ("ADJF", "UNKN")
                    and self.lang == "en"
                ):
                    before = (
                        self.mention_at(cue.start - 2)
                        if self.mention_at(cue.start - 2)
                        and self.mention_at(cue.start - 2).kind == "possessive"
                        else None
                    )
                if (
                    before is None
                    and cue.start > 1
                    and tokens[cue.start - 1].low in ("'s", "’s", "'")
                ):
                    before = self.mention_at(cue.start - 2)
                if before is not None and (
                    before.kind in ("group", "possessive") or self.lang == "en"
                ):
                    return before if not self.in_attribution(before.start) else None
                actor_id = demonym_actor(tokens[cue.start - 1])
                if actor_id:
                    entry = principal(actor_lexicon().entries[actor_id])
                    return Mention(cue.start - 1, cue.start, entry.actor, "group")
        in_quote = self.in_quote(cue.start)
        for m in reversed(self.mentions):
            if (
                m.end > cue.start
                or not m.subject_ok
                or self.in_attribution(m.start)
                or self.in_tail(m.start)
            ):
                continue
            if self.quote_range is not None and in_quote != self.in_quote(m.start):
                continue
            if self._crosses_complement_boundary(m, cue):
                continue
            if any(t.keys & self.cues_lex.opinion_verbs for t in tokens[m.end : cue.start]):
                # Rule 7: "X believes that ..." is an assessment, not X's position.
                return None
            if self.lang != "en" and m.end <= cue.start and tokens[m.end].an.pos != "VERB":
                # "Уряд Молдови передав адміністрації Придністров'я план": the nearer mention
                # is an addressee; the subject is the one its verb follows.
                earlier = self._subject_of_verb_before(m, cue)
                if earlier is not None:
                    return earlier
            return m
        tail = self.tail_speaker() if cue.kind != "noun" else None
        if tail is not None and tail.start > cue.end:
            return tail  # "Вимоги X неприйнятні, заявив Зеленський"
        if self.lang in ("uk", "ru"):
            m = self.mention_at(cue.end)
            if m is not None and m.subject_ok and m.kind != "pronoun" and not (
                m.end < len(tokens) and tokens[m.end].an.pos == "INFN"
            ):
                return m  # "заявив Пєсков"; not "закликала уряд втрутитися", an addressee
        # Section 7: "У Міністерстві фінансів ... виключили", "in Kyiv they note": the place speaks.
        for m in reversed(self.mentions):
            if (
                m.start > 0
                and tokens[m.start - 1].low in ("в", "у", "во", "на", "in")
                and m.end <= cue.start
            ):
                boundary = max(
                    [
                        k
                        for k in range(m.start)
                        if tokens[k].text in (",", ";")
                        or tokens[k].low in ("но", "але", "а", "однак", "однако", "but")
                    ]
                    or [-1]
                )
                if m.start - boundary <= 4 and m.actor.type in ("state", "organisation", "group"):
                    return m
        return None

    def _subject_of_verb_before(self, nearest: Mention, cue: Cue) -> Mention | None:
        """An earlier mention in the same clause that a finite verb directly follows."""
        tokens = self.tokens
        for m in reversed(self.mentions):
            if m.end > nearest.start:
                continue
            if any(t.text in (",", ";", ":") or t.low in _COMPLEMENTIZERS for t in tokens[m.end : nearest.start]):
                return None
            if m.subject_ok and m.end < len(tokens) and tokens[m.end].an.pos == "VERB" and not self.in_attribution(m.start):
                return m
        return None

    def _crosses_complement_boundary(self, mention: Mention, cue: Cue) -> bool:
        """A mention inside an earlier cue's complement is an object, not this cue's subject."""
        for earlier in self.cues:
            if earlier.start >= cue.start or earlier is cue:
                continue
            if earlier.end <= mention.start < cue.start:
                # The mention follows an earlier cue: it is that cue's object unless a new
                # clause began between them.
                between = self.tokens[earlier.end : mention.start]
                if not any(
                    t.text in (",", ";") or t.low in ("and", "і", "та", "и", "but", "але", "но")
                    for t in between
                ):
                    return True
        return False

    def speaker_for(self, cue: Cue, statements) -> object:
        """Who imposes a "must" on another party: the speaker of the sentence (rule 1)."""
        tokens = self.tokens
        for k in range(cue.start - 1, -1, -1):
            if tokens[k].keys & self.cues_lex.speech_verbs:
                for m in reversed(self.mentions):
                    if m.end <= k and m.subject_ok and not self.in_attribution(m.start):
                        return m.actor
                # "Про це заявив речник МЗС Азербайджану X, додавши, що ...": the speaker follows.
                for m in self.mentions:
                    if k < m.start <= k + 8 and m.start < cue.start and m.subject_ok:
                        return m.actor
        if self.quote_speaker is not None:
            return self.quote_speaker.actor
        if statements:
            return statements[-1].actor
        return None

    def instead_position(self) -> int | None:
        for i, token in enumerate(self.tokens):
            if (
                token.is_word
                and self.cues_lex.instead.longest_at(self.tokens, i)
                and token.low in ("instead", "натомість", "напротив")
            ):
                return i
        return None

    def plan_marker(self) -> tuple[int, object] | None:
        """Section 7: "Згідно з планом, ...", "Under the Russian proposal, ..." at a sentence start."""
        lex = self.cues_lex
        tokens = self.tokens
        for i in range(min(3, len(tokens))):
            hit = lex.plan_markers.longest_at(tokens, i) if tokens[i].is_word else None
            if not hit:
                continue
            end = hit[0]
            author = None
            has_plan_noun = bool(tokens[end - 1].keys & lex.plan_nouns)
            for k in range(end, min(end + 4, len(tokens))):
                if tokens[k].text == ",":
                    break
                actor_id = demonym_actor(tokens[k])
                if actor_id:
                    author = principal(actor_lexicon().entries[actor_id]).actor
                m = self.mention_at(k)
                if m is not None:
                    author = m.actor
                if tokens[k].keys & lex.plan_nouns:
                    has_plan_noun = True
                    end = k + 1
            if not has_plan_noun:
                continue
            while end < len(tokens) and tokens[end].text != "," and end < i + 8:
                m = self.mention_at(end)
                if m is not None:
                    author = author or m.actor
                end += 1
            return end, author
        return None


# -- sentence analysis ------------------------------------------------------------------


def find_cues(view: SentenceView) -> list[Cue]:
    """Cue words and phrases of all four relations, goal verbs and "must" words, with negation."""
    lex = view.cues_lex
    tokens = view.tokens
    cues: list[Cue] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.is_word or view.in_attribution(i):
            i += 1
            continue
        condition = lex.conditions.longest_at(tokens, i) or lex.exchange.longest_at(tokens, i)
        if condition and condition[0] - i >= 2:
            i = condition[0]
            continue
        hit = lex.cue_index.longest_at(tokens, i)
        if hit and i > 0 and tokens[i - 1].text in ("-", "–") and tokens[i - 1].end == token.start:
            hit = None  # "U.S.-backed", "Kremlin-proposed": part of a compound adjective
        if hit:
            end, (relation, kind) = hit
            if kind == "noun" and token.an.pos not in ("NOUN", "UNKN", "") and view.lang != "en" or (
                kind == "verb"
                and token.an.pos == "NOUN"
                and view.lang != "en"
            ):
                hit = None
            elif (
                kind == "verb"
                and view.lang != "en"
                and token.an.pos in ("PRTF", "ADJF")
                and not (token.an.passive and i > 0 and tokens[i - 1].low in _COPULA)
            ):
                hit = None  # "согласованный проект": an attribute, not a position
        if (
            hit
            and hit[1][1] == "noun"
            and i > 0
            and (tokens[i - 1].keys & lex.pointers or tokens[i - 1].low in lex.pointers)
        ):
            # "ці вимоги", "these demands" refer back (rule 4); they state nothing new.
            hit = None
        if hit:
            end, (relation, kind) = hit
            if view.lang == "en" and kind == "verb" and _english_noun_position(tokens, i, view):
                kind = "noun"
            elif (
                view.lang == "en"
                and kind == "noun"
                and not _english_noun_position(tokens, i, view)
                and token.low.endswith(("ed", "s"))
                and any(value[1] == "verb" for _, value in lex.cue_index.matches_at(tokens, i))
            ):
                kind = "verb"  # "Russia demands X": a verb that is also a noun cue
            cues.append(Cue(i, end, relation, kind, _negated(tokens, i, lex, kind), token.an.lemma))
            i = end
            continue
        if (
            not hit
            and token.keys & lex.plan_nouns
            and token.an.pos in ("NOUN", "UNKN", "")
            and _colon_in_phrase(tokens, i + 1)
        ):
            # "Серед його положень: ...", "Its terms:" — a plan's content follows.
            cues.append(Cue(i, i + 1, "proposes", "noun", False, token.an.lemma))
            i += 1
            continue
        if token.keys & lex.naming_verbs:
            # "called these demands an attempt to ...": rejects what is named (section 1).
            predicate = None
            for k in range(i + 1, min(i + 14, len(tokens))):
                if tokens[k].text in (".", ";", ",") and k > i + 1:
                    break
                if any(word.matches(tokens[k]) for word in lex.negative_predicates):
                    predicate = k  # the last one: "назвав ультиматуми Заходу неприйнятними"
            if predicate is not None:
                cues.append(
                    Cue(
                        i,
                        i + 1,
                        "rejects",
                        "naming",
                        _negated(tokens, i, lex, "verb"),
                        token.an.lemma,
                        predicate,
                    )
                )
            if cues and cues[-1].start == i:
                i = cues[-1].object_end
                continue
        content = lex.plan_content.longest_at(tokens, i)
        plan_subject = any(
            t.keys & lex.plan_nouns
            or t.low
            in (
                "it",
                "він",
                "вона",
                "он",
                "она",
                "документ",
                "document",
                "draft",
                "проєкт",
                "проект",
            )
            for t in tokens[max(0, i - 5) : i]
        )
        if (
            content
            and plan_subject
            and token.an.pos not in ("GRND", "PREP")
            and token.low not in ("including", "among", "серед", "среди", "зокрема")
        ):
            # "документ передбачає: ...", "the plan provides for ...": the plan's terms.
            cues.append(Cue(i, content[0], "proposes", "plan", False, token.an.lemma))
            i = content[0]
            continue
        if (
            token.low in ("против", "проти", "against")
            and i > 0
            and view.mention_at(i - 1) is not None
            and view.mention_at(i - 1).subject_ok
        ):
            cues.append(Cue(i, i + 1, "rejects", "verb", False, token.low))  # "Кремль против X"
            i += 1
            continue
        goal = lex.goal_verbs.longest_at(tokens, i)
        if goal and _takes_object(tokens, goal[0], view.lang):
            cues.append(
                Cue(i, goal[0], "demands", "goal", _negated(tokens, i, lex, "goal"), token.an.lemma)
            )
            i = goal[0]
            continue
        must = lex.must_words.longest_at(tokens, i)
        if must and _must_applies(tokens, i, must[0], view.lang):
            negated = _negated(tokens, i, lex, "must") or (
                must[0] < len(tokens) and tokens[must[0]].low in lex.negation
            )
            end = must[0] + (
                1 if must[0] < len(tokens) and tokens[must[0]].low in lex.negation else 0
            )
            cues.append(Cue(i, end, "demands", "must", negated, token.an.lemma))
            i = end
            continue
        i += 1
    return cues


_EN_NOUN_LINKS = frozenset(
    {"for", "of", "to", "that", "about", "including", "is", "was", "remained", "remains", "be"}
)
_EN_PREDICATE_START = frozenset(
    {
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "remains",
        "remained",
        "could",
        "might",
    }
)
_EN_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "these",
        "those",
        "any",
        "no",
        "core",
        "main",
        "key",
        "new",
        "latest",
    }
)


def _english_noun_position(tokens: list[Token], i: int, view: SentenceView) -> bool:
    """ "a balanced offer", "Washington's demand", "the farm demand": a noun, not a verb."""
    for back in (1, 2):
        k = i - back
        if k < 0:
            break
        token = tokens[k]
        if (
            token.low in _EN_DETERMINERS
            or token.low.endswith(("'s", "’s"))
            or token.low in ("'s", "’s")
        ):
            return True
        m = view.mention_at(k)
        if m is not None and m.kind == "possessive":
            return True
        if back == 1 and (token.an.pos in ("PREP",) or token.text in (",", ":")):
            return False
    return False


def _colon_in_phrase(tokens: list[Token], i: int) -> bool:
    """A colon closes the noun phrase starting at i, with no finite verb before it."""
    for k in range(i, min(i + 12, len(tokens))):
        if tokens[k].text == ":":
            return True
        if tokens[k].an.pos == "VERB" or tokens[k].text in (".", ";"):
            return False
    return False


def _indeclinable(tokens: list[Token]) -> bool:
    """Acronyms and names without case endings (США, НАТО, ЄС) may stand in any case."""
    return all(t.text.isupper() or not t.an.cases for t in tokens)


def _takes_object(tokens: list[Token], i: int, lang: str) -> bool:
    """A goal verb states a goal when an infinitive, a clause or an object follows."""
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
    if i >= len(tokens):
        return False
    nxt = tokens[i]
    if lang == "en":
        return nxt.is_word and nxt.low not in ("in", "at", "out", "up", "back")
    if (
        nxt.an.pos == "INFN"
        or nxt.low in ("щоб", "аби", "чтобы", "що", "что")
        or (i + 1 < len(tokens) and tokens[i + 1].an.pos == "INFN")
    ):
        return True
    # "хоче якнайшвидшого завершення війни": a noun object states the goal too.
    return nxt.an.pos in ("NOUN", "ADJF") and bool(nxt.an.cases & {"gent", "accs"})


def _must_applies(tokens: list[Token], i: int, end: int, lang: str) -> bool:
    """ "має/must" counts only before an infinitive ("має відмовитися", not "має мету")."""
    if lang == "en":
        word = tokens[i].low
        if word in ("have", "has", "need", "needs"):
            return end < len(tokens) and tokens[end].low == "to" or end - i >= 2
        return True
    for k in range(end, min(end + 3, len(tokens))):
        if tokens[k].an.pos == "INFN":
            return True
        if not tokens[k].is_word:
            return False
    return False


def _negated(tokens: list[Token], i: int, lex: Cues, kind: str) -> bool:
    """Rule 2: a negation particle before the cue (skipping auxiliaries and particles)."""
    k = i - 1
    steps = 0
    while k >= 0 and steps < 3:
        token = tokens[k]
        if token.low in lex.negation or token.low.endswith("n't") or token.low == "cannot":
            return True
        if token.low in _EN_AUX or token.low in _SLAVIC_SKIP:
            k -= 1
            steps += 1
            continue
        break
    return False


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


def find_attribution(view: SentenceView) -> None:
    """Rule 5: reporters and sources ("FT, citing Kremlin sources", "according to two people")
    are provenance; their mentions are not actors."""
    lex = view.cues_lex
    tokens = view.tokens
    pieces = []
    i = 0
    while i < len(tokens):
        hit = lex.attribution.longest_at(tokens, i) if tokens[i].is_word else None
        if not hit:
            i += 1
            continue
        end = hit[0]
        start = i
        single_verb = (
            end - i == 1
            and tokens[i].an.pos in ("VERB", "UNKN", "")
            and tokens[i].low not in ("citing",)
        )
        if single_verb:
            # "Iranian media reported" (source before) or "повідомляє видання FT" (source after).
            left = i
            while (
                left > 0
                and tokens[left - 1].text not in (",", ";", "«", "»", '"', "“", "”")
                and i - left < 6
            ):
                left -= 1
            if (
                left < i
                and any(view.mention_at(k) is not None or tokens[k].is_cap for k in range(left, i))
                and left == 0
            ):
                start = left
            while end < len(tokens) and tokens[end].text not in (",", ".", ";") and end - i < 8:
                if tokens[end].low in ("that", "що", "что"):
                    break
                end += 1
        else:
            while (
                end < len(tokens)
                and tokens[end].text not in (",", ".", ";", "—", "–")
                and end - i < 12
            ):
                end += 1
        for k in range(start, end):
            view.attr_tokens.add(k)
        pieces.append(view.text[tokens[start].start : tokens[end - 1].end])
        i = end
    view.attribution = "; ".join(pieces)


def find_quote(view: SentenceView) -> None:
    """Section 7: a quote whose speaker comes after it ("'...,' Peskov said", "..." - заявив X)
    or before it ("Peskov said: '...'")."""
    tokens = view.tokens
    lex = view.cues_lex
    opens = [i for i, t in enumerate(tokens) if t.text in _OPEN_QUOTES]
    closes = [i for i, t in enumerate(tokens) if t.text in _CLOSE_QUOTES]
    if not opens or not closes:
        return
    first, last = opens[0], closes[-1]
    if last <= first or last - first < 4:
        return  # «Хезболла», "Маршрут Трампа": a quoted name, not a quotation
    tail_start = last + 1
    k = tail_start
    while k < len(tokens) and tokens[k].text in (",", "-", "–", "—"):
        k += 1
    tail_tokens = range(k, min(k + 8, len(tokens)))
    has_speech = any(tokens[j].keys & lex.speech_verbs for j in tail_tokens)
    if has_speech and first <= 1:
        view.quote_range = (first, last)
        view.tail_range = (tail_start, len(tokens))
        for m in view.mentions:
            if m.start >= tail_start and not view.in_attribution(m.start) and m.subject_ok:
                view.quote_speaker = m
                break
        return
    # "X said: «...»" — the speaker stands before the quote.
    if (
        first > 1
        and tokens[first - 1].text == ":"
        and any(tokens[j].keys & lex.speech_verbs for j in range(first))
    ):
        view.quote_range = (first, last)
        for m in view.mentions:
            if m.end <= first and m.subject_ok:
                view.quote_speaker = m
                break


_ORDINALS = {
    "first": 0,
    "second": 1,
    "third": 2,
    "last": -1,
    "latter": -1,
    "former": 0,
    "перший": 0,
    "другий": 1,
    "третій": 2,
    "останній": -1,
    "первый": 0,
    "второй": 1,
    "третий": 2,
    "последний": -1,
}
_POINT_NOUNS = frozenset(
    {
        "point",
        "item",
        "demand",
        "condition",
        "proposal",
        "clause",
        "пункт",
        "вимога",
        "умова",
        "пропозиція",
        "требование",
        "условие",
        "предложение",
    }
)


def ordinal_reference(view: SentenceView, start: int, end: int) -> int | None:
    """Rule 4 for lists: "the first point", "останній пункт" -> the index in the latest list."""
    words = [
        t
        for t in view.tokens[start:end]
        if t.is_word
        and t.low not in ("the", "its", "their", "of", "but", "and", "але", "однак", "но", "однако")
    ]
    if len(words) < 2 or len(words) > 3:
        return None
    position = next((_ORDINALS[k] for k in sorted(words[0].keys) if k in _ORDINALS), None)
    if position is None or not (
        words[-1].keys & _POINT_NOUNS
        or words[-1].low
        in ("conditions", "demands", "points", "умов", "вимог", "условий", "требований")
    ):
        return None
    return position if position >= 0 else 10_000


def demonym_reference(view: SentenceView, start: int, end: int) -> str | None:
    """ "the Saudi option", "американо-французький проєкт": a party's earlier proposal (rule 4)."""
    words = [t for t in view.tokens[start:end] if t.is_word and t.low not in ("the", "a", "an")]
    if len(words) != 2 or not (words[1].keys & view.cues_lex.plan_nouns):
        return None
    actor_id = demonym_actor(words[0])
    if not actor_id:
        return None
    return principal(actor_lexicon().entries[actor_id]).actor.id


# Words that stand before a referring phrase ("most of these demands", "but these").
_REFERENCE_FILLERS = frozenset(
    "but and але однак но однако most some all більшість частину большинство часть of з із из всі все".split()
)
# A single word that refers back: always, or only where the dictionary reads it as a pronoun.
_REFERRING_ALWAYS = frozenset("it that this them these це їх цього того это их этого то його її его".split())
_REFERRING_AS_PRONOUN = frozenset("those ці эти такое таке".split())


def is_anaphoric(view: SentenceView, start: int, end: int) -> str | None:
    """Rule 4: "these demands", "ці вимоги", "the offer", "it", "that" refer back.
    Returns the relation the referents must have ("demands", "proposes" or "any")."""
    lex = view.cues_lex
    words = [t for t in view.tokens[start:end] if t.is_word]
    while words and words[0].low in _REFERENCE_FILLERS:
        words = words[1:]
    if not words or len(words) > 3:
        return None
    first = words[0]
    if len(words) == 1 and (
        first.low in _REFERRING_ALWAYS
        or first.low in _REFERRING_AS_PRONOUN and first.an.pos in ("NPRO", "")
    ):
        return "any"
    pointer = bool(first.keys & lex.pointers or first.low in lex.pointers)
    if len(words) >= 2 and (
        pointer or first.keys & lex.demonstratives or first.low in lex.demonstratives
    ):
        for key in sorted(words[-1].keys):
            if key in lex.anaphora_nouns:
                value = lex.anaphora_nouns[key]
                return value if value in ("demands", "proposes") else "any"
        if pointer:
            # "ці строки", "these terms", "столь резкого шага": a noun after a demonstrative points back.
            return "any"
    return None
