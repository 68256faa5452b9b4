"""A uk or ru sentence with no subject of its own carries on the sentence before it.

"Польща заблокувала імпорт зерна. Водночас пропонує фермерам компенсації.", "Шмыгаль
предложил реструктуризацию. Также потребовал списания долга.": a finite verb in the
third person, preceded by nothing but connectives ("також", "водночас", "крім того"),
takes the subject of the sentence before, when that sentence opened with one party as
its subject and the verb agrees with it in number and gender. Anything less clear (two
subjects, a subject inside a quote, a verb in the first person, another paragraph)
carries nothing: no line is better than a line given to the wrong party.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Actor
from .lexicon import closed_classes
from .mention import NO_PARTY
from .morph import Token

if TYPE_CHECKING:
    from .sentence_view import Cue, SentenceView

_REFLEXIVE = ("ся", "сь")
# Third-person endings of finite verbs, present or future ("вимагає", "хоче", "просить",
# "вимагають"; "требует", "требуют") and past ("вимагав", "вимагала", "требовали").
_PRESENT = {"uk": ("є", "е", "ть"), "ru": ("т",)}
_PAST = {"uk": ("в", "ла", "ло", "ли"), "ru": ("л", "ла", "ло", "ли")}
_OPENER_POS = frozenset({"ADVB", "CONJ", "PRCL"})


@dataclass(frozen=True)
class Subject:
    """The party a sentence opened with as its subject, with its grammatical gender and number."""

    actor: Actor
    gender: str  # masc, femn, neut or "" (unknown)
    number: str  # sing, plur or "" (unknown)
    paragraph: int
    # The parties joined with it ("Україна і Польща", "Israel and Hamas"): a plural pronoun
    # is all of them; a singular one could be any, so it is none.
    others: tuple[Actor, ...] = ()


def sentence_subject(view: SentenceView, paragraph: int) -> Subject | None:
    """The party the sentence opens with as its subject ("Польща заблокувала …", "Також
    Шмигаль …", "Ukraine and Poland met"), with the parties joined to it; None when no
    party opens the sentence or the sentence is a quote."""
    if view.quote_range is not None:
        return None
    tokens = view.tokens
    skip = 0
    while skip < len(tokens) and (view.in_attribution(skip) or skip and tokens[skip].text == ","
                                  and view.in_attribution(skip - 1)):
        skip += 1  # "За даними видання X, іранська делегація …": the source is no subject
    k = after_openers(tokens, len(tokens), skip)
    mention = view.mention_at(k) if k is not None else None
    if mention is None or mention.start != k or not mention.subject_ok or mention.also \
            or mention.kind in ("possessive", "sides", "none") or not mention.actor.id:
        return None
    closed = closed_classes()
    others: list[Actor] = []
    after = mention.end
    while after + 1 < len(tokens) and (tokens[after].low in closed.and_words or tokens[after].text == ","):
        other = view.mention_at(after + 1)
        if other is None or other.start != after + 1 or not other.subject_ok:
            if tokens[after].text == ",":
                break  # "Польща, яка …": an aside, not a second subject
            # "Maduro and Guaido", the second name unknown: a second subject that names no
            # party; a pronoun after it could be either.
            return Subject(mention.actor, "", "plur", paragraph, (NO_PARTY,))
        others.append(other.actor)
        after = other.end
    if others:
        return Subject(mention.actor, "", "plur", paragraph, tuple(a for a in others if a.id != mention.actor.id))
    head = next(
        (t for t in tokens[mention.start:mention.end] if t.an.pos == "NOUN" and "nomn" in t.an.cases),
        tokens[mention.start],
    )  # "Іранська делегація": the noun, feminine, not the state's own gender
    number = head.an.number
    gender = head.an.gender
    if mention.kind != "pronoun" and (not head.an.cases or head.an.proper or not gender and not number):
        # An indeclinable or unknown name ("США", "ХАМАС"): the finder's guess of its gender.
        gender = mention.gender if mention.gender in ("masc", "femn", "neut") else ""
        number = "plur" if mention.gender == "plur" else ("sing" if gender else "")
    elif mention.kind == "pronoun":
        # The pronoun's own gender ("Вона" of a feminine "делегація"), not its party's.
        own = view.cues_lex.pronouns.get(head.low, "")
        gender = own if own in ("masc", "femn", "neut") else ""
        number = "plur" if own == "plur" else "sing"
    if number == "plur":
        gender = ""
    elif gender in ("masc", "femn", "neut"):
        number = "sing"  # the uk dictionary gives "Польща" a gender and no number
    return Subject(mention.actor, gender, number, paragraph)


def after_openers(tokens: list[Token], limit: int, start: int = 0) -> int | None:
    """The first token after the connectives a sentence may open with ("Також", "Водночас",
    "Крім того,", "При этом"), if it comes before `limit` after at most four of them."""
    closed = closed_classes()
    k = start
    while k < min(limit, len(tokens)) and k < start + 5:
        token = tokens[k]
        if token.text == "," or token.an.pos in _OPENER_POS or token.low in closed.particles:
            k += 1
        elif token.an.pos == "PREP" and k + 1 < len(tokens) \
                and tokens[k + 1].low in closed.referring_words | closed.correlatives:
            k += 2  # "Крім того", "При цьому", "Кроме того", "При этом"
        else:
            return k
    return k if k < len(tokens) else None


def carried_holder(view: SentenceView, cue: Cue, previous: Subject | None, paragraph: int) -> Actor | None:
    """The holder of a subjectless sentence's verb cue: the previous sentence's subject, when
    the verb opens the sentence after connectives only, is finite and in the third person,
    and agrees with that subject; else None."""
    if previous is None or previous.paragraph != paragraph or view.lang not in ("uk", "ru") or previous.others:
        return None
    if cue.kind != "verb" or view.quote_range is not None or view.attribution:
        return None
    if any(m.start < cue.start and m.kind not in ("possessive",) for m in view.mentions):
        return None
    if after_openers(view.tokens, cue.start) != cue.start:
        return None
    verb = view.tokens[cue.start]
    if verb.an.pos != "VERB":
        return None
    word = verb.low
    for ending in _REFLEXIVE:
        if word.endswith(ending) and len(word) > 4:
            word = word[: -len(ending)]
            after = next((t for t in view.tokens[cue.end:] if t.is_word), None)
            if verb.an.passive or after is not None and after.an.pos in ("NOUN", "ADJF") and after.an.case == "nomn":
                return None  # "Також пропонується компенсація": proposed, by no one named
            break
    past = word.endswith(_PAST[view.lang])
    if not past and not word.endswith(_PRESENT[view.lang]):
        return None  # "Вимагаємо", "Требую": a speaker's own words, nobody named
    plural = word.endswith("ли") if past else verb.an.number == "plur"
    if plural:
        return previous.actor if previous.number == "plur" else None
    if previous.number != "sing":
        return None
    if past:
        gender = verb.an.gender or {"в": "masc", "л": "masc", "ла": "femn", "ло": "neut"}.get(word[-2:] if word.endswith(("ла", "ло")) else word[-1:], "")
        return previous.actor if gender and gender == previous.gender else None
    return previous.actor



def pronoun_antecedent(previous: Subject | None, gender: str, lang: str):
    """What a personal pronoun opening its clause stands for, by the subject of the sentence
    before: (actor, joined parties) when that subject agrees with it ("Польща …. Вона …",
    "Ukraine and Poland …. They …"); False when that subject is two parties and the pronoun
    singular (either could be meant: no party); None when it says nothing (another rule decides)."""
    if previous is None:
        return None
    if previous.others:
        if any(not actor.id for actor in previous.others):
            return False  # one of the joined subjects names no party: no one can tell whom
        if gender == "plur":
            return previous.actor, previous.others
        return False
    if lang == "en":
        if gender == "plur" and previous.actor.type == "state":
            return False  # "Poland demanded X. They also …": one state is "it"; "they" is someone else
        return None  # English pronouns carry no grammatical gender of the noun: the usual rules
    if gender == "plur":
        return (previous.actor, ()) if previous.number == "plur" else None
    if previous.number == "sing" and previous.gender == gender:
        return previous.actor, ()
    return None


def sidelined_parties(view: SentenceView) -> frozenset[str]:
    """The parties a sentence names only in its source attribution ("За словами X,",
    "According to X,") or inside its quote, nowhere else."""
    aside, elsewhere = set(), set()
    quoted = view.quote_range is not None and view.quote_range[0] >= 0  # not a whole dialogue turn
    for mention in view.mentions:
        if mention.kind in ("pronoun", "possessive"):
            continue
        if view.in_attribution(mention.start) or quoted and view.in_quote(mention.start):
            aside.add(mention.actor.id)
        else:
            elsewhere.add(mention.actor.id)
    return frozenset(aside - elsewhere)


def oblique_parties(view: SentenceView) -> frozenset[str]:
    """The parties a sentence with no party as its subject names only after a preposition
    ("Польські перевізники блокують кордон для литовських водіїв", "talks with the rebels
    resumed"): never what a pronoun opening the next sentence stands for; that is the
    sentence's own subject, a noun no finder read."""
    if sentence_subject(view, 0) is not None:
        return frozenset()
    closed = closed_classes()
    tokens = view.tokens
    oblique, elsewhere = set(), set()
    for mention in view.mentions:
        if mention.kind in ("pronoun", "possessive") or not mention.actor.id:
            continue
        k = mention.start - 1
        while k >= 0 and tokens[k].low in closed.articles:
            k -= 1
        if k >= 0 and tokens[k].low in closed.prepositions and tokens[k].low not in closed.agent_prepositions:
            oblique.add(mention.actor.id)
        else:
            elsewhere.add(mention.actor.id)
    return frozenset(oblique - elsewhere)
