"""Whose dead: the country a victim noun's own words give ("20 Indian soldiers"), and
whether a count is of one side's own dead or of the other side's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from flashpoint.layers.actors import load_lexicon
from flashpoint.layers.casualties.lexicon import _ATTACKERS
from flashpoint.layers.casualties.words import _demonym, _person
from flashpoint.records import Casualty


def _victims(doc: Doc, c: Casualty) -> Token | None:
    """Return the noun a count's victims are named by ("nine soldiers", "six of the
    attackers"), or None."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    if head.dep_ == "nummod":
        return head.head
    if head.lower_ == "between":
        # "between 10 and 15 people": the range hangs on the verb, its number on the noun
        noun = next((t.head for t in span if t.dep_ == "nummod" and t.head.i >= span.end), None)
        if noun is not None:
            return noun
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            # "six of the attackers died": the attackers
            return next((o for o in p.children if o.dep_ == "pobj"), head)
    return head


def _own_side(verb: Token) -> bool:
    """Return whether a clause counts one side's own dead: "reported 15 dead on its side",
    "the loss of four of its own soldiers"."""
    for t in verb.subtree:
        if t.lower_ == "side" and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children
        ):
            return t.head.lower_ == "on"
        if t.lower_ == "own" and t.head.lower_ in ("its", "their"):
            return True
        if t.lower_ == "own" and any(c.lower_ in ("its", "their") for c in t.head.children):
            return True
    return False


def _other_side(doc: Doc, c: Casualty, before: Casualty) -> bool:
    """Return whether a count is of the other side's dead, told apart from the first:
    "nine soldiers were killed ..., adding that four attackers died" (13 dead)."""
    if c.update or before.update:
        return False
    if "\n\n" in doc.text[before.end : c.start]:
        # a new paragraph's dead are another act's: "... killing two guards." / "Tajik
        # troops returned fire ..., killing one Taliban fighter" (1, not 3)
        return False
    mine, theirs = _victims(doc, c), _victims(doc, before)
    if mine is None or theirs is None or mine.i == theirs.i:
        return False
    one = _attacker(mine)
    other = _attacker(theirs)
    # ("injured 24 others ... The gunman was wounded": the others are people too)
    return (
        one != other
        and (
            _person(theirs)
            or theirs.lower_ == "others"
            # ("another four have been hurt ... The suspect, who was wounded": a lone one)
            or (theirs.like_num and c.value == 1 and mine.tag_ == "NN")
        )
        and _person(mine)
    )


_SUSPECTS = frozenset({"suspect", "shooter", "stabber", "perpetrator", "killer"})
_ATTACK_VERBS = frozenset({"kill", "stab", "shoot", "attack", "wound", "injure", "ram"})


def _attacker(noun: Token) -> bool:
    """Return whether a noun names an attacker: "a gunman", or "a man who stabbed three
    people" (a noun the clause of an attack describes)."""
    return noun.lemma_.lower() in _ATTACKERS | _SUSPECTS or any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in _ATTACK_VERBS
        and not any(a.dep_ == "auxpass" for a in c.children)
        and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
        for c in noun.children
    )


_KIN = frozenset({"family", "household", "clan"})
"""Nouns a count of people can hang on by "of": "an Afghan refugee family of five"."""


def _nationality(head: Token, who: dict[int, str | None]) -> str | None:
    """Return the country a victim noun's own words give ("20 Indian soldiers"); None
    when they give several ("two Indian and three Nepalese workers"). A part is of the
    whole's: "three of the Malian traders", "a crowd of Sudanese refugees ..., killing six
    of them" (the plural noun nearest before the pronoun)."""
    told = _all_of_them(head)
    if told is not None:
        return told  # "killing two of its crew, both Filipino"
    if head.like_num:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((o for o in of.children if o.dep_ == "pobj"), None) if of else None
        if whole is not None and whole.lower_ == "them":
            named = [t for t in head.doc[head.sent.start : whole.i] if t.tag_ in ("NNS", "NNPS")]
            whole = named[-1] if named else None
        if whole is not None:
            return _nationality(whole, who)
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in _KIN:
            return _nationality(head.head.head, who)  # "an Afghan family of five"
    found: set[str | None] = set()
    # (and a modifier's own: "an Afghan refugee family", "Afghan" hung on "refugee")
    mods = [g for c in head.children if c.dep_ == "compound" for g in c.children]
    for child in [*head.children, *mods]:
        if child.dep_ in ("amod", "compound", "nmod") and (
            child.ent_type_ in ("NORP", "GPE") or _demonym(child)
        ):
            found.update(
                who.get(t.i) or _demonym(t)
                for t in [child, *child.conjuncts]
                if (t.ent_type_ in ("NORP", "GPE") or _demonym(t)) and not _no_nation(t)
            )
    if not found and head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NNS", "NNPS"):
        found.add(_demonym(head))  # "killed 19 Palestinians"
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _all_of_them(head: Token) -> str | None:
    """Return the country an aside after a count gives all its people: "two of its crew,
    both Filipino", "five guards, all Nepali nationals" (read by words), or None."""
    doc = head.doc
    end = head.right_edge.i + 1
    # (the parser may make the aside the count's apposition: "two crew members, both Sri
    # Lankan")
    aside = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    if aside and aside[0].left_edge.i >= 2 and doc[aside[0].left_edge.i - 1].text == ",":
        end = aside[0].left_edge.i - 1
    words = doc[end : min(end + 4, head.sent.end)]
    if len(words) < 3 or words[0].text != "," or words[1].lower_ not in ("both", "all"):
        return None
    if len(words) == 4 and (two := _demonym_of(words[2].text, words[3].text)) is not None:
        return two  # "both Sri Lankan"
    return _demonym(words[2])


def _demonym_of(*words: str) -> str | None:
    """Return the country of a nationality phrase of several words ("Sri Lankan")."""
    entries = load_lexicon().phrases.get(words, ())
    countries = {e.country for e in entries if e.kind == "adjective" and e.country}
    return countries.pop() if len(countries) == 1 else None


def _no_nation(tok: Token) -> bool:
    """Return whether a group word names no nation: a one-word NORP the actor lexicon
    does not know ("Islamist", "Shiite"), whose actor may take a country from the words
    around it ("killed 12 Islamist fighters, Mali's army said")."""
    doc = tok.doc
    alone = tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    return tok.ent_type_ == "NORP" and alone and not load_lexicon().phrases.get((tok.text,))


_THE_DEAD = (["the", "dead"], ["the", "victims"], ["all", "the", "dead"], ["all", "the", "victims"])


def _dead_were(doc: Doc) -> str | None:
    """Return the country a sentence of its own gives all the dead: "The dead were all
    Ethiopian nationals", "All the victims were Pakistani" (not "mostly Afghan")."""
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        lower = [t.lower_ for t in words]
        for subject in _THE_DEAD:
            n = len(subject)
            if lower[:n] != subject or lower[n : n + 1] != ["were"]:
                continue
            rest = words[n + 1 :]
            if rest and rest[0].lower_ == "all":
                rest = rest[1:]
            country = _demonym(rest[0]) if rest else None
            if country is not None:
                return country
    return None
