"""Hosts of gatherings and groups of states (codebook sections 1, 6 and 7).

In sentences written for these tests (uk, ru, en; climate, security, trade, party politics):
- the body named with a summit, conference or forum it convenes ("делегати саміту ООН",
  "участники конференции ОБСЕ", "delegates at the UN climate summit") is where delegates
  meet, never the holder of their position; with no party named, no line at all;
- a party's own congress ("Съезд партии одобрил ...") still speaks for the party;
- rich, wealthy or developed countries are one group of their own ("Багаті країни
  запропонували", "Rich nations offered"), never the developing countries, whose English
  name shares the lemma "develop".
"""

from __future__ import annotations

import pytest
from reading import holdings

# (lang, text, the host that must hold no line)
HOSTS = [
    ("en", "Delegates at the UN climate summit in Nairobi rejected the pledge to phase out coal by 2030.",
     "united-nations"),
    ("en", "Participants of the OSCE conference agreed to the creation of a monitoring mission.", "osce"),
    ("en", "Ministers at the WTO forum in Geneva demanded an end to fishing subsidies.", "wto"),
    ("uk", "Делегати саміту ООН у Найробі погодилися на створення фонду збитків.", "united-nations"),
    ("uk", "Учасники конференції ОБСЄ підтримали створення місії спостерігачів.", "osce"),
    ("uk", "Міністри форуму СОТ у Женеві вимагали скасування субсидій на рибальство.", "wto"),
    ("ru", "Делегаты саммита ООН в Найроби согласились на создание фонда ущерба.", "united-nations"),
    ("ru", "Участники конференции ОБСЕ согласились на создание мониторинговой миссии.", "osce"),
    ("ru", "Министры форума ВТО в Женеве потребовали отмены субсидий на рыболовство.", "wto"),
]


@pytest.mark.parametrize("lang,text,host", HOSTS)
def test_the_host_of_a_gathering_is_not_the_holder(lang: str, text: str, host: str) -> None:
    assert all(actor != host for actor, _ in holdings(text, lang))


# (lang, text, the party that holds the position at the gathering)
SPEAKERS_AT_GATHERINGS = [
    ("en", "At the UN summit, Brazil proposed a fund to protect tropical forests.", "brazil"),
    ("uk", "На саміті ООН Бразилія запропонувала створити фонд захисту тропічних лісів.", "brazil"),
    ("ru", "На конференции ОБСЕ Молдова предложила создать миссию наблюдателей.", "moldova"),
]


@pytest.mark.parametrize("lang,text,party", SPEAKERS_AT_GATHERINGS)
def test_a_party_speaking_at_a_gathering_holds_its_position(lang: str, text: str, party: str) -> None:
    assert (party, "proposes") in holdings(text, lang)


# (lang, text, relation of the wealthy countries)
WEALTHY = [
    ("en", "Rich nations offered $50m for the adaptation fund at the talks in Bonn.", "proposes"),
    ("en", "Wealthy countries rejected the demand for a new levy on aviation.", "rejects"),
    ("en", "Developed countries rejected the call for debt cancellation.", "rejects"),
    ("uk", "Багаті країни запропонували 50 мільйонів доларів на фонд адаптації.", "proposes"),
    ("uk", "Заможні держави відхилили вимогу про новий збір з авіації.", "rejects"),
    ("ru", "Богатые страны предложили 50 миллионов долларов на фонд адаптации.", "proposes"),
    ("ru", "Развитые государства отвергли требование о новом сборе с авиации.", "rejects"),
]


@pytest.mark.parametrize("lang,text,relation", WEALTHY)
def test_wealthy_countries_are_a_group_of_their_own(lang: str, text: str, relation: str) -> None:
    found = holdings(text, lang)
    assert ("developed-countries", relation) in found
    assert all(actor != "developing-countries" for actor, _ in found)


def test_developing_countries_stay_developing() -> None:
    found = holdings("Developing countries demanded grants instead of loans.", "en")
    assert ("developing-countries", "demands") in found
    assert all(actor != "developed-countries" for actor, _ in found)
