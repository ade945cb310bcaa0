"""The Dask engine gives the database a local run gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint.errors import ConfigError
from flashpoint.pipeline import ingest
from flashpoint.settings import Settings, load_settings
from flashpoint.sources.demo import demo_paths
from flashpoint.store import Store

pytestmark = pytest.mark.model

TABLES = (
    "articles",
    "rejections",
    "mentions",
    "events",
    "event_aliases",
    "signatures",
    "story_links",
    "stories",
    "quotes",
)


def _tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    store = Store(db)
    out = {t: store.table_rows(t) for t in TABLES}
    out["rejections"] = [r[:-1] for r in out["rejections"]]  # drop when it was rejected
    return out


def test_dask_engine_stores_what_the_local_engine_stores(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "dask.duckdb"
    settings = Settings(db=db, workers=2, engine="dask")  # batches as the local run
    report = ingest(demo_paths(), settings=settings)
    assert report.articles > 80
    assert _tables(db) == _tables(demo_db)


def test_engine_setting_is_checked() -> None:
    assert load_settings({"engine": "dask"}, environ={}).engine == "dask"
    assert load_settings(environ={"FLASHPOINT_ENGINE": "dask"}).engine == "dask"
    with pytest.raises(ConfigError, match="engine"):
        load_settings({"engine": "spark"}, environ={})
