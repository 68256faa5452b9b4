"""Item spans that stand before their cue.

"X is unacceptable" and "called X unacceptable" (the item precedes an adjective
cue), uk/ru object-verb order ("профспілка такий графік відкидає"), and a noun
cue with its adjectives ("американо-французький проект") when the cue itself
names the item.
"""

from __future__ import annotations

from .lexicon import closed_classes
from .sentence_view import Cue, SentenceView


def subject_span_before(view: SentenceView, cue: Cue) -> tuple[int, int]:
    """The noun phrase an adjective cue is said of: "X is unacceptable", "called X unacceptable"."""
    closed = closed_classes()
    end = cue.start
    if end > 0 and view.tokens[end - 1].low in closed.articles:
        end -= 1  # "X is a non-starter", "X would be a deal-breaker"
    linked = False
    while end > 0 and (
        view.tokens[end - 1].low in closed.copula
        or view.tokens[end - 1].low in view.cues_lex.negation
        or (linked and view.tokens[end - 1].low in closed.auxiliaries)
    ):
        # "X would be unacceptable", "X will never be acceptable": the modal before the
        # copula is no part of X
        linked = linked or view.tokens[end - 1].low in closed.copula
        end -= 1
    return _clause_start(view, end, cue.start), end


def _clause_start(view: SentenceView, end: int, anchor: int) -> int:
    """Where the clause holding tokens[end - 1] starts: after a comma, a speech verb or
    "that", or at the opening of the quote `anchor` stands in."""
    start = 0
    if view.quote_range and view.in_quote(anchor):
        start = view.quote_range[0] + 1
    for k in range(end - 1, start - 1, -1):
        token = view.tokens[k]
        if (
            token.text in (",", ";", ":")
            or token.keys & view.cues_lex.speech_verbs
            or token.keys & view.cues_lex.belief_verbs
            or token.low in closed_classes().that_words
            and not (k > 0 and view.tokens[k - 1].low == "of")  # "sequencing of that kind": a determiner
        ):
            return k + 1
    return start


def object_before(view: SentenceView, cue: Cue, actor) -> tuple[int, int] | None:
    """The object standing between the subject and the verb (uk/ru word order), or opening
    the clause before a pronoun or a name ("Квоти ми не приймемо", "These terms we will
    never accept")."""
    if view.lang == "en":
        return _english_fronted_object(view, cue)
    found = _object_before(view, cue, actor)
    if found is not None and cue.lemma.lstrip("=").startswith(("голос", "проголос")):
        clause = max((k + 1 for k in range(found[0], found[1]) if view.tokens[k].text in (",", ";", ":")), default=found[0])
        if clause < found[1] and view.tokens[clause].text[:1].isdigit():
            return None  # "122 депутата проголосовали за": the count is who voted, not what
    return found


def _object_before(view: SentenceView, cue: Cue, actor) -> tuple[int, int] | None:
    subject = None
    for m in reversed(view.mentions):
        if m.end <= cue.start and m.actor.id == actor.id:
            subject = m
            break
    end = cue.start
    if subject is None:
        # "Пропозицію про X відхилила Японія": object first, the subject after its verb.
        if not any(m.start >= cue.end and m.actor.id == actor.id for m in view.mentions):
            return None
        start = max((k + 1 for k in range(cue.start) if view.tokens[k].text in (",", ";", ":")), default=0)
        closed = closed_classes()
        while start < end and view.tokens[start].low in closed.and_words | closed.but_words:
            start += 1
        if start == _before_adverbs(view, start, end) and start > 1 and view.tokens[start - 1].low in closed.and_words | closed.but_words | {","}:
            # "Пропозицію прийняв ХАМАС, але відкинув Ізраїль": the second verb shares the
            # object fronted before the first one.
            shared = _shared_fronted_object(view, start)
            if shared is not None:
                return shared
        end = _before_adverbs(view, start, end)
        if end > start and view.tokens[end - 1].low in closed_classes().subject_pronouns:
            end = _before_adverbs(view, start, end - 1)  # «Квоти ми не приймемо»: "ми" is the subject
        if end == start:
            return _antecedent_before_clause(view, start)
        return (start, end) if any(t.is_word for t in view.tokens[start:end]) else None
    start = subject.end
    end = _before_adverbs(view, start, end)
    if (
        end - start < 1
        or not any(t.is_word for t in view.tokens[start:end])
        or any(t.text in (",", ";") for t in view.tokens[start:end])
    ):
        # "Повертати нічні доплати адміністрація відмовилася": the object opens the clause.
        if end - start >= 1:
            return None
        clause = max(
            (k + 1 for k in range(subject.start) if view.tokens[k].text in (",", ";", ":")),
            default=0,
        )
        if subject.start - clause >= 1 and any(
            t.is_word and t.an.pos != "CONJ" for t in view.tokens[clause : subject.start]
        ):
            return clause, subject.start
        return None
    return start, end


def _antecedent_before_clause(view: SentenceView, verb: int) -> tuple[int, int] | None:
    """ "Налог, который предложила Еврокомиссия, отвергли Польша и Венгрия", "Проект,
    підготовлений Єврокомісією, відхилила Угорщина": the object fronted before the verb is the
    noun phrase before a relative or participle clause that closes right before the verb. None
    when the comma before the verb closes no such clause."""
    tokens = view.tokens
    if verb < 2 or tokens[verb - 1].text != ",":
        return None
    closed = closed_classes()
    opening = next((k for k in range(verb - 2, -1, -1) if tokens[k].text in (",", ";", ":")), None)
    if opening is None or opening < 1 or tokens[opening].text != "," or opening + 1 >= verb - 1:
        return None
    head = tokens[opening + 1]
    participle = head.an.pos == "PRTF" or (
        # the uk dictionary tags a passive participle as an adjective: one with its agent
        # in the instrumental ("підготовлене Катаром") opens the same clause
        head.an.pos == "ADJF" and any("ablt" in t.an.cases for t in tokens[opening + 2 : verb - 1])
    )
    if not (head.low in closed.relative_pronouns or participle):
        return None
    start = max((k + 1 for k in range(opening) if tokens[k].text in (",", ";", ":")), default=0)
    while start < opening and tokens[start].low in closed.and_words | closed.but_words:
        start += 1
    span = tokens[start:opening]
    if (
        not span
        or opening - start > 8
        or view.mention_at(start) is not None
        or not any(t.an.pos == "NOUN" for t in span)
        or any(t.an.pos in ("VERB", "INFN") for t in span)
        or any(start <= c.start < opening and c.kind not in ("noun", "plan") for c in view.cues)
    ):
        return None
    return start, opening


def _shared_fronted_object(view: SentenceView, clause: int) -> tuple[int, int] | None:
    """The object fronted before the verb of the clause that ends just before `clause`
    ("Пропозицію прийняв ХАМАС, але …"), or None."""
    tokens = view.tokens
    k = clause - 1
    while k >= 0 and (not tokens[k].is_word or tokens[k].low in closed_classes().and_words | closed_classes().but_words):
        k -= 1
    start = max((j + 1 for j in range(k) if tokens[j].text in (",", ";", ":")), default=0)
    verb = next((c for c in view.cues if start < c.start <= k and c.kind in ("verb", "phrase")), None)
    if verb is None:
        return None
    end = _before_adverbs(view, start, verb.start)
    if end <= start or view.mention_at(start) is not None or not any(t.is_word for t in tokens[start:end]):
        return None
    return start, end


def _english_fronted_object(view: SentenceView, cue: Cue) -> tuple[int, int] | None:
    """ "These terms we will never accept", "Such a cap Iceland rejects": a noun phrase opens
    the clause, then the subject (a pronoun or a name) and the verb with its auxiliaries."""
    closed = closed_classes()
    tokens = view.tokens
    k = cue.start - 1
    while k >= 0 and (
        tokens[k].low in closed.auxiliaries
        or tokens[k].low in view.cues_lex.negation
        or tokens[k].low.endswith(("n't", "ly"))
        or tokens[k].low == "cannot"
    ):
        k -= 1
    if k < 1:
        return None
    mention = view.mention_at(k)
    if tokens[k].low in closed.subject_pronouns:
        subject = k
    elif mention is not None and mention.end == k + 1 and mention.kind not in ("possessive",):
        subject = mention.start
    else:
        return None
    start = _clause_start(view, subject, cue.start)
    while start < subject and not tokens[start].is_word:
        start += 1  # the opening quote
    span = tokens[start:subject]
    if not span or span[0].an.pos in ("PREP", "CONJ", "ADVB") or span[0].low in closed.that_words:
        return None  # "In Gaza we will not accept", "that we will not accept"
    if any(not t.is_word or view.mention_at(t.i) is not None for t in span):
        return None  # "Hamas, we will never accept it": no object, a name or a comma
    if any(t.keys & view.cues_lex.speech_verbs for t in span):
        return None
    return start, subject


def _before_adverbs(view: SentenceView, start: int, end: int) -> int:
    """`end` moved left over a negation and adverbs standing before the verb, and over a
    frame ("проект в целом приняли", "в принципі погодилися"): how, not what."""
    closed = closed_classes()
    while end > start:
        token = view.tokens[end - 1]
        if token.low in closed.referring_words or token.low in closed.object_pronouns:
            break  # "Бишкек это исключил": "это" (a particle to the dictionary) is the object
        if token.low in view.cues_lex.negation or token.an.pos in ("ADVB", "PRCL"):
            end -= 1
        elif (
            end - 2 >= start
            and view.tokens[end - 1].low in closed.frame_adverbs
            and view.tokens[end - 2].low in closed.in_words
        ):
            end -= 2
        else:
            break
    return end


def noun_phrase(view: SentenceView, cue: Cue) -> tuple[int, int]:
    """A noun cue with the adjectives before it: "американо-французький проект"."""
    closed = closed_classes()
    start = cue.start
    while (
        start > 0
        and view.tokens[start - 1].is_word
        and (
            view.tokens[start - 1].an.pos in ("ADJF", "PRTF")
            or (
                view.lang == "en"
                and view.tokens[start - 1].low not in closed.determiners
                and view.mention_at(start - 1) is None
                and not view.cue_at(start - 1)
            )
        )
    ):
        start -= 1
        if cue.start - start >= 3:
            break
    return start, cue.end


def predicate_subject(view: SentenceView, cue: Cue) -> tuple[int, int] | None:
    """ "отмена санкций остается обязательным условием любого соглашения", "the release of all
    prisoners remains a precondition": a demand noun used as the predicate, so the demand is the
    clause's subject, before the linking verb. None when the noun is not a predicate."""
    closed = closed_classes()
    tokens = view.tokens
    k = cue.start - 1
    skipped = 0
    while k >= 0 and skipped < 3 and (tokens[k].an.pos == "ADJF" or tokens[k].low in closed.determiners):
        k -= 1  # "обязательным", "a", "the main"
        skipped += 1
    if k < 1 or tokens[k].low not in closed.linking_verbs:
        return None
    end = k
    start = _clause_start(view, end, cue.start)
    while start < end and tokens[start].low in closed.determiners:
        start += 1
    if not any(t.is_word for t in tokens[start:end]) or view.mention_at(start) is not None:
        return None  # "Україна є умовою…" names a party, not a demand
    return start, end


def must_clause_start(view: SentenceView, cue: Cue, start: int) -> int | None:
    """ "the levy must be scrapped", "мито має бути скасоване", "пошлину нужно отменить": a
    "must" whose verb is passive, or whose object stands before it, says what must happen to
    the noun before it; the item is the whole clause from there (the "must" inside it is
    dropped by the item reader). None when the clause has no such noun."""
    tokens = view.tokens
    if start >= len(tokens) or cue.start < 1:
        return None
    closed = closed_classes()
    k = cue.start - 1
    if k >= 1 and tokens[k].low in view.cues_lex.negation:
        k -= 1  # "мито не має бути скасоване": the negation belongs to the must
    before = tokens[k]
    if not before.is_word or before.keys & view.cues_lex.negation:
        return None
    passive = tokens[start].low in closed.be_infinitives
    fronted = (
        view.lang != "en"
        and tokens[start].an.pos == "INFN"
        and before.an.pos in ("NOUN", "ADJF")
        and "accs" in before.an.cases
        and ("nomn" not in before.an.cases or tokens[cue.start].low in closed.impersonal_musts)
    )
    if not (passive or fronted):
        return None
    clause = _clause_start(view, cue.start, cue.start)
    if clause >= cue.start or not any(t.is_word for t in tokens[clause : cue.start]):
        return None
    return clause


def relative_antecedent(view: SentenceView, cue: Cue, actor) -> tuple[int, int] | None:
    """ "the wealth tax, which the ÖVP had called unacceptable", "призупинення права на притулок,
    якого вимагала АПС, ...", "налог, который партия называла неприемлемым": a cue inside a
    relative clause whose pronoun is its object, with the actor as the clause's subject. The
    item is the noun phrase the pronoun stands for, not the words after the clause."""
    tokens = view.tokens
    closed = closed_classes()
    lex = view.cues_lex
    end = cue.object_end if cue.kind == "naming" and cue.object_end > cue.end else cue.end
    after = view.mention_at(end) if end < len(tokens) else None
    subject = None
    if after is not None and after.start == end and after.actor.id == actor.id and view.lang != "en":
        subject, end = after, after.end  # "якого вимагала АПС,"
    if cue.kind == "naming":
        # "which China had called unacceptable": the predicate the naming verb gives it
        predicate = end
        while predicate < len(tokens) and predicate - end < 4 and tokens[predicate].is_word \
                and tokens[predicate].an.pos not in ("VERB", "INFN"):
            predicate += 1
        end = predicate
    if end < len(tokens) and tokens[end].text not in (",", ".", ";", "—", "–", "!"):
        return None  # the clause goes on: the cue has an object of its own
    if subject is None:
        subject = next((m for m in reversed(view.mentions) if m.end <= cue.start and m.actor.id == actor.id), None)
        if subject is None or cue.start - subject.end > 4 or any(
            not t.is_word or t.an.pos in ("VERB", "INFN") or view.cue_at(t.i) is not None
            for t in tokens[subject.end : cue.start]
        ):
            return None  # "который ÖVP с самого начала называла": only a frame between them
        p = subject.start - 1
        while p > 0 and tokens[p].low in closed.determiners and view.lang == "en":
            p -= 1  # "which the Freedom Party had demanded"
    else:
        p = cue.start - 1
        while p > 0 and (tokens[p].low in lex.negation or tokens[p].an.pos in ("ADVB", "PRCL")):
            p -= 1
    if p < 2 or tokens[p].low not in closed.relative_pronouns or tokens[p - 1].text != ",":
        return None
    if view.lang != "en" and not tokens[p].an.cases - {"nomn"}:
        return None  # "який вимагав": the pronoun is the subject, the party its antecedent
    stop = p - 1
    if view.lang == "en":
        start = next((k for k in range(stop - 1, max(-1, stop - 7), -1) if tokens[k].low in closed.determiners), None)
        if start is None or any(not t.is_word for t in tokens[start:stop]):
            return None
    else:
        start = stop
        while start > 0 and stop - start < 7 and tokens[start - 1].is_word \
                and tokens[start - 1].an.pos in ("NOUN", "ADJF", "PRTF", "NUMR", "PREP") \
                and view.mention_at(start - 1) is None:
            start -= 1
        while start < stop and tokens[start].an.pos == "PREP":
            start += 1
        if not any(t.an.pos == "NOUN" for t in tokens[start:stop]):
            return None
    return start, stop
