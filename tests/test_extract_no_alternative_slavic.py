"""uk/ru "немає альтернативи переговорам", "переговорам нет альтернативы", "у диалога нет
альтернативы": the speaker puts X forward (codebook `proposes`); the dative is the item, a party
in the dative ("Україні") is whom the words concern. The en phrase is in
test_extract_no_alternative_en.py.

Sentences written for these tests: Mozambique's insurgency talks, Kenya's mediation, the Nile dam,
a Moldovan coalition.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements


@pytest.mark.parametrize(("lang", "text", "actor", "label"), [
    ("uk", "«Переговорам немає альтернативи», — заявив президент Мозамбіку Даніел Чапо.", "mozambique", "talks"),
    ("uk", "Президент Мозамбіку Даніел Чапо наголосив, що немає альтернативи діалогу з опозицією.",
     "mozambique", "dialogue"),
    ("uk", "Міністр закордонних справ Кенії заявив: «У діалогу немає альтернативи».", "kenya", "dialogue"),
    ("uk", "Альтернативи мирному врегулюванню не існує, заявив прем'єр Ефіопії Абій Ахмед.", "ethiopia", ""),
    ("ru", "«Переговорам нет альтернативы», — заявил президент Мозамбика Даниэл Чапо.", "mozambique", "talks"),
    ("ru", "Президент Мозамбика Даниэл Чапо подчеркнул, что нет альтернативы диалогу с оппозицией.",
     "mozambique", "dialogue"),
    ("ru", "У диалога нет альтернативы, сказал министр иностранных дел Кении.", "kenya", "dialogue"),
    ("ru", "Альтернативы мирному урегулированию не существует, заявил премьер Эфиопии Абий Ахмед.", "ethiopia", ""),
])
def test_no_alternative_puts_it_forward(lang: str, text: str, actor: str, label: str) -> None:
    found = statements(text, lang)
    assert any(s.actor.id == actor and s.relation == "proposes" and label in s.item.label for s in found), \
        labelled(found)


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "«Молдові немає альтернативи», — заявив лідер коаліції Ігор Гросу."),
    ("ru", "«Нам нет альтернативы», — заявил лидер коалиции Игорь Гросу."),
])
def test_a_party_in_the_dative_is_no_item(lang: str, text: str) -> None:
    assert not [s for s in statements(text, lang) if s.relation == "proposes"], labelled(statements(text, lang))
