"""Rule 4 without an antecedent: an offer that a response names by its owner or its topic.

"Hamas rejected Egypt's new proposal", "the union accepted the employer's pay offer",
"Профспілка відхилила пропозицію уряду щодо зарплат", "Профсоюз отверг новое
предложение правительства": the offer's content is not restated, and when the article has
stated no proposal of that owner before, there is nothing to refer back to. The phrase is
still a name a reader understands ("Egypt's new proposal"), so the response is a statement
about it. A bare "the new offer" names no offer in particular and stays unread.
"""

from __future__ import annotations

from dataclasses import dataclass

from .demonyms import demonym_actor
from .item_outcomes import names_a_party
from .lexicon import closed_classes
from .morph import Token
from .sentence_view import Cue, SentenceView

_POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass(frozen=True)
class NamedOffer:
    """Tokens [start, end) naming an offer; `owner` the party whose offer it is (an actor
    id, or "" for a party noun the lexicon has no node for); `topic` the positions of the
    words that say what it is about ("pay", "щодо зарплат")."""

    start: int
    end: int
    head: int  # the offer noun
    owner: str | None
    topic: tuple[int, ...]


def offer_head(token: Token, view: SentenceView) -> bool:
    """A noun of an offer or a plan ("proposal", "пропозиція", "предложение", "deal")."""
    lex = view.cues_lex
    return token.is_word and token.an.pos in ("NOUN", "UNKN", "") and (
        any(lex.anaphora_nouns.get(k) == "proposes" for k in token.keys)
        or bool(token.keys & lex.deal_nouns)
    ) and not token.keys & lex.offer_excluded_heads


def _party_word(token: Token, view: SentenceView) -> bool:
    lex = view.cues_lex
    return names_a_party(token, lex) or bool(token.keys & lex.party_heads)


def _owner_at(view: SentenceView, k: int) -> str | None:
    """The owner a word names: a mention ("Egypt", "уряду"), a state's adjective
    ("єгипетську", "Qatari"), a party's adjective ("урядову") or a party noun ("employer")."""
    m = view.mention_at(k)
    if m is not None and m.kind not in ("pronoun", "possessive"):
        return m.actor.id
    token = view.tokens[k]
    found = demonym_actor(token)
    if found:
        return found
    if token.keys & view.cues_lex.party_adjectives or _party_word(token, view):
        return ""
    if view.lang == "en" and token.low.endswith(("'s", "’s")) and len(token.low) > 2:
        return ""  # "the province's": a possessive names an owner the lexicon need not know
    return None


def _names_an_act(token: Token, view: SentenceView) -> bool:
    """ "підвищення", "прекращения", "raising": an action noun says what is offered."""
    if view.lang == "en":
        return token.low.endswith("ing")
    endings = closed_classes().action_noun_endings
    return bool(endings) and (token.an.lemma.endswith(endings) or token.low.endswith(endings))


def named_offer(view: SentenceView, start: int, end: int, cue: Cue | None = None) -> NamedOffer | None:
    """The offer the object [start, end) names by its owner or topic alone, or None when
    the span says more (the offer's terms), less (a bare "the offer") or something else.
    The phrase may open before `start` when the offer noun was read as the cue
    ("відхилили [пропозицію] керівництва щодо зарплат")."""
    tokens = view.tokens
    closed = closed_classes()
    lex = view.cues_lex
    if cue is not None and cue.kind == "noun" and cue.end <= start and offer_head(tokens[cue.start], view) \
            and not any(offer_head(t, view) for t in tokens[start:end]):
        owner_between = view.mention_at(cue.end)
        if cue.end == start or owner_between is not None and owner_between.start == cue.end \
                and owner_between.end == start:
            start = cue.start  # "пропозицію [Укрзалізниці] щодо графіка": the owner was read apart
    last = end - 1
    while last >= start and (not tokens[last].is_word or tokens[last].low in closed.time_words):
        last -= 1
        if last > start and tokens[last + 1].low in closed.time_words and tokens[last].an.pos == "PREP":
            last -= 1  # "on Tuesday"
    heads = [k for k in range(start, last + 1) if offer_head(tokens[k], view)]
    if not heads:
        return None
    head = heads[0] if view.lang != "en" else heads[-1]
    owner: str | None = None
    topic: list[int] = []
    # Before the head: articles, modifiers, a topic noun, the owner ("the government's new pay").
    first = head
    k = head - 1
    while k >= 0:
        token = tokens[k]
        if view.lang == "en" and token.low in _POSSESSIVE:
            k -= 1
            continue
        found = _owner_at(view, k)
        if found is not None and owner is None:
            owner = found
            m = view.mention_at(k)
            first = k = m.start if m is not None else k
            k -= 1
            continue
        if not token.is_word or view.cue_at(k) is not None and k < start:
            break
        if view.lang == "en":
            if token.low in closed.articles or token.low in closed.determiners and token.low not in lex.head_modifiers:
                break
            if token.keys & lex.head_modifiers or token.an.pos in ("ADJF", "NOUN", "UNKN", "") and not token.is_cap:
                if not token.keys & lex.head_modifiers:
                    topic.append(k)
                first = k
                k -= 1
                continue
            break
        if (token.an.pos in ("ADJF", "PRTF") or token.keys & lex.offer_modifiers) \
                and (tokens[head].an.cases & token.an.cases):
            first = k
            k -= 1
            continue
        break
    if any(t.is_word and t.low not in closed.articles and t.low not in closed.determiners for t in tokens[start:first]):
        return None  # words before the phrase inside the object: more than a name
    # After the head: the owner in the genitive or after "of"/"from", then a topic phrase.
    k = head + 1
    if k <= last and view.lang == "en" and tokens[k].low in ("of", "from") and owner is None:
        found = _owner_at(view, k + 1) if k + 1 <= last else None
        if found is None and k + 2 <= last and tokens[k + 1].low in closed.articles:
            found = _owner_at(view, k + 2)
            k += 1
        if found is not None:
            owner = found
            m = view.mention_at(k + 1)
            k = (m.end if m is not None else k + 2)
    elif k == last + 1 and k < len(tokens) and view.lang != "en" and not owner \
            and (m := view.mention_at(k)) is not None and m.start == k and m.genitive \
            and m.kind not in ("pronoun", "possessive"):
        # "відкинули пропозицію Пакистану": the object ended where the owner's name begins.
        owner, k = m.actor.id, m.end
        last = k - 1
    elif k <= last and view.lang != "en" and not owner and "gent" in tokens[k].an.cases:
        found = _owner_at(view, k)
        if found is not None:
            owner = found if found or owner is None else owner
            m = view.mention_at(k)
            k = m.end if m is not None else k + 1
            named = view.mention_at(k) if k <= last else None
            if named is not None and named.start == k:
                k = named.end  # "пропозицію компанії Boeing": the owner's name after its kind
    if k <= last and tokens[k].low in lex.offer_topic_prepositions:
        # "щодо зарплат", "по зарплатам", "on wages": a short phrase of nouns says what about.
        rest = [j for j in range(k + 1, last + 1)]
        if rest and _names_an_act(tokens[rest[0]], view):
            return None  # "пропозицію щодо підвищення зарплат": the offer's content, read as such
        if not rest or len(rest) > 3 or any(
            tokens[j].an.pos not in ("NOUN", "ADJF", "UNKN", "") or view.mention_at(j) is not None
            or view.cue_at(j) is not None for j in rest
        ):
            return None
        topic.extend([k, *rest])
        k = last + 1
    if k <= last:
        return None  # the span goes on: the offer's terms or a clause of its own
    if owner is None and not topic:
        return None
    return NamedOffer(first, k, head, owner, tuple(topic))
