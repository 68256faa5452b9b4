"""Conditions, reciprocity and exchanges written without "if" (codebook rule 3).

- Reciprocity: "will keep X if the US does the same", "за умови, що США зроблять те саме",
  "при условии зеркальных шагов со стороны США": the party proposes X and demands X of the
  other side named in the condition (a label built from the offer with that party); with no
  other side named, no demand (never "mirror steps" as an item).
- "will depend on whether X" / "залежатиме від того, чи X" / "будет зависеть от того, X ли":
  X is demanded, with no "whether", «чи» or «ли» in the label.
- "will continue X with or without a deal" / "продовжить X з угодою чи без неї": the party
  rejects stopping X.
- A possessive condition noun: "Ukraine's key condition is X", "головна умова Києва — X".
- Conditions already read: "on condition that", "за умови, що", "при условии, что".
- Traps: "the first of Pyongyang's conditions was rejected" is no demand of Pyongyang; "will
  not continue X" is no going-on; an infinitive continued ("continue to build") is left unread.

Sentences written for these tests, over arms control, trade, wars, hostages, labour, budgets
and borders.
"""

from __future__ import annotations

import pytest

from tests.reading import lines


def _has(found: set[tuple[str, str, str]], actor: str, relation: str, *words: str) -> bool:
    return any(a == actor and r == relation and all(w in i for w in words) for a, r, i in found)


POSITIONS = [
    # Reciprocity: the offer, demanded of the other side.
    ("en", "Russia will keep the warhead limits if the US does the same.", "russia", "demands", ("United States", "warhead limits")),
    ("en", "Russia will keep the warhead limits if the US does the same.", "russia", "proposes", ("keep the warhead limits",)),
    ("en", "The EU will cut its tariffs on cars if the US follows suit.", "european-union", "demands", ("United States",)),
    ("en", "China will lower its coal targets if India does the same.", "china", "demands", ("India", "coal targets")),
    ("en", "Hamas will release the hostages if Israel takes reciprocal steps.", "hamas", "demands", ("by Israel",)),
    ("uk", "Росія збереже ліміти боєголовок за умови, що США зроблять те саме.", "russia", "demands", ("США", "ліміти боєголовок")),
    ("uk", "Вірменія виведе війська з кордону, якщо Азербайджан зробить те саме.", "armenia", "demands", ("Азербайджан", "війська")),
    ("uk", "Китай знизить мита на сою, якщо США зроблять те саме.", "china", "demands", ("United States",)),
    ("uk", "ЄС скасує мита на автомобілі за умови дзеркальних кроків з боку США.", "european-union", "demands", ("United States",)),
    ("ru", "Россия сохранит лимиты боеголовок при условии зеркальных шагов со стороны США.", "russia", "demands", ("США", "лимиты боеголовок")),
    ("ru", "Армения отведет войска от границы, если Азербайджан сделает то же самое.", "armenia", "demands", ("Азербайджан", "войска")),
    ("ru", "Китай снизит пошлины на сою, если США сделают то же самое.", "china", "demands", ("United States",)),
    # ... after a cue of readiness ("is ready to X if Y does the same").
    ("en", "Moscow is ready to extend the moratorium on missile deployments if Washington does the same.", "russia", "demands", ("United States to extend",)),
    ("en", "The Kremlin said it was ready to keep the warhead limits provided the US does the same.", "russia", "demands", ("United States to keep",)),
    ("uk", "Москва готова продовжити мораторій на розміщення ракет, якщо Вашингтон зробить те саме.", "russia", "demands", ("США", "мораторій")),
    ("ru", "Москва готова продлить мораторий на размещение ракет, если Вашингтон сделает то же самое.", "russia", "demands", ("США", "мораторий")),
    # "depend on whether": the condition is demanded, no "whether" / «чи» / «ли» in the label.
    ("en", "The SPD said its support for the budget will depend on whether the government protects pensioners.", "spd", "demands", ("protects pensioners",)),
    ("en", "The Boeing union said an end to the strike will depend on whether the company raises wages by 25 percent.", "boeing-union", "demands", ("wage",)),
    ("en", "Hamas said the release of the hostages will depend on whether Israel withdraws its troops from Khan Younis.", "hamas", "demands", ("withdraw",)),
    ("uk", "Підтримка бюджету з боку СДПН залежатиме від того, чи захистить уряд пенсіонерів.", "spd", "demands", ("пенсіонерів",)),
    ("uk", "Профспілка Boeing заявила, що припинення страйку залежатиме від того, чи підвищить компанія зарплати на 25 відсотків.", "boeing-union", "demands", ("wage",)),
    ("uk", "ХАМАС заявив, що звільнення заручників залежатиме від того, чи виведе Ізраїль війська з Хан-Юнісу.", "hamas", "demands", ("війська",)),
    ("ru", "Поддержка бюджета со стороны СДПГ будет зависеть от того, защитит ли правительство пенсионеров.", "spd", "demands", ("пенсионеров",)),
    ("ru", "Профсоюз Boeing заявил, что прекращение забастовки будет зависеть от того, повысит ли компания зарплаты на 25 процентов.", "boeing-union", "demands", ("wage",)),
    ("ru", "ХАМАС заявил, что освобождение заложников будет зависеть от того, выведет ли Израиль войска из Хан-Юниса.", "hamas", "demands", ("войска",)),
    # "with or without a deal": the party rejects stopping what it continues.
    ("en", "Israel will continue strikes in Gaza with or without a deal.", "israel", "rejects", ("stop", "strikes in Gaza")),
    ("en", "Russia will continue its offensive in Donbas with or without a ceasefire.", "russia", "rejects", ("stop", "offensive")),
    ("uk", "Ізраїль продовжить удари по Газі з угодою чи без неї.", "israel", "rejects", ("зупинити", "удари по Газі")),
    ("uk", "Китай продовжуватиме будівництво островів незалежно від угоди.", "china", "rejects", ("зупинити", "будівництво островів")),
    ("uk", "Росія продовжить наступ на Донбасі з угодою чи без неї.", "russia", "rejects", ("зупинити", "наступ")),
    ("ru", "Израиль продолжит удары по Газе со сделкой или без нее.", "israel", "rejects", ("остановить", "удары по Газе")),
    ("ru", "Россия продолжит наступление в Донбассе с соглашением или без него.", "russia", "rejects", ("остановить", "наступление")),
    # A fronted condition closed by an inverted modal: "Only after X can the IMF release Y".
    ("en", "Only after the parliament passes the pension reform can the IMF release the next tranche.", "imf", "demands", ("pension reform",)),
    ("en", "Only after the parliament passes the pension reform can the IMF release the next tranche.", "imf", "proposes", ("tranche",)),
    ("en", "Only after Israel withdraws its troops from Gaza will Hamas release the remaining hostages.", "hamas", "demands", ("withdrawal",)),
    ("en", "Only if Ford freezes layoffs will the UAW accept the wage offer.", "uaw", "demands", ("layoffs",)),
    ("uk", "Лише після того, як парламент ухвалить пенсійну реформу, МВФ зможе виділити наступний транш.", "imf", "demands", ("пенсійну реформу",)),
    ("ru", "Только после того, как парламент примет пенсионную реформу, МВФ сможет выделить следующий транш.", "imf", "demands", ("пенсионную реформу",)),
    ("ru", "МВФ выделит следующий транш, но только после того, как парламент примет пенсионную реформу.", "imf", "demands", ("пенсионную реформу",)),
    # "on condition that" / "on the understanding that" after a phrase ending in "on"; a veto
    # lifted on a condition is an offer, never a refusal of the condition.
    ("en", "Hungary will lift its veto on condition that the EU unfreezes its funds.", "hungary", "demands", ("frozen",)),
    ("en", "Hungary will lift its veto on the understanding that the EU unfreezes its funds.", "hungary", "demands", ("frozen",)),
    ("uk", "Угорщина зніме вето за умови, що ЄС розморозить її кошти.", "hungary", "demands", ("frozen",)),
    ("uk", "Угорщина зніме вето з розумінням того, що ЄС розморозить її кошти.", "hungary", "demands", ("frozen",)),
    ("ru", "Венгрия снимет вето при условии, что ЕС разморозит ее средства.", "hungary", "demands", ("frozen",)),
    ("ru", "Венгрия снимет вето с пониманием того, что ЕС разморозит ее средства.", "hungary", "demands", ("frozen",)),
    ("uk", "Угорщина зняла вето з санкційного пакета.", "hungary", "accepts", ("sanctions",)),
    # A possessive condition noun: its owner demands what the copula names.
    ("en", "Hamas's main condition is a full withdrawal of Israeli troops.", "hamas", "demands", ("withdrawal of Israeli troops",)),
    ("en", "Ukraine's key condition is the withdrawal of Russian troops.", "ukraine", "demands", ("withdrawal of Russian troops",)),
    ("en", "The IMF's key condition is a rise in VAT.", "imf", "demands", ("VAT",)),
    ("uk", "Головна умова Києва — виведення російських військ.", "ukraine", "demands", ("виведення російських військ",)),
    ("ru", "Главное условие Киева — вывод российских войск.", "ukraine", "demands", ("вывод российских войск",)),
    # "on condition that" / "за умови, що" / "при условии, что": the condition is demanded.
    ("en", "Hamas will release the hostages on condition that Israel withdraws its troops.", "hamas", "demands", ("withdrawal",)),
    ("en", "The UAW will accept the wage offer on condition that Ford freezes layoffs.", "uaw", "demands", ("layoffs",)),
]


@pytest.mark.parametrize("lang,text,actor,relation,words", POSITIONS)
def test_condition_without_if(lang, text, actor, relation, words):
    found = lines(text, lang)
    assert _has(found, actor, relation, *words), found


NO_WORDS = [
    # No question word in the label.
    ("en", "The SPD said its support for the budget will depend on whether the government protects pensioners.", "whether"),
    ("uk", "Підтримка бюджету з боку СДПН залежатиме від того, чи захистить уряд пенсіонерів.", " чи "),
    ("ru", "Поддержка бюджета со стороны СДПГ будет зависеть от того, защитит ли правительство пенсионеров.", " ли "),
    ("ru", "ХАМАС заявил, что освобождение заложников будет зависеть от того, выведет ли Израиль войска из Хан-Юниса.", " ли "),
    # No "mirror steps" as an item.
    ("ru", "Россия сохранит лимиты боеголовок при условии зеркальных шагов со стороны США.", "зеркальн"),
    ("ru", "Россия сохранит лимиты боеголовок при условии зеркальных шагов.", "зеркальн"),
    ("uk", "ЄС скасує мита на автомобілі за умови дзеркальних кроків з боку США.", "дзеркальн"),
    ("en", "Hamas will release the hostages if Israel takes reciprocal steps.", "reciprocal"),
]


@pytest.mark.parametrize("lang,text,words", NO_WORDS)
def test_no_question_or_mirror_words_in_labels(lang, text, words):
    found = lines(text, lang)
    assert found and not any(words in f" {i} " for _, _, i in found), found


TRAPS = [
    # A part of another's conditions, rejected: no demand of its owner.
    ("en", "But the first of Pyongyang's conditions was rejected outright by the US, which said the talks would go on.", "north-korea", "demands"),
    ("en", "Pyongyang's condition was rejected outright by Washington.", "north-korea", "demands"),
    # With no other side named, the same step demanded of no one.
    ("ru", "Россия сохранит лимиты боеголовок при условии зеркальных шагов.", "russia", "demands"),
    # A condition lifted with a veto is no refusal of it.
    ("uk", "Угорщина зніме вето за умови, що ЄС розморозить її кошти.", "hungary", "rejects"),
    ("ru", "Венгрия снимет вето при условии, что ЕС разморозит ее средства.", "hungary", "rejects"),
    ("en", "Hungary will lift its veto on condition that the EU unfreezes its funds.", "hungary", "accepts"),
    # "only on our terms": no terms named, no item.
    ("en", "The war can end at once, but only on our terms, Putin said.", "putin", "demands"),
    ("uk", "Війна може закінчитися негайно, але лише на наших умовах, заявив Путін.", "putin", "demands"),
    ("ru", "Война может закончиться сразу, но только на наших условиях, заявил Путин.", "putin", "demands"),
    # A pronoun after the inverted modal is no party to read.
    ("en", "Only after the war ends will we know what the deal is worth.", "", "demands"),
    # An infinitive continued, or a refusal to go on: no "stop X".
    ("en", "Israel will continue to build settlements with or without a deal.", "israel", "rejects"),
]


@pytest.mark.parametrize("lang,text,actor,relation", TRAPS)
def test_trap(lang, text, actor, relation):
    found = lines(text, lang)
    assert not any(a == actor and r == relation for a, r, _ in found), found


def test_offer_kept_beside_reciprocal_demand():
    found = lines("Армения отведет войска от границы, если Азербайджан сделает то же самое.", "ru")
    assert _has(found, "armenia", "proposes", "войска") and not _has(found, "azerbaijan", "demands"), found
