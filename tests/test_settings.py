from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.errors import ConfigError
from flashpoint.settings import SETTINGS, Settings, load_settings


def test_defaults_match_declarations() -> None:
    s = Settings()
    for decl in SETTINGS:
        assert getattr(s, decl.name) == decl.default, decl.name


def test_environment_overrides_file_and_flags_override_environment(tmp_path: Path) -> None:
    (tmp_path / "flashpoint.toml").write_text("workers = 3\nbatch_size = 7\n")
    s = load_settings({"batch_size": 9}, environ={"FLASHPOINT_WORKERS": "2"}, cwd=tmp_path)
    assert s.workers == 2
    assert s.batch_size == 9


def test_db_from_environment(tmp_path: Path) -> None:
    s = load_settings(environ={"FLASHPOINT_DB": str(tmp_path / "x.duckdb")}, cwd=tmp_path)
    assert s.db == tmp_path / "x.duckdb"


@pytest.mark.parametrize(
    ("name", "value"), [("workers", "many"), ("batch_size", 0), ("nonsense", 1)]
)
def test_bad_values_are_refused(name: str, value: object, tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_settings({name: value}, environ={}, cwd=tmp_path)


def test_unreadable_config_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.toml"
    bad.write_text("workers = = 2")
    with pytest.raises(ConfigError, match=r"broken\.toml"):
        load_settings(environ={"FLASHPOINT_CONFIG": str(bad)}, cwd=tmp_path)
