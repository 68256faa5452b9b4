"""Round 9 cue breadth: how reporters state demands, proposals, refusals and acceptances
without the core cue verbs, on sentences written for these tests in Ukrainian, Russian
and English across several kinds of talks (wars, trade, labour, alliances, climate):

- acceptance idioms: "gave the green light to X", "дала зелене світло X", "дала добро на X",
  "gave its blessing to X", "dropped its objection to X", "lifted its veto on X",
  "зняла вето на X", "отказалась от вето на X", "ratified X";
- refusals without a refusal verb: "walked away from X", "threw out X", "висловилася проти X",
  "не розглядає X" (present tense only: "не розглядала законопроєкт" is a fact of the agenda);
- light-verb demands and goals: "put forward demands for X", "lobbied for X",
  "чекає від партнерів X";
- "wants to avoid X" / "keen to avoid X" refuses X (an avoided default is a fact);
- endorsements and objections with light verbs: "threw its weight behind X", "висловила
  підтримку X", "выразила поддержку X" (a dative after an acceptance phrase that names no
  party is the item, not an addressee), "came out against X", "objected to X",
  "висловила незгоду з X", "took X off the table", "put X on the table";
- "не відмовляється від X", "не отказывается от X", "has not given up on X" still hold X
  (the uk phrase was read as a refusal of X); "більше не блокує X", "no longer blocks X"
  accept X, "no longer supports X" refuses it;
- "назвав неприйнятним X": the naming verb's predicate before its object;
- a negation reaches a cue across a modal of ability ("не може погодитися на X" rejects X),
  while "не змогли домовитися" stays a failure to agree; "не заперечує проти X" accepts X;
- "joint EU debt" is no joining of the EU (items match "join", not "join*").
Traps stay silent: "did not rule out", analysts, denials, "failed to agree".
"""

from __future__ import annotations

import pytest
from reading import holds, statements

FOUND = [
    # acceptance idioms
    ("uk", "Угорщина дала зелене світло вступу Швеції до НАТО.", "hungary", "accepts", "NATO"),
    ("ru", "Венгрия дала зелёный свет пакету санкций против России.", "hungary", "accepts", "sanctions"),
    ("en", "Hungary gave the green light to the sanctions package against Russia.", "hungary", "accepts", "sanctions"),
    ("uk", "Німеччина дала добро на постачання танків Україні.", "germany", "accepts", "танків"),
    ("ru", "Германия дала добро на поставки танков Украине.", "germany", "accepts", "танков"),
    ("en", "The EU gave its blessing to the merger of the two airlines.", "european-union", "accepts", "merger"),
    ("en", "Turkey dropped its objection to Sweden's NATO membership.", "turkey", "accepts", "NATO"),
    ("en", "Hungary lifted its veto on the aid package for Ukraine.", "hungary", "accepts", "aid package"),
    ("uk", "Угорщина зняла вето на пакет допомоги Україні.", "hungary", "accepts", "пакет допомоги"),
    ("ru", "Венгрия отказалась от вето на пакет санкций.", "hungary", "accepts", ""),
    ("en", "Canada ratified the free trade agreement with the EU.", "canada", "accepts", "trade"),
    ("en", "Germany came round to the idea of joint EU debt.", "germany", "accepts", "debt"),
    # refusals without a refusal verb
    ("en", "The EU walked away from the free trade agreement with Australia.", "european-union", "rejects", "trade"),
    ("en", "The RCN threw out the wage freeze.", "rcn", "rejects", "wage"),
    ("uk", "Росія висловилася проти розміщення миротворців.", "russia", "rejects", ""),
    ("ru", "Россия высказалась против размещения миротворцев.", "russia", "rejects", ""),
    ("uk", "Київ не розглядає можливість територіальних поступок.", "ukraine", "rejects", "territorial"),
    ("ru", "Киев не рассматривает возможность территориальных уступок.", "ukraine", "rejects", "territorial"),
    ("en", "Beijing is keen to avoid new tariffs.", "china", "rejects", "tariffs"),
    ("en", "The EU hopes to avoid a trade war with the United States.", "european-union", "rejects", "trade war"),
    # "would not consider", "не розглядатиме", "не будет рассматривать": refusals
    ("uk", "Росія не розглядатиме жодних пропозицій щодо припинення вогню.", "russia", "rejects", "ceasefire"),
    ("ru", "Россия не будет рассматривать предложения о прекращении огня.", "russia", "rejects", "ceasefire"),
    ("en", "Russia will not consider a ceasefire.", "russia", "rejects", "ceasefire"),
    # endorsements and objections with light verbs
    ("en", "Germany threw its weight behind the Mercosur trade deal.", "germany", "accepts", "trade"),
    ("en", "France expressed support for a ceasefire in Gaza.", "france", "accepts", "ceasefire"),
    ("uk", "Франція висловила підтримку перемир'ю в Газі.", "france", "accepts", "ceasefire"),
    ("ru", "Франция выразила поддержку перемирию в Газе.", "france", "accepts", "ceasefire"),
    ("ru", "Венгрия дала зелёный свет вступлению Украины в ЕС.", "hungary", "accepts", "EU"),
    ("en", "France came out against the Mercosur trade deal.", "france", "rejects", "trade"),
    ("en", "Poland pushed back on the migration pact.", "poland", "rejects", "migration pact"),
    ("en", "Austria objected to the migration pact.", "austria", "rejects", "migration pact"),
    ("en", "Italy raised objections to the migration pact.", "italy", "rejects", "migration pact"),
    ("uk", "Франція висловила незгоду з угодою з Меркосур.", "france", "rejects", ""),
    ("ru", "Франция выразила несогласие с соглашением с Меркосур.", "france", "rejects", ""),
    ("uk", "Польща заперечує проти міграційного пакту.", "poland", "rejects", "пакт"),
    ("ru", "Польша возражает против миграционного пакта.", "poland", "rejects", "пакт"),
    ("uk", "Польща виступила категорично проти міграційного пакту.", "poland", "rejects", "пакт"),
    ("en", "Hamas took disarmament off the table.", "hamas", "rejects", "disarmament"),
    ("en", "Washington has put a 60-day ceasefire on the table.", "united-states", "proposes", "ceasefire"),
    ("en", "Iran signalled openness to new nuclear talks.", "iran", "proposes", "talks"),
    # a promise never to agree refuses; a claim to a territory demands it
    ("ru", "Израиль пообещал никогда не соглашаться на создание палестинского государства.", "israel", "rejects", "Palestinian"),
    ("uk", "Ізраїль пообіцяв ніколи не погодитися на створення палестинської держави.", "israel", "rejects", "Palestinian"),
    ("uk", "Венесуела претендує на регіон Ессекібо.", "venezuela", "demands", "Ессекібо"),
    ("ru", "Венесуэла претендует на регион Эссекибо.", "venezuela", "demands", "Эссекибо"),
    # not giving X up holds X; "no longer" ends a position
    ("uk", "Україна не відмовляється від вступу до НАТО.", "ukraine", "demands", "NATO"),
    ("ru", "Украина не отказывается от вступления в НАТО.", "ukraine", "demands", "NATO"),
    ("en", "Ukraine has not given up on joining NATO.", "ukraine", "demands", "NATO"),
    ("uk", "Макрон закликав Україну не відмовлятися від переговорів.", "macron", "proposes", "talks"),
    ("uk", "Угорщина більше не блокує пакет санкцій.", "hungary", "accepts", "sanctions"),
    ("ru", "Венгрия больше не блокирует пакет санкций.", "hungary", "accepts", "sanctions"),
    ("en", "Hungary is no longer blocking the sanctions against Russia.", "hungary", "accepts", "sanctions"),
    ("en", "Hungary no longer supports the sanctions against Russia.", "hungary", "rejects", "sanctions"),
    # the naming verb's predicate before its object
    ("uk", "Кремль назвав неприйнятним розміщення миротворців в Україні.", "russia", "rejects", ""),
    ("ru", "Кремль назвал неприемлемым размещение миротворцев на Украине.", "russia", "rejects", ""),
    # demands stated with light verbs and expectations
    ("en", "The RCN put forward demands for a 15% raise.", "rcn", "demands", "15% raise"),
    ("en", "Greenpeace lobbied for a phase-out of coal by 2030.", "greenpeace", "demands", "coal"),
    ("en", "Pakistan is asking the IMF for a new loan.", "pakistan", "demands", "loan"),
    ("uk", "Україна чекає від партнерів нових санкцій проти Росії.", "ukraine", "demands", "sanctions"),
    ("ru", "Россия ждёт от Запада отмены санкций.", "russia", "demands", "lifting"),
    # a negation across a modal of ability ("не може погодитися") refuses
    ("uk", "Київ не може погодитися на територіальні поступки.", "ukraine", "rejects", "territorial"),
    ("ru", "Москва не может согласиться на размещение миротворцев.", "russia", "rejects", ""),
    ("en", "Hungary does not support Ukraine's EU membership.", "hungary", "rejects", "EU"),
    ("en", "The EU draws the line at lowering its food safety standards.", "european-union", "rejects", "food safety"),
    ("en", "Kenya's parliament nixed the tax hike.", "kenya", "rejects", "tax"),
    # not objecting accepts
    ("uk", "Польща не заперечує проти вступу України до ЄС.", "poland", "accepts", "EU"),
    ("ru", "Польша не возражает против вступления Украины в ЕС.", "poland", "accepts", "EU"),
    ("en", "Poland has no objection to Ukraine joining the EU.", "poland", "accepts", "EU"),
    ("en", "The Bundestag rubber-stamped the debt brake reform.", "bundestag", "accepts", "debt brake"),
    # offers
    ("en", "Germany has committed itself to cutting emissions by 65% by 2030.", "germany", "proposes", "emissions"),
    ("uk", "Росія заявила про готовність до обміну полоненими.", "russia", "proposes", ""),
    ("en", "United Airlines came forward with a 5% pay rise.", "united-airlines", "proposes", "rise"),
]


@pytest.mark.parametrize("lang,text,actor,relation,words", FOUND)
def test_cue_is_read(lang, text, actor, relation, words):
    assert holds(text, lang, actor, relation, words), [
        (s.actor.id, s.relation, s.item.label) for s in statements(text, lang)
    ]


SILENT = [
    ("en", "Kyiv did not rule out a referendum on the peace deal."),
    ("uk", "Київ не виключив референдуму щодо мирної угоди."),
    ("ru", "Киев не исключил референдума по мирному соглашению."),
    ("uk", "Верховна Рада не розглядала законопроєкт про мобілізацію."),
    ("ru", "Госдума не рассматривала законопроект о мобилизации."),
    ("uk", "Аналітики очікують від Росії нових вимог."),
    ("en", "Argentina avoided a default last year."),
    ("en", "Russia no longer demands a buffer zone."),
    ("en", "France expressed support for Ukraine."),
    ("ru", "Франция выразила поддержку Украине."),
    ("en", "The court did not consider the appeal."),
    ("en", "Germany and France issued joint EU bonds last year."),
    ("en", "Analysts said Hungary would give the green light to the sanctions."),
    ("en", "The two sides failed to agree on a ceasefire."),
    ("ru", "Стороны не могут договориться о перемирии."),
    ("ru", "Россия не может требовать от Украины отказа от НАТО."),
    ("uk", "Угорщина заперечила, що дала зелене світло пакету санкцій."),
    ("en", "Germany denied it had given the green light to the deal."),
]


@pytest.mark.parametrize("lang,text", SILENT)
def test_no_position(lang, text):
    assert statements(text, lang) == [], [(s.actor.id, s.relation, s.item.label) for s in statements(text, lang)]


@pytest.mark.parametrize("text", [
    "The RCN said a pay freeze would be a deal-breaker.",
    "The RCN said a pay freeze is a non-starter.",
    "The RCN said a pay freeze would be unacceptable.",
])
def test_modal_and_article_before_a_rejecting_predicate(text):
    """"X would be unacceptable", "X is a deal-breaker": neither "would" nor "a" is part of X."""
    found = statements(text, "en")
    assert [(s.actor.id, s.relation, s.item.label) for s in found] == [("rcn", "rejects", "pay freeze")], found


REFERRING = [
    ("uk", "Росія запропонувала перемир'я на 30 днів. Київ заявив, що про це не може бути й мови.", "ukraine", "rejects"),
    ("ru", "Россия предложила перемирие на 30 дней. Киев заявил, что об этом не может быть и речи.", "ukraine", "rejects"),
    ("uk", "США запропонували перемир'я на 30 днів. Україна дала на це згоду.", "ukraine", "accepts"),
    ("ru", "США предложили перемирие на 30 дней. Украина дала на это согласие.", "ukraine", "accepts"),
    ("uk", "США запропонували перемир'я на 30 днів. Україна дала на це добро.", "ukraine", "accepts"),
]


@pytest.mark.parametrize("lang,text,actor,relation", REFERRING)
def test_referring_object_inside_a_refusal_or_acceptance(lang, text, actor, relation):
    """"про це не може бути й мови", "об этом не может быть и речи", "дала на це згоду":
    the pronoun (after "про", "об") refers back to the truce just offered (rule 4)."""
    assert holds(text, lang, actor, relation, "ceasefire"), statements(text, lang)


def test_lifted_veto_is_no_refusal():
    """"зняла вето на X", "отказалась от вето на X": the veto is gone, X is not refused."""
    for lang, text in (
        ("uk", "Угорщина зняла вето на пакет допомоги Україні."),
        ("ru", "Венгрия сняла вето на пакет помощи Украине."),
        ("ru", "Венгрия отказалась от вето на пакет санкций."),
        ("uk", "Угорщина відмовилася від вето на пакет санкцій."),
    ):
        assert not any(s.relation == "rejects" for s in statements(text, lang)), text
