"""The event trigger lexicon: ``data/lexicon/events.tsv``.

Each row says that a word (a verb lemma, optionally with a particle and a
required direct object, or a noun lemma) expresses a CAMEO event, and how its
target attaches: ``-`` for the direct object, else the prepositions whose object
is the target. ``reciprocal`` marks actions that a plural subject does to each
other ("China and India clashed").
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any

from flashpoint import ontology
from flashpoint.errors import LexiconError
from flashpoint.layers.tables import fingerprint, read_tsv, split
from flashpoint.records import Plover

EVENTS_FILE = ("lexicon", "events.tsv")
OVERRIDES_FILE = ("lexicon", "plover_overrides.tsv")
WEAPONS_FILE = ("lexicon", "weapons.tsv")
IMPACT_FILE = ("lexicon", "impact_verbs.tsv")
CARRIERS_FILE = ("lexicon", "aid_carriers.tsv")
WORKS_FILE = ("lexicon", "works.tsv")
SEATS_FILE = ("lexicon", "seats.tsv")
RESOLVE_FILE = ("lexicon", "resolve.tsv")
MISDEEDS_FILE = ("lexicon", "misdeeds.tsv")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon row."""

    lemma: str
    particle: str | None
    pos: str  # "VERB" or "NOUN"
    objects: frozenset[str]
    direct_target: bool
    preps: frozenset[str]
    cameo: str
    plover: Plover
    goldstein: float
    quad_class: int
    reciprocal: bool
    note: str
    prep_required: bool = False  # "from!": no event unless the target's preposition is there


@dataclass(frozen=True, slots=True)
class EventLexicon:
    """Triggers indexed by (lemma, pos)."""

    by_lemma: dict[tuple[str, str], tuple[Trigger, ...]]
    version: str

    def lookup(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        """Return the rows for a lemma and part of speech (most specific first). A British
        spelling finds the row written with the American one ("recognise", "mobilisation")."""
        rows = self.by_lemma.get((lemma, pos), ())
        if not rows and ("is" in lemma):
            for british, american in _SPELLINGS:
                if lemma.endswith(british):
                    return self.by_lemma.get((lemma[: -len(british)] + american, pos), ())
        return rows


_SPELLINGS = (("isation", "ization"), ("ise", "ize"))
"""British endings and the American ones the lexicon is written with."""


INTENTS_FILE = ("lexicon", "intents.tsv")


@functools.cache
def load_intents() -> dict[str, str]:
    """Return the announced-event table: CAMEO code (or parent/root) -> intent code."""
    table = ontology.cameo_table()
    out = {}
    for row in read_tsv(*INTENTS_FILE, required=("cameo", "intent")):
        if row["intent"] not in table or table[row["intent"]].plover is None:
            raise LexiconError(f"intents.tsv: unknown or non-event code {row['intent']!r}")
        out[row["cameo"]] = row["intent"]
    return out


def intent_of(trigger: Trigger) -> Trigger | None:
    """Return the trigger an announced event becomes (AGREE/THREATEN), or None."""
    intents = load_intents()
    code = next(
        (intents[c] for c in (trigger.cameo, trigger.cameo[:3], trigger.cameo[:2]) if c in intents),
        None,
    )
    if code is None:
        return None
    return recoded(trigger, code)


def recoded(trigger: Trigger, code: str, **changes: Any) -> Trigger:
    """Return ``trigger`` coded as CAMEO ``code``, with the PLOVER type, Goldstein score and
    quad class the table gives that code."""
    info = ontology.lookup(code)
    assert info.plover is not None
    return dataclasses.replace(
        trigger,
        cameo=code,
        plover=info.plover,
        goldstein=info.goldstein,
        quad_class=info.quad_class,
        **changes,
    )


def verb_trigger(lemma: str, code: str, note: str, *, direct_target: bool = True) -> Trigger:
    """Return a trigger the coder makes for a construction a lexicon row cannot hold
    ("called the deployment a provocation", "were leaving ECOWAS")."""
    base = Trigger(
        lemma=lemma,
        particle=None,
        pos="VERB",
        objects=frozenset(),
        direct_target=direct_target,
        preps=frozenset(),
        cameo=code,
        plover=Plover.AGREE,
        goldstein=0.0,
        quad_class=1,
        reciprocal=False,
        note=note,
    )
    return recoded(base, code)


@functools.cache
def load_event_lexicon() -> EventLexicon:
    """Load, check and index ``events.tsv`` (once per process)."""
    rows = read_tsv(
        *EVENTS_FILE, required=("trigger", "pos", "object", "prep", "cameo", "reciprocal")
    )
    table = ontology.cameo_table()
    index: dict[tuple[str, str], list[Trigger]] = {}
    seen: set[tuple[str, str, str, str]] = set()
    for n, row in enumerate(rows, start=1):
        where = f"events.tsv row {n} ({row.get('trigger')!r})"
        key = (row["trigger"], row["pos"], row["object"], row["prep"])
        if key in seen:
            raise LexiconError(f"{where}: duplicate trigger/pos/object/prep")
        seen.add(key)
        code = row["cameo"]
        if code not in table:
            raise LexiconError(f"{where}: unknown CAMEO code {code!r}")
        info = table[code]
        if info.plover is None:
            raise LexiconError(f"{where}: CAMEO {code} is a plain statement, not an event")
        pos = row["pos"].upper()
        if pos not in ("VERB", "NOUN"):
            raise LexiconError(f"{where}: pos must be VERB or NOUN, not {row['pos']!r}")
        words = row["trigger"].lower().split()
        if not words or len(words) > 2:
            raise LexiconError(f"{where}: trigger must be a lemma or 'lemma particle'")
        preps = split(row["prep"])
        trigger = Trigger(
            lemma=words[0],
            particle=words[1] if len(words) == 2 else None,
            pos=pos,
            objects=frozenset(split(row["object"].lower())),
            direct_target="-" in preps,
            preps=frozenset(p.lower().rstrip("!") for p in preps if p != "-"),
            prep_required=any(p.endswith("!") for p in preps),
            cameo=code,
            plover=info.plover,
            goldstein=info.goldstein,
            quad_class=info.quad_class,
            reciprocal=row["reciprocal"].lower() in ("yes", "y", "true", "1"),
            note=row.get("note", ""),
        )
        index.setdefault((trigger.lemma, pos), []).append(trigger)
    # Rows with a particle or a required object are more specific: try them first.
    ordered = {
        k: tuple(sorted(v, key=lambda t: (t.particle is None, not t.objects)))
        for k, v in index.items()
    }
    return EventLexicon(
        by_lemma=ordered,
        version=fingerprint(
            EVENTS_FILE,
            OVERRIDES_FILE,
            INTENTS_FILE,
            WEAPONS_FILE,
            IMPACT_FILE,
            CARRIERS_FILE,
            WORKS_FILE,
            SEATS_FILE,
            RESOLVE_FILE,
            MISDEEDS_FILE,
        ),
    )


@functools.cache
def load_weapons() -> tuple[dict[str, str], frozenset[str]]:
    """Return the weapons that act in a sentence with their CAMEO codes, and the verbs of
    impact they act by (``weapons.tsv``, ``impact_verbs.tsv``)."""
    table = ontology.cameo_table()
    weapons: dict[str, str] = {}
    for row in read_tsv(*WEAPONS_FILE, required=("weapon", "cameo")):
        if row["cameo"] not in table:
            raise LexiconError(f"weapons.tsv: unknown CAMEO code {row['cameo']!r}")
        weapons[row["weapon"]] = row["cameo"]
    verbs = frozenset(r["verb"] for r in read_tsv(*IMPACT_FILE, required=("verb",)))
    return weapons, verbs


@functools.cache
def load_craft_moves() -> tuple[frozenset[str], frozenset[str]]:
    """Return the weapons that are craft (``craft`` in ``weapons.tsv``: "aircraft",
    "helicopter") and the verbs of impact by which only a munition strikes
    (``munition_only`` in ``impact_verbs.tsv``: "land", "crash"): a craft landing moves."""
    craft = frozenset(r["weapon"] for r in read_tsv(*WEAPONS_FILE) if r.get("craft") == "yes")
    moves = frozenset(r["verb"] for r in read_tsv(*IMPACT_FILE) if r.get("munition_only") == "yes")
    return craft, moves


CONDUCT_NOUNS = frozenset(
    {
        "violence", "use", "handling", "treatment", "conduct", "behaviour", "behavior",
        "action", "repression", "abuse", "persecution", "mistreatment", "aggression",
        "abduction", "kidnapping", "shooting", "execution", "atrocity", "raid", "murder",
        "expulsion", "deportation", "detention", "seizure", "closure", "suspension",
    }
)  # fmt: skip
"""Nouns of conduct that are no event trigger of their own: "condemned the violence against
demonstrators", "criticised the government's handling of the crisis"."""


def is_act_noun(lemma: str) -> bool:
    """Say whether a noun lemma names something done ("killing", "arrest", "use" of force):
    an event noun of the lexicon or a noun of conduct."""
    return lemma in CONDUCT_NOUNS or bool(load_event_lexicon().lookup(lemma, "NOUN"))


@functools.cache
def load_works() -> frozenset[str]:
    """Return the nouns of ``works.tsv``: shows, films, novels and the like."""
    return frozenset(row["word"] for row in read_tsv(*WORKS_FILE, required=("word",)))


@functools.cache
def load_seats() -> frozenset[str]:
    """Return the nouns of ``seats.tsv``: buildings a crowd protests outside."""
    return frozenset(row["word"] for row in read_tsv(*SEATS_FILE, required=("word",)))


@functools.cache
def load_aid_carriers() -> dict[str, frozenset[str]]:
    """Return the words of ``aid_carriers.tsv`` by kind: ``carrier``, ``marker``,
    ``arrival``."""
    out: dict[str, set[str]] = {"carrier": set(), "marker": set(), "arrival": set()}
    for row in read_tsv(*CARRIERS_FILE, required=("kind", "word")):
        if row["kind"] not in out:
            raise LexiconError(f"aid_carriers.tsv: unknown kind {row['kind']!r}")
        out[row["kind"]].add(row["word"])
    return {k: frozenset(v) for k, v in out.items()}


@dataclass(frozen=True, slots=True)
class Resolve:
    """One row of ``resolve.tsv``: a verb whose stated resolve is a threat."""

    lemma: str
    negated: bool
    needs: frozenset[str]
    answers: bool
    cameo: str


@functools.cache
def load_resolve() -> dict[str, Resolve]:
    """Return the rows of ``resolve.tsv`` by lemma."""
    table = ontology.cameo_table()
    out: dict[str, Resolve] = {}
    required = ("lemma", "negated", "needs", "answers", "cameo")
    for row in read_tsv(*RESOLVE_FILE, required=required):
        if row["cameo"] not in table or table[row["cameo"]].plover is not Plover.THREATEN:
            raise LexiconError(f"resolve.tsv: {row['cameo']!r} is no THREATEN code")
        if row["lemma"] in out:
            raise LexiconError(f"resolve.tsv: {row['lemma']!r} twice")
        out[row["lemma"]] = Resolve(
            lemma=row["lemma"],
            negated=row["negated"] == "yes",
            needs=frozenset(split(row["needs"])),
            answers=row["answers"] == "yes",
            cameo=row["cameo"],
        )
    return out


@dataclass(frozen=True, slots=True)
class Misdeed:
    """One row of ``misdeeds.tsv``: a verb that, said of another, charges it with a wrong."""

    lemma: str
    objects: frozenset[str]
    cameo: str


@functools.cache
def load_misdeeds() -> dict[str, Misdeed]:
    """Return the rows of ``misdeeds.tsv`` by lemma."""
    table = ontology.cameo_table()
    out: dict[str, Misdeed] = {}
    for row in read_tsv(*MISDEEDS_FILE, required=("lemma", "objects", "cameo")):
        if row["cameo"] not in table or table[row["cameo"]].plover is not Plover.ACCUSE:
            raise LexiconError(f"misdeeds.tsv: {row['cameo']!r} is no ACCUSE code")
        if row["lemma"] in out:
            raise LexiconError(f"misdeeds.tsv: {row['lemma']!r} twice")
        out[row["lemma"]] = Misdeed(
            lemma=row["lemma"], objects=frozenset(split(row["objects"])), cameo=row["cameo"]
        )
    return out
