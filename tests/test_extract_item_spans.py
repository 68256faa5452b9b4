"""Where an item starts and ends around words that are not its head: an adverb between a
goal verb and its object, and a relative clause that says which deal or plan is meant.
Own sentences, uk/ru/en."""

from __future__ import annotations

import pytest
from reading import labelled
from reading import statements as read


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Вчителі хочуть спершу погашення пенсійного боргу.", "uk", "погашення"),
        ("Учителя хотят сначала погашения пенсионного долга.", "ru", "погашения"),
        ("Шахтарі хочуть якнайшвидше погашення боргів.", "uk", "погашення"),
    ],
)
def test_an_adverb_between_a_goal_verb_and_its_object_keeps_the_goal(text, lang, word):
    found = labelled(read(text, lang))
    assert [relation for _, relation, _ in found] == ["demands"]
    assert word in found[0][2]


@pytest.mark.parametrize(
    ("text", "lang", "focus", "word"),
    [
        ("Фермери хочуть насамперед компенсацій за посуху.", "uk", "насамперед", "компенсації"),
        ("Рибалки вимагають перш за все квот на вилов.", "uk", "перш", "квот"),
        ("Рибалки хочуть в першу чергу квот на вилов.", "uk", "чергу", "квот"),
        ("Рыбаки хотят прежде всего квот на вылов.", "ru", "прежде", "квот"),
        ("Рыбаки требуют в первую очередь квот на вылов.", "ru", "очередь", "квот"),
        ("The fishermen want, first and foremost, new quotas.", "en", "foremost", "quotas"),
        ("The nurses demand above all safe staffing levels.", "en", "above", "staffing"),
    ],
)
def test_a_focus_phrase_before_the_object_is_no_part_of_the_item(text, lang, focus, word):
    found = labelled(read(text, lang))
    assert [relation for _, relation, _ in found] == ["demands"]
    assert word in found[0][2] and focus not in found[0][2]


@pytest.mark.parametrize(
    ("text", "lang", "clause_word"),
    [
        ("Кенія не погодиться на угоду, яка залишить кордон закритим.", "uk", "кордон"),
        ("Профспілка шахтарів відкинула угоду, яка скасовує нічні надбавки.", "uk", "надбавки"),
        ("Кения не согласится на сделку, которая оставит границу закрытой.", "ru", "границу"),
        ("Перу отвергло соглашение, которое закрепляет квоты за иностранными судами.", "ru", "квоты"),
        ("Kenya will not accept a deal, which would leave the border closed.", "en", "border"),
    ],
)
def test_a_relative_clause_after_a_bare_deal_noun_stays_in_the_item(text, lang, clause_word):
    found = labelled(read(text, lang))
    assert found and all(relation == "rejects" for _, relation, _ in found)
    assert clause_word in found[0][2]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Туреччина підтримала припинення вогню, яке запропонував Катар.", "uk"),
        ("Турция поддержала прекращение огня, которое предложил Катар.", "ru"),
    ],
)
def test_a_relative_clause_after_a_named_item_stays_out_of_it(text, lang):
    found = labelled(read(text, lang))
    assert ("Turkey", "accepts", "ceasefire") in found
    assert not any("Катар" in item for _, _, item in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Вимогу Угорщини щодо мовного закону відхилили партнери по ЄС.", "uk"),
        ("Требование Венгрии отклонили партнеры по ЕС.", "ru"),
        ("Пропозицію Сербії підтримали союзники по ОДКБ.", "uk"),
        ("The union said it would put no new offer to members.", "en"),
    ],
)
def test_partners_allies_and_members_are_never_the_item(text, lang):
    assert not any(word in item for _, _, item in labelled(read(text, lang))
                   for word in ("партнер", "союзник", "members"))


@pytest.mark.parametrize(
    ("text", "lang", "item"),
    [
        ("Україна веде переговори з кредиторами. Мінфін відхилив вимогу кредиторів про купон 9%.", "uk", "купон 9%"),
        ("Шри-Ланка ведет переговоры с кредиторами. Минфин отклонил требование держателей облигаций "
         "о списании 30% долга.", "ru", "списание 30% долга"),
    ],
)
def test_the_owner_of_a_position_noun_and_its_topic_preposition_are_no_part_of_the_item(text, lang, item):
    # the owner's line ("Creditors demands купон 9%") has the same item
    assert {label for _, _, label in labelled(read(text, lang))} == {item}
