"""Actor rows and undated role choice found wrong by the stop-59 PLV round, on sentences of
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import kept_actors

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "day", "actor", "code"),
    [
        # Cold War leaders: an undated "President Reagan" near "Moscow" is no Russian official
        (
            "President Reagan said on Friday that he would fly to Moscow next month.",
            None,
            "President Reagan",
            "USAGOV",
        ),
        (
            "Prime Minister Margaret Thatcher met President Francois Mitterrand in Paris.",
            dt.date(1986, 1, 20),
            "President Francois Mitterrand",
            "FRAGOV",
        ),
        (
            "Soviet leader Mikhail Gorbachev arrived in Reykjavik on Friday.",
            dt.date(1986, 10, 10),
            "Soviet leader Mikhail Gorbachev",
            "RUSGOV",
        ),
        # no date: the role whose organisation or country the sentence names
        (
            "NATO Secretary General Jens Stoltenberg telephoned the Turkish president.",
            None,
            "NATO Secretary General Jens Stoltenberg",
            "IGONAT",
        ),
        (
            "Jens Stoltenberg, the Norwegian finance minister, presented the budget in Oslo.",
            None,
            "Jens Stoltenberg",
            "NORGOV",
        ),
        # (negative) nothing named: the latest role, as before
        ("Jens Stoltenberg presented the budget on Tuesday.", None, "Jens Stoltenberg", "NORGOV"),
        # (negative) a date decides, whatever the sentence names
        (
            "Jens Stoltenberg visited NATO headquarters on Tuesday.",
            dt.date(2025, 6, 3),
            "Jens Stoltenberg",
            "NORGOV",
        ),
    ],
)
def test_rows_stop59(text: str, day: dt.date | None, actor: str, code: str) -> None:
    assert (actor, code) in kept_actors(text, day)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "day", "actor", "code"),
    [
        # no date: "militants" are the group in its armed years, not its later government
        (
            "Kabul police said Taliban militants had stormed a checkpoint in Kunduz province.",
            None,
            "Taliban militants",
            "AFGREB",
        ),
        # (negative) a date decides: after the fall of Kabul the Taliban govern
        (
            "Taliban militants stormed a checkpoint in Kunduz province.",
            dt.date(2023, 5, 2),
            "Taliban militants",
            "AFGGOV",
        ),
        # (negative) with no armed-group noun, the latest row stands, as before
        (
            "A Taliban spokesman said the talks would resume.",
            None,
            "Taliban spokesman",
            "AFGGOV",
        ),
    ],
)
def test_undated_militants_stop59(text: str, day: dt.date | None, actor: str, code: str) -> None:
    assert (actor, code) in kept_actors(text, day)  # type: ignore[arg-type]
