"""Actor mentions of a sentence: every name finder, run in order, without overlaps.

A mention is a token span that names an actor. Lexicon aliases are matched here on
surface forms and lemmas (codebook section 1: "Путін", "Путіна", "російський
диктатор" are one node); what no lexicon lists is found by the modules beside this one:
organisation_names (named bodies, acronyms), person_names (people and officials, in
Latin labels so that a new negotiation needs no lexicon edits), sides ("both sides"),
party_nouns (role and group nouns, collective parties), pronouns (back references),
demonyms (state adjectives). mention.py holds `Mention` and the article's `ActorMemory`.
"""

from __future__ import annotations

import re

from .demonyms import multiword_demonym_end
from .lexicon import Cues, actor_lexicon, closed_classes
from .local_bodies import learn_local_bodies, local_bodies
from .mention import ActorMemory, Mention, make_mention, principal
from .morph import Token
from .organisation_names import (
    acronym_mentions,
    acronym_subjects,
    known_party_names,
    names_around_aliases,
    organisation_names,
)
from .party_nouns import generic_actors, learn_named_roles
from .people_parties import (
    attach_groups,
    collective_parties,
    learn_body_heads,
    learn_party_families,
)
from .person_names import (
    is_false_alias,
    names_a_location,
    officials_of_named_bodies,
    other_first_name,
    unknown_names,
)
from .pronouns import pronoun_mentions
from .sides import learn_mediators, learn_negotiating_pair, sides_mentions, sides_phrases


def find_mentions(tokens: list[Token], cues: Cues, memory: ActorMemory, lang: str) -> list[Mention]:
    """Every actor mention in a sentence, left to right, without overlaps."""
    lex = actor_lexicon()
    mentions: list[Mention] = []
    covered = [False] * len(tokens)
    i = 0
    while i < len(tokens):
        hit = _lexicon_name(tokens, i, memory) if tokens[i].is_word else None
        demonym_end = multiword_demonym_end(tokens, i) if tokens[i].is_cap else i
        if demonym_end > (hit[0] if hit else i) and (
            demonym_end == len(tokens)
            or not tokens[demonym_end].is_cap
            or cues.titles.longest_at(tokens, demonym_end) is not None
        ):
            # "Costa Rican officials", "North Korean envoy", "Costa Rican President X": an
            # adjective, no name (not "Costa"); the noun after it is read with it
            # (generic_actors, attach_groups). Not "South African Trade Unions", a name.
            for k in range(i, demonym_end):
                covered[k] = True
            i = demonym_end
            continue
        if (
            hit
            and i > 0
            and tokens[i - 1].keys & closed_classes().deputy_words
            and hit[1][1]
            and not tokens[i].is_cap
        ):
            hit = None  # "заместитель министра иностранных дел": not the minister himself
        if hit and other_first_name(tokens, i, hit[0], lex.entries[hit[1][0]].actor, cues, lang):
            hit = None  # "Porto president Andre Costa": another Costa than the one the lexicon knows
        if hit and not is_false_alias(tokens, i, hit[0], cues):
            end, (actor_id, words) = hit
            entry = principal(lex.entries[actor_id])
            mention = make_mention(tokens, i, end, entry.actor, "name", entry.gender, lang)
            if (
                mention.genitive
                and not any(t.an.proper for t in tokens[i:end])
                and all(tokens[i + k].low in w.forms or w.exact for k, w in enumerate(words))
            ):
                # The alias itself (a nominative) matched: the dictionary's guessed case is wrong.
                mention.genitive = False
                mention.subject_ok = not (i > 0 and tokens[i - 1].low in closed_classes().prepositions)
            if names_a_location(tokens, i):
                mention.subject_ok = False  # "рабочие в штате Вашингтон": where they are
            mentions.append(mention)
            for k in range(i, end):
                covered[k] = True
            i = end
            continue
        i += 1
    mentions = names_around_aliases(tokens, mentions, covered, cues, memory, lang)
    mentions = organisation_names(tokens, mentions, covered, cues, memory, lang)
    mentions.extend(acronym_mentions(tokens, covered, memory, lang))
    mentions.extend(known_party_names(tokens, covered, memory, lang))
    mentions.extend(acronym_subjects(tokens, covered, cues, memory, lang))
    mentions.extend(local_bodies(tokens, mentions, covered, cues, memory, lang))
    mentions.extend(unknown_names(tokens, covered, cues, memory, lang, list(mentions)))
    learn_local_bodies(tokens, mentions, cues, memory, lang)
    learn_named_roles(tokens, mentions, cues, memory)
    learn_body_heads(tokens, mentions, cues, memory)
    learn_party_families(tokens, mentions, cues, memory)
    mentions.extend(generic_actors(tokens, mentions, cues, lang, memory))
    mentions.extend(collective_parties(tokens, mentions, cues, lang, memory))
    mentions.sort(key=lambda m: m.start)
    mentions = _without_outlets(tokens, mentions, cues)
    officials_of_named_bodies(tokens, mentions, cues)
    _local_office_places(tokens, mentions, cues, lang)
    mentions = attach_groups(tokens, mentions, cues, lang)
    sides_at = sides_phrases(tokens, cues)
    mediators = learn_mediators(tokens, mentions, cues, memory)
    if not sides_at:
        # "Norway and Cuba urged both sides to keep talking": the sides are others, named before.
        learn_negotiating_pair(tokens, mentions, cues, memory, mediators)
    mentions.extend(sides_mentions(tokens, mentions, cues, memory, lang, sides_at))
    mentions.sort(key=lambda m: m.start)
    _oblique_names(tokens, mentions, cues, lang)
    mentions.extend(pronoun_mentions(tokens, mentions, cues, memory, lang))
    mentions.sort(key=lambda m: m.start)
    _gathering_hosts(tokens, mentions, cues, lang)
    _represented_people(tokens, mentions, cues)
    if lang == "en":
        venues = closed_classes().venue_nouns
        for m in mentions:
            if m.kind == "name" and m.actor.type == "state" and m.end < len(tokens) \
                    and tokens[m.end].low in venues and tokens[m.end].text.islower():
                m.subject_ok = False  # "The Abu Dhabi meeting ended with ...": a venue
        memory.capitalised.update(
            re.sub(r"(?:'s|’s)$", "", t.low) for k, t in enumerate(tokens)
            if k > 0 and t.is_cap and t.is_word and tokens[k - 1].is_word)
        memory.lower_case.update(t.text for t in tokens if t.is_word and t.text.islower())
    return mentions


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def learn_article_case(texts: list[str], memory: ActorMemory) -> None:
    """The words an English article writes capitalised alone inside its sentences and those
    it writes in lower case, read ahead of the sentences (section 7: a capitalised word
    opening a sentence is a name only on such evidence). Sentences written in title case
    (headlines) say nothing."""
    capitalised: dict[str, int] = {}
    lower = set()
    for text in texts:
        words = _WORD.findall(text)
        inner = words[1:]
        if not inner or sum(w[:1].isupper() for w in inner) * 2 > len(inner):
            continue
        # a word standing alone: not a part of a longer name ("Morten Dahl" names a person)
        for word in {
            re.sub(r"(?:'s|’s)$", "", w.lower()) for k, w in enumerate(words)
            if k > 0 and w[:1].isupper() and not words[k - 1][:1].isupper()
            and not (k + 1 < len(words) and words[k + 1][:1].isupper())
        }:
            capitalised[word] = capitalised.get(word, 0) + 1
        lower.update(w for w in words if w.islower())
    memory.capitalised_ahead = capitalised
    memory.lower_case_ahead = frozenset(lower)


_QUOTES = frozenset({"«", "„", "“", '"'})


def _without_outlets(tokens: list[Token], mentions: list[Mention], cues: Cues) -> list[Mention]:
    """Rule 5: a media outlet is never a party. A name with a capitalised media noun in it
    or right after it ("Radio Caracol", "W Radio", "Sky News", "China Daily"), or right after
    a lower-case one ("телеканалу «Рада»", "радио «Эхо»", "the broadcaster Nova"), is an
    outlet: where a party spoke or the source of a report, not who holds the position."""
    kept = []
    for m in mentions:
        if m.kind in ("pronoun", "possessive", "sides"):
            kept.append(m)
            continue
        inside = any(t.is_cap and cues.has(t, "media_nouns") for t in tokens[m.start : m.end])
        after = m.end < len(tokens) and tokens[m.end].is_cap and cues.has(tokens[m.end], "media_nouns")
        k = m.start - 1 if tokens[m.start].text not in _QUOTES else m.start - 1
        if k >= 0 and tokens[k].text in _QUOTES:
            k -= 1
        before = k >= 0 and (tokens[k].text.islower() or k == 0) and cues.has(tokens[k], "media_nouns")
        if not (inside or after or before):
            kept.append(m)
    return kept


def _gathering_hosts(tokens: list[Token], mentions: list[Mention], cues: Cues, lang: str) -> None:
    """ "Делегати саміту ООН погодилися", "Участники конференции ОБСЕ согласились", "Delegates at
    the UN climate summit rejected": the body named with a gathering it convenes is where the
    delegates meet, never the subject that holds their position."""
    closed = closed_classes()
    for m in mentions:
        if m.kind in ("pronoun", "possessive", "sides") or not m.subject_ok:
            continue
        if lang != "en":
            if m.start > 0 and cues.has(tokens[m.start - 1], "gathering_nouns"):
                m.subject_ok = False
            continue
        if m.actor.type not in ("state", "organisation") or m.start == 0 or m.end >= len(tokens):
            continue
        if tokens[m.start - 1].low not in closed.articles | closed.prepositions:
            continue  # "EU leaders meeting in Brussels agreed": the leaders, who meet
        head = m.end
        if head + 1 < len(tokens) and tokens[head].text.islower() and tokens[head].is_word \
                and not cues.has(tokens[head], "gathering_nouns"):
            head += 1  # "the UN climate summit"
        if cues.has(tokens[head], "gathering_nouns") and tokens[head].text.islower():
            m.subject_ok = False


def _oblique_names(tokens: list[Token], mentions: list[Mention], cues: Cues, lang: str) -> None:
    """Names that stand in a prepositional phrase, so are no subject (a channel, an addressee,
    a venue): en "to the government", "through the mediators" (a preposition of a channel or
    an addressee before the article; right before the name, make_mention reads it); in any
    language an apposition of such a name or phrase, closed by a comma or the sentence's end
    ("at the summit in Baku, Azerbaijan,", "на саміті в Баку, Азербайджан,", "through the
    facilitator, Omar Said, hoping"): the nation, or the facilitator's name, is where or
    through whom, not who holds the position."""
    closed = closed_classes()
    prepositions = closed.prepositions - closed.agent_prepositions
    for m in mentions:
        if m.kind in ("pronoun", "possessive", "sides") or not m.subject_ok or m.start == 0:
            continue
        if lang == "en":
            k = m.start - 1
            while k > 0 and tokens[k].low in closed.articles:
                k -= 1
            if k < m.start - 1 and tokens[k].low in closed.addressee_prepositions | closed.channel_prepositions \
                    and not any((hit := cues.attribution.longest_at(tokens, j)) and hit[0] == k + 1
                                for j in range(max(0, k - 2), k + 1)):
                # ("According to an Egyptian official": a source, read as attribution)
                # (not "Members of the union", "a spokesman for the group", "officials at the
                # ministry": whose members, spokesman, officials, who may be the subject)
                m.subject_ok = False
                continue
        comma = m.start - 1
        if tokens[comma].text != "," or comma == 0 or not (m.end == len(tokens) or tokens[m.end].text in (",", ".")):
            continue
        before = next((o for o in mentions if o.end == comma), None)
        if before is not None:
            if not before.subject_ok and before.kind not in ("pronoun", "possessive") and m.actor.type == "state":
                # "in Baku, Azerbaijan,"; not "The mayor of Warsaw, Rafal Trzaskowski,": the mayor
                m.subject_ok = False
            continue
        if lang == "en" and _phrase_after_preposition(tokens, comma, prepositions, closed.channel_prepositions):
            m.subject_ok = False  # "through the Malaysian facilitator, Omar Said,"


def _phrase_after_preposition(tokens: list[Token], end: int, prepositions: frozenset[str],
                              channels: frozenset[str]) -> bool:
    """en: the words before `end` are a short noun phrase opened by a channel's preposition that
    follows other words of its clause ("submitted it through the Malaysian facilitator"), not a
    phrase that opens the sentence ("Through an interpreter, X said"), nor another preposition's
    ("China's envoy for Korean affairs, He Jun,": the envoy himself)."""
    k = end - 1
    while k > 0 and end - k <= 4 and tokens[k].is_word and tokens[k].low not in prepositions:
        k -= 1
    if k <= 1 or end - k > 4 or tokens[k].low not in prepositions or end - k < 2:
        return False
    first = next((j for j, t in enumerate(tokens) if t.is_word), 0)
    return tokens[k].low in channels and tokens[first].low not in prepositions and tokens[k - 1].is_word


def _local_office_places(tokens: list[Token], mentions: list[Mention], cues: Cues, lang: str) -> None:
    """ "Мер Києва Віталій Кличко відкинув …", "Kyiv mayor Vitali Klitschko rejected …": a state
    named by its capital right beside a city's or a region's office title is where the official
    serves; the official, not the state, is the subject."""
    for m in mentions:
        if m.actor.type != "state":
            continue
        if lang == "en":
            beside = m.end < len(tokens) and cues.has(tokens[m.end], "local_titles") \
                or m.start > 1 and tokens[m.start - 1].low == "of" and cues.has(tokens[m.start - 2], "local_titles")
        else:
            beside = m.start > 0 and cues.has(tokens[m.start - 1], "local_titles")
        if beside:
            m.subject_ok = False


def _represented_people(tokens: list[Token], mentions: list[Mention], cues: Cues) -> None:
    """ "Unite, which represents 900 bus drivers, said": the people a party represents, named in
    a relative clause between commas, describe it; they are no subject of the sentence."""
    for k, token in enumerate(tokens):
        hit = cues.representing.longest_at(tokens, k + 1) if token.text == "," and k + 1 < len(tokens) else None
        if not hit:
            continue
        end = hit[0]
        while end < len(tokens) and tokens[end].text not in (",", ";", ":", "."):
            end += 1
        for m in mentions:
            if k < m.start < end:
                m.subject_ok = False


def _lexicon_name(tokens: list[Token], i: int, memory: ActorMemory) -> tuple[int, tuple] | None:
    """The longest lexicon name at token i. Where one name stands for several actors ("SPD":
    the German and the Czech party; two ministers named Pedro Sánchez), the one whose state
    the article has named most so far; lexicon order breaks ties."""
    lex = actor_lexicon()
    found = lex.index.matches_at(tokens, i)
    if not found:
        return None
    rivals = [hit for hit in found if hit[0] == found[0][0]]
    if len({actor_id for _, (actor_id, _) in rivals}) < 2:
        return found[0]

    def named_before(hit: tuple[int, tuple]) -> int:
        entry = lex.entries[hit[1][0]]
        return max(memory.counts.get(entry.country, 0), memory.counts.get(entry.actor.id, 0))

    return max(rivals, key=named_before)  # max keeps the first of equals
