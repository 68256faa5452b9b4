"""Actors of 2023-2026 talks outside Europe in lexicons/actors/world_{leaders,officials,groups}.yaml,
in sentences written for these tests.

Codebook section 1: one canonical node per actor across languages. A head of state, minister,
mediator, lender, armed group, party, union or company the lexicon knows is that node in uk, ru
and en whatever case the name is in ("Ісайясом Афеверкі", «Мирзиёеву», «КСИР»). A word that
only looks like an alias (a town, a common noun, a namesake, "Lebanese forces" for the army, a
press agency) names no such actor.
"""

from __future__ import annotations

import pytest
from reading import holdings as read
from reading import mentioned

from graph.extract.lexicon import LEXICON_DIR, actor_lexicon, load_yaml

NEW_FILES = ("world_leaders", "world_officials", "world_groups")


# (lang, sentence, actor ids that must be among its mentions)
NAMED = [
    ("uk", "Переговори з Ісайясом Афеверкі та Абієм Ахмедом щодо виходу до моря зайшли в глухий кут.",
     {"afwerki", "abiy"}),
    ("uk", "Рієк Мачар звинуватив Сальву Кіїра у порушенні угоди, а Мачара підтримали в IGAD.",
     {"riek-machar", "salva-kiir", "igad"}),
    ("uk", "Шавкат Мірзійоєв і Садир Жапаров підписали угоду про кордон; Мірзійоєва привітав Рахмон.",
     {"mirziyoyev", "japarov", "rahmon"}),
    ("uk", "Девлет Бахчелі закликав Оджалана звернутися до РПК, а Нуман Куртулмуш підтримав ініціативу.",
     {"bahceli", "kurtulmus"}),
    ("uk", "Корпус вартових ісламської революції відкинув пропозицію, а ФАТХ і ХАМАС знову посварилися.",
     {"irgc", "fatah", "hamas"}),
    ("uk", "Форум родин заручників закликав уряд погодитися на угоду.", {"hostages-families-forum"}),
    ("uk", "Асаїб Ахль аль-Хакк і Загони народної самооборони відмовилися роззброюватися.",
     {"asaib-ahl-al-haq", "ypg"}),
    ("uk", "Африканський банк розвитку та Експортно-імпортний банк Китаю погодилися реструктуризувати борг.",
     {"african-development-bank", "china-exim-bank"}),
    ("uk", "Абдалла Хамдок закликав до перемир'я; Хамдока підтримав Табо Мбекі.", {"hamdok", "thabo-mbeki"}),
    ("uk", "Зустріч з Азізом Аханнушем і Анваром Гаргашем перенесли.", {"akhannouch", "gargash"}),
    ("uk", "Дзвінок Шавкату Мірзійоєву і Сітівені Рабуці перенесли.", {"mirziyoyev", "rabuka"}),
    ("uk", "Перемовини з Раїлою Одінгою і Фостеном-Арканжем Туадерою тривали до ранку.",
     {"raila-odinga", "touadera"}),
    ("ru", "Исайяс Афеворки отверг требование Аддис-Абебы о выходе к морю.", {"afwerki"}),
    ("ru", "Вице-президенту Риеку Мачару предъявили обвинения, а Салвой Кииром недовольны в НОДС-ИО.",
     {"riek-machar", "salva-kiir", "splm-io"}),
    ("ru", "Переговоры с Риеком Мачаром и Махаматом Идрисом Деби прошли в Джубе.",
     {"riek-machar", "mahamat-deby"}),
    ("ru", "Шавкат Мирзиёев и Эмомали Рахмон договорились о воде; Мирзиёеву позвонил Жапаров.",
     {"mirziyoyev", "rahmon", "japarov"}),
    ("ru", "Корпус стражей исламской революции отверг условия США; КСИР пригрозил ответом.", {"irgc"}),
    ("ru", "Наиб Букеле и Миа Моттли потребовали реформы МВФ.", {"bukele", "mottley"}),
    ("ru", "Профсоюз Гистадрут объявил всеобщую забастовку.", {"histadrut"}),
    ("ru", "Единая социалистическая партия Венесуэлы отвергла требования оппозиции.", {"psuv"}),
    ("ru", "Партия справедливости и развития и Партия националистического движения договорились.",
     {"akp", "mhp"}),
    ("ru", "Встреча с Олжасом Бектеновым и Хосейном Салами не состоялась.", {"bektenov", "hossein-salami"}),
    ("en", "Isaias Afwerki rejected Ethiopia's demand for access to the Red Sea.", {"afwerki"}),
    ("en", "The IRGC rejected the proposal, while Fatah and Hamas met in Cairo.", {"irgc", "fatah", "hamas"}),
    ("en", "Devlet Bahceli urged the PKK to disarm, and the DEM Party backed the call.",
     {"bahceli", "pkk", "dem-party"}),
    ("en", "The Kuomintang and the DPP clashed over the defence budget.", {"kmt", "dpp-taiwan"}),
    ("en", "Eskom offered a 5% raise, but NUMSA rejected it.", {"eskom", "numsa"}),
    ("en", "Mia Mottley and Irfaan Ali met Luis Almagro and Carla Barnett.",
     {"mottley", "irfaan-ali", "almagro", "carla-barnett"}),
    ("en", "The Export-Import Bank of China and the AfDB agreed to restructure Zambia's debt.",
     {"china-exim-bank", "african-development-bank"}),
]


@pytest.mark.parametrize("lang,text,expected", NAMED)
def test_a_name_in_any_case_gives_the_canonical_actor(lang: str, text: str, expected: set[str]) -> None:
    assert expected <= set(mentioned(text, lang))


# (lang, sentence, actor ids that must NOT be among its mentions)
LOOK_ALIKES = [
    ("en", "The M23 captured Masisi and moved toward Goma.", {"masisi"}),
    ("en", "Lebanese forces deployed south of the Litani.", {"lebanese-forces"}),
    ("uk", "Льодовик залишив морену біля озера.", {"morena"}),
    ("ru", "Ледник оставил морену у озера.", {"morena"}),
    ("en", "Officials said on Tuesday, PTI reported, that STC shares rose.", {"pti", "southern-transitional-council"}),
    ("en", "Protesters gathered near the tomb where Aurangzeb is buried.", {"aurangzeb"}),
    ("en", "The coach, Ruben Amorim, said the club would not sell.", {"celso-amorim"}),
    ("en", "Eduardo Bolsonaro lobbied for tariffs on Brazil.", {"bolsonaro"}),
    ("uk", "Квір-активісти вийшли на марш.", {"irgc"}),
    ("ru", "Лейбористская партия Австралии выиграла выборы.", {"uk-labour"}),
    ("en", "The Conservative Party of Canada lost seats.", {"uk-conservatives"}),
    ("uk", "Єдина платформа для всіх документів запрацювала.", {"unitary-platform"}),
    ("ru", "Единая платформа госуслуг заработала.", {"unitary-platform"}),
    ("en", "Karina Milei met the envoy.", {"milei"}),
]


@pytest.mark.parametrize("lang,text,absent", LOOK_ALIKES)
def test_look_alike_words_name_no_such_actor(lang: str, text: str, absent: set[str]) -> None:
    assert not absent & set(mentioned(text, lang))


@pytest.mark.parametrize("lang,text,actor,relation", [
    ("en", "Isaias Afwerki rejected talks on sea access with Ethiopia.", "afwerki", "rejects"),
    ("uk", "Корпус вартових ісламської революції відкинув пропозицію США щодо збагачення урану.",
     "irgc", "rejects"),
    ("ru", "Экспортно-импортный банк Китая готов продлить сроки погашения кредитов.", "china-exim-bank",
     "proposes"),
    ("en", "The Histadrut demanded a hostage deal and called a general strike.", "histadrut", "demands"),
    ("ru", "Девлет Бахчели потребовал от РПК сложить оружие.", "bahceli", "demands"),
])
def test_a_new_actor_holds_the_position(lang: str, text: str, actor: str, relation: str) -> None:
    assert (actor, relation) in read(text, lang)


def _rows(name: str) -> list[dict]:
    return load_yaml(LEXICON_DIR / "actors" / f"{name}.yaml") or []


def test_the_new_rows_are_in_the_index() -> None:
    lexicon = actor_lexicon()
    assert sum(len(_rows(name)) for name in NEW_FILES) >= 400
    for name in NEW_FILES:
        for row in _rows(name):
            assert row["id"] in lexicon.entries
