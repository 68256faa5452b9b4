"""Names of people the lexicon does not list.

Recognised by capitalisation, morphology (pymorphy3's Name/Surn tags) and role titles
("президент", "union president"); labelled in Latin so that a new negotiation needs no
lexicon edits. Officials resolve to the body they speak for (codebook rule 6), a lone
surname beside a quote's speech verb is the speaker ("— заявив Коляр").
"""

from __future__ import annotations

import re

from ..models import Actor
from .demonyms import demonym_actor, unknown_demonym
from .lexicon import Cues, actor_lexicon, closed_classes, slug
from .mention import ActorMemory, Mention, is_acronym, make_mention, nominative_word, principal
from .morph import Token, english_word, feminine_nominative, given_name
from .organisation_names import in_party_quote, verb_follows
from .translit import transliterate

_ORG_WORDS = re.compile(
    r"(?i)^(association|union|council|committee|ministry|party|front|movement|bank|company|corporation|"
    r"headquarters|federation|commission|agency|office|department|government|management|board|"
    r"authority|confederation|congress|organisation|organization|hospital|group|holdings|airlines|airways|"
    r"ltd|inc|corp|llc|plc|gmbh|club|steel|motors|energy|mining|minerals|metals|rail|railway|railways|shipping|"
    r"ports|logistics|foods|industries|electronics|technologies|petroleum|oil|gas|power|telecom|aerospace|"
    r"pharmaceuticals|chemicals|cement|textiles|airport|airports|resources|"
    r"асоціація|спілка|профспілка|рада|комітет|міністерство|партія|штаб|банк|компанія|федерація|комісія|агенція|"
    r"офіс|уряд|ассоциация|союз|профсоюз|совет|комитет|министерство|партия|штаб|компания|федерация|комиссия|"
    r"агентство|правительство|офис)$"
)


def organisation_word(token: Token) -> bool:
    """Whether a word names the kind of an organisation ("Union", "Authority", "рада")."""
    return bool(_ORG_WORDS.match(re.sub(r"(?:'s|’s)$", "", token.text)))


# Lower-case parts of Arabic and other names: "Омар ат-Тахир", "Hamdan al-Nur", "bin Salman".
_NAME_PARTICLE = re.compile(
    r"^(?:а[льтнсдшрз]ь?|[эе]ль|ал|ибн|бен|бін|al|el|at|an|ad|as|ash|ar|az|bin|ibn|ben)-\w+$"
    r"|^(?:bin|ibn|бин|ибн|бін)$"
)


def other_first_name(tokens: list[Token], i: int, end: int, actor: Actor, cues: Cues, lang: str) -> bool:
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
    if lang == "en" and i - 1 == 0 and _english_word(before.low):
        return False  # "Later Costa said": the first word of a sentence may be any word;
        # "Andre Costa said": not a word of English, a first name
    own = {w.lower() for label in [actor.label, *(l for _, l in actor.labels)] for w in label.split()}
    return before.low not in own


def _english_word(low: str) -> bool:
    return low.endswith("ly") or english_word(low)


def is_false_alias(tokens: list[Token], i: int, end: int, cues: Cues | None = None) -> bool:
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


def names_a_location(tokens: list[Token], i: int) -> bool:
    """Whether the name at i is a place's: right after a noun of a place or a site ("в районі
    Сент-Луїса", "в провинции Альберта", en "the city of Rafah") or a preposition that only
    places ("під Вічитою", "the plant near Wichita"). It is where the people before it are,
    never the party that holds their position."""
    if i == 0:
        return False
    closed = closed_classes()
    before = tokens[i - 1]
    if before.low in closed.near_prepositions and before.text.islower():
        return True
    if before.low == "of" and i > 1:
        before = tokens[i - 2]
        return before.low in closed.location_nouns and before.text.islower()
    return before.low in closed.location_nouns and before.text.islower() and not before.low.isascii()


def _latin(token: Token) -> bool:
    return token.text[:1].isascii()


def unknown_names(
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
            or in_party_quote(tokens, i, cues)
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
        adjective_first = demonym_actor(span[0]) or unknown_demonym(span[0], cues)
        for p in range(i + 1, min(i + 4, j - 1)):
            hit = cues.titles.longest_at(tokens, p)
            before = tokens[p - 1]
            if (
                hit is not None
                and hit[0] < j
                and tokens[p].keys.isdisjoint(cues.name_titles)
                and (
                    adjective_first or demonym_actor(before) or unknown_demonym(before, cues)
                    # "Greenland Premier Jens-Frederik Nielsen", "Porto President Andre Costa": the
                    # place's or body's name before an English title is no part of the person's
                    or lang == "en" and hit[0] + 1 < j
                )
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
        if lang in ("uk", "ru") and after_title and len(span) > 1 and _place_of_title(span, lang):
            span = span[1:]  # "Мер Львова Андрій Садовий", "Глава Гренландии Йенс-Фредерик Нильсен"
            i += 1
        if lang in ("uk", "ru") and not after_title:
            # A capitalised common word before a name ("Радники Трампа") is not part of it.
            while (
                len(span) > 1
                and not span[0].an.proper
                and span[0].an.pos not in ("UNKN", "")
                and not (span[0].an.pos == "NOUN" and i > 0)
                # "с Нгуен Ван Аном": a name the dictionary does not know is no common word
                and _known(span[0], lang)
            ):
                span = span[1:]
                i += 1
            while (
                len(span) > 1
                and span[0].an.case
                and span[-1].an.case
                and not (span[0].an.cases & span[-1].an.cases)
                # "з Нгуєн Ван Аном": an unknown last word declined alone; the parts before
                # it are indeclinable, not a genitive noun ("України Кіт Келлог")
                and ("nomn" in span[-1].an.cases or _known(span[-1], lang))
            ):
                # "України Кіт Келлог": a genitive noun before a name in another case.
                span = span[1:]
                i += 1
        if lang in ("uk", "ru") and len(span) > 1 and _adjective_of_next_noun(tokens, i + len(span) - 1):
            # "Рибалки Азовського узбережжя": the adjective goes with the noun after it (a
            # place), so the words before it are a group noun, no name.
            span = span[:-1]
            j = i + len(span)
        # "РИА Новости Окафор": the agency's second word is not part of the speaker's name.
        agency_before = i > 0 and tokens[i - 1].low in closed_classes().news_agencies
        if len(span) > 1 and agency_before and not span[0].an.proper:
            span = span[1:]
            i += 1
        # "МВФ Эдуардо Гарсия Рейес", "VVD Dilan Yeşilgöz": the body's acronym is not part of the name.
        while len(span) > 2 and is_acronym(span[0]) and not is_acronym(span[1]):
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
            lang == "en"
            and not after_title
            and len(span) == 2
            and (i == 0 or tokens[i - 1].text in _TAIL_OPENERS)
            and not span[-1].keys.isdisjoint(cues.collective_parties)
            and _english_word(span[0].low)
        ):
            i = max(j, i + 1)
            continue  # "Instead Nurses demanded", "Backed Farmers rejected": a word opening the sentence, no name
        if not after_title and not known and names_a_location(tokens, i):
            i = max(j, i + 1)
            continue  # "працівники заводу в районі Сент-Луїса": the place, no party
        if (
            _is_name_span(span, i, after_title, lang)
            or known
            or _quote_tail_speaker(tokens, span, i, cues)
            or fronted
            and len(span) >= 2
        ):
            # "Партія SPD Томіо Окамури": the party's leader, in the genitive.
            leader = lang in ("uk", "ru") and not postposed and _party_before(tokens, i, mentions, cues)
            affiliation = _affiliation(mentions, title_start, i, tokens) if after_title else None
            if after_title and any(cues.has(t, "local_titles") for t in tokens[title_start:i]):
                affiliation = None  # "Мер Києва Віталій Кличко": a city's official, not the state's
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
                actor = _new_actor(
                    span, lang, as_written=(postposed or fronted) and not leader,
                    case=_governed_case(tokens, i, span, lang, leader),
                )
                if actor.type == "person":
                    memory.surnames[span[-1].low] = actor
                    memory.surnames[span[-1].an.lemma] = actor
                    if lang in ("uk", "ru") and surname_nominative(span):
                        memory.surnames[surname_nominative(span)] = actor
            gender = _gender(span, lang)
            mention = make_mention(tokens, i, j, actor, "unknown", gender, lang)
            if leader:
                mention.subject_ok, mention.genitive = False, True
            elif postposed or fronted:
                mention.subject_ok, mention.genitive = True, False
            out.append(mention)
        i = max(j, i + 1)
    return out


def officials_of_named_bodies(tokens: list[Token], mentions: list[Mention], cues: Cues) -> None:
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
    if k >= len(tokens):
        return False  # a state named last ("... щодо боргу Замбії" in a title)
    hit = cues.titles.longest_at(tokens, k)
    if hit is None or any(m.start == hit[0] for m in mentions):
        return False
    return hit[0] < len(tokens) and not tokens[hit[0]].is_cap and verb_follows(tokens, hit[0], cues)


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
    про підтримку Макрона"): the verb's subject. Not a name whose known first word is in
    an oblique case only ("заявив Мохаммеду Аль-Хаміду, що …": whom he told)."""
    if j < len(tokens) and tokens[j].is_word:
        return False
    if tokens[i].an.proper and tokens[i].an.cases and "nomn" not in tokens[i].an.cases:
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


def _place_of_title(span: list[Token], lang: str) -> bool:
    """Whether the first word of a name after a title is where the official serves, in the
    genitive ("Мер Львова Андрій Садовий", "Прем'єр Гренландії Єнс-Фредерік Нільсен"): a
    place's or a thing's name that cannot be a nominative, or any word before a given name
    the dictionary knows (a name opens with its given name: "Львова" read as a surname)."""
    from .morph import analyzer

    first = span[0]
    if given_name(first.low, lang)[0]:
        return False
    if len(span) >= 3 and given_name(span[1].low, lang)[0]:
        return True
    parses = analyzer(lang).parse(first.low)[:6]
    return bool(parses) and all(
        "gent" in str(p.tag) or "nomn" not in str(p.tag) for p in parses
    ) and any(p.tag.POS == "NOUN" and "inan" in str(p.tag) and "gent" in str(p.tag) for p in parses)


def _known(token: Token, lang: str) -> bool:
    from .morph import analyzer

    return analyzer(lang).word_is_known(token.low)


def _adjective_of_next_noun(tokens: list[Token], k: int) -> bool:
    """The common adjective at k agrees with the lower-case noun after it ("Азовського
    узбережжя", "Тихоокеанського регіону")."""
    word, after = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        after is not None
        and word.an.pos == "ADJF"
        and not word.an.proper
        and after.is_word
        and not after.is_cap
        and after.an.pos == "NOUN"
        and bool(word.an.cases & after.an.cases)
    )


def _party_before(tokens: list[Token], i: int, mentions: list[Mention], cues: Cues) -> bool:
    """ "Партія SPD Томіо Окамури", "партии «Свобода» Окамуры": a name right after a party
    named with its party noun is the party's leader, in the genitive."""
    if i > 0 and tokens[i - 1].text in ("»", "”", '"'):
        # "партия «Свобода» Окамуры": a party's name in quotes after its party noun
        for k in range(i - 2, max(-1, i - 10), -1):
            if tokens[k].text in ("«", "„", "“", '"'):
                return k > 0 and _party_noun(tokens[k - 1], cues)
        return False
    body = next((m for m in mentions if m.end == i and m.actor.type == "organisation"), None)
    if body is None:
        return False
    return any(_party_noun(tokens[k], cues) for k in range(max(0, body.start - 2), body.end))


def _party_noun(token: Token, cues: Cues) -> bool:
    """A noun that introduces a party's name ("партія", "партия", "рух", "блок")."""
    return any(cues.party_nouns.get(key) in ("party", "movement", "bloc") for key in token.keys)


# Case endings of a foreign name's last word the dictionary does not know, by case.
_OBLIQUE_ENDINGS = {
    "ablt": (("ём", "ь"), ("єм", "й"), ("ем", "ь"), ("ом", "")),
    "gent": (("ы", "а"), ("и", "а"), ("я", "ь"), ("а", "")),
}


def _governed_case(tokens: list[Token], i: int, span: list[Token], lang: str, leader: bool) -> str:
    """The oblique case of a foreign name the dictionary cannot decline: after a party, the
    genitive of its leader; after "з/с" (with), the instrumental ("з Лі Цзюнем")."""
    if leader:
        return "gent"
    if lang in ("uk", "ru") and len(span) >= 2 and i > 0 and tokens[i - 1].low in closed_classes().comitatives \
            and not _known(span[-1], lang):
        return "ablt"
    return ""


def _strip_case(word: str, case: str) -> str:
    for ending, replacement in _OBLIQUE_ENDINGS.get(case, ()):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            if replacement == "ь" and stem[-1:] not in "нл":
                replacement = ""
            if replacement == "а" and stem[-1:] in "аеєиіїоуюяыэь":
                return word
            return stem + replacement
    return word


def _new_actor(span: list[Token], lang: str, as_written: bool = False, case: str = "") -> Actor:
    if lang in ("uk", "ru") and case:
        # "з Лі Цзюнем" -> "Лі Цзюнь", "Томіо Окамури" -> "Томіо Окамура": the dictionary's
        # guess for an unknown foreign word means nothing; its case ending is stripped.
        words = [
            _strip_case(t.low, case) if not _known(t, lang) or t is span[-1] and not t.an.proper else nominative_word(t)
            for t in span
        ]
        label = _cased_like(transliterate(" ".join(words), lang), span)
    elif lang in ("uk", "ru") and (
        as_written
        or span[0].an.proper
        and (span[0].an.gender == "femn" and span[0].an.case == "nomn" or given_name(span[0].low, lang) == (span[0].low, "femn"))
    ):
        words = [t.low for t in span]  # "Ирина Соколова": a woman's surname stays as written
        label = _cased_like(transliterate(" ".join(words), lang, person=_given_name_first(span, lang)), span)
    elif lang in ("uk", "ru"):
        words = [nominative_word(t) for t in span]
        surname = surname_nominative(span)
        if surname:
            words[-1] = surname
        if len(span) >= 2 and span[0].an.proper:
            # "Юлії Гриценко", "Юлию Навальную": the given name of the woman the surname
            # names, not the man's name the dictionary reads first ("Юлій", "Юлий"); and a
            # woman's surname in her own nominative ("Натальи Ивановой" -> Иванова, not Иванов).
            female = any(t.an.gender == "femn" for t in span[1:])
            name, gender = given_name(span[0].low, lang, "femn" if female else "")
            words[0] = name or words[0]
            if gender == "femn":
                words[1:] = [feminine_nominative(t.low, lang) or w for t, w in zip(span[1:], words[1:], strict=True)]
        label = _cased_like(transliterate(" ".join(words), lang, person=_given_name_first(span, lang)), span)
    else:
        label = " ".join(t.text for t in span)
        # "Port Authority's negotiators": the possessive ending is no part of the name.
        label = re.sub(r"(?:'s|’s|'|’)$", "", label)
    camel = len(span) == 1 and any(c.isupper() for c in span[0].text[1:]) and not span[0].text.isupper()
    org = any(_ORG_WORDS.match(re.sub(r"(?:'s|’s)$", "", t.text)) for t in span)
    kind = "organisation" if camel or org else "person"
    return Actor(id=slug(label) or "unknown", label=label, type=kind)


def _given_name_first(span: list[Token], lang: str) -> bool:
    """Whether the span opens with a given name the dictionary knows: a person's name."""
    return len(span) >= 2 and span[0].an.proper and bool(given_name(span[0].low, lang)[0])


def surname_nominative(span: list[Token]) -> str:
    """A man's foreign surname in the case of the known first name before it: "Карл
    Нехаммер" stays as written (the dictionary's genitive guess means nothing), "Гербертом
    Киклем" is "кикль" (the lemma that is not the surface form), so that the nominative
    "Кикль" later is the same person; "" where no first name decides."""
    if len(span) < 2 or not span[0].an.proper or span[0].an.gender != "masc" or span[-1].an.proper:
        return ""
    last = span[-1]
    if span[0].an.case == "nomn":
        return last.low
    others = sorted(k for k in last.keys if k != last.low and k[:3] == last.low[:3] and len(k) <= len(last.low))
    return others[0] if len(others) == 1 else ""


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


def _gender(span: list[Token], lang: str) -> str:
    if lang in ("uk", "ru"):
        genders = [t.an.gender for t in span if t.an.gender]
        return genders[-1] if genders else ""
    return ""
