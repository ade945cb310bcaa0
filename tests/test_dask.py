"""The Dask engine gives the database a local run gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import stored_tables
from flashpoint.errors import ConfigError
from flashpoint.pipeline import ingest
from flashpoint.settings import Settings, load_settings
from flashpoint.sources.demo import demo_paths

pytestmark = pytest.mark.model


def test_dask_engine_stores_what_the_local_engine_stores(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "dask.duckdb"
    settings = Settings(db=db, workers=2, engine="dask")  # batches as the local run
    report = ingest(demo_paths(), settings=settings)
    assert report.articles > 80
    assert stored_tables(db) == stored_tables(demo_db)


def test_engine_setting_is_checked() -> None:
    assert load_settings({"engine": "dask"}, environ={}).engine == "dask"
    assert load_settings(environ={"FLASHPOINT_ENGINE": "dask"}).engine == "dask"
    with pytest.raises(ConfigError, match="engine"):
        load_settings({"engine": "spark"}, environ={})
