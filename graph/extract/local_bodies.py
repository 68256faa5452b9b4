"""Parties of a town or a region: "the City of Saint Anne", "the Victorian government",
"мерія Львова", "Львівська міська рада", "мэрия Самары", "правительство провинции Онтарио".

A town's or a region's own body (a council that employs bus drivers, a state government
that pays nurses) is a party when the article names which one; it is labelled by the body,
never by the country, and the body noun alone later in the article ("the city", "council",
"the state government", "мерія", "горсовет") is that body (codebook sections 1 and 7).
Without a body named before, the noun alone stays what it was: a role no reader can place.
"""

from __future__ import annotations

from ..models import Actor
from .demonyms import demonym_actor, unknown_demonym
from .lexicon import Cues, actor_lexicon, closed_classes, slug
from .mention import ActorMemory, Mention, is_acronym, make_mention
from .morph import Token, nominative_phrase
from .translit import transliterate

_LONGEST_NAME = 4  # words of a place's own name after a body noun ("City of Saint John")


def local_bodies(
    tokens: list[Token], mentions: list[Mention], covered: list[bool], cues: Cues, memory: ActorMemory, lang: str
) -> list[Mention]:
    """The bodies of towns and regions a sentence names, or names again by their noun alone;
    a place's name inside one is no mention of its own (the state a capital names is not
    the town hall's)."""
    if not cues.local_bodies:
        return []
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        if covered[i] or not tokens[i].is_word:
            i += 1
            continue
        found = _government_of_name(tokens, i, covered, cues, memory) if lang == "en" else None
        if found is None:
            found = _named_body(tokens, i, mentions, covered, cues, lang)
        if found is None:
            found = _named_again(tokens, i, cues, memory, lang)
        if found is None:
            i += 1
            continue
        mention, kind = found
        for inner in [m for m in mentions if mention.start <= m.start < mention.end]:
            mentions.remove(inner)
        for k in range(mention.start, mention.end):
            covered[k] = True
        memory.local_bodies[kind] = mention.actor
        out.append(mention)
        i = mention.end
    return out


def learn_local_bodies(
    tokens: list[Token], mentions: list[Mention], cues: Cues, memory: ActorMemory, lang: str
) -> None:
    """A name of its own that ends in a town's body noun ("Marlow Bay City Council") is the
    body "the city" or "council" means later in the article; en "city workers in Halden"
    names the town whose body "the city" is (the City of Halden), when no other was named."""
    if lang == "en" and "city" not in memory.local_bodies:
        for k, token in enumerate(tokens):
            hit = cues.local_bodies.longest_at(tokens, k) if token.is_word and not token.is_cap else None
            if hit is None or hit[1] != "city" or hit[0] != k + 1:
                continue
            at = k + 1
            while at < len(tokens) and at - k <= 2 and tokens[at].is_word and tokens[at].text.islower() \
                    and tokens[at].low != "in":
                at += 1  # "city workers", "council bin collectors"
            if at == k + 1 or at >= len(tokens) or tokens[at].low != "in":
                continue
            if any(m.start <= at + 1 < m.end and m.kind != "unknown" for m in mentions):
                continue  # "city workers in Kyiv": a place the lexicon knows as its state
            stop = at + 1
            while stop < len(tokens) and stop - at <= _LONGEST_NAME and tokens[stop].is_word \
                    and tokens[stop].is_cap and tokens[stop].text[1:].islower():
                stop += 1
            if stop > at + 1:
                name = " ".join(t.text for t in tokens[at + 1 : stop])
                memory.local_bodies["city"] = _body(f"City of {name}", lang)
                break
    for mention in mentions:
        if mention.actor.type != "organisation" or mention.end - mention.start < 2 \
                or mention.actor.id in actor_lexicon().entries:
            continue
        for k in range(mention.end - 2, mention.end):
            hit = cues.local_bodies.longest_at(tokens, k)
            if hit is not None and hit[0] == mention.end:
                memory.local_bodies[str(hit[1])] = mention.actor
                break


def _body(label: str, lang: str) -> Actor:
    return Actor(id=slug(transliterate(label, lang)), label=label, type="organisation")


def _place_name(tokens: list[Token], k: int, covered: list[bool], mentions: list[Mention]) -> int:
    """The end of a place's own name starting at k: capitalised words no other party's name
    takes (a capital the lexicon reads as its state is the town's name here); k where none."""
    end = k
    while end < len(tokens) and end - k < _LONGEST_NAME and tokens[end].is_word and tokens[end].is_cap \
            and not is_acronym(tokens[end], 7):
        if covered[end] and not any(m.start <= end < m.end and m.actor.type == "state" for m in mentions):
            break
        end += 1
    return end


def _named_body(
    tokens: list[Token], i: int, mentions: list[Mention], covered: list[bool], cues: Cues, lang: str
) -> tuple[Mention, str] | None:
    """A body noun with the place's own name: en "the City of Saint Anne" (a capitalised
    noun, "of", the name); uk/ru the noun and the place in the genitive ("мерії Львова",
    "правительство провинции Онтарио") or a place's adjective before it ("Львівська міська
    рада")."""
    hit = cues.local_bodies.longest_at(tokens, i)
    if hit is None:
        return None
    end, kind = hit[0], str(hit[1])
    if lang == "en":
        if end != i + 1 or not tokens[i].is_cap or end + 1 >= len(tokens) or tokens[end].low != "of":
            return None
        stop = _place_name(tokens, end + 1, covered, mentions)
        if stop == end + 1:
            return None
        label = " ".join([tokens[i].text.capitalize(), "of"] + [t.text for t in tokens[end + 1 : stop]])
        return _mention(tokens, i, stop, _body(label, lang), lang), kind
    stop = _place_name(tokens, end, covered, mentions) if end < len(tokens) else end
    head = _nominative(tokens[i:end], lang)
    if head is None:
        return None
    if stop > end:
        label = " ".join([head] + [t.text for t in tokens[end:stop]])
        return _mention(tokens, i, stop, _body(label, lang), lang), kind
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.is_cap and before.an.pos == "ADJF" and not covered[i - 1] \
            and not demonym_actor(before):
        # "Львівська міська рада": the place's adjective opens the body's name.
        words = nominative_phrase([t.text for t in tokens[i - 1 : end]], lang, leading=1)
        if words is None and before.an.case == "nomn":
            words = [t.text for t in tokens[i - 1 : end]]
        if words is not None:
            label = " ".join(words)
            return _mention(tokens, i - 1, end, _body(label[:1].upper() + label[1:], lang), lang), kind
    return None


def _nominative(words: list[Token], lang: str) -> str | None:
    """A uk/ru body noun phrase in the nominative, capitalised ("мерії" -> "Мерія")."""
    texts = [t.text for t in words]
    if all("nomn" in t.an.cases or not t.an.cases for t in words):
        phrase = texts
    else:
        phrase = nominative_phrase(texts, lang) or ([words[0].an.lemma] if len(words) == 1 and words[0].an.lemma else None)
    if not phrase:
        return None
    text = " ".join(phrase)
    return text[:1].upper() + text[1:]


def _government_of_name(
    tokens: list[Token], i: int, covered: list[bool], cues: Cues, memory: ActorMemory
) -> tuple[Mention, str] | None:
    """en "the Victorian government", "the Ontario provincial government", "NSW Government":
    a region's own government, named by a word that names no state the lexicon knows and no
    kind of government ("the Federal government", "Interim government")."""
    name = tokens[i]
    if not name.is_cap or demonym_actor(name) or name.low in cues.national_government_words:
        return None
    k = i + 1
    if k < len(tokens) and (tokens[k].keys & cues.subnational_words or tokens[k].low == "state"):
        k += 1  # "the Ontario provincial government", "the Victorian state government"
    if k >= len(tokens) or tokens[k].low != "government":
        return None
    if k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].is_cap:
        return None  # "the Ontario Government Employees Union": a longer name
    place = unknown_demonym(name, cues) or is_acronym(name, 5) or name.text[1:].islower() and (
        name.low not in memory.lower_case and name.low not in memory.lower_case_ahead)
    if not place:
        return None
    label = " ".join(t.text for t in tokens[i:k]) + " government"
    return _mention(tokens, i, k + 1, _body(label, "en"), "en"), "region"


def _named_again(
    tokens: list[Token], i: int, cues: Cues, memory: ActorMemory, lang: str
) -> tuple[Mention, str] | None:
    """The body noun alone ("the city", "council", "the state government", "мерія",
    "горсовет"): the body of that kind the article named before; nothing when it named none
    or when a name follows (another body: "the city of Rafah", "мерія Одеси")."""
    hit = cues.local_bodies.longest_at(tokens, i)
    if hit is None or str(hit[1]) not in memory.local_bodies:
        return None
    end, kind = hit[0], str(hit[1])
    after = tokens[end] if end < len(tokens) else None
    if after is not None and (after.is_word and after.is_cap or lang == "en" and after.low == "of"):
        return None
    if tokens[i].is_cap and i > 0 and lang == "en":
        return None  # "Council" inside a sentence: another body's own name
    before = tokens[i - 1] if i > 0 else None
    if lang == "en" and before is not None and before.low not in ("the", "this", "that") \
            and not (before.text in (",", "(") or i == 0):
        return None  # "a city", "every council": no body named before
    if lang != "en" and before is not None and before.is_word and before.an.pos == "ADJF":
        return None  # "Одеська міська рада", "новая мэрия": another body
    mention = _mention(tokens, i, end, memory.local_bodies[kind], lang)
    if lang == "en" and i > 1 and tokens[i - 2].low in closed_classes().prepositions \
            and tokens[i - 2].low not in closed_classes().agent_prepositions:
        mention.subject_ok = False  # "workers in the city": where they are
    return mention, kind


def _mention(tokens: list[Token], start: int, end: int, actor: Actor, lang: str) -> Mention:
    gender = "plur" if lang == "en" else (tokens[start].an.gender or "femn")
    if lang != "en":
        head = next((t for t in tokens[start:end] if t.an.pos == "NOUN"), tokens[start])
        gender = "plur" if head.an.number == "plur" else head.an.gender or "femn"
    return make_mention(tokens, start, end, actor, "name", gender, lang)
