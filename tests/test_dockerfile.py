"""The image builds from what the Dockerfile copies (every package pyproject.toml installs must be copied), and
docker-compose.yml passes Neo4j's password the way the official image reads it. No Docker engine needed."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parent.parent


def _copied_dirs(dockerfile: str) -> set[str]:
    copied: set[str] = set()
    for line in dockerfile.splitlines():
        parts = line.split()
        if parts[:1] == ["COPY"] and not any(p.startswith("--from") for p in parts):
            copied.update(p.rstrip("/") for p in parts[1:-1])
    return copied


def test_every_installed_package_is_copied_into_the_image() -> None:
    pyproject = tomllib.loads((PROJECT / "pyproject.toml").read_text())
    top_level = {name.split(".")[0] for name in pyproject["tool"]["setuptools"]["packages"]}
    missing = top_level - _copied_dirs((PROJECT / "Dockerfile").read_text())
    assert not missing, f"the Dockerfile does not copy {sorted(missing)}, so `pip install .` in the image fails"


def test_the_image_runs_as_a_user_and_has_a_healthcheck() -> None:
    dockerfile = (PROJECT / "Dockerfile").read_text()
    users = re.findall(r"^USER\s+(\S+)", dockerfile, re.M)
    assert users and users[-1] not in ("root", "0"), "the API must not run as root"
    assert re.search(r"^HEALTHCHECK\s", dockerfile, re.M), "the api service needs a healthcheck"


# Variables the official Neo4j image reads itself; it turns every other NEO4J_* variable into a setting.
NEO4J_IMAGE_CONTROLS = {"NEO4J_AUTH", "NEO4J_ACCEPT_LICENSE_AGREEMENT", "NEO4J_PLUGINS", "NEO4J_DEBUG"}


def _compose() -> dict[str, Any]:
    return yaml.safe_load((PROJECT / "docker-compose.yml").read_text())["services"]


def _variable(value: str) -> str:
    """The compose variable a value is read from: `${NEO4J_PASSWORD:?...}` → NEO4J_PASSWORD."""
    found = re.fullmatch(r"\$\{(\w+)(?:[:?-][^}]*)?\}", value)
    assert found, f"{value!r} is not read from one variable"
    return found.group(1)


def test_compose_gives_neo4j_its_password_the_way_the_image_expects() -> None:
    services = _compose()
    neo4j = services["neo4j"]["environment"]
    user, _, password = neo4j["NEO4J_AUTH"].partition("/")
    assert user == "neo4j" and password, "NEO4J_AUTH is neo4j/<password>"
    for name in services:
        env = services[name].get("environment", {})
        if "NEO4J_PASSWORD" in env and name != "neo4j":
            assert env["NEO4J_USER"] == user, f"{name} logs in as the admin NEO4J_AUTH names"
            assert _variable(env["NEO4J_PASSWORD"]) == _variable(password), f"{name}'s password is NEO4J_AUTH's"
    # neo4j.conf gets a setting for every other NEO4J_* variable (NEO4J_a_b__c is a.b_c): it must name one.
    settings = [key for key in neo4j if key.startswith("NEO4J_") and key not in NEO4J_IMAGE_CONTROLS]
    assert settings and all(re.fullmatch(r"NEO4J_[a-z]+(_[a-z_]+)+", key) for key in settings), settings


def test_the_neo4j_healthcheck_reads_only_what_the_container_has() -> None:
    neo4j = _compose()["neo4j"]
    command = " ".join(neo4j["healthcheck"]["test"][1:])
    used = set(re.findall(r"\$\$\{(\w+)", command))
    assert used and used <= set(neo4j["environment"]), f"the healthcheck reads {used - set(neo4j['environment'])}"
