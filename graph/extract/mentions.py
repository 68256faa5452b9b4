"""Actor mentions: lexicon names, unknown proper names, group nouns and pronouns.

A mention is a token span that names an actor. Lexicon aliases are matched on
surface forms and lemmas (codebook section 1: "Путін", "Путіна", "російський
диктатор" are one node). Names that no lexicon lists are recognised by
capitalisation, morphology (pymorphy3's Name/Surn tags) and role titles
("президент", "union president"), and get a Latin label so that a new
negotiation needs no lexicon edits; so do acronyms that are the subject of a cue
verb ("NEHAWU demanded"), names a party noun introduces ("the union Unite",
"партія «Вперед»") and a lone surname beside a quote's speech verb ("— заявив
Коляр"). Spokespeople resolve to their principal (codebook rule 6); group nouns
with an actor ("радники Трампа", "European leaders") resolve to that actor;
pronouns resolve to the last fitting actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..models import Actor
from .lexicon import (
    LEXICON_DIR,
    ActorEntry,
    Cues,
    WordIndex,
    actor_lexicon,
    closed_classes,
    guess_lang,
    load_yaml,
    make_word,
    slug,
)
from .morph import Token
from .translit import transliterate

_ORG_WORDS = re.compile(
    r"(?i)^(association|union|council|committee|ministry|party|front|movement|bank|company|corporation|"
    r"headquarters|federation|commission|agency|office|department|government|management|board|"
    r"authority|confederation|congress|organisation|organization|hospital|group|holdings|airlines|airways|"
    r"ltd|inc|corp|llc|plc|gmbh|club|"
    r"асоціація|спілка|профспілка|рада|комітет|міністерство|партія|штаб|банк|компанія|федерація|комісія|агенція|"
    r"офіс|уряд|ассоциация|союз|профсоюз|совет|комитет|министерство|партия|штаб|компания|федерация|комиссия|"
    r"агентство|правительство|офис)$"
)
# The holder of a position whose subject names no party the article identified ("both
# sides" never named): its lines are dropped with the other lines that name no party.
NO_PARTY = Actor(id="", label="", type="group")
_QUOTE_MARKS = frozenset('«»“”„"')
# Lower-case parts of Arabic and other names: "Омар ат-Тахир", "Hamdan al-Nur", "bin Salman".
_NAME_PARTICLE = re.compile(
    r"^(?:а[льтнсдшрз]ь?|[эе]ль|ал|ибн|бен|бін|al|el|at|an|ad|as|ash|ar|az|bin|ibn|ben)-\w+$"
    r"|^(?:bin|ibn|бин|ибн|бін)$"
)


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


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _demonym_table() -> dict:
    """demonyms.yaml as read: actor id -> its adjectives, English first."""
    return load_yaml(LEXICON_DIR / "demonyms.yaml") or {}


def demonym_index():
    """Adjectives that stand for an actor (demonyms.yaml), as Word matchers."""
    words = []
    for actor_id, adjectives in _demonym_table().items():
        for adjective in adjectives or ():
            words.append((make_word(str(adjective), guess_lang(str(adjective))), str(actor_id)))
    return words


@lru_cache(maxsize=1)
def _demonym_matcher() -> tuple[WordIndex, list[str]]:
    pairs = [
        (word, actor_id)
        for word, actor_id in demonym_index()
        if actor_id in actor_lexicon().entries
    ]
    return WordIndex([word for word, _ in pairs]), [actor_id for _, actor_id in pairs]


@lru_cache(maxsize=1)
def _english_demonyms() -> dict[str, str]:
    """actor id -> its English adjective ("poland" -> "Polish"): the first of its demonyms."""
    return {str(actor_id): str(words[0]).title() for actor_id, words in _demonym_table().items() if words}


_ByLast = dict[str, list[tuple[tuple[str, ...], str]]]  # last word -> (words before it, actor id)
_ByFirst = dict[str, list[tuple[str, ...]]]  # first word -> all the words


@lru_cache(maxsize=1)
def _multiword_demonyms() -> tuple[_ByLast, _ByFirst]:
    """Demonyms of several words ("south sudanese", "equatorial guinean"): by their last
    word, (the words before it, actor id); by their first word, all their words; longest first."""
    by_last: _ByLast = {}
    by_first: _ByFirst = {}
    for actor_id, adjectives in _demonym_table().items():
        if str(actor_id) not in actor_lexicon().entries:
            continue
        for adjective in adjectives or ():
            words = tuple(str(adjective).lower().split())
            if len(words) > 1:
                by_last.setdefault(words[-1], []).append((words[:-1], str(actor_id)))
                by_first.setdefault(words[0], []).append(words)
    for pairs in by_last.values():
        pairs.sort(key=lambda pair: -len(pair[0]))
    for phrases in by_first.values():
        phrases.sort(key=lambda words: -len(words))
    return by_last, by_first


def _multiword_demonym_end(tokens: list[Token], i: int) -> int:
    """Where a demonym of several words that starts at token i ends ("Costa Rican", "North
    Korean"), or i where none does."""
    for words in _multiword_demonyms()[1].get(tokens[i].low, ()):
        end = i + len(words)
        if end <= len(tokens) and all(tokens[i + n].low == word for n, word in enumerate(words)):
            return end
    return i


def demonym_span(tokens: list[Token], k: int) -> tuple[str, int]:
    """The actor id of the demonym that ends at token k and the token it starts at: "South
    Sudanese" is South Sudan's, not Sudan's ("", k where there is none)."""
    for before, actor_id in _multiword_demonyms()[0].get(tokens[k].low, ()):
        first = k - len(before)
        if first >= 0 and all(tokens[first + n].low == word for n, word in enumerate(before)):
            return actor_id, first
    return demonym_actor(tokens[k]), k


def demonym_actor(token: Token) -> str:
    """The actor id an adjective such as "Russian" or "американський" stands for, or ""."""
    if not token.is_word:
        return ""
    index, actors = _demonym_matcher()
    found = index.matches(token)
    return actors[min(found)] if found else ""


def principal(entry: ActorEntry) -> ActorEntry:
    """Whom an actor speaks for: a spokesperson's principal, else the actor itself."""
    lex = actor_lexicon()
    seen = set()
    while entry.speaks_for and entry.speaks_for in lex.entries and entry.actor.id not in seen:
        seen.add(entry.actor.id)
        entry = lex.entries[entry.speaks_for]
    return entry


def find_mentions(tokens: list[Token], cues: Cues, memory: ActorMemory, lang: str) -> list[Mention]:
    """Every actor mention in a sentence, left to right, without overlaps."""
    lex = actor_lexicon()
    mentions: list[Mention] = []
    covered = [False] * len(tokens)
    i = 0
    while i < len(tokens):
        hit = lex.index.longest_at(tokens, i) if tokens[i].is_word else None
        demonym_end = _multiword_demonym_end(tokens, i) if tokens[i].is_cap else i
        if demonym_end > (hit[0] if hit else i) and (
            demonym_end == len(tokens)
            or not tokens[demonym_end].is_cap
            or cues.titles.longest_at(tokens, demonym_end) is not None
        ):
            # "Costa Rican officials", "North Korean envoy", "Costa Rican President X": an
            # adjective, no name (not "Costa"); the noun after it is read with it
            # (_generic_actors, _attach_groups). Not "South African Trade Unions", a name.
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
        if hit and _other_first_name(tokens, i, hit[0], lex.entries[hit[1][0]].actor, cues, lang):
            hit = None  # "Porto president Andre Costa": another Costa than the one the lexicon knows
        if hit and not _is_false_alias(tokens, i, hit[0], cues):
            end, (actor_id, words) = hit
            entry = principal(lex.entries[actor_id])
            mention = _mention(tokens, i, end, entry.actor, "name", entry.gender, lang)
            if (
                mention.genitive
                and not any(t.an.proper for t in tokens[i:end])
                and all(tokens[i + k].low in w.forms or w.exact for k, w in enumerate(words))
            ):
                # The alias itself (a nominative) matched: the dictionary's guessed case is wrong.
                mention.genitive = False
                mention.subject_ok = not (i > 0 and tokens[i - 1].low in closed_classes().prepositions)
            mentions.append(mention)
            for k in range(i, end):
                covered[k] = True
            i = end
            continue
        i += 1
    mentions = _organisation_names(tokens, mentions, covered, cues, memory, lang)
    mentions.extend(_acronyms(tokens, covered, memory, lang))
    mentions.extend(_known_party_names(tokens, covered, memory, lang))
    mentions.extend(_acronym_subjects(tokens, covered, cues, memory, lang))
    mentions.extend(_unknown_names(tokens, covered, cues, memory, lang, list(mentions)))
    _learn_named_roles(tokens, mentions, cues, memory)
    mentions.extend(_generic_actors(tokens, mentions, cues, lang, memory))
    mentions.extend(_collective_parties(tokens, mentions, cues, lang, memory))
    mentions.sort(key=lambda m: m.start)
    _officials_of_named_bodies(tokens, mentions, cues)
    mentions = _attach_groups(tokens, mentions, cues, lang)
    sides_at = _sides_phrases(tokens, cues)
    if not sides_at:
        # "Norway and Cuba urged both sides to keep talking": the sides are others, named before.
        _learn_negotiating_pair(tokens, mentions, cues, memory)
    mentions.extend(_sides(tokens, mentions, cues, memory, lang, sides_at))
    mentions.sort(key=lambda m: m.start)
    mentions.extend(_pronouns(tokens, mentions, cues, memory, lang))
    mentions.sort(key=lambda m: m.start)
    return mentions


_NAME_OPENERS = frozenset({"«", "„", "“", '"', "(", ":", "—", "–", "-"})


def _organisation_names(
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
            ident = transliterate(label, lang)
        actor = Actor(id=slug(ident), label=label, type="organisation")
        mention = _mention(tokens, i, end, actor, "unknown", tokens[head].an.gender, lang)
        mentions.append(mention)
        memory.party_names[tuple(t.low for t in words)] = (actor, tokens[head].an.gender)
        role = _name_role(words, head - i, cues)
        if role:
            memory.named_roles[role] = actor
        for k in range(i, end):
            covered[k] = True
        i = end
    return mentions


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
    if covered[i] or not first.is_word or not first.is_cap or first.text.isupper():
        return None
    head = i
    while (
        head < len(tokens)
        and head - i < 2
        and tokens[head].an.pos == "ADJF"
        and not _is_head(tokens[head], cues)
    ):
        head += 1
    if head >= len(tokens) or covered[head] or not _is_head(tokens[head], cues):
        return None
    if tokens[head].an.pos != "NOUN":
        return None
    if head > i and not all(tokens[k].text.islower() for k in range(i + 1, head + 1)):
        return None
    end = head + 1
    capital_in_tail = False
    while end < len(tokens) and end - head <= 5:
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
    if end == head + 1 and head == i:
        return None  # "Конфедерація" alone refers back; it is not a name
    while end > head + 1 and tokens[end - 1].an.pos == "ADJF":
        end -= 1  # the tail ends in a noun
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
    if _quoted_name(tokens, end) is not None:
        return None  # "Всеукраїнська профспілка освітян «Єдність»": the quoted name is its name
    return end, head


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
            if _is_head(token, cues) and not linked:
                head = j
            j += 1
            continue
        if (
            token.low in closed_classes().name_joins
            and head >= 0
            and j + 1 < len(tokens)
            and (token.low != "and" or linked)
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
    return j, head


def _nominative_form(token: Token, lang: str) -> str:
    """A word of a name's head phrase in the nominative singular ("Федерації" ->
    "Федерація", "Національну" -> "Національна"), as written when the dictionary has no form."""
    from .morph import analyzer

    for parse in analyzer(lang).parse(token.low)[:4]:
        tag = str(parse.tag)
        if parse.tag.POS not in ("NOUN", "ADJF") or "plur" in tag:
            continue
        inflected = parse.inflect({"nomn"})
        if inflected is not None:
            word = inflected.word
            return word[:1].upper() + word[1:] if token.is_cap else word
    return token.text


def _acronyms(tokens: list[Token], covered: list[bool], memory: ActorMemory, lang: str) -> list[Mention]:
    """Acronyms an article defines ("Силы быстрого реагирования (СБР)") name that actor later."""
    out = []
    for i, token in enumerate(tokens):
        if covered[i] or not token.is_word:
            continue
        known = memory.acronyms.get(token.text)
        if known is not None:
            out.append(_mention(tokens, i, i + 1, known[0], "name", known[1], lang))
            covered[i] = True
    return out


def _known_party_names(
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
                out.append(_mention(tokens, i, i + n, actor, "name", gender, lang))
                for k in range(i, i + n):
                    covered[k] = True
    return out


def _acronym_subjects(
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
                _is_acronym(token, 7) or lang == "en" and _company_before_title(tokens, i, cues)
            )
            or token.low in closed.news_agencies
            or not token.keys.isdisjoint(cues.generic_actors)  # "МЗС", "МИД": a body, read there
            or (i > 0 and tokens[i - 1].low in closed_classes().prepositions)
            or not (_verb_follows(tokens, i + 1, cues) or _beside_title(tokens, i, cues))
        ):
            continue
        label = transliterate(token.text, lang).upper() if lang in ("uk", "ru") else token.text
        actor = Actor(id=slug(label), label=label, type="organisation")
        mention = _mention(tokens, i, i + 1, actor, "unknown", "", lang)
        # An acronym does not decline: the dictionary's guess of its case means nothing.
        mention.subject_ok, mention.genitive = True, False
        out.append(mention)
        memory.party_names[(token.low,)] = (actor, "")
        covered[i] = True
    return out


def _company_before_title(tokens: list[Token], i: int, cues: Cues) -> bool:
    """ "Transnet spokesperson Anna Berg": a capitalised word no English dictionary knows
    right before a spokesperson's title names the body the spokesperson speaks for (rule 6);
    not "Union spokesperson", "Hospital spokesperson" (common words, read as role nouns)."""
    import simplemma

    token = tokens[i]
    return (
        token.is_word
        and token.is_cap
        and token.text[1:].islower()
        and token.low not in closed_classes().not_names
        and not demonym_actor(token)
        and i + 1 < len(tokens)
        and cues.spokesperson_titles.longest_at(tokens, i + 1) is not None
        and not simplemma.is_known(token.low, lang="en")
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


def _verb_follows(tokens: list[Token], k: int, cues: Cues) -> bool:
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


def _other_first_name(tokens: list[Token], i: int, end: int, actor: Actor, cues: Cues, lang: str) -> bool:
    """A person's surname alone, right after a capitalised first name none of the person's
    labels has ("Andre Costa", «Андре Кошта»): a namesake, not the person the lexicon knows.
    A title ("President Costa", «Прем'єр Кошта») or a word that opens sentences is no name."""
    if actor.type != "person" or end - i != 1 or i == 0:
        return False
    before = tokens[i - 1]
    if not before.is_word or not before.is_cap or before.text.isupper():
        return False
    if before.low in closed_classes().not_names or cues.titles.longest_at(tokens, i - 1):
        return False
    if lang != "en" and not before.an.proper:
        return False  # "Заявив Кошта": a sentence-initial verb, no name
    if lang == "en" and i - 1 == 0:
        return False  # "Later Costa said": the first word of a sentence may be any word
    own = {w.lower() for label in [actor.label, *(l for _, l in actor.labels)] for w in label.split()}
    return before.low not in own


def _is_false_alias(tokens: list[Token], i: int, end: int, cues: Cues | None = None) -> bool:
    """Lower-case single-word hits that are ordinary words ("may", "china" as porcelain), and
    a one-word alias that is the first word of a party's own name ("Nepal's Congress party",
    "the Congress party"): another party than the one the alias means alone."""
    if end - i == 1 and not tokens[i].is_cap and not tokens[i].text.isupper():
        return True
    if cues is not None and end - i == 1 and end < len(tokens) and tokens[end].is_word \
            and not tokens[end].is_cap \
            and any(cues.party_nouns.get(k) in ("party", "movement") for k in tokens[end].keys):
        return True  # not "the G77 bloc", which is the G77
    # "the Paris Club", "the Minsk Group", "the Washington Post": a place's name opens the
    # name of a body or an accord, not a mention of the state.
    return end - i == 1 and end < len(tokens) and tokens[end].low in closed_classes().place_name_tails


def _mention(
    tokens: list[Token], start: int, end: int, actor: Actor, kind: str, gender: str, lang: str
) -> Mention:
    before = tokens[start - 1] if start > 0 else None
    after_prep = (
        before is not None
        and before.low in closed_classes().prepositions
        and before.low not in closed_classes().agent_prepositions
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


def _latin(token: Token) -> bool:
    return token.text[:1].isascii()


def _unknown_names(
    tokens: list[Token],
    covered: list[bool],
    cues: Cues,
    memory: ActorMemory,
    lang: str,
    mentions: list[Mention],
) -> list[Mention]:
    """Proper-name spans that no lexicon lists, with a Latin label."""
    name_links = closed_classes().name_links  # "Барт де Вевер", "Ursula von der Leyen"
    out = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        surname_like = (
            token.low in closed_classes().not_names
            and i > 0
            and tokens[i - 1].text == ","
            and i + 1 < len(tokens)
            and tokens[i + 1].is_cap
            and tokens[i + 1].is_word
            and tokens[i + 1].low not in closed_classes().not_names
        )  # ", He Jun," — section 7: names that look like words
        if (
            covered[i]
            or not token.is_word
            or not token.is_cap
            or (token.low in closed_classes().not_names and not surname_like)
            or token.low in closed_classes().news_agencies
            or token.text.isupper()
            and len(token.text) <= 5
            and not (i + 1 < len(tokens) and tokens[i + 1].is_cap)
            or not token.keys.isdisjoint(cues.generic_actors)
            or demonym_actor(token)
            or _in_party_quote(tokens, i, cues)
        ):
            i += 1
            continue
        j = i + 1 if surname_like else i
        while (
            j < len(tokens)
            and not covered[j]
            and tokens[j].is_word
            and (
                tokens[j].is_cap
                or (j > i and _NAME_PARTICLE.match(tokens[j].text))
                or (j > i and tokens[j].low in name_links and j + 1 < len(tokens) and tokens[j + 1].is_cap)
            )
            and tokens[j].low not in closed_classes().not_names
            and not (lang in ("uk", "ru") and j > i and _latin(tokens[j]) != _latin(tokens[j - 1]))
        ):
            j += 1  # "лідер GreenLeft Ян Вос": a Latin name and a Cyrillic one are two names
        span = tokens[i:j]
        # "Zambian President Hakainde Hichilema", "Ruritanian Trade Minister X": a state's
        # adjective (one the lexicon lacks, or of more words) and the words of the office
        # after it, before a title, are no part of the name.
        adjective_first = demonym_actor(span[0]) or _unknown_demonym(span[0], cues)
        for p in range(i + 1, min(i + 4, j - 1)):
            hit = cues.titles.longest_at(tokens, p)
            before = tokens[p - 1]
            if (
                hit is not None
                and hit[0] < j
                and tokens[p].keys.isdisjoint(cues.name_titles)
                and (adjective_first or demonym_actor(before) or _unknown_demonym(before, cues))
            ):
                span, i = tokens[p:j], p
                break
        # "Deputy Foreign Minister Oksana Hrytsenko": the capitalised title is not the name.
        while len(span) > 1:
            hit = cues.titles.longest_at(tokens, i)
            if hit is None or hit[0] > j - 1:
                break
            span = tokens[hit[0] : j]
            i = hit[0]
        title_start = _title_start(tokens, i, cues, mentions) if i > 0 else -1
        if title_start < 0 and i > 1 and tokens[i - 1].text == ",":
            title_start = _appositive_title(tokens, i - 1, cues)
        after_title = title_start >= 0
        if lang in ("uk", "ru") and not after_title:
            # A capitalised common word before a name ("Радники Трампа") is not part of it.
            while (
                len(span) > 1
                and not span[0].an.proper
                and span[0].an.pos not in ("UNKN", "")
                and not (span[0].an.pos == "NOUN" and i > 0)
            ):
                span = span[1:]
                i += 1
            while (
                len(span) > 1
                and span[0].an.case
                and span[-1].an.case
                and not (span[0].an.cases & span[-1].an.cases)
            ):
                # "України Кіт Келлог": a genitive noun before a name in another case.
                span = span[1:]
                i += 1
        # "РИА Новости Окафор": the agency's second word is not part of the speaker's name.
        agency_before = i > 0 and tokens[i - 1].low in closed_classes().news_agencies
        if len(span) > 1 and agency_before and not span[0].an.proper:
            span = span[1:]
            i += 1
        # "МВФ Эдуардо Гарсия Рейес", "VVD Dilan Yeşilgöz": the body's acronym is not part of the name.
        while len(span) > 2 and _is_acronym(span[0]) and not _is_acronym(span[1]):
            span = span[1:]
            i += 1
        known = memory.surnames.get(span[-1].low) or memory.surnames.get(span[-1].an.lemma)
        # "— заявила глава профсоюза Марта Линд.": a name after its speech verb is the
        # subject, in the nominative whatever the dictionary guesses for an unknown surname.
        postposed = lang in ("uk", "ru") and _subject_after_speech_verb(tokens, i, j, cues)
        # "Амина Отиено потребовала", "Міністр фінансів Нгозі Оконджо-Івеала запропонувала":
        # a foreign name the dictionary does not know, opening its clause before a finite verb.
        fronted = lang in ("uk", "ru") and not postposed and _unknown_subject(
            tokens, span, title_start if after_title else i, j, cues, lang
        )
        if (
            _is_name_span(span, i, after_title, lang)
            or known
            or _quote_tail_speaker(tokens, span, i, cues)
            or fronted
            and len(span) >= 2
        ):
            affiliation = _affiliation(mentions, title_start, i, tokens) if after_title else None
            if after_title and affiliation is None and title_start > 0:
                affiliation = _principal_before_title(tokens, title_start, mentions, cues)
            if known and len(span) == 1:
                actor = known
            elif affiliation is not None:
                # Rule 6: an official named with a title of a state or body speaks for it
                # ("речник МЗС Азербайджану Айхан Гаджизаде" -> Azerbaijan).
                actor = affiliation
                memory.surnames[span[-1].low] = actor
                memory.surnames[span[-1].an.lemma] = actor
            else:
                actor = _new_actor(span, lang, as_written=postposed or fronted)
                if actor.type == "person":
                    memory.surnames[span[-1].low] = actor
                    memory.surnames[span[-1].an.lemma] = actor
            gender = _gender(span, lang)
            mention = _mention(tokens, i, j, actor, "unknown", gender, lang)
            if postposed or fronted:
                mention.subject_ok, mention.genitive = True, False
            out.append(mention)
        i = max(j, i + 1)
    return out


def _holds_other_role(actor: Actor, role: str, memory: ActorMemory) -> bool:
    """The actor is the party the article named for a role other than `role` ("the
    company" is not the union named as "Rail Signal Workers Union")."""
    return bool(role) and any(r != role and held.id == actor.id for r, held in memory.named_roles.items())


def role_of(label: str) -> str:
    """The role a generic label plays ("hospital management" -> employer), or ""."""
    roles = closed_classes().roles
    for word in reversed(label.split()):
        if word in roles:
            return roles[word]
    return ""


def _learn_named_roles(tokens: list[Token], mentions: list[Mention], cues: Cues, memory: ActorMemory) -> None:
    """A name that ends in a role noun ("Riverside Nurses Association", "Riverside General
    Hospital") is the party that role noun means later in the article."""
    for mention in mentions:
        if mention.kind not in ("unknown", "name") or mention.end - mention.start < 2:
            continue
        head = tokens[mention.end - 1]
        label = next((cues.generic_actors.get(k, k) for k in sorted(head.keys)
                      if k in cues.generic_actors or k in closed_classes().roles), "")
        role = role_of(label)
        # The European Union, the African Union: bodies the lexicon knows by name play no
        # labour role ("the association" later is no EU).
        if role and mention.actor.type != "state" and not mention.actor.wikidata:
            memory.named_roles[role] = mention.actor


def _learn_negotiating_pair(
    tokens: list[Token], mentions: list[Mention], cues: Cues, memory: ActorMemory
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

    def party(mention: Mention) -> Mention:
        entry = entries.get(mention.actor.id)
        if entry is None or not entry.country or entry.country not in entries or entry.own_party:
            return mention
        state = principal(entries[entry.country]).actor
        return Mention(mention.start, mention.end, state, mention.kind)

    own = [m for m in mentions if m.kind not in ("pronoun", "possessive", "sides")]
    named = [party(m) for m in own]
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
    # Uncoordinated, only states and bodies count: a name in "talks on the status of
    # Kashmir" may be a place, and a delegation's head beside his state is one of its own.
    states = [m for m in named if m.actor.type != "person"]
    if not coordinated and len({m.actor.id for m in states}) < 2:
        return
    talks = [k for k, t in enumerate(tokens) if t.is_word and cues.talks_words.any_match(t)]
    if not talks:
        return
    if coordinated:
        _, _, first, second = min(
            coordinated, key=lambda c: min(min(abs(k - c[0]), abs(k - c[1])) for k in talks)
        )
        memory.negotiating_pair = (first, second)
        return
    # A mediator ("talks mediated by Turkey", "при посредничестве США") is no side.
    mediators = [k for k, t in enumerate(tokens) if t.is_word and cues.mediator_words.any_match(t)]
    actors = list(
        {
            m.actor.id: m.actor
            for m in states
            if not any(-3 <= m.start - k <= 3 for k in mediators)
        }.values()
    )
    if len(actors) == 2:
        memory.negotiating_pair = (actors[0], actors[1])


def negotiating_pair(memory: ActorMemory) -> tuple[Actor, Actor] | None:
    """The two sides: the pair a sentence about talks named, else the two states or bodies
    the article has named most often, when each was named at least twice and a third
    comes clearly behind (a mediator, a neighbour). A person with a state counts for it."""
    if memory.negotiating_pair is not None:
        return memory.negotiating_pair
    entries = actor_lexicon().entries
    counts: dict[str, int] = {}
    actors: dict[str, Actor] = {}
    for actor, _ in memory.recent:
        entry = entries.get(actor.id)
        party = actor
        if entry is not None and entry.country in entries and not entry.own_party:
            party = principal(entries[entry.country]).actor
        if party.type == "person":
            continue
        actors[party.id] = party
        counts[party.id] = counts.get(party.id, 0) + memory.counts.get(actor.id, 0)
    ranked = sorted(counts, key=lambda a: -counts[a])
    if len(ranked) < 2 or counts[ranked[1]] < 2 or len(ranked) > 2 and counts[ranked[2]] >= counts[ranked[1]] - 1:
        return None
    return actors[ranked[0]], actors[ranked[1]]


def _sides_phrases(tokens: list[Token], cues: Cues) -> dict[int, int]:
    """Where each "the two sides", "сторони", "обе стороны" of a sentence starts -> ends."""
    if not cues.sides_phrases:
        return {}
    found = {}
    for i, token in enumerate(tokens):
        hit = cues.sides_phrases.longest_at(tokens, i) if token.is_word else None
        if hit is not None:
            found[i] = hit[0]
    return found


def _sides(
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
        surface = " ".join(t.text for t in tokens[i:end])
        if pair is None:
            # Sides the article never named: the subject still is no one else (not the
            # mediator who reports their agreement); a line of no party, never shown.
            out.append(Mention(i, end, NO_PARTY, "sides", "plur", True, False, surface))
            continue
        out.append(Mention(i, end, pair[0], "sides", "plur", True, False, surface, (pair[1],)))
        mentions[:] = [m for m in mentions if m.end <= i or m.start >= end]
    return out


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
    if any(t.an.pos not in ("NOUN", "ADJF") for t in words):
        return False
    return tokens[end].an.pos == "VERB" and tokens[end].an.number == "plur"


def _in_party_quote(tokens: list[Token], i: int, cues: Cues) -> bool:
    """ "партія «Зелена хвиля»": the first word of a quoted name after a party noun is the
    party's name (read by _generic_actors), not a person's surname."""
    return (
        i >= 2
        and tokens[i - 1].text in ("«", "„", "“", '"')
        and not tokens[i - 2].keys.isdisjoint(cues.party_nouns)
        and _quoted_name(tokens, i - 1) is not None
    )


def _quoted_name(tokens: list[Token], end: int) -> int | None:
    """The end of a quoted name right after position `end` («Єдність», "Solidarity")."""
    if end >= len(tokens) or tokens[end].text not in ("«", "„", "“", '"'):
        return None
    for k in range(end + 1, min(end + 6, len(tokens))):
        if tokens[k].text in ("»", "“", "”", '"'):
            return k + 1 if k > end + 1 and tokens[end + 1].is_cap else None
    return None


def _bare_name(tokens: list[Token], k: int, cues: Cues, lang: str) -> int | None:
    """The end of a party's own name at k, right after the noun that introduces it ("the
    union Unite", "the union NEHAWU", "профспілка ВПЗУ"; quoted names: _quoted_name): one
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
    if not (_is_acronym(token, 7) or lang == "en" and token.text[1:].islower()):
        return None
    if k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].is_cap:
        return None  # "the union Riverside Nurses": a longer name, read by _unknown_names
    return k + 1


def _appositive_name(
    tokens: list[Token], end: int, cues: Cues, lang: str
) -> tuple[int, int] | None:
    """ "the union, Unite, ...", "профспілка, «Єдність», ...": a party's own name between
    commas right after the noun that names its role: where the name starts and ends. Not
    a list ("the union, Transnet, and the government")."""
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return None
    close = _bare_name(tokens, end + 1, cues, lang) or _quoted_name(tokens, end + 1)
    if close is None or close >= len(tokens) or tokens[close].text != ",":
        return None
    after = tokens[close + 1] if close + 1 < len(tokens) else None
    if after is not None and after.low in closed_classes().and_words | closed_classes().or_words:
        return None
    return end + 1, close


def _generic_actors(
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
            _bare_name(tokens, i + 1, cues, lang) is not None or _quoted_name(tokens, i + 1) is not None
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
        while (
            lang in ("uk", "ru")
            and end < len(tokens)
            and end not in taken
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
                and (demonym_actor(tokens[end]) or _unknown_demonym(tokens[end], cues))
            )
        ):
            end += 1
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
        foreign = not adjective and start > 0 and _unknown_demonym(tokens[start - 1], cues)
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
            out.append(_mention(tokens, owner.start, end, owner.actor, "generic", "plur", lang))
            continue
        named = next((m for m in mentions if m.end == start and not m.genitive), None) if lang == "en" else None
        if named is None and lang == "en" and role and start >= 2 and start - 1 not in taken \
                and tokens[start - 1].is_cap and tokens[start - 1].is_word and not demonym_actor(tokens[start - 1]) \
                and tokens[start - 2].low in closed_classes().determiners:
            # "the Unite union", "the Verdi union": a one-word name the role noun closes.
            name = tokens[start - 1].text
            named = _mention(tokens, start - 1, start, Actor(id=slug(name), label=name, type="organisation"),
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
            out.append(_mention(tokens, named.start, end, body, "name", "plur", lang))
            continue
        if role == "union" and following is not None and following.actor.type == "state":
            # "профспілка гірників України": a union of a country is not the country.
            mentions.remove(following)
            end, following = following.end, None
        named = _quoted_name(tokens, end) if following is None else None
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
        elif role and role in memory.named_roles and not adjective:
            actor = memory.named_roles[role]  # "the union": the one the article named
        elif label == "administration" and following is None and not adjective and not foreign and (
                memory.named_roles.get("employer") or memory.salient_state()):
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
        if actor.type == "group" and role in ("union", "employer"):
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
        out.append(_mention(tokens, start, end, actor, "generic", "plur", lang))
    return out


def _unknown_demonym(token: Token, cues: Cues) -> bool:
    """Whether an adjective looks like a state's ("руританський", "руританское", "Ruritanian":
    it ends as cues.yaml's demonym_endings) though demonyms.yaml does not list it."""
    if not cues.demonym_endings or not token.is_word or demonym_actor(token):
        return False
    if not token.keys.isdisjoint(cues.not_demonyms):
        return False
    if cues.lang == "en":
        capitalised = token.is_cap and token.text[1:].islower()
        return capitalised and token.low.endswith(cues.demonym_endings)
    return token.an.pos == "ADJF" and token.an.lemma.endswith(cues.demonym_endings)


def _plural_verb_after(tokens: list[Token], i: int) -> bool:
    """ "Медсестры требуют": a form the dictionary reads first as a genitive singular, but
    that may be a nominative, right before a plural verb: the plural subject."""
    return (
        "nomn" in tokens[i].an.cases
        and i + 1 < len(tokens)
        and tokens[i + 1].an.pos == "VERB"
        and tokens[i + 1].an.number == "plur"
    )


def _collective_parties(
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
        if i in taken or not token.is_word:
            continue
        label = next((cues.collective_parties[k] for k in token.an.sorted_keys if k in cues.collective_parties), "")
        if not label or token.is_cap and i and lang != "en" and not label[:1].isupper():
            continue  # "Фермер", "Шахтар" inside a sentence: a surname or a name; "Зелені": a party
        if lang != "en" and token.an.pos in ("VERB", "INFN", "GRND"):
            continue  # "протестовали": the verb whose participle names the people ("протестующие")
        if lang == "en":
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
            label = f"{_english_demonyms().get(demonym, '')} {label}".strip()
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
            while start > max(0, i - 2) and _people_modifier(tokens, start - 1, taken, closed):
                start -= 1
            label = " ".join([t.low for t in tokens[start:i]] + [label])
        actor = _body_of(token, mentions, memory)
        if actor is None and label.split()[-1] in closed.union_members:
            actor = memory.named_roles.get("union")  # "the doctors" after the doctors' union was named
        if actor is None and label.split()[-1] in closed.armed_members:
            actor = _armed_group_named(mentions, memory)  # "the rebels" after M23 was named
        if actor is None and start == i:
            # "the farmers" after "Polish farmers": the same people, named again.
            actor = next((a for a, _ in reversed(memory.recent)
                          if a.type == "group" and a.id.endswith("-" + slug(label))), None)
        if actor is None:
            actor = Actor(id=slug(label), label=label[:1].upper() + label[1:], type="group")
        out.append(_mention(tokens, start, i + 1, actor, "group", "plur", lang))
    return out


def _armed_group_named(mentions: list[Mention], memory: ActorMemory) -> Actor | None:
    """The armed group (`own_party` in actors.yaml: M23, the ELN, Hamas) named in this
    sentence or last before it, or None."""
    entries = actor_lexicon().entries
    return _latest_before(mentions, _WHOLE_SENTENCE, memory, lambda a: a.id in entries and entries[a.id].own_party)


def _people_modifier(tokens: list[Token], k: int, taken: set[int], closed) -> bool:
    """Whether an English word before a collective noun says which people ("coal",
    "junior", "striking"): lower case (or the sentence's first word), no closed-class word."""
    token = tokens[k]
    return (k not in taken and token.is_word and token.low.isalpha() and (not token.is_cap or k == 0)
            and token.low not in closed.determiners | closed.auxiliaries | closed.prepositions
            | closed.and_words | closed.complementizers and not token.low.endswith("ly"))


def _body_of(people: Token, mentions: list[Mention], memory: ActorMemory) -> Actor | None:
    """The organisation named in this sentence or before whose name holds the word for
    these people ("pilots" -> the SkyNord Pilots Association), else None."""
    stems = {people.low[:5], people.an.lemma[:5]}
    return _latest_before(
        mentions, _WHOLE_SENTENCE, memory,
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
    words = [_nominative(tokens[head])] + [t.text for t in tokens[k:stop]]
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
        words = [_nominative(tokens[head])] + [t.text for t in tokens[head + 1 : end]]
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


def _is_acronym(token: Token, longest: int = 6) -> bool:
    """ "МВФ", "VVD", "D66": capitals (and digits), no lower-case letter, at most six characters."""
    text = token.text
    return 2 <= len(text) <= longest and text.upper() == text and any(c.isalpha() for c in text)


def _officials_of_named_bodies(tokens: list[Token], mentions: list[Mention], cues: Cues) -> None:
    """ "Премьер Нидерландов предложил…", "Глава МИД Сенегала заявил…": an unnamed official
    of a named state or body stands for it (codebook rule 6), so the body's name, though
    in the genitive, is where the clause's subject is."""
    for mention in mentions:
        if mention.subject_ok or not mention.genitive or mention.actor.type not in ("state", "organisation"):
            continue
        start = _title_start(tokens, mention.start, cues, mentions)
        if start >= 0 and (start == 0 or tokens[start - 1].low not in closed_classes().prepositions):
            mention.subject_ok = True
        elif _title_after_owner(tokens, mention, cues, mentions):
            mention.subject_ok = True


def _title_after_owner(tokens: list[Token], mention: Mention, cues: Cues, mentions: list[Mention]) -> bool:
    """ "Russia's foreign minister demanded X", "Iran's president rejected Y": an unnamed
    official after a state's possessive, right before a cue or speech verb, speaks for the
    state (rule 6); not "Russia's foreign minister Sergei Lavrov" (a name follows, which is
    the subject), nor after a preposition ("with Russia's foreign minister")."""
    if mention.actor.type != "state" or (mention.start > 0 and tokens[mention.start - 1].low in closed_classes().prepositions):
        return False
    k = mention.end
    if k < len(tokens) and tokens[k].low in ("'s", "'", "’s"):
        k += 1
    hit = cues.titles.longest_at(tokens, k)
    if hit is None or any(m.start == hit[0] for m in mentions):
        return False
    return hit[0] < len(tokens) and not tokens[hit[0]].is_cap and _verb_follows(tokens, hit[0], cues)


def _title_start(tokens: list[Token], i: int, cues: Cues, mentions: list[Mention]) -> int:
    """Where a role title before a name starts ("речник МЗС Азербайджану Айхан Гаджизаде",
    "Deputy Trade Representative Mark Halvorsen"), or -1. Known actors may stand between."""
    by_end = {m.end: m for m in mentions}
    k = i
    steps = 0
    while k > 0 and steps < 6:
        if k in by_end:
            k = by_end[k].start
            steps += 1
            continue
        for back in (1, 2, 3):
            j = k - back
            if j < 0:
                break
            hit = cues.titles.longest_at(tokens, j)
            if hit and hit[0] == k:
                return j
        previous = tokens[k - 1]
        if (
            previous.text in ("«", "»", "„", "“", "”", '"')
            or previous.is_word
            and (
                previous.an.case == "gent"
                or previous.text.isupper()
                or previous.is_cap
                or demonym_actor(previous)
            )
        ):
            k -= 1
            steps += 1
            continue
        break
    return -1


def _principal_before_title(
    tokens: list[Token], title_start: int, mentions: list[Mention], cues: Cues
) -> Actor | None:
    """Rule 6: "Transnet spokesperson Anna Berg", "NEHAWU spokesperson Thandi Mokoena": the
    body no lexicon lists, named right before a spokesperson's title, is whom the spokesperson
    speaks for (a listed body's spokespeople are in the lexicon with their principal)."""
    if cues.spokesperson_titles.longest_at(tokens, title_start) is None:
        return None
    return next(
        (
            m.actor
            for m in mentions
            if m.end == title_start and m.actor.type == "organisation" and m.kind == "unknown"
        ),
        None,
    )


def _appositive_title(tokens: list[Token], comma: int, cues: Cues) -> int:
    """ "China's special envoy for Korean affairs, He Jun": a title phrase before the comma."""
    for k in range(comma - 1, max(-1, comma - 9), -1):
        if tokens[k].text in (",", ";", ".", ":"):
            break
        if cues.titles.longest_at(tokens, k):
            start = k
            while (
                start > 0
                and tokens[start - 1].is_word
                and (tokens[start - 1].is_cap or tokens[start - 1].low in ("'s", "’s"))
            ):
                start -= 1
            return start
    return -1


def _affiliation(
    mentions: list[Mention], start: int, end: int, tokens: list[Token] | None = None
) -> Actor | None:
    """The state or body named inside a title phrase, by name or by adjective ("ливанського парламенту")."""
    inside = [
        m
        for m in mentions
        if start <= m.start and m.end <= end and m.actor.type in ("state", "organisation")
    ]
    if inside:
        return inside[-1].actor
    for token in (tokens or [])[start:end]:
        actor_id = demonym_actor(token)
        if actor_id:
            return principal(actor_lexicon().entries[actor_id]).actor
    return None


# What stands before a quote's speaker tail: closing quotes, dashes, a comma (sentence_view's
# CLOSE_QUOTES and DASHES; that module imports this one).
_TAIL_OPENERS = frozenset({"»", "“", "”", '"', "-", "–", "—", ","})


def _subject_after_speech_verb(tokens: list[Token], i: int, j: int, cues: Cues) -> bool:
    """ "— заявив Коляр.", "— заявила глава профсоюза Марта Линд.": the name [i, j) ends
    the sentence a few words after a speech verb, with no preposition between (not "заявив
    про підтримку Макрона"): the verb's subject."""
    if j < len(tokens) and tokens[j].is_word:
        return False
    for k in range(i - 1, max(-1, i - 7), -1):
        token = tokens[k]
        if token.keys & cues.speech_verbs and token.an.pos == "VERB":
            return True
        if not token.is_word or token.an.pos in ("PREP", "CONJ", "VERB"):
            return False
    return False


def _unknown_subject(
    tokens: list[Token], span: list[Token], start: int, j: int, cues: Cues, lang: str
) -> bool:
    """Section 1: a name (with its title from `start`) that opens its clause and is followed
    by a finite verb is that verb's subject, in the nominative, when a word of it is unknown
    to the dictionary, whose guess of its case and lemma means nothing for a foreign name
    ("Амина Отиено потребовала", "Мохаммед аль-Хасан вимагає"). Not when a name follows the
    verb ("Окафора підтримав Мартінес": the object comes first)."""
    from .morph import analyzer

    morph = analyzer(lang)
    if not any(not morph.word_is_known(t.low) for t in span):
        return False
    # "Мохаммеда аль-Хасана": a known word's case decides, unless a feminine verb follows
    # ("Амина Отиено потребовала": not the genitive of "Амин").
    oblique = any(
        morph.word_is_known(t.low) and t.an.cases and "nomn" not in t.an.cases for t in span
    )
    feminine = j < len(tokens) and tokens[j].an.pos == "VERB" and tokens[j].an.gender == "femn"
    if oblique and not feminine:
        return False
    if start > 0 and tokens[start - 1].an.pos == "VERB":
        # "Реформу підтримала Амина Отиено.": a name closing a clause whose verb has no
        # subject before it ("Уряд звільнив Амину Отиено": an object).
        if j < len(tokens) and tokens[j].is_word:
            return False
        verb = tokens[start - 1]
        k = start - 2
        while k >= 0 and tokens[k].is_word:
            noun = tokens[k]
            if (
                noun.an.pos in ("NOUN", "NPRO")
                and noun.an.case == "nomn"
                # "Припинення вогню підтримала ...": a neuter noun is no subject of a feminine verb
                and not (verb.an.gender and noun.an.gender and verb.an.gender != noun.an.gender)
            ):
                return False
            k -= 1
        return True
    if start > 0:
        before = tokens[start - 1]
        closed = closed_classes()
        if not (
            before.text in (",", ";", ":", "—", "–", "-", "«", "„", "“", '"', "(")
            or before.low in closed.and_words
            or cues.contrast.longest_at(tokens, start - 1)
        ):
            return False
    k = j
    while k < len(tokens) and k - j < 2 and tokens[k].an.pos in ("ADVB", "PRCL"):
        k += 1
    if k >= len(tokens) or tokens[k].an.pos != "VERB" or tokens[k].an.number == "plur":
        return False
    return not (k + 1 < len(tokens) and tokens[k + 1].is_word and tokens[k + 1].is_cap)


def _before_agency(tokens: list[Token], i: int) -> int:
    """Where a news agency the speaker told (a dative before the name: "заявив Інтерфаксу
    Окафор", "сказал РИА Новости Окафор") starts, if one ends right before i; else i."""
    agencies = closed_classes().news_agencies
    k = i
    if k > 1 and tokens[k - 1].is_cap and tokens[k - 2].low in agencies:
        k -= 1  # "РИА Новости"
    if k > 0 and tokens[k - 1].low in agencies:
        return k - 1
    return i


def _quote_tail_speaker(tokens: list[Token], span: list[Token], i: int, cues: Cues) -> bool:
    """Section 7: a lone capitalised word beside a speech verb in a quote's tail names the
    speaker ('"…," Kolar told reporters', '«…», — заявив Коляр', '"…," said Kolar.'),
    though a surname alone is no name elsewhere at a sentence's start."""
    if len(span) != 1 or i < 2:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    i = _before_agency(tokens, i)  # "— заявив Інтерфаксу Окафор", "— сказал РИА Новости Окафор"
    if i < 2:
        return False
    before = tokens[i - 1]
    closes = _TAIL_OPENERS
    if before.keys & cues.speech_verbs:
        # "— заявив Коляр.", ', said Kolar, the union's leader'
        return tokens[i - 2].text in closes and (after is None or not after.is_word)
    return (
        i == span[0].i
        and before.text in closes
        and tokens[i - 2].text in closes
        and after is not None
        and bool(after.keys & cues.speech_verbs)
    )


def _is_name_span(span: list[Token], start: int, after_title: bool, lang: str) -> bool:
    if after_title:
        return True
    if len(span) == 1 and start > 0 and any(c.isupper() for c in span[0].text[1:]) and not span[0].text.isupper():
        return True  # "SkyNord", "OpenAI": a brand written in camel case
    if lang in ("uk", "ru"):
        if any(t.an.proper for t in span) and (start > 0 or len(span) > 1):
            # pymorphy3 tags many ordinary capitalised words as names; need a Name/Surn pair or
            # a surname not at the sentence start.
            return len(span) > 1 or span[0].an.pos == "NOUN"
        return (
            len(span) >= 2 and start > 0 and all(t.an.pos in ("NOUN", "UNKN", "ADJF") for t in span)
        )
    return len(span) >= 2 and (start > 0 or len(span) >= 2)


def _new_actor(span: list[Token], lang: str, as_written: bool = False) -> Actor:
    if lang in ("uk", "ru") and (
        as_written
        or span[0].an.proper
        and span[0].an.gender == "femn"
        and span[0].an.case == "nomn"
    ):
        words = [t.low for t in span]  # "Ирина Соколова": a woman's surname stays as written
        label = _cased_like(transliterate(" ".join(words), lang), span)
    elif lang in ("uk", "ru"):
        words = [_nominative(t) for t in span]
        label = _cased_like(transliterate(" ".join(words), lang), span)
    else:
        label = " ".join(t.text for t in span)
        # "Port Authority's negotiators": the possessive ending is no part of the name.
        label = re.sub(r"(?:'s|’s|'|’)$", "", label)
    camel = len(span) == 1 and any(c.isupper() for c in span[0].text[1:]) and not span[0].text.isupper()
    org = any(_ORG_WORDS.match(re.sub(r"(?:'s|’s)$", "", t.text)) for t in span)
    kind = "organisation" if camel or org else "person"
    return Actor(id=slug(label) or "unknown", label=label, type=kind)


def _cased_like(label: str, span: list[Token]) -> str:
    """A romanised label with each hyphenated part capitalised as written ("Оконджо-Івеала"
    -> "Okondzho-Iveala", "аль-Хасан" -> "al-Khasan")."""
    words = label.split()
    if len(words) != len(span):
        return label
    out = []
    for word, token in zip(words, span, strict=True):
        parts, source = word.split("-"), token.text.split("-")
        if len(parts) == len(source):
            parts = [
                (p[:1].upper() if s[:1].isupper() else p[:1].lower()) + p[1:]
                for p, s in zip(parts, source, strict=True)
            ]
        out.append("-".join(parts))
    return " ".join(out)


def _nominative(token: Token) -> str:
    """The dictionary form of a name token, keeping the surface form where the
    dictionary does not know it as a name (it would otherwise turn "Келлог" into a common noun)."""
    if token.an.case == "nomn":
        return token.low  # "Соколова" stays feminine; the lemma would be "соколов"
    if token.an.proper or token.an.pos in ("NOUN",):
        return token.an.lemma
    return token.low


def _gender(span: list[Token], lang: str) -> str:
    if lang in ("uk", "ru"):
        genders = [t.an.gender for t in span if t.an.gender]
        return genders[-1] if genders else ""
    return ""


def _attach_groups(
    tokens: list[Token], mentions: list[Mention], cues: Cues, lang: str
) -> list[Mention]:
    """Group nouns next to an actor or a demonym: "радники Трампа", "European leaders"."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    out = list(mentions)
    taken = {k for m in mentions for k in range(m.start, m.end)}
    for i, token in enumerate(tokens):
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
            merged = _mention(tokens, i, following.end, members, "group", "plur", lang)
            out.append(merged)
            continue
        # "Trump's advisers" / "European leaders" / "кремлівський чиновник".
        preceding = by_end.get(i)
        if preceding is None and i > 0 and tokens[i - 1].low in ("'s", "’s") and by_end.get(i - 1):
            preceding = by_end.get(i - 1)
        if preceding is not None:
            out.remove(preceding)
            out.append(
                _mention(tokens, preceding.start, i + 1, _members_of(preceding.actor, token, cues), "group", "plur", lang)
            )
            continue
        for back in (1, 2):
            k = i - back
            if k < 0 or k in taken:
                break
            actor_id, first = demonym_span(tokens, k)
            if actor_id and not any(n in taken for n in range(first, k)):
                entry = principal(actor_lexicon().entries[actor_id])
                out.append(_mention(tokens, first, i + 1, entry.actor, "group", "plur", lang))
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


_WHOLE_SENTENCE = 1 << 30  # a token position after every mention of a sentence


def _latest_before(
    mentions: list[Mention], i: int, memory: ActorMemory, accept: Callable[[Actor], bool]
) -> Actor | None:
    """The last accepted actor named before token i in this sentence, else the most
    recent one in the article's memory."""
    here = [m.actor for m in mentions if m.end <= i and accept(m.actor)]
    if here:
        return here[-1]
    return next((actor for actor, _ in reversed(memory.recent) if accept(actor)), None)


def _head_reference(
    tokens: list[Token], i: int, mentions: list[Mention], memory: ActorMemory, lang: str
) -> Mention | None:
    """ "the fund", "фонд", "банку": the head noun of a recently named organisation's name
    refers back to it ("Среди условий фонда" after the IMF was named)."""
    token = tokens[i]
    opens_sentence = i == 0 and not (len(tokens) > 1 and tokens[1].is_cap)
    if not token.text[:1].islower() and not opens_sentence:
        return None  # "Фонд Рината Ахметова" is a name of its own
    if lang == "en":
        if i == 0 or tokens[i - 1].low not in closed_classes().definite_pointers:
            return None
    elif token.an.pos != "NOUN":
        return None
    heads = actor_lexicon().heads
    candidates = set().union(*(heads.get(key, frozenset()) for key in token.keys))
    if not candidates:
        return None
    actor = _latest_before(mentions, i, memory, lambda a: a.id in candidates)
    if actor is None:
        return None
    genitive = lang != "en" and token.an.case == "gent"
    subject_ok = lang == "en" or "nomn" in token.an.cases
    return Mention(i, i + 1, actor, "reference", "masc", subject_ok, genitive, token.text)


def _pronouns(
    tokens: list[Token], mentions: list[Mention], cues: Cues, memory: ActorMemory, lang: str
) -> list[Mention]:
    """Personal pronouns as mentions of the last fitting actor (in this sentence or before)."""
    out = []
    taken = {k for m in mentions for k in range(m.start, m.end)}
    quoted = any(t.text in _QUOTE_MARKS for t in tokens)
    for i, token in enumerate(tokens):
        if i in taken or not token.is_word:
            continue
        if token.keys & cues.group_pronouns and (i == 0 or tokens[i - 1].low in closed_classes().definite_pointers | closed_classes().demonstrative_pointers):
            role = role_of(token.low)  # "the company": the employer, never the union named before
            if role and role in memory.named_roles:
                group = memory.named_roles[role]
            else:
                group = _latest_before(
                    mentions, i, memory,
                    lambda actor: actor.type == "organisation" and not _holds_other_role(actor, role, memory),
                )
            if group is not None:
                out.append(Mention(i, i + 1, group, "reference", "plur", True, False, token.text))
                continue
        named = _head_reference(tokens, i, mentions, memory, lang)
        if named is not None:
            out.append(named)
            continue
        possessive = cues.possessives.get(token.low)
        if possessive and token.low in closed_classes().first_person and not quoted:
            continue  # "Our goal is X" outside any quote: the speaker's side, never the last party named
        if possessive and possessive != "self" and i + 1 < len(tokens) and tokens[i + 1].is_word:
            earlier = [m for m in mentions if m.end <= i and m.kind != "pronoun" and m.subject_ok]
            fitting = [m for m in earlier if _agrees(m, possessive)]
            resolved = (
                (fitting[-1].actor, fitting[-1].gender) if fitting else memory.last(possessive)
            )
            if resolved is not None:
                out.append(
                    Mention(
                        i, i + 1, resolved[0], "possessive", resolved[1], False, True, token.text
                    )
                )
            continue
        gender = None
        if lang in ("uk", "ru"):
            if token.an.pos == "NPRO" and token.an.case in ("nomn", ""):
                for key in sorted(token.keys):
                    if key in cues.pronouns:
                        gender = cues.pronouns[key]
                        break
        elif token.low in cues.pronouns:
            gender = cues.pronouns[token.low]
        if gender is None or gender == "sing":
            continue
        reporter = _reporting_subject(tokens, i, mentions, cues)
        if reporter is not None:
            # "Harbor Terminals said it was ready", "the company said it would": the pronoun is
            # the reporting verb's own subject, a name whose kind we only guessed, or a role
            # noun that named no party (then it is no earlier actor either).
            if reporter.kind != "none":
                out.append(Mention(i, i + 1, reporter.actor, "pronoun", reporter.gender, True, False, token.text))
            continue
        inside = _closed_relative_clauses(tokens, i)
        earlier = [m for m in mentions if m.end <= i and m.kind != "pronoun" and m.start not in inside]
        persons_only = lang == "en" and gender in ("masc", "femn")  # "he" is a person in English
        resolved = None
        fitting = [
            m
            for m in earlier
            if _agrees(m, gender)
            and (not persons_only or m.actor.type == "person")
            and m.subject_ok
        ]
        speakers = [
            m for m in fitting if any(t.keys & cues.speech_verbs for t in tokens[m.end : m.end + 3])
        ]
        if speakers:
            resolved = (
                speakers[0].actor,
                speakers[0].gender,
            )  # "Putin told Trump that he would ..."
        elif fitting:
            resolved = (fitting[-1].actor, fitting[-1].gender)
        if resolved is None:
            resolved = memory.last(gender, persons_only)
        if resolved is None:
            continue
        actor, actor_gender = resolved
        out.append(Mention(i, i + 1, actor, "pronoun", actor_gender, True, False, token.text))
    return out


def _reporting_subject(tokens: list[Token], i: int, mentions: list[Mention], cues: Cues) -> Mention | None:
    """The subject of the reporting verb right before the pronoun at i ("X said (that) it"):
    a mention of an unknown name, or a placeholder of kind "none" for a role noun that no
    mention covers; None when the pronoun follows no reporting verb or the subject is a
    mention the usual agreement rules handle."""
    closed = closed_classes()
    k = i - 1
    while k > 0 and (tokens[k].low in closed.complementizers or tokens[k].text == ","):
        k -= 1
    if k <= 0 or not tokens[k].keys & cues.speech_verbs:
        return None
    v = k
    while v > 0 and tokens[v - 1].low in closed.auxiliaries:
        v -= 1
    subject = next((m for m in mentions if m.end == v and m.kind != "pronoun"), None)
    if subject is not None:
        # "the hospital said", "management said": a role noun, bound to a party or not.
        return subject if subject.kind in ("unknown", "generic") else None
    before = tokens[v - 1] if v > 0 else None
    if before is not None and before.keys & cues.group_pronouns:
        return Mention(v - 1, v, NO_PARTY, "none")
    return None


def _closed_relative_clauses(tokens: list[Token], before: int) -> set[int]:
    """Token positions inside relative clauses closed before `before`: in "Rwanda, which
    denies backing the M23, said it …" the M23 is not what "it" refers to."""
    relatives = closed_classes().relative_pronouns
    inside: set[int] = set()
    for k in range(1, before):
        if tokens[k - 1].text == "," and tokens[k].low in relatives:
            close = next((j for j in range(k + 1, before) if tokens[j].text == ","), None)
            if close is not None:
                inside.update(range(k, close))
    return inside


def _agrees(mention: Mention, gender: str) -> bool:
    actor = mention.actor
    if gender == "plur":
        return actor.type in ("state", "organisation", "group") or mention.gender == "plur"
    if gender in ("masc", "femn"):
        return (
            actor.type == "person"
            and mention.gender in (gender, "")
            or actor.type != "person"
            and mention.gender == gender
        )
    if gender == "neut":
        return actor.type in ("state", "organisation")
    return True
