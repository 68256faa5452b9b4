"""Leaders, ministers, parties, blocs and unions of lexicons/actors/*.yaml, in sentences
written for these tests.

Codebook section 1: one canonical node per actor across languages. A person the lexicon
knows is that node whatever case the name is in ("Марком Карні", "Кристалиной
Георгиевой", "Рамафоси"), and in English under the label English media use ("Chris
Bowen", never a transliteration). A word that only looks like an alias (an adjective, a
verb, a common noun, another body with the same head noun) names no such actor.
"""

from __future__ import annotations

import pytest
from reading import holdings as read
from reading import mentioned

from graph.extract import extract_article
from graph.extract.lexicon import LEXICON_DIR, actor_lexicon, actor_rows, load_yaml
from graph.models import Article

# (lang, sentence, actor ids that must be among its mentions): names in the genitive,
# dative and instrumental, first name and surname both inflected.
INFLECTED = [
    ("uk", "Переговори з Марком Карні та Крісом Боуеном тривали до ночі.", {"carney", "bowen"}),
    ("uk", "Делегація на чолі з Нгозі Оконджо-Івеалою прибула до Женеви.", {"okonjo-iweala"}),
    ("uk", "Саміт відкрили промовою Сиріла Рамафоси.", {"ramaphosa"}),
    ("uk", "Прем'єрові Педро Санчесу передали вимоги партії Junts.", {"pedro-sanchez", "junts"}),
    ("uk", "Переговори з Хав'єром Мілеєм та Луїсом Капуто завершилися.", {"milei", "caputo"}),
    ("uk", "Переговори між Ганцем і Лапідом зайшли в глухий кут.", {"gantz", "lapid"}),
    ("uk", "Зустріч із Крісталіною Георгієвою перенесли на вівторок.", {"georgieva"}),
    ("uk", "Лист до Ентоні Албаніза підписали Ларс Клінгбайль і Фрідріх Мерц.",
     {"albanese", "klingbeil", "merz"}),
    ("uk", "Вимоги Ради ЄС передали Паризькому клубу та ОЕСР.",
     {"council-of-the-eu", "paris-club", "oecd"}),
    ("ru", "Переговоры с Кристалиной Георгиевой о кредите возобновились.", {"georgieva"}),
    ("ru", "Сделку с Хавьером Милеем одобрил МВФ.", {"milei", "imf"}),
    ("ru", "Встреча Клаудии Шейнбаум с Марком Карни прошла в Мехико.", {"sheinbaum", "carney"}),
    ("ru", "Уильяму Руто предложили стать посредником.", {"ruto"}),
    ("ru", "Премьер Японии Сигэру Исиба встретился с Рёсэем Акадзавой.", {"ishiba", "akazawa"}),
    ("ru", "Позицию Саймона Стилла поддержали страны Африканской группы переговорщиков.",
     {"stiell", "african-group"}),
    ("ru", "Бен-Гвиру и Смотричу не понравилось предложение «Ликуда».",
     {"ben-gvir", "smotrich", "likud"}),
    ("ru", "Сделку обсудили с Нарендрой Моди и Пиюшем Гоялом.", {"modi", "goyal"}),
    ("en", "Talks between Sunak and Albanese stalled as Penny Wong flew to Beijing.",
     {"sunak", "albanese", "penny-wong"}),
    ("en", "Kristalina Georgieva met Argentina's economy minister Luis Caputo.", {"georgieva", "caputo"}),
    ("en", "Pedro Sánchez needs the votes of Junts and the PNV.", {"pedro-sanchez", "junts", "pnv"}),
    ("en", "The IAM and Boeing reached a deal; SAG-AFTRA rejected the AMPTP offer.",
     {"iam", "sag-aftra", "amptp"}),
    ("en", "The High Ambition Coalition and the Like-Minded Developing Countries clashed.",
     {"high-ambition-coalition", "lmdc"}),
]


@pytest.mark.parametrize("lang,text,expected", INFLECTED)
def test_an_inflected_name_is_the_canonical_actor(lang, text, expected):
    assert expected <= set(mentioned(text, lang))


# (lang, sentence, actor ids that must NOT be among its mentions): ordinary words that
# look like an alias, and another body that shares a word with one.
LOOKALIKES = [
    ("uk", "Карна справа про хабар тривала роками.", {"carney"}),
    ("en", "Leaders pledged to unite behind the plan and toast with champagne in Scotland.",
     {"unite", "fp-champagne", "patricia-scotland"}),
    ("en", "She spoke cleverly about the deal.", {"cleverly"}),
    ("en", "The Verdi opera opened in Milan.", {"verdi"}),
    ("uk", "Матч Ліги чемпіонів перенесли.", {"lega"}),
    ("ru", "Лига арабских государств поддержала план.", {"lega"}),
    ("ru", "Партия свободы отвергла предложение.", {"pvv"}),
    ("ru", "Касты в Индии давно запрещены законом.", {"kast"}),
    ("ru", "Она шла милей тропой к морю.", {"milei"}),
]


@pytest.mark.parametrize("lang,text,wrong", LOOKALIKES)
def test_a_word_that_looks_like_an_alias_is_no_such_actor(lang, text, wrong):
    found = set(mentioned(text, lang))
    assert not (wrong & found)


@pytest.mark.parametrize("lang,text", [
    ("en", "Gustavo Petro met Petro Poroshenko in Bogota."),
    ("uk", "Густаво Петро зустрівся з Петром Порошенком."),
])
def test_a_first_name_shared_with_a_surname_is_not_that_person(lang, text):
    assert mentioned(text, lang).count("petro") == 1


# Positions of people and parties named in oblique cases or by title and name.
POSITIONS = [
    ("uk", "Лідер АПС Герберт Кікль вимагає дострокових виборів.", ("kickl", "demands")),
    ("ru", "Кикль требует досрочных выборов.", ("kickl", "demands")),
    ("en", "Chris Bowen rejected any text weaker than the Dubai agreement.", ("bowen", "rejects")),
    ("uk", "Міністр фінансів Індії Нірмала Сітараман відкинула скасування мит на сталь.", ("sitharaman", "rejects")),
    ("ru", "Профсоюз UAW требует повышения зарплат на 40%.", ("uaw", "demands")),
]


@pytest.mark.parametrize("lang,text,expected", POSITIONS)
def test_a_known_leader_or_body_holds_the_position(lang, text, expected):
    assert expected in read(text, lang)


def test_the_company_is_never_the_union_the_lexicon_names_with_a_role_noun():
    text = (
        "The International Association of Machinists demanded a 40% raise.\n"
        "The company said it would not raise its wage offer again.\n"
    )
    statements = extract_article(Article(id="t", text=text, lang="en"))
    assert ("iam", "demands") in {(s.actor.id, s.relation) for s in statements}
    assert not any(s.actor.id == "iam" and s.relation == "rejects" for s in statements)


def test_the_files_of_actors_are_loaded_with_unique_ids_and_known_countries():
    rows = actor_rows()
    ids = [str(r["id"]) for r in rows]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for name in ("leaders", "parties", "blocs"):
        data = load_yaml(LEXICON_DIR / "actors" / f"{name}.yaml")
        assert len(data) >= 40
        for row in data:
            assert {"en", "uk", "ru"} <= set(row["labels"]), row["id"]
            assert not row.get("country") or row["country"] in known, row["id"]
            assert row["type"] != "state", row["id"]
    lexicon = actor_lexicon()
    assert lexicon.entries["okonjo-iweala"].country == "wto"
    assert lexicon.entries["bowen"].actor.label == "Chris Bowen"


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Coalition talks continue in the Czech Republic. The SPD demanded a referendum on EU membership.",
         "en", "czech-spd"),
        ("Coalition talks continue in Germany. The SPD demanded a higher minimum wage.", "en", "spd"),
        ("У Чехії тривають коаліційні переговори. СПД вимагає референдуму про вихід з ЄС.", "uk", "czech-spd"),
        ("В Германии идут переговоры о коалиции. SPD требует повышения минимальной зарплаты.", "ru", "spd"),
    ],
)
def test_a_name_two_parties_share_is_the_one_of_the_state_the_article_named(text, lang, actor):
    assert {s.actor.id for s in extract_article(Article(id="t", text=text, lang=lang))} == {actor}


@pytest.mark.parametrize(
    ("text", "lang", "actor"),
    [
        ("Україна веде переговори з кредиторами. Мінфін відхилив вимогу кредиторів про купон 9%.", "uk", "ukraine"),
        ("Шри-Ланка ведет переговоры с профсоюзами. Минтруд отверг повышение пенсионного возраста.", "ru", "sri-lanka"),
    ],
)
def test_a_ministry_named_by_its_short_name_is_the_state_the_article_is_about(text, lang, actor):
    found = [s for s in extract_article(Article(id="t", text=text, lang=lang)) if s.relation == "rejects"]
    assert found and {s.actor.id for s in found} == {actor}
