"""Officials, companies and bodies of lexicons/actors/{officials,companies,bodies}.yaml, in
sentences written for these tests.

Codebook section 1: one canonical node per actor across languages. A minister, envoy,
rebel leader, union head, company or parliament the lexicon knows is that node whatever
case the name is in ("Андрієм Пишним", "Укрзализныцей", "Стрітинга"). A word that only
looks like an alias (an adjective, a common noun, a relative with the same surname, a
river) names no such actor.
"""

from __future__ import annotations

import pytest
from reading import holdings as read
from reading import mentioned

from graph.extract import extract_article
from graph.extract.lexicon import LEXICON_DIR, actor_lexicon, cues_for, load_yaml
from graph.extract.mention import ActorMemory
from graph.extract.mentions import find_mentions
from graph.extract.morph import tokenize
from graph.models import Article

NEW_FILES = ("officials", "companies", "bodies")


# (lang, sentence, actor ids that must be among its mentions)
INFLECTED = [
    ("uk", "Переговори з Олександром Сирським і Германом Галущенком тривали до ранку.",
     {"syrskyi", "halushchenko"}),
    ("uk", "Андрієві Пишному заперечив Тарас Качка, а Ользі Стефанішиній дали слово останньою.",
     {"pyshnyi", "taras-kachka", "stefanishyna"}),
    ("uk", "Ярослав Качинський вимагає відставки уряду; Качинського підтримали в Сеймі Польщі.",
     {"kaczynski", "sejm"}),
    ("uk", "Зустріч із Масадом Булосом і Крісті Ноем перенесли.", {"massad-boulos", "kristi-noem"}),
    ("uk", "Шон Фейн закликав Ford і General Motors підвищити ставки, а Келлі Ортберг відмовився.",
     {"shawn-fain", "ford", "general-motors", "kelly-ortberg"}),
    ("uk", "Профспілка вимагає від Укрзалізниці та Нафтогазу індексації зарплат.",
     {"ukrzaliznytsia", "naftogaz"}),
    ("uk", "Кнесет ухвалив закон, а Бундестаг відхилив аналогічний.", {"knesset", "bundestag"}),
    ("uk", "Представники ПВК «Вагнер» і Ісламського джихаду відмовилися від зустрічі.",
     {"wagner-group", "palestinian-islamic-jihad"}),
    ("uk", "Ельвірою Набіулліною та Валерієм Герасимовим незадоволені в Кремлі.",
     {"nabiullina", "gerasimov", "russia"}),
    ("uk", "Рішення Ради Федерації, РНБО та Кабміну оприлюднили одночасно.",
     {"federation-council", "nsdc", "cabinet-of-ministers-ukraine"}),
    ("uk", "Стрітинга критикує BMA, але Стрітинг відмовився від нової пропозиції.", {"streeting", "bma"}),
    ("uk", "Переговори з Еялем Заміром та Давидом Барнеа в Досі завершилися.", {"eyal-zamir", "barnea"}),
    ("ru", "Переговоры с Андреем Белоусовым и Валерием Герасимовым продолжились.", {"belousov", "gerasimov"}),
    ("ru", "Эльвира Набиуллина заявила, что ЦБ РФ сохранит ставку; Набиуллиной возразил Силуанов.",
     {"nabiullina", "bank-of-russia", "siluanov"}),
    ("ru", "Встреча с Ибрагимом Калыном прошла в Анкаре.", {"ibrahim-kalin"}),
    ("ru", "Профсоюз потребовал от Samsung Electronics и Хендай повысить зарплаты.",
     {"samsung-electronics", "hyundai-motor"}),
    ("ru", "Газпромом недовольны в Брюсселе, а Роснефтью и Лукойлом — в Вашингтоне.",
     {"gazprom", "rosneft", "lukoil"}),
    ("ru", "Переговоры с Абдул-Маликом аль-Хуси и Мухаммедом Абдель Саламом сорвались.",
     {"abdul-malik-al-houthi", "mohammed-abdulsalam"}),
    ("ru", "Требования Шона Фейна поддержали рабочие, а с Фрэн Дрешер спорили студии.",
     {"shawn-fain", "fran-drescher"}),
    ("ru", "Спор Укрзализныцей и Аэрофлотом никто не обсуждал.", {"ukrzaliznytsia", "aeroflot"}),
    ("ru", "Пригожину и Кадырову ответил Совет Федерации.", {"prigozhin", "kadyrov", "federation-council"}),
    ("ru", "Позиция Тараса Качки совпала с мнением Петра Порошенко.", {"taras-kachka", "poroshenko"}),
    ("en", "Shawn Fain told Ford, General Motors and Stellantis that the UAW would strike.",
     {"shawn-fain", "ford", "general-motors", "stellantis", "uaw"}),
    ("en", "Talks between Boeing and the IAM, led by Jon Holden, resumed after Kelly Ortberg called.",
     {"boeing", "iam", "jon-holden", "kelly-ortberg"}),
    ("en", "Hans Grundberg met Mohammed Abdulsalam in Muscat.", {"grundberg", "mohammed-abdulsalam"}),
    ("en", "ACAS, the FMCS and the NLRB all offered to mediate.", {"acas", "fmcs", "nlrb"}),
    ("en", "Maersk and DP World warned that Rio Tinto and Glencore cargoes would be delayed.",
     {"maersk", "dp-world", "rio-tinto", "glencore"}),
    ("en", "The Knesset voted while the Bundestag and the Storting debated.", {"knesset", "bundestag", "storting"}),
    ("en", "Corneille Nangaa said the M23 would not withdraw; Hibatullah Akhundzada was silent.",
     {"nangaa", "m23", "akhundzada"}),
]


@pytest.mark.parametrize("lang,text,expected", INFLECTED)
def test_inflected_names_give_the_canonical_actor(lang: str, text: str, expected: set[str]) -> None:
    assert expected <= set(mentioned(text, lang))


# (lang, sentence, actor ids that must NOT be among its mentions): common words and
# relatives that share a surname or a lemma with an alias.
LOOK_ALIKES = [
    ("uk", "Пишний врожай і качка на ставку не мають стосунку до малюка.",
     {"pyshnyi", "taras-kachka", "maliuk"}),
    ("ru", "Качка и пышный хвост никого не смутили.", {"taras-kachka", "pyshnyi"}),
    ("uk", "Галя і Галі прийшли на зустріч.", {"halevi", "brahim-ghali"}),
    ("ru", "Алексей Навальный и Сергей Тихановский стали символами протеста.",
     {"navalnaya", "tsikhanouskaya"}),
    ("uk", "Олексій Навальний і Сергій Тихановський стали символами протесту.",
     {"navalnaya", "tsikhanouskaya"}),
    ("en", "Shell fragments hit the port; the Amazon rainforest keeps shrinking.", {"shell", "amazon"}),
    ("en", "The Delta variant spread as GM crops were banned.", {"delta-air-lines", "general-motors"}),
    ("ru", "Бас-гитара и бар на углу закрылись.", {"baerbel-bas", "ronen-bar"}),
    # The last word of a body's name refers back to it ("the fund" for the IMF), but not a
    # company's ("the world" after DP World) nor a common noun of a Slavic name's tail.
    ("en", "DP World bought the port. The world's biggest carrier objected.", {"dp-world"}),
    ("uk", "Засідання РНБО завершилося. Оборона міста триває, а міністр мовчить.", {"nsdc"}),
    ("uk", "Кабмін ухвалив постанову, але міністр її не підписав.", {"cabinet-of-ministers-ukraine"}),
    ("ru", "ФРС сохранила ставку, но банковская система под давлением.", {"federal-reserve"}),
]


@pytest.mark.parametrize("lang,text,absent", LOOK_ALIKES)
def test_look_alike_words_name_no_such_actor(lang: str, text: str, absent: set[str]) -> None:
    found = mentioned(text, lang)
    # a name the sentence itself gives once is fine; a second mention is a look-alike
    assert all(found.count(actor) <= (1 if actor in text_names(text, lang) else 0) for actor in absent), found


def text_names(text: str, lang: str) -> set[str]:
    """The actors named by their own name in the text (not by a head noun or a pronoun)."""
    tokens = tokenize(text, lang)
    return {m.actor.id for m in find_mentions(tokens, cues_for(lang), ActorMemory(), lang) if m.kind == "name"}


def test_a_company_and_a_union_leader_are_the_parties_of_a_labour_sentence() -> None:
    got = read("Boeing offered a 35% raise over four years. Jon Holden rejected the offer.", "en")
    assert ("boeing", "proposes") in got
    assert any(actor == "jon-holden" for actor, _ in got)


def test_a_minister_in_the_instrumental_case_is_the_party_that_demands() -> None:
    got = read("Уэс Стритинг потребовал от BMA отменить забастовку.", "ru")
    assert any(actor == "streeting" for actor, _ in got)


def _rows(name: str) -> list[dict]:
    return load_yaml(LEXICON_DIR / "actors" / f"{name}.yaml") or []


def test_the_new_rows_are_in_the_index() -> None:
    lexicon = actor_lexicon()
    for name in NEW_FILES:
        for row in _rows(name):
            assert row["id"] in lexicon.entries


def _holders(text: str, lang: str) -> set[tuple[str, str]]:
    return {(s.actor.label, s.relation) for s in extract_article(Article(id="t", text=text, lang=lang))}


@pytest.mark.parametrize("lang,text,union,company", [
    ("ru", "Профсоюз Lufthansa (UFO) объявил забастовку. Компания предложила поднять зарплаты на 3%, "
           "но профсоюз отверг это предложение.", "UFO", "Lufthansa"),
    ("uk", "Профспілка Ryanair (IALPA) оголосила страйк. Компанія запропонувала підвищити зарплати на 4%, "
           "але профспілка відхилила пропозицію.", "IALPA", "Ryanair"),
])
def test_the_union_of_a_known_latin_company_is_no_part_of_it(lang, text, union, company) -> None:
    found = _holders(text, lang)
    assert (company, "proposes") in found
    assert (union, "rejects") in found


@pytest.mark.parametrize("lang,text,words", [
    ("uk", "Москва вимагає зняти санкції з Газпрому.", "Газпрому"),
    ("ru", "Москва требует снять санкции с Аэрофлота.", "Аэрофлота"),
    ("en", "Caracas demanded the lifting of sanctions on PDVSA.", "PDVSA"),
])
def test_a_known_company_after_the_item_narrows_it(lang: str, text: str, words: str) -> None:
    labels = [s.item.label for s in extract_article(Article(id="t", text=text, lang=lang))]
    assert any(words in label for label in labels), labels


def test_a_lone_both_after_two_other_names_is_not_the_negotiating_pair() -> None:
    text = ("Maersk and the ILA resumed talks on Monday. Local 1414 and Local 1235, which represent "
            "dock workers in Savannah and Newark, both voted against the offer.")
    got = read(text, "en")
    assert ("maersk", "rejects") not in got
    assert ("ila", "rejects") not in got


def test_a_lone_both_after_the_pair_itself_is_the_pair() -> None:
    got = read("Israel and Hamas resumed talks in Doha on Monday, and both agreed to extend the truce.", "en")
    assert {("israel", "accepts"), ("hamas", "accepts")} <= got
