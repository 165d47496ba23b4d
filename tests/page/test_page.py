"""The journalists' page in real headless Chromium (Debian's), against a real server on loopback."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import ConsoleMessage, Page, expect, sync_playwright

from api.app import create_app
from core.settings import Settings
from graph import open_store
from loaders.load import load_paths
from tests.conftest import PROJECT, SEEDS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = PROJECT / "test-artifacts"
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = open_store(Settings(store="embedded", data_dir=tmp_path_factory.mktemp("page")))
    store.init_schema()
    assert load_paths(store, [SEEDS]).articles == 5
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser_page() -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(viewport={"width": 1100, "height": 900}, accept_downloads=True)
        yield context.new_page()
        browser.close()


def test_ask_read_the_cited_answer_and_follow_to_transnistria(base_url: str, browser_page: Page) -> None:
    page = browser_page
    page.goto(f"{base_url}/?q=Who asked Russia to leave?")
    answers = page.locator("ol.answers > li.fact")
    expect(answers).to_have_count(2)
    sandu = answers.filter(has_text="Maia Sandu")
    expect(sandu.locator("blockquote")).to_contain_text("1,500 troops")
    expect(sandu.locator("blockquote mark").first).to_be_visible()
    expect(sandu.locator(".source a")).to_have_text("Russia Only Sends Troops Where Invited? Not a Chance.")
    expect(answers.filter(has_text="UN resolution (2018)")).to_have_count(1)

    with page.expect_download() as download:
        page.get_by_role("button", name="Export CSV").click()
    csv_path = Path(download.value.path())
    assert "Maia Sandu,REQUESTED_WITHDRAWAL,Russia" in csv_path.read_text().replace('"', "")

    page.locator("li.fact a[data-entity=russia]").first.click()
    expect(page.locator("main h2")).to_have_text("Russia")
    page.locator("#relations a[data-entity=transnistria]").first.click()
    expect(page.locator("main h2")).to_have_text("Transnistria")
    relations = page.locator("#relations")
    expect(relations.get_by_role("heading", name="supports (1)")).to_be_visible()
    expect(relations.get_by_role("heading", name="deployed in (1)")).to_be_visible()
    expect(page.locator("#timeline h3")).to_have_text("Timeline")
    expect(page.locator("a[href='https://www.wikidata.org/wiki/Q907112']")).to_be_visible()
    expect(page.locator("#graph canvas").first).to_be_attached()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "transnistria.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_fact_check_verdict_badge(base_url: str, browser_page: Page) -> None:
    browser_page.goto(f"{base_url}/?q=What did Lavrov claim?")
    expect(browser_page.locator(".badge.false")).to_have_text("False")


def test_a_question_it_cannot_read_lists_close_ones(base_url: str, browser_page: Page) -> None:
    browser_page.goto(f"{base_url}/?q=What is the weather like in Chisinau?")
    expect(browser_page.get_by_role("alert")).to_contain_text("I recognised Moldova")
    expect(browser_page.get_by_role("alert")).not_to_contain_text("route")
    expect(browser_page.get_by_role("link", name="Who occupies Moldova?")).to_be_visible()


def test_keyboard_and_phone_width(base_url: str, browser_page: Page) -> None:
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base_url)
    expect(page.get_by_label("Ask a question")).to_be_visible()
    order = []
    for _ in range(3):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    assert order == ["Skip to the answer", "Actors, territories and deployments", "question"]
    page.keyboard.type("Who condemned Russia?")
    page.keyboard.press("Enter")
    first = page.locator("ol.answers > li.fact").first
    expect(first).to_be_visible()
    expect(first.locator(".qualifiers a").first).to_have_attribute("href", "/?entity=ukraine")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "phone.png"))


def test_the_page_works_under_its_content_security_policy(base_url: str, browser_page: Page) -> None:
    page = browser_page
    refused: list[str] = []

    def note(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            refused.append(message.text)

    page.on("console", note)
    try:
        response = page.goto(f"{base_url}/?entity=transnistria")
        assert response is not None and "frame-ancestors 'none'" in response.headers["content-security-policy"]
        expect(page.locator("main h2")).to_have_text("Transnistria")
        expect(page.locator("#graph canvas").first).to_be_attached()
        page.goto(f"{base_url}/?q=Who asked Russia to leave?")
        expect(page.locator("ol.answers > li.fact")).to_have_count(2)
        page.goto(f"{base_url}/entities/transnistria", wait_until="load")
        expect(page.locator("h1")).to_have_text("Transnistria")
    finally:
        page.remove_listener("console", note)
    assert refused == []



def test_what_is_not_asserted_stands_apart(base_url: str, browser_page: Page) -> None:
    page = browser_page
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(f"{base_url}/?q=Did Russia send troops to the Donetsk People's Republic?")
    expect(page.locator("p.summary")).to_have_text("Denied")
    apart = page.get_by_role("region", name="Not asserted: denied, planned, conditional or only claimed")
    expect(apart.locator("li.fact").first).to_contain_text("(denied)")
    expect(page.locator("ol.answers")).to_have_count(0)
    assert "null" not in page.locator("main").inner_text().split()  # a missing part is left out, not printed
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "not-asserted.png"), full_page=True)
