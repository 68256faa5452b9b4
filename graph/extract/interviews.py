"""Yes and no in an interview: a question about the interviewee's side answered by its first word.

"— Чи погодиться Єреван передати ще чотири села? — Ні." states that Armenia rejects
handing over the villages; "— Is Ghana ready to cut the cocoa duty? — Yes, ..." that
Ghana offers the cut. The question is read as the statement it asks about (its
question particle dropped, a verb before its subject put after it), and the answer's
first word decides: yes keeps the relation, no makes it a refusal. A question about a
third party answered by the interviewee is a forecast, no position (codebook rule 7).
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Statement
from .lexicon import Cues, closed_classes
from .mention import ActorMemory
from .mentions import find_mentions
from .morph import tokenize


def declarative(question: str, lang: str, cues: Cues) -> str:
    """The statement a yes/no question asks about: "Чи погодиться Єреван X?" -> "Єреван
    погодиться X.", "Готова ли Гана X?" -> "Гана готова X."."""
    closed = closed_classes()
    words = [w for w in question.strip().rstrip("?").split() if w.lower() not in closed.question_particles]
    if not words:
        return ""
    tokens = tokenize(" ".join(words), lang)
    mentions = find_mentions(tokens, cues, ActorMemory(), lang)
    first = mentions[0] if mentions else None
    if lang != "en" and first is not None and first.start == 1 and tokens[0].an.pos in ("VERB", "INFN", "ADJF", "ADJS", "PRTS"):
        # "Погодиться Єреван передати X" -> "Єреван погодиться передати X"
        text = " ".join(words)
        name = text[tokens[first.start].start : tokens[first.end - 1].end]
        rest = text[tokens[first.end].start :] if first.end < len(tokens) else ""
        words = [name, words[0].lower(), rest]
    return " ".join(w for w in words if w) + "."


def answer_word(answer: str) -> str | None:
    """"yes" or "no" when the answer opens with one ("Ні.", "Да, ...", "No —"), else None."""
    closed = closed_classes()
    first = answer.strip().lstrip("—–- ").split(maxsplit=1)
    if not first:
        return None
    word = first[0].strip(".,!—–:;").lower()
    if word in closed.yes_words:
        return "yes"
    if word in closed.no_words:
        return "no"
    return None


def answered(asked: list[Statement], answer: str, sentence: str, index: int) -> list[Statement]:
    """The statements a yes or no makes of the question's: no turns a demand, an offer or
    an acceptance into a refusal (and a refusal asked about into nothing)."""
    out = []
    for statement in asked:
        relation = statement.relation if answer == "yes" else "rejects"
        if answer == "no" and statement.relation == "rejects":
            continue  # "Will you reject X?" "No." says nothing about what is wanted
        out.append(replace(statement, relation=relation, sentence=sentence, sentence_index=index, basis="answer"))
    return out
