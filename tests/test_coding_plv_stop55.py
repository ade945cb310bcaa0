"""The rule coder, stop 55: recall and type gaps seen on PLV's tune part, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from conftest import coded_events

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str | None]]:
    return coded_events(text, "2020-09-10")


def _cameos(text: str) -> set[str]:
    from flashpoint.pipeline import annotate

    return {e["cameo"] for e in annotate(text, published="2020-09-10").to_json()["events"]}


def test_peacekeepers_deployed_by_no_one_named_are_their_own_sides_aid() -> None:
    assert _events("About 300 Kenyan peacekeepers were deployed to Haiti on Monday.") == {
        ("AID", "KENMIL", "HTI")
    }
    text = "Some 1,500 Zambian soldiers were deployed as peacekeeping troops in Mozambique."
    assert {e[0] for e in _events(text)} == {"AID"}
    # troops (not peacekeepers) sent are a mobilisation; peacekeepers stationed there are
    # a standing state, no act
    assert _events("Zambian troops were deployed to the Congolese border on Monday.") == {
        ("MOBILIZE", "ZMBMIL", "COD")
    }
    assert _events("Some 12,000 Kenyan peacekeepers are deployed in Haiti.") == set()


def test_reinforcing_a_commitment_mobilises_no_one() -> None:
    text = "Norway has reinforced its commitment to Sudanese refugees with a new grant."
    assert not any(e[0] == "MOBILIZE" for e in _events(text))
    assert _events("Chad reinforced its troops along the Sudanese border on Friday.") == {
        ("MOBILIZE", "TCD", "SDN")
    }
