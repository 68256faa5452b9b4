"""A speaker for a group: "посол Намібії, який виступав від імені Африканської групи, вимагав
X", "От имени ЕС Франция потребовала X", "Namibia's envoy, speaking on behalf of the African
Group, demanded X". The speaker holds nothing of his own; the group holds the position
(rule 6). A group the lexicon does not know leaves the position with no party, never with
the speaker's state.
"""

from __future__ import annotations

from .lexicon import closed_classes
from .mention import Mention
from .sentence_view import OPEN_QUOTES, SentenceView


def behalf_group(view: SentenceView, speaker: Mention | None, cue_start: int):
    """The group a speaker speaks for: its actor, `None` when the group is named but is no
    party the lexicon knows, or `False` when the speaker speaks for no one but himself.

    The "on behalf of" phrase belongs to the speaker when no cue stands between them and the
    cue does not stand between the speaker and the phrase: "Russia rejected the proposal made
    on behalf of the EU" is Russia's own refusal."""
    lex = view.cues_lex
    if speaker is None or not lex.behalf_words:
        return False
    tokens = view.tokens
    closed = closed_classes()
    for k in range(len(tokens)):
        hit = lex.behalf_words.longest_at(tokens, k)
        if hit is None:
            continue
        end = hit[0]
        low, high = (speaker.end, k) if speaker.end <= k else (end, speaker.start)
        if speaker.start < k and speaker.end > k:
            continue
        if any(low <= c.start < high for c in view.cues) or speaker.end <= cue_start < k:
            continue
        if any(t.keys & lex.speech_verbs or t.low in closed.that_words for t in tokens[low:high]):
            continue  # "on behalf of the EU, he said that Russia must ...": Russia is no speaker
        start = end
        while start < len(tokens) and (tokens[start].text in OPEN_QUOTES or tokens[start].low in closed.determiners):
            start += 1  # "on behalf of the African Group", "от имени «Группы ...»"
        group = next((m for m in view.mentions if m.start == start), None)
        if group is None:
            return None  # "від імені «Групи за справедливість»": a group no party knows
        if group.kind in ("pronoun", "possessive"):
            return False  # "on behalf of its members": the speaker's own body
        return group.actor
    return False
