"""Counts without a number: "no one was killed" (zero), "a man was shot dead", "killing
the driver" (one), and whether a lone killer died too.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from flashpoint.layers.casualties.care import _in_care_words, _left_in_care
from flashpoint.layers.casualties.governed import _governed, _martyrdom
from flashpoint.layers.casualties.groups import _among_the_dead
from flashpoint.layers.casualties.lexicon import (
    _DEAD_WORDS,
    _ONE,
    _ORDINALS,
    _PREDICATES,
    _SELF,
    INJURED,
    KILLED,
)
from flashpoint.layers.casualties.numbers import number_value
from flashpoint.layers.casualties.whose import _nationality
from flashpoint.layers.casualties.words import _has_child, _person, _unreal
from flashpoint.nlp import span_tokens
from flashpoint.records import Casualty


def _killer_died(verb: Token) -> bool:
    """Return whether a lone killer died after the killing the verb tells of: "A gunman
    killed four people before being shot dead by police", "..., killing six worshippers
    before he was shot dead", "... before killing himself" (he is one more of the dead)."""
    if _PREDICATES.get(verb.lemma_.lower()) not in (KILLED, "kill_or_die"):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("advcl", "conj"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NN" or subject.conjuncts:
        return False
    for rel in subject.children:
        if rel.dep_ != "relcl" or not any(c.dep_ == "auxpass" for c in rel.children):
            continue
        if not any(c.dep_ == "nsubjpass" and c.lower_ == "who" for c in rel.children):
            continue
        if rel.lemma_.lower() == "kill" or (
            rel.lemma_.lower() == "shoot" and _has_child(rel, "dead")
        ):
            return True  # "the gunman, who was shot dead by officers, had killed five"
    after = [
        g
        for v in (verb, *(c for c in verb.children if c.dep_ == "conj"))
        for c in v.children
        if c.lower_ in ("before", "until") or c.dep_ == "advcl"
        for g in ([c] if c.dep_ == "advcl" else c.children)
        if g.dep_ in ("pcomp", "advcl")
        and (g.dep_ == "pcomp" or any(m.lower_ in ("before", "until") for m in g.children))
    ]
    for g in after:
        lemma = g.lemma_.lower()
        passive = any(c.dep_ == "auxpass" for c in g.children)
        who = [c for c in g.children if c.dep_ in ("nsubj", "nsubjpass")]
        dead = lemma == "kill" or (lemma == "shoot" and _has_child(g, "dead"))
        if (
            dead
            and not passive
            and any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in g.children)
        ):
            return True  # "before police shot him dead"
        if any(w.lower_ not in ("he", "she") for w in who):
            continue
        if passive and dead:
            return True  # "before being shot dead", "before he was killed"
        self_kill = (
            lemma == "kill"
            or (lemma == "blow" and _has_child(g, "up"))
            or (lemma == "shoot" and _has_child(g, "dead"))
        )
        if self_kill and not passive and any(c.lower_ in _SELF for c in g.children):
            return True  # "before killing himself", "before shooting himself dead"
        if lemma == "turn" and _gun_on_self(g):
            return True  # "before turning the gun on himself"
    return False


def _blew_up_selves(verb: Token) -> int:
    """Return how many bombers a killing's clause says blew themselves up: "A suicide bomber
    blew himself up, killing five people" (one more dead), "Two suicide bombers blew
    themselves up after killing 12 soldiers" (two more); else 0."""
    if verb.lemma_.lower() != "kill" or verb.tag_ != "VBG":
        return 0
    if any(t.lower_ in (*_SELF, "themselves") for t in verb.subtree):
        return 0  # "killing himself and six others": counted there
    blew = verb.head
    if verb.dep_ == "pcomp" and blew.lower_ in ("after", "before"):
        blew = blew.head
    elif verb.dep_ != "advcl":
        return 0
    if blew.lemma_.lower() != "blow" or not _has_child(blew, "up"):
        return 0
    selves = [c for c in blew.children if c.dep_ == "dobj"]
    if not selves or selves[0].lower_ not in (*_SELF, "themselves"):
        return 0
    if selves[0].lower_ != "themselves":
        return 1
    subject = next((c for c in blew.children if c.dep_ == "nsubj"), None)
    nums = [c for c in subject.children if c.dep_ == "nummod"] if subject is not None else []
    value = number_value(nums[0].text) if nums else None
    return value or 0


_GRAVELY = frozenset({"seriously", "critically", "badly", "gravely", "severely", "fatally"})


def _nobody(sent: Span) -> list[Casualty]:
    """Return the zero counts a sentence states: "no one was killed" (killed 0), "nobody
    was hurt" (injured 0), "no one was killed or injured" (both). "No casualties were
    reported" is an absence of reports, not a count, and gives nothing."""
    out: list[Casualty] = []
    doc = sent.doc
    if _calm(sent):
        return out  # "The march ended peacefully; no one was hurt": no violent event
    for tok in span_tokens(sent):
        nobody = (
            tok.lower_ in ("nobody", "none")
            or (tok.lower_ == "one" and tok.i > sent.start and doc[tok.i - 1].lower_ == "no")
            # "neither the driver nor any of the passengers was hurt"
            or (
                any(c.dep_ == "preconj" and c.lower_ == "neither" for c in tok.children)
                and any(c.dep_ == "cc" and c.lower_ == "nor" for c in tok.children)
            )
        )
        if not nobody or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        neither = tok.lower_ not in ("nobody", "none", "one")
        if any(c.dep_ == "prep" for c in tok.children) and not neither:
            continue  # "none of the wounded was in danger"
        start = doc[tok.i - 1] if tok.lower_ == "one" else tok
        if neither:
            start = doc[tok.left_edge.i]
        verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "conj" and not neither)]
        for verb in verbs:
            kind = _PREDICATES.get(verb.lemma_.lower())
            passive = tok.dep_ == "nsubjpass" or verb.i != tok.head.i
            if kind == "die" and tok.dep_ == "nsubj" and verb.i == tok.head.i:
                kind = KILLED
            elif kind not in (KILLED, INJURED) or not passive:
                continue
            if _unreal(tok.head) or any(c.dep_ == "neg" for c in tok.head.children):
                continue
            if any(c.lower_ in _GRAVELY for c in verb.children):
                continue  # "no one was seriously injured": some were hurt, no figure
            if neither:
                text = doc[start.i : tok.i + 1].text
            else:
                text = start.text + ("" if start is tok else " one")
            span = (doc[start.i].idx, tok.idx + len(tok))
            out.append(Casualty(kind, 0, False, text, *span))
            others = any(c.lower_ == "else" for c in tok.children) or (
                tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "else"
            )
            # (not "no one else was hurt": after a death told, no one more was hurt)
            if (
                kind == INJURED
                and not others
                and not any(v.lemma_.lower() == "kill" for v in verbs)
            ):
                out.append(Casualty(KILLED, 0, False, text, *span))  # no one hurt: none dead
    out.extend(_there_were_none(sent))
    return out


def _calm(sent: Span) -> bool:
    """Return whether a sentence says the gathering it tells of stayed calm ("a peaceful
    march ... ended without incident"): its "no one was hurt" is no denial of casualties of
    an attack."""
    words = [t.lower_ for t in sent]
    return (
        "peacefully" in words
        or "peaceful" in words
        or any(words[i : i + 2] == ["without", "incident"] for i in range(len(words) - 1))
    )


_NONE_THERE = {"fatality": KILLED, "death": KILLED, "injury": INJURED}


def _there_were_none(sent: Span) -> list[Casualty]:
    """Return the zero counts of "There were no fatalities" / "there were no injuries":
    the source states there were none (unlike "no fatalities were reported", an absence
    of reports)."""
    out = []
    for tok in span_tokens(sent):
        kind = _NONE_THERE.get(tok.lemma_.lower())
        if kind is None or tok.dep_ != "attr" or tok.head.lemma_.lower() != "be":
            continue
        if not any(c.dep_ == "expl" and c.lower_ == "there" for c in tok.head.children):
            continue
        no = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "no"), None)
        if no is None or _unreal(tok.head) or any(c.dep_ == "neg" for c in tok.head.children):
            continue
        out.append(Casualty(kind, 0, False, f"no {tok.text}", no.idx, tok.idx + len(tok)))
    return out


_UNHURT = frozenset({"unhurt", "unharmed", "uninjured", "unscathed"})
_EVERYONE = frozenset({"everyone", "everybody", "all"})
_THE_REST = frozenset({"other", "others", "rest", "else"})
_AS_STATE = frozenset({"acomp", "oprd", "advcl", "advmod", "xcomp"})
_CAME_THROUGH = frozenset({"be", "escape", "emerge", "remain"})
_RESCUED = frozenset({"rescue", "free", "release", "evacuate"})


def _unscathed(sent: Span) -> list[Casualty]:
    """Return the zero counts of a group that came through: "the crew all survived" and
    "everyone survived" (killed 0), "all 38 passengers escaped unharmed" (killed 0 and
    injured 0), "the other five were unhurt" (injured 0: the rest of those present, after
    some were hit, so no word on the dead)."""
    out = []
    doc = sent.doc
    for verb in span_tokens(sent):
        lemma = verb.lemma_.lower()
        unhurt = [c for c in verb.children if c.lower_ in _UNHURT and c.dep_ in _AS_STATE]
        survived = lemma == "survive" and not any(c.dep_ == "dobj" for c in verb.children)
        if not (unhurt or survived) or (unhurt and lemma not in _CAME_THROUGH):
            continue  # ("11 other hostages were freed unhurt": only those freed)
        if any(t.lemma_.lower() in _RESCUED for t in span_tokens(sent)):
            continue  # "rescued 18 passengers ..., adding that all were unhurt": no attack
        if _unreal(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(
            t.dep_ == "neg" or t.lower_ in ("no", "not") for s in subjects for t in s.subtree
        ):
            continue
        # (the words that say who: the subject itself and its own modifiers, not deeper)
        words = {
            t.lower_
            for s in subjects
            for c in (s, *s.children)
            for t in (c, *(g for g in c.children if g.dep_ == "quantmod"))
        }  # ("All 17 people": "All" hangs on the number)
        rest = bool(words & _THE_REST)
        if not (rest or words & _EVERYONE) or (survived and rest):
            continue
        first = min(t.i for s in subjects for t in s.subtree)
        last = max(t.i for s in subjects for t in s.subtree)
        text, span = doc[first : last + 1].text, (doc[first].idx, doc[last].idx + len(doc[last]))
        if not rest:
            out.append(Casualty(KILLED, 0, False, text, *span))
        if unhurt:
            out.append(Casualty(INJURED, 0, False, text, *span))
    return out


def _singulars(sent: Span, taken: set[int], who: dict[int, str | None]) -> list[Casualty]:
    """Return "a man was shot dead", "killing the driver", "his brother was hurt": one
    person each."""
    out = []
    for tok in span_tokens(sent):
        if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and _martyrdom(tok.head):
            # "Sepoy Imran Ali, 24, embraced shahadat": one soldier dead
            first = tok.doc[tok.left_edge.i]
            out.append(Casualty(KILLED, 1, False, tok.text, first.idx, tok.idx + len(tok)))
            continue
        ordinal = tok.lower_ in _ORDINALS or tok.lower_ == "another"
        shot_dead = tok.head.lower_ == "dead" and (
            (tok.dep_ == "pobj" and tok.head.dep_ == "prep")
            or (tok.dep_ == "dobj" and tok.head.dep_ in ("acomp", "oprd"))
        )
        # "A soldier was killed and a nurse wounded": the second verb's "was" left out, the
        # parser joins the nurse to the first verb and hangs "wounded" on her
        gapped = (
            tok.dep_ == "conj"
            and tok.head.pos_ in ("VERB", "AUX")
            and tok.head.i < tok.i
            and any(c.dep_ == "acl" and c.lower_ in _DEAD_WORDS for c in tok.children)
        )
        # (or makes her the subject of an active "wounded" joined to the passive before:
        # "A guard was killed and a cleaner wounded when the bomb went off")
        gapped_subject = (
            tok.dep_ == "nsubj"
            and tok.head.dep_ == "conj"
            and tok.head.tag_ == "VBN"
            and tok.head.lower_ in _DEAD_WORDS
            and any(c.dep_ == "auxpass" for c in tok.head.head.children)
            and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in tok.head.children)
        )
        if (
            tok.dep_ not in ("nsubjpass", "nsubj", "dobj", "attr")
            and not (ordinal and tok.dep_ in ("npadvmod", "advmod", "conj"))
            and not shot_dead
            and not gapped
        ):
            continue
        if ordinal and _ordinal_agents(tok):
            continue  # "The first killed nine people and the second killed four": blasts
        aged = tok.lower_ == "old" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "year"
        named = _named(tok)
        # (a lower-case word the tagger calls a proper noun: "a jawan was injured")
        common = (
            tok.tag_ == "NN"
            or (tok.tag_ == "NNP" and tok.is_lower)
            # ("a passer-by": the tagger may call "passer" anything)
            or (tok.is_lower and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-")
        )
        # "an elderly couple was killed": two people (not "a couple of soldiers")
        pair = tok.lower_ == "couple" and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
        )
        if not (ordinal or aged or named) and (not common or not (_person(tok) or pair)):
            continue
        parts = _hyphen_parts(tok)  # "the co-pilot": the tokenizer splits at the hyphen
        first = tok.doc[min(p.left_edge.i for p in parts)]
        dets = [
            c for p in parts for c in p.children if c.dep_ in ("det", "poss") and c.lower_ in _ONE
        ]
        # "killing the groom's father", "a farmer's son was hurt": one person, whose
        # owner is one person named or with an article
        owner = [
            c
            for c in tok.children
            if c.dep_ == "poss"
            and c.tag_ in ("NN", "NNP")
            and (c.tag_ == "NNP" or any(d.lower_ in ("the", "a", "an") for d in c.children))
        ]
        if named:
            dets = [first] if first.lower_ == "the" else []
        elif not dets and owner and not named:
            dets = owner
        elif not dets and first.lower_ not in ("a", "an") and tok.lower_ != "another":
            continue
        # "killed a woman and wounded her husband" (not "killed his wife" alone)
        # ("shot dead his sister and her husband": two people named by their kin)
        joined_poss = (
            tok.head.dep_ == "conj"
            or any(
                c.dep_ == "conj" and _person(c) and any(d.dep_ == "poss" for d in c.children)
                for c in tok.children
            )
        ) and any(d.dep_ == "poss" for d in dets)
        if (
            (tok.dep_ == "dobj" or shot_dead)
            and not named
            # ("killing its driver": the vehicle's, one person)
            and not any(d.lower_ in ("the", "a", "an", "its") for d in dets)
            and not owner
            and not joined_poss
            and tok.lower_ != "another"  # "killing one person and injuring another"
        ):
            continue
        kind = _DEAD_WORDS[tok.head.lower_] if gapped_subject else _governed(tok)
        if (
            kind is None
            and ordinal
            and tok.dep_ in ("npadvmod", "advmod")
            and tok.head.lower_ in _DEAD_WORDS
            and tok.head.dep_ == "conj"
            and tok.i < tok.head.i
        ):
            kind = _DEAD_WORDS[tok.head.lower_]  # "Two were killed and a third wounded"
        acl = [c for c in tok.children if c.dep_ == "acl" and c.lower_ in _DEAD_WORDS]
        if kind is None and (ordinal or gapped) and tok.dep_ == "conj" and acl:
            kind = _DEAD_WORDS[acl[0].lower_]  # (the parser's other reading of it)
        if kind is None and _left_in_care(tok, ordinal):
            kind = INJURED  # "leaving a third in critical condition"
        if kind is None or _unreal(tok.head):
            continue
        span = tok.doc[first.i : tok.i + 1]
        if named:  # the name, without "dead" of "shot dead Ricardo Flores"
            span = tok.doc[
                min([tok.i, *(c.i for c in tok.children if c.dep_ == "compound")]) : tok.i + 1
            ]
        if span.start_char in taken or any(
            t.like_num and t.lower_ not in _ORDINALS and not _year_old(t)
            for t in span
            if t.ent_type_ != "DATE"
        ):
            continue
        # "a Chinese engineer and his Pakistani driver": two people, of no one nationality
        mates = [
            c
            for c in tok.conjuncts
            if c.i > tok.i
            and (
                (named and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", ""))
                or (
                    c.tag_ == "NN"
                    and _person(c)
                    and any(d.dep_ in ("det", "poss") and d.lower_ in _ONE for d in c.children)
                )
            )
        ]
        if mates:
            span = tok.doc[span.start : max(m.i for m in mates) + 1]
        whose = _nationality(tok, who) if kind == KILLED else None
        among = _among_the_dead(tok)  # "Among the dead was a nurse": a part, a lower bound
        if mates and whose is not None and any(_nationality(m, who) != whose for m in mates):
            whose = None
        listed = _listed_after(tok, taken) if not mates and tok.dep_ == "dobj" else None
        if listed is not None:
            # "killing the mayor, his driver and two bodyguards": the list the parser broke
            mates_n, last = listed
            span = tok.doc[span.start : last + 1]
        else:
            mates_n = len(mates)
        value = (2 if pair else 1) + mates_n
        if kind == KILLED and tok.dep_ == "dobj" and _killer_died(tok.head):
            value += 1  # "A gunman killed a worshipper ... before he was shot dead by police"
            whose = None
        out.append(
            Casualty(
                kind,
                value,
                among,
                span.text,
                span.start_char,
                span.end_char,
                whose=whose,
                subset=among,
            )
        )
    return out


def _ordinal_agents(tok: Token) -> bool:
    """Return whether "the second" is one of a series of things told by ordinals that act,
    not a victim: "The first killed nine people and the second, minutes later, killed
    four" (the blasts). Read by words: an earlier "the first" right before a verb."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ != "the":
        return False
    return any(
        (t.lower_ in _ORDINALS or t.lower_ == "first")
        and t.i < tok.i
        and t.i > 0
        and doc[t.i - 1].lower_ == "the"
        and t.i + 1 < len(doc)
        and doc[t.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")
        for t in tok.sent
    )


def _listed_after(tok: Token, taken: set[int]) -> tuple[int, int] | None:
    """Return how many more people a list after a person names, and its last token: ",
    his driver and two bodyguards" after "killing the mayor" (three), "and his son" after
    "the imam of a mosque" (one). Read by words: the parser hangs such lists anywhere.
    Each item is one person ("his driver") or a number of them ("two bodyguards"); the
    list ends with the item after "and", and anything else breaks it (None)."""
    doc = tok.doc
    end = tok.sent.end
    i = tok.i + 1
    if i < end and doc[i].lower_ == "of":  # "the imam of a mosque": the place it names
        i += 1
        while i < end and doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART"):
            if _person(doc[i]):
                return None
            i += 1
    more = 0
    last = None
    while i < end:
        sep = doc[i].lower_
        if sep not in (",", "and"):
            break
        i += 1
        if sep == "," and i < end and doc[i].lower_ == "and":
            sep, i = "and", i + 1
        if i < end and doc[i].lower_ in _ONE - {"one"}:
            i += 1
        n = 1
        if i < end and doc[i].like_num:
            if doc[i].idx in taken:
                return None  # (a count of its own already)
            value = number_value(doc[i].text)
            if value is None:
                return None
            n, i = int(value), i + 1
        while i < end and doc[i].pos_ == "ADJ":
            i += 1
        if i >= end or doc[i].pos_ != "NOUN" or not _person(doc[i]):
            return None
        if (n == 1) == (doc[i].tag_ == "NNS") or doc[i].dep_ in ("nsubj", "nsubjpass"):
            return None  # ("his sons": no count; "..., and his brother fled": a new clause)
        more, last = more + n, i
        i += 1
        if sep == "and":
            return (more, last) if last is not None else None
    return None


def _ordinal_in_care(sent: Span, taken: set[int]) -> list[Casualty]:
    """Return "a fourth remains in critical condition", "another is in hospital": one more
    wounded person, read by words where the parser made "remains" a noun or left the
    ordinal without a role."""
    doc = sent.doc
    out = []
    for tok in span_tokens(sent):
        if tok.lower_ not in _ORDINALS and tok.lower_ != "another":
            continue
        first = tok
        if tok.lower_ != "another":
            if tok.i == sent.start or doc[tok.i - 1].lower_ not in ("a", "an"):
                continue
            first = doc[tok.i - 1]
        last = tok
        if tok.i + 1 < sent.end and _person(doc[tok.i + 1]) and doc[tok.i + 1].tag_ == "NN":
            last = doc[tok.i + 1]  # "a fourth victim", "another officer"
        if first.idx in taken or _in_care_words(doc, last.i + 1, sent.end) is None:
            continue
        span = doc[first.i : last.i + 1]
        out.append(Casualty(INJURED, 1, False, span.text, span.start_char, span.end_char))
    return out


def _gun_on_self(verb: Token) -> bool:
    """Return whether "turned" is "turned the gun on himself": a killer's suicide."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("gun", "weapon", "rifle", "pistol")
        for c in verb.children
    ) and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ in _SELF for o in c.children)
        for c in verb.children
    )


def _year_old(tok: Token) -> bool:
    """Return whether a number is an age written "61-year-old" (the tokenizer splits it)."""
    doc = tok.doc
    words = [t.lower_ for t in doc[tok.i + 1 : tok.i + 4]]
    return words[:2] in (["-", "year"], ["-", "month"]) or words[:1] == ["-year-old"]


def _hyphen_parts(tok: Token) -> list[Token]:
    """Return a noun with the parts the tokenizer split off it at hyphens, when the parser
    made each part its own subject or object: "co", "-", "pilot" of "The co-pilot was
    wounded"."""
    doc = tok.doc
    parts = [tok]
    i = tok.i
    while (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].dep_ == tok.dep_
        and doc[i - 2].head.i == tok.head.i
    ):
        parts.append(doc[i - 2])
        i -= 2
    return parts


def _named(tok: Token) -> bool:
    """Return whether a token ends a person's name ("shot dead Ricardo Flores"): one person.
    Only when the name is the object or passive subject of a verb of harm (checked by the
    caller), never a subject who does the harm."""
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ == "PERSON"
        and tok.dep_ in ("dobj", "nsubjpass", "conj")
        and not any(c.dep_ == "compound" and c.i > tok.i for c in tok.children)
        and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    )


_DEAD_SUBJECTS = frozenset({"dead", "deceased", "slain"})


def _identified_dead(sent: Span) -> list[Casualty]:
    """Return the dead a sentence names without a number: "The dead were identified as
    Joseph Ode, 41; his wife Ruth, 36; and Peter Aba" (three), "those killed were named
    as ..." (one per person the parser's entities find after "as")."""
    out = []
    for tok in span_tokens(sent):
        if tok.lemma_.lower() not in ("identify", "name") or tok.pos_ != "VERB":
            continue
        subject = next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")), None)
        if subject is None or subject.lower_ not in _DEAD_SUBJECTS:
            continue
        if any(c.like_num for c in subject.children):
            continue  # "the four dead were identified as ...": counted by the number
        at = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if at is None:
            continue
        names = [e for e in sent.ents if e.label_ == "PERSON" and e.start > at.i]
        if not names or _unreal(tok):
            continue
        doc = sent.doc
        start = next(t for t in doc[subject.left_edge.i : subject.i + 1] if not t.is_space)
        out.append(
            Casualty(
                KILLED,
                len(names),
                False,
                doc[start.i : names[-1].end].text,
                start.idx,
                names[-1].end_char,
            )
        )
    return out
