"""What a mention is and what an article remembers of its actors.

A `Mention` is a token span naming an actor; `ActorMemory` holds the actors an
article has named so far (for pronouns, short surnames, acronyms, role nouns and
the negotiating pair). The helpers here are shared by every name finder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import Actor
from .lexicon import ActorEntry, actor_lexicon, closed_classes
from .morph import Token

# The holder of a position whose subject names no party the article identified ("both
# sides" never named): its lines are dropped with the other lines that name no party.
NO_PARTY = Actor(id="", label="", type="group")


@dataclass
class Mention:
    """A span of tokens [start, end) naming an actor."""

    start: int
    end: int
    actor: Actor
    kind: str  # name | unknown | group | pronoun | possessive
    gender: str = ""
    subject_ok: bool = True  # may be the grammatical subject of a clause
    genitive: bool = False  # stands in the genitive (uk/ru) or as a possessive (en)
    surface: str = ""
    # The other parties the span names with `actor`: "the two sides" are both negotiators.
    also: tuple[Actor, ...] = ()


@dataclass
class ActorMemory:
    """Actors seen so far in an article, for pronouns and short surnames."""

    recent: list[tuple[Actor, str]] = field(
        default_factory=list
    )  # (actor, gender), most recent last
    surnames: dict[str, Actor] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    acronyms: dict[str, tuple[Actor, str]] = field(default_factory=dict)  # "СБР" -> (actor, gender)
    # The party a role noun stands for once the article has named it: "union" -> the
    # Riverside Nurses Association, "employer" -> «Львіввугілля» (codebook section 7).
    named_roles: dict[str, Actor] = field(default_factory=dict)
    # Parties the article introduced by a noun and their own name ("the union Unite",
    # "партія «Вперед»", "NEHAWU demanded"): the name's words -> (actor, gender), so that
    # the name alone is that party later.
    party_names: dict[tuple[str, ...], tuple[Actor, str]] = field(default_factory=dict)
    # The two parties the article last named as negotiating ("talks between Chile and Peru"):
    # what "the two sides", "сторони", "стороны" stand for (codebook section 7).
    negotiating_pair: tuple[Actor, Actor] | None = None
    # Whether that pair was named joined ("Israel and Hamas held talks"), not merely two
    # names in a sentence about talks: only such a pair is what bare "the delegations" are.
    pair_joined: bool = False
    # Parties the article named as mediating ("mediated by Qatar"): never one of the two sides.
    mediators: set[str] = field(default_factory=set)
    # Words the article wrote capitalised inside a sentence ("Boeing factory workers"): a
    # one-word name that may open a later sentence as its subject ("Boeing has said").
    capitalised: set[str] = field(default_factory=set)
    # A party family's collective label -> the party the article introduced with that
    # family's adjective ("Conservatives" -> the Austrian People's Party).
    party_families: dict[str, Actor] = field(default_factory=dict)
    lower_case: set[str] = field(default_factory=set)  # and the words it wrote in lower case
    # The same, over the whole article read ahead (en): "Unite demanded X" opening the first
    # sentence is a name when "…, Unite said" comes later and "unite" nowhere in lower case.
    capitalised_ahead: dict[str, int] = field(default_factory=dict)  # word -> how many sentences
    lower_case_ahead: frozenset[str] = frozenset()
    # Lenders' bodies the article named ("комітет власників варантів", "the bondholder group"):
    # the head noun's lemma -> the lenders they speak for, whom "Комітет" alone later is.
    lender_bodies: dict[str, Actor] = field(default_factory=dict)
    # Bodies the article named by their own name ("the Joint Action Committee", "Об'єднаний
    # комітет профспілок шахтарів"): the head noun's lemma -> the body, whom "the committee",
    # "Комітет" alone later is.
    body_heads: dict[str, Actor] = field(default_factory=dict)
    # The bodies of a town or a region the article named ("City of Saint Anne", "Мерія
    # Львова"), by kind ("city", "region"): whom "the city", "мерія" alone later is.
    local_bodies: dict[str, Actor] = field(default_factory=dict)
    # The party (and the parties joined to it) the sentence before opened with as its
    # subject, in this paragraph: what "Вона", "Они", "They" opening a sentence stand for.
    previous_subject: object | None = None
    # Parties the sentence before named only in a source attribution ("За словами X,",
    # "According to X,") or inside a quote: never what a pronoun after it stands for.
    sidelined: frozenset[str] = frozenset()
    # Parties the sentence before, which had no party as its subject, named only after a
    # preposition: never what a pronoun opening the next sentence stands for.
    oblique: frozenset[str] = frozenset()

    def remember(self, actor: Actor, gender: str) -> None:
        self.recent = [(a, g) for a, g in self.recent if a.id != actor.id][-20:]
        self.recent.append((actor, gender))
        self.counts[actor.id] = self.counts.get(actor.id, 0) + 1

    def salient_state(self) -> Actor | None:
        """The state named most often so far: whose government "the ministry" is."""
        states = [a for a, _ in self.recent if a.type == "state"]
        if not states:
            return None
        return max(reversed(states), key=lambda a: self.counts.get(a.id, 0))

    def new_paragraph(self) -> None:
        """A pronoun opening a paragraph refers to the article's topic, not to the last name:
        order the candidates by salience (how often each actor was named)."""
        self.recent.sort(key=lambda pair: self.counts.get(pair[0].id, 0))

    def last(self, gender: str, persons_only: bool = False) -> tuple[Actor, str] | None:
        """The most recent actor agreeing with a pronoun's gender/number."""
        for actor, actor_gender in reversed(self.recent):
            if persons_only and actor.type != "person":
                continue
            if gender == "plur":
                if actor.type in ("state", "organisation", "group") or actor_gender == "plur":
                    return actor, actor_gender
            elif gender in ("masc", "femn"):
                if actor.type == "person" and actor_gender in (gender, ""):
                    return actor, actor_gender
                if actor.type != "person" and actor_gender == gender:
                    return actor, actor_gender
            elif gender == "neut":
                if actor.type in ("state", "organisation") or actor_gender == "neut":
                    return actor, actor_gender
            else:
                return actor, actor_gender
        return None


def principal(entry: ActorEntry) -> ActorEntry:
    """Whom an actor speaks for: a spokesperson's principal, else the actor itself."""
    lex = actor_lexicon()
    seen = set()
    while entry.speaks_for and entry.speaks_for in lex.entries and entry.actor.id not in seen:
        seen.add(entry.actor.id)
        entry = lex.entries[entry.speaks_for]
    return entry


def make_mention(
    tokens: list[Token], start: int, end: int, actor: Actor, kind: str, gender: str, lang: str
) -> Mention:
    before = tokens[start - 1] if start > 0 else None
    after_prep = (
        before is not None
        and before.low in closed_classes().prepositions
        and before.low not in closed_classes().agent_prepositions
    ) or (
        start > 1 and f"{tokens[start - 2].low} {before.low}" in closed_classes().party_frames
    )
    head = tokens[end - 1]
    genitive = False
    if lang in ("uk", "ru"):
        cases = set()
        for token in tokens[start:end]:
            cases |= token.an.cases
        # Indeclinable names (НАТО, США) have no case: they may be subjects.
        genitive = bool(cases) and "nomn" not in cases
    else:
        after = tokens[end] if end < len(tokens) else None
        genitive = (
            after is not None and after.low in ("'s", "'", "’s") or head.low.endswith(("'s", "’s"))
        )
    return Mention(
        start=start,
        end=end,
        actor=actor,
        kind=kind,
        gender=gender,
        # "во главе с ... Давидом Бараташвили": a name whose first word cannot be nominative
        # is not a subject, whatever the dictionary guesses for an unknown surname after it.
        subject_ok=not after_prep and not genitive and not (lang in ("uk", "ru") and tokens[start].an.cases and "nomn" not in tokens[start].an.cases),
        genitive=genitive,
        surface=" ".join(t.text for t in tokens[start:end]),
    )


def role_of(label: str) -> str:
    """The role a generic label plays ("hospital management" -> employer), or ""."""
    roles = closed_classes().roles
    for word in reversed(label.split()):
        if word in roles:
            return roles[word]
    return ""


def quoted_name(tokens: list[Token], end: int) -> int | None:
    """The end of a quoted name right after position `end` («Єдність», "Solidarity")."""
    if end >= len(tokens) or tokens[end].text not in ("«", "„", "“", '"'):
        return None
    for k in range(end + 1, min(end + 6, len(tokens))):
        if tokens[k].text in ("»", "“", "”", '"'):
            return k + 1 if k > end + 1 and tokens[end + 1].is_cap else None
    return None


def is_acronym(token: Token, longest: int = 6) -> bool:
    """ "МВФ", "VVD", "D66": capitals (and digits), no lower-case letter, at most six characters."""
    text = token.text
    return 2 <= len(text) <= longest and text.upper() == text and any(c.isalpha() for c in text)


def nominative_word(token: Token) -> str:
    """The dictionary form of a name token, keeping the surface form where the
    dictionary does not know it as a name (it would otherwise turn "Келлог" into a common noun)."""
    if token.an.case == "nomn":
        return token.low  # "Соколова" stays feminine; the lemma would be "соколов"
    if token.an.proper or token.an.pos in ("NOUN",):
        return token.an.lemma
    return token.low


WHOLE_SENTENCE = 1 << 30  # a token position after every mention of a sentence


def latest_before(
    mentions: list[Mention], i: int, memory: ActorMemory, accept: Callable[[Actor], bool]
) -> Actor | None:
    """The last accepted actor named before token i in this sentence, else the most
    recent one in the article's memory."""
    here = [m.actor for m in mentions if m.end <= i and accept(m.actor)]
    if here:
        return here[-1]
    return next((actor for actor, _ in reversed(memory.recent) if accept(actor)), None)
