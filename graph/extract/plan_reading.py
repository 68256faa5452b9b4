"""Section 7 and rule 5 on a sentence: plan and deal terms ("under the plan", terms after a
colon, verbless dashed terms, lists) as the author's proposals.

A mixin of engine._SentenceReader: its methods use the reader's view, statements,
consumed tokens, emit() and items_from().
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Actor, Item, Statement
from .actors import (
    actor_mention_for,
)
from .anaphora import (
    offer_owner,
)
from .clause_predicates import (
    term_subjects,
    treaty_in_force,
    unknown_plan_owner,
)
from .complements import (
    complement_end,
    complement_end_with_reason,
)
from .implicit_positions import plan_marker
from .item_outcomes import (
    content_tokens,
)
from .items import (
    as_written,
    classify_issue,
)
from .lexicon import (
    closed_classes,
)
from .polarity import (
    apply_negation,
    is_future,
)
from .sentence_view import DASHES, OPEN_QUOTES, Cue, SentenceView
from .term_lists import dash_terms


def _undertaking_label(item: Item, verb, lang: str) -> Item:
    """uk/ru: a term read from its party's verb ("поверне захоплені порти") is labelled with
    the verb's dictionary form ("повернути захоплені порти"), an act a reader takes on its own."""
    if item.known or lang == "en" or verb.an.pos not in ("VERB", "INFN") or not verb.an.lemma \
            or not item.label.startswith(verb.text + " "):
        return item
    return replace(item, label=verb.an.lemma + item.label[len(verb.text):])


def unnamed_subject(view: SentenceView, start: int) -> bool:
    """Whether a term opens with a subject that names no known party, before its verb: "the
    union will end the strike", "профспілка припинить страйк" (a noun in the nominative, or in
    en a word or two before a future or modal auxiliary)."""
    tokens = view.tokens
    closed = closed_classes()
    k = start
    while k < len(tokens) and tokens[k].low in closed.articles:
        k += 1
    if k >= len(tokens) or view.mention_at(k) is not None or not tokens[k].is_word:
        return False
    if view.lang == "en":
        return any(tokens[j].low in closed.future_auxiliaries or view.cues_lex.must_words.longest_at(tokens, j)
                   for j in range(k + 1, min(k + 3, len(tokens))))
    head = tokens[k]
    if head.an.pos != "NOUN" or "nomn" not in head.an.cases:
        return False
    return any(t.an.pos in ("VERB", "INFN") for t in tokens[k + 1 : k + 3])


def terms_follow(view: SentenceView, colon: int) -> bool:
    """ "компроміс: A і B", "a bargain: A in exchange for B": a proposal noun before a colon
    whose terms follow; not a quote, nor an attribution ("компроміс: згідно з його планом, …")."""
    tokens = view.tokens
    lex = view.cues_lex
    if colon + 1 >= len(tokens) or tokens[colon + 1].text in OPEN_QUOTES:
        return False
    before = tokens[colon - 1].keys
    if not (before & lex.deal_nouns or any(lex.anaphora_nouns.get(k) == "proposes" for k in before)):
        return False
    if lex.plan_markers.longest_at(tokens, colon + 1):
        return False  # "компроміс: згідно з його планом, …": the plan sentence reads the terms
    return not (
        tokens[colon + 1].an.pos == "PREP"
        and any(t.text == "," for t in tokens[colon + 1 : colon + 6])
    )


def _reactions(previous: SentenceView, earlier: list) -> tuple[set[str], object]:
    """The parties that rejected an offer in the sentence `previous`, and the owner of the
    offer rejected or accepted there (None when none is named)."""
    reactors = {s.actor.id for s in earlier if s.relation == "rejects"}
    lex = previous.cues_lex
    tokens = previous.tokens
    owner = None
    for cue in previous.cues:
        if cue.kind not in ("verb", "phrase") or apply_negation(cue) not in ("rejects", "accepts"):
            continue
        noun = next((k for k in range(cue.end, min(cue.end + 5, len(tokens)))
                     if tokens[k].keys & lex.offer_nouns), None)
        if noun is None or any(t.text in (",", ";", ":") for t in tokens[cue.end:noun]):
            continue
        mention = actor_mention_for(previous, cue)
        if mention is not None and not previous.in_attribution(mention.start) and apply_negation(cue) == "rejects":
            reactors.add(mention.actor.id)
        found = offer_owner(previous, noun)
        if found is not None and found.id not in reactors:
            owner = owner or found
    return reactors, owner


def reacted_offer_owner(previous: SentenceView | None, earlier: list, fallback, heads: frozenset = frozenset()) -> object:
    """Rule 5 across sentences: "Hamas rejected the proposal from Israel. Under the proposal,
    Hamas would free X", "ХАМАС отверг предложение Израиля. Предложение предусматривает X":
    the terms of an offer that the sentence before had a party reject or accept belong to
    the offer's owner named there, never to the party that reacted. The owner's actor; None
    when no owner is named and `fallback` (whom the terms would otherwise go to) is a party
    that rejected it (the terms are then no one's); `fallback` otherwise. With no reaction,
    an offer noun of the same head (`heads`: the keys of this sentence's plan noun) named
    with its owner in the sentence before is the one referred back to."""
    if previous is None:
        return fallback
    reactors, owner = _reactions(previous, earlier)
    if owner is not None:
        return owner
    # "Ukraine received the Russian memorandum. Under the memorandum, Ukraine would X": the
    # plan just named with its owner is the one referred back to.
    lex = previous.cues_lex
    noun = next((k for k in range(len(previous.tokens) - 1, -1, -1)
                 if previous.tokens[k].keys & lex.offer_nouns & heads), None)
    named = offer_owner(previous, noun) if noun is not None else None
    if named is not None:
        return named
    if fallback is not None and fallback.id in reactors:
        return None
    return fallback


def offer_heads(tokens: list, lex) -> frozenset[str]:
    """The keys of the offer nouns among tokens ("the plan provides for X": "plan")."""
    return frozenset().union(*(t.keys for t in tokens if t.keys & lex.offer_nouns))


class PlanReading:
    """The reader's rules for plan and deal terms."""

    def reacted_owner(self, fallback, heads: frozenset = frozenset()):
        """`reacted_offer_owner` with the sentence before and its lines (rule 5 across
        sentences): whose an offer referred back to is."""
        earlier = self.context.history[-1] if self.context.history else []
        return reacted_offer_owner(self.context.previous_view, earlier, fallback, heads)

    def in_plan_marker(self, cue: Cue) -> bool:
        """Whether the noun cue closes a plan marker ("согласно его плану", "за їхнім планом")."""
        tokens = self.view.tokens
        markers = self.view.cues_lex.plan_markers
        return any(
            (hit := markers.longest_at(tokens, k)) and hit[0] == cue.end
            for k in range(max(0, cue.start - 4), cue.start)
            if tokens[k].is_word
        )

    def plan_of_genitive(self, inner: Cue, start: int) -> bool:
        """uk/ru: a plan noun read as a cue inside an acceptance or a refusal, followed by a
        common noun in the genitive ("проект мирного договора", "проєкт угоди про ..."): the genitive
        says which plan, and alone it is a fragment. A single noun ("проєкт рішення") names no
        outcome either way."""
        view = self.view
        if view.lang == "en":
            return False
        noun, head = view.tokens[start], view.tokens[inner.start]
        following = content_tokens(view.tokens[start : complement_end(view, start)])
        if len(following) < 2:
            return False  # "представив проєкт рішення": which decision is not said
        return bool(head.keys & view.cues_lex.plan_nouns) and noun.an.pos in ("NOUN", "ADJF") \
            and "gent" in noun.an.cases and view.mention_at(start) is None and not noun.is_cap

    def relative_plan_relation(self, cue: Cue) -> str | None:
        """Rule 4 inside one sentence: "rejected the package, which offered X", "відхилили
        пакет, який передбачав X". The relative clause states what the plan holds; its
        reader takes X as it took the plan, so the relation is the one of the verb whose
        object the plan is (rejects or accepts), not the plan's offer."""
        view = self.view
        tokens = view.tokens
        closed = closed_classes()
        if cue.relation != "proposes" or cue.kind not in ("verb", "plan"):
            return None
        k = cue.start - 1
        if k < 2 or not (tokens[k].low in closed.relative_pronouns | closed.plan_links
                         or tokens[k].an.lemma in closed.relative_pronouns):
            return None
        if tokens[k - 1].text != ",":
            return None
        noun = k - 2
        if not tokens[noun].keys & view.cues_lex.plan_nouns:
            return None
        main = next((c for c in reversed(view.cues) if c.end <= noun and c is not cue), None)
        if main is None or main.relation not in ("rejects", "accepts"):
            return None
        if noun - main.end > 4 or any(t.text in (",", ";", ":") for t in tokens[main.end : noun]):
            return None  # the plan is the verb's own object: "rejected the (final) package"
        return apply_negation(main)

    def further_terms(
        self, cue: Cue, actor: Actor, start: int, end: int, kind: str, condition_ids: tuple[str, ...]
    ) -> None:
        """The terms of one offer after its colon, joined by "а", "і", "and" ("запропонувала
        компроміс: Токіо знизить мита, а Вашингтон скасує мита на авто"): each term is the
        offer's author's proposal, not a contrast that ends it. A term with a cue of its own
        in the past ("…, а Вашингтон відхилив це") is a reply, read by that cue; a cue in the
        future ("скасує", "would scrap") is the term's own act."""
        view = self.view
        tokens = view.tokens
        colon = next((k for k in range(max(0, start - 1), min(start + 5, end)) if tokens[k].text == ":"), None)
        if colon is None or colon == 0 or not terms_follow(view, colon):
            return
        joiners = view.cues_lex.term_joiners
        for _ in range(4):
            k = end
            while k < len(tokens) and tokens[k].text == ",":
                k += 1
            if k + 1 >= len(tokens) or tokens[k].low not in joiners:
                return
            following, stop = complement_end_with_reason(view, k + 1, cue)
            if following <= k + 1 or any(
                c.start in range(k + 1, following) and not is_future(view, c) for c in view.cues
            ):
                return  # "…, а Вашингтон відхилив це": a reply, read by its own cue
            for item in self.items_from(k + 1, following):
                self.emit(actor, "proposes", item, kind, condition_ids)
            self.consumed.update(range(k, following))
            end = following
            if stop not in ("contrast", "clause"):
                return

    def also_held(
        self, end: int, actor: Actor, relation: str, kind: str, condition_ids: tuple,
        verb_lead: tuple[int, int] | None = None,
    ) -> None:
        """ "not only a ceasefire but also security guarantees", "не лише перемир'я, а й
        гарантій", "не только X, но и Y": the second is held with the same relation.
        `verb_lead`: the verb before "not only" ("обсудить не только X, но и Y"), Y's too."""
        view = self.view
        tokens = view.tokens
        k = end + 1 if end < len(tokens) and tokens[end].text == "," else end
        hit = view.cues_lex.but_also.longest_at(tokens, k) if k < len(tokens) and tokens[k].is_word else None
        if not hit:
            return
        second_end = complement_end(view, hit[0])
        if verb_lead is None:
            for item in self.items_from(hit[0], second_end):
                self.emit(actor, relation, item, kind, condition_ids)
            return
        # "обсудить не только X, но и Y, а также Z": the verb goes on to each further "а также"
        starts = [hit[0]]
        for j in range(hit[0] + 1, second_end - 1):
            also = view.cues_lex.but_also.longest_at(tokens, j + 1) if tokens[j].text == "," else None
            if also:
                starts.append(also[0])
        bounds = [*starts[1:], second_end]
        for n, (first, last) in enumerate(zip(starts, bounds)):
            if n + 1 < len(starts):
                last = next(j for j in range(last - 1, first, -1) if tokens[j].text == ",")
            skip = frozenset(range(verb_lead[1], first))
            for item in self.items_from(verb_lead[0], last, skip=skip, cut_skipped=True):
                self.emit(actor, relation, item, kind, condition_ids)

    def verbless_terms(self) -> None:
        """Section 7, plan terms without verbs: "Компромисс от Швейцарии: A — X, B — Y",
        "предложила разделить полномочия: A — X, B — Y". Each term is proposed by the author
        of the proposal before the colon: the subject of its proposing verb, or the owner of
        its proposal noun ("от Швейцарии", "Qatar's")."""
        view = self.view
        found = dash_terms(view)
        if found is None:
            return
        colon, terms = found
        if any(k in self.consumed for k in range(colon, len(view.tokens))):
            return
        lex = view.cues_lex
        holders: list[Actor] = []
        verb = next((c for c in view.cues if c.end <= colon and c.relation == "proposes" and c.kind == "verb"), None)
        if verb is not None:
            # "Народная партия отказалась отдавать МВД и предложила …": the verb's own subject.
            subject = actor_mention_for(view, verb)
            holders = self.holders(subject) if subject is not None and subject.kind != "possessive" else []
        else:
            noun = next((k for k in range(colon) if view.tokens[k].keys & lex.offer_nouns), None)
            owner = offer_owner(view, noun) if noun is not None else None
            if owner is not None:
                holders = [owner]
        if not holders:
            return
        for start, end in terms:
            items = self.items_from(start, end, list_item=True)
            if not items and len(content_tokens(view.tokens[start:end])) >= 3:
                # "ещё до 10% — по доступным ценам": an amount and its terms, read as written.
                while start < end and view.tokens[start].keys & closed_classes().phrase_fillers:
                    start += 1
                text = view.text[view.tokens[start].start : view.tokens[end - 1].end]
                items = [as_written(Item(id="", label=text, issue="other", text=text), view.lang)]
            for item in items:
                # "Рафах — палестинській адміністрації": who gets what, in the text's words,
                # not the lexicon item a word of it names.
                item = as_written(item, view.lang)
                for holder in holders:
                    self.emit(holder, "proposes", item, "plan")
        self.consumed.update(range(colon, len(view.tokens)))
        for cue in view.cues:
            if cue.kind == "noun" and cue.end <= colon and cue.relation == "proposes":
                self.consumed.add(cue.start)  # "Qatar's compromise:": its terms are read here

    def plan_sentence(self) -> None:
        """Section 7: "According to the plan, Russia may start talks if ..." is the plan author's proposal."""
        view = self.view
        marker = plan_marker(view)
        if marker is None:
            return
        plan_end, author = marker
        lex = view.cues_lex
        if author is None and unknown_plan_owner(view):
            # "Згідно з планом посередника, ...", "Under the mediator's plan, ...": a plan whose
            # owner no party names; not the last plan's author nor the article's topic (rule 5).
            self.consumed.update(range(len(view.tokens)))
            return
        if treaty_in_force(view, plan_end, author):
            # "Under the 1944 Water Treaty, Mexico sends ...": the terms of an agreement in
            # force, told as background; a fact, no party's position (rule 7).
            self.consumed.update(range(len(view.tokens)))
            return
        # "Согласно подписанному протоколу, Киргизия пропустит X, а Казахстан поставит Y":
        # a signed agreement with no author named; each term's subject undertakes it.
        if author is None:
            # "Hamas rejected the proposal from Israel. Under the proposal, Hamas would free X",
            # "Ukraine received the Russian memorandum. Under the memorandum, ...": the owner
            # named in the sentence before, never the party that reacted to it.
            author = self.reacted_owner(None, offer_heads(view.tokens[:plan_end], lex))
        agreement = author is None and any(t.keys & lex.agreement_nouns for t in view.tokens[:plan_end])
        actor = author or self.context.last_plan_actor or self.context.topic
        if author is None and not agreement:
            actor = self.reacted_owner(actor)
        if actor is None and not agreement:
            self.consumed.update(range(len(view.tokens)))  # a plan nobody is known to have made
            return
        view.plan_context = True
        if view.tokens[-1].text != ":":  # "Under the offer:" leads a list, read by its cue
            self.consumed.update(range(plan_end))  # "Under the Russian proposal," is read here only
        start = plan_end
        while start < len(view.tokens) and view.tokens[start].text in (",", ":"):
            start += 1
        tokens = view.tokens
        if agreement and not term_subjects(view, start)[0] and unnamed_subject(view, start):
            # "Under the accord, the union will end the strike": a term undertaken by a party
            # the article does not name here; not the last plan's author, nor the topic's.
            self.consumed.update(range(len(tokens)))
            return
        # Section 7: the parties to a deal made accept the terms each undertook; the terms
        # of a draft or a deal still discussed ("Under the proposed deal") are proposed.
        agreed = agreement and not any(t.keys & lex.unagreed_deal_words for t in tokens[:start])
        if agreement and not term_subjects(view, start)[0]:
            # "Згідно з угодою, запропонованою США, …": the first term names no party of its
            # own (here the plan's author follows), so the agreement is read as a plan.
            agreement = False
            if actor is None:
                self.consumed.update(range(len(tokens)))
                return
        while start < len(tokens):
            end, stop = complement_end_with_reason(view, start, None)
            parties, verb = term_subjects(view, start) if agreement else ([], start)
            if parties and end <= verb:
                end, stop = complement_end_with_reason(view, verb, None)  # past "Казахстан и"
            if agreement:
                # "Peru will reopen the border and Chile will resume flights": a term ends
                # where the next party's term begins.
                split = next(
                    (j for j in range(verb, end)
                     if tokens[j].low in closed_classes().coordinators and term_subjects(view, j + 1)[0]),
                    None,
                )
                if split is not None:
                    end, stop = split, "clause"
            holders = parties or ([actor] if actor is not None else [])
            if agreement and not parties and unnamed_subject(view, start):
                holders = []  # "…, and the company will raise wages": a party not named here
            # "Казахстан и Узбекистан поставят X", "Ghana will hand back the ports": the term
            # is read from the verb (past a future auxiliary), its party being its holder.
            first = verb if parties else start
            while parties and first + 1 < end and tokens[first].low in closed_classes().future_auxiliaries:
                first += 1  # "Ghana will hand back the ports": the party undertakes "hand back the ports"
            conditions = self.conditions(end, stop, holders[0], None) if holders else []
            relation = "accepts" if agreed and parties and not any(
                t.low in closed_classes().conditional_particles for t in tokens[first:end]) else "proposes"
            items = self.items_from(first, end) if holders else []
            if parties and not items:
                items = self.undertaking(first, end)
            earlier = {(s.actor.id, s.relation, s.item.id)
                       for s in [*(s for sentence in self.context.history for s in sentence), *self.statements]}
            for item in items:
                if parties and item.known and any((h.id, relation, item.id) in earlier for h in holders):
                    # "agreed to cut tariffs on 98% of goods. Under the deal, Indonesia will scrap
                    # duties on cars": a further term of a kind the party already holds names
                    # which one, in its own words, rather than repeating the line.
                    item = as_written(item, view.lang)
                if parties:
                    item = _undertaking_label(item, tokens[first], view.lang)
                for holder in holders:
                    self.emit(holder, relation, item, "plan", tuple(c.id for c in conditions))
            if stop not in ("contrast", "clause"):
                break
            # "Hamas would free 20 hostages, and Israel would free 600 prisoners": every term
            # of the plan, one clause each.
            start = end
            while start < len(tokens) and (
                tokens[start].text == ","
                or view.cues_lex.contrast.longest_at(tokens, start)
                or tokens[start].low in closed_classes().coordinators
            ):
                start += 1
            rest = tokens[start:]
            if any(t.text in DASHES for t in rest) and not any(t.an.pos in ("VERB", "INFN") for t in rest):
                break  # "а Ізраїль — 600 ув'язнених": the verb is elided, no outcome to label

    def undertaking(self, first: int, end: int) -> list[Item]:
        """A deal's term read from its party's verb that names no item the reader knows how
        to label ("скасує заборону на експорт нікелю"): the act as written, from the verb."""
        view = self.view
        tokens = view.tokens
        while end > first and not tokens[end - 1].is_word:
            end -= 1
        if len(content_tokens(tokens[first:end])) < 2:
            return []
        text = view.text[tokens[first].start : tokens[end - 1].end]
        return [as_written(Item(id="", label=text, issue=classify_issue(tokens[first:end]), text=text), view.lang)]

    def list_line(self) -> list[Statement]:
        """Section 7: bullet lines after "the demands were:" are items of that demand."""
        actor, relation, attribution = self.context.pending_list
        view = self.view
        for item in self.items_from(0, len(view.tokens), list_item=True):
            statement = self.emit(actor, relation, item, "list")
            self.context.last_list.append(statement)
        return self.statements
