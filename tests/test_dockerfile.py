"""The image builds from what the Dockerfile copies: every package pyproject.toml installs must be copied."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

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
