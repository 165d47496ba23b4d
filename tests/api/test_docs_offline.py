"""/docs and /redoc: the vendored Swagger UI and ReDoc, checked against the sums recorded when they were taken
from npm, served by the app, under a policy that allows no other host."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

import httpx
import pytest
import yaml

from api.app import create_app
from api.routers.page import STATIC
from core.settings import Settings
from graph import GraphStore, open_store
from tests.api.served import served_client

VENDOR = STATIC / "vendor"
RECORD = yaml.safe_load((VENDOR / "docs-assets.yaml").read_text())


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    store: GraphStore = open_store(Settings(store="embedded", data_dir=tmp_path_factory.mktemp("docs")))
    store.init_schema()
    with served_client(create_app(store=store)) as test_client:
        yield test_client
    store.close()


def test_the_vendored_files_are_the_ones_recorded_with_their_licenses() -> None:
    assert set(RECORD) == {"swagger-ui-dist", "redoc"}
    for package in RECORD.values():
        for name, sha256 in package["files"].items():
            assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == sha256, name
        for license_file in re.findall(r"[\w.-]+\.(?:LICENSE|NOTICE|txt)\b", package["license"]):
            assert (VENDOR / license_file).stat().st_size > 0, license_file


def test_a_patched_vendored_file_is_upstreams_less_the_one_recorded_change() -> None:
    for package in RECORD.values():
        for name, patch in package.get("patched", {}).items():
            patched = (VENDOR / name).read_bytes()
            replaced, by = patch["replaced"].encode(), patch["with"].encode()
            assert patched.count(by) == 1 and replaced not in patched, name
            assert hashlib.sha256(patched.replace(by, replaced)).hexdigest() == patch["upstream"], name
    bundle = (VENDOR / "redoc.standalone.js").read_text()
    assert not re.search(r'src:"https?://', bundle)  # no image from another host, which the policy would block


@pytest.mark.parametrize(("path", "assets"), [("/docs", 3), ("/redoc", 1)])
def test_docs_pages_load_only_this_servers_files(client: httpx.Client, path: str, assets: int) -> None:
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    referenced = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert len(referenced) == assets and all(ref.startswith("/static/") for ref in referenced), referenced
    for ref in referenced:
        asset = client.get(ref)
        assert asset.status_code == 200 and asset.content == (STATIC / ref.removeprefix("/static/")).read_bytes()
    policy = page.headers["content-security-policy"]
    assert "http" not in policy and "cdn" not in policy, policy  # no other host, by name or scheme
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert directives["script-src"] == ["'self'"] and directives["default-src"] == ["'self'"]
    assert client.head(path).status_code == 200
