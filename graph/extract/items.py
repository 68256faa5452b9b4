"""Items: the complement of a cue -> canonical `Item`s on an issue.

A complement (object clause or noun phrase) is split at coordination into
separate items (codebook section 1), trimmed of leading particles and of head
nouns that only frame it ("the idea of", "ідея"), then matched against
items.yaml: the pattern covering most words wins. A complement that no entry
matches becomes a new item whose label is its own trimmed words and whose issue
comes from the keyword rules of issues.yaml.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from ..models import Item
from .demonyms import demonym_actor
from .item_outcomes import (
    content_tokens,
    is_outcome,
    names_a_party,
    reversal_before,
    scoped_negation_dropped,
)
from .lexicon import (
    Cues,
    ItemEntry,
    Word,
    WordIndex,
    closed_classes,
    contrary_of,
    cues_for,
    issue_lexicon,
    item_lexicon,
    slug,
)
from .morph import Token, accusative, analyse_word, nominative_phrase
from .translit import transliterate

_MAX_ITEM_TOKENS = 28


def split_coordination(
    tokens: list[Token], cues: Cues, list_item: bool = False
) -> list[list[Token]]:
    """Split an item span at coordinators and list commas into separate items.

    Splits only where both sides are item-sized (two or more content words, or a
    side that matches an item of the lexicon on its own), so "Ukraine and Russia"
    or "nuclear and long-range missile tests" stay whole.
    """
    closed = closed_classes()
    if list_item:
        return [tokens]
    pieces: list[list[Token]] = [[]]
    i = 0
    while i < len(tokens):
        token = tokens[i]
        including = cues.including.longest_at(tokens, i) if token.is_word else None
        if including:
            after = tokens[including[0]] if including[0] < len(tokens) else None
            if after is not None and (after.text[:1].isdigit() or after.an.pos == "NUMR") \
                    and (pieces[-1] or len(pieces) > 1):
                # "release of 500 prisoners, including 50 serving life sentences", "зокрема 50
                # засуджених": a count of the same thing, part of the item, no item of its own.
                if not pieces[-1]:
                    pieces.pop()  # the list comma before "including" opened a piece
                    pieces[-1].extend(t for t in tokens[max(0, i - 1) : i] if t.text == ",")
                pieces[-1].extend(tokens[i : including[0]])
                i = including[0]
                continue
            pieces.append([])
            i = including[0]
            continue
        if token.text == "," and i + 1 < len(tokens) and (tokens[i + 1].an.pos == "PRTF" or tokens[i + 1].an.passive):
            pieces[-1].append(token)  # "дані про запаси урану, збагаченого до 60%": a modifier
            i += 1
            continue
        if token.text == "," and i + 3 < len(tokens) and tokens[i + 3].text == "," \
                and tokens[i + 1].low in closed.relative_pronouns and tokens[i + 2].an.pos == "VERB":
            pieces[-1].extend(tokens[i : i + 4])  # "країнам, що розвиваються, 300 млрд": a one-verb relative
            i += 4
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if token.text == "," and following is not None and content_tokens(pieces[-1]) \
                and following.low in closed.relative_pronouns and following.low not in closed.complementizers \
                and _own_subject_after(tokens, i + 2):
            # "вимогу припинити збагачення, яку Вашингтон висунув в Омані", "the return of the
            # islands, which Moscow calls its own": a relative clause about the item, whose
            # subject and verb are no item of their own.
            tokens = tokens[:i]
            break
        if (token.text == "," or token.low in closed.coordinators) and following is not None \
                and following.low in closed.question_words:
            pieces[-1].append(token)  # "на папері, хто і як захищатиме": an indirect question
            i += 1
            continue
        if token.low in closed.coordinators or token.text in (",", ";"):
            if token.text == "," and i + 1 < len(tokens) and tokens[i + 1].low in closed.coordinators:
                i += 1
                token = tokens[i]
            if token.low in closed.or_words and i + 1 < len(tokens) and tokens[i + 1].keys & closed.consequence_verbs:
                tokens = tokens[:i]  # "accept the plan or lose American support": the threat is no item
                break
            pieces.append([])
            i += 1
            continue
        pieces[-1].append(token)
        i += 1
    pieces = [p for p in pieces if p]
    if len(pieces) <= 1:
        return [tokens] if tokens else []
    merged: list[list[Token]] = [pieces[0]]
    for piece in pieces[1:]:
        previous = merged[-1]
        if (
            _item_sized(previous)
            and _item_sized(piece)
            and not _inner_coordination(previous, piece, tokens)
        ):
            merged.append(piece)
        else:
            # Keep "Kherson and Zaporizhzhia regions" whole: re-join with the original tokens between.
            merged[-1] = _rejoin(tokens, previous, piece)
    return merged


_VERBAL = frozenset({"VERB", "INFN"})


def _own_subject_after(tokens: list[Token], k: int) -> bool:
    """Whether a relative clause has a subject of its own right after its pronoun ("яку
    Вашингтон висунув", "which Moscow calls its own"): it says something of the item; a
    relative that is the subject ("які передадуть територію") may carry its content."""
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    subject = tokens[k]
    return subject.is_cap or subject.an.pos == "NOUN" and subject.an.case == "nomn" and subject.low not in closed_classes().time_heads


def _inner_coordination(left: list[Token], right: list[Token], tokens: list[Token]) -> bool:
    """Coordination inside one item: "Зеленського і Путіна", "Донецької, Луганської ... областей",
    "виведення військ і персоналу", a quoted phrase; not "припинення вогню і врегулювання"."""
    closed = closed_classes()
    a, b = left[-1], right[0]
    between = tokens[tokens.index(a) + 1 : tokens.index(b)]
    if (
        any(t.an.pos in _VERBAL for t in left)
        and not any(t.an.pos in _VERBAL for t in right)
        and not b.low.endswith(closed.action_suffixes)
        and b.an.pos in ("ADJF", "NOUN", "NUMR")
        and any(t.low in closed.coordinators for t in between)
    ):
        return True  # "поки ополченці не покинуть житлові квартали і цивільні об'єкти": two objects
    if _inside_quotes(tokens, tokens.index(b)):
        return True
    if _names_listed(tokens, tokens.index(a), tokens.index(b)):
        # "from posts in Preah Vihear, Ta Moan and Ta Krabey areas": a list of names, one
        # item's places; split, its second piece would name places only (issue 13, point 2).
        return True
    if _purpose_coordination(left, right, between):
        return True  # "$50bn a year to adapt and cut emissions": one sum, its two purposes
    if any(t.low in closed.between_words for t in left):
        return True  # "linkage between trade and Taiwan": the two sides of one item
    if _topic_coordination(left, right, between):
        return True  # "an agreement on the filling and operation of the dam": one topic of two acts
    head = next((t for t in right if t.an.pos == "NOUN"), None)
    if (
        head is not None
        and any(t.an.pos in _VERBAL or t.an.pos == "ADJS" for t in left)
        and not any(t.an.pos in _VERBAL for t in right)
        and all(t.an.pos in ("ADJF", "NOUN") for t in right[: right.index(head) + 1])
        and len([t for t in right if t.is_word]) <= 3
        and a.an.pos == "NOUN"
        and a.an.cases & head.an.cases
        and not head.low.endswith(closed.action_suffixes)
        and any(t.low in closed.coordinators for t in between)
    ):
        return True  # "пока ополченцы не покинут жилые кварталы и гражданские объекты": two objects
    if (
        b.an.pos == "NOUN"
        and b.low.endswith(closed.action_suffixes)
        and "gent" in b.an.cases
        and any(
            t.low.endswith(closed.action_suffixes) and "gent" in t.an.cases
            and k > 0 and left[k - 1].an.pos == "NOUN"
            for k, t in enumerate(left)
        )
        and any(t.low in closed.coordinators for t in between)
    ):
        return True  # "механизма предотвращения инцидентов и реагирования": one head's two actions
    # A predicate after the coordination belongs to the whole subject ("the lines in
    # Kherson and Zaporizhzhia regions would be frozen"): measure the name phrase only.
    named = right[: next((k for k, t in enumerate(right) if t.an.pos in _VERBAL or t.low in closed.auxiliaries), len(right))]
    if (
        a.is_cap
        and b.is_cap
        and a.is_word
        and b.is_word
        and (len(named) <= 3 or not any(t.an.pos in _VERBAL for t in named))
        and any(t.low in closed.coordinators for t in between)
    ):
        return True  # "Зеленського і Путіна", "Kazakhstan and Iraq", "from Goma and Bukavu before …"
    if a.an.pos == "ADJF" and b.an.pos == "ADJF":
        return True  # "Донецької, Луганської, Запорізької і Херсонської областей"
    if (
        a.an.pos == "NOUN"
        and a.an.case == "gent"
        and b.an.pos == "ADJF"
        and "gent" in b.an.cases
        and any(t.low.endswith(closed.action_suffixes) for t in left[:-1])
        and len([t for t in right if t.is_word]) <= 2
    ):
        return True  # "признание документов и номерных знаков": both objects of one action
    if (
        a.an.pos == "NOUN"
        and b.an.pos == "NOUN"
        and a.an.cases & b.an.cases
        and not b.low.endswith(closed.action_suffixes)
    ):
        if b.an.proper:
            return True
        if (
            len(right) > 1
            and right[1].an.pos == "NOUN"
            and "gent" in right[1].an.cases
            and not ("gent" in a.an.cases and "gent" in b.an.cases)
        ):
            # "вуглецевий податок і заборона імпорту", "скорочення зміни та виплату боргів": the
            # right noun heads a phrase of its own (its genitive after it) in a case no genitive
            # of the left head could share, so it is a second item, not a second dependent
            # ("виведення військ і техніки противника" stays one)
            return False
        if len(right) > 2 and right[1].low in closed.for_whom and b.an.cases and len(left) > 1 \
                and any(t.an.pos == "NOUN" for t in left[:-1]) and "gent" in a.an.cases:
            # "автономия общин и гарантии для меньшинства": the right noun has a dependent of
            # its own, for whom; a second item after one with its genitive.
            return False
        # "гарантий занятости и отказа от аутсорсинга": two items the lexicon names apart.
        left_entry, right_entry = best_item_entry(left), best_item_entry(right)
        if left_entry is not None and right_entry is not None and left_entry is not right_entry:
            return False
        # "виведення військ і персоналу" is one item; "виведення військ і виплата репарацій" two.
        left_issue, right_issue = classify_issue(left), classify_issue(right)
        return any(t.low in closed.coordinators for t in between) and (
            left_issue == right_issue or "other" in (left_issue, right_issue)
        )
    return False


def _names_listed(tokens: list[Token], left: int, right: int) -> bool:
    """Whether the split between tokens[left] and tokens[right] falls inside a list of three
    or more names ("A, B and C"): capitalised words (not at the sentence's start, no owner's
    "'s") joined by a comma and, within a few words, by "and"/"or"; an apposition ("the
    Misseriya, Arab herders") has no coordinator and stays split."""
    closed = closed_classes()

    def name(k: int) -> bool:
        t = tokens[k]
        return t.is_word and t.is_cap and t.i > 0 and not t.low.endswith(("'s", "’s")) \
            and t.an.pos not in ("PREP", "CONJ", "DET", "NPRO")

    if not (name(left) and name(right)):
        return False
    joins = {"comma": False, "and": False}
    lo, hi = max(0, left - 6), min(len(tokens), right + 7)
    for k in range(lo + 1, hi - 1):
        if tokens[k].text == "," and name(k - 1) and name(k + 1):
            joins["comma"] = True
        if tokens[k].low in closed.coordinators and any(name(j) for j in range(max(0, k - 2), k)) \
                and name(k + 1):
            joins["and"] = True
    return joins["comma"] and joins["and"]


def _purpose_coordination(left: list[Token], right: list[Token], between: list[Token]) -> bool:
    """en: "$500bn in funding to build resilience and cut emissions", "aid to rebuild schools
    and reopen clinics": a bare verb after "and" goes on the purpose of the thing before
    "to", not a second item. Not after a party ("Ukraine to withdraw troops and give up
    Donbas", "members to ratify X and reject Y": two acts asked of it)."""
    closed = closed_classes()
    to = next((k for k in range(len(left) - 1, 0, -1) if left[k].low == "to"), None)
    if to is None or to + 1 >= len(left) or not any(t.low in closed.and_words for t in between):
        return False
    before, b, act = left[to - 1], right[0], left[to + 1]
    if not act.is_word or act.is_cap or act.low in closed.determiners or act.low in cues_for("en").possessives \
            or act.text[:1].isdigit():
        return False  # "opens its market to U.S. beef and ...", "limited to the Ngok Dinka and ...": a place
    if not before.is_word or before.is_cap or before.an.pos not in ("UNKN", "NOUN", "GRND") or before.low.endswith("s") \
            or before.low in closed.object_pronouns or before.low in cues_for("en").party_heads:
        return False
    return b.is_word and not b.is_cap and b.an.pos in ("UNKN", "VERB", "INFN") and b.low not in closed.determiners \
        and not b.text[:1].isdigit() and not any(t.low == "to" for t in right) and len(right) <= 6


def _topic_coordination(left: list[Token], right: list[Token], between: list[Token]) -> bool:
    """Whether two acts are joined inside the topic of a noun before them: "an agreement on
    the filling and operation of the dam", "угода щодо наповнення та експлуатації греблі",
    "соглашение о заполнении и эксплуатации плотины". The left side ends in a topic preposition
    ("about", "щодо", "о"; "on", "по" after a noun) and one act noun, the right side opens with
    another act noun in its case: both are what the one agreement or talk is about."""
    closed = closed_classes()
    if not any(t.low in closed.coordinators for t in between) or any(t.text == "," for t in between):
        return False
    at = next((k for k in range(len(left) - 1, 0, -1)
               if left[k].an.pos == "PREP" and left[k].low not in closed.linking_prepositions), None)
    if at is None:
        return False
    prep = left[at]
    topical = prep.low in closed.topic_prepositions or (
        prep.low in ("on", "по") and (left[at - 1].low in closed.venue_nouns or left[at - 1].an.lemma in closed.venue_nouns))
    if not topical:
        return False
    inner = [t for t in left[at + 1 :] if t.is_word and t.an.pos != "DET"]
    words = [t for t in right if t.is_word and t.an.pos != "DET"]
    if not inner or len(inner) > 3 or not words or len(words) > 4 or any(t.an.pos in _VERBAL for t in left[at:] + right):
        return False
    a, b = inner[0], words[0]
    if not a.an.cases and not b.an.cases:
        return True  # en: no case to compare; the topic preposition holds both
    if not (a.low.endswith(closed.action_suffixes) and b.low.endswith(closed.action_suffixes)):
        return False
    return bool(a.an.cases & b.an.cases)


def _inside_quotes(tokens: list[Token], i: int) -> bool:
    opened = 0
    for token in tokens[:i]:
        if token.text in ("«", "“", "„"):
            opened += 1
        elif token.text in ("»", "”"):
            opened -= 1
        elif token.text == '"':
            opened = 0 if opened else 1
    return opened > 0


def _item_sized(piece: list[Token]) -> bool:
    if len(content_tokens(piece)) >= 2:
        return True
    return best_item_entry(piece) is not None


def _rejoin(tokens: list[Token], left: list[Token], right: list[Token]) -> list[Token]:
    start = tokens.index(left[0])
    end = tokens.index(right[-1])
    return tokens[start : end + 1]


def trim(tokens: list[Token], cues: Cues) -> list[Token]:
    """Drop leading particles, prepositions and framing head nouns, and trailing punctuation."""
    closed = closed_classes()
    tokens = list(tokens)
    dash = next((k for k, t in enumerate(tokens[:5]) if t.text in ("—", "–", "-") and t.i > 0), None)
    if dash is not None and dash + 1 < len(tokens) and tokens[dash + 1].an.pos == "INFN":
        tokens = tokens[dash + 1 :]  # "а західні країни — призупинити постачання": the gapped verb
    tokens = _time_phrase_dropped(tokens)
    changed = True
    while tokens and changed:
        changed = False
        first = tokens[0]
        if focus := cues.focus_phrases.longest_at(tokens, 0):
            tokens = tokens[focus[0] :]  # "above all new quotas", "в першу чергу квот"
            changed = True
        elif not first.is_word and first.text not in ("«", "“", "„", '"') or first.keys & cues.stop_heads or first.low in cues.stop_heads or (
            len(tokens) > 2
            and (first.keys & cues.item_heads)
            and not terms_head(tokens, 0)
            and _next_is_complement(tokens[1], cues)
            and not _ruling_body_next(tokens, cues)
            and not _subject_of_a_clause(tokens)
            and not only_its_owner(tokens, cues)
            and not _owner_then_preposition(tokens, cues)
        ):
            if cues.by.longest_at(tokens, 0) == (1, True) and (agent := _agent_for(tokens)):
                tokens = tokens[agent:]  # "(demand) by China for X": whose demand, then what
            else:
                tokens.pop(0)
            changed = True
        elif _framing_owner(tokens, cues):
            tokens.pop(0)  # "management's final offer of X": whose offer, and which one
            changed = True
        elif _owner_noun_before_infinitive(tokens, cues):
            tokens.pop(0)  # "(пропозицію) компанії скоротити відпустки": whose, then what
            changed = True
        elif consent := _consent_lead(tokens, cues):
            tokens = tokens[consent:]  # "(until) the company agrees to restore pensions": what is wanted
            changed = True
        elif owner := _owner_before_topic(tokens, cues):
            tokens = tokens[owner:]  # "(вимогу) кредиторів про купон 9%": whose, then about what
            changed = True
    while tokens and (
        (not tokens[-1].is_word and tokens[-1].text not in ("»", "”", '"', "%"))
        or tokens[-1].low in closed.trailing_words
        or tokens[-1].low in closed.time_words
        or tokens[-1].an.pos in ("CONJ", "PRCL") and len(tokens) > 1
    ):
        if tokens[-1].low in closed.time_words and len(tokens) > 1 and tokens[-2].an.pos == "PREP":
            tokens.pop()  # "… on Monday", "… у вівторок": when, not what
        tokens.pop()
    tokens = _label_tail_dropped(tokens)
    tokens = _past_year_dropped(tokens, cues)
    bound = time_bound_at(tokens, 2)
    if bound is not None:
        tokens = tokens[:bound]  # "знизити мита до завершення переговорів": when, not what
    comma = next((k for k in range(len(tokens) - 2, max(0, len(tokens) - 5), -1) if tokens[k].text == ","), None)
    if comma is not None and tokens[-1].low in closed.referring_words | closed.object_pronouns:
        tokens = tokens[:comma]  # "$1.3 trillion a year, most of it": the share is no part of the item
    if len(tokens) > 3 and tokens[-2].low in closed.for_whom and tokens[-1].an.pos == "NPRO":
        tokens = tokens[:-2]  # "коридор для нас", "a corridor for us": for whom, not what
    if len(tokens) > _MAX_ITEM_TOKENS:
        tokens = tokens[:_MAX_ITEM_TOKENS]
    return _balance_quotes(tokens)


def _label_tail_dropped(tokens: list[Token]) -> list[Token]:
    """"угода в тому випадку", "keep the strike until", "страйк з 17 грудня", "talks next week":
    words at the span's end that say on what condition or when, not what (issue 12)."""
    closed = closed_classes()
    months = _month_words()
    while len(tokens) > 1:
        lows = [t.low for t in tokens[-4:]]
        cut = next((n for n in (4, 3, 2, 1) if n < len(tokens) and " ".join(lows[-n:]) in closed.label_tails), 0)
        if not cut:
            end = len(tokens)
            while end > 2 and (tokens[end - 1].low in closed.date_fillers
                               or tokens[end - 1].text.isdigit() and len(tokens[end - 1].text) == 4):
                end -= 1  # "17 грудня 2025 року"
            if end >= 3 and tokens[end - 1].low in months and tokens[end - 2].text.isdigit():
                cut = len(tokens) - (end - 2)
                if end >= 4 and tokens[end - 3].an.pos == "PREP" or tokens[end - 3].low in closed.bound_prepositions:
                    cut += 1  # "з 17 грудня", "on 17 December"
        if not cut or cut >= len(tokens):
            break
        tokens = tokens[:-cut]
        while len(tokens) > 1 and (not tokens[-1].is_word and tokens[-1].text not in ("»", "”", '"', "%")
                                   or tokens[-1].an.pos == "CONJ"):
            tokens = tokens[:-1]  # "..., в тому випадку"
    return tokens


def _consent_lead(tokens: list[Token], cues: Cues) -> int:
    """Where the wanted act starts after a party's consent at the span's head: "the company
    agrees to restore pensions", "компанія не погодиться підвищити оклади", "руководство
    согласится повысить"; 0 when the span opens otherwise."""
    closed = closed_classes()
    for k in range(min(4, len(tokens) - 2)):
        token = tokens[k]
        if token.keys.isdisjoint(cues.consent_verbs):
            if not token.is_word or token.an.pos in ("VERB", "INFN") or token.low in closed.prepositions:
                return 0  # the span opens with an act of its own
            continue
        if k == 0 or token.low.endswith("ing"):
            return 0  # "agree to a ceasefire" as the item; "agreeing": no party's consent
        after = tokens[k + 1]
        if cues.lang == "en":
            return k + 2 if after.low == "to" and tokens[k + 2].is_word else 0
        return k + 1 if after.an.pos == "INFN" else 0
    return 0


def time_bound_at(tokens: list[Token], start: int) -> int | None:
    """Where a time bound opens, from `start` on: "до завершення переговорів", "до конца
    года", "until the end of the talks", "before the start of X"."""
    closed = closed_classes()
    for k in range(start, len(tokens) - 1):
        if tokens[k].low not in closed.bound_prepositions:
            continue
        j = k + 1
        if tokens[j].low in closed.articles and j + 1 < len(tokens):
            j += 1
        if tokens[j].low in closed.bound_nouns:
            return k
    return None


def _past_year_dropped(tokens: list[Token], cues: Cues) -> list[Token]:
    """"a toll cap back in 1998", «контролю над протоками ще в 1936 році», "as early as 2009":
    a year the position was first held is history, no part of what is wanted."""
    closed = closed_classes()
    end = len(tokens)
    while end > 0 and tokens[end - 1].low in closed.date_fillers:
        end -= 1
    if end < 3 or not (tokens[end - 1].text.isdigit() and len(tokens[end - 1].text) == 4):
        return tokens
    for k in range(end - 2, max(0, end - 5), -1):
        if tokens[k].low in cues.history_words:
            while k > 0 and tokens[k - 1].low in cues.history_words:
                k -= 1  # "as early as"
            return tokens[:k] if k >= 2 else tokens
    return tokens


def amount_member(piece: list[Token], previous: Item, sentence: str) -> Item | None:
    """A list member that is only an amount and when ("a 3% pay rise now and 2% next year",
    "на 3% зараз і на 2% наступного року"): one more amount of the member before it, named
    by its own words ("2% next year"), on that member's issue; None for any other span."""
    closed = closed_classes()
    words = [t for t in piece if t.is_word or t.text[:1].isdigit()]
    while words and (words[0].an.pos == "PREP" or words[0].low in closed.articles):
        words = words[1:]
    if not words or not words[0].text[:1].isdigit() or len(words) > 7:
        return None
    if not all(t.low in closed.amount_times or t.low in closed.time_nouns or t.low in closed.time_heads
               or t.text[:1].isdigit() for t in words[1:]):
        return None  # "2% of the shares", "на 2% для вчителів": a thing of its own
    text = span_text(sentence, words)
    return Item(id="x-" + (slug(text)[:80] or "item"), label=text, issue=previous.issue, text=text, known=False)


def _time_phrase_dropped(tokens: list[Token]) -> list[Token]:
    """"до кінця березня виплатити борги", "на 30 днів призупинити", "by the end of May
    lift": a time phrase at the head of the span says when, not what."""
    closed = closed_classes()
    # "конца мая погасить долг": the preposition may already be gone (a stop word).
    months = _month_words()
    headless = (
        len(tokens) >= 3
        and tokens[0].low in closed.time_heads
        and (tokens[1].low in months or tokens[1].text[0].isdigit())  # not "конца санкций"
    )
    if len(tokens) < 3 or tokens[0].an.pos != "PREP" and not headless:
        return tokens
    k = 0 if headless else 1
    seen = False
    while k < len(tokens) and k <= 5:
        token = tokens[k]
        if token.low in closed.time_heads or token.low in months:
            seen = True
        elif not (token.text[0].isdigit() or token.low in closed.date_fillers
                  or token.an.pos in ("NUMR", "NUMB") or token.text in (".", "-")):
            break
        k += 1
    if not seen or k >= len(tokens) or not tokens[k].is_word:
        return tokens
    return tokens[k:]


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    from ..dates import _names

    return frozenset(_names().months)


def _agent_for(tokens: list[Token]) -> int:
    """How many tokens the agent of a trimmed demand noun and its "for" take ("by China for
    withdrawal", "by the Thai army for a buffer zone"), else 0: the line names what is asked,
    not who asks it and a preposition (issue 13, point 2)."""
    for k in range(2, min(len(tokens) - 1, 6)):
        if tokens[k].low == "for":
            owner = [t for t in tokens[1:k] if t.low not in closed_classes().articles]
            if owner and owner[0].is_cap and all(t.is_word for t in tokens[1:k]):
                return k + 1
            return 0
    return 0


def _owner_or_modifier(token: Token, cues: Cues) -> bool:
    return token.low.endswith(("'s", "’s")) or token.text in ("'", "’") or bool(token.keys & cues.head_modifiers)


def _owner_noun_before_infinitive(tokens: list[Token], cues: Cues) -> bool:
    """Whether the span opens with a party noun in the genitive and an infinitive after it
    ("компанії скоротити відпустки", "правительства сократить отпуска"): the owner of the
    proposal noun trimmed before it, not part of what was proposed."""
    if len(tokens) < 3 or "gent" not in tokens[0].an.cases or tokens[1].an.pos != "INFN":
        return False
    return names_a_party(tokens[0], cues)


def _owner_before_topic(tokens: list[Token], cues: Cues) -> int:
    """How many tokens open the span as the owner of a trimmed position noun and the topic
    preposition after it ("кредиторів про купон 9%", "держателей облигаций о списании"), else 0."""
    if len(tokens) < 3 or "gent" not in tokens[0].an.cases:
        return 0
    if not (tokens[0].keys & cues.party_heads or names_a_party(tokens[0], cues)):
        return 0
    k = 1
    if tokens[k].an.pos == "NOUN" and "gent" in tokens[k].an.cases:
        k += 1  # "власників облігацій про ..."
    topics = closed_classes().topic_prepositions
    return k + 1 if k + 1 < len(tokens) and tokens[k].low in topics else 0


def _owner_then_preposition(tokens: list[Token], cues: Cues) -> bool:
    """Whether the head noun is followed by its owner and a preposition that is no topic of its
    own ("предложение компании по зарплатам", "пропозицію уряду на 10%"): without the head the
    line would name the owner and a preposition ("компании по зарплатам"), so the head stays."""
    closed = closed_classes()
    if len(tokens) < 3 or "gent" not in tokens[1].an.cases:
        return False
    if not (tokens[1].keys & cues.party_heads or names_a_party(tokens[1], cues)):
        return False
    k = 2
    if k < len(tokens) - 1 and tokens[k].an.pos == "NOUN" and "gent" in tokens[k].an.cases:
        k += 1
    return tokens[k].low in closed.addressee_topic_prepositions and tokens[k].low not in closed.topic_prepositions


def _framing_owner(tokens: list[Token], cues: Cues) -> bool:
    """Whether the span opens with an owner or a modifier of an item head that frames
    the item ("the company's latest offer of X", "management's final offer of X")."""
    if not cues.head_modifiers or not _owner_or_modifier(tokens[0], cues):
        return False
    for k in range(1, min(len(tokens) - 1, 5)):
        token = tokens[k]
        if token.keys & cues.item_heads:
            return _next_is_complement(tokens[k + 1], cues)
        if not (_owner_or_modifier(token, cues) or token.is_word and token.keys & cues.stop_heads):
            return False
    return False


def only_its_owner(tokens: list[Token], cues: Cues) -> bool:
    """Whether all that follows the head noun is its owner, a party noun in the genitive
    ("проект посредников", "план компанії", "the mediators' draft"): without the head the
    line would name the party ("mediation"), not its draft."""
    rest = [t for t in tokens[1:] if t.is_word]
    if rest and rest[0].low == "of":  # "the plan of the mediators"
        rest = [t for t in rest[1:] if t.an.pos != "DET"]
        return len(rest) == 1 and rest[0].an.number == "plur" and (
            names_a_party(rest[0], cues) or cues.mediator_words.any_match(rest[0]))
    party = names_a_party(rest[-1], cues) or cues.mediator_words.any_match(rest[-1]) and rest[-1].an.pos == "NOUN" \
        and rest[-1].an.number == "plur" if rest else False
    return 0 < len(rest) <= 2 and party and "gent" in rest[-1].an.cases \
        and all(t.an.pos in ("ADJF", "NOUN") for t in rest)


def _subject_of_a_clause(tokens: list[Token]) -> bool:
    """Whether the head noun opening the span is the subject of a verb a few words on
    ("рішення комісії були обов'язковими", "the decisions of the commission be binding"):
    the clause's subject, which the outcome needs, not a frame around it."""
    copula = closed_classes().copula
    for token in tokens[2:7]:
        if not token.is_word:
            return False
        if token.an.pos == "VERB" or token.low in copula:
            return True
    return False


def _ruling_body_next(tokens: list[Token], cues: Cues) -> bool:
    """Whether a body that rules follows the head noun, past its adjectives ("рішення
    Міжнародного суду", "решение арбитража"): the head names the ruling itself."""
    for token in tokens[1:4]:
        if token.keys & cues.ruling_bodies:
            return True
        if token.an.pos != "ADJF":
            return False
    return False


def _next_is_complement(token: Token, cues: Cues) -> bool:
    return bool(token.keys & cues.stop_heads) or token.an.case == "gent" or token.an.pos == "INFN"


def _balance_quotes(tokens: list[Token]) -> list[Token]:
    opens = sum(1 for t in tokens if t.text in ("«", "„"))
    closes = sum(1 for t in tokens if t.text in ("»",))
    if tokens and opens < closes and tokens[-1].text == "»":
        tokens = tokens[:-1]
    if tokens and opens > closes and tokens[0].text in ("«", "„"):
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1].text == '"' and sum(1 for t in tokens if t.text == '"') % 2 == 1:
        tokens = tokens[:-1]  # 'meet Xi next month "' before '"if the deal is good"': the quote opens after
    return tokens


def span_text(sentence: str, tokens: list[Token]) -> str:
    if not tokens:
        return ""
    return sentence[tokens[0].start : tokens[-1].end]


@lru_cache(maxsize=1)
def _item_matcher() -> tuple[
    WordIndex, list[tuple[int, int, tuple[int, ...]]], dict[int, list[int]]
]:
    """Every pattern word of items.yaml in one index; patterns as tuples of word ids."""
    words: list[Word] = []
    patterns: list[tuple[int, int, tuple[int, ...]]] = []  # (entry order, length, word ids)
    by_word: dict[int, list[int]] = {}
    for order, entry in enumerate(item_lexicon()):
        for pattern in entry.patterns:
            ids = []
            for word in pattern:
                ids.append(len(words))
                words.append(word)
            for wid in ids:
                by_word.setdefault(wid, []).append(len(patterns))
            patterns.append((order, len(pattern), tuple(ids)))
    return WordIndex(words), patterns, by_word


# A lexicon item must begin among the span's first words: in "Ukraine pull its forces
# out of Donetsk before any ceasefire" the ceasefire only dates the withdrawal.
ITEM_HEAD_WORDS = 5


def best_item_entry(tokens: list[Token]) -> ItemEntry | None:
    """The lexicon item whose pattern matches most words of the span (ties: the first
    listed), among the patterns that begin within the span's first ITEM_HEAD_WORDS words."""
    found = best_item_match(tokens)
    return found[0] if found else None


def best_item_match(
    tokens: list[Token], context: ItemContext | None = None
) -> tuple[ItemEntry, int] | None:
    """`best_item_entry` and the index in `tokens` of the first token its pattern matched.

    An entry tied to parties (`about:` in items.yaml) is skipped unless the actors the
    sentence names (`context.parties`) include one of them; no context: no check."""
    found = _best_match(tokens, context)
    return found[:2] if found else None


def _best_match(
    tokens: list[Token], context: ItemContext | None = None
) -> tuple[ItemEntry, int, frozenset[int]] | None:
    """`best_item_match` and the sentence positions of the tokens its pattern matched."""
    index, patterns, by_word = _item_matcher()
    first_at: dict[int, int] = {}
    where: dict[int, int] = {}
    words = [t for t in tokens if t.is_word]
    for position, token in enumerate(words):
        for wid in index.matches(token):
            if wid not in first_at:
                first_at[wid] = position
                where[wid] = token.i
    entries = item_lexicon()
    best: tuple[int, int, int] | None = None
    best_taken: frozenset[int] = frozenset()
    for pid in {pid for wid in first_at for pid in by_word.get(wid, ())}:
        order, length, ids = patterns[pid]
        if not (all(wid in first_at for wid in ids) and min(first_at[wid] for wid in ids) < ITEM_HEAD_WORDS):
            continue
        if length > 1 and _across_another_head(tokens, words, sorted(first_at[wid] for wid in ids)):
            continue
        about = entries[order].about
        if about and context is not None and context.parties is not None and not (about & context.parties):
            continue
        start = min(where[wid] for wid in ids)
        # Of an entry's patterns, the one that starts first: "limits on the size of its army"
        # is matched from "limits", whatever order the patterns come in.
        if best is None or (length, -order, -start) > best:
            best = (length, -order, -start)
            best_taken = frozenset(where[wid] for wid in ids)
    if best is None:
        return None
    start = next(k for k, t in enumerate(tokens) if t.i == -best[2])
    return entries[-best[1]], start, best_taken


def _across_another_head(tokens: list[Token], words: list[Token], matched: list[int]) -> bool:
    """Whether a pattern's words are split by a noun of their own with "about" after it: in
    "передати агентству дані про запаси урану" the stock is what the data are about, not
    what is handed over, so [переда*, запас*, уран*] does not describe the span."""
    topic = closed_classes().topic_prepositions
    if words[matched[0]].an.pos not in ("INFN", "VERB"):
        return False  # "відкриття переговорів про вступ до ЄС": a chain of nouns is one item
    taken = set(matched)
    for p in range(matched[0] + 1, matched[-1]):
        if p in taken or words[p].an.pos != "NOUN" or words[p].is_cap:
            continue
        nxt = tokens[tokens.index(words[p]) + 1] if tokens.index(words[p]) + 1 < len(tokens) else None
        if nxt is not None and nxt.low in topic and any(q > p + 1 for q in matched):
            return True
    return False


KEYWORD, WEAK, CONTEXT, FALLBACK, BARE, OFFICE = "keyword", "weak", "context", "fallback", "bare", "office"


@lru_cache(maxsize=1)
def _issue_matcher() -> tuple[WordIndex, list[tuple[int, str]]]:
    """One index over every issue's words; each word's (issue, kind)."""
    words: list[Word] = []
    owners: list[tuple[int, str]] = []
    for order, issue in enumerate(issue_lexicon()):
        for kind, group in ((KEYWORD, issue.keywords), (WEAK, issue.weak), (CONTEXT, issue.context),
                            (FALLBACK, issue.fallback), (BARE, issue.bare), (OFFICE, issue.offices)):
            for word in group:
                words.append(word)
                owners.append((order, kind))
    return WordIndex(words), owners


# How much a word of the span counts towards its issue: the words before the first
# preposition or clause (the item proper: "виведення військ", "steel duties") more than
# those after it (its place, time, beneficiary: "... from the border", "... for pilots"),
# and the words of an actor named inside it least: they decide only when nothing else
# does ("Israeli army to pull back" is a withdrawal, not a cap on an army).
CORE_WEIGHT, DEEP_WEIGHT, ACTOR_WEIGHT = 2.0, 1.0, 0.25


def _issue_weights(words: list[Token], skip: frozenset[int]) -> list[float]:
    """The weight of each word of a span (see CORE_WEIGHT)."""
    closed = closed_classes()
    deep_from = len(words)
    for k, token in enumerate(words):
        if token.low in closed.linking_prepositions:
            continue  # "release of hostages", "Israel to pull back": still the item proper
        if k and (token.an.pos == "PREP" or token.low in closed.complementizers
                  or token.low in closed.relative_pronouns):
            deep_from = k
            break
    return [ACTOR_WEIGHT if t.i in skip else CORE_WEIGHT if k < deep_from else DEEP_WEIGHT
            for k, t in enumerate(words)]


def _acts_after(words: list[Token], k: int) -> bool:
    """Whether a verb follows word k in the span: "the ministry to step in", "міністерство
    очолив її представник" (the party named acts, or is acted on), not "віддати партії
    міністерство фінансів", "demands the finance ministry" (what it names is the item)."""
    for n in range(k + 1, len(words)):
        token = words[n]
        if token.an.pos in ("VERB", "INFN"):
            return True
        after = words[n + 1] if n + 1 < len(words) else None
        if token.low == "to" and after is not None and not after.is_cap \
                and after.an.pos not in ("DET", "PREP", "NUMR") and not any(c.isdigit() for c in after.text):
            return True
    return False


def classify_issue(tokens: list[Token], skip: frozenset[int] = frozenset(),
                   votes: tuple[tuple[int, str], ...] = (), flat: bool = False) -> str:
    """The issue whose keywords weigh most in the span (codebook section 3); "other" if none.

    Each hit counts with its word's weight (`_issue_weights`): the head phrase most, words
    deep inside the span less, words of the actors in `skip` (token positions) least. A
    weak keyword ("cap", "скорочення": at home in a labour or budget dispute as much as in
    arms control) counts only when the span also holds a keyword or a context word of its
    issue, or another weak word of it and no keyword of any issue; a fallback word
    ("payment", "премія") only when no issue has a keyword in the item proper (before its
    first preposition); a bare word ("moratorium") only when no other word counts at all. An
    office word ("ministry": a post as well as its holder) is a keyword that weighs in full
    inside an actor's name when no act follows it ("віддати партії міністерство фінансів"
    hands out the post; "the ministry to step in" names who acts). `votes` are (token
    position, issue key) pairs found otherwise (a lexicon item inside the span), counted as
    keywords there. On a tie, the issue named first in the span wins."""
    index, owners = _issue_matcher()
    issues = issue_lexicon()
    words = [t for t in tokens if t.is_word]
    weights = [DEEP_WEIGHT] * len(words) if flat else _issue_weights(words, skip)
    unskipped: list[float] | None = None  # the weights with nothing skipped, for an office word
    offices: list[int] = []  # positions of office words that name the item
    hits: dict[int, list[tuple[int, float]]] = {}
    weak: dict[int, list[tuple[int, float]]] = {}
    fallback: dict[int, list[tuple[int, float]]] = {}
    bare: dict[int, list[tuple[int, float]]] = {}
    backed: set[int] = set()
    voted = {(i, order) for i, key in votes for order, issue in enumerate(issues) if issue.key == key}
    for position, token in enumerate(words):
        found = {owners[wid] for wid in index.matches(token)}
        found |= {(order, KEYWORD) for i, order in voted if i == token.i}
        for issue, kind in found:
            hit = (position, weights[position])
            if kind == OFFICE and token.i in skip:
                if _acts_after(words, position):
                    continue  # "the transport ministry to step in": who acts, not what is wanted
                if unskipped is None:
                    unskipped = _issue_weights(words, frozenset())
                hit = (position, unskipped[position])
                offices.append(position)
            if kind in (KEYWORD, OFFICE):
                hits.setdefault(issue, []).append(hit)
            elif kind == WEAK:
                weak.setdefault(issue, []).append(hit)
            elif kind == FALLBACK:
                fallback.setdefault(issue, []).append(hit)
            elif kind == BARE:
                bare.setdefault(issue, []).append(hit)
            else:
                backed.add(issue)
    for position in offices:
        # "the finance ministry", "the defence ministry": the words before the office name
        # which one it is, not an issue of their own.
        modifiers = set()
        for k in range(position - 1, max(position - 3, -1), -1):
            if words[k].an.pos in ("DET", "PREP", "CONJ", "VERB", "INFN") or words[k].is_cap:
                break
            modifiers.add(k)
        for issue in list(hits):
            hits[issue] = [hit for hit in hits[issue] if hit[0] not in modifiers]
            if not hits[issue]:
                del hits[issue]
    keyworded = bool(hits)
    for issue, found in weak.items():
        # Two weak words back each other, unless another issue has a keyword: "limit on
        # the size of the budget deficit" is a budget cap, not an army cap.
        if issue in hits or issue in backed or len(found) > 1 and not keyworded:
            hits[issue] = sorted(hits.get(issue, []) + found)
    if flat:
        # A sentence's "pay", "raises", "moratorium" say little ("it raises more questions"):
        # they name their issue only as an item's own words.
        fallback, bare = {}, {}
    if not any(w >= CORE_WEIGHT for found in hits.values() for _, w in found):
        # No keyword in the item proper: its word of pay counts ("a pay rise for defence workers").
        for issue, found in fallback.items():
            hits[issue] = sorted(hits.get(issue, []) + found)
    if not hits:
        hits = bare  # "backed the moratorium": a word that names its kind only when nothing else does
    if not hits:
        return "other"
    best = max(hits, key=lambda issue: (sum(w for _, w in hits[issue]), -min(p for p, _ in hits[issue]), -issue))
    return issues[best].key


def sentence_issue(tokens: list[Token], left_out: frozenset[int]) -> str:
    """The issue a sentence's own words are about, outside `left_out` (its actors, its
    attribution): the fallback for an item whose words name none ("a 45% rise" in a
    sentence about wages). Every word weighs the same; "other" when none counts."""
    return classify_issue([t for t in tokens if t.i not in left_out], flat=True)


@dataclass(frozen=True)
class ItemContext:
    """What an item span is read against: its sentence, language and the parties it names."""

    sentence: str
    lang: str
    tokens: list[Token]  # every token of the sentence
    cues: Cues
    # The actor ids the sentence names (for `about:` items), found only when a tied item
    # is a candidate: most sentences never need them, and finding them scans every token.
    find_parties: Callable[[], frozenset[str]] | None = None
    mention_tokens: frozenset[int] = frozenset()  # token positions inside actor mentions
    # ... of those, the mentions of companies: named after an item's words ("санкции с
    # Аэрофлота"), a company narrows it, where a side named there ("disarmament of the ELN") does not.
    company_tokens: frozenset[int] = frozenset()
    resolved: frozenset[int] = frozenset()  # object pronouns whose noun the label names instead
    # en: the words of the item this sentence named before the span ("backed the 5% target but
    # wants aid to count towards it"): what an "it" inside the span stands for.
    antecedent: str = ""
    # uk/ru: whether a worded label opens in the nominative (`_nominative_label`); not for a
    # genitive after a coordinator, which may hang on the first item's head ("вывода войск и
    # персонала «Росатома»": the staff's withdrawal, not the staff).
    nominative: bool = True

    @cached_property
    def parties(self) -> frozenset[str] | None:
        return self.find_parties() if self.find_parties is not None else None


@lru_cache(maxsize=1)
def _entries_by_id() -> dict[str, ItemEntry]:
    return {entry.item.id: entry for entry in item_lexicon()}


_PRONOUN_AGREEMENT = {
    "його": ("sing", ("masc", "neut")), "его": ("sing", ("masc", "neut")),
    "її": ("sing", ("femn",)), "её": ("sing", ("femn",)), "ее": ("sing", ("femn",)),
    "їх": ("plur", ()), "их": ("plur", ()),
}


def _pronoun_antecedent(context: ItemContext, tokens: list[Token]) -> tuple[Token, str] | None:
    """The object pronoun right after the item's verb ("не відкладати ухвалення документа і
    винести його на асамблею") and the accusative of the nearest noun before it in the same
    sentence that agrees with it in gender and number, if there is one."""
    words = [t for t in tokens if t.is_word]
    if len(words) < 2 or words[0].an.pos not in ("INFN", "VERB") or words[1].low not in _PRONOUN_AGREEMENT:
        return None
    if len(words) > 2 and words[2].an.pos in ("NOUN", "ADJF"):
        return None  # "його пропозицію": a possessive
    number, genders = _PRONOUN_AGREEMENT[words[1].low]
    closed = closed_classes()
    start = words[0].i
    for token in reversed(context.tokens[max(0, start - 10) : start]):
        if token.text in (".", ";", ":", "?", "!"):
            return None
        if token.an.pos != "NOUN" or token.i in context.mention_tokens or token.an.proper or token.is_cap \
                or token.low in closed.time_heads or names_a_party(token, context.cues):
            continue
        if (token.an.number or "sing") != number or genders and token.an.gender not in genders:
            continue
        form = accusative(token.text, context.lang)
        return (words[1], form) if form else None
    return None


def _en_pronoun_antecedent(context: ItemContext, tokens: list[Token]) -> tuple[Token, str] | None:
    """en: an "it" inside the span, not its first word ("wants aid to count towards it",
    "wants Washington to raise it"), and the item the same sentence named before it."""
    if context.lang != "en" or not context.antecedent:
        return None
    words = [t for t in tokens if t.is_word]
    pronouns = [t for t in words[1:] if t.low == "it"]
    if len(pronouns) != 1:
        return None
    return pronouns[0], context.antecedent


def make_item(context: ItemContext, tokens: list[Token], lead: list[Token] | None = None) -> Item | None:
    """A canonical item for a trimmed span, or a new item built from its words; an object
    pronoun in it is replaced by the noun it stands for (`_pronoun_antecedent`)."""
    found = _pronoun_antecedent(context, tokens) or _en_pronoun_antecedent(context, tokens)
    if found is None:
        return _make_item(context, tokens, lead)
    pronoun, noun = found
    item = _make_item(replace(context, resolved=context.resolved | {pronoun.i}), tokens, lead)
    if item is None or item.known:
        return item
    at = pronoun.start - tokens[0].start
    if item.label[at : at + len(pronoun.text)] != pronoun.text:
        return None
    return replace(item, label=item.label[:at] + noun + item.label[at + len(pronoun.text) :])


# "in", "в", "у": before talks they name where a position is held ("a red line in the talks").
_IN_WORDS = frozenset({"in", "в", "во", "у"})


def _make_item(context: ItemContext, tokens: list[Token], lead: list[Token] | None = None) -> Item | None:
    """A canonical item for a trimmed span, or a new item built from its words.

    `lead` holds the words trimmed off the span's head ("відмова від", "the idea of"):
    a reversal among them still turns the item (codebook rule 9). Returns None when the
    span names nothing in particular or no outcome a reader would understand."""
    closed = closed_classes()
    label_tokens = scoped_negation_dropped(context, tokens)
    if len(label_tokens) > 2 and label_tokens[1].low in closed.question_particles \
            and label_tokens[0].an.pos == "VERB":
        # "зависеть от того, защитит ли он пенсионеров": the question's particle is no word
        # of what is wanted.
        label_tokens = [label_tokens[0], *label_tokens[2:]]
    content = content_tokens(label_tokens)
    if not content or all(t.low in closed.empty_item_words or t.an.lemma in closed.empty_item_words for t in content):
        return None  # "не підпише жодного документа": nothing in particular
    if content[0].low in closed.except_words:
        return None  # "invite all parties except Hamas": who is left out, not an outcome
    if content[0].low in closed.comment_nouns:
        return None  # "did not respond to a request for comment on the exchange"
    vague = closed.vague_outcome_words
    if content and (content[0].low in vague or content[0].an.lemma in vague) and all(
            t.low in vague or t.an.lemma in vague or t.low in closed.vague_tails for t in content) \
            and not (tokens[-1].i + 1 < len(context.tokens) and context.tokens[tokens[-1].i + 1].text == ":"):
        return None  # "закликало сторони до компромісу": giving ground, no outcome named (rule 9)
    text = span_text(context.sentence, tokens)
    found = _best_match(tokens, context)
    if found is not None and _predicate_after(context, tokens, found[2]):
        found = None  # "визнати вибори нелегітимними": the elections judged, not held
    match = found[:2] if found else None
    opener = lead[0] if lead else context.tokens[tokens[0].i - 1] if tokens and tokens[0].i > 0 else None
    if match is not None and match[0].item.issue == "negotiations" and opener is not None \
            and not content_tokens(tokens[: match[1]]) \
            and (opener.low in _IN_WORDS or opener.low == "на" and tokens[match[1]].an.cases == {"loct"}):
        return None  # "sovereignty is a red line in the talks": where it is said, not what is wanted
    modal = _inner_must(context, tokens)
    if modal is not None:
        # "any talks must start with a ceasefire": what must happen, not its subject alone.
        label_tokens = [t for t in label_tokens if t.i not in modal]
        if not is_outcome(context, label_tokens):
            return None
        issue = match[0].item.issue if match is not None else classify_issue(tokens, context.mention_tokens)
        return _worded_item(context, label_tokens, text, issue)
    if match is not None and not _head_matched(context, tokens, match):
        # "a seat at any talks", "план по снижению рисков на АЭС": the lexicon item is a
        # dependent of the span's head, so the label is the span's own words (rule 9), and
        # the item is one word among the others: "withdrawal of troops from Rafah" is no
        # crossing. Talks about it stay on its issue ("відкриття переговорів про вступ").
        if not is_outcome(context, label_tokens):
            return None
        issue = classify_issue(tokens, context.mention_tokens, ((tokens[match[1]].i, match[0].item.issue),))
        if issue in ("negotiations", "other"):
            issue = match[0].item.issue
        return _worded_item(context, label_tokens, text, issue)
    if match is not None and any(t.keys & closed.linkage_words for t in tokens[match[1] + 1 :]):
        # "the lifting of sanctions to be tied to a full withdrawal": a linkage of the item
        # to another, which the lexicon item alone would turn into a demand for it.
        if not is_outcome(context, label_tokens):
            return None
        return _worded_item(context, label_tokens, text, match[0].item.issue)
    if match is not None and any(
        context.cues.has(t, "discussion_words") for t in list(lead or ()) + tokens[: match[1]]
    ):
        # "agreed to discuss fentanyl controls": the talks about the item, not the item.
        if not is_outcome(context, label_tokens):
            return None
        return _worded_item(context, label_tokens, text, match[0].item.issue)
    if found is not None and _narrower_than_text(context, tokens, found):
        # "lifting the steel duties", "release prisoners convicted of murder", "любые
        # переговоры о статусе Кашмира": the text names a kind of the item, so the line
        # keeps the text's words (rule 9: the item that covers the text wins).
        reversal = next((t for t in lead or () if context.cues.has(t, "reversal_words")), None)
        worded = ([t for t in lead if t.i >= reversal.i] if reversal is not None else []) + label_tokens
        if is_outcome(context, worded):
            issue = match[0].item.issue
            last = max(k for k, t in enumerate(tokens) if t.i in found[2])
            if issue != "sanctions" and _agreement_topic(context, tokens, last + 1, match[0]):
                # "a peace deal on steel tariffs": the topic settled decides the issue.
                topic = classify_issue(tokens[last + 1 :], context.mention_tokens)
                issue = topic if topic not in ("other", "negotiations") else issue
            return _worded_item(context, worded, text, issue)
    later = _item_after_its_verb(context, tokens, match) if match is not None else None
    if later is not None:
        # "щоб перемир'я вело до усунення першопричин": the item is what the truce should
        # lead to; the truce is only the clause's subject.
        return replace(later.item, text=text)
    if match is not None:
        entry, first = match
        head_at, last = tokens[first].i, max(found[2])
        # A predicate that is one of the entry's own words ("щоб санкції скасували" matched the
        # lifting of sanctions) is the item itself, not a second reversal.
        predicates = [t for t in tokens[first + 1 :] if (t.an.pos == "VERB" or t.an.passive) and not _own_word(entry, t)]
        # "the union to postpone the strike": a reversal between the pattern's words (the
        # pattern took the addressee first) stands before the item's head all the same.
        inside = [t for t in tokens[first + 1 :] if head_at < t.i < last and t.i not in found[2] and t not in predicates]
        # "вступление в НАТО откладывается", "the duties are lifted": the predicate counts too.
        reversal = reversal_before(context.cues, list(lead or ()) + tokens[:first] + inside + predicates, entry)
        if reversal is None:
            return replace(entry.item, text=text)
        if context.cues.has(reversal, "delay_words"):
            # "postpone Ukraine's membership for a long period" neither renounces nor rejects
            # it: the item keeps its own words, on the lexicon item's issue.
            worded = [t for t in (lead or ()) if t.i >= reversal.i] + label_tokens
            if not any(t.i == reversal.i for t in worded):
                worded = [t for t in tokens if t.i >= reversal.i]
            return _worded_item(context, worded, text, entry.item.issue)
        if context.cues.has(reversal, "freeze_words") and context.cues.has(tokens[first], "level_nouns"):
            # "freeze tariffs at the current level", "заморозити ціни": a freeze keeps the
            # level, so it is neither the item's contrary (lowering) nor a refusal of it.
            worded = [t for t in (lead or ()) if t.i >= reversal.i] + label_tokens
            if not any(t.i == reversal.i for t in worded):
                worded = [t for t in tokens if t.i >= reversal.i]
            return _worded_item(context, worded, text, entry.item.issue)
        contrary = contrary_of(entry.item.id)
        if contrary is not None:
            return replace(_entries_by_id()[contrary].item, text=text)
        # No contrary in the lexicon: the item keeps its words ("scrap the steel duties"),
        # and a demand or proposal of it reads as a rejection of the positive item (rule 1).
        worded = [t for t in (lead or ()) if t.i >= reversal.i] + label_tokens
        return _worded_item(context, worded, text, entry.item.issue, positive=replace(entry.item, text=text))
    reversal = next((t for t in lead or () if context.cues.has(t, "reversal_words")), None)
    if reversal is not None:
        # "отказ от вступления в союзы": the reversal trimmed off the head stays in the label.
        label_tokens = [t for t in lead if t.i >= reversal.i] + label_tokens
    if not is_outcome(context, label_tokens):
        return None
    return _worded_item(context, label_tokens, text, classify_issue(tokens, context.mention_tokens))


def _predicate_after(context: ItemContext, tokens: list[Token], matched: frozenset[int]) -> bool:
    """uk/ru: an adjective in the instrumental right after the lexicon item's words ("вибори
    нелегітимними", "санкции незаконными"): a judgement of the thing, which the lexicon item
    alone does not say."""
    if context.lang == "en" or not matched:
        return False
    head = next((t for t in tokens if t.is_word), None)
    if head is None or head.i in matched:
        return False  # "визнати Крим російським", "визнання Криму російським": matched from its head
    last = max(matched)
    rest = [t for t in tokens if t.i > last]
    if not rest or rest[0].an.pos not in ("ADJF", "ADJS") or rest[0].an.case != "ablt":
        return False
    # "з новим урядом": an adjective before its noun is no predicate
    return not (len(rest) > 1 and rest[1].an.pos == "NOUN" and "ablt" in rest[1].an.cases)


def _item_after_its_verb(context: ItemContext, tokens: list[Token], match: tuple[ItemEntry, int]) -> ItemEntry | None:
    """The lexicon item after the finite verb of a clause whose subject is the matched
    item ("перемир'я вело до усунення першопричин" -> the root causes), if there is one.
    A verb that reverses, delays or halts the subject is its predicate, not a new outcome."""
    entry, first = match
    for k in range(first + 1, min(len(tokens) - 1, first + 5)):
        token = tokens[k]
        if not token.is_word:
            return None
        if token.an.pos != "VERB" or token.an.passive:
            continue
        if context.cues.has(token, "reversal_words", "halt_words", "delay_words"):
            return None
        if token.keys & closed_classes().become_verbs:
            return None  # "щоб перемир'я стало частиною переговорного процесу": what it becomes, no new outcome
        found = _best_match(tokens[k + 1 :], context)
        if found is None or found[0].item.id == entry.item.id:
            return None
        return found[0] if _head_matched(context, tokens[k + 1 :], found[:2]) else None
    return None


def _inner_must(context: ItemContext, tokens: list[Token]) -> set[int] | None:
    """The token positions of a "must" after the span's subject and before its verb
    ("talks must start with", "угода має набути чинності"), if there is one."""
    for k in range(1, min(len(tokens) - 1, ITEM_HEAD_WORDS + 1)):
        if not tokens[k].is_word:
            continue
        hit = context.cues.must_words.longest_at(tokens, k)
        if not hit or hit[0] >= len(tokens):
            continue
        after = hit[0]
        if tokens[after].low in context.cues.negation and after + 1 < len(tokens):
            after += 1  # "borders must not be changed": the polarity is the relation's (rejects)
        verb = tokens[after]
        first = k
        if k >= 2 and tokens[k - 1].low in context.cues.negation:
            first = k - 1  # "мито не має бути скасоване"
        subject = tokens[first - 1]
        if context.lang == "en":
            if verb.an.pos in ("DET", "PREP", "PRCL") or not subject.is_word or subject.an.pos not in ("UNKN", "GRND"):
                continue
        elif (verb.an.pos != "INFN" and verb.low not in closed_classes().be_infinitives) or subject.an.pos not in ("NOUN", "ADJF") or "nomn" not in subject.an.cases:
            continue
        return {t.i for t in tokens[first:after]}
    return None


# "lifting of sanctions", "release of hostages": a head joined by these is the item's own.
_MODIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR", "ADVB", "NUMB", "PRCL"})


def _head_matched(context: ItemContext, tokens: list[Token], match: tuple[ItemEntry, int]) -> bool:
    """Whether the lexicon item covers the span's head: its first content word, past the
    parties named, modifiers (uk/ru adjectives and numerals; en words right before the
    match: "immediate ceasefire"), framing nouns and light verbs ("провести обмін", "hold
    talks", "створення Сообщества"); a word that reverses the item counts as covered."""
    first = match[1]
    cues = context.cues
    linking = closed_classes().linking_prepositions
    if first > 0 and tokens[first - 1].keys & (cues.plan_nouns | cues.item_heads) \
            and only_its_owner(tokens[first - 1 :], cues):
        return False  # "план посредников": the mediators' plan, not mediation
    for k, token in enumerate(tokens[:first]):
        if not token.is_word or token.i in context.mention_tokens or not content_tokens([token]):
            continue
        if token.an.pos in _MODIFIER_POS and (context.lang != "en" or token.an.pos == "ADVB"):
            continue
        if _scope_word(token) or terms_head(tokens, k):
            return False  # "widen the talks to EU rules", "conditions for resuming talks"
        if token.keys & (cues.item_heads | cues.stop_heads) or cues.has(token, "light_heads"):
            continue
        if cues.has(token, "reversal_words", "halt_words"):
            return True
        if (token.low in closed_classes().obstruction_verbs or token.an.lemma in closed_classes().obstruction_verbs) \
                and any(t.low in cues.negation for t in context.tokens[max(0, token.i - 2) : token.i]):
            return False  # "not to block the sanctions package": blocking them, not the sanctions
        if token.an.pos in ("VERB", "INFN") and cues.cue_index.longest_at(tokens, k):
            continue  # "якщо погодиться на нейтралітет": a cue of its own frames the item
        # The item hangs off this head through a preposition ("seat at any talks", "план по
        # снижению рисков на АЭС", "рішення про відкриття"): the head names the outcome.
        return not any(t.an.pos == "PREP" and t.low not in linking for t in tokens[k + 1 : first])
    return True


def _scope_word(token: Token) -> bool:
    """A verb or noun that changes an item's scope ("widen", "розширити", "расширение")."""
    scope = closed_classes().scope_verbs
    return token.low in scope or token.an.lemma in scope


def terms_head(tokens: list[Token], k: int) -> bool:
    """Whether `tokens[k]` names the terms set for what follows: "the conditions for resuming
    talks", "умови відновлення переговорів", "условия перемирия". Refusing them is not refusing
    the item ("the condition that X" and "умова про X" name X itself)."""
    token = tokens[k]
    if token.low not in closed_classes().terms_heads or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after.low in ("for", "of", "для"):
        return True
    return after.an.pos == "NOUN" and "gent" in after.an.cases and not after.is_cap


def _narrower_than_text(context: ItemContext, tokens: list[Token], found: tuple[ItemEntry, int, frozenset[int]]) -> bool:
    """Whether the span names a narrower thing than the lexicon item it matched: a modifier
    of kind before a matched noun ("steel duties", "поетапне підвищення", "90-day truce"),
    or after the matched words a topic ("переговоры о статусе Кашмира"), a participle
    ("prisoners convicted of murder"), a named company or place that is no party ("санкции
    с PDVSA") or a duration ("прекращение огня на 60 дней"). Words of manner, degree and
    time ("immediate", "повне", "тимчасове"), determiners, the parties and words of the
    item's own patterns leave it as wide as its label."""
    entry, _, taken = found
    positions = [k for k, t in enumerate(tokens) if t.i in taken]
    if not positions:
        return False
    last = positions[-1]
    if context.lang != "en" and all(tokens[k].an.pos == "ADJF" for k in positions) and last + 1 < len(tokens):
        noun = tokens[last + 1]
        if noun.an.pos == "NOUN" and noun.i not in context.mention_tokens and not _own_word(entry, noun) \
                and noun.an.cases & tokens[last].an.cases:
            return True  # "доступ гуманитарных конвоев": the pattern names only a modifier of the noun
    if context.lang == "en" and last + 1 < len(tokens) and tokens[last + 1].low in closed_classes().compound_heads:
        return True  # "the tariff quota": the item's word only modifies the compound's head
    reversed_before = any(context.cues.has(t, "reversal_words") for t in tokens[: last + 1])
    return any(_kind_modifier(context, tokens, k, taken, entry) for k in positions) or \
        _restricting_tail(context, tokens, last + 1, reversed_before) or \
        _other_item_in_tail(context, tokens, last + 1, entry) or _agreement_topic(context, tokens, last + 1, entry)


def _other_item_in_tail(context: ItemContext, tokens: list[Token], j: int, entry: ItemEntry) -> bool:
    """Whether a preposition of manner after the matched words opens another lexicon item:
    "talks with African Union mediation", "переговори за посередництва", "a truce under
    international monitoring". The way the item is done is the point, so the text's words stay."""
    if j + 1 >= len(tokens) or tokens[j].low not in closed_classes().manner_prepositions:
        return False
    found = _best_match(tokens[j + 1 : j + 6], context)
    if found is None or found[0].item.id == entry.item.id or found[1] > 2:
        return False
    return not all(i in context.mention_tokens for i in found[2])  # "a deal with the IMF": a party


def _agreement_topic(context: ItemContext, tokens: list[Token], j: int, entry: ItemEntry) -> bool:
    """Whether an agreement noun or talks of the item are followed by what they settle ("a peace
    deal on steel tariffs", "мирное соглашение по пошлинам", "talks on the withdrawal of
    troops"): a topic the item's label does not name."""
    if j == 0 or j + 1 >= len(tokens) or tokens[j].low not in ("on", "по", "щодо"):
        return False
    if not tokens[j - 1].keys & context.cues.agreement_nouns and entry.item.issue != "negotiations":
        return False  # "sanctions on Russia", "tariffs on steel": the target, not a topic
    nxt = next((t for t in tokens[j + 1 : j + 3] if t.is_word and t.an.pos not in ("DET", "PREP")), None)
    return nxt is not None and nxt.i not in context.mention_tokens and not _own_word(entry, nxt)


def _own_word(entry: ItemEntry, token: Token) -> bool:
    return bool(entry.words.matches(token))


def _kind_modifier(context: ItemContext, tokens: list[Token], k: int, taken: frozenset[int], entry: ItemEntry) -> bool:
    """Whether the word before the matched token `tokens[k]` narrows it to a kind."""
    if k == 0:
        return False
    word, head = tokens[k - 1], tokens[k]
    cues = context.cues
    if k >= 2 and cues.has(word, "reversal_words", "halt_words"):
        word, head = tokens[k - 2], word  # "поэтапное снятие пошлин": the reversal is the head
        k -= 1
    if not word.is_word or word.i in taken or word.i in context.mention_tokens or _own_word(entry, word):
        return False
    if cues.has(word, "open_modifiers") or word.low in cues.pointers or word.keys & cues.pointers:
        return False  # "immediate", "повне", "этих": how, how much or which one already named
    if context.lang != "en":
        if k >= 2 and (tokens[k - 2].i in taken or tokens[k - 2].an.pos == "PREP"):
            # "ракет великої дальності", "угода про корисні копалини": a modifier of a dependent
            # the pattern names already, not of the item's head
            return False
        return (
            word.an.pos == "ADJF"
            and not word.is_cap
            and head.an.pos == "NOUN"
            and bool(word.an.cases & head.an.cases)
        )
    closed = closed_classes()
    if word.an.pos not in ("UNKN", "GRND") or word.is_cap or word.low.endswith(("'s", "’s")):
        return False
    if word.low in closed.time_words or cues.cue_index.longest_at(tokens, k - 1) \
            or cues.has(word, "light_heads", "reversal_words", "halt_words"):
        return False
    if "%" in word.text or word.low in closed.amount_words:
        return False  # "the 25% duties", "a 9 percent wage increase": an amount, not a kind
    if any(c.isdigit() for c in word.text) or "-" in word.text:
        return True  # "90-day truce", "working-level talks"
    before = tokens[k - 2] if k >= 2 else None
    # "the steel duties", "its retaliatory tariffs": after a determiner the word is a modifier.
    if before is None or before.low in closed.relative_pronouns or before.low in closed.complementizers:
        return False  # "a deal that includes security guarantees": a verb after a relative
    return before.low in closed.determiners or before.an.pos in ("DET", "NPRO") or before.text[:1].isdigit()


def _restricting_tail(context: ItemContext, tokens: list[Token], j: int, reversed_before: bool = False) -> bool:
    """Whether the words right after the matched ones narrow the item (see `_narrower_than_text`).
    After a reversal ("відкладуть членство ... на двадцять років") a duration is how long the
    reversal holds, and the reversal's contrary item already names it."""
    if j >= len(tokens):
        return False
    closed = closed_classes()
    first = tokens[j]
    if first.text == "," and j + 1 < len(tokens) and (tokens[j + 1].an.pos == "PRTF" or tokens[j + 1].an.passive):
        j += 1  # "обмін полоненими, засудженими за тероризм": the participle kept by split_coordination
        first = tokens[j]
    if not first.is_word:
        return False
    if first.low in closed.topic_prepositions and j + 1 < len(tokens) and tokens[j + 1].is_word:
        return True  # "переговоры о статусе Кашмира"
    k = j + 1 if first.keys & context.cues.agreement_nouns and j + 1 < len(tokens) else j
    if (tokens[k].low in closed.relative_pronouns or tokens[k].low == "that") and len(content_tokens(tokens[k + 1 : k + 7])) >= 2:
        return True  # "a truce deal that brings an end to the war": what the deal is to do
    if (first.an.pos == "PRTF" or first.an.passive and first.an.pos == "ADJF") and context.lang != "en" \
            and j + 1 < len(tokens) and tokens[j + 1].is_word:
        return True  # "обмен пленными, осуждёнными за убийства"
    if context.lang == "en" and first.low.endswith("ed") and first.an.pos == "UNKN" \
            and j + 1 < len(tokens) and tokens[j + 1].an.pos == "PREP":
        return True  # "prisoners convicted of murder"
    window = tokens[j : j + 5]
    for n, token in enumerate(window):
        unit = window[n + 1] if n + 1 < len(window) else None
        if n == 1 and not reversed_before and window[0].an.pos == "PREP" and unit is not None and unit.low in closed.time_heads \
                and token.is_word and token.an.pos not in ("DET", "PREP") and token.low not in closed.time_heads \
                and not (token.text.isdigit() and len(token.text) == 4):  # "с 2027 года": when, not how long
            return True  # "перемир'я на три дні", "a truce for several weeks": how long
        if not token.is_word or token.an.pos in ("VERB", "INFN") or token.low in closed.coordinators:
            break
        if n == 0 and token.an.pos != "PREP" and not token.text[:1].isdigit():
            if token.low not in closed.time_heads:
                break
        if (token.text[:1].isdigit() and len(token.text) != 4) or token.an.pos == "NUMR":  # not a year
            if unit is not None and unit.low in closed.time_heads and not reversed_before:
                return True  # "прекращение огня на 60 дней", "a truce for 30 days"
        if n > 0 and token.is_cap and (token.i not in context.mention_tokens or token.i in context.company_tokens) \
                and token.an.pos in ("NOUN", "UNKN") \
                and not context.cues.has(token, "open_modifiers") \
                and window[0].low not in closed.locative_prepositions:
            # "снятие санкций с PDVSA", "sanctions on the bank Rosselkhozbank"; not "talks in
            # Geneva", where the place is the venue, not a narrower thing
            return True
    return False


def _worded_item(context: ItemContext, tokens: list[Token], text: str, issue: str,
                 positive: Item | None = None) -> Item:
    """An item named by the text's own words (not in the lexicon, or not fitting it)."""
    return Item(id=_new_item_id(tokens, context.lang), label=_nominative_label(context, tokens), issue=issue,
                text=text, known=False, positive=positive)


def _nominative_label(context: ItemContext, tokens: list[Token]) -> str:
    """uk/ru: the label with its opening noun phrase in the nominative, as an outcome reads
    on its own ("наполягає на поверненні дітей" -> "повернення дітей", "вимагають
    10-відсоткового підвищення" -> "10-відсоткове підвищення"); a label that opens with a
    verb, a clause's subject or a name keeps its words."""
    if context.lang not in ("uk", "ru") or not context.nominative or not tokens or not tokens[0].is_word:
        return _label(context.sentence, tokens)
    lead = []
    for token in tokens[:5]:
        if not token.is_word or token.is_cap or token.i in context.mention_tokens or token.an.pos in ("PREP", "CONJ"):
            break
        lead.append(token)
    forms = nominative_phrase([t.text for t in lead], context.lang) if lead else None
    if forms is not None:
        changed = sum(1 for t, form in zip(lead, forms) if form != t.text)
        if any(t.an.pos in ("INFN", "VERB") for t in tokens[changed : changed + 3]):
            forms = None  # "(закликали) союзників розмістити бригади": whom it asks, then what
    if forms is not None and any(names_a_party(t, context.cues) for t in lead[: len(forms)] if t.an.pos == "NOUN"):
        forms = None  # "шахтарям", "кредиторів": a party, not what it wants
    if forms is None:
        return _label(context.sentence, tokens)
    return _label(context.sentence, tokens, {t.i: form for t, form in zip(lead, forms)})


def rejected_quantity(item: Item, lang: str) -> Item:
    """A rejected offer with an amount ("rejected a 5 percent pay rise", "відхилила пропозицію
    підвищити зарплати на 5 відсотків") or a word of its scope ("a permanent ceasefire",
    "часткове зняття санкцій") is that offer, not the lexicon item: a union that turns down
    5% still wants a rise. The line keeps the text's words (rule 9)."""
    if not item.known:
        return item
    scope = closed_classes().scope_modifiers
    amount = any(c.isdigit() for c in item.text) and not any(c.isdigit() for c in item.label)
    # "rejects a permanent ceasefire" is no rejection of every ceasefire.
    kind = bool(set(item.text.lower().split()) & scope) and not set(item.label.lower().split()) & scope
    if not amount and not kind:
        return item
    return as_written(item, lang)


def as_written(item: Item, lang: str) -> Item:
    """The item under the text's own words, not the lexicon item they matched."""
    if not item.known:
        return item
    ascii_text = transliterate(item.text, lang) if lang in ("uk", "ru") else item.text
    return Item(id="x-" + (slug(ascii_text)[:80] or "item"), label=_nominative_text(item.text, lang), issue=item.issue,
                text=item.text, known=False)


def offer_item(tokens: list[Token], sentence: str, lang: str, issue: str, head: int) -> Item:
    """An offer named by the text's own words alone ("Egypt's new proposal", "нова
    пропозиція уряду"); uk/ru: its label opens in the nominative, with every word before the
    head noun (at position `head` of `tokens`) read as its modifier."""
    text = span_text(sentence, tokens)
    label = text
    if lang in ("uk", "ru"):
        words = [t.text for t in tokens[: head + 1]]
        forms = nominative_phrase(words, lang, leading=head)
        if forms is not None and forms != words:
            label = " ".join(forms) + sentence[tokens[head].end : tokens[-1].end]
    return Item(id=_new_item_id(tokens, lang), label=label, issue=issue, text=text, known=False)


def sentence_start_label(item: Item, lang: str) -> Item:
    """An item read from a sentence's first words: its capital is the sentence's, not a
    name's, so the label is lower-cased and put in the nominative ("Митних постів" -> "митні
    пости") as any other item's would be."""
    if item.known or lang not in ("uk", "ru") or not item.label[:1].isupper():
        return item
    return replace(item, label=_nominative_text(item.label[:1].lower() + item.label[1:], lang))


def _nominative_text(text: str, lang: str) -> str:
    """uk/ru: words as written with their opening noun phrase in the nominative ("повышении
    зарплат на 5%" -> "повышение зарплат на 5%"); see `_nominative_label`."""
    words = text.split(" ")
    lead = []
    for word in words[:5]:
        if not word or not word.replace("-", "").isalnum() or word[:1].isupper():
            break
        lead.append(word)
    forms = nominative_phrase(lead, lang) if lead else None
    if forms is None:
        return text
    changed = sum(1 for word, form in zip(lead, forms) if form != word)
    if any(analyse_word(w.lower().strip(".,;:«»\""), lang).pos in ("INFN", "VERB") for w in words[changed : changed + 3]):
        return text  # "решения комиссии были обязательными": a clause's subject
    return " ".join(forms[: len(lead)] + words[len(lead) :])


def _new_item_id(tokens: list[Token], lang: str) -> str:
    lemmas = [t.an.lemma or t.low for t in content_tokens(tokens)][:8]
    ascii_lemmas = transliterate(" ".join(lemmas), lang) if lang in ("uk", "ru") else " ".join(lemmas)
    return "x-" + (slug(ascii_lemmas)[:80] or "item")


def worded_label(context: ItemContext, tokens: list[Token]) -> str:
    """The label a worded item of these tokens gets ("" when they name no outcome)."""
    return _label(context.sentence, tokens) if tokens and is_outcome(context, tokens) else ""


def _label(sentence: str, tokens: list[Token], forms: dict[int, str] | None = None) -> str:
    """The tokens' own words (or the `forms` given for some), with the original spacing
    where they are adjacent."""
    parts: list[str] = []
    previous: Token | None = None
    for token in tokens:
        if previous is not None:
            parts.append(sentence[previous.end : token.start] if token.i == previous.i + 1 else " ")
        parts.append(forms.get(token.i, token.text) if forms else token.text)
        previous = token
    return "".join(parts)


def must_subject(view, cue, start: int) -> list[Token] | None:
    """The subject of a "must" whose complement is a bare verb: "референдум має відбутися
    до виборів", "any talks must start with a ceasefire". Without it the label is a verb
    with no one doing it, or the lexicon item of a dependent ("elections", "a ceasefire")."""
    tokens = view.tokens
    if cue.start < 1 or start >= len(tokens):
        return None
    closed = closed_classes()
    end = cue.start
    while view.lang == "en" and end > 1 and tokens[end - 1].low in closed.auxiliaries:
        end -= 1  # "Sudanese forces would have to pull back"
    noun = tokens[end - 1]
    party = view.mention_at(end - 1)
    if party is not None and party.kind not in ("generic",):
        # "Sudanese forces would have to pull back first", "російські війська мають відійти":
        # a party named as the subject of the "must" is who is to act (a pronoun is the speaker).
        verb = tokens[start]
        if party.end != end or party.kind in ("pronoun", "possessive") or party.genitive \
                or (verb.an.pos != "INFN" if view.lang != "en" else verb.low in closed.determiners or verb.is_cap):
            return None
        return tokens[party.start : party.end]
    if not noun.is_word or noun.is_cap:
        return None
    if view.lang == "en":
        first = end - 1
        while first > 1 and end - first < 3 and tokens[first - 1].is_word and tokens[first - 1].an.pos == "UNKN" \
                and tokens[first - 1].low not in closed.determiners | closed.that_words \
                and not tokens[first - 1].keys & view.cues_lex.speech_verbs \
                and (not tokens[first - 1].is_cap or demonym_actor(tokens[first - 1]) is not None):
            first -= 1  # "the finance ministry must go to X", "Sudanese forces would have to": a compound noun
        if noun.an.pos != "UNKN" or first < 1:
            return None
        opener = tokens[first - 1]
        if not (opener.low in closed.determiners or tokens[first].is_cap and (
                opener.low in closed.that_words or opener.keys & view.cues_lex.speech_verbs or opener.text == ",")):
            return None
        return tokens[first:end]
    if tokens[start].an.pos != "INFN":
        return None
    if noun.an.pos == "NOUN" and "nomn" not in noun.an.cases and "gent" in noun.an.cases and cue.start >= 2 \
            and tokens[cue.start - 2].an.pos == "NOUN" and "nomn" in tokens[cue.start - 2].an.cases \
            and view.mention_at(cue.start - 2) is None:
        noun = tokens[cue.start - 2]  # "передача технологій має залишатися добровільною": the head and its genitive
    if noun.an.pos != "NOUN" or "nomn" not in noun.an.cases:
        return None
    first = tokens.index(noun)
    while first > 0 and tokens[first - 1].an.pos == "ADJF" and "nomn" in tokens[first - 1].an.cases:
        first -= 1
    return tokens[first : cue.start]


def with_subject(context: ItemContext, subject: list[Token], item: Item) -> Item:
    """The item with the subject of its "must" before its words, as a worded item."""
    words = _label(context.sentence, subject) + " " + item.text
    return Item(id=_new_item_id(subject, context.lang) + "-" + item.id.removeprefix("x-"), label=words,
                issue=item.issue, text=words, known=False)

