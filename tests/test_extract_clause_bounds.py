"""Where a clause's item ends and what a clause around it adds (codebook rules 2, 3, 9).

Sentences written for these tests, in Ukrainian, Russian and English, across labour,
trade, climate, peace and hostage talks:

- a conditional offer that turns down a stronger step ("сократим, но не отменим пикеты",
  "will scale back, but not end, the strike"): the lesser step is offered, as written,
  and the condition demanded; "we" in a quote is the named speaker's side;
- "would not accept any deal that does not include X", "не примет соглашение без X",
  "не погодиться на угоду без X": X is demanded, and no line rejects a fragment;
- a чтобы/щоб clause with its own subject after a demand spells out a demand of its own;
- the item does not take in the main clause after a relative ("who demanded more were
  left angry"), a fallback's trigger ("should negotiations fail"), or the body an offer
  goes to ("to the government peace panel"); a purpose ("to adapt and cut emissions")
  stays with its item, and a bare verb keeps its purpose ("готова встретиться, чтобы ...").
"""

from __future__ import annotations

from reading import statements as read


def lines(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.label, s.relation, s.item.label) for s in read(text, lang)}


# -- a conditional offer with a step turned down ---------------------------------------


def test_reduce_but_not_cancel_ru_labour() -> None:
    found = lines(
        "«Если мэрия выплатит долг, мы сократим, но не отменим пикеты», — заявил лидер профсоюза шахтёров Игорь Петров.",
        "ru",
    )
    assert found == {
        ("Профсоюз шахтёров", "demands", "мэрия выплатит долг"),
        ("Профсоюз шахтёров", "proposes", "сократим пикеты"),
    }


def test_reduce_but_not_end_strike_ru_condition_after() -> None:
    found = lines("Профсоюз шахтёров сократит, но не отменит забастовку, если мэрия выплатит долг.", "ru")
    assert ("Профсоюз шахтёров", "proposes", "сократит забастовку") in found
    assert not any(relation == "proposes" and "strike" in item for _, relation, item in found)


def test_reduce_but_not_stop_uk_labour() -> None:
    found = lines("Якщо компанія виплатить борг, профспілка шахтарів скоротить, але не припинить страйк.", "uk")
    assert found == {
        ("Профспілка шахтарів", "demands", "компанія виплатить борг"),
        ("Профспілка шахтарів", "proposes", "скоротить страйк"),
    }


def test_scale_back_but_not_end_en_labour() -> None:
    found = lines("If the airline pays the arrears, the pilots' union will scale back, but not end, the strike.", "en")
    assert ("Pilots' union", "proposes", "scale back the strike") in found
    assert ("Pilots' union", "demands", "airline pays the arrears") in found
    assert not any(relation == "rejects" for _, relation, _ in found)


def test_quoted_we_refusing_offers_nothing_uk() -> None:
    found = lines("«Ми не можемо скасувати страйк, поки уряд не виплатить борг», — сказав голова профспілки Петро Коваль.", "uk")
    assert not any(relation == "proposes" for _, relation, _ in found)


def test_quoted_i_is_a_view_not_an_offer_en() -> None:
    found = lines('"I would be surprised if the lenders gave way," Finance Minister Luis Vera said.', "en")
    assert found == set()


# -- no deal without X -------------------------------------------------------------------


def test_no_deal_that_does_not_include_en_labour() -> None:
    found = lines("The pilots' union said it would not accept any deal that does not include a pay rise.", "en")
    assert found == {("Pilots' union", "demands", "wage rise")}


def test_reject_any_deal_without_en_climate() -> None:
    found = lines("Kenya will reject any climate deal without a loss and damage fund.", "en")
    assert found == {("Kenya", "demands", "loss and damage fund")}


def test_no_agreement_without_ru_labour() -> None:
    found = lines("Профсоюз шахтёров не примет соглашение без индексации зарплат.", "ru")
    assert found == {("Профсоюз шахтёров", "demands", "wage rise")}


def test_no_deal_without_uk_labour() -> None:
    found = lines("Профспілка шахтарів не погодиться на угоду без індексації зарплат.", "uk")
    assert found == {("Профспілка шахтарів", "demands", "wage rise")}


def test_reason_clause_still_demands_en() -> None:
    found = lines("Kenya rejected the deal because it did not include a loss and damage fund.", "en")
    assert ("Kenya", "demands", "loss and damage fund") in found


# -- a clause that spells out the demand -------------------------------------------------


def test_spelled_out_rate_ru_labour() -> None:
    found = lines("Профсоюз шахтёров требует исполнить коллективный договор, чтобы ставка была не ниже 30 тысяч рублей.", "ru")
    assert ("Профсоюз шахтёров", "demands", "ставка была не ниже 30 тысяч рублей") in found


def test_spelled_out_rate_uk_labour() -> None:
    found = lines(
        "Профспілка шахтарів вимагає виконати колективний договір, щоб ставка була не нижчою за 20 тисяч гривень.", "uk",
    )
    assert ("Профспілка шахтарів", "demands", "ставка була не нижчою за 20 тисяч гривень") in found


def test_purpose_infinitive_is_no_demand_ru() -> None:
    found = lines("Профсоюз шахтёров требует повысить зарплаты, чтобы защитить семьи.", "ru")
    assert found == {("Профсоюз шахтёров", "demands", "wage rise")}


# -- item boundaries ---------------------------------------------------------------------


def test_relative_clause_subject_is_no_item_en_climate() -> None:
    found = lines("Developing nations who had demanded far more were left angry after the vote.", "en")
    assert not any("angry" in item for _, _, item in found)


def test_relative_clause_item_ends_before_main_verb_en_labour() -> None:
    found = lines("Workers who demanded a pay rise of 10% have now voted to strike.", "en")
    assert ("Workers", "demands", "wage rise") in found
    assert not any("voted" in item for _, _, item in found)


def test_fallback_trigger_is_no_demand_en_trade() -> None:
    found = lines("The EU commissioner said the quota clause is only a safety net should talks collapse.", "en")
    assert not any(relation == "demands" for _, relation, _ in found)


def test_recipient_of_a_proposal_is_no_item_en_peace() -> None:
    found = lines("The Tamil rebels submitted a new proposal to the government peace panel.", "en")
    assert not any("panel" in item for _, _, item in found)


def test_recipient_team_is_no_item_en_peace() -> None:
    found = read("The Tamil rebels submitted a new proposal to the government negotiating team.", "en")
    assert not any("team" in s.item.text for s in found)


def test_invitation_to_join_keeps_its_content_en() -> None:
    found = lines("Egypt declined an invitation to join the naval coalition.", "en")
    assert ("Egypt", "rejects", "join the naval coalition") in found


def test_purpose_stays_with_its_item_en_climate() -> None:
    statements = [s for s in read(
        "Small island states pushed for 400 billion dollars in funding to build resilience against floods and cut emissions.",
        "en",
    ) if s.relation == "demands"]  # "pushed for" demands (cues12)
    assert len(statements) == 1
    assert statements[0].item.text.endswith("and cut emissions")


def test_place_after_to_still_splits_en_trade() -> None:
    found = lines(
        "Washington would lower its car levy provided that Brussels opens its market to U.S. beef and poultry "
        "and drops its digital services tax.",
        "en",
    )
    assert sum(1 for _, relation, _ in found if relation == "demands") == 2


def test_two_acts_asked_of_a_party_stay_two_en() -> None:
    found = lines("Russia demands Ukraine to withdraw troops and give up Donbas.", "en")
    assert len([1 for _, relation, _ in found if relation == "demands"]) == 2


def test_bare_verb_keeps_its_purpose_ru_transport() -> None:
    found = lines("Министр транспорта Анна Лебедева готова встретиться, чтобы предотвратить забастовку.", "ru")
    assert found == {("Anna Lebedeva", "proposes", "встретиться, чтобы предотвратить забастовку")}


def test_bare_verb_keeps_its_purpose_uk_labour() -> None:
    found = lines("Профспілка шахтарів готова зустрітися, аби обговорити новий договір.", "uk")
    assert found == {("Профспілка шахтарів", "proposes", "зустрітися, аби обговорити новий договір")}
