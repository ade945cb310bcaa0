"""Fusion, stop 56: a harm done to people the sentence names by no country."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashpoint import annotate
from flashpoint.store import Store

pytestmark = pytest.mark.model

_HUNGARIAN = (
    "KYIV, May 5 (Wire) - Ukraine's SBU security service said it had detained a Hungarian "
    "citizen on Sunday in Uzhhorod on suspicion of spying for Budapest."
)
_UNNAMED = (
    "UZHHOROD, May 5 (Wire) - Ukrainian security officers detained a 52-year-old man on "
    "Sunday in Uzhhorod on spying charges, the SBU said."
)
_ROMANIAN = (
    "KYIV, May 5 (Wire) - Ukraine's SBU security service said it had detained a Romanian "
    "citizen on Sunday in Uzhhorod on suspicion of smuggling."
)


def _groups(tmp_path: Path, texts: tuple[str, ...]) -> list[list[int]]:
    """Store one report per text; return which texts each stored event holds."""
    anns = [annotate(t, published="2025-05-05") for t in texts]
    index = {a.article.id: k for k, a in enumerate(anns)}
    store = Store(tmp_path / "f.duckdb")
    store.write_batch(anns)
    return sorted(sorted(index[m.article_id] for m in e.mentions) for e in store.events())


def test_a_detainee_named_by_no_country_joins_the_report_that_names_his(
    tmp_path: Path,
) -> None:
    """The coder gives "a 52-year-old man" the detaining country (UKR>UKR): a guess that
    must not keep the report apart from the one saying he is Hungarian."""
    target = annotate(_UNNAMED, published="2025-05-05").mentions[0].target
    assert target is not None and (target.country, target.sector) == ("UKR", "CVL")
    assert _groups(tmp_path, (_HUNGARIAN, _UNNAMED)) == [[0, 1]]


def test_reports_naming_two_countries_detainees_stay_two_detentions(tmp_path: Path) -> None:
    assert _groups(tmp_path, (_HUNGARIAN, _ROMANIAN)) == [[0], [1]]


_NAMED_VICTIMS = (
    "NAIROBI, May 5 (Wire) - Kenyan police shot dead two Somali traders on Thursday near "
    "the border in Mandera county, officials said."
)
_AT_A_PLACE = (
    "MANDERA: Three traders have now died after Kenyan police opened fire on the Mandera "
    "border on Thursday."
)


def test_forces_acting_on_their_own_country_by_a_place_name_join_the_named_victims(
    tmp_path: Path,
) -> None:
    """Stop 57 (fusion.v8): the coder reads "the Mandera border" as the target, Kenya, of
    Kenyan police (KENCOP>KEN): a guess that must not keep the report apart."""
    target = annotate(_AT_A_PLACE, published="2025-05-09").mentions[0].target
    assert target is not None and (target.country, target.sector) == ("KEN", None)
    assert _groups(tmp_path, (_NAMED_VICTIMS, _AT_A_PLACE)) == [[0, 1]]
