"""Cue finding: the words and phrases of a sentence that state a position.

Cue words of the four relations (cues.yaml), goal verbs ("wants to"), "must"
words, naming verbs ("called X unacceptable"), plan-content verbs ("the plan
provides for") and "против X", each with its negation (rule 2). English words
that are both nouns and verbs ("demand") are told apart by what stands before.
"""

from __future__ import annotations

from .emphasis import emphasis_end
from .granted import receiving_verb
from .item_outcomes import (
    attributive_adjective,
)
from .lexicon import Cues, closed_classes
from .morph import Token
from .polarity import negated_before
from .sentence_view import Cue, SentenceView, colon_closes_phrase


def _represented_spans(view: SentenceView) -> frozenset[int]:
    """Token positions of a party named by whom it represents ("the union representing
    nurses", "профспілка, що представляє докерів"), past its head noun, and of a relative
    clause saying whom a named party represents."""
    out: set[int] = set()
    tokens = view.tokens
    for m in view.mentions:
        if m.kind == "generic" and m.end - m.start >= 3 \
                and any(view.cues_lex.representing.longest_at(tokens, k) for k in range(m.start + 1, m.end)):
            out.update(range(m.start + 1, m.end))
            continue
        # "Unite, which represents 900 bus drivers,", "профспілка Unite, яка представляє водіїв,":
        # a relative clause that describes a named party, up to its closing comma.
        k = m.end + 1 if m.end < len(tokens) and tokens[m.end].text == "," else m.end
        hit = view.cues_lex.representing.longest_at(tokens, k) if k < len(tokens) else None
        if hit:
            end = hit[0]
            while end < len(tokens) and end < hit[0] + 8 and tokens[end].text not in (",", ";", ":", "."):
                end += 1
            out.update(range(k, end))
    return frozenset(out)


def _no_longer(tokens: list[Token], i: int, lex: Cues) -> bool:
    """ "no longer", "більше не", "вже не", "больше не", "уже не" right before the verb at i
    (auxiliaries and particles skipped): a position that has ended."""
    closed = closed_classes()
    k = i - 1
    while k >= 1 and (tokens[k].low in closed.auxiliaries or tokens[k].low in closed.particles) \
            and tokens[k].low not in closed.no_longer_words:
        k -= 1
    if k < 1:
        return False
    before, word = tokens[k - 1], tokens[k]
    if word.low in closed.no_longer_words:
        return before.low in lex.negation  # "no longer"
    return word.low in lex.negation and before.low in closed.no_longer_words  # "більше не"


def find_cues(view: SentenceView) -> list[Cue]:
    """Cue words and phrases of all four relations, goal verbs and "must" words, with negation."""
    closed = closed_classes()
    lex = view.cues_lex
    tokens = view.tokens
    cues: list[Cue] = []
    named_by_whom = _represented_spans(view)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not token.is_word or view.in_attribution(i) or i in named_by_whom:
            i += 1  # "профспілка, що представляє докерів": a word of a party's name is no cue
            continue
        condition = lex.conditions.longest_at(tokens, i) or lex.exchange.longest_at(tokens, i)
        if condition and condition[0] - i >= 2:
            i = condition[0]
            continue
        if (
            i > 0 and tokens[i - 1].text == ":" and token.keys & lex.none_words
            and i + 1 < len(tokens) and tokens[i + 1].is_word
        ):
            # "Позиція Києва незмінна: жодних територіальних поступок": "no X" after the
            # colon of a stated position rejects X.
            cues.append(Cue(i, i + 1, "rejects", "verb", False, token.an.lemma))
            i += 1
            continue
        refused = _refused_request(tokens, i, lex)
        if refused:
            # "denied Ukraine's request for missiles": the request is turned down; what
            # follows it is the item.
            cues.append(Cue(i, refused, "rejects", "phrase", negated_before(tokens, i, lex, "phrase"), token.an.lemma))
            i = refused
            continue
        hit = lex.cue_index.longest_at(tokens, i)
        if hit and hit[1][1] == "verb" and _act_as_subject(view, i):
            i += 1  # "Making peace requires more sacrifice": a remark on what an act costs
            continue
        if hit and any(_act_as_subject(view, k) for k in range(hit[0], min(hit[0] + 3, len(tokens)))):
            i = hit[0]  # "Reaching a deal requires patience": the act is the remark's subject
            continue
        if hit and hit[1][1] == "noun" and _names_a_party(view, i):
            hit = None  # "opposition leader Raila Odinga": the political opposition, no refusal
        if hit and i > 0 and tokens[i - 1].text in ("-", "–") and tokens[i - 1].end == token.start:
            hit = None  # "U.S.-backed", "Kremlin-proposed": part of a compound adjective
        if (
            hit
            and hit[1][1] == "phrase"
            and hit[0] < len(tokens)
            and tokens[hit[0] - 1].low in closed.day_prepositions
            and tokens[hit[0]].low in closed.time_words
        ):
            hit = None  # "called on Monday for X": "on" opens a date, not an addressee
        if hit and hit[1][1] == "phrase" and _opens_condition(tokens, hit[0], lex):
            # "will lift its veto on condition that X": the phrase's last word opens a condition,
            # no object of the phrase; a shorter phrase ("lift its veto") is the cue, its
            # condition read as rule 3.
            hit = next((h for h in lex.cue_index.matches_at(tokens, i)
                        if h[0] < hit[0] and not (h[1][1] == "phrase" and _opens_condition(tokens, h[0], lex))), None)
        if hit:
            end, (relation, kind) = hit
            if (
                kind == "noun"
                and token.an.pos not in ("NOUN", "UNKN", "")
                and view.lang != "en"
                or (kind == "verb" and token.an.pos == "NOUN" and view.lang != "en")
            ):
                hit = None
            elif (
                kind == "verb"
                and view.lang != "en"
                and token.an.pos in ("PRTF", "ADJF")
                and not (token.an.passive and i > 0 and tokens[i - 1].low in closed.copula)
                and not (token.an.passive and view.lang == "uk" and _passive_predicate(tokens, i, hit[0], "uk"))
            ):
                hit = None  # "согласованный проект": an attribute, not a position
        if hit and hit[1] == ("demands", "adj") and any(c.relation == "rejects" for c in cues) \
                and attributive_adjective(tokens, i, hit[0], view.lang, lex):
            # "rejected the plan for mandatory quotas": inside a refusal's object, a modifier of the
            # item, no demand of its own (which would turn the refusal into a demand).
            hit = None
        if (
            hit
            and hit[1][1] == "noun"
            and i > 0
            and (tokens[i - 1].keys & lex.pointers or tokens[i - 1].low in lex.pointers)
        ):
            # "ці вимоги", "these demands" refer back (rule 4); they state nothing new.
            hit = None
        if hit and hit[1] == ("rejects", "noun") and i > 0 and view.lang != "en" \
                and lex.has(tokens[i - 1], "reversal_words"):
            # "зніме вето за умови, що X", "снимет вето при условии X": a refusal lifted is no
            # refusal (the offer on its condition is read as rule 3).
            hit = None
        if hit:
            end, (relation, kind) = hit
            ended = _no_longer(tokens, i, lex)
            if kind in ("verb", "phrase") and relation == "rejects" and _passive_predicate(tokens, i, end, view.lang):
                kind = "adj"  # "вихід з НАТО виключено", "выход из НАТО исключён": X is ruled out
            elif (
                view.lang == "en"
                and kind == "verb"
                and _english_noun_position(tokens, i, view)
                and not ended  # "no longer blocks": a verb after "no longer"
            ):
                kind = "noun"
            elif (
                view.lang == "en"
                and kind == "noun"
                and not _english_noun_position(tokens, i, view)
                and token.low.endswith(("ed", "s"))
                and any(value[1] == "verb" for _, value in lex.cue_index.matches_at(tokens, i))
            ):
                kind = "verb"  # "Russia demands X": a verb that is also a noun cue
            negated = negated_before(tokens, i, lex, kind)
            if kind == "verb" and ended:
                # "більше не блокує X", "no longer blocks X": the refusal is over, X is let
                # through; "no longer supports X" refuses X; "no longer demands X" states nothing
                relation, negated = ("accepts", False) if relation == "rejects" else (relation, True)
            cues.append(Cue(i, end, relation, kind, negated, token.an.lemma))
            i = end
            continue
        if not hit and token.keys & lex.granted_nouns and view.lang == "en" \
                and receiving_verb(view, Cue(i, i + 1, "accepts", "noun", False, token.an.lemma)) is not None:
            # "won the company's agreement to X": consent received (granted.py), not a deal
            cues.append(Cue(i, i + 1, "accepts", "noun", False, token.an.lemma))
            i += 1
            continue
        if (
            not hit
            and token.keys & lex.plan_nouns
            and token.an.pos in ("NOUN", "UNKN", "")
            and colon_closes_phrase(tokens, i + 1)
        ):
            # "Серед його положень: ...", "Its terms:" — a plan's content follows.
            cues.append(Cue(i, i + 1, "proposes", "noun", False, token.an.lemma))
            i += 1
            continue
        if token.keys & lex.naming_verbs:
            # "called these demands an attempt to ...": rejects what is named (section 1).
            predicate, verdict = None, "rejects"
            for k in range(i + 1, min(i + 14, len(tokens))):
                if tokens[k].text in (".", ";", ",") and k > i + 1:
                    break
                if any(word.matches(tokens[k]) for word in lex.negative_predicates):
                    predicate = k  # the last one: "назвав ультиматуми Заходу неприйнятними"
            if predicate is None:
                # The object ends after the offer's noun: "the plan" of "the plan a step ...".
                predicate = _approving_predicate(tokens, i, lex)
                verdict = "accepts"
            if predicate is not None:
                cues.append(
                    Cue(
                        i,
                        i + 1,
                        verdict,
                        "naming",
                        negated_before(tokens, i, lex, "verb"),
                        token.an.lemma,
                        predicate,
                    )
                )
            if cues and cues[-1].start == i:
                i = cues[-1].object_end
                continue
        content = lex.plan_content.longest_at(tokens, i)
        plan_subject = any(
            t.keys & lex.plan_nouns
            or t.low
            in (
                "it",
                "він",
                "вона",
                "он",
                "она",
                "документ",
                "document",
                "draft",
                "проєкт",
                "проект",
            )
            for t in tokens[max(0, i - 5) : i]
        )
        if (
            content
            and plan_subject
            and token.an.pos not in ("GRND", "PREP")
            and token.low not in closed_classes().among_words
        ):
            # "документ передбачає: ...", "the plan provides for ...": the plan's terms.
            cues.append(Cue(i, content[0], "proposes", "plan", False, token.an.lemma))
            i = content[0]
            continue
        if token.low in closed.against_words or token.low in closed.for_words:
            holder = _dashed_holder(view, i)
            if holder is None and i > 1 and tokens[i - 1].low in closed.coordinators and cues \
                    and cues[-1].kind == "verb" and cues[-1].lemma in closed.for_words | closed.against_words \
                    and tokens[cues[-1].start - 1].text in ("—", "–", "-"):
                holder = True  # "— за X і проти Y": the second stance of the same party
            if holder is not None:
                # "Опозиція — проти X", "Профспілки — за X": a telegraph-style stance after a dash
                relation = "rejects" if token.low in closed.against_words else "proposes"
                cues.append(Cue(i, i + 1, relation, "verb", False, token.low))
                i += 1
                continue
        if token.low in closed.against_words:
            holder = view.mention_at(i - 1) if i > 0 else None
            if holder is not None and holder.subject_ok:
                cues.append(Cue(i, i + 1, "rejects", "verb", False, token.low))  # "Кремль против X"
                i += 1
                continue
            holder = view.mention_at(i - 2) if i > 1 else None
            if (
                view.lang != "en"
                and tokens[i - 1].low in lex.negation
                and holder is not None
                and holder.end == i - 1
                and holder.subject_ok
            ):
                cues.append(Cue(i - 1, i + 1, "accepts", "verb", False, token.low))  # "Канада не против X"
                i += 1
                continue
        if token.keys & lex.possible_words and _condition_follows(tokens, i + 1, lex):
            # "перемир'я можливе лише за умови X": X's author offers the subject on condition X.
            cues.append(Cue(i, i + 1, "proposes", "possible", negated_before(tokens, i, lex, "adj"), token.an.lemma))
            i += 1
            continue
        goal = lex.goal_verbs.longest_at(tokens, i)
        if goal and emphasis_end(tokens, goal[0], lex, view.lang) is not None:
            # "I want to make it clear that ...", "хочу, щоб усі розуміли: ...": the want only
            # stresses what follows, which is read on its own (emphasis.py).
            i = goal[0]
            continue
        if goal and _takes_object(tokens, goal[0], view.lang, lex):
            cues.append(
                Cue(
                    i,
                    goal[0],
                    "demands",
                    "goal",
                    negated_before(tokens, i, lex, "goal"),
                    token.an.lemma,
                )
            )
            i = goal[0]
            continue
        must = lex.must_words.longest_at(tokens, i)
        if must and emphasis_end(tokens, must[0], lex, view.lang) is not None:
            i = must[0]  # "one thing must be clear:", "it should be noted that": emphasis, no demand
            continue
        if must and _must_applies(tokens, i, must[0], view.lang):
            negated = negated_before(tokens, i, lex, "must") or (
                must[0] < len(tokens) and tokens[must[0]].low in lex.negation
            )
            end = must[0] + (
                1 if must[0] < len(tokens) and tokens[must[0]].low in lex.negation else 0
            )
            cues.append(Cue(i, end, "demands", "must", negated, token.an.lemma))
            i = end
            continue
        i += 1
    return cues


def _dashed_holder(view: SentenceView, i: int):
    """The party before "— за"/"— проти" at i that opens its clause ("Опозиція — за X",
    "Профсоюз шахтеров — против X"; not "X, а Y — за"): the dash stands for its verb."""
    tokens = view.tokens
    if i < 2 or tokens[i - 1].text not in ("—", "–", "-") or i + 1 >= len(tokens) or not tokens[i + 1].is_word:
        return None
    after = tokens[i + 1]
    if tokens[i].low in closed_classes().for_words and after.an.pos in ("NOUN", "ADJF") and "accs" not in after.an.cases:
        return None  # "Лідери опозиції — за кордоном", "за решеткой": a place ("за" + instrumental)
    holder = next((m for m in view.mentions if m.end == i - 1), None)
    if holder is None or not holder.subject_ok or holder.kind == "pronoun":
        return None
    if any(t.is_word for t in tokens[: holder.start]) and tokens[holder.start - 1].text not in (":", ";"):
        return None  # a party in the middle of a clause is no headline's subject
    return holder


def _act_as_subject(view: SentenceView, i: int) -> bool:
    """A verb of needing ("requires", "потребує", «требует») whose subject, from the clause's
    start, is an act ("Making peace", "Reaching a deal", "Досягнення миру") and names no
    party: a general remark on what the act costs, no demand (issue 13, point 3)."""
    tokens = view.tokens
    if not tokens[i].keys & view.cues_lex.remark_subject_verbs:
        return False
    start = i
    while start > 0 and tokens[start - 1].text not in (",", ";", ":", ".", "«", "»", '"', "“", "”", "—", "–") \
            and i - start < 6:
        start -= 1
    if start == i or start > 0 and tokens[start - 1].is_word:
        return False  # the subject runs on past six words: no short act phrase opens the clause
    if any(view.mention_at(k) is not None for k in range(start, i)):
        return False
    first = tokens[start]
    suffixes = closed_classes().action_suffixes
    if view.lang == "en":
        return first.low.endswith("ing") and len(first.low) > 4
    return first.an.pos == "NOUN" and "nomn" in first.an.cases and first.low.endswith(tuple(suffixes))


def _names_a_party(view: SentenceView, i: int) -> bool:
    """A cue noun that is a party's generic name right before a title or a name ("opposition
    leader X", "opposition spokesman") or a collective party ("the opposition"): it names
    who speaks, not a position."""
    mention = view.mention_at(i)
    body = not view.tokens[i].keys.isdisjoint(view.cues_lex.collective_bodies)
    if mention is not None and mention.kind == "group" and body:
        return True  # "the Belarusian opposition", "opposition lawmakers": the party itself
    if not body and (mention is None or mention.kind != "generic") or i + 1 >= len(view.tokens):
        return False
    after = view.mention_at(i + 1)
    return view.cues_lex.titles.longest_at(view.tokens, i + 1) is not None or (after is not None and after.start == i + 1)


def _refused_request(tokens: list[Token], i: int, lex: Cues) -> int:
    """The end of "denied [X's|a|the] request" starting at i, or 0: a denial verb whose
    object, within three words, is a request noun."""
    if not tokens[i].keys & lex.denial_verbs:
        return 0
    for k in range(i + 1, min(i + 4, len(tokens))):
        if not tokens[k].is_word:
            return 0
        if tokens[k].low in closed_classes().request_nouns:
            return k + 1
    return 0


def _english_noun_position(tokens: list[Token], i: int, view: SentenceView) -> bool:
    """ "a balanced offer", "Washington's demand", "the farm demand": a noun, not a verb.
    A past form ("the union demanded", "the bank rejected") is always the verb."""
    if tokens[i].low.endswith("ed"):
        return False
    closed = closed_classes()
    for back in (1, 2):
        k = i - back
        if k < 0:
            break
        token = tokens[k]
        if (
            token.low in closed.determiners
            or token.low.endswith(("'s", "’s"))
            or token.low in ("'s", "’s")
            # "the nurses' demands": a plural's apostrophe, split from its word
            or token.text in ("'", "’") and k > 0 and tokens[k - 1].low.endswith("s") and tokens[k - 1].end == token.start
        ):
            return True
        m = view.mention_at(k)
        if m is not None and m.kind == "possessive":
            return True
        if back == 1 and m is not None and m.kind in ("name", "generic", "unknown", "group"):
            return False  # "The union demands X": the party, then its verb
        if back == 1 and token.low == "of":
            return True  # "a list of demands": a noun after "of"
        if back == 1 and (token.an.pos in ("PREP", "NPRO") or token.text in (",", ":")):
            return False  # "that we reject X": a pronoun, then its verb
    return False


def _takes_object(tokens: list[Token], i: int, lang: str, lex: Cues) -> bool:
    """A goal verb states a goal when an infinitive, a clause or an object follows."""
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
    focus = lex.focus_phrases.longest_at(tokens, i) if i < len(tokens) else None
    if focus:  # "хочуть перш за все гарантій", "want above all a guarantee"
        i = focus[0] + (focus[0] < len(tokens) and tokens[focus[0]].text == ",")
    elif lang != "en":
        # "хочуть спершу погашення боргу", "хотят поскорее гарантий": an adverb before the object.
        while i + 1 < len(tokens) and tokens[i].an.pos == "ADVB":
            i += 1
    if i >= len(tokens):
        return False
    nxt = tokens[i]
    if lang == "en":
        return nxt.is_word and nxt.low not in closed_classes().verb_particles
    if (
        nxt.an.pos == "INFN"
        or nxt.low in closed_classes().clause_complementizers
        or (i + 1 < len(tokens) and tokens[i + 1].an.pos == "INFN")
    ):
        return True
    # "хоче якнайшвидшого завершення війни": a noun object states the goal too.
    return nxt.an.pos in ("NOUN", "ADJF") and bool(nxt.an.cases & {"gent", "accs"})


def _must_applies(tokens: list[Token], i: int, end: int, lang: str) -> bool:
    """ "має/must" counts only before an infinitive ("має відмовитися", not "має мету")."""
    if lang == "en":
        word = tokens[i].low
        if word in closed_classes().have_to_verbs:
            return end < len(tokens) and tokens[end].low == "to" or end - i >= 2
        return True
    for k in range(end, min(end + 3, len(tokens))):
        if tokens[k].low in closed_classes().remark_infinitives:
            return False  # "варто зазначити, що", "стоит ожидать": an aside or a forecast
        if tokens[k].an.pos == "INFN" or tokens[k].low in closed_classes().be_infinitives:
            return True  # the uk dictionary takes "бути" for a noun
        if not tokens[k].is_word:
            return False
    return False


def _approving_predicate(tokens, verb: int, lex) -> int | None:
    """ "called the proposal constructive / a step in the right direction": the naming
    accepts what it names, when that is an offer or a plan (an assessment of talks or of
    a meeting is no position), and no negation stands before the predicate. Returns where
    the named offer ends."""
    offer_end = None
    for k in range(verb + 1, min(verb + 14, len(tokens))):
        if tokens[k].text in (".", ";", ",") and k > verb + 1:
            return None
        if offer_end is None and tokens[k].keys & lex.plan_nouns:
            offer_end = k + 1
        elif offer_end is not None and any(word.matches(tokens[k]) for word in lex.positive_predicates):
            return None if tokens[k - 1].keys & lex.negation else offer_end
    return None

def _passive_predicate(tokens: list[Token], i: int, end: int, lang: str) -> bool:
    """A rejection verb as the closing predicate of its clause in the short passive
    ("исключено", "исключён"), the uk impersonal ("виключено", "відкинуто") or the uk full
    participle after its noun ("коридор виключений"): the item stands before it, as
    before "неприйнятно"."""
    if end < len(tokens) and tokens[end].is_word:
        return False
    if lang == "en":
        # "Armenia said a corridor was ruled out.": the passive closing its clause, no agent.
        return i > 0 and tokens[i - 1].low in closed_classes().passive_auxiliaries
    if end != i + 1:
        return False
    token = tokens[i]
    return token.an.pos == "PRTS" or (
        lang == "uk" and token.an.pos == "VERB" and token.low.endswith(("но", "то"))
    ) or (
        # "коридор виключений.": the uk full participle closing its clause after its noun
        lang == "uk" and token.an.pos in ("ADJF", "PRTF") and token.an.passive and i > 0
        and tokens[i - 1].an.pos == "NOUN" and "nomn" in tokens[i - 1].an.cases
    )


def _condition_follows(tokens: list[Token], i: int, lex) -> bool:
    """A condition marker at i, after "only"/"лише" and a comma ("possible only if", "можливе
    лише за умови", "возможно, только если")."""
    closed = closed_classes()
    while i < len(tokens) and (tokens[i].text == "," or tokens[i].low in closed.condition_fillers):
        i += 1
    return i < len(tokens) and tokens[i].is_word and bool(lex.conditions.longest_at(tokens, i))


def _opens_condition(tokens, end: int, lex) -> bool:
    """Whether the last word before `end` opens a condition marker that runs past it ("on"
    of "on condition that", "з" of "з розумінням того, що")."""
    marker = lex.conditions.longest_at(tokens, end - 1) if end > 0 else None
    return marker is not None and marker[0] > end
