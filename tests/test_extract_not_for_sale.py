"""Ownership stated as a position: "X is not for sale" (the speaker rejects the sale of X) and
"X belongs to Y and will remain so" (Y demands that X stay its own); a plain "belongs to" is a
fact (rule 7). Sentences written for these tests: a Kenyan port, the Panama Canal, the Essequibo
region, a Danish island, a mining company.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements


@pytest.mark.parametrize(("lang", "text", "actor", "label", "issue"), [
    ("en", "\"The port is not for sale,\" Kenyan President William Ruto said.", "", "sale of the port", "economic"),
    ("en", "The Essequibo region is not for sale, Guyana's foreign minister said.", "guyana",
     "sale of the Essequibo region", "territory"),
    ("uk", "«Порт не продається», — заявив президент Кенії Вільям Руто.", "", "продаж порту", "economic"),
    ("uk", "Регіон Ессекібо не продається, заявив міністр закордонних справ Гаяни.", "guyana",
     "продаж регіону Ессекібо", "territory"),
    ("ru", "«Порт не продается», — заявил президент Кении Уильям Руто.", "", "продажа порта", "economic"),
    ("ru", "Регион Эссекибо не продается, заявил министр иностранных дел Гайаны.", "guyana",
     "продажа региона Эссекибо", "territory"),
])
def test_not_for_sale_rejects_the_sale(lang: str, text: str, actor: str, label: str, issue: str) -> None:
    found = statements(text, lang)
    assert any(s.relation == "rejects" and s.item.label == label and s.item.issue == issue
               and (not actor or s.actor.id == actor) for s in found), labelled(found)


@pytest.mark.parametrize(("lang", "text", "actor", "label"), [
    ("en", "Panama's President Jose Raul Mulino said the canal belongs to Panama and will remain so.",
     "panama", "the canal belongs to Panama"),
    ("uk", "Президент Панами Хосе Рауль Муліно заявив, що канал належить Панамі і так залишиться.",
     "panama", "канал належить Панамі"),
    ("uk", "Острів належить Данії і завжди належатиме їй, наголосила прем'єрка Данії Метте Фредеріксен.",
     "denmark", "острів належить Данії"),
    ("ru", "Президент Панамы Хосе Рауль Мулино заявил, что канал принадлежит Панаме и так останется.",
     "panama", "канал принадлежит Панаме"),
])
def test_kept_ownership_is_the_owners_demand(lang: str, text: str, actor: str, label: str) -> None:
    found = statements(text, lang)
    assert any(s.actor.id == actor and s.relation == "demands" and s.item.label == label for s in found), \
        labelled(found)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The mine belongs to a Canadian company, the report said."),
    ("uk", "Шахта належить канадській компанії."),
    ("ru", "Шахта принадлежит канадской компании."),
    ("en", "It is not for sale, the mayor said."),
])
def test_a_plain_owner_or_a_pronoun_states_nothing(lang: str, text: str) -> None:
    assert not statements(text, lang), labelled(statements(text, lang))
