"""A quote whose speaker is named in the sentence after it.

"«Ми не підпишемо угоду без гарантій». Так заявив Зеленський.", "«…». Об этом заявил
Зеленский в понедельник.": the second sentence only names who said the first. The quote
is read as if the speaker followed it after a dash ("«…», — заявив Зеленський"), the
shape the reader already knows; its lines keep the quote's own sentence.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Sentence
from .lexicon import Cues, closed_classes
from .morph import tokenize

_OPEN = ("«", "“", "„", '"')
_CLOSE = ("»", "”", "“", '"')


def speakers_after_quotes(sentences: list[Sentence], lang: str, cues: Cues) -> tuple[list[Sentence], dict[int, str]]:
    """The sentences with each such quote joined to its speaker, and the original text of
    every sentence changed (by index)."""
    out = list(sentences)
    originals: dict[int, str] = {}
    openers = closed_classes().quote_back_references
    for n in range(len(out) - 1):
        quote, after = out[n], out[n + 1]
        if quote.paragraph != after.paragraph or quote.is_dialogue or quote.is_list_item:
            continue
        body = _whole_quote(quote.text)
        if body is None:
            continue
        rest = _speaker_clause(after.text, lang, cues, openers)
        if rest is None:
            continue
        originals[quote.index] = quote.text
        out[n] = replace(quote, text=f"«{body}», — {rest}")
    return out, originals


def _whole_quote(text: str) -> str | None:
    """The words of a sentence that is one quote and nothing else ("«X».", "«X.»"), else None."""
    text = text.strip()
    if not text.startswith(_OPEN):
        return None
    inner = text[1:].rstrip()
    if inner.endswith("."):
        inner = inner[:-1].rstrip()
    if not inner.endswith(_CLOSE):
        return None
    inner = inner[:-1].rstrip().rstrip(".")
    if any(mark in inner for mark in _OPEN + _CLOSE) or len(inner.split()) < 3:
        return None  # a quote inside, or several: not one quote
    return inner


def _speaker_clause(text: str, lang: str, cues: Cues, openers: frozenset[str]) -> str | None:
    """ "Так заявив Зеленський у понеділок." -> "заявив Зеленський у понеділок.": a short
    sentence that opens with a word pointing back ("так", "про це", "об этом") and a speech
    verb, and says nothing more; else None."""
    tokens = tokenize(text, lang)
    words = [t for t in tokens if t.is_word]
    if len(words) > 8 or any(t.text in (",", ":", ";") + _OPEN for t in tokens):
        return None
    k = 0
    for size in (2, 1):
        if len(words) > size and " ".join(t.low for t in words[:size]) in openers:
            k = size
            break
    if not k or not words[k].keys & cues.speech_verbs:
        return None
    start = text.lower().find(words[k].low)
    return text[start:] if start >= 0 else None
