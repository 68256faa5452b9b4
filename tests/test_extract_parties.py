"""Positions held by more than one party, and lists whose author is named before them.

Codebook sections 1-2 and 7, in sentences written for these tests (uk, ru, en):
- a reciprocal agreement ("X and Y agreed to A", "the two sides agreed on A", "X agreed
  with Y to A", "Сторони домовилися про A", "Стороны договорились о A") is accepted by
  each party; "the sides" are the two parties the article named as negotiating, and
  nothing comes out when it named none. A failure to agree is an event: nothing.
- coordinated subjects of any cue ("X and Y demand A", "X, Y і Z вимагають A",
  "как X, так и Y требуют A") each hold the position; coordinated objects do not.
- a list after a colon belongs to the party that sets it out, not to its addressee
  ("handed management a list of demands: ..." is the union's).

Each case is (lang, text, the exact set of (actor id, relation, item label)).
"""

from __future__ import annotations

import pytest
from reading import lines as read

PRISONERS = "exchange or release of prisoners of war"
BORDER = "border delimitation and demarcation"
HOSTAGES = "release of all remaining hostages at once"
PAY = "wage rise"


def both(first: str, second: str, relation: str, label: str) -> set[tuple[str, str, str]]:
    return {(first, relation, label), (second, relation, label)}


RECIPROCAL = [
    # the sides, resolved to the pair named as negotiating in an earlier sentence
    ("en", "Armenian and Azerbaijani negotiators held talks in Washington.\n"
           "The two sides agreed on a prisoner exchange.",
     both("armenia", "azerbaijan", "accepts", PRISONERS)),
    ("en", "Norway hosted talks between Colombia and Venezuela.\n"
           "Both sides accepted a joint border commission.",
     both("colombia", "venezuela", "accepts", "joint border commission")),
    ("en", "India and Pakistan held talks in Doha.\n"
           "A US envoy said both sides agreed to a ceasefire.",
     both("india", "pakistan", "accepts", "ceasefire")),
    ("en", "The foreign ministers of Serbia and Kosovo met in Brussels.\n"
           "The foreign ministers of both countries agreed to a joint commission on missing persons.",
     both("serbia", "kosovo", "accepts", "joint commission on missing persons")),
    ("en", "Serbia and Kosovo held talks in Brussels, mediated by the EU.\n"
           "The two sides agreed on a joint commission on missing persons.",
     both("serbia", "kosovo", "accepts", "joint commission on missing persons")),
    ("uk", "Вірменія та Азербайджан провели переговори у Вашингтоні.\n"
           "Сторони домовилися про обмін полоненими.",
     both("armenia", "azerbaijan", "accepts", PRISONERS)),
    ("uk", "Колумбія і Венесуела провели переговори в Осло.\n"
           "Обидві сторони погодилися на спільну прикордонну комісію.",
     both("colombia", "venezuela", "accepts", "спільна прикордонна комісія")),
    ("uk", "Делегації Індії та Пакистану зустрілися в Досі.\n"
           "Міністри оборони двох країн домовилися про припинення вогню.",
     both("india", "pakistan", "accepts", "ceasefire")),
    ("uk", "Сербія та Косово провели переговори в Брюсселі.\n"
           "ЄС заявив, що сторони погодилися відновити діалог.",
     both("serbia", "kosovo", "accepts", "dialogue")),
    ("ru", "Армения и Азербайджан провели переговоры в Вашингтоне.\n"
           "Стороны договорились об обмене пленными.",
     both("armenia", "azerbaijan", "accepts", PRISONERS)),
    ("ru", "Колумбия и Эквадор провели переговоры в Осло.\n"
           "Обе стороны согласились на совместную пограничную комиссию.",
     both("colombia", "ecuador", "accepts", "совместная пограничная комиссия")),
    ("ru", "Делегации Индии и Пакистана встретились в Дохе.\n"
           "Министры обороны двух стран договорились о прекращении огня.",
     both("india", "pakistan", "accepts", "ceasefire")),
    ("ru", "Российская и украинская делегации провели переговоры в Стамбуле.\n"
           "Стороны также договорились об обмене пленными.",
     both("russia", "ukraine", "accepts", PRISONERS)),
    ("ru", "Сербия и Косово провели переговоры в Брюсселе при посредничестве ЕС.\n"
           "Стороны договорились о совместной комиссии по пропавшим без вести.",
     both("serbia", "kosovo", "accepts", "совместная комиссия по пропавшим без вести")),
    # coordinated parties and the other party named with "with"
    ("en", "Serbia agreed with Kosovo to reopen the Jarinje crossing.",
     both("serbia", "kosovo", "accepts", "reopen the Jarinje crossing")),
    ("en", "Ethiopia and Eritrea reached an agreement on the demarcation of the border.",
     both("ethiopia", "eritrea", "accepts", BORDER)),
    ("uk", "Сербія домовилася з Косово про відкриття прикордонного переходу.",
     both("serbia", "kosovo", "accepts", "відкриття прикордонного переходу")),
    ("uk", "Ефіопія та Еритрея досягли згоди щодо демаркації кордону.",
     both("ethiopia", "eritrea", "accepts", BORDER)),
    ("uk", "Колумбія і Венесуела погодилися на спільну прикордонну комісію.",
     both("colombia", "venezuela", "accepts", "спільна прикордонна комісія")),
    ("ru", "Сербия с Косово договорились об открытии пограничного перехода.",
     both("serbia", "kosovo", "accepts", "открытие пограничного перехода")),
    ("ru", "Сербия договорилась с Косово о возобновлении диалога.",
     both("serbia", "kosovo", "accepts", "dialogue")),
    ("ru", "Эфиопия и Эритрея достигли соглашения о демаркации границы.",
     both("ethiopia", "eritrea", "accepts", BORDER)),
]


@pytest.mark.parametrize(
    "lang,text,expected", RECIPROCAL, ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(RECIPROCAL)]
)
def test_a_reciprocal_agreement_is_accepted_by_each_party(lang: str, text: str, expected) -> None:
    assert read(text, lang) == expected


NO_AGREEMENT = [
    # "the sides" that the article never named: no one to hold the agreement
    ("en", "The sides agreed on a prisoner exchange."),
    ("uk", "Сторони домовилися про обмін полоненими."),
    ("ru", "Стороны договорились об обмене пленными, сообщает ТАСС."),
    # failures to agree, and talks that ended without a deal
    ("en", "Ethiopia and Eritrea failed to reach agreement on the border."),
    ("en", "Serbia and Kosovo could not agree on the Jarinje crossing."),
    ("en", "Serbia could not agree with Kosovo on the Jarinje crossing."),
    ("en", "Armenia and Azerbaijan were not able to agree on the border."),
    ("en", "The talks between Serbia and Kosovo ended without agreement."),
    ("en", "Armenia and Azerbaijan met in Geneva.\nNo deal was reached on the border."),
    ("en", "Armenia and Azerbaijan did not reach a deal on the border."),
    ("uk", "Вірменія та Азербайджан не змогли домовитися про делімітацію кордону."),
    ("uk", "Сербія та Косово так і не досягли згоди щодо прикордонного переходу."),
    ("uk", "Чилі та Перу не домовилися про квоти на вилов риби."),
    ("ru", "Армения и Азербайджан не смогли договориться о делимитации границы."),
    ("ru", "Сербия и Косово так и не достигли согласия по пограничному переходу."),
    ("ru", "Армения и Азербайджан провели переговоры в Вашингтоне.\nПозиции сторон по-прежнему далеки."),
]


@pytest.mark.parametrize("lang,text", NO_AGREEMENT, ids=[f"{lang}-{n}" for n, (lang, _) in enumerate(NO_AGREEMENT)])
def test_no_agreement_or_unnamed_sides_state_nothing(lang: str, text: str) -> None:
    assert read(text, lang) == set()


SIDES_NOT_HOLDERS = [
    # "the sides" as an addressee hold nothing; the one who urges them does
    ("uk", "Колумбія і Венесуела провели переговори в Осло.\nНорвегія закликала сторони до перемир'я.",
     "norway"),
    ("uk", "Колумбія і Еквадор провели переговори.\nЕквадор закликав, щоб обидві сторони домовилися про перемир'я.",
     "ecuador"),
]


@pytest.mark.parametrize("lang,text,holder", SIDES_NOT_HOLDERS, ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(SIDES_NOT_HOLDERS)])
def test_the_sides_as_an_addressee_hold_nothing(lang: str, text: str, holder: str) -> None:
    found = read(text, lang)
    assert found and {actor for actor, _, _ in found} == {holder}


COORDINATED = [
    ("en", "Egypt and Qatar demand the release of all hostages.",
     both("egypt", "qatar", "demands", HOSTAGES)),
    ("en", "Egypt, Qatar and Turkey demand the release of all hostages.",
     both("egypt", "qatar", "demands", HOSTAGES) | {("turkey", "demands", HOSTAGES)}),
    ("en", "Both Chile and Peru demand the lifting of sanctions.",
     both("chile", "peru", "demands", "lifting or easing of sanctions")),
    ("uk", "Єгипет і Катар вимагають звільнення всіх заручників.",
     both("egypt", "qatar", "demands", HOSTAGES)),
    ("uk", "Єгипет, Катар та Туреччина вимагають звільнення всіх заручників.",
     both("egypt", "qatar", "demands", HOSTAGES) | {("turkey", "demands", HOSTAGES)}),
    ("uk", "Як Польща, так і Угорщина вимагають скасування мит.",
     both("poland", "hungary", "demands", "lowering or lifting tariffs")),
    ("ru", "Египет и Катар требуют освобождения всех заложников.",
     both("egypt", "qatar", "demands", HOSTAGES)),
    ("ru", "Египет, Катар и Турция требуют освобождения всех заложников.",
     both("egypt", "qatar", "demands", HOSTAGES) | {("turkey", "demands", HOSTAGES)}),
    ("ru", "Как Польша, так и Венгрия требуют отмены пошлин.",
     both("poland", "hungary", "demands", "lowering or lifting tariffs")),
    # coordinated addressees are no holders
    ("uk", "Ізраїль вимагає від Єгипту та Катару гарантій звільнення заручників.",
     {("israel", "demands", "release of hostages")}),
    ("ru", "Израиль требует от Египта и Катара гарантий освобождения заложников.",
     {("israel", "demands", "release of hostages")}),
    # a refusal by coordinated parties is still each one's refusal
    ("ru", "Венгрия и Словакия не согласились на пакет санкций.",
     both("hungary", "slovakia", "rejects", "new or tougher sanctions")),
]


@pytest.mark.parametrize(
    "lang,text,expected", COORDINATED, ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(COORDINATED)]
)
def test_coordinated_subjects_each_hold_the_position(lang: str, text: str, expected) -> None:
    assert read(text, lang) == expected


def test_coordinated_objects_hold_nothing() -> None:
    found = read("Israel demanded that Egypt and Qatar guarantee the release of hostages.", "en")
    assert found and {actor for actor, _, _ in found} == {"israel"}


HPU = "harbour-pilots-union"
RNA = "riverside-nurses-association"
YED = "yednist-union"
SOL = "solidarnost-union"

LISTS = [
    ("en", "The Harbour Pilots Union set out three demands: a pay rise, shorter shifts and more staff.",
     {(HPU, "demands", PAY), (HPU, "demands", "shorter shifts"), (HPU, "demands", "minimum staffing ratios")}),
    ("en", "The Harbour Pilots Union handed management a list of demands: a pay rise, shorter shifts and more staff.",
     {(HPU, "demands", PAY), (HPU, "demands", "shorter shifts"), (HPU, "demands", "minimum staffing ratios")}),
    ("en", "The Harbour Pilots Union presented management three demands: a pay rise and shorter shifts.",
     {(HPU, "demands", PAY), (HPU, "demands", "shorter shifts")}),
    ("en", "The Riverside Nurses Association sent the hospital a list of demands: higher pay and a cap on night shifts.",
     {(RNA, "demands", "higher pay"), (RNA, "demands", "cap on night shifts")}),
    ("uk", "Профспілка «Єдність» висунула вимоги: підвищення зарплат, скорочення змін і найм персоналу.",
     {(YED, "demands", PAY), (YED, "demands", "скорочення змін"), (YED, "demands", "найм персоналу")}),
    ("uk", "Профспілка «Єдність» передала керівництву шахти список вимог: підвищення зарплат, скорочення змін і найм персоналу.",
     {(YED, "demands", PAY), (YED, "demands", "скорочення змін"), (YED, "demands", "найм персоналу")}),
    ("uk", "Профспілка «Єдність» представила керівництву вимоги: підвищення зарплат і скорочення змін.",
     {(YED, "demands", PAY), (YED, "demands", "скорочення змін")}),
    ("ru", "Профсоюз «Солидарность» выдвинул требования: повышение зарплат, сокращение смен и найм персонала.",
     {(SOL, "demands", PAY), (SOL, "demands", "сокращение смен"), (SOL, "demands", "найм персонала")}),
    ("ru", "Профсоюз «Солидарность» вручил руководству завода список требований: повышение зарплат, "
           "сокращение смен и найм персонала.",
     {(SOL, "demands", PAY), (SOL, "demands", "сокращение смен"), (SOL, "demands", "найм персонала")}),
    ("ru", "Профсоюз «Солидарность» направил правительству требования: повышение зарплат и сокращение смен.",
     {(SOL, "demands", PAY), (SOL, "demands", "сокращение смен")}),
]


@pytest.mark.parametrize("lang,text,expected", LISTS, ids=[f"{lang}-{n}" for n, (lang, _, _) in enumerate(LISTS)])
def test_a_list_after_a_colon_belongs_to_who_sets_it_out_not_its_addressee(lang: str, text: str, expected) -> None:
    assert read(text, lang) == expected
