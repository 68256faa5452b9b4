"""People named by what they are: "miners", "шахтарі", "кредитори", "the rebels", "farmers".

People named by their kind are a party of their own (codebook section 7), spoken for by
the union, lenders' committee or armed group the article named ("the miners" after the
miners' union; "the rebels" after M23); a group noun with its owner ("радники Трампа",
"European leaders") is that owner; a company's workers ("Toyota workers") are a side of
their own, the company their employer. The role nouns ("the union", "management") are
party_nouns.py's.
"""

from __future__ import annotations

import re

from ..models import Actor
from .demonyms import demonym_span, english_demonyms
from .lexicon import Cues, actor_lexicon, closed_classes, slug
from .mention import (
    WHOLE_SENTENCE,
    ActorMemory,
    Mention,
    latest_before,
    make_mention,
    nominative_word,
    principal,
)
from .morph import Token
from .translit import transliterate


def _employer_of_people(tokens: list[Token], i: int, start: int, mentions: list[Mention], cues: Cues,
                        lang: str) -> Mention | None:
    """The company whose employees the people noun at i names: right after it, past a
    workplace noun and a quote mark ("працівники заводу Volkswagen", "рабочие «Норникеля»"),
    after "at" in English ("workers at Boeing"), or right before it ("Toyota workers");
    only a company the lexicon knows."""
    if lang == "en":
        before = next((m for m in mentions if m.end == i), None)
        if before is not None and known_company(before.actor):
            return before
        k = i + 2 if i + 1 < len(tokens) and tokens[i + 1].low == "at" else -1
        if 0 < k < len(tokens) and tokens[k].low == "the":
            # "workers at the Boeing plant": the company names their workplace
            found = next((m for m in mentions if m.start == k + 1), None)
            plant = found is not None and found.end < len(tokens) and bool(tokens[found.end].keys & cues.workplace_nouns)
            return found if plant and known_company(found.actor) else None
    else:
        k = i + 1
        if k < len(tokens) and tokens[k].keys & cues.workplace_nouns:
            k += 1
        if k < len(tokens) and tokens[k].text in ("«", "„", "“", '"'):
            k += 1
    found = next((m for m in mentions if m.start == k), None) if k > 0 else None
    return found if found is not None and known_company(found.actor) else None


def known_company(actor: Actor) -> bool:
    """A company the lexicon knows (`company: true` in actors/companies.yaml)."""
    entry = actor_lexicon().entries.get(actor.id)
    return entry is not None and entry.company


def learn_party_families(tokens: list[Token], mentions: list[Mention], cues: Cues, memory: ActorMemory) -> None:
    """ "консервативна Австрійська народна партія (АНП)", "ліберальною партією НЕОС", "the
    conservative People's Party": a party named after its family's adjective (a party noun
    may stand between) is what that family's collective noun ("консерватори", "the
    Liberals") names later in the article."""
    if not cues.family_adjectives:
        return
    for mention in mentions:
        if mention.actor.type != "organisation" or mention.kind not in ("name", "unknown", "generic"):
            continue
        k = mention.start - 1
        if k >= 1 and not tokens[k].keys.isdisjoint(cues.party_nouns):
            k -= 1
        if k < 0 or tokens[k].is_cap and k > 0:
            continue
        family = next((cues.family_adjectives[key] for key in sorted(tokens[k].keys) if key in cues.family_adjectives), "")
        if family:
            memory.party_families[family] = mention.actor


def _plural_verb_after(tokens: list[Token], i: int) -> bool:
    """ "Медсестры требуют": a form the dictionary reads first as a genitive singular, but
    that may be a nominative, right before a plural verb: the plural subject."""
    return (
        "nomn" in tokens[i].an.cases
        and i + 1 < len(tokens)
        and tokens[i + 1].an.pos == "VERB"
        and tokens[i + 1].an.number == "plur"
    )


def collective_parties(
    tokens: list[Token], mentions: list[Mention], cues: Cues, lang: str, memory: ActorMemory
) -> list[Mention]:
    """People who negotiate as a body and are named by what they are ("the miners",
    "шахтарі", "повстанцы", "Polish farmers"): a party in its own right, labelled in
    English with its demonym ("Polish farmers" in any language), never the state the
    demonym names (farmers may oppose their government). Plural only: "a miner said" is
    one person, no party. Where the article named a body of theirs ("the Riverside Nurses
    Association", "профспілка шахтарів") or, for employees, a union, it speaks for them (rule 6)."""
    if not cues.collective_parties:
        return []
    taken = {k for m in mentions for k in range(m.start, m.end)}
    closed = closed_classes()
    out: list[Mention] = []
    for i, token in enumerate(tokens):
        if i in taken or not token.is_word or out and i < out[-1].end:
            continue
        named = _lender_body_named(tokens, i, cues, memory)
        if named is not None:
            out.append(named)
            continue
        body = _collective_body(tokens, i, taken, cues, mentions)
        if body is not None:
            # "opposition lawmakers": the members' word read as a role noun is part of the body
            mentions[:] = [m for m in mentions if not (m.kind == "generic" and body.start <= m.start < body.end)]
            out.append(body)
            continue
        held = _held_object(tokens, i, taken, cues, mentions)
        label = held or next((cues.collective_parties[k] for k in token.an.sorted_keys if k in cues.collective_parties), "")
        if not label or token.is_cap and i and lang != "en" and not label[:1].isupper():
            continue  # "Фермер", "Шахтар" inside a sentence: a surname or a name; "Зелені": a party
        if lang != "en" and token.an.pos in ("VERB", "INFN", "GRND"):
            continue  # "протестовали": the verb whose participle names the people ("протестующие")
        modifier = lang == "en" and label in closed.creditor_members and i + 1 < len(tokens) \
            and token.low == token.an.lemma and not tokens[i + 1].keys.isdisjoint(cues.lender_bodies)
        if held or modifier:
            pass  # "власники облігацій": the holders, whatever their number; "the bondholder group"
        elif lang == "en":
            if token.low == token.an.lemma and not token.low.endswith("men"):
                continue  # "a miner": one person
        elif (token.an.number == "sing" or token.an.number == "" and token.low == token.an.lemma) \
                and not _plural_verb_after(tokens, i) and not (_named_place(tokens, i, taken, mentions, cues)
                                                              and "nomn" in token.an.cases and token.low != token.an.lemma):
            continue  # "шахтар", "работник заявил": one person
        elif token.an.pos != "NOUN" and (i + 1 < len(tokens) and tokens[i + 1].an.pos in ("NOUN", "ADJF")):
            continue  # "рабочие места", "протестующие студенты": an adjective, not the people
        start = i
        demonym, first = demonym_span(tokens, i - 1) if i > 0 and i - 1 not in taken else ("", i)
        if demonym and not any(k in taken for k in range(first, i)):
            start = first
            label = f"{english_demonyms().get(demonym, '')} {label}".strip()
        elif lang == "en" and label[:1].isupper() and i > 1 and tokens[i - 1].is_cap and token.is_cap \
                and i - 1 not in taken and tokens[i - 1].low.isalpha():
            start = i - 1  # "the Social Democrats", "the Free Democrats": a party's name
            label = f"{tokens[i - 1].text} {label}"
        elif lang != "en" and label[:1].isupper() and i > 0 and i - 1 not in taken \
                and not tokens[i - 1].keys.isdisjoint(cues.party_family_adjectives):
            # "Християнські демократи", "Свободные демократы": the party family's own adjective
            # (named in the label; the mention stays on the noun, whose case the dictionary knows)
            label = f"{next(cues.party_family_adjectives[k] for k in tokens[i - 1].an.sorted_keys if k in cues.party_family_adjectives)} {label}"
        elif lang == "en":
            # "coal miners", "junior doctors", "air traffic controllers": up to two modifiers
            # "Instead Nurses demanded": a capitalised people noun inside a sentence takes no
            # capitalised word before it (the sentence's first word may be any word)
            while not (token.is_cap and tokens[start - 1].is_cap) and start > max(0, i - 2) \
                    and _people_modifier(tokens, start - 1, taken, closed) \
                    and tokens[start - 1].keys.isdisjoint(cues.speech_verbs):
                start -= 1  # not "said nurses": the verb of the report before the people
            if start < i and start > 0 and (tokens[start - 1].an.pos == "NPRO"
                                            or tokens[start - 1].low in closed.relative_pronouns):
                continue  # "It encouraged workers", "Which represents employees": a clause, no party
            label = " ".join([t.low for t in tokens[start:i]] + [label])
            if label.endswith(" funds") and tokens[i - 1].low not in closed.fund_kinds:
                continue  # "frozen funds": money, not lenders
        named_place = _named_place(tokens, i, taken, mentions, cues) \
            if start == i and not held and label not in closed.creditor_members and lang != "en" else None
        if named_place is not None:
            # "шахтарі Кузбасу", "докеры Николаева": the people of a named place, labelled as
            # English names them ("Kuzbas miners"); the place is no party, nor a surname.
            place_end, shown = named_place
            mentions[:] = [m for m in mentions if not (i < m.start < place_end)]
            taken |= set(range(i, place_end))
            shown = f"{shown} {label}"
            out.append(make_mention(tokens, i, place_end, Actor(id=slug(shown), label=shown, type="group"),
                                    "group", "plur", lang))
            continue
        place = _place_of_people(tokens, i, taken, cues) \
            if start == i and not held and label not in closed.creditor_members else None
        if place is not None:
            # "Residents of the border villages", "жителі прикордонних сіл": the people of a
            # place, labelled with it
            place_end, shown = place
            mentions[:] = [m for m in mentions if not (i < m.start and m.end <= place_end)]
            taken |= set(range(i, place_end))
            actor = Actor(id=slug(transliterate(shown, lang)), label=shown, type="group")
            out.append(make_mention(tokens, i, place_end, actor, "group", "plur", lang))
            continue
        if label in closed.place_people:
            continue  # "residents" of no place named: no party a reader can tell
        actor = _body_of(token, mentions, memory)
        if actor is None and start == i and label in memory.party_families:
            actor = memory.party_families[label]  # "консерватори" after "консервативна АНП"
        if actor is None and label.split()[-1] in closed.union_members:
            actor = memory.named_roles.get("union")  # "the doctors" after the doctors' union was named
        if actor is None and label.split()[-1] in closed.armed_members:
            actor = _armed_group_named(mentions, memory)  # "the rebels" after M23 was named
        if actor is None and label in closed.creditor_members:
            actor = _lenders_named(label, mentions, memory)  # "фонды" after the bondholders' group
            if actor is None and label in closed.vague_creditor_members:
                continue  # "Фонды", "investors" with no lenders named: no party a reader can tell
        if actor is None and start == i:
            # "the farmers" after "Polish farmers": the same people, named again.
            actor = next((a for a, _ in reversed(memory.recent)
                          if a.type == "group" and a.id.endswith("-" + slug(label))), None)
        employer = _employer_of_people(tokens, i, start, mentions, cues, lang) \
            if actor is None and label.split()[-1] in closed.union_members and not held else None
        if employer is not None:
            # "Робітники «АрселорМіттал»", "workers at Toyota", "Toyota workers": the company's
            # employees are a side of their own, and the company is the employer.
            mentions.remove(employer)
            memory.named_roles["employer"] = employer.actor
            shown = f"{employer.actor.label} {label}"
            actor = Actor(id=slug(shown), label=shown, type="group")
            start, stop = min(start, employer.start), max(i + 1, employer.end)
            out.append(make_mention(tokens, start, stop, actor, "group", "plur", lang))
            continue
        if actor is None:
            actor = Actor(id=slug(label), label=label[:1].upper() + label[1:], type="group")
        end = i + 2 if held or modifier else i + 1
        if label in closed.creditor_members:
            start, end = _lender_body_span(tokens, start, end, taken, cues, memory, actor, modifier)
        out.append(make_mention(tokens, start, end, actor, "group", "plur", lang))
    return out


def _lender_body_span(tokens: list[Token], start: int, end: int, taken: set[int], cues: Cues,
                      memory: ActorMemory, lenders: Actor, modifier: bool) -> tuple[int, int]:
    """A lenders' body named by its lenders ("комітет власників облігацій", "the committee
    of bondholders", "the bondholder group"): it speaks for them (rule 6); the article
    remembers its head, which alone later is it. Returns the span with the head."""
    if modifier:
        head = end - 1
    else:
        head = start - 2 if start >= 2 and cues.lang == "en" and tokens[start - 1].low == "of" else start - 1
        if head < 0 or head in taken or tokens[head].keys.isdisjoint(cues.lender_bodies):
            return start, end
        start = head
        while start > 0 and start - 1 not in taken and tokens[start - 1].an.pos == "ADJF":
            start -= 1  # "Спеціальним комітетом власників": its adjectives
    for key in tokens[head].keys & cues.lender_bodies:
        memory.lender_bodies[key] = lenders
    return start, end


def learn_body_heads(tokens: list[Token], mentions: list[Mention], cues: Cues, memory: ActorMemory) -> None:
    """ "the Joint Action Committee", "Координаційна рада «Рибалки Приазов'я»", "Объединённый
    комитет профсоюзов шахтёров": a body's own name no lexicon lists, of more than one word;
    its head noun alone later ("the committee", "Рада", "Комитет") is that body. The head
    is the first noun of a uk/ru name, a word before "of" in an English one."""
    if not cues.body_heads:
        return
    entries = actor_lexicon().entries
    for mention in mentions:
        if mention.actor.type != "organisation" or mention.actor.id in entries or mention.end - mention.start < 2:
            continue
        for k in range(mention.start, mention.end):
            token = tokens[k]
            if cues.lang == "en" and token.low in closed_classes().name_joins:
                break
            if not token.is_word:
                continue
            heads = token.keys & cues.body_heads
            if heads:
                for key in heads:
                    memory.body_heads[key] = mention.actor
                break
            if cues.lang != "en" and token.an.pos == "NOUN":
                break


def _lender_body_named(tokens: list[Token], i: int, cues: Cues, memory: ActorMemory) -> Mention | None:
    """ "Комітет тоді вимагав", "the committee rejected": the head of the lenders' body the
    article named, alone (no genitive or "of" after it), is that body's lenders; the head
    of a body the article named by its own name is that body."""
    bodies = memory.body_heads
    if not memory.lender_bodies and not bodies or tokens[i].keys.isdisjoint(memory.lender_bodies) \
            and tokens[i].keys.isdisjoint(bodies):
        return None
    if cues.lang != "en" and i > 0 and tokens[i - 1].an.pos == "ADJF" and tokens[i - 1].is_word:
        return None  # "парламентський комітет": another body
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and (after.low == "of" or after.is_word and after.is_cap or cues.lang != "en" and after.is_word
                              and after.an.pos in ("NOUN", "ADJF") and "gent" in after.an.cases):
        return None  # "комітет парламенту", "Комітет Верховної Ради", "the committee of experts": another body
    if cues.lang == "en" and (i == 0 or tokens[i - 1].low not in closed_classes().definite_pointers | {"the"}):
        return None
    lenders = sorted(tokens[i].keys & set(memory.lender_bodies))
    actor = memory.lender_bodies[lenders[0]] if lenders else bodies[sorted(tokens[i].keys & set(bodies))[0]]
    return make_mention(tokens, i, i + 1, actor, "group", tokens[i].an.gender or "masc", cues.lang)


def _collective_body(tokens: list[Token], i: int, taken: set[int], cues: Cues,
                     mentions: list[Mention] = ()) -> Mention | None:
    """A singular noun that names a collective party by itself ("the opposition", "білоруська
    опозиція", "opposition lawmakers", "оппозиционные депутаты"): a group labelled with the
    demonym before it ("Belarusian opposition"), never the state the demonym names. Not a
    stance ("opposition to the deal"); an adjective of one only before a word of its members."""
    token = tokens[i]
    if cues.collective_bodies.keys().isdisjoint(token.an.lemmas):
        return None  # most words: asked of every word of every sentence
    label = next((cues.collective_bodies[k] for k in token.an.sorted_keys if k in cues.collective_bodies), "")
    if not label or token.is_cap and i and cues.lang != "en":
        return None  # "Опозиція" inside a sentence: a party's own name, read elsewhere
    lang = cues.lang
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    # "opposition lawmakers"; not "a veteran opposition politician", one person of it
    members = after is not None and after.is_word and not after.keys.isdisjoint(cues.body_members) and (
        after.low != after.an.lemma if lang == "en" else after.an.number == "plur")
    if lang != "en" and token.an.pos != "NOUN" and not members:
        return None  # "опозиційний курс": an adjective of no party
    if lang != "en" and token.an.pos == "NOUN" and token.an.cases and "nomn" not in token.an.cases \
            and i > 0 and tokens[i - 1].an.pos == "NOUN":
        return None  # "лідер опозиції": the genitive of another party's noun (read by the groups)
    if after is not None and not after.keys.isdisjoint(cues.stance_prepositions):
        return None  # "opposition to the deal", "опозиція до уряду": a stance
    if not members and after is not None and (
            not after.keys.isdisjoint(cues.body_members) or cues.titles.longest_at(tokens, i + 1)):
        return None  # "an opposition politician", "opposition leader X": one person of it
    start = i
    demonym, first = demonym_span(tokens, i - 1) if i > 0 and i - 1 not in taken else ("", i)
    if demonym and not any(k in taken for k in range(first, i)):
        start = first
        label = f"{english_demonyms().get(demonym, '')} {label}".strip()
    elif not demonym and (state := _opening_place(tokens, i, mentions)):
        # "In Jakarta, opposition lawmakers rejected X": the opposition of the state the
        # sentence opens in
        label = f"{english_demonyms().get(state, '')} {label}".strip()
    end = i + 2 if members else i + 1
    actor = Actor(id=slug(label), label=label[:1].upper() + label[1:], type="group")
    return make_mention(tokens, start, end, actor, "group", "plur" if members else "neut" if lang == "en" else token.an.gender or "femn", lang)


def _opening_place(tokens: list[Token], i: int, mentions: list[Mention]) -> str:
    """The state a sentence opens in ("In Jakarta, ...", "У Тбілісі ...", "В Белграде ..."):
    the lexicon id of the state a place mention right after the opening "in" stands for,
    when the place comes before position i; else ""."""
    if not tokens or tokens[0].low not in closed_classes().place_openers:
        return ""
    place = next((m for m in mentions if m.start == 1 and m.end <= i), None)
    if place is None:
        return ""
    entries = actor_lexicon().entries
    entry = entries.get(place.actor.id)
    if place.actor.type == "state":
        return place.actor.id
    if entry is not None and entry.country in entries and entries[entry.country].actor.type == "state":
        return entry.country
    return ""


def _held_object(tokens: list[Token], i: int, taken: set[int], cues: Cues, mentions: list[Mention]) -> str:
    """The label of lenders named by a holder noun and what they hold ("власники облігацій",
    "держателей еврооблигаций" -> "bondholders"), or "". What they hold, read as an unknown
    name ("ВВП-варантів"), is no party."""
    if tokens[i].keys.isdisjoint(cues.holder_nouns) or i + 1 >= len(tokens):
        return ""
    held = next((cues.held_objects[k] for k in tokens[i + 1].an.sorted_keys if k in cues.held_objects), "")
    inside = [m for m in mentions if m.start <= i + 1 < m.end]
    if not held or inside and any(m.kind != "unknown" or m.end - m.start > 1 for m in inside):
        return ""
    for m in inside:
        mentions.remove(m)
    return held


def _lenders_named(label: str, mentions: list[Mention], memory: ActorMemory) -> Actor | None:
    """The lenders' body the article named for lenders named by a common noun: a body
    whose name holds the same word ("bondholders" -> the Ad Hoc Group of Bondholders); for a
    vague word ("funds", "investors"), any lenders' body or group named before."""
    closed = closed_classes()
    stem = label.split()[-1].rstrip("s")

    def lenders(actor: Actor, stems: tuple[str, ...]) -> bool:
        return actor.type in ("organisation", "group") and not actor.wikidata and any(
            word.lower().strip("'’").startswith(stems) for word in actor.label.split())

    found = latest_before(mentions, WHOLE_SENTENCE, memory,
                          lambda a: a.type == "organisation" and lenders(a, (stem,)))
    if found is None and label in closed.vague_creditor_members:
        found = latest_before(mentions, WHOLE_SENTENCE, memory,
                              lambda a: a.label.lower() != label and lenders(a, closed.creditor_stems))
    return found


def _armed_group_named(mentions: list[Mention], memory: ActorMemory) -> Actor | None:
    """The armed group named in this sentence or last before it, or None: one of actors.yaml
    (`own_party`: M23, the ELN, Hamas), or an organisation no lexicon lists whose name says
    it is one ("the Karenni Liberation Front", "Рух «Свобода»": `armed_group_heads`)."""
    entries = actor_lexicon().entries
    heads = closed_classes().armed_group_heads

    def armed(actor: Actor) -> bool:
        if actor.id in entries:
            return entries[actor.id].own_party
        return actor.type == "organisation" and not heads.isdisjoint(re.split(r"[\s-]+", actor.label.lower()))

    return latest_before(mentions, WHOLE_SENTENCE, memory, armed)


def _place_of_people(tokens: list[Token], i: int, taken: set[int], cues: Cues) -> tuple[int, str] | None:
    """The place a collective noun at i names its people by, when short: "of/in/from" and up
    to four words before the verb ("Residents of the border villages", "Farmers in the Mekong
    delta"), or in uk/ru a genitive phrase of up to three words ("жителі прикордонних сіл",
    "жители приграничных районов"). Returns the end and the label, or None."""
    from .organisation_names import verb_follows

    closed = closed_classes()
    lang = cues.lang
    k = i + 1
    if lang == "en":
        if k >= len(tokens) or tokens[k].low not in ("of", "in", "from"):
            return None
        k += 1
        if k < len(tokens) and tokens[k].low == "the":
            k += 1
        first = k
        while k < len(tokens) and tokens[k].is_word and k - first < 5 and not verb_follows(tokens, k, cues) \
                and tokens[k].an.pos not in ("VERB", "PREP", "CONJ", "DET") and tokens[k].low not in closed.and_words \
                and tokens[k].low not in closed.not_names - {"the"}:
            k += 1
        if k == first or k - first > 4 or not verb_follows(tokens, k, cues):
            return None
        if k - first <= 2 and all(t.is_cap for t in tokens[first:k]) and tokens[first - 1].low != "the":
            # "the nurses of Ontario", "dockers in Mombasa": a named place, before them as
            # its people are named ("Ontario nurses")
            return k, " ".join([t.text for t in tokens[first:k]] + [tokens[i].low])
        label = " ".join(t.text for t in tokens[i:k])
        return k, label[:1].upper() + label[1:]
    if tokens[i].an.number == "sing" or "nomn" not in tokens[i].an.cases:
        return None
    first = k
    while k < len(tokens) and k - first < 3 and tokens[k].is_word and k not in taken \
            and tokens[k].an.pos in ("NOUN", "ADJF") and "gent" in tokens[k].an.cases:
        k += 1
    while k > first and tokens[k - 1].an.pos == "ADJF":
        k -= 1  # the place ends in a noun
    if k == first or not verb_follows(tokens, k, cues):
        return None
    label = " ".join(t.text for t in tokens[i:k])
    return k, label[:1].upper() + label[1:]


def _named_place(tokens: list[Token], i: int, taken: set[int], mentions: list[Mention],
                 cues: Cues) -> tuple[int, str] | None:
    """uk/ru: a capitalised genitive right after a people noun, before their verb ("Шахтарі
    Кузбасу вимагають", "Докеры Николаева требуют"): the place the people are of. Returns
    its end and its name romanised from its dictionary form ("Kuzbas"), or None. A name the
    lexicon knows (a party, a state) is not read so; an unknown one (a surname guess) is."""
    from .organisation_names import verb_follows

    k = i + 1
    if k + 1 >= len(tokens):
        return None
    place = tokens[k]
    if not (place.is_word and place.is_cap and place.text[:1].isalpha() and "gent" in place.an.cases):
        return None
    if k in taken and not any(m.start == k and m.end == k + 1 and m.kind == "unknown" for m in mentions):
        return None
    if not (verb_follows(tokens, k + 1, cues) or tokens[k + 1].text == ","):
        return None
    name = transliterate(place.an.lemma or place.low, cues.lang)
    return k + 1, name[:1].upper() + name[1:]


def _people_modifier(tokens: list[Token], k: int, taken: set[int], closed) -> bool:
    """Whether an English word before a collective noun says which people ("coal",
    "junior", "striking"): lower case (or the sentence's first word), no closed-class word."""
    token = tokens[k]
    if k > 0 and tokens[k - 1].low == "to" and k + 2 < len(tokens) and tokens[k + 2].text in ("'", "’"):
        return False  # "to freeze teachers' pay": the verb of an infinitive, not which teachers
    return (k not in taken and token.is_word and token.low.isalpha() and (not token.is_cap or k == 0)
            and token.an.pos != "NPRO" and token.low not in closed.relative_pronouns
            and token.low not in closed.determiners | closed.auxiliaries | closed.prepositions
            | closed.and_words | closed.complementizers and not token.low.endswith("ly"))


def _body_of(people: Token, mentions: list[Mention], memory: ActorMemory) -> Actor | None:
    """The organisation named in this sentence or before whose name holds the word for
    these people ("pilots" -> the SkyNord Pilots Association), else None."""
    stems = {people.low[:5], people.an.lemma[:5]}
    return latest_before(
        mentions, WHOLE_SENTENCE, memory,
        lambda actor: actor.type == "organisation"
        and any(word.lower().strip("'’")[:5] in stems for word in actor.label.split() if len(word) > 4),
    )


def represented_party(
    tokens: list[Token], end: int, head: int, cues: Cues, lang: str
) -> tuple[int, Actor] | None:
    """A union or employer named by whom it represents ("the union representing 40,000
    dockworkers", "профспілка, що представляє докерів", "профсоюз, представляющий
    шахтёров"): the head, the verb and the people, up to a preposition, verb or comma."""
    k = end + 1 if end < len(tokens) and tokens[end].text == "," and lang != "en" else end
    hit = cues.representing.longest_at(tokens, k) if k < len(tokens) else None
    if not hit:
        return None
    stop = hit[0]
    closed = closed_classes()
    while stop < len(tokens) and stop - hit[0] < 6 and tokens[stop].is_word \
            and tokens[stop].an.pos not in ("VERB", "INFN", "CONJ", "PRTF", "GRND") \
            and tokens[stop].low not in closed.and_words | closed.or_words | closed.auxiliaries \
            and not tokens[stop].keys & cues.stop_heads and not cues.cue_index.longest_at(tokens, stop) \
            and not (lang == "en" and tokens[stop].low.endswith("ed")):
        stop += 1
    people = tokens[hit[0] : stop]
    if not people or not any(t.an.pos in ("NOUN", "UNKN") and not t.text[:1].isdigit() for t in people):
        return None
    words = [nominative_word(tokens[head])] + [t.text for t in tokens[k:stop]]
    label = " ".join(words)
    ident = " ".join([tokens[head].an.lemma or tokens[head].low] + [t.low for t in tokens[k:stop]])
    if stop < len(tokens) and tokens[stop].text == "," and lang != "en":
        stop += 1  # "профспілка, що представляє докерів, вимагає": the clause closes
    return stop, Actor(id=slug(transliterate(ident, lang)), label=label[:1].upper() + label[1:], type="organisation")


def described_party(tokens: list[Token], start: int, end: int, head: int, lang: str) -> tuple[int, Actor] | None:
    """A union or employer named by the people it stands for, with no name of its own:
    a genitive after the noun ("профспілка медсестер", "профсоюзы учителей") or a
    possessive before it ("the nurses' union", "Argentine teachers' unions"). Returns the
    mention's start and the party, labelled as written (the head in the nominative)."""
    if lang in ("uk", "ru"):
        if end <= head + 1:
            return None
        words = [nominative_word(tokens[head])] + [t.text for t in tokens[head + 1 : end]]
        ident = " ".join([tokens[head].an.lemma or tokens[head].low] + [t.low for t in tokens[head + 1 : end]])
        label = " ".join(words)
        return start, Actor(id=slug(transliterate(ident, lang)), label=label[:1].upper() + label[1:], type="organisation")
    k = start - 1
    if k < 1 or tokens[k].text not in ("'", "’") or not tokens[k - 1].is_word or not tokens[k - 1].low.endswith("s"):
        return None
    first = k - 1
    if first > 0 and tokens[first - 1].is_cap and tokens[first - 1].low not in closed_classes().determiners:
        first -= 1  # "Argentine teachers' union"
    label = " ".join(t.text for t in tokens[first:end]).replace(" '", "'").replace(" ’", "’")
    label = label[:1].upper() + label[1:]
    return first, Actor(id=slug(label.replace("'", "").replace("’", "")), label=label, type="organisation")


def attach_groups(
    tokens: list[Token], mentions: list[Mention], cues: Cues, lang: str
) -> list[Mention]:
    """Group nouns next to an actor or a demonym: "радники Трампа", "European leaders"."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    out = list(mentions)
    taken = {k for m in mentions for k in range(m.start, m.end)}
    for i, token in enumerate(tokens):
        members = by_start.get(i + 1) if i not in taken and token.low in cues.member_nouns else None
        if members is not None and members.genitive and (
            members.kind == "generic"
            or members.actor.type == "organisation" and members.actor.label.lower().split()[-1:] == ["union"]
        ):
            # "Члены профсоюза «Норникеля» проголосовали против": the union's members are the union;
            # so are a body named by its noun ("члены ассоциации перевозчиков"), but not a bloc's
            # ("члены НАТО" are its member states).
            out.remove(members)
            out.append(make_mention(tokens, i, members.end, members.actor, "name", "plur", lang))
            continue
        if i in taken or not token.is_word or token.keys.isdisjoint(cues.groups):
            continue
        # "радники Трампа" / "advisers to Trump": the actor follows.
        following = by_start.get(i + 1)
        if (
            following is None
            and i + 2 < len(tokens)
            and tokens[i + 1].low in closed_classes().title_prepositions
        ):
            following = by_start.get(i + 2)
        if following is not None and (lang == "en" or following.genitive):
            out.remove(following)
            # "advisers to Trump", "радники Трампа"; not "adviser Jane Doe", a title and a name
            owner = following.genitive or following.start == i + 2
            members = _members_of(following.actor, token, cues) if owner else following.actor
            merged = make_mention(tokens, i, following.end, members, "group", "plur", lang)
            out.append(merged)
            continue
        # "Trump's advisers" / "European leaders" / "кремлівський чиновник".
        preceding = by_end.get(i)
        if preceding is None and i > 0 and tokens[i - 1].low in ("'s", "’s") and by_end.get(i - 1):
            preceding = by_end.get(i - 1)
        if preceding is not None:
            out.remove(preceding)
            out.append(
                make_mention(tokens, preceding.start, i + 1, _members_of(preceding.actor, token, cues), "group", "plur", lang)
            )
            continue
        for back in (1, 2):
            k = i - back
            if k < 0 or k in taken:
                break
            actor_id, first = demonym_span(tokens, k)
            if actor_id and not any(n in taken for n in range(first, k)):
                entry = principal(actor_lexicon().entries[actor_id])
                out.append(make_mention(tokens, first, i + 1, entry.actor, "group", "plur", lang))
                break
    out.sort(key=lambda m: m.start)
    return out


def _members_of(actor: Actor, noun: Token, cues: Cues) -> Actor:
    """Who a group noun beside an actor names: officials and diplomats speak for their
    principal (rule 6), but a person's advisers float plans of their own ("радники
    Трампа" is the named group Trump's advisers, codebook section 1)."""
    if actor.type != "person" or noun.keys.isdisjoint(cues.entourage):
        return actor
    return Actor(id=f"{actor.id}-advisers", label=f"{actor.label}'s advisers", type="group")
