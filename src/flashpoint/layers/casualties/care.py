"""The injured told by their care or their wounds: "two in critical condition",
"treated for burns", "escaped with injuries", "left six people with gunshot wounds".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from flashpoint.layers.casualties.words import _has_child, _person
from flashpoint.layers.tables import read_tsv


def _treated_for_harm(verb: Token) -> bool:
    """Return whether "treated" names a wound its patients were treated for ("treated 45
    people for gunshot wounds"; not "treated 300 people for malaria")."""
    return any(
        t.dep_ == "prep"
        and t.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _HARMS for o in t.children)
        for t in verb.subtree
    )


_CARE: dict[str, set[str]] = {}
for _row in read_tsv("casualties", "care.tsv", required=("word", "kind")):
    _CARE.setdefault(_row["kind"], set()).add(_row["word"])
_STAYS = frozenset({"be", "remain", "lie", "stay"})


def _in_care(h: Token) -> bool:
    """Return whether a count is of people in hospital or in a grave condition ("two in
    hospital" after the dead, "were in critical condition"): the wounded. Only where the
    count says no more of them (not "two doctors in hospital went on strike")."""
    if _under_treatment(h):
        return True
    if h.dep_ == "nsubj" and h.head.lower_ == "in" and h.head.dep_ == "pcomp":
        # "with 58 people still in hospital": the parser makes "in" the clause's head
        return any(o.dep_ == "pobj" and _care_noun(o) for o in h.head.children)
    if h.dep_ == "nsubj" and h.head.lemma_.lower() in _STAYS:
        holders = [h.head]
        if _months_on(h.head):
            return False  # "Six months after the bombing, 14 victims are still in hospital"
    elif h.dep_ in ("npadvmod", "appos", "conj", "ROOT") and (_person(h) or h.like_num):
        holders = [h]
    else:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(_care_noun(o) for o in c.children)
        for t in holders
        for c in t.children
    )


def _left_in_care(tok: Token, ordinal: bool) -> bool:
    """Return whether one person is left or lies in a grave condition: "killing two men and
    leaving a third in critical condition", "a second was left in intensive care", "a
    third remains in critical condition" (lying there alone takes an ordinal: a wounded
    one counted after the others)."""
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ not in ("dobj", "nsubj", "nsubjpass") or not (
        lemma == "leave" or (ordinal and lemma in _STAYS)
    ):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(_care_noun(o) for o in c.children)
        for c in verb.children
    )


_STAY_WORDS = frozenset(
    {"is", "was", "remains", "remained", "lies", "lay", "stays", "stayed", "still"}
)


def _in_care_words(doc: Doc, i: int, end: int) -> int | None:
    """Return where "remains in critical condition" / "is in hospital" ends when it starts
    at token ``i``, read by words (the parser may take "remains" for a noun: "a fourth
    remains in critical condition"), or None."""
    while i < end and doc[i].lower_ in _STAY_WORDS:
        i += 1
    if i >= end or doc[i].lower_ != "in" or doc[i - 1].lower_ not in _STAY_WORDS:
        return None
    j = i + 1
    if j < end and doc[j].lower_ in ("a", "the"):
        j += 1
    if j < end and doc[j].lemma_.lower() in _CARE.get("place", set()):
        return j + 1
    grave = _CARE.get("grave", set())
    if (
        j + 1 < end
        and doc[j].lower_ in grave
        and doc[j + 1].lemma_.lower() in _CARE.get("state", set())
    ):
        return j + 2
    return None


def _for_other_reason(verb: Token) -> bool:
    """Return whether a stay in hospital or a treatment is said to be for something other
    than a wound: "was in hospital for a routine check-up", "were taken to hospital for
    tests after complaining of chest pains", "after falling ill" (``care.tsv``, kind
    reason; not "injured after a bomb went off near a cancer hospital")."""
    reasons = _CARE.get("reason", set())

    def said(t: Token) -> bool:
        return t.lemma_.lower() in reasons or t.lower_ in reasons

    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "with"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if any(
                said(o) or any(said(m) for m in o.children if m.dep_ in ("compound", "amod"))
                for o in objs
            ):
                return True
        clauses = [g for g in c.children if g.dep_ == "pcomp"] if c.lower_ == "after" else []
        if c.dep_ == "advcl" and any(m.lower_ == "after" for m in c.children):
            clauses.append(c)
        for g in clauses:
            if said(g) or any(said(a) for a in g.children if a.dep_ in ("acomp", "oprd")):
                return True
    return False


def _months_on(verb: Token) -> bool:
    """Return whether a clause is dated months or years after something ("Six months
    after the bombing, ..."): a state then is no news of the attack's wounded."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "after"
        and any(g.dep_ == "npadvmod" and g.lemma_.lower() in ("month", "year") for g in c.children)
        for c in verb.children
    )


def _care_noun(tok: Token) -> bool:
    """Return whether a noun after "in" says its people are hurt: "hospital", "critical
    condition", "intensive care" (``care.tsv``)."""
    if tok.dep_ != "pobj":
        return False
    word = tok.lemma_.lower()
    if word in _CARE.get("place", set()):
        return True
    grave = _CARE.get("grave", set())
    return word in _CARE.get("state", set()) and any(c.lower_ in grave for c in tok.children)


_CAME_AWAY = frozenset({"escape", "evacuate", "survive", "flee", "rescue", "leave", "emerge"})


def _came_away_hurt(verb: Token) -> bool:
    """Return whether a verb tells its subject got away hurt: "escaped with burns", "was
    evacuated with injuries", "were left nursing wounds"."""
    if verb.lemma_.lower() not in _CAME_AWAY:
        return False
    for c in verb.children:
        if (
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(o.dep_ == "pobj" and o.lemma_.lower() in _HARMS for o in c.children)
        ):
            return True
        if (
            c.dep_ in ("xcomp", "advcl")
            and c.lemma_.lower() in ("nurse", "suffer")
            and any(o.dep_ == "dobj" and o.lemma_.lower() in _HARMS for o in c.children)
        ):
            return True
        if c.dep_ in ("oprd", "dobj") and c.lemma_.lower() in _HARMS and _has_child(c, "nursing"):
            return True  # "were left nursing wounds", read as a noun compound
    return False


_HARMS = frozenset(
    {"burn", "injury", "wound", "fracture", "bruise", "inhalation", "cut", "laceration", "gash"}
)


def _with_wounds(h: Token) -> bool:
    """ "left six people with gunshot wounds", "nine people were pulled out alive with
    injuries"."""
    if not (_person(h) or h.like_num or h.lemma_.lower() == "other"):
        return False
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lemma_.lower() == "body":
        return False  # "the bodies of seven men with gunshot wounds": the dead
    near = [*h.children, *(h.head.children if h.dep_ in ("nsubj", "nsubjpass", "dobj") else ())]
    holders = [
        *h.children,
        *(g for c in near if c.pos_ == "ADJ" and c.lower_ != "dead" for g in c.children),
        # "left 16 others with injuries": the phrase hangs on "left"
        *(h.head.children if h.dep_ == "dobj" and h.head.lemma_.lower() == "leave" else ()),
    ]
    return any(
        c.lower_ == "with" and any(t.lemma_.lower() in ("wound", "injury") for t in c.subtree)
        for c in holders
    )


def _under_treatment(h: Token) -> bool:
    """Return whether a count is of people being treated: "with 33 people still receiving
    treatment", "14 others were receiving treatment", "seven needed hospital treatment"
    (not "receiving aid", "need treatment for malaria")."""
    verbs = [h.head] if h.dep_ == "nsubj" else [c for c in h.children if c.dep_ == "acl"]
    return any(
        v.lemma_.lower() in ("receive", "undergo", "need", "require")
        and any(
            c.dep_ == "dobj"
            and (
                c.lemma_.lower() == "treatment"
                or (c.lemma_.lower() in ("attention", "care") and _has_child(c, "medical"))
            )
            and not _treated_for_other(v)
            for c in v.children
        )
        for v in verbs
    )


def _treated_for_other(verb: Token) -> bool:
    """Return whether a treatment is said to be for something other than a wound
    ("treatment for malaria", "for shock")."""
    return any(
        t.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lemma_.lower() not in _HARMS for o in t.children)
        for t in verb.subtree
    )


_THOUGHT = frozenset({"report", "list", "count", "declare", "believe", "presume", "feared"})


def _alive_after_all(doc: Doc, start: int, end: int, limit: int) -> bool:
    """Return whether the people a count names, first counted among the dead, are said to
    be in care: "two guests initially reported dead were in intensive care", "four men
    listed as dead were found alive and being treated", "that figure included six people
    still being treated", "one of them ... was alive and being treated" (the wounded; but
    "found alive" alone is no wound)."""
    after = list(doc[end : min(end + 16, limit)])
    words = [t.lower_ for t in after]
    alive = next(
        (
            i
            for i, w in enumerate(words)
            if (w == "being" and words[i + 1 : i + 2] == ["treated"])
            or (w == "in" and any(_care_noun(t) for t in after[i + 1 : i + 3]))
        ),
        None,
    )
    if alive is None:
        return False
    before = after[:alive]
    if any(
        (t.pos_ == "VERB" and t.lemma_.lower() in ("kill", "die", "say", "tell"))
        or (t.tag_ == "CD" and t.lower_ != "one" and t.nbor(1).text != "-")  # (an age)
        for t in before
    ):
        return False  # ("down to six from eight, saying two ...": the count's own clause)
    claimed = any(
        t.lower_ == "dead"
        and i > 0
        and (before[i - 1].lemma_.lower() in _THOUGHT or before[i - 1].lower_ == "as")
        for i, t in enumerate(before)
    )
    partitive = words[:2] == ["of", "them"]
    included = any(t.lemma_.lower() == "include" for t in doc[max(start - 2, 0) : start]) and any(
        t.lower_ in ("figure", "toll", "tally", "count") for t in doc[max(start - 8, 0) : start]
    )
    return claimed or partitive or included
