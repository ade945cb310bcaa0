"""The dashboard's server-drawn pictures and highlighting (no database, no model)."""

from __future__ import annotations

import itertools
import re

from flashpoint.web import svg


def test_projection_puts_the_corners_on_the_map_edges() -> None:
    assert svg.project(-180, svg.LAT_TOP) == (0, 0)
    assert svg.project(180, svg.LAT_BOTTOM) == (svg.MAP_W, svg.MAP_H)
    x, y = svg.project(78.2, 34.75)  # the Galwan Valley: east of centre, north of the equator
    assert svg.MAP_W / 2 < x < svg.MAP_W and 0 < y < svg.project(0, 0)[1]


def test_a_ring_across_the_antimeridian_is_made_continuous() -> None:
    ring = [(179.0, 65.0), (-179.0, 66.0), (-178.0, 64.0), (179.5, 64.0)]
    lons = [lon for lon, _ in svg._unwrap(ring)]
    assert lons == [179.0, 181.0, 182.0, 179.5]


def test_world_map_draws_countries_and_no_line_across_the_map() -> None:
    doc = svg.world_svg()
    assert doc.startswith("<svg") and doc.count('class="country"') > 150
    assert "<title>India</title>" in doc and "Antarctica" not in doc
    for d in re.findall(r' d="([^"]+)"', doc):
        for ring in d.split("M")[1:]:
            xs = [float(p.split(",")[0]) for p in ring.rstrip("Z").split("L")]
            jumps = [abs(a - b) for a, b in itertools.pairwise(xs)]
            assert max(jumps, default=0) < svg.MAP_W / 2


def test_highlight_marks_fields_escapes_and_keeps_paragraphs() -> None:
    text = "Troops <clashed> on Monday.\n\nTwenty died & more were hurt."
    spans = [
        {"field": "trigger", "start": 7, "end": 16},
        {"field": "date", "start": 20, "end": 26},
        {"field": "sentence", "start": 0, "end": 29},  # runs over the paragraph break
        {"field": "fatalities", "start": 29, "end": 35},
    ]
    html = str(svg.highlight(text, spans))
    assert html.count("<p>") == 2 and "&lt;clashed&gt;" in html and "&amp;" in html
    assert 'data-field="sentence trigger"' in html and ">&lt;clashed&gt;</mark>" in html
    assert re.search(r'data-field="date sentence"[^>]*>Monday</mark>', html)
    assert re.search(r'data-field="fatalities"[^>]*>Twenty</mark>', html)
    for para in re.findall(r"<p>(.*?)</p>", html):  # every mark closes in its paragraph
        assert para.count("<mark") == para.count("</mark>")


def test_timeline_has_a_bar_group_per_period_and_shades_alerts() -> None:
    rows = [
        {
            "period": f"2020-06-{d:02d}",
            "end": f"2020-06-{d + 6:02d}",
            "events": n,
            "verbal_coop": n,
            "material_coop": 0,
            "verbal_conflict": 0,
            "material_conflict": k,
            "goldstein_sum": 0.0,
            "fatalities": 0,
        }
        for d, n, k in ((1, 1, 0), (8, 2, 3), (15, 0, 5))
    ]
    chart = str(svg.timeline(rows, [{"period": "2020-06-15"}], dyad=("CHN", "IND")))
    assert chart.count('<a class="period"') == 3 and chart.count('<rect class="alert"') == 1
    assert chart.count('class="q4"') == 2 and chart.count('class="q1"') == 2
    assert "dyad=CHN%2CIND&amp;since=2020-06-08&amp;until=2020-06-14" in chart
    assert "No dated events" in str(svg.timeline([], [], dyad=("A", "B")))
