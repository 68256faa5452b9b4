"""The terms of a party's proposal belong to that party (codebook rule 5), never to the party
that rejects, accepts or ignores it, nor to the reporter who relays it.

Shapes, with sentences written for these tests in uk, ru and en across hostages, trade,
labour, debt, borders and wars:
- an offer named with its owner in one sentence and its terms in the next ("X rejected Y's
  proposal. Under the proposal, ...", "Предложение предусматривает ..."): Y proposes the
  terms; an offer with no owner whose terms would go to the rejecter gives no line;
- the terms in a relative clause on an owned offer noun ("rejected Y's offer, which would
  cut tariffs if Z curbs exports", "пропозицію США, яка передбачала X, якщо ..."): Y proposes
  them and demands their condition;
- a conditional offer of the subject's own ("offered to free X if Y releases Z"): the
  subject proposes and demands, the other side holds nothing;
- a relayed position ("The minister said Russia had ignored Ukraine's offer", "По словам
  министра, ...", "Президент сообщил, что Вашингтон требует ..."): the holder is the party
  whose position it is, never the reporter;
- a possessive call ("without responding to Zelensky's call for a meeting"): the call is
  the possessor's, not the subject's.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article

OFFERING = ("proposes", "demands")


def lines(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {
        (s.actor.label, s.relation, s.item.label)
        for s in extract_article(Article(id="t", text=text, lang=lang))
    }


def holds(found: set, actor: str, relation: str, words: str) -> bool:
    return any(a == actor and r == relation and words.lower() in label.lower() for a, r, label in found)


# (lang, text, the proposer's line (actor, relation, words of its label), parties that must
# hold no proposal or demand: the one that reacted, or the reporter)
OWNED_TERMS = [
    # --- the terms in the sentence after the reaction ---
    ("en", "Hamas rejected the proposal from Israel. Under the proposal, Hamas would free 33 hostages in the first phase.",
     ("Israel", "proposes", "33 hostages"), ["Hamas"]),
    ("en", "Ukraine turned down the Russian plan. The plan provides for the withdrawal of Ukrainian troops from Donbas.",
     ("Russia", "proposes", "Donbas"), ["Ukraine"]),
    ("en", "Greece rejected the Turkish proposal. Under the proposal, Greece would demilitarise its islands in the Aegean.",
     ("Turkey", "proposes", "demilitarisation"), ["Greece"]),
    ("en", "Kosovo rejected the Serbian plan. The plan provides for an association of Serb municipalities.",
     ("Serbia", "proposes", "association of Serb"), ["Kosovo"]),
    ("en", "Creditors rejected Ghana's proposal. Under the proposal, bondholders would accept a 30% haircut.",
     ("Ghana", "proposes", "30% haircut"), ["Creditors"]),
    ("uk", "ХАМАС відхилив пропозицію Ізраїлю. Згідно з пропозицією, ХАМАС звільнив би 33 заручників.",
     ("Israel", "proposes", "hostages"), ["Hamas"]),
    ("uk", "Україна відкинула російський план. План передбачає виведення українських військ з Донбасу.",
     ("Russia", "proposes", "Donbas"), ["Ukraine"]),
    ("uk", "Профспілка відхилила пропозицію Укрзалізниці. Пропозиція передбачає підвищення зарплат на 5%.",
     ("Ukrzaliznytsia", "proposes", "wage"), ["union"]),
    ("uk", "Греція відхилила турецьку пропозицію. Згідно з пропозицією, Греція демілітаризувала б острови в Егейському морі.",
     ("Turkey", "proposes", "demilitarisation"), ["Greece"]),
    ("uk", "Замбія відхилила пропозицію кредиторів. Пропозиція передбачає списання 40% боргу.",
     ("Creditors", "proposes", "40%"), ["Zambia"]),
    ("ru", "ХАМАС отверг предложение Израиля. Предложение предусматривает освобождение 33 заложников.",
     ("Israel", "proposes", "hostages"), ["Hamas"]),
    ("ru", "Украина отвергла российский план. Согласно плану, Украина выведет войска из Донбасса.",
     ("Russia", "proposes", "Donbas"), ["Ukraine"]),
    ("ru", "Профсоюз отклонил предложение компании Boeing. Предложение предусматривает повышение зарплат на 20%.",
     ("Boeing", "proposes", "wage"), ["union"]),
    ("ru", "Греция отвергла турецкое предложение. Согласно предложению, Греция демилитаризовала бы острова в Эгейском море.",
     ("Turkey", "proposes", "demilitarisation"), ["Greece"]),
    ("ru", "Кредиторы отвергли предложение Ганы. Согласно предложению, держатели облигаций списали бы 30% долга.",
     ("Ghana", "proposes", "30% долга"), ["Creditors"]),
    ("ru", "Косово отвергло сербский план. План предусматривает создание ассоциации сербских общин.",
     ("Serbia", "proposes", "association of Serb"), ["Kosovo"]),
    ("en", "Moscow dismissed the American plan. It calls for a ceasefire along the current front line.",
     ("United States", "proposes", "ceasefire"), ["Russia"]),
    ("uk", "Київ відхилив американський план. Він передбачає припинення вогню по лінії фронту.",
     ("United States", "proposes", "ceasefire"), ["Ukraine"]),
    ("ru", "Москва отвергла американский план. Он предусматривает прекращение огня по линии фронта.",
     ("United States", "proposes", "ceasefire"), ["Russia"]),
    ("uk", "Профспілка пілотів погодилася на пропозицію авіакомпанії Ryanair. Згідно з пропозицією, зарплати зростуть на 8%.",
     ("Ryanair", "proposes", "wage"), ["Профспілка пілотів"]),
    ("ru", "Профсоюз пилотов согласился на предложение авиакомпании Ryanair. Согласно предложению, зарплаты вырастут на 8%.",
     ("Ryanair", "proposes", "wage"), ["Профсоюз пилотов"]),
    ("en", "Hamas accepted the Egyptian proposal. Under the proposal, Hamas would free 33 hostages.",
     ("Egypt", "proposes", "33 hostages"), ["Hamas"]),
    # --- an owned plan only received or studied, then its terms ---
    ("en", "Ukraine received the Russian memorandum on Monday. Under the memorandum, Ukraine would withdraw from Donbas.",
     ("Russia", "proposes", "Donbas"), ["Ukraine"]),
    ("ru", "Украина получила российский меморандум. Согласно меморандуму, Украина вывела бы войска из Донбасса.",
     ("Russia", "proposes", "Donbas"), ["Ukraine"]),
    ("uk", "Київ отримав російську пропозицію. Згідно з пропозицією, Україна вивела б війська з Донбасу.",
     ("Russia", "proposes", "Donbas"), ["Ukraine"]),
    # --- the terms in a relative clause on the offer ---
    ("en", "Hamas rejected Israel's latest offer, which would free 1,000 Palestinian prisoners in exchange for 30 hostages.",
     ("Israel", "proposes", "1,000 Palestinian prisoners"), ["Hamas"]),
    ("en", "Kyiv turned down the Russian proposal, which would halt strikes on ports if Ukraine stops attacks on tankers.",
     ("Russia", "demands", "attacks on tankers"), ["Ukraine"]),
    ("en", "Beijing rejected the American offer, which would cut tariffs on Chinese steel if China curbs its exports.",
     ("United States", "demands", "curbs its exports"), ["China"]),
    ("uk", "ХАМАС відхилив пропозицію Ізраїлю, яка передбачала звільнення 30 заручників в обмін на 1000 палестинських в'язнів.",
     ("Israel", "proposes", "30 заручників"), ["Hamas"]),
    ("uk", "Китай відхилив пропозицію США, яка передбачала зниження мит на сталь, якщо Пекін обмежить експорт.",
     ("United States", "demands", "обмежить експорт"), ["China"]),
    ("uk", "Угорщина заблокувала пропозицію Єврокомісії, яка передбачала виділення 50 млрд євро Україні.",
     ("European Commission", "proposes", "50 млрд"), ["Hungary"]),
    ("ru", "ХАМАС отверг предложение Израиля, которое предусматривало освобождение 30 заложников в обмен на 1000 палестинских заключенных.",
     ("Israel", "proposes", "30 заложников"), ["Hamas"]),
    ("ru", "Китай отклонил предложение США, которое предусматривало снижение пошлин на сталь, если Пекин ограничит экспорт.",
     ("United States", "demands", "ограничит экспорт"), ["China"]),
    # --- the subject's own conditional offer: the other side holds nothing ---
    ("en", "The rebels offered to release 20 soldiers if the government frees 100 jailed fighters.",
     ("Rebels", "demands", "100 jailed fighters"), []),
    ("en", "The guerrillas offered to free 17 police officers if Colombia releases 50 jailed fighters.",
     ("Guerrillas", "proposes", "17 police officers"), ["Colombia"]),
    ("uk", "Повстанці запропонували звільнити 17 поліцейських, якщо уряд Колумбії відпустить 50 ув'язнених бойовиків.",
     ("Rebels", "proposes", "17 поліцейських"), ["Colombia"]),
    ("ru", "Повстанцы предложили освободить 17 полицейских, если правительство Колумбии отпустит 50 заключенных боевиков.",
     ("Rebels", "demands", "50 заключенных"), ["Colombia"]),
    # --- a relayed position: the reporter holds nothing ---
    ("en", "The minister said Russia had ignored Ukraine's offer of a ceasefire.",
     ("Ukraine", "proposes", "ceasefire"), ["Russia"]),
    ("en", "The president said Washington demands that Iran hand over its enriched uranium.",
     ("United States", "demands", "uranium"), ["Iran"]),
    ("en", "The finance minister said the IMF had rejected Pakistan's request for a new loan tranche.",
     ("Pakistan", "demands", "tranche"), ["International Monetary Fund"]),
    ("uk", "Президент повідомив, що Вашингтон вимагає, щоб Іран віддав збагачений уран.",
     ("United States", "demands", "uranium"), ["Iran"]),
    ("ru", "Министр заявил, что Россия проигнорировала предложение Украины о перемирии.",
     ("Ukraine", "proposes", "ceasefire"), ["Russia"]),
    ("ru", "Президент сообщил, что Вашингтон требует, чтобы Иран отдал обогащенный уран.",
     ("United States", "demands", "uranium"), ["Iran"]),
    ("ru", "По словам министра, Россия проигнорировала предложение Украины о прекращении огня.",
     ("Ukraine", "proposes", "ceasefire"), ["Russia"]),
    ("en", "Qatar's prime minister said the Israeli offer includes a 60-day truce.",
     ("Israel", "proposes", "truce"), ["Mohammed bin Abdulrahman Al Thani", "Qatar"]),
    ("en", "Witkoff said the Russian proposal envisages a ceasefire along the front line.",
     ("Russia", "proposes", "ceasefire"), ["Steve Witkoff", "United States"]),
    ("en", "Egyptian officials said the Israeli proposal would release 1,000 prisoners in exchange for 30 hostages.",
     ("Israel", "proposes", "1,000 prisoners"), ["Egypt"]),
    ("uk", "Віткофф заявив, що російська пропозиція передбачає припинення вогню по лінії фронту.",
     ("Russia", "proposes", "ceasefire"), ["Steve Witkoff", "United States"]),
    ("uk", "Прем'єр Катару заявив, що ізраїльська пропозиція передбачає 60-денне перемир'я.",
     ("Israel", "proposes", "перемир"), ["Mohammed bin Abdulrahman Al Thani", "Qatar"]),
    ("ru", "Уиткофф заявил, что российское предложение предусматривает прекращение огня по линии фронта.",
     ("Russia", "proposes", "ceasefire"), ["Steve Witkoff", "United States"]),
    ("ru", "Премьер Катара заявил, что израильское предложение предусматривает 60-дневное перемирие.",
     ("Israel", "proposes", "перемирие"), ["Mohammed bin Abdulrahman Al Thani", "Qatar"]),
    ("ru", ("По словам египетских чиновников, израильское предложение предусматривает освобождение 1000 заключенных "
            "в обмен на 30 заложников."), ("Israel", "proposes", "prisoners"), ["Egypt"]),
    # --- a possessive call or suggestion is its owner's ---
    ("en", "Moscow ended the meeting without responding to Zelensky's call for a meeting with Putin.",
     ("Volodymyr Zelensky", "proposes", "meeting with Putin"), ["Russia"]),
    ("en", "The Kremlin has not responded to Zelensky's call for an energy ceasefire.",
     ("Volodymyr Zelensky", "proposes", "energy"), ["Russia"]),
    ("en", "Beijing brushed aside Washington's call for a freeze on tariffs.",
     ("United States", "proposes", "tariffs"), ["China"]),
    ("en", "Tehran turned down the Omani mediator's suggestion that talks move to Muscat.",
     ("Oman", "proposes", "talks"), ["Iran"]),
    ("uk", "Москва завершила зустріч, не відповівши на заклик Зеленського до зустрічі з Путіним.",
     ("Volodymyr Zelensky", "proposes", "Путіним"), ["Russia"]),
    ("uk", "Кремль проігнорував пропозицію Зеленського про зустріч з Путіним.",
     ("Volodymyr Zelensky", "proposes", "Путіним"), ["Russia"]),
    ("uk", "Тегеран відкинув пропозицію Оману провести переговори в Маскаті.",
     ("Oman", "proposes", "talks"), ["Iran"]),
    ("ru", "Москва завершила встречу, не ответив на призыв Зеленского к встрече с Путиным.",
     ("Volodymyr Zelensky", "proposes", "Путиным"), ["Russia"]),
]


@pytest.mark.parametrize(("lang", "text", "proposer", "reactors"), OWNED_TERMS)
def test_terms_belong_to_the_proposer(lang, text, proposer, reactors):
    found = lines(text, lang)
    assert holds(found, *proposer), found
    for party in reactors:
        wrong = {(a, r, label) for a, r, label in found if a == party and r in OFFERING}
        assert not wrong, wrong


# An offer with no owner named: its terms are no one's, least of all the rejecter's, who is
# what the article's topic would otherwise make of them.
UNOWNED = [
    ("en", "Hamas rejected the proposal. Under the proposal, Hamas would free 33 hostages in the first phase.", "Hamas"),
    ("en", "The union rejected the offer. Under the offer, workers would get a 2% pay rise.", "union"),
    ("en", "Moscow dismissed the plan. It calls for a ceasefire along the current front line.", "Russia"),
    ("uk", "ХАМАС відхилив пропозицію. Згідно з пропозицією, ХАМАС звільнив би 33 заручників.", "Hamas"),
    ("uk", "Греція відхилила пропозицію. Згідно з пропозицією, Греція демілітаризувала б острови в Егейському морі.", "Greece"),
    ("ru", "ХАМАС отверг предложение. Согласно предложению, ХАМАС освободил бы 33 заложника.", "Hamas"),
    ("ru", "Китай отклонил предложение, которое предусматривало снижение пошлин на сталь, если Пекин ограничит экспорт.", "China"),
]


@pytest.mark.parametrize(("lang", "text", "rejecter"), UNOWNED)
def test_unowned_terms_are_not_the_rejecters(lang, text, rejecter):
    found = lines(text, lang)
    wrong = {(a, r, label) for a, r, label in found if a == rejecter and r in OFFERING}
    assert not wrong, wrong


# The proposer named sentences before the rejection keeps its terms; a rejecter that then
# makes an offer of its own holds that one.
KEPT = [
    ("en", ("Israel put forward a new proposal on Monday. Hamas rejected the proposal. Under the proposal, "
            "Hamas would free 33 hostages."), ("Israel", "proposes", "33 hostages"), "Hamas"),
    ("uk", "Ізраїль висунув нову пропозицію. ХАМАС відхилив пропозицію. Згідно з пропозицією, ХАМАС звільнив би 33 заручників.",
     ("Israel", "proposes", "hostages"), "Hamas"),
    ("ru", "Израиль выдвинул новое предложение. ХАМАС отверг предложение. Согласно предложению, ХАМАС освободил бы 33 заложника.",
     ("Israel", "proposes", "hostages"), "Hamas"),
]


@pytest.mark.parametrize(("lang", "text", "proposer", "rejecter"), KEPT)
def test_earlier_proposer_keeps_the_terms(lang, text, proposer, rejecter):
    found = lines(text, lang)
    assert holds(found, *proposer), found
    assert not {(a, r, label) for a, r, label in found if a == rejecter and r in OFFERING}, found


INSTEAD = [
    ("en", "Hamas rejected an Israeli proposal offering a six-week truce, demanding instead a full withdrawal from Gaza."),
    ("uk", "ХАМАС відхилив ізраїльську пропозицію про шеститижневе перемир'я, вимагаючи натомість повного виведення військ з Гази."),
    ("ru", "ХАМАС отверг израильское предложение о шестинедельном перемирии, потребовав вместо этого полного вывода войск из Газы."),
]


@pytest.mark.parametrize(("lang", "text"), INSTEAD)
def test_the_offers_owner_turns_down_nothing_instead(lang, text):
    """The rejecter's counter-demand "instead" is no refusal by the owner of the offer it rejected."""
    found = lines(text, lang)
    assert holds(found, "Israel", "proposes", "перемир" if lang != "en" else "truce"), found
    assert any(a == "Hamas" and r == "demands" for a, r, _ in found), found
    assert not any(a == "Israel" and r == "rejects" for a, r, _ in found), found


def test_what_it_insists_on_is_the_partys_own():
    """ "It" after a rejected plan is the plan only where it proposes: a plan does not insist."""
    found = lines("Moscow dismissed the American plan. It insists on the recognition of Crimea as Russian.", "en")
    assert holds(found, "Russia", "demands", "Crimea"), found
    assert not any(a == "United States" for a, _, _ in found), found


def test_a_condition_on_ones_own_acceptance_stays_ones_own():
    """Only a condition inside the offer's relative clause moves to the offer's owner."""
    found = lines("Україна погодиться на пропозицію, якщо Росія виведе війська.", "uk")
    assert any(a == "Ukraine" and r == "demands" for a, r, _ in found), found
