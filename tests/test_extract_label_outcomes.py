"""Item labels as outcomes (codebook section 1, rules 1-3 and 9, section 7), on sentences written
for these tests in Ukrainian, Russian and English. A label must read as the outcome the
actor holds, or no line is written:

- an object pronoun after the item's verb ("винести його на голосування") names the noun
  before it in the sentence; with no such noun, or with a pointer ("такое обязательство"),
  the label would lean on words the reader does not see, so no line;
- a bare adjective or a lone instrumental ("добровольной", "весной") is no outcome; a
  rejected adjective alternative ("обов'язковою, а не добровільною") is rebuilt on the
  wanted clause's subject;
- the subject of a "must" stays in the label (a party, a head with its genitive, an English
  compound noun);
- a cue in a relative clause whose pronoun is its object ("X, якого вимагала партія")
  holds the pronoun's noun, not the words after the clause;
- "і більше не вимагає", ", і водночас претендувала": the cue's subject goes on with a
  second predicate, which is no part of the item;
- a plan noun whose only dependent is its owner ("проект посредников") keeps the noun;
- two action nouns of one head ("стандарти утримання тварин і використання пестицидів")
  stay one item; "лише після" inside an impersonal "щоб" clause is part of the demand.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article, Statement

LEAD = {"uk": "Переговори тривали весь день.", "ru": "Переговоры шли весь день.", "en": "Talks went on all day."}


def read(text: str, lang: str) -> list[Statement]:
    return extract_article(Article(id="t", text=LEAD[lang] + "\n\n" + text, lang=lang))


def labels(found: list[Statement], actor: str, relation: str | None = None) -> list[str]:
    return [s.item.label for s in found if s.actor.id == actor and (relation is None or s.relation == relation)]


# --- object pronouns and pointers ---------------------------------------------------------

PRONOUN_RESOLVED = [
    ("uk", "Польща запропонувала доопрацювати угоду і винести її на голосування в червні.", "poland",
     "винести угоду на голосування"),
    ("ru", "Польша предложила доработать соглашение и вынести его на голосование в июне.", "poland",
     "вынести соглашение на голосование"),
    ("uk", "Україна запропонувала відновити обмін полоненими і провести його у форматі 500 на 500.", "ukraine",
     "провести обмін у форматі 500 на 500"),
    ("ru", "Евросоюз призвал не откладывать реформу и провести её до конца года.", "european-union",
     "провести реформу"),
]


@pytest.mark.parametrize("lang,text,actor,label", PRONOUN_RESOLVED)
def test_object_pronoun_names_the_noun_before_it(lang, text, actor, label):
    found = read(text, lang)
    assert any(label in found_label for found_label in labels(found, actor, "proposes")), found
    assert not any(p in s.item.label.split() for s in found for p in ("його", "її", "его", "её")), found


UNRESOLVED = [
    ("uk", "Москва запропонувала провести його у форматі 1000 на 1000.", "його"),
    ("ru", "Москва предложила провести его в формате 500 на 500.", "его"),
    ("ru", "Грузия готова взять на себя такое обязательство только в отношении России.", "такое"),
    ("uk", "Грузія готова взяти на себе таке зобов'язання лише щодо Росії.", "таке"),
]


@pytest.mark.parametrize("lang,text,word", UNRESOLVED)
def test_unresolved_pronoun_or_pointer_gives_no_line(lang, text, word):
    found = read(text, lang)
    assert not any(word in s.item.label.split() for s in found), found


def test_possessive_pronoun_before_a_noun_stays_uk():
    found = read("Польща запропонувала провести його пропозицію через парламент.", "uk")
    assert any("його пропозицію" in label for label in labels(found, "poland")), found


# --- fragments: a bare adjective, a frame, a lone instrumental -----------------------------

ALTERNATIVE = [
    ("ru", "Африканская группа настаивает на том, чтобы передача технологий была обязательной, а не добровольной.",
     "african-group", "передача технологий была добровольной"),
    ("uk", "Польща вимагає, щоб квоти були постійними, а не тимчасовими.", "poland", "квоти були тимчасовими"),
    ("ru", "Польша требует, чтобы квоты были постоянными, а не временными.", "poland", "квоты были временными"),
]


@pytest.mark.parametrize("lang,text,actor,rejected", ALTERNATIVE)
def test_adjective_alternative_rebuilt_on_the_subject(lang, text, actor, rejected):
    found = read(text, lang)
    assert rejected in labels(found, actor, "rejects"), found
    assert not any(len(s.item.label.split()) == 1 for s in found), found


def test_adjective_alternative_on_a_lexicon_subject_gives_no_rejection_uk():
    found = read("Польща хоче, щоб мито було обов'язковим, а не добровільним.", "uk")
    assert not labels(found, "poland", "rejects"), found


FRAMES = [
    ("ru", "Отсрочку платежей до 2028 года Пекин в итоге поддержал.", "china", "Отсрочку платежей до 2028 года"),
    ("uk", "Відстрочку платежів до 2028 року Пекін у підсумку підтримав.", "china", "Відстрочку платежів до 2028 року"),
]


@pytest.mark.parametrize("lang,text,actor,label", FRAMES)
def test_frame_before_the_verb_is_no_item(lang, text, actor, label):
    found = read(text, lang)
    assert labels(found, actor, "accepts") == [label], found


def test_lone_instrumental_is_no_item_ru():
    found = read("Первое предложение Минфина, которое предусматривало обмен с большим дисконтом, "
                 "держатели бумаг отвергли ещё весной.", "ru")
    assert not any(s.item.label == "весной" for s in found), found
    assert not any("отвергли" in s.item.label for s in found), found


# --- the subject of a "must" -----------------------------------------------------------

MUST_SUBJECT = [
    ("uk", "Єврокомісія заявила, що передача технологій має залишатися добровільною.", "european-commission",
     "передача технологій залишатися добровільною"),
    ("ru", "Еврокомиссия заявила, что передача технологий должна оставаться добровольной.", "european-commission",
     "передача технологий оставаться добровольной"),
    ("en", "Ethiopia said Sudanese forces would have to pull back first.", "ethiopia", "Sudanese forces pull back first"),
    ("en", "Nepal's Unity Party said the finance ministry must go to its own ranks.", None, "finance ministry go to"),
]


@pytest.mark.parametrize("lang,text,actor,label", MUST_SUBJECT)
def test_must_keeps_its_subject(lang, text, actor, label):
    found = read(text, lang)
    assert any(label in s.item.label and (actor is None or s.actor.id == actor) for s in found), found


def test_must_of_a_named_party_keeps_the_lexicon_item_en():
    found = read("Russia said Ukraine must withdraw its troops from Donbas.", "en")
    assert any(s.item.known and s.relation == "demands" for s in found), found


# --- relative clauses whose pronoun is the cue's object ----------------------------------

RELATIVE = [
    ("ru", "Социал-демократы уже не требуют налога на богатство, который Австрийская народная партия "
           "называла неприемлемым.", "ovp", "rejects", "налог на богатство"),
    ("uk", "Соціал-демократи вже не вимагають податку на багатство, який Австрійська народна партія "
           "називала неприйнятним.", "ovp", "rejects", "податок на багатство"),
    ("en", "The union dropped the wealth tax, which China had called unacceptable.", "china", "rejects", "wealth tax"),
    ("en", "The suspension of asylum, which the Freedom Party had demanded, was rejected by the People's Party.",
     None, "demands", "suspension of asylum"),
]


@pytest.mark.parametrize("lang,text,actor,relation,label", RELATIVE)
def test_relative_pronoun_object_is_its_antecedent(lang, text, actor, relation, label):
    found = read(text, lang)
    mine = [s for s in found if s.relation == relation and (actor is None or s.actor.id == actor)]
    assert [s.item.label for s in mine] == [label], found


# --- a second predicate of the cue's subject ---------------------------------------------

SECOND_PREDICATE = [
    ("uk", "Польща погодилася на нові квоти і більше не вимагає заборони імпорту.", "нові квоти"),
    ("ru", "Польша согласилась на новые квоты и больше не требует запрета импорта.", "новые квоты"),
    ("en", "Poland accepted the new quotas and no longer demands an import ban.", "new quotas"),
]


@pytest.mark.parametrize("lang,text,label", SECOND_PREDICATE)
def test_no_longer_demands_is_a_new_clause(lang, text, label):
    found = read(text, lang)
    assert labels(found, "poland", "accepts") == [label], found


def test_agreeing_second_verb_ends_the_item_uk():
    found = read("Польща наполягала, щоб міністерство фінансів очолив її представник, і водночас "
                 "претендувала на міністерство оборони.", "uk")
    assert not any("претендувала" in s.item.label for s in found), found


# --- a plan noun and its owner -----------------------------------------------------------

OWNER = [
    ("ru", "Израиль принял проект посредников.", "проект посредников"),
    ("uk", "Ізраїль погодився на план посередників.", "план посередників"),
]


@pytest.mark.parametrize("lang,text,label", OWNER)
def test_plan_of_the_mediators_is_not_mediation(lang, text, label):
    found = read(text, lang)
    assert labels(found, "israel", "accepts") == [label], found


# --- one item across a coordination; a restriction inside the demanded clause -------------

def test_two_action_nouns_of_one_head_stay_one_item_uk():
    found = read("За домовленістю, Україна перейде на європейські стандарти утримання тварин і використання "
                 "пестицидів.", "uk")
    assert not any(s.item.label == "використання пестицидів" for s in found), found


def test_two_separate_actions_still_split_uk():
    found = read("Польща вимагає виведення військ і припинення вогню.", "uk")
    assert len(labels(found, "poland", "demands")) == 2, found


RESTRICTED = [
    ("uk", "Індонезія наполягає, щоб доступ до патогенів надавався лише після підписання контракту.",
     "лише після підписання контракту"),
    ("ru", "Индонезия настаивает, чтобы доступ к патогенам предоставлялся только после подписания контракта.",
     "только после подписания контракта"),
]


@pytest.mark.parametrize("lang,text,words", RESTRICTED)
def test_only_after_inside_an_impersonal_clause_stays(lang, text, words):
    found = read(text, lang)
    assert any(words in label for label in labels(found, "indonesia", "demands")), found


def test_only_after_for_a_named_party_stays_a_condition_ru():
    found = read("Польша требует, чтобы Украина отменила квоты только после выборов.", "ru")
    assert not any("выбор" in s.item.label.lower() for s in found), found


# --- English: a possessive after "and", "go higher", an offer to its addressee -----------

def test_possessive_in_second_clause_names_the_first_subject_en():
    found = read("Ukraine demanded that Russia withdraw and its troops leave Kherson.", "en")
    assert "Russia's troops leave Kherson" in labels(found, "ukraine", "demands"), found


def test_possessive_without_a_named_subject_is_kept_en():
    found = read("Israel demanded the release of hostages and their return to Israel.", "en")
    assert "their return to Israel" in labels(found, "israel", "demands"), found


def test_bare_comparative_is_no_item_en():
    found = read("The EU said it would only go higher if China contributed.", "en")
    assert not any(s.item.label == "go higher" for s in found), found


def test_offer_to_its_addressee_names_no_content_en():
    found = read("Germany said it would put no new offer to members unless Greece cut its debt.", "en")
    assert not any(s.relation == "proposes" for s in found), found
    assert "Greece cut its debt" in labels(found, "germany", "demands"), found


def test_no_after_an_offer_verb_keeps_a_guarantee_en():
    found = read("Germany said it would guarantee no compulsory layoffs until 2028 if the union called off the strike.", "en")
    assert any("guarantee no compulsory layoffs" in label for label in labels(found, "germany", "proposes")), found


# --- a condition that only grades the outcome --------------------------------------------

GRADED = [
    ("en", "Germany would sign the deal if the terms are fair.", "germany"),
    ("uk", "Польща готова підписати угоду, якщо вона буде справедливою.", "poland"),
    ("ru", "Польша готова подписать соглашение, если оно будет справедливым.", "poland"),
]


@pytest.mark.parametrize("lang,text,actor", GRADED)
def test_graded_condition_is_no_demand(lang, text, actor):
    found = read(text, lang)
    assert not labels(found, actor, "demands"), found


def test_condition_with_an_act_is_still_a_demand_ru():
    found = read("Польша подпишет соглашение, если Украина отменит квоты.", "ru")
    assert "Украина отменит квоты" in labels(found, "poland", "demands"), found


def test_unbalanced_closing_quote_dropped_en():
    found = read('Germany said it was ready to meet Greece next month "if the deal is good".', "en")
    assert not any(s.item.label.endswith('"') for s in found), found


# --- a time limit after "until"; a one-verb relative clause inside an item ----------------

def test_until_a_period_runs_out_is_no_demand_en():
    found = read("Mexico agreed to transfer water from the reservoirs until the cycle closes.", "en")
    assert not labels(found, "mexico", "demands"), found
    assert labels(found, "mexico", "accepts"), found


def test_until_a_party_acts_is_still_a_demand_en():
    found = read("Russia will keep fighting until Ukraine withdraws from Donbas.", "en")
    assert labels(found, "russia", "demands"), found


def test_one_verb_relative_clause_stays_in_the_item_uk():
    found = read("ЄС запропонував, щоб розвинені країни виділяли країнам, що розвиваються, 300 млрд доларів на рік.", "uk")
    mine = labels(found, "european-union", "proposes")
    assert len(mine) == 1 and "300 млрд доларів" in mine[0], found


# --- a refusal that holds while something lasts ------------------------------------------

WHILE = [
    ("en", "Israel will not end the war while Hamas remains in power.", "israel", "while Hamas remains in power"),
    ("en", "Russia will not sign the deal as long as sanctions remain.", "russia", "as long as sanctions remain"),
    ("ru", "Израиль не закончит войну, пока ХАМАС у власти.", "israel", "пока ХАМАС у власти"),
]


@pytest.mark.parametrize("lang,text,actor,words", WHILE)
def test_refusal_keeps_its_while_clause(lang, text, actor, words):
    found = read(text, lang)
    assert any(words in label for label in labels(found, actor, "rejects")), found
    assert not labels(found, actor, "demands"), found


def test_refusal_until_still_demands_en():
    found = read("Israel will not end the war until Hamas is disarmed.", "en")
    assert labels(found, "israel", "demands"), found


# --- "only together with": the second thing is the price, not the item -------------------

TOGETHER = [
    ("uk", "Польща погодиться на продовження угоди лише разом із підвищенням квот.", "продовження угоди"),
    ("en", "Poland will accept an extension of the deal only together with higher quotas.", "extension of the deal"),
]


@pytest.mark.parametrize("lang,text,label", TOGETHER)
def test_only_together_with_is_a_condition(lang, text, label):
    found = read(text, lang)
    held = [s for s in found if s.actor.id == "poland" and s.relation in ("accepts", "proposes")]
    assert [s.item.label for s in held] == [label] and held[0].conditional_on, found


# --- "urged X not to block Y": the blocking is rejected, not Y ---------------------------

NOT_TO_BLOCK = [
    ("en", "Germany urged Hungary not to block the sanctions package.", "germany", "block the sanctions package"),
    ("en", "The EU urged Slovakia not to veto the new sanctions.", "european-union", "veto the new sanctions"),
    ("uk", "ЄС закликав Словаччину не ветувати нові санкції.", "european-union", "ветувати нові санкції"),
    ("ru", "Германия призвала Венгрию не блокировать новые санкции.", "germany", "блокировать новые санкции"),
]


@pytest.mark.parametrize("lang,text,actor,label", NOT_TO_BLOCK)
def test_not_to_block_rejects_the_blocking(lang, text, actor, label):
    found = read(text, lang)
    assert labels(found, actor, "rejects") == [label], found
    assert not any(s.item.known and s.relation == "rejects" for s in found), found


def test_vowing_to_block_still_rejects_the_item_en():
    found = read("Hungary vowed to block new sanctions.", "en")
    assert any(s.item.known and s.relation == "rejects" for s in found), found
