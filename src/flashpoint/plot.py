"""The dyad chart: cooperation above the line, conflict below, alerts shaded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from flashpoint.analysis import Alert, EventFact, Series
from flashpoint.nlp import mask_datelines


def _num(day: dt.date) -> float:
    import matplotlib.dates as mdates

    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def dyad_plot(
    s: Series,
    facts: dict[str, EventFact],
    path: Path,
    *,
    title: str,
    alerts: Sequence[Alert] = (),
    labels: int = 4,
) -> Path:
    """Draw one dyad's series to a PNG file: per period, cooperative events as bars up
    (verbal light, material dark), conflict events as bars down, the escalation alerts
    shaded, and the heaviest events of the most conflictual periods labelled."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [_num(p.start) for p in s.periods]
    width = max(1.0, (xs[1] - xs[0]) * 0.8) if len(xs) > 1 else 5.0
    vcoop = [p.by_quad[0] for p in s.periods]
    mcoop = [p.by_quad[1] for p in s.periods]
    vconf = [-p.by_quad[2] for p in s.periods]
    mconf = [-p.by_quad[3] for p in s.periods]
    fig, ax = plt.subplots(figsize=(11, 5), dpi=110)
    ax.bar(xs, mcoop, width=width, color="#1b7837", label="material cooperation")
    ax.bar(xs, vcoop, width=width, bottom=mcoop, color="#a6dba0", label="verbal cooperation")
    ax.bar(xs, mconf, width=width, color="#b2182b", label="material conflict")
    ax.bar(xs, vconf, width=width, bottom=mconf, color="#f4a582", label="verbal conflict")
    ax.axhline(0, color="black", linewidth=0.8)
    for a in alerts:
        ax.axvspan(
            _num(a.start),
            _num(a.end) + 1,
            color="#fdd49e",
            alpha=0.5,
            zorder=0,
        )
    ranked = sorted(
        (p for p in s.periods if p.conflict_score > 0), key=lambda p: (-p.conflict_score, p.start)
    )[:labels]
    for k, p in enumerate(sorted(ranked, key=lambda p: p.start)):
        heavy = [facts[i] for i in p.top if i in facts and facts[i].conflict]
        if not heavy:
            continue
        e = heavy[0]
        text = " ".join(mask_datelines(e.sentence or e.plover).split())
        text = text[:55] + ("…" if len(text) > 55 else "")
        low = -(p.by_quad[2] + p.by_quad[3])
        ax.annotate(
            f"{p.start:%d %b}: {e.plover}\n{text}",
            xy=(_num(p.start), low),
            xytext=(0, -28 - 24 * (k % 3)),
            textcoords="offset points",
            ha="center",
            fontsize=7,
            arrowprops={"arrowstyle": "-", "color": "grey", "linewidth": 0.5},
        )
    lows = [-(p.by_quad[2] + p.by_quad[3]) for p in s.periods]
    ax.set_ylim(bottom=min([0, *lows]) - 3.5)
    ax.xaxis_date()
    ax.set_title(title)
    ax.set_ylabel("events (cooperation up, conflict down)")
    ax.legend(loc="upper left", fontsize=8)
    fig.autofmt_xdate()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return path
