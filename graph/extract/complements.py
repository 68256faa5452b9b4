"""Complements and item spans: where the object of a cue starts and ends.

A complement starts after the cue (skipping addressees, framing phrases and
prepositions) and ends at the first boundary: a condition marker (rule 3), a
contrast, a relative or participle clause, a new clause with its own subject,
the speaker tail of a quote or "instead" (section 7). A cue at the head of
another's complement chains with it ("wants to prevent X", rule 1).
"""

from __future__ import annotations

from .actors import owner_before_copula
from .clauses import main_predicate_after, opener_at, relative_opener_before
from .demonyms import demonym_actor
from .lexicon import closed_classes
from .morph import Token
from .objection_reading import objection_noun
from .sentence_view import (
    DASHES,
    Cue,
    SentenceView,
    colon_closes_phrase,
    owns_the_noun,
)


def until_date(view: SentenceView, k: int) -> bool:
    """"until 2028", "until March", "until the end of the year": a time limit, not a
    condition (rule 3 reads only a clause after "until" as a demand)."""
    from .items import _month_words

    tokens = view.tokens
    hit = view.cues_lex.until_words.longest_at(tokens, k)
    if not hit:
        return False
    closed = closed_classes()
    j = hit[0]
    while j < len(tokens) and tokens[j].low in closed.articles:
        j += 1
    if j >= len(tokens):
        return False
    word = tokens[j]
    if word.text[:1].isdigit() or word.low in closed.time_words | closed.time_heads or word.low in _month_words():
        return True
    # "until the cycle closes": a subject that is no party, then a verb of running out (en;
    # uk/ru "поки не спливе термін" is read by the refusal rules)
    for k in range(j, min(j + 4, len(tokens)) if view.lang == "en" else j):
        token = tokens[k]
        if not token.is_word or view.mention_at(k) is not None:
            return False
        if k > j and (token.low in closed.end_verbs or token.an.lemma in closed.end_verbs):
            return True
    return False


def in_condition(view: SentenceView, i: int) -> bool:
    """Rule 3: a cue inside a condition clause ("if Ukraine refuses talks") is part of
    the condition, not a position of its own."""
    if view.condition_tokens is None:
        view.condition_tokens = set()
        lex = view.cues_lex
        for k, token in enumerate(view.tokens):
            if not token.is_word:
                continue
            hit = lex.conditions.longest_at(view.tokens, k) or lex.unless.longest_at(view.tokens, k)
            if _inverted_condition(view, k):
                # "Had China agreed earlier, ...", "Were the union to accept X, ...": a
                # counterfactual condition up to its comma, no position of anyone.
                end = next((j for j in range(k + 1, len(view.tokens)) if view.tokens[j].text == ","), len(view.tokens))
                view.condition_tokens.update(range(k, end))
                continue
            if hit and not until_date(view, k):
                end = complement_end_with_reason(view, hit[0], None)[0]
                view.condition_tokens.update(range(k, end))
    return i in view.condition_tokens


def _inverted_condition(view: SentenceView, k: int) -> bool:
    """An auxiliary opening a clause before its subject: "Had X agreed", "Were X to"; or
    "should" before a failure ("a fallback should negotiations fail"), wherever it stands."""
    tokens = view.tokens
    closed = closed_classes()
    if tokens[k].low in closed.failure_conditionals:
        for j in range(k + 1, min(k + 5, len(tokens))):
            if not tokens[j].is_word:
                return False
            if j > k + 1 and tokens[j].keys & view.cues_lex.contingency_verbs:
                return True  # "should the talks collapse", "should negotiations fail"
        return False
    if tokens[k].low not in closed.inverted_conditionals:
        return False
    if k > 0 and tokens[k - 1].text not in (",", ";", ":", "—", "–") and tokens[k - 1].is_word:
        return False
    subject = view.mention_at(k + 1) if k + 1 < len(tokens) else None
    return subject is not None and subject.start == k + 1


def complement_start(view: SentenceView, cue: Cue) -> int:
    """Where the cue's object begins: after an object actor before "to"/an infinitive,
    a genitive actor after a noun cue, a framing phrase before a dash, or "to"."""
    closed = closed_classes()
    tokens = view.tokens
    i = cue.end
    lex = view.cues_lex
    if cue.kind == "noun" and colon_closes_phrase(tokens, i):
        # "Компромиссный вариант, подготовленный ... секретариатом ОПЕК: X, Y" — the terms.
        return next(k for k in range(i, len(tokens)) if tokens[k].text == ":") + 1
    if cue.kind == "noun":
        owner = owner_before_copula(view, cue)
        m = view.mention_at(i)
        if owner is not None:
            i = owner.end  # "the goal of Peru is X", "Метою Перу є X"
        elif m is not None and (
            view.lang == "en" or owns_the_noun(view, m)
        ):
            i = m.end
        if (
            view.lang == "en"
            and i < len(tokens)
            and tokens[i].is_word
            and tokens[i].low not in closed.noun_links
            and view.cue_at(i) is None
        ):
            return len(tokens)  # "put an offer on the table": the noun names no content here
        if view.lang == "en" and i + 1 < len(tokens) and tokens[i].low == "to" and _addressee_after_to(view, i + 1):
            return len(tokens)  # "put no new offer to members", "an offer to the union": to whom, not what
        # "Повстанцы проект в целом приняли": a frame after the noun, no content of it.
        i = _past_frame_adverb(tokens, i) if i == cue.end else i
        # "мету в будь-яких переговорах - запобігти X": the goal is what follows the dash.
        end = complement_end(view, i)
        for k in range(i, end):
            if tokens[k].text in DASHES or tokens[k].text == ":":
                if k + 1 < end:
                    return k + 1
        while i < end and tokens[i].low in closed.copula | {
            "remained",
            "remains",
            "залишається",
            "остается",
            "—",
            "-",
        }:
            i += 1
        # "план, що передбачає X" / "plan providing for X": the plan's content.
        k = i
        # "пропозицію Мінфіну, яка передбачала X": read with the cue, the relative clause goes on.
        content_end = max(end, complement_end_with_reason(view, i, cue)[0])
        while k < content_end and (
            tokens[k].text == ","
            or tokens[k].keys & lex.relative
            or tokens[k].low in closed_classes().plan_links
        ):
            k += 1
        hit = lex.plan_content.longest_at(tokens, k) if k < content_end else None
        if hit:
            i = hit[0]
            while i < end and tokens[i].low in (
                "for",
                "of",
                "that",
                "у",
                "в",
                "собі",
                "себе",
                "себя",
            ):
                i += 1
        return i
    if (
        view.lang != "en"
        and cue.kind == "phrase"
        and i < len(tokens)
        and "ablt" in tokens[i - 1].an.cases
        and tokens[i - 1].keys & lex.terms_nouns
    ):
        # "ставит условием переговоров вывод войск", "ставить умовою переговорів виведення":
        # the genitive after the condition says of what; the condition is the noun after it
        j = i
        while j < min(i + 3, len(tokens)) and tokens[j].is_word and "gent" in tokens[j].an.cases \
                and tokens[j].an.pos in ("NOUN", "ADJF") and view.mention_at(j) is None \
                and (j == i or tokens[j].an.cases.isdisjoint({"nomn", "accs"})):
            j += 1
        if i < j < len(tokens) and tokens[j].an.pos == "NOUN" and not tokens[j].an.cases.isdisjoint({"nomn", "accs"}):
            i = j
    if (
        i + 1 < len(tokens)
        and tokens[i].low in closed_classes().from_words
        and view.mention_at(i + 1) is not None
    ):
        i = view.mention_at(i + 1).end  # "вимагають від Тегерана відновити ...": the addressee
    elif i + 2 < len(tokens) and tokens[i].low in closed_classes().from_words:
        i = _unnamed_addressee_end(tokens, i)  # "требуют от перевозчиков снижения тарифов"
    if (
        i < len(tokens)
        and tokens[i].text == ","
        and i + 1 < len(tokens)
        and tokens[i + 1].low in closed.complementizers
    ):
        i += 1
    if (
        view.lang != "en"
        and i < len(tokens)
        and tokens[i].an.cases == frozenset({"datv"})
        and tokens[i].an.pos in ("NOUN", "NPRO")
        and not (cue.relation == "accepts" and cue.kind == "phrase" and view.mention_at(i) is None)
    ):
        # "запропонував сторонам дорожню карту": the addressee is not the item; but after
        # an acceptance phrase ("дала зелёный свет вступлению", "выразила поддержку
        # перемирию") a dative that names no party is what is accepted
        i += 1
        m = view.mention_at(i)
        if m is not None and m.start == i and m.end < len(tokens) and tokens[m.end].an.pos != "INFN" \
                and tokens[m.end].is_word:
            i = m.end  # "повстанцам ELN трехмесячное перемирие": the dative's name is the addressee too
    if cue.kind == "plan":
        while i < len(tokens) and (
            tokens[i].text in (":", ",") or tokens[i].low in closed_classes().plan_fillers
        ):
            i += 1
        return i
    # "urged Zelensky to make a deal", "закликав Росію припинити": skip the addressee.
    determined = False  # "the rebels", "its creditors": only before "for"/"a" (not "the army to")
    for k in range(i, min(i + 4, len(tokens))):
        m = view.mention_at(k)
        if m is not None and view.lang == "en" and m.kind == "possessive" and tokens[k].low in closed.addressee_determiners:
            determined = True
            continue  # "asked its creditors for": whose creditors, before the addressee
        if m is not None and m.end < len(tokens):
            end = m.end
            while (
                end + 1 < len(tokens)
                and tokens[end].low in closed.and_words
                and view.mention_at(end + 1) is not None
            ):
                end = view.mention_at(end + 1).end  # "закликав Росію та Україну повернутися"
            after = tokens[end] if end < len(tokens) else None
            if after is not None and not (determined and after.low not in closed.indirect_object_links) and (
                after.low in closed.addressee_links
                or view.lang == "en" and after.low in closed.indirect_object_links
                or after.an.pos == "INFN"
                or (
                    after.low in closed.not_words
                    and end + 1 < len(tokens)
                    and (tokens[end + 1].an.pos == "INFN" or tokens[end + 1].low == "to")
                )
            ):
                i = end
            break
        if view.lang == "en" and tokens[k].low in closed.addressee_determiners:
            determined = True
            continue  # "asked its creditors for", "offered the rebels a truce"
        if (
            not tokens[k].is_word
            or tokens[k].low in closed.complementizers
            or not (tokens[k].is_cap or demonym_actor(tokens[k]))
        ):
            break  # only titles and demonyms may stand before the addressee's name
    if i == cue.end:
        i = _place_frame(view, i)  # "agreed in Washington to open X": the venue is no item
    head = _past_frame_adverb(tokens, i) if i == cue.end else i
    if head != i:
        i = head  # "agreed in principle to X", "погодилася в принципі на X"
    else:
        head = cue.end
    while (
        i < len(tokens)
        and tokens[i].low in closed_classes().cue_prepositions
        and i == head
    ):
        i += 1
    if (
        i + 2 < len(tokens)
        and tokens[i].low in closed.correlatives
        and tokens[i + 1].text == ","
        and tokens[i + 2].low in closed.complementizers
    ):
        return i + 2  # "наполягає на тому, щоб X", "против того, чтобы X": the clause is the item
    partner = view.mention_at(i) if i == cue.end + 1 and tokens[cue.end].low in closed.comitatives else None
    if partner is not None and partner.start == i and not partner.genitive and partner.end < len(tokens):
        i = partner.end  # "домовилася з Косово про X": the other party, not the item
    return i


def _addressee_after_to(view: SentenceView, i: int) -> bool:
    """en: after "offer to", a party or a plural noun ("to members", "to the union", "to
    Kyiv") names whom the noun goes to; a bare verb ("to raise pay") names its content."""
    from .item_outcomes import names_a_party
    from .items import best_item_entry, classify_issue

    tokens = view.tokens
    closed = closed_classes()
    if i + 1 < len(tokens) and tokens[i].low in closed.determiners:
        i += 1  # "to the union"; not "an invitation to the G7 summit"
    token = tokens[i]
    party = view.mention_at(i)
    end = party.end if party is not None else i + 1
    if end < len(tokens) and tokens[end].is_word and tokens[end].an.pos not in ("PREP", "CONJ") \
            and not view.cues_lex.conditions.longest_at(tokens, end) and not view.cues_lex.unless.longest_at(tokens, end):
        # "an invitation to the G7 summit": the name modifies a noun after it; but "a proposal
        # to the government peace panel" goes to a body that the last noun names
        if party is None and not names_a_party(token, view.cues_lex):
            return False  # "an invitation to join the naval coalition": what is offered
        head = end
        while head + 1 < min(end + 3, len(tokens)) and tokens[head + 1].is_word \
                and tokens[head + 1].an.pos not in ("PREP", "CONJ"):
            head += 1
        return bool(tokens[head].keys & (view.cues_lex.party_heads | closed.recipient_heads)) \
            and (head + 1 == len(tokens) or not tokens[head + 1].is_word)
    if party is not None or names_a_party(token, view.cues_lex):
        return True
    # "to members": a plural noun that names no issue and no item of the lexicon
    return token.is_word and not token.is_cap and token.lemma != token.low and token.low.endswith("s") \
        and view.cue_at(i) is None and classify_issue([token]) == "other" and best_item_entry([token]) is None


def _place_frame(view: SentenceView, i: int) -> int:
    """After a venue between a cue and its infinitive: "agreed in Cairo on Monday to extend
    X", "домовилися у Вашингтоні відкрити X"; else i."""
    tokens = view.tokens
    if i + 1 >= len(tokens) or tokens[i].low not in closed_classes().place_prepositions:
        return i
    place = view.mention_at(i + 1)
    if place is None or place.start != i + 1:
        return i
    for k in range(place.end, min(place.end + 4, len(tokens))):
        if tokens[k].low == "to" and view.lang == "en" or tokens[k].an.pos == "INFN":
            return k
        if not tokens[k].is_word:
            return i
    return i


def _past_frame_adverb(tokens, i: int) -> int:
    """After "in principle", "в принципі", "принципово" standing right after a cue."""
    frames = closed_classes().frame_adverbs
    if i < len(tokens) and tokens[i].low in frames:
        return i + 1
    if i + 1 < len(tokens) and tokens[i].low in closed_classes().in_words and tokens[i + 1].low in frames:
        return i + 2
    return i


def _question_clause(view: SentenceView, k: int) -> bool:
    """A word of not knowing after a comma or "and" that opens an indirect question
    ("…, і неясно, чи X", "…, and it is unclear whether X", "…, и неясно, Y ли")."""
    lex = view.cues_lex
    tokens = view.tokens
    if not (tokens[k].keys & lex.uncertainty_words) or not lex.question_openers:
        return False
    closed = closed_classes()
    back = tokens[max(0, k - 3) : k]
    if not any(t.text == "," or t.low in closed.coordinators for t in back):
        return False
    ahead = tokens[k + 1 : k + 5]
    return any(t.low in lex.question_openers or (view.lang == "en" and t.low == "if") for t in ahead)


def preferred(view: SentenceView, at: int) -> bool:
    """A preference at the cue at `at` or up to two words before it ("prefers", "would
    rather", "скорее согласится", "радше погодяться")."""
    words = closed_classes().preference_words
    return any(t.low in words for t in view.tokens[max(0, at - 2) : at + 1])


def complement_end(view: SentenceView, start: int) -> int:
    return complement_end_with_reason(view, start, None)[0]


def _also_item(view: SentenceView, k: int) -> bool:
    """"X, а також Y", "X, а также Y" at k: Y is a second item of the same verb. Not
    when a comma closes Y within a few words ("признания этих регионов, а также Крыма,
    российскими"): an aside inside the first item, which stays where it was cut."""
    hit = view.cues_lex.including.longest_at(view.tokens, k)
    if not hit:
        return False
    return not any(t.text == "," for t in view.tokens[hit[0] : hit[0] + 4])


def _restrictive_relative_end(view: SentenceView, cue: Cue | None, start: int) -> int | None:
    """en: where the main clause's verb stands after a relative clause with no comma that
    holds the cue ("developing nations who had demanded much more were left angry"): the
    first auxiliary after the item's start, when no clause of content ("that") comes first.
    None when the cue is not in such a clause."""
    if view.lang != "en" or cue is None or cue.kind != "verb":
        return None
    tokens = view.tokens
    closed = closed_classes()
    k = cue.start - 1
    while k > 0 and tokens[k].low in closed.auxiliaries:
        k -= 1  # "who had demanded"
    if k < 1 or tokens[k].low not in closed.relative_pronouns or not tokens[k - 1].is_word:
        return None  # "Peru, which has demanded": a comma-closed clause, read elsewhere
    for j in range(start, min(start + 8, len(tokens) - 1)):
        token = tokens[j]
        if not token.is_word or token.low in closed.complementizers or view.cue_at(j) is not None:
            return None
        if j > start and token.low in closed.finite_auxiliaries and tokens[j + 1].is_word:
            return j
    return None


def complement_end_with_reason(view: SentenceView, start: int, cue: Cue | None) -> tuple[int, str]:
    """Where an item span ends, and why: the sentence end, a condition marker (rule 3),
    a contrast, a relative or participle clause, a new clause with its own subject,
    the speaker tail of a quote, or "instead" (section 7)."""
    closed = closed_classes()
    tokens = view.tokens
    lex = view.cues_lex
    inside_quote = cue is not None and view.in_quote(cue.start)
    # "Peru, which has demanded X, recalled its ambassador": inside a relative clause the
    # item ends where the comma closing it meets the main clause's verb.
    in_relative = start > 0 and relative_opener_before(view, start) is not None
    main_verb = _restrictive_relative_end(view, cue, start)
    n = len(tokens)
    k = start
    while k < n:
        token = tokens[k]
        if k == main_verb:
            return k, "clause"  # "nations who had demanded more were left angry": the main verb
        if view.tail_range is not None and k >= view.tail_range[0]:
            return k, "tail"
        if inside_quote and view.quote_range and k >= view.quote_range[1]:
            return k, "quote"
        if token.text == ";":
            return k, "semicolon"
        if cue is not None and cue.kind == "noun" and view.lang != "en" and k > start \
                and _subject_of_fronted_noun(view, cue, k):
            return k, "clause"  # "Пропозицію ЄС про X Польща відкинула": X ends at the subject
        if (
            cue is not None
            and cue.kind == "noun"
            and k > start
            and view.cue_at(k) is not None
            and view.cue_at(k).kind == "adj"
        ):
            return k, "cue"  # "Вимоги Путіна щодо X неприйнятні": the predicate begins
        if (
            cue is not None
            and cue.kind == "noun"
            and k > start + 1
            and view.lang != "en"
            and token.low in closed.copula
            and k + 1 < n
            and tokens[k + 1].an.passive
        ):
            return k, "predicate"  # "Пропозиція X про Y була підтримана Z"
        if cue is not None and k > start and token.low in closed.preference_links and preferred(view, cue.start) \
                and k + 1 < n and tokens[k + 1].low not in closed.be_infinitives | closed.non_content_verbs:
            return k, "contrast"  # "prefers early elections to a minority government": the other option
        if k > start and objection_noun(view, k) is not None:
            return k, "despite"  # "approved X despite the objections of Poland": X ends
        if cue is not None and cue.kind == "noun" and k > start and lex.source_phrases.longest_at(tokens, k):
            return k, "predicate"  # "Ініціатива щодо X походить від Брюсселя": who made it follows
        if cue is not None and cue.kind == "noun" and k > start and _predicate_of_the_noun(view, start, k):
            # "Відмова Японії звільнити траулери розлютила Китай": the noun is the subject;
            # its item ends where the sentence's own verb begins.
            subject = view.mention_at(k - 1) if view.lang != "en" else None
            if subject is not None and subject.end == k and subject.start > start and subject.subject_ok \
                    and not subject.genitive and "nomn" in tokens[subject.start].an.cases:
                return subject.start, "predicate"  # "Пропозицію Судану щодо X Єгипет відхилив"
            return k, "predicate"
        if (
            view.lang == "en"
            and cue is not None
            and cue.kind == "noun"
            and k > start + 1
            and token.low in closed.predicate_starts
        ):
            # "Seoul's demand for a seat at any talks has complicated ...": the predicate begins.
            return k, "predicate"
        if (
            cue is not None
            and cue.relation == "rejects"
            and k > start
            and token.low in closed.as_words
            and tokens[k - 1].is_word
            and not lex.role_phrases.longest_at(tokens, k)
        ):
            # "rejected the offer as an insult": what follows "as" is the reason.
            return k, "as"
        if (
            token.text in (".", "!", "?", "…")
            and k + 1 < n
            and k > start
            and (tokens[k + 1].is_cap or not tokens[k + 1].is_word)
        ):
            # A sentence inside a quoted passage ends the item.
            return k, "period"
        if token.text == ":":
            if not any(t.is_word for t in tokens[k + 1 :]):
                return k, "list"
            if k > start + 1 and not (cue is not None and cue.kind in ("noun", "plan")):
                # "поетапне підвищення зарплат: на 30% ..." — details after a colon.
                return k, "colon"
            if k > start and k + 1 < n and lex.plan_markers.longest_at(tokens, k + 1):
                # "запропонував компроміс: згідно з його планом, …" — the terms follow.
                return k, "colon"
        if token.is_word:
            hit = lex.unless.longest_at(tokens, k)
            if hit:
                return k, "unless"
            if k > start + 1 and _question_clause(view, k):
                # "rejected the ceasefire, and it is unclear whether talks will resume": the
                # indirect question is a clause of its own, no part of the item.
                j = k
                while j > start and (tokens[j - 1].text == "," or tokens[j - 1].low in closed.coordinators):
                    j -= 1
                return j, "question"
            if k > start and opener_at(view, k):
                # "rejected X, as Chile demanded Y", "вимагає X, бо Y": an adverbial clause
                # with its own subject is no part of the item (issue 14).
                return k, "clause"
            hit = lex.conditions.longest_at(tokens, k)
            if hit and k > start and not until_date(view, k) and not _restricted_clause(view, start, k):
                return k, "condition"
            hit = lex.exchange.longest_at(tokens, k)
            if hit and k > start and hit[0] - k >= 2:
                return k, "exchange"
            if k > start and lex.item_stops.longest_at(tokens, k):
                # "asked for a moratorium on payments because of the crisis", "у відповідь на
                # скасування мит": a reason or a response, no part of the item.
                return k - (1 if tokens[k - 1].text == "," else 0), "reason"
            if lex.instead.longest_at(tokens, k) and k > start:
                return k, "instead"
            if (
                k > start
                and lex.contrast.longest_at(tokens, k)
                and not _also_item(view, k)  # "X, а також Y": both, no contrast
                and (
                    tokens[k - 1].text == ","
                    or token.low in closed.but_words
                )
            ):
                # "але за умови, що ...", "but only if ...": the condition, not a contrast.
                j = k + 1
                while j < n and tokens[j].low in closed.condition_fillers:
                    j += 1
                if (
                    cue is not None
                    and cue.kind == "must"
                    and token.low in closed.gapping_joins
                    and any(tokens[g].text in DASHES for g in range(k + 1, min(k + 5, n)))
                ):
                    k += 1  # "..., а західні країни — призупинити X": a second demand (gapping)
                    continue
                if j < n and (
                    lex.conditions.longest_at(tokens, j) or lex.unless.longest_at(tokens, j)
                ):
                    return k - (1 if tokens[k - 1].text == "," else 0), "condition"
                return k - (1 if tokens[k - 1].text == "," else 0), "contrast"
        if (
            k > start
            and (token.text == "," or token.low in closed.coordinators)
            and negated_alternative(view, k + 1, start)
        ):
            return k, "contrast"  # "a ceasefire, not a capitulation", "перемир'я і не капітуляцію"
        if token.text in DASHES and k + 1 < n and tokens[k + 1].keys & lex.speech_verbs:
            return k, "tail"
        if (
            view.lang != "en"
            and k > start + 1
            and token.low in lex.pronouns
            and tokens[k - 1].an.pos == "NOUN"
            and k + 1 < n
            and tokens[k + 1].an.pos == "VERB"
        ):
            return k, "clause"  # "Требование о X он назвал «капитуляцией»": a new subject and verb
        if k in view.attr_tokens and k > start and (k - 1) not in view.attr_tokens:
            # An attribution phrase inside the sentence ends the item before it.
            return k, "attribution"
        if token.text == "," and k + 1 < n:
            nxt = tokens[k + 1]
            if in_relative and k > start and main_predicate_after(view, k):
                return k, "clause"
            if view.lang == "en" and _speech_tail(view, k + 1):
                return k, "tail"
            if lex.including.longest_at(tokens, k + 1):
                k += 1
                continue
            if (
                nxt.keys & lex.speech_verbs
                or nxt.an.pos == "GRND"
                or (view.lang == "en" and nxt.low.endswith("ing") and nxt.low not in ("including",))
            ):
                return k, "clause"
            if (
                nxt.keys & lex.relative
                and not view.plan_context
                and not (cue is not None and cue.kind == "noun")
                and not _bare_deal_noun(view, start, k)
            ):
                return k, "relative"
            if (
                cue is not None
                and cue.kind == "noun"
                and (nxt.keys & lex.relative or nxt.low in closed.relative_pronouns)
                and view.mention_at(k - 1) is not None
                and any(
                    (c := view.cue_at(j)) is not None and c.kind in ("verb", "phrase")
                    for j in range(k + 2, min(k + 5, n))
                )
            ):
                # "пропозицію Перу, яке вимагає X": the clause states the owner's own position.
                return k, "relative"
            if (
                nxt.low in closed.reason_openers
                and k >= start
            ):
                return k, "purpose"  # "відкидає, бо …": the object stood before the verb
            m = view.mention_at(k + 1)
            if m is not None and m.subject_ok and _verb_follows(view, m.end):
                return k, "clause"
        if token.low in closed.and_words and k > start and k + 1 < n and _delayed_predicate(view, k + 1):
            return k, "clause"  # "rejected the truce and on Friday demanded X", "and did not accept Y"
        if token.low in closed.and_words and k > start + 1 and cue is not None and _cue_verb_goes_on(view, cue, start, k):
            return k, "clause"  # "наполягала, щоб X очолив її представник, і водночас претендувала на Y"
        if token.low in closed.and_words and k > start and k + 1 < n:
            nxt = tokens[k + 1]
            following = view.cue_at(k + 1)
            if (
                following is not None
                and following.kind in ("verb", "phrase", "goal")
                and (cue is None or following.start != cue.start)
            ):
                return k, "clause"  # "пообіцяв продовжити X і закликав Y"
            if view.lang == "en":
                new_verb = (
                    bool(nxt.keys & lex.speech_verbs)
                    or (view.cue_at(k + 1) is not None and view.cue_at(k + 1).kind != "noun")
                    or (nxt.low.endswith("ed") and nxt.low not in closed.not_past_forms)
                    # "opposes the deal and is demanding X", "and has called for Y": a second
                    # verb phrase behind its auxiliary, no part of the item.
                    or (nxt.low in closed.auxiliaries and k + 2 < n and nxt.low not in ("also", "still", "so", "then", "yet")
                        and (view.cue_at(k + 2) is not None or tokens[k + 2].low.endswith(("ing", "ed"))))
                )
            else:
                # "якщо Україна відмовиться від X і вийде з Y": a clause item keeps its verbs.
                new_verb = nxt.an.pos == "VERB" and not any(
                    t.an.pos in ("VERB", "INFN") for t in tokens[start:k]
                )
            if new_verb or _new_subject_clause(view, k) or (nxt.low in closed.complementizers and nxt.low != "to"):
                return k, "clause"  # "... and that lifting the duties remained its demand"
            m = view.mention_at(k + 1)
            if m is not None and m.subject_ok and _verb_follows(view, m.end):
                return k, "clause"
        k += 1
    return n, "end"


def _subject_of_fronted_noun(view: SentenceView, cue: Cue, k: int) -> bool:
    """uk/ru: a noun cue opening the sentence is the fronted object of a verb after it; a
    name at k right before a finite verb is that verb's subject ("Пропозицію ЄС про
    скорочення викидів Польща відкинула"), no word of the noun's item."""
    tokens = view.tokens
    first = next((j for j, t in enumerate(tokens) if t.is_word), None)
    m = view.mention_at(k)
    return (
        first == cue.start
        and m is not None
        and m.start == k
        and m.subject_ok
        and m.kind not in ("pronoun", "possessive")
        and m.end < len(tokens)
        and tokens[m.end].an.pos == "VERB"
    )


def _restricted_clause(view: SentenceView, start: int, k: int) -> bool:
    """uk/ru: a condition marker with no comma before it inside a "щоб"/"чтобы" clause
    that has its own subject and verb ("наполягає, щоб доступ надавався лише після
    підписання контракту"): when the demanded act is to happen, part of what is demanded."""
    if view.lang == "en" or not view.tokens[k - 1].is_word:
        return False
    tokens = view.tokens
    opener = next((j for j in range(start, min(start + 2, k)) if tokens[j].low in closed_classes().complementizers), None)
    if opener is None or tokens[opener].low in ("що", "что"):
        return False
    clause = tokens[opener + 1 : k]
    if any(view.mention_at(t.i) is not None for t in clause):
        return False  # "щоб Україна скасувала квоти лише після виборів": a party acts, on a condition
    return any(t.an.pos == "NOUN" and "nomn" in t.an.cases for t in clause) and any(
        t.an.pos == "VERB" and not t.an.cases or t.an.passive for t in clause)


def _cue_verb_goes_on(view: SentenceView, cue: Cue, start: int, k: int) -> bool:
    """uk/ru: after "і" at k, a finite verb (past adverbs) that agrees in gender and number
    with the cue's own verb and not with the finite verb of the item clause before it
    ("АПС наполягала, щоб міністерство очолив її представник, і водночас претендувала на
    Y"): the cue's subject goes on with a second predicate, not the item's."""
    tokens = view.tokens
    if view.lang == "en" or tokens[k - 1].text != ",":
        return False
    own = tokens[cue.start]
    if own.an.pos != "VERB" or not own.an.gender and not own.an.number:
        return False
    j = k + 1
    while j < len(tokens) and j < k + 4 and tokens[j].an.pos in ("ADVB", "PRCL"):
        j += 1
    if j >= len(tokens) or tokens[j].an.pos != "VERB" or tokens[j].an.cases:
        return False
    verb = tokens[j]
    inner = [t for t in tokens[start:k] if t.an.pos == "VERB" and not t.an.cases]
    form = (verb.an.gender, verb.an.number)
    return bool(inner) and form == (own.an.gender, own.an.number) and all((t.an.gender, t.an.number) != form for t in inner)


def _bare_deal_noun(view: SentenceView, start: int, k: int) -> bool:
    """The complement so far is only a deal or plan noun ("угоду, яка залишить кордон
    закритим", "a plan, which would freeze the front"): the relative clause says which one,
    so it stays in the item."""
    lex = view.cues_lex
    words = [t for t in view.tokens[start:k] if t.is_word and not t.keys & lex.stop_heads]
    return len(words) == 1 and bool(words[0].keys & (lex.agreement_nouns | lex.item_heads))


def _delayed_predicate(view: SentenceView, i: int) -> bool:
    """A second predicate after "and" behind a time phrase, an adverb, an auxiliary or a
    negation ("and on Friday demanded", "and did not accept", "і в п'ятницю вимагав"): a
    new clause with the same subject, not more of the item."""
    tokens = view.tokens
    closed = closed_classes()
    lex = view.cues_lex
    j = i
    while j < min(i + 4, len(tokens)) and tokens[j].is_word and (
        tokens[j].low in closed.time_words
        or (tokens[j].an.pos == "PREP" and j + 1 < len(tokens) and tokens[j + 1].low in closed.time_words)
        or tokens[j].an.pos == "ADVB"
        or (tokens[j].an.pos == "COMP" and j + 1 < len(tokens) and tokens[j + 1].low in lex.negation)  # "і більше не вимагає"
        or (view.lang == "en" and tokens[j].low in closed.auxiliaries - closed.copula)
        or tokens[j].low in lex.negation
    ):
        j += 1
    if j >= len(tokens) or all(t.low in lex.negation for t in tokens[i:j]):
        # Nothing skipped, or a bare "не" ("і не відмовимося від X"): a refusal's item keeps
        # its coordinated verbs (refusals read them as one negated span).
        return False
    cue = next((view.cue_at(x) for x in range(i, j + 1) if view.cue_at(x) is not None), None)
    return cue is not None and cue.kind in ("verb", "phrase", "goal") or (
        view.lang == "en" and tokens[j].low.endswith("ed") and tokens[j - 1].low in closed.time_words
    )


def _predicate_of_the_noun(view: SentenceView, start: int, k: int) -> bool:
    """Whether token k is a finite verb that a noun cue's item cannot hold: no clause
    opener (subordinator, relative, comma) stands between the item's start and it. In
    English a past form ("angered", "stalled") counts only before an object it governs."""
    tokens = view.tokens
    token = tokens[k]
    lex = view.cues_lex
    if view.lang == "en":
        if not (token.low.endswith("ed") and k + 1 < len(tokens) and k > start + 1):
            return False
        following = tokens[k + 1]
        if not (following.low in closed_classes().determiners or following.is_cap):
            return False
    elif token.an.pos != "VERB" or token.an.cases:
        return False  # "війну" also parses as a verb, but a form with a case is a noun's
    return not any(
        t.text == "," or t.keys & lex.subordinators or t.keys & lex.relative for t in tokens[start:k]
    )


def _speech_tail(view: SentenceView, i: int) -> bool:
    """ ", the European Commission said on Tuesday": a speaker and a verb of saying close the item."""
    tokens = view.tokens
    for k in range(i, min(i + 9, len(tokens))):
        if tokens[k].text in (",", ";", "."):
            return False
        if tokens[k].keys & view.cues_lex.speech_verbs and tokens[k].low not in (
            "call",
            "calls",
            "called",
            "state",
            "note",
        ):
            return True
    return False


def _new_subject_clause(view: SentenceView, k: int) -> bool:
    """", і засідання Ради завершилося без рішення": after a comma and "and", a noun in the
    nominative with a finite verb of its own before the next comma is a new clause, not
    a second item (uk, ru)."""
    tokens = view.tokens
    if k == 0 or tokens[k - 1].text != "," or k + 1 >= len(tokens):
        return False
    if view.lang == "en":
        # ", and talks will resume in June": a subject of its own and an auxiliary.
        closed = closed_classes()
        return any(t.low in closed.auxiliaries for t in tokens[k + 2 : k + 5]) and tokens[k + 1].an.pos not in ("PREP", "DET")
    head = tokens[k + 1]
    if head.an.pos not in ("NOUN", "ADJF") or head.an.case != "nomn":
        return False
    for token in tokens[k + 2 : k + 12]:
        if not token.is_word:
            return False
        if token.an.pos == "VERB":
            return True
    return False


def _verb_follows(view: SentenceView, i: int) -> bool:
    """A cue or speech verb within three tokens: the mention starts a new clause."""
    for k in range(i, min(i + 3, len(view.tokens))):
        if view.cue_at(k) is not None or view.tokens[k].keys & view.cues_lex.speech_verbs:
            return True
        if view.tokens[k].an.pos == "VERB" and view.lang != "en":
            return True
    return False


def marker_end(view: SentenceView, i: int) -> int:
    """The end of the condition marker at or just after i (", but only if" -> after "if")."""
    lex = view.cues_lex
    for j in range(i, min(i + 5, len(view.tokens))):
        for index in (lex.unless, lex.conditions, lex.exchange, lex.item_stops):
            hit = index.longest_at(view.tokens, j) if view.tokens[j].is_word else None
            if hit:
                return hit[0]
    return i + 1


def head_cue(view: SentenceView, start: int, outer: Cue) -> Cue | None:
    """A cue at the head of another's complement ("wants to prevent", "відхилила пропозицію")."""
    closed = closed_classes()
    k = start
    tokens = view.tokens
    steps = 0
    covering = view.cue_at(start - 1) if start > 0 else None
    if covering is not None and covering is not outer and covering.kind == "phrase" and covering.start < start < covering.end:
        return covering  # "vowed to make no concessions": the phrase opened with the skipped "to"
    while k < len(tokens) and steps < 5:
        token = tokens[k]
        m = view.mention_at(k)
        if m is not None and outer.kind != "noun":
            k = m.end
            steps += 1
            continue
        if (
            token.low in closed.complementizers
            or token.low in closed.particles
            or token.low in closed.item_openers_skipped
            or token.text in DASHES
            or (
                # "пообіцяв ніколи не погодитися", "пообещал никогда не соглашаться": a "never"
                # agreeing with the inner cue's own negation
                token.low in view.cues_lex.negation
                and k + 1 < len(tokens)
                and tokens[k + 1].low in view.cues_lex.negation
            )
        ):
            k += 1
            steps += 1
            continue
        if (
            (token.an.pos in ("ADJF",) or demonym_actor(token))
            and view.cue_at(k) is None
            and k + 1 < len(tokens)
            and view.cue_at(k + 1) is not None
            and view.cue_at(k + 1).kind == "noun"
        ):
            k += 1
            continue
        break
    inner = view.cue_at(k) if k < len(tokens) else None
    if inner is None or inner is outer:
        return None
    if inner.kind in ("must",):
        return None
    return inner


def colon_after(view: SentenceView, cue: Cue) -> bool:
    return colon_closes_phrase(view.tokens, cue.end)


def negated_alternative(view: SentenceView, i: int, wanted: int | None = None) -> bool:
    """A "not" at i that opens a noun alternative ("…, not a capitulation", "… і не
    капітуляцію"), not a negated verb of a new clause ("… і не виведе війська") nor a
    time or a condition ("…, not before talks", "…, не раніше"). When the wanted item
    (starting at `wanted`) is itself an infinitive, a negated infinitive is its parallel
    alternative ("погодилася продовжити санкції, але не розширювати їх")."""
    tokens = view.tokens
    if i + 1 >= len(tokens) or tokens[i].low not in closed_classes().not_words:
        return False
    following = tokens[i + 1]
    if not following.is_word or following.low in view.cues_lex.not_alternatives:
        return False
    if view.lang == "en":
        return following.low not in closed_classes().auxiliaries and not following.low.endswith("n't")
    if following.an.pos == "INFN" and wanted is not None and _opens_with_infinitive(view, wanted):
        return True
    return following.an.pos not in ("VERB", "INFN", "PRTS", "ADVB", "GRND")


def _opens_with_infinitive(view: SentenceView, start: int) -> bool:
    """The item at `start` is an act in the infinitive (particles skipped)."""
    tokens = view.tokens
    k = start
    while k < len(tokens) and tokens[k].low in closed_classes().particles:
        k += 1
    return k < len(tokens) and tokens[k].an.pos == "INFN"


def _unnamed_addressee_end(tokens: list[Token], k: int) -> int:
    """Where the act begins after "від"/"от" (at `k`) and a party no lexicon names
    ("вимагають від власників підвищення зарплат", "требуют от мэрии снижения тарифов"):
    the addressee's genitive words end at a noun of an act or at an infinitive; in English,
    at "a"/"an" ("demanded from the government a cut"). `k` itself when no such end is
    near ("отказались от повышения", "withdrawal from the region": "from" opens the act)."""
    closed = closed_classes()
    endings = closed.action_noun_endings or ("\0",)
    for j in range(k + 1, min(k + 5, len(tokens))):
        token = tokens[j]
        if token.an.pos == "UNKN" or token.an.pos in ("DET", "PREP", "CONJ"):  # English
            if j > k + 2 and token.low in closed.addressee_end_words:
                return j  # "demanded from the government a cut in fuel duty"
            if not token.is_word or token.low in closed.and_words or j > k + 1 and token.an.pos != "UNKN":
                break
            continue
        if token.an.pos == "INFN" or token.an.pos == "NOUN" and (token.an.lemma or token.low).endswith(endings):
            while j > k + 2 and tokens[j - 1].an.pos == "ADJF":
                j -= 1  # "от всех участников строгого соблюдения квот": the act's own adjective
            return j if j > k + 1 else k
        if not (token.is_word and token.an.pos in ("NOUN", "ADJF") and "gent" in token.an.cases):
            break
    return k

