"""The country-and-region name table fusion uses: the gazetteer's answers, without its
towns."""

from __future__ import annotations

import pytest

from flashpoint import fusion
from flashpoint.gazetteer import load_gazetteer, names_country_or_region

NAMES = [
    "Qatar", "Côte d'Ivoire", "Ivory Coast", "Red Sea", "Middle East", "Africa", "Sahel",
    "Greenland", "Kherson", "Ladakh", "Galwan Valley", "Calif.", "Ga.", "Georgia", "Springfield",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_the_table_answers_as_the_gazetteer_does(name: str) -> None:
    full = any(
        str(e.location.precision) in ("country", "region") for e in load_gazetteer().lookup(name)
    )
    assert names_country_or_region(name) == full


def test_fusion_asks_without_loading_the_towns() -> None:
    load_gazetteer.cache_clear()
    assert fusion._names_country("Qatar") and not fusion._names_country("Kherson")
    assert load_gazetteer.cache_info().currsize == 0
