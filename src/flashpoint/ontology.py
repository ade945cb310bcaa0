"""CAMEO and PLOVER reference tables, shipped as package data.

Conventions (``shared/data/ontology/README.md``): the PLOVER type comes from
``CAMEO2PLOVER-2021.txt`` unless ``lexicon/plover_overrides.tsv`` says otherwise;
appeals (02x) are REQUEST; plain statements (01x) are not events; Goldstein
scores come from GDELT's table, a missing 4-digit code taking its parent's;
quad class comes from the CAMEO root (01-05 verbal cooperation, 06-08 material
cooperation, 09-13 verbal conflict, 14-20 material conflict).
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from importlib import resources

from flashpoint.errors import LexiconError
from flashpoint.records import Plover

DATA = resources.files("flashpoint") / "data"


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with what Flashpoint derives from it."""

    code: str
    name: str
    goldstein: float
    plover: Plover | None  # None for plain statements (01x), which are not events

    @property
    def root(self) -> str:
        """Return the two-digit root code."""
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        """Return the quad class (1-4) of the root code."""
        return quad_class(self.code)


def quad_class(code: str) -> int:
    """Return the quad class of a CAMEO code from its root."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def _read(name: str) -> str:
    return (DATA / "ontology" / name).read_text(encoding="utf-8")


def _goldstein() -> dict[str, float]:
    out: dict[str, float] = {}
    for i, line in enumerate(_read("CAMEO.goldsteinscale.txt").splitlines()):
        if i == 0 or not line.strip():
            continue
        code, score = line.split("\t")
        out[code.strip()] = float(score)
    return out


_PLOVER_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)?")


def _plover_table() -> dict[str, Plover]:
    out: dict[str, Plover] = {}
    for line in _read("CAMEO2PLOVER-2021.txt").splitlines():
        m = _PLOVER_LINE.match(line)
        if m and m.group(2):
            out[m.group(1)] = Plover(m.group(2))
    return out


def _overrides() -> dict[str, tuple[Plover, str]]:
    path = DATA / "lexicon" / "plover_overrides.tsv"
    out: dict[str, tuple[Plover, str]] = {}
    lines = [
        ln
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    for row in csv.DictReader(lines, delimiter="\t"):
        try:
            out[row["cameo"].strip()] = (Plover(row["plover"].strip()), row.get("reason") or "")
        except (KeyError, ValueError) as exc:
            raise LexiconError(f"plover_overrides.tsv: bad row {row}: {exc}") from exc
    return out


@functools.cache
def cameo_table() -> dict[str, CameoCode]:
    """Return every CAMEO code, keyed by its code string (e.g. ``"0256"``)."""
    gold = _goldstein()
    plover = _plover_table()
    overrides = _overrides()
    table: dict[str, CameoCode] = {}
    for row in csv.DictReader(_read("cameo-codes.csv").splitlines()):
        code = row["code"].strip()
        table[code] = CameoCode(
            code=code,
            name=row["name"].strip(),
            goldstein=_lookup(code, gold, float(row["goldstein"] or 0.0)),
            plover=_plover_for(code, plover, overrides),
        )
    return table


def _lookup(code: str, table: dict[str, float], fallback: float) -> float:
    while code:
        if code in table:
            return table[code]
        code = code[:-1] if len(code) > 2 else ""
    return fallback


def _plover_for(
    code: str, table: dict[str, Plover], overrides: dict[str, tuple[Plover, str]]
) -> Plover | None:
    for candidate in (code, code[:3], code[:2]):
        if candidate in overrides:
            return overrides[candidate][0]
    if code.startswith("01"):
        return None
    if code.startswith("02"):
        return Plover.REQUEST
    for candidate in (code, code[:3], code[:2]):
        if candidate in table:
            return table[candidate]
    return None


def lookup(code: str) -> CameoCode:
    """Return one CAMEO code's record, or raise LexiconError if it does not exist."""
    try:
        return cameo_table()[code]
    except KeyError:
        raise LexiconError(f"unknown CAMEO code {code!r}") from None
