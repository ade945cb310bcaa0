"""The casualty role a number phrase plays: killed, injured or none, read from the words
around its noun or from the word that governs it (gapping and ranges included). The dead
lumped with the missing and bodies handed over are no counts.
"""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.layers.casualties.causes import _natural
from flashpoint.layers.casualties.governed import (
    _elided_passive,
    _governed,
    _handed_over,
    _to_death,
)
from flashpoint.layers.casualties.groups import _noun_kind, _the_n_dead
from flashpoint.layers.casualties.history import _historical
from flashpoint.layers.casualties.lexicon import (
    _DEAD_WORDS,
    _LISTED,
    _PREDICATES,
    _QUANTIFIERS,
    _REPORTING,
    INJURED,
    KILLED,
)
from flashpoint.layers.casualties.numbers import _QUOTES, Quantity, _quoted_figure
from flashpoint.layers.casualties.words import _person, _unreal


def _role(q: Quantity) -> str | None:
    """Return the casualty kind a number phrase plays, or None."""
    kind = _kind_of(q)
    if kind is None or _dead_or_missing(q.head):
        return None
    h = q.head
    if h.dep_ == "pobj" and h.head.lower_ == "of":
        owner = h.head.head
        if owner.lemma_.lower() in ("body", "remains") and _handed_over(owner):
            return None  # "received the bodies of 900 soldiers killed in the fighting"
    return kind


_MISSING = frozenset({"missing", "disappear", "vanish", "unaccounted"})


def _dead_or_missing(h: Token) -> bool:
    """Return whether a count lumps the dead together with the missing: "left 37 people
    dead or missing", "were killed or went missing" (no breakdown, so no count)."""
    doc = h.doc
    words = [h.head, *(c for c in h.head.children if c.dep_ in ("oprd", "acomp", "acl"))]
    if h.i + 1 < len(doc):
        words.append(doc[h.i + 1])
    for w in words:
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in w.children):
            continue
        for c in w.children:
            if c.dep_ != "conj":
                continue
            if c.lemma_.lower() in _MISSING or any(
                g.lemma_.lower() in _MISSING for g in c.children if g.dep_ in ("acomp", "advcl")
            ):
                return True
    return False


def _kind_of(q: Quantity) -> str | None:
    """Return the casualty kind a count plays, read from the words around its noun ("seven
    dead and 30 wounded", "recovered 31 bodies") or else from the word governing it."""
    h = q.head
    doc = h.doc
    label = _labelled(q)
    if label is not None:
        return label  # "Dead: 5. Wounded: 12."
    # "seven dead and 30 wounded", "Eleven soldiers killed in ...", "18 killed"
    nxt = doc[h.i + 1] if h.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.text in _QUOTES
        and h.i + 2 < len(doc)
        and _quoted_figure(doc, nxt.i)
    ):
        nxt = doc[h.i + 2]  # "acknowledged 'about 20' dead"
    if (
        nxt is not None
        and nxt.lower_ in _DEAD_WORDS
        and h.i + 3 < len(doc)
        and doc[h.i + 2].lower_ in ("or", "and")
        and doc[h.i + 3].lower_ in _DEAD_WORDS
        and _DEAD_WORDS[doc[h.i + 3].lower_] != _DEAD_WORDS[nxt.lower_]
    ):
        return None  # "about 60 dead or injured", "left 45 people dead and wounded": no breakdown
    if h.dep_ == "nsubj" and _PREDICATES.get(h.head.lemma_.lower()) == "die" and h.i < h.head.i:
        return KILLED  # "Two officers wounded in the ambush succumbed to their wounds"
    if (
        nxt is not None
        and nxt.lower_ in _DEAD_WORDS
        and nxt.dep_ != "nsubj"
        and (
            not (nxt.pos_ == "VERB" and any(c.dep_ == "dobj" for c in nxt.children))
            or _elided_passive(nxt)
        )
    ):
        return _DEAD_WORDS[nxt.lower_]
    after = doc[h.i + 2] if h.i + 2 < len(doc) else None
    if (
        nxt is not None
        and after is not None
        and nxt.lower_ in ("more", "others")
        and after.lower_ in _DEAD_WORDS
        and after.dep_ in ("acl", "amod")
        and after.head.i in (h.i, nxt.i)
    ):
        return _DEAD_WORDS[after.lower_]  # "killed and scores more injured"
    named = _the_n_dead(q.head.doc, q.start, q.end)
    if named is not None:
        return named  # "Among the 11 dead were four children", "The five victims were ..."
    if h.lemma_.lower() in ("death", "fatality", "dead"):
        return KILLED
    if h.lower_ in _DEAD_WORDS and h.dep_ == "conj" and h.i == q.end and q.start != h.i:
        # "Four pilgrims were killed and 20 hurt": the parser counted the participle
        return _DEAD_WORDS[h.lower_]
    if h.lemma_.lower() == "casualty":
        return KILLED if _died_nearby(h) else None
    if (h.lemma_.lower() == "body" and h.lower_ == "bodies") or h.lower_ == "corpses":
        # "recovered 31 bodies", "17 bodies were found" (not "returned 6,000 bodies")
        return None if _handed_over(h) else KILLED
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in _QUANTIFIERS:
        return _governed(h.head.head)  # "Upwards of 70 people were killed"
    region = _in_the_region(h)
    if region is not None:
        return _region_kind(h, region)  # "the dead numbered in the region of 20"
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in _COLLECTIVES:
        # "a total of four people were killed", "a family of five was killed"
        return _governed(h.head.head)
    if h.lemma_.lower() in ("injury", "wound") and h.dep_ in ("dobj", "conj", "pobj"):
        return INJURED
    if _suffered(q):
        return INJURED  # "A further 17 suffered shrapnel wounds" (parsed as one noun phrase)
    if h.lower_ in _QUANTIFIERS and h.dep_ in ("dobj", "conj") and _noun_kind(h) == INJURED:
        return INJURED  # "caused nine deaths and dozens of injuries"
    if h.lemma_.lower() == "life" and h.head.lemma_.lower() in ("claim", "take", "cost", "lose"):
        return KILLED
    if _object_made_subject(h):
        # "said it had killed about 20 terrorists operating inside": the parser made the
        # dead the subject of the participle that hangs on the verb
        verb = h.head.head
        kind = _PREDICATES.get(verb.lemma_.lower())
        if kind in (KILLED, INJURED) and _person(h) and not (_historical(verb) or _natural(verb)):
            return kind
    first = _first_of_owner(h)
    if first is not None:
        return _governed(first)  # "claimed the lives of 14 soldiers and at least 30 militants"
    for cand in (h, *[a for a in h.ancestors if a.dep_ == "conj"][:1], *_list_head(h)):
        kind = _governed(cand)
        if kind:
            return kind
    gapped = _gapped_kind(h)
    if gapped:
        return gapped  # "Two were killed in the first blast and three in the second"
    more = h.head if h.dep_ in ("nummod", "amod") and h.head.i == h.i + 1 else h
    if (
        (more.lower_ in ("more", "others") or any(c.lower_ == "more" for c in more.children))
        and more.dep_ in ("dobj", "nsubjpass", "conj")  # ("found nine bodies and four more")
        and more.head.lemma_.lower() in _RECOVERED
        and any(t.lower_ == "bodies" and t.i < h.i for t in h.sent)
    ):
        return KILLED  # "The bodies of 11 passengers were recovered ... divers found seven more"
    if h.dep_ == "npadvmod" and h.head.lower_ in ("more", "others"):
        return _more_of(h.head)  # "dozens more had been hurt"
    if h.dep_ in ("nummod", "amod") and h.head.lower_ in ("more", "others") and h.head.i == h.i + 1:
        more = h.head
        if more.dep_ == "advmod" and more.head.lower_ in _DEAD_WORDS and more.head.i == more.i + 1:
            return _DEAD_WORDS[more.head.lower_]  # "several were killed and many more wounded"
        return _governed(more)  # "killed four more", "wounded many more"
    before = doc[q.start - 1] if q.start > 0 else None
    if (
        before is not None
        and h.dep_ == "nsubj"
        and h.head.lemma_.lower() in _REPORTING
        and before.pos_ == "VERB"
        and before.tag_ in ("VBD", "VBG", "VBN")
        and any(c.dep_ == "nsubj" for c in before.children)
        and _PREDICATES.get(before.lemma_.lower()) in (KILLED, INJURED)
        and not any(c.dep_ == "auxpass" for c in before.children)
    ):
        # "killed at least 26 people, including children, a doctor and a resident said":
        # the parser made the dead the speakers' subject
        kind = _PREDICATES[before.lemma_.lower()]
        return kind if not (_historical(before) or _natural(before)) else None
    if h.dep_ == "pobj" and h.head.lower_ == "between" and h.head.i == q.start:
        return _range_subject(h)  # "said between 30 and 40 fighters ... were killed"
    if h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.i == q.start:
        # "wounding about 2,800": the parser made the approximation a preposition
        verb = h.head.head
        kind = _PREDICATES.get(verb.lemma_.lower())
        if verb.pos_ == "VERB" and kind in (KILLED, INJURED) and verb.tag_ == "VBG":
            return kind if not (_historical(verb) or _natural(verb)) else None
    return None


_LIST_MARKS = frozenset({",", ";", ".", "-", "\u2013", "\u2014"})


def _labelled(q: Quantity) -> str | None:
    """Return the kind a label before a colon gives a number, in a list of figures: "Dead:
    5. Wounded: 12.", "Killed: 3, injured: 9" (the label opens the sentence or follows a
    comma, a semicolon, a full stop or a dash), or None."""
    doc = q.head.doc
    i = q.start
    if i < 2 or doc[i - 1].text != ":" or doc[i - 2].lower_ not in _DEAD_WORDS:
        return None
    if q.end < len(doc) and doc[q.end].pos_ in ("NOUN", "PROPN") and not _person(doc[q.end]):
        return None  # ("Killed: 5 km from the border" is no list of figures)
    opens = i - 2 == doc[i - 2].sent.start or doc[i - 3].text in _LIST_MARKS
    return _DEAD_WORDS[doc[i - 2].lower_] if opens else None


def _suffered(q: Quantity) -> bool:
    """Return whether a count is the subject of "suffered" / "sustained" a wound the
    parser read as the wound's modifier: "17 suffered shrapnel wounds" (the number made
    the wounds' own)."""
    doc = q.head.doc
    verb = doc[q.end] if q.end < len(doc) else None
    return (
        verb is not None
        and verb.lemma_.lower() in ("suffer", "sustain")
        and q.head.i > verb.i
        and q.head.lemma_.lower() in ("injury", "wound", "burn", "fracture")
        and verb.head.i == q.head.i
    )


def _in_the_region(h: Token) -> Token | None:
    """Return the word "in the region of N" hangs on (the parser makes it a place
    phrase), or None."""
    of = h.head
    if h.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "region":
        return None
    where = of.head.head
    return where.head if where.lower_ == "in" and of.head.dep_ == "pobj" else None


def _region_kind(h: Token, verb: Token) -> str | None:
    """Return the kind of a count given as "in the region of N": the dead "numbered" it,
    or it is the lost object (or passive subject) of a verb of harm: "killed in the
    region of 20 people", "In the region of 20 people were killed"."""
    lemma = verb.lemma_.lower()
    if lemma == "number":
        # ("the dead" may be parsed as the verb's modifier)
        subject = next(
            (c for c in verb.children if c.dep_ in ("nsubj", "amod") and c.i < verb.i), None
        )
        return _LISTED.get(subject.lower_) if subject is not None else None
    kind = _PREDICATES.get(lemma)
    if kind not in (KILLED, INJURED) or _historical(verb) or _natural(verb) or _unreal(verb):
        return None
    taken = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    return None if taken or not (_person(h) or h.like_num) else kind


def _object_made_subject(h: Token) -> bool:
    """Return whether a noun is the lost object of the verb before it, made the subject of
    a participle hung on that verb: "killed about 20 terrorists operating inside"."""
    part = h.head
    return (
        h.dep_ == "nsubj"
        and part.tag_ == "VBG"
        and h.i < part.i
        and h.i > part.head.i
        and (
            part.dep_ == "dobj"
            or (part.dep_ == "advcl" and not any(c.dep_ == "dobj" for c in part.head.children))
        )
    )


def _list_head(h: Token) -> list[Token]:
    """Return the first noun of a list a conjunct ends, when an apposition sits between:
    "killed a police commander, his son and two escorts" (the escorts' head is the son,
    in apposition to the commander, the verb's object)."""
    first = h
    while first.dep_ in ("conj", "appos") and first.head.pos_ in ("NOUN", "PROPN"):
        if first.head.i == first.i:
            break
        first = first.head
    return [first] if first is not h and first.dep_ != "conj" else []


def _gapped_kind(h: Token) -> str | None:
    """Return the kind of a verb a count shares by gapping, another group of the same
    kind told apart by where or when: "Four soldiers were killed in Gao and two in Kidal",
    "Five died on Monday and three on Tuesday". The count has no verb of its own but a
    phrase of its own."""
    verb = h.head
    if h.dep_ == "conj" and verb.dep_ == "npadvmod" and verb.like_num:
        return _gapped_kind(verb)  # "eight on Tuesday, five on Wednesday and three more ..."
    if (
        h.dep_ == "conj"
        and h.like_num
        and verb.dep_ == "pobj"
        and verb.ent_type_ in ("DATE", "TIME")
        and verb.head.dep_ == "prep"
        and verb.head.head.pos_ == "VERB"
    ):
        verb = verb.head.head  # "Five died on Monday and three on Tuesday": hung on the day
    if h.dep_ not in ("conj", "npadvmod") or verb.pos_ != "VERB" or not (h.like_num or _person(h)):
        return None
    if h.dep_ == "npadvmod" and (
        not h.like_num or any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children)
    ):
        return None  # (not "wounding 38 people, seven of them seriously")
    doc = h.doc
    # (the parser may hang the count's own phrase on the verb: "killed eight people on
    # Monday and 15 on Tuesday")
    after = doc[h.i + 1] if h.i + 1 < len(doc) else None
    own = any(c.dep_ == "prep" for c in h.children) or (
        after is not None
        and after.dep_ == "prep"
        and after.head.i == verb.i
        and any(o.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for o in after.children)
    )
    if not own or any(t.pos_ in ("VERB", "AUX") or t.lower_ in _DEAD_WORDS for t in h.subtree):
        return None
    kind = _PREDICATES.get(verb.lemma_.lower())
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    first = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "nsubj") and c.i < h.i]
    if not any(c.like_num or _person(c) for t in first for c in t.subtree):
        return None  # the verb's own count, of which this is the next group
    if kind == "kill_or_die" and _to_death(verb):
        kind = KILLED
    if kind == "die" and not passive:
        kind = KILLED
    if kind is None and any(t.dep_ == "dobj" and t.lemma_.lower() == "body" for t in first):
        kind = KILLED  # "pulled 11 bodies from the river on Sunday and seven more on Monday"
    if kind not in (KILLED, INJURED) or _historical(verb) or _natural(verb) or _unreal(verb):
        return None
    return kind


def _range_subject(h: Token) -> str | None:
    """Return the kind of the verb a range is the lost subject of: the parser may hang
    "between 30 and 40 fighters" on the verb before it and leave "were killed" with no
    subject."""
    doc = h.doc
    verb = next((t for t in doc[h.right_edge.i + 1 : h.sent.end] if t.pos_ == "VERB"), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    kind = _PREDICATES.get(verb.lemma_.lower())
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if kind == "kill_or_die" and passive and _to_death(verb):
        kind = KILLED
    if not ((passive and kind in (KILLED, INJURED)) or (kind == "die" and not passive)):
        return None
    if _historical(verb) or _natural(verb) or _unreal(verb):
        return None
    return KILLED if kind == "die" else kind


def _first_of_owner(h: Token) -> Token | None:
    """Return the first group of "the lives of" / "the bodies of" where the parser joins a
    second group to "lives" itself ("claimed the lives of 14 soldiers and at least 30
    militants"), else None."""
    owner = h.head
    if (
        h.dep_ != "conj"
        or owner.lemma_.lower() not in ("life", "body")
        or not _person(h)
        or _noun_kind(h) is not None  # (not "11 bodies and more than 40 injured people")
    ):
        return None
    first = [o for c in owner.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    return first[0] if first and first[0].dep_ == "pobj" else None


def _more_of(more: Token) -> str | None:
    """Return the kind of "more" as a verb's subject: "dozens more had been hurt"."""
    verb = more.head
    kind = _PREDICATES.get(verb.lemma_.lower())
    if more.dep_ not in ("advmod", "nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    if kind == "die" and more.dep_ != "nsubjpass":
        return KILLED
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and kind in (KILLED, INJURED) and more.i < verb.i:
        return kind
    return None


_RECOVERED = frozenset({"find", "recover", "retrieve", "pull", "exhume", "discover", "bring"})

_COLLECTIVES = frozenset({"total", "family", "group", "party", "team", "crew", "band"})


def _died_nearby(h: Token) -> bool:
    """Return whether a sentence tells of deaths after a count of "casualties" ("12
    casualties, three of whom died"): casualties then mean the dead."""
    after = [t for t in h.sent if t.i > h.i]
    if any(t.lower_ in ("without", "unclear", "unknown", "whether") for t in after):
        return False  # "without specifying how many were dead or wounded"
    return any(t.lemma_.lower() in ("die", "dead", "kill", "fatal") for t in after)
