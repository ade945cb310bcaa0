"""Read the tab-separated data files under ``flashpoint/data``.

Every lexicon is a UTF-8 TSV file: ``#`` lines are comments, the first other
line is the header, multi-valued cells are ``|``-separated.
"""

from __future__ import annotations

import csv
import hashlib
from importlib import resources
from importlib.resources.abc import Traversable

from flashpoint.errors import LexiconError

DATA = resources.files("flashpoint") / "data"


def data_file(*parts: str) -> Traversable:
    """Return a file under the package's data folder."""
    node = DATA
    for part in parts:
        node = node / part
    return node


def read_tsv(*parts: str, required: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Read one TSV data file into rows keyed by its header."""
    path = data_file(*parts)
    name = "/".join(parts)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"cannot read data file {name}: {exc}") from exc
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise LexiconError(f"data file {name} is empty")
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise LexiconError(f"data file {name} lacks column(s) {', '.join(missing)}")
    rows = []
    for lineno, row in enumerate(reader, start=2):
        if None in row:
            raise LexiconError(f"data file {name}, row {lineno}: more cells than the header")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


def split(cell: str) -> list[str]:
    """Split a ``|``-separated cell into its non-empty values."""
    return [v.strip() for v in cell.split("|") if v.strip()]


def fingerprint(*paths: tuple[str, ...]) -> str:
    """Return a short hash of the named data files' bytes (a lexicon version)."""
    h = hashlib.sha256()
    for parts in paths:
        h.update(data_file(*parts).read_bytes())
    return h.hexdigest()[:12]
