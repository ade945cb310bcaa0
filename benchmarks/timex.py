"""Time expressions on TimeBank + AQUAINT (TempEval-3 training): spans and normalisation.

    python benchmarks/timex.py ../shared/eval/time/tbaq [--show N]

For every document, the text inside <TEXT> is run through ``flashpoint.layers.times``
with the document creation time as the publication date and the parse's tense.
Prints span precision/recall/F1 against the gold TIMEX3 of type DATE (strict: same
span; relaxed: overlapping), and normalisation accuracy on the gold DATE expressions
whose value is a day, a month or a year, given their spans.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import time
from dataclasses import dataclass
from pathlib import Path

from flashpoint.layers.times import find_times, future_from_doc
from flashpoint.nlp import load_nlp

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


def parse(path: Path) -> tuple[str, dt.date, list[Gold]]:
    """Return a document's plain text, creation date and gold TIMEX3 spans."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>([^<]*)<', raw)
    value = re.search(r'value="(\d{4}-\d{2}-\d{2})', raw[raw.find("<DCT>") :])
    day = (
        dt.date.fromisoformat(value.group(1))
        if value
        else dt.date.fromisoformat((dct.group(1) if dct else "2000-01-01")[:10])
    )
    body = raw[raw.find("<TEXT>") + len("<TEXT>") : raw.find("</TEXT>")]
    out: list[str] = []
    golds: list[Gold] = []
    pos = 0
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, a = open_timex
            text = "".join(out)[start:length]
            golds.append(Gold(start, length, text, a.get("type", ""), a.get("value", "")))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    return "".join(out), day, golds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print N normalisation errors")
    args = parser.parse_args()
    nlp = load_nlp()
    files = sorted(args.root.rglob("*.tml"))
    strict = relaxed = predicted = gold_n = 0
    norm_ok = norm_n = 0
    errors: list[str] = []
    started = time.perf_counter()
    for path in files:
        text, day, golds = parse(path)
        tense = future_from_doc(nlp(text))
        found = find_times(text, day, future_at=tense)
        dates = [g for g in golds if g.type == "DATE"]
        gold_n += len(dates)
        predicted += len(found)
        spans = {(t.start, t.end) for t in found}
        strict += sum((g.start, g.end) in spans for g in dates)
        relaxed += sum(any(t.start < g.end and g.start < t.end for t in found) for g in dates)
        for g in dates:
            if not _VALUE.match(g.value):
                continue
            norm_n += 1
            hit = [t for t in found if t.start < g.end and g.start < t.end]
            if not hit:
                # Given the span: resolve the gold text alone, with the sentence's tense.
                hit = find_times(g.text, day, future_at=lambda _o, s=g.start, f=tense: f(s))
            got = hit[0].value if hit else None
            if got == g.value:
                norm_ok += 1
            elif len(errors) < args.show:
                errors.append(f"{path.stem} dct={day} {g.text!r}: gold {g.value} got {got}")
    elapsed = time.perf_counter() - started
    p_s, r_s = strict / predicted, strict / gold_n
    p_r, r_r = relaxed / predicted, relaxed / gold_n
    print(
        f"TBAQ: {len(files)} documents, {gold_n} gold DATE expressions, "
        f"{predicted} found, in {elapsed:.1f}s"
    )
    print(
        f"spans strict : precision {p_s:.3f} recall {r_s:.3f} F1 {2 * p_s * r_s / (p_s + r_s):.3f}"
    )
    print(
        f"spans overlap: precision {p_r:.3f} recall {r_r:.3f} F1 {2 * p_r * r_r / (p_r + r_r):.3f}"
    )
    print(
        f"normalisation (day/month/year values, given the span): "
        f"{norm_ok / norm_n:.3f} ({norm_ok}/{norm_n})"
    )
    for e in errors:
        print("  ", e)


if __name__ == "__main__":
    main()
