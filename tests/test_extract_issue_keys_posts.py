"""Issue keys of posts, detainees and backstops (codebook section 3; issues.yaml, items.yaml).

Sentences written for these tests (uk, ru, en), each read as a whole article. They cover:

- a ministry handed to a party, shared out by quotas or claimed in coalition talks is
  political status, not the economy or defence its name mentions;
- a ministry that is asked to act ("urged the ministry to step in") is who acts: its name
  gives the item no issue;
- freeing a side's supporters, activists, soldiers or people held in custody is a release
  of detainees (hostages), not "other";
- a backstop for a border or customs regime is no security guarantee; one for troops is.
"""

from __future__ import annotations

import pytest

from graph.extract import extract_article
from graph.models import Article


def lines_of(text: str, lang: str) -> list[tuple[str, str]]:
    return [(s.item.label, s.item.issue) for s in extract_article(Article(id="issue-post-case", text=text, lang=lang))]


def issues_of(text: str, lang: str) -> set[str]:
    return {issue for _, issue in lines_of(text, lang)}


POSTS = [
    ("uk", "Аграрна партія вимагає віддати їй міністерство фінансів у новому уряді.", "political-status"),
    ("uk", "Партія «Рух» готова розподілити міністерства між партнерами за партійними квотами.", "political-status"),
    ("uk", "Соціалісти відмовилися поступитися міністерством оборони.", "political-status"),
    ("ru", "Социалисты требуют отдать их партии министерство обороны.", "political-status"),
    ("ru", "Партия «Движение» предложила распределить министерства по партийным квотам.", "political-status"),
    ("ru", "Зелёные отказались отдавать МВД партнёрам по коалиции.", "political-status"),
    ("en", "The Liberal Party demanded the finance ministry.", "political-status"),
    ("en", "The Greens are ready to share out the ministries among the partners by party quotas.", "political-status"),
    ("en", "The Centre Party rejected handing the defence ministry to the nationalists.", "political-status"),
]

DETAINEES = [
    ("uk", "Опозиція вимагає звільнення своїх прихильників з-під варти.", "hostages"),
    ("uk", "Рух «Воля» наполягає на звільненні активістів, затриманих під час протестів.", "hostages"),
    ("ru", "Оппозиция требует освобождения своих сторонников.", "hostages"),
    ("ru", "Повстанцы предложили освободить двенадцать солдат в течение месяца.", "hostages"),
    ("ru", "Оппозиция настаивает на освобождении демонстрантов из-под стражи.", "hostages"),
    ("en", "The rebels demanded the release of their jailed supporters.", "hostages"),
    ("en", "The opposition insisted on the release of detained activists.", "hostages"),
    ("en", "The guerrillas offered to free six soldiers held since March.", "hostages"),
]

BACKSTOPS = [
    ("en", "Dublin rejected the proposed backstop for the customs border.", {"economic", "territory"}),
    ("en", "Paris demanded a backstop for the European troops in Ukraine.", {"security-guarantees"}),
    ("uk", "Ірландія відхилила бекстоп для митного кордону.", {"economic", "territory"}),
    ("ru", "Париж потребовал бэкстоп для европейских войск на Украине.", {"security-guarantees"}),
]


@pytest.mark.parametrize("lang, text, issue", POSTS + DETAINEES)
def test_issue_of_a_post_or_a_release(lang, text, issue):
    assert issues_of(text, lang) == {issue}


@pytest.mark.parametrize("lang, text, issues", BACKSTOPS)
def test_backstop_is_a_security_one_only_beside_forces(lang, text, issues):
    found = lines_of(text, lang)
    assert found and {issue for _, issue in found} <= issues
    if "security-guarantees" not in issues:
        assert not any("security" in label or "безпек" in label for label, _ in found)


# A ministry asked to act is a party: the item's issue comes from what it is asked to do.
ACTING_OFFICES = [
    ("en", "The nurses' union urged the health ministry to step in.", "political-status"),
    ("uk", "Профспілка шахтарів закликала міністерство енергетики втрутитися в суперечку.", "political-status"),
    ("ru", "Профсоюз докеров призвал министерство транспорта вмешаться в спор.", "political-status"),
]


@pytest.mark.parametrize("lang, text, issue", ACTING_OFFICES)
def test_a_ministry_that_acts_gives_no_issue(lang, text, issue):
    found = lines_of(text, lang)
    assert found and issue not in {i for _, i in found}


def test_a_guard_in_custody_is_no_modal_uk() -> None:
    """uk "варти" (of the guard) shares its dictionary lemma with the modal "варто": only the
    modal's own surface form imposes a duty, so "з-під варти" keeps the demand it ends."""
    assert issues_of("Опозиція вимагає звільнення своїх прихильників з-під варти.", "uk") == {"hostages"}
    assert issues_of("Опозиція вимагає звільнити активістів з-під варти.", "uk")
