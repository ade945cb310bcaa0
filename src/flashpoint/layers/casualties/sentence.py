"""One sentence's counts: every number phrase in a casualty role, with the zero counts,
lone victims, ages, lists and "left N dead and M wounded" the sentence states.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from flashpoint.layers.casualties.care import _HARMS, _alive_after_all
from flashpoint.layers.casualties.causes import _deaths_of_cause, _natural
from flashpoint.layers.casualties.governed import _to_death
from flashpoint.layers.casualties.groups import (
    _among_the_dead,
    _graded_part,
    _group,
    _livestock,
    _members,
    _subset,
)
from flashpoint.layers.casualties.history import RECAPS_AS_NEWS, _historical, _looked_back, _recap
from flashpoint.layers.casualties.lexicon import (
    _DEAD_WORDS,
    _HURT_WORDS,
    _LISTED,
    _ONE,
    _ORDINALS,
    _PREDICATES,
    INJURED,
    KILLED,
)
from flashpoint.layers.casualties.numbers import Quantity, number_value, quantities
from flashpoint.layers.casualties.roles import _role
from flashpoint.layers.casualties.singles import (
    _blew_up_selves,
    _identified_dead,
    _killer_died,
    _nobody,
    _ordinal_in_care,
    _singulars,
    _unscathed,
    _year_old,
)
from flashpoint.layers.casualties.tolls import _toll, _toll_from_cause
from flashpoint.layers.casualties.whose import _nationality
from flashpoint.layers.casualties.words import (
    _clause_verb,
    _demonym,
    _has_prep,
    _person,
    _refuted,
    _unreal,
)
from flashpoint.nlp import span_tokens
from flashpoint.nlp import tokens as doc_tokens
from flashpoint.records import Casualty


def _sentence(sent: Span, who: dict[int, str | None]) -> list[Casualty]:
    """Return the counts one sentence states, and those of an earlier event a recap clause
    in it tells of ("closed the border, a day after rockets killed four people"), marked
    ``background``: no count of the news, but that event's."""
    found = _counts(sent, who)
    recaps = [t for t in doc_tokens(sent.doc)[sent.start : sent.end] if _recap(t)]
    if not recaps or RECAPS_AS_NEWS.get():
        return found
    reset = RECAPS_AS_NEWS.set(True)
    try:
        again = _counts(sent, who)
    finally:
        RECAPS_AS_NEWS.reset(reset)
    seen = {c.start for c in found}
    for c in again:
        if c.start not in seen and any(_within(c, t) for t in recaps):
            found.append(replace(c, background=True))
    return found


def recap_clause(doc: Doc, c: Casualty) -> tuple[int, int] | None:
    """Return where the recap clause a background count belongs to starts and ends."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    for t in [span.root, *span.root.ancestors]:
        if _recap(t):
            sub = list(t.subtree)
            return sub[0].idx, sub[-1].idx + len(sub[-1])
    return None


def _within(c: Casualty, verb: Token) -> bool:
    """Return whether a count's words lie in a clause."""
    sub = list(verb.subtree)
    return sub[0].idx <= c.start and c.end <= sub[-1].idx + len(sub[-1])


def _compared(q: Quantity, qs: list[Quantity]) -> bool:
    """Return whether a count is the other side of a comparison an earlier count makes:
    "killed twice as many civilians as last week's, when four died" (the four are last
    week's, the base of the eight)."""
    doc = q.head.doc
    return any(
        [t.lower_ for t in doc[x.end - 2 : x.end]] == ["as", "many"]
        and x.end <= q.start
        and any(t.lower_ == "as" for t in doc[x.end : q.start])
        for x in qs
    )


def _counts(sent: Span, who: dict[int, str | None]) -> list[Casualty]:
    """Return the counts one sentence states: each number phrase in a casualty role with
    the groups coordinated with it, toll figures, and the counts without a number."""
    doc = sent.doc
    if _toll_from_cause(sent):
        return []
    found: list[Casualty] = []
    used: set[int] = set()
    mishap = False
    qs = list(quantities(sent))
    for q in qs:
        if q.head.i in used or _subset(q.head) or _livestock(q.head) or _graded_part(q.head):
            continue
        kind = _role(q)
        if kind != INJURED and _alive_after_all(doc, q.start, q.end, sent.end):
            kind = INJURED  # "two guests first reported dead were in intensive care"
        if kind is None:
            toll = _toll(sent, q)
            if toll:
                if any(a.lemma_.lower() in _BEYOND for a in list(q.head.ancestors)[:2]):
                    q = replace(q, approx=True)  # "the death toll has passed 100"
                found.append(_make(doc, q, q, toll, who, update=True))
            continue
        verb = _clause_verb(q.head)
        if kind == KILLED and _natural(verb):
            mishap = True  # (the hurt the sentence counts by their care share the cause)
            continue
        if _historical(verb) or _unreal(verb) or _natural(verb) or _looked_back(q.head):
            continue
        if any(c.dep_ == "acl" and c.pos_ == "VERB" and _historical(c) for c in q.head.children):
            continue  # "to remember the 8,000 men and boys killed in 1995"
        if _refuted(verb) or _compared(q, qs) or _deaths_of_cause(q.head):
            continue  # "Earlier reports that 30 people had died ... were wrong"
        group = _without_breakdown(_group(q, qs), qs)
        if not any(x.head.i == q.head.i for x in group):
            # "five others injured, two of them critically": the part is no count of its
            # own; the group it hangs on is counted from its own number
            continue
        total = sum(x.value for x in group) + (kind == KILLED and _killer_died(verb))
        total += _blew_up_selves(verb) if kind == KILLED else 0
        total += _one_more(verb, total)
        used.update(x.head.i for x in group)
        merged = Quantity(
            total,
            any(x.approx for x in group),
            min(x.start for x in group),
            max(x.end for x in group),
            q.head,
        )
        fatal = _fatal_part(q.head) if kind == INJURED else None
        if fatal is not None and fatal[0] < total:
            # "stabbed five people, one of them fatally": one dead, four hurt
            found.append(_make(doc, fatal[1], fatal[1], KILLED, who))
            used.add(fatal[1].head.i)  # ("one of whom later died" is no count of its own)
            merged = replace(merged, value=total - fatal[0])
        c = _make(doc, merged, q, kind, who)
        if len(group) > 1 and c.whose and any(_nationality(x.head, who) != c.whose for x in group):
            c = replace(c, whose=None)  # "five Chinese nationals and their Pakistani driver"
        found.append(c)
    left = _left_dead_and_hurt(sent, qs)
    if left:
        # ("left at least four people dead and around 150 injured": the parser may join
        # the counts any way; the words say which is which)
        spans = [(q.start, q.end) for q, _ in left]
        found = [
            c
            for c in found
            if not any(doc[a].idx <= c.start < doc[b - 1].idx + len(doc[b - 1]) for a, b in spans)
        ]
        found.extend(_make(doc, q, q, kind, who) for q, kind in left)
    found = _left_list(sent, found)
    found = _stepped(sent, found)
    found.extend(_nobody(sent))
    found.extend(_unscathed(sent))
    if not any(c.kind == KILLED for c in found):
        found.extend(_killed_them(sent, qs, who))
    if not any(c.kind == INJURED for c in found):
        found.extend(_hurt_them(sent, qs))
    found.extend(_singulars(sent, {c.start for c in found}, who))
    found.extend(_ordinal_in_care(sent, {c.start for c in found}))
    if not any(c.kind == KILLED for c in found):
        found.extend(_identified_dead(sent))
    found = _shot_then_killed(sent, found)
    found.extend(_relative(sent, found))
    found.extend(_aged(sent, {c.start for c in found}))
    found.extend(_included(sent, {c.start for c in found}))
    if mishap and not any(c.kind == KILLED for c in found):
        # "31 people died after drinking bootleg liquor ..., and 40 more were in hospital":
        # the ones in care are the mishap's too
        found = [c for c in found if not (c.kind == INJURED and _in_care(doc, c))]
    return found


_BEYOND = frozenset({"pass", "exceed", "top", "surpass", "cross"})


def _in_care(doc: Doc, c: Casualty) -> bool:
    """Return whether a count of wounded is told by their care ("were in hospital", "were
    being treated", "were hospitalised"), not by a verb of wounding."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    verb = _clause_verb(span.root)
    return verb.lemma_.lower() not in _WOUNDING


_WOUNDING = frozenset({"wound", "injure", "hurt", "maim", "shoot", "stab", "beat"})


def _shot_then_killed(sent: Span, found: list[Casualty]) -> list[Casualty]:
    """Return the counts with the people shot or stabbed less those the next clause says
    died: "shot two brothers, killing both" (two dead, none left wounded), "stabbed four
    people, killing one" (one dead, three hurt)."""
    doc = sent.doc

    def verb_of(c: Casualty) -> Token | None:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        return _clause_verb(span.root) if span is not None else None

    out = list(found)
    for hurt in found:
        verb = verb_of(hurt)
        if (
            hurt.kind != INJURED
            or verb is None
            or verb.lemma_.lower() not in ("shoot", "stab")
            or not any(c.dep_ == "dobj" for c in verb.children)
        ):
            continue
        dead = [
            k
            for k in found
            if k.kind == KILLED
            and (
                k.start == hurt.start  # ("killing them": counted where they were named)
                or (
                    (v := verb_of(k)) is not None
                    and v.i != verb.i
                    and v.head.i == verb.i
                    and v.dep_ in ("advcl", "conj")
                )
            )
        ]
        if len(dead) != 1 or hurt not in out:
            continue
        out.remove(hurt)
        if dead[0].value < hurt.value:
            out.append(replace(hurt, value=hurt.value - dead[0].value))
    return out


_FACTORS = {"twice": 2, "thrice": 3, "double": 2, "triple": 3}


def _relative(sent: Span, found: list[Casualty]) -> list[Casualty]:
    """Return a count given relative to the sentence's count of the other kind: "Forty-two
    people were wounded, twice the number killed" (21 dead, an estimate)."""
    doc = sent.doc
    out: list[Casualty] = []
    for tok in span_tokens(sent):
        factor = _FACTORS.get(tok.lower_)
        k = tok.i + 1
        if factor is None and tok.like_num and k < sent.end and doc[k].lower_ == "times":
            factor, k = number_value(tok.text), k + 1
        if not factor:
            continue
        words = [t.lower_ for t in doc[k : min(k + 5, sent.end)]]
        if words[:2] != ["the", "number"]:
            continue
        rest = words[2:]
        if rest[:1] == ["of"]:
            rest = rest[2:] if len(rest) > 2 and rest[1] in ("people", "those") else rest[1:]
        kind = _DEAD_WORDS.get(rest[0]) if rest else None
        base = [c for c in found if c.kind != kind and c.end <= tok.idx and not c.subset]
        if kind is None or not base or any(c.kind == kind for c in found):
            continue
        if base[-1].value % factor:
            continue
        span = doc[tok.i : k + 2]
        out.append(Casualty(kind, base[-1].value // factor, True, span.text, *_chars(span)))
    return out


_GENERIC = frozenset({"people", "person"})

_ASIDE_MARKS = frozenset({"-", "\u2014", "\u2013", "--", "(", ":"})


def _without_breakdown(group: list[Quantity], qs: list[Quantity]) -> list[Quantity]:
    """Return a group without the breakdown of one of its counts set off by a dash, a
    bracket or a colon: "Fourteen people - eight soldiers and six civilians - were killed"
    is 14, not 28 (the parts add up to no more than the whole)."""
    doc = qs[0].head.doc if qs else None
    if doc is not None and len(group) > 1:
        # (read by words too: the parser may hang the whole's number on a part's noun)
        first = min(group, key=lambda x: x.start)
        ahead = range(first.end, min(first.end + 3, len(doc)))
        marks = [i for i in ahead if doc[i].text in _ASIDE_MARKS]
        if marks:
            parts = [x for x in group if x.start > marks[0]]
            if parts and sum(p.value for p in parts) <= first.value:
                return [x for x in group if x not in parts]
        noun = first.head
        comma = noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","
        if comma and noun.i == first.end and noun.lemma_.lower() in _GENERIC:
            # "killed three people, a woman and two men": the parts after a comma that
            # add up to a whole of "people" name them (a list of its own would not)
            parts = [x for x in group if x.start > noun.i]
            if len(parts) > 1 and sum(p.value for p in parts) == first.value:
                return [x for x in group if x not in parts]
    heads = {x.head.i: x for x in group}
    for x in group:
        whole = heads.get(x.head.head.i) if x.head.dep_ == "appos" else None
        if whole is None or whole is x or x.start == 0:
            continue
        if x.head.doc[x.start - 1].text not in _ASIDE_MARKS:
            continue
        parts = [x] + [y for y in group if y.head.i in {c.i for c in x.head.conjuncts}]
        if sum(p.value for p in parts) <= whole.value:
            return [y for y in group if y not in parts]
    return group


def _killed_them(sent: Span, qs: list[Quantity], who: dict[int, str | None]) -> list[Casualty]:
    """Return the people a pronoun kills, counted where they were first named: "seized 13
    suspected gang members ..., beat them and burned them to death" (13 dead)."""
    for tok in span_tokens(sent):
        if tok.lower_ not in ("them", "him", "her") or tok.dep_ != "dobj":
            continue
        verb = tok.head
        kind = _PREDICATES.get(verb.lemma_.lower())
        if not (kind == KILLED or (kind == "kill_or_die" and _to_death(verb)) or _set_alight(tok)):
            continue
        if _unreal(verb) or _historical(verb) or _natural(verb):
            continue
        if tok.lower_ != "them":
            # "burned him to death", "killing him and his 12-year-old son": one each
            mates = [
                c
                for c in tok.conjuncts
                if c.tag_ == "NN" and _person(c) and any(d.dep_ == "poss" for d in c.children)
            ]
            end = max([tok, *mates], key=lambda t: t.i)
            value = 1 + len(mates)
            q = Quantity(value, False, tok.i, end.i + 1, tok)
            return [_make(sent.doc, q, q, KILLED, who)]
        named = [q for q in qs if q.end <= tok.i and q.head.tag_ == "NNS" and _person(q.head)]
        if named and not _has_prep(named[-1].head, "of"):
            return [_make(sent.doc, named[-1], named[-1], KILLED, who)]
    return []


def _set_alight(them: Token) -> bool:
    """Return whether a pronoun is of people set on fire: "doused two men in petrol and set
    them alight" (a mob's burning: the dead, as "burned them to death"). Read by words:
    the parser may hang "alight" on the clause after it."""
    if them.head.lemma_.lower() != "set":
        return False
    after = [t.lower_ for t in them.doc[them.i + 1 : them.i + 3]]
    return after[:1] in (["alight"], ["ablaze"]) or after == ["on", "fire"]


def _hurt_them(sent: Span, qs: list[Quantity]) -> list[Casualty]:
    """Return the people a pronoun says were hurt, counted where they were first named:
    "threw acid at two students, leaving both with burns", "fired on three farmers,
    wounding them" ("both" is two)."""
    doc = sent.doc
    for tok in span_tokens(sent):
        if tok.lower_ not in ("them", "both"):
            continue
        verb = tok.head
        if tok.dep_ != "dobj":
            if not (verb.lower_ == "with" and verb.dep_ == "prep"):
                continue
            verb = verb.head  # "leaving both with burns": the parser hangs "both" on "with"
        hurt = _PREDICATES.get(verb.lemma_.lower()) == INJURED or (
            verb.lemma_.lower() == "leave"
            and any(
                c.dep_ == "prep"
                and c.lower_ == "with"
                and any(o.lemma_.lower() in _HARMS for o in c.children)
                for c in (*verb.children, *tok.children)
            )
        )
        if not hurt or _unreal(verb) or _historical(verb) or _natural(verb):
            continue
        named = [q for q in qs if q.end <= tok.i and q.head.tag_ == "NNS" and _person(q.head)]
        if not named or (tok.lower_ == "both" and named[-1].value != 2):
            continue
        q = named[-1]
        span = doc[q.start : q.end]
        return [Casualty(INJURED, q.value, q.approx, span.text, *_chars(span))]
    return []


def _fatal_part(head: Token) -> tuple[int, Quantity] | None:
    """Return how many of the people a count of wounded names died, and the number that
    says so: "stabbed five people, one of them fatally", "shot six, two of them mortally",
    "Three people were shot, one fatally" (the parser may hang the part on the verb)."""
    near = list(head.children)
    if head.dep_ == "nsubjpass":
        near += [c for c in head.head.children if c.i > head.i]
    for c in near:
        if (
            c.dep_ in ("appos", "conj", "npadvmod")
            and c.like_num
            and any(a.lower_ in ("fatally", "mortally") for a in c.children)
        ):
            value = number_value(c.text)
            if value is not None:
                return value, Quantity(value, False, c.i, c.i + 1, c)
        died = _died_of_whom(c)
        if died is not None and (value := number_value(died.text)) is not None:
            return value, Quantity(value, False, died.i, died.i + 1, died)
    # (the parser may hang "two of them fatally" nowhere near the count: read the words
    # right after the verb)
    doc = head.doc
    verb = head.head if head.dep_ == "nsubjpass" else head
    for i in range(verb.i + 1, min(verb.i + 4, len(doc) - 3)):
        words = [doc[j].lower_ for j in range(i, i + 4)]
        if words[1:3] == ["of", "them"] and words[3] in ("fatally", "mortally"):
            value = number_value(doc[i].text) if doc[i].like_num else None
            if value is not None:
                return value, Quantity(value, False, i, i + 1, doc[i])
    return None


def _died_of_whom(verb: Token) -> Token | None:
    """Return the number of "one of whom later died" hung on a count of wounded, or None."""
    if verb.dep_ not in ("relcl", "advcl") or _PREDICATES.get(verb.lemma_.lower()) != "die":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj"
            and c.like_num
            and any(
                p.lower_ == "of" and any(o.lower_ in ("whom", "them") for o in p.children)
                for p in c.children
            )
        ),
        None,
    )


def _one_more(verb: Token, total: int) -> int:
    """Return 1 when the clause adds the next one by its ordinal: "Six died at the scene
    and a seventh on the way to hospital" (7), else 0."""
    return int(
        any(
            c.dep_ == "conj"
            and _ORDINALS.get(c.lower_) == total + 1
            and any(d.lower_ in ("a", "an") for d in c.children)
            # (not "Two were killed and a third seriously wounded": the third's own verb)
            and not any(d.pos_ in ("VERB", "AUX") or d.lower_ in _DEAD_WORDS for d in c.subtree)
            for c in verb.children
        )
    )


def _left_dead_and_hurt(sent: Span, qs: list[Quantity]) -> list[tuple[Quantity, str]]:
    """Return the two counts of "left N (people) dead and M (people) injured", "leaving
    three dead (two soldiers and a civilian) and five injured", "left dozens of people
    injured and at least three dead", or none."""
    doc = sent.doc
    for leave in (t for t in span_tokens(sent) if t.lemma_.lower() == "leave" and t.pos_ == "VERB"):
        first = next((q for q in qs if 0 < q.start - leave.i <= 2), None)
        if first is None or _natural(leave):
            continue  # ("a crowd surge left four dead and dozens hurt": no attack)
        dead = next(
            (
                t.i
                for t in doc[first.end : min(first.end + 2, sent.end)]
                if t.lower_ == "dead" or t.lower_ in _HURT_WORDS
            ),
            None,
        )
        if dead is None:
            continue
        kinds = (KILLED, INJURED) if doc[dead].lower_ == "dead" else (INJURED, KILLED)
        other = _HURT_WORDS if kinds[1] == INJURED else frozenset({"dead", "killed"})
        i = dead + 1
        if i < sent.end and doc[i].text == "(":
            close = next((t.i for t in doc[i : sent.end] if t.text == ")"), None)
            i = close + 1 if close is not None else i
        if i < sent.end and doc[i].text == ",":
            i += 1
        if i >= sent.end or doc[i].lower_ != "and":
            continue
        second = next((q for q in qs if q.start == i + 1), None)
        if second is None:
            continue
        tail = doc[second.end : min(second.end + 3, sent.end)]
        if any(t.lower_ in other for t in tail):
            return [(first, kinds[0]), (second, kinds[1])]
    return []


_STEP_PREPS = frozenset({"by", "on", "until", "till"})
_PASSED = frozenset({"NOUN", "VERB", "AUX", "ADP", "DET", "PROPN"})


def _dated(doc: Doc, i: int, end: int) -> int | None:
    """Return the end of "by Monday" / "on Tuesday" / "by nightfall" at token ``i``, or None."""
    if i >= end or doc[i].lower_ not in _STEP_PREPS:
        return None
    j = i + 1
    while j < end and (doc[j].ent_type_ in ("DATE", "TIME") or doc[j].lower_ == "the"):
        j += 1
    return j if j > i + 1 and doc[j - 1].ent_type_ in ("DATE", "TIME") else None


def _stepped(sent: Span, found: list[Casualty]) -> list[Casualty]:
    """Return the counts with a running figure given in steps taken at its last step:
    "eight bodies had been recovered by Monday, 15 by Tuesday and 21 by Wednesday", "the
    toll rose to eight on Monday, 15 on Tuesday and 21 on Wednesday" (21, the figure as it
    stood last; not increments, which "more" would mark)."""
    doc = sent.doc
    out = list(found)
    for c in found:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or c not in out:
            continue
        i = span.end
        while i < sent.end and not doc[i].like_num and doc[i].pos_ in _PASSED:
            if _dated(doc, i, sent.end) is not None:
                break
            i += 1  # ("eight bodies had been recovered from the river" before "by Monday")
        steps = [c.value]
        last = None
        preps = set()
        while (j := _dated(doc, i, sent.end)) is not None:
            preps.add(doc[i].lower_)
            k = j
            while k < sent.end and doc[k].lower_ in (",", "and", "to"):
                k += 1
            value = number_value(doc[k].text) if k < sent.end and doc[k].like_num else None
            if value is None or value <= steps[-1] or _dated(doc, k + 1, sent.end) is None:
                break
            steps.append(value)
            last = doc[k]
            i = k + 1
        if last is None or not (c.update or preps <= {"by", "until", "till"}):
            continue  # ("killed eight on Monday and 15 on Tuesday" may be each day's dead)
        inside = [o for o in out if c.end <= o.start <= last.idx]
        out = [o for o in out if o is not c and o not in inside]
        end = last.idx + len(last)
        out.append(replace(c, value=steps[-1], end=end, text=doc.text[c.start : end]))
    return out


def _left_list(sent: Span, found: list[Casualty]) -> list[Casualty]:
    """Return the counts with a list "left" dead or wounded summed as one: "left two
    soldiers, a shepherd and three militants dead" is six, however the parser split the
    list (it may make "a shepherd and three militants" the subject of "dead")."""
    doc = sent.doc
    for leave in (t for t in span_tokens(sent) if t.lemma_.lower() == "leave" and t.pos_ == "VERB"):
        # (read by words: the parser may hang "dead" on the list's last noun)
        state = next(
            (t for t in doc[leave.i + 1 : min(leave.i + 17, sent.end)] if t.lower_ in _DEAD_WORDS),
            None,
        )
        if state is None or (
            state.i + 1 < sent.end and doc[state.i + 1].pos_ in ("NOUN", "PROPN", "NUM")
        ):
            continue  # (not "left two wounded soldiers")
        listed = doc[leave.i + 1 : state.i]
        core = _without_aside(listed)
        if not core or any(
            t.lower_ in _DEAD_WORDS or t.lower_ in ("including", "among", "of") for t in core
        ):
            continue  # (not "left four people dead and around 150 injured": two counts)
        kind = _DEAD_WORDS[state.lower_]
        lo, hi = listed.start_char, listed.end_char
        inside = [c for c in found if lo <= c.start < hi and c.kind == kind]
        if len(core) == len(listed) and any(t.lower_ in (",", "and") for t in core):
            total = _listed_total(listed)
            if not inside or total <= max(c.value for c in inside):
                continue
            approx = any(c.approx for c in inside)
            whose = inside[0].whose if all(c.whose == inside[0].whose for c in inside) else None
            merged = Casualty(kind, total, approx, listed.text, lo, hi, whose=whose)
            found = [c for c in found if c not in inside] + [merged]
        elif len(core) < len(listed) and not inside:
            # "left seven people, including three children, dead": the parser may hang
            # "dead" on the children
            q = next((q for q in quantities(sent) if q.start == core[0].i), None)
            if q is not None and q.end <= core[-1].i + 1:
                span = doc[q.start : core[-1].i + 1]
                found.append(Casualty(kind, q.value, q.approx, span.text, *_chars(span)))
    return found


def _chars(span: Span) -> tuple[int, int]:
    """Return where a span starts and ends, in characters."""
    return span.start_char, span.end_char


def _without_aside(listed: Span) -> list[Token]:
    """Return a list's tokens without an aside set off by commas: "seven people, including
    three children," is "seven people"."""
    out: list[Token] = []
    skipping = False
    for t in listed:
        nxt = listed.doc[t.i + 1] if t.i + 1 < len(listed.doc) else None
        if t.text == "," and nxt is not None and nxt.lower_ in ("including", "among"):
            skipping = True
        elif skipping and t.text == ",":
            skipping = False
        elif not skipping:
            out.append(t)
    return out


def _aged(sent: Span, taken: set[int]) -> list[Casualty]:
    """Return "and a 15-year-old wounded" after a killing, "left a 17-year-old dead": one
    person, where the parser took the participle for the noun or left it without a
    subject."""
    out = []
    for tok in span_tokens(sent):
        left = tok.dep_ == "dobj" and tok.head.lemma_.lower() == "leave"
        if tok.lower_ not in _DEAD_WORDS or not (tok.dep_ == "conj" or left):
            continue
        if tok.head.pos_ != "VERB":
            continue
        old = [c for c in tok.children if c.dep_ in ("amod", "nsubj", "nsubjpass")]
        old = [c for c in old if c.lower_ == "old" and c.i >= 2 and c.doc[c.i - 2].lower_ == "year"]
        if not old:
            continue
        first = tok.doc[old[0].left_edge.i]
        first = (
            tok.doc[first.i - 1]
            if first.i and tok.doc[first.i - 1].lower_ in ("a", "an")
            else first
        )
        if first.lower_ not in ("a", "an") or first.idx in taken:
            continue
        span = tok.doc[first.i : old[0].i + 1]
        kind = _DEAD_WORDS[tok.lower_]
        out.append(Casualty(kind, 1, False, span.text, span.start_char, span.end_char))
    return out


def _included(sent: Span, taken: set[int]) -> list[Casualty]:
    """Return "the dead included a district police chief and two of his bodyguards":
    the people listed, a lower bound (part of the dead)."""
    out = []
    for verb in span_tokens(sent):
        if verb.lemma_.lower() != "include" or verb.pos_ != "VERB":
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        obj = [c for c in verb.children if c.dep_ == "dobj"]
        if not subj or not obj or subj[0].lower_ not in _LISTED:
            continue
        total = 0
        members = _members(obj[0])
        members += [
            c
            for m in members
            for c in m.children
            if c.dep_ == "conj" and c.like_num and c not in members
        ]
        for m in members:
            if m.like_num:
                total += number_value(m.text) or 0
            elif _person(m) or m.tag_ == "NNS":
                nums = [c for c in m.children if c.dep_ == "nummod" and c.like_num]
                if nums:
                    total += number_value(nums[0].text) or 0
                elif m.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in m.children):
                    total += 1
        first, last = members[0].left_edge, max(m.right_edge.i for m in members)
        total = max(total, _listed_total(sent.doc[first.i : last + 1]))
        if not total or first.idx in taken:
            continue
        span = sent.doc[first.i : last + 1]
        kind = _LISTED[subj[0].lower_]
        out.append(
            Casualty(kind, total, True, span.text, span.start_char, span.end_char, subset=True)
        )
    return out


def _listed_total(span: Span) -> int:
    """Return how many people a list names, read item by item whatever its parse: "two
    Americans, a Briton and three Kenyans" is six. An item with no number and no "a" (or
    "his", "one") adds nothing."""
    total = 0
    item: list[Token] = []
    for t in [*span, None]:
        if t is None or t.lower_ in (",", "and", ";"):
            nums = [
                number_value(x.text)
                for x in item
                if x.like_num and x.ent_type_ != "DATE" and not _year_old(x)
            ]
            if nums and nums[0] is not None:
                total += nums[0]
            elif item and item[0].lower_ in _ONE and any(_person(x) or _demonym(x) for x in item):
                total += 1
            item = []
        else:
            item.append(t)
    return total


def _so_far(head: Token) -> bool:
    """Return whether a count is only what is known so far ("26 bodies have so far been
    recovered"): a lower bound."""
    verb = _clause_verb(head)
    return any(
        c.lower_ == "far" and any(g.lower_ == "so" for g in c.children) for c in verb.children
    )


def _make(
    doc: Doc,
    q: Quantity,
    first: Quantity,
    kind: str,
    who: dict[int, str | None],
    *,
    update: bool = False,
) -> Casualty:
    """Return the casualty record of a count ``q`` whose first group is ``first``: its
    words, whose dead it is, and whether it is a lower bound or part of a total."""
    span = doc[q.start : q.end]
    whose = _nationality(first.head, who) if kind == KILLED else None
    among = _among_the_dead(first.head)
    approx = q.approx or among or _so_far(first.head)
    return Casualty(
        kind,
        q.value,
        approx,
        span.text,
        span.start_char,
        span.end_char,
        whose=whose,
        update=update,
        subset=among,
    )
