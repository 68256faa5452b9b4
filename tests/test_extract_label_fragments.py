"""Item labels that are fragments (issue 12, point 3), on sentences written for these tests in
Ukrainian, Russian and English. A label names, on its own, an outcome a reader understands;
where no clean outcome can be formed, no line is written:

- condition or time words at the span's end ("... в тому випадку", "... until", "... next
  week", "з 17 грудня", "by 25 October") are no part of the item and are dropped;
- a verb cut from its object by a parenthetical ("продлить, по меньшей мере на год"), a bare
  "become" clause ("стать неотъемлемой частью процесса"), the acceptance of an offer whose
  content is not said ("принятие предложения городского совета"), a label with an unbalanced
  quote mark or bracket ("«еще одним раунде", "prisoners (the group said"), a clause after a
  comma ("Russia, it is not appropriate"), a dative pronoun's reason clause: no line;
- a linking verb's complement is not a new item ("щоб перемир'я стало частиною переговорного
  процесу" is about the truce, not about talks).
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.extract.item_outcomes import unbalanced
from graph.extract.morph import tokenize
from graph.models import Article

LEAD = {"uk": "Переговори тривали весь день.", "ru": "Переговоры шли весь день.", "en": "Talks went on all day."}


def item_labels(text: str, lang: str) -> set[str]:
    found = extract_article(Article(id="t", text=LEAD[lang] + "\n\n" + text, lang=lang))
    return {s.item.label for s in found if s.sentence == text}


CASES = [
    # --- condition and time words at the end --------------------------------------------
    ("en", "Ankara is prepared to sign the border treaty in that case.", {"sign the border treaty"}),
    ("en", "The creditors agreed to write off 30% of the debt in that case.", {"write off 30% of the debt"}),
    ("en", "The dockers will continue the strike until.", {"continue the strike"}),
    ("en", "The pilots agreed to resume talks next week.", {"resumption of talks"}),
    ("en", "The miners agreed to meet the managers again on Friday.", {"meet the managers again"}),
    ("en", "Brussels is ready to lift the duties on steel next month.", {"lowering or lifting tariffs"}),
    ("uk", "Кредитори погодилися списати 30% боргу в такому випадку.", {"списати 30% боргу"}),
    ("uk", "Анкара готова підписати прикордонний договір у такому разі.", {"прикордонний договір"}),
    ("uk", "Уряд пообіцяв погасити борги із зарплати до 25 жовтня.", {"погасити борги із зарплати"}),
    ("uk", "Фермери вимагають скасувати податок до 17 грудня.", {"скасувати податок"}),
    ("uk", "Пілоти погодилися відновити переговори наступного тижня.", {"resumption of talks"}),
    ("uk", "Шахтарі погодилися зустрітися з керівництвом знову в п'ятницю.", {"зустрітися з керівництвом знову"}),
    ("uk", "Медсестри вимагають підвищення зарплат на 10% з середи.", {"wage rise"}),
    ("uk", "Брюссель готовий скасувати мита на сталь наступного місяця.", {"lowering or lifting tariffs"}),
    ("ru", "Кредиторы согласились списать 30% долга в таком случае.", {"списать 30% долга"}),
    ("ru", "Анкара готова подписать пограничный договор в таком случае.", {"пограничный договор"}),
    ("ru", "Фермеры требуют отменить налог к 17 декабря.", {"отменить налог"}),
    ("ru", "Пилоты согласились возобновить переговоры на следующей неделе.", {"resumption of talks"}),
    ("ru", "Шахтеры согласились встретиться с руководством снова в пятницу.", {"встретиться с руководством снова"}),
    ("ru", "Медсестры требуют повышения зарплат на 10% со среды.", {"wage rise"}),
    ("ru", "Брюссель готов отменить пошлины на сталь в следующем месяце.", {"lowering or lifting tariffs"}),
    # --- a verb cut from its object by a parenthetical -------------------------------------
    ("en", "Athens wants to extend, by at least a year, the repayment period.", {"repayment period"}),
    ("uk", "Греція вимагає продовжити, щонайменше на рік, період погашення.", {"період погашення"}),
    ("ru", "Греция требует продлить, по меньшей мере на год, период погашения.", {"период погашения"}),
    # --- a linking verb's complement ---------------------------------------------------------
    ("uk", "Повстанці наполягають, щоб перемир'я стало невід'ємною частиною переговорного процесу.", {"ceasefire"}),
    ("ru", "Повстанцы настаивают, чтобы перемирие стало неотъемлемой частью переговорного процесса.", {"ceasefire"}),
    ("en", "The rebels insisted that the ceasefire must become an integral part of the negotiation process.",
     {"ceasefire become an integral part of the negotiation process"}),
    # --- the acceptance of an offer whose content is not said -------------------------------
    ("uk", "Вчителі погодилися на прийняття пропозиції міської ради.", set()),
    ("uk", "Профспілка підтримує виконання пропозиції компанії.", set()),
    ("ru", "Учителя согласились на принятие предложения городского совета.", set()),
    ("ru", "Профсоюз поддерживает выполнение предложения компании.", set()),
    ("en", "The union backs the implementation of the proposal from the company.", set()),
    # --- quote and bracket fragments -----------------------------------------------------------
    ("en", "Hamas demands the release of prisoners (the group said.", {"release of prisoners"}),
    ("en", 'Denmark insisted on "another round of talks.', {"talks"}),
    ("uk", "Данія наполягає на «ще одному раунді переговорів.", {"talks"}),
    ("ru", "Дания настаивает на «еще одном раунде переговоров.", {"talks"}),
    ("uk", "Профспілка вимагає підвищення зарплат (про це заявив її голова.", set()),
    ("ru", "Профсоюз требует повышения зарплат (об этом заявил его глава.", set()),
    # --- a relative clause of another noun, an addressee and a topic, an outlet's tail --------
    ("uk", "Опозиція вимагає відставки спікера, термін повноважень якого завершується в лютому.",
     {"resignation or transfer of power"}),
    ("ru", "Оппозиция требует отставки спикера, срок полномочий которого истекает в феврале.",
     {"resignation or transfer of power"}),
    ("uk", "Україна звернулася до ЄС щодо торгівельної угоди.", set()),
    ("ru", "Украина обратилась к ЕС по торговому соглашению.", set()),
    ("ru", "Москва требует от Киева вывести войска, - пишет Коммерсант.", {"вывести войска"}),
    ("uk", "Москва вимагає від Києва вивести війська, - пише Коммерсант.", {"вивести війська"}),
    ("en", "Moscow demands that Kyiv withdraw its troops, - writes Kommersant.", {"Kyiv withdraw its troops"}),
    ("ru", "Кремль назвал размещение войск недопустимым для России, это неуместно.", {"размещение войск"}),
    ("en", "Greece demands a delay of payments in this case.", {"delay of payments"}),
    # --- whole outcomes stay ---------------------------------------------------------------------
    ("en", "The nurses demanded a pay rise, the union said on 17 December.", {"wage rise"}),
    ("en", "Kyiv rejected any ceasefire that freezes the front line.", {"ceasefire that freezes the front line"}),
    ("en", "The opposition wants the Speaker to resign.", {"resignation or transfer of power"}),
    ("uk", "Опозиція вимагає відставки спікера.", {"resignation or transfer of power"}),
    ("ru", "Оппозиция требует отставки спикера.", {"resignation or transfer of power"}),
    ("en", "The EU wants at least $500bn from the United States in new investment.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{k}" for k, c in enumerate(CASES)])
def test_label_is_no_fragment(lang: str, text: str, expected: set[str]) -> None:
    assert item_labels(text, lang) == expected


FRAGMENT_LABELS = {
    "en": ["extend, by at least a year", "deal in that case", "sign the border treaty in that case"],
    "uk": ["продовжити, щонайменше на рік", "прийняття пропозиції міської ради", "скасувати податок до 17 грудня",
           "термін повноважень якого завершується в лютому"],
    "ru": ["продлить, по меньшей мере на год", "принятие предложения городского совета", "отменить налог к 17 декабря",
           "срок полномочий которого истекает в феврале"],
}


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_no_fragment_label_in_any_line(lang: str) -> None:
    texts = [c[1] for c in CASES if c[0] == lang]
    assert len(texts) >= 15
    labels = set().union(*(item_labels(text, lang) for text in texts))
    assert not labels & set(FRAGMENT_LABELS[lang])


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("«ще одним раундом", "uk", True),
    ("release of prisoners (the group said", "en", True),
    ('"another round of talks', "en", True),
    ("«ще одним раундом»", "uk", False),
    ("release of prisoners (all of them)", "en", False),
    ("„нова угода“", "uk", False),
    ("„новое соглашение”", "ru", False),
])
def test_unbalanced_marks(text: str, lang: str, expected: bool) -> None:
    assert unbalanced(tokenize(text, lang)) is expected


@pytest.mark.parametrize(("lang", "text", "tail"), [
    ("uk", "Профспілка «Захист» відхилила пропозицію компанії на 10%.", "компанії на 10%"),
    ("ru", "Профсоюз «Защита» отверг предложение компании по повышению зарплат на 5%.", "компании по повышению зарплат на 5%"),
    ("ru", "Профсоюз «Солидарность» принял новое предложение компании по зарплатам.", "компании по зарплатам"),
])
def test_offer_head_stays_before_its_owner_and_a_preposition(lang: str, text: str, tail: str) -> None:
    # Without the offer noun the line would name the owner and a preposition ("компании по зарплатам").
    labels = item_labels(text, lang)
    assert labels and all(label.endswith(tail) and label != tail for label in labels)
