"""Latin labels for names read in Cyrillic: Ukrainian national and Russian common romanisation.

An actor found only in the text ("Тарас Качка", "Мединский") gets a Latin
label, so that the same person has one node across languages.
"""

from __future__ import annotations

# Letter by letter; "|" separates the Latin spellings so that silent letters stay empty.
_UK = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        "a|b|v|h|g|d|e|ie|zh|z|y|i|i|i|k|l|m|n|o|p|r|s|t|u|f|kh|ts|ch|sh|shch||iu|ia|".split("|"),
        strict=True,
    )
)
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_RU = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a|b|v|g|d|e|e|zh|z|i|y|k|l|m|n|o|p|r|s|t|u|f|kh|ts|ch|sh|shch||y||e|yu|ya".split("|"),
        strict=True,
    )
)


def transliterate(text: str, lang: str, person: bool = False) -> str:
    """Romanise Cyrillic `text` (uk or ru rules); Latin text is returned unchanged. A
    person's name (`person`) ends in "-ia" where Russian has "-ия" ("Мария" -> Maria,
    "Юлия" -> Yulia, as such names are known); other names keep "-iya" ("Федерация")."""
    table = _UK if lang == "uk" else _RU
    out = []
    for word in text.split():
        letters = []
        low = word.lower()
        for i, ch in enumerate(low):
            if lang == "uk" and i == 0 and ch in _UK_INITIAL:
                letters.append(_UK_INITIAL[ch])
            elif lang == "ru" and ch == "е" and (i == 0 or low[i - 1] in "аеёиоуыэюяьъ"):
                letters.append("ye")
            elif lang == "ru" and low.endswith(("ий", "ый")) and i >= len(low) - 2:
                if i == len(low) - 2:
                    letters.append("y")
            elif person and lang == "ru" and ch == "я" and i == len(low) - 1 and low.endswith("ия"):
                letters.append("a")
            else:
                letters.append(table.get(ch, ch))
        romanised = "".join(letters)
        out.append(romanised[:1].upper() + romanised[1:])
    return " ".join(out)
