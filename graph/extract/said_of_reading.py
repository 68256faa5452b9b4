"""A bare "No" said of something: «"No," Tsipras said of the pension reforms»,
«"Ні", — сказав Зеленський про територіальні поступки», «"Нет", — сказал Ципрас о
реформе». The quote refuses what the speaker spoke of (codebook: a refusal without a
refusal verb; rule 5: the quote's speaker holds it).

A mixin of engine._SentenceReader: its methods use the reader's view, emit() and items_from().
"""

from __future__ import annotations

from .complements import complement_end
from .lexicon import closed_classes
from .sentence_view import CLOSE_QUOTES, OPEN_QUOTES

# How far after the quote the speech verb and its "of"/"про" may stand ("сказав прем'єр-міністр
# Греції Ципрас про").
_TAIL_WINDOW = 8


class SaidOfReading:
    def said_of_refusals(self) -> None:
        """A sentence opening with a quote of only "no"/"never" ("ні", "нет"), then a speech
        verb, its speaker and "of"/"про": the speaker rejects what follows the preposition."""
        view = self.view
        tokens = view.tokens
        closed = closed_classes()
        if len(tokens) < 6 or tokens[0].text not in OPEN_QUOTES:
            return
        close = next((k for k in range(1, min(5, len(tokens))) if tokens[k].text in CLOSE_QUOTES), None)
        words = [t for t in tokens[1:close] if t.is_word] if close is not None else []
        if not words or any(t.low not in closed.no_words for t in words):
            return
        spoken = False
        for k in range(close + 1, min(close + 1 + _TAIL_WINDOW, len(tokens))):
            token = tokens[k]
            if token.keys & view.cues_lex.speech_verbs:
                spoken = True
            elif token.text in (",", ";", ".", ":") and spoken:
                return
            elif spoken and token.low in closed.said_of_prepositions:
                speaker = next((m for m in view.mentions if close < m.start and m.end <= k
                                and m.kind not in ("pronoun", "possessive")), None)
                if speaker is None or not (
                        speaker.end == k or tokens[k - 1].keys & view.cues_lex.speech_verbs):
                    return  # "said when asked about X": an answer to a question, not said of X
                end = complement_end(view, k + 1)
                # "of the reforms the lenders demand": a party with its own cue opens a clause
                end = next((m.start for m in view.mentions if k + 1 < m.start < end
                            and view.cue_at(m.end) is not None), end)
                while end > k + 2 and tokens[end - 1].low in closed.articles:
                    end -= 1
                for item in self.items_from(k + 1, end, in_attribution=True):
                    self.emit(speaker.actor, "rejects", item, "said-of")
                return
