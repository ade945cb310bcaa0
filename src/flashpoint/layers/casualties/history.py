"""Background history: whether a clause tells of a past war, a year's total, a
world-wide figure or the dead a funeral or anniversary recalls, and not of the news.
"""

from __future__ import annotations

import re
from contextvars import ContextVar

from spacy.tokens import Span, Token

from flashpoint.layers.actors import entity_at
from flashpoint.layers.casualties.lexicon import _DEAD_WORDS, _REPORTING
from flashpoint.layers.casualties.words import _inside_other_clause
from flashpoint.layers.tables import read_tsv

_ONGOING = frozenset(
    {
        "war",
        "conflict",
        "insurgency",
        "crisis",
        "campaign",
        "violence",
        "uprising",
        "rebellion",
        "civil",
        "fighting",
        "offensive",
        "occupation",
        "blockade",
        "epidemic",
    }
)
_WARS = frozenset({"war", "conflict", "insurgency", "uprising", "rebellion", "occupation"})
"""What runs for years: a toll "since the war began" is its running total (but "since the
fighting broke out on Saturday" can be the one event's)."""
_PAST_MARKERS = frozenset(
    {
        "anniversary", "since", "commemorate", "mark", "memorial", "remember",
        # the aftermath of a past killing: "convicted three men over the downing of MH17,
        # which killed all 298", "demanding accountability for the collapse ... that killed 15"
        "convict", "sentence", "acquit", "indict", "jail", "demand", "compensate", "apologise",
        "apologize", "accountability", "verdict", "trial",
        # a new event that is no attack: "a ceasefire agreed to end fighting that killed 70
        # held", "arrested three men over the attack that killed 14"
        "ceasefire", "truce", "accuse", "charge", "arrest", "detain", "extradite", "funeral",
        "bury", "mourn", "reward", "bounty", "veteran", "compensation", "vigil", "inquiry",
    }
)  # fmt: skip


_BEGAN = frozenset({"begin", "start", "erupt", "launch", "commence"})
"""Verbs of a "since" clause that make a perfect count a running total: "have been killed
since the protests began", "has died since the mission started"."""

_EARLIER = frozenset({"similar", "previous", "earlier", "prior"})


def _year(tok: Token) -> bool:
    """Return whether a token is a year ("1962", "2014")."""
    return tok.text.isdecimal() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2100


_MONTH_ONLY = re.compile(
    r"^(?:(?:in|last|early|late|mid)[- ])*(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)$|^last (?:month|year)$",
    re.IGNORECASE,
)
_LONG_SPAN = re.compile(r"(?i)(?:the )?(?:past|last|previous) (?:\w+ ){0,2}(?:weeks|months|years)$")
"""Weeks or more counted back from the news: "over the past four weeks, 63 people have
died" is a total over them, no one event's toll."""
_DECADE = re.compile(r"\b1[89]\d0s\b|\b20[0-2]0s\b")
_A_YEAR = re.compile(
    r"^(?:(?:so far )?this|last|the past|past) year$|^(?:so far )?this year$|^\d{4}$"
    # a part of a year: "the first three months of 2026", "the first half of the year"
    r"|^the (?:first|last|past) (?:\w+ )?(?:months|weeks|half|quarter)"
    r" of (?:\d{4}|(?:the|this) year)$",
    re.IGNORECASE,
)
_AGO = re.compile(r"\b(?:months?|years?|decades?) ago\b", re.IGNORECASE)
_ONE_EVENT = frozenset(
    {"attack", "bombing", "strike", "airstrike", "raid", "blast", "explosion", "ambush",
     "massacre", "shelling", "shooting", "clash", "assault", "incident", "killing", "murder",
     "assassination"}
)  # fmt: skip


def _dates(verb: Token) -> list[Span]:
    """Return the date entities of a verb's own clause (its subject's phrases included)."""
    doc = verb.doc
    seen: dict[int, Span] = {}
    for t in verb.subtree:
        if t.ent_type_ == "DATE" and not _inside_other_clause(t, verb):
            ent = entity_at(doc, t.i)
            if ent is not None:
                seen[ent.start] = ent
    return list(seen.values())


def _long_ago(verb: Token) -> bool:
    """Return whether a pluperfect clause dates its killing to a past month or decade:
    "A strike on the complex in August had killed 20 people" after the news of the day;
    "massacres in which 1,700 people were killed in the early 1980s"."""
    dates = _dates(verb)
    if any(
        _DECADE.search(d.text)
        and (
            d.root.head.lower_ in ("in", "during")
            # "killed during the 1980s civil war": the decade names the war
            or (d.root.head.pos_ == "NOUN" and d.root.head.head.lower_ in ("in", "during"))
        )
        for d in dates
    ):
        return True  # (not "the worst since the 1990s")
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REPORTING:
        return False  # "The UN said rebels had killed 171 civilians in late November"
    return any(_MONTH_ONLY.match(d.text.strip()) for d in dates)


def _back_then(verb: Token) -> bool:
    """Return whether a clause tells of a past time another clause names: "would try
    officials over the killing of protesters last year, when a U.N. report estimated up to
    1,400 people died"."""
    clause = verb.head if verb.dep_ == "ccomp" else verb
    if clause.dep_ != "advcl" or not any(c.lower_ == "when" for c in clause.children):
        return False
    return any(
        c.ent_type_ == "DATE"
        and (ent := entity_at(verb.doc, c.i)) is not None
        and (_A_YEAR.match(ent.text.strip()) or _MONTH_ONLY.match(ent.text.strip()))
        for c in clause.head.children
    )


def _year_long(verb: Token) -> bool:
    """Return whether a count is a year's total, not one event's: "At least 1,300 civilians
    were killed by explosive weapons last year", "24 of whom have been killed so far this
    year", or one over weeks ("over the past four weeks") (but not "a bombing last year
    killed 30")."""
    if not any(
        (_A_YEAR.match(d.text.strip()) or _LONG_SPAN.match(d.text.strip()))
        and verb.i in (d.root.head.i, d.root.head.head.i)
        for d in _dates(verb)
    ):
        return False
    return not any(t.lemma_.lower() in _ONE_EVENT and t.tag_ == "NN" for t in verb.subtree)


_SCOPES: dict[str, set[str]] = {}
for _row in read_tsv("casualties", "scopes.tsv", required=("word", "kind")):
    _SCOPES.setdefault(_row["kind"], set()).add(_row["word"])


def _world_wide(verb: Token) -> bool:
    """Return whether a count is over the whole world ("with 280 aid workers killed
    worldwide", "killed around the world"): an aggregate, no event's toll."""
    return any(
        (c.dep_ == "advmod" and c.lower_ in _SCOPES.get("adverb", set()))
        or (
            c.dep_ == "prep"
            and c.lower_ in ("across", "around", "in")
            and any(o.lower_ in _SCOPES.get("place", set()) for o in c.children)
        )
        or (
            c.dep_ == "prep"
            and c.lower_ == "along"
            and any(o.lower_ in _SCOPES.get("line", set()) and _whole(o) for o in c.children)
        )
        for c in verb.children
    )


def _whole(front: Token) -> bool:
    """Return whether "front" is said whole: "along the front", "along the entire front"
    (not "along the front line near Bakhmut", "along the northern front")."""
    return all(c.dep_ == "det" or c.lower_ in ("entire", "whole") for c in front.children)


_LAST = re.compile(r"\blast (?:week|month|year)(?:'s|\u2019s)?$", re.IGNORECASE)
"""A date a week or more before the news ("last week", "an ambush last week": the model
may take the event's noun into the date; "last week's raid")."""


def _looked_back(head: Token) -> bool:
    """Return whether the dead a participle tells of are those a funeral, a memorial or a
    trial looks back to: "the funeral of the four soldiers killed on Sunday", "a memorial
    service for the 29 miners killed in the blast"."""
    acls = [
        c
        for c in head.children
        if c.dep_ == "acl"
        and (c.lower_ in _DEAD_WORDS or any(g.lower_ == "dead" for g in c.children))
    ]  # ("the 14 villagers shot dead by soldiers last week")
    if not acls:
        return False
    if any(_last_years(c) for c in acls):
        return True  # "Relatives of the 26 people killed in last year's bombing"
    if any(_LAST.search(d.text) for c in acls for d in _dates(c)):
        return True  # "to mourn 40 soldiers killed in an ambush last week"
    # the nouns it hangs on up to its verb, and that verb's subject: not the verb itself
    # ("45 people were arrested and 12 officers injured" is no trial)
    nouns: list[Token] = []
    for a in head.ancestors:
        if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("pobj", "dobj"):
            # (a "verb" in a noun's role is a noun the tagger missed: "compensation of
            # 500,000 rupees each to the families of the 19 people killed")
            # its subject and object: "unveiled a memorial", "paying compensation"
            nouns += [c for c in a.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            if a.lemma_.lower() in ("bury", "mourn") and any(
                c.dep_ == "det" and c.lower_ == "the" for n in (head, *nouns) for c in n.children
            ):
                return True  # "buried the last of the 11 people killed in Thursday's shooting"
            break
        nouns.append(a)
    nouns += [c for t in nouns for c in t.children if c.dep_ in ("compound", "amod")]
    return any(t.lemma_.lower() in _PAST_MARKERS for t in nouns)


def _days_after(verb: Token, spans: tuple[str, ...]) -> bool:
    """Return whether a killing is told of the attack a span of days or more before the
    news: "Two weeks after the massacre that killed 37 villagers, residents held a vigil"."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    for _ in range(2):
        # "18 years after the attacks by gunmen that killed 166": the clause may hang on a
        # noun inside the one "after" governs (years only: "a week after the shelling in
        # Kap Choeng, which killed four" is the recent event another report tells of)
        if noun.dep_ == "pobj" and noun.head.lower_ != "after" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
            spans = tuple(s for s in spans if s in ("year", "decade"))
    if noun.dep_ != "pobj" or noun.head.lower_ != "after":
        return False
    return any(g.dep_ == "npadvmod" and g.lemma_.lower() in spans for g in noun.head.children)


_NOT_EVENTS = frozenset(
    {"poll", "election", "vote", "referendum", "budget", "census", "season", "cup",
     "championship", "games", "olympics", "festival", "summit", "plan", "law", "constitution"}
)  # fmt: skip
"""Nouns a year names without dating a killing: "on the eve of the 2026 polls"."""


def _names_something_else(year: Span) -> bool:
    """Return whether a bare year only names a thing that is no violent event ("the 2026
    polls", "its 2025 budget"), not when the clause's killing happened."""
    head = year.root.head
    return (
        year.root.dep_ in ("nummod", "compound", "amod")
        and head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() in _NOT_EVENTS
    )


RECAPS_AS_NEWS: ContextVar[bool] = ContextVar("recaps_as_news", default=False)
"""Set while reading the counts of an earlier event a recap tells of (see :func:`_recap`):
they are no count of the news, but they are that earlier event's."""

_SPANS = ("day", "week", "month", "year")


def _recap(verb: Token) -> bool:
    """Return whether a clause tells of an earlier event a span of days or more before the
    news: "launched an operation, four days after a suicide attack killed 54", "Two weeks
    after the massacre that killed 37 villagers, residents held a vigil"."""
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark"
        and c.lower_ == "after"
        and any(
            g.dep_ == "npadvmod" and g.lemma_.lower() in _SPANS
            for g in [*c.children, *verb.children]
        )
        for c in verb.children
    ):
        return True
    if verb.dep_ == "acl" and any(
        a.lower_ == "after"
        and a.dep_ == "prep"
        and (
            any(g.dep_ == "npadvmod" and g.lemma_.lower() in _SPANS for g in a.children)
            or (a.head.dep_ == "npadvmod" and a.head.lemma_.lower() in _SPANS)
        )
        for a in list(verb.ancestors)[:4]
    ):
        return True  # "a day after shelling of the same street killed 14" (a misparse)
    return _days_after(verb, _SPANS)


def _last_years(verb: Token) -> bool:
    """Return whether a verb's "in" phrase names an act of an earlier year: "killed in last
    year's bombing", "died in the previous year's floods"."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
            continue
        for noun in (o for o in c.children if o.dep_ == "pobj"):
            for p in noun.children:
                if (
                    p.dep_ == "poss"
                    and p.lemma_.lower() == "year"
                    and any(a.lower_ in ("last", "previous") for a in p.children)
                ):
                    return True
    return False


_CALM_ACTS = frozenset(
    {"agree", "sign", "announce", "declare", "reach", "broker", "impose", "lift", "extend",
     "reopen", "resume", "meet", "vote", "approve", "pledge", "promise", "condemn", "call",
     "arrest", "charge", "sentence", "convict", "jail", "resign", "sack", "apologise",
     "apologize", "bury", "mourn", "deploy", "withdraw", "open", "launch"}
)  # fmt: skip
"""What the news does after an earlier act's dead: "agreed a ceasefire after ..."."""


def _after_it_came(verb: Token) -> bool:
    """Return whether a relative clause tells of the act a calm piece of news followed:
    "The two sides agreed a ceasefire after four days of clashes that killed dozens", "The
    minister resigned following a raid that left nine dead" (the news is the agreement)."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj":
        noun = noun.head.head  # "after four days of clashes that killed dozens"
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("after", "following"):
        return False
    news = noun.head.head
    return news.pos_ == "VERB" and news.lemma_.lower() in _CALM_ACTS


def _last_spans(noun: Token, spans: tuple[str, ...]) -> bool:
    """Return whether a noun is dated by "last month's" / "the previous year's"."""
    return any(
        p.dep_ == "poss"
        and p.lemma_.lower() in spans
        and any(a.lower_ in ("last", "previous") for a in p.children)
        for p in noun.children
    )


def _of_last_span(verb: Token) -> bool:
    """Return whether a clause tells of an act that a noun dates a month or more before the
    news: "arrested four men over last month's bombing of a bus station in Quetta, which
    killed 27 people" (the clause may hang on any noun of the phrase), "Last year's attack
    on the same market killed 40 people"; and whether a relative clause tells of an
    earlier act at the same place ("in the same village where 20 were massacred") or in
    a month the news names alone ("... where 20 were killed in March")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and _last_spans(subject, ("month", "year")):
        return True
    if verb.dep_ != "relcl":
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children) and any(
        a.dep_ == "amod" and a.lower_ == "same" for a in verb.head.children
    ):
        return True
    if any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(_MONTH_ONLY.match(o.text) for o in p.children if o.dep_ == "pobj")
        for p in verb.children
    ):
        return True
    noun = verb.head
    for _ in range(4):
        if _last_spans(noun, ("week", "month", "year")):
            return True
        if noun.lemma_.lower() not in _NOT_EVENTS and any(
            _year(c) and c.dep_ in ("nummod", "compound", "amod") for c in noun.children
        ):
            return True  # "for the 2024 stabbing of three people, one of whom died"
        if noun.dep_ != "pobj" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = noun.head.head
    return False


_EARLIER_THIS = re.compile(r"^earlier (?:this|in the) (?:year|month)$", re.IGNORECASE)


def _after_month(verb: Token) -> bool:
    """Return whether a relative clause tells of an event a month names, in a phrase that
    says the news came after it: "agreed a truce, following clashes in October that
    killed dozens" (background), not "clashes on Monday that killed six"."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("following", "after"):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(_MONTH_ONLY.match(o.text) for o in p.children if o.dep_ == "pobj")
        for p in noun.children
    )


def _historical(verb: Token) -> bool:
    """Return whether a clause is background history: "a war in 1962 that killed
    thousands", "marking ten years since the attack that killed 148"."""
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return True  # "three years since gunmen killed some 160 villagers"
    if not RECAPS_AS_NEWS.get() and _recap(verb):
        return True
    if _long_ago(verb) or _year_long(verb) or _back_then(verb) or _world_wide(verb):
        return True
    if _between_months(verb):
        return True  # "killed 1,850 civilians between January and November"
    if _last_years(verb):
        return True  # "the 26 people killed in last year's bombing"
    if _after_it_came(verb):
        return True  # "agreed a ceasefire after four days of clashes that killed dozens"
    if _of_last_span(verb):
        return True  # "in connection with last month's bombing ..., which killed 27"
    if verb.sent.start > 0 and any(_MONTH_ONLY.match(d.text.strip()) for d in _dates(verb)):
        # "Militants attacked a base in Gao on Monday ... In March, an attack on the same
        # base killed 12 soldiers": after the news, an act a month alone dates is history
        return True
    if any(_AGO.search(d.text) or _EARLIER_THIS.match(d.text.strip()) for d in _dates(verb)):
        # "the bombing that killed 29 miners a year ago", "marred by the killings of
        # three mayors earlier this year"
        return True
    if _after_month(verb):
        return True  # "following clashes in October that killed dozens"
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ in ("of", "for", "over")
        and verb.head.head.lemma_.lower() in _PAST_MARKERS
    ):
        return True  # "hanged a man convicted of killing a member of the security forces"
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children) and any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _WARS for o in c.children)
        for c in verb.children
    ):
        return True  # "4,000 civilians had been killed in the conflict": a war's total
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children):
        for c in verb.children:
            since = (c.dep_ == "prep" and c.lower_ == "since") or (
                c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children)
            )
            if since and any(t.lemma_.lower() in _WARS for t in c.subtree):
                return True  # "have been killed since the war began": a war's running total
            if since and c.dep_ == "advcl" and c.lemma_.lower() in _BEGAN and not _days_ago(c):
                # "has died since the mission began", "39 killed since the protests began in
                # June": the whole span's total (not "since clashes began on Saturday")
                return True
            if since and _months_long(c):
                return True  # "gangs have killed 1,450 people since January": a running total
    # "a war that rights groups say left 30,000 dead": the clause the saying is part of
    rel = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" else verb
    if rel.dep_ == "relcl":
        if any(_LAST.search(d.text) for d in _dates(rel)):
            return True  # "the attack on the bus park, in which six people were killed last month"
        noun = rel.head
        above = list(noun.ancestors)[:4]
        subjects = [c for a in above for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
        for anc in [noun, *above, *subjects]:
            if anc.lemma_.lower() in _PAST_MARKERS:
                return True
        if noun.lemma_.lower() in _ONGOING and any(
            c.dep_ == "aux" and c.lower_ in ("has", "have") for c in rel.children
        ):
            return True  # "the war, which has killed 300,000 people": a running total
        if noun.lemma_.lower() in _WARS:
            return True  # "a drug war that rights groups say left up to 30,000 people dead"
        # ("the 2024 bombing of a bus carrying Chinese engineers, in which two people were
        # killed": the clause hangs on the last noun, the year on the act three nouns up)
        nouns = [noun, *(a for a in noun.ancestors if a.pos_ == "NOUN")][:4]
        for n in nouns:
            for c in n.children:
                ent = entity_at(verb.doc, c.i) if c.dep_ == "poss" else None
                if (
                    ent is not None
                    and ent.label_ == "DATE"
                    and re.search(r"week|month|year", ent.text)
                ):
                    return True  # "arrested 14 over last month's bombing ... that killed nine"
        if any(
            c.dep_ in ("nummod", "compound", "amod") and _year(c) for n in nouns for c in n.children
        ):
            return True  # "the 2014 Gaza war, in which 2,200 people were killed"
    if verb.dep_ == "advcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in verb.children
    ):
        # "sentenced five men for their role in the 2022 attack on a church in Owo that
        # killed 41": a relative clause the parser hung on the main verb; the act it tells
        # of is the noun before it, dated by a year
        doc = verb.doc
        before = doc[max(verb.sent.start, verb.left_edge.i - 8) : verb.left_edge.i]
        if any(
            t.pos_ == "NOUN"
            and any(c.dep_ in ("nummod", "compound", "amod") and _year(c) for c in t.children)
            for t in before
        ):
            return True
    if any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(a.dep_ == "amod" and a.lower_ in _EARLIER for a in c.children)
        for c in verb.children
    ):
        return True  # "a similar raid in March killed 45"
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(
            o.dep_ == "pobj" and any(a.dep_ == "amod" and a.lower_ in _EARLIER for a in o.children)
            for o in c.children
        )
        for c in verb.children
    ):
        return True  # "Last month, 14 officers died in a similar ambush"
    scope = [verb, verb.head] if verb.dep_ == "relcl" else [verb]
    doc = verb.doc
    for v in scope:
        for t in v.subtree:
            if _inside_other_clause(t, v):
                continue  # a year inside another clause ("in a war that has ... since 2011")
            if t.ent_type_ == "DATE" and t.text.isdecimal() and len(t.text) == 4:
                ent = entity_at(doc, t.i)
                if ent is not None and len([x for x in ent if x.is_alpha]) == 0:
                    if _names_something_else(ent):
                        continue  # "on the eve of the 2026 polls": the year of the polls
                    return True  # a bare year ("in 1962", "a 2017 bombing"), not a full date
    return False


_MONTH_YEAR = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december),? \d{4}$",
    re.IGNORECASE,
)


def _between_months(verb: Token) -> bool:
    """Return whether a count spans months: "killed 1,850 civilians between January and
    November" (a period's total, not one event's; not "between 2 and 4 a.m.")."""
    # (the phrase may hang on the object: "killed 4,000 people in operations between 2015
    # and 2021")
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.subtree)]
    for c in near:
        if c.dep_ != "prep" or c.lower_ != "between":
            continue
        words = [t.text for t in c.subtree if t.i > c.i and t.is_alpha and t.lower_ != "and"]
        if len(words) >= 2 and all(_MONTH_ONLY.match(w) for w in words):
            return True
        years = [t for t in c.subtree if t.i > c.i and t.lower_ != "and"]
        if len(years) == 2 and all(_year(t) for t in years):
            return True  # "killed about 6,000 people between 2016 and 2022"
    return False


_DAYS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"overnight|night|morning|afternoon|evening|weekend|week|hours?|days?)\b",
    re.IGNORECASE,
)


def _days_ago(clause: Token) -> bool:
    """Return whether a clause names a day or a few: "since clashes began on Saturday",
    "since the fighting erupted last week", "since the protests started three days ago"."""
    return bool(_DAYS.search(" ".join(t.text for t in clause.subtree)))


def _months_long(since: Token) -> bool:
    """Return whether a "since" phrase reaches back a month or more: "since January", "since
    the start of the year", "since last March" (not "since Monday", "since the attack")."""
    text = " ".join(t.text for t in since.subtree if t.i > since.i).strip()
    return bool(
        _MONTH_ONLY.match(text)
        or _MONTH_YEAR.match(text)  # "since April 2023"
        or _A_YEAR.match(text)
        or re.search(r"\b(?:start|beginning) of (?:the|this) year\b", text, re.IGNORECASE)
    )
