"""Tokens and morphology: words with their lemmas, part of speech and case.

Ukrainian and Russian use pymorphy3 with its uk and ru dictionaries; English
uses simplemma plus a few suffix rules. Analyses are cached per word form, so a
corpus pays for each distinct word once. A token keeps every lemma the
dictionary proposes (not only the first) because lexicon entries are matched
against any of them, and its lower-case surface form because the uk dictionary
mis-lemmatises some acronyms and names (НАТО -> "ната").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

TOKEN_RE = re.compile(
    r"(?:[A-ZА-Я]\.){2,}|\d+(?:[.,]\d+)+%?(?![\w-])|\d+%|\w+(?:[-'’ʼ`]\w+)*|[^\w\s]", re.UNICODE
)
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


@dataclass(frozen=True, slots=True)
class Analysis:
    """What morphology says about one word form (shared by all its tokens)."""

    lemmas: frozenset[str]
    lemma: str  # the most likely lemma
    pos: str  # NOUN, VERB, INFN, ADJF, PRTF, GRND, PREP, CONJ, NPRO, ADVB, NUMR, ...
    case: str  # nomn, gent, datv, accs, ablt, loct, voct or "" (most likely parse)
    cases: frozenset[str]  # every case any parse allows
    gender: str  # masc, femn, neut or ""
    number: str  # sing, plur or ""
    proper: bool  # the dictionary knows it as a name, surname, patronymic or place
    future: bool = False  # a finite verb in the future tense (perfective "підпише")
    passive: bool = False  # a passive participle ("відхилена", "отвергнуто")
    sorted_keys: tuple[str, ...] = ()  # the lemmas in a fixed order, for deterministic look-ups

    def __post_init__(self) -> None:
        object.__setattr__(self, "sorted_keys", tuple(sorted(self.lemmas)))


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark of a sentence, with its morphology."""

    text: str
    low: str
    start: int
    end: int
    an: Analysis
    i: int  # position in the sentence
    is_word: bool = False  # a word or number, not punctuation (set once: read in every loop)

    @property
    def keys(self) -> frozenset[str]:
        """Everything a lexicon word can match: the surface form and every lemma."""
        return self.an.lemmas

    @property
    def lemma(self) -> str:
        return self.an.lemma

    @property
    def is_cap(self) -> bool:
        return self.text[0].isupper()


_PUNCT = Analysis(frozenset(), "", "PNCT", "", frozenset(), "", "", False)
_ANALYZERS: dict[str, object] = {}


def analyzer(lang: str):
    """The pymorphy3 analyser for uk or ru, created once per process."""
    if lang not in _ANALYZERS:
        import pymorphy3

        _ANALYZERS[lang] = pymorphy3.MorphAnalyzer(lang=lang)
    return _ANALYZERS[lang]


# Prepositions the dictionaries parse first as another part of speech ("до" as a noun,
# "за" as an adverb); as words of a sentence they are prepositions.
_SLAVIC_PREPOSITIONS = {
    "uk": frozenset({"до", "на", "за", "про", "під", "після", "перед", "поза"}),
    "ru": frozenset(),
}
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
_INDECLINABLE_ENDINGS = frozenset("іиоеєэї")  # not -у/-ю: "Віткоффу" is a dative
_GENDERS = ("masc", "femn", "neut")
_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn")


def fold_yo(word: str) -> str:
    """Russian "ё" written as "е" ("заключённых", "заключенных"): texts and lexicons write
    either, so a token's keys and a lexicon word's forms carry the "е" spelling too."""
    return word.replace("ё", "е")


@lru_cache(maxsize=200_000)
def analyse_word(word: str, lang: str) -> Analysis:
    """Lemmas and grammatical features of one word form in one language."""
    if not word or not word[0].isalnum():
        return _PUNCT
    low = word.lower().translate(APOSTROPHES)
    if lang in ("uk", "ru"):
        return _analyse_slavic(low, lang)
    return _analyse_english(low)


def _untagged_infinitive(low: str, parse, tag_text: str) -> bool:
    """A verb the uk dictionary lists without "infn" ("звільнити"): its dictionary form,
    with no tense or mood."""
    return (
        tag_text.startswith("VERB")
        and low == parse.normal_form
        and not any(mark in tag_text for mark in ("past", "pres", "futr", "impr"))
    )


def _analyse_slavic(low: str, lang: str) -> Analysis:
    try:
        parses = analyzer(lang).parse(low)
    except (KeyError, ValueError):
        parses = []  # pymorphy3 fails on characters without a Unicode name (found by hypothesis)
    if not parses:
        return Analysis(frozenset({low, fold_yo(low)}), low, "UNKN", "", frozenset(), "", "", False)
    first = parses[0]
    tag = first.tag
    lemmas = {low}
    for parse in parses[:4]:
        lemmas.add(parse.normal_form.translate(APOSTROPHES))
    pos = str(tag.POS or "UNKN")
    if low in _SLAVIC_PREPOSITIONS.get(lang, ()):
        pos = "PREP"  # the uk dictionary reads "до", "про", "перед" first as nouns
    tag_text = str(tag)
    if "infn" in tag_text or _untagged_infinitive(low, first, tag_text):
        pos = "INFN"  # the uk dictionary tags infinitives as VERB + infn
    elif "advp" in tag_text or pos == "GRND":
        pos = "GRND"
    case = next((c for c in _CASES if c in tag_text), "")
    cases = frozenset(c for parse in parses[:4] for c in _CASES if c in str(parse.tag))
    if cases and case != "nomn" and low[-1] in _INDECLINABLE_ENDINGS and not analyzer(lang).word_is_known(low):
        # "аль-Хулаїфі", "Гоноре": a foreign name the dictionary does not know, ending in a
        # vowel, does not decline; the guessed oblique case is a guess, the nominative stands.
        cases |= {"nomn"}
        case = "nomn"
    gender = next((g for g in _GENDERS if g in tag_text), "")
    number = "plur" if "plur" in tag_text else ("sing" if "sing" in tag_text else "")
    proper = any(any(p in str(parse.tag) for p in _PROPER) for parse in parses[:3])
    future = pos == "VERB" and "futr" in tag_text
    if pos == "INFN" and lang == "uk" and low.endswith(("ть", "ться")) and any("futr" in str(p.tag) for p in parses[:4]):
        # "МВФ виділить транш", "профспілка припинить страйк": the dictionary reads the short
        # "-ть" first as a (colloquial) infinitive; in news it is most often the 3rd person
        # future. The part of speech stays (items and plans read it as before); a future or
        # refused verb phrase may start at it.
        future = True
    # "pssv" participles; the uk impersonal "-но/-то" form ("відхилено") is a passive too
    passive = "pssv" in tag_text or pos == "PRTS" or "Impe" in tag_text
    if passive:
        # Passive participles keep an adjective lemma ("підтриманий"); add the verb it comes
        # from so that cue lexicons, written as verbs, match them ("підтримати").
        lemmas |= _participle_verbs(first.normal_form, lang)
    lemmas |= {fold_yo(lemma) for lemma in lemmas if "ё" in lemma}
    return Analysis(
        frozenset(lemmas),
        first.normal_form.translate(APOSTROPHES),
        pos,
        case,
        cases,
        gender,
        number,
        proper,
        future,
        passive,
    )


@lru_cache(maxsize=20_000)
def given_name(low: str, lang: str, gender: str = "") -> tuple[str, str]:
    """The nominative of a given name's form and that name's gender, or ("", "") where the
    dictionary knows no given name in it. The form itself where it is a nominative ("Юлія"
    is Юлія, not the genitive of Юлій the dictionary reads first); else the name of the
    gender asked for ("Юлию Навальную": Юлия), else the name of which the form is the most
    parses ("Юлії": three cases of Юлія, one of Юлій)."""
    try:
        parses = [p for p in analyzer(lang).parse(low)[:8] if "Name" in str(p.tag)]
    except (KeyError, ValueError):
        return "", ""
    own = [p for p in parses if p.normal_form == low and "nomn" in str(p.tag)]
    if own:
        parses = own
    elif gender:
        parses = [p for p in parses if gender in str(p.tag)] or parses
    if not parses:
        return "", ""
    counts: dict[str, int] = {}
    for parse in parses:
        counts[parse.normal_form] = counts.get(parse.normal_form, 0) + 1
    name = max(counts, key=lambda n: (counts[n], -list(counts).index(n)))
    tag = str(next(p.tag for p in parses if p.normal_form == name))
    return name, next((g for g in _GENDERS if g in tag), "")


@lru_cache(maxsize=20_000)
def feminine_nominative(low: str, lang: str) -> str:
    """A woman's surname in the nominative ("Ивановой" -> "Иванова", "Іванової" ->
    "Іванова"), not the man's surname the dictionary gives as its lemma; "" where no
    feminine reading of the word is known."""
    try:
        parses = analyzer(lang).parse(low)[:8]
    except (KeyError, ValueError):
        return ""
    for parse in parses:
        tag = str(parse.tag)
        if "femn" in tag and ("Surn" in tag or parse.tag.POS in ("ADJF", "NOUN")):
            form = parse.inflect({"nomn"})
            if form is not None:
                return form.word
    return ""


_PARTICIPLE_ENDINGS = {
    "uk": (
        ("ований", "увати"),
        ("йований", "ювати"),
        ("аний", "ати"),
        ("яний", "яти"),
        ("ений", "ити"),
        ("єний", "їти"),
        ("тий", "ти"),
    ),
    "ru": (
        ("ованный", "овать"),
        ("анный", "ать"),
        ("янный", "ять"),
        ("енный", "ить"),
        ("ённый", "ить"),
        ("тый", "ть"),
    ),
}


def _participle_verbs(lemma: str, lang: str) -> set[str]:
    for ending, verb in _PARTICIPLE_ENDINGS.get(lang, ()):
        if lemma.endswith(ending):
            return {lemma[: -len(ending)] + verb}
    return set()


# English: a small closed-class table; open classes come from simplemma and suffixes.
_EN_POS = {
    **dict.fromkeys(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"], "DET"),
    **dict.fromkeys(["he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "who", "which", "whom"], "NPRO"),
    **dict.fromkeys(["and", "or", "but", "nor"], "CONJ"),
    **dict.fromkeys(
        ["of", "to", "in", "on", "at", "for", "with", "by", "from", "about", "over", "under", "into", "onto", "against", "without", "within", "between", "among", "during", "before", "after", "across", "along", "through", "toward", "towards", "upon"],
        "PREP",
    ),
    **dict.fromkeys(["not", "never", "no"], "PRCL"),
    **dict.fromkeys(["is", "are", "was", "were", "be", "been", "being", "am"], "VERB"),
}


def english_word(low: str) -> bool:
    """Whether an English dictionary knows the word (a common word, not a name)."""
    import simplemma

    return simplemma.is_known(low, lang="en")


def _analyse_english(low: str) -> Analysis:
    import simplemma

    lemmas = {low}
    if low.endswith(("'s", "’s")) and len(low) > 3:
        low = low[:-2]  # "Kremlin's" is "Kremlin" for lexicon matching
        lemmas.add(low)
    lemma = simplemma.lemmatize(low, lang="en").lower()
    lemmas.add(lemma)
    # simplemma leaves some verb forms alone; strip regular inflections as well.
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("ed", "e"),
        ("ing", "e"),
    ):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            lemmas.add(low[: -len(suffix)] + repl)
    pos = _EN_POS.get(low, "")
    if not pos:
        if low.endswith("ing"):
            pos = "GRND"
        elif low.endswith("ly"):
            pos = "ADVB"
        else:
            pos = "UNKN"
    number = "plur" if low.endswith("s") and not low.endswith("ss") else ""
    return Analysis(frozenset(lemmas), lemma, pos, "", frozenset(), "", number, False)


def tokenize(text: str, lang: str) -> list[Token]:
    """Split a sentence into tokens and analyse each one."""
    tokens = []
    for i, match in enumerate(TOKEN_RE.finditer(text)):
        word = match.group()
        tokens.append(
            Token(
                word,
                word.lower().translate(APOSTROPHES),
                match.start(),
                match.end(),
                analyse_word(word, lang),
                i,
                word[0].isalnum(),
            )
        )
    return tokens


def accusative(word: str, lang: str) -> str | None:
    """A uk/ru noun form put in the accusative of its own number ("документа" -> "документ",
    "угоди" -> "угоду"), for a noun that replaces an object pronoun; None if unknown."""
    if lang not in ("uk", "ru"):
        return None
    for parse in analyzer(lang).parse(word.lower().translate(APOSTROPHES)):
        if parse.tag.POS != "NOUN":
            continue
        form = parse.inflect({"accs", parse.tag.number} if parse.tag.number else {"accs"})
        if form is None:
            return None
        return form.word[:1].upper() + form.word[1:] if word[:1].isupper() else form.word
    return None


_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct"})
# "звільнення", "освобождения": a verbal noun, rarely a nominative plural
_VERBAL_NOUN_ENDINGS = ("ння", "ття", "ния", "тия")
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"})


def nominative_phrase(words: list[str], lang: str, leading: int = 0) -> list[str] | None:
    """The opening noun phrase of a uk/ru label in the nominative ("10-процентного повышения"
    -> "10-процентное повышение", "відстрочку" -> "відстрочка"): its leading adjectives and
    participles and the head noun after them, all in one oblique case. None when the words
    open with no such phrase (a nominative, an infinitive, a name) or a form cannot be made.
    `leading`: how many opening words the caller knows to be modifiers ("нову" of "нову
    пропозицію", which the dictionary reads first as a noun)."""
    if lang not in ("uk", "ru") or not words:
        return None
    morph = analyzer(lang)
    modifiers: list[tuple[str, list]] = []
    for n, word in enumerate(words[:4]):
        try:
            parses = morph.parse(word.lower().translate(APOSTROPHES))
        except (KeyError, ValueError):
            return None
        if not parses:
            return None
        adjectival = [p for p in parses if p.tag.POS in ("ADJF", "PRTF")]
        if parses[0].tag.POS in ("ADJF", "PRTF") or n < leading and adjectival:
            modifiers.append((word, adjectival))
            continue
        if parses[0].tag.POS != "NOUN":
            return None
        # The modifiers' case decides between the head's homonymous forms ("10-відсоткового
        # підвищення": genitive, not the nominative the dictionary lists first).
        case = modifiers[0][1][0].tag.case if modifiers else parses[0].tag.case
        heads = [p for p in parses if p.tag.POS == "NOUN" and p.tag.case == case]
        if not heads or case not in _OBLIQUE or len({p.normal_form for p in heads}) > 1:
            return None  # "графике": of "график" or of "графика", the dictionary cannot say
        head = heads[0]
        if not modifiers and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses[:4]) \
                and not word.lower().endswith(_VERBAL_NOUN_ENDINGS):
            return None  # "санкції": a genitive singular or the nominative plural it may be
        grammemes = set(str(head.tag).replace(" ", ",").split(","))
        if grammemes & _NAME_GRAMMEMES:
            return None  # a name ("России"): not a label's head
        number, gender = head.tag.number, head.tag.gender
        plural = number == "plur"
        out: list[str] = []
        try:
            # A singular head's nominative is its dictionary form: the uk dictionary tags its
            # singular forms with no number ("зони" of "зона"), and inflecting those to the
            # nominative gives the plural.
            form = head.inflect({"nomn", "plur"}) if plural else None
            head_word = form.word if form is not None else None if plural else head.normal_form
            if head_word is None:
                return None
            for text, options in modifiers:
                parse = next((p for p in options if p.tag.case == case
                              and (p.tag.number == "plur") == plural
                              and (plural or p.tag.gender in (None, gender))), None)
                wanted = {"nomn", "plur"} if plural else {"nomn", gender or "masc"} | ({"sing"} if lang == "ru" else set())
                made = parse.inflect(wanted) if parse is not None else None
                if made is None:
                    return None
                out.append(_same_case(text, made.word))
        except ValueError:
            return None
        out.append(_same_case(word, head_word))
        return out + list(words[n + 1 :])
    return None


def genitive_phrase(words: list[str], lang: str) -> list[str] | None:
    """A uk/ru noun phrase in the nominative put in the genitive, for a label that governs
    it ("Регіон Ессекібо" -> "регіону Ессекібо", "морской порт" -> "морского порта"): its
    leading adjectives and its head noun; the words after the head stay as written. None
    when it opens with no such phrase or a form cannot be made."""
    if lang not in ("uk", "ru") or not words:
        return None
    morph = analyzer(lang)
    out: list[str] = []
    try:
        for n, word in enumerate(words[:4]):
            parses = [p for p in morph.parse(word.lower().translate(APOSTROPHES)) if p.tag.case == "nomn"]
            adjectival = [p for p in parses if p.tag.POS in ("ADJF", "PRTF")]
            nouns = [p for p in parses if p.tag.POS == "NOUN"]
            if adjectival and not nouns:
                made = adjectival[0].inflect({"gent"})
                if made is None:
                    return None
                out.append(_same_case(word, made.word))
                continue
            if not nouns:
                return None
            made = nouns[0].inflect({"gent"})
            if made is None:
                return None
            return [*out, _same_case(word, made.word), *words[n + 1 :]]
    except (KeyError, ValueError):
        return None
    return None


def _same_case(original: str, form: str) -> str:
    if "ё" not in original.lower():
        form = form.replace("ё", "е")  # "отчетности" -> "отчетность", as the article spells it
    return form[:1].upper() + form[1:] if original[:1].isupper() else form
