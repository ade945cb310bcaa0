"""Toll phrases: the figure a death or injury toll rises or stands at ("the death toll
climbed to 26"), which replaces the counts before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from flashpoint.layers.casualties.causes import _CRUSHES, _cause_noun
from flashpoint.layers.casualties.history import _A_YEAR
from flashpoint.layers.casualties.lexicon import (
    _HURT_WORDS,
    _PREDICATES,
    _SOURCE_VERBS,
    INJURED,
    KILLED,
)
from flashpoint.layers.casualties.numbers import Quantity
from flashpoint.layers.casualties.words import _person
from flashpoint.layers.tables import read_tsv
from flashpoint.nlp import span_tokens

_TOLL_VERBS = frozenset(
    r["lemma"] for r in read_tsv("casualties", "tolls.tsv", required=("lemma",))
)

_TOLL_KIND = re.compile(
    r"\b(?:(?:death )?toll|(?:death|body|casualty) (?:count|tally)|fatalities"
    r"|number of (?:the )?(?:dead|deaths|people killed|fatalities|victims)"
    r"|number (?:of (?:\w+ ){1,2})?killed"
    r"|(?:number of (?:the )?(?:wounded|injured|people (?:wounded|injured)|injuries))"
    r"|put(?:s|ting)? the (?:dead|deaths|fatalities|wounded|injured)"
    # "19 people had been killed ..., while the interior ministry put the number at 16"
    r"|put(?:s|ting)? (?:the|its|their) (?:number|figure|count|tally) at"
    # "A further eleven died in hospital, taking the total to 34"
    r"|(?:bring|tak|rais|push)(?:ing|e|es|s)? the (?:total|tally)"
    r"|(?:brought|took|raised|pushed) the (?:total|tally)"
    # "but revised the figure to six after two deaths were traced to a road accident"
    r"|(?:revis|lower|rais|correct|updat)(?:e|es|ed|ing) (?:the|its|their) (?:figure|count|tally)"
    r"(?: (?:down|up)(?:ward|wards)?)? to"
    # "the figure was later corrected to four"
    r"|(?:figure|count|tally) (?:was|has been|had been) (?:\w+ )?"
    r"(?:revis|lower|correct|updat|adjust)ed"
    r"(?: (?:down|up)(?:ward|wards)?)? to"
    # "Six people were killed, a figure later revised to eight"
    r"|(?:a|the) (?:figure|count|tally|toll) (?:(?:later|since|subsequently) )?"
    r"(?:revis|lower|rais|correct|updat|adjust)ed(?: (?:down|up)(?:ward|wards)?)? to)\b"
)


_RUNNING = re.compile(
    r"\b(?:bringing|taking|raising|pushing)\b[^.;]*\b(?:killed|dead|deaths|toll)\b[^.;]*"
    r"\b(?:(?:week|month|year|days|weeks|months)-long|since (?:the )?(?:start|beginning|"
    r"protests|unrest|uprising|violence|fighting|war|conflict|crackdown)\b"
    # "bringing the death toll since the escalation began to more than 1,200"
    r"|since (?:the |this |its )?\w+(?: \w+)? (?:began|started|erupted|broke out)\b)",
    re.IGNORECASE,
)


def _toll(sent: Span, q: Quantity) -> str | None:
    """Return the kind of toll a number is the figure of — "the death toll rose to 26",
    "raising to 15 the number of dead", "the number of wounded stood at 365" — or None."""
    words = " ".join(t.lower_ for t in span_tokens(sent))
    found = _TOLL_KIND.search(words)
    if not found:
        return None
    kind = _kind_named(found.group(0), sent, q)
    if re.search(r"total|tally|number", found.group(0)) and (
        any(_A_YEAR.match(e.text.strip()) for e in sent.ents if e.label_ == "DATE")
        or re.search(r"\b(?:such|similar) (?:attacks|killings|incidents)\b", words)
    ):
        # "bringing the total killed this year to 300", "bringing to 48 the number killed
        # in such attacks": a running total of many events
        return None
    if _toll_from_cause(sent):
        return None  # "The death toll from the earthquake has risen to 1,480"
    if _RUNNING.search(sent.text):
        # "Thirteen people were killed on Monday, bringing the number killed in the
        # week-long unrest to 57": a running total of many days' events
        return None
    h = q.head
    if _breakdown(sent, q):
        return None  # "revised the figure to seven: four gunmen and three officers"
    if h.dep_ == "pobj" and h.head.lower_ == "from":
        return None  # "revised down to 21 from 26": the old figure
    if h.dep_ == "pobj" and h.head.lower_ in ("after", "following", "as", "because", "since"):
        return None  # "has climbed to 19 after two of the injured succumbed": inside the toll
    if (
        h.dep_ == "pobj"
        and h.head.head.lemma_.lower() in _SOURCE_VERBS
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in h.head.head.children)
    ):
        return None  # "... rose to 41. On Thursday, officials had put the toll at 28"
    if (
        h.dep_ == "pobj"
        and h.head.lower_ == "of"
        and any(
            c.lower_ in ("earlier", "previous", "initial", "original", "first")
            for c in h.head.head.children
        )
    ):
        return None  # "revising an earlier toll of 21": the old figure
    if h.dep_ in ("nsubj", "nsubjpass") and h.head.lemma_.lower() not in _TOLL_VERBS:
        return None  # "while nine people remained missing"
    if (
        h.dep_ == "pobj"
        and h.head.lower_ in ("to", "at")
        and (h.like_num or _person(h))  # (not "registered at two morgues")
        and any(t.lemma_.lower() in _TOLL_VERBS for t in span_tokens(sent))
    ):
        before = sent.doc[h.head.i - 1] if h.head.i > sent.start else None
        if h.head.lower_ == "at" and before is not None and before.lower_ in _HURT_WORDS:
            return INJURED  # "put the toll at 52 and the wounded at 41" (read by words)
        # "the death toll has risen to 63, while the number of wounded stood at 83": each
        # figure is of the toll its own verb tells of
        own = _TOLL_KIND.search(" ".join(t.lower_ for t in h.head.head.subtree))
        if own:
            return _kind_named(own.group(0), sent, q)
        return _gapped_toll(h.head.head) or _subject_kind(h.head.head) or kind
    if h.dep_ == "attr" and h.head.lemma_.lower() == "be":
        return _toll_subject(h.head)  # "The death toll in the attack is now 16"
    for anc in [h, *h.ancestors][:4]:
        if anc.dep_ == "prep" and anc.lower_ == "with":
            return None  # "has risen to 29, with 33 people still in hospital": not the toll
        if anc.lemma_.lower() in _TOLL_VERBS:
            sub = " ".join(t.lower_ for t in anc.subtree)
            if _TOLL_KIND.search(sub):
                return kind
    return None


def _breakdown(sent: Span, q: Quantity) -> bool:
    """Return whether a number breaks down a figure a colon or dash ends, with no verb of
    its own in between: "revised the figure to seven: four gunmen and three officers"."""
    doc = sent.doc
    for t in doc[sent.start : q.start]:
        if t.text not in (":", "\u2014", "\u2013") or t.i == sent.start:
            continue
        if not doc[t.i - 1].like_num:
            continue
        between = doc[t.i + 1 : q.start]
        if not any(w.pos_ in ("VERB", "AUX") for w in between):
            return True
    return False


def _toll_from_cause(sent: Span) -> bool:
    """Return whether a sentence gives the toll of a disaster, a disease or an accident:
    "The death toll from Sunday's earthquake rose to 812, with more than 2,800 injured"
    (its injured too are no casualties of violence)."""
    return any(
        t.lower_ == "toll"
        and any(
            p.dep_ == "prep"
            and p.lower_ == "from"
            and any(_cause_noun(o) and o.lemma_.lower() not in _CRUSHES for o in p.children)
            for p in t.children
        )
        for t in span_tokens(sent)
    )


def _toll_subject(verb: Token) -> str | None:
    """Return the kind of toll a copula's subject names ("the death toll ... is", "the
    number of wounded is"), or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    found = _TOLL_KIND.search(" ".join(t.lower_ for t in subject.subtree))
    if not found:
        return None
    return INJURED if re.search(r"wounded|injured|injuries", found.group(0)) else KILLED


def _kind_named(words: str, sent: Span, q: Quantity) -> str:
    """Return the kind of harm a toll phrase names: "the number of wounded" (injured),
    "the death toll" (killed); "put the figure at 64" names none, so it is of the kind the
    verbs before it tell ("Hundreds were injured ...; the ministry put the figure at 64")."""
    if re.search(r"wounded|injured|injuries", words):
        return INJURED
    if re.search(r"(?:number|figure|count|tally) at$|^(?:a|the) (?:figure|count|tally)", words):
        # ("14 people were wounded, a figure later raised to 20": the figure before it)
        return _kind_before(sent, q) or KILLED
    return KILLED


def _kind_before(sent: Span, q: Quantity) -> str | None:
    """Return the one kind of harm the verbs before a count name ("Hundreds were injured
    when police charged ...": injured), or None when they name both or neither."""
    words = sent.doc[sent.start : q.start]
    kinds = {_PREDICATES.get(t.lemma_.lower()) for t in words if t.pos_ == "VERB"}
    kinds |= {INJURED for t in words if t.lower_ in _HURT_WORDS}
    kinds = {KILLED if k in ("die", "kill_or_die") else k for k in kinds if k is not None}
    return kinds.pop() if len(kinds) == 1 else None


def _gapped_toll(verb: Token) -> str | None:
    """Return the kind a second toll names where its verb is left out: "put the number of
    dead at 14 and the injured at 30" (the parser joins "the injured" to "put")."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in _TOLL_VERBS:
        return None
    words = {t.lower_ for t in verb.subtree}
    if words & _HURT_WORDS:
        return INJURED
    return KILLED if words & {"dead", "killed", "deaths", "fatalities"} else None


def _subject_kind(verb: Token) -> str | None:
    """Return the kind a toll verb's bare subject names: "while the dead remain at four"
    (killed), "the injured stood at 30" (injured); None for any other subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    word = subject.lower_
    if word in _HURT_WORDS:
        return INJURED
    return KILLED if word in ("dead", "deaths", "fatalities", "killed") else None
