"""Counts that belong together: coordinated groups that are added ("five police officers
and three attackers"), subsets of a total ("including three children", "among the
dead") and counts of animals, which are no casualties.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from flashpoint.layers.casualties.governed import _HOW_BADLY, _to_death
from flashpoint.layers.casualties.lexicon import (
    _DEAD_WORDS,
    _HURT_WORDS,
    _ONE,
    _PREDICATES,
    _QUANTIFIERS,
    _SELF,
    INJURED,
    KILLED,
)
from flashpoint.layers.casualties.numbers import Quantity, _word_kind
from flashpoint.layers.casualties.words import _has_among, _has_prep, _person, _reporter
from flashpoint.layers.tables import read_tsv

_THE_N = {"dead": KILLED, "victims": KILLED, "fatalities": KILLED}
_THE_N_HURT = {"wounded": INJURED, "injured": INJURED}


def _the_n_dead(doc: Doc, start: int, end: int) -> str | None:
    """Return the kind of "the 11 dead", "the five victims", "the 30 wounded": a number
    between "the" and a word for the dead or hurt names all of them (not "the five flood
    victims", "the three victims of the 2015 attack")."""
    if start == 0 or doc[start - 1].lower_ != "the" or end >= len(doc):
        return None
    word = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.lower_ in ("of", "from"):
        return None
    if word.lower_ in _THE_N_HURT and after is not None and after.pos_ in ("NOUN", "PROPN"):
        return None  # ("the 30 wounded soldiers": the noun's own verb says)
    kind = _THE_N.get(word.lower_) or _THE_N_HURT.get(word.lower_)
    if kind is None or any(c.dep_ in ("compound", "amod") for c in word.children):
        return None
    return kind


def _subset(head: Token) -> bool:
    """Return whether a count is part of a larger one: "including three children",
    "among them four policemen"."""
    if head.like_num and _the_n_dead(head.doc, head.i, head.i + 1):
        return False  # "Among the 11 dead were four children": the total
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lower_ in _DEAD_WORDS:
        return False  # "left six dead, including two guards, and more than 70 injured"
    if (
        head.dep_ == "conj"
        and head.head.i != head.i
        and _subset_of_them(head.head)
        and not _own_dead_word(head)
    ):
        return True  # "killed 23 people, among them 11 women and five children"
    near = [head, *head.ancestors][:3]
    total = any(t.lower_ in ("dead", "killed", "victims") for t in near) or any(
        c.dep_ == "acl"
        and (
            c.lower_ in ("killed", "dead")
            or (_PREDICATES.get(c.lemma_.lower()) == "kill_or_die" and _to_death(c))
        )
        for c in head.children
    )
    if any(t.lower_ in ("including", "among") and t.dep_ == "prep" for t in near) and not total:
        return True
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("among", "including")
        and any(g.dep_ == "pobj" and g.pos_ == "PRON" and g.lower_ not in _SELF for g in c.children)
        for c in head.children
    ):
        return True  # "22 others, among them four policemen" (not "three, including himself")
    for anc in [head, *head.ancestors][:3]:
        if (
            anc.dep_ == "pobj"
            and anc.head.lower_ in ("including", "among")
            and not (anc.head.lower_ == "among" and (anc.lemma_ == "dead" or total))
        ):
            return True  # (but "among at least eight people killed" is the total)
        if anc.dep_ in ("prep",) and anc.lower_ == "including":
            return True
    return False


def _graded_part(head: Token) -> bool:
    """Return whether a count only grades part of a group counted before it: "12 were
    wounded, three of them critically" (three of the twelve, hurt badly; no count of its
    own, whatever verb the parser hangs it on)."""
    partitive = any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.lower_ in ("them", "whom", "those") for o in c.children)
        for c in head.children
    )
    if not partitive:
        return False
    near = [c for c in head.children if c.dep_ == "advmod"]
    if head.head.pos_ == "ADV" and head.head.i > head.i:
        near.append(head.head)  # (the parser may make the number the adverb's subject)
    return any(t.lower_ in _HOW_BADLY for t in near)


def _own_dead_word(head: Token) -> bool:
    """Return whether a noun has its own word of harm after it: "and at least 150
    wounded" (a count of its own, not a further part of a list)."""
    doc = head.doc
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return head.lower_ in _DEAD_WORDS or (after is not None and after.lower_ in _DEAD_WORDS)


def _subset_of_them(head: Token) -> bool:
    """Return whether a noun is a part named by "among them" / "including them"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("among", "including")
        and any(g.dep_ == "pobj" and g.pos_ == "PRON" and g.lower_ not in _SELF for g in c.children)
        for c in head.children
    )


def _among_the_dead(head: Token) -> bool:
    """Return whether a count's noun is said to be among a total ("two paramedics were
    among those killed"): part of the dead, so a lower bound of them."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "A cameraman and two paramedics were among those killed"
    return any(
        c.dep_ in ("prep", "attr")
        and c.lower_ == "among"
        # (not "Four civilians, among them a girl, were killed": the girl is the part)
        and not any(g.lower_ in ("them", "whom") for g in c.children)
        for c in (head.head.children if head.dep_ in ("nsubj", "nsubjpass", "attr") else ())
    )


def _group(q: Quantity, qs: list[Quantity]) -> list[Quantity]:
    """Return a count with the counts coordinated with it ("five police and three
    attackers"), each once."""
    members = _members(q.head)
    if any(c.dep_ == "prep" and c.lower_ in ("among", "including") for c in q.head.children):
        # "Three other villagers, among them two women, were wounded": the women are a part
        members = [m for m in members if not (m.dep_ == "appos" and m.head.i == q.head.i)]
    heads = {m.i for m in members}
    if q.head.dep_ in ("nsubj", "nsubjpass"):
        # "Nine soldiers and \"dozens of terrorists\" were killed": the quote marks split
        # the parse into two subjects of one verb
        heads |= {
            x.head.i
            for x in qs
            if x.head.dep_ == q.head.dep_
            and x.head.head.i == q.head.head.i
            and x.head.i != q.head.i
        }
    # "killing nine and four people respectively": the second figure hangs on the first
    # number, not on the noun both count
    heads |= {
        x.head.i
        for x in qs
        if x.head.dep_ == "conj"
        and x.head.head.dep_ == "nummod"
        and x.head.head.head.i == q.head.i
        and q.start <= x.head.head.i < q.end
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in x.head.head.children)
    }
    mine = _noun_kind(q.head)
    group = [
        x
        for x in qs
        if x.head.i in heads
        and not _of_them(x)
        and not _livestock(x.head)
        and _noun_kind(x.head) in (mine, None)
        and not _no_people(x.head, mine)
        and _word_kind(x) in (_word_kind(q), None)
        # ("killed more than a dozen people and injured scores": the parser may make the
        # participle the second group's adjective)
        and (x.head.i == q.head.i or _hurt_adjective(x.head) == _hurt_adjective(q.head))
        and (
            x.head.i == q.head.i
            or not any(_has_among(m) for m in [x.head, *_members_after(x.head)])
        )
        and not (
            x.head.dep_ == "conj"
            and x.head.head.i != x.head.i
            and _has_among(x.head.head)
            and not _own_dead_word(x.head)
        )
    ]
    # "three soldiers and a civilian guide": a conjunct with "a"/"an" counts one.
    numbered = {x.head.i for x in group}
    among = {t.i for m in members if _has_among(m) for t in (m, *m.conjuncts)}
    for c in members:
        if c.lower_ in _SELF and c.i not in numbered:
            group.append(Quantity(1, False, c.i, c.i + 1, c))  # "killing himself and six"
            continue
        if (
            c.i not in numbered
            and c.i < q.head.i
            and c.pos_ == "PROPN"
            and c.ent_type_ == "PERSON"
            and c.dep_ in ("dobj", "nsubjpass")
            and any(m.i == q.head.i and m.dep_ == "conj" for m in c.children)
        ):
            # "killed Hezbollah commander Ali Hassan and two of his aides": the named one
            # and the group after him
            first = min([c.i, *(d.i for d in c.children if d.dep_ == "compound")])
            group.append(Quantity(1, False, first, c.i + 1, c))
            continue
        if c.i in numbered or c.pos_ != "NOUN" or not _person(c) or _reporter(c):
            continue
        if c.i in among and c.i != q.head.i:
            continue  # "18 people, among them two medics and a journalist"
        if c.dep_ == "appos" and c.head.i == q.head.i and q.value == 1:
            continue  # "One of the wounded, a 19-year-old student, died": the same one
        ones = [d.i for d in c.children if d.dep_ in ("det", "poss") and d.lower_ in _ONE]
        if ones:
            group.append(Quantity(1, False, min(ones), c.i + 1, c))
    return group if group else [q]


_ANIMALS = frozenset(r["noun"] for r in read_tsv("casualties", "animals.tsv", required=("noun",)))


def _livestock(head: Token) -> bool:
    """Return whether a count is of animals: "200 head of cattle", "40 goats", "dozens of
    camels"."""
    if head.lemma_.lower() == "head" or head.lower_ in _QUANTIFIERS:
        return any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(o.lemma_.lower() in _ANIMALS for o in c.children)
            for c in head.children
        )
    return head.lemma_.lower() in _ANIMALS


def _of_them(q: Quantity) -> bool:
    """Return whether a count is a part of the people just counted: "two of them children"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.lower_ in ("them", "whom") for p in c.children)
        for t in q.head.doc[q.start : q.end]
        for c in t.children
    )


def _members(head: Token) -> list[Token]:
    """Return a noun and the nouns coordinated or in apposition with it, from the first
    of them ("an officer and two soldiers": the soldiers' list starts at the officer)."""
    while head.dep_ in ("conj", "appos") and (
        head.head.pos_ in ("NOUN", "PROPN") or head.head.lower_ in _SELF
    ):
        if head.head.i == head.i:
            break
        head = head.head
    out = [head]
    todo = [head]
    if head.dep_ == "dobj" and _PREDICATES.get(head.head.lemma_.lower()) in (KILLED, INJURED):
        # "killing two vigilantes, three traders and a girl": the parser can hang the
        # second group on the verb, as if it were a second verb
        for c in head.head.children:
            if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > head.i and _person(c):
                out.append(c)
                todo.append(c)
    while todo:
        t = todo.pop()
        for c in t.children:
            if (
                c.dep_ in ("conj", "appos")
                and (
                    c.pos_ in ("NOUN", "PROPN")
                    or c.lower_ in _SELF
                    or (c.pos_ == "NUM" and c.dep_ == "conj" and _has_prep(c, "of"))
                    or (c.pos_ == "NUM" and c.dep_ == "conj" and _elided_group(c))
                )
                and c not in out
            ):
                out.append(c)
                todo.append(c)
    return out


def _hurt_adjective(noun: Token) -> bool:
    """Return whether a noun has "injured" / "wounded" before it: "injured scores"."""
    return any(c.dep_ == "amod" and c.lower_ in _HURT_WORDS and c.i < noun.i for c in noun.children)


def _elided_group(num: Token) -> bool:
    """Return whether a bare number joined to a noun is another group of it, told apart by
    where or when: "four traders in Gusau and another two in Anka"."""
    return any(c.dep_ == "prep" for c in num.children) and not any(
        t.pos_ in ("VERB", "AUX") or t.lower_ in _DEAD_WORDS for t in num.subtree
    )


def _members_after(tok: Token) -> list[Token]:
    """Return the nouns listed after a noun ("two militants, four soldiers")."""
    return [t for t in tok.subtree if t.dep_ in ("conj", "appos") and t.i > tok.i]


def _no_people(noun: Token, kind: str | None) -> bool:
    """Return whether a noun joined to a count of deaths or injuries counts something else:
    "300 suspected cholera cases and 11 deaths" (the cases are no deaths)."""
    return (
        kind is not None
        and noun.pos_ == "NOUN"
        and _noun_kind(noun) is None
        and noun.lower_ not in _QUANTIFIERS
        and not _person(noun)
    )


def _noun_kind(tok: Token) -> str | None:
    """Return the kind a noun names: "deaths", "bodies" (killed), "injuries", "40
    injured people" (injured), or None."""
    if tok.lower_ in _QUANTIFIERS:
        # "9 deaths and dozens of injuries": the kind of what the quantity is of
        of = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
        return _noun_kind(of[0]) if of and of[0].dep_ == "pobj" else None
    lemma = tok.lemma_.lower()
    if lemma in ("death", "fatality", "dead", "life", "body"):
        return KILLED
    if lemma in ("injury", "wound", "wounded", "injured"):
        return INJURED
    if any(c.dep_ == "amod" and c.lower_ in _HURT_WORDS and c.i < tok.i for c in tok.children):
        return INJURED  # "40 injured people"
    return None
