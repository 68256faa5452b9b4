"""Item boundaries: the item keeps the whole stated outcome (codebook rule 9, MEANING.md).

Sentences written for these tests, in Ukrainian, Russian and English, across trade,
coalition, labour, border and hostage talks:

- the terms of one offer after its colon, joined by "а", "і", "and", are each the
  author's proposal; a term in the future ("скасує", "would scrap") is the term's own act,
  a reply in the past ("а Вашингтон відхилив це") is not a term;
- "rejected it as a basis for further talks" keeps the role ("as a basis ...", "як основу
  для ...", "в качестве основы ...") in the item; "as an insult" is still a reason;
- an offer referred back to by its author ("the AU proposal", "пропозицію Єврокомісії",
  "норвежский вариант") is labelled with what was proposed, and its text is the sentence's
  own words for it;
- a bare plan noun before a colon and a plan marker ("запропонували компроміс: за їхнім
  планом, A") is no item of its own: the terms after the marker are.
"""

from __future__ import annotations

from reading import statements as read


def labels(text: str, lang: str, actor: str, relation: str) -> set[str]:
    return {s.item.label for s in read(text, lang) if s.actor.label == actor and s.relation == relation}


# -- terms after a colon, joined by "а" / "and" ------------------------------------------


def test_second_term_after_colon_uk_trade() -> None:
    found = labels(
        "Японія запропонувала компроміс: Токіо вдвічі знизить мита на рис, а Вашингтон збільшить квоти на сталь.",
        "uk", "Japan", "proposes",
    )
    assert "Вашингтон збільшить квоти на сталь" in found
    assert len(found) == 2


def test_second_term_after_colon_ru_borders() -> None:
    found = labels(
        "Армения предложила компромисс: Ереван откроет дорогу через Сюник, а Баку выведет войска с границы.",
        "ru", "Armenia", "proposes",
    )
    assert found == {"Ереван откроет дорогу через Сюник", "Баку выведет войска с границы"}


def test_second_term_after_colon_ru_labour() -> None:
    statements = [s for s in read(
        "Профсоюз Hyundai предложил сделку: работники прекратят забастовку, а компания повысит зарплаты на 5%.", "ru",
    ) if s.relation == "proposes"]
    assert {s.item.text for s in statements} == {"работники прекратят забастовку", "компания повысит зарплаты на 5%"}


def test_second_term_after_colon_en_trade() -> None:
    found = labels(
        "Japan proposed a compromise: Tokyo would halve rice tariffs, and Washington would scrap its car levies.",
        "en", "Japan", "proposes",
    )
    assert "Washington would scrap its car levies" in found


def test_reply_in_the_past_is_no_term_uk() -> None:
    statements = read(
        "Японія запропонувала компроміс: Токіо вдвічі знизить мита на рис, а Вашингтон відхилив цю ідею.", "uk",
    )
    proposed = {s.item.label for s in statements if s.actor.label == "Japan" and s.relation == "proposes"}
    assert not any("відхилив" in label for label in proposed)
    assert len(proposed) == 1


# -- the role an offer is rejected in ------------------------------------------------------


def test_rejected_as_a_basis_keeps_the_role_en_trade() -> None:
    found = labels(
        "The Commission tabled a new draft on Monday. Poland and Slovakia rejected it as a basis for further talks.",
        "en", "Poland", "rejects",
    )
    assert found == {"new draft as a basis for further talks"}


def test_rejected_as_a_basis_keeps_the_role_ru_grain() -> None:
    found = labels(
        "Турция предложила новый проект соглашения о зерне. Россия отвергла его как основу для дальнейших переговоров.",
        "ru", "Russia", "rejects",
    )
    assert len(found) == 1
    assert next(iter(found)).endswith("как основу для дальнейших переговоров")


def test_rejected_as_a_basis_keeps_the_role_uk_fisheries() -> None:
    found = labels(
        "Норвегія запропонувала знизити квоту на тріску на 20%. Ісландія відкинула цю пропозицію як основу для переговорів.",
        "uk", "Iceland", "rejects",
    )
    assert found == {"знизити квоту на тріску на 20% як основу для переговорів"}


def test_as_a_reason_is_still_no_part_of_the_item_en_truce() -> None:
    found = labels("Israel proposed a six-week truce. Hamas rejected the proposal as a trap.", "en", "Hamas", "rejects")
    assert found == {"six-week truce"}


# -- an offer named by its author -------------------------------------------------------


def _accepted(text: str, lang: str, actor: str) -> list[tuple[str, str]]:
    return [(s.item.label, s.item.text) for s in read(text, lang) if s.actor.label == actor and s.relation == "accepts"]


def test_named_offer_keeps_its_name_as_text_en_border() -> None:
    found = _accepted(
        "The African Union proposed a joint border commission chaired by Kenya. Ethiopia accepted the AU proposal in principle.",
        "en", "Ethiopia",
    )
    assert found == [("joint border commission chaired by Kenya", "AU proposal")]


def test_named_offer_keeps_its_name_as_text_uk_trade() -> None:
    found = _accepted(
        "Єврокомісія запропонувала підвищити квоту на мед до 50 тисяч тонн. Україна підтримала пропозицію Єврокомісії.",
        "uk", "Ukraine",
    )
    assert found == [("підвищити квоту на мед до 50 тисяч тонн", "пропозицію Єврокомісії")]


def test_named_offer_keeps_its_name_as_text_ru_fisheries() -> None:
    found = _accepted(
        "Норвегия предложила снизить квоту на треску на 20%. Исландия поддержала норвежский вариант.", "ru", "Iceland",
    )
    assert found == [("снизить квоту на треску на 20%", "норвежский вариант")]


# -- a bare plan noun before a plan marker --------------------------------------------------


def test_bare_compromise_before_plan_marker_uk_coalition() -> None:
    found = labels(
        "Соціал-демократи запропонували компроміс: за їхнім планом, уряд заморозить пенсійний вік до 2030 року.",
        "uk", "Social Democrats", "proposes",
    )
    assert found == {"уряд заморозить пенсійний вік до 2030 року"}


def test_bare_compromise_before_plan_marker_ru_coalition() -> None:
    found = labels(
        "Социал-демократы предложили компромисс: по их плану, правительство заморозит пенсионный возраст до 2030 года.",
        "ru", "Social Democrats", "proposes",
    )
    assert not any(label.startswith("компромисс") for label in found)


# -- a relative clause closed before a fronted object; an attempt to agree -----------------


def test_relative_clause_ends_before_time_phrase_and_fronted_object_uk_trade() -> None:
    found = labels(
        "Асоціація фермерів, яка торік вимагала заборонити імпорт українського цукру, цього разу нових вимог не висувала.",
        "uk", "Асоціація фермерів", "demands",
    )
    assert found == {"заборонити імпорт українського цукру"}


def test_relative_clause_ends_before_time_phrase_and_fronted_object_ru_labour() -> None:
    statements = read(
        "Профсоюз Hyundai, который в прошлом году требовал повысить зарплаты на 10%, в этот раз новых требований не выдвигал.",
        "ru",
    )
    assert [s.item.text for s in statements] == ["повысить зарплаты на 10%"]


def test_attempt_to_agree_is_an_event_uk_coalition() -> None:
    assert read(
        "Президент доручив сформувати уряд консерваторам, але їхні спроби домовитися із соціал-демократами та «Зеленими» не вдалися.",
        "uk",
    ) == []


def test_attempt_to_agree_is_an_event_ru_coalition() -> None:
    assert read("Попытки консерваторов договориться с социал-демократами и либералами провалились.", "ru") == []


def test_agreement_itself_still_read_uk_coalition() -> None:
    found = labels("Консерватори домовилися із соціал-демократами про спільний бюджет.", "uk", "Conservatives", "accepts")
    assert found == {"спільний бюджет"}


# -- canonical items only where they fit ---------------------------------------------------


def test_cutting_tariffs_is_lowering_them_en() -> None:
    found = labels("Japan offered to slash tariffs on US cars.", "en", "Japan", "proposes")
    assert found == {"lowering or lifting tariffs"}


def test_halving_tariffs_is_lowering_them_en() -> None:
    found = labels("South Korea offered to halve its tariffs on American beef.", "en", "South Korea", "proposes")
    assert found == {"lowering or lifting tariffs"}


def test_cutting_duties_is_lowering_them_uk() -> None:
    found = labels("Японія запропонувала скоротити мита на американські авто.", "uk", "Japan", "proposes")
    assert found == {"lowering or lifting tariffs"}


def test_cutting_duties_is_lowering_them_ru() -> None:
    found = labels("Индия предложила урезать пошлины на американский виски.", "ru", "India", "proposes")
    assert found == {"lowering or lifting tariffs"}


def test_grain_deal_of_other_parties_is_not_the_black_sea_corridor() -> None:
    statements = read("Poland and Lithuania signed a grain deal on transit through Baltic ports.", "en")
    assert statements and all(s.item.id != "grain-corridor" for s in statements)


def test_grain_deal_with_russia_and_ukraine_is_the_corridor() -> None:
    found = labels("Туреччина запропонувала відновити зернову угоду з Україною та Росією.", "uk", "Turkey", "proposes")
    assert found == {"Black Sea grain corridor (grain deal)"}


# -- a count after "including" is part of the item ---------------------------------------------


def test_including_a_count_stays_in_the_item_en_hostages() -> None:
    found = labels(
        "Hamas demanded the release of 500 Palestinian prisoners, including 50 serving life sentences.",
        "en", "Hamas", "demands",
    )
    assert found == {"release of 500 Palestinian prisoners, including 50 serving life sentences"}


def test_including_a_count_stays_in_the_item_uk_hostages() -> None:
    statements = [s for s in read(
        "ХАМАС вимагає звільнення 500 палестинських в'язнів, зокрема 50 засуджених до довічного ув'язнення.", "uk",
    ) if s.relation == "demands"]
    assert len(statements) == 1
    assert statements[0].item.text.endswith("зокрема 50 засуджених до довічного ув'язнення")


def test_including_a_count_stays_in_the_item_ru_hostages() -> None:
    # "заключённых" is read as "заключенных" (ru11): the known item labels it, as in uk; the
    # item's text keeps the count
    statements = [s for s in read(
        "ХАМАС требует освобождения 500 палестинских заключённых, в том числе 50 осуждённых пожизненно.", "ru",
    ) if s.relation == "demands"]
    assert len(statements) == 1
    assert statements[0].item.text.endswith("в том числе 50 осуждённых пожизненно")


def test_including_a_named_item_is_still_its_own_item_en() -> None:
    found = labels("Kyiv demanded security guarantees, including a Western troop presence.", "en", "Ukraine", "demands")
    assert len(found) == 2


# -- en: an "it" in a later item of the same sentence --------------------------------------------


def test_it_in_a_second_item_names_the_first_en_alliance() -> None:
    found = labels(
        "Germany backed the 5% target but wants support for Ukraine to count towards it.", "en", "Germany", "demands",
    )
    assert found == {"support for Ukraine to count towards the 5% target"}


def test_it_in_a_second_item_names_the_first_en_trade() -> None:
    found = labels(
        "Brussels accepted the steel quota but wants Washington to raise it by 2027.", "en", "European Union", "demands",
    )
    assert found == {"raise the steel quota by 2027"}


def test_it_with_nothing_named_before_stays_unread_en() -> None:
    assert read("Kenya wants the company to count towards it.", "en") == []


# -- uk/ru: a plan noun and the genitive that says which plan --------------------------------------


def test_draft_of_a_named_agreement_keeps_its_head_uk_debt() -> None:
    found = labels("Уряд Молдови схвалив проєкт угоди про реструктуризацію боргу.", "uk", "Moldova", "accepts")
    assert found == {"проєкт угоди про реструктуризацію боргу"}


def test_draft_of_a_bare_decision_names_nothing_uk_climate() -> None:
    found = labels("Голова переговорів, австралійський міністр Кріс Боуен, представив новий проєкт рішення.", "uk",
                   "Chris Bowen", "proposes")
    assert "рішення" not in found and "проєкт рішення" not in found


def test_plan_marker_in_the_same_sentence_reads_the_clause_after_it_ru() -> None:
    found = labels(
        "Социал-демократы предложили компромисс: по их плану, правительство заморозит пенсионный возраст до 2030 года.",
        "ru", "Social Democrats", "proposes",
    )
    assert found == {"правительство заморозит пенсионный возраст до 2030 года"}
