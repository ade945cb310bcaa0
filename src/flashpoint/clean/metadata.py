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
_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    re.compile(rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>[0-3]?\d),?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<d>[0-3]?\d)\s+(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
)
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
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        month = _MONTHS[groups["mon"].lower()] if groups.get("mon") else int(groups["m"])
        try:
            return dt.date(int(groups["y"]), month, int(groups["d"]))
        except ValueError:
            continue
    return None


def looks_like_title(line: str) -> bool:
    """Return whether a first line reads like a headline (not a sentence, not a dateline)."""
    line = line.strip()
    return (
        0 < len(line) <= 200
        and not line.endswith((".", ":", ";", ",", "-", "\u2013", "\u2014"))
        and len(line.split()) > 2
    )
