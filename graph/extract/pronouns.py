"""Pronouns and head nouns that refer back: "he", "вона", "они", "the minister".

A pronoun resolves to the last actor that agrees with it in gender and number, skipping
relative clauses already closed and the holders of other roles.
"""

from __future__ import annotations

from .carried_subject import after_openers, pronoun_antecedent
from .lexicon import Cues, actor_lexicon, closed_classes
from .mention import NO_PARTY, ActorMemory, Mention, latest_before, role_of
from .morph import Token
from .party_nouns import holds_other_role

_QUOTE_MARKS = frozenset('«»“”„"')


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
    if lang == "en" and token.low != token.an.lemma and token.low.endswith("s") or \
            lang != "en" and token.an.number == "plur":
        return None  # "the funds", "фонды", "хедж-фонди": many bodies, never the one fund named before
    heads = actor_lexicon().heads
    candidates = set().union(*(heads.get(key, frozenset()) for key in token.keys))
    if not candidates:
        return None
    actor = latest_before(mentions, i, memory, lambda a: a.id in candidates)
    if actor is None:
        return None
    genitive = lang != "en" and token.an.case == "gent"
    subject_ok = lang == "en" or "nomn" in token.an.cases
    return Mention(i, i + 1, actor, "reference", "masc", subject_ok, genitive, token.text)


def pronoun_mentions(
    tokens: list[Token], mentions: list[Mention], cues: Cues, memory: ActorMemory, lang: str
) -> list[Mention]:
    """Personal pronouns as mentions of the last fitting actor (in this sentence or before)."""
    out = []
    taken = {k for m in mentions for k in range(m.start, m.end)}
    quoted = any(t.text in _QUOTE_MARKS for t in tokens)
    for i, token in enumerate(tokens):
        if i in taken or not token.is_word:
            continue
        pointed = i == 0 or tokens[i - 1].low in closed_classes().definite_pointers | closed_classes().demonstrative_pointers
        if token.keys & cues.group_pronouns and not pointed and lang in ("uk", "ru") and token.text[:1].islower() \
                and "nomn" in token.an.cases and _named_role(token, memory):
            # "..., но компания эту идею отклонила": uk and ru have no article; a role noun in
            # the nominative is the party the article named for that role.
            out.append(Mention(i, i + 1, _named_role(token, memory), "reference", "plur", True, False, token.text))
            continue
        if token.keys & cues.group_pronouns and pointed and not (
                i + 1 < len(tokens) and (cues.titles.longest_at(tokens, i + 1) or cues.spokesperson_titles.longest_at(tokens, i + 1))):
            # (not "Rebel spokesman X": a modifier of the title, whose holder is the person
            # named next)
            role = role_of(token.low)  # "the company": the employer, never the union named before
            if role and role in memory.named_roles:
                group = memory.named_roles[role]
            else:
                group = latest_before(
                    mentions, i, memory,
                    lambda actor, role=role: actor.type == "organisation"
                    and not holds_other_role(actor, role, memory) and not _wrong_kind(actor, role),
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
            if token.low in closed_classes().subject_pronouns and token.low in cues.pronouns:
                # The nominative's surface form is enough: the uk dictionary reads a capitalised
                # "Вона" opening a sentence as a genitive name ("Вон"), not as the pronoun.
                gender = cues.pronouns[token.low]
            elif token.an.pos == "NPRO" and token.an.case in ("nomn", ""):
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
        opening = after_openers(tokens, i) == i
        if opening:
            # A pronoun opening its sentence: the subject of the sentence before, when that
            # agrees with it ("Іранська делегація …. Натомість вона …"), or no one when
            # that subject was two parties and the pronoun singular.
            found = pronoun_antecedent(memory.previous_subject, gender, lang)
            if found is False:
                continue
            if found is not None:
                out.append(Mention(i, i + 1, found[0], "pronoun", gender, True, False, token.text, also=found[1]))
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
            if resolved is not None and resolved[0].id in memory.sidelined:
                continue  # "За словами Зеленського, Польща …. Він …": not the source named aside
            if resolved is not None and resolved[0].id in memory.oblique:
                # "Перевізники блокують кордон для литовських водіїв. Вони …", "… для водіїв.
                # Для польських водіїв вони вимагають …": not the drivers, who were only named
                # after a preposition, whether or not the pronoun opens its sentence.
                continue
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
    if before is not None and not any(m.start < v <= m.end for m in mentions) and _unread_name(tokens, v - 1):
        return Mention(v - 1, v, NO_PARTY, "none")  # "Boeing said it would": not the last party named
    if before is not None and not any(m.start < v <= m.end for m in mentions) and _plural_noun(before):
        # "the renegade fighters said they were ready": the people the noun names, whom no
        # finder read; never the party named last (the government the talks were with).
        return Mention(v - 1, v, NO_PARTY, "none")
    return None


def _plural_noun(token: Token) -> bool:
    """A lower-case plural noun ("fighters", "delegates", "бойовики")."""
    if not token.is_word or token.is_cap or token.an.number != "plur" or token.low in closed_classes().subject_pronouns:
        return False
    return token.an.pos in ("UNKN", "NOUN") if token.an.pos != "NOUN" else "nomn" in token.an.cases


def _unread_name(tokens: list[Token], k: int) -> bool:
    """A capitalised Latin word no finder read as a mention right before a reporting verb
    ("Boeing said it would", "Officials said it"): someone the article did not identify."""
    token = tokens[k]
    return token.is_word and token.is_cap and token.text.isascii() and token.text.isalpha()


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


def _named_role(token: Token, memory: ActorMemory):
    """The party the article named for the role a noun plays ("компанія", "работодатель"),
    by its surface form or its lemma, else None."""
    for key in [token.low, *sorted(token.keys)]:
        role = role_of(key)
        if role:
            return memory.named_roles.get(role)
    return None


def _wrong_kind(actor, role: str) -> bool:
    """A party the lexicon knows that cannot play the role: "the carmaker" is no union the
    lexicon lists as other than a company (the UAW), "the union" no company (General Motors)."""
    entry = actor_lexicon().entries.get(actor.id)
    if entry is None or not role:
        return False
    return entry.company if role == "union" else role == "employer" and not entry.company
