"""Coders by versioned name: the extension point for new event coders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from flashpoint.errors import ConfigError
from flashpoint.layers.actors import ActorSpan
from flashpoint.records import Mention, TimeExpr


class Coder(Protocol):
    """What the pipeline needs from an event coder."""

    name: str

    @property
    def lexicon_version(self) -> str:
        """Return the version of the data the coder uses."""
        ...

    def code(
        self,
        doc: Any,
        actors: list[ActorSpan],
        *,
        article_id: str,
        published: dt.date | None,
        times: Sequence[TimeExpr] = (),
    ) -> list[Mention]:
        """Return the event mentions found in a parsed document."""
        ...


def _rules_v1() -> Coder:
    from flashpoint.coding.rules import RuleCoder

    return RuleCoder()


CODERS: dict[str, Callable[[], Coder]] = {"flashpoint.rules.v1": _rules_v1}
DEFAULT_CODER = "flashpoint.rules.v1"


def get_coder(name: str = DEFAULT_CODER) -> Coder:
    """Return a new coder by its registered name."""
    try:
        return CODERS[name]()
    except KeyError:
        raise ConfigError(f"unknown coder {name!r}; known: {', '.join(CODERS)}") from None
