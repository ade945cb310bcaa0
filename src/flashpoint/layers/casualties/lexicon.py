"""The casualty vocabulary shared by the other modules: the kinds ("killed",
"injured"), the number words and vague quantities of ``data/casualties/quantities.tsv``
(ACLED's convention: "dozens" is 12, all marked approx), the verbs of
``data/casualties/predicates.tsv`` and the small word lists several steps consult.
"""

from __future__ import annotations

from flashpoint.layers.tables import read_tsv

KILLED, INJURED = "killed", "injured"


def _lexicon() -> tuple[dict[str, int], dict[str, tuple[int, bool]], dict[str, str]]:
    """Return the number words and vague quantities of ``quantities.tsv`` and the
    casualty verbs of ``predicates.tsv`` with their kinds."""
    units: dict[str, int] = {}
    vague: dict[str, tuple[int, bool]] = {}
    for row in read_tsv("casualties", "quantities.tsv", required=("word", "value", "approx")):
        if row["approx"] == "true":
            vague[row["word"]] = (int(row["value"]), True)
        else:
            units[row["word"]] = int(row["value"])
    preds = {
        r["lemma"]: r["kind"] for r in read_tsv("casualties", "predicates.tsv", required=("lemma",))
    }
    return units, vague, preds


_UNITS, _VAGUE, _PREDICATES = _lexicon()


def _cues() -> frozenset[str]:
    """Return the words a sentence needs to state a count (``data/casualties/cues.tsv``
    with the words of the predicate, headline, nominal and care tables)."""
    words = {r["word"] for r in read_tsv("casualties", "cues.tsv", required=("word",))}
    words |= set(_PREDICATES)
    for name in ("headlines.tsv", "nominals.tsv", "care.tsv"):
        words |= {r["word"].lower() for r in read_tsv("casualties", name, required=("word",))}
    return frozenset(words)


CUES = _cues()


_DEAD_WORDS = {
    "dead": KILLED,
    "killed": KILLED,
    "wounded": INJURED,
    "injured": INJURED,
    "hurt": INJURED,
    "slain": KILLED,
    "hospitalised": INJURED,
    "hospitalized": INJURED,
}

_SOURCE_VERBS = frozenset({"put", "give", "estimate", "say", "report", "place"})

_REPORTING = frozenset(
    {"say", "report", "tell", "put", "give", "count", "confirm", "state", "acknowledge", "admit"}
)

_ATTACKERS = frozenset(
    {
        "attacker", "assailant", "gunman", "militant", "insurgent", "bomber", "rebel",
        "fighter", "terrorist", "jihadist", "raider", "hijacker", "dacoit", "bandit",
        "kidnapper", "abductor", "guerrilla", "separatist", "extremist", "pirate", "robber",
        "assassin",
    }
)  # fmt: skip

_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

_LISTED = {
    "dead": KILLED,
    "victims": KILLED,
    "fatalities": KILLED,
    "wounded": INJURED,
    "injured": INJURED,
}

_QUANTIFIERS = frozenset(
    {
        "upwards",
        "upward",
        "minimum",
        "some",
        "dozens",
        "hundreds",
        "thousands",
        "scores",
        "tens",
        "more",
        "over",
    }
)

_HURT_WORDS = frozenset({"injured", "wounded", "hurt"})

_SELF = frozenset({"himself", "herself"})

_ONE = frozenset({"a", "an", "one", "the", "his", "her", "their", "its"})
