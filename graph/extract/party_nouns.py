"""Parties named by a noun: "the union", "управління", "работодатель", "miners", "the Greens".

A role noun is the party the article named for that role (codebook section 7); a body of
a state is that state ("the Trump administration" is the United States); people named by
what they are (miners, farmers, rebels) are a party, spoken for by their union or armed
group; group nouns with an actor ("радники Трампа", "European leaders") are that actor.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Actor
from .demonyms import demonym_actor, demonym_span, english_demonyms, unknown_demonym
from .lexicon import Cues, actor_lexicon, closed_classes, slug
from .mention import (
    WHOLE_SENTENCE,
    ActorMemory,
    Mention,
    is_acronym,
    latest_before,
    make_mention,
    nominative_word,
    principal,
    quoted_name,
    role_of,
)
from .morph import Token
from .translit import transliterate


def holds_other_role(actor: Actor, role: str, memory: ActorMemory) -> bool:
    """The actor is the party the article named for a role other than `role` ("the
    company" is not the union named as "Rail Signal Workers Union")."""
    return bool(role) and any(r != role and held.id == actor.id for r, held in memory.named_roles.items())


def learn_named_roles(tokens: list[Token], mentions: list[Mention], cues: Cues, memory: ActorMemory) -> None:
    """A name that ends in a role noun ("Riverside Nurses Association", "Riverside General
    Hospital") is the party that role noun means later in the article."""
    for mention in mentions:
        if mention.kind not in ("unknown", "name") or mention.end - mention.start < 2:
            continue
        # A name the lexicon knows may carry its role noun inside ("International
        # Association of Machinists"): its last role word counts; else the head word.
        words = tokens[mention.start:mention.end] if mention.kind == "name" else tokens[mention.end - 1:mention.end]
        role = ""
        for head in reversed(words):
            label = next((cues.generic_actors.get(k, k) for k in sorted(head.keys)
                          if k in cues.generic_actors or k in closed_classes().roles), "")
            role = role_of(label)
            if role:
                break
        if role == "union" and any(cues.generic_actors.get(k) == "employers" or k == "employers"
                                   for t in tokens[mention.start:mention.end] for k in t.keys):
            role = "employer"  # "Engineering Employers Federation": the employers' body, never the union
        # The European Union, the African Union: bodies the lexicon knows by name play no
        # labour role ("the association" later is no EU).
        if role and mention.actor.type != "state" and not mention.actor.wikidata:
            memory.named_roles[role] = mention.actor


def _same_body(label: str, role: str, token: Token, named: Actor) -> bool:
    """Whether a role noun can point back to the party the article named in that role.

    "the union" is the union named before; "an association", "a federation" is one only
    when the named party is called so ("the Pilots Association" ... "the association"):
    "Асоціація фермерів закликала ..." after a dockers' union is the farmers', not the
    union's (rule 5: a position given to the wrong party reads false)."""
    head = label.split()[-1]
    if head == role or role != "union":
        return True
    named_words = named.label.lower()
    stem = token.low[:5]
    return head in named_words or stem in named_words


def _bare_name(tokens: list[Token], k: int, cues: Cues, lang: str) -> int | None:
    """The end of a party's own name at k, right after the noun that introduces it ("the
    union Unite", "the union NEHAWU", "профспілка ВПЗУ"; quoted names: quoted_name): one
    capitalised word in English, an acronym in any language; never a month, a weekday, a
    demonym or a news agency."""
    if k >= len(tokens):
        return None
    token = tokens[k]
    if (
        not token.is_word
        or not token.is_cap
        or token.low in closed_classes().not_names
        or token.low in closed_classes().news_agencies
        or demonym_actor(token)
        or not token.keys.isdisjoint(cues.generic_actors)
    ):
        return None
    if not (is_acronym(token, 7) or lang == "en" and token.text[1:].islower()):
        return None
    if k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].is_cap:
        return None  # "the union Riverside Nurses": a longer name, read by unknown_names
    return k + 1


def _appositive_name(
    tokens: list[Token], end: int, cues: Cues, lang: str
) -> tuple[int, int] | None:
    """ "the union, Unite, ...", "профспілка, «Єдність», ...": a party's own name between
    commas right after the noun that names its role: where the name starts and ends. Not
    a list ("the union, Transnet, and the government")."""
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return None
    close = _bare_name(tokens, end + 1, cues, lang) or quoted_name(tokens, end + 1)
    if close is None or close >= len(tokens) or tokens[close].text != ",":
        return None
    after = tokens[close + 1] if close + 1 < len(tokens) else None
    if after is not None and after.low in closed_classes().and_words | closed_classes().or_words:
        return None
    return end + 1, close


def generic_actors(
    tokens: list[Token], mentions: list[Mention], cues: Cues, lang: str, memory: ActorMemory
) -> list[Mention]:
    """Parties named by a common noun ("the union", "management", "профспілка"), labelled
    in English so that one party has one node across languages."""
    taken = {k for m in mentions for k in range(m.start, m.end)}
    out: list[Mention] = []
    for i, token in enumerate(tokens):
        if i in taken or not token.is_word or out and i < out[-1].end:
            continue  # "the union representing nurses at state hospitals": inside a party's name
        label = next(
            (cues.generic_actors[k] for k in sorted(token.keys) if k in cues.generic_actors), ""
        )
        # "партія «Вперед»", "the party Forward": a noun that names a party only with its name.
        introducer = not label and (
            _bare_name(tokens, i + 1, cues, lang) is not None or quoted_name(tokens, i + 1) is not None
        )
        if introducer:
            label = next((cues.party_nouns[k] for k in sorted(token.keys) if k in cues.party_nouns), "")
        if not label:
            continue
        if lang in ("uk", "ru") and token.an.pos not in ("NOUN", "UNKN"):
            continue
        if out and out[-1].end == i:
            # "hospital management": two party nouns are one party.
            previous = out.pop()
            label = f"{previous.actor.label} {label}"
            start = previous.start
        else:
            start = i
        actor = Actor(id=slug(label), label=label, type="group")
        end = i + 1
        # "потребовал от правительства повышения зарплат": after "от", the act demanded of the
        # addressee is no part of its name
        addressee = start > 0 and tokens[start - 1].low in closed_classes().from_words
        while (
            lang in ("uk", "ru")
            and end < len(tokens)
            and end not in taken
            and not (
                addressee
                and tokens[end].an.pos == "NOUN"
                and (tokens[end].an.lemma or tokens[end].low).endswith(closed_classes().action_noun_endings or ("\0",))
            )
            and (
                tokens[end].an.pos == "NOUN"
                and "gent" in tokens[end].an.cases
                and not tokens[end].is_cap
                # "профспілка вчителів": a collective party the dictionary misreads as an adjective
                or "gent" in tokens[end].an.cases
                and not tokens[end].is_cap
                and not tokens[end].keys.isdisjoint(cues.collective_parties)
                or tokens[end].low in closed_classes().inflected_and_words
                and end + 1 < len(tokens)
                and "gent" in tokens[end + 1].an.cases
                and tokens[end + 1].an.pos == "NOUN"
                # "делегація кенійського уряду": a state's adjective before the genitive body
                or tokens[end].an.pos == "ADJF"
                and "gent" in tokens[end].an.cases
                and end + 1 < len(tokens)
                and end + 1 not in taken
                and "gent" in tokens[end + 1].an.cases
                and tokens[end + 1].an.pos == "NOUN"
                and (demonym_actor(tokens[end]) or unknown_demonym(tokens[end], cues))
                # "профспілка портових працівників", "профсоюз портовых рабочих": an adjective
                # of the people the body stands for
                or tokens[end].an.pos == "ADJF"
                and "gent" in tokens[end].an.cases
                and not tokens[end].is_cap
                and end + 1 < len(tokens)
                and end + 1 not in taken
                and "gent" in tokens[end + 1].an.cases
                and not tokens[end + 1].is_cap
                and not tokens[end + 1].keys.isdisjoint(cues.collective_parties)
            )
        ):
            end += 1
        # "адміністрація шахти", "администрация завода": the workplace's administration is the
        # employer the article named, else the workplace's own (never the state).
        workplace = label in ("management", "administration") and end > i + 1 and all(
            tokens[k].keys & cues.workplace_nouns for k in range(i + 1, end))
        if workplace and "employer" not in memory.named_roles:
            company = _company_in_union_name(memory)
            if company is not None:
                memory.named_roles["employer"] = company  # "руководство компании" after "профсоюз Samsung Electronics"
        # The state whose adjective stands inside the phrase ("представники перуанского
        # правительства"): the phrase is that state's body, as with one before it.
        inner = [k for k in range(i + 1, end) if tokens[k].an.pos == "ADJF"]
        # "Уряд Молдови", "Делегация Вооруженных сил Судана", "the Serbian government":
        # a body of a named state or organisation speaks for it (rule 6).
        following = next(
            (
                m
                for m in mentions
                if end <= m.start <= end + 1 and m.actor.type in ("state", "organisation") and (lang == "en" or m.genitive or m.start == end)
            ),
            None,
        )
        adjective, adjective_start = demonym_span(tokens, start - 1) if start > 0 else ("", start)
        if not adjective and lang == "en" and start > 1 and tokens[start - 1].low.isalpha() \
                and not tokens[start - 1].is_cap and tokens[start - 1].low not in closed_classes().determiners:
            # "the Dutch labour ministry", "the Kenyan trade ministry": the portfolio between.
            adjective, adjective_start = demonym_span(tokens, start - 2)
        # "Руританський уряд": a state's adjective the lexicon lacks; the body is that
        # state's, not the one the article is about.
        foreign = not adjective and start > 0 and unknown_demonym(tokens[start - 1], cues)
        if not adjective and not foreign and inner:
            adjective, adjective_start = demonym_actor(tokens[inner[0]]), start
            foreign = not adjective
        role = role_of(label)
        owner = next((m for m in mentions if m.end == start and m.genitive), None) if lang == "en" else None
        if (
            owner is not None
            and following is None
            and label in closed_classes().owned_bodies
            and owner.actor.type in ("state", "organisation")
        ):
            # "the Port Authority's board", "Russia's delegation": the owner's body speaks
            # for the owner (rule 6); "Transnet's union" is no part of Transnet.
            mentions.remove(owner)
            out.append(make_mention(tokens, owner.start, end, owner.actor, "generic", "plur", lang))
            continue
        maker = _union_maker(tokens, mentions, start) if lang == "en" and role == "union" else None
        if maker is not None and following is None and _known_company(maker.actor):
            # "the Toyota union", "Samsung's union": the union of a company is no part of it
            # (as "профспілка «Укрзалізниці»" below); the company is the employer.
            mentions.remove(maker)
            memory.named_roles["employer"] = maker.actor
            actor = Actor(id=slug(f"{maker.actor.label} union"), label=f"{maker.actor.label} union", type="organisation")
            memory.named_roles["union"] = actor
            out.append(make_mention(tokens, maker.start, end, actor, "name", "plur", lang))
            continue
        named = next((m for m in mentions if m.end == start and not m.genitive), None) if lang == "en" else None
        if named is None and lang == "en" and role and start >= 2 and start - 1 not in taken \
                and tokens[start - 1].is_cap and tokens[start - 1].is_word and not demonym_actor(tokens[start - 1]) \
                and tokens[start - 2].low in closed_classes().determiners:
            # "the Unite union", "the Verdi union": a one-word name the role noun closes.
            name = tokens[start - 1].text
            named = make_mention(tokens, start - 1, start, Actor(id=slug(name), label=name, type="organisation"),
                             "name", "plur", lang)
            mentions.append(named)
        if named is not None and role and following is None and named.kind != "pronoun" \
                and named.actor.type in ("organisation", "group", "person") and not named.actor.wikidata:
            # "the FNV Havens union", "the Unite union": the name the role noun closes (an
            # organisation, whatever its unknown name looked like); "the union" later in the
            # article is this one.
            mentions.remove(named)
            body = replace(named.actor, type="organisation")
            memory.named_roles[role] = body
            out.append(make_mention(tokens, named.start, end, body, "name", "plur", lang))
            continue
        if role == "union" and following is not None and following.actor.type == "state":
            # "профспілка гірників України": a union of a country is not the country.
            mentions.remove(following)
            end, following = following.end, None
        company = _company_of_union(tokens, mentions, end, following, lang) if role == "union" else None
        if company is not None:
            # "профсоюз Samsung Electronics (NSEU)", "профспілка «Укрзалізниці»": the union of
            # a company is no part of it; the company is the employer the article named.
            mentions.remove(company)
            employer = company.actor if company.actor.wikidata else replace(company.actor, type="organisation")
            memory.named_roles["employer"] = employer
            words = tuple(t.low for t in tokens[company.start : company.end] if t.is_word)
            if words and tokens[company.start].text[:1].isascii():
                memory.party_names[words] = (employer, "")
                memory.party_names.setdefault(words[:1], (employer, ""))  # "Samsung" alone later
            start, end = min(start, company.start), max(end, company.end)
            acronym = (
                tokens[end + 1].text
                if end + 2 < len(tokens) and tokens[end].text == "(" and tokens[end + 2].text == ")"
                and is_acronym(tokens[end + 1], 7)
                else ""
            )
            label = acronym or f"{employer.label} {label}"
            actor = Actor(id=slug(transliterate(label, lang)), label=label, type="organisation")
            memory.named_roles["union"] = actor
            out.append(make_mention(tokens, start, end, actor, "name", "plur", lang))
            continue
        if role == "union" and following is not None and following.kind == "unknown" and lang in ("uk", "ru"):
            # "профсоюз докеров порта Санкт-Петербург": a place in the union's description,
            # not the party (as a state is not, above).
            mentions.remove(following)
            end, following = following.end, None
        named = quoted_name(tokens, end) if following is None else None
        bare = _bare_name(tokens, end, cues, lang) if following is None and named is None else None
        appositive = (
            _appositive_name(tokens, end, cues, lang)
            if following is None and named is None and bare is None
            else None
        )
        if appositive is not None:
            # "The union, Unite, rejected ...", "the employer, Transnet,": the party's own name
            # in apposition (section 1).
            first, last = appositive
            quoted = tokens[first].text in ("«", "„", "“", '"')
            inner = tokens[first + 1 : last - 1] if quoted else tokens[first:last]
            name = " ".join(t.text for t in inner)
            latin = transliterate(name, lang)
            if quoted:
                head = tokens[start].text
                if lang in ("uk", "ru") and tokens[start].an.lemma:
                    head = tokens[start].an.lemma
                shown = f"{head[:1].upper()}{head[1:]} «{name}»"
                actor = Actor(id=slug(f"{latin} {label}"), label=shown, type="organisation")
            else:
                actor = Actor(id=slug(latin), label=latin, type="organisation")
            memory.party_names[tuple(t.low for t in inner)] = (actor, "")
            if role:
                memory.named_roles[role] = actor
            end = last
        elif bare is not None:
            # "the union Unite", "профспілка ВПЗУ": the party by its own name.
            name = tokens[end].text
            latin = transliterate(name, lang)
            actor = Actor(id=slug(latin), label=latin, type="organisation")
            memory.party_names[(tokens[end].low,)] = (actor, "")
            if role:
                memory.named_roles[role] = actor
            end = bare
        elif named is not None:
            # "профспілка освітян «Єдність»": the party by its own name, its role beside it.
            quoted = named > end
            name = " ".join(t.text for t in tokens[end + 1 : named - 1]) if quoted else \
                " ".join(t.an.lemma or t.low for t in tokens[start:named])
            words = [t.text for t in tokens[start:named]]
            if lang in ("uk", "ru") and named - start > 2 and tokens[start].an.case != "nomn" and tokens[start].an.lemma:
                words[0] = tokens[start].an.lemma  # "речниця компанії «Х»": the party is "Компанія «Х»"
            surface = " ".join(words).replace("« ", "«").replace(" »", "»")
            ident = transliterate(name, lang) + (" " + label if quoted else "")
            actor = Actor(id=slug(ident), label=surface[:1].upper() + surface[1:], type="organisation")
            if quoted:
                memory.party_names[tuple(t.low for t in tokens[end + 1 : named - 1])] = (actor, "")
            end = named
            if role:
                memory.named_roles[role] = actor
        elif role and role in memory.named_roles and not adjective and _same_body(label, role, token, memory.named_roles[role]):
            actor = memory.named_roles[role]  # "the union": the one the article named
        elif label == "administration" and following is None and not adjective and not foreign and (
                memory.named_roles.get("employer") or not workplace and memory.salient_state()):
            # "the administration": the employer the article named, else the state it is about.
            actor = memory.named_roles.get("employer") or memory.salient_state()
        elif following is not None and label not in closed_classes().government_bodies:
            actor, end = following.actor, following.end
        elif adjective and label not in closed_classes().government_bodies and role != "union":
            # "the Serbian delegation" is Serbia; "the British union" is no state (rule 6)
            actor, start = principal(actor_lexicon().entries[adjective]).actor, adjective_start
        elif label in closed_classes().government_bodies:
            local = any(tokens[k].keys & cues.subnational_words for k in range(max(0, start - 2), end))
            if following is not None:
                actor, end = following.actor, following.end
            elif adjective:
                actor, start = principal(actor_lexicon().entries[adjective]).actor, adjective_start
            elif local:
                pass  # "the Tyrol regional government", "обласна рада": a region's body, not the state's
            elif foreign:
                pass  # some state's body, unnamed: neither the one named before nor the home state
            elif any(m.end <= start and m.actor.type == "state" for m in mentions):
                # "ЛОНДОН — … переговорів з міністерством охорони здоров'я": the state named
                # before it in the same sentence (a dateline included).
                actor = [m.actor for m in mentions if m.end <= start and m.actor.type == "state"][-1]
            elif memory.salient_state() is not None:
                actor = memory.salient_state()
            elif cues.home_state in actor_lexicon().entries:
                # A ministry named with no state in a Ukrainian article is Ukraine's own.
                actor = actor_lexicon().entries[cues.home_state].actor
        if actor.type == "group" and label in closed_classes().plural_parties and end == i + 1 and (
                token.low != token.an.lemma if lang == "en"
                else token.an.number == "plur" or not token.an.number and token.low != token.an.lemma):
            # "Employers rejected", "роботодавці відкинули": no employer named, the employers
            # of a trade or a country as one side, a party a reader understands.
            actor = Actor(id=slug(label), label=label[:1].upper() + label[1:], type="group")
        if actor.type == "group" and (role in ("union", "employer") or workplace):
            described = _described_party(tokens, start, end, i, lang)
            represented = _represented_party(tokens, end, i, cues, lang) if described is None else None
            if represented is not None:
                # "the union representing 40,000 dockworkers": the party with whom it stands for.
                end, actor = represented
                memory.named_roles[role] = actor
            if described is not None:
                # "профсоюзы учителей", "the nurses' union": a party described by whom it
                # stands for; "the union" later in the article is this one.
                start, actor = described
                memory.named_roles[role] = actor
        out.append(make_mention(tokens, start, end, actor, "generic", "plur", lang))
    return out


def _union_maker(tokens: list[Token], mentions: list[Mention], start: int) -> Mention | None:
    """en: the mention right before a union noun, past a possessive mark and up to two
    lower-case words ("Samsung Electronics' largest union", "Toyota's main union", "the Ford
    workers' union"), else None."""
    k = start
    marked = False  # a possessive mark among the skipped words
    while k > 0 and start - k < 3 and (tokens[k - 1].text in ("'", "’")
                                       or tokens[k - 1].is_word and tokens[k - 1].text.islower()):
        marked = marked or tokens[k - 1].text in ("'", "’")
        k -= 1
        if any(m.end == k for m in mentions):
            break
    found = next((m for m in mentions if m.end == k), None)
    if found is None or k != start and not (found.genitive or marked):
        return None
    return found


def _employer_of_people(tokens: list[Token], i: int, start: int, mentions: list[Mention], cues: Cues,
                        lang: str) -> Mention | None:
    """The company whose employees the people noun at i names: right after it, past a
    workplace noun and a quote mark ("працівники заводу Volkswagen", "рабочие «Норникеля»"),
    after "at" in English ("workers at Boeing"), or right before it ("Toyota workers");
    only a company the lexicon knows."""
    if lang == "en":
        before = next((m for m in mentions if m.end == i), None)
        if before is not None and _known_company(before.actor):
            return before
        k = i + 2 if i + 1 < len(tokens) and tokens[i + 1].low == "at" else -1
        if 0 < k < len(tokens) and tokens[k].low == "the":
            # "workers at the Boeing plant": the company names their workplace
            found = next((m for m in mentions if m.start == k + 1), None)
            plant = found is not None and found.end < len(tokens) and bool(tokens[found.end].keys & cues.workplace_nouns)
            return found if plant and _known_company(found.actor) else None
    else:
        k = i + 1
        if k < len(tokens) and tokens[k].keys & cues.workplace_nouns:
            k += 1
        if k < len(tokens) and tokens[k].text in ("«", "„", "“", '"'):
            k += 1
    found = next((m for m in mentions if m.start == k), None) if k > 0 else None
    return found if found is not None and _known_company(found.actor) else None


def _company_in_union_name(memory: ActorMemory) -> Actor | None:
    """The company the lexicon knows whose name stands in the name of the union the
    article named ("National Samsung Electronics Union" -> Samsung Electronics), else None."""
    union = memory.named_roles.get("union") or next(
        (a for a, _ in reversed(memory.recent) if a.type == "organisation" and a.label.lower().endswith(" union")), None)
    if union is None:
        return None
    words = f" {union.label.lower()} "
    found = [entry.actor for entry in actor_lexicon().entries.values()
             if entry.company and f" {entry.actor.label.lower()} " in words]
    return max(found, key=lambda a: len(a.label), default=None)


def _known_company(actor: Actor) -> bool:
    """A company the lexicon knows (`company: true` in actors/companies.yaml)."""
    entry = actor_lexicon().entries.get(actor.id)
    return entry is not None and entry.company


def _company_of_union(
    tokens: list[Token], mentions: list[Mention], end: int, following: Mention | None, lang: str
) -> Mention | None:
    """The company a union noun names right after it: an organisation in the genitive
    ("профспілка «Укрзалізниці»") or, in uk/ru, a name in Latin letters ("профсоюз Samsung
    Electronics"), never a state; else None."""
    if end >= len(tokens):
        return None
    if lang == "en":
        # "the union at Toyota", "the union of Boeing machinists": the company after "at"/"of".
        return following if following is not None and following.actor.type == "organisation" \
            and following.start == end + 1 and tokens[end].low in ("at", "of") else None
    if lang not in ("uk", "ru"):
        return None
    if following is not None:
        latin = tokens[following.start].text[:1].isascii()  # "профсоюз Norvik Steel": no case
        # "профспілка «Укрзалізниці»": the quote mark stands between the noun and the name.
        at = end + 1 if tokens[end].text in ("«", "„", "“", '"') else end
        return following if following.actor.type == "organisation" and following.start == at \
            and (following.genitive or latin) else None
    first = tokens[end].text
    if not (first[:1].isascii() and first[:1].isalpha() and tokens[end].is_cap):
        return None
    found = next(
        (m for m in mentions if m.start == end and m.kind in ("unknown", "name") and m.actor.type != "state"),
        None,
    )
    if found is not None:
        return found
    # "профспілка працівників Nestle Ukraine": Latin words no finder read as one name
    stop = end
    while stop < len(tokens) and stop - end < 4 and tokens[stop].is_word and tokens[stop].text.isascii() \
            and tokens[stop].is_cap:
        stop += 1
    if any(m.start < stop and m.end > stop or m.start < end < m.end for m in mentions):
        return None
    inside = [m for m in mentions if end <= m.start and m.end <= stop]
    for m in inside:
        mentions.remove(m)
    name = " ".join(t.text for t in tokens[end:stop])
    company = Mention(end, stop, Actor(id=slug(name), label=name, type="organisation"), "name")
    mentions.append(company)
    return company


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
                and not _plural_verb_after(tokens, i):
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
    """The armed group (`own_party` in actors.yaml: M23, the ELN, Hamas) named in this
    sentence or last before it, or None."""
    entries = actor_lexicon().entries
    return latest_before(mentions, WHOLE_SENTENCE, memory, lambda a: a.id in entries and entries[a.id].own_party)


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


def _represented_party(
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


def _described_party(tokens: list[Token], start: int, end: int, head: int, lang: str) -> tuple[int, Actor] | None:
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
        if members is not None and members.genitive and members.actor.type == "organisation" \
                and members.actor.label.lower().split()[-1:] == ["union"]:
            # "Члены профсоюза «Норникеля» проголосовали против": the union's members are the union.
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
