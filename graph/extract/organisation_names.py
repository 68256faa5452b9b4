"""Names of organisations and parties the lexicon does not list.

A party noun with its own name ("the union Unite", "партія «Вперед»", "the FNV Havens
union"), acronyms that are the subject of a cue verb ("NEHAWU demanded"), and names the
article introduced before ("Unite" alone, later).
"""

from __future__ import annotations

from ..models import Actor
from .demonyms import demonym_actor
from .lexicon import Cues, actor_lexicon, closed_classes, slug
from .mention import ActorMemory, Mention, is_acronym, make_mention, quoted_name, role_of
from .morph import Token, english_word
from .translit import transliterate

_NAME_OPENERS = frozenset({"«", "„", "“", '"', "(", ":", "—", "–", "-"})


def organisation_names(
    tokens: list[Token],
    mentions: list[Mention],
    covered: list[bool],
    cues: Cues,
    memory: ActorMemory,
    lang: str,
) -> list[Mention]:
    """Section 1: an organisation's own name that no lexicon lists, written with only its
    first word capitalised ("Федерація профспілок України", "Национальная ассоциация
    медсестер") or with lower-case links ("Confederation of South African Trade Unions",
    "Alliance for Change"): one organisation labelled with the whole name (a uk/ru name in
    the nominative). A state named at its end ("... України", "... of South Africa") is part
    of the name, not a party of its own. At a sentence's start a capitalised common phrase
    ("Профспілка медсестер вимагає") is no name: it needs an adjective before the head, a
    capitalised word after it, or a head that is no role noun ("Федерація ...")."""
    if not cues.name_heads:
        return mentions
    by_start = {m.start: m for m in mentions}
    i = 0
    while i < len(tokens):
        found = (
            _english_organisation(tokens, i, covered, by_start, cues)
            if lang == "en"
            else _slavic_organisation(tokens, i, covered, by_start, cues)
        )
        if found is None:
            i += 1
            continue
        end, head = found
        absorbed = [m for m in mentions if i <= m.start and m.end <= end]
        mentions = [m for m in mentions if m not in absorbed]
        words = tokens[i:end]
        if lang == "en":
            label = " ".join(t.text for t in words)
            ident = label
        else:
            label = " ".join(
                _nominative_form(t, lang) if k <= head - i else t.text for k, t in enumerate(words)
            )
            label = label[:1].upper() + label[1:]
            label = label.replace("« ", "«").replace(" »", "»").replace("„ ", "„").replace(" “", "“")
            ident = transliterate(label, lang)
            if words[-1].text in ("»", "“", "”", '"') and end - head > 3:
                # the quoted name alone later ("«Рибалки Приазов'я» відкидають") is this body
                inner = tuple(t.low for t in tokens[head + 2 : end - 1])
                memory.party_names[inner] = (Actor(id=slug(ident), label=label, type="organisation"),
                                             tokens[head].an.gender)
        actor = Actor(id=slug(ident), label=label, type="organisation")
        mention = make_mention(tokens, i, end, actor, "unknown", tokens[head].an.gender, lang)
        mentions.append(mention)
        memory.party_names[tuple(t.low for t in words)] = (actor, tokens[head].an.gender)
        if len(words) > 2 and lang == "en" and _name_number(words[-1]) and words[-2].is_cap:
            # "District 751" later alone is this party
            memory.party_names[(words[-2].low, words[-1].low)] = (actor, tokens[head].an.gender)
        role = _name_role(words, head - i, cues)
        if role:
            memory.named_roles[role] = actor
        for k in range(i, end):
            covered[k] = True
        i = end
    return mentions


def names_around_aliases(
    tokens: list[Token],
    mentions: list[Mention],
    covered: list[bool],
    cues: Cues,
    memory: ActorMemory,
    lang: str,
) -> list[Mention]:
    """Section 1: a lexicon alias inside a longer proper name names another party ("Toronto
    Transit Commission" is no European Commission, "Kenya Red Cross" no ICRC, "Paris Transport
    Authority" and "Vatican Bank" no state): capitalised words before a body's alias, or after
    a state's or a body's alias up to an organisation's head noun, make one organisation,
    labelled with the whole name. Not a title ("Kyiv Mayor X"), an owner's body ("UN Security
    Council"), a state's government ("Kenya Government", "Ukraine Foreign Ministry"), nor the
    body's own state before it ("Russian State Duma"). uk/ru names are read by
    `organisation_names`, whose head may be an alias ("Конгрес українців Канади")."""
    if lang != "en":
        return mentions
    lex = actor_lexicon()
    out = list(mentions)
    for m in mentions:
        if m not in out or m.kind != "name" or m.actor.type not in ("organisation", "state") or m.genitive:
            continue
        entry = lex.entries.get(m.actor.id)
        start = _name_words_before(tokens, m, out, entry.country if entry else "", memory, cues)
        end, head = _name_words_after(tokens, m.end, covered, cues)
        if start == m.start and end == m.end:
            continue
        if end == m.end and m.actor.type != "organisation":
            continue  # only a body's alias is the head of words before it
        if head < 0:
            head = m.end - 1
        label = " ".join(t.text for t in tokens[start:end])
        actor = Actor(id=slug(label), label=label, type="organisation")
        out = [o for o in out if not (start <= o.start and o.end <= end)]
        mention = make_mention(tokens, start, end, actor, "unknown", "", lang)
        out.append(mention)
        memory.party_names[tuple(t.low for t in tokens[start:end])] = (actor, "")
        role = _name_role(tokens[start:end], head - start, cues)
        if role:
            memory.named_roles[role] = actor
        for k in range(start, end):
            covered[k] = True
    out.sort(key=lambda o: o.start)
    return out


def _name_word(token: Token, cues: Cues, tokens: list[Token]) -> bool:
    """A capitalised word that may be part of an English proper name (not a title's)."""
    return (
        token.is_word
        and token.is_cap
        and token.low not in closed_classes().not_names
        and token.low not in closed_classes().news_agencies
        and not demonym_actor(token)
        and cues.titles.longest_at(tokens, token.i) is None
    )


def _name_words_before(
    tokens: list[Token], m: Mention, mentions: list[Mention], country: str, memory: ActorMemory, cues: Cues
) -> int:
    """Where a name that ends in a body's alias starts: the capitalised words right before
    it ("Toronto Transit Commission"), and a state named before them that is not the body's
    own ("Kenya Red Cross", not "US Senate"). A sentence's first word that is an English
    word joins only with another name word after it ("Later Congress rejected" is Congress)."""
    if m.actor.type != "organisation" or m.start == 0:
        return m.start
    if not all(english_word(t.low) for t in tokens[m.start : m.end]):
        return m.start  # "Hamas", "NATO": a proper name, never the head of a longer one
    k = m.start
    while k > 0:
        token = tokens[k - 1]
        before = next((o for o in mentions if o.end == k), None)
        if before is not None:
            if (
                before.kind == "name"
                and before.actor.type == "state"
                and before.actor.id != country
                and before.end - before.start == 1
                and not before.genitive
            ):
                k = before.start  # "Kenya Red Cross"
            break
        if not _name_word(token, cues, tokens) or token.low.endswith(("'s", "’s")):
            break
        k -= 1
    first = tokens[k] if k < m.start else None
    if first is not None and k == 0 and k + 1 == m.start and english_word(first.low) \
            and first.low not in memory.capitalised:
        return m.start  # "Transit Commission", "Later Congress": a word opening the sentence
    return k


def _name_words_after(tokens: list[Token], end: int, covered: list[bool], cues: Cues) -> tuple[int, int]:
    """The end of a name that continues after an alias ("Paris Transport Authority", "Moscow
    Metro Workers Union", "Vatican Bank") and its head's position: capitalised words, joined
    by "of", "for", "and", up to the last organisation noun; (end, -1) when none follows or
    the head is a state's own body ("Kenya Government", "Ukraine Foreign Ministry")."""
    from .person_names import organisation_word

    closed = closed_classes()
    k = end
    last = (end, -1)
    while k < len(tokens):
        token = tokens[k]
        if covered[k] or not _name_word(token, cues, tokens):
            if token.low in closed.name_joins and k > end and k + 1 < len(tokens) \
                    and not covered[k + 1] and _name_word(tokens[k + 1], cues, tokens):
                k += 1
                continue
            break
        if organisation_word(token) or _is_head(token, cues):
            last = (k + 1, k)
        k += 1
    if last[1] >= 0:
        head = tokens[last[1]]
        bodies = closed.government_bodies | closed.owned_bodies
        if any(cues.generic_actors.get(key) in bodies | {"army"} for key in head.keys):
            return end, -1
    return last


def _name_role(words: list[Token], head: int, cues: Cues) -> str:
    """The role an organisation's name gives it: a role noun after the head decides
    ("Федерація роботодавців" is the employer), else the head ("association" -> union)."""
    for token in words[head + 1 :]:
        role = next(
            (role_of(cues.generic_actors[k]) for k in sorted(token.keys) if k in cues.generic_actors),
            "",
        )
        if role:
            return role
    head_token = words[head]
    label = next((cues.name_heads[k] for k in sorted(head_token.keys) if k in cues.name_heads), "")
    return role_of(label)


def _is_head(token: Token, cues: Cues) -> bool:
    return token.is_word and not token.keys.isdisjoint(cues.name_heads)


def _slavic_organisation(
    tokens: list[Token], i: int, covered: list[bool], by_start: dict[int, Mention], cues: Cues
) -> tuple[int, int] | None:
    """[i, end) and the head's position of a uk/ru organisation name starting at i."""
    first = tokens[i]
    if covered[i] and not _alias_head(tokens, i, by_start, cues) or not first.is_word or not first.is_cap \
            or first.text.isupper():
        return None
    head = i
    while (
        head < len(tokens)
        and head - i < 2
        and tokens[head].an.pos in ("ADJF", "PRTF")  # "Объединённый комитет"
        and not _is_head(tokens[head], cues)
    ):
        head += 1
    if head >= len(tokens) or covered[head] and not _alias_head(tokens, head, by_start, cues) \
            or not _is_head(tokens[head], cues):
        return None
    if tokens[head].an.pos != "NOUN":
        return None
    if head > i and not all(tokens[k].text.islower() for k in range(i + 1, head + 1)):
        return None
    end = head + 1
    capital_in_tail = False
    if end < len(tokens) and tokens[end].low in cues.name_prepositions and tokens[head].is_cap:
        end = _prepositional_tail(tokens, end, covered)  # "Рух за справедливість і рівність"
    genitive_tail = end == head + 1
    while genitive_tail and end < len(tokens) and end - head <= 5:
        token = tokens[end]
        if not token.is_word or token.an.pos not in ("NOUN", "ADJF") or "gent" not in token.an.cases:
            break
        if covered[end]:
            m = by_start.get(end)
            if m is None or m.actor.type != "state":
                break
            end = m.end  # "Федерація профспілок України"
            capital_in_tail = True
            break
        if token.is_cap:
            capital_in_tail = True
        end += 1
    if not tokens[head].keys.isdisjoint(cues.lender_bodies) and any(
        not t.keys.isdisjoint(cues.holder_nouns)
        or any(cues.collective_parties.get(k) in closed_classes().creditor_members for k in t.keys)
        for t in tokens[head + 1 : end]
    ):
        return None  # "Спеціальний комітет власників варантів": the lenders' body (party_nouns)
    quote_end = quoted_name(tokens, head + 1) if end == head + 1 else None
    if (
        quote_end is not None
        and not tokens[head].keys.isdisjoint(cues.body_heads)
        and tokens[head].keys.isdisjoint(cues.generic_actors)
        and tokens[head].keys.isdisjoint(cues.party_nouns)
        and "nomn" in tokens[head].an.cases
    ):
        return quote_end, head  # "Координаційна рада «Рибалки Приазов'я»": the quote is part of the name
    if end == head + 1 and head == i:
        return None  # "Конфедерація" alone refers back; it is not a name
    while end > head + 1 and tokens[end - 1].an.pos == "ADJF":
        end -= 1  # the tail ends in a noun
    if covered[head] and (end == head + 1 or _own_state_tail(by_start[head], by_start.get(head + 1), end)):
        return None  # "Конгрес" alone, "Конгрес США": the body the lexicon knows
    opens = i == 0 or tokens[i - 1].text in _NAME_OPENERS
    if opens:
        role_head = not tokens[head].keys.isdisjoint(cues.generic_actors)
        # "Либеральная партия заявила": an adjective of a party's name before a party noun
        # names the party on its own; "Правящая партия" stays a common phrase.
        named_party = (
            end == head + 1
            and head == i + 1
            and not tokens[head].keys.isdisjoint(cues.party_nouns)
            and cues.party_name_adjectives.any_match(first)
        )
        if not named_party and (end == head + 1 or not (head > i or capital_in_tail or not role_head)):
            return None
    if "nomn" not in tokens[head].an.cases and tokens[head].an.case == "":
        return None
    if quoted_name(tokens, end) is not None:
        return None  # "Всеукраїнська профспілка освітян «Єдність»": the quoted name is its name
    return end, head


def _alias_head(tokens: list[Token], k: int, by_start: dict[int, Mention], cues: Cues) -> bool:
    """A one-word lexicon alias of a body that is an organisation noun ("Конгрес", "Конгресс"):
    with a tail of its own it heads another body's name ("Конгрес українців Канади")."""
    m = by_start.get(k)
    return m is not None and m.end == k + 1 and m.kind == "name" and m.actor.type == "organisation" \
        and _is_head(tokens[k], cues)


def _own_state_tail(alias: Mention, tail: Mention | None, end: int) -> bool:
    """Whether the tail after an alias head is only the body's own state ("Конгрес США")."""
    if tail is None or tail.end != end:
        return False
    entry = actor_lexicon().entries.get(alias.actor.id)
    return entry is not None and tail.actor.id in (entry.country, alias.actor.id)


def _prepositional_tail(tokens: list[Token], k: int, covered: list[bool]) -> int:
    """The end of a name's prepositional tail starting at the preposition k: lower-case
    nouns and adjectives (with "і", "и" between them), ending in a noun; k when none."""
    and_words = closed_classes().inflected_and_words
    end = k
    j = k + 1
    while j < len(tokens) and j - k <= 6 and not covered[j]:
        token = tokens[j]
        if token.low in and_words and j > k + 1 and j + 1 < len(tokens) and tokens[j + 1].an.pos in ("NOUN", "ADJF"):
            j += 1
            continue
        if not token.is_word or not token.text.islower() or token.an.pos not in ("NOUN", "ADJF"):
            break
        j += 1
        if token.an.pos == "NOUN":
            end = j
    return end


def _english_organisation(
    tokens: list[Token], i: int, covered: list[bool], by_start: dict[int, Mention], cues: Cues
) -> tuple[int, int] | None:
    """[i, end) and the head's position of an English name with lower-case links."""
    first = tokens[i]
    if covered[i] or not first.is_word or not first.is_cap or first.low in closed_classes().not_names:
        return None
    previous = tokens[i - 1] if i > 0 else None
    if previous is not None and previous.is_word and previous.is_cap and previous.low not in closed_classes().not_names:
        return None  # not from the middle of a name
    j = i
    head = -1
    linked = False
    while j < len(tokens):
        token = tokens[j]
        if token.is_word and token.is_cap and not covered[j] and token.low not in closed_classes().not_names:
            if _is_head(token, cues) and head < 0:
                head = j
            j += 1
            continue
        if (
            token.low in closed_classes().name_joins
            and j + 1 < len(tokens)
            and (
                head >= 0 and (token.low != "and" or linked)
                # "Justice and Equality Movement": "and" between two words before the head
                or head < 0 and token.low == "and" and j > i and not linked
            )
        ):
            k = j + 1
            if tokens[k].low == "the" and k + 1 < len(tokens):
                k += 1
            nxt = tokens[k]
            if nxt.is_word and nxt.is_cap and not covered[k] and nxt.low not in closed_classes().not_names:
                linked = True
                j = k
                continue
            m = by_start.get(k)
            if m is not None and m.actor.type == "state" and token.low == "of":
                linked = True
                j = m.end  # "National Union of Metalworkers of South Africa"
                break
        break
    if head < 0 or not linked:
        return None
    if j < len(tokens) and j > i and _name_number(tokens[j]):
        j += 1  # "International Association of Machinists District 751": the number is the name's
    return j, head


def _name_number(token: Token) -> bool:
    """A local's or a district's number closing a name ("751", "W24"), not a year."""
    text = token.text
    return (token.is_word or text.isdigit()) and 1 <= len(text) <= 4 and text[-1].isdigit() \
        and text.isalnum() and text.upper() == text and not (len(text) == 4 and text[:2] in ("19", "20"))


def _nominative_form(token: Token, lang: str) -> str:
    """A word of a name's head phrase in the nominative singular ("Федерації" ->
    "Федерація", "Національну" -> "Національна"), as written when the dictionary has no form."""
    from .morph import analyzer

    parses = analyzer(lang).parse(token.low)[:4]
    if any(p.tag.POS in ("NOUN", "ADJF") and "nomn" in str(p.tag) and "plur" not in str(p.tag) for p in parses):
        return token.text  # "рада" is already a nominative (not the genitive of "рад")
    for parse in parses:
        tag = str(parse.tag)
        if parse.tag.POS not in ("NOUN", "ADJF") or "plur" in tag:
            continue
        inflected = parse.inflect({"nomn"})
        if inflected is not None:
            word = inflected.word
            return word[:1].upper() + word[1:] if token.is_cap else word
    return token.text


def acronym_mentions(tokens: list[Token], covered: list[bool], memory: ActorMemory, lang: str) -> list[Mention]:
    """Acronyms an article defines ("Силы быстрого реагирования (СБР)") name that actor later."""
    out = []
    for i, token in enumerate(tokens):
        if covered[i] or not token.is_word:
            continue
        known = memory.acronyms.get(token.text)
        if known is not None:
            out.append(make_mention(tokens, i, i + 1, known[0], "name", known[1], lang))
            covered[i] = True
    return out


def known_party_names(
    tokens: list[Token], covered: list[bool], memory: ActorMemory, lang: str
) -> list[Mention]:
    """A name the article introduced as a party ("the union Unite", "профспілка «Злагода»")
    names that party when it comes again alone ("Unite rejected ...", "«Злагода» відкидає")."""
    if not memory.party_names:
        return []
    out = []
    for key, (actor, gender) in memory.party_names.items():
        n = len(key)
        for i in range(len(tokens) - n + 1):
            if any(covered[i : i + n]) or not tokens[i].is_cap:
                continue
            if tuple(t.low for t in tokens[i : i + n]) == key:
                out.append(make_mention(tokens, i, i + n, actor, "name", gender, lang))
                for k in range(i, i + n):
                    covered[k] = True
    return out


def acronym_subjects(
    tokens: list[Token], covered: list[bool], cues: Cues, memory: ActorMemory, lang: str
) -> list[Mention]:
    """Section 1: an acronym no lexicon lists ("NEHAWU", "ВПЗУ") that is the subject of a
    cue or speech verb ("SADTU on Tuesday rejected", "КСПУ требует") is an organisation,
    labelled by its letters. A dateline ("KYIV —"), a news agency ("ТАСС сообщает") or an
    acronym after a preposition is none."""
    closed = closed_classes()
    out = []
    for i, token in enumerate(tokens):
        if (
            covered[i]
            or not (
                is_acronym(token, 7) or lang == "en" and _company_before_title(tokens, i, cues)
                or _one_word_company(tokens, i, memory, lang)
            )
            or token.low in closed.news_agencies
            or not token.keys.isdisjoint(cues.generic_actors)  # "МЗС", "МИД": a body, read there
            or (i > 0 and tokens[i - 1].low in closed_classes().prepositions)
            or (i > 0 and tokens[i - 1].low in closed.near_prepositions)  # "Rebels around Goma"
            or not (verb_follows(tokens, i + 1, cues) or _beside_title(tokens, i, cues)
                    or _coordinated_subject(tokens, i, covered, cues))
        ):
            continue
        latin = token.text.isascii()  # "Samsung", "NSEU" inside uk/ru text: as written
        label = transliterate(token.text, lang).upper() if lang in ("uk", "ru") and not latin else token.text
        actor = Actor(id=slug(label), label=label, type="organisation")
        longer = [a for key, (a, _) in memory.party_names.items()
                  if len(key) > 1 and key[0] == token.low and a.type == "organisation"]
        longer = longer or [a for a, _ in memory.recent  # "Norvik" after "Norvik Steel offered"
                            if a.type == "organisation" and len(a.label.split()) > 1
                            and a.label.split()[0].lower() == token.low]
        if not is_acronym(token, 7) and len({a.id for a in longer}) == 1:
            actor = longer[0]  # "Kestrel balked" after "Kestrel Rail": the company named in full
        mention = make_mention(tokens, i, i + 1, actor, "unknown", "", lang)
        # An acronym does not decline: the dictionary's guess of its case means nothing.
        mention.subject_ok, mention.genitive = True, False
        out.append(mention)
        memory.party_names[(token.low,)] = (actor, "")
        covered[i] = True
    return out


def _coordinated_subject(tokens: list[Token], i: int, covered: list[bool], cues: Cues) -> bool:
    """ "СДПА і НЕОС запропонували", "SPÖ and NEOS proposed": the first of two coordinated
    subjects before their verb, the second a name already read or another acronym."""
    k = i + 1
    if k + 1 >= len(tokens) or tokens[k].low not in closed_classes().and_words:
        return False
    k += 1
    if tokens[k].low == "the" and k + 1 < len(tokens):
        k += 1  # "the SPD and the FDP"
    second = k
    if not (covered[k] or is_acronym(tokens[k], 7)):
        return False
    while k < len(tokens) and (covered[k] or k == second):
        k += 1
    return verb_follows(tokens, k, cues)


def _one_word_company(tokens: list[Token], i: int, memory: ActorMemory, lang: str) -> bool:
    """ "Samsung готова обсуждать", "Boeing has said": one capitalised word no dictionary
    knows, in Latin letters inside a uk/ru sentence, or in English a word the article
    already wrote capitalised inside a sentence ("Boeing factory workers ...") or one no
    English dictionary knows ("Norvik offered"), before a
    cue or speech verb (checked by the caller) and never in lower case: a company or body
    named by its brand."""
    token = tokens[i]
    if not (token.is_word and token.is_cap and token.text[1:].islower() and token.text.isascii()
            and token.text.isalpha() and len(token.text) > 2):
        return False
    if token.low in closed_classes().not_names or demonym_actor(token) or token.low in memory.surnames:
        return False  # "Solberg said": a person named before
    if i + 1 < len(tokens) and tokens[i + 1].is_cap:
        return False  # "Boeing Commercial Airplanes": a longer name, read by unknown_names
    if i > 0 and tokens[i - 1].is_word and tokens[i - 1].is_cap and tokens[i - 1].text.isascii() \
            and tokens[i - 1].low not in closed_classes().not_names:
        return False  # "Ingrid Solberg said": the last word of a person's name
    if lang in ("uk", "ru"):
        return True
    if lang != "en" or token.low in memory.lower_case or token.low in memory.lower_case_ahead:
        return False
    if token.low in memory.capitalised:
        return True
    # written capitalised alone in another sentence: this one counts itself when the word
    # stands inside it ("…, Unite said")
    if memory.capitalised_ahead.get(token.low, 0) > (0 if i == 0 else 1):
        return True
    # "Norvik offered 25%" opening a sentence: a word no English dictionary knows, in no
    # name the article has read (not "Solberg said" after "Ingrid Solberg").
    return (
        (i == 0 or not tokens[i - 1].is_word and not tokens[i - 1].is_cap and i == 1)
        and not english_word(token.low)
        and not any(token.low in actor.label.lower().split() for actor, _ in memory.recent
                    if actor.type == "person")
    )


def _company_before_title(tokens: list[Token], i: int, cues: Cues) -> bool:
    """ "Transnet spokesperson Anna Berg": a capitalised word no English dictionary knows
    right before a spokesperson's title names the body the spokesperson speaks for (rule 6);
    not "Union spokesperson", "Hospital spokesperson" (common words, read as role nouns)."""
    token = tokens[i]
    return (
        token.is_word
        and token.is_cap
        and token.text[1:].islower()
        and token.low not in closed_classes().not_names
        and not demonym_actor(token)
        and i + 1 < len(tokens)
        and cues.spokesperson_titles.longest_at(tokens, i + 1) is not None
        and not english_word(token.low)
    )


def _beside_title(tokens: list[Token], i: int, cues: Cues) -> bool:
    """ "NEHAWU spokesperson Kolar", "пресс-секретарь «РЖД» Анна Берг": an acronym next to
    a spokesperson's title is the body the spokesperson speaks for (rule 6); a leader
    ("Лидер VVD Дилан Йешильгёз") may speak for the person, and stays the person."""
    titles = cues.spokesperson_titles
    if i + 1 < len(tokens) and titles.longest_at(tokens, i + 1):
        return True
    k = i - 1
    if k >= 0 and tokens[k].text in ("«", "„", "“", '"'):
        k -= 1
    return any(
        (hit := titles.longest_at(tokens, j)) is not None and hit[0] == k + 1
        for j in range(max(0, k - 2), k + 1)
    )


def verb_follows(tokens: list[Token], k: int, cues: Cues) -> bool:
    """A cue or speech verb starts at k, after auxiliaries, particles and a time phrase
    ("has also rejected", "on Tuesday demanded", "вже вимагає"): what a subject precedes."""
    closed = closed_classes()
    end = min(len(tokens), k + 5)
    while k < end:
        token = tokens[k]
        if token.keys & cues.speech_verbs or cues.cue_index.longest_at(tokens, k):
            return True
        if token.low in closed.auxiliaries or token.low in closed.particles or token.low in closed.time_words:
            k += 1
        elif token.low in closed.day_prepositions and k + 1 < end and tokens[k + 1].low in closed.time_words:
            k += 2
        else:
            return False
    return False


def learn_acronyms(tokens: list[Token], mentions: list[Mention], memory: ActorMemory) -> None:
    """Remember "X (ABC)" so that a later "ABC" is X."""
    by_end = {m.end: m for m in mentions if m.kind in ("name", "generic", "unknown")}
    for i in range(1, len(tokens) - 2):
        if tokens[i].text == "(" and tokens[i + 2].text == ")" and tokens[i + 1].text.isupper() and i in by_end:
            mention = by_end[i]
            memory.acronyms[tokens[i + 1].text] = (mention.actor, mention.gender)


def in_party_quote(tokens: list[Token], i: int, cues: Cues) -> bool:
    """ "партія «Зелена хвиля»": the first word of a quoted name after a party noun is the
    party's name (read by generic_actors), not a person's surname."""
    return (
        i >= 2
        and tokens[i - 1].text in ("«", "„", "“", '"')
        and not tokens[i - 2].keys.isdisjoint(cues.party_nouns)
        and quoted_name(tokens, i - 1) is not None
    )
