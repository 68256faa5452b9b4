"""The query page of `negograph serve` in a real browser: Debian's chromium, headless,
driven by selenium (the machinery of tests/test_view_browser.py). serve runs for
real on a free loopback port; every other host name fails to resolve."""
from __future__ import annotations

import json
import re

import pytest
from servers import negograph_serve, oxigraph_binary
from test_queries import EXPECTED
from test_view_browser import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS

pytestmark = [
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason="needs Debian packages chromium and chromium-driver (bash .ci/ensure-chromium)"),
    pytest.mark.skipif(oxigraph_binary() is None, reason="needs the oxigraph server (pip install oxigraph)"),
]

from selenium import webdriver  # noqa: E402 - after the skip marks, like test_view_browser
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def served(store_path):
    with negograph_serve("--store", str(store_path)) as serve:
        yield serve


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        if flag.startswith("--host-resolver-rules="):
            flag += ", EXCLUDE 127.0.0.1"  # every host but serve's fails to resolve
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()


def open_query_page(driver, url: str) -> None:
    driver.get("about:blank")
    driver.get_log("performance")
    driver.get_log("browser")
    driver.get(url)
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return !!(window.negographQuery && negographQuery.ready)"))


def run_saved_query(driver, name: str) -> list[list[str]]:
    """Click the saved query, run it with the editor's button, return the table's rows."""
    driver.find_element(By.CSS_SELECTOR, f'a.saved[data-name="{name}"]').click()
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(
        "var t = negographQuery.yasgui.getTab(); return t.getName() === arguments[0] && !!t.getYasqe();", name))
    driver.find_element(By.CSS_SELECTOR, ".tabPanel.active .yasqe_queryButton").click()
    cells = ".tabPanel.active .yasr table tbody tr"
    WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, cells))
    rows = []
    for tr in driver.find_elements(By.CSS_SELECTOR, cells):
        # the first cell is the row number; a typed literal shows as "1"^^<...#integer>
        rows.append([re.sub(r'^"(.*)"\^\^<[^>]*>$', r"\1", td.text) for td in tr.find_elements(By.TAG_NAME, "td")][1:])
    return rows


def requested(driver) -> set[str]:
    messages = [json.loads(e["message"])["message"] for e in driver.get_log("performance")]
    return {m["params"]["request"]["url"] for m in messages if m["method"] == "Network.requestWillBeSent"}


def test_a_saved_query_opens_with_its_header_comment_and_runs(driver, served):
    open_query_page(driver, served.urls["query_page"])
    rows = run_saved_query(driver, "conflicts")
    editor = driver.execute_script("return negographQuery.yasgui.getTab().getQuery()")
    assert editor.startswith("# Conflicts within each negotiation: one actor demands or proposes an item that")
    assert [tuple(r) for r in rows] == EXPECTED[("conflicts", ())]


def test_a_saved_query_with_a_parameter_opens_ready_to_run(driver, served):
    open_query_page(driver, served.urls["query_page"])
    rows = run_saved_query(driver, "actor-positions")
    assert 'VALUES ?actor { "putin" }' in driver.execute_script("return negographQuery.yasgui.getTab().getQuery()")
    assert [tuple(r) for r in rows] == EXPECTED[("actor-positions", ("actor=putin",))]


def test_the_query_page_talks_to_this_server_only(driver, served):
    open_query_page(driver, served.urls["query_page"])
    run_saved_query(driver, "counts-per-issue")
    urls = requested(driver)
    assert urls and all(u.startswith(served.base + "/") or u.startswith(("data:", "blob:")) for u in urls), urls
    assert served.urls["endpoint"] in urls  # the query went to the endpoint
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_the_view_links_to_the_query_page(driver, served):
    driver.get(served.urls["view"])
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return !!(window.negograph && negograph.ready)"))
    driver.find_element(By.LINK_TEXT, "SPARQL query").click()
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return !!(window.negographQuery && negographQuery.ready)"))
    assert driver.current_url == served.urls["query_page"]
