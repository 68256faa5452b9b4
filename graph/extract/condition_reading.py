"""Rule 3 and refusals on a sentence: conditions ("if", "until", "unless") and who holds them,
conditional offers, and refusals read from the sentence as a whole.

A mixin of engine._SentenceReader: its methods use the reader's view, statements,
consumed tokens, emit() and items_from().
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Actor, Item
from .actors import (
    partners_of,
    subject_before,
)
from .anaphora import offer_owner, offer_subject
from .behalf import behalf_group
from .clause_predicates import (
    hedged,
    negated_verb,
    negation_words,
    noun_subject_before,
    past_referring_passive,
    tail_speaker,
)
from .complements import (
    complement_end,
    complement_end_with_reason,
    in_condition,
    marker_end,
    until_date,
)
from .implicit_positions import offer_verb, refused_verb
from .item_outcomes import (
    content_tokens,
)
from .items import (
    as_written,
    time_bound_at,
    trim,
    worded_label,
)
from .lexicon import (
    closed_classes,
)
from .mention import Mention
from .sentence_view import Cue, SentenceView


def threat_cue(view: SentenceView, cue: Cue | None) -> bool:
    """A cue of threatening ("threatened to vote against", "пригрозила проголосовать")."""
    return cue is not None and any(
        t.keys & view.cues_lex.threat_verbs for t in view.tokens[max(0, cue.start - 2) : cue.start + 1]
    )


def names_a_time(view: SentenceView, cond_start: int, cond_end: int) -> bool:
    """ "proposed delaying the rise until spring", "will block the package until the next
    summit", "до наступного саміту": a condition whose first word (after an article) is a time
    word or a year names when the position holds, not what the actor wants."""
    tokens = view.tokens
    k = cond_start
    closed = closed_classes()
    if k < cond_end and tokens[k].low in closed.articles:
        k += 1
    if k >= cond_end:
        return False
    word = tokens[k]
    return word.low in closed.time_nouns or (word.text.isdigit() and len(word.text) == 4 and cond_end - k <= 2)


def no_demand_in_condition(view: SentenceView, marker: int, cond_start: int, cond_end: int, refusal: bool) -> bool:
    """A condition that names no demand (rule 3 does not apply): a failure that triggers a
    fallback ("X if consensus fails", "якщо переговори провалятся"), or, after a refusal, how
    long it holds ("відмовився платити, поки триває війна", "will not sign as long as the
    exemption stays"): a "while" clause with no negation (with one, "поки не", an "until")."""
    tokens = view.tokens
    lex = view.cues_lex
    if any(t.keys & lex.contingency_verbs for t in tokens[cond_start:cond_end]):
        return True
    words = [t for t in tokens[cond_start:cond_end] if t.is_word]
    closed = closed_classes()
    if 2 <= len(words) <= 6 and (words[-1].low in closed.evaluative_predicates
                                 or words[-1].an.lemma in closed.evaluative_predicates) \
            and any(t.low in closed.copula or t.an.lemma in ("бути", "быть") for t in words[:-1]):
        return True  # "if the deal is good", "якщо угода буде справедливою": a grade, no demand
    if not refusal:
        return False
    if not any(lex.while_words.longest_at(tokens, j) for j in range(marker, cond_start)):
        return False
    negation = lex.negation | closed_classes().not_words
    return not any(t.low in negation for t in tokens[cond_start:cond_end])


def offer_relative(view, main_start: int, verb: int):
    """ "rejected Israel's offer, which would free X in exchange for Y", "отвергли
    предложение Минфина, которое предусматривало X в обмен на Y": the verb heads a relative
    clause on an offer noun, so its terms are the offer's, not the sentence subject's. None
    when it does not; else (the offer's owner or None when no party owns it,)."""
    tokens = view.tokens
    lex = view.cues_lex
    for j in range(verb, max(main_start, 1), -1):
        if tokens[j].text in (",", ";", ":") and j < verb:
            return None
        if tokens[j].keys & lex.relative and tokens[j - 1].text == ",":
            for noun in range(j - 2, max(main_start - 1, j - 6), -1):
                if tokens[noun].keys & lex.offer_nouns:
                    return (offer_owner(view, noun),)
            return None
    return None


class ConditionReading:
    """The reader's rules for conditions and sentence-wide refusals."""

    def conditions(
        self, end: int, stop: str, actor: Actor, cue: Cue | None, relation: str = "proposes"
    ) -> list[Item]:
        """Rule 3: a condition clause is a demand of the same actor (a plan's terms: a proposal).

        The "if" of a demand or a threat is its trigger, not a second demand: "wants
        sanctions tightened if Moscow stalls", "threatening support if Russia refuses
        talks", "keep the right to strike in case of violations" (section 7: only an
        "unless" of a threat states what the actor demands)."""
        view = self.view
        if stop == "reason":
            # "asked for a moratorium because of the crisis", "у відповідь на скасування мит":
            # the reason or the response is no position of the actor's.
            self.consumed.update(range(end, complement_end(view, marker_end(view, end))))
            return []
        if stop not in ("condition", "unless", "exchange"):
            return []
        cond_start = marker_end(view, end)
        cond_end, _ = complement_end_with_reason(view, cond_start, None)
        if time_bound_at(view.tokens, end) == end or names_a_time(view, cond_start, cond_end):
            self.consumed.update(range(end, cond_end))
            return []  # "refused to lower the duties until the end of the talks": a time, no demand
        threat = threat_cue(view, cue)  # "пригрозила проголосовать против", "threatened to vote against"
        until = any(view.cues_lex.until_words.longest_at(view.tokens, j) for j in range(end, cond_start))
        # "поки не знатимемо": the «не» after "until" is no negation (until_words).
        negated = negated_verb(view, cond_start, cond_end) if stop == "condition" and not until else None
        if negated is not None and (threat or relation == "rejects"):
            # "…, если защитный механизм не усилят", "if the safeguard is not strengthened":
            # the trigger of a threat or refusal, read as "unless": the actor demands the
            # act itself, without the «не» (codebook section 7, threats).
            self.consumed.update(range(end, cond_start))
            self.threat_trigger = threat
            return self.demand_unless(actor, cond_start, cond_end, negated)
        if (
            threat
            and stop == "condition"
            and not until
            and not no_demand_in_condition(view, end, cond_start, cond_end, False)
        ):
            # "threatened to close the strait if sanctions are reimposed", "пригрозил
            # пошлинами, если БРИКС создадут валюту": what would trigger the threat is what
            # the actor wants not to happen (codebook section 7, threats).
            cond_start = past_referring_passive(view, cond_start, cond_end)
            self.consumed.update(range(end, cond_end))
            if any(c.relation == "rejects" and cond_start <= c.start < cond_end for c in view.cues):
                return []  # "if Russia refuses talks": turning a refusal round is no item of its own
            self.threat_trigger = True
            if cond_start < cond_end and view.tokens[cond_start].an.pos == "PREP":
                return []  # "якщо з тексту приберуть X": an impersonal clause, no item to name
            items = self.items_from(cond_start, cond_end)
            for item in items:
                self.emit(actor, "rejects", item, "condition")
            return items
        if stop == "condition" and (relation == "demands" or threat):
            self.consumed.update(range(end, cond_end))
            return []
        if stop == "condition" and no_demand_in_condition(view, end, cond_start, cond_end, relation == "rejects"):
            self.consumed.update(range(end, cond_end))
            return []
        if stop == "exchange" and relation in ("demands", "rejects"):
            # "demands X in exchange for a ceasefire": what it would give is its offer, the
            # second item of the trade; "rejected X in exchange for Y" neither wants nor
            # offers Y (the trade is what it turned down).
            cond_start = past_referring_passive(view, cond_start, cond_end)
            items = self.items_from(cond_start, cond_end) if relation == "demands" else []
            self.consumed.update(range(end, cond_end))
            for item in items:
                self.emit(actor, "proposes", item, "condition")
            return []
        if stop == "condition" and relation == "proposes" and not view.plan_context:
            other = self.reciprocal_party(cond_start, cond_end, [actor])
            if other is not None:
                # "is ready to extend X if Washington does the same": the offer of the other
                # side is demanded, once the offer's items are read (engine.finish).
                self.consumed.update(range(end, cond_end))
                self.reciprocal_other = other or None
                return []
        relation = "proposes" if view.plan_context else "demands"
        self.threat_trigger = threat and stop == "unless"  # "threatened to strike unless pay rises"
        cond_start = past_referring_passive(view, cond_start, cond_end)
        items = self.items_from(cond_start, cond_end)
        self.consumed.update(range(end, cond_start))
        for item in items:
            self.emit(actor, relation, item, "condition")
        return items

    def holders(self, subject: Mention, verb: int | None = None) -> list[Actor]:
        """The subject of a clause with no cue word and the parties coordinated with it: "Угорщина
        та Словаччина заявили, що збережуть X, доки ...", "Hungary and Slovakia said they would
        keep X until ..." hold the position both. A pronoun takes the coordination of the
        earlier mention of its party in the sentence. With no cue word to anchor the clause,
        only parties of one kind are read as one subject (two states, two organisations,
        two people): a person beside a state is more often named in passing than a co-holder."""
        if verb is not None and self.view.tokens[verb].an.number == "sing" and self.view.lang != "en":
            return [subject.actor]  # "Україна з Польщею підпише": a singular verb has one subject
        group = behalf_group(self.view, subject, subject.end)
        if group is None:
            return []  # "…, выступавшая от имени «Группы за справедливость»": a group no party knows
        if group is not False:
            return [group]
        mention = subject
        if subject.kind == "pronoun":
            mention = next(
                (m for m in self.view.mentions
                 if m.end <= subject.start and m.actor.id == subject.actor.id and m.kind != "pronoun"),
                subject,
            )
        return [subject.actor] + [a for a in dict.fromkeys(partners_of(self.view, mention))
                                  if a.id != subject.actor.id and a.type == subject.actor.type]

    def demand_unless(self, actor: Actor, cond_start: int, cond_end: int, negated: int) -> list[Item]:
        """The trigger of a threat or a refusal read as "unless" ("if Madrid does not meet
        the target"): the actor demands the act itself, without its «не» / "not"."""
        items = self.items_from(cond_start, cond_end, skip=negation_words(self.view, negated))
        for item in items:
            self.emit(actor, "demands", item, "condition")
        return items

    def conditional_offers(self) -> None:
        """Rule 3 without a cue word: "Russia would halt the offensive if Ukraine withdrew",
        "Азербайджан підпише договір лише після того, як ...": the actor proposes the main
        clause and demands the condition."""
        view = self.view
        tokens = view.tokens
        lex = view.cues_lex
        for k, token in enumerate(tokens):
            if k in self.consumed or not token.is_word or view.in_attribution(k):
                continue
            hit = lex.conditions.longest_at(tokens, k) or lex.unless.longest_at(tokens, k)
            trade = not hit
            inverted = None
            if not hit and k > 1:
                # "Israel will free prisoners in exchange for the bodies of hostages": a trade
                # offered is a condition too; only a phrase ("in exchange for", "в обмін на"),
                # never a bare "for"/"за", which has other senses.
                hit = lex.exchange.longest_at(tokens, k)
                hit = hit if hit and hit[0] - k >= 2 else None
            if not hit or until_date(view, k):
                continue  # "until 2028": when, not on what condition
            if k <= 1:
                comma = next((j for j in range(hit[0], len(tokens)) if tokens[j].text == ","), None)
                if comma is None:
                    # "Only after the reform passes can the IMF release the tranche": the
                    # modal before its subject ends the condition.
                    inverted = next((view.mention_at(n) for j in range(hit[0] + 2, len(tokens) - 2)
                                     if tokens[j].low in lex.fronted_modals
                                     for n in (j + 1, j + 2)
                                     if view.mention_at(n) is not None and view.mention_at(n).start == n
                                     and view.mention_at(n).kind not in ("pronoun", "possessive", "generic")
                                     and all(not t.is_word or t.low in closed_classes().determiners
                                             for t in tokens[j + 1 : n])), None)
                    if inverted is None or inverted.end >= len(tokens) or not tokens[inverted.end].is_word:
                        continue
                    cond_start = hit[0]
                    cond_end = max(j for j in range(cond_start, inverted.start) if tokens[j].low in lex.fronted_modals)
                    main_start, main_end = cond_end, complement_end(view, inverted.end)
                else:
                    cond_start, cond_end = hit[0], comma
                    main_start, main_end = comma + 1, complement_end(view, comma + 1)
            else:
                cond_start = hit[0]
                cond_end = complement_end(view, cond_start)
                main_start, main_end = 0, k
            verb = offer_verb(view, main_start, main_end) if inverted is None else inverted.end
            if verb is None or verb in self.consumed:
                # A verb already read inside another statement ("не підпишемо, поки не
                # побачимо, хто захищатиме Україну в разі нападу") heads no offer of its own.
                continue
            subject = subject_before(view, verb, main_start, first_person_stops=True) if inverted is None else inverted
            if subject is None:
                subject = _quoted_we(view, main_start, verb)
            if subject is None:
                continue
            holders = self.holders(subject, verb)
            relative = offer_relative(view, main_start, verb)
            if relative is None and (noun := offer_subject(view, verb)) is not None:
                # "Egyptian officials said the Israeli proposal would release X in exchange for
                # Y": the offer is the verb's subject, so the terms are its owner's.
                relative = (offer_owner(view, noun),)
            if relative is not None:
                # The offer's terms are its owner's proposal, on its condition; a trade ("which
                # would see X freed in exchange for Y") does not say which way it runs for the
                # owner, so no demand is read from it.
                holders = [relative[0]] if relative[0] is not None else []
                offers = [] if not holders else self.items_from(verb, main_end)
                conditions = [] if trade or not holders or no_demand_in_condition(view, k, cond_start, cond_end, False) \
                    else self.items_from(cond_start, cond_end)
                for holder in holders:
                    for item in conditions:
                        self.emit(holder, "demands", item, "conditional-offer")
                    for item in offers:
                        self.emit(holder, "proposes", item, "conditional-offer", tuple(c.id for c in conditions))
                self.consumed.update(range(min(verb, k), max(main_end, cond_end)))
                continue
            negated = negated_verb(view, cond_start, cond_end)
            if negated is not None and any(lex.has(t, "punitive_words") for t in tokens[verb:main_end]):
                # "could raise tariffs on Spanish goods if Madrid does not meet the target": a
                # threat, no offer; its trigger read as "unless" is what the actor demands.
                for holder in holders:
                    self.demand_unless(holder, cond_start, cond_end, negated)
                self.consumed.update(range(min(verb, k), max(main_end, cond_end)))
                continue
            before = tokens[verb - 1] if verb > 0 else None
            refusal = before is not None and (before.low in lex.negation or before.keys & lex.negation)
            if verb + 1 < main_end and tokens[verb + 1].low in lex.negation and any(
                    t.keys & (lex.plan_nouns | lex.agreement_nouns | set(lex.anaphora_nouns))
                    for t in tokens[verb + 2 : min(verb + 5, main_end)]):
                # "would put no new offer to members unless X", "would sign no deal unless X": a
                # refusal until X ("would guarantee no redundancies if X" still offers something)
                refusal = True
            if no_demand_in_condition(view, k, cond_start, cond_end, refusal):
                conditions = []  # "if the talks collapse", "не підпише, поки триває війна"
                self.consumed.update(range(k, cond_end))
            else:
                conditions = self.items_from(cond_start, cond_end)
            turned = _contrasted_verb(view, verb, len(tokens) if main_end <= verb + 3 else main_end)
            if turned and max(turned) + 1 >= main_end:
                main_end = complement_end(view, max(turned) + 1)  # the object after the verb turned down
            offers = [] if refusal else self.items_from(verb, main_end, skip=turned, cut_skipped=True)
            if turned:
                # "сократит, но не отменит забастовку": less than the lexicon item the words
                # match (the strike's end), so the offer is labelled as written
                offers = [as_written(item, view.lang) for item in offers]
            mirrored = self.reciprocal(cond_start, cond_end, holders, offers)
            if mirrored is not None:
                conditions = mirrored  # "if the US does the same": the offer, of the other side
            event = next((j for j in range(verb, min(verb + 3, main_end)) if lex.own_events.longest_at(tokens, j)), None)
            if event is not None and not any(lex.has(t, "halt_words", "reversal_words") for t in tokens[verb : event + 1]):
                # "will walk out unless management improves its offer": the strike is the
                # threat, the party's own event, no option offered; the condition stays a demand
                # ("припинить страйк за умови, що ..." still offers the strike's end).
                offers = []
            for holder in holders:
                for item in conditions:
                    self.emit(holder, "demands", item, "conditional-offer")
                # "Индия не возобновит договор, пока …": a refusal until then, no offer
                for item in offers:
                    self.emit(holder, "proposes", item, "conditional-offer", tuple(c.id for c in conditions))
            if refusal:
                continue
            self.consumed.update(range(k, cond_start))

    def reciprocal(self, cond_start: int, cond_end: int, holders: list[Actor], offers: list[Item]) -> list[Item] | None:
        """ "will keep the warhead limits if the US does the same", "за умови, що США зроблять
        те саме", "при условии зеркальных шагов со стороны США": the condition is the offer
        itself, taken by the other party named in it; the holder demands that ("United
        States to keep the warhead limits"). None when the condition asks for no same step;
        no item when it names no other party ("при условии зеркальных шагов")."""
        other = self.reciprocal_party(cond_start, cond_end, holders)
        if other is None or other is False:
            return None if other is None else []
        return self.mirrored(offers, other)

    def reciprocal_party(self, cond_start: int, cond_end: int, holders: list[Actor]) -> Actor | bool | None:
        """The other party of a condition that asks it to take the same step; False when the
        condition asks for the same step of no one named; None when it asks no same step."""
        view = self.view
        tokens = view.tokens
        if not any(view.cues_lex.reciprocity.longest_at(tokens, j) for j in range(cond_start, cond_end)):
            return None
        own = {h.id for h in holders}
        other = next((m.actor for m in view.mentions
                      if cond_start <= m.start < cond_end and m.actor.id and m.actor.id not in own
                      and m.kind not in ("pronoun", "possessive", "generic", "sides")), None)
        return other if other is not None else False

    def mirrored(self, offers: list[Item], other: Actor) -> list[Item]:
        """The offers, taken by the other party: "United States to keep the warhead limits",
        "release of hostages by Israel", "США: збереже ліміти боєголовок"."""
        view = self.view
        name = dict(other.labels).get(view.lang, other.label)
        mirrored = []
        for item in offers:
            if item.known or view.lang == "en":
                label = f"{item.label} by {other.label}" if item.known else f"{other.label} to {item.label}"
            else:
                label = f"{name}: {item.label}"
            mirrored.append(Item(id=f"x-{other.id}-{item.id.removeprefix('x-')}", label=label, issue=item.issue,
                                 text=item.text, known=False))
        return mirrored

    def deal_or_not(self) -> None:
        """ "Israel will continue the strikes in Gaza with or without a deal", "продовжить
        удари з угодою чи без неї": whatever the talks bring, the party goes on, so it
        rejects stopping what it continues ("stop the strikes in Gaza"). Only a noun phrase
        continued; a clause or an infinitive ("continue to build") is left unread."""
        view = self.view
        tokens = view.tokens
        lex = view.cues_lex
        if not lex.stop_label:
            return
        k = next((j for j, t in enumerate(tokens) if t.is_word and lex.deal_or_not.longest_at(tokens, j)), None)
        if k is None or k < 2:
            return
        verb = next((j for j in range(k - 1, -1, -1) if tokens[j].keys & lex.continue_verbs), None)
        if verb is None or verb in self.consumed or negated_verb(view, verb, verb + 1) is not None:
            return
        before = tokens[verb - 1] if verb > 0 else None
        if before is not None and (before.low in lex.negation or before.keys & lex.negation):
            return  # "will not continue X with or without a deal"
        start, end = verb + 1, k
        while end > start and not tokens[end - 1].is_word:
            end -= 1
        words = [t for t in tokens[start:end] if t.is_word]
        if not words or words[0].an.pos in ("VERB", "INFN", "PREP", "CONJ") or words[0].low in ("to", "with", "on"):
            return
        subject = subject_before(view, verb, 0)
        if subject is None or subject.kind == "generic":
            return
        items = self.items_from(start, end)
        if not items:
            return
        text = view.text[tokens[start].start:tokens[end - 1].end]
        issue = items[0].issue
        label = f"{lex.stop_label} {text}"
        item = Item(id="x-stop-" + items[0].id.removeprefix("x-"), label=label, issue=issue, text=text, known=False)
        for holder in self.holders(subject, verb):
            self.emit(holder, "rejects", item, "condition")
        self.consumed.update(range(verb, k))

    def refusals(self) -> None:
        """Rule 2 without a cue word: "the United States would not ease chip controls",
        "Росія не виведе війська" — a party's negated future is a refusal."""
        view = self.view
        tokens = view.tokens
        for k, token in enumerate(tokens):
            if k in self.consumed or view.in_attribution(k) or in_condition(view, k):
                continue
            verb = refused_verb(view, k)
            if verb is None or verb in self.consumed:
                continue  # "will not back down on X": the verb was read with its cue phrase
            if hedged(tokens[max(0, k - 4) : verb + 1], view.cues_lex):
                continue  # "ми не очікуємо змін": a forecast, not a refusal
            subject = subject_before(view, k, 0)
            if (
                subject is None
                and view.in_quote(k)
                and view.quote_speaker is not None
                and not noun_subject_before(view.tokens, k)
            ):
                # «Ми не пустимо інспекторів ...», — сказав X; but «Бюджет цього не витримає»
                # has a subject of its own, which holds no position.
                subject = view.quote_speaker
            if subject is None or subject.kind == "possessive":
                continue
            holders = self.holders(subject)
            end = complement_end(view, verb + 1)
            until = next(
                (j for j in range(verb + 1, min(end + 1, len(tokens)))
                 if view.cues_lex.until_words.longest_at(tokens, j)),
                None,
            )
            if until is None and self.refused_while(subject.actor, verb, end):
                continue  # "will not end the war while Hamas remains in power"
            if until is not None:
                # Rule 3: "We will not sign the deal until the company raises wages" refuses
                # the deal for now and demands the condition; the item ends at "until".
                marker_end = view.cues_lex.until_words.longest_at(tokens, until)[0]
                cond_end = complement_end(view, marker_end)
                if self.refused_while(subject.actor, verb, until):
                    continue  # "не закінчить війну, поки ХАМАС при владі"
                # "will not sign" alone names nothing refused: only the demand is read.
                refused = self.items_from(verb, until) if content_tokens(tokens[verb + 1 : until]) else []
                demanded = [] if no_demand_in_condition(view, until, marker_end, cond_end, True) \
                    else self.items_from(marker_end, cond_end)
                for holder in holders:
                    for item in refused:
                        self.emit(holder, "rejects", item, "refusal")
                    for item in demanded:
                        self.emit(holder, "demands", item, "conditional-offer")
                self.consumed.update(range(k, cond_end))
                continue
            closed = closed_classes()
            if (tokens[verb].keys & closed.support_verbs or tokens[verb].low in closed.support_verbs) \
                    and verb + 1 < end:
                verb += 1  # "will not support an emergency law" rejects the law, not "support"
            elif view.cues_lex.participation_phrases.longest_at(tokens, verb) and verb + 1 < end:
                verb += 1  # "не братиме участі в переговорах": the participation, not "братиме"
            for item in self.items_from(verb, end):
                for holder in holders:
                    self.emit(holder, "rejects", item, "refusal")
            self.consumed.update(range(k, end))

    def no_talks_until(self) -> None:
        """Rule 3 with no party as subject: "There will be no talks until Russia withdraws,"
        Zelensky said; «Жодних переговорів не буде, доки Росія не виведе війська», — заявив
        X; "The union said there would be no deal until ...": the speaker demands the
        condition, and proposes no talks."""
        view = self.view
        tokens = view.tokens
        lex = view.cues_lex
        closed = closed_classes()
        for k in range(2, len(tokens)):
            if k in self.consumed or view.in_attribution(k):
                continue
            hit = lex.until_words.longest_at(tokens, k)
            if not hit:
                continue
            start = max(0, k - 7)
            window = tokens[start:k]
            noun = next((j for j, t in enumerate(window) if t.keys & lex.talks_nouns), None)
            if noun is None:
                continue
            before = window[max(0, noun - 2) : noun]
            none = any(t.keys & lex.none_words or t.low in lex.none_words for t in before)
            be = [j for j, t in enumerate(window) if t.low in closed.copula or t.low in ("be", "бути", "быть")]
            if not be:
                continue
            negated = none or any(
                j > 0 and (window[j - 1].low in lex.negation or window[j - 1].keys & lex.negation) for j in be)
            if not negated or any(t.text in (";", ":") for t in window[noun:]):
                continue
            holder = self.existential_speaker(start + min(noun, be[0]), k)
            if holder is None:
                continue
            marker_end = hit[0]
            cond_end = complement_end(view, marker_end)
            if no_demand_in_condition(view, k, marker_end, cond_end, True):
                continue
            for item in self.items_from(marker_end, cond_end):
                self.emit(holder.actor, "demands", item, "conditional-offer")
            self.consumed.update(range(start, cond_end))

    def existential_speaker(self, clause: int, until: int) -> Mention | None:
        """Who says "there will be no talks until ...": the quote's speaker, the party in a
        speaker tail (", Zelensky said"), or the subject of a verb of saying before it."""
        view = self.view
        if view.in_quote(until):
            return view.quote_speaker
        if view.tail_range is not None and view.tail_range[0] > until:
            return next((m for m in view.mentions if view.in_tail(m.start) and m.kind != "possessive"), None)
        tail = tail_speaker(view, Cue(until, until + 1, "demands", "verb"))
        if tail is not None:
            return tail
        subject = subject_before(view, clause, 0)
        if subject is not None and any(
                t.keys & view.cues_lex.speech_verbs for t in view.tokens[subject.end : clause]):
            return subject
        return None

    def refused_while(self, actor: Actor, verb: int, end: int) -> bool:
        """ "Israel will not end the war while Hamas remains in power", "не закінчить війну,
        поки ХАМАС при владі": a refusal that holds while something lasts refuses the act in
        that state, not the act for good, so the label keeps the "while" clause (no demand is
        read from it: rule 3 reads only "until" and "поки не")."""
        view = self.view
        tokens = view.tokens
        j = end + 1 if end < len(tokens) and tokens[end].text == "," else end
        hit = view.cues_lex.while_words.longest_at(tokens, j) if j < len(tokens) and tokens[j].is_word else None
        if not hit:
            return False
        clause_end = complement_end(view, hit[0])
        negation = view.cues_lex.negation | closed_classes().not_words
        if clause_end <= hit[0] or any(t.low in negation for t in tokens[hit[0] : clause_end]):
            return False  # "поки не", "while it does not": an "until", a demand (rule 3)
        items = [item for item in self.items_from(verb, end)]
        if len(items) != 1:
            return False
        span = trim([t for t in tokens[verb:clause_end] if t.i not in view.attr_tokens], view.cues_lex)
        label = worded_label(self.item_context, span)
        if not label:
            return False
        item = replace(items[0], id=items[0].id if not items[0].known else "x-" + items[0].id + "-while",
                       label=label, known=False)
        self.emit(actor, "rejects", item, "refusal")
        self.consumed.update(range(verb, clause_end))
        return True


def _contrasted_verb(view: SentenceView, verb: int, end: int) -> frozenset[int]:
    """ "сократим, но не отменим пикеты", "скоротимо, але не припинимо страйк", "will scale
    back, but not end, the strike": the words from the comma to the verb turned down. What
    is offered is the first verb with the shared object; the verb turned down is no offer
    (and no refusal of its own: it only bounds the offer). Empty when there is none."""
    tokens = view.tokens
    closed = closed_classes()
    lex = view.cues_lex
    comma = next((j for j in range(verb + 1, min(verb + 4, end)) if tokens[j].text == ","), None)
    if comma is None or comma + 3 >= end or tokens[comma + 1].low not in closed.but_words:
        return frozenset()
    negation = tokens[comma + 2]
    if not (negation.low in lex.negation or negation.keys & lex.negation):
        return frozenset()
    last = comma + 3
    if not tokens[last].is_word:
        return frozenset()
    while last + 1 < end and tokens[last + 1].low in closed.phrasal_particles:
        last += 1
    if last + 1 < end and tokens[last + 1].text == ",":
        last += 1  # "will scale back, but not end, the strike"
    if last + 1 >= end or not tokens[last + 1].is_word:
        return frozenset()  # the object both verbs share must follow
    return frozenset(range(comma, last + 1))


def _quoted_we(view: SentenceView, start: int, verb: int) -> Mention | None:
    """ "«Если мэрия выплатит долг, мы сократим X», — заявил Петров": inside a quote, "мы",
    "ми", "we" just before the offer's verb is the speaker's side (not "I": "I would be
    surprised if ..." is a view). None elsewhere, and after a negation (a refusal)."""
    speaker = view.quote_speaker
    if speaker is None or speaker.kind == "pronoun" or view.quote_range is None or not view.in_quote(verb):
        return None  # "— сказала вона": the speaker guessed from memory is too weak a holder here
    closed = closed_classes()
    negation = view.cues_lex.negation
    k = verb - 1
    while k >= start and k >= verb - 3 and view.tokens[k].is_word:
        token = view.tokens[k]
        if token.low in negation or token.keys & negation:
            return None  # "мы не можем просить X, пока Y": a refusal, no offer
        if token.low in closed.we_words:
            return view.quote_speaker
        k -= 1
    return None

