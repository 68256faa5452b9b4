"""Whether an item's label names an outcome (issue 12, point 3).

A label must name, on its own, an outcome a reader understands: never a bare place,
party, ordinal, prepositional or relative-clause fragment, never the cue word itself,
never the condition instead of the item, never a piece with an unbalanced quote or a
date alone. `is_outcome` is the check every new item passes before it is emitted;
`content_tokens` are the words that carry a label's content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .emphasis import only_emphasis
from .lexicon import (
    Cues,
    ItemEntry,
    closed_classes,
)
from .morph import Token

if TYPE_CHECKING:
    from .items import ItemContext

_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "DET", "PNCT", "INTJ"})


def content_tokens(tokens: list[Token]) -> list[Token]:
    """The words that carry content: no function words, punctuation or empty verbs."""
    closed = closed_classes()
    return [
        t
        for t in tokens
        if t.is_word
        and t.an.pos not in _FUNCTION_POS
        and len(t.text) > 1
        and t.low not in closed.non_content_verbs
    ]


def names_a_party(token: Token, cues: Cues) -> bool:
    """A noun that names a party by what it is ("компанія", "уряд", "шахтарі")."""
    return not (token.keys.isdisjoint(cues.group_pronouns) and token.keys.isdisjoint(cues.generic_actors)
                and token.keys.isdisjoint(cues.collective_parties) and token.keys.isdisjoint(cues.workplace_nouns))


def bare_party(token: Token, cues: Cues) -> bool:
    """A word that on its own names only who acts ("власти", "влада", "the authorities",
    "the government"): a party noun or a body's generic name, never what it wants."""
    return names_a_party(token, cues) or not token.keys.isdisjoint(cues.groups)


def reversal_before(cues: Cues, before: list[Token], entry: ItemEntry) -> Token | None:
    """The word that reverses the matched item ("give up NATO ambitions", "lift the
    duties", "без гарантій"), when an odd number of them stand before it. Words of
    halting (halt, freeze, withdraw) reverse only an item that declares a contrary:
    they are the very content of many items (a moratorium, a withdrawal)."""
    # "конфіскувати заморожені активи": a participle describes the thing, it does no reversing.
    found = [t for t in before if t.is_word and t.an.pos not in ("ADJF", "PRTF")
             and cues.has(t, "reversal_words", "halt_words")]
    return found[0] if len(found) % 2 == 1 else None


def scoped_negation_dropped(context: ItemContext, tokens: list[Token]) -> list[Token]:
    """"доки Київ не гарантує прав меншини" wants the rights guaranteed: a «не» inside an
    "until" clause, before its verb (past a quoted aside: "пока Пакистан «надежно» не
    откажется"), negates nothing, so the label leaves it out (codebook rule 2)."""
    if not tokens:
        return tokens
    head = tokens[0].i
    sentence = context.tokens
    opened = any(
        (hit := context.cues.until_words.longest_at(sentence, k)) and hit[0] >= head - 1
        for k in range(max(0, head - 4), head + 1)
    )
    if not opened:
        return tokens
    negations = context.cues.negation
    for k, token in enumerate(tokens[:10]):
        if token.low in negations or token.keys & negations:
            return tokens[:k] + tokens[k + 1 :]
        if token.an.pos in ("VERB", "INFN"):
            break  # the clause's verb came first: a «не» after it is the verb's object's
    return tokens


def _unresolved_reference(context: ItemContext, words: list[Token]) -> bool:
    """Whether the label leans on an item named elsewhere: a pointer inside it before a noun
    of demands and offers ("взять такое обязательство", "accept this proposal"). "Both
    sides" names its parties and "this year" a time: they stay."""
    closed = closed_classes()
    cues = context.cues
    listing: set[int] = set()  # "в том числе", "у тому числі": "including", no pointer
    for n in range(len(words)):
        hit = cues.including.longest_at(words, n) if words[n].is_word else None
        if hit:
            listing.update(range(n, hit[0]))
    for k, token in enumerate(words[1:]):
        if k + 1 in listing:
            continue
        if token.an.pos == "CONJ" or token.low in closed.and_words or token.low in closed.coordinators:
            continue
        if token.low in closed.complementizers or token.low in closed.naming_pointers:
            continue
        following = words[k + 2] if k + 2 < len(words) else None
        if context.lang != "en" and k == 0 and words[0].an.pos in ("INFN", "VERB") \
                and token.i not in context.resolved and token.low in closed.object_pronouns and not token.keys & cues.group_pronouns \
                and (following is None or following.an.pos not in ("NOUN", "ADJF")):
            return True  # "провести його у форматі 1000 на 1000": what "його" is (uk/ru; en lines keep "it")
        if following is None or following.low in closed.same_words:
            continue  # "за тими самими критеріями": a comparison, not a reference
        if (token.low in cues.pointers or token.keys & cues.pointers and token.an.pos != "NOUN") \
                and following.keys & (cues.item_heads | cues.plan_nouns | set(cues.anaphora_nouns)):
            return True  # "такое обязательство", "this proposal": an earlier item, not named
        if context.lang != "en" and (token.low in cues.pointers or token.keys & cues.pointers) \
                and token.an.pos in ("ADJF", "NPRO") and following.an.pos == "NOUN" \
                and following.low not in closed.time_heads and not names_a_party(following, cues) \
                and token.an.cases & following.an.cases:
            return True  # "взять на себя такое обязательство", "провести цю зустріч": named before
    return False


def _demands_met(context: ItemContext, content: list[Token]) -> bool:
    """The words are only a noun of demands or terms, its owner and a verb of meeting it
    ("its demands were met", «их требования будут выполнены»): no outcome of their own."""
    cues = context.cues
    closed = closed_classes()
    nouns = [t for t in content if any(cues.anaphora_nouns.get(k) == "demands" for k in t.keys)]
    met = [t for t in content if t.keys & cues.fulfil_words]
    rest = [t for t in content if t not in nouns and t not in met and t.low not in cues.possessives
            and t.low not in closed.copula and t.low not in closed.auxiliaries
            and not t.keys & cues.group_pronouns]
    return bool(nouns) and bool(met) and not rest


def small_clause(tokens: list[Token]) -> bool:
    """uk/ru words that open with an object and its predicate in the instrumental ("Крим
    російським", "вибори нелегітимними", "Крым частью России"): what a verb of recognising
    or declaring says of the object, which needs that verb to name an outcome."""
    words = [t for t in tokens[:6] if t.is_word]
    for k in range(len(words) - 1):
        word, after = words[k], words[k + 1]
        if word.an.pos == "NOUN" and word.an.cases & {"nomn", "accs"} and after.an.case == "ablt" and (
                after.an.pos in ("ADJF", "ADJS") and not (k + 2 < len(words) and words[k + 2].an.pos == "NOUN"
                                                          and "ablt" in words[k + 2].an.cases)
                or after.an.pos == "NOUN" and not after.is_cap):
            return True
        if word.an.pos not in ("NOUN", "ADJF", "NUMR") and not word.text[:1].isdigit():
            return False
    return False


def is_outcome(context: ItemContext, tokens: list[Token]) -> bool:
    """Whether a new item's words name, on their own, an outcome a reader understands
    (codebook rule 9): not a bare name, a participle, prepositional or reason clause
    cut from its head, a subjectless passive, an unresolved "first point"."""
    closed = closed_classes()
    words = [t for t in tokens if t.is_word]
    content = content_tokens(tokens)
    if not words or not content:
        return False
    first, last = words[0], words[-1]
    if all(t.i in context.mention_tokens for t in content):
        return False  # "Казахстан", "the union": a party, not what it wants
    if _fragment_shape(context, tokens, words):
        return False
    if only_emphasis(tokens, context.cues, context.lang):
        return False  # "ясно понимали", "make that very clear": the stress, not what is stressed
    if all(t.i in context.mention_tokens or t.keys & context.cues.ally_nouns for t in content):
        return False  # "партнери по ЄС", "NATO allies": the verb's subject after it, a party
    if len(content) == 1 and (content[0].an.proper or content[0].is_cap or content[0].an.pos in ("VERB", "INFN")):
        return False  # "Казахстан", "дозволимо", "утвердит": a name or a bare verb, no outcome
    if context.lang != "en" and all(t.an.pos in ("ADJF", "ADJS", "PRTF", "PRTS", "COMP", "ADVB") for t in content) \
            and content[-1].an.number != "plur":
        # "добровольной", "тимчасовим": a predicate cut from the noun it is said of (not a
        # plural that names people: "українських цивільних", "поранених")
        return False
    if context.lang != "en" and len(words) == 1 and words[0].an.cases == frozenset({"ablt"}):
        return False  # "весной", "одной фразой": when or how, on its own no outcome
    cues = context.cues
    if len(content) == 1 and bare_party(content[0], cues):
        return False  # "пропозицію компанії", "вимоги уряду", "властей": whose proposal, not what it is
    if any(t.text in ("—", "–") and any(p.text in ("»", "”", '"') for p in tokens[max(0, k - 2) : k])
           for k, t in enumerate(tokens)):
        return False  # "станет», — цитирует газета": the quote's speaker tail, not the item
    if first.an.pos in ("PREP", "CONJ", "GRND") and context.lang != "en" or first.low in closed.fragment_starts:
        return False  # "вздовж кордону", "бо інфляція з'їсть ...", "because ..."
    if first.an.pos == "PREP" and context.lang == "en" and not _amount_opened(words, closed):
        return False
    if first.an.pos in ("PRTF", "ADJF") and context.lang != "en" and len(words) > 1 \
            and words[1].an.pos == "PREP":
        return False  # "вивезених на Сумщину", "депортированных в Сальвадор": cut from its noun
    if (last.an.pos in ("PREP", "CONJ", "DET") and not _phrasal_verb(words, closed)) \
            or last.low.endswith(("'s", "’s")) or last.low in closed.referring_words and last.i not in context.resolved:
        return False  # "at new", "only with a performer's", "count towards it": cut short
    if last.low in closed.same_words:
        return False  # "if Azerbaijan did the same", "якщо Баку зробить те саме": an act named before
    if len(words) > 1 and context.cues.must_words.longest_at(tokens, tokens.index(last)):
        return False  # "deal must": the subject of a "must" whose verb is a cue of its own
    if last.low in closed.copula or context.lang == "en" and first.low in closed.auxiliaries:
        return False  # "food safety standards were", "be changed by force", "has refused to"
    if context.lang == "en" and len(words) == 2 and last.low in closed.comparatives:
        return False  # "go higher", "go further": more of something named before
    if first.an.lemma in closed.ordinals and any(t.keys & closed.point_nouns for t in content):
        return False  # "the first point" whose list is unknown
    if context.lang == "en" and (last.keys & closed.point_nouns or last.low in closed.point_nouns_plural):
        return False  # "a long-standing EU demand": which demand, not what it asks
    negated = first.keys & context.cues.negation or first.low in context.cues.negation
    if negated and len(words) > 1 and (words[1].an.pos == "COMP" or words[1].low in closed.comparatives):
        negated = False  # "не менее 100 миллиардов", "no less than": a quantity, not a negation
    if first.low in closed.relative_pronouns or negated:
        return False  # "котором настаивала SPD", "не исключил передачи": a clause, not an outcome
    if first.an.pos in ("VERB", "UNKN", "GRND") and first.keys & (context.cues.naming_verbs | context.cues.speech_verbs) \
            and not first.an.passive \
            and not (context.lang == "en" and len(words) > 1 and words[1].low in closed.phrasal_particles):
        # ("write off the debt", "call off the strike": a phrasal verb, not a report)
        return False  # "назвала цю пропозицію «принизливою»": the clause that reports it, not the item
    nouns = context.cues.anaphora_nouns
    if any(nouns.get(k, "any") != "any" for k in words[0].keys) and (
            len(words) == 1 or words[1].low in closed.manner_tails):
        return False  # "прийняти пропозицію без змін", "accept the offer in full": which offer is not said
    if _demands_met(context, content):
        return False  # "its demands were met", «вимоги будуть виконані»: which demands is said elsewhere
    if _unresolved_reference(context, words):
        return False  # "провести його у форматі", "такое обязательство", "its leaders leave"
    start = tokens.index(first)
    if all(not t.text[0].isalpha() or t.an.pos in ("NUMR", "NUMB") or t.low in closed.empty_item_words
           for t in content):
        return False  # "26%", "трьох речах": a number or a word that names nothing
    if cues.conditions.longest_at(tokens, start) or cues.until_words.longest_at(tokens, start) \
            or first.keys & cues.pointers or first.low in cues.pointers:
        return False  # "перш ніж відкривати пункти", "цю вимогу …": a condition or a reference
    if context.cues.cue_index.longest_at(tokens, start) and first.an.pos not in ("NOUN",) \
            and not (context.lang != "en" and first.an.pos == "INFN" and small_clause(tokens[start + 1 :])) \
            and not ((first.low in closed.obstruction_verbs or first.an.lemma in closed.obstruction_verbs)
                     and any(t.low in cues.negation for t in context.tokens[max(0, first.i - 2) : first.i])) \
            and not attributive_adjective(tokens, start, start + 1, context.lang, context.cues):
        return False  # "загалом підтримала", "calls 'legally void'": the cue, not what it is about
    return True


def unbalanced(tokens: list[Token]) -> bool:
    """Whether a quote mark or bracket in the words opens or closes without its pair
    ("«еще одним", "prisoners (the group said"); a mark inside a word ("п”ятниця") is none."""
    def inside_word(k: int) -> bool:
        return 0 < k < len(tokens) - 1 and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start \
            and tokens[k - 1].is_word and tokens[k + 1].is_word
    marks = [t.text for k, t in enumerate(tokens) if t.text in "()[]" or t.text in '«»“”„"' and not inside_word(k)]
    curly = sum(1 for m in marks if m in "“”„")
    return (marks.count("«") != marks.count("»") or marks.count("(") != marks.count(")")
            or marks.count("[") != marks.count("]") or marks.count('"') % 2 == 1 or curly % 2 == 1)


def _fragment_shape(context: ItemContext, tokens: list[Token], words: list[Token]) -> bool:
    """Whether the words have the shape of a fragment, not an outcome (issue 12): a relative
    clause about something else, a quote's piece, a clause after a comma, an addressee and a
    topic, a pronoun's reason clause, a verb cut from its object, a cue swallowed."""
    closed = closed_classes()
    cues = context.cues
    first = words[0]
    if unbalanced(tokens):
        return True  # "«еще одним", "release of prisoners (the group said"
    for k, token in enumerate(tokens[1:], 1):
        previous = tokens[k - 1]
        if token.text in ("—", "–", "-") and previous.text == ",":
            return True  # "Name, - Outlet": an editorial attribution, not the item
        if previous.text == "," and token.low in closed.clause_pronouns and k + 1 < len(tokens) \
                and tokens[k + 1].is_word and tokens[k + 1].an.pos in ("VERB", "PRTS", "ADJS", "PRED", "ADVB"):
            return True  # "Russia, it is not appropriate": a clause of its own after the comma
        if previous.text == "," and token.low in closed.clause_pronouns and context.lang == "en" \
                and k + 1 < len(tokens) and tokens[k + 1].low in closed.copula | closed.auxiliaries:
            return True
    # "термін дії якого завершується", "whose term ends": the relative clause of a noun outside
    # the span (a relative after a comma is the span's own noun's: "умови, які влаштують всіх").
    for k, word in enumerate(words[:4]):
        if word.low in closed.relative_pronouns and word.low not in ("що", "что"):
            before = tokens[: tokens.index(word)]
            if not any(t.text == "," for t in before) and all(
                    t.an.pos in ("NOUN", "ADJF", "NPRO") for t in before if t.is_word):
                return True
            break
        if word.an.pos not in ("NOUN", "ADJF"):
            break
    if context.lang == "en" and first.low == "that" and len(words) > 1 and (
            words[1].low in closed.copula | closed.auxiliaries or words[1].an.pos == "VERB"):
        return True  # "that are imported from the US": the relative part alone
    if len(words) > 1 and tokens[1].text == "," and words[1].low not in closed.question_words and (
            first.an.pos in ("INFN", "VERB") and context.lang != "en" and words[1].an.pos in ("PREP", "ADVB", "PRCL")
            or context.lang == "en" and first.an.pos in ("VERB", "UNKN") and words[1].an.pos == "PREP"):
        # ("знатимемо, хто і як гарантуватиме": an indirect question is the verb's object)
        return True  # "продлить, по меньшей мере на год", "extend, by at least a year": extend what?
    if first.keys & closed.become_verbs or first.low in closed.become_verbs:
        return True  # "стать неотъемлемой частью процесса": what should become part is not said
    if cues.goal_verbs.longest_at(tokens, tokens.index(first)):
        return True  # "want at least $500bn from ...": the cue, then what is wanted
    if context.lang != "en" and first.an.pos == "NPRO" and first.an.cases and \
            first.an.cases <= frozenset({"datv", "loct", "ablt", "gent"}) and first.low not in closed.object_pronouns \
            and not (len(words) > 1 and words[1].an.pos == "INFN"):
        return True  # "нем не было гарантии", "їй не дали": a reason clause's pronoun
    # "ЄС щодо торгівельної угоди", "парламента на новый бюджет": an addressee or owner, then
    # a preposition: whom it was said to, not what is wanted.
    lead = 0
    while lead < len(words) and (words[lead].i in context.mention_tokens or names_a_party(words[lead], cues)):
        lead += 1
    if 0 < lead < len(words) and words[lead].low in closed.addressee_topic_prepositions \
            and not (context.lang == "en" and words[lead].low == "to" and (
                lead + 1 >= len(words) or words[lead + 1].low not in closed.articles)):
        return True  # (not "the army to pull back": whom it asks, then what)
    # "принятие предложения компании", "acceptance of the offer": an act on an offer or a
    # demand whose content is not said (the item is the offer's content).
    rest = [t for t in words[1:] if not (context.lang == "en" and (t.low in closed.articles or t.low == "of"))]
    return bool(rest) and (first.low in closed.acceptance_nouns or first.an.lemma in closed.acceptance_nouns) \
            and any(cues.anaphora_nouns.get(key, "any") != "any" for key in rest[0].keys) \
            and (context.lang == "en" or "gent" in rest[0].an.cases) \
            and all(t.i in context.mention_tokens or names_a_party(t, cues)
                    or t.an.pos in ("ADJF", "NOUN") and (context.lang == "en" or "gent" in t.an.cases)
                    or context.lang == "en" and t.low in ("of", "from", "by")
                    for t in rest[1:])


def attributive_adjective(tokens: list[Token], i: int, end: int, lang: str, cues) -> bool:
    """A one-word demand adjective right before the noun it modifies ("mandatory migrant
    quotas", "обов'язкових квот"): it qualifies an item and states no position (a predicate
    does: "X is mandatory", "квоти обов'язкові"). Not before a cue noun ("обов'язкова умова")."""
    if end - i != 1 or end >= len(tokens) or not tokens[end].is_word:
        return False
    hit = cues.cue_index.longest_at(tokens, i)
    if hit is None or hit[0] != end or hit[1] != ("demands", "adj") or cues.cue_index.longest_at(tokens, end):
        return False
    after = tokens[end]
    if lang == "en":
        closed = closed_classes()
        return after.low not in closed.prepositions and after.low not in closed.auxiliaries \
            and after.low not in closed.coordinators and after.low not in closed.complementizers
    return tokens[i].an.pos == "ADJF" and after.an.pos in ("NOUN", "ADJF")


def _amount_opened(words: list[Token], closed) -> bool:
    """The item opens with an amount ("at least 1.3 trillion dollars", "up to 5 percent")."""
    return " ".join(t.low for t in words[:2]) in closed.amount_openers or \
        " ".join(t.low for t in words[:3]) in closed.amount_openers


def _phrasal_verb(words: list[Token], closed) -> bool:
    """Two words, a verb and its particle ("step in", "back down"): an act, not a cut phrase."""
    # "step in", or "the ministry to step in": the particle after an infinitive's verb.
    infinitive = len(words) >= 4 and words[-3].low == "to"
    return (
        (len(words) == 2 or infinitive)
        and words[-1].low in closed.phrasal_particles
        and words[-2].an.pos not in ("PREP", "CONJ", "DET", "NPRO")
        and not words[-2].is_cap
    )
