"""Title abbreviations the model's tokenizer does not know keep their sentence whole."""

from __future__ import annotations

import pytest

from flashpoint.nlp import load_nlp
from flashpoint.pipeline import annotate

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The army's spokesman, Brig. Gen. Samuel Okoro, said troops had killed 12 militants.",
        "The talks in Geneva were led by Amb. Rita Odera and a Swiss envoy on Monday.",
        "Police chief Supt. Joseph Mwangi said officers had arrested four suspects at the post.",
        "Supt. Joseph Mwangi said officers had arrested four suspects at the border post.",
    ],
)
def test_a_title_abbreviation_does_not_end_the_sentence(text: str) -> None:
    assert len(list(load_nlp()(text).sents)) == 1


def test_a_lower_case_word_with_a_period_still_ends_it() -> None:
    assert len(list(load_nlp()("The sailor was held in the ship's brig. It was empty.").sents)) == 2


def test_the_speaker_after_a_quote_keeps_his_title_and_side() -> None:
    text = (
        'KAMPALA, March 3 — "We will not allow the rebels to return," Brig. Felix Kulayigye, '
        "the Ugandan army spokesman, said on Tuesday."
    )
    out = annotate(text, published="2026-03-03").to_json()
    assert [q["speaker"]["code"] for q in out["quotes"] if q["speaker"]] == ["UGAMIL"]
    assert [(e["plover"], e["source"]["code"]) for e in out["events"]] == [("THREATEN", "UGAMIL")]
