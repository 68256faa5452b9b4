"""Provenance and speakers: attribution phrases (codebook rule 5) and quotes (section 7).

Reporters and sources ("FT, citing Kremlin sources") are marked so their
mentions are not taken for actors; a quote's speaker is found before or after
it; a "must" is imposed by the sentence's speaker (rule 1).
"""

from __future__ import annotations

from .lexicon import closed_classes
from .mention import Mention
from .sentence_view import CLOSE_QUOTES, OPEN_QUOTES, Cue, SentenceView


def find_attribution(view: SentenceView) -> None:
    """Rule 5: reporters and sources ("FT, citing Kremlin sources", "according to two people")
    are provenance; their mentions are not actors."""
    lex = view.cues_lex
    tokens = view.tokens
    pieces = []
    i = 0
    while i < len(tokens):
        hit = lex.attribution.longest_at(tokens, i) if tokens[i].is_word else None
        if not hit:
            i += 1
            continue
        end = hit[0]
        start = i
        single_verb = (
            end - i == 1
            and tokens[i].an.pos in ("VERB", "UNKN", "")
            and tokens[i].low not in ("citing",)
        )
        if single_verb and reported_fact(view, i) is not None:
            i += 1  # "Boeing reported a loss and plans to cut jobs": its own news, no source
            continue
        if single_verb and any(kind == "phrase" for _, (_, kind) in lex.cue_index.matches_at(tokens, i)):
            # "Молдова повідомила про готовність до переговорів", "сообщил о готовности": the
            # verb opens a cue phrase, the subject's own position, no source quoting anyone.
            i += 1
            continue
        if single_verb:
            # "Iranian media reported" (source before) or "повідомляє видання FT" (source after).
            left = i
            while (
                left > 0
                and tokens[left - 1].text not in (",", ";", "«", "»", '"', "“", "”")
                and i - left < 6
            ):
                left -= 1
            if (
                left < i
                and any(view.mention_at(k) is not None or tokens[k].is_cap for k in range(left, i))
                and left == 0
            ):
                start = left
            while end < len(tokens) and tokens[end].text not in (",", ".", ";") and end - i < 8:
                if tokens[end].low in closed_classes().that_words:
                    break
                end += 1
        else:
            if tokens[i].keys & lex.source_nouns:
                # ", Israeli media report.", "Local media report that ...": the words that
                # qualify the source back to a comma or the sentence's start are part of it.
                left = i
                while left > 0 and tokens[left - 1].is_word and i - left < 3:
                    left -= 1
                if left == 0 or tokens[left - 1].text == ",":
                    start = left
            while (
                end < len(tokens)
                and tokens[end].text not in (",", ".", ";", "—", "–")
                and end - i < 12
            ):
                end += 1
        for k in range(start, end):
            view.attr_tokens.add(k)
        pieces.append(view.text[tokens[start].start : tokens[end - 1].end])
        i = end
    view.attribution = "; ".join(pieces)


def reported_fact(view: SentenceView, verb: int) -> int | None:
    """Rule 7: "Boeing reported a third-quarter loss ... and plans to cut 10% of its
    workforce", "Samsung повідомила про збиток і планує ...": a subject that reports its own
    figures and goes on with a second verb of its own is no source quoting anyone. The
    index of the "and" that opens the second predicate, or None."""
    tokens = view.tokens
    closed = closed_classes()
    if verb == 0 or verb + 2 >= len(tokens) or tokens[verb + 1].low in closed.that_words \
            or not tokens[verb + 1].is_word:
        return None
    for k in range(verb + 2, len(tokens) - 1):
        token = tokens[k]
        if token.text in (",", ";", ":", "—", "–") or token.low in closed.that_words:
            return None
        if token.low in closed.and_words and not tokens[k + 1].is_cap and (
            tokens[k + 1].an.pos == "VERB"
            or any(kind == "verb" for _, (_, kind) in view.cues_lex.cue_index.matches_at(tokens, k + 1))
        ):
            return k
    return None


def after_reported_fact(view: SentenceView, cue: Cue) -> bool:
    """ "Boeing reported a loss ... and plans to cut 10% of its workforce": a plan that goes
    with a company's own figures is its business, no offer to the other side (rule 7)."""
    tokens = view.tokens
    if cue.relation != "proposes" or cue.start < 3 or tokens[cue.start - 1].low not in closed_classes().and_words:
        return False
    for v in range(cue.start - 2):
        hit = view.cues_lex.attribution.longest_at(tokens, v) if tokens[v].is_word else None
        if hit and hit[0] == v + 1 and reported_fact(view, v) == cue.start - 1:
            return True
    return False


def find_quote(view: SentenceView) -> None:
    """Section 7: a quote whose speaker comes after it ("'...,' Peskov said", "..." - заявив X)
    or before it ("Peskov said: '...'")."""
    tokens = view.tokens
    lex = view.cues_lex
    opens = [i for i, t in enumerate(tokens) if t.text in OPEN_QUOTES]
    closes = [i for i, t in enumerate(tokens) if t.text in CLOSE_QUOTES]
    if not opens or not closes:
        return
    first, last = opens[0], closes[-1]
    for close in closes:
        # «…», — заявив директор «Південруди» Х: the quotation closes where the speaker's
        # tail begins, not at a quoted name inside the tail.
        k = close + 1
        while k < len(tokens) and tokens[k].text in (",", "-", "–", "—"):
            k += 1
        if close - first >= 4 and k > close + 1 and any(
            tokens[j].keys & lex.speech_verbs for j in range(k, min(k + 8, len(tokens)))
        ):
            last = close
            break
    if last <= first or last - first < 4:
        return  # «Хезболла», "Маршрут Трампа": a quoted name, not a quotation
    tail_start = last + 1
    k = tail_start
    while k < len(tokens) and tokens[k].text in (",", "-", "–", "—"):
        k += 1
    tail_tokens = range(k, min(k + 8, len(tokens)))
    has_speech = any(tokens[j].keys & lex.speech_verbs for j in tail_tokens)
    if has_speech and first <= 1:
        view.quote_range = (first, last)
        view.tail_range = (tail_start, len(tokens))
        tail = [
            m
            for m in view.mentions
            if m.start >= tail_start and not view.in_attribution(m.start) and m.subject_ok
        ]
        if tail:
            view.quote_speaker = tail[0]
            named = [m for m in tail[1:] if m.actor.type == "person" and m.kind in ("name", "unknown")]
            if named and (
                tail[0].actor.type == "group"
                or tokens[tail[0].start - 1].text in OPEN_QUOTES
                and 0 <= named[0].start - tail[0].end <= 2
            ):
                # "— заявив директор «Південруди» Олег Савчук": a bare quoted company name
                # before a person's name is whose director speaks, not the speaker.
                # "— сказала лідерка профспілки Марта Лінд": a union no name identifies
                # speaks through the person the tail names (rule 6).
                view.quote_speaker = named[0]
        _agency_told(view, tail_start)
        return
    dashed = any(tokens[j].text in ("—", "–") for j in range(tail_start, k))
    speaker = view.mention_at(k) if dashed and first <= 1 and k < len(tokens) else None
    if speaker is not None and speaker.start == k and speaker.kind in ("name", "unknown") \
            and all(not t.is_word for t in tokens[speaker.end:]):
        # «Ми вимагаємо гарантій», — Зеленський. A quote signed with its speaker's name alone.
        view.quote_range = (first, last)
        view.tail_range = (tail_start, len(tokens))
        view.quote_speaker = speaker
        return
    # "X said: «...»" — the speaker stands before the quote.
    if (
        first > 1
        and tokens[first - 1].text == ":"
        and any(tokens[j].keys & lex.speech_verbs for j in range(first))
    ):
        view.quote_range = (first, last)
        for m in view.mentions:
            if m.end <= first and m.subject_ok:
                view.quote_speaker = m
                break


def _agency_told(view: SentenceView, tail_start: int) -> None:
    """Rule 5: the news agency a speaker told ("— заявив Інтерфаксу Окафор", "— сказал РИА
    Новости Окафор", '"…," Okafor told Reuters') is the quote's source, not its speaker."""
    agencies = closed_classes().news_agencies
    tokens = view.tokens
    speaker = view.quote_speaker
    for k in range(tail_start, len(tokens)):
        if tokens[k].low not in agencies:
            continue
        if speaker is not None and speaker.start <= k < speaker.end:
            continue
        end = k + 1
        if end < len(tokens) and tokens[end].is_cap and view.mention_at(end) is None:
            end += 1  # "РИА Новости"
        view.attr_tokens.update(range(k, end))
        piece = view.text[tokens[k].start : tokens[end - 1].end]
        view.attribution = "; ".join(p for p in (view.attribution, piece) if p)
        return


def tail_speaker(view: SentenceView) -> Mention | None:
    """ ", заявив Зеленський." / ", Peskov said." closing a sentence: its speaker."""
    tokens = view.tokens
    speaker = view.quote_speaker
    if speaker is not None and view.tail_range is not None and speaker.start >= view.tail_range[0]:
        return speaker  # the quote's speaker, read from its tail (find_quote)
    comma = max((k for k, t in enumerate(tokens) if t.text == ","), default=-1)
    if comma < 0:
        return None
    rest = tokens[comma + 1 :]
    if (
        not rest
        or len([t for t in rest if t.is_word]) > 8
        or not any(t.keys & view.cues_lex.speech_verbs for t in rest)
    ):
        return None
    for m in view.mentions:
        if m.start > comma and m.kind != "possessive":
            return m
    return None


def _owner_of_noun(view: SentenceView, m) -> bool:
    """A name that owns the noun cue after it ("accepted the AU proposal but said ..."):
    the owner of the object, not the subject that speaks."""
    after = view.cue_at(m.end) if m.end < len(view.tokens) else None
    return after is not None and after.kind == "noun" and after.start == m.end and m.start > 0 \
        and view.tokens[m.start - 1].low in closed_classes().articles


def _subject_of(view: SentenceView, mention, cue: Cue) -> bool:
    """Whether a mention is the subject of the "must" at `cue` ("said Ukraine should get"):
    only adverbs or auxiliaries stand between them."""
    between = view.tokens[mention.end : cue.start]
    return all(t.is_word and (t.an.pos in ("ADVB", "PRCL") or t.low.endswith("ly")) for t in between)


def speaker_for(view: SentenceView, cue: Cue, statements) -> object:
    """Who imposes a "must" on another party: the speaker of the sentence (rule 1)."""
    tokens = view.tokens
    lex = view.cues_lex
    for k in range(cue.start - 1, -1, -1):
        if tokens[k].keys & lex.belief_verbs and not (k > 0 and tokens[k - 1].keys & lex.negation):
            # "Kenya believes that the levy must be scrapped": a party's belief that something
            # must happen is its demand; an analyst's is no party's (rule 7, _analysts_view).
            for m in reversed(view.mentions):
                if m.end <= k and m.subject_ok and not view.in_attribution(m.start):
                    return m.actor
            return None
        if tokens[k].keys & lex.speech_verbs:
            for m in reversed(view.mentions):
                if m.end <= k and m.subject_ok and not view.in_attribution(m.start) \
                        and not _owner_of_noun(view, m):
                    return m.actor
            # "Про це заявив речник МЗС Азербайджану X, додавши, що ...": the speaker follows.
            for m in view.mentions:
                if k < m.start <= k + 8 and m.start < cue.start and m.subject_ok \
                        and not _subject_of(view, m, cue):
                    return m.actor  # not "said Ukraine should get ...": that is the must's subject
    colon = next((k for k in range(cue.start - 1, 0, -1) if tokens[k].text == ":"), None)
    if colon is not None:
        # "Фонд свою позицію не змінював: будь-яка угода має ...": the subject of the clause
        # the colon explains holds the must, not the quote's speaker.
        subject = next((m for m in view.mentions if m.end <= colon), None)
        if subject is not None and subject.subject_ok and subject.kind not in ("pronoun", "possessive") \
                and not view.in_attribution(subject.start) and view.in_quote(subject.start) == view.in_quote(cue.start) \
                and not any(t.keys & lex.speech_verbs for t in tokens[subject.end : colon]):
            return subject.actor
    if view.quote_speaker is not None:
        return view.quote_speaker.actor
    tail = tail_speaker(view)
    if tail is not None and tail.start > cue.end and not view.in_attribution(tail.start):
        # "Russia must withdraw its troops, Zelensky said.", "Росія має вивести війська,
        # наголосив Сибіга": a reported clause with no quote marks, its speaker after it.
        return tail.actor
    if statements:
        return statements[-1].actor
    return None
