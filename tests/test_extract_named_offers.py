"""Rule 4 with nothing to refer back to: a response to an offer the article names only by its
owner or its topic ("rejected Egypt's new proposal", "прийняла пропозицію роботодавця щодо
зарплат", "отверг новое предложение правительства") is a line about that offer, labelled by
the name it goes by; the issue is the topic's, else the sentence's or the article's. The owner
proposes nothing (no terms are stated). A bare "the new offer" stays unread, and an offer the
article stated before is still the one referred back to.

Sentences written for these tests: Gaza truce talks, Great Lakes and Sahel mediation, labour
disputes at mines, ports and hospitals, trade and coalition talks.
"""

from __future__ import annotations

import pytest

from tests.reading import labelled, statements

# (lang, text, actor id, relation, label, issue)
NAMED = [
    ("en", "Hamas rejected Egypt's new proposal on Tuesday.", "hamas", "rejects", "Egypt's new proposal", None),
    ("en", "Unifor rejected General Motors' final offer.", "unifor", "rejects", "General Motors' final offer", None),
    ("en", "The Liberal Democrats rejected the Conservatives' coalition offer.", "liberal-democrats", "rejects",
     "Conservatives' coalition offer", None),
    ("en", "The M23 rebels accepted Qatar's latest peace proposal.", "m23", "accepts",
     "Qatar's latest peace proposal", "peace-settlement"),
    ("en", "Striking dockers at Felixstowe rejected the port operator's pay offer.", "striking-dockworkers", "rejects",
     "port operator's pay offer", "economic"),
    ("en", "The miners rejected the new pay offer.", "miners", "rejects", "new pay offer", "economic"),
    ("uk", "ХАМАС відхилив нову єгипетську пропозицію.", "hamas", "rejects", "нова єгипетська пропозиція", None),
    ("uk", "Профспілка залізничників відхилила пропозицію Укрзалізниці щодо графіка змін.", None, "rejects",
     "пропозиція Укрзалізниці щодо графіка змін", None),
    ("uk", "Лікарі Кенії прийняли останню пропозицію міністерства охорони здоров'я.", None, "accepts",
     "остання пропозиція міністерства охорони здоров'я", None),
    ("uk", "Повстанці М23 погодилися на катарську мирну пропозицію.", "m23", "accepts",
     "катарська мирна пропозиція", "peace-settlement"),
    ("uk", "Таліби відкинули пропозицію Пакистану.", "taliban", "rejects", "пропозиція Пакистану", None),
    ("ru", "ХАМАС отверг новое египетское предложение.", "hamas", "rejects", "новое египетское предложение", None),
    ("ru", "Повстанцы М23 отвергли последнее предложение Катара.", "m23", "rejects",
     "последнее предложение Катара", None),
    ("ru", "Профсоюз докеров отклонил предложение компании по графику смен.", None, "rejects",
     "предложение компании по графику смен", None),
    ("ru", "ХАМАС отверг правительственное предложение Израиля.", "hamas", "rejects",
     "правительственное предложение Израиля", None),
]


@pytest.mark.parametrize(("lang", "text", "actor", "relation", "label", "issue"), NAMED)
def test_an_offer_named_by_its_owner_or_topic_is_answered(
    lang: str, text: str, actor: str | None, relation: str, label: str, issue: str | None
) -> None:
    found = statements(text, lang)
    hits = [s for s in found if s.relation == relation and s.item.label == label
            and (actor is None or s.actor.id == actor)]
    assert hits, labelled(found)
    if issue is not None:
        assert hits[0].item.issue == issue, labelled(found)


@pytest.mark.parametrize(("lang", "text", "owner"), [
    ("en", "Hamas rejected Egypt's offer.", "egypt"),
    ("uk", "Профспілка залізничників відхилила пропозицію Укрзалізниці щодо графіка змін.", "ukrzaliznytsia"),
    ("uk", "Таліби відкинули пропозицію Пакистану.", "pakistan"),
    ("ru", "Повстанцы М23 отвергли последнее предложение Катара.", "qatar"),
])
def test_the_owner_of_an_offer_named_alone_proposes_nothing(lang: str, text: str, owner: str) -> None:
    found = statements(text, lang)
    assert found, "the response is read"
    assert not any(s.actor.id == owner for s in found), labelled(found)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The opposition rejected the new offer."),
    ("en", "The opposition rejected the generous offer."),
    ("en", "Workers rejected the improved offer."),
])
def test_a_bare_offer_names_nothing(lang: str, text: str) -> None:
    found = statements(text, lang)
    assert not any("offer" in s.item.label or "предложение" in s.item.label for s in found), labelled(found)


@pytest.mark.parametrize(("lang", "text", "actor", "words"), [
    ("en", "Egypt proposed a 60-day truce in Gaza. Hamas rejected Egypt's proposal.", "hamas", "truce"),
    ("uk", "Єгипет запропонував 60-денне перемир'я. ХАМАС відхилив єгипетську пропозицію.", "hamas", "перемир"),
    ("ru", "Египет предложил 60-дневное перемирие. ХАМАС отверг египетское предложение.", "hamas", "перемири"),
])
def test_an_offer_stated_before_is_still_referred_back_to(lang: str, text: str, actor: str, words: str) -> None:
    found = statements(text, lang)
    assert any(s.actor.id == actor and s.relation == "rejects" and words in s.item.label for s in found), labelled(found)
    assert not any(s.actor.id == actor and "propos" in s.item.label.lower() or "пропозиц" in s.item.label
                   or "предложение" in s.item.label for s in found), labelled(found)


@pytest.mark.parametrize(("lang", "text", "actor", "words"), [
    # A topic that is an item of its own is what the response answers, as before.
    ("en", "The ELN turned down the government's ceasefire proposal.", "eln", "ceasefire"),
    ("uk", "Парламент Молдови відхилив угоду Румунії про транзит газу.", "moldova", "gas transit"),
    ("ru", "ХАМАС отверг предложение Египта о прекращении огня.", "hamas", "ceasefire"),
])
def test_a_topic_that_is_an_item_stays_the_item(lang: str, text: str, actor: str, words: str) -> None:
    found = statements(text, lang)
    assert any(s.actor.id == actor and words in s.item.label for s in found), labelled(found)


def test_an_offer_without_a_topic_takes_the_articles_issue() -> None:
    text = ("Nurses at three hospitals in Nairobi went on strike over unpaid wages and a delayed salary increase. "
            "On Friday the Kenya National Union of Nurses rejected the county's new offer.")
    found = statements(text, "en")
    hits = [s for s in found if s.relation == "rejects" and s.item.label == "county's new offer"]
    assert hits and hits[0].item.issue == "economic", labelled(found)
