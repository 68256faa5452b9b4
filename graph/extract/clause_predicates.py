"""Predicates over a sentence view that the engine's rules ask: where a cue's clause, its
speaker, object, condition and negation stand ("was rejected by", "for Kyiv", "if Madrid
does not", "Under the deal, X will"), and which cue words only look like positions (a
reduced passive, a physical act on a place, a hedge)."""

from __future__ import annotations

from dataclasses import replace

from ..models import Actor
from .actors import coordinated_passive, fronted_object, passive_agent, subject_before
from .complements import colon_after, complement_start
from .item_outcomes import (
    content_tokens,
)
from .lexicon import Cues, closed_classes
from .mention import Mention
from .sentence_view import Cue, SentenceView


def reduced_passive(view: SentenceView, cue: Cue) -> bool:
    """ "a compromise under which A would be voluntary but backed by B", "Peru, backed by
    Chile, demanded X": a past participle with its "by" phrase and no auxiliary describes a
    noun; it is no cue of the sentence's subject (issue 14)."""
    tokens = view.tokens
    if view.lang != "en" or cue.kind != "verb" or cue.end >= len(tokens):
        return False
    if not tokens[cue.end - 1].low.endswith("ed") or not view.cues_lex.by.longest_at(tokens, cue.end):
        return False
    if coordinated_passive(view, cue) is not None:
        return False  # "was accepted by Hamas but rejected by Israel": a second passive predicate
    k = cue.start - 1
    while k >= 0 and tokens[k].low.endswith("ly"):
        k -= 1  # "was strongly backed by"
    return k < 0 or tokens[k].low not in closed_classes().non_content_verbs


def tail_speaker(view: SentenceView, cue: Cue) -> Mention | None:
    """The speaker of a reporting tail after the cue's clause: ", he added.", ", Netanyahu
    said." (a name or a pronoun beside a speech verb, after the last comma, ending the sentence)."""
    tokens = view.tokens
    comma = max((k for k in range(cue.end, len(tokens)) if tokens[k].text == ","), default=None)
    if comma is None or len(tokens) - comma > 8:
        return None
    tail = range(comma + 1, len(tokens))
    if not any(tokens[k].keys & view.cues_lex.speech_verbs for k in tail):
        return None
    return next((m for m in view.mentions if m.start in tail and m.kind != "possessive"), None)


def physical_object(view: SentenceView, cue: Cue) -> bool:
    """A refusal verb whose object is a place or a barrier ("blocked the main road",
    "заблокували пункт пропуску", "перекрыли трассу"): the head of the object, before its
    first preposition, names one (the last word in English, the first noun in uk/ru: "the
    border crossing" is a place, "the border deal" is none)."""
    if cue.relation != "rejects" or cue.kind != "verb":
        return False
    lex = view.cues_lex
    phrase = []
    for token in view.tokens[cue.end : cue.end + 5]:
        if not token.is_word or token.an.pos in ("PREP", "VERB", "INFN", "CONJ") or token.low in lex.closed.prepositions:
            break
        phrase.append(token)
    if view.lang == "en":
        head = phrase[-1] if phrase else None
    else:
        head = next((t for t in phrase if t.an.pos == "NOUN"), None)
    return head is not None and (lex.has(head, "physical_objects") or bool(lex.place_phrases.longest_at(view.tokens, head.i)))


def hosted_event(view: SentenceView, cue: Cue) -> bool:
    """ "Туреччина прийняла переговори, на яких …", "Катар, который принимает встречу": a verb
    of acceptance whose object is an event of talks hosts it; the host holds no position."""
    if cue.relation != "accepts" or cue.kind != "verb" or cue.negated:
        return False
    lex = view.cues_lex
    if not lex.has(view.tokens[cue.start], "host_verbs"):
        return False
    head = next((t for t in view.tokens[cue.end : cue.end + 3] if t.an.pos == "NOUN"), None)
    return head is not None and lex.has(head, "hosted_events")


def list_noun_after(view: SentenceView, cue: Cue) -> Cue | None:
    """Section 7: "The union presented management three demands: A, B", "Профсоюз направил
    правительству требования: A, B": a verb of putting forward whose object is a demand or
    proposal noun that a colon list follows. The noun, which reads the list as the
    giver's terms; the verb adds nothing to it."""
    if cue.kind not in ("verb", "phrase") or cue.negated or cue.relation not in ("demands", "proposes"):
        return None
    for noun in view.cues:
        if noun.start < cue.end or noun.start > cue.end + 6:
            continue
        between = view.tokens[cue.end : noun.start]
        if (
            noun.kind == "noun"
            and noun.relation in ("demands", "proposes")
            and colon_after(view, noun)
            and all(t.is_word and t.an.pos not in ("VERB", "INFN") for t in between)
        ):
            return noun
        break
    return None


def noun_is_argument(view: SentenceView, verb: Cue) -> bool:
    """Whether a verb cue heading a noun cue's complement is the noun's own predicate: a
    passive with its agent ("was rejected by Benin", "было отвергнуто Бенином") or, in uk
    and ru, a verb whose subject follows it ("Пропозицію Гани відхилив Бенін")."""
    if verb.kind not in ("verb", "phrase"):
        return False
    if passive_agent(view, verb) is not None:
        return True
    if view.lang == "en":
        return False
    after = view.mention_at(verb.end)
    return after is not None and after.start == verb.end and after.subject_ok


def past_noun_cue(view: SentenceView, start: int, end: int) -> int:
    """ "Вимога Вірменії про виведення військ була підтримана Францією", "Пропозицію ЄС про
    податок відкинули Індія та Китай": an object or a passive subject that a demand or
    proposal noun heads holds its content after the noun and its owner (uk, ru)."""
    noun = view.cue_at(start) if start < end else None
    if noun is None or noun.kind != "noun" or noun.start != start or view.lang == "en":
        return start
    inner = complement_start(view, noun)
    if inner >= end or not content_tokens(view.tokens[inner:end]):
        return start  # "Пропозицію Гани": no content, the noun and its owner refer back
    return inner


def negated_verb(view: SentenceView, start: int, end: int) -> int | None:
    """The «не» / "not" of the first negated verb of a clause ("механізм не посилять",
    "is not strengthened"), or None."""
    tokens = view.tokens
    negation = view.cues_lex.negation | closed_classes().not_words
    for k in range(start, min(end, len(tokens)) - 1):
        if tokens[k].low not in negation:
            continue
        after = tokens[k + 1]
        if after.an.pos in ("VERB", "INFN") or view.lang == "en" and (
            after.low.endswith("ed") or tokens[k - 1].low in closed_classes().auxiliaries | closed_classes().copula
        ):
            return k
    return None


def negation_words(view: SentenceView, negated: int) -> frozenset[int]:
    """The «не» / "not" at `negated` and an English auxiliary that only carries it ("does
    not meet" -> "meet"), to leave out of a condition read without its negation."""
    before = negated - 1
    if view.lang == "en" and before >= 0 and view.tokens[before].low in ("do", "does", "did"):
        return frozenset({before, negated})
    return frozenset({negated})


def for_whom(view: SentenceView, cue: Cue) -> Mention | None:
    """ "Для Києва визнання окупації — червона лінія", "X для них — червона лінія", "a red
    line for Kyiv": with no subject of its own, a rejecting predicate is the position of
    the party it is said to be unacceptable for, in its clause."""
    tokens = view.tokens
    stops = (",", ";", ":")
    first = next((k + 1 for k in range(cue.start - 1, -1, -1) if tokens[k].text in stops), 0)
    last = next((k for k in range(cue.end, len(tokens)) if tokens[k].text in stops), len(tokens))
    # "For Armenia, X is out of the question": a for-whom phrase opening the sentence too.
    opening = range(0, 1) if first > 0 and tokens[first - 1].text == "," else range(0)
    for k in [*opening, *range(first, last - 1)]:
        if tokens[k].low in closed_classes().for_whom:
            at = k + 2 if k + 2 < len(tokens) and tokens[k + 1].low == "the" else k + 1  # "to the UAW"
            m = view.mention_at(at)
            if m is not None and m.start == at and m.actor.type != "group" \
                    and (k >= first or m.end == first - 1):
                return m
    return None


def fronted_before_verb(view: SentenceView, cue: Cue) -> bool:
    """ "Повстанцы проект в целом приняли", "В Каракасе предложение приняли": a noun cue
    between its clause's subject (or speaking place) and its verb, in one clause, is that
    verb's object, no position of its own."""
    tokens = view.tokens
    verb = next((k for k in range(cue.end, len(tokens)) if tokens[k].an.pos == "VERB" or tokens[k].text in (",", ";", ":")), None)
    if verb is None or tokens[verb].text in (",", ";", ":"):
        return False
    return any(
        m.end <= cue.start
        and (m.subject_ok or m.start > 0 and tokens[m.start - 1].low in closed_classes().locative_prepositions)
        and fronted_object(view, m, cue)
        for m in view.mentions
    )


def term_subjects(view: SentenceView, start: int) -> tuple[list[Actor], int]:
    """The parties that open a term of an agreement as its subject, before their verb:
    "Киргизия пропустит …", "Казахстан и Узбекистан поставят …", "the EU will cut …";
    with the index of their verb (no parties: none, and `start`)."""
    tokens = view.tokens
    closed = closed_classes()
    parties: list[Actor] = []
    k = start
    while k < len(tokens) and tokens[k].low in closed.articles:
        k += 1  # "Under the deal, the EU will open its market"
    while k < len(tokens):
        m = view.mention_at(k)
        if m is None or m.start != k or not m.subject_ok or m.kind in ("possessive", "pronoun"):
            return [], start
        parties.append(m.actor)
        k = m.end
        if k < len(tokens) and tokens[k].low in closed.and_words:
            k += 1
            continue
        break
    if k < len(tokens) and (tokens[k].an.pos in ("VERB", "INFN") or tokens[k].low in closed.future_auxiliaries
                            or view.cues_lex.must_words.longest_at(tokens, k)):
        return parties, k  # "Hamas would have to free 20 hostages": a must opens a term too
    return [], start


def opens_clause(view: SentenceView, k: int) -> bool:
    """ "unacceptable until all hostages are freed", "unacceptable while X": a condition or
    a contrast right after a rejecting adjective says when, not what; the item stood before."""
    lex = view.cues_lex
    return k < len(view.tokens) and any(
        index.longest_at(view.tokens, k) for index in (lex.conditions, lex.unless, lex.contrast)
    )


def hedged(tokens, lex: Cues) -> bool:
    """A forecast, allegation, failure or "no comment" word among these tokens (rule 7)."""
    return any(t.keys & lex.hedge_words for t in tokens)


def past_referring_passive(view: SentenceView, start: int, end: int) -> int:
    """ "only if it is backed by security guarantees": the condition is what comes after the
    agent marker when a pronoun for the main item opens a passive (section 7)."""
    tokens = view.tokens
    if start >= end or tokens[start].low not in closed_classes().referring_words:
        return start
    for k in range(start + 1, min(start + 5, end)):
        hit = view.cues_lex.by.longest_at(tokens, k) if tokens[k].is_word else None
        if hit:
            return hit[0]
    return start


def verb_after(view: SentenceView, end: int) -> list:
    """The word right after a cue, and the verb after "to" ("refused to comment"): where
    a "no comment" or a failure shows (rule 7)."""
    after = view.tokens[end : end + 1]
    if after and after[0].low in closed_classes().complementizers:
        after = view.tokens[end : end + 2]
    return after


def noun_subject_before(tokens, k: int) -> bool:
    """A noun in the nominative among the few words before position k: the clause's subject."""
    return any(t.an.pos == "NOUN" and t.an.case == "nomn" for t in tokens[max(0, k - 4) : k])


def dropped_claim(view: SentenceView, cue: Cue) -> bool:
    """A demand or proposal noun that its holder gives up: "dropped its demand for X",
    "відмовився від вимоги про X", fronted "Від вимоги про X він зрештою відмовився",
    "отозвал своё предложение". What was dropped is no longer held (rule 7)."""
    if cue.kind != "noun" or cue.relation not in ("demands", "proposes"):
        return False
    lex = view.cues_lex
    tokens = view.tokens
    if any(t.keys & lex.abandon_verbs for t in tokens[max(0, cue.start - 3) : cue.start]):
        return True
    if view.lang == "en" or cue.start == 0 or tokens[cue.start - 1].low not in ("від", "од", "от"):
        return False
    # fronted: "Від вимоги ... він відмовився": the verb later in the same clause
    for t in tokens[cue.end : cue.end + 12]:
        if t.text in (";", ":", "—") or t.text == "," and t.i > cue.end + 8:
            break
        if t.keys & lex.abandon_verbs:
            return True
    return False


def refused_comment(view: SentenceView, cue: Cue) -> bool:
    """A refusal whose object is to comment, assess or disclose ("declined to comment on the
    offer", "Оцінювати позиції делегацій вони відмовилися", "отказался назвать сумму"):
    no refusal of an outcome (rule 7). The infinitive right after the verb (past "to"), or
    fronted right before it with no other verb between."""
    if cue.relation != "rejects" or cue.kind not in ("verb", "phrase"):
        return False
    lex = view.cues_lex
    tokens = view.tokens
    after = [t for t in tokens[cue.end : cue.end + 2] if t.is_word and t.low not in closed_classes().complementizers]
    if after and after[0].keys & lex.comment_verbs and after[0].an.pos in ("INFN", "VERB", "UNKN", ""):
        return True
    for t in reversed(tokens[max(0, cue.start - 6) : cue.start]):
        if not t.is_word or t.text == ",":
            break
        if view.lang != "en" and t.keys & lex.comment_verbs and t.an.pos == "INFN":
            return True
        if t.an.pos in ("VERB", "INFN"):
            break
    return False


def own_act(view: SentenceView, cue: Cue) -> bool:
    """An accepting verb whose object is the party's own act ("signed a decree withdrawing
    from the treaty", "підписав указ", "издал распоряжение"): an act, not agreement to
    another party's terms (rule 7)."""
    if cue.relation != "accepts" or cue.kind != "verb":
        return False
    lex = view.cues_lex
    for token in view.tokens[cue.end : cue.end + 4]:
        if not token.is_word:
            return False
        if lex.has(token, "own_acts"):
            return True
        if token.an.pos == "NOUN" or token.low in lex.closed.prepositions:
            return False
    return False


def own_event(view: SentenceView, cue: Cue) -> bool:
    """An intention to hold one's own event ("Boeing plans to lay off 2,000 engineers",
    "профспілка має намір страйкувати", "Молдавия намерена провести референдум"): a strike,
    a layoff or a vote the party will hold, not a term it puts to the other side (rule 7)."""
    if cue.relation not in ("proposes", "demands") or cue.negated or cue.kind not in ("verb", "phrase", "adj", "goal", "noun"):
        return False
    lex = view.cues_lex
    tokens = view.tokens
    # ("announced plans to strike", "оголосили про плани страйкувати": the plan noun itself)
    if not any(t.keys & lex.intention_words for t in tokens[max(0, cue.start - 1) : cue.end]):
        return False
    for k in range(cue.end, min(cue.end + 6, len(tokens))):  # "plans to stage a national strike"
        if not tokens[k].is_word:
            return False
        if lex.has(tokens[k], "halt_words", "reversal_words"):
            return False  # "plans to end the strike": the end of the event is a term
        if lex.own_events.longest_at(tokens, k):
            return True
    return False


def dated_signing(view: SentenceView, cue: Cue) -> bool:
    """A signing in a year named before it ("In 2015 Greece and its creditors signed a
    third bailout", «У 2015 році Греція та кредитори підписали угоду»): history told as
    background, not an acceptance the party holds in the talks reported (rule 7)."""
    if cue.relation != "accepts" or cue.kind != "verb" or cue.negated:
        return False
    lex = view.cues_lex
    tokens = view.tokens
    verb = tokens[cue.start]
    if not verb.keys & lex.agreement_acts or verb.an.future or verb.an.pos == "INFN":
        return False
    if view.lang == "en" and not verb.low.endswith("ed"):
        return False  # "will sign", "signs": no past signing
    return any(
        len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")
        and k > 0 and tokens[k - 1].low in lex.year_prepositions
        for k, t in enumerate(tokens[: cue.start])
    )


def treaty_in_force(view: SentenceView, plan_end: int, author) -> bool:
    """A plan marker that names an agreement already in force ("Under the 1944 Water
    Treaty,", "Згідно з чинною угодою,", "По действующему соглашению") before terms told in
    the present or past indicative, no "will/would/must": background, not terms on offer.
    An author that is itself the treaty's name ("Water Treaty") is no party."""
    lex = view.cues_lex
    tokens = view.tokens
    marker = tokens[:plan_end]
    if not any(t.keys & lex.agreement_nouns for t in marker):
        return False
    if author is not None and not (set(author.label.lower().split()) & lex.agreement_nouns):
        return False
    dated = any(len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("18", "19") for t in marker)
    if not (dated or any(lex.has(t, "in_force_words") for t in marker)):
        return False
    closed = closed_classes()
    for t in tokens[plan_end:]:
        if t.an.future or t.low in closed.future_auxiliaries or lex.must_words.longest_at(tokens, t.i) \
                or t.low in ("would", "will", "could", "should", "may", "might", "shall", "б", "бы"):
            return False
    return True


def unknown_plan_owner(view: SentenceView) -> bool:
    """A plan marker whose plan noun has an owner that is no party mention: "Згідно з планом
    посередника,", "Согласно проекту экспертов,", "Under the mediator's plan,", "under a plan
    drawn up by experts". The owner is named, so the plan is not the article's topic's."""
    lex = view.cues_lex
    tokens = view.tokens
    end = next((k for k, t in enumerate(tokens) if t.text in (",", ":")), len(tokens))
    for k in range(min(end, 8)):
        if not tokens[k].keys & lex.plan_nouns:
            continue
        if view.lang == "en":
            before = tokens[k - 2] if k >= 2 and tokens[k - 1].text in ("'s", "’s", "'") else None
            if before is not None and view.mention_at(before.i) is None and not before.is_cap:
                return True
            return False
        after = tokens[k + 1] if k + 1 < end else None
        return (after is not None and after.is_word and not after.is_cap and after.an.pos == "NOUN"
                and "gent" in after.an.cases and view.mention_at(after.i) is None
                and not after.keys & lex.plan_nouns)
    return False


def failed_attempt(view: SentenceView, cue: Cue) -> bool:
    """A cue after an attempt noun whose clause reports the attempt's outcome ("її спроби
    домовитися з X не вдалися", "попытки договориться провалились", "attempts to reach a deal
    with X failed"): an event, not a position (section 7)."""
    lex = view.cues_lex
    tokens = view.tokens
    if not any(t.keys & lex.attempt_nouns for t in tokens[max(0, cue.start - 3) : cue.start]):
        return False
    for t in tokens[cue.end :]:
        if t.text in (";", "—") or t.low in closed_classes().contrast_joins:
            return False
        if t.keys & lex.failure_words:
            return True
    return False


def conceded_wish(view: SentenceView, cue: Cue) -> bool:
    """A goal in the past tense that the same sentence gives up for the deal: "«Ми хотіли
    ширшого доступу, але це чесний компроміс»", "We wanted more, but this is a fair deal".
    What the speaker wanted is no longer demanded (rule 7)."""
    if cue.relation != "demands" or view.tokens[cue.start].low not in closed_classes().past_goal_words:
        return False
    lex = view.cues_lex
    closed = closed_classes()
    tokens = view.tokens
    turn = next((k for k in range(cue.end, len(tokens)) if tokens[k].low in closed.contrast_joins), None)
    if turn is None:
        return False
    return any(t.low in closed.vague_outcome_words or t.an.lemma in closed.vague_outcome_words
               or t.keys & lex.agreement_nouns for t in tokens[turn + 1 : turn + 8])


def sub_body_of(view: SentenceView, mention: Mention, cue: Cue) -> bool:
    """The cue's subject is a committee or faction, or its chair ("Голова аграрного комітету
    Верховної Ради закликав", "Председатель бюджетного комитета Госдумы", "the chairman of
    the Verkhovna Rada agriculture committee"): the sub-body's position, which is neither the
    parliament's, nor its state's, nor the addressee's after the verb (rule 5)."""
    if mention.kind in ("pronoun", "possessive"):
        return False
    lex = view.cues_lex
    tokens = view.tokens
    before = []
    for t in reversed(tokens[max(0, cue.start - 7) : cue.start]):
        if t.text in (",", ";", ":", "—") or t.keys & lex.subordinators:
            break
        before.append(t)
    body = next((t for t in before if t.keys & lex.sub_bodies), None)
    if body is None:
        return False
    if any(m.actor.type == "person" and body.i < m.start < cue.start for m in view.mentions):
        return False  # "Председатель комитета Госдумы Леонид Слуцкий": the chair by name holds it
    if mention.start >= cue.start:
        return True  # the addressee after the verb is no subject
    if view.lang == "en":
        return mention.end <= body.i  # "the Verkhovna Rada agriculture committee"
    return mention.start > body.i and (mention.genitive or "gent" in tokens[mention.start].an.cases)


def compelled_refusal(view: SentenceView, cue: Cue) -> bool:
    """A refusal verb the subject is made to perform ("а D66 довелося б відмовитися від
    податку", "Украине пришлось бы отказаться от X", "was forced to abandon X"): a term
    imposed by someone else's plan, or a past constraint; not the subject's refusal."""
    if cue.relation != "rejects" or cue.kind not in ("verb", "phrase"):
        return False
    lex = view.cues_lex
    before = [t for t in view.tokens[max(0, cue.start - 3) : cue.start] if t.is_word]
    return any(t.keys & lex.compulsion_words for t in before)


def indirect_question(view: SentenceView, cue: Cue) -> bool:
    """ "Неясно, чи зніме Угорщина вето на X", "it is unclear whether the union will accept
    the offer", "not clear if", "согласится ли профсоюз на X": a cue inside an indirect
    question states no position (rule 7). The opener stands before the cue in its clause
    (uk «чи» after a comma, the sentence start or a word of not knowing; ru «ли» after its
    verb, or right after the cue); en "if" asks only after a word of not knowing."""
    lex = view.cues_lex
    tokens = view.tokens
    if not lex.question_openers:
        return False
    if view.lang == "ru" and cue.end < len(tokens) and tokens[cue.end].low in lex.question_openers:
        return True  # "согласится ли профсоюз"
    for k in range(cue.start - 1, max(-1, cue.start - 11), -1):
        t = tokens[k]
        if t.text in (";", ":", "—", "?") or lex.contrast.longest_at(tokens, k):
            return False
        before = tokens[k - 1] if k > 0 else None
        if t.low in lex.question_openers:
            if view.lang == "ru":
                return before is not None and before.an.pos in ("VERB", "INFN")
            if view.lang == "uk":
                return before is None or before.text == "," or bool(before.keys & lex.uncertainty_words)
            return True
        if view.lang == "en" and t.low == "if" and before is not None and before.keys & lex.uncertainty_words:
            return True
    return False


def pending_decision(view: SentenceView, cue: Cue) -> bool:
    """ "has not yet approved X", "ще не ухвалила X", "пока не одобрил X", "has not accepted
    X yet": an acceptance not given yet is a decision pending, not a refusal (rule 2)."""
    tokens = view.tokens
    negation = view.cues_lex.negation
    # a negated acceptance, or a refusal phrase that opens with its negation ("not accept",
    # "не погодитися")
    if not (cue.negated and cue.relation == "accepts" or cue.relation == "rejects" and cue.kind == "phrase"
            and cue.end - cue.start > 1 and tokens[cue.start].low in negation):
        return False
    pending = view.cues_lex.pending_words
    if any(t.low in pending for t in tokens[max(0, cue.start - 4) : cue.start]):
        return True
    if view.lang != "en":
        return False
    for k in range(cue.end, min(len(tokens), cue.end + 10)):
        if not tokens[k].is_word:
            return False
        if tokens[k].low in pending and (k + 1 == len(tokens) or not tokens[k + 1].is_word):
            return True  # "has not accepted the concessions yet."
    return False


def denied_clause(view: SentenceView, cue: Cue) -> bool:
    """ "It is not true that Hungary rejects X", "Неправда, що Угорщина блокує X": a clause
    denied is no position (rule 7)."""
    lex = view.cues_lex
    tokens = view.tokens
    that = closed_classes().that_words
    for k in range(cue.start - 1, max(0, cue.start - 10), -1):
        if tokens[k].low not in that:
            continue
        j = k - 1
        if j >= 0 and tokens[j].text == ",":
            j -= 1
        if j < 0:
            return False
        word = tokens[j]
        if word.keys & lex.denial_words:
            return True
        return word.low in lex.truth_words and j > 0 and tokens[j - 1].low in lex.negation
    return False


def _object_head(view: SentenceView, k: int):
    """The first content word of a cue's object from k (past prepositions, articles and
    possessives: "for the families", "від своїх претензій")."""
    lex = view.cues_lex
    closed = closed_classes()
    for t in view.tokens[k : k + 4]:
        if not t.is_word:
            return None
        if t.an.pos == "PREP" or t.low in closed.articles or t.low in lex.possessives or "свій" in t.keys \
                or "свой" in t.keys or t.low in closed.owner_determiners:
            continue
        return t
    return None


def solidarity(view: SentenceView, cue: Cue) -> bool:
    """ "supports the victims of the floods", "висловила підтримку постраждалим", "поддерживает
    семьи заложников": standing by people is no acceptance of an item (rule 7)."""
    if cue.relation != "accepts" or cue.negated:
        return False
    head = _object_head(view, cue.end)
    return head is not None and bool(head.keys & view.cues_lex.beneficiary_nouns)


# How far before a cue the subject that names no party may open its clause ("Neither side,
# the envoy said, is ready to ...").
_NO_SIDE_REACH = 10


def no_party_subject(view: SentenceView, cue: Cue) -> bool:
    """ "Neither side is ready to compromise", "Жодна зі сторін не готова до компромісу", "Ни
    одна из сторон не хочет уступать": a subject that names no party makes the clause an
    assessment of the parties, whoever says it; no one's position (rule 7)."""
    tokens = view.tokens
    lex = view.cues_lex
    for k in range(max(0, cue.start - _NO_SIDE_REACH), cue.start):
        if tokens[k].text in (";", ":") or tokens[k].low in closed_classes().but_words:
            return False
        hit = lex.no_side_subjects.longest_at(tokens, k)
        if hit and hit[0] <= cue.start:
            return True
    return False


# How far after the verb of showing the cue of its clause may stand ("showed that both
# sides, for all their quarrels, want peace").
_SHOWN_REACH = 12


def shown_by_event(view: SentenceView, cue: Cue) -> bool:
    """ "The talks showed that both sides want peace", "Переговори показали, що сторони
    хочуть миру", "Встреча продемонстрировала, что ...": what an event or a process shows is
    an assessment of the parties, no position any of them states (rule 7). A party that
    shows something ("Hamas showed it is ready to ..."), a relative pronoun standing for one
    ("уряди, які демонструють ...") or a verb with an object of its own ("демонструють
    стурбованість тим, що ...") is no such frame."""
    tokens = view.tokens
    lex = view.cues_lex
    closed = closed_classes()
    for j in range(cue.start - 1, max(-1, cue.start - 1 - _SHOWN_REACH), -1):
        token = tokens[j]
        if token.text in (";", ":", ".", "!", "?"):
            return False
        if not token.keys & lex.evidence_verbs or token.an.pos in ("NOUN", "ADJF"):
            continue
        after = j + 1
        if after < len(tokens) and tokens[after].text == ",":
            after += 1
        if not (after < len(tokens) and tokens[after].low in closed.complementizers or view.lang == "en"):
            return False  # "демонструють стурбованість тим, що": an object, no clause shown
        start = j
        while start > 0 and tokens[start - 1].text not in (",", ";", ":", "«", "»", "\"", "“", "”", "."):
            start -= 1
        while start < j and tokens[start].low in closed.determiners:
            start += 1
        if start >= j or tokens[start].low in closed.relative_pronouns:
            return False
        # A party as the whole subject shows its own stance ("Hamas showed it is ready"); a
        # place inside an event's name does not ("the talks in Doha", "the Kinshasa meeting").
        party = view.mention_at(start)
        return party is None or any(t.is_word and t.low not in closed.auxiliaries for t in tokens[party.end : j])
    return False


def welcomed_fact(view: SentenceView, cue: Cue) -> bool:
    """ "welcomed the publication of the report", "привітав оприлюднення звіту", "приветствовал
    визит": a document or an event welcomed is no acceptance of a term (rule 7); welcoming an
    offer or a plan still accepts it."""
    lex = view.cues_lex
    if cue.relation != "accepts" or cue.negated or cue.kind != "verb" \
            or not view.tokens[cue.start].keys & lex.welcome_verbs:
        return False
    head = _object_head(view, cue.end)
    return head is not None and bool(head.keys & lex.welcomed_facts)


def event_threat(view: SentenceView, cue: Cue) -> bool:
    """ "The strike threatens the plants with losses", "страйк, який загрожує країні збитками",
    "забастовка, которая грозит стране ущербом": a threatening verb whose subject is an event,
    not a party, tells a consequence; no party threatens anything (rule 7)."""
    lex = view.cues_lex
    if cue.relation != "proposes" or cue.kind != "verb" or not view.tokens[cue.start].keys & lex.threat_verbs:
        return False
    head = _event_subject(view, cue.start, lex.threat_events)
    return head is not None and bool(head.keys & lex.threat_events) and view.mention_at(head.i) is None


def protest_refusal(view: SentenceView, cue: Cue) -> bool:
    """ "Members will refuse to empty bins as part of work bans", "work bans, including refusal
    to wash dishes", "водители отказываются выходить на сверхурочные смены в рамках акции",
    "відмовляються працювати понаднормово на знак протесту": a refusal to do some work that
    is a form of industrial action is an action, not a bargaining item (rule 7). A refusal of
    another's terms stays one ("rejected the offer as part of the campaign"): the refused
    act opens with no cue of its own and names no offer."""
    lex = view.cues_lex
    if cue.relation != "rejects" or cue.negated or not lex.protest_marks:
        return False
    tokens = view.tokens
    k = cue.end
    while k < len(tokens) and not tokens[k].is_word:
        k += 1
    if k >= len(tokens) or tokens[k].keys & (lex.offer_nouns | lex.agreement_nouns) \
            or any(c.start <= k < c.end or c.start == k + 1 for c in view.cues if c is not cue):
        return False  # "refuse to sign the deal", "rejected the offer": another's terms
    later = [c.start for c in view.cues if c.start >= cue.end]
    stop = min(later + [len(tokens), cue.end + 14])
    # After the refused act, a mark opens with its preposition ("as part of", "в рамках", "на
    # знак"): "refused to call off the industrial action" refuses to end the action itself.
    closed = closed_classes()
    scope = closed.prepositions | closed.as_words
    if any(tokens[j].low in scope and lex.protest_marks.longest_at(tokens, j) for j in range(cue.end, stop)):
        return True
    # "work bans, including refusal to wash dishes": the refusal is one of the actions listed.
    j = cue.start - 1
    while j >= 0 and (tokens[j].keys & lex.inclusion_words or tokens[j].text == ","):
        j -= 1
    return j < cue.start - 1 and any(
        (hit := lex.protest_marks.longest_at(tokens, b)) is not None and hit[0] == j + 1 for b in range(max(0, j - 3), j + 1))


def event_purpose(view: SentenceView, cue: Cue) -> bool:
    """ "a back-channel process aimed to restart the talks", "Встреча была призвана возобновить
    переговоры", "візит був покликаний пожвавити переговори": the purpose of a meeting or a
    process, which no party states as its own goal or call (rule 7)."""
    lex = view.cues_lex
    if cue.relation not in ("demands", "proposes") or cue.negated or view.tokens[cue.start].low not in lex.purpose_words:
        return False
    head = _event_subject(view, cue.start, lex.purpose_events)
    return head is not None and bool(head.keys & lex.purpose_events) and view.mention_at(head.i) is None


def _event_subject(view: SentenceView, verb: int, events: frozenset[str]):
    """The head noun of the subject of the verb at `verb`: the antecedent of a relative
    pronoun right before it (agreeing with it in uk and ru, in number with an en "-s" verb),
    an en noun of `events` right before it ("a process aimed to"), else the head of the noun
    phrase that opens the clause; None when none is found."""
    tokens = view.tokens
    closed = closed_classes()
    k = verb - 1
    while k >= 0 and (tokens[k].low in closed.auxiliaries or tokens[k].an.pos == "ADVB"
                      or view.lang == "en" and tokens[k].low.endswith("ly")):
        k -= 1
    if k < 0:
        return None
    pronoun = tokens[k]
    if pronoun.low in closed.relative_pronouns or view.lang == "en" and pronoun.low == "that":
        if view.lang == "en" and pronoun.low in ("who", "whom", "whose"):
            return None  # a person
        singular = view.lang == "en" and tokens[verb].low.endswith("s")
        for t in reversed(tokens[max(0, k - 12) : k]):
            if not t.is_word or t.low in closed.determiners or t.an.pos in ("PREP", "NUMR", "ADJF", "CONJ"):
                continue
            if view.lang != "en":
                if t.an.pos != "NOUN":
                    continue
                if pronoun.an.number == "plur" == t.an.number:
                    return t
                # "забастовки" may be a genitive singular that its likeliest parse reads plural
                if t.an.gender == pronoun.an.gender and (t.an.number == pronoun.an.number or "gent" in t.an.cases):
                    return t
                continue
            if singular and t.low.endswith("s") and view.mention_at(t.i) is None:
                continue  # "a strike at the carmakers, which threatens": not the plural noun
            return t
        return None
    if view.lang == "en" and pronoun.keys & events:
        return pronoun  # "a back-channel process aimed to restart the talks": a reduced relative
    start = k
    while start > 0 and tokens[start - 1].is_word and tokens[start - 1].an.pos not in ("VERB", "INFN", "CONJ") \
            and tokens[start - 1].low not in closed.coordinators and not tokens[start - 1].keys & view.cues_lex.subordinators:
        start -= 1
    span = tokens[start : k + 1]
    if view.lang != "en":
        return next((t for t in span if t.an.pos == "NOUN" and t.an.case == "nomn"), None)
    heads = []
    for t in span:
        if t.an.pos == "PREP" or t.low in closed.prepositions:
            break
        heads.append(t)
    return heads[-1] if heads else None


def wanted_share(view: SentenceView, cue: Cue) -> bool:
    """ "No country got everything it wanted", "ніхто не отримав усього, чого хотів", "никто
    не получил всего, чего хотел": a wish named only as a share of an outcome is an
    assessment of the outcome, no goal (rule 7)."""
    if cue.relation != "demands":
        return False
    lex = view.cues_lex
    tokens = view.tokens
    if not lex.goal_verbs.longest_at(tokens, cue.start):
        return False
    k = cue.start - 1
    while k >= 0 and (tokens[k].low in lex.pronouns or tokens[k].low in ("i", "we", "you", "я", "мы", "ми", "ви", "вы")):
        k -= 1
    return k >= 0 and tokens[k].low in lex.whole_wish_words


def circumstance_conditions(view: SentenceView, cue: Cue) -> bool:
    """ "working conditions", "условия труда", "умови праці": the noun names circumstances,
    not a condition set by a party (rule 7); a demand for better ones is read from its verb."""
    lex = view.cues_lex
    tokens = view.tokens
    if cue.kind != "noun" or cue.relation != "demands" or not tokens[cue.start].keys & lex.condition_nouns:
        return False
    near = tokens[cue.start - 1 : cue.start] if view.lang == "en" else tokens[cue.end : cue.end + 1]
    return any(t.keys & lex.circumstance_words for t in near)


def others_refusal(view: SentenceView, cue: Cue) -> Cue | None:
    """ "ready to accept Iran's refusal of talks", "готова принять отказ Ирана от переговоров",
    "готова прийняти відмову Ірану від переговорів": the refusal is its owner's, read from the
    refusal noun (returned); the party that accepts it neither refuses the talks nor offers them.
    An owner only in a "by" phrase after the item ("a refusal of talks by Iran") is not read
    from the noun: the refusal is returned with start -1, and nothing is read."""
    tokens = view.tokens
    accept = cue
    if cue.relation == "proposes" and cue.kind == "adj" and not cue.negated:
        k = cue.end
        while k < len(tokens) and (tokens[k].low in closed_classes().complementizers or tokens[k].an.pos == "ADVB"):
            k += 1
        accept = view.cue_at(k) if k < len(tokens) else None
    if accept is None or accept.relation != "accepts" or accept.kind != "verb" or accept.negated:
        return None
    k = accept.end
    owner_before = None
    while k < len(tokens) and k < accept.end + 5:
        t = tokens[k]
        found = view.cue_at(k)
        if found is not None and found.kind == "noun" and found.relation == "rejects":
            after = view.mention_at(found.end) if found.end < len(tokens) else None
            owned = owner_before is not None or after is not None and after.start == found.end
            by_owner = any(
                view.cues_lex.by.longest_at(tokens, b) and (m := view.mention_at(b + 1)) is not None and m.start == b + 1
                for b in range(found.end, min(found.end + 5, len(tokens) - 1)))  # "a refusal of talks by Iran"
            return found if owned else replace(found, start=-1) if by_owner else None
        mention = view.mention_at(k)
        if mention is not None and view.lang == "en":
            owner_before = mention  # "Iran's refusal"
            k = mention.end
            continue
        if not t.is_word and t.text not in ("'s", "’s", "'", "’") or t.an.pos not in ("ADJF", "PRTF") \
                and t.low not in closed_classes().determiners and t.low not in ("'s", "’s", "s") \
                and not (view.lang == "en" and t.is_word and t.low not in closed_classes().prepositions
                         and t.low not in closed_classes().coordinators):  # "Iran's possible refusal"
            return None
        k += 1
    return None


def evaluated_offer(view: SentenceView, cue: Cue) -> bool:
    """ "said the offer was too low", "пропозиція надто низька", "предложение было слишком
    скромным": a proposal noun as the subject of a verdict on it; what follows the copula is the
    verdict, not the content of an offer of the speaker's (rule 7). So for a demand noun ("the
    nurses' demands were too expensive", "Pakistan's conditions are tough", "вимоги профспілки
    завищені"): a verdict on the demands, not what is demanded."""
    lex = view.cues_lex
    tokens = view.tokens
    terms = cue.kind == "phrase" and bool(tokens[cue.start].keys & lex.terms_nouns)
    if not (cue.kind == "noun" and cue.relation in ("proposes", "demands") or terms and cue.relation == "demands"):
        return False
    k = cue.end if not terms else cue.start + 1  # "conditions are": the phrase holds the copula
    owner = view.mention_at(k) if k < len(tokens) else None
    if owner is not None and owner.start == k:
        k = owner.end  # "пропозиція компанії Uber недостатня": the offer's owner
    elif k < len(tokens) and view.lang != "en" and tokens[k].an.pos == "NOUN" and tokens[k].an.case == "gent":
        k += 1  # "предложение компании недостаточно"
    if k < len(tokens) and tokens[k].low in closed_classes().linking_verbs:
        k += 1
    while k < len(tokens) and tokens[k].low in lex.negation:
        k += 1
    return k < len(tokens) and lex.has(tokens[k], "offer_verdicts")


def baseline_offer(view: SentenceView, cue: Cue) -> bool:
    """ "the deal commits donors to pay $100bn, up from an existing pledge of $50bn", "вместо
    прежнего обещания в 50 млрд", "порівняно з попередньою пропозицією": an earlier offer of no
    named party, as the figure a concluded deal is measured against, is no proposal (rule 7)."""
    if cue.kind != "noun" or cue.relation != "proposes":
        return False
    lex = view.cues_lex
    tokens = view.tokens
    # the marker ends at most two words ("an existing", "a previous") before the noun
    ends = (lex.baseline_markers.longest_at(tokens, b) for b in range(max(0, cue.start - 6), cue.start))
    marker = max((hit[0] for hit in ends if hit is not None and cue.start - 2 <= hit[0] <= cue.start), default=None)
    if marker is None:
        return False
    # "up from the EU's offer of $40bn", "вместо предложения ЕС": a named party's earlier offer
    # stays its proposal.
    owner = view.mention_at(cue.end) if cue.end < len(tokens) else None
    return (owner is None or owner.start != cue.end) and not any(
        view.mention_at(j) is not None or tokens[j].is_cap or tokens[j].low.endswith(("'s", "’s"))
        for j in range(marker, cue.start))


def dropped_claim_object(view: SentenceView, cue: Cue) -> bool:
    """ "відмовилася від претензій на Закарпаття", "отказалась от притязаний на X": a claim
    given up, neither a refusal of what was claimed nor a demand (rule 7). (A demand given up,
    "відмовилася від вимоги X", is read as a refusal of X that compare.py turns into the
    demand dropped, withdrawals.yaml.)"""
    if cue.relation != "rejects" or cue.kind not in ("verb", "phrase"):
        return False
    head = _object_head(view, cue.end)
    if head is None:
        return False
    return bool(head.keys & view.cues_lex.claim_nouns)


def instrumental_object(view: SentenceView, start: int) -> int | None:
    """ "обусловила подписание соглашения запретом импорта зерна": where the instrumental
    noun (the condition demanded) begins, within the clause; None when there is none (what
    is conditioned is not what is demanded)."""
    tokens = view.tokens
    for k in range(start, min(len(tokens), start + 8)):
        t = tokens[k]
        if t.text in (",", ";", ":", "."):
            break
        if t.an.pos == "NOUN" and t.an.case == "ablt":
            return k
    return None


def criticism_of_no_plan(view: SentenceView, cue: Cue) -> bool:
    """ "slammed the prime minister", "раскритиковал забастовку": criticism rejects only a plan
    or a proposal ("criticised the union's proposal for X", "розкритикувала план уряду"); with
    any other object it states no position (rule 7)."""
    lex = view.cues_lex
    tokens = view.tokens
    if not (tokens[cue.start].keys & lex.criticism_verbs):
        return False
    closed = closed_classes()
    k = cue.end
    n = len(tokens)
    for _ in range(4):
        if k >= n:
            return True
        t = tokens[k]
        if t.low in closed.articles or t.low in lex.possessives or t.low in closed.owner_determiners \
                or (view.lang != "en" and t.an.pos == "ADJF"):
            k += 1
            continue
        mention = view.mention_at(k)
        if view.lang == "en" and mention is not None and mention.start == k:
            following = tokens[mention.end] if mention.end < n else None
            if following is not None and following.keys & lex.plan_nouns:
                return False  # "the US proposal"
            if following is not None and following.low in ("'s", "’s", "'", "’"):
                k = mention.end + 1  # "the union's proposal"
                continue
            if tokens[mention.end - 1].low.endswith(("'s", "’s")):
                k = mention.end
                continue
        return not (t.keys & lex.plan_nouns)
    return True


def negated_subject(view: SentenceView, cue: Cue) -> bool:
    """ "Neither Israel nor Hamas accepted the ceasefire": a subject opened by the object
    negation word ("neither ... nor") negates its verb (rule 2)."""
    lex = view.cues_lex
    if not lex.object_negation or cue.negated:
        return False
    tokens = view.tokens
    closed = closed_classes()
    k = cue.start - 1
    while k >= 0 and tokens[k].low in closed.auxiliaries:
        k -= 1
    mention = view.mention_at(k) if k >= 0 else None
    if mention is None or mention.start == 0:
        return False
    before = tokens[mention.start - 1].low
    return before in closed.coordinators and before not in closed.and_words and before != "or" and any(
        t.low in lex.object_negation for t in tokens[max(0, mention.start - 8) : mention.start - 1])


def double_negation(view: SentenceView, cue: Cue) -> bool:
    """ "не може не погодитися", "не может не согласиться" (cannot but agree): a refusal
    phrase whose own negation stands under a negated modal is no refusal; what is left, an
    acceptance forced on the subject, is not read (rule 2)."""
    tokens = view.tokens
    lex = view.cues_lex
    if cue.relation != "rejects" or cue.start < 2 or tokens[cue.start].low not in lex.negation \
            and not cue.negated:
        return False
    k = cue.start - 1 if tokens[cue.start].low in lex.negation else cue.start - 2
    if k < 1 or tokens[k].low not in closed_classes().modal_verbs:
        return False
    return tokens[k - 1].low in lex.negation


def refusal_noun_as_subject(view: SentenceView, cue: Cue) -> bool:
    """ "capitulation is not negotiation", "капітуляція — це не переговори": a noun of
    refusal that is the subject of a copula or a dash names no item after it; what the
    predicate says of it is a definition, not a thing refused."""
    tokens = view.tokens
    if cue.kind != "noun" or cue.relation != "rejects" or cue.end >= len(tokens):
        return False
    following = tokens[cue.end]
    return following.low in closed_classes().copula or following.text in ("—", "–")


_PERSUASION_WINDOW = 6


def persuader_of(view: SentenceView, cue: Cue) -> Mention | None | bool:
    """An acceptance another party is to be made to give ("creditors are trying to get
    Greece to agree to X", "ЄС намагається переконати Угорщину погодитися на X", "тисне на
    Київ, щоб той погодився"): the persuader demands X, and the persuaded party accepts
    nothing yet (section 7). False when the cue is no such acceptance; None when it is but
    no persuader is named before the verb of persuading."""
    if cue.relation != "accepts" or cue.kind not in ("verb", "phrase"):
        return False
    tokens = view.tokens
    persuasion = view.cues_lex.persuasion_verbs
    verb = None
    for k in range(cue.start - 1, max(-1, cue.start - 1 - _PERSUASION_WINDOW), -1):
        if tokens[k].text in (".", ";", ":") or view.cue_at(k) is not None:
            break
        if tokens[k].keys & persuasion:
            verb = k
            break
    if verb is None:
        return False
    # The persuaded party stands between the verb and the acceptance: "force Zambia to
    # accept", "переконати Угорщину погодитися" (never "was forced to accept": its own).
    if not any(verb < m.start < cue.start for m in view.mentions) and not any(
        t.low in closed_classes().object_pronouns or t.low in view.cues_lex.pronouns
        for t in tokens[verb + 1 : cue.start]
    ):
        return False
    return subject_before(view, verb, 0)


def others_in_quote(view: SentenceView, cue: Cue, actor: Actor) -> bool:
    """A quote's cue whose subject is "they" ("'They are ignoring our offer,' the minister
    wrote", «Вони відкидають нашу пропозицію», — заявив посадовець): the other side's
    stance as the speaker tells it, never the speaker's own refusal; no line unless the
    other side is named (section 7)."""
    speaker = view.quote_speaker
    if speaker is None or view.quote_range is None or not view.in_quote(cue.start):
        return False
    if actor.id != speaker.actor.id:
        return False
    closed = closed_classes()
    plural = {word for word, gender in view.cues_lex.pronouns.items() if gender == "plur"}
    for k in range(cue.start - 1, view.quote_range[0], -1):
        token = view.tokens[k]
        if token.low in closed.first_person or token.text in (".", ";", ":"):
            return False
        m = view.mention_at(k)
        if m is not None and m.subject_ok and m.kind != "possessive":
            return False
        if token.low in plural:
            return True
    return False
