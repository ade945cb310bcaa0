"""The cache of built tables (stop 58): read back as built, rebuilt when stale or broken."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint import cache


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_built_once_then_read_back(folder: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, tuple[int, ...]]:
        calls.append(1)
        return {"kharkiv": (1, 2), "odesa": (3,)}

    first = cache.cached("towns", build)
    again = cache.cached("towns", build)
    assert again == first == {"kharkiv": (1, 2), "odesa": (3,)}
    assert len(calls) == 1
    assert [p.name for p in folder.iterdir()] == [f"towns-{cache.fingerprint()}.pickle"]


def test_a_broken_file_is_built_again(folder: Path) -> None:
    folder.mkdir()
    (folder / f"towns-{cache.fingerprint()}.pickle").write_bytes(b"not a pickle")
    assert cache.cached("towns", lambda: [4, 5]) == [4, 5]
    assert cache.cached("towns", lambda: [6]) == [4, 5]  # (the rebuilt one was stored)


def test_a_stale_table_is_replaced(folder: Path) -> None:
    folder.mkdir()
    stale = folder / "towns-0000000000000000.pickle"
    stale.write_bytes(b"old")
    other = folder / "gazetteer-0000000000000000.pickle"
    other.write_bytes(b"old")
    assert cache.cached("towns", lambda: "new") == "new"
    assert not stale.exists()
    assert other.exists()  # (only the table's own stale files)


@pytest.mark.parametrize("value", ["off", ""])
def test_the_cache_can_be_turned_off(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.CACHE_ENV, value)
    monkeypatch.chdir(tmp_path)
    calls: list[int] = []
    for _ in range(2):
        cache.cached("towns", lambda: calls.append(1))
    assert len(calls) == 2
    assert cache.cache_dir() is None
    assert list(tmp_path.iterdir()) == []


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "flashpoint"


def test_an_unwritable_folder_still_gives_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert cache.cached("towns", lambda: 7) == 7


def test_the_gazetteer_read_back_is_the_one_built(folder: Path) -> None:
    from flashpoint.gazetteer import _build_gazetteer

    built = cache.cached("gazetteer", _build_gazetteer)
    read = cache.cached("gazetteer", lambda: pytest.fail("not read from the cache"))
    assert read is not built
    assert len(read) == len(built)
    assert read.entries == built.entries
    assert [e.location.name for e in read.lookup("Kharkiv")] == [
        e.location.name for e in built.lookup("Kharkiv")
    ]
    assert read.is_abbreviation("Calif.")
