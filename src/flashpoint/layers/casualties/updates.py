"""Counts across sentences: whether a later count adds to the one before ("a further six
died"), is another source's rival or disputed figure, an armed group's claim, or the
nth victim ("a second protester died").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from flashpoint.layers.casualties.governed import _HOW_BADLY, _martyrdom
from flashpoint.layers.casualties.lexicon import _ORDINALS, _PREDICATES, _REPORTING, _SOURCE_VERBS
from flashpoint.layers.casualties.roles import (
    _first_of_owner,
    _gapped_kind,
    _object_made_subject,
)
from flashpoint.layers.casualties.whose import _own_side, _victims
from flashpoint.layers.casualties.words import _clause_verb, _has_child
from flashpoint.records import Casualty


def _rival_figure(doc: Doc, c: Casualty, before: Casualty | None = None) -> bool:
    """Return whether a toll is a second source's figure, set against the first: "Police
    said four protesters were killed, while opposition leaders put the toll at nine", "The
    ministry said 11 were killed; a rights network put the figure at 19" (not "while the
    number of wounded stood at 83")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    risen = False
    for verb in [span.root, *span.root.ancestors][:4]:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _SOURCE_VERBS:
            if not any(ch.dep_ == "nsubj" for ch in verb.children):
                return False
            # (a toll that "had risen to 46", told by another source, is the news's later toll)
            # ("Police said eight were killed, but residents put the toll at 20": "but"
            # hangs on the first verb)
            joined = (
                [ch for ch in verb.head.children if verb.head.i < ch.i < verb.i]
                if verb.dep_ == "conj" and not _later_word(verb)
                else []
            )
            return any(
                ch.dep_ in ("mark", "cc") and ch.lower_ in _CONTRAST
                for ch in (*verb.children, *joined)
            ) or (before is not None and not risen and _new_source(doc, verb, before))
        risen = risen or verb.lemma_.lower() in _RISES
    return False


def _later_word(verb: Token) -> bool:
    """Return whether a second source's verb is told as a later word, or the first as a
    first one: "The army initially said nine ..., but hospital officials later put the
    toll at 12", "... but a councillor put the toll at eight on Sunday"."""
    first = verb.head
    return any(
        ch.lower_ in ("later", "subsequently", "since") or ch.ent_type_ in ("DATE", "TIME")
        for ch in verb.subtree
    ) or any(ch.dep_ == "advmod" and ch.lower_ in ("initially", "first") for ch in first.children)


_RISES = frozenset({"rise", "climb", "increase", "jump", "reach", "grow", "mount", "soar", "hit"})


def _claimed(doc: Doc, c: Casualty) -> bool:
    """Return whether a count is an armed group's claim: "claimed the bombing, saying it had
    killed more than 30", "said in a claim that they had beheaded 11"."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    for anc in list(span.root.ancestors)[:5]:
        if anc.lemma_.lower() == "claim" or any(
            ch.dep_ == "prep" and any(g.lemma_.lower() == "claim" for g in ch.children)
            for ch in anc.children
        ):
            return True
    return False


def _without_claims(doc: Doc, found: list[Casualty]) -> list[Casualty]:
    """Drop an armed group's claimed count where another source gives one of the same kind
    ("officials said 12 people were killed"): the claim is set aside, as ACLED does."""
    claims = [c for c in found if _claimed(doc, c)]
    if not claims:
        return found
    kinds = {c.kind for c in found if c not in claims}
    return [c for c in found if not (c in claims and c.kind in kinds)]


def _additive(doc: Doc, c: Casualty) -> bool:
    """Return whether a count adds to the one before: "a further six died", "another was
    wounded", "three others died later", "five civilians had also died"."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or c.update:
        return False
    before = {t.lower_ for t in doc[max(0, span.start - 2) : span.start]}
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before & {"further", "another", "additional"} or after in ("more", "others", "other"):
        return True
    root = span.root
    if root.dep_ == "conj" and any(
        c.dep_ == "advmod" and c.lower_ in _HOW_BADLY for c in root.children
    ):
        return True  # "Six soldiers were lightly wounded and one seriously": seven
    verb = _clause_verb(span.root)
    if any(ch.lower_ == "also" for ch in verb.children):
        return True
    if _gapped_kind(span.root):
        return True  # "... were killed in Gao and two in Kidal": a further group
    head = _victims(doc, c)
    if head is not None and _first_of_owner(head) is not None:
        return True  # "the lives of 14 soldiers and at least 30 militants": a second group
    if _own_side(verb):
        return True  # "..., while Tajikistan reported 15 dead on its side": each side's dead
    if verb.lemma_.lower() == "lose" and any(
        t.dep_ == "dobj" and t.head.i == verb.i for t in (span.root, span.root.head)
    ):
        return True  # "killed eight militants, losing two of their own": the killers' dead
    if verb.lemma_.lower() == "embrace" and _martyrdom(verb):
        return True  # "sent four khwarij to hell ... Sepoy Ali embraced shahadat": own dead
    if _PREDICATES.get(verb.lemma_.lower()) == "die" and (
        any(ch.lower_ == "later" for ch in verb.children) or verb.lemma_.lower() == "succumb"
    ):
        # "four were killed outright and two died later in hospital", "Nine died on the
        # spot while four succumbed to their injuries"
        return True
    # "the first blast killed nine people and the second killed five": another attack's dead
    subject = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "other" and _has_child(subject, "the"):
        # "one killed nine people at a market and the other killed four at a bus stop"
        return True
    up = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
    if (
        subject is None
        and verb.dep_ == "conj"
        and up is not None
        and _PREDICATES.get(up.lemma_.lower())
    ):
        # "a second bomb ... killed three more and injured nine": the first verb's subject
        # (the parser may hang the second verb on the first one's object)
        subject = next((ch for ch in up.children if ch.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.i < verb.i:
        # ("The first killed nine people and the second, minutes later, killed four": the
        # parser may hang "the second" on the first clause's object)
        return any(
            t.lower_ in _ORDINALS and doc[t.i - 1].lower_ == "the"
            for t in doc[verb.head.i + 1 : verb.i]
        )
    return subject is not None and any(
        t.lower_ in _ORDINALS and t.i <= subject.i for t in subject.subtree
    )


_CONTRAST = frozenset({"while", "whereas", "but", "though", "although"})


def _disputed(doc: Doc, c: Casualty, before: Casualty) -> bool:
    """Return whether a count is another source's figure for the same dead, set against the
    one before: "killed 14 people, according to hospital sources, while the interior
    ministry said 10 had died"."""
    if c.update or before.update or c.value == before.value:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    verb = _clause_verb(span.root)
    victims = span.root.head if span.root.dep_ == "nummod" else span.root
    if _object_made_subject(victims):
        verb = verb.head  # "said it had killed 20 terrorists operating inside" (misparsed)
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.dep_ == "ccomp":
        verb = verb.head  # "said that the figure was wrong and that 13 people had died"
    # "..., but police confirmed only 38 deaths": the count is the reporting verb's object
    report = verb.head if verb.dep_ == "ccomp" else verb
    if (
        report is not verb
        and verb.lemma_.lower() in _REPORTING
        and any(t.text == ";" for t in doc[report.i : verb.i])
    ):
        report = verb  # "X said 42 died; the army acknowledged 20" (hung on "said")
    if report.lemma_.lower() not in _REPORTING:
        return False
    if report.lemma_.lower() == "confirm" and before.approx and c.value > before.value:
        return False  # "At least 20 were feared dead ... officials had confirmed 26 bodies"
    joined = report.head.children if report.dep_ == "conj" else ()
    if (
        not any(
            ch.dep_ in ("mark", "cc") and ch.lower_ in _CONTRAST
            for ch in (*report.children, *joined)
        )
        and not _new_source(doc, report, before)
        and not _disputing(doc, before, report)
    ):
        return False  # ("X said ..., but a spokesman said ...": "but" hangs on the first)
    mine, theirs = _victims(doc, c), _victims(doc, before)
    if mine is None or theirs is None:
        return False
    if any(ch.dep_ == "poss" and ch.lower_ in ("my", "our") for ch in theirs.children):
        return False  # "They killed ... two of my cousins": a witness's own dead, a part
    vague = {"people", "person", "dead", "victim", "body", "death", "fatality"}
    return (
        mine.like_num
        # "... said only nine of its men died": a side's own figure for its dead
        or any(ch.dep_ == "poss" and ch.lower_ in ("its", "their") for ch in mine.children)
        # "Militia leaders said 31 of their men were killed, but the army said it had
        # 'neutralised' 19 fighters": the same dead, counted by each side
        or any(ch.dep_ == "poss" and ch.lower_ == "their" for ch in theirs.children)
        or mine.lemma_.lower() in vague
        or theirs.lemma_.lower() in vague
        or mine.lemma_.lower() == theirs.lemma_.lower()
    )


_DISPUTE = frozenset({"dispute", "contest", "challenge", "reject", "question", "deny"})


def _disputing(doc: Doc, before: Casualty, report: Token) -> bool:
    """Return whether a reporting verb gives a figure of those who dispute the one before:
    "42 people were killed, a figure that rights groups dispute, saying more than 60
    died"."""
    if report.tag_ != "VBG":
        return False
    first = doc.char_span(before.start, before.end, alignment_mode="expand")
    if first is None or first.sent.start != report.sent.start:
        return False
    return any(t.lemma_.lower() in _DISPUTE for t in doc[first.end : report.i])


def _new_source(doc: Doc, report: Token, before: Casualty) -> bool:
    """Return whether a reporting verb opens a new sentence with a source other than the
    earlier count's: "Militants killed 16 soldiers, four security sources told Reuters. The
    army said in a statement that five soldiers had been killed"."""
    first = doc.char_span(before.start, before.end, alignment_mode="expand")
    if first is None:
        return False
    if first.sent.start == report.sent.start and (
        not any(t.text == ";" for t in doc[first.end : report.i])
        or any(c.lower_ in ("later", "subsequently") for c in report.children)
    ):
        # (but "Residents said four were killed ...; the army said two died", unless it
        # is a later word: "...; an official later said 40 were killed")
        return False
    mine = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if mine is None or mine.pos_ == "PRON":
        return False
    heard = [
        a for a in [first.root, *first.root.ancestors] if a.lemma_.lower() in _REPORTING | {"tell"}
    ]
    # (not the new source's own verb, on which the parser may hang the clause before ";",
    # unless it is the only one: "Five were shot ...; two were in critical condition,
    # police said")
    told = [a for a in heard if a.i != report.i]
    if heard and not told:
        return False
    theirs = next((c for c in told[0].children if c.dep_ == "nsubj"), None) if told else None
    return theirs is None or theirs.lemma_.lower() != mine.lemma_.lower()


def _ordinal_of(doc: Doc, c: Casualty) -> int | None:
    """Return the ordinal of a single victim ("a second protester", "the third victim"),
    or None."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or c.value != 1:
        return None
    for t in span:
        if t.lower_ == "another":
            return None
        if t.lower_ in _ORDINALS:
            return _ORDINALS[t.lower_]
    return None
