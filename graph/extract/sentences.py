"""Sentences: article text -> `Sentence` records, with news noise removed.

Noise is what real news pages carry around the story (codebook section 7):
"Read more"/"Читайте також" lines, "Source: https://..." lines, update stamps,
view counters, photo captions repeated twice, app banners. Bullet and numbered
list lines become their own sentences (flagged `is_list_item`) because plan
terms often come as lists after "the plan provides for:".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..models import Article, Sentence
from .lexicon import closed_classes

_NOISE_LINE = re.compile(
    r"^\s*(?:"
    r"(?:читайте|читати|дивіться|дивитися)\s+(?:також|ще|більше)|"
    r"(?:читайте|смотрите)\s+(?:также|еще|ещё)|"
    r"read\s+(?:more|also)|see\s+also|related\s*:|"
    r"(?:source|джерело|источник)\s*:\s*\S*https?://|https?://\S+$|"
    r"(?:updated|оновлено|обновлено)\b|"
    r"(?:фото|photo|video|відео|видео)\s*[:|]|"
    r"(?:download|завантажуйте|скачайте|підписуйтесь|подписывайтесь|subscribe)\b|"
    r"(?:переглядів|просмотров|views)\s*[:\d]|\d[\d\s]*\s*(?:переглядів|просмотров|views)\b|"
    r"(?:поділитися|поделиться|share)\s*$|"
    r"(?:теги|tags)\s*:"
    r")",
    re.IGNORECASE,
)
# "HARTFORD, Nov 18 (newswire) - " and "КИЇВ, 3 червня. " datelines before the first sentence.
_DATELINE = re.compile(
    r"^[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ .'’-]{2,40},\s+[^()\n]{0,30}?\([^)\n]{1,40}\)\s*[-–—]\s*"
)
_DATE_ONLY = re.compile(r"^[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ .'’-]{2,40},\s+\d{1,2}\s+\w+\.?$")
_LIST_MARK = re.compile(r"^\s*(?:[-–—•*▪►●✅✔️☑️🔹🔸➡️]+|\d{1,2}[.)])\s*", re.UNICODE)
_EMOJI_LEAD = re.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+\s*")
# Abbreviations after which a period does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|"
    r"No|vs|etc|i\.e|e\.g|U\.S|U\.N|U\.K|E\.U|ім|им|т\.зв|т\.е|т\.д|т\.п|тис|тыс|млн|млрд|трлн|грн|руб|долл|дол|г|гг|р|рр|ст|п|пп|ч|м|вул|ул|д|див|напр|проф|акад|ген|англ|укр|рус)"
    r"|(?<![\'’ʼ`])\b[A-ZА-ЯІЇЄҐ])\.$",  # "перемир'я." ends a sentence; "Y." does not
    re.IGNORECASE,
)
_SENT_END = re.compile(r"(?<=[.!?…])[\"»”“']?\s+(?=[\"«„“'(\[]?[A-ZА-ЯІЇЄҐЁ0-9])")


# An unmarked list line is short: a term of a plan, not a paragraph of prose.
_LIST_LINE_MAX = 200


def _continues_list(previous_lines: list[tuple[int, str, bool]], line: str) -> bool:
    """A line without a bullet is a list line after "…передбачала:" or after a list line
    that ends with ";" (newswire writes plan terms one per line, "…;" then "…")."""
    if not previous_lines or len(line) > _LIST_LINE_MAX:
        return False
    _, before, was_list = previous_lines[-1]
    return before.endswith(":") or (was_list and before.endswith((";", ",")))


# An interview's dialogue line: an em or en dash, then a whole sentence ("— Так, ми готові …").
_DIALOGUE = re.compile(r"^[—–]\s+\S.*[.!?…»\"]$")


def dialogue_lines(article: Article) -> set[str]:
    """The lines (dash removed) that are turns of a dialogue: at least two dash lines that
    read as whole sentences, none of them after a line that opens a list (":")."""
    lines = [raw.strip() for raw in article.text.split("\n")]
    found = [(k, line) for k, line in enumerate(lines) if _DIALOGUE.match(line)]
    opened = {k for k, _ in found if k > 0 and lines[k - 1].endswith(":")}
    if len(found) < 2 or opened:
        return set()
    return {_LIST_MARK.sub("", line, count=1) for _, line in found}


# A turn of a transcribed interview: a speaker mark and a colon ("Q: …", "A: …", "Питання: …").
_TURN = re.compile(r"^\**([^\W\d_]{1,12})\**\s*:\**\s+(\S.*)$")


def interview_turns(article: Article) -> dict[str, str]:
    """The lines (mark removed) of a Q-and-A interview, each "question" or "answer": lines
    opened by a mark of `question_marks` or `answer_marks` (cues.yaml), in an article with
    at least two answers and one question."""
    closed = closed_classes()
    turns: dict[str, str] = {}
    for raw in article.text.split("\n"):
        match = _TURN.match(raw.strip())
        if match is None:
            continue
        mark = match.group(1).lower()
        if mark in closed.question_marks:
            turns[match.group(2)] = "question"
        elif mark in closed.answer_marks:
            turns[match.group(2)] = "answer"
    kinds = list(turns.values())
    if kinds.count("answer") < 2 or "question" not in kinds:
        return {}
    return turns


def clean_lines(article: Article) -> list[tuple[int, str, bool]]:
    """(paragraph number, text, is_list_item) for each line worth reading."""
    lines = article.text.split("\n")
    out: list[tuple[int, str, bool]] = []
    paragraph = 0
    previous = ""
    title = article.title.strip()
    turns = interview_turns(article)
    for number, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            paragraph += 1
            continue
        if turns:
            match = _TURN.match(line)
            if match is not None and match.group(2) in turns:
                line = match.group(2)  # "A: We oppose early elections." -> the answer itself
        if _NOISE_LINE.match(line) or line == previous:
            continue
        line = _DATELINE.sub("", line)
        if _DATE_ONLY.match(line):
            continue
        # The title repeated as the first line; a first line that ends as a sentence does
        # (a .txt whose lead paragraph is its first line) is read: it often states the news.
        if number == 0 and title and line == title and not _ends_as_sentence(line):
            previous = line
            continue
        is_list = bool(_LIST_MARK.match(line)) or bool(_EMOJI_LEAD.match(line)) or _continues_list(out, line)
        if is_list:
            line = _EMOJI_LEAD.sub("", _LIST_MARK.sub("", line, count=1))
        if not is_list and _looks_like_caption(line, lines, number):
            previous = line
            continue
        previous = line
        if line:
            out.append((paragraph, line, is_list))
    return out


def _ends_as_sentence(line: str) -> bool:
    return line.rstrip("\"»”'").endswith((".", "…")) and len(line.split()) > 2


def _looks_like_caption(line: str, lines: list[str], number: int) -> bool:
    """A short line without final punctuation repeated on the next line (photo caption)."""
    following = lines[number + 1].strip() if number + 1 < len(lines) else ""
    return following == line and not line.endswith((".", "!", "?", ":", '"', "»"))


def split_sentences(text: str, lang: str = "en") -> list[str]:
    """Split a paragraph into sentences, keeping quotes and abbreviations intact.

    Ukrainian and Russian go through tokenize-uk's splitter; its pieces are joined back
    where a quotation is still open or the piece ends with an abbreviation ("Ім.", "тис.").
    """
    if lang in ("uk", "ru"):
        import tokenize_uk

        merged: list[str] = []
        for piece in tokenize_uk.tokenize_sents(text):
            if merged and (
                _ABBREV.search(merged[-1].rstrip("\"»”“'")) or _inside_open_quote(merged[-1])
            ):
                merged[-1] = f"{merged[-1]} {piece}"
            else:
                merged.append(piece)
        return [part.strip() for part in merged if part.strip()]
    parts: list[str] = []
    start = 0
    for match in _SENT_END.finditer(text):
        candidate = text[start : match.start()].strip()
        if _ABBREV.search(candidate.rstrip("\"»”“'")):
            continue
        if _inside_open_quote(candidate) and not candidate.rstrip().endswith(("»", "”", '"')):
            continue
        if candidate:
            parts.append(candidate)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


def _inside_open_quote(text: str) -> bool:
    """True when a quote opened in `text` («, „, “ or a straight double quote) is still open."""
    if text.count("«") > text.count("»"):
        return True
    if "„" in text:
        return text.count("„") > text.count("“") + text.count("”")
    if text.count("“") > text.count("”"):
        return True
    return text.count('"') % 2 == 1


def article_sentences(article: Article) -> Iterator[Sentence]:
    """The article's sentences in order, noise removed, headline kept apart."""
    index = 0
    offset = 0
    dialogue = dialogue_lines(article)
    turns = interview_turns(article)
    for paragraph, line, is_list in clean_lines(article):
        if line in dialogue:
            is_list = False  # a dash that opens a turn of dialogue, not a list's bullet
        turn = turns.get(line, "")
        for text in split_sentences(line, article.lang) if not is_list else [line]:
            position = article.text.find(text[:40], offset)
            if position >= 0:
                offset = position
            yield Sentence(
                text=text,
                index=index,
                paragraph=paragraph,
                start=max(position, 0),
                is_list_item=is_list,
                is_dialogue=line in dialogue,
                is_answer=turn == "answer",
                is_question=turn == "question",
            )
            index += 1
