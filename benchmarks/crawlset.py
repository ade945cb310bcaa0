"""Build boilerplate-removal examples at run time from the ScrapingHub article-extraction benchmark.

The hand-written set in ``benchmarks/gold/crawl/`` is small.  This module derives many more
examples, in the same JSON-Lines-style format, from the ScrapingHub "article extraction
benchmark" (AEB): a directory holding ``html/<id>.html.gz`` (raw pages) and ``ground-truth.json``
(``{id: {"articleBody": ..., "url": ...}}``).  The benchmark data is *not* copied into the
repository; examples are computed whenever :func:`build` is called.

Pipeline, per page:

1. :func:`page_lines` renders the page the way a news crawler that "saves the visible text"
   would: one line per block-level element, in document order.
2. :func:`label_lines` aligns those lines, token by token, against the ground-truth
   ``articleBody``; a line whose tokens are (mostly) matched in order is ``story``, anything
   else is ``noise`` (kind ``"other"``, since the benchmark does not say what the noise is).

Each example looks like::

    {"id": "<page id>", "style": "scrapinghub",
     "lines": [{"text": "...", "label": "story", "kind": "body"},
               {"text": "...", "label": "noise", "kind": "other"}, ...]}

Pages are split deterministically: a page is in ``"test"`` when
``int(sha256(id).hexdigest(), 16) % 10 < 3`` and in ``"dev"`` otherwise.

Run ``python benchmarks/crawlset.py [ROOT]`` to print per-split counts and a few labelled
samples for eyeballing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

DEFAULT_ROOT = Path("/work/shared/eval/extraction/scrapinghub-aeb")
"""Where the benchmark lives on the evaluation machines (override on the command line)."""

SPLITS = ("dev", "test")

STORY_THRESHOLD = 0.8
"""A line is story when at least this fraction of its tokens is aligned to the article body."""

MIN_BLOCK = 3
"""Aligned runs shorter than this many tokens are ignored as chance matches (e.g. a menu item
"News" matching the word "news" somewhere in the body) unless they cover a whole line."""

# Elements whose content is never visible text.
_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "title",
        "meta",
        "link",
        "iframe",
        "object",
        "embed",
        "canvas",
        "math",
    }
)

# Elements that start and end a line of saved text.
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "br",
    }
)

_WS_RE = re.compile(r"\s+")
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u2060\ufeff]")  # soft hyphen, zero-width chars
# Word tokens; scripts written without spaces (CJK ideographs, kana) give one token per character.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN_RE = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# Rendering


def _is_hidden(el: Any) -> bool:
    """True for elements a browser would not show (``hidden`` attribute or inline CSS)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE_RE.search(style))


def page_lines(html: str) -> list[str]:
    """Return the visible text of ``html`` as a crawler would save it, one line per block.

    Content of script/style/noscript/template/svg/head (and similar non-rendered elements) and
    of elements hidden with the ``hidden`` attribute or inline ``display:none`` is dropped.
    Every block-level element (p, div, li, h1-h6, td, figcaption, blockquote, ...) starts and
    ends a line; ``<br>`` also ends a line.  Inline elements (a, span, em, ...) and tail text
    are joined into the current line, so the text of nested blocks is emitted exactly once.
    Whitespace is collapsed, soft hyphens and zero-width characters are removed, and empty
    lines are dropped.
    """
    if not html.strip():
        return []
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return []

    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = _WS_RE.sub(" ", _INVISIBLE_RE.sub("", "".join(buf))).strip()
        buf.clear()
        if text:
            lines.append(text)

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower().rpartition("}")[2]
        if not tag:  # comment / processing instruction / entity: text lives in the tail only
            return
        if tag in _DROP_TAGS or _is_hidden(el):
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return lines


# --------------------------------------------------------------------------------------------
# Labelling


def _tokens(text: str) -> list[str]:
    """Lower-cased word tokens (CJK: characters) after Unicode compatibility normalisation."""
    return _TOKEN_RE.findall(unicodedata.normalize("NFKC", text).casefold())


def _accepted_blocks(
    seq: list[str], target: list[str], owner: list[int], line_len: list[int]
) -> list[tuple[int, int, int]]:
    """Matching blocks of ``seq`` against ``target``, minus chance matches.

    A block shorter than :data:`MIN_BLOCK` tokens is kept only if it is exactly one whole line
    (``owner`` maps a ``seq`` position to its line, ``line_len`` gives each line's length).
    """
    sm = SequenceMatcher(None, seq, target, autojunk=False)
    kept = []
    for a, b, size in sm.get_matching_blocks():
        if size == 0:
            continue
        first, last = owner[a], owner[a + size - 1]
        if size >= MIN_BLOCK or (first == last and size == line_len[first]):
            kept.append((a, b, size))
    return kept


def label_lines(lines: list[str], article_body: str) -> list[dict]:
    """Label each crawled line ``story`` or ``noise`` by aligning it with ``article_body``.

    Both sides are tokenised (:func:`_tokens`).  All lines are concatenated into one token
    stream (remembering which line each token came from) and aligned to the body's tokens with
    :class:`difflib.SequenceMatcher`, which matches in order, so a sentence repeated elsewhere
    on the page (a caption, a teaser, a "related" link) cannot claim body text that the
    article itself already matched.  Runs shorter than :data:`MIN_BLOCK` tokens are discarded
    as chance matches unless the run is one entire line.  A line is ``story`` when at least
    :data:`STORY_THRESHOLD` of its tokens are matched; lines without word tokens are noise.

    A repair pass handles alignment ambiguity at line boundaries: when a noise line ends with
    the same words that begin a story line's text (say a video title "... Vindman's judgment"
    after the subhead "4. Questioning Vindman's judgment"), the global alignment may give those
    words to the wrong line.  Body tokens held by lines that ended up noise are released, and
    every noise line that matched at least one token is re-aligned, on its own and in page
    order, against the still unclaimed body tokens between the previous and the next story
    line; it becomes story if that reaches the threshold.

    Returns ``[{"text", "label", "kind"}]`` with kind ``"body"`` for story lines and
    ``"other"`` for noise (the benchmark gives no finer categories).
    """
    line_toks = [_tokens(line) for line in lines]
    line_len = [len(toks) for toks in line_toks]
    page: list[str] = []
    owner: list[int] = []  # owner[k] = index of the line the k-th page token came from
    for i, toks in enumerate(line_toks):
        page.extend(toks)
        owner.extend([i] * len(toks))
    body = _tokens(article_body)

    # Pass 1: global alignment.  spans[i] = body positions matched by line i's tokens.
    spans: list[list[int]] = [[] for _ in lines]
    if page and body:
        for a, b, size in _accepted_blocks(page, body, owner, line_len):
            for k in range(size):
                spans[owner[a + k]].append(b + k)

    def is_story(i: int) -> bool:
        return line_len[i] > 0 and len(spans[i]) >= STORY_THRESHOLD * line_len[i]

    story = [is_story(i) for i in range(len(lines))]

    # Pass 2: re-align partially matched noise lines within the gap between story neighbours.
    next_start = [len(body)] * (len(lines) + 1)  # first body position of the next story line
    for i in range(len(lines) - 1, -1, -1):
        next_start[i] = min(spans[i]) if story[i] else next_start[i + 1]
    lo = 0  # body positions before lo belong to earlier story lines
    for i in range(len(lines)):
        if story[i]:
            lo = max(lo, max(spans[i]) + 1)
            continue
        hi = next_start[i + 1]
        if not spans[i] or hi <= lo:
            continue
        one_line = [0] * line_len[i]
        blocks = _accepted_blocks(line_toks[i], body[lo:hi], one_line, [line_len[i]])
        spans[i] = [lo + b + k for _a, b, size in blocks for k in range(size)]
        story[i] = is_story(i)
        if story[i]:
            lo = max(spans[i]) + 1

    out: list[dict] = []
    for line, is_s in zip(lines, story, strict=True):
        out.append(
            {
                "text": line,
                "label": "story" if is_s else "noise",
                "kind": "body" if is_s else "other",
            }
        )
    return out


# --------------------------------------------------------------------------------------------
# Dataset


def split_of(page_id: str) -> str:
    """Deterministic split: ``"test"`` for ~30% of ids (by SHA-256), ``"dev"`` for the rest."""
    h = int(hashlib.sha256(page_id.encode("utf-8")).hexdigest(), 16)
    return "test" if h % 10 < 3 else "dev"


def build(root: Path, split: str) -> list[dict]:
    """Return one labelled example per benchmark page in ``split`` (``"dev"`` or ``"test"``).

    ``root`` is the benchmark directory (containing ``ground-truth.json`` and ``html/``).
    Examples are sorted by id; pages whose HTML file is missing are skipped.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    root = Path(root)
    truth: dict[str, dict[str, Any]] = json.loads(
        (root / "ground-truth.json").read_text(encoding="utf-8")
    )
    examples: list[dict] = []
    for page_id in sorted(truth):
        if split_of(page_id) != split:
            continue
        path = root / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        lines = page_lines(html)
        examples.append(
            {
                "id": page_id,
                "style": "scrapinghub",
                "lines": label_lines(lines, truth[page_id].get("articleBody") or ""),
            }
        )
    return examples


def _print_lines(lines: list[dict], start: int, count: int) -> None:
    for i, ln in enumerate(lines[start : start + count], start):
        text = ln["text"] if len(ln["text"]) <= 88 else ln["text"][:85] + "..."
        print(f"  {i:4} {ln['label']:5} | {text}")


def _summary(root: Path, n_samples: int = 3, n_lines: int = 15) -> None:
    """Print per-split counts and labelled lines of a few evenly spaced sample pages.

    For each sample page: its first ``n_lines`` lines, then (if the article starts later) the
    ``n_lines`` lines around the first story line, where labelling mistakes would show.
    """
    for split in SPLITS:
        examples = build(root, split)
        lines = [ln for ex in examples for ln in ex["lines"]]
        story = sum(ln["label"] == "story" for ln in lines)
        print(
            f"{split}: pages={len(examples)} lines={len(lines)} "
            f"story={story} noise={len(lines) - story}"
        )
        step = max(1, len(examples) // n_samples)
        for ex in examples[::step][:n_samples]:
            ex_lines = ex["lines"]
            n_story = sum(ln["label"] == "story" for ln in ex_lines)
            print(f"  --- {ex['id'][:16]}: {len(ex_lines)} lines, {n_story} story ---")
            _print_lines(ex_lines, 0, n_lines)
            first = next((i for i, ln in enumerate(ex_lines) if ln["label"] == "story"), 0)
            if first >= n_lines:
                print("  ... around the first story line:")
                _print_lines(ex_lines, max(n_lines, first - 3), n_lines)
        print()


if __name__ == "__main__":
    _summary(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ROOT)
