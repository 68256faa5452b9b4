"""Actor rules: whose position a cue states (codebook section 1, rules 5-6).

A nominalisation's genitive or possessive owner ("Putin's demand"), a passive's
agent ("rejected by the union"), the authors named by a participle
("запропонований США проєкт"), coordinated subjects ("США і Франція"), else the
nearest subject to the left that no earlier cue's complement or opinion verb
(rule 7) separates from the cue. Inside a quote, "we"/"ми"/"мы" is the speaker's side
(section 7); an addressee ("handed management a list") is no subject, and a clause with
a subject of its own that names no party ("…, а компанія пропонує") has no actor.
"""

from __future__ import annotations

from .attribution import tail_speaker
from .clauses import clause_start, in_parenthesis, relative_opener_before
from .demonyms import demonym_actor
from .fronted_items import subject_span_before
from .lexicon import actor_lexicon, closed_classes
from .mention import Mention, principal
from .polarity import agreement_head
from .sentence_view import (
    OPEN_QUOTES,
    Cue,
    SentenceView,
    owns_the_noun,
)


def fronted_object(view: SentenceView, subject: Mention, noun: Cue) -> bool:
    """Whether a noun cue stands between a subject and the verb it is the object of
    (uk/ru word order): no verb between them, the noun in the accusative, a verb after."""
    tokens = view.tokens
    if view.lang == "en" or "accs" not in tokens[noun.start].an.cases:
        return False
    if any(t.an.pos == "VERB" for t in tokens[subject.end : noun.start]):
        return False
    return any(t.an.pos == "VERB" and not t.an.cases for t in tokens[noun.end :])


def _position_owner(view: SentenceView, cue: Cue) -> Mention | None:
    """The owner of a position noun that opens the sentence and ends at a colon ("Позиція
    Москви незмінна: …", "Moscow's position is clear: …"): every cue after the colon is
    that owner's."""
    tokens = view.tokens
    colon = next((k for k in range(min(cue.start, 10)) if tokens[k].text == ":"), None)
    if colon is None:
        return None
    head = next((k for k in range(colon) if tokens[k].keys & view.cues_lex.position_nouns), None)
    if head is None:
        return None
    return next((m for m in view.mentions if m.end <= colon and abs(m.start - head) <= 2
                 and m.kind not in ("pronoun",)), None)


def owner_before_copula(view: SentenceView, cue: Cue) -> Mention | None:
    """The owner named after a noun cue and before its copula: "the goal of Peru is X",
    "Метою Перу є X", "Целью Перу является X"."""
    tokens = view.tokens
    at = cue.end + 1 if cue.end < len(tokens) and tokens[cue.end].low == "of" else cue.end
    m = view.mention_at(at)
    if m is None or m.kind in ("pronoun", "possessive") or m.end >= len(tokens):
        return None
    return m if tokens[m.end].low in closed_classes().copula else None


def source_after(view: SentenceView, cue: Cue) -> Mention | None:
    """The party an offer noun "came from" ("The proposal for X came from Norway", "Пропозиція
    про X надійшла від Норвегії", "Предложение об X исходило от Норвегии"): a source phrase
    in the noun's clause, then a party right after it."""
    tokens = view.tokens
    if cue.relation != "proposes":
        return None
    for k in range(cue.end, min(cue.end + 16, len(tokens))):
        if tokens[k].text in (",", ";", ".", ":") and not view.in_quote(k):
            return None
        hit = view.cues_lex.source_phrases.longest_at(tokens, k) if tokens[k].is_word else None
        if hit:
            at = hit[0]
            while at < len(tokens) and tokens[at].low in closed_classes().articles:
                at += 1
            m = view.mention_at(at)
            return m if m is not None and m.start == at and m.kind not in ("pronoun", "possessive") else None
    return None


def _possessor_across_modifiers(view: SentenceView, noun: int) -> Mention | None:
    """The owner of "Peru's main goal", "Japan's long-standing demand": a possessive
    name up to two lower-case modifiers before the noun."""
    tokens = view.tokens
    k = noun - 1
    for _ in range(2):
        if k < 1 or not tokens[k].is_word or not tokens[k].text.islower() or view.cue_at(k) is not None:
            return None
        k -= 1
        if tokens[k].low in ("'s", "’s", "'"):
            return view.mention_at(k - 1)
        if tokens[k].low.endswith(("'s", "’s")):
            return view.mention_at(k)
    return None


def actor_mention_for(view: SentenceView, cue: Cue) -> Mention | None:
    """Whose position the cue states: a nominalisation's genitive or possessive actor,
    a passive's agent ("rejected by X"), else the nearest subject to the left."""
    closed = closed_classes()
    tokens = view.tokens
    speaker = _first_person_speaker(view, cue)
    if speaker is not None:
        return speaker
    framed = _position_owner(view, cue)
    if framed is not None:
        return framed  # "Позиція Москви незмінна: Україна має відмовитися від X"
    opener = _gerund_clause_subject(view, cue)
    if opener is not None:
        return opener  # "Підтвердивши готовність до переговорів, міністерство …"
    if unnamed_subject(view, cue):
        return None
    if cue.kind == "noun":
        owner = owner_before_copula(view, cue)
        if owner is not None:
            return owner
        source = source_after(view, cue)
        if source is not None:
            return source  # "The proposal for X came from Norway": Norway proposes X
        m = view.mention_at(cue.end)
        if (
            m is not None
            and owns_the_noun(view, m)
            and view.lang != "en"
        ):
            return m
        if cue.start > 0:
            before = view.mention_at(cue.start - 1)
            if (
                before is None
                and cue.start > 1
                and view.tokens[cue.start - 1].an.pos in ("ADJF", "UNKN")
                and view.lang == "en"
            ):
                before = (
                    view.mention_at(cue.start - 2)
                    if view.mention_at(cue.start - 2)
                    and view.mention_at(cue.start - 2).kind == "possessive"
                    else None
                )
            if before is None and cue.start > 1 and tokens[cue.start - 1].low in ("'s", "’s", "'"):
                before = view.mention_at(cue.start - 2)
            if before is None and view.lang == "en":
                before = _possessor_across_modifiers(view, cue.start)
            if before is not None and (before.kind in ("group", "possessive") or view.lang == "en"):
                return before if not view.in_attribution(before.start) else None
            actor_id = demonym_actor(tokens[cue.start - 1])
            if actor_id:
                entry = principal(actor_lexicon().entries[actor_id])
                return Mention(cue.start - 1, cue.start, entry.actor, "group")
    if cue.kind == "phrase" and cue.relation == "demands" and cue.start > 0 and view.lang == "en" \
            and tokens[cue.start].keys & view.cues_lex.terms_nouns \
            and not (cue.end < len(tokens) and (tokens[cue.end].an.pos == "VERB" or tokens[cue.end].an.passive)):
        # "Hamas's main condition is X", "the EU's key condition remains X": the condition
        # is its possessor's, whoever else the sentence names before it.
        # (a possessor may open the sentence: "Iran's conditions are X")
        owner = view.mention_at(cue.start - 2) if cue.start > 1 and tokens[cue.start - 1].low in ("'s", "’s", "'") else None
        if owner is None:
            owner = _possessor_across_modifiers(view, cue.start)
        if owner is None and (m := view.mention_at(cue.start - 1)) is not None and (
                m.kind == "possessive" or tokens[cue.start - 1].low.endswith(("'s", "’s", "s'"))):
            owner = m
        if owner is not None and owner.kind != "pronoun" and not (owner.start > 0 and tokens[owner.start - 1].low == "of"):
            # ("the first of Pyongyang's conditions was rejected": a part of them, said of)
            return owner if not view.in_attribution(owner.start) else None
    if cue.kind == "phrase" and cue.relation == "proposes" and cue.start > 0 and view.lang == "en":
        # "without responding to Zelensky's call for a meeting": the call is Zelensky's, a
        # noun phrase with its possessor, not a verb of the sentence's subject.
        owner = view.mention_at(cue.start - 2) if cue.start > 1 and tokens[cue.start - 1].low in ("'s", "’s", "'") else None
        if owner is None and (m := view.mention_at(cue.start - 1)) is not None and (
                m.kind == "possessive" or tokens[cue.start - 1].low.endswith(("'s", "’s", "s'"))):
            owner = m
        if owner is not None and owner.kind != "pronoun":
            return owner if not view.in_attribution(owner.start) else None
    antecedent = _relative_antecedent(view, cue)
    if antecedent is not None:
        return antecedent  # "… the proposal by Peru, which has demanded X": Peru demands X
    in_quote = view.in_quote(cue.start)
    # "Песков заявил, что размещение войск НАТО исключено": the names inside what a
    # predicate adjective rules out are not who rules it out.
    said_of = _predicate_subject_start(view, cue)
    # "Talks stalled as developing countries pressed for X": the subordinate clause has
    # a subject of its own, never a name of the main clause before it (issue 14).
    clause = clause_start(view, cue.start)
    for m in reversed(view.mentions):
        if clause is not None and m.start < clause:
            break
        if (
            m.end > cue.start
            or m.start >= said_of
            or not m.subject_ok
            or view.in_attribution(m.start)
            or view.in_tail(m.start)
        ):
            continue
        if view.quote_range is not None and in_quote != view.in_quote(m.start):
            continue
        if _indirect_object(view, m):
            continue  # "The union handed management a list of demands": the addressee
        if _disagrees(view, m, cue):
            continue  # "Путін дав зрозуміти США, що готовий": a singular predicate, not the US
        if _subject_of_modal_between(view, m, cue):
            return None  # "She said they hope council will accept the offer": the council's act, hoped for
        if _opinion_aside(view, m, cue):
            return None  # "Київ, вважає Сміт, наполягатиме на X": Smith's forecast (rule 7)
        if in_parenthesis(view, m.start, m.end, cue.start):
            continue  # "Уряд, попри тиск опозиції, відхилив X": the government rejects X
        if cue.kind in ("verb", "phrase") and any(
                view.cues_lex.must_words.longest_at(tokens, k) for k in range(m.end, cue.start)):
            continue  # "Украина должна отказаться от X": who must is told to, not the holder
        if _crosses_complement_boundary(view, m, cue):
            continue
        titled = _titled_subject_after_colon(view, m, cue)
        if titled is not None:
            return titled if titled is not m else None
        after = view.mention_at(cue.end) if view.lang != "en" else None
        if (
            after is not None
            and after.start == cue.end
            and after.subject_ok
            and after.kind != "pronoun"
            and any(t.text in (",", ";") for t in tokens[m.end : cue.start])
        ):
            # "КСПУ требует X, а повышение тарифов отвергла Япония": a new clause whose
            # subject follows its verb.
            return after
        if any(t.keys & view.cues_lex.opinion_verbs for t in tokens[m.end : cue.start]):
            # Rule 7: "X believes that ..." is an assessment, not X's position.
            return None
        if cue.kind in ("noun", "plan") and _examines(view, tokens[m.end : cue.start]):
            return None  # "Hamas received a proposal", "Рада обговорила план": another party's
        between = tokens[m.end : cue.start]
        if any(t.keys & view.cues_lex.opinion_nouns for t in between) and any(
                t.keys & view.cues_lex.analyst_words for t in between):
            # "Київ, на думку експерта, наполягатиме на X": the expert's forecast (rule 7).
            return None
        if cue.kind == "noun" and fronted_object(view, m, cue):
            return None  # "Японія пропозицію про X відхилила": the proposal is not Japan's
        if view.lang != "en":
            place = _place_speaker(view, cue)
            if place is not None and place[1] >= m.end and (
                    tokens[place[1]].low in closed.clause_contrasts or tokens[place[1]].text == ";"):
                # "Киргизия добивается X, но в Ташкенте это отвергли": the place opens a
                # clause of its own after the contrast (or a semicolon); the earlier subject is not its.
                return place[0]
        if view.lang != "en" and m.end <= cue.start and tokens[m.end].an.pos != "VERB":
            # "Уряд Молдови передав адміністрації Придністров'я план": the nearer mention
            # is an addressee; the subject is the one its verb follows.
            earlier = _subject_of_verb_before(view, m, cue)
            if earlier is not None:
                return earlier
        return m
    tail = tail_speaker(view) if cue.kind != "noun" and clause is None else None
    if tail is not None and tail.start > cue.end:
        return tail  # "Вимоги X неприйнятні, заявив Зеленський"
    if view.lang in ("uk", "ru"):
        m = view.mention_at(cue.end)
        if (
            m is not None
            and m.subject_ok
            and m.kind != "pronoun"
            and not (m.end < len(tokens) and tokens[m.end].an.pos == "INFN")
        ):
            return m  # "заявив Пєсков"; not "закликала уряд втрутитися", an addressee
    if clause is not None:
        return _dropped_subject(view, cue, clause)
    place = _place_speaker(view, cue)
    if place is None and view.lang in ("uk", "ru"):
        return _place_after_verb(view, cue) or _subject_after_gerund(view, cue)
    return place[0] if place is not None else None


def _subject_of_modal_between(view: SentenceView, m: Mention, cue: Cue) -> bool:
    """en: between the mention and a verb cue, a word no finder read stands right before a
    modal ("hope council will vote on and accept", "said members would back the deal"):
    the cue's clause has that subject of its own, another party than the mention (or one no
    reader could tell), whose act is hoped for, expected or reported."""
    if view.lang != "en" or cue.kind not in ("verb", "phrase"):
        return False  # ("a pay freeze would be unacceptable": before a predicate, the item)
    closed = closed_classes()
    lex = view.cues_lex
    modals = lex.clause_modals
    skip = closed.auxiliaries | closed.complementizers | closed.and_words | closed.relative_pronouns \
        | closed.referring_words | lex.negation
    tokens = view.tokens
    for j in range(m.end, cue.start - 1):
        word = tokens[j]
        if tokens[j + 1].low not in modals or not word.is_word or word.is_cap or view.mention_at(j) is not None:
            continue
        if word.low in skip or word.low.endswith("ly") or word.an.pos not in ("UNKN", "NOUN", "NPRO", ""):
            continue
        if tokens[cue.start].low != tokens[cue.start].an.lemma:
            return False  # "said there would be no revision and urged X": not the modal's bare verb
        if _own_noun_phrase(view, m.end, j):
            continue  # "said his country would not allow X": the speaker's own side
        if any(t.text in (",", ";", ":") for t in tokens[j + 1 : cue.start]):
            continue
        return True
    return False


def _own_noun_phrase(view: SentenceView, start: int, head: int) -> bool:
    """en: the noun phrase ending at `head` opens with a possessive ("his country", "their
    first item on the agenda"), within its clause after `start`."""
    tokens = view.tokens
    for k in range(head - 1, max(start - 1, head - 8), -1):
        if tokens[k].text in (",", ";", ":") or tokens[k].low in closed_classes().complementizers:
            return False
        found = view.mention_at(k)
        if found is not None:
            return found.kind == "possessive"
    return False


def _disagrees(view: SentenceView, m: Mention, cue: Cue) -> bool:
    """uk/ru: a singular verb or adjective ("готовий", "готов", "запропонувала") cannot have a
    plural party ("США", "повстанці") as its subject; that mention is an addressee or an object
    when a singular party stands before it ("Путін дав зрозуміти США, що готовий")."""
    if view.lang == "en" or m.gender != "plur" or m.kind in ("possessive", "sides") or cue.kind not in ("verb", "adj"):
        return False
    first = view.tokens[m.start]
    if first.an.number != "plur" or first.an.cases and "nomn" not in first.an.cases:
        return False  # ("Профспілка «Злагода»", "уряд": a body's name, whatever its label's number)
    token = view.tokens[cue.start]
    if token.an.pos not in ("VERB", "ADJF", "ADJS") or token.an.number == "plur":
        return False
    if token.an.number != "sing" and token.an.gender not in ("masc", "femn", "neut"):
        return False
    # Only where a singular party stands before it, the subject the predicate agrees with.
    return any(o.end <= m.start and o.subject_ok and o.gender != "plur" and o.kind not in ("possessive", "sides")
               for o in view.mentions)


def _titled_subject_after_colon(view: SentenceView, m: Mention, cue: Cue) -> Mention | None:
    """ "Коалиция больше не настаивает: новый президент пообещал X": after a colon or a
    semicolon, a title no mention resolved opens the cue's clause as its subject; not the
    party named before it, but the one person the sentence named (the title is his), else
    no one (m itself is returned to say so). None when no such clause stands between."""
    tokens = view.tokens
    stop = next((k for k in range(cue.start - 1, m.end - 1, -1) if tokens[k].text in (":", ";")), None)
    if stop is None:
        return None
    k = stop + 1
    while k < cue.start and tokens[k].is_word and tokens[k].an.pos in ("ADJF", "PRTF") and view.mention_at(k) is None:
        k += 1
    hit = view.cues_lex.titles.longest_at(tokens, k) if k < cue.start else None
    if hit is None or view.mention_at(k) is not None or any(view.mention_at(j) for j in range(k, hit[0])):
        return None
    if hit[0] < cue.start and not all(tokens[j].low in closed_classes().auxiliaries | closed_classes().particles
                                      for j in range(hit[0], cue.start)):
        return None
    people = {x.actor.id: x for x in view.mentions if x.end <= stop and x.actor.type == "person"
              and x.kind != "pronoun"}
    return next(iter(people.values())) if len(people) == 1 else m


def _dropped_subject(view: SentenceView, cue: Cue, clause: int) -> Mention | None:
    """ "Перу покинула переговоры, потому что добивалась X", "Перу залишило переговори, бо
    домагалося X": a uk/ru adverbial clause whose finite verb has no subject of its own
    shares the main clause's, when both verbs agree in gender and number. None otherwise."""
    if view.lang not in ("uk", "ru") or cue.kind not in ("verb", "phrase"):
        return None
    tokens = view.tokens
    verb = tokens[cue.start]
    if verb.an.pos != "VERB":
        return None
    if any(t.an.pos in ("NOUN", "NPRO", "UNKN") or view.mention_at(t.i) is not None for t in tokens[clause : cue.start]):
        return None  # the clause has words that may be its subject
    opener = clause - 1
    while opener > 0 and tokens[opener - 1].is_word and tokens[opener - 1].an.pos in ("ADVB", "CONJ", "PRCL"):
        opener -= 1  # "потому что", "так как"
    if opener < 2 or tokens[opener - 1].text != ",":
        return None
    subject = next(
        (m for m in reversed(view.mentions) if m.end < opener and m.subject_ok and m.kind != "pronoun"
         and not view.in_attribution(m.start)),
        None,
    )
    if subject is None or any(t.text in (",", ";", ":") for t in tokens[subject.end : opener - 1]):
        return None
    main = next((t for t in tokens[subject.end : opener] if t.an.pos == "VERB"), None)
    if main is None or main.an.number != verb.an.number or verb.an.gender and main.an.gender != verb.an.gender:
        return None
    return subject


def _subject_after_gerund(view: SentenceView, cue: Cue) -> Mention | None:
    """ "Отвергнув план Еврокомиссии, Венгрия предложила …", "Відкинувши план, Угорщина
    запропонувала …": a gerund opening the sentence is said of the main clause's subject,
    named right after the comma that closes the gerund's clause."""
    tokens = view.tokens
    if tokens[cue.start].an.pos != "GRND" or any(t.is_word for t in tokens[: cue.start]):
        return None
    comma = next((k for k in range(cue.end, len(tokens)) if tokens[k].text in (",", ";", ":", "—", "–")), None)
    if comma is None or tokens[comma].text != ",":
        return None
    m = view.mention_at(comma + 1)
    if m is None or m.start != comma + 1 or not m.subject_ok or m.kind == "pronoun":
        return None
    if not (m.end < len(tokens) and tokens[m.end].an.pos == "VERB"):
        return None  # the name must be the subject of the verb after it
    return m


def _gerund_clause_subject(view: SentenceView, cue: Cue) -> Mention | None:
    """ "Підтвердивши готовність до переговорів, міністерство застерегло …", "While restating
    its readiness to hold talks, the ministry warned …": a cue inside a gerund clause that
    opens the sentence is said of the main clause's subject, named right after the comma
    that closes the clause and followed by its verb. A party the clause names before the
    cue ("Rejecting Hamas's offer") leaves the cue to the usual rules."""
    tokens = view.tokens
    closed = closed_classes()
    first = next((k for k, t in enumerate(tokens) if t.is_word), None)
    if first is None:
        return None
    if view.lang == "en" and tokens[first].low in closed.gerund_subordinators:
        first += 1
    if first >= len(tokens) or tokens[first].an.pos != "GRND" or cue.start < first:
        return None
    if view.quote_range is not None or view.attribution:
        return None
    close = next((k for k in range(first + 1, len(tokens)) if tokens[k].an.pos == "PNCT" or not tokens[k].is_word
                  and tokens[k].text in (",", ";", ":", "—", "–", ".", "(", ")")), None)
    if close is None or tokens[close].text != "," or cue.end > close:
        return None
    if any(m.kind != "possessive" and first <= m.start < cue.start for m in view.mentions):
        return None
    k = close + 1
    while k < len(tokens) and tokens[k].low in closed.articles:
        k += 1
    m = view.mention_at(k)
    if m is None or m.start not in (close + 1, k) or not m.subject_ok or m.kind in ("pronoun", "possessive", "none") \
            or not m.actor.id or m.end >= len(tokens):
        return None
    verb = tokens[m.end]
    if view.lang == "en":
        if not verb.is_word or verb.an.pos in ("PREP", "DET", "CONJ", "NPRO", "GRND") or verb.low in closed.and_words:
            return None
    elif verb.an.pos != "VERB":
        return None  # the name must be the subject of the verb after it
    return m


def _place_after_verb(view: SentenceView, cue: Cue) -> Mention | None:
    """ "Предложение Египта отвергли в Израиле", "Пропозицію відкинули в Кремлі": the place
    after an impersonal plural verb closes the clause and speaks through it (section 7)."""
    tokens = view.tokens
    cue_token = tokens[cue.start]
    if cue.kind not in ("verb", "phrase") or cue_token.an.pos != "VERB" or cue_token.an.number != "plur":
        return None
    k = cue.end
    if k + 1 >= len(tokens) or tokens[k].low not in closed_classes().locative_prepositions:
        return None
    m = view.mention_at(k + 1)
    if (
        m is None
        or m.start != k + 1
        or m.actor.type not in ("state", "organisation", "group")
        or tokens[m.start].an.cases and tokens[m.start].an.cases <= {"accs", "nomn"}
        or m.end < len(tokens) and tokens[m.end].text not in (".", ",", ";", "!")
    ):
        return None
    return m


def _place_speaker(view: SentenceView, cue: Cue) -> tuple[Mention, int] | None:
    """Section 7: "У Міністерстві фінансів ... виключили", "in Kyiv they note": the place
    speaks, through an impersonal plural verb; "… депортированных в Сальвадор, и
    потребовала" has a subject of its own elsewhere. Returns the place and the boundary
    (comma or contrast) that opens its clause."""
    tokens = view.tokens
    closed = closed_classes()
    cue_token = tokens[cue.start]
    if view.lang in ("uk", "ru") and cue_token.an.pos == "VERB" and cue_token.an.number == "sing":
        return None
    for m in reversed(view.mentions):
        if (
            m.start > 0
            and tokens[m.start - 1].low in closed.locative_prepositions
            and m.end <= cue.start
            # "обратились в министерство", "в Москву": a direction, an addressee; "в
            # министерстве", "у Найробі": a place (an unknown name's guessed cases are many)
            and not (tokens[m.start].an.cases and tokens[m.start].an.cases <= {"accs", "nomn"})
        ):
            boundary = max(
                [
                    k
                    for k in range(m.start)
                    if tokens[k].text in (",", ";")
                    or tokens[k].low in closed.clause_contrasts
                ]
                or [-1]
            )
            if m.start - boundary <= 4 and m.actor.type in ("state", "organisation", "group") \
                    and not _place_of_a_noun(view, boundary + 1, m.start - 1):
                return m, boundary
    return None


def _examines(view: SentenceView, between: list) -> bool:
    """A verb of receiving or examining whose object is the position noun after it ("received
    a proposal"), not a noun before a preposition ("received no answer to the proposal")."""
    for k, token in enumerate(between):
        if view.cues_lex.has(token, "examining_verbs"):
            # "received no answer to the proposal": another noun's; "отримав від США
            # пропозицію": the sender between the verb and the proposal
            source = closed_classes().source_prepositions
            return not any((t.an.pos == "PREP" or t.low in ("to", "on", "for")) and t.low not in source
                           for t in between[k + 1:])
    return False


def _place_of_a_noun(view: SentenceView, start: int, preposition: int) -> bool:
    """ "A court in London ruled", "Аналітичний центр у Вашингтоні запропонував": a noun
    phrase before the place's preposition is what the place locates (the subject); the
    place speaks only where it opens its clause ("in Kyiv they note") or follows a fronted
    position noun ("Эти требования в Кремле назвали неприемлемыми")."""
    tokens = view.tokens
    lex = view.cues_lex
    if any(view.cue_at(k) is not None or tokens[k].keys & (lex.plan_nouns | lex.item_heads)
           or any(key in lex.anaphora_nouns for key in tokens[k].keys) for k in range(start, preposition)):
        return False
    return any(
        t.an.pos in ("DET", "NOUN", "ADJF", "PRTF")
        or t.is_word and k == preposition - 1 and t.an.pos == "UNKN" and t.an.number == "plur"
        for k, t in enumerate(tokens[start:preposition], start)
    )


def _predicate_subject_start(view: SentenceView, cue: Cue) -> int:
    """Where the subject of a closing rejection or demand predicate ("X is out of the question",
    "X неприйнятне.", "the right to X is inalienable") or of "X is possible only if" starts;
    the cue's start for any other cue."""
    tokens = view.tokens
    if cue.kind == "possible":
        return subject_span_before(view, cue)[0]
    if cue.kind != "adj" or cue.relation not in ("rejects", "demands") \
            or (cue.end < len(tokens) and tokens[cue.end].is_word):
        return cue.start
    return subject_span_before(view, cue)[0]


# What opens the direct object after an English indirect object ("handed management a list").


def _indirect_object(view: SentenceView, m: Mention) -> bool:
    """ "handed management a list of demands", "sent the hospital board a demand": an
    English mention between a verb and a direct object is the addressee, not the subject."""
    if view.lang != "en" or m.end >= len(view.tokens):
        return False
    tokens = view.tokens
    k = m.start - 1
    while k >= 0 and tokens[k].low in closed_classes().owner_determiners:
        k -= 1
    if k < 0 or tokens[m.end].low not in closed_classes().object_openers:
        return False
    verb = tokens[k]
    closed = closed_classes()
    return (
        verb.is_word
        and not verb.is_cap
        and verb.an.pos in ("UNKN", "")
        and verb.low not in closed.auxiliaries
        and verb.low not in closed.and_words
        and view.mention_at(k) is None
    )


def unnamed_subject(view: SentenceView, cue: Cue) -> bool:
    """A verb cue whose clause has a subject of its own that names no known party ("…, а
    компанія пропонує 3%", «Правління відкидає X», — заявив Y): neither the party of the
    clause before it nor the quote's speaker is this cue's actor; no line is better."""
    if cue.kind not in ("verb", "phrase") or cue.start < 2:
        return False
    tokens = view.tokens
    k = cue.start - 1
    while k > 0 and tokens[k].low in closed_classes().particles:
        k -= 1  # "і далі виступає": "далі" also parses as a noun
    head = tokens[k]
    if view.mention_at(k) is not None or not head.is_word:
        return False
    after = view.mention_at(cue.end)
    if after is not None and after.start == cue.end and after.subject_ok:
        return False  # "Совместное патрулирование отвергла Япония": the object comes first
    if view.lang == "en":
        if head.an.pos not in ("UNKN", "") or head.is_cap:
            return False
        k -= 1
        if k < 0 or tokens[k].low not in closed_classes().articles:
            return False
        k -= 1
    else:
        if head.an.pos != "NOUN" or head.an.case != "nomn":
            return False
        k -= 1
        while k >= 0 and tokens[k].an.pos == "ADJF":
            k -= 1
    if k < 0 or tokens[k].text in OPEN_QUOTES:
        # «Правління відкидає X», — заявив Y: the board's position, not the speaker's.
        return True
    closed = closed_classes()
    return tokens[k].low in closed.and_words or tokens[k].low in closed.contrast_joins


def _opinion_aside(view: SentenceView, m: Mention, cue: Cue) -> bool:
    """A mention inside an aside of opinion between commas before the cue ("Київ, вважає
    Сміт, наполягатиме на X", "Киев, как полагает Смит, будет настаивать"): the believer
    forecasts the subject's stance; neither holds a position here (rule 7)."""
    tokens = view.tokens
    before = next((k for k in range(m.start - 1, -1, -1) if tokens[k].text == ","), None)
    after = next((k for k in range(m.end, cue.start) if tokens[k].text == ","), None)
    if before is None or after is None or before == 0 or m.start - before > 3:
        return False
    return any(t.keys & view.cues_lex.opinion_verbs for t in tokens[before + 1 : after])


def _first_person_speaker(view: SentenceView, cue: Cue) -> Mention | None:
    """Section 7: inside a quote, "we", "our", "ми", "наше" nearest before the cue (no party
    named as a subject between them) is the speaker's side: '"We told management that we
    reject X," Kolar said', «Наше требование — X», — сказал Коляр."""
    if view.quote_speaker is None or view.quote_range is None or not view.in_quote(cue.start):
        return None
    first_person = closed_classes().first_person
    for k in range(cue.start - 1, view.quote_range[0], -1):
        if view.tokens[k].low in first_person:
            return view.quote_speaker
        m = view.mention_at(k)
        if m is not None and m.subject_ok and m.kind != "possessive":
            return None
    return None


def _subject_of_verb_before(view: SentenceView, nearest: Mention, cue: Cue) -> Mention | None:
    """An earlier mention in the same clause that a finite verb directly follows."""
    closed = closed_classes()
    tokens = view.tokens
    for m in reversed(view.mentions):
        if m.end > nearest.start:
            continue
        if any(
            t.text in (",", ";", ":") or t.low in closed.complementizers
            for t in tokens[m.end : nearest.start]
        ):
            return None
        if (
            m.subject_ok
            and m.end < len(tokens)
            and tokens[m.end].an.pos == "VERB"
            and not view.in_attribution(m.start)
        ):
            return m
    return None


def _crosses_complement_boundary(view: SentenceView, mention: Mention, cue: Cue) -> bool:
    """A mention inside an earlier cue's complement is an object, not this cue's subject."""
    for earlier in view.cues:
        if earlier.start >= cue.start or earlier is cue:
            continue
        if earlier.end <= mention.start < cue.start:
            # The mention follows an earlier cue: it is that cue's object unless a new
            # clause began between them.
            between = view.tokens[earlier.end : mention.start]
            if _fronted_object_subject(view, earlier, mention, cue):
                continue
            if not any(
                t.text in (",", ";") or t.low in closed_classes().subject_boundaries
                for t in between
            ):
                return True
    return False


def _fronted_object_subject(view: SentenceView, noun: Cue, mention: Mention, cue: Cue) -> bool:
    """uk/ru object-subject-verb order: "Пропозицію Москви про X Київ відхилив", "Предложение
    Израиля о перемирии ХАМАС отверг". A noun cue that opens the sentence is the verb's
    fronted object; the name right before the verb is its subject, not a word of the
    noun's complement."""
    if view.lang == "en" or noun.kind != "noun" or mention.end != cue.start or cue.kind not in ("verb", "phrase"):
        return False
    tokens = view.tokens
    if any(t.is_word for t in tokens[: noun.start]):
        return False
    verb_subject = tokens[cue.start].an.pos == "VERB" and mention.subject_ok \
        and mention.kind not in ("pronoun", "possessive")
    cases_say_so = "accs" in tokens[noun.start].an.cases and "nomn" in tokens[mention.start].an.cases \
        and not mention.genitive
    return verb_subject or cases_say_so


def passive_agent(view: SentenceView, cue: Cue) -> Mention | None:
    """Section 1: "The offer was rejected by the union": the agent after "by"/"з боку"."""
    tokens = view.tokens
    if cue.kind not in ("verb", "phrase"):
        return None  # "Москва открыта для переговоров с Киевом": an adjective, not a passive
    if view.lang != "en":
        if not tokens[cue.start].an.passive:
            return None
        for m in view.mentions:
            if cue.end <= m.start <= cue.end + 6 and "ablt" in {
                c for t in tokens[max(cue.end, m.start - 3) : m.end] for c in t.an.cases
            }:
                if any(t.text in (",", ";") for t in tokens[cue.end : m.start]):
                    break
                return m  # "було відхилено Києвом", "исключены министром ... Ольгой Мельник"
        return None
    if not (
        cue.start > 0 and tokens[cue.start - 1].low in closed_classes().passive_auxiliaries
    ) and coordinated_passive(view, cue) is None:
        return None
    for k in range(cue.end, min(cue.end + 3, len(tokens))):
        hit = view.cues_lex.by.longest_at(tokens, k) if tokens[k].is_word else None
        if hit:
            for j in range(hit[0], min(hit[0] + 5, len(tokens))):
                m = view.mention_at(j)
                if m is not None:
                    return m
                if tokens[j].text in (",", ";", "."):
                    break
            return None
    return None


def unnamed_passive_agent(view: SentenceView, cue: Cue) -> bool:
    """ "Protesters were rejected by police": an English passive with a "by" phrase whose
    agent is no party. Its subject is what was rejected, never the one who rejects."""
    tokens = view.tokens
    if view.lang != "en" or cue.kind not in ("verb", "phrase") or cue.start == 0 \
            or tokens[cue.start - 1].low not in closed_classes().passive_auxiliaries:
        return False
    return any(tokens[k].is_word and view.cues_lex.by.longest_at(tokens, k)
               for k in range(cue.end, min(cue.end + 3, len(tokens))))


def coordinated_passive(view: SentenceView, cue: Cue) -> Cue | None:
    """ "The proposal was accepted by Hamas but rejected by Israel": the earlier passive verb
    cue whose subject a second participle after "and"/"but" shares, or None."""
    tokens = view.tokens
    closed = closed_classes()
    if view.lang != "en" or cue.kind not in ("verb", "phrase") or cue.start < 3:
        return None
    if tokens[cue.start - 1].low not in closed.and_words | closed.but_words:
        return None
    if cue.end >= len(tokens) or not tokens[cue.end].is_word or not view.cues_lex.by.longest_at(tokens, cue.end):
        return None
    for earlier in view.cues:
        if (
            0 < earlier.start < cue.start - 1
            and earlier.kind in ("verb", "phrase")
            and tokens[earlier.start - 1].low in closed.passive_auxiliaries
            and not any(t.text == ";" for t in tokens[earlier.end : cue.start])
        ):
            return earlier
    return None


def participle_owners(view: SentenceView, start: int) -> tuple[list, int]:
    """ "запропонований США і Саудівською Аравією проєкт", "the U.S.-proposed draft":
    the parties a participle names as the authors, and where the object itself starts."""
    tokens = view.tokens
    if view.lang == "en" or start >= len(tokens) or not tokens[start].an.passive:
        return [], start
    hit = view.cues_lex.cue_index.longest_at(tokens, start)
    if not hit or hit[1][0] not in ("proposes", "demands"):
        return [], start
    owners = []
    k = hit[0]
    while k < len(tokens):
        m = view.mention_at(k)
        if m is not None:
            owners.append((m.actor, hit[1][0]))
            k = m.end
        elif tokens[k].low == "," or tokens[k].low in closed_classes().inflected_and_words:
            k += 1
        else:
            break
    return (owners, k) if owners else ([], start)


def partners_of(view: SentenceView, mention: Mention | None) -> list:
    """Actors coordinated with a subject: "США і Франція", "Russia and Belarus"."""
    closed = closed_classes()
    if mention is None:
        return []
    partners = list(mention.also)  # "the two sides": both negotiators
    if mention.kind == "pronoun":
        return partners
    by_end = {m.end: m for m in view.mentions}
    by_start = {m.start: m for m in view.mentions}
    k = mention.start
    tokens = view.tokens
    while k >= 2:
        link = k - 1
        if tokens[link].low in closed.and_words and k >= 4 and tokens[k - 2].low == "так" \
                and tokens[k - 3].text == ",":
            link = k - 3  # "як Чилі, так і Перу", "как Чили, так и Перу"
        elif not (tokens[link].low in closed.and_words or tokens[link].text == "," and partners):
            break  # a comma joins parties only in a list that ends in "and": "Chile, Peru and Ecuador"
        other = by_end.get(link)
        if other is None or other.subject_ok != mention.subject_ok or view.in_attribution(other.start):
            break  # "в Ташкенте и Астане считают": two places, both speakers
        partners.append(other.actor)
        k = other.start
    k = mention.end
    while (
        k + 1 < len(view.tokens) and view.tokens[k].low in closed.and_words and (k + 1) in by_start
    ):
        other = by_start[k + 1]
        if other.subject_ok != mention.subject_ok:
            break
        partners.append(other.actor)
        k = other.end
    return [a for a in partners if a.id != mention.actor.id]


def agreement_partner(view: SentenceView, cue: Cue, subject: Mention | None) -> Mention | None:
    """Section 7: the other party of an agreement, named with "with": "Chile agreed with
    Peru to X", "Чилі домовилося з Перу про X", "Чили с Перу договорились о X". It holds
    the agreement as much as the subject does. Not "agreed with Peru's proposal" (an owner)
    nor "agreed with Peru that X" (a shared view, no agreement between them)."""
    tokens = view.tokens
    head, negated = agreement_head(tokens, cue, view.cues_lex)
    if not (cue.relation == "accepts" or negated) or not tokens[head].keys & view.cues_lex.reciprocal_verbs:
        return None
    comitatives = closed_classes().comitatives
    candidates = []
    if cue.end + 1 < len(tokens) and tokens[cue.end].low in comitatives:
        candidates.append(view.mention_at(cue.end + 1))  # "agreed with Peru"
    if subject is not None and subject.end + 1 < cue.start and tokens[subject.end].low in comitatives:
        candidates.append(view.mention_at(subject.end + 1))  # "Чили с Перу договорились"
    for m in candidates:
        if m is None or m.kind == "possessive" or (subject is not None and m.actor.id == subject.actor.id):
            continue
        if m.start == 0 or tokens[m.start - 1].low not in comitatives:
            continue
        if view.lang == "en":
            if m.genitive or (m.end < len(tokens) and tokens[m.end].low == "that"):
                continue
        elif not ("ablt" in tokens[m.start].an.cases or not m.genitive):
            continue  # "з Україною", "с Перу" (an indeclinable name), not "з Києва" (from)
        return m
    return None


def _relative_antecedent(view: SentenceView, cue: Cue) -> Mention | None:
    """The party a relative clause holding a verb cue is said of: the name right before
    ", which" / ", яке" / ", которое", when no subject of its own stands between the
    relative word and the cue ("Ecuador rejected the proposal by Peru, which has demanded
    a new survey": Peru, though after "by", demands it)."""
    if cue.kind not in ("verb", "phrase", "goal"):
        return None
    relative = relative_opener_before(view, cue.start)
    if relative is None or relative < 2:
        return None
    if view.tokens[relative].low not in closed_classes().relative_pronouns and not (
        view.tokens[relative].keys & view.cues_lex.relative and view.lang != "en"
    ):
        return None  # "where", "де": a place, not the party
    antecedent = view.mention_at(relative - 2)
    if antecedent is None or antecedent.end != relative - 1 or antecedent.kind in ("pronoun", "possessive"):
        return None
    if any(m.start > relative and m.end <= cue.start for m in view.mentions):
        return None  # "the fund, which Peru demanded": the clause has a subject of its own
    return antecedent


def giver_before(view: SentenceView, mention: Mention) -> Mention | None:
    """Section 7: in "The union handed management a list of demands: ...", "Профспілка
    передала керівництву список вимог: ...", the party after the verb is the addressee;
    the list is its subject's. That subject, when `mention` is such an addressee."""
    closed = closed_classes()
    tokens = view.tokens
    subject = subject_before(view, mention.start, 0)
    if subject is None or subject.kind == "possessive" or subject.actor.id == mention.actor.id:
        return None
    between = tokens[subject.end : mention.start]
    if not between or any(
        not t.is_word or t.low in closed.and_words or t.low in closed.relative_pronouns for t in between
    ):
        return None
    if view.lang == "en":
        # "handed management", "told the hospital board": a verb, then the addressee.
        return subject if between[0].an.pos not in ("PREP", "DET", "CONJ") and mention.subject_ok else None
    first = tokens[mention.start]
    if any(t.an.pos == "VERB" for t in between) and "nomn" not in first.an.cases and "datv" in first.an.cases:
        return subject  # "передала керівництву шахти": a dative addressee
    return None


def subject_before(view: SentenceView, i: int, start: int, first_person_stops: bool = False) -> Mention | None:
    """The nearest subject mention before token i, not before `start`. `first_person_stops`:
    None where a first-person subject no mention resolved stands between ("I told the mediator
    that we would return if ...", a quote whose marks the sentence lacks: the verb's subject
    is "we", not the party named before it)."""
    closed = closed_classes()
    pronouns = closed.subject_pronouns & closed.first_person if first_person_stops else frozenset()
    for m in reversed(view.mentions):
        if m.end <= i and m.start >= start and m.subject_ok and not view.in_attribution(m.start):
            between = view.tokens[m.end : i]
            if any(t.keys & view.cues_lex.opinion_verbs for t in between):
                return None
            if any(t.low in pronouns and view.mention_at(t.i) is None for t in between):
                return None
            return m
    return None


def clause_initial(view: SentenceView, cue: Cue) -> bool:
    """The cue opens its clause (after quotes, articles and adjectives): a subject."""
    closed = closed_classes()
    k = cue.start - 1
    while k >= 0 and (
        view.tokens[k].low in closed.determiners
        or view.tokens[k].an.pos in ("ADJF",)
        or view.tokens[k].text in OPEN_QUOTES
    ):
        k -= 1
    return k < 0 or view.tokens[k].text in (",", ";", ":", "—", "-", "–")


def sentence_parties(view: SentenceView) -> frozenset[str]:
    """Every actor the sentence names (by name, pronoun or demonym), with the state each
    person or body belongs to: what an item tied to a party (`about:`) is checked against."""
    entries = actor_lexicon().entries
    found: set[str] = set()
    for mention in view.mentions:
        found.add(mention.actor.id)
        entry = entries.get(mention.actor.id)
        if entry is not None and entry.country:
            found.add(entry.country)
    for token in view.tokens:
        actor_id = demonym_actor(token)
        if actor_id:
            found.add(actor_id)
    return frozenset(found)


def unresolved_party_subject(view: SentenceView, cue: Cue) -> bool:
    """The cue's clause opens with a party noun that no mention resolved ("Комітет тоді
    вимагав X", "Хедж-фонды угрожают иском", "Union leaders also want X", "Обидві партії
    погодилися", "Съезд партии одобрил X"): the position is that body's, which the reader
    cannot name; no line is better than one given to the quote's speaker or to the last
    party named (rule 5)."""
    tokens = view.tokens
    closed = closed_classes()
    heads = view.cues_lex.party_heads
    en = view.lang == "en"
    openers = closed.and_words | closed.contrast_joins | closed.complementizers
    # the clause's opening: the sentence's start, a quote mark, a dash or semicolon, "and"/"but"
    k = cue.start - 1
    while k >= 0:
        while k >= 0 and not (tokens[k].text in OPEN_QUOTES or tokens[k].text in (";", "—", "–", ":")
                              or tokens[k].low in openers and k > 0 and tokens[k - 1].text == ","
                              or tokens[k].low in closed.complementizers):
            k -= 1
        relative = k > 0 and tokens[k - 1].text == "," and (
            tokens[k].low in closed.relative_pronouns or not tokens[k].keys.isdisjoint(view.cues_lex.relative))
        if not (relative and any(t.text == "," for t in tokens[k + 1 : cue.start])):
            break
        k -= 2  # "Хедж-фонди, що не входили до комітету, погрожують": past the relative clause
    k += 1
    # modifiers before the head: "Обе", "кілька", "Union", "hedge"
    first = k
    while k < cue.start and k - first < 3 and tokens[k].is_word and view.mention_at(k) is None and (
            tokens[k].low in closed.quantifiers
            or not en and tokens[k].an.pos in ("ADJF", "NUMR")
            or en and not tokens[k].keys & heads and tokens[k].low not in closed.auxiliaries | closed.prepositions):
        k += 1
    if k >= cue.start or view.mention_at(k) is not None or not tokens[k].keys & heads:
        return False
    head = tokens[k]
    counted = k > first and tokens[k - 1].low in closed.quantifiers
    if not en and not ("nomn" in head.an.cases or counted):
        return False
    if en and k > first and tokens[k - 1].low in closed.determiners and tokens[k - 1].low not in closed.quantifiers \
            and head.low in ("union", "company", "employer", "government", "board", "leadership"):
        return False  # "the union": a role noun, read (and dropped when unnamed) by generic_actors
    k += 1
    if en and k < cue.start and tokens[k].keys & heads:
        k += 1  # "union leaders", "hedge funds"
    # genitives after the head ("Комітет кредиторів", "Съезд партии")
    while not en and k < cue.start and tokens[k].an.pos in ("NOUN", "ADJF") and "gent" in tokens[k].an.cases:
        owner = view.mention_at(k)
        if owner is not None:
            # "Експортно-імпортний банк Китаю": a body of a state is not the state (its bank,
            # its committee), nor whoever the article named last
            if not (owner.genitive or "gent" in tokens[owner.start].an.cases) or owner.actor.type not in ("state", "organisation"):
                break
            k = owner.end
            continue
        k += 1
    if k < cue.start and tokens[k].text == ",":
        # "Хедж-фонди, що не входили до комітету, погрожують": a relative clause between;
        # "банк Китаю, за даними Bloomberg, готовий": a source between
        relative = k + 1 < len(tokens) and (
            tokens[k + 1].low in closed.relative_pronouns or not tokens[k + 1].keys.isdisjoint(view.cues_lex.relative)
            or view.in_attribution(k + 1))
        if not relative:
            return False
        close = next((j for j in range(k + 1, min(cue.start, k + 14)) if tokens[j].text == ","), None)
        if close is None:
            return False
        k = close + 1
    # adverbs, particles, auxiliaries up to the verb
    while k < cue.start and (tokens[k].low in closed.particles or tokens[k].an.pos in ("ADVB", "PRCL")
                             or tokens[k].an.pos == "NPRO" and not tokens[k].an.cases
                             or en and tokens[k].low in closed.auxiliaries):
        k += 1
    if k > cue.start or k == len(tokens):
        return False
    verb = tokens[k]
    if en:
        return k == cue.start or verb.low.endswith(("ed", "s")) or verb.low in closed.auxiliaries
    return verb.an.pos in ("VERB", "PRED") or k == cue.start and cue.kind in ("verb", "phrase", "adj")
