"""Terms inside other terms: a proposal named only inside the other side's reaction, a
refusal's reason naming what the offer lacked, exchanges and conditions without "if",
lists after "а також"/"а также" and after a conditions heading, and uk/ru object-first
order. Every statement the sentence states is read, each with its own holder; no line
takes the wrong relation (codebook rules 3 and 4, section 7)."""

from __future__ import annotations

import pytest

from tests.reading import lines

# (sentence, lang, expected lines as (actor id, relation, words of the item label))
CASES = [
    # -- a proposal or demand named inside the other side's refusal --------------------
    ("Hamas rejected Israel's proposal for a 60-day truce.", "en",
     [("hamas", "rejects", "60-day truce"), ("israel", "proposes", "60-day truce")]),
    ("Egypt rejected a Sudanese proposal to share water data.", "en",
     [("egypt", "rejects", "share water data"), ("sudan", "proposes", "share water data")]),
    ("Poland rejected Germany's proposal to scrap the veto in foreign policy.", "en",
     [("poland", "rejects", "scrap the veto"), ("germany", "proposes", "scrap the veto")]),
    ("Ukraine rejected the Russian proposal for a ceasefire over Easter.", "en",
     [("ukraine", "rejects", "holiday truce"), ("russia", "proposes", "holiday truce")]),
    ("Kyiv rejected Moscow's offer of a truce over Easter.", "en",
     [("ukraine", "rejects", "holiday truce"), ("russia", "proposes", "holiday truce")]),
    ("Beijing turned down an American offer to cut tariffs on steel.", "en",
     [("china", "rejects", "tariffs"), ("united-states", "proposes", "tariffs")]),
    ("Mexico rejected an American demand to deploy troops at the border.", "en",
     [("mexico", "rejects", "deploy troops"), ("united-states", "demands", "deploy troops")]),
    ("ХАМАС відхилив пропозицію Ізраїлю щодо 60-денного перемир'я.", "uk",
     [("hamas", "rejects", "перемир'я"), ("israel", "proposes", "перемир'я")]),
    ("Київ відкинув пропозицію Москви про великоднє перемир'я.", "uk",
     [("ukraine", "rejects", "holiday truce"), ("russia", "proposes", "holiday truce")]),
    ("Пекін відхилив американську пропозицію знизити мита на сталь.", "uk",
     [("china", "rejects", "tariffs"), ("united-states", "proposes", "tariffs")]),
    ("Мексика відкинула американську вимогу розмістити війська на кордоні.", "uk",
     [("mexico", "rejects", "війська"), ("united-states", "demands", "війська")]),
    ("ХАМАС отверг предложение Израиля о 60-дневном перемирии.", "ru",
     [("hamas", "rejects", "перемири"), ("israel", "proposes", "перемири")]),
    ("Киев отверг предложение Москвы о пасхальном перемирии.", "ru",
     [("ukraine", "rejects", "holiday truce"), ("russia", "proposes", "holiday truce")]),
    ("Пекин отклонил американское предложение снизить пошлины на сталь.", "ru",
     [("china", "rejects", "tariffs"), ("united-states", "proposes", "tariffs")]),
    ("Мексика отвергла американское требование разместить войска на границе.", "ru",
     [("mexico", "rejects", "войска"), ("united-states", "demands", "войска")]),
    # -- uk/ru object first, subject right before the verb -----------------------------
    ("Пропозицію Судану щодо обміну даними про воду Єгипет відхилив.", "uk",
     [("sudan", "proposes", "даними про воду"), ("egypt", "rejects", "даними про воду")]),
    ("Вимогу Росії про нейтралітет Україна відкинула.", "uk",
     [("russia", "demands", "neutrality"), ("ukraine", "rejects", "neutrality")]),
    ("Предложение Израиля о перемирии ХАМАС отверг.", "ru",
     [("israel", "proposes", "ceasefire"), ("hamas", "rejects", "ceasefire")]),
    ("Требование России о нейтралитете Украина отвергла.", "ru",
     [("russia", "demands", "neutrality"), ("ukraine", "rejects", "neutrality")]),
    # -- a refusal's reason: what the offer lacked is demanded -------------------------
    ("The opposition rejected the budget deal because it had no guarantee of pension increases.", "en",
     [("opposition", "rejects", "budget deal"), ("opposition", "demands", "pension increases")]),
    ("Kyiv rejected the peace plan because it lacked security guarantees.", "en",
     [("ukraine", "rejects", "peace plan"), ("ukraine", "demands", "security guarantees")]),
    ("Hamas turned down the proposal since it contained no guarantee of a permanent ceasefire.", "en",
     [("hamas", "demands", "ceasefire")]),
    ("Опозиція відхилила бюджетну угоду, бо вона не містила гарантій підвищення пенсій.", "uk",
     [("opposition", "rejects", "бюджетн"), ("opposition", "demands", "підвищення пенсій")]),
    ("Київ відкинув мирний план, оскільки в ньому бракувало гарантій безпеки.", "uk",
     [("ukraine", "rejects", "peace plan"), ("ukraine", "demands", "security guarantees")]),
    ("ХАМАС відхилив пропозицію, бо вона не передбачала постійного припинення вогню.", "uk",
     [("hamas", "demands", "ceasefire")]),
    ("Оппозиция отвергла бюджетную сделку, потому что в ней не было гарантий повышения пенсий.", "ru",
     [("opposition", "rejects", "бюджетн"), ("opposition", "demands", "повышения пенсий")]),
    ("Киев отверг мирный план, поскольку он не предусматривал гарантий безопасности.", "ru",
     [("ukraine", "rejects", "peace plan"), ("ukraine", "demands", "security guarantees")]),
    ("ХАМАС отклонил предложение, так как в нем не было гарантии постоянного прекращения огня.", "ru",
     [("hamas", "demands", "ceasefire")]),
    # -- exchanges and conditions without "if" -----------------------------------------
    ("Kyiv offered a prisoner exchange in exchange for a ceasefire in the Black Sea.", "en",
     [("ukraine", "proposes", "prisoners"), ("ukraine", "demands", "Black Sea")]),
    ("Israel will reopen the crossing in exchange for the release of the hostages.", "en",
     [("israel", "proposes", "crossing"), ("israel", "demands", "release of hostages")]),
    ("Beijing will cut tariffs on soybeans on condition that Washington lifts export controls.", "en",
     [("china", "proposes", "tariffs"), ("china", "rejects", "export controls")]),
    ("The rebels said they were open to talks, but only if the army withdraws from the border towns.", "en",
     [("rebels", "proposes", "talks"), ("rebels", "demands", "army withdraws")]),
    ("The IMF said further lending will depend on whether Ghana restructures its debt.", "en",
     [("imf", "demands", "Ghana restructures its debt")]),
    ("Київ запропонував обмін полоненими в обмін на перемир'я в Чорному морі.", "uk",
     [("ukraine", "proposes", "prisoners"), ("ukraine", "demands", "Black Sea")]),
    ("Ізраїль відкриє пункт пропуску взамін на звільнення заручників.", "uk",
     [("israel", "proposes", "border crossings"), ("israel", "demands", "release of hostages")]),
    ("Пекін знизить мита на сою за умови, що Вашингтон скасує експортний контроль.", "uk",
     [("china", "proposes", "tariffs"), ("china", "rejects", "export controls")]),
    ("Повстанці відкриті до переговорів, але лише за умови виведення армії з прикордонних міст.", "uk",
     [("rebels", "proposes", "talks"), ("rebels", "demands", "виведення армії")]),
    ("Киев предложил обмен пленными взамен на перемирие в Черном море.", "ru",
     [("ukraine", "proposes", "prisoners"), ("ukraine", "demands", "Black Sea")]),
    ("Израиль откроет пункт пропуска взамен на освобождение заложников.", "ru",
     [("israel", "proposes", "пункт пропуска"), ("israel", "demands", "release of hostages")]),
    ("Пекин снизит пошлины на сою при условии, что Вашингтон отменит экспортный контроль.", "ru",
     [("china", "proposes", "tariffs"), ("china", "rejects", "export controls")]),
    ("Повстанцы открыты к переговорам, но только при условии вывода армии из приграничных городов.", "ru",
     [("rebels", "proposes", "talks"), ("rebels", "demands", "армии")]),
    # -- lists of terms: "and also", "а також", "а также", a conditions heading, "lead to A, B, C"
    ("Greece wants debt relief and also lower interest rates.", "en",
     [("greece", "demands", "debt relief"), ("greece", "demands", "interest rates")]),
    ("India insists that the climate deal lead to more finance, technology transfer and debt relief.", "en",
     [("india", "demands", "finance"), ("india", "demands", "technology transfer"), ("india", "demands", "debt relief")]),
    ("Греція хоче списання боргу, а також нижчих відсоткових ставок.", "uk",
     [("greece", "demands", "списання боргу"), ("greece", "demands", "відсоткових ставок")]),
    ("Україна вимагає звільнення полонених, а також повернення депортованих дітей.", "uk",
     [("ukraine", "demands", "prisoners"), ("ukraine", "demands", "deported")]),
    ("Серед умов Києва: виведення військ з кордону, звільнення всіх полонених.", "uk",
     [("ukraine", "demands", "виведення військ"), ("ukraine", "demands", "prisoners")]),
    ("Індія наполягає, щоб кліматична угода передбачала більше фінансування, передачу технологій і списання боргів.", "uk",
     [("india", "demands", "finance"), ("india", "demands", "технологій"), ("india", "demands", "списання боргів")]),
    ("Греция хочет списания долга, а также более низких процентных ставок.", "ru",
     [("greece", "demands", "долга"), ("greece", "demands", "процентных ставок")]),
    ("Украина требует освобождения пленных, а также возвращения депортированных детей.", "ru",
     [("ukraine", "demands", "prisoners"), ("ukraine", "demands", "deported")]),
    ("Среди условий Киева: вывод войск с границы, освобождение всех пленных.", "ru",
     [("ukraine", "demands", "вывод войск"), ("ukraine", "demands", "prisoners")]),
    ("Индия настаивает, чтобы климатическое соглашение предусматривало больше финансирования, передачу технологий и списание долгов.", "ru",
     [("india", "demands", "finance"), ("india", "demands", "технологий"), ("india", "demands", "списание долгов")]),
]


@pytest.mark.parametrize("text,lang,expected", CASES, ids=[c[0][:48] for c in CASES])
def test_every_nested_term_is_read_with_its_relation(text, lang, expected):
    found = lines(text, lang)
    for actor, relation, words in expected:
        assert any(a == actor and r == relation and words in label for a, r, label in found), \
            (actor, relation, words, sorted(found))
        wrong = [(a, r, label) for a, r, label in found if a == actor and words in label and r != relation]
        assert not wrong, (actor, relation, words, wrong)


@pytest.mark.parametrize("text,lang", [
    ("The farmers rejected the trade deal because it was negotiated in secret.", "en"),
    ("Фермери відкинули торговельну угоду, бо її погодили таємно.", "uk"),
    ("Фермеры отвергли торговую сделку, потому что ее согласовали тайно.", "ru"),
])
def test_a_reason_that_names_nothing_lacking_is_no_demand(text, lang):
    found = lines(text, lang)
    assert ("farmers", "rejects", "trade deal") in found
    assert not any(r == "demands" for _, r, _ in found), sorted(found)


@pytest.mark.parametrize("text,lang,rejecter,owner,subject", [
    ("Вимогу Росії про нейтралітет Україна відкинула.", "uk", "ukraine", "russia", "Україна"),
    ("Требование России о нейтралитете Украина отвергла.", "ru", "ukraine", "russia", "Украина"),
    ("Пропозицію Судану щодо обміну даними про воду Єгипет відхилив.", "uk", "egypt", "sudan", "Єгипет"),
    ("Предложение Израиля о перемирии ХАМАС отверг.", "ru", "hamas", "israel", "ХАМАС"),
])
def test_object_first_refusal_is_not_the_owner_s(text, lang, rejecter, owner, subject):
    """The name right before the verb is its subject, not a word of the fronted object."""
    found = lines(text, lang)
    assert any(a == rejecter and r == "rejects" for a, r, _ in found), sorted(found)
    assert not any(a == owner and r == "rejects" for a, r, _ in found), sorted(found)
    assert not any(subject in label for _, _, label in found), sorted(found)
