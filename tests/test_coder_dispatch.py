"""The coder tries on a verb only the constructions that can fire on its lemma."""

from __future__ import annotations

import pytest

from conftest import coded_events
from flashpoint.coding import rules


def test_the_constructions_for_a_lemma_keep_their_order_and_skip_only_gated_ones() -> None:
    gates = rules._construction_lemmas()
    assert set(gates) <= set(rules._CONSTRUCTIONS)
    for lemma in ("say", "arrive", "hold", "be", "zzz"):
        chosen = rules._constructions_for(lemma)
        assert list(chosen) == [c for c in rules._CONSTRUCTIONS if c in chosen]
        skipped = [c for c in rules._CONSTRUCTIONS if c not in chosen]
        assert all(c in gates and lemma not in gates[c] for c in skipped)


def test_a_verb_gets_the_constructions_of_its_lemma() -> None:
    said = rules._constructions_for("say")
    assert rules._obligation in said and rules._said_failed in said
    assert rules._came_under not in said and rules._arrived not in said
    assert rules._arrived in rules._constructions_for("arrive")
    # (a construction that reads more than the lemma is tried on every verb)
    ungated = [c for c in rules._CONSTRUCTIONS if c not in rules._construction_lemmas()]
    assert ungated and all(c in rules._constructions_for("zzz") for c in ungated)


STORY = (
    "ISLAMABAD, May 6 — Pakistan said on Tuesday its troops had come under fire from across "
    "the border and vowed that the attack would not go unanswered. Officials said the "
    "soldiers were on high alert.\n\n"
    "Afghanistan's foreign ministry said it was open to talks and ready to help resolve the "
    "dispute. Qatar offered to mediate, and a Qatari delegation arrived in Kabul on "
    "Wednesday.\n\n"
    "Police in Peshawar said protesters gathered outside the Afghan consulate, and doctors "
    "went on strike over unpaid wages. The government declared an Afghan diplomat persona "
    "non grata and told him to leave within 48 hours."
)


@pytest.mark.model
def test_dispatch_codes_the_same_events_as_trying_every_construction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dispatched = coded_events(STORY, "2026-05-06")
    monkeypatch.setattr(rules, "_constructions_for", lambda lemma: rules._CONSTRUCTIONS)
    assert coded_events(STORY, "2026-05-06") == dispatched
    assert len(dispatched) >= 4
