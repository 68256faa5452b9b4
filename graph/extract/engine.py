"""The extraction engine: sentences -> Statements, one coding rule at a time.

For each sentence: tokens with morphology (morph), actor mentions (mentions),
cue words (cues.yaml), then for each cue its actor, its complement and the
items in it (items), with the codebook's rules applied in order: polarity and
negation (rules 1-2), conditions (rule 3), anaphora (rule 4), attribution
(rule 5), spokespeople (rule 6, in mentions), plan terms and lists (section 7).
Method: rule-based pattern matching over lemmatised tokens, in the tradition
of textacy's triple extraction; no statistical model.

The sentence reader (`_SentenceReader`) reads each cue here; its rules over the
sentence as a whole live beside it as mixins: reference_reading (rule 4),
condition_reading (rule 3 and refusals), plan_reading (plan and deal terms) and
alternative_reading (what an actor turns down instead).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from ..models import Actor, Article, Item, Statement
from .actors import (
    actor_mention_for,
    agreement_partner,
    clause_initial,
    coordinated_passive,
    giver_before,
    participle_owners,
    partners_of,
    passive_agent,
    sentence_parties,
    unnamed_passive_agent,
    unnamed_subject,
    unresolved_party_subject,
)
from .alternative_reading import AlternativeReading
from .anaphora import (
    appositive_verdict,
    offer_author,
    offer_owner,
    offer_subject,
)
from .as_clauses import AsClauseReading, as_clause
from .attribution import after_reported_fact, find_attribution, find_quote, speaker_for
from .behalf import behalf_group
from .carried_subject import (
    Subject,
    carried_holder,
    oblique_parties,
    sentence_subject,
    sidelined_parties,
)
from .clause_predicates import (
    baseline_offer,
    circumstance_conditions,
    compelled_refusal,
    conceded_wish,
    criticism_of_no_plan,
    dated_signing,
    denied_clause,
    double_negation,
    dropped_claim,
    dropped_claim_object,
    evaluated_offer,
    event_purpose,
    event_threat,
    failed_attempt,
    for_whom,
    fronted_before_verb,
    hedged,
    hosted_event,
    indirect_question,
    instrumental_object,
    list_noun_after,
    negated_subject,
    no_party_subject,
    noun_is_argument,
    opens_clause,
    others_in_quote,
    others_refusal,
    own_act,
    own_event,
    past_noun_cue,
    pending_decision,
    persuader_of,
    physical_object,
    protest_refusal,
    reduced_passive,
    refusal_noun_as_subject,
    refused_comment,
    shown_by_event,
    solidarity,
    sub_body_of,
    tail_speaker,
    verb_after,
    wanted_share,
    welcomed_fact,
)
from .clauses import clause_start
from .complements import (
    colon_after,
    complement_end,
    complement_end_with_reason,
    complement_start,
    head_cue,
    in_condition,
    marker_end,
)
from .condition_reading import ConditionReading, offer_relative
from .cue_finding import find_cues
from .fronted_items import (
    must_clause_start,
    noun_phrase,
    object_before,
    predicate_subject,
    relative_antecedent,
    subject_span_before,
)
from .fronted_relatives import fronted_relative
from .granted import granting_party
from .interviews import answer_word, answered, declarative
from .item_outcomes import (
    content_tokens,
    small_clause,
)
from .items import (
    ItemContext,
    amount_member,
    as_written,
    make_item,
    must_subject,
    only_its_owner,
    rejected_quantity,
    sentence_issue,
    split_coordination,
    terms_head,
    trim,
    with_subject,
)
from .lexicon import (
    LANGS,
    Cues,
    actor_lexicon,
    closed_classes,
    confidence_of,
    cues_for,
    generic_actor_labels,
)
from .mention import NO_PARTY, ActorMemory, Mention
from .mentions import find_mentions, learn_article_case
from .morph import Token, tokenize
from .never_reading import NeverReading
from .objection_reading import ObjectionReading
from .organisation_names import learn_acronyms
from .plan_reading import PlanReading, offer_heads, terms_follow
from .polarity import (
    apply_negation,
    compose_relations,
    failed_agreement,
    is_future,
    negated_complement,
    second_infinitive,
)
from .protest_targets import ProtestTargetReading
from .quote_speakers import speakers_after_quotes
from .reason_reading import ReasonReading
from .reference_reading import ReferenceReading, manner_only
from .said_of_reading import SaidOfReading
from .sale_reading import SaleReading
from .sentence_view import DASHES, Cue, SentenceView
from .sentences import article_sentences
from .sides import side_of


@dataclass
class Context:
    """What the article has said so far: actors for pronouns, statements for anaphora."""

    memory: ActorMemory = field(default_factory=ActorMemory)
    history: list[list[Statement]] = field(default_factory=list)  # statements per sentence
    history_paragraphs: list[int] = field(default_factory=list)  # the paragraph of each
    topic: Actor | None = None
    last_plan_actor: Actor | None = None
    pending_list: tuple[Actor, str, str] | None = (
        None  # actor, relation, attribution for list lines
    )
    last_list: list[Statement] = field(default_factory=list)  # the statements of the latest list
    paragraph: int = -1
    title: str = ""  # the article's title, where an interview names its interviewee
    interviewee: list[Actor] | None = None  # found at the first dialogue line (None: not yet)
    previous_view: SentenceView | None = None  # the sentence before, where "it" finds its offer
    earlier_views: list[SentenceView] = field(default_factory=list)  # every sentence read so far
    # The one party the sentence before opened with as its subject: whose a uk/ru sentence
    # with no subject of its own ("Водночас пропонує X") is.
    previous_subject: Subject | None = None


def extract_statements(article: Article) -> list[Statement]:
    """Every statement of an article, de-duplicated on (actor, relation, item), in order."""
    lang = article.lang if article.lang in LANGS else "en"
    cues = cues_for(lang)
    context = Context(title=article.title)
    statements: list[Statement] = []
    # "«…». Так заявив X.": the quote read with its speaker named after it.
    sentences, originals = speakers_after_quotes(list(article_sentences(article)), lang, cues)
    # An interview turn that ends in a question is the interviewer's: what it reports
    # ("— Баку вимагає X. Як ви на це реагуєте?") is no quote of the interviewee.
    if lang == "en":
        learn_article_case([s.text for s in sentences], context.memory)
    last_of_paragraph = {s.paragraph: s for s in sentences}
    questions = {p for p, s in last_of_paragraph.items() if s.is_dialogue and s.text.rstrip("\"»”' ").endswith("?")}
    asked: tuple[int, str, list[Statement]] | None = None  # the last yes/no question's paragraph, text, reading
    for sentence in sentences:
        if sentence.paragraph != context.paragraph:
            context.paragraph = sentence.paragraph
            context.memory.new_paragraph()
            context.previous_subject = context.memory.previous_subject = None
        # "A: We oppose early elections.": an answer is the interviewee's quote when the
        # title names one; otherwise it is read as the text it is. An interview turn that
        # ends in a question is the interviewer's.
        dialogue = (sentence.is_dialogue and sentence.paragraph not in questions
                    or sentence.is_answer and bool(_interviewee(context, cues, lang)))
        view = _view(sentence.text, lang, cues, context, dialogue)
        if sentence.is_question or sentence.text.rstrip("\"»”' ").endswith("?"):
            # A question (an interviewer's, a headline's) asks; it states no position, but
            # a yes or a no in the answer turn may make one of it.
            found = []
            if sentence.is_dialogue or sentence.is_question:
                asked = (sentence.paragraph, sentence.text, _asked(sentence, lang, cues, article, context))
        elif _denied_report(view):
            # "Reports that Hamas dropped its demand are false": a denial of a report states
            # no position of the party the report was about (section 7).
            found = []
        else:
            found = read_sentence(view, sentence.index, sentence.is_list_item, article, context)
            if asked is not None and asked[0] != sentence.paragraph and (sentence.is_dialogue or sentence.is_answer):
                reply = answer_word(sentence.text)
                if reply is not None:
                    found = answered(asked[2], reply, f"{asked[1]} {sentence.text}", sentence.index) + found
            if asked is not None and asked[0] != sentence.paragraph:
                asked = None
        if (
            not found
            and view.attribution
            and not view.cues
            and context.history
            and context.history[-1]
        ):
            # "Про це повідомляє FT, посилаючись на..." names the source of the sentence before.
            previous = context.history[-1]
            updated = [
                s if s.attribution else replace(s, attribution=view.attribution) for s in previous
            ]
            statements[len(statements) - len(previous) :] = updated
            context.history[-1] = updated
        if sentence.index in originals:
            found = [replace(s, sentence=originals[sentence.index]) for s in found]
        context.previous_view = view
        context.earlier_views.append(view)
        carried = context.previous_subject
        context.previous_subject = sentence_subject(view, sentence.paragraph)
        if context.previous_subject is None and carried is not None and found \
                and all(s.actor.id == carried.actor.id for s in found) and not view.mentions:
            context.previous_subject = carried  # "Також вимагає X. Крім того, пропонує Y."
        context.memory.previous_subject = context.previous_subject
        context.memory.sidelined = sidelined_parties(view)
        context.memory.oblique = oblique_parties(view)
        context.history.append(found)
        context.history_paragraphs.append(sentence.paragraph)
        statements.extend(found)
        learn_acronyms(view.tokens, view.mentions, context.memory)
        # The subject is remembered last: "Макрон зустрівся з Зеленським. Він ..." is Macron.
        subject = next(
            (m for m in view.mentions if m.subject_ok and m.kind not in ("pronoun", "possessive", "sides")
             # "Prime Minister Keir Starmer": a title read as a name is not the subject, the name is
             and not (m.kind == "unknown" and any(o.start == m.end and o.actor.type == "person" for o in view.mentions))),
            None,
        )
        for mention in view.mentions:
            if mention.kind not in ("pronoun", "sides") and mention is not subject:
                context.memory.remember(mention.actor, mention.gender)
        if subject is not None:
            context.memory.remember(subject.actor, subject.gender)
    return _dedupe([s for s in statements if not _names_no_party(s.actor)])


def _unnamed_offer(view: SentenceView, cue: Cue, relation: str) -> bool:
    """A proposing or demanding verb whose own subject, right before it, is a noun that
    names no party: "Bondholders proposed", "Власники облігацій запропонували"."""
    if cue.kind != "verb" or relation not in ("proposes", "demands") or cue.start == 0:
        return False
    before = view.tokens[cue.start - 1]
    if not before.is_word or view.mention_at(cue.start - 1) is not None or view.in_quote(cue.start):
        return False
    if view.lang == "en":
        return before.low not in closed_classes().auxiliaries and before.an.pos in ("", "UNKN", "NOUN") \
            and not before.low in closed_classes().referring_words
    k = cue.start - 1
    while k > 0 and k > cue.start - 4 and view.tokens[k].an.pos in ("NOUN", "ADJF") \
            and view.tokens[k].an.cases == frozenset({"gent"}):
        k -= 1  # "Власники облігацій запропонували": the head before its genitive
    head = view.tokens[k]
    return head.an.pos == "NOUN" and "nomn" in head.an.cases and view.mention_at(k) is None


def bare_plan_noun(view: SentenceView, start: int, end: int) -> bool:
    """Whether the span is only a plan or deal noun, with an article or modifiers of its own
    ("a compromise", "новий компроміс", "свой план"): a name of an offer, not its terms."""
    lex = view.cues_lex
    words = [t for t in view.tokens[start:end] if t.is_word]
    if not words or not words[-1].keys & lex.offer_nouns:
        return False
    return all(t.an.pos in ("ADJF", "DET", "NPRO") or t.low in closed_classes().articles for t in words[:-1]) \
        and view.mention_at(words[-1].i) is None


def _company(actor_id: str) -> bool:
    """A company the lexicon knows (`company: true`)."""
    entry = actor_lexicon().entries.get(actor_id)
    return entry is not None and entry.company


def _denied_report(view: SentenceView) -> bool:
    """A sentence that opens with a noun of reports ("Reports that ...", «Повідомлення про
    те, що ...») and calls it false after its clause («... є неправдивими», "are false")."""
    cues = view.cues_lex
    words = [t for t in view.tokens if t.is_word and t.text[:1].isalpha()]  # "12:20 Повідомлення ..."
    if len(words) < 4 or not words[0].keys & cues.report_nouns:
        return False
    return any(t.keys & cues.denial_words for t in words[3:])


def _role_speaker_not(view: SentenceView, topic: Actor, memory: ActorMemory) -> bool:
    """The reporting clause's subject is a role noun no mention covers ("Компания также
    сообщила, что ...", "Компанія повідомила"): its speaker is that role's party, which is
    not the article's topic unless the article named the topic for that role."""
    roles = closed_classes().roles
    for k in sorted(view.attr_tokens):
        role = roles.get(view.tokens[k].low)
        if role and view.mention_at(k) is None:
            return memory.named_roles.get(role) is not topic
    return False


def _relative_plan_owner(view: SentenceView, verb: int) -> Actor | None:
    """The owner of an offer named right before the relative clause whose plan verb is at
    `verb` ("Першу пропозицію Мінфіну, яка передбачала X", "the offer from Egypt, which
    included X"): whose plan X is; None where no such owner stands there."""
    tokens = view.tokens
    lex = view.cues_lex
    k = verb - 1
    while k > 0 and verb - k < 4 and not (tokens[k].keys & lex.relative and tokens[k - 1].text == ","):
        k -= 1
    if k <= 0 or not (tokens[k].keys & lex.relative and tokens[k - 1].text == ","):
        return None
    for noun in range(k - 2, max(-1, k - 6), -1):
        if tokens[noun].keys & lex.offer_nouns:
            return offer_owner(view, noun)
    return None


def _names_no_party(actor: Actor) -> bool:
    """A role noun the article never tied to a named party ("management", "the union",
    "the delegation"): a reader cannot tell whose position it is (issue 12, point 5)."""
    labels = generic_actor_labels()
    return actor.type == "group" and (actor.label in labels or set(actor.label.split()) <= labels)


def _view(text: str, lang: str, cues: Cues, context: Context, dialogue: bool = False) -> SentenceView:
    tokens = tokenize(text, lang)
    mentions = find_mentions(tokens, cues, context.memory, lang)
    view = SentenceView(text=text, lang=lang, cues_lex=cues, tokens=tokens, mentions=mentions)
    find_attribution(view)
    find_quote(view)
    if view.tail_range is not None and view.quote_speaker is None:
        # "..." - наголосив глава держави: an epithet the lexicon lacks names the person just
        # quoted, of the gender of the tail's verb ("пояснила речниця" is no man named before).
        genders = {t.an.gender for t in tokens[view.tail_range[0] : view.tail_range[1]] if t.an.pos == "VERB"}
        wanted = [g for g in ("masc", "femn") if g in genders] or ["masc", "femn"]
        last = next(
            (found for g in wanted if (found := context.memory.last(g, persons_only=True))), None
        )
        tail = tokens[view.tail_range[0] : view.tail_range[1]]
        if any(t.keys & cues.party_heads or t.keys & cues.anonymity_words for t in tail):
            # "— сказав представник групи", "said a person who asked not to be named": a
            # body's or an unnamed source, never the person the article named before (rule 5).
            last = None
        if last is not None:
            view.quote_speaker = Mention(
                view.tail_range[0], view.tail_range[0], last[0], "pronoun", last[1]
            )
    if dialogue and view.quote_range is None:
        # "— Так, ми готові …": an interview's answer is a quote of the interviewee, the
        # party the title names (else the last person named).
        last = context.memory.last("masc", persons_only=True) or context.memory.last("femn", persons_only=True)
        named = _interviewee(context, cues, lang)
        speaker = named[0] if named else (last[0] if last else None)
        if speaker is not None:
            # No quote marks: the range is exclusive, so the turn's first word, often its
            # subject ("— Правительство Колумбии исключило …"), is inside it too.
            view.quote_range = (-1, len(tokens))
            view.quote_speaker = Mention(0, 0, speaker, "pronoun", "")
    view.cues = find_cues(view)
    return view


def _asked(sentence, lang: str, cues: Cues, article: Article, context: Context) -> list[Statement]:
    """What a yes/no question of an interview asks about the interviewee's side, read as a
    statement ("Чи погодиться Єреван X?" -> Armenia accepts X), or nothing when it asks
    about a third party (its answer would be a forecast) or no interviewee is known."""
    sides = {side_of(actor).id for actor in _interviewee(context, cues, lang)}
    if not sides:
        return []
    text = declarative(sentence.text.lstrip("—–- "), lang, cues)
    if not text:
        return []
    view = _view(text, lang, cues, context)
    found = read_sentence(view, sentence.index, False, article, context)
    return [s for s in found if side_of(s.actor).id in sides]


def _interviewee(context: Context, cues: Cues, lang: str) -> list[Actor]:
    """The parties an interview's title names, a person first: read once, at the article's
    first dialogue line (most articles have none and never pay for it)."""
    if context.interviewee is None:
        named = [m.actor for m in find_mentions(tokenize(context.title, lang), cues, ActorMemory(), lang)
                 if m.actor.type in ("person", "state", "organisation")] if context.title else []
        context.interviewee = sorted(named, key=lambda a: a.type != "person")
    return context.interviewee


def _analysts_view(view: SentenceView) -> bool:
    """The sentence's speaker is an analyst or an expert: in the speaker tail, or just
    before the subject ("Analyst Hanna Berg said …", "— считает аналитик …")."""
    analysts = view.cues_lex.analyst_words
    if view.tail_range is not None and any(
        t.keys & analysts for t in view.tokens[view.tail_range[0] : view.tail_range[1]]
    ):
        return True
    tokens = view.tokens
    first_person = next((m for m in view.mentions if m.actor.type == "person"), None)
    if first_person is not None and any(
        t.keys & analysts for t in tokens[max(0, first_person.start - 3) : first_person.end]
    ):
        return True
    # "Как считает аналитик X, Каракас …" and «…», — считает аналитик X: an analyst with a
    # verb of opinion frames the sentence, whether or not the analyst's name is known.
    # "На думку аналітика, …", "According to analysts, …": an opinion noun frames it too.
    opinion = view.cues_lex.opinion_verbs | view.cues_lex.opinion_nouns
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), len(tokens))
    dash = max((k for k, t in enumerate(tokens) if t.text in DASHES and k > 0 and tokens[k - 1].text in (",", "»", "\"", "”")), default=None)
    for frame in (tokens[:comma], tokens[dash:] if dash is not None else []):
        if any(t.keys & analysts for t in frame) and any(t.keys & opinion for t in frame):
            return True
    # "Analysts say Ghana could …", "Експерти кажуть, що …": analysts as the subject of saying.
    speech = view.cues_lex.speech_verbs
    lead = next((k for k, t in enumerate(tokens[:4]) if t.keys & analysts), None)
    if lead is None:
        return False
    # "An analyst at the Crisis Group said ...": the analyst's affiliation before the verb.
    window = tokens[lead + 1 : lead + 8]
    stop = next((k for k, t in enumerate(window) if t.text in (",", ";", ":") or view.cue_at(lead + 1 + k)), len(window))
    return any(t.keys & (speech | opinion) for t in window[:stop])


def _dedupe(statements: list[Statement]) -> list[Statement]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for statement in statements:
        key = (statement.actor.id, statement.relation, statement.item.id)
        if key not in seen:
            seen.add(key)
            out.append(statement)
    return out


def read_sentence(
    view: SentenceView, index: int, is_list_item: bool, article: Article, context: Context
) -> list[Statement]:
    """The statements of one sentence."""
    reader = _SentenceReader(view, index, article, context)
    if is_list_item and context.pending_list:
        if not context.history or not any(s in context.last_list for s in context.history[-1]):
            context.last_list = []
        return reader.list_line()
    if not is_list_item:
        context.pending_list = None
    if _analysts_view(view):
        return []  # "…, вважає аналітик X", "an analyst at Y said": an assessment (rule 7)
    split = fronted_relative(view)
    if split is not None:
        # "X, якого вимагала A, в B відкинули": A's demand and B's refusal, each of X.
        found = []
        for text in split:
            part = _view(text, view.lang, view.cues_lex, context,
                         dialogue=view.quote_range is not None and view.quote_range[0] == -1)
            found += [replace(s, sentence=view.text) for s in read_sentence(part, index, False, article, context)]
        return _dedupe(found)
    reader.plan_sentence()
    reader.verbless_terms()
    reader.hold_appositive_verdicts()
    reader.hold_lack_reasons()
    for cue in view.cues:
        reader.read_cue(cue)
    reader.lack_demands()
    reader.conditional_offers()
    reader.deal_or_not()
    reader.appositive_verdicts()
    reader.refusals()
    reader.no_talks_until()
    reader.emphatic_absences()
    reader.instead_rule()
    reader.overridden_objections()
    reader.said_of_refusals()
    reader.fronted_alternative()
    reader.no_alternative()
    reader.not_for_sale()
    reader.kept_ownership()
    reader.as_clauses()
    reader.protest_targets()
    reader.without_conditions()
    found = reader.statements
    if found:
        context.topic = found[-1].actor
    return found


# A cue for which one of these holds states no position, and its complement is not read
# (rule 7): "unclear whether Hungary will lift its veto", "чи погодиться" (a question);
# "has not yet approved X" (a decision pending); "supports the victims" (solidarity with
# people); "відмовилася від претензій на X" (a claim given up); "slammed the minister"
# (criticism of no plan); "It is not true that X rejects Y"; "не може не погодитися";
# "welcomed the publication of the report" (a document or an event welcomed); "the strike
# threatens the plants with losses" (an event's consequence); "got everything it wanted" (an
# assessment of the outcome); "a process aimed to restart the talks" (an event's purpose).
_STATES_NOTHING = (
    indirect_question, pending_decision, solidarity, dropped_claim_object, criticism_of_no_plan,
    denied_clause, double_negation, refusal_noun_as_subject, welcomed_fact, event_threat,
    wanted_share, event_purpose, circumstance_conditions, evaluated_offer, baseline_offer, protest_refusal,
    no_party_subject, shown_by_event,
)
# Read after the object negation turns the cue: "dropped its demand for X", "Від вимоги
# про X він відмовився" (a demand given up), "declined to assess the offer" (no comment),
# "підписав указ про вихід" (an act of one's own), "спроби домовитися ... не вдалися" (an
# attempt that failed), "we wanted more, but this is a fair deal" (a wish conceded), "D66
# довелося б відмовитися від X" (a renunciation imposed by another's plan): none a position
# the subject holds (rule 7).
_HOLDS_NOTHING = (
    dropped_claim, refused_comment, own_act, own_event, dated_signing, failed_attempt, conceded_wish, compelled_refusal,
)


_AMOUNT_SIGNS = frozenset("%$€£₴₽¥")  # a sum or a share of pay, not a count of anything


class _SentenceReader(ReferenceReading, ConditionReading, PlanReading, AlternativeReading, ObjectionReading,
                     SaidOfReading, ReasonReading, NeverReading, AsClauseReading,
                     ProtestTargetReading, SaleReading):
    """Applies the coding rules to the cues of one sentence."""

    def __init__(self, view: SentenceView, index: int, article: Article, context: Context):
        self.view = view
        self.index = index
        self.article = article
        self.context = context
        self.statements: list[Statement] = []
        self.consumed: set[int] = set()  # token indices inside items already read
        self.subject_mention: Mention | None = None
        self.threat_trigger = False  # the cue being read threatens, on a trigger that holds a position
        self.reciprocal_other: Actor | None = None  # "if the US does the same": whom the offer is asked of
        # Offers named by their owner alone ("Egypt's offer"): their owner proposes no terms here.
        self.offers_named_alone: set[str] = set()
        # "…, an idea Saudi Arabia has opposed": position of the comma -> (party, its cue).
        self.appositions: dict[int, tuple[Mention, Cue]] = {
            k: found for k in range(len(view.tokens)) if (found := appositive_verdict(view, k)) is not None
        }
        self.item_context = ItemContext(
            sentence=view.text,
            lang=view.lang,
            tokens=view.tokens,
            cues=view.cues_lex,
            find_parties=lambda: sentence_parties(view),
            mention_tokens=frozenset(k for m in view.mentions for k in range(m.start, m.end)),
            company_tokens=frozenset(k for m in view.mentions if _company(m.actor.id)
                                     for k in range(m.start, m.end)),
        )

    # -- statements -------------------------------------------------------------------

    def agreement_act(self, item: Item) -> Item:
        """ "block ratification", "ратифікацію угоди": an act on an agreement with no other
        object is about the agreement the article named last; it shares that one's issue."""
        view = self.view
        lex = view.cues_lex
        closed = closed_classes()
        words = [t for t in view.tokens_of(item.text) if t.is_word
                 and t.low not in closed.determiners | closed.prepositions and not t.keys & lex.stop_heads]
        if not words or not words[0].keys & lex.agreement_acts or any(
                not t.keys & (lex.agreement_nouns | lex.plan_nouns) for t in words[1:]):
            return item
        agreements = cues_for("en").agreement_nouns
        earlier = [s for sentence in self.context.history for s in sentence] + self.statements
        for statement in reversed(earlier):
            named = statement.item
            if named.known and named.issue != "other" and set(named.label.lower().split()) & agreements:
                return replace(item, issue=named.issue)
        # No agreement named by a lexicon item: the agreement the article is about, whose
        # issue is the one its positions so far are most often on.
        issues = Counter(s.item.issue for s in earlier if s.item.issue != "other")
        return replace(item, issue=issues.most_common(1)[0][0]) if issues else item

    def sentence_context(self, item: Item) -> Item:
        """An item that names a deal, a plan or an amount and no issue ("endorsed the pact",
        "саудовский вариант", "a 45% rise") is on the issue its sentence's other words are
        about ("... the palm oil growers endorsed the pact"); anything else keeps "other"."""
        view = self.view
        words = [t for t in view.tokens_of(item.text) if t.is_word]
        if not words:
            return item
        lex = view.cues_lex
        if not any(t.keys & (lex.agreement_nouns | lex.offer_nouns) for t in words) \
                and not any(c.isdigit() for c in item.text):
            return item
        left_out = self.item_context.mention_tokens | frozenset(view.attr_tokens)
        issue = sentence_issue(view.tokens, left_out)
        if issue == "other" and (any(c in _AMOUNT_SIGNS for c in item.text) or any(t.keys & lex.amount_words for t in words)):
            # "The city has put forward 4% for two years": an amount in a sentence of no
            # issue is on the issue of the article's dispute (a pay rise in a pay dispute).
            issue = self.article_issue()
        return replace(item, issue=issue)

    def emit(
        self,
        actor: Actor,
        relation: str,
        item: Item,
        basis: str,
        conditional_on: tuple[str, ...] = (),
    ) -> Statement:
        """Record one statement; `basis` names the rule that read it, and its confidence
        is the share of such lines that read true (lexicons/confidence.yaml)."""
        if item.positive is not None and relation in ("demands", "proposes"):
            # "demands that Washington scrap the duties" rejects the duties (rule 1).
            relation, item = "rejects", item.positive
        if relation == "rejects":
            item = rejected_quantity(item, self.view.lang)
        if item.issue == "other" and not item.known:
            item = self.agreement_act(item)
        if item.issue == "other" and not item.known:
            item = self.sentence_context(item)
        statement = Statement(
            article=self.article.id,
            actor=actor,
            relation=relation,
            item=item,
            sentence=self.view.text,
            attribution=self.view.attribution,
            conditional_on=conditional_on,
            confidence=confidence_of(basis, item.known),
            basis=basis,
            sentence_index=self.index,
            lang=self.view.lang,
        )
        self.statements.append(statement)
        return statement

    def items_from(self, start: int, end: int, list_item: bool = False, skip: frozenset[int] = frozenset(),
                   in_attribution: bool = False, cut_skipped: bool = False,
                   opener: Token | None = None) -> list[Item]:
        """The items of tokens [start, end); `in_attribution`: the span is inside the speaker's
        tail and its words are read («"No," Tsipras said of X»); `cut_skipped`: the skipped
        words, one run, are no part of the items' own text either ("обсудить [не только X,
        но и] Y"); `opener`: the word that governs the span, when it is not the word before
        it ("у діалогу немає альтернативи": the "у" only places the object)."""
        view = self.view
        while start < end and start in view.attr_tokens and not in_attribution:
            start += 1  # "пише Politico з посиланням на дипломатів: X" -> X
        if start < end and view.tokens[start].text == ":":
            start += 1
        colon = next((k for k in range(start, min(start + 5, end)) if view.tokens[k].text == ":"), None)
        if colon is not None and colon + 1 < end and colon > start and terms_follow(view, colon):
            start = colon + 1  # "запропонувала компроміс: A і B", "floated a bargain: A for B": the terms
        elif colon == start + 1 and colon + 1 < end and view.mention_at(start) is None:
            start = colon + 1  # "the condition is simple: X": one word that grades what the colon opens
        apposition = next((k for k in sorted(self.appositions) if start <= k < end), None)
        if apposition is not None:
            # "…a global levy, an idea Saudi Arabia has opposed": the item ends at the apposition.
            self.consumed.update(range(apposition, end))
            end = apposition
        tokens = [t for t in view.tokens[start:end] if (in_attribution or t.i not in view.attr_tokens) and t.i not in skip]
        owner = view.mention_at(start)
        if owner is not None and owner.end < end and view.tokens[owner.end].keys & view.cues_lex.stop_heads \
                and view.tokens[owner.end].an.pos == "PREP":
            # "предложение правительства о повышении": the proposal's owner, then what it is.
            tokens = [t for t in tokens if t.i > owner.end]
        items = []
        previous: list = []
        context = self.item_context
        antecedent = self.earlier_item_words(start) if view.lang == "en" and start < len(view.tokens) else ""
        if antecedent:
            context = replace(context, antecedent=antecedent)
        for n, piece in enumerate(split_coordination(tokens, self.view.cues_lex, list_item)):
            trimmed = trim(piece, self.view.cues_lex)
            lead = piece[: piece.index(trimmed[0])] if trimmed else []
            if not lead and n == 0 and opener is not None:
                lead = [opener]
            genitive_after = n > 0 and bool(trimmed) and trimmed[0].an.case == "gent"
            item = make_item(replace(context, nominative=False) if genitive_after else context, trimmed, lead)
            if item is not None and not item.known and trimmed:
                item = self.owner_named(item, trimmed[0], previous)
            if item is None and items and n > 0:
                item = amount_member(piece, items[-1], view.text)  # "… now and 2% next year"
            if item is not None:
                items.append(item)
            previous = trimmed
        issues = {item.issue for item in items if item.issue != "other"}
        if len(issues) == 1:
            # "give up enrichment or move it abroad": coordinated items share their issue.
            shared = issues.pop()
            items = [
                replace(item, issue=shared) if item.issue == "other" and not item.known else item
                for item in items
            ]
        for k in range(start, end):
            self.consumed.add(k)
        if cut_skipped and skip:
            tokens = view.tokens
            gap = view.text[tokens[min(skip)].start : tokens[max(skip)].end]
            items = [replace(item, text=" ".join(part.strip() for part in item.text.split(gap, 1)))
                     if gap in item.text else item for item in items]
        return items


    def earlier_item_words(self, start: int) -> str:
        """en: the words, in this sentence before `start`, of the latest item it stated
        ("the 5% target"), for an "it" in a later item; "" when there is none."""
        view = self.view
        at = view.tokens[start].start
        for statement in reversed(self.statements):
            if statement.sentence_index != self.index:
                break
            text = statement.item.text
            found = view.text.rfind(text, 0, at) if text else -1
            if found < 0 or " it " in f" {text} ":
                continue
            before = view.text[max(0, found - 4) : found].lower()
            return ("the " if before.endswith("the ") else "") + text
        return ""

    def owner_named(self, item: Item, first, previous: list) -> Item:
        """en: "if Hamas disarms and its leaders leave Gaza": a possessive opening the second
        of two coordinated clauses is the first clause's subject, which the label names
        ("Hamas's leaders leave Gaza"); read alone, "its" would be the actor's own."""
        view = self.view
        if view.lang != "en" or view.cues_lex.possessives.get(first.low) not in ("neut", "plur") or first.low == "our":
            return item
        owner = view.mention_at(previous[0].i) if previous else None
        if owner is None or owner.start != previous[0].i or owner.kind in ("pronoun", "possessive") \
                or not item.label.startswith(first.text):
            return item
        name = view.text[view.tokens[owner.start].start : view.tokens[owner.end - 1].end]
        return replace(item, label=name + "'s" + item.label[len(first.text) :])

    # -- rules ------------------------------------------------------------------------

    def skip_complement(self, cue: Cue) -> None:
        """The cue states no position: neither it nor its complement is read again."""
        self.consumed.update(range(cue.start, complement_end(self.view, cue.end)))

    def read_cue(self, cue: Cue) -> None:
        view = self.view
        if (
            cue.start in self.consumed
            or view.in_attribution(cue.start)
            or view.in_tail(cue.start)
            or in_condition(view, cue.start)
        ):
            return
        if any(t.keys & view.cues_lex.denial_verbs for t in view.tokens[: cue.start]):
            return  # "SkyNord denied that it planned to ...": a claim denied, not a position
        if as_clause(view, cue) is not None:
            return  # ", as the union had demanded": its item is the main clause's (as_clauses.py)
        if cue.kind == "noun" and cue.start > 0 and view.tokens[cue.start - 1].low in closed_classes().without_words:
            return  # "без согласия России", "without Kyiv's consent": no one's position
        lex = view.cues_lex
        if lex.plan_markers.longest_at(view.tokens, cue.start):
            return  # "Согласно плану": the plan's marker, not an agreement
        if hedged(view.tokens[max(0, cue.start - 6) : cue.start] + verb_after(view, cue.end), lex):
            # "is unlikely to drop its demand", "нібито запропонувало", "failed to agree",
            # "отказался комментировать": a forecast, an allegation, a failure or no comment,
            # not a position (rule 7, section 7).
            self.skip_complement(cue)
            return
        if any(states_nothing(view, cue) for states_nothing in _STATES_NOTHING):
            self.skip_complement(cue)
            return
        refusal = others_refusal(view, cue)
        if refusal is not None:
            if refusal.start < 0:  # "ready to accept a refusal of talks by Iran": read by no cue
                self.consumed.update(range(cue.start, complement_end(view, refusal.end)))
            return  # "ready to accept Iran's refusal of talks": the refusal noun reads Iran's
        persuader = persuader_of(view, cue)
        if persuader is not False:
            # "trying to get Greece to agree to X": the persuader's demand of X (section 7).
            if persuader is None or cue.negated:
                self.skip_complement(cue)
            else:
                self.read_cue_as(cue, "demands", self.spoken_for(persuader, persuader.actor), None)
                self.subject_mention = None
            return
        granter = granting_party(view, cue)
        if granter is not False:
            # "получили от дирекции согласие на X": the consent is the management's; with no
            # party named, it is no one's that a reader could tell (the receiver's it is not).
            if granter is None or cue.negated:
                self.skip_complement(cue)
            else:
                if granter.start >= cue.end:
                    cue = replace(cue, end=granter.end)  # "отказ от министерства в X": the item is X
                self.read_cue_as(cue, cue.relation, self.spoken_for(granter, granter.actor), None)
                self.subject_mention = None
            return
        if cue.end < len(view.tokens) and view.tokens[cue.end].low in lex.object_negation \
                or negated_subject(view, cue):
            # "will accept neither X nor Y", "Neither Israel nor Hamas accepted X"
            cue = replace(cue, negated=not cue.negated)  # "will accept neither X nor Y" rejects both
        if cue.kind == "noun" and any(t.keys & lex.fulfil_verbs for t in view.tokens[max(0, cue.start - 3) : cue.start]):
            return  # "виконала всі умови для X": compliance with a condition, not a position
        if any(holds_nothing(view, cue) for holds_nothing in _HOLDS_NOTHING):
            self.skip_complement(cue)
            return
        if failed_agreement(view.tokens, cue, lex, reciprocal=False):
            # "так и не согласовали объём добычи", "не змогли домовитися": a failure to agree
            # is an event (section 7).
            self.skip_complement(cue)
            return
        if list_noun_after(view, cue) is not None:
            return  # "представила керівництву вимоги: A, B": the list noun reads the list
        if reduced_passive(view, cue):
            return  # "voluntary but backed by public funding", "Peru, backed by Chile,": a participle
        if after_reported_fact(view, cue):
            self.skip_complement(cue)
            return
        if hosted_event(view, cue):
            return  # "Туреччина прийняла переговори": the venue, no position (section 7)
        if physical_object(view, cue):
            # "pickets blocked the entrance", "перекрили дорогу": an event, not a refusal (rule 7).
            self.skip_complement(cue)
            return
        relation = apply_negation(cue)
        inherited = self.relative_plan_relation(cue)
        if inherited is not None:
            relation = inherited  # "rejected the package, which offered X": X is rejected (rule 4)
        if relation is None:
            # "did not demand X" is no statement (rule 2); its complement is not read either.
            self.skip_complement(cue)
            return
        agent = passive_agent(view, cue)
        if agent is None and unnamed_passive_agent(view, cue):
            return  # "Protesters were rejected by police": no party's position
        actor = agent.actor if agent is not None else self.actor_for(cue)
        if actor is None:
            if _unnamed_offer(view, cue, relation):
                # "Bondholders proposed a haircut, but the government rejected it": an offer of
                # no known party is still what "it" refers to; its lines are read for anaphora
                # and dropped with the other lines that name no party.
                self.read_cue_as(cue, relation, NO_PARTY, None)
            return
        if others_in_quote(view, cue, actor):
            return  # "'They are ignoring our offer,' the minister wrote": no refusal of his
        if _own_addressee(view, cue, actor):
            # "..., and called on the city to come to the table": whom a party calls on is
            # another party; the caller was read wrongly, so the call is no one's here.
            self.skip_complement(cue)
            return
        actor = self.spoken_for(agent or self.subject_mention, actor)
        speaker = agent or self.subject_mention
        if speaker is None and view.quote_speaker is not None and view.quote_speaker.actor.id == actor.id:
            speaker = view.quote_speaker
        group = behalf_group(view, speaker, cue.start)
        if group is None:
            return  # the speaker of a group no party knows holds nothing himself (rule 6)
        if group is not False:
            # "виступав від імені Африканської групи": the group's position, not the envoy's.
            self.read_cue_as(cue, relation, group, agent)
            self.subject_mention = None
            return
        # "США і Франція передали проєкт": coordinated subjects hold the position together;
        # "the two sides agreed", "agreed with Peru to": so do both parties of an agreement.
        partners = partners_of(view, agent or self.subject_mention)  # "rejected by India and China"
        with_partner = agreement_partner(view, cue, self.subject_mention) if agent is None else None
        if with_partner is not None and with_partner.actor.id != actor.id:
            partners.append(with_partner.actor)
        if (partners or with_partner is not None) and failed_agreement(view.tokens, cue, lex, reciprocal=True):
            # "Chile and Peru did not agree", "Chile could not agree with Peru on X": no deal
            # between them, which is an event, not a refusal by either (section 7).
            self.skip_complement(cue)
            self.subject_mention = None
            return
        before = len(self.statements)
        self.context.topic = actor
        self.read_cue_as(cue, relation, actor, agent)
        for partner in partners:
            for statement in self.statements[before:]:
                if statement.actor.id == actor.id:
                    self.emit(
                        partner,
                        statement.relation,
                        statement.item,
                        statement.basis,
                        statement.conditional_on,
                    )
        self.subject_mention = None


    def read_cue_as(self, cue: Cue, relation: str, actor: Actor, agent) -> None:
        view = self.view
        if view.tokens[-1].text == ":" and cue.kind in ("noun", "verb", "phrase", "plan"):
            # "Its demands were:" — the items follow as list lines (section 7).
            self.context.pending_list = (actor, relation, view.attribution)
            self.consumed.update(range(cue.start, len(view.tokens)))
            return
        if agent is not None:
            # "accepted by Hamas but rejected by Israel": the second participle shares the subject.
            start, end = subject_span_before(view, coordinated_passive(view, cue) or cue)
            start = past_noun_cue(view, start, end)
            self.finish(cue, relation, actor, start, end, "end", cue.kind)
            return
        antecedent = relative_antecedent(view, cue, actor) if cue.kind in ("naming", "verb", "phrase") else None
        if antecedent is not None:
            # "the wealth tax, which the party called unacceptable": the pronoun's noun is the item.
            self.finish(cue, relation, actor, antecedent[0], antecedent[1], "end", "verb")
            self.consumed.update(range(cue.start, max(cue.end, cue.object_end)))
            return
        if cue.kind == "naming":
            end = cue.object_end
            while end > cue.end and view.tokens[end - 1].low in (
                "as",
                "як",
                "как",
                "a",
                "an",
                "it",
                "її",
                "їх",
                "их",
                "его",
            ):
                end -= 1
            start = cue.end
            pronoun = next(
                (
                    k
                    for k in range(cue.end, cue.object_end)
                    if view.tokens[k].low in closed_classes().object_pronouns
                ),
                None,
            )
            after = cue.object_end + 1
            if (
                cue.object_end == cue.end
                and after < len(view.tokens)
                and view.tokens[after].is_word
                and content_tokens(view.tokens[after:complement_end(view, after)])
            ):
                # "назвав неприйнятним розміщення миротворців", "назвал неприемлемым X": the
                # predicate stands right after the verb and the item follows it.
                self.finish(cue, relation, actor, after, complement_end(view, after), "end", "verb")
                self.consumed.update(range(cue.start, complement_end(view, after)))
                return
            if not content_tokens(view.tokens[start:end]) and pronoun is not None:
                start, end = (
                    pronoun,
                    pronoun + 1,
                )  # "called it a capitulation": the referent is earlier
            elif not content_tokens(view.tokens[start:end]) and self.subject_mention is not None:
                start, end = 0, self.subject_mention.start  # "Эти требования в Кремле назвали ..."
                # "на" has never been stripped here; whether it should be is a behaviour question.
                prepositions = closed_classes().locative_prepositions - {"на"}
                while end > start and view.tokens[end - 1].low in prepositions:
                    end -= 1
            self.finish(cue, relation, actor, start, end, "end", "verb")
            self.consumed.update(range(cue.start, complement_end(view, cue.object_end)))
            return
        if cue.kind == "possible":
            # "Zelensky said a ceasefire is possible only if Russia withdraws" (rule 3).
            start, end = subject_span_before(view, cue)
            conditions = self.conditions(cue.end, "condition", actor, cue, relation)
            if conditions:
                for item in self.items_from(start, end):
                    self.emit(actor, relation, item, "possible", tuple(c.id for c in conditions))
            self.consumed.update(range(cue.start, complement_end(view, marker_end(view, cue.end))))
            return
        if cue.kind == "gap":
            self.finish_gap(cue, relation, actor)
            return
        start = complement_start(view, cue)
        if view.tokens[cue.start].keys & view.cues_lex.instrumental_demands:
            condition = instrumental_object(view, start)  # "обусловила X запретом Y": Y is demanded
            if condition is None:
                self.skip_complement(cue)
                return
            start = condition
        whole_clause = must_clause_start(view, cue, start) if cue.kind == "must" else None
        if whole_clause is not None:
            start = whole_clause  # "the levy must be scrapped": the item is the whole clause
        subject = self.subject_mention
        if (
            subject is not None
            and subject.start == start + 1
            and view.lang != "en"
            and view.tokens[start].low in closed_classes().locative_prepositions
            and not subject.subject_ok
        ):
            start += 1  # "Предложение отвергли в Кремле": the place speaks after its verb
        if subject is not None and subject.start == start and view.lang != "en" and cue.kind in ("verb", "phrase"):
            start = subject.end  # "Пропозицію про X відхилила Японія": the subject after its verb
            while (
                start + 1 < len(view.tokens)
                and view.tokens[start].low in closed_classes().and_words
                and (partner := view.mention_at(start + 1)) is not None
                and partner.start == start + 1
            ):
                start = partner.end  # "… отвергли Индия и Китай": the partners are subjects too
        # "відхилила запропонований США і Саудівською Аравією проєкт": the proposers are named
        # inside the object; they get the proposal, and the object starts after them.
        proposers, start = participle_owners(view, start)
        # A cue at the head of the complement chains: "мета - запобігти X" is rejects X (rule 1).
        inner = head_cue(view, start, cue)
        if cue.kind == "noun" and inner is not None and noun_is_argument(view, inner):
            # "Ghana's proposal was rejected by Benin", "Пропозицію Гани відхилив Бенін": the
            # noun is the verb's argument, and the verb, read with its own subject, states
            # the position; the noun adds nothing here (rule 4 finds what Ghana proposed).
            return
        if inner is not None and inner.kind == "noun" and inner.relation == "rejects" and relation in ("proposes", "demands", "rejects"):
            inner = None  # "запропонував відмову від ударів": the renunciation is what is proposed
        if inner is not None and inner.kind in ("verb", "phrase") and inner.relation == "rejects" \
                and relation in ("proposes", "demands") and (inner.negated or any(
                    t.low in view.cues_lex.negation for t in view.tokens[cue.end : inner.start])
                    and view.tokens[inner.start].low not in view.cues_lex.negation):
            # ("пообещал никогда не соглашаться": the "never" agrees with the refusal's own "не")
            # "urged Hungary not to block the sanctions": the act asked to be left undone is
            # the blocking, rejected with its own words, not the sanctions (rule 1, rule 2).
            inner = None
        if inner is not None and inner.kind == "verb" and inner.relation == "accepts" and relation != "accepts" \
                and _small_clause_after(view, inner.end):
            # "вимагає визнати Крим російським", "требует признать Крым частью России": the
            # object and its predicate name no outcome without the verb, which stays in the item.
            inner = None
        kind = cue.kind
        inner_actor = None
        if inner is not None:
            if inner.kind == "noun":
                # "погодилася на пропозицію США про X": the US proposes X as well.
                owner = actor_mention_for(view, inner)
                if (
                    owner is not None
                    and owner.actor.id != actor.id
                    and (
                        owner.start >= inner.end
                        or owner.end >= inner.start - 1
                        and owner.start >= cue.end
                    )
                ):
                    inner_actor = (owner.actor, inner.relation)
            relation = compose_relations(relation, apply_negation(inner) or inner.relation)
            if inner.kind == "gap" and relation is not None:
                # "вимагає зняти X з порядку денного": the item is the inner phrase's gap.
                self.consumed.update(range(cue.start, inner.start))
                self.finish_gap(inner, relation, actor)
                return
            start = complement_start(view, inner)
            # "rejected the proposal and demanded X": a noun that names no content here
            # leaves the rest of the sentence, with its own cues, unread.
            self.consumed.update(range(cue.start, start if start < len(view.tokens) else inner.end))
            cue = inner
            kind = inner.kind
        end, stop = complement_end_with_reason(view, start, cue)
        if stop == "colon" and end + 1 < len(view.tokens) and end > start and terms_follow(view, end) \
                and relation == "proposes":
            # "floated a broader bargain: A in exchange for B": the terms after the colon.
            start = end + 1
            end, stop = complement_end_with_reason(view, start, cue)
        if inner is not None and inner.kind == "noun" and stop == "predicate" and 0 < start < end \
                and view.tokens[start - 1].text == ":" and view.tokens[start].text[:1].isdigit():
            # "одобрил план: 122 депутата проголосовали за": a vote count, not the plan's terms;
            # the plan noun alone would point back to some other proposal, so nothing is read.
            self.consumed.update(range(cue.start, complement_end(view, end)))
            return
        if inner is not None and inner.kind == "noun" and start < end \
                and only_its_owner(view.tokens[inner.start : end], view.cues_lex):
            start = inner.start  # "приняли проект посредников": the mediators' draft, not mediation
        elif inner is not None and inner.kind == "noun" and start < end and start == inner.end \
                and self.plan_of_genitive(inner, start):
            start = inner.start  # "приняла проект договора": the draft treaty, not "договора"
        elif inner is not None and inner.kind == "noun" and inner.start < start <= inner.end + 1 < end \
                and terms_head(view.tokens, inner.end - 1):
            start = inner.end - 1  # "відкинула умови відновлення переговорів": the terms, not the talks
        if inner is not None and inner.kind == "noun" and manner_only(view, start, end):
            end = start  # "отверг это предложение одной фразой: «…»": how, not what
        after = None
        if cue.kind in ("noun", "adj") and relation == "demands":
            subject = predicate_subject(view, cue)
            if subject is not None:
                start, end = subject  # "X остается обязательным условием Y": the demand is X
        if relation is None:
            return
        if relation == "proposes":
            self.context.last_plan_actor = actor
            if stop == "colon" and end + 1 < len(view.tokens) and view.cues_lex.plan_markers.longest_at(view.tokens, end + 1) \
                    and bare_plan_noun(view, start, end):
                # "запропонував компроміс: згідно з його планом, A, а B": the terms after the
                # marker are the proposal; the bare noun alone names no outcome (rule 9).
                self.consumed.update(range(cue.start, end))
                return
        if stop == "list" and not content_tokens(view.tokens[start:end]):
            self.context.pending_list = (actor, relation, view.attribution)
            return
        if (
            cue.kind == "adj"
            and cue.relation == "rejects"
            and (
                not content_tokens(view.tokens[start:end])
                or view.tokens[start].low in closed_classes().for_whom
                or _for_whom_at(view, start)
                or opens_clause(view, start)
            )
        ):
            # "X is unacceptable": the item stands before the adjective; "a red line for the
            # resistance", "неприйнятне для Києва" names for whom, not what. A condition
            # after the adjective ("… не може бути й мови, поки ціни не відновляться") is
            # read from where the adjective ends, not from the item's end.
            after = end
            start, end = subject_span_before(view, cue)
            holder = view.mention_at(start + 1) if start + 1 < end else None
            if view.tokens[start].low in closed_classes().for_whom and holder is not None and holder.start == start + 1:
                start = holder.end  # "Для Києва визнання X — червона лінія": the item is X
            inside = next((k for k in range(start + 1, end - 1) if view.tokens[k].low in closed_classes().for_whom
                           and (h := view.mention_at(k + 1)) is not None and h.start == k + 1 and h.end == end), None)
            if inside is not None:
                end = inside  # "Жорсткий кордон для Ірландії неприйнятний": for whom, not what
        elif (
            inner is not None
            and inner.kind == "noun"
            and not content_tokens(view.tokens[start:end])
        ):
            pass
        elif (
            not content_tokens(view.tokens[start:end])
            and cue.kind in (("verb", "phrase") if view.lang == "en" else ("verb", "phrase", "adj", "goal"))
        ):
            # Object before the verb: "профспілка такий графік відкидає", "These terms we
            # will never accept".
            before = object_before(view, cue, actor)
            if before is not None:
                start, end = before
                start = past_noun_cue(view, start, end)
            elif cue.kind == "phrase":
                # "на це не пішли", "на это не пошли": the phrase holds its own referring object.
                pronoun = next(
                    (k for k in range(cue.start, cue.end) if view.tokens[k].low in closed_classes().referring_words),
                    None,
                )
                if pronoun is not None:
                    start, end = pronoun, pronoun + 1
        if (
            inner is not None
            and inner.kind == "noun"
            and not content_tokens(view.tokens[start:end])
        ):
            # "rejected the offer" refers back; "підтримує американо-французький проект" names a plan.
            start, end = noun_phrase(view, inner)
            while start > 0 and view.tokens[start - 1].low in (
                "the",
                "this",
                "that",
                "these",
                "those",
                "its",
                "their",
            ):
                start -= 1
        elif (
            inner is not None
            and not content_tokens(view.tokens[start:end])
            and inner.kind != "noun"
        ):
            # "закликав Москву відповісти згодою": agree to what was just proposed.
            start, end = inner.start, inner.start
            self.finish_referents(cue, relation, actor)
            return
        before = len(self.statements)
        # "референдум має відбутися до виборів": what must happen is the subject's, not a bare verb.
        subject = must_subject(view, cue, start) if cue.kind == "must" and whole_clause is None else None
        self.finish(cue, relation, actor, start, end, stop, kind, after)
        if subject is not None:
            for k in range(before, len(self.statements)):
                statement = self.statements[k]
                if statement.basis == kind and statement.item.text and statement.item.text in view.text[view.tokens[start].start:]:
                    party = view.mention_at(subject[0].i)
                    if party is not None and (statement.item.known or party.actor.id == statement.actor.id):
                        break  # "Ukraine must withdraw from Donbas" names its item; a party's own "must" is its own act
                    self.statements[k] = replace(statement, item=with_subject(self.item_context, subject, statement.item))
                    break
        if inner_actor is not None:
            for statement in self.statements[before:]:
                if statement.actor.id == actor.id and statement.relation == relation \
                        and statement.item.id not in self.offers_named_alone:
                    self.emit(inner_actor[0], inner_actor[1], statement.item, "owner")
        for owner, owner_relation in proposers:
            for statement in self.statements[before:]:
                if statement.actor.id == actor.id and statement.relation == relation \
                        and statement.item.id not in self.offers_named_alone:
                    self.emit(owner, owner_relation, statement.item, "owner")
            self.context.last_plan_actor = owner


    def finish_gap(self, cue: Cue, relation: str, actor: Actor) -> None:
        """A phrase with a "..." ("took the land tax off the agenda", "зняла X з порядку
        денного"): the item is the gap's words, never the phrase's words around it."""
        view = self.view
        gap = view.cues_lex.cue_index.gap_at(view.tokens, cue.start, cue.end)
        start, end = gap if gap is not None else (cue.start + 1, cue.end - 1)
        words = [t for t in view.tokens[start:end] if t.is_word]
        if not (words and words[-1].keys & view.cues_lex.offer_nouns and len(words) <= 3
                and view.mention_at(words[-1].i) is None):
            # ("put a balanced offer on the table": the name of an offer, not its terms)
            self.finish(cue, relation, actor, start, end, "end", "phrase")
        self.consumed.update(range(cue.start, cue.end))

    def finish(
        self, cue: Cue, relation: str, actor: Actor, start: int, end: int, stop: str, kind: str,
        after: int | None = None,
    ) -> None:
        """Emit the statements of one cue: its items (or referents), with its conditions.
        `after`: where the clause goes on past a rejecting adjective whose item stood before
        it; a condition there is when the refusal holds ("no X while Y"), not a demand."""
        view = self.view
        self.reciprocal_other = None
        if stop == "clause" and end == start and cue.kind == "noun" and end + 1 < len(view.tokens) \
                and view.tokens[end].text == "," and self.in_plan_marker(cue):
            # "компромисс: согласно его плану, правительство заморозит X": the plan's terms are
            # the clause after the marker's comma.
            start = end + 1
            end, stop = complement_end_with_reason(view, start, None)  # a clause, not the noun's dependents
        # None: the span is no reference; []: a reference to nothing known, which states
        # only what a lexicon item among its own words names ("the ceasefire proposal").
        referents = self.anaphora(start, end, cue, actor, relation)
        if not referents and relation in ("rejects", "accepts"):
            # "rejected Egypt's new proposal" with no proposal of Egypt's before: the name it goes by.
            offer = self.offer_named_alone(start, end, actor, cue)
            if offer is not None:
                referents = [offer]
                self.offers_named_alone.add(offer.id)
        if referents == []:
            referents = [item for item in self.items_from(start, end) if item.known]
        relative = offer_relative(view, max(0, start - 6), end - 1) if relation in ("rejects", "accepts") and end > start \
            and stop in ("condition", "unless", "exchange") else None
        if after is not None and stop == "condition":
            self.consumed.update(range(after, complement_end_with_reason(view, marker_end(view, after), None)[0]))
            conditions = []
        elif relative is not None:
            # "rejected the US offer, which would cut tariffs if Beijing curbs exports": the
            # condition is a term of the offer, its owner's demand, never the rejecter's.
            owner = relative[0]
            if owner is None or owner.id == actor.id or stop == "exchange":
                self.consumed.update(range(end, complement_end_with_reason(view, marker_end(view, end), None)[0]))
            else:
                self.conditions(end, stop, owner, cue, "proposes")
            conditions = []
        else:
            self.threat_trigger = False
            conditions = self.conditions(end if after is None else after, stop, actor, cue, relation)
        if conditions and relation == "accepts" and is_future(view, cue):
            # "will sign only after X" is an offer on a condition (rule 3), not an acceptance.
            relation = "proposes"
        condition_ids = tuple(item.id for item in conditions)
        if self.threat_trigger and relation == "proposes":
            # A threat with its trigger ("threatened to strike unless pay rises"): the
            # penalty is no option offered; the trigger carries the position (section 7).
            self.consumed.update(range(cue.start, end))
            return
        if referents is not None:
            for item in referents:
                self.emit(actor, relation, item, "reference", condition_ids)
            self.consumed.update(range(start, end))
        else:
            action = negated_complement(view, start, end) if relation in ("demands", "proposes") else None
            if action is not None:
                # "urged partners not to impose X", "призвала Вашингтон не ослаблять санкции"
                # The «не» stops at a second infinitive of its own ("не відкладати X і винести
                # його на голосування"): that act is still demanded.
                second = second_infinitive(view, action, end)
                if second is not None:
                    own = next((c for c in view.cues if c.start == second), None)
                    second_relation = relation if own is None else compose_relations(relation, own.relation)
                    if second_relation is not None:
                        # "закликала не блокувати X і схвалити Y": approving Y is demanded
                        for item in self.items_from(second if own is None else own.end, end):
                            self.emit(actor, second_relation, item, kind, condition_ids)
                    self.consumed.update(range(second, end))
                    end = second - 1
                relation, start = "rejects", action
            lex = view.cues_lex
            not_only = lex.not_only.longest_at(view.tokens, start) if stop == "contrast" and start < end else None
            verb_lead: tuple[int, int] | None = None
            if not_only:
                start = not_only[0]  # "wants not only a ceasefire but also guarantees": the first item
            elif stop == "contrast" and start + 1 < end and _verb_word(view, start):
                # "намерены обсудить не только X, но и Y": the verb is each item's, "не только" none's
                not_only = lex.not_only.longest_at(view.tokens, start + 1)
                if not_only:
                    verb_lead = (start, start + 1)
            skipped = frozenset(range(verb_lead[1], not_only[0])) if verb_lead and not_only else frozenset()
            purpose_kept = False
            if stop == "purpose" and end == start + 1 and view.tokens[start].an.pos == "INFN" \
                    and end + 2 < len(view.tokens) and view.tokens[end + 2].an.pos == "INFN":
                # "готова встретиться, чтобы предотвратить забастовку": a bare verb keeps its
                # purpose ("meet" alone names no outcome), labelled as written: the purpose's
                # object ("забастовку") is no outcome offered
                end = complement_end(view, end + 2)
                purpose_kept = True
            emitted = self.items_from(start, end, skip=skipped, cut_skipped=True)
            if purpose_kept:
                emitted = [as_written(item, view.lang) for item in emitted]
            for item in emitted:
                self.emit(actor, relation, item, kind, condition_ids)
            other = self.reciprocal_other
            if other is not None and relation == "proposes":
                # "ready to keep X if the US does the same": X, of the US, is demanded
                for item in self.mirrored(emitted, other):
                    self.emit(actor, "demands", item, kind)
            self.reciprocal_other = None
            if emitted and not_only:
                self.also_held(end, actor, relation, kind, condition_ids, verb_lead)
            elif emitted and stop in ("contrast", "instead") and relation in ("proposes", "demands", "accepts"):
                self.turned_down_alternative(start, end, actor)
            if emitted and relation == "demands" and stop == "purpose":
                self.spelled_out(end, actor, kind)
            if emitted and relation == "proposes" and stop in ("contrast", "clause"):
                self.further_terms(cue, actor, start, end, kind, condition_ids)
        self.consumed.update(range(cue.start, cue.end))

    def spelled_out(self, end: int, actor: Actor, kind: str) -> None:
        """ "Мы требуем исполнить договор, чтобы ставка была не ниже 30 тысяч", "вимагаємо
        виконати договір, щоб ставка була не нижчою за X": the clause after the demand that
        says what should be, with a subject of its own, is demanded too."""
        view = self.view
        tokens = view.tokens
        k = end + 1
        if k + 2 >= len(tokens) or tokens[end].text != "," or tokens[k].low not in closed_classes().spelled_out_openers:
            return
        clause_end = complement_end(view, k + 1)
        subject = tokens[k + 1]
        if subject.an.pos != "NOUN" or "nomn" not in subject.an.cases or view.mention_at(k + 1) is not None:
            return  # "чтобы защитить X": a purpose; "чтобы Россия вывела X": read as that party's act
        if not any(t.an.pos == "VERB" or t.low in closed_classes().copula for t in tokens[k + 2 : clause_end]):
            return
        for item in self.items_from(k + 1, clause_end):
            self.emit(actor, "demands", as_written(item, view.lang), kind)

    def spoken_for(self, mention: Mention | None, actor: Actor) -> Actor:
        """Rule 6: a person the lexicon does not know, introduced by a spokesperson title,
        speaks for the body named with the title ("Речниця Держдепартаменту Тамара Гейл"),
        or with a bare title ("spokesman Tom Reilly") for the party the article was just
        quoting (the State Department before him), when that is a state or an organisation."""
        if mention is None or actor.wikidata or actor.labels or actor.type != "person":
            return actor  # a person the lexicon knows keeps their own node
        view = self.view
        titles = view.cues_lex.spokesperson_titles
        for k in range(max(0, mention.start - 6), mention.start):
            hit = titles.longest_at(view.tokens, k)
            if hit is None:
                continue
            # "Речниця Держдепартаменту Тамара Гейл": the body named between title and name.
            body = view.mention_at(hit[0])
            if body is None or body.end > mention.start:
                # "State Department spokeswoman Meredith Cole": the body before the title.
                body = next((m for m in view.mentions if m.start < k and m.end in (k, hit[0])), None)
            if body is not None:
                return body.actor if body.actor.type in ("state", "organisation") else actor
            topic = self.context.topic
            # "Rebel spokesman X", "Seleka rebel spokesman X": a word before the title names
            # whose spokesman he is, a body no finder read; not the party quoted before him.
            closed = closed_classes()
            before = view.tokens[k - 1] if k > 0 else None
            modified = before is not None and before.is_word and view.mention_at(k - 1) is None \
                and before.low not in closed.articles | closed.prepositions | closed.determiners | closed.and_words \
                and not before.keys & view.cues_lex.speech_verbs  # (not "by spokesman X", "said spokesman X")
            if hit[0] == mention.start and topic is not None and topic.type in ("state", "organisation") \
                    and not modified:
                return topic
        return actor

    def actor_for(self, cue: Cue) -> Actor | None:
        """Whose position a cue states (rules 5-6): see actors.actor_mention_for."""
        view = self.view
        if cue.kind == "noun" and (colon_after(view, cue) or view.tokens[-1].text == ":"):
            # "Серед його положень: ...", "Перша версія плану, яку готували X і Y,
            # передбачала:" — the terms of the plan, one per line after the colon.
            colon = next(k for k in range(cue.end, len(view.tokens)) if view.tokens[k].text == ":")
            named = [
                m
                for m in view.mentions
                if m.end <= colon
                and m.kind not in ("possessive", "pronoun")
                and not view.in_attribution(m.start)
            ]
            if named:
                # "вариант, подготовленный секретариатом ОПЕК: ..." is the last party named;
                # "The union handed management a list of demands: ..." is the union's list.
                author = giver_before(view, named[-1]) or named[-1]
                self.subject_mention = author
                return author.actor
            if cue.relation == "demands":
                return self.context.topic or self.context.last_plan_actor
            return self.context.last_plan_actor or self.context.topic
        noun = offer_subject(view, cue.start) if cue.kind in ("plan", "verb") \
            and cue.relation in ("proposes", "demands") else None
        if noun is not None and (cue.kind != "plan" or _relative_plan_owner(view, cue.start) is None):
            # "Witkoff said the Russian proposal envisages X", "the plan would give X": the offer's
            # owner, never the reporter; an offer of no owner named is the one referred back to.
            owner = offer_owner(view, noun)
            if owner is not None:
                return owner
            return self.reacted_owner(self.context.last_plan_actor or self.context.topic, view.tokens[noun].keys)
        if cue.kind == "plan":
            owner = _relative_plan_owner(view, cue.start)
            if owner is not None:
                return owner  # "пропозицію Мінфіну, яка передбачала X": the offer's owner, not the clause's subject
            mention = actor_mention_for(view, cue)
            first = next((k for k, t in enumerate(view.tokens) if t.is_word), cue.start)
            gender = view.cues_lex.pronouns.get(view.tokens[first].low, "plur")
            if first < cue.start and gender != "plur" and not any(
                t.text in (",", ";", ":") for t in view.tokens[first:cue.start]
            ) and not any(first < m.start < cue.start for m in view.mentions):
                earlier = self.context.history[-1] if self.context.history else []
                author = offer_author(self.context.previous_view, gender, view.lang, earlier)
                if author is not False:
                    return author  # "It also included X": the offer's author, named before
            if mention is not None:
                return mention.actor
            # "Ukraine turned down the Russian plan. The plan provides for X": Russia's terms.
            return self.reacted_owner(self.context.last_plan_actor or self.context.topic,
                                      offer_heads(view.tokens[:cue.start], view.cues_lex))
        if cue.kind == "must":
            speaker = speaker_for(view, cue, self.statements)
            if speaker is not None:
                return speaker
            return self.context.topic if view.attribution or view.quote_range else None
        if cue.kind == "noun" and fronted_before_verb(view, cue):
            return None  # "Повстанцы проект в целом приняли", "В Каракасе предложение приняли": the object of the verb after it
        mention = actor_mention_for(view, cue)
        if mention is not None and mention.kind == "pronoun" and view.lang == "en" \
                and view.tokens[mention.start].low == "it" and (cue.kind == "plan" or cue.relation == "proposes"):
            # "Moscow dismissed the American plan. It calls for X": "it" is the plan the party
            # rejected, whose terms are its owner's, never the rejecter's ("It insists on X"
            # is still the party's: a plan proposes, it does not insist).
            owner = self.reacted_owner(mention.actor)
            if owner is not mention.actor and (owner is not None or _names_a_plan(self.context.previous_view)):
                return owner  # (no owner: "it" is an unowned plan only where one was named)
        if cue.kind in ("noun", "adj") and cue.relation == "demands":
            # "Disarmament of the ELN 'remains a precondition', he added": the party named
            # inside the demanded subject is whom the demand is about; the speaker holds it.
            speaker = view.quote_speaker or tail_speaker(view, cue)
            subject = predicate_subject(view, cue) if speaker is not None else None
            if subject is not None and (mention is None or subject[0] <= mention.start < subject[1]):
                return speaker.actor
        if mention is not None and sub_body_of(view, mention, cue):
            # "Голова аграрного комітету Верховної Ради закликав", "the head of the Sejm
            # budget committee demands": a committee's, not the parliament's or the state's.
            return None
        if mention is None and cue.kind == "adj" and cue.relation == "rejects":
            mention = for_whom(view, cue)  # "X для Києва — червона лінія": Kyiv's red line
        if mention is not None and _relayed(view, mention, cue):
            # "Лідер фермерів заявив, що прем'єр відхилив X": the speaker relays the premier's
            # position, whom no mention named; he does not hold it (rule 5).
            return None
        if mention is not None:
            self.subject_mention = mention
            return mention.actor
        if unnamed_subject(view, cue):
            return None  # "…, а компанія пропонує 3%": a subject of its own, no known party
        if unresolved_party_subject(view, cue):
            return None  # "Комітет тоді вимагав X" in an interview: the committee's, not the interviewee's
        if cue.relation == "accepts" and view.tokens[cue.start].keys & view.cues_lex.reciprocal_verbs:
            # "Стороны договорились", "the chiefs of staff agreed" with no party resolved: an
            # agreement is between named parties, never the article's topic alone (section 7).
            return None
        if clause_start(view, cue.start) is not None:
            return None  # "..., as developing countries pressed for X": their position, no name's
        same_sentence = [s for s in self.statements if s.sentence_index == self.index]
        if same_sentence:
            # A participle or a second verb with no subject of its own ("..., загрожуючи X")
            # continues the clause of the statement before it.
            return same_sentence[-1].actor
        carried = carried_holder(view, cue, self.context.previous_subject, self.context.paragraph)
        if carried is not None:
            return carried  # "Польща заблокувала X. Водночас пропонує Y.": the subject before
        speaker = view.quote_speaker
        if cue.kind == "noun" and clause_initial(view, cue):
            return (
                None  # "The demand to withdraw is unacceptable": a demand the speaker does not own
            )
        if speaker is not None and (view.in_quote(cue.start) or view.quote_range is None):
            return speaker.actor
        if view.attribution and self.context.topic is not None:
            if _role_speaker_not(view, self.context.topic, self.context.memory):
                return None  # "Компания также сообщила, что готова …": the company's, never the union's
            return self.context.topic
        return None


    def hold_appositive_verdicts(self) -> None:
        """The verdict verb of an apposition is read with the apposition, not on its own."""
        for _, cue in self.appositions.values():
            self.consumed.update(range(cue.start, cue.end))

    def appositive_verdicts(self) -> None:
        """Rule 4 in an apposition: "Moscow demanded X, a condition Kyiv has rejected":
        Kyiv rejects what this sentence has just stated."""
        for k, (mention, cue) in sorted(self.appositions.items()):
            relation = apply_negation(cue)
            before = [s for s in self.statements if s.actor.id != mention.actor.id]
            if relation is None or not before:
                continue
            for statement in before:
                self.emit(mention.actor, relation, statement.item, "apposition")
            self.consumed.update(range(k, cue.end))


def _own_addressee(view: SentenceView, cue: Cue, actor: Actor) -> bool:
    """Whether the party right after a cue of calling on ("called on the city to", "urged
    Kyiv to") is the actor the cue was given: nobody calls on himself."""
    if cue.relation != "demands" or cue.kind not in ("verb", "phrase"):
        return False
    # Only a party called by a name: a role noun ("от администрации") may have been read as
    # the wrong party itself.
    addressee = next((m for m in view.mentions if cue.end <= m.start <= cue.end + 1
                      and m.kind in ("name", "unknown")), None)
    return addressee is not None and addressee.actor.id == actor.id and not addressee.genitive


def _verb_word(view: SentenceView, k: int) -> bool:
    """An infinitive (uk/ru), or in English a bare word after "to" ("wants to discuss")."""
    token = view.tokens[k]
    if token.an.pos == "INFN":
        return True
    return view.lang == "en" and k > 0 and view.tokens[k - 1].low == "to" and token.is_word \
        and token.an.pos == "UNKN" and token.an.lemma == token.low


def _for_whom_at(view: SentenceView, start: int) -> bool:
    """ "X would not be acceptable to Canada": the words after a rejecting adjective are only
    the party it is unacceptable to ("to" was skipped as the complement opened)."""
    if start == 0 or start >= len(view.tokens) or view.tokens[start - 1].low not in closed_classes().for_whom:
        return False
    if view.tokens[start].low == "the":
        start += 1  # "acceptable to the UAW"
    holder = view.mention_at(start)
    return holder is not None and holder.start == start and (
        holder.end >= len(view.tokens) or not view.tokens[holder.end].is_word)


def _small_clause_after(view: SentenceView, start: int) -> bool:
    """uk/ru: an object and a predicate in the instrumental after it ("Крим російським",
    "Крым частью России"): a small clause that needs the verb before it to be an outcome."""
    return view.lang != "en" and small_clause(view.tokens[start : start + 6])


def _relayed(view: SentenceView, mention: Mention, cue: Cue) -> bool:
    """The cue's clause follows "that" after the mention and opens with a party noun or a
    title no mention resolved ("Лідер фермерів заявив, що прем'єр відхилив X", "the farm leader
    said the premier rejected X"): another's position, relayed. Not when that noun names the
    speaker's own body again ("Речник партії заявив, що партія не піде на X": rule 6)."""
    tokens = view.tokens
    closed = closed_classes()
    that = next((k for k in range(mention.end, cue.start) if tokens[k].low in closed.complementizers), None)
    if that is None or not unresolved_party_subject(view, cue):
        return False
    own = {key for t in tokens[:that] for key in t.keys}
    heads = view.cues_lex.party_heads
    return not any(t.keys & heads and t.keys & own for t in tokens[that + 1 : cue.start])


def _names_a_plan(view: SentenceView | None) -> bool:
    """Whether a sentence names a plan, offer or deal ("the American plan", "the offer"):
    what a following "it" can be instead of the party ("rejected a haircut. It proposed X")."""
    if view is None:
        return False
    lex = view.cues_lex
    return any(t.keys & lex.offer_nouns for t in view.tokens)
