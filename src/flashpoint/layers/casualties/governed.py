"""The kind of harm the word governing a count gives it: "were killed", "wounded 30",
"the bodies of", "N deaths", "shot dead", "embraced martyrdom"; bodies handed over,
judicial executions and past killings are not the news's dead.
"""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.layers.casualties.care import (
    _HARMS,
    _came_away_hurt,
    _for_other_reason,
    _in_care,
    _treated_for_harm,
    _with_wounds,
)
from flashpoint.layers.casualties.causes import _lost_to_other_cause, _natural
from flashpoint.layers.casualties.history import _PAST_MARKERS, _historical, _year
from flashpoint.layers.casualties.lexicon import (
    _DEAD_WORDS,
    _HURT_WORDS,
    _LISTED,
    _PREDICATES,
    _QUANTIFIERS,
    INJURED,
    KILLED,
)
from flashpoint.layers.casualties.words import _clause_verb, _has_child, _person
from flashpoint.layers.tables import read_tsv

_HANDOVERS = frozenset({"return", "exchange", "swap", "repatriate", "hand", "transfer", "trade"})


def _handed_over(body: Token) -> bool:
    """Return whether bodies are handed over or exchanged ("agreed to return the bodies of
    6,000 soldiers", "exchanged 500 bodies"): the dead of earlier fighting, no event's toll."""
    head = body.head
    if head.dep_ == "prep" and head.lower_ == "of":
        head = head.head.head
    if body.dep_ in ("nsubjpass", "dobj", "pobj") or head.pos_ == "VERB":
        return head.lemma_.lower() in _HANDOVERS
    return False


def _shares_passive(verb: Token) -> bool:
    """Return whether a bare participle joined to a passive verb is passive too, its
    subject the parser's "nsubj": "were confirmed dead and 40 hospitalised"."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in verb.head.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
    )


def _elided_passive(verb: Token) -> bool:
    """Return whether a participle shares the passive of the verb it is joined to:
    "five people were killed and 40 injured" (whatever the parser hangs on it)."""
    return (
        verb.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in verb.head.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and _PREDICATES.get(verb.head.lemma_.lower()) in (KILLED, INJURED, "kill_or_die")
    )


_PEOPLE_ONLY = frozenset({"neutralise", "neutralize", "destroy", "eliminate", "liquidate"})
"""Verbs that kill only when what they take is people: "destroyed up to 70 servicemen"
(military claims' wording), not "destroyed 12 tanks"."""


def _found_dead(verb: Token) -> bool:
    """Return whether "were found" goes on "shot dead", "dead", "killed"."""
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ == "dead":
            return True
        kind = _PREDICATES.get(c.lemma_.lower()) if c.dep_ in ("xcomp", "oprd") else None
        if kind == KILLED or (kind == "kill_or_die" and _has_child(c, "dead")):
            return True
    return False


def _governed(h: Token) -> str | None:
    """Return the kind of harm the word governing a count gives it, or None where the verb
    lumps kinds together ("killed or wounded") or the dead are history's or a disaster's."""
    kind = _governed_kind(h)
    if kind is None:
        return None
    if _in_neither(h):
        return None  # "neither the driver nor any of the 40 passengers was hurt"
    verb = h.head
    if any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children) and any(
        c.dep_ == "conj" and _PREDICATES.get(c.lemma_.lower()) for c in verb.children
    ):
        return None  # "killed or wounded": no breakdown
    if (
        verb.dep_ == "conj"
        and _PREDICATES.get(verb.head.lemma_.lower())
        and any(c.dep_ == "cc" and c.lower_ == "or" and c.i < verb.i for c in verb.head.children)
    ):
        return None  # "killed or maimed 22 people": the count hangs on the second verb
    if _historical(verb) or _natural(verb):
        return None
    if verb.lemma_.lower() == "execute" and _convicts(h):
        return None  # "four men convicted of murder were executed": a sentence carried out
    if kind == INJURED and verb.pos_ in ("VERB", "AUX") and _for_other_reason(verb):
        return None  # "The minister was admitted to hospital for a routine check-up"
    return kind


_BOUND_WORDS = frozenset({"in", "excess", "of", "for", "on", "getting", "best", "part", "upwards"})
"""The words of a bound before a count ("in excess of", "getting on for", "the best part of")."""


def _in_neither(h: Token) -> bool:
    """Return whether a word is in a subject that "neither ... nor" denies: "neither the
    driver nor any of the 40 passengers was hurt" (none of them)."""
    for t in (h, *h.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in t.children):
            return True
    return False


_FIRST_AID = frozenset({"scene", "paramedic", "medic", "clinic", "ambulance"})
"""Where or by whom people treated are treated for wounds: "treated at the scene"."""

_HOW_BADLY = frozenset(
    {"seriously", "critically", "badly", "gravely", "severely", "lightly", "slightly",
     "moderately"}
)  # fmt: skip


def _then_died(participle: Token) -> bool:
    """Return whether a bare participle of harm is the parser's misreading of a subject's
    modifier before its verb of dying: "A woman wounded when troops fired died" (the
    participle made the clause's head, "died" a clause under it with no subject)."""
    return (
        participle.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in participle.children)
        and any(
            c.dep_ in ("ccomp", "conj", "advcl")
            and c.i > participle.i
            and _PREDICATES.get(c.lemma_.lower()) == "die"
            and not any(g.dep_.startswith("nsubj") for g in c.children)
            for c in participle.subtree
        )
    )


def _then_kind(verb: Token, *, passive: bool) -> str | None:
    """Return the kind of harm a verb joined to a subject's verb gives that subject, the
    joined verb having no subject of its own: "were abducted and (later) killed" (killed),
    "was shot and later died", "was taken to hospital but pronounced dead", "were beaten
    and hurt" (injured). A subject that acts ("Gunmen attacked and killed two men") takes
    only dying ("died", "dead")."""
    found = None
    for c in verb.children:
        if c.dep_ != "conj" or c.i < verb.i or c.pos_ not in ("VERB", "AUX"):
            continue
        if any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            continue  # "... were killed and 12 were wounded": a count of its own
        kind = _PREDICATES.get(c.lemma_.lower())
        if kind == "die" or (
            c.lemma_.lower() in ("pronounce", "declare", "confirm", "find")
            and any(g.dep_ in ("oprd", "acomp", "xcomp") and g.lower_ == "dead" for g in c.children)
        ):  # (not "are missing, feared dead")
            return KILLED  # "shot and later died", "pronounced dead"
        if not passive or c.tag_ != "VBN" or any(g.dep_ == "dobj" for g in c.children):
            continue
        if kind == KILLED or (kind == "kill_or_die" and _to_death(c)):
            return KILLED
        hospital = any(t.lemma_.lower() == "hospital" for t in c.subtree)
        if kind == INJURED or (c.lemma_.lower() in _TO_HOSPITAL and hospital):
            found = INJURED  # "were beaten and hurt", "found ... and taken to hospital"
    return found


_TO_HOSPITAL = frozenset({"take", "rush", "admit", "airlift", "fly", "carry", "evacuate"})


def _governed_kind(h: Token) -> str | None:
    """Return the kind of harm the word a count hangs on gives it, by the count's role:
    the subject of "were killed" / "died", the object of "wounded", "injured people"."""
    dep = h.dep_
    head = h.head
    if (
        dep in ("pobj", "dobj")
        and head.lower_ == "dead"
        and head.dep_ in ("prep", "acomp", "oprd")
        and _PREDICATES.get(head.head.lemma_.lower()) == "kill_or_die"
    ):
        # "shot dead a prison officer": the parser made "dead" a preposition, or the verb
        # of its object
        return KILLED
    if _with_wounds(h):
        return INJURED  # "left six people with gunshot wounds"
    if any(c.dep_ == "amod" and c.lower_ in _HURT_WORDS and c.i < h.i for c in h.children):
        return INJURED  # "11 bodies and more than 40 injured people"
    if (
        dep == "conj"
        and head.pos_ == "VERB"
        and _PREDICATES.get(head.lemma_.lower()) in (KILLED, INJURED)
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ == "advmod" and c.lower_ in _HOW_BADLY for c in h.children)
    ):
        # "Six soldiers were lightly wounded and one seriously": the gapped clause's count
        return _PREDICATES[head.lemma_.lower()]
    if dep == "conj" and head.i != h.i:
        return _governed_kind(head)
    if dep == "nsubj" and head.dep_ == "auxpass" and head.head.i != head.i:
        # "four passers-by were also wounded", the subject hung on the auxiliary
        dep, head = "nsubjpass", head.head
    if (
        dep in ("attr", "nsubj")
        and head.dep_ == "auxpass"
        and head.head.i < head.i
        and head.head.tag_ == "VBN"
        and head.head.i == head.head.sent.start
    ):
        # "Killed in the attack were a police inspector and two constables": the inverted
        # passive, its participle first
        dep, head = "nsubjpass", head.head
    if (
        dep in ("nsubj", "nsubjpass", "dobj")
        and _PREDICATES.get(head.lemma_.lower()) is None
        and any(
            c.dep_ == "relcl"
            and c.lemma_.lower() in ("wound", "injure", "shoot", "hurt")
            and not _has_child(c, "dead")
            and any(a.dep_ == "auxpass" for a in c.children)
            and any(w.dep_ == "nsubjpass" and w.lower_ == "who" for w in c.children)
            for c in h.children
        )
    ):
        return INJURED  # "The suspect, who was wounded by an officer, is in custody"
    if dep == "pobj" and head.lower_ in ("of", "for"):
        # "killed in excess of 30 villagers", "killed getting on for 20 soldiers": the
        # parser hangs the count on the words of its bound
        node = head
        for _ in range(4):
            if node.pos_ == "VERB" and _PREDICATES.get(node.lemma_.lower()):
                if not any(c.dep_ in ("auxpass", "dobj") for c in node.children):
                    dep, head = "dobj", node
                break
            if node.lower_ not in _BOUND_WORDS or node.head is node:
                break
            node = node.head
    as_many = h.lower_ == "many" and h.i > 0 and h.doc[h.i - 1].lower_ == "as"
    if (
        dep == "advmod"
        and (h.lower_ in _QUANTIFIERS or as_many)  # "wounded three times as many"
        and head.pos_ == "VERB"
        and not any(c.dep_ in ("auxpass", "dobj") for c in head.children)
    ):
        dep = "dobj"  # "The militants killed upwards of 40 people": the parser's adverb
    lemma = head.lemma_.lower()
    kind = _PREDICATES.get(lemma)
    if kind == INJURED and _to_death(head):
        kind = KILLED  # "A catechist was mortally wounded": the wound was fatal
    if lemma in _PEOPLE_ONLY and not _person(h):
        return None  # "ordered the army to neutralise 22 criminal gangs", "destroyed 12 tanks"
    then = _then_kind(head, passive=dep == "nsubjpass") if dep in ("nsubj", "nsubjpass") else None
    if then == KILLED or (
        then == INJURED
        and kind not in (KILLED, "die")
        and not (kind == "kill_or_die" and _to_death(head))
    ):
        # "Two men were abducted and killed", "was rushed to hospital but pronounced dead",
        # "were beaten and hurt", "A soldier was shot and later died in hospital"
        return then
    if dep == "nsubj" and kind in (INJURED, "kill_or_die") and _then_died(head):
        # "A woman wounded when troops fired on the crowd died on Monday", "A police
        # officer shot during a robbery on Friday died of his wounds on Sunday"
        return KILLED
    if dep in ("nsubjpass",) and kind in (KILLED, INJURED, "kill_or_die"):
        if kind == "kill_or_die" and not _to_death(head):
            if any(
                c.dep_ == "conj" and _PREDICATES.get(c.lemma_.lower()) == KILLED
                for c in head.children
            ):
                return KILLED  # "Three people were shot and killed"
            # "two crewmen were badly burned" (a person burned and not to death is hurt)
            people = _person(h) or (h.like_num and any(_person(t) for t in h.subtree))
            return INJURED if lemma in ("shoot", "stab", "burn") and people else None
        return KILLED if kind in (KILLED, "kill_or_die") else kind
    if dep == "nsubj" and kind == "die":
        return KILLED
    if (
        dep == "nsubj"
        and kind == "kill_or_die"
        and lemma not in ("shoot", "stab", "beat")  # (done to others: "shot dead a guard")
        and _to_death(head)
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in head.children)
    ):
        return KILLED  # "the driver and his turn-boy burned to death in the cab"
    if dep == "nsubjpass" and lemma == "find" and _found_dead(head):
        return KILLED  # "Eight migrants were found shot dead on a ranch"
    if dep == "nsubj" and kind in (KILLED, INJURED) and _shares_passive(head):
        return kind  # "Seven people were confirmed dead and 40 hospitalised"
    if (
        dep == "nsubjpass"
        and lemma in ("believe", "fear", "think", "report", "say", "presume", "understand", "know")
        and any(
            c.dep_ == "xcomp" and _PREDICATES.get(c.lemma_.lower()) == "die" for c in head.children
        )
    ):
        return KILLED  # "Twenty people are believed to have died"
    if dep == "nsubj" and head.lower_ in _DEAD_WORDS and head.pos_ in ("VERB", "ADJ"):
        objects = any(c.dep_ == "dobj" for c in head.children)
        return _DEAD_WORDS[head.lower_] if not objects or _elided_passive(head) else None
    if dep == "dobj" and lemma == "bury" and not _has_child(head, "alive") and _person(h):
        if any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
            return None  # "buried the 14 victims of last Friday's bombing": told before
        return KILLED  # "residents buried 15 villagers a day after gunmen raided"
    if dep == "dobj" and lemma == "execute" and _judicial(head):
        return None  # "executed seven men convicted of terrorism offences": a sentence served
    if dep == "dobj" and kind in (KILLED, INJURED, "kill_or_die"):
        # ("shot a prison officer dead": the parser may hang "dead" on the object)
        dead = any(c.dep_ == "amod" and c.lower_ == "dead" for c in h.children)
        if kind == "kill_or_die" and not (_to_death(head) or dead):
            if lemma in ("shoot", "stab") and _person(h) and h.tag_ == "NNS":
                return INJURED  # "stabbed five people" (and "one of them fatally")
            return None  # "shot down two helicopters", "burned homes"
        return KILLED if kind in (KILLED, "kill_or_die") else kind
    if dep == "dobj" and lemma == "leave":
        for c in head.children:
            if c.lower_ in _DEAD_WORDS and c.i > h.i:
                return _DEAD_WORDS[c.lower_]
    if dep == "pobj" and head.lower_ == "of":
        owner = head.head
        if owner.lemma_.lower() in ("body", "remains") and _handed_over(owner):
            return None  # "to return the bodies of 6,000 fallen soldiers"
        if owner.lemma_.lower() in _NOMINALS and _nominal_event(owner):
            return _NOMINALS[owner.lemma_.lower()]  # "the killing of 14 miners by gunmen"
        if owner.lemma_.lower() == "loss" and (
            _person(h) or (h.like_num and any(_person(t) for t in h.subtree))
        ):
            return KILLED  # "acknowledged the loss of four of its own soldiers"
        if owner.lemma_.lower() in ("life", "body", "death", "remains"):
            if owner.lemma_.lower() == "life" and owner.head.lemma_.lower() not in (
                "claim",
                "take",
                "cost",
                "lose",
            ):
                return None
            return KILLED
    if (
        dep == "nsubj"
        and lemma in ("suffer", "sustain", "nurse", "receive")
        and any(c.dep_ == "dobj" and _harm_noun(c) for c in head.children)
    ):
        # "fourteen people suffered burns", "sustained varying degrees of injuries", "two
        # others received cuts"
        return INJURED
    if dep == "nsubj" and lemma in ("lose",) and _has_child(head, "lives"):
        return KILLED
    if (
        dep == "dobj"
        and lemma == "lose"
        and (_person(h) or (h.like_num and any(_person(t) or _of_own(t) for t in h.subtree)))
        and not _lost_to_other_cause(head)
    ):
        return KILLED  # "the regiment lost seven soldiers in the ambush", "We lost nine men"
    if dep == "nsubj" and lemma == "embrace" and _martyrdom(head):
        return KILLED  # "four soldiers embraced shahadat" (Pakistani military usage)
    if (
        (dep in ("dobj", "nsubjpass") or (dep == "nsubj" and head.tag_ == "VBN"))
        and lemma == "send"
        and any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" and _has_child(c, "hell")
            for c in head.children
        )
    ):
        return KILLED  # "security forces sent four khwarij to hell"
    if (
        dep == "nsubj"
        and lemma == "lose"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _BODY_PARTS for c in head.children)
    ):
        return INJURED  # "a fourth lost a leg"
    if dep in ("nsubj", "nsubjpass") and _has_child(head, "among") and _among_dead(head):
        return KILLED
    if dep == "attr" and lemma == "be":
        # "Among the dead were six children", "among the injured were four policemen"
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "among":
                words = {t.lower_ for t in c.subtree}
                if words & {"dead", "killed", "victims"}:
                    return KILLED
                if words & {"injured", "wounded", "hurt"}:
                    return INJURED
    shooter = dep == "nsubj" and any(
        c.dep_ == "dobj"
        # ("a farmer shot dead his brother": the parser may hang the dead on "dead")
        or (c.lower_ == "dead" and any(g.dep_ == "dobj" for g in c.children))
        for c in head.children
    )
    if (
        dep in ("nsubj", "nsubjpass")
        and not shooter  # ("A gunman shot dead four people": the gunman did it)
        and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "attr")
            and c.lower_ in _DEAD_WORDS
            and not any(g.dep_ == "cc" and g.lower_ == "or" for g in c.children)
            for c in head.children
        )
    ):
        word = next(c.lower_ for c in head.children if c.lower_ in _DEAD_WORDS)
        return _DEAD_WORDS[word]  # "63 were confirmed dead"
    acl = [
        c
        for c in h.children
        if c.dep_ == "acl"
        and c.lower_ in ("killed", "wounded", "injured")
        and not any(g.dep_ in ("dobj", "prt") for g in c.children)
    ]
    if acl and (_person(h) or h.like_num):
        return _DEAD_WORDS[acl[0].lower_]  # "at least eight people killed"
    if (_person(h) or h.like_num) and any(
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and _PREDICATES.get(c.lemma_.lower()) == "kill_or_die"
        and _to_death(c)
        and not any(g.dep_ in ("dobj", "prt") for g in c.children)
        for c in h.children
    ):
        return KILLED  # "among six people shot dead by gunmen"
    if (
        dep == "nsubj"
        and lemma == "remain"
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "under")
            and any(o.lemma_.lower() in ("hospital", "treatment", "care") for o in c.children)
            for c in head.children
        )
    ):
        return INJURED  # "Another 40 people remain under treatment"
    if (
        dep == "nsubjpass"
        and lemma in ("take", "rush", "admit", "treat", "airlift")
        and any(t.lemma_.lower() in ("hospital", "injury", "wound") for t in head.subtree)
    ):
        return INJURED
    if (
        dep == "dobj"
        and lemma in ("send", "put", "land")
        and head.dep_ in ("conj", "advcl")
        and _PREDICATES.get(head.head.lemma_.lower()) in (KILLED, INJURED, "kill_or_die")
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("to", "in", "into")
            and any(o.dep_ == "pobj" and o.lower_ == "hospital" for o in c.children)
            for c in head.children
        )
    ):
        return INJURED  # "killing four guests and sending 31 others to hospital"
    if (
        dep == "nsubjpass"
        and lemma in ("take", "rush", "admit", "airlift", "move", "transfer")
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("to", "into")
            and any(
                o.lemma_.lower() in ("care", "icu") and _has_child(o, "intensive")
                for o in c.children
            )
            for c in head.children
        )
    ):
        return INJURED  # "eight were admitted to intensive care"
    if (
        dep in ("dobj", "nsubjpass")
        and lemma in _WITH_HARMS
        and any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(o.lemma_.lower() in _HARMS for o in c.children)
            for c in head.children
        )
        and (_person(h) or h.like_num or h.lower_ == "others")
    ):
        return INJURED  # "the hospital had admitted 20 people with injuries"
    if (
        dep == "nsubj"
        and lemma == "fight"
        and any(
            c.dep_ == "prep" and c.lower_ == "for" and _has_child(c, "lives") for c in head.children
        )
    ):
        return INJURED  # "Three victims are fighting for their lives in hospital"
    if (
        dep == "nsubjpass"
        and lemma == "treat"
        and any(
            c.dep_ in ("prep", "agent") and any(o.lemma_.lower() in _FIRST_AID for o in c.children)
            for c in head.children
        )
    ):
        return INJURED  # "Four others were treated at the scene", "treated by paramedics"
    if dep in ("dobj", "attr", "npadvmod") and lemma == "number":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in _LISTED:
            return _LISTED[subject.lower_]  # "the dead numbered at least 30"
    if (
        dep == "nsubjpass"
        and lemma in ("hit", "strike", "graze")
        and (_person(h) or h.like_num)
        and any(
            c.dep_ == "agent" and any(o.lemma_.lower() in _MISSILES for o in c.children)
            for c in head.children
        )
    ):
        return INJURED  # "a girl in a neighbouring house was also hit by shrapnel"
    if (
        dep == "nsubjpass"
        and lemma == "treat"
        and (h.lower_ in _OTHERS or any(c.lower_ in _OTHERS for c in h.children))
    ):
        return INJURED  # "a dozen were killed ... nearly 20 others were being treated"
    if (
        (dep in ("dobj", "nsubjpass") or (dep == "nsubj" and head.tag_ == "VBN"))
        and lemma == "treat"
        and _treated_for_harm(head)
    ):
        # "Doctors treated 45 people for gunshot wounds", "12 people were treated for burns",
        # "..., with 54 people treated for gunshot wounds" (a participle the parser gave a
        # subject)
        return INJURED
    if _in_care(h):
        return INJURED  # "Nine dead, two in hospital", "11 others were in critical condition"
    if dep in ("nsubj", "nsubjpass") and _came_away_hurt(head):
        return INJURED  # "a third suspect escaped with burns", "were left nursing wounds"
    if any(c.dep_ == "acl" and c.tag_ == "VBD" and _came_away_hurt(c) for c in h.children):
        return INJURED  # "a ninth, a boy of 14, survived with a gunshot wound" (misparsed)
    if (
        dep == "nsubj"
        and lemma in ("receive", "undergo")
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("treatment", "care") for c in head.children
        )
    ):
        return INJURED  # "Another nine people were receiving treatment at the hospital"
    return None


_WITH_HARMS = frozenset(
    {"admit", "treat", "receive", "take", "rush", "hospitalise", "hospitalize", "fly",
     "airlift", "bring", "ferry", "transfer"}
)  # fmt: skip
"""Verbs of bringing people to care, hurt when "with" a wound: "the hospital had admitted
20 people with injuries", "nine were flown to the capital with gunshot wounds"."""


_NOMINALS = {
    r["word"]: r["kind"] for r in read_tsv("casualties", "nominals.tsv", required=("word", "kind"))
}


def _nominal_event(noun: Token) -> bool:
    """Return whether "the killing of N" tells of the news and not of a past event that a
    trial, an anniversary or a mourning looks back to, or of killings over years ("the
    killing of 120 civilians ... between 2023 and 2025")."""
    verb = _clause_verb(noun)
    return not (
        verb.lemma_.lower() in _PAST_MARKERS
        or any(_year(t) for t in verb.subtree)
        or any(t.lemma_.lower() in _PAST_MARKERS for t in noun.ancestors)
        or _historical(verb)
    )


def _martyrdom(verb: Token) -> bool:
    """Return whether a verb is "embraced martyrdom" / "embraced shahadat": died."""
    return any(
        c.dep_ == "dobj" and c.lower_ in ("martyrdom", "shahadat", "shahadah")
        for c in verb.children
    )


_BODY_PARTS = frozenset(
    {"leg", "arm", "limb", "eye", "hand", "foot", "finger", "sight", "eyesight", "hearing"}
)
_JUDICIAL = frozenset({"convict", "sentence", "condemn", "court", "row", "hanging", "injection"})


def _judicial(verb: Token) -> bool:
    """Return whether an execution carries out a court's sentence: "executed seven men
    convicted of terrorism offences", "executed by lethal injection"."""
    return any(t.lemma_.lower() in _JUDICIAL for t in verb.subtree) or any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(t.lemma_.lower() in _CRIMES for t in c.subtree)
        for c in verb.children
    )  # "executed 11 people for drug smuggling"


_CRIMES = frozenset(
    {
        "smuggling", "trafficking", "murder", "terrorism", "rape", "treason", "espionage",
        "spying", "blasphemy", "offence", "offense", "crime", "apostasy", "adultery",
        "kidnapping", "robbery", "drug", "corruption",
    }
)  # fmt: skip


def _to_death(verb: Token) -> bool:
    """Return whether "shot", "burned", "stabbed" end in death: "shot dead", "to death"
    (also where the parser hangs "to death" on the object: "stabbed a shopkeeper to death")."""
    # ("two were shot, one of them fatally": the adverb grades the part the parser hung
    # on the verb, not all of them)
    part = any(
        p.like_num and any(o.dep_ == "prep" and o.lower_ == "of" for o in p.children)
        for p in verb.children
    )
    return any(
        c.lower_ in ("dead", "death")
        or (c.lower_ in ("fatally", "mortally") and not part)
        or (c.lower_ == "alive" and verb.lemma_.lower() == "burn")  # "burned alive"
        or (c.lower_ == "to" and _has_child(c, "death"))
        or (
            c.dep_ == "dobj"
            and any(g.lower_ == "to" and _has_child(g, "death") for g in c.children)
        )
        for c in verb.children
    )


def _among_dead(verb: Token) -> bool:
    """Return whether a verb puts its subject among the dead ("were among the dead",
    "among those killed")."""
    for c in verb.children:
        if c.lower_ == "among":
            return any(t.lower_ in ("dead", "killed", "victims") for t in c.subtree)
    return False


def _convicts(h: Token) -> bool:
    """Return whether the people a count names were convicts: "four men convicted of
    murder", "two prisoners sentenced to death", "three convicts"."""
    noun = h.head if h.dep_ == "nummod" else h
    return noun.lemma_.lower() in ("convict",) or any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("convict", "condemn", "sentence")
        for c in noun.children
    )


_MISSILES = frozenset({"shrapnel", "bullet", "gunfire", "pellet", "splinter", "fragment"})
"""What hits people and wounds them: "was hit by shrapnel", "were struck by bullets"."""
_OTHERS = frozenset({"others", "other", "more"})
"""Words that make people treated the event's other victims ("20 others were treated")."""


def _harm_noun(tok: Token) -> bool:
    """Return whether an object names wounds: "burns", "injuries", "various degrees of
    injuries"."""
    if tok.lemma_.lower() in _HARMS:
        return True
    if tok.lemma_.lower() in _BODY_PARTS and any(
        c.dep_ == "amod" and c.lower_ in ("broken", "fractured", "injured") for c in tok.children
    ):
        return True  # "a guard suffered a broken arm"
    return tok.lemma_.lower() in ("degree", "kind", "type", "form") and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.lemma_.lower() in _HARMS for o in c.children)
        for c in tok.children
    )


def _of_own(tok: Token) -> bool:
    """Return whether a word is "own" of "two of their own" (their own people)."""
    return (
        tok.lower_ == "own"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and any(c.dep_ == "poss" for c in tok.children)
    )
