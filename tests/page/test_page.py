"""The journalists' page in real headless Chromium (Debian's), against a real server on loopback."""

from __future__ import annotations

import json
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import ConsoleMessage, Page, expect, sync_playwright

from api.app import create_app
from core.settings import Settings
from graph import open_store
from loaders.load import load_paths
from tests.conftest import PROJECT, SEEDS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = PROJECT / ".artifacts" / "screenshots"  # ignored by git; look at them after a run
DESKTOP = {"width": 1100, "height": 900}
PHONE = {"width": 390, "height": 844}
GAZETTE = {
    "id": "page-test-gazette",
    "title": "Troops stay put, officials say",
    "publisher": "The Page Test Gazette",
    "published": "2024-05-03",
    "url": "https://example.org/troops-stay-put",
    "text": "Troops stay put, officials say\n\n"
    "Turkey has kept about 30,000 soldiers in Northern Cyprus since 1974, officials in Nicosia said on Friday.\n\n"
    "In 2022 the government of Cyprus asked Turkey to withdraw its forces from the island.",
}
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
    # The seeds carry no publisher, date or address: one article of our own words does, to cite.
    gazette = tmp_path_factory.mktemp("gazette") / "gazette.json"
    gazette.write_text(json.dumps(GAZETTE))
    assert load_paths(store, [gazette]).relations == 2
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
        context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
        yield context.new_page()
        browser.close()


@pytest.fixture(params=[DESKTOP, PHONE], ids=["desktop", "phone"])
def screen(request: pytest.FixtureRequest, browser_page: Page) -> tuple[Page, str]:
    """The page on a desktop's screen, then on a phone's; and which it is."""
    browser_page.set_viewport_size(request.param)
    return browser_page, "desktop" if request.param == DESKTOP else "phone"


@pytest.fixture
def desktop(browser_page: Page) -> Page:
    browser_page.set_viewport_size(DESKTOP)
    return browser_page


def _shoot(page: Page, name: str, *, full_page: bool = False) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(shot), full_page=full_page)
    assert shot.stat().st_size > 5_000  # something was drawn


def _no_horizontal_overflow(page: Page) -> None:
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than the screen"


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
    expect(relations.get_by_role("heading", name="supports Transnistria (1)")).to_be_visible()
    expect(relations.get_by_role("heading", name="deployed in Transnistria (1)")).to_be_visible()
    expect(page.locator("#timeline h3")).to_have_text("Timeline")
    expect(page.locator("a[href='https://www.wikidata.org/wiki/Q907112']")).to_be_visible()
    expect(page.locator("#graph svg a[data-entity=russia]").first).to_be_visible()
    _shoot(page, "transnistria-desktop", full_page=True)


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
    page.set_viewport_size(PHONE)
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
    expect(page.get_by_label("Ask a question")).to_be_in_viewport()
    _no_horizontal_overflow(page)
    _shoot(page, "answer-phone")


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
        expect(page.locator("#graph svg text.neighbour").first).to_be_visible()
        page.goto(f"{base_url}/?q=Who asked Russia to leave?")
        expect(page.locator("ol.answers > li.fact")).to_have_count(2)
        page.goto(f"{base_url}/entities/transnistria", wait_until="load")
        expect(page.locator("h1")).to_have_text("Transnistria")
    finally:
        page.remove_listener("console", note)
    assert refused == []


def test_what_is_not_asserted_stands_apart(base_url: str, desktop: Page) -> None:
    page = desktop
    page.goto(f"{base_url}/?q=Did Russia send troops to the Donetsk People's Republic?")
    expect(page.locator("p.summary")).to_have_text("Denied")
    apart = page.get_by_role("region", name="Not asserted: denied, planned, conditional or only claimed")
    expect(apart.locator("li.fact").first).to_contain_text("(denied)")
    expect(page.locator("ol.answers")).to_have_count(0)
    assert "null" not in page.locator("main").inner_text().split()  # a missing part is left out, not printed
    _shoot(page, "not-asserted-desktop", full_page=True)
    page.goto(f"{base_url}/?q=Did Russia withdraw its troops from Transnistria?")
    apart = page.get_by_role("region", name="Short of a stated denial or withdrawal")
    expect(apart.locator("li.fact").first).to_contain_text("Transnistria")


# Each label drawn in the neighbourhood graph, and the graph's own box, as the browser lays them out.
LABEL_BOXES = """() => {
  const box = (node) => { const r = node.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const svg = document.querySelector('#graph svg');
  const labels = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, box: box(t) }));
  return { graph: box(svg), labels };
}"""


def _overlapping(labels: list[dict[str, Any]]) -> list[tuple[str, str]]:
    pairs = []
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            (al, at, ar, ab), (bl, bt, br, bb) = a["box"], b["box"]
            if al < br and bl < ar and at < bb and bt < ab:
                pairs.append((a["text"], b["text"]))
    return pairs


def test_russias_neighbourhood_is_grouped_capped_and_its_labels_apart(base_url: str, screen: tuple[Page, str]) -> None:
    page, name = screen
    page.goto(f"{base_url}/?entity=russia")
    graph = page.locator("#graph svg")
    expect(graph.locator("text.neighbour").first).to_be_visible()
    drawn = page.evaluate(LABEL_BOXES)
    assert len(drawn["labels"]) > 20
    assert _overlapping(drawn["labels"]) == []
    left, top, right, bottom = drawn["graph"]
    outside = [t["text"] for t in drawn["labels"] if t["box"][0] < left or t["box"][2] > right or t["box"][3] > bottom]
    assert outside == [], "labels cut off at the graph's edge"
    assert min(t["box"][3] - t["box"][1] for t in drawn["labels"]) >= 14, "labels too small to read"
    # One group per predicate and direction, at most five neighbours each, the rest counted.
    annexed = graph.locator("g.group[data-group=ANNEXED-out]")
    expect(annexed.locator("a[data-entity]")).to_have_count(5)
    expect(annexed.locator("text.more")).to_have_text("+2 more")  # Crimea, Donetsk, Kherson, Luhansk ... seven
    held = graph.locator("g.group[data-group=HOLDS_POSITION-in]")
    expect(held.locator("a[data-entity=vladimir-putin]")).to_have_text("Vladimir Putin")
    centre = graph.locator("circle.centre").bounding_box()
    assert centre is not None
    for group in graph.locator("g.group").all():
        assert group.locator("a[data-entity]").count() <= 5
        # The arrow points the way the relation goes: from the entity to its objects, from its subjects to it.
        phrase = group.locator("text.predicate")
        box = phrase.bounding_box()
        assert box is not None
        on_the_right = box["x"] > centre["x"]
        outgoing = (group.get_attribute("data-group") or "").endswith("-out")
        rightwards = on_the_right == outgoing
        expect(phrase).to_have_text(re.compile(r"^[a-z ]+ →$" if rightwards else r"^← [a-z ]+$"))
    _no_horizontal_overflow(page)
    _shoot(page, f"entity-{name}")  # before the next shot scrolls to the graph
    page.locator("#neighbourhood").screenshot(path=str(SCREENSHOTS / f"entity-graph-{name}.png"))
    annexed.locator("a.more").click()  # "+2 more" shows all seven under Relations
    listed = page.locator("#rel-annexed-out")
    expect(listed).to_be_in_viewport()
    expect(listed.locator("li.fact")).to_have_count(9)  # two of the seven places twice: asserted and denied
    page.evaluate("window.scrollTo(0, 0)")
    graph.locator("a[data-entity=transnistria]").first.click()
    expect(page.locator("main h2")).to_have_text("Transnistria")


def test_names_not_ids_in_the_details(base_url: str, desktop: Page) -> None:
    page = desktop
    page.goto(f"{base_url}/?q=Who asked Russia to leave?")
    sandu = page.locator("ol.answers > li.fact").filter(has_text="Maia Sandu")
    expect(sandu.locator(".qualifiers")).to_contain_text("Territory: Moldova")
    expect(sandu.locator(".qualifiers")).to_contain_text("Troops: 1,500")
    for view in ("/?q=Who asked Russia to leave?", "/?entity=russia", "/?entity=transnistria"):
        page.goto(f"{base_url}{view}")
        expect(page.locator("main h2")).to_be_visible()
        expect(page.locator("main a[href^='/?entity=']").first).to_be_visible()
        entity = "new URL(a.getAttribute('href'), location).searchParams.get('entity')"
        pairs = f"links => links.map((a) => [{entity}, a.textContent])"
        links = page.eval_on_selector_all("main a[href^='/?entity=']", pairs)
        shown_as_ids = [(entity, text) for entity, text in links if text.strip() == entity]
        assert links and shown_as_ids == [], f"{view} shows ids: {shown_as_ids[:5]}"
        assert "territory: " not in page.locator("main").inner_text()


def test_citations_name_the_publisher_the_date_the_sentence_and_link_the_article(base_url: str, desktop: Page) -> None:
    page = desktop
    page.goto(f"{base_url}/?entity=turkey")
    cited = page.locator("#relations figure.evidence").filter(has_text="30,000 soldiers")
    expect(cited.locator("blockquote")).to_contain_text("Turkey has kept about 30,000 soldiers in Northern Cyprus")
    expect(cited.locator(".publisher")).to_have_text("The Page Test Gazette")
    expect(cited.locator("time.published")).to_have_attribute("datetime", "2024-05-03")
    expect(cited.locator("time.published")).to_have_text("published 3 May 2024")
    expect(cited.locator("a.article")).to_have_attribute("href", "https://example.org/troops-stay-put")
    expect(cited.locator("a.article")).to_have_text("Troops stay put, officials say")
    # A seed article says nothing of its publisher: the citation says so, and links the stored article.
    page.goto(f"{base_url}/?q=Who asked Russia to leave?")
    seed = page.locator("ol.answers figure.evidence").first
    expect(seed.locator(".publisher")).to_have_text("Publisher unknown")
    expect(seed.locator("a.article")).to_have_attribute("href", re.compile(r"^/articles/"))


def test_the_timeline_follows_the_events_dates_not_the_articles(base_url: str, screen: tuple[Page, str]) -> None:
    page, name = screen
    page.goto(f"{base_url}/?entity=turkey")
    events = page.locator("#timeline ol.timeline > li")
    expect(events).to_have_count(2)
    when = [t.get_attribute("datetime") for t in page.locator("#timeline ol.timeline > li > time").all()]
    assert when == ["1974", "2022"]  # the events' years, not the article's 2024-05-03
    expect(events.nth(0)).to_contain_text("Turkey deployed in Northern Cyprus")
    expect(events.nth(1)).to_contain_text("Cyprus requested withdrawal Turkey")
    page.locator("#timeline").screenshot(path=str(SCREENSHOTS / f"timeline-{name}.png"))
    page.goto(f"{base_url}/?entity=russia")
    expect(page.locator("#timeline ol.timeline > li").first).to_be_visible()
    dates = [t.get_attribute("datetime") or "" for t in page.locator("#timeline ol.timeline > li > time").all()]
    assert len(dates) > 10 and dates == sorted(dates)
    _no_horizontal_overflow(page)
    page.locator("#timeline").screenshot(path=str(SCREENSHOTS / f"timeline-russia-{name}.png"))


def test_asking_keeps_the_question_in_view_and_frames_nothing(base_url: str, screen: tuple[Page, str]) -> None:
    page, name = screen
    page.goto(base_url)
    question = page.get_by_label("Ask a question")
    question.fill("Who asked Russia to leave?")
    question.press("Enter")
    answers = page.locator("ol.answers > li.fact")
    expect(answers).to_have_count(2)
    expect(question).to_be_in_viewport()
    assert page.evaluate("window.scrollY") == 0
    assert page.locator("header h1").bounding_box()["y"] < 40, "a blank band above the page's title"  # type: ignore[index]
    frame = "(n) => { const s = getComputedStyle(n); return [s.outlineStyle, s.borderLeftWidth, s.borderRightWidth]; }"
    assert answers.first.evaluate(frame)[1:] == ["0px", "0px"], "answers are boxed"
    # Following a name opens its page at the top; main takes the focus, without a frame.
    answers.first.locator("a[data-entity=russia]").first.click()
    expect(page.locator("main h2")).to_have_text("Russia")
    expect(question).to_be_in_viewport()
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.locator("main").evaluate(frame)[0] == "none", "a frame around the focused answer"
    for text in page.locator("main blockquote, main .source, main .qualifiers").all()[:20]:
        assert float(text.evaluate("(n) => parseFloat(getComputedStyle(n).fontSize)")) >= 13
    _no_horizontal_overflow(page)
    page.goto(f"{base_url}/?q=Who asked Russia to leave?")
    expect(answers).to_have_count(2)
    _shoot(page, f"answer-{name}")
    _shoot(page, f"answer-{name}-full", full_page=True)


def test_a_second_question_is_answered_below_the_first(base_url: str, screen: tuple[Page, str]) -> None:
    page, name = screen
    page.goto(f"{base_url}/?q=Who asked Russia to leave Moldova, and how many troops does it have there?")
    expect(page.locator("main > ol.answers > li.fact")).to_have_count(2)
    then = page.get_by_role("region", name="How many troops does it have there?")
    expect(then.locator("p.hint")).to_have_text("Read as: Russia keeps military forces in Moldova")
    expect(then.locator("p.summary")).to_have_text("1,500 (Russia in Moldova)")
    expect(then.locator("li.fact").first).to_contain_text("Russia deployed in")
    assert "Only the first question" not in page.locator("main").inner_text()
    _no_horizontal_overflow(page)
    _shoot(page, f"follow-up-{name}", full_page=True)
