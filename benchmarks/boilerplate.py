"""Boilerplate removal in crawled text, scored line by line; jusText measured beside it.

    python benchmarks/boilerplate.py [--split dev|dev2|...|dev6|test|test2|...|test6] \
        [--aeb PATH]

Two sets: the team's hand-written crawled articles (``benchmarks/gold/crawl``, labelled by
noise kind) and, when ``--aeb`` is given, lines derived at run time from the ScrapingHub
pages (``crawlset.py``: page text outside ``articleBody`` is real noise). For each system
it prints the share of noise lines removed, the share of story lines lost, and for the
hand-written set the noise recall per kind and whether glued "Read more" lines come out
clean. ``dev2``/``test2``, ``dev3``/``test3`` and ``dev4``/``test4`` are further hand-written
sets, each by another writer. Never tune on a ``test`` split; ``--misses`` (dev splits only)
lists the lines each system got wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _common import split_names
from flashpoint.clean import split_text

GOLD = Path(__file__).parent / "gold" / "crawl"


def flashpoint_lines(lines: list[str]) -> list[str]:
    """Return the lines Flashpoint keeps from a crawled text (title/date lines included)."""
    parts = split_text("\n".join(lines))
    return [ln for ln in parts.body.split("\n") if ln.strip()]


def justext_lines(lines: list[str]) -> list[str]:
    """Return the lines jusText keeps when each line is given to it as a paragraph."""
    import html

    import justext

    page = "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in lines) + "</body></html>"
    paragraphs = justext.justext(page.encode(), justext.get_stoplist("English"))
    return [p.text for p in paragraphs if not p.is_boilerplate]


def score(
    examples: list[dict[str, Any]], system: Callable[[list[str]], list[str]]
) -> dict[str, Any]:
    """Return line-level counts (and the missed lines) for one system over a set of examples."""
    totals: Counter[str] = Counter()
    misses: list[tuple[str, str, str]] = []
    by_kind: Counter[tuple[str, bool]] = Counter()
    for ex in examples:
        lines = ex["lines"]
        kept = Counter(" ".join(x.split()) for x in system([ln["text"] for ln in lines]))
        # Story lines claim kept lines first, so a caption that repeats a story sentence
        # is only counted as kept when the line is there twice.
        for ln in lines:
            if ln["label"] != "story":
                continue
            want = " ".join(ln.get("clean", ln["text"]).split())
            ok = kept[want] > 0
            kept[want] -= ok
            totals["story"] += 1
            totals["story_lost"] += not ok
            if not ok:
                misses.append((ex["id"], "story lost", want))
            if "clean" in ln:
                totals["glued"] += 1
                totals["glued_ok"] += ok
        for ln in lines:
            if ln["label"] != "noise":
                continue
            text = " ".join(ln["text"].split())
            left = kept[text] > 0
            kept[text] -= left
            totals["noise"] += 1
            totals["noise_removed"] += not left
            by_kind[(ln.get("kind", "other"), not left)] += 1
            if left:
                misses.append((ex["id"], f"noise kept ({ln.get('kind', 'other')})", text))
    return {"totals": totals, "by_kind": by_kind, "misses": misses}


def report(name: str, result: dict[str, Any]) -> None:
    """Print one system's figures."""
    t = result["totals"]
    noise = t["noise_removed"] / t["noise"] if t["noise"] else 1.0
    lost = t["story_lost"] / t["story"] if t["story"] else 0.0
    glued = f", glued Read-more lines clean {t['glued_ok']}/{t['glued']}" if t["glued"] else ""
    print(
        f"  {name:<11} noise lines removed {noise:.3f} ({t['noise_removed']}/{t['noise']}), "
        f"story lines lost {lost:.3f} ({t['story_lost']}/{t['story']}){glued}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=split_names(12),
        default="dev",
    )
    parser.add_argument("--aeb", type=Path, help="ScrapingHub benchmark folder")
    parser.add_argument("--kinds", action="store_true", help="noise recall per kind")
    parser.add_argument("--misses", action="store_true", help="list wrong lines (dev only)")
    args = parser.parse_args()
    if args.misses and args.split.startswith("test"):
        parser.error("--misses is for dev splits: test lines are never read while tuning")
    systems = {"flashpoint": flashpoint_lines, "jusText": justext_lines}
    hand = [
        json.loads(x) for x in (GOLD / f"{args.split}.jsonl").read_text().splitlines() if x.strip()
    ]
    print(f"hand-written crawled articles, {args.split}: {len(hand)}")
    for name, fn in systems.items():
        result = score(hand, fn)
        report(name, result)
        if args.kinds:
            kinds = sorted({k for k, _ in result["by_kind"]})
            print(
                "    "
                + ", ".join(
                    f"{k} {result['by_kind'][(k, True)]}/"
                    f"{result['by_kind'][(k, True)] + result['by_kind'][(k, False)]}"
                    for k in kinds
                )
            )
        if args.misses and name == "flashpoint":
            for ident, what, text in result["misses"]:
                print(f"    {ident} {what}: {text[:110]}")
    if args.aeb:
        from crawlset import build

        derived = build(args.aeb, args.split.rstrip("2"))
        print(f"ScrapingHub pages as crawled text, {args.split}: {len(derived)}")
        for name, fn in systems.items():
            report(name, score(derived, fn))


if __name__ == "__main__":
    main()
