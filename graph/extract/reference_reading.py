"""Rule 4 on a sentence's cues: what "these demands", "the deal", "it" and a repeated head noun
refer back to, as items of earlier statements.

A mixin of engine._SentenceReader: its methods use the reader's view, statements,
consumed tokens, emit() and items_from().
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..models import Actor, Item
from .anaphora import (
    demonym_reference,
    is_anaphoric,
    names_terms,
    narrowed_referents,
    ordinal_reference,
    owner_reference,
    singular_reference,
)
from .items import (
    best_item_entry,
    classify_issue,
    offer_item,
    sentence_issue,
)
from .lexicon import (
    closed_classes,
    contrary_of,
    slug,
)
from .morph import tokenize
from .named_offers import named_offer
from .sentence_view import Cue, SentenceView
from .sides import side_of
from .translit import transliterate


def manner_only(view: SentenceView, start: int, end: int) -> bool:
    """ "одной фразой", "одним реченням": a short instrumental phrase after a verb's
    object says how the verb was done, not what about (uk/ru)."""
    words = [t for t in view.tokens[start:end] if t.is_word]
    return (
        view.lang != "en"
        and 0 < len(words) <= 3
        and all("ablt" in t.an.cases and t.an.pos in ("NOUN", "ADJF", "NUMR", "PRTF") for t in words)
    )


_ANAPHORA_FITS = {
    "demands": ("demands",),
    "proposes": ("proposes", "demands"),
    "any": ("demands", "proposes", "rejects", "accepts"),
}


class ReferenceReading:
    """The reader's rules for items that refer back."""

    def finish_referents(self, cue: Cue, relation: str, actor: Actor) -> None:
        """Statements about the items of the latest statements by other actors (rule 4)."""
        for earlier in reversed(self.context.history[-3:] + [self.statements]):
            matching = [
                s
                for s in earlier
                if s.actor.id != actor.id and s.relation in ("proposes", "demands")
            ]
            if matching:
                for s in matching:
                    self.emit(actor, relation, s.item, "reference")
                return

    def anaphora(
        self, start: int, end: int, cue: Cue, actor: Actor, relation: str = ""
    ) -> list[Item] | None:
        """Rule 4: "Ukraine rejected these demands" takes the items referred back to."""
        role = next((k for k in range(start + 1, end) if self.view.cues_lex.role_phrases.longest_at(self.view.tokens, k)), None)
        if role is not None:
            # "rejected it as a basis for further talks": the draft referred back to, in that role.
            referents = self.anaphora(start, role, cue, actor, relation)
            if not referents:
                return referents
            return [self.in_role(item, role, end) for item in referents]
        words = [t for t in self.view.tokens[start:end] if t.is_word]
        if len(words) == 1 and words[0].low in closed_classes().object_pronouns and any(
            s.sentence_index == self.index and s.actor.id == actor.id and s.relation == relation
            for s in self.statements
        ):
            # "called the EU duties protectionism and said it would never accept them": the
            # pronoun is what this sentence just named for the same actor, no earlier item.
            return []
        ordinal = ordinal_reference(self.view, start, end)
        if ordinal is not None:
            # "the first point" of the latest list, or "the first of Pyongyang's conditions".
            pool = self.context.last_list or [
                s
                for sentence in self.context.history[-4:]
                for s in sentence
                if s.actor.id != actor.id and s.relation == "demands"
            ]
            if pool:
                return [pool[min(ordinal, len(pool) - 1)].item]
        reference = demonym_reference(self.view, start, end)
        if reference is not None:
            # "підтримати саудівський варіант": the Saudi proposal made before; "назвал
            # французские требования протекционизмом": the French demands.
            owner, owned = reference
            for earlier in reversed(self.context.history[-4:] + [self.statements]):
                theirs = [
                    s.item for s in earlier if s.actor.id == owner and s.relation == owned
                ]
                if theirs:
                    return self.named(theirs, start, end)
        owner = owner_reference(self.view, start, end)
        if owner is not None and owner != actor.id:
            for earlier in reversed(self.context.history[-6:] + [self.statements]):
                theirs = [s.item for s in earlier if s.actor.id == owner and s.relation in ("proposes", "demands")]
                if theirs:
                    return self.named(theirs, start, end)
            # "Вимогу профспілки відхилило керівництво": a demand the article has not stated;
            # the noun and its owner make no label (codebook rule 9). An offer named by its
            # author and a modifier ("Japan's latest offer") is one offer, a label of its own.
            words = [t for t in self.view.tokens[start:end] if t.is_word]
            if self.view.lang == "en" and len(words) >= 3 and any(
                self.view.cues_lex.anaphora_nouns.get(k) == "proposes" for k in words[-1].keys
            ):
                return None
            return []
        wanted = is_anaphoric(self.view, start, end, fronted=end <= cue.start)
        if wanted is None and self.view.lang != "en":
            # "отверг это предложение одной фразой": a manner phrase after the reference.
            manner = end
            while manner > start and "ablt" in self.view.tokens[manner - 1].an.cases and end - manner < 3:
                manner -= 1
            if start < manner < end and manner_only(self.view, manner, end):
                wanted = is_anaphoric(self.view, start, manner, fronted=end <= cue.start)
                if wanted is not None:
                    end = manner
        if wanted is None:
            return self.repeated_head(start, end, actor, relation)
        singular = singular_reference(self.view, start, end)
        items = self.referents(wanted, actor, relation, singular)
        own = best_item_entry(self.view.tokens[start:end])
        if own is not None:
            # "China offered to lift the duties ... The Commission rejected these duties": the
            # phrase names the duties themselves, not the lifting the offer was about.
            items = [own.item if contrary_of(item.id) == own.item.id else item for item in items]
        if not items and wanted == "demands" and relation in ("rejects", "accepts") and names_terms(self.view, start, end):
            # "Norway proposed quotas. These terms Iceland rejects": the terms of an offer.
            wanted = "proposes"
            items = self.referents(wanted, actor, relation, singular)
        return narrowed_referents(self.view, start, end, items, wanted)

    def offer_named_alone(self, start: int, end: int, actor: Actor, cue: Cue | None = None) -> Item | None:
        """Rule 4 with nothing to refer back to: "rejected Egypt's new proposal", "прийняла
        пропозицію роботодавця щодо зарплат" name an offer by its owner or its topic, and the
        line names it so ("Egypt's new proposal"). The issue is the topic's, else the
        sentence's, else the one the article's positions so far are most often on. The owner
        proposes nothing here: the article states no terms of its offer."""
        view = self.view
        found = named_offer(view, start, end, cue)
        if found is None or found.owner == actor.id:
            return None
        tokens = view.tokens
        topic = [tokens[k] for k in found.topic]
        if topic and best_item_entry(topic) is not None:
            # "the ceasefire proposal", "угоди про транзит газу": the topic is an item of its own,
            # which a response to the offer answers (as read without this rule).
            return None
        issue = classify_issue(topic) if topic else "other"
        if found.owner is None and issue == "other":
            return None  # "the generous offer": no owner and no topic names it
        words = [t for t in tokens[found.start : found.end] if t.is_word and t.low not in closed_classes().articles]
        if issue == "other":
            # The sentence's other words, not the offer's owner ("урядову": no political issue).
            left_out = self.item_context.mention_tokens | frozenset(view.attr_tokens) \
                | frozenset(range(found.start, found.end))
            issue = sentence_issue(tokens, left_out)
        if issue == "other":
            issue = self.article_issue()
        return offer_item(words, view.text, view.lang, issue, words.index(tokens[found.head]))

    def article_issue(self) -> str:
        """The issue the article's positions so far are most often on, else the one its
        earlier sentences' words are most often about ("a strike over unpaid wages"); "other"
        when none is."""
        earlier = [s.item.issue for sentence in self.context.history for s in sentence] \
            + [s.item.issue for s in self.statements]
        counts = Counter(i for i in earlier if i not in ("other", "negotiations"))
        if not counts:
            counts = Counter(
                i for v in self.context.earlier_views
                if (i := sentence_issue(v.tokens, frozenset(k for m in v.mentions for k in range(m.start, m.end))))
                not in ("other", "negotiations"))
        return counts.most_common(1)[0][0] if counts else "other"

    def named(self, items: list[Item], start: int, end: int) -> list[Item]:
        """Items referred back to by their author's name ("accepted the AU proposal",
        "поддержала швейцарскую формулу"): the label is what was proposed; the text, the
        item's own words in this sentence (codebook section 5), is the name it goes by here.
        A lexicon item keeps the words it was matched on, which its label does not repeat."""
        view = self.view
        k = start - (1 if start > 0 and view.tokens[start - 1].low in ("'s", "’s") else 0)
        owner = view.mention_at(k - 1) if k > 0 else None
        if owner is not None and owner.end == k:
            start = owner.start  # "the AU proposal", "Japan's offer": the owner names it too
        lex = view.cues_lex
        if start > 0 and view.tokens[start - 1].keys & (lex.offer_nouns | set(lex.anaphora_nouns)):
            start -= 1  # "поддержала предложение Еврокомиссии": the noun was read as the cue
        after = view.mention_at(end) if end < len(view.tokens) else None
        if after is not None and after.start == end and after.genitive:
            end = after.end  # "підтримала пропозицію Єврокомісії": the owner after the noun
        words = [t for t in view.tokens[start:end] if t.is_word and t.low not in closed_classes().articles]
        if not words:
            return items
        own = view.text[words[0].start : words[-1].end]
        return [item if item.known else replace(item, text=own) for item in items]

    def in_role(self, item: Item, role: int, end: int) -> Item:
        """The item referred back to, with the role the sentence gives it ("new draft as a
        basis for further talks"): a line that keeps the role reads as what was refused."""
        view = self.view
        last = max((k for k in range(role, end) if view.tokens[k].is_word), default=role)
        tail = view.text[view.tokens[role].start : view.tokens[last].end]
        base = item.label if view.lang == "en" or not item.known else (item.text or dict(item.labels).get(view.lang, item.label))
        label = f"{base} {tail}"
        ascii_label = transliterate(label, view.lang) if view.lang in ("uk", "ru") else label
        return Item(id="x-" + (slug(ascii_label)[:80] or "item"), label=label, issue=item.issue,
                    text=label, known=False)

    def repeated_head(self, start: int, end: int, actor: Actor, relation: str) -> list[Item] | None:
        """Rule 4 by a bare noun: "The Commission proposed quotas on steel imports. «Quotas we
        will not accept»": a rejection or an acceptance whose object is one bare noun, the
        head of an item another party just demanded or proposed, answers that item."""
        view = self.view
        words = [t for t in view.tokens[start:end] if t.is_word]
        if len(words) == 2 and view.lang == "en" and words[0].low in ("the", "this", "that"):
            words = words[1:]  # "dismissed the guarantee": the one just offered
        if relation not in ("rejects", "accepts") or len(words) != 1 or view.mention_at(words[0].i) is not None:
            return None
        head = words[0]
        wanted = next((view.cues_lex.anaphora_nouns[k] for k in head.an.sorted_keys if k in view.cues_lex.anaphora_nouns), None)
        if view.lang != "en" and wanted in ("demands", "proposes"):
            # "ХАМАС відхилив пропозицію": with no article, a bare proposal or demand noun
            # answered by a rejection or an acceptance is the one just made; a plan is the
            # terms listed for it ("відкинув план" after "документ передбачає: …").
            listed = [s.item for s in self.context.last_list if s.actor.id != actor.id]
            if listed and head.keys & view.cues_lex.plan_nouns:
                return listed
            return self.referents(wanted, actor, relation, singular_reference(view, start, end)) or None
        if head.an.pos not in ("NOUN", "UNKN") or head.low in closed_classes().determiners:
            return None
        for earlier in reversed(self.context.history[-2:] + [self.statements]):
            theirs = [
                s.item
                for s in earlier
                if s.actor.id != actor.id
                and s.relation in ("demands", "proposes")
                and s.item.text
                and (first := tokenize(s.item.text.split()[0], view.lang)[0]).is_word
                and first.keys & head.keys
            ]
            if theirs:
                return theirs
        return None

    def referents(self, wanted: str, actor: Actor, relation: str, singular: bool = False) -> list[Item]:
        """The items of the latest earlier statements (by other actors) that a referring
        phrase wanting `wanted` points back to (rule 4); `singular` ("цю пропозицію", "this
        offer") takes one sentence's proposals only."""
        items: list[Item] = []
        window = self.context.history[-4:] + [self.statements]
        for back, earlier in enumerate(reversed(window)):
            matching = [
                s
                for s in earlier
                if s.actor.id != actor.id
                and (wanted == "any" or s.relation in _ANAPHORA_FITS[wanted])
            ]
            if wanted == "any" and relation in ("rejects", "accepts"):
                # A rejection or an acceptance answers demands and proposals, not other rejections.
                matching = [s for s in matching if s.relation in ("demands", "proposes")]
            if not matching:
                continue
            if wanted != "any" and not (wanted == "proposes" and singular):
                # "these demands" gathers the demands listed in the sentences just before,
                # by the same party ("подобные требования" after two sentences of terms).
                # Within the referents' paragraph, a leader and the state they lead are one party
                # ("Кремль вимагає A. Путін наполягає на B. ... Київ назвав ці умови": A and B).
                owners = {s.actor.id for s in matching}
                sides = {side_of(s.actor).id for s in matching}
                paragraphs = self.context.history_paragraphs[-4:] + [self.context.paragraph]
                older_window = window[: len(window) - back - 1]
                for k in range(len(older_window) - 1, max(len(older_window) - 3, -1), -1):
                    same_paragraph = paragraphs[k] == paragraphs[len(window) - back - 1]
                    extra = [
                        s
                        for s in older_window[k]
                        if (s.actor.id in owners or same_paragraph and side_of(s.actor).id in sides
                            and s.actor.id != actor.id)
                        and s.relation in _ANAPHORA_FITS[wanted]
                    ]
                    matching = extra + matching
            if wanted == "any":
                # "ruled that out": a rejection answers the other side's demands first, an
                # acceptance its proposals.
                preferred = "demands" if relation == "rejects" else "proposes"
                matching = [s for s in matching if s.relation == preferred] or matching
            seen = set()
            for s in matching:
                if s.item.id not in seen:
                    seen.add(s.item.id)
                    items.append(s.item)
            break
        return items
