"""Flashpoint's exceptions.

An article that cannot be used is not an exception: it becomes a
:class:`flashpoint.records.Rejection`. Exceptions are for the caller's mistakes
and for the environment failing::

    FlashpointError
    ├── ConfigError          a setting has a bad value or the config file is unreadable
    ├── LexiconError         a bundled or user data file is malformed
    ├── ModelError           the spaCy English model is not installed or will not load
    ├── StoreError           the DuckDB database cannot be used
    │   ├── DatabaseMissing  no database at the path (nothing ingested yet)
    │   └── DatabaseBusy     another process holds the write lock for too long
    └── QueryError           a filter has a bad value (unknown PLOVER type, bad date)
"""

from __future__ import annotations


class FlashpointError(Exception):
    """Base class of every error Flashpoint raises on purpose."""


class ConfigError(FlashpointError):
    """A setting has a bad value or the config file cannot be read."""


class LexiconError(FlashpointError):
    """A lexicon or table data file is malformed."""


class ModelError(FlashpointError):
    """The spaCy English model is not installed or will not load."""


class StoreError(FlashpointError):
    """The DuckDB database cannot be opened or written."""


class DatabaseMissing(StoreError):
    """No database exists at the path: nothing has been ingested there yet."""


class DatabaseBusy(StoreError):
    """Another process held the database lock for longer than the retry budget."""


class QueryError(FlashpointError):
    """A query filter has a bad value."""


class ArticleTimeout(FlashpointError):
    """Processing one article took longer than ``settings.article_timeout``.

    Raised inside the pipeline and turned into a rejection; callers never see it.
    """
