"""Lexicons: the YAML files under graph/lexicons/, loaded once per process.

`Words` is the matcher every lexicon entry goes through: a tuple of words, each
matched against a token's keys (surface form and lemmas), `*` marking a prefix
and short all-caps acronyms matched on their exact surface form (so "US" is not
"us"). Entries are indexed by their first word so a sentence is scanned in one
pass. See graph/lexicons/README.md for the file formats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from ..models import RELATIONS, Actor, Item
from .morph import APOSTROPHES, Token, analyse_word, fold_yo
from .startup_cache import startup_cache

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"
LANGS = ("uk", "ru", "en")


class LexiconError(Exception):
    """A lexicon file that cannot be loaded; names the file and the reason."""


# libyaml's loader when PyYAML was built with it: the lexicons load about 8x faster,
# which every worker process and every CLI start pays.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path):
    """A lexicon file's data; LexiconError names the file when it cannot be read, or
    when a list or a word mapping holds a YAML boolean (an unquoted no, on, off, yes: a
    word that would never match, as "insist on" once silently did)."""
    try:
        return startup_cache().parsed(path, lambda raw: _parse_lexicon(path, raw))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: {exc}") from exc


def _parse_lexicon(path: Path, raw: bytes):
    data = yaml.load(raw.decode("utf-8"), Loader=_YAML_LOADER)
    where = _boolean_in_list(data, [])
    if where is not None:
        raise LexiconError(f"{path}: {where[0]}: {where[1]} is not a word; quote it")
    return data


def _boolean_in_list(data, path: list[str]) -> tuple[str, bool] | None:
    """The first boolean inside a list, or as a key of a word mapping ("ordinals: {no: 1}"),
    and where it is ("phrases.demands", True); None when there is none."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, bool) and path:
                return ".".join(path), key
            found = _boolean_in_list(value, [*path, str(key)])
            if found:
                return found
    elif isinstance(data, list):
        for value in data:
            if isinstance(value, bool):
                return ".".join(path), value
            found = _boolean_in_list(value, path)
            if found:
                return found
    return None


@dataclass(frozen=True)
class Word:
    """One word of a lexicon entry and the token keys it accepts."""

    forms: frozenset[str]
    prefix: str = ""  # non-empty: match any key starting with it
    exact: str = ""  # non-empty: match this exact surface form (acronyms)
    surface: str = ""  # non-empty: match this lower-case surface form only ("=backed")
    gap: bool = False  # "...": one to three words of any kind (the object of "rule X out"; see _gap_sizes)
    # "~": one to three words skipped, not the item ("get Beijing to agree to X": the addressee)
    skipped: bool = False
    # "+concession*" (in a phrase written as a list): must follow for the entry to match,
    # but is not part of it ("make no +concession*": the concessions are the item refused).
    lookahead: bool = False
    number: bool = False  # "#": a number, a share or a score ("voted 64% against", "55-40")

    def matches(self, token: Token) -> bool:
        if self.number:
            return bool(_NUMBER.match(token.text))
        if self.surface:
            return fold_yo(token.low) == self.surface
        if self.exact:
            return token.text == self.exact or token.text.rstrip("'’") == self.exact
        if self.prefix:
            return token.low.startswith(self.prefix) or any(
                k.startswith(self.prefix) for k in token.keys
            )
        return not self.forms.isdisjoint(token.keys)


_NUMBER = re.compile(r"^\d[\d.,%–-]*$")


def make_word(raw: str, lang: str) -> Word:
    """A lexicon word: dictionary forms from morphology, prefix or acronym."""
    raw = raw.strip().translate(APOSTROPHES)
    if raw == "...":
        return Word(frozenset(), gap=True)
    if raw == "~":
        return Word(frozenset(), gap=True, skipped=True)
    if raw == "#":
        return Word(frozenset(), number=True)
    if raw.startswith("+") and len(raw) > 1:
        return replace(make_word(raw[1:], lang), lookahead=True)
    if raw.startswith("=") and len(raw) > 1:
        return Word(frozenset(), surface=fold_yo(raw[1:].lower()))
    if raw and not any(c.isalnum() for c in raw):
        return Word(frozenset(), surface=raw)  # "країни, що розвиваються": a comma has no lemma
    if raw.endswith("*") and len(raw) > 1:
        return Word(frozenset(), prefix=fold_yo(raw[:-1].lower()))
    if raw.isupper() and len(raw) <= 5 and raw.isalpha():
        return Word(frozenset({raw.lower()}), exact=raw)
    low = raw.lower()
    if lang in ("uk", "ru") or re.search(r"[а-яіїєґё]", low):
        lang = lang if lang in ("uk", "ru") else ("uk" if re.search(r"[іїєґ]", low) else "ru")
    elif lang != "en":
        return Word(frozenset({low}))
    forms = {low, *startup_cache().forms(low, lang, _dictionary_forms)}
    return Word(frozenset(forms | {fold_yo(form) for form in forms}))


def _dictionary_forms(low: str, lang: str) -> tuple[str, ...]:
    """The lemma a lexicon word adds to its own form (the most likely one: a lexicon
    word names one sense)."""
    analysis = analyse_word(low, lang)
    if lang == "en" and analysis.lemma not in analysis.lemmas:
        return ()
    return (analysis.lemma,)


def split_words(text: str) -> list[str]:
    return re.findall(
        r"\.\.\.|(?:[A-ZА-Я]\.){2,}|[=\w*]+(?:[-'’ʼ.][\w*]+)*|[^\w\s*]", text, re.UNICODE
    )


def make_words(text: str | list, lang: str) -> tuple[Word, ...]:
    parts = text if isinstance(text, list) else split_words(str(text))
    return tuple(make_word(str(p), lang) for p in parts if str(p).strip())


@dataclass(frozen=True)
class _Ordered:
    order: int
    value: object


class PhraseIndex:
    """Word sequences indexed by the keys of their first word, matched at a token position."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[tuple[tuple[Word, ...], object]]] = {}
        # Entries whose first word is a prefix ("negotiat*"), bucketed by its first three
        # letters so a token is checked only against prefixes it could start with; shorter
        # prefixes and numbers are checked at every token.
        self._by_prefix_head: dict[str, list[tuple[tuple[Word, ...], object]]] = {}
        self._by_prefix: list[tuple[tuple[Word, ...], object]] = []

    def add(self, words: tuple[Word, ...], value: object) -> None:
        if not words:
            return
        self._count = getattr(self, "_count", 0) + 1
        value = _Ordered(self._count, value)
        first = words[0]
        if first.surface:
            self._by_key.setdefault(first.surface, []).append((words, value))
        elif first.prefix and len(first.prefix) >= 3:
            self._by_prefix_head.setdefault(first.prefix[:3], []).append((words, value))
        elif first.prefix or first.number:
            self._by_prefix.append((words, value))
        else:
            for form in first.forms:
                self._by_key.setdefault(form, []).append((words, value))

    def _may_start(self, token: Token) -> bool:
        """Whether any entry's first word could match the token: one set test for most
        tokens (every phrase index is asked about every word of every sentence)."""
        heads = self._by_prefix_head
        return bool(
            self._by_prefix
            or not self._by_key.keys().isdisjoint(token.an.lemmas)
            or heads and (token.low[:3] in heads or any(k[:3] in heads for k in token.an.sorted_keys))
        )

    def _candidates(self, token: Token) -> list[tuple[tuple[Word, ...], _Ordered]]:
        """The entries whose first word could match the token (after `_may_start`)."""
        by_key = self._by_key
        keys = token.an.sorted_keys
        heads = self._by_prefix_head
        candidates = []
        seen = set()
        for key in keys:
            for entry in by_key.get(key, ()):
                if id(entry) not in seen:
                    seen.add(id(entry))
                    candidates.append(entry)
        if heads:
            for key in (token.low, *keys):
                for entry in heads.get(key[:3], ()):
                    if id(entry) not in seen:
                        seen.add(id(entry))
                        candidates.append(entry)
        candidates.extend(self._by_prefix)
        return candidates

    def matches_at(self, tokens: list[Token], i: int) -> list[tuple[int, object]]:
        """(end index exclusive, value) for every entry matching from token i, longest first."""
        return self._matches(tokens, i) if self._may_start(tokens[i]) else []

    def _matches(self, tokens: list[Token], i: int) -> list[tuple[int, object]]:
        """`matches_at` once `_may_start` has said yes."""
        found = []
        for words, value in self._candidates(tokens[i]):
            end = _match_sequence(words, tokens, i)
            if end:
                found.append((end, value))
        # Longest first; among equally long entries the one listed first in the lexicon, so
        # that the result never depends on set order (hash seeds differ between processes).
        found.sort(key=lambda pair: (-pair[0], pair[1].order))
        return [(end, value.value) for end, value in found]

    def gap_at(self, tokens: list[Token], i: int, end: int) -> tuple[int, int] | None:
        """For an entry with a "..." that matches tokens [i, end): the tokens the gap covered
        ("took [the land tax] off the agenda"), the first such entry in lexicon order."""
        if not self._may_start(tokens[i]):
            return None
        found = []
        for words, value in self._candidates(tokens[i]):
            span = _gap_span(words, tokens, i)
            if span is not None and span[0] == end:
                found.append((value.order, span[1], span[2]))
        return min(found)[1:] if found else None

    def longest_at(self, tokens: list[Token], i: int) -> tuple[int, object] | None:
        if not self._may_start(tokens[i]):
            return None
        found = self._matches(tokens, i)
        return found[0] if found else None

    def __bool__(self) -> bool:
        return bool(self._by_key or self._by_prefix_head or self._by_prefix)


def _gap_sizes(gap: Word, rest: tuple[Word, ...]) -> range:
    """How many words a gap may cover: one to three, or for a "..." up to six before a tail
    of three words or more, which anchors the match ("took the question of cantonment off
    the agenda")."""
    return range(1, 7 if len(rest) >= 3 and not gap.skipped else 4)


def _match_sequence(words: tuple[Word, ...], tokens: list[Token], i: int) -> int:
    j = i
    for n, word in enumerate(words):
        if word.gap:
            rest = words[n + 1 :]
            for skip in _gap_sizes(word, rest):
                if j + skip < len(tokens) and all(t.is_word for t in tokens[j : j + skip]):
                    end = _match_sequence(rest, tokens, j + skip) if rest else j + skip
                    if end:
                        return end
            return 0
        if j >= len(tokens) or not word.matches(tokens[j]):
            return 0
        j += 1
    lookahead = sum(1 for word in words if word.lookahead)
    return j - lookahead  # trailing "+" words were checked, not taken


def _gap_span(words: tuple[Word, ...], tokens: list[Token], i: int) -> tuple[int, int, int] | None:
    """(end, gap start, gap end) of an entry with a "..." matched from token i, as
    `_match_sequence` matches it; None when it does not match or has no such gap."""
    n = next((k for k, word in enumerate(words) if word.gap and not word.skipped), None)
    if n is None:
        return None
    head = _match_sequence(words[:n], tokens, i) if n else i
    if not head:
        return None
    rest = words[n + 1 :]
    for skip in _gap_sizes(words[n], rest):
        if head + skip < len(tokens) and all(t.is_word for t in tokens[head : head + skip]):
            end = _match_sequence(rest, tokens, head + skip) if rest else head + skip
            if end:
                return end, head, head + skip
    return None


class WordIndex:
    """Many single `Word`s matched against a token in a few dictionary look-ups
    (exact forms, surface forms, acronyms, and prefixes bucketed by their first letters)."""

    def __init__(self, words: list[Word]) -> None:
        self._forms: dict[str, list[int]] = {}
        self._surfaces: dict[str, list[int]] = {}
        self._exact: dict[str, list[int]] = {}
        self._prefixes: dict[str, list[tuple[str, int]]] = {}
        self._short: list[tuple[str, int]] = []
        for wid, word in enumerate(words):
            if word.surface:
                self._surfaces.setdefault(word.surface, []).append(wid)
            elif word.exact:
                self._exact.setdefault(word.exact, []).append(wid)
            elif word.prefix:
                if len(word.prefix) >= 3:
                    self._prefixes.setdefault(word.prefix[:3], []).append((word.prefix, wid))
                else:
                    self._short.append((word.prefix, wid))
            else:
                for form in word.forms:
                    self._forms.setdefault(form, []).append(wid)

    def any_match(self, token: Token) -> bool:
        """Whether any indexed word matches the token, remembered per surface form: for an
        index of one language, whose tokens' lemmas follow from their surface form."""
        cache = self.__dict__.setdefault("_any", {})
        found = cache.get(token.low)
        if found is None:
            found = bool(self.matches(token))
            if len(cache) < 200_000:
                cache[token.low] = found
        return found

    def matches(self, token: Token) -> frozenset[int]:
        """Ids of every indexed word that matches the token, remembered per surface form
        and lemmas (all a match depends on): item and demonym indexes see each word of
        every sentence."""
        cache = self.__dict__.setdefault("_matches", {})
        key = (token.text, token.an.lemmas)
        found = cache.get(key)
        if found is None:
            found = frozenset(self._match(token))
            if len(cache) < 200_000:
                cache[key] = found
        return found

    def _match(self, token: Token) -> set[int]:
        found: set[int] = set()
        found.update(self._surfaces.get(fold_yo(token.low), ()))
        found.update(self._exact.get(token.text, ()))
        found.update(self._exact.get(token.text.rstrip("'’"), ()))
        keys = token.keys | {token.low}  # the keys carry "е" for "ё" (morph.fold_yo)
        for key in keys:
            found.update(self._forms.get(key, ()))
            for prefix, wid in self._prefixes.get(key[:3], ()):
                if key.startswith(prefix):
                    found.add(wid)
            for prefix, wid in self._short:
                if key.startswith(prefix):
                    found.add(wid)
        return found


# --- actors ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ActorEntry:
    """An actor of actors.yaml with what the rules need beyond the `Actor` record."""

    actor: Actor
    gender: str = ""
    country: str = ""
    speaks_for: str = ""
    # A side of its own in talks, never its country's stand-in (Hamas, the RSF).
    own_party: bool = False
    # A company (Boeing, Gazprom): named after an item's words, it narrows the item
    # ("sanctions on Aeroflot"); an armed group or a state named there is a side instead.
    company: bool = False


@dataclass
class ActorLexicon:
    entries: dict[str, ActorEntry] = field(default_factory=dict)
    index: PhraseIndex = field(default_factory=PhraseIndex)
    # The head noun of an organisation's multi-word names ("фонд" of "Международный
    # валютный фонд", "bank" of "World Bank") -> the organisations it may refer back to.
    heads: dict[str, frozenset[str]] = field(default_factory=dict)


_GENDERS = {"m": "masc", "f": "femn", "n": "neut", "p": "plur"}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@lru_cache(maxsize=1)
def actor_rows() -> list[dict]:
    """The canonical actors: actors.yaml, then every file of actors/ (one file a kind of
    actor: leaders, parties, blocs). An id listed twice is a LexiconError naming the file."""
    rows: list[dict] = []
    seen: set[str] = set()
    for path in [LEXICON_DIR / "actors.yaml", *sorted((LEXICON_DIR / "actors").glob("*.yaml"))]:
        for row in load_yaml(path) or []:
            actor_id = str(row["id"])
            if actor_id in seen:
                raise LexiconError(f"{path}: actor id {actor_id!r} is listed twice")
            seen.add(actor_id)
            rows.append(row)
    return rows


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    """The canonical actors (actor_rows), indexed by every alias in every language."""
    lexicon = ActorLexicon()
    for row in actor_rows():
        actor_id = str(row["id"])
        labels = row.get("labels") or {}
        actor = Actor(
            id=actor_id,
            label=str(row.get("label") or labels.get("en") or actor_id),
            wikidata=str(row.get("wikidata") or ""),
            type=str(row.get("type") or "person"),
            labels=tuple(sorted((str(k), str(v)) for k, v in labels.items())),
        )
        entry = ActorEntry(
            actor=actor,
            gender=_GENDERS.get(str(row.get("gender") or ""), str(row.get("gender") or "")),
            country=str(row.get("country") or ""),
            speaks_for=str(row.get("speaks_for") or ""),
            own_party=bool(row.get("own_party")),
            company=bool(row.get("company")),
        )
        lexicon.entries[actor_id] = entry
        names: set[tuple[str, str]] = set()
        for lang, label in labels.items():
            names.add((str(lang), str(label)))
        names.add(("en", actor.label))
        for lang, aliases in (row.get("aliases") or {}).items():
            for alias in aliases or ():
                names.add((str(lang), str(alias)))
        for lang, name in sorted(names):
            words = make_words(_participles_as_written(name) if lang == "en" else name, str(lang))
            lexicon.index.add(words, (actor_id, words))
            if actor.type == "organisation" and not entry.company:
                # A company is "the company" later (a role noun), never "the world" of DP World.
                head = _head_noun(name, str(lang))
                if head:
                    lexicon.heads[head] = lexicon.heads.get(head, frozenset()) | {actor_id}
    return lexicon


_EN_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ing|ed)")


def _participles_as_written(name: str) -> str:
    """An English name's participles match only as written: "developing countries" and
    "developed countries" share the lemma "develop" but are the two sides of climate talks.
    A capitalised word is a participle only as the label's first word before lower-case
    ones ("Developing countries"), never a name of its own ("Beijing")."""
    words = name.split(" ")
    common = len(words) > 1 and all(word.islower() for word in words[1:])
    return " ".join(
        f"={word}" if _EN_PARTICIPLE.fullmatch(word.lower()) and (word.islower() or k == 0 and common) else word
        for k, word in enumerate(words)
    )


def _head_noun(name: str, lang: str) -> str:
    """The lemma of a multi-word name's last word when it is a common noun in the
    nominative ("валютный фонд" -> фонд, "World Bank" -> bank); "" otherwise."""
    parts = name.split()
    if len(parts) < 2 or not parts[-1].isalpha() or len(parts[-1]) < 4:
        return ""
    last = parts[-1].lower()
    if lang == "en":
        return last
    analysis = analyse_word(last, lang)
    if analysis.pos != "NOUN" or analysis.proper or "nomn" not in analysis.cases:
        return ""
    return analysis.lemma


# --- items and issues ------------------------------------------------------------------


@dataclass(frozen=True)
class ItemEntry:
    item: Item
    patterns: tuple[tuple[Word, ...], ...]
    # Actor ids the item is tied to ("Ukraine's NATO membership"): chosen only when the
    # sentence names one of them (codebook rule 9: the label must be true of the text).
    about: frozenset[str] = frozenset()

    @cached_property
    def words(self) -> "WordIndex":
        """Every word of the entry's patterns, indexed once."""
        return WordIndex([w for pattern in self.patterns for w in pattern])


@dataclass(frozen=True)
class IssueEntry:
    key: str
    labels: tuple[tuple[str, str], ...]
    keywords: tuple[Word, ...]
    weak: tuple[Word, ...] = ()  # count only beside a keyword or a context word of the issue
    context: tuple[Word, ...] = ()  # make weak keywords count; never count themselves
    fallback: tuple[Word, ...] = ()  # count only when no issue has a keyword in the span
    bare: tuple[Word, ...] = ()  # count only when no other word of the span counts for any issue
    offices: tuple[Word, ...] = ()  # keywords that name a post as well as its holder (see items.classify_issue)


@lru_cache(maxsize=1)
def _items_yaml() -> list:
    """items.yaml parsed once per process: the item lexicon and its contrary pairs both read it."""
    return load_yaml(LEXICON_DIR / "items.yaml") or []


def _pattern_words(pattern: str | list) -> tuple[Word, ...]:
    """One pattern of items.yaml (a list of words, or a phrase), each word in its own language."""
    words = pattern if isinstance(pattern, list) else split_words(str(pattern))
    return tuple(make_word(str(w), guess_lang(str(w))) for w in words)


@lru_cache(maxsize=1)
def item_lexicon() -> tuple[ItemEntry, ...]:
    data = _items_yaml()
    entries = []
    for row in data:
        labels = row.get("labels") or {}
        item = Item(
            id=str(row["id"]),
            label=str(row.get("label") or labels.get("en") or row["id"]),
            issue=str(row.get("issue") or "other"),
            labels=tuple(sorted((str(k), str(v)) for k, v in labels.items())),
        )
        patterns = [_pattern_words(pattern) for pattern in row.get("patterns") or ()]
        # A place that names the item only with its head noun ("Rafah crossing", "КПП
        # Рафах", "reopen Rafah"): "fighting in Rafah" is the town, not the crossing.
        heads = [_pattern_words(head) for head in row.get("heads") or ()]
        for place in row.get("place_patterns") or ():
            patterns.extend(_pattern_words(place) + head for head in heads)
        about = row.get("about") or ()
        if isinstance(about, str):
            about = (about,)
        entries.append(ItemEntry(item, tuple(patterns), frozenset(str(a) for a in about)))
    return tuple(entries)


@lru_cache(maxsize=1)
def contrary_items() -> dict[str, str]:
    """Pairs of items that are each other's contrary (membership / renunciation of
    membership, tariffs / lifting of tariffs), both ways: `contrary:` in items.yaml."""
    data = _items_yaml()
    known = {str(row["id"]) for row in data}
    pairs: dict[str, str] = {}
    for row in data:
        other = row.get("contrary")
        if not other:
            continue
        if str(other) not in known:
            raise LexiconError(f"items.yaml: {row['id']}: contrary item {other!r} is not in the lexicon")
        pairs[str(row["id"])] = str(other)
        pairs[str(other)] = str(row["id"])
    return pairs


@lru_cache(maxsize=1)
def confidence_table() -> tuple[dict[str, float], float, float]:
    """lexicons/confidence.yaml: (share read true per "basis:lexicon|text", the share for
    a basis never judged, the level from which the view and comparison show lines)."""
    data = load_yaml(LEXICON_DIR / "confidence.yaml") or {}
    levels = {str(k): float(v) for k, v in (data.get("levels") or {}).items()}
    return levels, float(data.get("default", 0.5)), float(data.get("shown_from", 0.0))


def confidence_of(basis: str, known: bool) -> float:
    """How likely a line read by rule `basis` reads true, as measured by reading verdicts."""
    levels, default, _ = confidence_table()
    key = f"{basis}:{'lexicon' if known else 'text'}"
    return levels.get(key, levels.get(basis, default))


def shown_from() -> float:
    """The confidence from which at least 95% of judged lines read true (the default view)."""
    return confidence_table()[2]


def contrary_of(item_id: str) -> str | None:
    """The id of the item that states the opposite outcome, if the lexicon declares one."""
    return contrary_items().get(item_id)


@lru_cache(maxsize=1)
def issue_lexicon() -> tuple[IssueEntry, ...]:
    data = load_yaml(LEXICON_DIR / "issues.yaml") or []
    out = []
    for row in data:
        labels = row.get("labels") or {}
        def words(key: str, row: dict = row) -> tuple[Word, ...]:
            return tuple(make_word(str(w), guess_lang(str(w))) for w in row.get(key) or ())

        out.append(IssueEntry(str(row["key"]), tuple(sorted((str(k), str(v)) for k, v in labels.items())),
                              words("keywords"), words("weak"), words("context"), words("fallback"),
                              words("bare"), words("offices")))
    return tuple(out)


def guess_lang(word: str) -> str:
    """uk, ru or en for a lexicon word, from its letters (Cyrillic without a telling letter: uk)."""
    if re.search(r"[іїєґ]", word.lower()):
        return "uk"
    if re.search(r"[ыэёъ]", word.lower()):
        return "ru"
    if re.search(r"[а-я]", word.lower()):
        return "uk"
    return "en"


# --- cues ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ClosedClasses:
    """Closed word classes of one language, as written in cues.yaml (see its last section):
    surface forms, except `ordinals` and `point_nouns`, which are lemmas."""

    copula: frozenset[str] = frozenset()
    # Words before a gerund that opens a sentence ("While restating its readiness, the
    # ministry …"): the gerund's clause is still said of the main clause's subject.
    gerund_subordinators: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    # "наполягає на тому, щоб X", "выступает за то, чтобы X": the pronoun that announces the clause.
    correlatives: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    noun_links: frozenset[str] = frozenset()
    predicate_starts: frozenset[str] = frozenset()
    ordinals: dict[str, int] = field(default_factory=dict)
    point_nouns: frozenset[str] = frozenset()
    point_nouns_plural: frozenset[str] = frozenset()
    reference_fillers: frozenset[str] = frozenset()
    # "all", "усі", "все": before "delegations", "сторони", a whole conference, never a pair.
    universal_words: frozenset[str] = frozenset()
    referring_words: frozenset[str] = frozenset()
    # "Так", "Про це", "Об этом" opening a sentence that names who said the quote before it.
    quote_back_references: frozenset[str] = frozenset()
    referring_pronouns: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    trailing_words: frozenset[str] = frozenset()
    non_content_verbs: frozenset[str] = frozenset()
    action_suffixes: tuple[str, ...] = ()  # a tuple, for str.endswith
    empty_item_words: frozenset[str] = frozenset()
    # "a request for comment on the exchange", "запит про коментар": an item headed by a
    # comment names no outcome (rule 7).
    comment_nouns: frozenset[str] = frozenset()
    vague_outcome_words: frozenset[str] = frozenset()
    # "поступки в багатьох пунктах", "concessions on several points": still no outcome named.
    vague_tails: frozenset[str] = frozenset()
    # "«Ми хотіли X, але це чесний компроміс»": a past wish given up for the deal (rule 7).
    past_goal_words: frozenset[str] = frozenset()
    and_words: frozenset[str] = frozenset()
    locative_prepositions: frozenset[str] = frozenset()
    # "the Abu Dhabi meeting", "the Doha talks": a place named before one is a venue, no subject.
    venue_nouns: frozenset[str] = frozenset()
    condition_fillers: frozenset[str] = frozenset()
    future_fillers: frozenset[str] = frozenset()
    question_words: frozenset[str] = frozenset()
    linking_verbs: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    # "кілька", "несколько", "several": a count before a plural head in the genitive.
    quantifiers: frozenset[str] = frozenset()
    without_words: frozenset[str] = frozenset()
    name_links: frozenset[str] = frozenset()
    fragment_starts: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    comparatives: frozenset[str] = frozenset()
    # "if the deal is good", "якщо угода буде справедливою": a condition that only grades the
    # outcome (dictionary forms for uk/ru) names no demand of its own.
    evaluative_predicates: frozenset[str] = frozenset()
    # "not to block the sanctions package", "не блокувати пакет санкцій": a verb that stops the
    # item heads the act (dictionary forms for uk/ru); the item alone would flip its polarity.
    obstruction_verbs: frozenset[str] = frozenset()
    # "widen the talks to EU rules", "розширити переговори на": a verb that changes the item's
    # scope heads the act (dictionary forms for uk/ru), so the label keeps the text's words.
    scope_verbs: frozenset[str] = frozenset()
    # "the conditions for resuming talks", "умови відновлення переговорів": the terms set for
    # an item (surface forms), which a party can refuse without refusing the item itself.
    terms_heads: frozenset[str] = frozenset()
    # "under AU mediation", "за посередництва", "при посредничестве": a preposition of the way
    # an item is done; a lexicon item after it narrows the item before it.
    manner_prepositions: frozenset[str] = frozenset()
    # en nouns that head a compound whose modifier is a lexicon item ("tariff quota"): the
    # compound is a thing of its own.
    compound_heads: frozenset[str] = frozenset()
    # "until the cycle closes": a period running out, a time limit (en).
    end_verbs: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    news_agencies: frozenset[str] = frozenset()
    comitatives: frozenset[str] = frozenset()
    modal_verbs: frozenset[str] = frozenset()
    # "no longer", "більше не", "больше не": with a negation, a position that has ended
    no_longer_words: frozenset[str] = frozenset()
    between_words: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()
    naming_pointers: frozenset[str] = frozenset()
    same_words: frozenset[str] = frozenset()
    inverted_conditionals: frozenset[str] = frozenset()
    # "a fallback should negotiations fail": before a failure, a condition, never a "must".
    failure_conditionals: frozenset[str] = frozenset()
    # "требуем исполнить договор, чтобы ставка была не ниже X": after a demand and its comma,
    # a clause with a subject of its own that spells out what is demanded (not a purpose
    # infinitive, "чтобы защитить X").
    spelled_out_openers: frozenset[str] = frozenset()
    # "we", "мы", "ми": in a quote, the speaker's side as the subject of an offer.
    we_words: frozenset[str] = frozenset()
    place_name_tails: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    # "в районі Сент-Луїса", "the plant near Wichita": a name right after one is a location.
    location_nouns: frozenset[str] = frozenset()
    near_prepositions: frozenset[str] = frozenset()
    source_prepositions: frozenset[str] = frozenset()
    bound_prepositions: frozenset[str] = frozenset()
    bound_nouns: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    # Words of when an amount applies ("2% next year", "на 2% наступного року"): a list member
    # of an amount and these only is one more amount of the member before it (items.amount_member).
    amount_times: frozenset[str] = frozenset()
    as_clause_fillers: frozenset[str] = frozenset()
    support_verbs: frozenset[str] = frozenset()
    manner_tails: frozenset[str] = frozenset()
    consequence_verbs: frozenset[str] = frozenset()
    linkage_words: frozenset[str] = frozenset()
    scope_modifiers: frozenset[str] = frozenset()
    time_heads: frozenset[str] = frozenset()
    # "percent", "відсотків": an amount before an item's noun is no kind of it.
    amount_words: frozenset[str] = frozenset()
    # "at least", "up to" (written with spaces): an amount, not a preposition, opens the item.
    amount_openers: frozenset[str] = frozenset()
    # Speaker marks of a transcribed interview ("Q:", "A:", "Питання:", "Ответ:"), lower case:
    # a question states no position; an answer is the interviewee's quote.
    question_marks: frozenset[str] = frozenset()
    answer_marks: frozenset[str] = frozenset()
    # A yes/no question's particles ("чи", "ли") and the words that answer it (interviews).
    question_particles: frozenset[str] = frozenset()
    yes_words: frozenset[str] = frozenset()
    no_words: frozenset[str] = frozenset()
    # "in", "down", "out": the particle that ends a two-word phrasal verb ("step in", "back
    # down"), not a preposition cut from its noun.
    phrasal_particles: frozenset[str] = frozenset()
    frame_adverbs: frozenset[str] = frozenset()
    # Words that open an adverbial clause with a subject of its own ("as developing countries
    # pressed", "оскільки країни наполягали"); several words are written with spaces.
    clause_openers: frozenset[str] = frozenset()
    # Words at a label's end that say on what condition or when, not what ("... in that
    # case", "... доти", "... next week"): dropped from the span's end (phrases, surface forms).
    label_tails: frozenset[str] = frozenset()
    # Personal pronouns that open a clause of their own ("Russia, it is not appropriate").
    clause_pronouns: frozenset[str] = frozenset()
    # Verbs of becoming whose infinitive opens no outcome without its subject
    # ("стать неотъемлемой частью процесса": what should become part is not said).
    become_verbs: frozenset[str] = frozenset()
    # Nouns of taking up an offer or a demand ("принятие предложения компании"): with only the
    # offer and its owner after them the line names no content (the item is the offer's).
    acceptance_nouns: frozenset[str] = frozenset()
    # Prepositions after an addressee that open the topic ("ЄС щодо торгівельної угоди").
    addressee_topic_prepositions: frozenset[str] = frozenset()
    # Openers that are also prepositions ("as host", "since 2014"): the words after them that
    # show the preposition.
    preposition_after_opener: frozenset[str] = frozenset()
    object_openers: frozenset[str] = frozenset()
    contrast_joins: frozenset[str] = frozenset()
    clause_contrasts: frozenset[str] = frozenset()
    but_words: frozenset[str] = frozenset()
    linking_prepositions: frozenset[str] = frozenset()
    for_whom: frozenset[str] = frozenset()
    reason_openers: frozenset[str] = frozenset()
    as_words: frozenset[str] = frozenset()
    that_words: frozenset[str] = frozenset()
    plan_links: frozenset[str] = frozenset()
    addressee_links: frozenset[str] = frozenset()
    indirect_object_links: frozenset[str] = frozenset()  # en: "asked X for", "offered X a"
    addressee_determiners: frozenset[str] = frozenset()  # en: "its"/"the" before the addressee's name
    not_words: frozenset[str] = frozenset()
    cue_prepositions: frozenset[str] = frozenset()
    among_words: frozenset[str] = frozenset()
    against_words: frozenset[str] = frozenset()
    for_words: frozenset[str] = frozenset()
    object_pronouns: frozenset[str] = frozenset()
    phrase_fillers: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    agent_prepositions: frozenset[str] = frozenset()
    # "to the government", "through the facilitator": an addressee or a channel, never the
    # subject, also with an article between (mentions._oblique_names).
    addressee_prepositions: frozenset[str] = frozenset()
    # "through the facilitator, Omar Said,": a channel, whose name in apposition is no subject either.
    channel_prepositions: frozenset[str] = frozenset()
    # "при посредничестве ЕС", "під тиском США": a party named inside a frame of two words
    # is its mediator or its pressure, never the clause's subject (surface forms).
    party_frames: frozenset[str] = frozenset()
    deputy_words: frozenset[str] = frozenset()
    name_joins: frozenset[str] = frozenset()
    government_bodies: frozenset[str] = frozenset()
    owned_bodies: frozenset[str] = frozenset()
    future_auxiliaries: frozenset[str] = frozenset()
    conditional_particles: frozenset[str] = frozenset()
    refusal_auxiliaries: frozenset[str] = frozenset()
    never_words: frozenset[str] = frozenset()
    refusal_contractions: frozenset[str] = frozenset()
    not_refused_verbs: frozenset[str] = frozenset()
    refusal_negations: frozenset[str] = frozenset()
    auxiliary_lemmas: frozenset[str] = frozenset()
    future_be: frozenset[str] = frozenset()
    instead_words: frozenset[str] = frozenset()
    future_markers: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    owner_determiners: frozenset[str] = frozenset()
    subject_boundaries: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    be_infinitives: frozenset[str] = frozenset()
    # "варто зазначити", "стоит ожидать", "слід нагадати": a "must" before one of these is the
    # writer's aside or forecast, nothing imposed on a party.
    remark_infinitives: frozenset[str] = frozenset()
    impersonal_musts: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    parenthesis_openers: frozenset[str] = frozenset()
    # "despite", "over", "попри", "вопреки": before an objection noun, a decision taken against
    # its owner, who rejects what was decided ("approved X despite the objections of Poland")
    overriding_words: frozenset[str] = frozenset()
    # "except", "крім", "кроме": an item left after them names who is left out, no outcome
    except_words: frozenset[str] = frozenset()
    # "of", "про", "о": after a speech verb that follows a bare "No" quote, what was refused
    said_of_prepositions: frozenset[str] = frozenset()
    # "prefer", "скорее", "радше" (as written): a preference at or right before a cue; its
    # `preference_links` ("to", "over", "чем", "ніж") open the option turned down
    preference_words: frozenset[str] = frozenset()
    preference_links: frozenset[str] = frozenset()
    # "objection", "заперечен", "возражени": the starts of nouns of objection (as written)
    objection_stems: tuple[str, ...] = ()
    inflected_and_words: frozenset[str] = frozenset()
    as_phrase_starts: frozenset[str] = frozenset()
    from_words: frozenset[str] = frozenset()
    # Lemma endings of nouns of an act ("повышение", "підвищення"): after "от"/"від" the
    # addressee's genitive chain ends at one ("потребовал от правительства повышения зарплат").
    action_noun_endings: tuple[str, ...] = ()
    # "demanded from the government a cut in duty": in English, the words that end the
    # addressee after "from" and open what is asked of it.
    addressee_end_words: frozenset[str] = frozenset()
    # "submitted a proposal to the government peace panel": nouns that end the name of the
    # body an offer goes to (besides `party_heads`); the body is no part of the offer.
    recipient_heads: frozenset[str] = frozenset()
    # "nations who had demanded more were left angry": finite auxiliaries that, after a
    # relative clause with no comma, open its main clause (the item ends before them).
    finite_auxiliaries: frozenset[str] = frozenset()
    plan_fillers: frozenset[str] = frozenset()
    in_words: frozenset[str] = frozenset()
    gapping_joins: frozenset[str] = frozenset()
    not_past_forms: frozenset[str] = frozenset()
    item_openers_skipped: frozenset[str] = frozenset()
    verb_particles: frozenset[str] = frozenset()
    clause_complementizers: frozenset[str] = frozenset()
    have_to_verbs: frozenset[str] = frozenset()
    date_fillers: frozenset[str] = frozenset()
    day_prepositions: frozenset[str] = frozenset()
    party_determiners: frozenset[str] = frozenset()
    or_words: frozenset[str] = frozenset()
    title_prepositions: frozenset[str] = frozenset()
    definite_pointers: frozenset[str] = frozenset()
    demonstrative_pointers: frozenset[str] = frozenset()
    # English generic label -> the role it plays in a dispute (union, employer).
    roles: dict[str, str] = field(default_factory=dict)
    # English labels of collective parties a union speaks for once the article named one.
    union_members: frozenset[str] = frozenset()
    # English labels of collective parties an armed group the article named stands for.
    armed_members: frozenset[str] = frozenset()
    # Words of an armed group's own name ("front", "army", "рух"): an organisation named with
    # one that no lexicon lists is the group "the rebels" stand for.
    armed_group_heads: frozenset[str] = frozenset()
    # English labels of collective parties that name lenders, the vague ones among them, and
    # the word starts that make a party's label a lenders' body.
    creditor_members: frozenset[str] = frozenset()
    vague_creditor_members: frozenset[str] = frozenset()
    fund_kinds: frozenset[str] = frozenset()  # "hedge funds": funds that are lenders
    place_people: frozenset[str] = frozenset()  # "residents": a party only with its place
    place_openers: frozenset[str] = frozenset()  # "In Jakarta, ...": a sentence opening in a place
    creditor_stems: tuple[str, ...] = ()
    # English generic labels whose plural, when the article named no such party, is a side
    # of its own ("Employers rejected ...").
    plural_parties: frozenset[str] = frozenset()


@dataclass
class Cues:
    """One language's cue words and closed word classes (see uk/cues.yaml for the keys)."""

    lang: str
    cue_index: PhraseIndex  # value: (relation, kind) with kind verb|noun|adj|phrase
    goal_verbs: PhraseIndex
    must_words: PhraseIndex
    prevent_verbs: PhraseIndex
    negation: frozenset[str]
    conditions: PhraseIndex
    unless: PhraseIndex
    exchange: PhraseIndex
    item_stops: PhraseIndex  # "because of", "у відповідь на": a reason or a response ends the item
    contrast: PhraseIndex
    instead: PhraseIndex
    attribution: PhraseIndex
    speech_verbs: frozenset[str]
    pronouns: dict[str, str]
    possessives: dict[str, str]
    titles: PhraseIndex
    groups: frozenset[str]
    anaphora_nouns: dict[str, str]
    terms_nouns: frozenset[str]
    deal_nouns: frozenset[str]
    demonstratives: frozenset[str]
    plan_nouns: frozenset[str]
    agreement_nouns: frozenset[str]
    # "Under the draft deal", "за обговорюваною угодою": an agreement not yet made, whose
    # terms are proposed, not accepted (plan_reading.plan_sentence).
    unagreed_deal_words: frozenset[str]
    agreement_acts: frozenset[str]
    plan_content: PhraseIndex
    plan_markers: PhraseIndex
    item_heads: frozenset[str]
    # Bodies that rule ("суд", "арбітраж"): after an item head ("рішення суду") the head
    # names the ruling itself and stays in the item.
    ruling_bodies: frozenset[str]
    # Words of which offer or plan it is ("final", "latest", "improved"): with an owner
    # ("management's") they are stripped before an item head ("management's final offer of X").
    head_modifiers: frozenset[str]
    # "representing", "що представляє": after "union" or "employer", whom the party stands for.
    representing: PhraseIndex
    stop_heads: frozenset[str]
    relative: frozenset[str]
    # Words that open a clause of content inside an item ("вимога, щоб X зробив Y"): a
    # finite verb after one belongs to the item, without one it is the sentence's predicate.
    subordinators: frozenset[str]
    by: PhraseIndex
    # "came from", "надійшла від", "исходило от" after an offer noun: the party named next
    # made the offer ("the proposal for X came from Norway")
    source_phrases: PhraseIndex
    including: PhraseIndex
    # "above all", "перш за все", "в первую очередь": a focus before an object, no part of it.
    focus_phrases: PhraseIndex
    generic_actors: dict[str, str]
    # People who negotiate as a body, named by what they are ("miners", "шахтарі"): English label.
    collective_parties: dict[str, str]
    # Singular nouns (and their adjectives) that name a collective party ("the opposition").
    collective_bodies: dict[str, str]
    body_members: frozenset[str]  # "opposition lawmakers": words that belong to such a noun
    stance_prepositions: frozenset[str]  # "opposition to the deal": a stance, no party
    holder_nouns: frozenset[str]  # "власники облігацій": a holder noun ...
    held_objects: dict[str, str]  # ... and what is held: lemma -> English label
    lender_bodies: frozenset[str]  # "комітет кредиторів", "the bondholder group": lenders' bodies
    # Head nouns of a body's own name ("the Joint Action Committee", "Координаційна рада
    # «...»"): the head alone later ("the committee", "Рада") is that body.
    body_heads: frozenset[str]
    # "partners", "allies", "members": the other members of a body named beside them ("партнери по
    # ЄС"), a party, never what is wanted (item_outcomes.is_outcome).
    ally_nouns: frozenset[str]
    # Adjectives of a party family's name ("християнський" -> "Christian"): English word.
    party_family_adjectives: dict[str, str]
    opinion_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    group_pronouns: frozenset[str]
    pointers: frozenset[str]
    naming_verbs: frozenset[str]
    negative_predicates: tuple[Word, ...]
    # "called the plan constructive": a naming with an approving predicate accepts an offer.
    positive_predicates: tuple[Word, ...]
    closed: ClosedClasses
    # Words joining two terms of one offer after its colon ("компроміс: A, а B", "a bargain:
    # A, and B"): the second term is the same proposal's, not a contrast.
    term_joiners: frozenset[str] = frozenset()
    # The role an offer is turned down or taken in ("as a basis for talks", "як основу для
    # переговорів"): part of the item, not the reason for the refusal ("as an insult").
    role_phrases: PhraseIndex = field(default_factory=PhraseIndex)
    # Words that reverse the item they stand before: give up, postpone, lift, withdraw,
    # halt, freeze, without (codebook rule 9).
    reversal_words: tuple[Word, ...] = ()
    # Words of halting (halt, freeze, withdraw, suspend): they reverse only an item that
    # declares a contrary, since they are the very content of many items.
    halt_words: tuple[Word, ...] = ()
    # Of those, words of a freeze, and the levels it keeps ("freeze tariffs", "заморозити
    # ціни"): a freeze of a level is neither its contrary (lowering) nor its refusal.
    freeze_words: tuple[Word, ...] = ()
    level_nouns: tuple[Word, ...] = ()
    # Words of delay (postpone, defer, відкласти): a delay is neither the item nor its
    # contrary, so the item keeps its own words.
    delay_words: tuple[Word, ...] = ()
    # Light verbs and nouns that frame an item without naming it ("провести обмін", "hold
    # talks", "создание сообщества", "agreement on a ceasefire"): not the item's head.
    light_heads: tuple[Word, ...] = ()
    # Verbs of talking about an item ("discuss", "обговорити"): agreeing to discuss X is no
    # agreement to X, so the label keeps the verb.
    discussion_words: tuple[Word, ...] = ()
    # Verbs of receiving or examining ("received", "розглянув", "изучает"): a proposal or
    # plan named as their object is another party's, never their subject's.
    examining_verbs: tuple[Word, ...] = ()
    # "Туреччина прийняла переговори", "Катар принимает встречу": a verb of acceptance whose
    # object is an event of talks hosts it (a venue, no position); the verbs and the events.
    host_verbs: tuple[Word, ...] = ()
    hosted_events: tuple[Word, ...] = ()
    # Gatherings a body hosts or convenes ("саміту ООН", "конференции ОБСЕ", "the UN climate
    # summit"): the body named with one is where its delegates meet, never who holds a position.
    gathering_nouns: tuple[Word, ...] = ()
    local_titles: tuple[Word, ...] = ()
    # Nouns of the media ("radio", "телеканал", "газета"): an outlet named with one is a
    # source or a place of speech, never a party (rule 5).
    media_nouns: tuple[Word, ...] = ()
    # Places and barriers ("the entrance", "the road", "дорогу", "вход"): blocking one is a
    # physical event, not a refusal of an outcome (rule 7).
    physical_objects: tuple[Word, ...] = ()
    # Penalties a party threatens ("raise tariffs", "impose sanctions", "quit the deal"): an
    # act of one conditional on the other side NOT doing something is a threat, no offer.
    punitive_words: tuple[Word, ...] = ()
    # Places named by a phrase whose head alone is no place ("пункт пропуску": "пункт" is also a point of a plan).
    place_phrases: PhraseIndex = field(default_factory=PhraseIndex)
    # Modifiers that say how or when, not which kind ("immediate", "повне", "тимчасове"):
    # before a lexicon item's head they leave the item as wide as its label.
    open_modifiers: tuple[Word, ...] = ()
    # "until" markers: a "не" after them is no negation ("доки Київ не гарантує X" wants X).
    until_words: PhraseIndex = field(default_factory=PhraseIndex)
    # "under any circumstances", "за жодних умов", "ни при каких условиях": a declared absence
    # ("there will be no X") with one of these is a refusal of X (never_reading.py).
    emphatic_never: PhraseIndex = field(default_factory=PhraseIndex)
    # "make it clear", "наголосити", "ясно понимать": a phrase of emphasis before what is said,
    # transparent (emphasis.py); and whom it addresses ("everyone", "усі", "все").
    emphasis_phrases: PhraseIndex = field(default_factory=PhraseIndex)
    emphasis_addressees: frozenset[str] = frozenset()
    # "let me be clear", «скажу прямо», «наголошу»: an aside of emphasis with no "want" before it.
    emphasis_asides: PhraseIndex = field(default_factory=PhraseIndex)
    # "Making peace requires X", «Досягнення миру потребує X»: with an act as subject, a remark.
    remark_subject_verbs: frozenset[str] = frozenset()
    # ", як того вимагала профспілка", ", as the union had demanded": the main clause's item is
    # that party's position too (as_clauses.py).
    as_clause_openers: PhraseIndex = field(default_factory=PhraseIndex)
    # "страйк проти X", "protests against X": an action whose target is refused (protest_targets.py).
    protest_nouns: frozenset[str] = frozenset()
    protest_callers: PhraseIndex = field(default_factory=PhraseIndex)
    # "if the US does the same", "за умови дзеркальних кроків": a condition that the other
    # side take the same step (the offer, demanded of the other party)
    reciprocity: PhraseIndex = field(default_factory=PhraseIndex)
    # "will continue X with or without a deal": going on whatever the talks bring, so the
    # party rejects stopping X; `stop_words` opens that label ("stop", "зупинити")
    deal_or_not: PhraseIndex = field(default_factory=PhraseIndex)
    continue_verbs: frozenset[str] = frozenset()
    stop_label: str = ""
    # "Only after X can the IMF release Y": the modal that, fronted before its subject,
    # closes a condition opened at the sentence's start (no comma in between)
    fronted_modals: frozenset[str] = frozenset()
    clause_modals: frozenset[str] = frozenset()
    # Verbs of agreeing with each other ("дійти згоди", "agree on"): negated, a failure to
    # agree, which is an event, not a refusal (section 7).
    mutual_verbs: PhraseIndex = field(default_factory=PhraseIndex)
    # Verbs of agreeing that take the other party with "with" ("agreed with Peru to X").
    reciprocal_verbs: frozenset[str] = frozenset()
    # Words of talks and agreements: a sentence with one names the negotiating pair.
    talks_words: WordIndex = field(default_factory=lambda: WordIndex([]))
    # "There will be no talks until X", «Жодних переговорів не буде, доки ...»: the nouns of
    # talks whose absence until a condition demands it (rule 3).
    talks_nouns: frozenset[str] = frozenset()
    # "neither side", "жодна зі сторін", "ни одна из сторон": a subject that is no party.
    no_side_subjects: PhraseIndex = field(default_factory=PhraseIndex)
    # "the talks showed that ...", "переговори показали, що ...": evidence, no one's position.
    evidence_verbs: frozenset[str] = frozenset()
    # "немає альтернативи переговорам": the noun, its absence and "крім" (alternative_reading.py).
    alternative_nouns: frozenset[str] = frozenset()
    absence_words: PhraseIndex = field(default_factory=PhraseIndex)
    except_words: frozenset[str] = frozenset()
    # "X is not for sale", "X не продається": the phrase, and the label's head (sale_reading.py).
    sale_phrases: PhraseIndex = field(default_factory=PhraseIndex)
    sale_label: str = ""
    land_nouns: frozenset[str] = frozenset()
    # "X belongs to Y and will remain so", "X належить Y і так залишиться".
    belong_verbs: frozenset[str] = frozenset()
    remain_markers: PhraseIndex = field(default_factory=PhraseIndex)
    # "не братиме участі в X": the verb of taking part, no word of the label (condition_reading).
    participation_phrases: PhraseIndex = field(default_factory=PhraseIndex)
    # "any", "будь-який", "любой" before a refused item: a refusal a condition could lift.
    any_words: frozenset[str] = frozenset()
    # "without explanation", "без бою": a "without" of manner, no condition (lemmas).
    without_manner: frozenset[str] = frozenset()
    # "the two sides", "сторони" as a subject: the negotiating pair (section 7).
    sides_phrases: PhraseIndex = field(default_factory=PhraseIndex)
    # "mediated by", "при посредничестве": the party named beside one is no side.
    mediator_words: WordIndex = field(default_factory=lambda: WordIndex([]))
    # "fulfil/meet the conditions": a demand noun after one is compliance, not a position.
    fulfil_verbs: frozenset[str] = frozenset()
    # "получили от дирекции согласие на X", "won the board's agreement to X": a consent or a
    # refusal received is the granting party's (granted.py); `granted_nouns` state consent
    # only after one of these ("agreement" alone is a deal).
    receive_verbs: frozenset[str] = frozenset()
    granted_nouns: frozenset[str] = frozenset()
    # "dropped its demand for X", "відмовився від вимоги": a demand noun after (or, fronted
    # with "від/от", before) one of these is a demand given up, no longer held (rule 7).
    abandon_verbs: frozenset[str] = frozenset()
    # "довелося б відмовитися", "was forced to give up": a refusal imposed on the subject.
    compulsion_words: frozenset[str] = frozenset()
    # "trying to get Greece to agree to X", "переконати Угорщину погодитися": the acceptance
    # is what the persuader demands, not the persuaded party's (section 7).
    persuasion_verbs: frozenset[str] = frozenset()
    # "на думку аналітика", "according to analysts": an opinion framed by these nouns.
    opinion_nouns: frozenset[str] = frozenset()
    # A committee or faction of a body: its chair speaks for it, not for the body or state.
    sub_bodies: frozenset[str] = frozenset()
    # "спроби домовитися ... не вдалися": an attempt's outcome is an event, not a position.
    attempt_nouns: frozenset[str] = frozenset()
    failure_words: frozenset[str] = frozenset()
    # "asked not to be named", "на умовах анонімності": an unnamed source in a speech tag.
    anonymity_words: frozenset[str] = frozenset()
    # "declined to comment / assess / disclose": a refusal of these is no position (rule 7).
    comment_verbs: frozenset[str] = frozenset()
    # "signed a decree", "підписав указ": a party's own act, not agreement to another's terms.
    own_acts: tuple[Word, ...] = ()
    # "plans to strike", "має намір звільнити 2000 працівників": a party's own event planned
    # (a strike, a layoff, a referendum), no term put to the other side (rule 7).
    intention_words: frozenset[str] = frozenset()
    # "In 2015 Greece signed X", «У 2015 році сторони підписали X»: the preposition of a
    # year that dates a signing as history (rule 7).
    year_prepositions: frozenset[str] = frozenset()
    own_events: PhraseIndex = field(default_factory=PhraseIndex)
    # "the existing treaty", "чинна угода": an agreement in force, whose terms are facts.
    in_force_words: tuple[Word, ...] = ()
    # "threaten": the "if" clause of a threat is its trigger, not a demand (section 7).
    threat_verbs: frozenset[str] = frozenset()
    # "if consensus fails", "якщо переговори провалятся": a condition of failure is a
    # fallback's trigger, never what the actor demands.
    contingency_verbs: frozenset[str] = frozenset()
    # "refuses X while Y", "відмовився X, поки триває війна": a time marker that, with no
    # negation in its clause, says how long a refusal holds, not what is demanded.
    while_words: PhraseIndex = field(default_factory=PhraseIndex)
    # "on behalf of", "від імені": the party after one holds what its speaker says.
    behalf_words: PhraseIndex = field(default_factory=PhraseIndex)
    # Nouns that open a source phrase ("media", "ЗМІ"): the words qualifying them are the source too.
    source_nouns: frozenset[str] = frozenset()
    # Verbs of meeting demands ("met", "виконані"): "if its demands are not met" names no demand.
    fulfil_words: frozenset[str] = frozenset()
    # Words of a region's or a town's body ("regional government", "обласна рада"): not the state's.
    subnational_words: frozenset[str] = frozenset()
    # Words that put a year in the past ("back in 1998", «ще в 1936 році»): history, not the item.
    history_words: frozenset[str] = frozenset()
    # "Reports that X ... are false": a report's noun opening the sentence, and words calling it false.
    report_nouns: frozenset[str] = frozenset()
    denial_words: frozenset[str] = frozenset()
    # Forecasts, allegations and failures before a cue ("unlikely to", "нібито", "failed
    # to"): what follows is no position (rule 7).
    hedge_words: frozenset[str] = frozenset()
    # Indirect questions ("unclear whether X will accept", "чи погодиться", "согласится ли"):
    # the opener of the question (a clause word, or "ли" after its verb), and the words of
    # not knowing before which "if" asks too ("not clear if"); a question states no position.
    question_openers: frozenset[str] = frozenset()
    uncertainty_words: frozenset[str] = frozenset()
    # "has not yet approved", "ще не ухвалила", "пока не одобрил": a decision pending, no refusal.
    pending_words: frozenset[str] = frozenset()
    # "will accept neither X nor Y": a negation opening the object negates the cue.
    object_negation: frozenset[str] = frozenset()
    # People an actor stands by ("supports the victims", "підтримку постраждалим"): solidarity,
    # not the acceptance of an item.
    beneficiary_nouns: frozenset[str] = frozenset()
    # "welcomed the publication of the report", "привітав оприлюднення звіту": welcoming a
    # document or an event is no acceptance of a term (welcoming an offer or a plan is).
    welcome_verbs: frozenset[str] = frozenset()
    welcomed_facts: frozenset[str] = frozenset()
    # "the strike threatens the plants with losses": events whose threat is a consequence told,
    # no party's threat.
    threat_events: frozenset[str] = frozenset()
    # "got everything it wanted", "отримав усього, чого хотів": a wish as a share of an outcome.
    whole_wish_words: frozenset[str] = frozenset()
    # "a process aimed to restart the talks", "встреча была призвана": the purpose of an event.
    purpose_words: frozenset[str] = frozenset()
    purpose_events: frozenset[str] = frozenset()
    # "working conditions", "условия труда": the condition noun names circumstances.
    condition_nouns: frozenset[str] = frozenset()
    circumstance_words: frozenset[str] = frozenset()
    # "the offer was too low", "пропозиція надто низька": a verdict on a proposal after its noun.
    offer_verdicts: tuple[Word, ...] = ()
    # "up from an existing pledge of $50bn", "вместо прежнего обещания": the baseline a deal is
    # measured against.
    baseline_markers: PhraseIndex = field(default_factory=PhraseIndex)
    # "відмовилася від претензій на X", "dropped its claim to X": a claim given up, no refusal.
    claim_nouns: frozenset[str] = frozenset()
    # "обусловила подписание X запретом Y": a verb of conditioning whose demand is its
    # instrumental object (Y), not the thing conditioned (X).
    instrumental_demands: frozenset[str] = frozenset()
    # "criticised the union's proposal", "розкритикував план уряду": criticism rejects only a
    # plan or proposal (`plan_nouns`), not a person or an event ("slammed the prime minister").
    criticism_verbs: frozenset[str] = frozenset()
    # "It is not true that X rejects Y", "Неправда, що X блокує Y": with a negation before
    # them, words of truth deny the clause after "that" (like `denial_words`).
    truth_words: frozenset[str] = frozenset()
    # Analysts, experts, commentators: what they say is an assessment (rule 7).
    analyst_words: frozenset[str] = frozenset()
    # "possible", "можливий": with a condition marker right after, an offer on that condition.
    possible_words: frozenset[str] = frozenset()
    # "rather than", "but not", "а не", "вместо": open the alternative an actor turns down.
    rather_than: PhraseIndex = field(default_factory=PhraseIndex)
    # A refusal's reason ("because", "бо", "потому что") and what it says the refused offer
    # lacked: a negated verb of containing ("did not include", "не містила") or a word of
    # lacking ("lacked", "бракувало"): what it lacked is what the refuser demands (rule 3).
    lack_reasons: PhraseIndex = field(default_factory=PhraseIndex)
    lacking_verbs: tuple[Word, ...] = ()
    lacking_words: PhraseIndex = field(default_factory=PhraseIndex)
    # "not only X but also Y", "не лише X, а й Y", "не только X, но и Y": both are held.
    not_only: PhraseIndex = field(default_factory=PhraseIndex)
    but_also: PhraseIndex = field(default_factory=PhraseIndex)
    # "not yet", "не раніше": words after "not" that make it no alternative (surface forms).
    not_alternatives: frozenset[str] = frozenset()
    # "жодних", "no": after the colon of a stated position, "no X" rejects X.
    none_words: frozenset[str] = frozenset()
    # "позиція", "stance": a position noun opening a sentence before a colon frames what follows.
    position_nouns: frozenset[str] = frozenset()
    # Modals of ability ("може", "could"): with a condition, what the party can do is offered.
    offer_modals: frozenset[str] = frozenset()
    # Group nouns whose members hold positions of their own ("радники Трампа"): section 1.
    entourage: frozenset[str] = frozenset()
    # Nouns that introduce a party by its own name ("партія «Вперед»"): lemma -> English label.
    party_nouns: dict[str, str] = field(default_factory=dict)
    # Titles of those who speak for a body ("spokesperson", "речниця"): rule 6.
    spokesperson_titles: PhraseIndex = field(default_factory=PhraseIndex)
    # Organisation nouns that head a multi-word proper name ("Федерація профспілок
    # України", "Confederation of South African Trade Unions"): lemma -> English label.
    name_heads: dict[str, str] = field(default_factory=dict)
    # Prepositions that open the rest of such a name ("Рух за справедливість і рівність",
    # "Комиссия по ценным бумагам"), as written.
    name_prepositions: frozenset[str] = frozenset()
    # Nouns that name a negotiating body or a group of parties without saying which ("the
    # committee", "фонди", "хедж-фонды", "the bondholders"): as a clause's subject that no
    # mention resolved, the clause is theirs, never the last party named or the speaker's.
    party_heads: frozenset[str] = frozenset()
    # Workplaces after a management noun ("керівництво компанії", "администрация завода",
    # "the plant's management"): the employer the article named, never a party of its own.
    workplace_nouns: frozenset[str] = frozenset()
    # Nouns of a town's or a region's own body ("the city", "council", "мерія", "горсовет", "the
    # state government"): phrase -> "city" or "region" (local_bodies.py).
    local_bodies: PhraseIndex = field(default_factory=PhraseIndex)
    # Marks of industrial action around a refusal ("as part of work bans", "в рамках акции",
    # "на знак протесту"), and words that open a list's member ("including", "зокрема"): a
    # refusal to work that is a form of protest states no position (clause_predicates).
    protest_marks: PhraseIndex = field(default_factory=PhraseIndex)
    # Words of a sum or a share ("per cent", "відсотків", "рублей"): an item naming one in a
    # sentence of no issue is on the article's issue (engine.sentence_context).
    amount_words: frozenset[str] = frozenset()
    inclusion_words: frozenset[str] = frozenset()
    # en words before "government" that name no place ("the Federal government", "Interim
    # government"): never a region's own government (local_bodies.py).
    national_government_words: frozenset[str] = frozenset()
    # Verbs of the other side's consent at an item's head ("until the company agrees to
    # restore pensions", "поки компанія не погодиться підвищити оклади"): what is wanted follows.
    consent_verbs: frozenset[str] = frozenset()
    # "члени профспілки X", "члены профсоюза X": a union's members vote as the union.
    member_nouns: frozenset[str] = frozenset()
    # The adjective of a party family before a party's name ("консервативна Австрійська
    # народна партія", "the conservative People's Party"): lemma -> the family's collective
    # label in collective_parties ("Conservatives"), which later names that party.
    family_adjectives: dict[str, str] = field(default_factory=dict)
    # Adjectives that make a party's name with a party noun even at a sentence's start
    # ("Либеральная партия", "Народна партія"), unlike "Правящая партия": prefixes.
    party_name_adjectives: WordIndex = field(default_factory=lambda: WordIndex([]))
    # The state (an actors.yaml id) a ministry named with no state belongs to in an article
    # of this language ("" when there is none).
    home_state: str = ""
    # Endings of an adjective's lemma that make it look like a state's adjective ("-ський",
    # "-ский"), and the common adjectives with those endings ("міський", "парламентский"):
    # an unknown one before "уряд" names some other state, never the home state.
    demonym_endings: tuple[str, ...] = ()
    not_demonyms: frozenset[str] = frozenset()
    # Titles that are also part of a name ("Hassan Sheikh Mohamud"): no adjective before them.
    name_titles: frozenset[str] = frozenset()
    # An offer named by its owner or topic alone (named_offers.py): adjectives of a party
    # ("урядова пропозиція") that name its owner; prepositions of the short topic phrase after
    # it ("пропозиція щодо зарплат"); offer nouns that name no offer a response could answer
    # ("call", "idea": a call is a demand, an idea no terms on the table).
    party_adjectives: frozenset[str] = frozenset()
    # uk/ru words of which offer it is ("нову", "останнє"), which the dictionary may read as nouns.
    offer_modifiers: frozenset[str] = frozenset()
    offer_topic_prepositions: frozenset[str] = frozenset()
    offer_excluded_heads: frozenset[str] = frozenset()

    def has(self, token: Token, *keys: str) -> bool:
        """Whether a word of the named word lists (`tuple[Word, ...]` fields such as
        "reversal_words") matches the token; each list is indexed once, on first use."""
        indexes = self.__dict__.setdefault("_indexes", {})
        for key in keys:
            index = indexes.get(key)
            if index is None:
                index = indexes[key] = WordIndex(list(getattr(self, key)))
            if index.any_match(token):
                return True
        return False

    @cached_property
    def offer_nouns(self) -> frozenset[str]:
        """Nouns of a plan, an offer or a deal ("plan", "пропозиція", "сделка"): what terms,
        an owner and a later "it" or "under the proposal" can refer to."""
        return self.plan_nouns | self.deal_nouns


def _index(entries, lang: str, value=True) -> PhraseIndex:
    index = PhraseIndex()
    for entry in entries or ():
        index.add(make_words(entry, lang), value)
    return index


def _kind_index(kinds, lang: str) -> PhraseIndex:
    """A mapping kind -> phrases, indexed with each phrase's kind as its value."""
    index = PhraseIndex()
    for kind, entries in (kinds or {}).items():
        for entry in entries or ():
            index.add(make_words(entry, lang), str(kind))
    return index


def _lemma_set(words, lang: str) -> frozenset[str]:
    out = set()
    for word in words or ():
        for w in make_word(str(word), lang).forms:
            out.add(w)
    return frozenset(out)


def _surface_set(words) -> frozenset[str]:
    """Lower-case surface forms, matched as written (no lemmas)."""
    return frozenset(str(w).lower() for w in words or ())


def _words(words, lang: str) -> tuple[Word, ...]:
    return tuple(make_word(str(w), lang) for w in words or ())


def _lemma_map(mapping, lang: str) -> dict[str, str]:
    out = {}
    for word, value in (mapping or {}).items():
        for form in make_word(str(word), lang).forms:
            out[form] = str(value)
    return out


def _cues_file(lang: str) -> Path:
    return LEXICON_DIR / lang / "cues.yaml"


@lru_cache(maxsize=8)
def _read_cues(path: Path) -> dict:
    """A cues.yaml parsed once per process, shared by `cues_for` and `closed_classes`."""
    return load_yaml(path) or {}


def _closed_classes(data: dict) -> ClosedClasses:
    """The closed word classes of a cues.yaml, taken as written (no lemmatisation)."""
    values = {}
    for spec in fields(ClosedClasses):
        raw = data.get(spec.name) or ()  # booleans among the words were refused by load_yaml
        if spec.type.startswith("dict"):
            # ordinals map a word to a list index, roles a label to a role
            value_type = int if spec.type == "dict[str, int]" else str
            values[spec.name] = {word: value_type(value) for word, value in dict(raw).items()}
        elif isinstance(spec.default, tuple):
            values[spec.name] = tuple(sorted(set(raw)))
        else:
            values[spec.name] = frozenset(raw)
    return ClosedClasses(**values)


@lru_cache(maxsize=1)
def closed_classes() -> ClosedClasses:
    """The closed word classes of uk, ru and en together.

    The rules test these words whatever the sentence's language, as they did when the
    lists were one set in the code: a uk article quoting Russian or English keeps
    working. Restricting a class to the sentence's language would change the output.
    """
    # Read from the parsed files, not through cues_for: a uk-only run need not build the
    # ru and en cue indexes (their morphology is most of a CLI start).
    lexicons = [_closed_classes(_read_cues(_cues_file(lang))) for lang in LANGS]
    merged = {}
    for spec in fields(ClosedClasses):
        parts = [getattr(lexicon, spec.name) for lexicon in lexicons]
        if isinstance(parts[0], dict):
            merged[spec.name] = {word: index for part in parts for word, index in part.items()}
        elif isinstance(parts[0], tuple):
            merged[spec.name] = tuple(sorted(set().union(*parts)))
        else:
            merged[spec.name] = frozenset().union(*parts)
    return ClosedClasses(**merged)


@lru_cache(maxsize=8)
def cues_for(lang: str) -> Cues:
    """The cue lexicon of `lang` (uk, ru or en)."""
    if lang not in LANGS:
        raise LexiconError(f"no cue lexicon for language {lang!r}; available: {', '.join(LANGS)}")
    path = _cues_file(lang)
    data = _read_cues(path)
    cue_index = PhraseIndex()
    kinds = {"verbs": "verb", "nouns": "noun", "adjectives": "adj", "predicates": "adj"}
    for relation in RELATIONS:
        block = (data.get("relations") or {}).get(relation) or {}
        for key, kind in kinds.items():
            for word in block.get(key) or ():
                words = make_words(str(word), lang)
                cue_index.add(
                    words, (relation, kind if len(words) == 1 or kind == "adj" else "phrase")
                )
        for phrase in (data.get("phrases") or {}).get(relation) or ():
            words = make_words(phrase, lang)
            gap = any(w.gap and not w.skipped for w in words)
            cue_index.add(words, (relation, "gap" if gap else "phrase"))
    return Cues(
        lang=lang,
        cue_index=cue_index,
        goal_verbs=_index(data.get("goal_verbs"), lang),
        must_words=_index(data.get("must_words"), lang),
        prevent_verbs=_index(data.get("prevent_verbs"), lang),
        negation=_lemma_set(data.get("negation"), lang),
        conditions=_index(data.get("conditions"), lang),
        unless=_index(data.get("unless"), lang),
        exchange=_index(data.get("exchange"), lang),
        item_stops=_index(data.get("item_stops"), lang),
        contrast=_index(data.get("contrast"), lang),
        instead=_index(data.get("instead"), lang),
        attribution=_index(data.get("attribution"), lang),
        speech_verbs=_lemma_set(data.get("speech_verbs"), lang),
        pronouns=_lemma_map(data.get("pronouns"), lang),
        possessives={str(k).lower(): str(v) for k, v in (data.get("possessives") or {}).items()},
        titles=_index(data.get("titles"), lang),
        groups=_lemma_set(data.get("groups"), lang),
        anaphora_nouns=_lemma_map(data.get("anaphora_nouns"), lang),
        terms_nouns=_lemma_set(data.get("terms_nouns"), lang),
        deal_nouns=_lemma_set(data.get("deal_nouns"), lang),
        demonstratives=_lemma_set(data.get("demonstratives"), lang),
        plan_nouns=_lemma_set(data.get("plan_nouns"), lang),
        agreement_nouns=_lemma_set(data.get("agreement_nouns"), lang),
        unagreed_deal_words=_lemma_set(data.get("unagreed_deal_words"), lang),
        agreement_acts=_lemma_set(data.get("agreement_acts"), lang),
        plan_content=_index(data.get("plan_content"), lang),
        plan_markers=_index(data.get("plan_markers"), lang),
        term_joiners=_surface_set(data.get("term_joiners")),
        role_phrases=_index(data.get("role_phrases"), lang),
        item_heads=_lemma_set(data.get("item_heads"), lang),
        ruling_bodies=_lemma_set(data.get("ruling_bodies"), lang),
        head_modifiers=_lemma_set(data.get("head_modifiers"), lang),
        representing=_index(data.get("representing"), lang),
        stop_heads=_lemma_set(data.get("stop_heads"), lang),
        relative=_lemma_set(data.get("relative"), lang),
        subordinators=_lemma_set(data.get("subordinators"), lang),
        by=_index(data.get("by"), lang),
        source_phrases=_index(data.get("source_phrases"), lang),
        including=_index(data.get("including"), lang),
        focus_phrases=_index(data.get("focus_phrases"), lang),
        generic_actors=_lemma_map(data.get("generic_actors"), lang),
        collective_parties=_lemma_map(data.get("collective_parties"), lang),
        collective_bodies=_lemma_map(data.get("collective_bodies"), lang),
        body_members=_lemma_set(data.get("body_members"), lang),
        stance_prepositions=_lemma_set(data.get("stance_prepositions"), lang),
        holder_nouns=_lemma_set(data.get("holder_nouns"), lang),
        held_objects=_lemma_map(data.get("held_objects"), lang),
        lender_bodies=_lemma_set(data.get("lender_bodies"), lang),
        body_heads=_lemma_set(data.get("body_heads"), lang),
        ally_nouns=_lemma_set(data.get("ally_nouns"), lang),
        party_family_adjectives=_lemma_map(data.get("party_family_adjectives"), lang),
        family_adjectives=_lemma_map(data.get("family_adjectives"), lang),
        opinion_verbs=_lemma_set(data.get("opinion_verbs"), lang),
        belief_verbs=_lemma_set(data.get("belief_verbs"), lang),
        denial_verbs=_lemma_set(data.get("denial_verbs"), lang),
        group_pronouns=_lemma_set(data.get("group_pronouns"), lang),
        pointers=_lemma_set(data.get("pointers"), lang),
        naming_verbs=_lemma_set(data.get("naming_verbs"), lang),
        negative_predicates=tuple(
            make_word(str(w), lang) for w in data.get("negative_predicates") or ()
        ),
        positive_predicates=tuple(
            make_word(str(w), lang) for w in data.get("positive_predicates") or ()
        ),
        reversal_words=_words(data.get("reversal_words"), lang),
        halt_words=_words(data.get("halt_words"), lang),
        freeze_words=_words(data.get("freeze_words"), lang),
        level_nouns=_words(data.get("level_nouns"), lang),
        delay_words=_words(data.get("delay_words"), lang),
        light_heads=_words(data.get("light_heads"), lang),
        discussion_words=_words(data.get("discussion_words"), lang),
        examining_verbs=_words(data.get("examining_verbs"), lang),
        host_verbs=_words(data.get("host_verbs"), lang),
        hosted_events=_words(data.get("hosted_events"), lang),
        gathering_nouns=_words(data.get("gathering_nouns"), lang),
        local_titles=_words(data.get("local_titles"), lang),
        media_nouns=_words(data.get("media_nouns"), lang),
        physical_objects=_words(data.get("physical_objects"), lang),
        punitive_words=_words(data.get("punitive_words"), lang),
        lack_reasons=_index(data.get("lack_reasons"), lang),
        lacking_verbs=_words(data.get("lacking_verbs"), lang),
        lacking_words=_index(data.get("lacking_words"), lang),
        place_phrases=_index(data.get("place_phrases"), lang),
        open_modifiers=_words(data.get("open_modifiers"), lang),
        until_words=_index(data.get("until_words"), lang),
        emphatic_never=_index(data.get("emphatic_never"), lang),
        emphasis_phrases=_index(data.get("emphasis_phrases"), lang),
        emphasis_addressees=_lemma_set(data.get("emphasis_addressees"), lang),
        emphasis_asides=_index(data.get("emphasis_asides"), lang),
        remark_subject_verbs=_lemma_set(data.get("remark_subject_verbs"), lang),
        as_clause_openers=_index(data.get("as_clause_openers"), lang),
        protest_nouns=_lemma_set(data.get("protest_nouns"), lang),
        protest_callers=_index(data.get("protest_callers"), lang),
        reciprocity=_index(data.get("reciprocity"), lang),
        deal_or_not=_index(data.get("deal_or_not"), lang),
        continue_verbs=_lemma_set(data.get("continue_verbs"), lang),
        stop_label=str(data.get("stop_label") or ""),
        fronted_modals=frozenset(str(w).lower() for w in data.get("fronted_modals") or ()),
        clause_modals=frozenset(str(w).lower() for w in data.get("clause_modals") or ()),
        mutual_verbs=_index(data.get("mutual_verbs"), lang),
        reciprocal_verbs=_lemma_set(data.get("reciprocal_verbs"), lang),
        talks_words=WordIndex(list(_words(data.get("talks_words"), lang))),
        talks_nouns=_lemma_set(data.get("talks_nouns"), lang),
        any_words=_lemma_set(data.get("any_words"), lang),
        participation_phrases=_index(data.get("participation_phrases"), lang),
        sale_phrases=_index(data.get("sale_phrases"), lang),
        sale_label=str(data.get("sale_label") or ""),
        land_nouns=_lemma_set(data.get("land_nouns"), lang),
        belong_verbs=_lemma_set(data.get("belong_verbs"), lang),
        remain_markers=_index(data.get("remain_markers"), lang),
        alternative_nouns=_lemma_set(data.get("alternative_nouns"), lang),
        absence_words=_index(data.get("absence_words"), lang),
        except_words=_lemma_set(data.get("except_words"), lang),
        no_side_subjects=_index(data.get("no_side_subjects"), lang),
        evidence_verbs=_lemma_set(data.get("evidence_verbs"), lang),
        without_manner=_lemma_set(data.get("without_manner"), lang),
        sides_phrases=_index(data.get("sides_phrases"), lang),
        mediator_words=WordIndex(list(_words(data.get("mediator_words"), lang))),
        fulfil_verbs=_lemma_set(data.get("fulfil_verbs"), lang),
        receive_verbs=_lemma_set(data.get("receive_verbs"), lang),
        granted_nouns=_lemma_set(data.get("granted_nouns"), lang),
        abandon_verbs=_lemma_set(data.get("abandon_verbs"), lang),
        compulsion_words=_lemma_set(data.get("compulsion_words"), lang),
        persuasion_verbs=_lemma_set(data.get("persuasion_verbs"), lang),
        opinion_nouns=_lemma_set(data.get("opinion_nouns"), lang),
        sub_bodies=_lemma_set(data.get("sub_bodies"), lang),
        attempt_nouns=_lemma_set(data.get("attempt_nouns"), lang),
        failure_words=_lemma_set(data.get("failure_words"), lang),
        anonymity_words=_lemma_set(data.get("anonymity_words"), lang),
        comment_verbs=_lemma_set(data.get("comment_verbs"), lang),
        own_acts=_words(data.get("own_acts"), lang),
        intention_words=_lemma_set(data.get("intention_words"), lang),
        year_prepositions=_surface_set(data.get("year_prepositions")),
        own_events=_index(data.get("own_events"), lang),
        in_force_words=_words(data.get("in_force_words"), lang),
        threat_verbs=_lemma_set(data.get("threat_verbs"), lang),
        contingency_verbs=_lemma_set(data.get("contingency_verbs"), lang),
        while_words=_index(data.get("while_words"), lang),
        behalf_words=_index(data.get("behalf_words"), lang),
        source_nouns=_lemma_set(data.get("source_nouns"), lang),
        fulfil_words=_lemma_set(data.get("fulfil_words"), lang),
        subnational_words=_lemma_set(data.get("subnational_words"), lang),
        report_nouns=_lemma_set(data.get("report_nouns"), lang),
        denial_words=_lemma_set(data.get("denial_words"), lang),
        history_words=_surface_set(data.get("history_words")),
        hedge_words=_lemma_set(data.get("hedge_words"), lang),
        question_openers=_surface_set(data.get("question_openers")),
        uncertainty_words=_lemma_set(data.get("uncertainty_words"), lang),
        pending_words=_surface_set(data.get("pending_words")),
        object_negation=_surface_set(data.get("object_negation")),
        beneficiary_nouns=_lemma_set(data.get("beneficiary_nouns"), lang),
        welcome_verbs=_lemma_set(data.get("welcome_verbs"), lang),
        welcomed_facts=_lemma_set(data.get("welcomed_facts"), lang),
        threat_events=_lemma_set(data.get("threat_events"), lang),
        whole_wish_words=_surface_set(data.get("whole_wish_words")),
        purpose_words=_surface_set(data.get("purpose_words")),
        purpose_events=_lemma_set(data.get("purpose_events"), lang),
        condition_nouns=_lemma_set(data.get("condition_nouns"), lang),
        circumstance_words=_lemma_set(data.get("circumstance_words"), lang),
        offer_verdicts=_words(data.get("offer_verdicts"), lang),
        baseline_markers=_index(data.get("baseline_markers"), lang),
        claim_nouns=_lemma_set(data.get("claim_nouns"), lang),
        truth_words=_surface_set(data.get("truth_words")),
        criticism_verbs=_lemma_set(data.get("criticism_verbs"), lang),
        instrumental_demands=_lemma_set(data.get("instrumental_demands"), lang),
        analyst_words=_lemma_set(data.get("analyst_words"), lang),
        possible_words=_lemma_set(data.get("possible_words"), lang),
        rather_than=_index(data.get("rather_than"), lang),
        not_only=_index(data.get("not_only"), lang),
        but_also=_index(data.get("but_also"), lang),
        not_alternatives=_surface_set(data.get("not_alternatives")),
        party_nouns=_lemma_map(data.get("party_nouns"), lang),
        entourage=_lemma_set(data.get("entourage"), lang),
        offer_modals=_lemma_set(data.get("offer_modals"), lang),
        position_nouns=_lemma_set(data.get("position_nouns"), lang),
        none_words=_lemma_set(data.get("none_words"), lang),
        spokesperson_titles=_index(data.get("spokesperson_titles"), lang),
        name_heads=_lemma_map(data.get("name_heads"), lang),
        name_prepositions=frozenset(str(w).lower() for w in data.get("name_prepositions") or ()),
        party_heads=_lemma_set(data.get("party_heads"), lang),
        workplace_nouns=_lemma_set(data.get("workplace_nouns"), lang),
        local_bodies=_kind_index(data.get("local_bodies"), lang),
        protest_marks=_index(data.get("protest_marks"), lang),
        amount_words=_lemma_set(data.get("amount_words"), lang),
        inclusion_words=_lemma_set(data.get("inclusion_words"), lang),
        national_government_words=_surface_set(data.get("national_government_words")),
        consent_verbs=_lemma_set(data.get("consent_verbs"), lang),
        member_nouns=_lemma_set(data.get("member_nouns"), lang),
        party_name_adjectives=WordIndex(
            [make_word(str(w), lang) for w in data.get("party_name_adjectives") or ()]
        ),
        home_state=str(data.get("home_state") or ""),
        demonym_endings=tuple(str(w).lower() for w in data.get("demonym_endings") or ()),
        not_demonyms=_lemma_set(data.get("not_demonyms"), lang),
        party_adjectives=_lemma_set(data.get("party_adjectives"), lang),
        offer_modifiers=_lemma_set(data.get("offer_modifiers"), lang),
        offer_topic_prepositions=_surface_set(data.get("offer_topic_prepositions")),
        offer_excluded_heads=_lemma_set(data.get("offer_excluded_heads"), lang),
        name_titles=_lemma_set(data.get("name_titles"), lang),
        closed=_closed_classes(data),
    )


def slug(text: str) -> str:
    """A lower-case ASCII id from any text."""
    return _slug(text)


@lru_cache(maxsize=1)
def collective_party_ids() -> frozenset[str]:
    """The actor ids of people named by what they are ("miners", "Polish farmers"), of
    every language's `collective_parties`: the last word of each id is one of them."""
    return frozenset(label for lang in LANGS for label in cues_for(lang).collective_parties.values())


def generic_actor_labels() -> frozenset[str]:
    """The English labels the extractor gives generic parties ("union", "management"),
    of every language's `generic_actors`: also their actor ids."""
    return frozenset(label for lang in LANGS for label in cues_for(lang).generic_actors.values())
