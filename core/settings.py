"""Settings from the environment (KG_* and NEO4J_*), through pydantic-settings."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict, SettingsError

from core.errors import BadInput


def _default_data_dir() -> Path:
    """Per-user data directory, following XDG."""
    import os

    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kg"


DEFAULT_BASE_IRI = "http://127.0.0.1:8000/"


class Settings(BaseSettings):
    """Everything configurable. The store is the embedded one unless KG_STORE=neo4j."""

    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore")

    store: Literal["embedded", "neo4j"] = "embedded"
    embedded_buffer_mb: int = Field(
        0, ge=0, description="embedded store's buffer pool in MiB; 0: the library's default"
    )
    base_iri: str = Field(DEFAULT_BASE_IRI, description="IRIs of entities, facts and the vocabulary start here")
    data_dir: Path = Field(default_factory=_default_data_dir)

    neo4j_uri: str = Field("bolt://localhost:7687", validation_alias=AliasChoices("NEO4J_URI"))
    neo4j_user: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_USER"))
    neo4j_password: SecretStr = Field(SecretStr(""), validation_alias=AliasChoices("NEO4J_PASSWORD"))
    neo4j_database: str = Field("neo4j", validation_alias=AliasChoices("NEO4J_DATABASE"))
    neo4j_read_user: str = Field(
        "", validation_alias=AliasChoices("NEO4J_READ_USER"), description="the user /cypher reads as; '': NEO4J_USER"
    )
    neo4j_read_password: SecretStr = Field(SecretStr(""), validation_alias=AliasChoices("NEO4J_READ_PASSWORD"))
    neo4j_retry_s: float = Field(
        0.5, ge=0, description="how long transient Bolt errors are retried, with backoff (API requests)"
    )
    neo4j_load_retry_s: float = Field(30.0, ge=0, description="the same for `kg load`, which can wait out a restart")
    neo4j_admin: str = Field(
        "neo4j-admin", description="the neo4j-admin command line `kg bulk-import` runs (split as a shell would)"
    )
    write_batch: int = Field(
        0, ge=0, description="rows per write statement; 0: the store's default (1,000 on Neo4j, 5,000 embedded)"
    )

    # NoDecode: the environment's text reaches the validator below as it is, not parsed as JSON first.
    api_keys: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="keys allowed to write, comma-separated or a JSON list; none: writes off"
    )
    max_body_bytes: int = Field(2_000_000, gt=0, description="largest request body the API accepts")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="origins allowed by CORS, comma-separated or a JSON list; none: CORS off"
    )

    cypher_timeout_s: float = Field(5.0, gt=0, description="time limit of a POST /cypher query")
    query_timeout_s: float = Field(
        30.0, gt=0, description="time limit of each named query (queries/*.cypher) the API and `kg ask` run"
    )
    cypher_max_rows: int = Field(1000, gt=0, description="rows a POST /cypher answer holds at most")
    sparql_timeout_s: float = Field(10.0, gt=0, description="time limit of a /sparql query; past it, it is stopped")
    sparql_max_results: int = Field(10_000, gt=0, description="solutions or triples a /sparql answer holds at most")

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        """KG_API_KEYS=a,b as well as KG_API_KEYS='["a", "b"]'."""
        if not isinstance(value, str):
            return value
        if value.lstrip().startswith("["):
            return json.loads(value)
        return [part.strip() for part in value.split(",") if part.strip()]

    @field_validator("base_iri")
    @classmethod
    def _ends_with_slash(cls, value: str) -> str:
        return value if value.endswith("/") else value + "/"

    @property
    def embedded_path(self) -> Path:
        return self.data_dir / "graph.lbug"


@cache
def get_settings() -> Settings:
    """The settings from the environment; a bad value is a BadInput naming its variable."""
    try:
        return Settings()
    except ValidationError as exc:
        reasons = "; ".join(f"{_variable(str(e['loc'][0]))}: {e['msg']}" for e in exc.errors())
        raise BadInput(f"bad setting: {reasons}") from None
    except SettingsError as exc:
        raise BadInput(f"bad setting: {exc}") from None


def _variable(field: str) -> str:
    """The environment variable a field is read from (NEO4J_URI is its own alias)."""
    return field if field.isupper() else Settings.model_config["env_prefix"] + field.upper()
