"""/docs and /redoc in real headless Chromium (Debian's), with every request to another host blocked."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
import uvicorn
from playwright.sync_api import ConsoleMessage, Route, expect, sync_playwright

from api.app import create_app
from core.settings import Settings
from graph import open_store
from tests.page.test_page import CHROMIUM, FLAGS


def page_api(base_url: str) -> dict[str, dict[str, object]]:
    """The operations the OpenAPI document declares, by path."""
    return httpx.get(f"{base_url}/openapi.json").json()["paths"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = open_store(Settings(store="embedded", data_dir=tmp_path_factory.mktemp("docs-page")))
    store.init_schema()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
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


# ReDoc's menu logo hides itself when it fails to load (as it did from Redocly's CDN, blocked by the policy);
# the vendored bundle's is inline now (static/vendor/docs-assets.yaml), so it stays.
REDOC_LOGO = "img[alt='redocly logo']"
# Where each page puts one operation: Swagger UI's block, ReDoc's section.
OPERATION = {"/docs": ".opblock", "/redoc": "div[id^='operation/']"}


@pytest.mark.parametrize("path", list(OPERATION))
def test_docs_render_the_operations_offline(base_url: str, path: str) -> None:
    own_host = urlsplit(base_url).netloc
    elsewhere: list[str] = []
    problems: list[str] = []

    def only_this_server(route: Route) -> None:
        if urlsplit(route.request.url).netloc == own_host:
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    def record(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(message.text)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_context().new_page()
            page.route("**/*", only_this_server)
            page.on("console", record)
            page.goto(f"{base_url}{path}")
            operations = page.locator(OPERATION[path])
            expect(operations.first).to_be_visible(timeout=30_000)
            expect(page.get_by_text("/facts/{fact_id}", exact=True).first).to_be_attached()
            assert operations.count() == len([op for ops in page_api(base_url).values() for op in ops]), path
            if path == "/redoc":
                expect(page.locator(REDOC_LOGO)).to_be_attached()
        finally:
            browser.close()
    assert elsewhere == [], elsewhere
    assert problems == [], problems  # a Content-Security-Policy violation is reported here
