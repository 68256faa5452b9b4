"""Anaphora (codebook rule 4): item spans that refer back to earlier statements.

"these demands", "ці вимоги", "it", "the first point", "the Saudi option": the
functions say whether a span refers back and to what kind of statement; the
engine looks the referents up in the article's history.
"""

from __future__ import annotations

from ..models import Item
from .demonyms import demonym_actor
from .lexicon import actor_lexicon, closed_classes
from .mention import Mention, principal
from .morph import Token
from .sentence_view import Cue, SentenceView


def ordinal_reference(view: SentenceView, start: int, end: int) -> int | None:
    """Rule 4 for lists: "the first point", "останній пункт" -> the index in the latest list."""
    closed = closed_classes()
    words = [
        t
        for t in view.tokens[start:end]
        if t.is_word
        and t.low not in closed.phrase_fillers
    ]
    if len(words) < 2 or len(words) > 3:
        return None
    position = next(
        (closed.ordinals[k] for k in sorted(words[0].keys) if k in closed.ordinals), None
    )
    if position is None or not (
        words[-1].keys & closed.point_nouns or words[-1].low in closed.point_nouns_plural
    ):
        return None
    return position if position >= 0 else 10_000


def demonym_reference(view: SentenceView, start: int, end: int) -> tuple[str, str] | None:
    """ "the Saudi option", "американо-французький проєкт": a party's earlier proposal;
    "французские требования", "the French demands": its earlier demands (rule 4). Returns
    the party's actor id and the relation its statements must have."""
    words = [t for t in view.tokens[start:end] if t.is_word and t.low not in closed_classes().articles]
    if len(words) != 2:
        return None
    lex = view.cues_lex
    wanted = next((lex.anaphora_nouns[k] for k in sorted(words[1].keys) if lex.anaphora_nouns.get(k) == "demands"), None)
    if wanted is None and not (words[1].keys & lex.offer_nouns):  # "швейцарський компроміс"
        return None
    actor_id = demonym_actor(words[0])
    if not actor_id:
        return None
    return principal(actor_lexicon().entries[actor_id]).actor.id, wanted or "proposes"


def owner_reference(view: SentenceView, start: int, end: int) -> str | None:
    """ "поддержал предложение Еврокомиссии", "rejected Moscow's demands": the object is
    only a proposal or demand noun and its owner, so it means the owner's earlier
    proposals or demands (rule 4). Returns the owner's actor id."""
    tokens = view.tokens
    words = [k for k in range(start, end) if tokens[k].is_word]
    if not words:
        return None
    k = words[0]
    leading = view.mention_at(k)
    if leading is not None and leading.start == k and leading.genitive:
        # "Moscow's demands": the owner first, then the noun.
        after = leading.end + (1 if leading.end < end and tokens[leading.end].low in ("'s", "’s", "'") else 0)
        noun, owner = view.cue_at(after), leading
        for j in range(after, min(after + 3, end - 1)):
            # "Japan's latest (contract) offer": a modifier or two before the noun.
            if noun is not None or not tokens[j].is_word or view.mention_at(j) is not None:
                break
            noun = view.cue_at(j + 1)
    else:
        # The noun opens the object, or was itself read as the cue just before it.
        noun = view.cue_at(k) or view.cue_at(k - 1)
        if noun is None:
            return None
        owner = view.mention_at(noun.end)
        if owner is not None and owner.start != noun.end:
            owner = None
        if view.lang == "en":
            before = view.mention_at(noun.start - 1)  # "accepted Ukraine's proposal"
            attributive = (  # "accepted the AU proposal": the owner between the article and its noun
                before is not None and before.start > 0
                and tokens[before.start - 1].low in closed_classes().articles
                and before.kind not in ("pronoun", "possessive", "generic")
            )
            owner = before if before is not None and (before.genitive or attributive) else None
        elif owner is not None and owner.end <= len(tokens) and tokens[owner.start].an.cases \
                and "gent" not in tokens[owner.start].an.cases:
            owner = None
    possessed = leading is not None and leading.start == k and leading.genitive
    if noun is None or noun.kind != "noun" and not (possessed and noun.kind == "verb") \
            or noun.relation not in ("proposes", "demands"):
        return None
    if owner is None or owner.kind in ("pronoun", "possessive"):
        return None
    if any(tokens[t].is_word for t in range(max(noun.end, owner.end), end)):
        return None  # "предложение Еврокомиссии о кредите" says more than a reference
    return owner.actor.id


def is_anaphoric(view: SentenceView, start: int, end: int, fronted: bool = False) -> str | None:
    """Rule 4: "these demands", "ці вимоги", "the offer", "it", "that" refer back.
    Returns the relation the referents must have ("demands", "proposes" or "any")."""
    closed = closed_classes()
    lex = view.cues_lex
    words = [t for t in view.tokens[start:end] if t.is_word]
    while words and words[0].low in closed.reference_fillers:
        words = words[1:]
    while len(words) > 1 and words[-1].low in closed.time_words:
        words = words[:-2] if words[-2].an.pos == "PREP" else words[:-1]  # "these demands on Thursday"
    if not words or len(words) > 3:
        return None
    first = words[0]
    if len(words) == 1 and (
        first.low in closed.referring_words
        or first.low in closed.referring_pronouns
        and first.an.pos in ("NPRO", "")
    ):
        return "any"
    if len(words) == 1 and view.lang != "en" and fronted:
        # uk/ru have no article: a bare "проект", "предложение" as the whole object, fronted
        # before its verb ("Повстанцы проект приняли", "В Каракасе предложение приняли"),
        # is the one just named, as "the plan" is.
        value = next((lex.anaphora_nouns[k] for k in sorted(first.keys) if k in lex.anaphora_nouns), None)
        if value in ("demands", "proposes"):
            return value
    pointer = bool(first.keys & lex.pointers or first.low in lex.pointers)
    if words[-1].keys & lex.deal_nouns and (
        pointer or len(words) == 2 and first.low in closed_classes().articles
    ):
        return "proposes"  # "the deal", "this compromise", "цю угоду": the offer just named
    if len(words) >= 2 and (
        pointer or first.keys & lex.demonstratives or first.low in lex.demonstratives
    ):
        for key in sorted(words[-1].keys):
            if key in lex.anaphora_nouns:
                value = lex.anaphora_nouns[key]
                return value if value in ("demands", "proposes") else "any"
        if pointer:
            # "ці строки", "these terms", "столь резкого шага": a noun after a demonstrative points back.
            return "any"
    return None


def names_terms(view: SentenceView, start: int, end: int) -> bool:
    """Whether a referring phrase's head is a noun of terms ("these terms", "такі умови"),
    which an offer sets as well as a demand."""
    words = [t for t in view.tokens[start:end] if t.is_word]
    return bool(words) and bool(words[-1].keys & view.cues_lex.terms_nouns)


def singular_reference(view: SentenceView, start: int, end: int) -> bool:
    """ "цю пропозицію", "this offer": one proposal, made in one sentence, not every
    proposal of that party in the sentences before (rule 4)."""
    words = [t for t in view.tokens[start:end] if t.is_word]
    if not words:
        return False
    if view.lang == "en":
        return not words[-1].low.endswith("s")
    # The uk dictionary leaves the number of "цю", "пропозицію" open but gives a gender,
    # which only a singular form has.
    return not any(t.an.number == "plur" for t in words) and any(
        t.an.number == "sing" or t.an.gender for t in words
    )


def narrowed_referents(
    view: SentenceView, start: int, end: int, items: list[Item], wanted: str
) -> list[Item]:
    """Rule 4, with what the referring phrase says of its referents: "the farm demand"
    takes only the earlier items that share a word with "farm" (none: no guess), and a
    singular "this demand", "це требование" only the latest one."""
    if not items:
        return items
    closed = closed_classes()
    lex = view.cues_lex
    words = [t for t in view.tokens[start:end] if t.is_word and t.low not in closed.reference_fillers]
    if not words:
        return items
    # The head is the referring noun ("demand", "вимоги"); words after it (a naming verb's
    # predicate, "ці вимоги політичним шантажем") say nothing of the referents.
    def pointing(t: Token) -> bool:
        return bool(t.keys & lex.pointers or t.low in lex.pointers or t.keys & lex.demonstratives)

    at = next(
        (k for k, t in enumerate(words) if set(t.keys) & set(lex.anaphora_nouns) and not pointing(t)),
        len(words) - 1,
    )
    head = words[at]
    modifiers = [
        t
        for t in words[:at]
        if not pointing(t)
        and t.low not in closed.determiners
        and len(t.low) > 3
        and t.an.pos not in ("NPRO", "PREP", "CONJ", "PRCL")
    ]
    if modifiers:
        stems = {t.low[:4] for t in modifiers} | {k[:4] for t in modifiers for k in t.keys}
        items = [
            item
            for item in items
            if any(w[:4] in stems for w in (item.text + " " + item.label).lower().split() if len(w) > 3)
        ]
    singular = head.an.number == "sing" if view.lang != "en" else not head.low.endswith("s")
    if wanted == "demands" and singular and len(items) > 1:
        items = items[-1:]
    return items


def appositive_verdict(view: SentenceView, k: int) -> tuple[Mention, Cue] | None:
    """ "…, an idea Saudi Arabia has opposed", "…, a condition Kyiv has rejected",
    "… — умова, яку Київ відкидав": at the comma or dash k, an apposition that names
    what came before and another party's verdict on it. Returns (that party, its cue)."""
    tokens = view.tokens
    closed = closed_classes()
    lex = view.cues_lex
    if tokens[k].text not in (",", "—", "–"):
        return None
    j = k + 1
    while j < len(tokens) and tokens[j].low in closed.determiners:
        j += 1
    if j >= len(tokens) or not any(key in lex.anaphora_nouns for key in tokens[j].keys):
        return None
    j += 1
    if j < len(tokens) and tokens[j].text == ",":
        j += 1  # "умова, яку Київ …"
    if j < len(tokens) and tokens[j].low in closed.relative_pronouns | {"that"}:
        j += 1
    mention = view.mention_at(j)
    if mention is None or mention.start != j or mention.kind in ("pronoun", "possessive"):
        return None
    for c in range(mention.end, min(mention.end + 4, len(tokens))):
        cue = view.cue_at(c)
        if cue is not None and cue.kind in ("verb", "phrase") and not cue.negated:
            return mention, cue
        if not tokens[c].is_word:
            return None
    return None


_OWNER_LINKS = frozenset({"from", "by", "of", "від", "від", "от", "со", "з", "с"})


def offer_author(previous: SentenceView | None, gender: str, lang: str, earlier: list | None = None):
    """Rule 4 and 5: "It also included X" after "voted against Boeing's latest offer", "Вона
    також передбачала X" after "відхилила пропозицію Укрзалізниці": the pronoun stands for
    the offer, so X is proposed by the offer's author, named as its possessive, demonym or
    genitive owner in the sentence before, or the one party that sentence has proposing.
    The author's actor; None when that sentence names an offer of no known party (its terms
    are then no one's); False when it names no offer the pronoun could stand for."""
    if previous is None:
        return False
    if lang == "en" and gender != "neut":
        return False  # "it", never "he" or "she"
    tokens = previous.tokens
    for k in range(len(tokens) - 1, -1, -1):
        noun = tokens[k]
        if not noun.keys & previous.cues_lex.plan_nouns or noun.an.pos not in ("NOUN", "UNKN", ""):
            continue
        if lang != "en" and noun.an.gender and noun.an.gender != gender:
            continue  # "Вона" is the feminine "пропозиція", not the neuter "рішення"
        owner = offer_owner(previous, k)
        if owner is not None:
            return owner
        proposers = {s.actor.id: s.actor for s in earlier or () if s.relation == "proposes"}
        return next(iter(proposers.values())) if len(proposers) == 1 else None
    return False


def offer_subject(view: SentenceView, verb: int) -> int | None:
    """The offer noun that is the subject of the verb at `verb`, right before it or its
    auxiliaries ("the Israeli offer includes X", "the proposal would release X",
    "российская пропозиция передбачає X", "предложение предусматривало бы X"), or None."""
    tokens = view.tokens
    lex = view.cues_lex
    closed = closed_classes()
    k = verb - 1
    while k >= 0 and verb - k <= 3 and tokens[k].is_word and (
            tokens[k].low in closed.auxiliaries or tokens[k].low in ("б", "бы", "би")):
        k -= 1
    if k < 0 or not tokens[k].keys & lex.offer_nouns or view.mention_at(k) is not None:
        return None
    if view.lang != "en" and tokens[k].an.pos == "NOUN" and "nomn" not in tokens[k].an.cases:
        return None  # "відхилили пропозицію, передбачає ..." is no subject
    j = k - 1
    while j >= 0 and tokens[j].is_word and (tokens[j].low in closed.determiners or tokens[j].an.pos in ("ADJF", "DET")
                                           or view.mention_at(j) is not None or demonym_actor(tokens[j])):
        j -= 1
    if j >= 0 and (tokens[j].an.pos == "PREP" or tokens[j].low in _OWNER_LINKS | {"on", "for", "to", "with", "in", "under", "about"}):
        return None  # "the signing of the deal conditional on X": the noun is no subject
    return k


def offer_owner(view: SentenceView, k: int):
    """The party that owns the offer noun at k: "Boeing's latest offer", "єгипетську
    пропозицію", "пропозицію Укрзалізниці", "the offer from Egypt"."""
    tokens = view.tokens
    closed = closed_classes()
    possessive = ("'s", "’s", "'")
    for j in range(k - 1, max(-1, k - 4), -1):
        token = tokens[j]
        m = view.mention_at(j)
        if m is not None and m.kind != "pronoun" and (
            m.kind in ("possessive", "demonym") or token.low.endswith(possessive)
            or j + 1 < k and tokens[j + 1].low in possessive
        ):
            return m.actor
        found = demonym_actor(token)
        if found:
            return principal(actor_lexicon().entries[found]).actor
        if token.low in closed.determiners and token.an.pos not in ("DET", "NPRO"):
            continue  # "Israel's latest offer", "Boeing's new offer": a modifier, not the offer's determiner
        if not token.is_word or token.low in closed.determiners or token.an.pos not in ("ADJF", "NOUN", "UNKN", ""):
            break
    after = k + 1
    if after < len(tokens) and tokens[after].low in _OWNER_LINKS:
        after += 1
    if view.lang != "en" and after + 1 < len(tokens) and view.mention_at(after) is None \
            and tokens[after].an.pos == "NOUN" and "gent" in tokens[after].an.cases and not tokens[after].is_cap:
        # "пропозицію авіакомпанії Ryanair", "предложение компании Boeing": the owner's name
        # after its kind, in the genitive.
        named = view.mention_at(after + 1)
        if named is not None and named.start == after + 1 and named.kind not in ("pronoun", "possessive"):
            return named.actor
    m = view.mention_at(after)
    if m is not None and m.start == after and m.kind not in ("pronoun", "possessive"):
        return m.actor
    return None
