"""The one settings object, declared once with type, default and help.

Settings are read at the edge (CLI, API) in this order, later winning: the
defaults below, a TOML file (``flashpoint.toml`` in the working directory, or
the file named by ``FLASHPOINT_CONFIG``), ``FLASHPOINT_<NAME>`` environment
variables, then command-line flags. The library only ever receives a
:class:`Settings` value.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flashpoint.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    """The declaration of one setting."""

    name: str
    type: type
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", Path, Path("flashpoint.duckdb"), "DuckDB database file."),
    Setting("workers", int, 1, "Worker processes for NLP (1 = in-process)."),
    Setting("article_timeout", float, 60.0, "Seconds allowed to process one article."),
    Setting("max_bytes", int, 20_000_000, "Largest input file or JSONL line accepted, in bytes."),
    Setting("max_chars", int, 300_000, "Longest clean text processed, in characters."),
    Setting("batch_size", int, 200, "Articles written to the database per transaction."),
    Setting("lock_timeout", float, 30.0, "Seconds to retry when another process holds the db."),
    Setting("languages", str, "en", "Comma-separated ISO 639-1 languages accepted."),
    Setting("engine", str, "local", "Where articles are coded: local (processes) or dask."),
    Setting("scheduler", str, "", "Dask scheduler address; empty: a LocalCluster."),
    Setting(
        "judge",
        str,
        "off",
        "on: drop the events a learned judge doubts (more precision, a little less recall).",
    ),
)
ENGINES = ("local", "dask")
JUDGE = ("off", "on")
_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    """Flashpoint's settings; see ``SETTINGS`` for what each one means."""

    db: Path = Path("flashpoint.duckdb")
    workers: int = 1
    article_timeout: float = 60.0
    max_bytes: int = 20_000_000
    max_chars: int = 300_000
    batch_size: int = 200
    lock_timeout: float = 30.0
    languages: str = "en"
    engine: str = "local"
    scheduler: str = ""
    judge: str = "off"

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ConfigError(f"setting engine: {self.engine!r}; choose {' or '.join(ENGINES)}")
        if self.judge not in JUDGE:
            raise ConfigError(f"setting judge: {self.judge!r}; choose {' or '.join(JUDGE)}")

    @property
    def judged(self) -> bool:
        """Whether coded events pass the learned judge (:mod:`flashpoint.coding.confidence`)."""
        return self.judge == "on"

    @property
    def language_set(self) -> frozenset[str]:
        """Return the accepted languages as a set."""
        return frozenset(x.strip() for x in self.languages.split(",") if x.strip())

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with ``changes`` applied (None values are ignored)."""
        clean = {k: _coerce(k, v) for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **clean)


def _coerce(name: str, value: Any) -> Any:
    if name not in _BY_NAME:
        raise ConfigError(f"unknown setting {name!r}; known: {', '.join(_BY_NAME)}")
    kind = _BY_NAME[name].type
    try:
        out = kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name}: cannot read {value!r} as {kind.__name__}") from exc
    if kind in (int, float) and out <= 0:
        raise ConfigError(f"setting {name}: must be positive, got {value!r}")
    return out


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Settings:
    """Build settings from defaults, the TOML file, the environment and ``overrides``."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    config = env.get("FLASHPOINT_CONFIG")
    path = Path(config) if config else (cwd or Path.cwd()) / "flashpoint.toml"
    if config or path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from exc
        values.update(data.get("flashpoint", data))
    for s in SETTINGS:
        key = f"FLASHPOINT_{s.name.upper()}"
        if key in env:
            values[s.name] = env[key]
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return Settings().replace(**values)
