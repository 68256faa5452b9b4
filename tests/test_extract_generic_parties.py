"""Parties named by a generic or collective noun phrase (codebook section 1 and section 7).

In sentences written for these tests (uk, ru, en), across debt, coalition, trade,
labour, climate, hostage and war talks:
- "the opposition", "білоруська опозиція", "opposition lawmakers", "оппозиционные
  депутаты": a party of its own, labelled with its demonym ("Belarusian opposition"),
  never the state the demonym names; "opposition leader X", "an opposition politician"
  are one person of it, and "opposition to the deal" is a stance;
- lenders named by what they are ("Creditors", "bondholders", "власники облігацій",
  "держатели облигаций") are a party; a vague word ("фонды", "investors") after a
  lenders' body was named is that body; "the fund" after the IMF is still the IMF;
- "Employers", "роботодавці" (plural, no employer named) are a side of their own; one
  employer unnamed gives nothing;
- "the offer of the ministry, which included X": X is the ministry's proposal, not the
  proposal of the clause's subject that rejected it;
- "block ratification": a bare act on an agreement is on the article's issue;
- "both sides", "обидві делегації", "обе стороны": one line per side of the named pair.
"""

from __future__ import annotations

import pytest
from reading import actors, statements

AMONG = [
    # (lang, text, an actor id the lines must hold, actor ids they must not)
    ("en", "The Belarusian opposition rejected the lifting of sanctions on potash.", "belarusian-opposition", {"belarus"}),
    ("uk", "Білоруська опозиція відкинула пом'якшення санкцій.", "belarusian-opposition", {"belarus"}),
    ("ru", "Венесуэльская оппозиция требует освобождения политзаключенных.", "venezuelan-opposition", {"venezuela"}),
    ("en", "The Syrian opposition demanded the release of all detainees.", "syrian-opposition", {"syria"}),
    ("en", "Opposition lawmakers rejected the pension reform.", "opposition", set()),
    ("uk", "Опозиційні депутати відкинули проєкт бюджету.", "opposition", set()),
    ("ru", "Оппозиция отвергла проект бюджета.", "opposition", set()),
    ("en", "The opposition voiced opposition to the tax bill.", "opposition", set()),
    ("en", "Opposition leader Raila Odinga rejected the tax bill.", "raila-odinga", {"opposition"}),
    ("en", "Mikola Statkevich, a veteran opposition politician, refused to cross into Lithuania.",
     "mikola-statkevich", {"opposition"}),
    ("en", "Creditors demanded a 20% haircut on the bonds.", "creditors", set()),
    ("uk", "Кредитори вимагають списання боргу.", "creditors", set()),
    ("ru", "Кредиторы требуют списания долга.", "creditors", set()),
    ("en", "Zambia is negotiating with its bondholders. The bondholders rejected the proposed haircut.", "bondholders", {"zambia"}),
    ("uk", "Шрі-Ланка веде переговори з групою власників облігацій. Власники облігацій вимагають випуску макрооблігацій.",
     "bondholders", {"sri-lanka"}),
    ("ru", "Шри-Ланка ведет переговоры со специальной группой держателей облигаций. Фонды настаивают на выпуске макрооблигаций.",
     "bondholders", {"funds", "sri-lanka"}),
    ("en", "Employers rejected the union's demand for a four-day week.", "employers", set()),
    ("uk", "Роботодавці відкинули вимогу про підвищення мінімальної зарплати.", "employers", set()),
    ("ru", "Работодатели отвергли требование профсоюза о четырехдневной неделе.", "employers", set()),
]


@pytest.mark.parametrize("lang,text,holder,not_holders", AMONG)
def test_generic_noun_phrases_name_their_party(lang: str, text: str, holder: str, not_holders: set[str]) -> None:
    found = actors(text, lang)
    assert holder in found
    assert not found & not_holders


@pytest.mark.parametrize(
    "lang,text,actor",
    [
        ("ru", "МВФ одобрил программу. Фонд не будет пересматривать целевые показатели.", "Q7804"),
        ("en", "The IMF approved the programme. The fund rejected any change to the targets.", "Q7804"),
    ],
)
def test_the_fund_after_the_imf_is_the_imf(lang: str, text: str, actor: str) -> None:
    found = statements(text, lang)
    assert found and all(s.actor.wikidata == actor or s.actor.id == "imf" for s in found)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "An employer in Ohio rejected the demand for a four-day week."),
        ("uk", "Роботодавець відкинув вимогу про підвищення зарплати."),
        ("en", "The committee demanded a wage increase of 10%."),
    ],
)
def test_a_party_noun_naming_no_party_gives_nothing(lang: str, text: str) -> None:
    assert statements(text, lang) == []


def test_the_offer_in_a_relative_clause_is_its_owners() -> None:
    found = statements(
        "Першу пропозицію Мінфіну, яка передбачала обмін з великим дисконтом, власники варантів відхилили ще навесні.", "uk")
    proposals = {s.actor.id for s in found if s.relation == "proposes"}
    assert proposals == {"ukraine"}
    assert {s.actor.id for s in found if s.relation == "rejects"} == {"warrant-holders"}


def test_ratification_is_on_the_issue_of_the_agreement() -> None:
    found = statements("The EU and Indonesia signed the trade pact. In Jakarta, opposition lawmakers rejected ratification "
                       "of the pact.", "en")
    line = next(s for s in found if s.actor.id == "indonesian-opposition")
    assert line.relation == "rejects"
    assert line.item.issue == "economic"


@pytest.mark.parametrize(
    "lang,text,pair",
    [
        ("en", "Israel and Hamas resumed talks in Doha. The two sides rejected a ceasefire proposal from Egypt.",
         {"israel", "hamas"}),
        ("ru", "Армения и Азербайджан провели переговоры в Абу-Даби. Обе стороны согласились открыть транспортные "
               "коммуникации.", {"armenia", "azerbaijan"}),
        ("uk", "Україна та Польща провели переговори у Варшаві. Обидві делегації погодилися на відкриття кордону.",
         {"ukraine", "poland"}),
    ],
)
def test_both_sides_give_one_line_per_side(lang: str, text: str, pair: set[str]) -> None:
    assert {s.actor.id for s in statements(text, lang)} == pair


@pytest.mark.parametrize(
    "lang,text,holder",
    [
        ("uk", "Україна домовилася зі Спеціальним комітетом власників ВВП-варантів про обмін. Комітет тоді вимагав "
               "повної компенсації втрачених виплат.", "warrant-holders"),
        ("en", "Ghana met the committee of bondholders in London. The committee rejected the proposed haircut.", "bondholders"),
        ("ru", "Замбия ведет переговоры с группой держателей еврооблигаций. Группа отвергла предложение правительства "
               "о списании 30% долга.", "bondholders"),
        ("en", "The bondholder group rejected the government's offer of a 40% haircut.", "bondholders"),
        ("uk", "Комітет кредиторів вимагає повного списання відсотків.", "creditors"),
    ],
)
def test_a_lenders_body_speaks_for_its_lenders_and_its_head_alone_later_is_it(lang: str, text: str, holder: str) -> None:
    assert actors(text, lang) == {holder}


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Україна веде переговори з комітетом кредиторів. Комітет Верховної Ради вимагає оприлюднити текст угоди."),
        ("en", "Ghana met the creditor committee in Paris. The committee of experts demanded a new debt analysis."),
    ],
)
def test_another_committee_is_not_the_lenders_body(lang: str, text: str) -> None:
    assert statements(text, lang) == []
