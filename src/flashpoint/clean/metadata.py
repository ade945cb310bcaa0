"""Text normalisation and the metadata lines at the top of crawled text."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.)?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    re.compile(rf"\b(?P<mon>{_MONTH_RE})\.?\s+{_DAY},?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    # "4 September 2020", "12th March 2024", "21. november 2025", "20-Nov-2025"
    re.compile(rf"\b{_DAY}(?:\s+|-)(?P<mon>{_MONTH_RE})\.?,?(?:\s+|-)(?P<y>(?:19|20)\d\d)\b", re.I),
    # "14/11/2025", "01.12.2026": day first, except beside a US time zone ("06/12/2024 05:31
    # PM EDT" is June 12)
    re.compile(r"\b(?P<n1>[0-3]?\d)(?P<sep>[/.])(?P<n2>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b"),
)
_US_ZONE = re.compile(r"\b(?:[ECMP][SD]?T|AK[SD]T|H[SD]T)\b")
"""US time zones: a numeric date beside one is month first."""
DATE_LINE = re.compile(r"^\s*(published|updated|posted|date|by\b[^|]{0,80}\|)", re.I)


def normalize(text: str) -> str:
    """Normalise Unicode (NFC), line endings and spaces; keep paragraph breaks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    paragraphs = []
    for para in re.split(r"\n\s*\n", text):
        lines = [re.sub(r"[ \t\f\v]+", " ", ln).strip() for ln in para.split("\n")]
        joined = "\n".join(ln for ln in lines if ln)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


def find_date(text: str) -> dt.date | None:
    """Return the first calendar date written in ``text``, or None."""
    found = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            day = _date_of(m.groupdict(), us=bool(_US_ZONE.search(text)))
            if day is not None:
                found.append((m.start(), day))
                break
    return min(found)[1] if found else None


def _date_of(groups: dict[str, str], *, us: bool) -> dt.date | None:
    """Return the date a pattern's groups spell, or None when there is no such day."""
    if groups.get("n1"):
        first, second = int(groups["n1"]), int(groups["n2"])
        day, month = (second, first) if us and first <= 12 else (first, second)
    else:
        day = int(groups["d"])
        month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
    try:
        return dt.date(int(groups["y"]), month, day)
    except ValueError:
        return None


def looks_like_title(line: str) -> bool:
    """Return whether a first line reads like a headline (not a sentence, not a dateline)."""
    line = line.strip()
    return (
        0 < len(line) <= 200
        and not line.endswith((".", ":", ";", ",", "-", "\u2013", "\u2014"))
        and len(line.split()) > 2
    )
