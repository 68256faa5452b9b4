"""The two sides: which parties "both sides", "сторони", "стороны" stand for.

The article's last named negotiating pair ("talks between Chile and Peru") is what the
sides are (codebook section 7); sides never named give NO_PARTY, and their lines are dropped.
"""

from __future__ import annotations

from ..models import Actor
from .demonyms import demonym_actor
from .lexicon import Cues, actor_lexicon, closed_classes, slug
from .mention import NO_PARTY, ActorMemory, Mention, principal
from .morph import Token


def side_of(actor: Actor) -> Actor:
    """The party an actor stands for in talks: a lexicon person's or body's state (through
    its principal), unless it is a side of its own (Hamas, a union); else the actor itself."""
    entries = actor_lexicon().entries
    entry = entries.get(actor.id)
    if entry is None or entry.country not in entries or entry.own_party:
        return actor
    return principal(entries[entry.country]).actor


def learn_negotiating_pair(
    tokens: list[Token], mentions: list[Mention], cues: Cues, memory: ActorMemory,
    mediators: list[int],
) -> None:
    """A sentence about talks or an agreement that names two parties names the negotiating
    pair: two coordinated parties ("talks between Chile and Peru", "Чилі з Перу домовилися",
    "Armenian and Azerbaijani negotiators") nearest to the word of talks, else the only two
    states or bodies it names. A person with a state stands for it: "a meeting of Zelensky
    and Putin" names Ukraine and Russia."""
    if not mentions:
        return
    closed = closed_classes()
    entries = actor_lexicon().entries
    own = [m for m in mentions if m.kind not in ("pronoun", "possessive", "sides")]
    named = [m if (side := side_of(m.actor)) is m.actor else Mention(m.start, m.end, side, m.kind) for m in own]
    links = closed.and_words | closed.comitatives
    coordinated = []  # (start, end, first, second)
    for m in named:
        # "Armenian and Azerbaijani negotiators", "російська та українська делегації".
        k = m.start - 2
        if k >= 0 and tokens[k + 1].low in closed.and_words and (first := demonym_actor(tokens[k])):
            actor = principal(entries[first]).actor
            if actor.id != m.actor.id:
                coordinated.append((k, m.end, actor, m.actor))
    for k, (a, b) in enumerate(zip(named, named[1:])):
        if a.actor.id == b.actor.id and own[k].actor.id != own[k + 1].actor.id:
            a, b = own[k], own[k + 1]  # "Colombia and the ELN": a rebel group of the state is a side of its own
        # "between the Colombian government and the ELN": an article may open the second.
        gap = b.start - a.end
        if a.actor.id != b.actor.id and tokens[a.end].low in links and (
            gap == 1 or gap == 2 and tokens[a.end + 1].low in closed.articles
        ):
            coordinated.append((a.start, b.end, a.actor, b.actor))
    talks = None
    if not coordinated and any(m.actor.type in ("organisation", "state") for m in named):
        talks = [k for k, t in enumerate(tokens) if t.is_word and cues.talks_words.any_match(t)]
        if talks:
            coordinated = _unknown_name_beside(tokens, named, cues, memory)
    # Uncoordinated, only states and bodies count: a name in "talks on the status of
    # Kashmir" may be a place, and a delegation's head beside his state is one of its own.
    states = [m for m in named if m.actor.type != "person"]
    if not coordinated and len({m.actor.id for m in states}) < 2:
        return
    if talks is None:
        talks = [k for k, t in enumerate(tokens) if t.is_word and cues.talks_words.any_match(t)]
    if not talks:
        return
    if coordinated:
        start, _, first, second = min(
            coordinated, key=lambda c: min(min(abs(k - c[0]), abs(k - c[1])) for k in talks)
        )
        if _listed_after_another(tokens, named, start):
            # "talks between Serbia, Kosovo and the EU": more than two parties, so "the
            # delegations" or "the sides" name no pair.
            memory.negotiating_pair, memory.pair_joined = None, False
            return
        memory.negotiating_pair = (first, second)
        memory.pair_joined = True
        return
    # A mediator ("talks mediated by Turkey", "при посредничестве США") is no side.
    actors = list(
        {
            m.actor.id: m.actor
            for m in states
            if not any(-3 <= m.start - k <= 3 for k in mediators)
        }.values()
    )
    if len(actors) == 2:
        memory.negotiating_pair = (actors[0], actors[1])
        memory.pair_joined = False


def _unknown_name_beside(
    tokens: list[Token], named: list[Mention], cues: Cues, memory: ActorMemory
) -> list[tuple[int, int, Actor, Actor]]:
    """ "Unite and Ryanair resumed talks", "talks between Ryanair and Unite": a party the
    lexicon knows joined by "and" to one capitalised word it does not (no common word the
    article wrote in lower case, no role noun): that word names the other party, which the
    article then knows by it."""
    closed = closed_classes()
    found = []
    taken = {k for m in named for k in range(m.start, m.end)}

    def unknown(k: int) -> Actor | None:
        if not (0 <= k < len(tokens)) or k in taken:
            return None
        token = tokens[k]
        if not (token.is_word and token.is_cap and token.text.isalpha() and len(token.text) > 2) \
                or token.low in closed.not_names or demonym_actor(token) or token.low in memory.lower_case \
                or not token.keys.isdisjoint(cues.generic_actors) or not token.keys.isdisjoint(cues.collective_parties) \
                or not token.keys.isdisjoint(cues.party_heads) or token.low in memory.surnames:
            return None
        if k + 1 < len(tokens) and tokens[k + 1].is_cap and tokens[k + 1].is_word and k + 1 not in taken:
            return None  # part of a longer name
        if k > 0 and tokens[k - 1].is_cap and tokens[k - 1].is_word and k - 1 not in taken and k - 1 > 0:
            return None
        return Actor(id=slug(token.text), label=token.text, type="organisation")

    for m in named:
        if m.actor.type not in ("organisation", "state"):
            continue
        before = m.start - 2
        if before >= 0 and tokens[m.start - 1].low in closed.and_words and (other := unknown(before)):
            found.append((before, m.end, other, m.actor))
            memory.party_names[(tokens[before].low,)] = (other, "")
        after = m.end + 1
        if m.end < len(tokens) and tokens[m.end].low in closed.and_words and (other := unknown(after)):
            found.append((m.start, after + 1, m.actor, other))
            memory.party_names[(tokens[after].low,)] = (other, "")
    return found


def _listed_after_another(tokens: list[Token], named: list[Mention], start: int) -> bool:
    """A coordinated pair at start is the end of a longer list: a comma right before it
    follows another party ("Serbia, Kosovo and the EU")."""
    k = start - 1
    if k < 1 or tokens[k].text != ",":
        return False
    return any(m.end == k for m in named)


def learn_mediators(tokens: list[Token], mentions: list[Mention], cues: Cues, memory: ActorMemory) -> list[int]:
    """ "Labour Secretary X, who has mediated between the two sides", "talks mediated by
    Qatar": whoever mediates (with the state a person belongs to) is no side, here or later.
    Returns where the sentence's mediator words stand."""
    mediators = [k for k, t in enumerate(tokens) if t.is_word and cues.mediator_words.any_match(t)]
    for m in mentions:
        if m.kind not in ("pronoun", "possessive", "sides") and any(
            -3 <= m.start - k <= 0 or 0 < k - m.end < 5 for k in mediators
        ):
            memory.mediators |= {m.actor.id, side_of(m.actor).id}
    return mediators


def negotiating_pair(memory: ActorMemory) -> tuple[Actor, Actor] | None:
    """The two sides: the pair a sentence about talks named, else the two states or bodies
    the article has named most often, when each was named at least twice and a third
    comes clearly behind (a mediator, a neighbour). A person with a state counts for it."""
    if memory.negotiating_pair is not None:
        return memory.negotiating_pair
    counts: dict[str, int] = {}
    actors: dict[str, Actor] = {}
    for actor, _ in memory.recent:
        party = side_of(actor)
        if party.type == "person" or party.id in memory.mediators:
            continue
        actors[party.id] = party
        counts[party.id] = counts.get(party.id, 0) + memory.counts.get(actor.id, 0)
    ranked = sorted(counts, key=lambda a: -counts[a])
    if len(ranked) < 2 or counts[ranked[1]] < 2 or len(ranked) > 2 and counts[ranked[2]] >= counts[ranked[1]] - 1:
        return None
    return actors[ranked[0]], actors[ranked[1]]


def sides_phrases(tokens: list[Token], cues: Cues) -> dict[int, int]:
    """Where each "the two sides", "сторони", "обе стороны" of a sentence starts -> ends."""
    if not cues.sides_phrases:
        return {}
    found = {}
    for i, token in enumerate(tokens):
        hit = cues.sides_phrases.longest_at(tokens, i) if token.is_word else None
        if hit is not None and _bare_delegations(tokens, i, hit[0], cues) and not _delegations_alone(tokens, i, hit[0]):
            continue  # "Делегації Індії та Пакистану", "the Russian and Ukrainian delegations": named ones
        if hit is not None:
            found[i] = hit[0]
    return found


def sides_mentions(
    tokens: list[Token], mentions: list[Mention], cues: Cues, memory: ActorMemory, lang: str,
    sides_at: dict[int, int],
) -> list[Mention]:
    """ "The two sides agreed", "Сторони домовилися", "обе стороны согласились": as the
    subject, the negotiating pair the article named, both of them (section 7). Unresolved,
    or not a subject ("urged both sides to", "позиції сторін"), no mention."""
    if not sides_at:
        return []
    # "both delegations": the generic noun inside a sides phrase yields to the pair.
    taken = {k for m in mentions if m.kind != "generic" for k in range(m.start, m.end)}
    out = []
    pair = None
    for i, end in sides_at.items():
        if i in taken:
            continue
        if any(k in taken for k in range(i, end)) or not sides_subject(tokens, i, end, cues, lang):
            continue
        pair = pair or negotiating_pair(memory)
        if end - i == 1 and _other_names_joined_before(tokens, mentions, i, pair):
            continue  # "District 751 and District W24, ..., both voted": the two it just named
        surface = " ".join(t.text for t in tokens[i:end])
        if not (memory.negotiating_pair and memory.pair_joined) and _bare_delegations(tokens, i, end, cues):
            # "the delegations agreed" with no talks between two named parties: a
            # multilateral conference's delegations are no pair.
            out.append(Mention(i, end, NO_PARTY, "sides", "plur", True, False, surface))
            continue
        if pair is None:
            # Sides the article never named: the subject still is no one else (not the
            # mediator who reports their agreement); a line of no party, never shown.
            out.append(Mention(i, end, NO_PARTY, "sides", "plur", True, False, surface))
            continue
        out.append(Mention(i, end, pair[0], "sides", "plur", True, False, surface, (pair[1],)))
        mentions[:] = [m for m in mentions if m.end <= i or m.start >= end]
    return out


def _bare_delegations(tokens: list[Token], i: int, end: int, cues: Cues) -> bool:
    """ "the delegations", "делегації": a sides phrase of the delegation noun alone, with no
    "both" or "two" that says there are two of them."""
    articles = closed_classes().articles
    return any(cues.generic_actors.get(k) == "delegation" for t in tokens[i:end] for k in t.keys) and all(
        t.low in articles or any(cues.generic_actors.get(k) == "delegation" for k in t.keys) for t in tokens[i:end]
    )


def _delegations_alone(tokens: list[Token], i: int, end: int) -> bool:
    """Bare "delegations" neither described before (an adjective, "and") nor owned after
    ("of Serbia", "Індії", "'s")."""
    if i > 0 and tokens[i - 1].is_word and (
            tokens[i - 1].an.pos in ("ADJF", "PRTF", "ADJ") or tokens[i - 1].low in closed_classes().and_words):
        return False
    if end < len(tokens):
        after = tokens[end]
        if after.low in ("of", "'s", "’s") or after.is_cap and after.is_word:
            return False
        if after.is_word and after.an.pos == "NOUN" and "gent" in after.an.cases and "nomn" not in after.an.cases:
            return False
    return True


def _other_names_joined_before(
    tokens: list[Token], mentions: list[Mention], i: int, pair: tuple[Actor, Actor] | None
) -> bool:
    """Whether two capitalised names joined by "and" come before position i in the
    sentence and are not the negotiating pair ("District 751 and District W24, ...,
    both"): a lone "both" after them is those two. "Israel and Hamas ...; both" stays the pair."""
    and_words = closed_classes().and_words
    sides = {a.id for a in pair} if pair else set()
    for k in range(1, i - 1):
        if not (tokens[k].low in and_words and tokens[k + 1].is_cap and tokens[k + 1].is_word
                and any(t.is_cap and t.is_word for t in tokens[max(0, k - 3):k])):
            continue
        named = {m.actor.id for m in mentions if m.start <= k + 1 < m.end or k - 3 <= m.end - 1 < k}
        if not (sides and named and named <= sides):
            return True
    return False


def sides_subject(tokens: list[Token], start: int, end: int, cues: Cues, lang: str) -> bool:
    """A "sides" phrase at [start, end) stands as the subject of a clause: it opens the
    clause (or follows a verb of saying or "that"), in the nominative, and a verb follows;
    or it names whose the subject is ("the foreign ministers of both countries agreed",
    "начальники генштабов двух стран договорились")."""
    closed = closed_classes()
    if _owner_of_subject(tokens, start, end, lang):
        return True
    if start > 0:
        before = tokens[start - 1]
        opens = (
            not before.is_word
            or before.low in closed.and_words
            or before.low in closed.complementizers and before.low != "to"
            or bool(before.keys & cues.speech_verbs)
            or bool(cues.contrast.longest_at(tokens, start - 1))
        )
        if not opens:
            return False  # "позиції сторін", "urged both sides", "українська сторона"
    if end >= len(tokens) or not tokens[end].is_word:
        return False
    if lang == "en":
        return tokens[end].an.pos not in ("PREP", "CONJ", "DET") and tokens[end].low not in ("'s", "’s")
    if "nomn" not in tokens[end - 1].an.cases:
        return False
    for k in range(end, min(end + 3, len(tokens))):
        if tokens[k].an.pos == "VERB":
            return tokens[k].an.number == "plur"  # "стороны договорились", not "позиция стороны была"
        if not tokens[k].is_word or tokens[k].an.pos not in ("ADVB", "PRCL", "CONJ"):
            return False
    return False


def _owner_of_subject(tokens: list[Token], start: int, end: int, lang: str) -> bool:
    """ "The leaders of both countries agreed", "министры двух стран договорились": a sides
    phrase after the clause's subject noun (nouns and adjectives from the clause start,
    no verb among them), with a verb right after it."""
    clause = start
    while clause > 0 and tokens[clause - 1].is_word and start - clause < 6:
        clause -= 1
    words = tokens[clause:start]
    if not words or end >= len(tokens) or not tokens[end].is_word:
        return False
    if lang == "en":
        return (
            words[-1].low == "of"
            and len(words) >= 2
            and all(t.an.pos not in ("PREP", "CONJ", "NPRO") for t in words[:-1])
            and words[0].low in closed_classes().party_determiners
            and tokens[end].an.pos not in ("PREP", "DET", "CONJ")
        )
    if "gent" not in tokens[end - 1].an.cases or "nomn" not in words[0].an.cases:
        return False
    if any(t.an.pos not in ("NOUN", "ADJF") for t in words) or words[-1].low in closed_classes().universal_words:
        return False  # "Усі делегації погодилися": a quantifier, no owner noun
    return tokens[end].an.pos == "VERB" and tokens[end].an.number == "plur"
