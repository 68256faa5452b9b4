"""Whose position a sentence states: the right actor, in Ukrainian, Russian and English.

The sentences are written for these tests (codebook sections 1, rules 5-6, and section 7):
a quote's speaker holds the position of the quote, and "we"/"ми"/"мы" inside it is the
speaker's side; a party no lexicon lists (an acronym, a multi-word name, a name the
article introduced with "the union", "партія") is an actor labelled from the text; an
addressee, a reporting source, a news agency, a dateline, a month or a mediator who only
reports the sides' positions is not.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article


def read(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {
        (s.actor.id, s.relation, s.item.id)
        for s in extract_article(Article(id="t", text=text, lang=lang))
    }


def actors(text: str, lang: str) -> set[str]:
    return {actor for actor, _, _ in read(text, lang)}


# --- 1. A quote's speaker, and "we" inside the quote -----------------------------------------

QUOTES = [
    (
        "en",
        '"We will not sign until the ministry restores the night-shift bonus," Dvorak told reporters.',
        {("dvorak", "demands", "x-ministry-restore-night-shift-bonus")},
    ),
    (
        "en",
        '"We told the board that we reject the new rota," Okafor said.',
        {("okafor", "rejects", "x-new-rota")},
    ),
    (
        "en",
        '"Our demand is a four-day working week," said Okafor.',
        {("okafor", "demands", "x-four-day-work-week")},
    ),
    (
        "en",
        '"We reject the pay freeze," NEHAWU spokesperson Thandi Mokoena said.',
        {("nehawu", "rejects", "x-pay-freeze")},
    ),
    (
        "uk",
        "«Ми не підпишемо угоду, доки міністерство не поверне доплату за нічні зміни», — заявив Дворак.",
        {("dvorak", "demands", "x-ministerstvo-povernuty-doplata-nichnyi-zmina")},
    ),
    (
        "uk",
        "«Наша вимога — чотириденний робочий тиждень», — наголосив Окафор.",
        {("okafor", "demands", "x-chotyrydennyi-robochyi-tyzhden")},
    ),
    (
        "uk",
        "«Ми відкидаємо новий графік чергувань», — заявив Окафор.",
        {("okafor", "rejects", "x-novyi-hrafika-cherhuvannia")},
    ),
    (
        "uk",
        "«Ми вимагаємо підвищення зарплат водіям на 12 відсотків», — сказала лідерка профспілки «Злагода» Марта Лінд.",
        {("zlahoda-union", "demands", "wage-rise")},
    ),
    (
        "ru",
        "«Мы не подпишем соглашение, пока министерство не вернет доплату за ночные смены», — сказал Дворак.",
        {("dvorak", "demands", "x-ministerstvo-vernut-doplata-nochnoy-smena")},
    ),
    (
        "ru",
        "«Наше требование — четырехдневная рабочая неделя», — подчеркнул Окафор.",
        {("okafor", "demands", "x-chetyrekhdnevny-rabochy-nedelya")},
    ),
    (
        "ru",
        "«Мы сказали руководству, что отвергаем новый график дежурств», — сказал Окафор.",
        {("okafor", "rejects", "x-novy-grafik-dezhurstvo")},
    ),
    (
        "ru",
        "«Мы отвергаем повышение зарплат», — заявила пресс-секретарь «РЖД» Анна Берг.",
        {("rzhd", "rejects", "wage-rise")},
    ),
]


@pytest.mark.parametrize("lang, text, expected", QUOTES, ids=[q[1][:50] for q in QUOTES])
def test_a_quote_is_the_position_of_its_speaker_or_the_party_they_speak_for(lang, text, expected):
    assert read(text, lang) == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # The leader of a party may be coded as the person or the party (rule 6); a union
        # no name identifies speaks through the person named.
        ("uk", "«Ми вимагаємо підвищення зарплат водіям на 12 відсотків», — сказала лідерка профспілки Марта Лінд.",
         {"marta-lind"}),
        ("en", '"We demand a 12 percent pay rise for all drivers," said the union\'s leader Marta Lind.',
         {"marta-lind", "union"}),
        ("ru", "«Мы требуем повышения зарплат водителям на 12 процентов», — заявила глава профсоюза Марта Линд.",
         {"marta-lind", "union"}),
    ],
)
def test_a_leader_speaking_for_a_party_is_the_leader_or_the_party(lang, text, expected):
    found = actors(text, lang)
    assert len(found) == 1 and found <= expected


@pytest.mark.parametrize(
    "lang, text, speaker, party",
    [
        ("en", '"The board rejects a four-day working week," Okafor said.', "okafor", None),
        ("uk", "«Правління відкидає чотириденний робочий тиждень», — заявив Окафор.", "okafor", None),
        ("ru", "«Правление отвергает четырехдневную рабочую неделю», — сказал Окафор.", "okafor", None),
    ],
)
def test_a_quoted_clause_with_a_subject_of_its_own_is_not_the_speakers_position(lang, text, speaker, party):
    found = actors(text, lang)
    assert speaker not in found
    assert found == ({party} if party else set())


# --- 2. Parties no lexicon lists ---------------------------------------------------------------

PARTIES = [
    ("en", "NEHAWU demanded a 9 percent wage increase for hospital staff.", {("nehawu", "demands", "wage-rise")}),
    ("en", "SADTU on Tuesday rejected the proposed freeze on teacher hiring.",
     {("sadtu", "rejects", "x-freeze-teacher-hire")}),
    ("en", "The Dock Workers Confederation demanded a ban on night shifts.",
     {("dock-workers-confederation", "demands", "x-ban-night-shift")}),
    ("en", "The union Unite demands a pay rise.\nUnite also rejects the new rota.",
     {("unite", "demands", "wage-rise"), ("unite", "rejects", "x-new-rota")}),
    ("en", "The party Forward demands early elections.", {("forward", "demands", "early-elections")}),
    ("uk", "ВПЗУ вимагає підвищення зарплат шахтарям.", {("vpzu", "demands", "wage-rise")}),
    ("uk", "КСПУ відкинула пропозицію заморозити зарплати вчителів.",
     {("kspu", "rejects", "x-zamorozyty-zarplata-vchyteliv")}),
    ("uk", "Партія «Вперед» вимагає дострокових виборів.", {("vpered-party", "demands", "early-elections")}),
    ("uk", "Профспілка «Злагода» вимагає підвищення зарплат.\n«Злагода» також відкидає новий графік чергувань.",
     {("zlahoda-union", "demands", "wage-rise"), ("zlahoda-union", "rejects", "x-novyi-hrafika-cherhuvannia")}),
    ("ru", "КСПУ требует повышения зарплат учителям.", {("kspu", "demands", "wage-rise")}),
    ("ru", "Партия «Вперед» требует досрочных выборов.", {("vpered-party", "demands", "early-elections")}),
    ("ru", "Движение «Вместе» отвергло повышение тарифов на проезд.",
     {("vmeste-movement", "rejects", "tariff-increase")}),
]


@pytest.mark.parametrize("lang, text, expected", PARTIES, ids=[p[1][:50] for p in PARTIES])
def test_a_party_no_lexicon_lists_is_an_actor_labelled_from_the_text(lang, text, expected):
    assert read(text, lang) == expected


def test_a_party_label_keeps_the_name_in_the_nominative_and_drops_a_possessive():
    found = extract_article(Article(id="t", lang="ru", text=(
        "«Мы отвергаем повышение зарплат», — заявила пресс-секретарь компании «Северсталь» Анна Берг.")))
    assert [s.actor.label for s in found] == ["Компания «Северсталь»"]
    found = extract_article(Article(id="t", lang="en", text="Port Authority's negotiators demanded a pay freeze."))
    assert [s.actor.label for s in found] == ["Port Authority"]


NOT_PARTIES = [
    # Months, weekdays, places, sentence-initial words and news agencies are no parties.
    ("en", "In March the board rejected a four-day working week.", {"march", "in-march"}),
    ("en", "Monday demanded a pay rise.", {"monday"}),
    ("en", "Durban demanded a pay rise.", {"durban"}),
    ("en", "Reuters reported that the board rejected a four-day working week.", {"reuters"}),
    ("en", "The union demanded a pay rise, AFP said.", {"afp"}),
    ("en", "LONDON — The union demanded a pay rise.", {"london", "united-kingdom"}),
    ("uk", "У березні правління відхилило чотириденний робочий тиждень.", {"berezen", "berezni"}),
    ("uk", "УНІАН вимагає підвищення зарплат.", {"unian"}),
    ("uk", "Інтерфакс-Україна вимагає підвищення зарплат.", {"interfaks-ukraina", "ukraine"}),
    ("uk", "Профспілка вимагає підвищення зарплат, повідомляє УНІАН.", {"unian"}),
    ("uk", "КИЇВ — Профспілка вимагає підвищення зарплат.", {"ukraine", "kyiv"}),
    ("ru", "ТАСС требует повышения зарплат.", {"tass"}),
    ("ru", "Профсоюз требует повышения зарплат, передает ТАСС.", {"tass"}),
    ("ru", "МОСКВА, 2 декабря. Профсоюз требует повышения зарплат.", {"russia", "moskva"}),
    ("ru", "В марте профсоюз отверг четырехдневную рабочую неделю.", {"mart", "marte"}),
]


@pytest.mark.parametrize("lang, text, bad", NOT_PARTIES, ids=[n[1][:50] for n in NOT_PARTIES])
def test_months_places_datelines_and_news_agencies_are_no_actors(lang, text, bad):
    assert not actors(text, lang) & bad


# --- 3. Actors that are not the holder ------------------------------------------------------

WRONG = [
    # The addressee of a demand is not its holder.
    ("en", "The union Unite handed management a list of demands including a pay rise.", "management",
     {("unite", "demands", "wage-rise")}),
    # The people who send it hold it (a party named by what they are).
    ("en", "Nurses sent the hospital board a demand for higher pay.", "hospital-board",
     {("nurses", "demands", "x-high-pay")}),
    ("uk", "Шахтарі звернулися до міністерства з вимогою підвищити зарплати.", "ukraine",
     {("miners", "demands", "wage-rise")}),
    ("uk", "Профспілка «Злагода» передала керівництву список вимог, серед яких підвищення зарплат.", "management",
     {("zlahoda-union", "demands", "wage-rise")}),
    ("ru", "Шахтеры обратились в министерство с требованием повысить зарплаты.", "russia",
     {("miners", "demands", "wage-rise")}),
    ("ru", "Профсоюз «Единство» передал руководству список требований, среди которых повышение зарплат.",
     "management", {("yedinstvo-union", "demands", "wage-rise")}),
    # The ministry that reports two other parties' positions is their source, not a party.
    ("en", "Armenia and Azerbaijan agreed to resume talks, the Turkish foreign ministry said.", "turkey",
     {("armenia", "accepts", "resumption-of-talks"), ("azerbaijan", "accepts", "resumption-of-talks")}),
    ("uk", "Вірменія та Азербайджан погодилися відновити переговори, повідомило МЗС Туреччини.", "turkey",
     {("armenia", "accepts", "resumption-of-talks"), ("azerbaijan", "accepts", "resumption-of-talks")}),
    ("ru", "Армения и Азербайджан согласились возобновить переговоры, сообщил МИД Турции.", "turkey",
     {("armenia", "accepts", "resumption-of-talks"), ("azerbaijan", "accepts", "resumption-of-talks")}),
    # A mediator who reports the sides' positions holds none of them; a side with no name
    # ("а компанія пропонує") gets no line rather than the other side's name.
    ("en", "The mediator said NEHAWU demands a 6 percent pay rise, but the company rejects it.", "mediator",
     {("nehawu", "demands", "wage-rise")}),
    ("uk", "Посередник повідомив, що ВПЗУ вимагає підвищення зарплат, а компанія пропонує 3 відсотки.",
     "mediator", {("vpzu", "demands", "wage-rise")}),
    ("ru", "Посредник сообщил, что КСПУ требует повышения зарплат, а компания предлагает 3 процента.",
     "mediator", {("kspu", "demands", "wage-rise")}),
    # A party named in one clause is not the subject of the next one, whose subject may follow
    # its verb.
    ("uk", "Посередник повідомив, що ВПЗУ вимагає підвищення зарплат, а підвищення тарифів відкинула Японія.",
     "mediator", {("vpzu", "demands", "wage-rise"), ("japan", "rejects", "tariff-increase")}),
    ("ru", "Посредник сообщил, что КСПУ требует повышения зарплат, а повышение тарифов отвергла Япония.",
     "mediator", {("kspu", "demands", "wage-rise"), ("japan", "rejects", "tariff-increase")}),
    ("en", "The mediator said NEHAWU demands a pay rise, while Japan rejects higher tariffs.",
     "mediator", {("nehawu", "demands", "wage-rise"), ("japan", "rejects", "tariff-increase")}),
    # A body after its owner's possessive is the owner; the possessive is no part of a label.
    ("en", "The Port Authority's board rejected a pay rise.", "board", {("port-authority", "rejects", "wage-rise")}),
]


@pytest.mark.parametrize("lang, text, wrong, expected", WRONG, ids=[w[1][:50] for w in WRONG])
def test_addressees_sources_and_mediators_are_not_the_actor(lang, text, wrong, expected):
    found = read(text, lang)
    assert wrong not in {actor for actor, _, _ in found}
    assert found == expected


def test_cases_cover_three_languages_with_eight_sentences_each():
    cases = [(q[0], q[1]) for q in QUOTES + PARTIES + NOT_PARTIES] + [(w[0], w[1]) for w in WRONG]
    for lang in ("uk", "ru", "en"):
        assert len({text for case_lang, text in cases if case_lang == lang}) >= 8
