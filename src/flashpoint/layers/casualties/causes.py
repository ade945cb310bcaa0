"""Deaths without an attacker: whether the dead a verb counts were killed by a disaster,
a disease, an accident or a crush (``data/casualties/causes.tsv``), unless the text
tells of an attack that set it off.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from flashpoint.layers.tables import read_tsv


def _lost_to_other_cause(verb: Token) -> bool:
    """Return whether "lost" names a loss to something other than an attack: "lost two
    players to injury", "lost three members to a rival party" (but not "lost four men to
    sniper fire"). Read by words: the parser may make "to injury" a verb."""
    doc = verb.doc
    for t in verb.subtree:
        if (
            t.lower_ != "to"
            or t.i < verb.i
            or t.head.i not in (verb.i, *(c.i for c in verb.children))
        ):
            continue
        after = []
        for w in doc[t.i + 1 : min(t.i + 5, len(doc))]:
            if w.is_punct:
                break
            after.append(w)
        return not any(
            w.lemma_.lower() in _VIOLENCE | _ATTACK_WORDS or w.lower_ in _VIOLENCE for w in after
        )
    return False


_CAUSES: dict[str, set[str]] = {}
for _row in read_tsv("casualties", "causes.tsv", required=("word", "kind")):
    _CAUSES.setdefault(_row["kind"], set()).add(_row["word"])


def natural_causes() -> frozenset[str]:
    """Return the nouns of ``causes.tsv`` that kill without anyone attacking (floods,
    storms, avalanches, epidemics)."""
    return frozenset(_CAUSES.get("cause", set()))


_CRUSHES = frozenset({"stampede", "crush"})
"""Killers that force may have set off: a toll "from the stampede" may be an attack's."""


_STARTED = frozenset({"start", "cause", "spark", "trigger"})


def _cause_noun(tok: Token) -> bool:
    """Return whether a noun names what kills without anyone attacking ("floods", "a heat
    wave", "Typhoon Kalmaegi", "an explosion at a refinery")."""
    causes = _CAUSES.get("cause", set())
    lemma = tok.lemma_.lower()
    if lemma in causes or tok.lower_ in causes or _at_works(tok):
        return True
    before = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if tok.pos_ == "PROPN" and any(c.lemma_.lower() in causes for c in before):
        return True  # "Typhoon Kalmaegi", "Cyclone Idai"
    if lemma in _ACCIDENTAL and any(c.lemma_.lower() in causes for c in before):
        return not _attacked(tok)  # "a gas cylinder explosion", "a boiler blast"
    if any(
        c.dep_ == "acl"
        and c.lemma_.lower() in _STARTED
        and any(
            a.dep_ == "agent" and any(o.dep_ == "pobj" and _cause_noun(o) for o in a.children)
            for a in c.children
        )
        for c in tok.children
    ):
        return True  # "a fire started by an electrical fault": the fault's
    words = " ".join(c.lower_ for c in before)
    if any(f"{c.lower_} {lemma}" in causes for c in before if c.dep_ == "compound"):
        return True  # "suspected food poisoning": the compound alone names the cause
    return bool(before) and f"{words} {lemma}" in causes


def _deaths_of_cause(head: Token) -> bool:
    """Return whether a count of deaths is a disease's or a disaster's the sentence names,
    with no attack in it: "300 suspected cholera cases and 11 deaths recorded"."""
    if head.lemma_.lower() not in ("death", "fatality"):
        return False
    return any(_cause_noun(t) for t in head.sent if t.pos_ in ("NOUN", "PROPN")) and not (
        _attacked(head)
    )


def _natural(verb: Token) -> bool:
    """Return whether the dead a verb counts were killed by a disaster, a disease or an
    accident, not by anyone ("Flash floods have killed 37", "a bus overturned, killing
    18", "crushed to death in a stampede", "a stampede that left nine people dead")."""
    mishaps = _CAUSES.get("mishap", set())
    joined = verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.i < verb.i
    if joined and _natural(verb.head):
        return True  # "a bus plunged into a ravine, killing 23 and injuring 17"

    if _called_accident(verb):
        return True  # "a hunter was shot dead by a member of his own party, ... an accident"
    if _misadventure(verb) or _by_animal(verb):
        return True  # "died after eating poisoned mushrooms", "a tiger killed two villagers"
    cause = _cause_noun
    if (
        verb.dep_ == "acl"
        and any(
            a.pos_ in ("NOUN", "PROPN") and cause(a) for a in [verb.head, *verb.head.ancestors][:3]
        )
        and not _attacked(verb)
    ):
        return True  # "A landslide at a gold mine buried 15 miners" (hung on "mine")
    if _blamed_on_cause(verb) and not _attacked(verb):
        return True  # "a fire killed 12 patients, officials said, blaming a short circuit"

    above = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") else None
    # "a tanker overturned and exploded ..., killing 98": the mishap is the first verb
    first = above.head if above is not None and above.dep_ == "conj" else None
    if first is not None and any(
        c.dep_ in ("acl", "conj") and c.lemma_.lower() in mishaps for c in first.children
    ):
        return True  # the parser hung "overturned" on "A fuel truck"
    # "a gas explosion caused two floors to collapse, killing seven": the cause is the
    # subject of the verb the collapse's clause hangs on
    made = above.head if above is not None and above.dep_ in ("ccomp", "xcomp") else None
    if (
        above is not None
        and above.dep_ == "relcl"
        and cause(above.head)
        and not _set_off_by_force(above.head)
    ):
        return True  # "caused a landslide that buried 14 homes, killing nine"
    if made is not None and any(c.dep_ == "nsubj" and cause(c) for c in made.children):
        return True
    if above is not None and above.dep_ == "acl" and cause(above.head) and not _attacked(verb):
        return True  # (the parser hung "swept through ..., killing five" on the fault)
    for v in (verb, above, first):
        if v is None:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and cause(c) for c in v.children):
            return True
        if v is not verb and v.lemma_.lower() in mishaps and not _violent(verb):
            return True  # (but "a truck bomb overturned a bus, killing 18" was an attack)
        if (
            v is verb
            and any(
                c.dep_ == "advcl"
                and c.lemma_.lower() in mishaps
                and any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after")
                    for m in c.children
                )
                # (the parser may hang the clause on the last of two verbs: "Eleven pilgrims
                # lost their lives and 25 were hospitalised when a bus plunged ...")
                for w in (v, *v.conjuncts)
                for c in w.children
            )
            and not _attacked(verb, text=True)
        ):
            # "three soldiers died when their truck skidded off the road", "were feared dead
            # after a boat carrying migrants capsized" (but not "... when
            # the bus plunged into a gorge" after gunmen opened fire on it)
            return True
        # "were crushed to death and 40 injured in a stampede": the place phrase may hang
        # on the verb joined to this one
        mates = [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "during")
            and any(cause(o) and not _ensuing(o) for o in c.children)
            for w in (v, *mates)
            for c in w.children
        ) and not any(t.pos_ == "VERB" and t.lemma_.lower() in _FORCE for t in v.subtree):
            return True  # (but "died in a crush after police fired tear gas": by force)
        if v.lemma_.lower() == "die" and (
            any(c.lower_ in ("peacefully", "naturally") for c in v.children)
            or any(
                c.dep_ == "prep"
                and c.lower_ in ("of", "from", "after")
                and any(cause(o) for o in c.children)
                for c in v.children
            )
        ):
            return True  # "died peacefully at his home", "died of natural causes"
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and any(
            t.lemma_.lower() in mishaps & _VEHICLE_MISHAPS
            and t.i < verb.i
            and t.tag_ in ("VBD", "VBN")
            for t in verb.sent
        )
        and not _violent(verb)
    ):
        return True  # "a bus carrying migrants overturned on a highway, killing 18"
    if not _attacked(verb) and any(
        (
            (
                c.dep_ == "advcl"
                and any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "when", "as")
                    for m in c.children
                )
            )
            or (
                c.dep_ == "prep"
                and c.lower_ == "after"
                and any(g.dep_ == "pcomp" for g in c.children)
            )
        )
        and any(cause(t) for t in c.subtree)
        # ("two were killed and seven injured when a gas cylinder exploded": the clause
        # may hang on the verb joined to this one)
        for w in (verb, *(v for v in verb.conjuncts if v.pos_ == "VERB"))
        for c in w.children
    ):  # (also "died after being caught in an avalanche")
        return True  # "4,000 people were confirmed dead after two dams burst during a storm"
    if verb.dep_ != "relcl":
        return False
    # the noun the clause tells of, or the object of the verb whose place phrase the parser
    # hung it on ("triggered a stampede at a station that left nine people dead")
    nouns = [verb.head] + [
        c for a in list(verb.head.ancestors)[:2] for c in a.children if c.dep_ == "dobj"
    ]
    return any(cause(n) and not _set_off_by_force(n) for n in nouns)


_DRIVER_AT_FAULT = re.compile(
    r"\b(?:driver|motorist) (?:was|had been) (?:drunk|intoxicated|speeding)\b|"
    r"\blost control of (?:the|his|her|its) (?:vehicle|car|truck|lorry|bus)\b|"
    r"\bbrakes? (?:failure|failed)\b|\bfell asleep at the wheel\b",
    re.IGNORECASE,
)


def _called_accident(verb: Token) -> bool:
    """Return whether a clause says its harm was accidental: "was accidentally shot", "a
    hunter was shot dead ..., the third hunting accident this season" (the noun set beside
    the clause or its subject)."""
    if any(c.lower_ in ("accidentally", "inadvertently") for c in verb.children):
        return True
    if _DRIVER_AT_FAULT.search(verb.sent.text) and not _attacked(verb, text=True):
        return True  # "a truck rammed into a wedding procession ... the driver was drunk"
    near = {verb.i, *(c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))}
    return any(
        t.lemma_.lower() in ("accident", "mishap")
        and t.dep_ in ("appos", "npadvmod")
        and t.head.i in near
        for t in verb.sent
    )


_SKIPPED = frozenset({"being", "been", "having", "had", "they", "he", "she", "reportedly"})
_ANIMALS = frozenset(r["noun"] for r in read_tsv("casualties", "animals.tsv", required=("noun",)))


def _misadventure(verb: Token) -> bool:
    """Return whether the clause "after" or "when" hangs on a verb's count tells of harm no
    one inflicted: "died after eating poisoned mushrooms", "were hospitalised after they
    drank bootleg liquor", "died after falling from a cliff" (read by words: the parser
    may take "ate" for an auxiliary). Not where the sentence tells of an attack ("after
    eating food poisoned by militants")."""
    doc = verb.doc
    words = _CAUSES.get("misadventure", set())
    for t in verb.subtree:
        if t.lower_ not in ("after", "when") or verb.i not in [a.i for a in t.ancestors][:3]:
            continue  # (the parser may hang "after" on "ate" taken for an auxiliary)
        i = t.i + 1
        while i < len(doc) and doc[i].lower_ in _SKIPPED:
            i += 1
        if i >= len(doc):
            continue
        w = doc[i].lower_
        if doc[i].lemma_.lower() in words or w in words or w.removesuffix("ing") in words:
            return not _attacked(verb)  # ("drinking" may be tagged a noun)
    return False


_SORTS = frozenset({"form", "case", "bout", "strain", "type", "kind", "outbreak", "complication"})


def _by_animal(verb: Token) -> bool:
    """Return whether an animal, or a disease its agent names, did the killing or the
    wounding: "a tiger killed two villagers", "were trampled to death by elephants", "was
    killed by a rare form of cancer"."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    if any(
        _cause_noun(a)
        or (
            a.lemma_.lower() in _SORTS
            and any(
                p.lower_ == "of" and any(_cause_noun(o) for o in p.children) for p in a.children
            )
        )
        for a in agents
    ):
        return not _attacked(verb)
    return any(d.lemma_.lower() in _ANIMALS for d in doers + agents) and not any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in _ANIMALS for c in verb.children
    )


def _blamed_on_cause(verb: Token) -> bool:
    """Return whether the sentence blames its deaths on a cause without an attacker:
    "blaming a short circuit", "blamed on an electrical fault"."""
    for t in verb.sent:
        if t.lemma_.lower() != "blame":
            continue
        objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [o for c in t.children if c.lower_ == "on" for o in c.children]
        if any(_CAUSES.get("cause", set()) & {o.lemma_.lower(), _compound(o)} for o in objs):
            return True
    return False


def _compound(tok: Token) -> str:
    """Return a noun with its compound or adjective before it: "short circuit"."""
    before = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    return f"{before[0].lower_} {tok.lemma_.lower()}" if before else tok.lemma_.lower()


_FORCE = frozenset({"fire", "shoot", "attack", "storm", "charge", "shell", "bomb", "raid"})
_ACCIDENTAL = frozenset({"explosion", "blast", "fire", "blaze", "inferno"})
_ATTACK_WORDS = frozenset(
    {"attack", "bomb", "bomber", "bombing", "militant", "gunman", "gunmen", "insurgent",
     "rebel", "rocket", "missile", "drone", "strike", "airstrike", "shell", "shelling",
     "grenade", "ied", "sabotage", "saboteur", "suicide", "terrorist", "jihadist", "claim"}
)  # fmt: skip
"""Words that make an explosion or a fire an attack, wherever it happened."""


def _attacked(verb: Token, *, text: bool = False) -> bool:
    """Return whether a verb's sentence (or the whole text) tells of an attack, an
    explosion aside."""
    return any(
        t.lemma_.lower() in _ATTACK_WORDS
        or (t.pos_ == "VERB" and t.lemma_.lower() in _FORCE)
        or t.lemma_.lower() in _VIOLENCE - _ACCIDENTAL - {"mine", "storm"}
        for t in (verb.doc if text else verb.sent)
    )


def _at_works(tok: Token) -> bool:
    """Return whether an explosion or a fire broke out at a works ("an explosion at an
    illegal oil refinery", "a fire in a fireworks factory") with nothing saying it was an
    attack: an accident."""
    if tok.lemma_.lower() not in _ACCIDENTAL:
        return False
    sites = _CAUSES.get("site", set())
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("at", "in", "on")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in sites for o in p.children)
        for p in tok.children
    ) and not _attacked(tok)


def _violent(verb: Token) -> bool:
    """Say whether a verb's sentence tells of an attack (a bomb, gunmen, an ambush, "blew
    up the track")."""
    return any(t.lemma_.lower() in _VIOLENCE or _blown_up(t) for t in verb.sent)


def _blown_up(tok: Token) -> bool:
    """Return whether a verb is "blew up" something: "separatists blew up the track"."""
    return (
        tok.lemma_.lower() == "blow"
        and tok.pos_ == "VERB"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
        and any(c.dep_ == "dobj" for c in tok.children)
    )


_VEHICLE_MISHAPS = frozenset(
    {"skid", "overturn", "capsize", "derail", "collide", "plunge", "crash"}
)
"""Road, rail, air and boat accidents: "died when their truck skidded off the road"."""
_VIOLENCE = _FORCE | {
    "gunfire", "gunman", "gunmen", "ambush", "explosion", "blast", "mine", "militant", "bomb",
    "grenade", "rocket", "missile", "drone", "attacker", "insurgent", "rebel",
}  # fmt: skip
"""Words that say an attack happened, so a crash that killed is no mere accident."""


def _ensuing(noun: Token) -> bool:
    """Return whether a crush follows what the text tells of: "hurt in the ensuing
    stampede", "in the stampede that followed the blast" (the event's own casualties)."""
    return noun.lemma_.lower() in _CRUSHES and any(
        (c.dep_ == "amod" and c.lower_ in ("ensuing", "resulting", "subsequent"))
        or (c.dep_ == "relcl" and c.lemma_.lower() in ("follow", "ensue"))
        or (c.dep_ == "relcl" and _set_off_by_attack(c))
        for c in noun.children
    )


def _set_off_by_attack(clause: Token) -> bool:
    """Return whether a clause on a crush says an attack set it off: "the stampede it
    set off" (after a grenade blast), "the crush the explosion triggered" (but not "the
    crush it caused" after a railing gave way)."""
    if clause.lemma_.lower() not in ("set", "trigger", "cause", "spark", "prompt"):
        return False
    if clause.lemma_.lower() == "set" and not any(
        c.dep_ == "prt" and c.lower_ == "off" for c in clause.children
    ):
        return False
    return any(
        c.dep_ == "nsubj"
        and (
            (c.lower_ in ("it", "they", "which") and _attacked(clause))
            or c.lemma_.lower() in _VIOLENCE | _ATTACK_WORDS
        )
        for c in clause.children
    )


def _set_off_by_force(noun: Token) -> bool:
    """Return whether a crush was set off by force: "Riot police fired tear gas into the
    stands, triggering a crush in which 17 people died" (not "a false bomb alarm triggered
    a stampede")."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in ("trigger", "cause", "spark", "set", "prompt"):
        return False
    return verb.dep_ in ("advcl", "conj") and any(
        a.lemma_.lower() in _FORCE for a in list(verb.ancestors)[:3]
    )
