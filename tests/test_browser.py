"""End to end in a real browser: Debian's headless Chromium, driven by Selenium through
Debian's chromedriver (nothing downloaded), against ``flashpoint serve`` on the demo database.

``scripts/test.sh`` installs ``chromium`` and ``chromium-driver``. Screenshots go to
``$FLASHPOINT_SCREENSHOTS`` (default: the test's temporary folder).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.model, pytest.mark.browser]

CHROMIUM = os.environ.get("FLASHPOINT_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("FLASHPOINT_CHROMEDRIVER", "/usr/bin/chromedriver")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(demo_db: Path) -> Iterator[str]:
    import uvicorn

    from flashpoint.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(demo_db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if os.environ.get("FLASHPOINT_SKIP_BROWSER") == "1":
        pytest.skip("FLASHPOINT_SKIP_BROWSER=1")
    for binary in (CHROMIUM, CHROMEDRIVER):
        assert shutil.which(binary), (
            f"{binary} not found: scripts/test.sh installs Debian's chromium and "
            "chromium-driver (or set FLASHPOINT_SKIP_BROWSER=1)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = os.environ.get("FLASHPOINT_SCREENSHOTS")
    folder = Path(where) if where else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _only_local(browser: Any, server: str) -> None:
    """Assert the page loaded nothing from outside the server (it must work offline)."""
    urls = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    outside = [u for u in urls if not u.startswith(server)]
    assert not outside, outside


def test_overview_to_dyad_to_event_with_highlighted_words(
    server: str, browser: Any, shots: Path
) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    assert browser.title.startswith("Overview")
    dots = browser.find_elements(By.CSS_SELECTOR, "svg.overlay circle.dot")
    assert dots, "the map shows event places"
    map_img = browser.find_element(By.CSS_SELECTOR, ".map img")
    assert browser.execute_script("return arguments[0].naturalWidth", map_img) > 0, (
        "the offline base map loaded"
    )
    _only_local(browser, server)
    browser.save_screenshot(str(shots / "1-overview.png"))

    browser.find_element(By.CSS_SELECTOR, "a.dyad-link[href='/dyads/CHN/IND']").click()
    assert browser.current_url.endswith("/dyads/CHN/IND")
    assert browser.find_elements(By.CSS_SELECTOR, "svg.timeline a.period")
    assert browser.find_elements(By.CSS_SELECTOR, "svg.timeline rect.alert"), "alert shaded"
    _only_local(browser, server)
    browser.save_screenshot(str(shots / "2-dyad.png"))

    # the first CHN-IND event reported by the most articles
    rows = browser.find_elements(By.CSS_SELECTOR, "table.events tr.event-row")
    assert rows

    def reports(row: Any) -> int:
        return int(row.find_elements(By.CSS_SELECTOR, "td.num")[-1].text.split()[0])

    best = max(rows, key=reports)
    best.find_element(By.CSS_SELECTOR, "a.event-link").click()
    assert "/events/ev_" in browser.current_url
    event_id = browser.current_url.rsplit("/", 1)[1]

    import json
    from urllib.request import urlopen

    with urlopen(f"{server}/api/events/{event_id}") as fh:  # the page's JSON twin
        detail = json.load(fh)
    body = browser.find_element(By.TAG_NAME, "body").text
    first = detail["reports"][0]
    marks = browser.find_elements(By.CSS_SELECTOR, "article.report details[open] mark.hl")
    marked = {
        f: [m.text for m in marks if f in m.get_attribute("data-field").split()]
        for f in (
            "trigger",
            "source",
        )
    }
    for h in first["highlights"]:
        assert h["text"] in body
        if h["field"] in marked:
            assert any(h["text"] in t or t in h["text"] for t in marked[h["field"]]), h
    assert marked["trigger"], "the trigger word is highlighted"
    colour = browser.execute_script(
        "return getComputedStyle(arguments[0]).backgroundColor",
        browser.find_element(By.CSS_SELECTOR, "mark.hl-trigger"),
    )
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), "highlights are visible"
    _only_local(browser, server)
    browser.save_screenshot(str(shots / "3-event.png"))
