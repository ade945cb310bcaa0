"""Page blocks the boilerplate classifier finds by where lines sit, not by their words.

These passes run inside :func:`flashpoint.clean.boilerplate.classify_lines` after the rules
and the byline and title marks, on its list of (kind or None, glued prefix, kept text): a
standfirst between the headline and the byline, a table of contents whose entries come
back as the story's subheads, captions that reword the story, an author bio at the top,
a poll's question, the summary in a fact-check's rating box, a newsletter's pitch above
its form.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from flashpoint.clean.shapes import BULLET, NAME_LINE, POST_TIME, line_shape

Decided = list[tuple[str | None, str, str]]

_STANDFIRST_WORDS = 40
"""Longest standfirst (dek); a lede above a byline would be longer or carry a dateline."""
_BYLINE_BLOCK = 10
"""Most lines between a standfirst and the story's first paragraph (author, date, share
buttons, reading time)."""
_DATELINE_START = re.compile(
    r"^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'\u2019/-]{2,40}"
    r"(?:,[^-\u2013\u2014(]{1,40})?\s*(?:\([^)]{2,40}\))?\s*[-\u2013\u2014:]"
)
"""A lede's dateline: "KYIV, March 3 (Wire) -", "NOVI SAD \u2014"."""


def _prose(out: Decided, i: int) -> bool:
    """Return whether line ``i`` is story prose no rule claimed."""
    return out[i][0] is None and line_shape(out[i][2]) == "good"


def mark_standfirst(out: Decided) -> None:
    """Mark a standfirst: the first prose line of a page, when only headlines and page
    furniture stand above it and a byline block (an author or date line, reading time,
    share buttons) separates it from the story ("Negotiators are due to meet in January
    after a year-long freeze." / "Published 2 Dec 2026" / story). A lede has its byline
    above it, or a dateline; a line above a live-blog post's time stamp is story."""
    first = next((i for i in range(len(out)) if _prose(out, i)), None)
    if first is None:
        return
    line = out[first][2].strip()
    if (
        len(line.split()) > _STANDFIRST_WORDS
        or BULLET.match(line)
        or _DATELINE_START.match(line)
        or line.endswith(":")
    ):
        return
    if any(out[k][0] is None and line_shape(out[k][2]) != "short" for k in range(first)):
        return  # a sentence above: the story has begun
    byline = False
    j = first + 1
    while j < len(out) and not _prose(out, j):
        kind, _prefix, text = out[j]
        if kind == "byline" and POST_TIME.fullmatch(text.strip()):
            return  # a live blog's post: its time stamp, its author
        if kind == "byline":
            byline = True
        elif (
            kind is None
            and NAME_LINE.match(text)
            and j + 1 < len(out)
            and out[j + 1][0] is not None
        ):
            byline = True  # an author's name above a "Follow" button or a date line
        elif kind is None and line_shape(text) != "short":
            return  # a short sentence: story
        j += 1
    if byline and j < len(out) and j - first - 1 <= _BYLINE_BLOCK:
        out[first] = ("standfirst", out[first][1], out[first][2])


_CONTENTS_WORDS = 14
"""Longest entry of a table of contents (a subhead, maybe a question)."""
_NUMBERING = re.compile(
    r"^\s*(?:[-\u2013\u2014\u2022\u00b7*>\u00bb\u25aa\u25ba]|\d{1,2}[.):]|[IVX]{1,4}\.)\s*"
)


def _entry_key(line: str) -> str:
    """Return an entry's words without its number or bullet, lower case, no punctuation."""
    return " ".join(re.sub(r"[^\w\s]", " ", _NUMBERING.sub("", line).lower()).split())


def mark_contents(out: Decided) -> None:
    """Mark a table of contents: two or more short lines no rule claimed whose words,
    without their numbers or bullets, come back later as subheads of the story, in the
    same order and all after the last entry ("1. What happened this week?" ...
    "What happened this week?"). The subheads stay; their earlier copies go."""
    short = [
        (i, _entry_key(text))
        for i, (kind, _prefix, text) in enumerate(out)
        if kind is None and 0 < len(text.split()) <= _CONTENTS_WORDS
    ]
    pairs = []
    for n, (i, key) in enumerate(short):
        later = next((j for j, other in short[n + 1 :] if key and other == key), None)
        if later is not None:
            pairs.append((i, later))
    if not pairs:
        return
    first_subhead = min(j for _i, j in pairs)
    toc = [(i, j) for i, j in pairs if i < first_subhead]
    subheads = [j for _i, j in toc]
    if len(toc) >= 2 and subheads == sorted(set(subheads)):
        for i, _j in toc:
            out[i] = ("nav", out[i][1], out[i][2])


_CAPTION_WORDS = 35
"""Longest caption (one sentence)."""
_REPEAT_WORDS = 8
"""Fewest words of a caption that repeats part of the paragraph beside it."""
_NAME_WORDS = 2
"""Most words a caption adds before a story sentence it repeats (a first name)."""
_CREDIT_ONLY = re.compile(
    r"\s*[(\[]?\s*(?i:photo(?:graph)?|picture|image|credit|illustration|graphic|drawing|artwork)s?\s*(?:by\b|:)\s*"
    r"[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|[/|&]|via|for|and|of|the)){0,8}"
    r"\s*[)\]]?\s*"
)
"""A photographer's credit on a line of its own, names only: "(Photo by Ana Ruiz / The
Ledger)", "PHOTO: Ana Ruiz"; not a caption ("Image: Ana Ruiz, left, has replaced ...")."""
_INNER_SENTENCE = re.compile(r"[.!?][\"\u201d\u2019)]?\s+[A-Z\"\u201c]")


def _one_sentence(line: str) -> bool:
    """Return whether a line is one sentence, not a quote, of caption length."""
    line = line.strip()
    return (
        0 < len(line.split()) <= _CAPTION_WORDS
        and line[:1] not in "\"\u201c'\u2018"
        and not line.endswith(":")
        and not _INNER_SENTENCE.search(line)
    )


def _bare(line: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", line.lower()).split())


def mark_captions(out: Decided) -> None:
    """Mark captions that reword the story, with no "Photo:" of their own: the sentence
    just above a line that is only a photographer's credit ("Students gathered outside
    the union on Wednesday." / "(Photo by Ana Ruiz / The Ledger)"), and a sentence that
    the paragraph beside it holds word for word ("Many families have fled several times."
    under "Many families have fled several times, the agency said.")."""
    for i in range(len(out)):
        kind, prefix, text = out[i]
        if kind is not None or not _one_sentence(text):
            continue
        below = out[i + 1] if i + 1 < len(out) else None
        if below is not None and below[0] == "caption" and _CREDIT_ONLY.fullmatch(below[2]):
            out[i] = ("caption", prefix, text)
            continue
        key = _bare(text)
        if len(key.split()) < _REPEAT_WORDS:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(out) and out[j][0] is None:
                other = _bare(out[j][2])
                if len(other) > len(key) and f" {key} " in f" {other} ":
                    if (
                        _one_sentence(out[j][2])
                        and other.endswith(key)
                        and len(other.split()) - len(key.split()) <= _NAME_WORDS
                    ):
                        # "Amira Haddad, who ..." beside "Haddad, who ...": the caption
                        # names the person in full, the story by the name it already gave
                        out[j] = ("caption", out[j][1], out[j][2])
                    else:
                        out[i] = ("caption", prefix, text)
                    break


_HEAD_GAP = 2
"""Lines without story prose that must follow an author bio at the top of a page."""


def mark_head_bio(out: Decided, tail_kind: Callable[[str], str | None]) -> None:
    """Mark an author bio at the top of a page: the first prose line, with no sentence
    above it, that a ``tail`` rule takes for a bio ("Ana Ruiz is a Lisbon-based
    journalist who has covered ...") when the next two lines are no story prose (the
    issue date, the reading time, a table of contents). ``tail_kind`` gives the kind
    the rules give a line at the end of a text."""
    first = next((i for i in range(len(out)) if _prose(out, i)), None)
    if first is None or first + _HEAD_GAP >= len(out):
        return
    if any(out[k][0] is None and line_shape(out[k][2]) != "short" for k in range(first)):
        return
    if any(_prose(out, k) for k in range(first + 1, first + 1 + _HEAD_GAP)):
        return
    line = out[first][2]
    if not _DATELINE_START.match(line) and tail_kind(line) == "bio":
        out[first] = ("bio", out[first][1], line)


_POLL_WORDS = 30
_ANSWERS = 2
"""Fewest answer buttons under a poll's question."""


def mark_poll(out: Decided) -> None:
    """Mark a reader poll's question: a line ending with "?" just above two or more lines
    the rules took for answer buttons ("Yes" / "No" / "Not sure" / "Vote")."""
    for i in range(len(out) - _ANSWERS):
        kind, prefix, text = out[i]
        if (
            kind is None
            and text.rstrip().endswith("?")
            and len(text.split()) <= _POLL_WORDS
            and all(out[i + k][0] == "feedback" for k in range(1, _ANSWERS + 1))
        ):
            out[i] = ("feedback", prefix, text)


_RATING = re.compile(r"(?i:(?:our\s+)?(?:rating|verdict))\s*(?::\s*(?P<value>[A-Z][A-Z -]{1,30}))?")
"""A fact-check's rating badge: "RATING: MISLEADING", or "Rating" above "FALSE"."""
_VERDICT = re.compile(r"[A-Z][A-Z -]{1,30}")
_SUMMARY_WORDS = 40


def mark_rating_summary(out: Decided) -> None:
    """Mark the summary in a fact-check's rating box: the first prose line of the page, at
    most 40 words, just under the rating badge ("RATING: MISLEADING" or "RATING" /
    "FALSE"). A verdict in the story ("Our verdict" over its paragraph) has no rating
    in capitals."""
    first = next((i for i in range(len(out)) if _prose(out, i)), None)
    if first is None or len(out[first][2].split()) > _SUMMARY_WORDS:
        return
    for i in range(max(0, first - 2), first):
        m = _RATING.fullmatch(out[i][2].strip())
        if m is None:
            continue
        rated = m.group("value") is not None and i == first - 1
        if m.group("value") is None and i == first - 2:
            rated = _VERDICT.fullmatch(out[first - 1][2].strip()) is not None
        if rated:
            out[first] = ("other", out[first][1], out[first][2])
            return


_PITCH_WORDS = 20
_FIELD_WORDS = 4
_NOT_CHROME = frozenset({"ad", "caption", "pullquote", "duplicate"})
"""Kinds that sit inside a story: a line between one of these and a form may be story."""


def mark_newsletter_pitch(out: Decided) -> None:
    """Mark a newsletter's name and promise above its sign-up form ("The Long View Weekly:
    one essay, every Sunday, nothing else." / "Your email address"): a short line with
    page chrome above it (share or topic lines, not an ad) and a short form line of kind
    ``newsletter`` below it, after the story's last prose line."""
    last = max((i for i in range(len(out)) if _prose(out, i)), default=None)
    if last is None:
        return
    for i in range(1, len(out) - 1):
        kind, prefix, text = out[i]
        above, below = out[i - 1], out[i + 1]
        if (
            kind is None
            and i >= last
            and 0 < len(text.split()) <= _PITCH_WORDS
            and above[0] is not None
            and above[0] not in _NOT_CHROME
            and below[0] == "newsletter"
            and len(below[2].split()) <= _FIELD_WORDS
        ):
            out[i] = ("newsletter", prefix, text)


_BOX = "box"
"""The kind of a ``noise.tsv`` rule that heads a fact box ("Key terms", "Did you know?")."""
_BOX_ITEM = re.compile(
    r"^\s*(?:(?:[-\u2013\u2022\u00b7*\u25aa\u25ba]|\d{1,2}[.)])\s+\S"
    r"|[A-Z0-9$\u20ac\u00a3][\w'\u2019/&%$.,()+-]*(?:\s+[\w'\u2019/&%$.,()+-]+){0,4}\s*:\s+\S)"
)
"""An item of a fact box: a list item, or a short label and its value ("Turnout: 61%",
"Mass balance: the ice a glacier gains less the ice it loses")."""
_BOX_ITEM_WORDS = 30
_BOX_FACT_WORDS = 40
_RATING_ITEM = re.compile(r"(?:rating|verdict|our verdict|ruling|conclusion)\s*:", re.IGNORECASE)
"""The rating item of a fact-check box inside a story ("Rating: FALSE"); the box's short
explanation follows it, closed by a line the rules took ("How we fact-check")."""
_BOX_REACH = 8
"""Most lines after a box's heading its items are looked for in (the rules may have taken
some of them: a ticker-like "Volume: 9m kg · Sold: 76%")."""


def mark_boxes(out: Decided) -> None:
    """Mark the items of a fact box under its heading (a ``box`` rule's line): the lines no
    rule claimed that are list items or "Label: value" lines, skipping lines the rules
    took, up to the first other unclaimed line; under a question heading ("Did you know?")
    with no such item, the one line right below it is the box's fact."""
    for i, (kind, _prefix, heading) in enumerate(out):
        if kind != _BOX:
            continue
        taken = 0
        for j in range(i + 1, min(len(out), i + 1 + _BOX_REACH)):
            other, prefix, text = out[j]
            if other is not None:
                continue
            words = len(text.split())
            if _BOX_ITEM.match(text) and words <= _BOX_ITEM_WORDS:
                out[j] = (_BOX, prefix, text)
                taken += 1
                continue
            if (
                not taken
                and j == i + 1
                and heading.rstrip().endswith("?")
                and words <= _BOX_FACT_WORDS
            ) or _verdict_note(out, j, words):
                out[j] = (_BOX, prefix, text)
            break


def _verdict_note(out: Decided, j: int, words: int) -> bool:
    """Return whether line ``j`` is the explanation of a fact-check box: short, right under
    the box's rating item, and the line below it is one the rules took (the box's link)."""
    return (
        words <= _BOX_FACT_WORDS
        and j >= 1
        and out[j - 1][0] == _BOX
        and _RATING_ITEM.match(out[j - 1][2].strip()) is not None
        and j + 1 < len(out)
        and out[j + 1][0] is not None
    )


_ABOUT = re.compile(r"About (?:the )?[A-Z][\w.&'\u2019-]*(?:\s+[\w.&'\u2019-]+){0,7}")
"""The heading of a press release's boilerplate: "About the Regional Water Board"."""
_ABOUT_LINES = 2
"""Most paragraphs of an organisation's description."""


def mark_about_section(out: Decided) -> None:
    """Mark the paragraphs under a press release's "About <organisation>" heading (a line
    the rules took), one or two up to the next line they took, when no story prose follows
    that line: the organisation's description closes the release, above its contacts."""
    for i, (kind, _prefix, heading) in enumerate(out):
        if kind is None or not _ABOUT.fullmatch(heading.strip()):
            continue
        end = i + 1
        while end < len(out) and out[end][0] is None:
            end += 1
        if not 0 < end - i - 1 <= _ABOUT_LINES or end == len(out):
            continue  # no section, or a story's last paragraphs
        if any(_prose(out, k) for k in range(end, len(out))):
            continue
        for k in range(i + 1, end):
            out[k] = (kind, out[k][1], out[k][2])


_WORD = re.compile(r"[^\W\d_]+")
_SCRAMBLED_WORDS = 10
_SCRAMBLED_SHARED = 0.1
"""Most share of a scrambled line's words found anywhere else on the page; story lines
share their function words and names with the rest of the story."""
_SCRAMBLED_PAIRS = 0.3
"""Fewest share of a scrambled line's letter pairs ("qw", "vm") found nowhere else on the
page; a story line in the page's language, even one about another subject, spells its
words with the page's letter pairs."""
_SCRAMBLED_LOWER = 0.6
"""Fewest share of a scrambled line's words in lower case: it mimics prose; a list of
names and credits ("Director_Oh Kyeong Taek, Composer_Kim ...") is capitalised."""
_SCRAMBLED_CONTEXT = 150
"""Fewest words of story prose a page needs besides a line before the line's words and
spelling can be told apart from the story's (a few short sentences share few)."""


def _pairs(words: list[str]) -> list[str]:
    return [w[k : k + 2] for w in words for k in range(len(w) - 1)]


def mark_scrambled(out: Decided) -> None:
    """Mark scrambled text: a paywall saves the hidden paragraphs of a story as letters in
    random order ("Vx qtelm dar opwi ..."): prose-shaped lines of at least ten words, most
    of them in lower case, of which at most one in ten occurs anywhere else on the page
    and of whose letter pairs three in ten or more do not. Any language's story lines share
    their function words ("the", "de", "na") and their spelling with the rest of the
    story."""
    prose = [i for i in range(len(out)) if _prose(out, i)]
    tokens = [[w.lower() for w in _WORD.findall(text)] for _kind, _prefix, text in out]
    story_words = sum(len(tokens[i]) for i in prose)
    lines_with: Counter[str] = Counter()
    for words in tokens:
        lines_with.update({*words, *_pairs(words)})
    for i in prose:
        words, text = tokens[i], out[i][2]
        pairs = _pairs(words)
        if len(words) < _SCRAMBLED_WORDS or story_words - len(words) < _SCRAMBLED_CONTEXT:
            continue
        shared = sum(1 for w in words if lines_with[w] > 1)
        unseen = sum(1 for pair in pairs if lines_with[pair] <= 1)
        lower = sum(1 for w in text.split() if w[:1].islower())
        if (
            shared <= _SCRAMBLED_SHARED * len(words)
            and unseen >= _SCRAMBLED_PAIRS * len(pairs)
            and lower >= _SCRAMBLED_LOWER * len(text.split())
        ):
            out[i] = ("scrambled", out[i][1], text)
