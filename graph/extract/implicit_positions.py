"""Positions stated without a cue word.

Conditional offers ("Russia would halt the offensive if ...", rule 3), refused
futures ("Росія не виведе війська", rule 2), "instead" (section 7) and plan
markers at a sentence start ("Згідно з планом, ...", section 7): the functions
find where these start; the engine reads their items.
"""

from __future__ import annotations

from .demonyms import demonym_actor
from .lexicon import actor_lexicon, closed_classes
from .mention import principal
from .sentence_view import SentenceView


def offer_verb(view: SentenceView, start: int, end: int) -> int | None:
    """The first word of a future or conditional verb phrase in [start, end): "would halt",
    "will sign", "підпише", "припинить", "готов" excluded (a cue of its own)."""
    closed = closed_classes()
    tokens = view.tokens
    for k in range(start, end):
        token = tokens[k]
        if k in view.attr_tokens or view.cue_at(k) is not None:
            continue
        if view.lang == "en":
            if token.low in closed.future_auxiliaries and k + 1 < end:
                j = k + 1
                while j < end and tokens[j].low in closed.future_fillers:
                    j += 1
                if (
                    j < end
                    and tokens[j].is_word
                    and not tokens[j].keys & view.cues_lex.speech_verbs
                ):
                    return j
        elif token.an.future and not token.keys & view.cues_lex.speech_verbs:
            return k
        elif token.low in closed.conditional_particles and k + 1 < end and tokens[k + 1].an.pos == "INFN":
            return k + 1
        if token.keys & view.cues_lex.offer_modals and k + 1 < end:
            # "Гана може знизити мито, якщо …", "Ghana could cut the duty if …": what a party
            # can do on a condition is offered (rule 3).
            j = k + 1
            while j < end and tokens[j].low in closed.future_fillers:
                j += 1
            if j < end and tokens[j].is_word and (view.lang == "en" or tokens[j].an.pos == "INFN") \
                    and not tokens[j].keys & view.cues_lex.speech_verbs:
                return j
    return None


def refused_verb(view: SentenceView, k: int) -> int | None:
    """Where a negated future verb phrase starts at token k: "will not ease", "won't sign",
    "не виведе", "не будет выводить"; None when k starts no such phrase."""
    tokens = view.tokens
    token = tokens[k]
    n = len(tokens)
    closed = closed_classes()
    if view.lang == "en":
        if token.low in closed.refusal_auxiliaries and k + 2 < n and tokens[k + 1].low in closed.never_words:
            j = k + 2
        elif token.low in closed.refusal_contractions and k + 1 < n:
            j = k + 1
        else:
            return None
        if (
            tokens[j].low in closed.not_refused_verbs
            or not tokens[j].is_word
            or tokens[j].keys & view.cues_lex.speech_verbs
        ):
            return None
        return j if view.cue_at(j) is None else None
    if token.low not in closed.refusal_negations or k + 1 >= n:
        return None
    nxt = tokens[k + 1]
    if (
        nxt.an.future
        and view.cue_at(k + 1) is None
        and not nxt.keys & view.cues_lex.speech_verbs
        and nxt.an.lemma not in closed.auxiliary_lemmas
    ):
        return k + 1
    if (
        nxt.low in closed.future_be
        and k + 2 < n
        and tokens[k + 2].an.pos == "INFN"
    ):
        return k + 2 if view.cue_at(k + 2) is None else None
    return None


def instead_position(view: SentenceView) -> int | None:
    for i, token in enumerate(view.tokens):
        if (
            token.is_word
            and view.cues_lex.instead.longest_at(view.tokens, i)
            and token.low in closed_classes().instead_words
        ):
            return i
    return None


def plan_marker(view: SentenceView) -> tuple[int, object] | None:
    """Section 7: "Згідно з планом, ...", "Under the Russian proposal, ..." at a sentence start."""
    lex = view.cues_lex
    tokens = view.tokens
    for i in range(min(3, len(tokens))):
        hit = lex.plan_markers.longest_at(tokens, i) if tokens[i].is_word else None
        if not hit:
            continue
        end = hit[0]
        author = None
        # ("По сделке, ...": an agreement noun names the plan as well)
        plan_nouns = lex.plan_nouns | lex.agreement_nouns
        has_plan_noun = bool(tokens[end - 1].keys & plan_nouns) or _plan_pronoun(tokens, end - 1)
        clause = None  # where the plan's content starts when no comma closes the marker
        # From the marker's own words: "Under Trump's plan", "Under the Russian proposal".
        for k in range(i + 1, min(end + 4, len(tokens))):
            if tokens[k].text == ",":
                break
            if k == end and _plan_pronoun(tokens, k):
                has_plan_noun = True
                end = k + 1
                break
            actor_id = demonym_actor(tokens[k])
            if actor_id:
                author = principal(actor_lexicon().entries[actor_id]).actor
            m = view.mention_at(k)
            if m is not None and has_plan_noun and not _plan_owner(view, m):
                clause = k  # "По плану Россия вернет ...": the subject of the plan's content
                break
            if m is not None and not _venue(tokens, m.start):
                author = m.actor
            if tokens[k].keys & plan_nouns:
                has_plan_noun = True
                end = k + 1
        if not has_plan_noun:
            continue
        if clause is not None:
            return clause, author
        while end < len(tokens) and tokens[end].text != "," and end < i + 8:
            m = view.mention_at(end)
            if m is not None and not _plan_owner(view, m):
                break  # "За планом Трампа Росія поверне ...": Russia opens the content
            if m is not None and not _venue(tokens, m.start):
                author = author or m.actor
            end += 1
        if author is None:
            relative = _relative_author(view, end)
            if relative is not None:
                end, author = relative
        return end, author
    return None


def _relative_author(view: SentenceView, comma: int):
    """ "Согласно проекту, который мы предложили, …", "за планом, який підготували США,":
    the author named in a relative clause after the plan noun (the speaker, for "we"),
    and the comma that closes the clause."""
    tokens = view.tokens
    closed = closed_classes()
    if comma + 1 >= len(tokens) or tokens[comma].text != "," or tokens[comma + 1].low not in closed.relative_pronouns:
        return None
    close = next((j for j in range(comma + 2, min(comma + 10, len(tokens))) if tokens[j].text == ","), None)
    if close is None:
        return None
    for j in range(comma + 2, close):
        m = view.mention_at(j)
        if m is not None and m.kind not in ("possessive",):
            return close, m.actor
        if tokens[j].low in closed.first_person and view.quote_speaker is not None:
            return close, view.quote_speaker.actor
    return None


def _plan_pronoun(tokens, k: int) -> bool:
    """ "Представив новий проєкт. Згідно з ним, …", "Согласно ему, …", "Under it, …": a
    pronoun closing the marker stands for the plan just named; its author is the last
    proposer (plan_sentence)."""
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].text == ","
        and (tokens[k].an.pos == "NPRO" or tokens[k].low in closed_classes().object_pronouns)
    )


def _venue(tokens, start: int) -> bool:
    """A name after "in" ("the agreement signed in Doha", "угода, підписана в Досі"): where
    the plan was made or signed, not whose it is."""
    return start > 0 and tokens[start - 1].low in closed_classes().locative_prepositions


def _plan_owner(view: SentenceView, m) -> bool:
    """A name after a plan marker owns the plan ("по плану Трампа", "under the plan of
    Witkoff") unless its own verb follows: then it is the subject of the plan's content
    ("по плану Россия вернет", "under the plan Russia would return")."""
    tokens = view.tokens
    if m.end >= len(tokens) or m.kind == "possessive" or m.genitive:
        return True
    following = tokens[m.end]
    if view.lang == "en":
        return following.low not in closed_classes().auxiliaries
    return not (m.subject_ok and following.an.pos in ("VERB", "INFN"))
