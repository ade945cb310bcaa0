"""Fusion, stop 58: a protest whose target only the word "protested" implies."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint import annotate
from flashpoint.store import Store

pytestmark = pytest.mark.model

_UNNAMED = (
    "BASRA, May 8 (Wire) - Several hundred Iraqis protested at the port of Umm Qasr on "
    "Thursday against the maritime deal signed with Kuwait this week. Police watched but "
    "did not intervene, witnesses said."
)
_NAMED = (
    "Protesters in Umm Qasr burned Kuwaiti flags on Thursday and chanted against the border "
    "deal, witnesses said."
)
_GOVERNMENT = (
    "BASRA, May 8 (Wire) - Several hundred Iraqis protested against the government outside "
    "the governor's office in Basra on Thursday over power cuts."
)


def _groups(tmp_path: Path, texts: tuple[str, ...]) -> list[list[int]]:
    """Store one report per text; return which texts each stored event holds."""
    anns = [annotate(t, published="2025-05-09") for t in texts]
    index = {a.article.id: k for k, a in enumerate(anns) if a.article is not None}
    assert len(index) == len(texts)
    store = Store(tmp_path / "f.duckdb")
    store.write_batch(anns)
    return sorted(sorted(index[m.article_id] for m in e.mentions) for e in store.events())


def test_a_protest_at_no_one_named_joins_the_report_naming_its_target(tmp_path: Path) -> None:
    """The coder takes protesters who name no one to protest against their own government
    (IRQOPP>IRQGOV): a guess that must not keep the report apart from the one saying the
    protest was against Kuwait."""
    (m,) = [m for m in annotate(_UNNAMED, published="2025-05-09").mentions]
    assert m.target is not None and m.target.code == "IRQGOV"
    assert _groups(tmp_path, (_UNNAMED, _NAMED)) == [[0, 1]]


def test_a_protest_named_as_against_the_government_stays_apart(tmp_path: Path) -> None:
    assert _groups(tmp_path, (_GOVERNMENT, _NAMED)) == [[0], [1]]
