"""Parties named by a role noun: "the union", "управління", "работодатель", "the Greens".

A role noun is the party the article named for that role (codebook section 7); a body of
a state is that state ("the Trump administration" is the United States); a company's
union is no part of the company. People named by what they are (miners, farmers,
lenders, rebels) are people_parties.py's.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Actor
from .demonyms import demonym_actor, demonym_span, unknown_demonym
from .lexicon import Cues, actor_lexicon, closed_classes, slug
from .mention import (
    ActorMemory,
    Mention,
    is_acronym,
    make_mention,
    principal,
    quoted_name,
    role_of,
)
from .morph import Token
from .people_parties import described_party, known_company, represented_party
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
                and (demonym_actor(tokens[end]) or unknown_demonym(tokens[end], cues)
                     # "Міністерство закордонних справ Азербайджану": a portfolio's words
                     # between the body and the state it belongs to
                     or not tokens[end].is_cap and not tokens[end + 1].is_cap
                     and any(m.start == end + 2 and m.actor.type == "state" for m in mentions))
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
        if maker is not None and following is None and known_company(maker.actor):
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
            described = described_party(tokens, start, end, i, lang)
            represented = represented_party(tokens, end, i, cues, lang) if described is None else None
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
