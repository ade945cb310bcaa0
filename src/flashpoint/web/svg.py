"""The dashboard's pictures, drawn as SVG on the server: a world map and a dyad timeline.

Why by hand: both are a few dozen shapes; drawing them here keeps the dashboard free of
JavaScript chart libraries, makes every mark a plain link with a tooltip, works with no
network, and costs a few milliseconds — less than shipping and starting a chart library.

The map is Natural Earth's 1:110m countries (``data/geo/world-110m.json``, from the npm
package ``world-atlas``) decoded from TopoJSON and drawn in an equirectangular projection.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Sequence
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

MAP_W, MAP_H = 960.0, 440.0
LAT_TOP, LAT_BOTTOM = 84.0, -58.0  # Antarctica left out: no news happens on the map's floor


def project(lon: float, lat: float) -> tuple[float, float]:
    """Return the map's x, y for a longitude and latitude (equirectangular)."""
    x = (lon + 180.0) / 360.0 * MAP_W
    y = (LAT_TOP - lat) / (LAT_TOP - LAT_BOTTOM) * MAP_H
    return round(x, 1), round(y, 1)


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Decode TopoJSON's delta-encoded, quantised arcs into longitude/latitude lists."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(
    indexes: Sequence[int], arcs: list[list[tuple[float, float]]]
) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make longitudes continuous along a ring: no jump of more than 180 degrees, so a
    ring crossing the antimeridian does not draw a line across the whole map."""
    out: list[tuple[float, float]] = []
    for lon, lat in ring:
        if out:
            prev = out[-1][0]
            while lon - prev > 180:
                lon -= 360
            while prev - lon > 180:
                lon += 360
        out.append((lon, lat))
    return out


@functools.lru_cache(maxsize=1)
def world_svg() -> str:
    """Return the base map as a standalone SVG document (built once per process)."""
    path = resources.files("flashpoint") / "data" / "geo" / "world-110m.json"
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = _arcs(topology)
    shapes = []
    for geom in topology["objects"]["countries"]["geometries"]:
        if geom.get("id") == "010" or "arcs" not in geom:  # Antarctica, or no shape
            continue
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        d = []
        for polygon in polygons:
            for ring in polygon:
                lonlat = _unwrap(_ring(ring, arcs))
                if len(lonlat) < 3:
                    continue
                # a ring that crosses the antimeridian is drawn twice, once on each side;
                # the map's edge clips what falls outside
                low, high = min(p[0] for p in lonlat), max(p[0] for p in lonlat)
                shifts = [0.0] + ([-360.0] if high > 180 else []) + ([360.0] if low < -180 else [])
                for shift in shifts:
                    pts = [project(lon + shift, lat) for lon, lat in lonlat]
                    d.append("M" + "L".join(f"{x:g},{y:g}" for x, y in pts) + "Z")
        name = escape(geom.get("properties", {}).get("name", ""))
        shapes.append(f'<path class="country" d="{"".join(d)}"><title>{name}</title></path>')
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {MAP_W:g} {MAP_H:g}">'
        "<style>.country{fill:#e4e7eb;stroke:#fff;stroke-width:.5}</style>"
        f'<rect width="{MAP_W:g}" height="{MAP_H:g}" fill="#f6f8fa"/>' + "".join(shapes) + "</svg>"
    )


def event_dots(places: Sequence[dict[str, Any]]) -> Markup:
    """Return the overlay of event places: one circle per place, its area by events, red
    when most of them are conflict; each links to the events located there."""
    dots = []
    for p in sorted(places, key=lambda p: -int(p["events"])):
        x, y = project(float(p["lon"]), float(p["lat"]))
        r = 2.5 + 2.2 * math.sqrt(int(p["events"]))
        hostile = int(p["conflict_events"]) * 2 >= int(p["events"])
        box = ",".join(
            f"{v:g}"
            for v in (
                round(p["lon"] - 0.05, 3),
                round(p["lat"] - 0.05, 3),
                round(p["lon"] + 0.05, 3),
                round(p["lat"] + 0.05, 3),
            )
        )
        href = "/events?" + urlencode({"bbox": box})
        label = (
            f"{p['name'] or 'unnamed place'} ({p['country'] or '?'}, {p['precision']}): "
            f"{p['events']} events, {p['conflict_events']} conflict, "
            f"{p['fatalities']} killed"
        )
        dots.append(
            f'<a href="{escape(href)}"><circle class="dot {"conflict" if hostile else "coop"}" '
            f'cx="{x:g}" cy="{y:g}" r="{r:.1f}"><title>{escape(label)}</title></circle></a>'
        )
    return Markup(
        f'<svg class="overlay" viewBox="0 0 {MAP_W:g} {MAP_H:g}" role="img" '
        f'aria-label="events on the world map">{"".join(dots)}</svg>'
    )


_QUADS = (
    ("verbal_coop", "q1", 1),
    ("material_coop", "q2", 1),
    ("verbal_conflict", "q3", -1),
    ("material_conflict", "q4", -1),
)


def timeline(
    rows: Sequence[dict[str, Any]],
    alerts: Sequence[dict[str, Any]],
    *,
    dyad: tuple[str, str],
    width: float = 900.0,
    height: float = 260.0,
) -> Markup:
    """Return a dyad's periods as bars: cooperation above the axis, conflict below,
    escalation alerts shaded. Each period links to its events."""
    if not rows:
        return Markup('<p class="empty">No dated events between these actors.</p>')
    left, right, top, bottom = 40.0, 10.0, 12.0, 28.0
    plot_w, plot_h = width - left - right, height - top - bottom
    up = max(1, *(r["verbal_coop"] + r["material_coop"] for r in rows))
    down = max(1, *(r["verbal_conflict"] + r["material_conflict"] for r in rows))
    scale = plot_h / (up + down)
    axis = top + up * scale
    step = plot_w / len(rows)
    bar = max(1.0, step * 0.8)
    alerted = {a["period"] for a in alerts}
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width:g} {height:g}" role="img" '
        f'aria-label="cooperation and conflict per period">'
    ]
    every = max(1, math.ceil(len(rows) / 8))
    for i, r in enumerate(rows):
        x = left + i * step
        if r["period"] in alerted:
            parts.append(
                f'<rect class="alert" x="{x:.1f}" y="{top:g}" width="{step:.1f}" '
                f'height="{plot_h:g}"><title>escalation alert</title></rect>'
            )
        y_up, y_down = axis, axis
        bars = []
        for key, cls, sign in _QUADS:
            n = int(r[key])
            if not n:
                continue
            h = n * scale
            if sign > 0:
                y_up -= h
                y = y_up
            else:
                y = y_down
                y_down += h
            bars.append(
                f'<rect class="{cls}" x="{x + (step - bar) / 2:.1f}" y="{y:.1f}" '
                f'width="{bar:.1f}" height="{h:.1f}"/>'
            )
        label = (
            f"{r['period']} to {r['end']}: {r['events']} events "
            f"({r['verbal_coop']} verbal and {r['material_coop']} material cooperation, "
            f"{r['verbal_conflict']} verbal and {r['material_conflict']} material conflict), "
            f"Goldstein sum {r['goldstein_sum']}, {r['fatalities']} killed"
        )
        href = "/events?" + urlencode(
            {"dyad": f"{dyad[0]},{dyad[1]}", "since": r["period"], "until": r["end"]}
        )
        parts.append(
            f'<a class="period" href="{escape(href)}" data-period="{r["period"]}">'
            f'<rect class="hit" x="{x:.1f}" y="{top:g}" width="{step:.1f}" '
            f'height="{plot_h:g}"/>{"".join(bars)}<title>{escape(label)}</title></a>'
        )
        if i % every == 0:
            parts.append(
                f'<text class="tick" x="{x + step / 2:.1f}" y="{height - 8:g}">{r["period"]}</text>'
            )
    parts.append(
        f'<line class="axis" x1="{left:g}" x2="{width - right:g}" y1="{axis:.1f}" '
        f'y2="{axis:.1f}"/>'
        f'<text class="label" x="4" y="{top + 10:g}">coop {up}</text>'
        f'<text class="label" x="4" y="{top + plot_h:g}">confl {down}</text></svg>'
    )
    return Markup("".join(parts))


def highlight(text: str, spans: Sequence[dict[str, Any]]) -> Markup:
    """Return ``text`` as HTML paragraphs with each span wrapped in ``<mark>``, its
    ``data-field`` naming the fields it supports (overlapping spans are split)."""
    bounds = {0, len(text)}
    start = text.find("\n\n")
    while start != -1:  # paragraph breaks are cuts too, so no mark spans two paragraphs
        bounds.update((start, start + 2))
        start = text.find("\n\n", start + 2)
    for s in spans:
        bounds.update((max(0, int(s["start"])), min(len(text), int(s["end"]))))
    cuts = sorted(bounds)
    out = []
    for a, b in itertools.pairwise(cuts):
        piece = str(escape(text[a:b]))
        fields = sorted({s["field"] for s in spans if s["start"] <= a and b <= s["end"]})
        if fields and text[a:b].strip():
            piece = (
                f'<mark class="hl {" ".join("hl-" + f for f in fields)}" '
                f'data-field="{" ".join(fields)}" title="{", ".join(fields)}">{piece}</mark>'
            )
        out.append(piece)
    html = "".join(out)
    paragraphs = [p.strip() for p in html.split("\n\n")] if "\n\n" in text else html.split("\n")
    return Markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs if p))
