"""Lines that would say something the text does not: each shape of false line seen on the
non-blind sets, with sentences written for these tests in uk, ru and en.

Shapes (codebook rule 7 and section 7, MEANING.md): a demand its holder dropped ("dropped
its demand for X"), a refusal to comment or assess, a party's own act ("signed a decree"),
a call to "compromise" that names no outcome, the terms of a treaty long in force told as
background, and an association taken for the union the article named. Each shape has
true positives that must stay beside the traps that must give no line. A second block
holds traps of the kinds real news carries (forecasts, denials, analysts' views, failed
talks, hypotheticals, questions, past events, a rival's report of a demand).
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article


def lines(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {
        (s.actor.label, s.relation, s.item.label)
        for s in extract_article(Article(id="t", text=text, lang=lang))
    }


def relations(text: str, lang: str) -> set[tuple[str, str]]:
    return {(actor, relation) for actor, relation, _ in lines(text, lang)}


# --- 1. A demand given up is no longer held ----------------------------------------------

DROPPED = [
    ("en", "Title\nThe miners' union eventually dropped its demand for a 20% pay rise."),
    ("en", "Title\nHungary withdrew its demand for an exemption from the gas embargo."),
    ("en", "Title\nThe pilots' union has abandoned its demand for a four-day week."),
    ("uk", "Заголовок\nВід вимоги про підвищення зарплат на 20% профспілка шахтарів зрештою відмовилася."),
    ("uk", "Заголовок\nУгорщина відкликала свою вимогу про виключення з газового ембарго."),
    ("ru", "Заголовок\nОт требования о повышении зарплат на 20% профсоюз шахтёров в итоге отказался."),
    ("ru", "Заголовок\nВенгрия отозвала своё требование об исключении из газового эмбарго."),
]


@pytest.mark.parametrize("lang,text", DROPPED)
def test_dropped_demand_gives_no_demand(lang, text):
    assert not any(relation == "demands" for _, relation in relations(text, lang))


def test_demand_still_held_stays():
    assert ("Hungary", "demands") in relations(
        "Title\nHungary demanded an exemption from the gas embargo.", "en")
    assert ("Hungary", "demands") in relations(
        "Заголовок\nУгорщина вимагає виключення з газового ембарго.", "uk")
    assert ("Hungary", "demands") in relations(
        "Заголовок\nВенгрия требует исключения из газового эмбарго.", "ru")


# --- 2. Declining to comment, assess or disclose is no refusal -------------------------

NO_COMMENT = [
    ("en", "Title\nThe Kenyan ministry declined to comment on the union's offer."),
    ("en", "Title\nHamas refused to confirm the number of hostages it holds."),
    ("uk", "Заголовок\nОцінювати пропозицію профспілки в Міністерстві освіти відмовилися."),
    ("uk", "Заголовок\nКатар відмовився назвати умови обміну заручниками."),
    ("ru", "Заголовок\nКомментировать предложение профсоюза в Минтрансе отказались."),
    ("ru", "Заголовок\nКатар отказался раскрыть условия обмена заложниками."),
]


@pytest.mark.parametrize("lang,text", NO_COMMENT)
def test_refusal_to_comment_gives_no_line(lang, text):
    assert lines(text, lang) == set()


def test_refusal_of_an_outcome_after_said_stays():
    # "said" before the refusal verb is a speech tag, not a "no comment"
    assert ("China", "rejects") in relations(
        "Title\nThe minister said Beijing opposed any new tariffs on rare earths.", "en")
    assert ("Qatar", "rejects") in relations(
        "Заголовок\nКатар відмовився висилати лідерів ХАМАС.", "uk")


# --- 3. A party's own act is no acceptance ----------------------------------------------

OWN_ACTS = [
    ("en", "Title\nPoland's president signed a decree withdrawing the country from the grain deal."),
    ("en", "Title\nTrump signed an executive order pulling the United States out of the WHO."),
    ("uk", "Заголовок\nПрезидент Польщі підписав указ про вихід країни із зернової угоди."),
    ("ru", "Заголовок\nПрезидент Польши подписал указ о выходе страны из зерновой сделки."),
]


@pytest.mark.parametrize("lang,text", OWN_ACTS)
def test_signed_decree_is_no_acceptance(lang, text):
    assert not any(relation == "accepts" for _, relation in relations(text, lang))


def test_signing_the_other_sides_deal_stays():
    assert ("Poland", "accepts") in relations(
        "Заголовок\nПольща підписала угоду з Україною про транзит зерна.", "uk")


# --- 4. "Compromise" alone names no outcome ---------------------------------------------

COMPROMISE = [
    ("en", "Title\nThe labour ministry urged both sides to compromise."),
    ("uk", "Заголовок\nМіністерство економіки закликало сторони до компромісу."),
    ("ru", "Заголовок\nМинистерство экономики призвало стороны к компромиссу."),
]


@pytest.mark.parametrize("lang,text", COMPROMISE)
def test_call_to_compromise_gives_no_line(lang, text):
    assert lines(text, lang) == set()


def test_compromise_with_terms_after_a_colon_stays():
    found = lines("Заголовок\nМедіатор Ян ван Занен запропонував компроміс: згідно з його планом, "
                  "уряд заморозить податки до 2030 року.", "uk")
    # The terms are the proposal; the bare noun "компроміс" names no outcome of its own.
    assert ("Yan van Zanen", "proposes", "уряд заморозить податки до 2030 року") in found


# --- 5. The terms of a treaty long in force are background -----------------------------

TREATIES = [
    ("en", "Water talks\nMexico proposed a new delivery schedule.\n"
           "Under the 1944 Water Treaty, Mexico sends the United States 350,000 acre-feet a year."),
    ("en", "Grain talks\nCanada proposed new quotas.\n"
           "Under the existing agreement, Canada ships wheat to Mexico every month."),
    ("uk", "Переговори\nМексика запропонувала новий графік.\n"
           "Згідно з чинною угодою, Канада постачає пшеницю до Мексики."),
]


@pytest.mark.parametrize("lang,text", TREATIES)
def test_treaty_in_force_is_no_proposal(lang, text):
    assert all(relation == "proposes" and "2" not in item[:1] for _, relation, item in lines(text, lang))
    assert len(lines(text, lang)) == 1  # only the proposal of the sentence before


def test_terms_on_offer_stay():
    assert ("Russia", "proposes") in relations(
        "Title\nUnder Russia's plan, Ukraine would withdraw from Donbas.", "en")
    # a deal made: the party accepts the term it undertook (section 7)
    assert ("Canada", "accepts") in relations(
        "Title\nUnder the new agreement, Canada will ship more wheat to Mexico.", "en")


# --- 6. An association is not the union the article named -------------------------------

ASSOCIATIONS = [
    ("uk", "Заголовок\nПрофспілка залізничників вимагає підвищення зарплат.\n"
           "Асоціація фермерів закликала уряд запобігти зриву експортних контрактів."),
    ("ru", "Заголовок\nПрофсоюз шахтёров требует повышения зарплат.\n"
           "Ассоциация фермеров призвала правительство предотвратить срыв экспортных контрактов."),
    ("en", "Title\nThe miners' union demands a 20% pay rise.\n"
           "A farmers' association urged the government to prevent the collapse of export contracts."),
]


@pytest.mark.parametrize("lang,text", ASSOCIATIONS)
def test_association_is_not_the_named_union(lang, text):
    found = lines(text, lang)
    union = {actor for actor, relation, _ in found if relation == "demands"}
    assert union and not any(actor in union for actor, relation, _ in found if relation == "rejects")


# --- 7. Traps of real news: no line --------------------------------------------------------

TRAPS = [
    # forecasts and analysts
    ("en", "Analysts expect Russia to demand the withdrawal of Ukrainian troops from four regions."),
    ("uk", "Аналітики вважають, що Росія вимагатиме виходу України з чотирьох областей."),
    ("ru", "Эксперты полагают, что профсоюз потребует повышения зарплат на 15%."),
    ("en", "The union is unlikely to drop its demand for a shorter week, economists said."),
    # denials
    ("en", "The Kremlin denied that it had demanded the resignation of the government in Kyiv."),
    ("uk", "Кремль заперечив, що вимагав відставки уряду в Києві."),
    ("ru", "В Кремле опровергли, что требовали отставки правительства в Киеве."),
    ("en", "Qatar denied reports that it had offered to expel Hamas leaders."),
    # negated demands, no new demands
    ("en", "Hungary did not demand the lifting of sanctions."),
    ("uk", "Угорщина не вимагала скасування санкцій."),
    ("ru", "Венгрия не требовала отмены санкций."),
    ("uk", "Профспілка залізничників цього разу нових вимог не висувала."),
    ("ru", "Профсоюз шахтёров на этот раз новых требований не выдвигал."),
    # failed talks
    ("en", "The two sides failed to agree on a truce."),
    ("uk", "Сторонам не вдалося домовитися про перемир'я."),
    ("ru", "Сторонам не удалось договориться о перемирии."),
    ("uk", "Спроби коаліції домовитися із соціалістами та зеленими не вдалися."),
    ("ru", "Попытки коалиции договориться с социалистами и зелёными провалились."),
    ("en", "Talks between Chile and Peru on the border ended without agreement."),
    # questions and hypotheticals
    ("en", "Will Hamas agree to release all the hostages?"),
    ("uk", "Чи погодиться Хамас на звільнення всіх заручників?"),
    ("ru", "Согласится ли ХАМАС на освобождение всех заложников?"),
    ("uk", "Якби Іран погодився на інспекції, санкції скасували б."),
    ("ru", "Если бы Иран согласился на инспекции, санкции были бы сняты."),
    # opinions about what another party should have done
    ("uk", "На мою думку, уряд мав піти на компроміс ще влітку."),
    ("ru", "По-моему, правительство должно было пойти на компромисс ещё летом."),
    ("en", "In my view, the government should have agreed to a compromise in the summer."),
    # past events and facts
    ("en", "Poland's president signed a decree withdrawing the country from the agreement."),
    ("uk", "Оцінювати позиції делегацій співголови відмовилися."),
    ("en", "The ministry declined to comment on the government's offer."),
    ("en", "The union dropped its demand for a 20% pay rise."),
    ("ru", "Комментировать предложение правительства в министерстве отказались."),
]


@pytest.mark.parametrize("lang,text", TRAPS)
def test_trap_sentence_gives_no_line(lang, text):
    assert lines("Title\n" + text, lang) == set()


# --- 8. A body named by its head noun is not the party named before ---------------------

BODIES = [
    ("uk", "Заголовок\nПрезидент Шрі-Ланки Раніл Вікрамасінгхе запропонував списати 30% боргу.\n"
           "Експортно-імпортний банк Китаю, за даними агентства Bloomberg, готовий продовжити строки погашення кредитів."),
    ("ru", "Заголовок\nПрезидент Шри-Ланки Ранил Викрамасингхе предложил списать 30% долга.\n"
           "Экспортно-импортный банк Китая, по данным агентства Bloomberg, готов продлить сроки погашения кредитов."),
]


@pytest.mark.parametrize("lang,text", BODIES)
def test_bank_of_a_state_is_not_the_leader_named_before(lang, text):
    # The bank's offer is the bank's (the lexicon knows it), never the president's.
    held = {(actor, item) for actor, _, item in lines(text, lang)}
    assert {actor for actor, _ in held} == {"Ranil Wickremesinghe", "Export-Import Bank of China"}
    assert not any(actor == "Ranil Wickremesinghe" and "строк" in item for actor, item in held)


# --- 9. An anonymous or a body's spokesman is not the person named before ---------------

SPOKESMEN = [
    ("uk", "Заголовок\nМіністр фінансів Сергій Марченко запропонував списати 20% боргу.\n"
           "«Ми готові прийняти глибше списання, лише якщо уряд прив'яже виплати до зростання економіки», "
           "— сказав представник групи, який попросив не називати його імені."),
    ("ru", "Заголовок\nМинистр финансов Сергей Марченко предложил списать 20% долга.\n"
           "«Мы готовы принять более глубокое списание, только если правительство привяжет выплаты к росту экономики», "
           "— сказал представитель группы, попросивший не называть его имени."),
]


@pytest.mark.parametrize("lang,text", SPOKESMEN)
def test_unnamed_spokesman_is_not_the_minister_named_before(lang, text):
    found = lines(text, lang)
    assert len(found) == 1 and next(iter(found))[1] == "proposes"


# --- 10. A plan whose owner is named but is no party ----------------------------------

def test_plan_of_an_unnamed_mediator_is_nobodys():
    text = "Заголовок\nРосія вимагає виходу України з Донбасу.\nЗгідно з планом посередника, Україна має вийти з Донбасу."
    assert not any(relation == "proposes" for _, relation, _ in lines(text, "uk"))
    assert ("Russia", "proposes") in relations(
        "Заголовок\nЗгідно з планом Росії, Україна має вийти з Донбасу.", "uk")
    assert lines("Title\nUnder the mediator's plan, Ukraine would give up NATO membership.", "en") == set()


# --- 11. Failed attempts, conceded wishes, concessions ------------------------------------

MORE_TRAPS = [
    ("uk", "Спроби АНП домовитися із соціал-демократами (СДПА) та лібералами (НЕОС) не вдалися."),
    ("en", "The coalition's attempts to reach a deal with the socialists (PS) and the greens failed."),
    ("en", "Efforts to agree a ceasefire collapsed on Friday."),
    ("uk", "«Ми хотіли значно ширшого доступу для цукру, але це чесний компроміс», — сказав віцепрем'єр Тарас Качка."),
    ("ru", "«Мы хотели гораздо более широкого доступа для сахара, но это честный компромисс», — сказал министр Тарас Качка."),
    ("en", '"We wanted much wider access for sugar, but this is a fair deal," Ukraine\'s trade envoy Taras Kachka said.'),
    ("uk", "«Ми пішли на поступки в багатьох пунктах, але партнер не хотів компромісу», — написав Кікль."),
    ("en", "The union made concessions on several points."),
]


@pytest.mark.parametrize("lang,text", MORE_TRAPS)
def test_more_traps_give_no_line(lang, text):
    assert lines("Title\n" + text, lang) == set()


def test_past_wish_refused_by_the_other_side_stays():
    assert ("Ukraine", "demands") in relations(
        "Title\nKachka said Ukraine wanted wider access for sugar, but the EU refused.", "en")


# --- 12. A relative clause's item ends where the main predicate comes back ---------------

RELATIVE = [
    ("uk", "Заголовок\nПрофспілка залізничників, яка торік вимагала підвищити зарплати, цього разу нових вимог не висувала.",
     "Профспілка залізничників"),
    ("ru", "Заголовок\nПрофсоюз шахтёров, который в прошлом году требовал повысить зарплаты, на этот раз новых требований не выдвигал.",
     "Профсоюз шахтёров"),
]


@pytest.mark.parametrize("lang,text,holder", RELATIVE)
def test_past_demand_in_relative_clause_is_one_line(lang, text, holder):
    found = lines(text, lang)
    assert len(found) == 1
    actor, relation, label = next(iter(found))
    assert (actor, relation) == (holder, "demands") and "вимог" not in label and "требований" not in label


# --- 13. A committee's chair is not the parliament, its state or the addressee -------------

COMMITTEES = [
    ("uk", "Заголовок\nУкраїна та ЄС погодили нові квоти.\n"
           "Голова аграрного комітету Верховної Ради закликав уряд не підписувати угоду."),
    ("ru", "Заголовок\nУкраина и ЕС согласовали новые квоты.\n"
           "Председатель аграрного комитета Верховной Рады призвал правительство не подписывать соглашение."),
    ("en", "Title\nUkraine and the EU agreed new quotas.\n"
           "The chairman of the Verkhovna Rada agriculture committee urged the government not to sign the deal."),
]


@pytest.mark.parametrize("lang,text", COMMITTEES)
def test_committee_chair_gives_no_state_line(lang, text):
    assert all(relation == "accepts" for _, relation, _ in lines(text, lang))


def test_named_committee_chair_holds_his_position():
    found = lines("Заголовок\nПредседатель комитета Госдумы по международным делам Леонид Слуцкий "
                  "потребовал отмены санкций.", "ru")
    assert ("Leonid Slutsky", "demands", "lifting or easing of sanctions") in found
    assert ("Jim Risch", "proposes") in relations(
        "Title\nSenate Foreign Relations Committee chairman Jim Risch called for new sanctions on Russia.", "en")


# --- 14. A refusal imposed on its subject is not the subject's -----------------------------

COMPELLED = [
    ("uk", "Заголовок\nЗа планом посередника уряд заморозить пенсійний вік, а D66 довелося б відмовитися від податку на авіаквитки.", "D66"),
    ("ru", "Заголовок\nУкраине пришлось бы отказаться от требования репараций.", "Ukraine"),
    ("en", "Title\nThe union was forced to abandon its strike at the port.", "union"),
]


@pytest.mark.parametrize("lang,text,subject", COMPELLED)
def test_compelled_refusal_is_not_the_subjects(lang, text, subject):
    assert not any(subject in actor and relation == "rejects" for actor, relation, _ in lines(text, lang))


def test_own_refusal_stays():
    assert ("Moldova", "rejects") in relations("Заголовок\nМолдова отказалась от участия в саммите.", "ru")
    assert ("Moldova", "rejects") in relations("Заголовок\nМолдова відмовилася від участі в саміті.", "uk")
