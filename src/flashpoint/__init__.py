"""Flashpoint: turn news into political event data, traced to the words.

The Python API::

    import flashpoint
    ann = flashpoint.annotate("Chinese troops clashed with Indian soldiers.",
                              published="2020-06-16")
    db = flashpoint.open("flashpoint.duckdb")
    db.events(dyad=("CHN", "IND"))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flashpoint.records import CONTRACT_VERSION

__version__ = "0.1.0"
__all__ = ["CONTRACT_VERSION", "__version__", "annotate", "open"]

if TYPE_CHECKING:
    from flashpoint.database import Database
    from flashpoint.records import Annotation


def annotate(text: str | None = None, **kwargs: Any) -> Annotation:
    """Return every layer Flashpoint finds in one text; see :func:`flashpoint.pipeline.annotate`."""
    from flashpoint.pipeline import annotate as _annotate

    return _annotate(text, **kwargs)


def open(path: str = "flashpoint.duckdb", **kwargs: Any) -> Database:
    """Open a Flashpoint database for reading; see :class:`flashpoint.database.Database`."""
    from flashpoint.database import open_database

    return open_database(path, **kwargs)
