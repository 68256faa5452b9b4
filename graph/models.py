"""Records passed between the stages: Article -> Sentence -> Statement.

Small frozen dataclasses with typed fields. `Statement.to_json()` produces the
statement JSON of the codebook (section 5); its field names are a contract.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

RELATIONS = ("demands", "proposes", "rejects", "accepts")


@dataclass(frozen=True)
class Article:
    """One input article: its text plus whatever metadata the file carried."""

    id: str
    text: str
    title: str = ""
    lang: str = ""
    date: str = ""  # ISO 8601 date (YYYY-MM-DD) or ""
    source: str = ""
    url: str = ""
    path: str = ""  # file it was read from
    order: int = 0  # ingest order, used where there is no date
    date_source: str = ""  # where `date` came from: metadata, dateline, dateline+weekday, text or ""
    negotiations: tuple[str, ...] = ()  # negotiation ids the input assigns it to ("negotiation:" field)


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, with its position and the paragraph it belongs to."""

    text: str
    index: int
    paragraph: int = 0
    start: int = 0  # character offset in the article text
    is_list_item: bool = False
    is_dialogue: bool = False  # a line of an interview's dialogue ("— Так, ми готові …")
    is_question: bool = False  # an interviewer's turn ("Q: …"): it states no position
    is_answer: bool = False  # an interviewee's turn ("A: …"): a quote of whom the title names


@dataclass(frozen=True)
class Actor:
    """A canonical actor: the node that all its names and pronouns resolve to."""

    id: str
    label: str
    wikidata: str = ""
    type: str = "person"  # person | state | organisation | group
    labels: tuple[tuple[str, str], ...] = ()  # (lang, label) pairs

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "label": self.label}
        if self.wikidata:
            out["wikidata"] = self.wikidata
        out["type"] = self.type
        return out


@dataclass(frozen=True)
class Item:
    """What is demanded, proposed, rejected or accepted, on one issue."""

    id: str
    label: str
    issue: str
    text: str = ""  # the item's own words in the sentence
    labels: tuple[tuple[str, str], ...] = ()  # (lang, label) pairs
    known: bool = True  # False for an item read from text that is not in the lexicon
    # Set on an item worded as the reversal of a lexicon item that has no contrary
    # ("scrap the steel duties"): a demand of it is a rejection of `positive` (rule 1).
    positive: Item | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "text": self.text, "issue": self.issue}


@dataclass(frozen=True)
class Statement:
    """One position: (actor, relation, item) with its provenance (codebook section 1)."""

    article: str
    actor: Actor
    relation: str
    item: Item
    sentence: str
    attribution: str = ""
    conditional_on: tuple[str, ...] = ()  # ids of the items this one is conditional on
    confidence: float = 0.5
    sentence_index: int = 0
    lang: str = ""
    basis: str = ""  # the rule that read it (verb, noun, reference, condition, refusal, ...)

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "actor": self.actor.to_json(),
            "relation": self.relation,
            "item": self.item.to_json(),
            "sentence": self.sentence,
            "attribution": self.attribution,
            "conditional_on": list(self.conditional_on),
            "confidence": round(self.confidence, 2),
            "sentence_index": self.sentence_index,
            "lang": self.lang,
            "basis": self.basis,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Statement":
        actor = data["actor"]
        item = data["item"]
        return cls(
            article=str(data["article"]),
            actor=Actor(
                id=actor["id"],
                label=actor.get("label", actor["id"]),
                wikidata=actor.get("wikidata", "") or "",
                type=actor.get("type", "person") or "person",
            ),
            relation=data["relation"],
            item=Item(
                id=item["id"],
                label=item.get("label", item["id"]),
                issue=item.get("issue", "other") or "other",
                text=item.get("text", "") or "",
            ),
            sentence=data.get("sentence", ""),
            attribution=data.get("attribution", "") or "",
            conditional_on=tuple(data.get("conditional_on") or ()),
            confidence=float(data.get("confidence", 0.5)),
            sentence_index=int(data.get("sentence_index", 0)),
            lang=data.get("lang", "") or "",
            basis=data.get("basis", "") or "",
        )


@dataclass(frozen=True)
class ArticleResult:
    """The output of extracting one article: the article and its statements."""

    article: Article
    statements: tuple[Statement, ...] = field(default_factory=tuple)
