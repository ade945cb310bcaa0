"""Consistency of the data files an analyst may edit: codes exist, no duplicates."""

from __future__ import annotations

import re

import pytest

from flashpoint import ontology
from flashpoint.coding.lexicon import load_event_lexicon
from flashpoint.layers.actors import SECTORS
from flashpoint.layers.tables import read_tsv, split
from flashpoint.records import Plover

CODE = re.compile(
    r"^(?:[A-Z]{3}(?:GOV|MIL|COP|SPY|JUD|LEG|PTY|OPP|REB|MED|BUS|CVL|REF|NGO)?"
    r"|IGO[A-Z]{3}|NGO[A-Z]{3}|GOV|MIL|COP|SPY|JUD|LEG|PTY|OPP|REB|MED|BUS|CVL"
    r"|REF|NGO)$"
)


def test_cameo_table_has_every_code_with_scores() -> None:
    table = ontology.cameo_table()
    assert len(table) == 312
    assert table["193"].goldstein == -10.0 and table["193"].quad_class == 4
    assert table["036"].plover is Plover.AGREE and table["036"].quad_class == 1
    assert table["0256"].plover is Plover.REQUEST  # appeals are REQUEST
    assert table["163"].plover is Plover.SANCTION  # override of the 2021 table
    assert table["010"].plover is None  # plain statements are not events
    assert table["1213"].goldstein == table["121"].goldstein  # missing in GDELT: parent's


@pytest.mark.parametrize(
    ("code", "quad"),
    [
        ("036", 1),
        ("057", 1),
        ("061", 2),
        ("084", 2),
        ("112", 3),
        ("138", 3),
        ("141", 4),
        ("195", 4),
    ],
)
def test_quad_classes(code: str, quad: int) -> None:
    assert ontology.quad_class(code) == quad


def test_event_lexicon_loads_and_reaches_every_plover_type() -> None:
    lex = load_event_lexicon()
    reached = {t.plover for rows in lex.by_lemma.values() for t in rows}
    assert reached == set(Plover)
    for rows in lex.by_lemma.values():
        for t in rows:
            assert t.cameo in ontology.cameo_table()
            assert not t.cameo.startswith("01")
    assert re.fullmatch(r"[0-9a-f]{12}", lex.version)


def test_plover_overrides_name_real_codes_and_types() -> None:
    for row in read_tsv("lexicon", "plover_overrides.tsv", required=("cameo", "plover")):
        assert row["cameo"] in ontology.cameo_table()
        assert row["plover"] in Plover.__members__


def test_countries_are_unique_iso3_and_strings_are_unambiguous() -> None:
    rows = read_tsv("actors", "countries.tsv")
    codes = [r["iso3"] for r in rows]
    assert len(codes) == len(set(codes)) >= 195
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    owner: dict[str, str] = {}
    for r in rows:
        for col in ("name", "aliases", "adjectives", "capitals", "seats"):
            for text in split(r[col]):
                assert owner.setdefault(text, r["iso3"]) == r["iso3"], text
    for key in ("China", "Indian", "Kremlin", "New Delhi", "Beijing", "White House"):
        assert key in owner


def test_sectors_and_codes_are_well_formed() -> None:
    for row in read_tsv("actors", "sectors.tsv", required=("phrase", "sector")):
        assert row["sector"] in SECTORS, row
        assert row["phrase"] == row["phrase"].lower()
    for row in read_tsv("actors", "igos.tsv", required=("code", "name")):
        assert re.fullmatch(r"IGO[A-Z]{3}", row["code"]), row
    for row in read_tsv("actors", "named.tsv", required=("name", "code")):
        assert CODE.match(row["code"]), row


def test_intent_table_maps_to_agree_or_threaten() -> None:
    from flashpoint.coding.lexicon import load_intents

    table = ontology.cameo_table()
    for key, code in load_intents().items():
        assert key in table, key
        assert table[code].plover in (Plover.AGREE, Plover.THREATEN), (key, code)


def test_resolve_table_loads_with_threaten_codes() -> None:
    from flashpoint.coding.lexicon import load_resolve
    from flashpoint.layers.tables import read_tsv as rows

    table = load_resolve()
    assert len(table) == len(list(rows("lexicon", "resolve.tsv")))
    for lemma, row in table.items():
        assert lemma == lemma.lower() and " " not in lemma, lemma
        assert ontology.cameo_table()[row.cameo].plover is Plover.THREATEN, lemma


def test_misdeeds_table_loads_with_accuse_codes() -> None:
    from flashpoint.coding.lexicon import load_misdeeds
    from flashpoint.layers.tables import read_tsv as rows

    table = load_misdeeds()
    assert len(table) == len(list(rows("lexicon", "misdeeds.tsv")))
    for lemma, row in table.items():
        assert lemma == lemma.lower() and " " not in lemma, lemma
        assert ontology.cameo_table()[row.cameo].plover is Plover.ACCUSE, lemma


def test_people_have_well_formed_codes_and_no_overlapping_periods() -> None:
    import datetime as dt

    periods: dict[str, list[tuple[dt.date, dt.date]]] = {}
    owner: dict[str, str] = {}
    for row in read_tsv("actors", "people.tsv", required=("name", "aliases", "code")):
        assert CODE.match(row["code"]), row
        start = dt.date.fromisoformat(row["valid_from"]) if row["valid_from"] else dt.date.min
        end = dt.date.fromisoformat(row["valid_until"]) if row["valid_until"] else dt.date.max
        assert start < end, row
        for other in periods.setdefault(row["name"], []):
            assert end <= other[0] or other[1] <= start, row["name"]
        periods[row["name"]].append((start, end))
        for alias in [row["name"], *split(row["aliases"])]:
            assert owner.setdefault(alias, row["name"]) == row["name"], alias


def test_quote_cues_are_well_formed() -> None:
    rows = read_tsv("quotes", "cues.tsv", required=("lemma", "kind", "objects", "preps"))
    lemmas = [r["lemma"] for r in rows]
    assert len(lemmas) == len(set(lemmas)), "a lemma is listed twice"
    for r in rows:
        assert r["lemma"] == r["lemma"].lower() and " " not in r["lemma"], r
        assert r["kind"] in ("speech", "view", "act"), r
        assert r["objects"] in ("yes", "no"), r
        assert all(p.isalpha() and p.islower() for p in split(r["preps"])), r
    assert {"say", "tell", "according"} - set(lemmas) == {"according"}  # "according to" is a rule


def test_casualty_care_words_have_known_kinds_and_no_duplicates() -> None:
    rows = read_tsv("casualties", "care.tsv", required=("word", "kind"))
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words))
    assert {r["kind"] for r in rows} == {"place", "state", "grave", "reason"}


def test_casualty_scope_words_have_known_kinds_and_no_duplicates() -> None:
    rows = read_tsv("casualties", "scopes.tsv", required=("word", "kind"))
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words))
    assert {r["kind"] for r in rows} == {"adverb", "place", "line"}


def test_casualty_nominals_have_known_kinds_and_no_duplicates() -> None:
    rows = read_tsv("casualties", "nominals.tsv", required=("word", "kind"))
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words))
    assert {r["kind"] for r in rows} == {"killed", "injured"}
