"""How many: people killed and injured, read from the parse.

A count is a number phrase ("20", "twenty-three", "at least five", "dozens", "a
dozen") in a casualty role: the subject of "were killed" / "died", the object of
"killing" / "wounded", "left seven dead and 30 wounded", "claimed the lives of", "the
bodies of nine people", "N deaths", "were among the dead", or the figure a toll rises to
("the death toll climbed to 26", which replaces the counts before it). Coordinated
groups are added ("five police officers and three attackers were killed"); a subset
("including three children"), an age ("a 23-year-old"), a unit ("the 16th Regiment"),
and people arrested, missing or displaced are not counts. Vague words follow ACLED's
convention (``data/casualties/quantities.tsv``): "dozens" is 12, "hundreds" 100, all
marked ``approx``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from flashpoint.layers.actors import ActorSpan, entity_at, load_lexicon
from flashpoint.layers.tables import read_tsv
from flashpoint.records import Casualty, Mention

KILLED, INJURED = "killed", "injured"


def _lexicon() -> tuple[dict[str, int], dict[str, tuple[int, bool]], dict[str, str]]:
    units: dict[str, int] = {}
    vague: dict[str, tuple[int, bool]] = {}
    for row in read_tsv("casualties", "quantities.tsv", required=("word", "value", "approx")):
        if row["approx"] == "true":
            vague[row["word"]] = (int(row["value"]), True)
        else:
            units[row["word"]] = int(row["value"])
    preds = {
        r["lemma"]: r["kind"] for r in read_tsv("casualties", "predicates.tsv", required=("lemma",))
    }
    return units, vague, preds


_UNITS, _VAGUE, _PREDICATES = _lexicon()
_APPROX_BEFORE = (
    ("at", "least"),
    ("more", "than"),
    ("upwards", "of"),
    ("up", "to"),
    ("as", "many", "as"),
    ("no", "fewer", "than"),
    ("not", "less", "than"),
)
_APPROX_WORDS = frozenset(
    {
        "over",
        "about",
        "around",
        "nearly",
        "some",
        "roughly",
        "almost",
        "approximately",
        "close",
        "estimated",
        "reportedly",
        "least",
    }
)
_DEAD_WORDS = {
    "dead": KILLED,
    "killed": KILLED,
    "wounded": INJURED,
    "injured": INJURED,
    "hurt": INJURED,
    "slain": KILLED,
    "hospitalised": INJURED,
    "hospitalized": INJURED,
}
_TOLL_VERBS = frozenset(
    r["lemma"] for r in read_tsv("casualties", "tolls.tsv", required=("lemma",))
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number phrase: its value, whether it is a bound, and its tokens."""

    value: int
    approx: bool
    start: int  # token index of the phrase's first token
    end: int  # exclusive
    head: Token  # the noun it counts, or the number itself when it stands alone


def number_value(text: str) -> int | None:
    """Return the value of one number token: "20", "1,200", "twenty-three", "forty"."""
    t = text.lower().replace(",", "")
    if t.isdecimal():
        return int(t)
    if t in _UNITS:
        return _UNITS[t]
    if "-" in t:
        parts = t.split("-")
        if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _UNITS:
            tens, ones = _UNITS[parts[0]], _UNITS[parts[1]]
            if tens % 10 == 0 and 20 <= tens <= 90 and 1 <= ones <= 9:
                return tens + ones
    return None


def quantities(sent: Span) -> Iterator[Quantity]:
    """Yield the number phrases of a sentence with the tokens they count."""
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        q = _quantity_at(doc, i, sent.end)
        if q is None:
            i += 1
            continue
        yield q
        i = max(q.end, tok.i + 1)


def _quantity_at(doc: Doc, i: int, limit: int) -> Quantity | None:
    tok = doc[i]
    low = tok.lower_
    value: int | None = None
    approx = False
    end = i + 1
    if low in ("a", "one") and i + 1 < limit and doc[i + 1].lower_ == "dozen":
        value, end = 12, i + 2
    elif (
        low == "half"
        and i + 2 < limit
        and [t.lower_ for t in doc[i + 1 : i + 3]]
        == [
            "a",
            "dozen",
        ]
    ):
        value, end = 6, i + 3  # "half a dozen police officers"
    elif (
        low == "a"
        and i + 2 < limit
        and doc[i + 1].lower_ in ("handful", "number")
        and doc[i + 2].lower_ == "of"
    ):
        value, approx = _VAGUE[f"a {doc[i + 1].lower_}"]
        end = i + 3
    elif (
        low in ("tens", "hundreds")
        and i + 2 < limit
        and doc[i + 1].lower_ == "of"
        and doc[i + 2].lower_ in ("thousands", "millions")
    ):
        # "tens of thousands": at least 10,000
        value = _VAGUE[low][0] * (1000 if doc[i + 2].lower_ == "thousands" else 1000000)
        approx, end = True, i + 3
        if end < limit and doc[end].lower_ == "of":
            end += 1
    elif (
        low in ("several", "few")
        and i + 1 < limit
        and doc[i + 1].lower_ in ("dozen", "hundred", "thousand")
    ):
        # "several dozen terrorists": dozens (12), as ACLED codes it; "several hundred": 100
        value = {"dozen": 12, "hundred": 100, "thousand": 1000}[doc[i + 1].lower_]
        approx, end = True, i + 2
    elif low in _VAGUE:
        if i + 1 < limit and doc[i + 1].lower_ == "of":
            end = i + 2
        value, approx = _VAGUE[low]
        if (
            low in ("many", "several")
            and (i + 1 >= limit or doc[i + 1].pos_ not in ("NOUN",))
            and not (low == "many" and i + 1 < limit and doc[i + 1].lower_ == "more")
            and not (
                (_stands_alone(doc, i + 1) or _were_hurt(doc, i + 1, limit))
                and not (i > 0 and doc[i - 1].lower_ == "as")  # (not "about as many hurt")
            )  # "one dead and several injured", "and several were injured"
        ):
            return None  # (but "wounded many more": at least ten more)
    elif tok.like_num or low in _UNITS:
        value = number_value(tok.text)
        if value is None or _not_a_count(doc, i):
            return None
        if i + 1 < limit and doc[i + 1].lower_ == "dozen":
            value, end = value * 12, i + 2
        elif i + 2 < limit and doc[i + 1].text == "-" and doc[i + 2].lower_ == "dozen":
            value, end = value * 12, i + 3  # "Two-dozen people"
        elif i + 1 < limit and doc[i + 1].lower_ in ("hundred", "thousand"):
            value *= 100 if doc[i + 1].lower_ == "hundred" else 1000
            end = i + 2
            rest = _and_units(doc, end, limit)  # "one hundred and seventy-one"
            if rest is not None:
                value, end = value + rest[0], rest[1]
    if value is None:
        return None
    if (
        end + 1 < limit
        and doc[end].text == "-"
        and value % 10 == 0
        and 20 <= value <= 90
        and (number_value(doc[end + 1].text) or 0) in range(1, 10)
    ):
        value += number_value(doc[end + 1].text) or 0  # "Twenty", "-", "three"
        end += 2
    start = i
    for phrase in _APPROX_BEFORE:
        n = len(phrase)
        if i - n >= 0 and tuple(t.lower_ for t in doc[i - n : i]) == phrase:
            approx, start = True, i - n
            break
    else:
        if i > 0 and doc[i - 1].lower_ in _APPROX_WORDS:
            approx, start = True, i - 1
    core_end = end
    if end + 1 < len(doc) and doc[end].lower_ == "or" and doc[end + 1].lower_ in ("more", "so"):
        approx, end = True, end + 2
    elif (
        i > 0
        and doc[i - 1].lower_ == "between"
        and end + 1 < limit
        and doc[end].lower_ in ("and", "to")
        and number_value(doc[end + 1].text) is not None
    ):
        approx, start, end = True, i - 1, end + 2  # "between 10 and 15 people": at least 10
    elif _range_to(doc, i, end, limit, value):
        approx, end = True, end + 2  # "Twenty to thirty people were killed": at least 20
        core_end = end  # (the people follow the second number)
    head = _counted(doc, i, core_end)  # ("a dozen or so fighters": the fighters)
    return Quantity(value, approx, start, end, head)


def _range_to(doc: Doc, i: int, end: int, limit: int, value: int) -> bool:
    """Return whether a number opens a range of people: "twenty to thirty people" (not
    "rose from 20 to 30", "three to five years")."""
    if end + 2 >= limit or doc[end].lower_ != "to" or (i > 0 and doc[i - 1].lower_ == "from"):
        return False
    upper = number_value(doc[end + 1].text)
    after = doc[end + 2]
    return (
        upper is not None
        and upper > value
        and (_person(after) or after.lemma_.lower() in ("people", "person", "civilian"))
    )


def _and_units(doc: Doc, i: int, limit: int) -> tuple[int, int] | None:
    """Return the value and end of "and seventy-one" after "one hundred", or None."""
    if i + 1 >= limit or doc[i].lower_ != "and":
        return None
    first = number_value(doc[i + 1].text)
    if (
        first is None
        or not 1 <= first <= 99
        or (not doc[i + 1].is_alpha and "-" not in doc[i + 1].text)
    ):
        return None
    end = i + 2
    if (
        end + 1 < limit
        and doc[end].text == "-"
        and first % 10 == 0
        and (number_value(doc[end + 1].text) or 0) in range(1, 10)
    ):
        first += number_value(doc[end + 1].text) or 0
        end += 2
    return first, end


def _counted(doc: Doc, i: int, end: int) -> Token:
    """Return the token that bears a number phrase's role: the noun it counts ("people"
    in "at least five people", "two dozen people"), else the number itself ("Hundreds
    of people were injured", "killing 12")."""
    if _stands_alone(doc, end):
        return doc[i]  # "Six dead, 20 hurt as gunmen attack ...": each number its own count
    inside = [doc[k] for k in range(i + 1, end - 1)]  # "one hundred and seventy-one"
    for t in (doc[end - 1], doc[i], *inside):
        if (
            t.dep_ in ("nummod", "quantmod", "amod", "compound")
            and t.head.pos_ in ("NOUN", "PROPN")
            and t.head.i >= end
        ):
            head = t.head
            # "Four Thai paramilitary rangers": the number hangs on a modifier
            while (
                head.dep_ in ("nmod", "amod", "compound")
                and head.head.i > head.i
                and (head.head.pos_ in ("NOUN", "PROPN"))
            ):
                head = head.head
            return head
    if (
        i > 0
        and end < len(doc)
        and doc[end].tag_ in ("NNS", "NNPS")
        and doc[end].dep_ in ("nsubj", "nsubjpass", "dobj")
        and doc[i - 1].lower_ in _APPROX_WORDS
    ):
        # "Around a dozen people were killed": the parser hangs "a dozen" on "Around"
        return doc[end]
    for t in doc[i:end]:
        if t.head.i < i or t.head.i >= end:
            return t
    return doc[i]


def _stands_alone(doc: Doc, end: int) -> bool:
    """Return whether a number is told dead or hurt by the word right after it, with no
    noun after that ("Six dead, 20 hurt": not "40 injured people")."""
    if end >= len(doc) or doc[end].lower_ not in _DEAD_WORDS:
        return False
    return end + 1 >= len(doc) or doc[end + 1].pos_ not in ("NOUN", "PROPN")


def _were_hurt(doc: Doc, i: int, limit: int) -> bool:
    """Return whether the words from ``i`` say "were injured", "were killed", "have been
    wounded" of the pronoun before them ("several were injured")."""
    words = [t.lower_ for t in doc[i : min(i + 3, limit)]]
    if not words or words[0] not in ("were", "have", "had"):
        return False
    rest = words[2:] if words[1:2] == ["been"] else words[1:2]
    return bool(rest) and rest[0] in _DEAD_WORDS


def _word_kind(q: Quantity) -> str | None:
    """Return the kind the word right after a lone number gives it ("20 hurt"), or None."""
    doc = q.head.doc
    if q.head.i != q.end - 1 or not _stands_alone(doc, q.end):
        return None
    return _DEAD_WORDS[doc[q.end].lower_]


def _not_a_count(doc: Doc, i: int) -> bool:
    """Return whether a number is an age, a year, an ordinal, a share or a time."""
    tok = doc[i]
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
    if tok.lower_ == "one" and i > 0 and doc[i - 1].lower_ == "no":
        return True  # "no one was killed": nobody, not one
    if nxt == "-" and after.startswith(("year", "month", "week", "day")):
        return True
    if "year" in tok.lower_ or nxt in (
        "-year",
        "year",
        "years",
        "%",
        "percent",
        "per",
        "pm",
        "am",
        "p.m.",
        "a.m.",
        "km",
        "kilometres",
        "miles",
        "metres",
    ):
        return nxt not in ("years",) or tok.head.lower_ != "old"
    if tok.text.isdecimal() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100:
        return True
    if tok.ent_type_ in ("TIME", "PERCENT", "MONEY", "ORDINAL"):
        return True
    if tok.ent_type_ == "DATE":
        ent = entity_at(doc, i)
        return ent is not None and any(
            not (t.like_num or t.lower_ in ("or", "more", "-", "between", "and")) for t in ent
        )  # "between 10 and 15 people" is no date
    return False


def find_casualties(doc: Doc, actors: Iterable[ActorSpan] = ()) -> list[Casualty]:
    """Return every casualty count in a parsed document, in text order.

    "A second protester died" after a count of the dead makes that count two: an
    ordinal victim of a kind already counted gives the running total; otherwise one.
    """
    who: dict[int, str | None] = {
        t: a.actor.country for a in actors for t in range(a.start, a.end) if a.actor.country
    }
    out: list[Casualty] = []
    for sent in doc.sents:
        for c in sorted(_sentence(sent, who), key=lambda c: c.start):
            earlier = [o for o in out if o.kind == c.kind and not o.subset]
            nth = _ordinal_of(doc, c)
            if nth and earlier:
                c = replace(c, value=max(nth, earlier[-1].value + 1))
            elif earlier and (_additive(doc, c) or _other_side(doc, c, earlier[-1])):
                c = replace(
                    c, value=earlier[-1].value + c.value, approx=c.approx or earlier[-1].approx
                )
            elif earlier and _disputed(doc, c, earlier[-1]):
                c = replace(c, disputed=True)
            elif earlier and c.update and _rival_figure(doc, c):
                c = replace(c, update=False, disputed=True)
            out.append(c)
    return _without_claims(doc, out)


_SOURCE_VERBS = frozenset({"put", "give", "estimate", "say", "report", "place"})


def _rival_figure(doc: Doc, c: Casualty) -> bool:
    """Return whether a toll is a second source's figure, set against the first: "Police
    said four protesters were killed, while opposition leaders put the toll at nine" (not
    "while the number of wounded stood at 83")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    for verb in [span.root, *span.root.ancestors][:4]:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _SOURCE_VERBS:
            return any(
                ch.dep_ in ("mark", "cc") and ch.lower_ in _CONTRAST for ch in verb.children
            ) and any(ch.dep_ == "nsubj" for ch in verb.children)
    return False


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
    return subject is not None and any(
        t.lower_ in _ORDINALS and t.i <= subject.i for t in subject.subtree
    )


_REPORTING = frozenset({"say", "report", "tell", "put", "give", "count", "confirm", "state"})
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
    # "..., but police confirmed only 38 deaths": the count is the reporting verb's object
    report = verb.head if verb.dep_ == "ccomp" else verb
    if report.lemma_.lower() not in _REPORTING:
        return False
    joined = report.head.children if report.dep_ == "conj" else ()
    if not any(
        ch.dep_ in ("mark", "cc") and ch.lower_ in _CONTRAST for ch in (*report.children, *joined)
    ) and not _new_source(doc, report, before):
        return False  # ("X said ..., but a spokesman said ...": "but" hangs on the first)
    mine, theirs = _victims(doc, c), _victims(doc, before)
    if mine is None or theirs is None:
        return False
    if any(ch.dep_ == "poss" and ch.lower_ in ("my", "our") for ch in theirs.children):
        return False  # "They killed ... two of my cousins": a witness's own dead, a part
    vague = {"people", "person", "dead", "victim"}
    return (
        mine.like_num
        or mine.lemma_.lower() in vague
        or theirs.lemma_.lower() in vague
        or mine.lemma_.lower() == theirs.lemma_.lower()
    )


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
    told = [
        a for a in [first.root, *first.root.ancestors] if a.lemma_.lower() in _REPORTING | {"tell"}
    ]
    theirs = next((c for c in told[0].children if c.dep_ == "nsubj"), None) if told else None
    return theirs is None or theirs.lemma_.lower() != mine.lemma_.lower()


_ATTACKERS = frozenset(
    {
        "attacker", "assailant", "gunman", "militant", "insurgent", "bomber", "rebel",
        "fighter", "terrorist", "jihadist", "raider", "hijacker",
    }
)  # fmt: skip


def _victims(doc: Doc, c: Casualty) -> Token | None:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    if head.dep_ == "nummod":
        return head.head
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
    mine, theirs = _victims(doc, c), _victims(doc, before)
    if mine is None or theirs is None or mine.i == theirs.i:
        return False
    one = mine.lemma_.lower() in _ATTACKERS
    other = theirs.lemma_.lower() in _ATTACKERS
    return one != other and _person(theirs) and _person(mine)


_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


def _ordinal_of(doc: Doc, c: Casualty) -> int | None:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or c.value != 1:
        return None
    for t in span:
        if t.lower_ == "another":
            return None
        if t.lower_ in _ORDINALS:
            return _ORDINALS[t.lower_]
    return None


def _sentence(sent: Span, who: dict[int, str | None]) -> list[Casualty]:
    doc = sent.doc
    found: list[Casualty] = []
    used: set[int] = set()
    qs = list(quantities(sent))
    for q in qs:
        if q.head.i in used or _subset(q.head) or _livestock(q.head):
            continue
        kind = _role(q)
        if kind is None:
            toll = _toll(sent, q)
            if toll:
                found.append(_make(doc, q, q, toll, who, update=True))
            continue
        verb = _clause_verb(q.head)
        if _historical(verb) or _unreal(verb) or _natural(verb) or _looked_back(q.head):
            continue
        group = _group(q, qs)
        total = sum(x.value for x in group) + (kind == KILLED and _killer_died(verb))
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
    found.extend(_nobody(sent))
    if not any(c.kind == KILLED for c in found):
        found.extend(_killed_them(sent, qs, who))
    found.extend(_singulars(sent, {c.start for c in found}, who))
    found.extend(_aged(sent, {c.start for c in found}))
    found.extend(_included(sent, {c.start for c in found}))
    return found


def _killed_them(sent: Span, qs: list[Quantity], who: dict[int, str | None]) -> list[Casualty]:
    """Return the people a pronoun kills, counted where they were first named: "seized 13
    suspected gang members ..., beat them and burned them to death" (13 dead)."""
    for tok in sent:
        if tok.lower_ not in ("them", "him", "her") or tok.dep_ != "dobj":
            continue
        verb = tok.head
        kind = _PREDICATES.get(verb.lemma_.lower())
        if not (kind == KILLED or (kind == "kill_or_die" and _to_death(verb))):
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
        if any(w.lower_ not in ("he", "she") for w in who):
            continue
        dead = lemma == "kill" or (lemma == "shoot" and _has_child(g, "dead"))
        if passive and dead:
            return True  # "before being shot dead", "before he was killed"
        self_kill = lemma == "kill" or (lemma == "blow" and _has_child(g, "up"))
        if self_kill and not passive and any(c.lower_ in _SELF for c in g.children):
            return True  # "before killing himself", "before blowing himself up"
    return False  # ("before shooting himself dead" is counted as "himself dead")


_HURT = frozenset({"injured", "wounded", "hurt"})


def _left_dead_and_hurt(sent: Span, qs: list[Quantity]) -> list[tuple[Quantity, str]]:
    """Return the two counts of "left N (people) dead and M (people) injured", "leaving
    three dead (two soldiers and a civilian) and five injured", "left dozens of people
    injured and at least three dead", or none."""
    doc = sent.doc
    for leave in (t for t in sent if t.lemma_.lower() == "leave" and t.pos_ == "VERB"):
        first = next((q for q in qs if 0 < q.start - leave.i <= 2), None)
        if first is None:
            continue
        dead = next(
            (
                t.i
                for t in doc[first.end : min(first.end + 2, sent.end)]
                if t.lower_ == "dead" or t.lower_ in _HURT
            ),
            None,
        )
        if dead is None:
            continue
        kinds = (KILLED, INJURED) if doc[dead].lower_ == "dead" else (INJURED, KILLED)
        other = _HURT if kinds[1] == INJURED else frozenset({"dead", "killed"})
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


def _aged(sent: Span, taken: set[int]) -> list[Casualty]:
    """Return "and a 15-year-old wounded" after a killing, "left a 17-year-old dead": one
    person, where the parser took the participle for the noun or left it without a
    subject."""
    out = []
    for tok in sent:
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
    for verb in sent:
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
            nums = [number_value(x.text) for x in item if x.like_num and x.ent_type_ != "DATE"]
            if nums and nums[0] is not None:
                total += nums[0]
            elif item and item[0].lower_ in _ONE and any(_person(x) or _demonym(x) for x in item):
                total += 1
            item = []
        else:
            item.append(t)
    return total


_LISTED = {
    "dead": KILLED,
    "victims": KILLED,
    "fatalities": KILLED,
    "wounded": INJURED,
    "injured": INJURED,
}


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


def _nationality(head: Token, who: dict[int, str | None]) -> str | None:
    """Return the country a victim noun's own words give ("20 Indian soldiers"); None
    when they give several ("two Indian and three Nepalese workers")."""
    found: set[str | None] = set()
    for child in head.children:
        if child.dep_ in ("amod", "compound", "nmod") and (
            child.ent_type_ in ("NORP", "GPE") or _demonym(child)
        ):
            found.update(
                who.get(t.i) or _demonym(t)
                for t in [child, *child.conjuncts]
                if t.ent_type_ in ("NORP", "GPE") or _demonym(t)
            )
    if not found and head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NNS", "NNPS"):
        found.add(_demonym(head))  # "killed 19 Palestinians"
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _demonym(tok: Token) -> str | None:
    """Return the country of a nationality word ("Palestinian") from the actor lexicon."""
    entries = load_lexicon().phrases.get((tok.text,), ())
    countries = {e.country for e in entries if e.kind == "adjective" and e.country}
    return countries.pop() if len(countries) == 1 else None


def _subset(head: Token) -> bool:
    """Return whether a count is part of a larger one: "including three children",
    "among them four policemen"."""
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lower_ in _DEAD_WORDS:
        return False  # "left six dead, including two guards, and more than 70 injured"
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


def _among_the_dead(head: Token) -> bool:
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "A cameraman and two paramedics were among those killed"
    return any(
        c.dep_ in ("prep", "attr")
        and c.lower_ == "among"
        # (not "Four civilians, among them a girl, were killed": the girl is the part)
        and not any(g.lower_ in ("them", "whom") for g in c.children)
        for c in (head.head.children if head.dep_ in ("nsubj", "nsubjpass", "attr") else ())
    )


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
    h = q.head
    doc = h.doc
    # "seven dead and 30 wounded", "Eleven soldiers killed in ...", "18 killed"
    nxt = doc[h.i + 1] if h.i + 1 < len(doc) else None
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
    if h.lemma_.lower() in ("death", "fatality", "dead"):
        return KILLED
    if h.lower_ in _DEAD_WORDS and h.dep_ == "conj" and h.i == q.end and q.start != h.i:
        # "Four pilgrims were killed and 20 hurt": the parser counted the participle
        return _DEAD_WORDS[h.lower_]
    if h.lemma_.lower() == "casualty":
        return KILLED if _died_nearby(h) else None
    if h.lemma_.lower() == "body" and h.lower_ == "bodies":
        # "recovered 31 bodies", "17 bodies were found" (not "returned 6,000 bodies")
        return None if _handed_over(h) else KILLED
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in _QUANTIFIERS:
        return _governed(h.head.head)  # "Upwards of 70 people were killed"
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.lower_ in _COLLECTIVES:
        # "a total of four people were killed", "a family of five was killed"
        return _governed(h.head.head)
    if h.lemma_.lower() in ("injury", "wound") and h.dep_ in ("dobj", "conj", "pobj"):
        return INJURED
    if h.lower_ in _QUANTIFIERS and h.dep_ in ("dobj", "conj") and _noun_kind(h) == INJURED:
        return INJURED  # "caused nine deaths and dozens of injuries"
    if h.lemma_.lower() == "life" and h.head.lemma_.lower() in ("claim", "take", "cost", "lose"):
        return KILLED
    first = _first_of_owner(h)
    if first is not None:
        return _governed(first)  # "claimed the lives of 14 soldiers and at least 30 militants"
    for cand in (h, *[a for a in h.ancestors if a.dep_ == "conj"][:1]):
        kind = _governed(cand)
        if kind:
            return kind
    gapped = _gapped_kind(h)
    if gapped:
        return gapped  # "Two were killed in the first blast and three in the second"
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


def _gapped_kind(h: Token) -> str | None:
    """Return the kind of a verb a count shares by gapping, another group of the same
    kind told apart by where or when: "Four soldiers were killed in Gao and two in Kidal",
    "Five died on Monday and three on Tuesday". The count has no verb of its own but a
    phrase of its own."""
    verb = h.head
    if h.dep_ != "conj" or verb.pos_ != "VERB" or not (h.like_num or _person(h)):
        return None
    if not any(c.dep_ == "prep" for c in h.children) or any(
        t.pos_ in ("VERB", "AUX") or t.lower_ in _DEAD_WORDS for t in h.subtree
    ):
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


_COLLECTIVES = frozenset({"total", "family", "group", "party", "team", "crew", "band"})
_QUANTIFIERS = frozenset(
    {"upwards", "some", "dozens", "hundreds", "thousands", "scores", "tens", "more", "over"}
)


def _governed(h: Token) -> str | None:
    kind = _governed_kind(h)
    if kind is None:
        return None
    verb = h.head
    if any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children) and any(
        c.dep_ == "conj" and _PREDICATES.get(c.lemma_.lower()) for c in verb.children
    ):
        return None  # "killed or wounded": no breakdown
    if _historical(verb) or _natural(verb):
        return None
    return kind


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
        "bury", "mourn", "reward", "bounty", "veteran",
    }
)  # fmt: skip


_EARLIER = frozenset({"similar", "previous", "earlier", "prior"})


def _year(tok: Token) -> bool:
    return tok.text.isdecimal() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2100


_MONTH_ONLY = re.compile(
    r"^(?:(?:in|last|early|late|mid)[- ])*(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)$|^last (?:month|year)$",
    re.IGNORECASE,
)
_DECADE = re.compile(r"\b1[89]\d0s\b|\b20[0-2]0s\b")
_A_YEAR = re.compile(
    r"^(?:(?:so far )?this|last|the past|past) year$|^(?:so far )?this year$|^\d{4}$",
    re.IGNORECASE,
)
_AGO = re.compile(r"\b(?:months?|years?|decades?) ago\b", re.IGNORECASE)
_ONE_EVENT = frozenset(
    {"attack", "bombing", "strike", "airstrike", "raid", "blast", "explosion", "ambush",
     "massacre", "shelling", "shooting", "clash", "assault", "incident"}
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
    if any(_DECADE.search(d.text) and d.root.head.lower_ in ("in", "during") for d in dates):
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
    year" (but not "a bombing last year killed 30")."""
    if not any(
        _A_YEAR.match(d.text.strip()) and verb.i in (d.root.head.i, d.root.head.head.i)
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
        for c in verb.children
    )


def _looked_back(head: Token) -> bool:
    """Return whether the dead a participle tells of are those a funeral, a memorial or a
    trial looks back to: "the funeral of the four soldiers killed on Sunday", "a memorial
    service for the 29 miners killed in the blast"."""
    if not any(c.dep_ == "acl" and c.lower_ in _DEAD_WORDS for c in head.children):
        return False
    # the nouns it hangs on up to its verb, and that verb's subject: not the verb itself
    # ("45 people were arrested and 12 officers injured" is no trial)
    nouns: list[Token] = []
    for a in head.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            nouns += [c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
            break
        nouns.append(a)
    nouns += [c for t in nouns for c in t.children if c.dep_ in ("compound", "amod")]
    return any(t.lemma_.lower() in _PAST_MARKERS for t in nouns)


def _days_after(verb: Token, spans: tuple[str, ...]) -> bool:
    """Return whether a killing is told of the attack a span of days or more before the
    news: "Two weeks after the massacre that killed 37 villagers, residents held a vigil"."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "pobj" or noun.head.lower_ != "after":
        return False
    return any(g.dep_ == "npadvmod" and g.lemma_.lower() in spans for g in noun.head.children)


def _historical(verb: Token) -> bool:
    """Return whether a clause is background history: "a war in 1962 that killed
    thousands", "marking ten years since the attack that killed 148"."""
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return True  # "three years since gunmen killed some 160 villagers"
    spans = ("day", "week", "month", "year")
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark"
        and c.lower_ == "after"
        and any(
            g.dep_ == "npadvmod" and g.lemma_.lower() in spans
            for g in [*c.children, *verb.children]
        )
        for c in verb.children
    ):
        return True  # "launched an operation, four days after a suicide attack killed 54"
    if _days_after(verb, spans):
        return True  # "Two weeks after the massacre that killed 37 villagers, ..."
    if _long_ago(verb) or _year_long(verb) or _back_then(verb) or _world_wide(verb):
        return True
    if any(_AGO.search(d.text) for d in _dates(verb)):
        return True  # "the bombing that killed 29 miners a year ago"
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ in ("of", "for", "over")
        and verb.head.head.lemma_.lower() in _PAST_MARKERS
    ):
        return True  # "hanged a man convicted of killing a member of the security forces"
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        for c in verb.children:
            since = (c.dep_ == "prep" and c.lower_ == "since") or (
                c.dep_ == "advcl" and any(m.lower_ == "since" for m in c.children)
            )
            if since and any(t.lemma_.lower() in _WARS for t in c.subtree):
                return True  # "have been killed since the war began": a war's running total
    # "a war that rights groups say left 30,000 dead": the clause the saying is part of
    rel = verb.head if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" else verb
    if rel.dep_ == "relcl":
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
        nouns = [noun, *(a for a in noun.ancestors if a.pos_ == "NOUN")][:2]
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
    if any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(a.dep_ == "amod" and a.lower_ in _EARLIER for a in c.children)
        for c in verb.children
    ):
        return True  # "a similar raid in March killed 45"
    scope = [verb, verb.head] if verb.dep_ == "relcl" else [verb]
    doc = verb.doc
    for v in scope:
        for t in v.subtree:
            if _inside_other_clause(t, v):
                continue  # a year inside another clause ("in a war that has ... since 2011")
            if t.ent_type_ == "DATE" and t.text.isdecimal() and len(t.text) == 4:
                ent = entity_at(doc, t.i)
                if ent is not None and len([x for x in ent if x.is_alpha]) == 0:
                    return True  # a bare year ("in 1962", "a 2017 bombing"), not a full date
    return False


def _governed_kind(h: Token) -> str | None:
    dep = h.dep_
    head = h.head
    if _with_wounds(h):
        return INJURED  # "left six people with gunshot wounds"
    if any(c.dep_ == "amod" and c.lower_ in _HURT_WORDS and c.i < h.i for c in h.children):
        return INJURED  # "11 bodies and more than 40 injured people"
    if dep == "conj" and head.i != h.i:
        return _governed_kind(head)
    if dep == "nsubj" and head.dep_ == "auxpass" and head.head.i != head.i:
        # "four passers-by were also wounded", the subject hung on the auxiliary
        dep, head = "nsubjpass", head.head
    if (
        dep == "advmod"
        and h.lower_ in _QUANTIFIERS
        and head.pos_ == "VERB"
        and not any(c.dep_ in ("auxpass", "dobj") for c in head.children)
    ):
        dep = "dobj"  # "The militants killed upwards of 40 people": the parser's adverb
    lemma = head.lemma_.lower()
    kind = _PREDICATES.get(lemma)
    if dep in ("nsubjpass",) and kind in (KILLED, INJURED, "kill_or_die"):
        if kind == "kill_or_die" and not _to_death(head):
            if any(
                c.dep_ == "conj" and _PREDICATES.get(c.lemma_.lower()) == KILLED
                for c in head.children
            ):
                return KILLED  # "Three people were shot and killed"
            return INJURED if lemma in ("shoot", "stab") and _person(h) else None
        return KILLED if kind in (KILLED, "kill_or_die") else kind
    if dep == "nsubj" and kind == "die":
        return KILLED
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
        return KILLED  # "residents buried 15 villagers a day after gunmen raided"
    if dep == "dobj" and lemma == "execute" and _judicial(head):
        return None  # "executed seven men convicted of terrorism offences": a sentence served
    if dep == "dobj" and lemma in ("neutralise", "neutralize") and not _person(h):
        return None  # "ordered the army to neutralise 22 criminal gangs"
    if dep == "dobj" and kind in (KILLED, INJURED, "kill_or_die"):
        dead = any(c.dep_ == "amod" and c.lower_ == "dead" and c.i < h.i for c in h.children)
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
        and lemma in ("suffer", "sustain", "nurse")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _HARMS for c in head.children)
    ):
        return INJURED  # "fourteen people suffered burns"
    if dep == "nsubj" and lemma in ("lose",) and _has_child(head, "lives"):
        return KILLED
    if (
        dep == "dobj"
        and lemma == "lose"
        and (_person(h) or (h.like_num and any(_person(t) for t in h.subtree)))
        and not _lost_to_other_cause(head)
    ):
        return KILLED  # "the regiment lost seven soldiers in the ambush", "We lost nine men"
    if dep == "nsubj" and lemma == "embrace" and _martyrdom(head):
        return KILLED  # "four soldiers embraced shahadat" (Pakistani military usage)
    if (
        dep == "dobj"
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
    if dep in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("oprd", "acomp", "xcomp", "attr")
        and c.lower_ in _DEAD_WORDS
        and not any(g.dep_ == "cc" and g.lower_ == "or" for g in c.children)
        for c in head.children
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
    if dep in ("dobj", "attr", "npadvmod") and lemma == "number":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in _LISTED:
            return _LISTED[subject.lower_]  # "the dead numbered at least 30"
    if dep == "dobj" and lemma == "treat" and _treated_for_harm(head):
        return INJURED  # "Doctors treated 45 people for gunshot wounds"
    if _in_care(h):
        return INJURED  # "Nine dead, two in hospital", "11 others were in critical condition"
    if dep in ("nsubj", "nsubjpass") and _came_away_hurt(head):
        return INJURED  # "a third suspect escaped with burns", "were left nursing wounds"
    if (
        dep == "nsubj"
        and lemma in ("receive", "undergo")
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("treatment", "care") for c in head.children
        )
    ):
        return INJURED  # "Another nine people were receiving treatment at the hospital"
    return None


def _lost_to_other_cause(verb: Token) -> bool:
    """Return whether "lost" names a loss to something other than an attack: "lost two
    players to injury", "lost three members to a rival party" (but not "lost four men to
    sniper fire"). Read by words: the parser may make "to injury" a verb."""
    doc = verb.doc
    for t in verb.subtree:
        if (
            t.lower_ != "to"
            or t.i < verb.i
            or t.head.i not in (verb.i, *(c.i for c in verb.children))
        ):
            continue
        after = []
        for w in doc[t.i + 1 : min(t.i + 5, len(doc))]:
            if w.is_punct:
                break
            after.append(w)
        return not any(
            w.lemma_.lower() in _VIOLENCE | _ATTACK_WORDS or w.lower_ in _VIOLENCE for w in after
        )
    return False


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


_HURT_WORDS = frozenset({"injured", "wounded", "hurt"})
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


_HARMS = frozenset({"burn", "injury", "wound", "fracture", "bruise"})


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
    return any(t.lemma_.lower() in _JUDICIAL for t in verb.subtree)


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
    ]
    return any(
        c.lower_ == "with" and any(t.lemma_.lower() in ("wound", "injury") for t in c.subtree)
        for c in holders
    )


def _to_death(verb: Token) -> bool:
    """Return whether "shot", "burned", "stabbed" end in death: "shot dead", "to death"
    (also where the parser hangs "to death" on the object: "stabbed a shopkeeper to death")."""
    return any(
        c.lower_ in ("dead", "death", "fatally", "mortally")
        or (c.lower_ == "to" and _has_child(c, "death"))
        or (
            c.dep_ == "dobj"
            and any(g.lower_ == "to" and _has_child(g, "death") for g in c.children)
        )
        for c in verb.children
    )


def _has_child(tok: Token, word: str) -> bool:
    return any(c.lower_ == word for c in tok.subtree)


def _among_dead(verb: Token) -> bool:
    for c in verb.children:
        if c.lower_ == "among":
            return any(t.lower_ in ("dead", "killed", "victims") for t in c.subtree)
    return False


def _died_nearby(h: Token) -> bool:
    after = [t for t in h.sent if t.i > h.i]
    if any(t.lower_ in ("without", "unclear", "unknown", "whether") for t in after):
        return False  # "without specifying how many were dead or wounded"
    return any(t.lemma_.lower() in ("die", "dead", "kill", "fatal") for t in after)


def _has_among(tok: Token) -> bool:
    """Return whether a noun is said to be among a total ("four soldiers among the dead")."""
    return any(c.dep_ == "prep" and c.lower_ == "among" for c in tok.children)


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
    mine = _noun_kind(q.head)
    group = [
        x
        for x in qs
        if x.head.i in heads
        and not _of_them(x)
        and not _livestock(x.head)
        and _noun_kind(x.head) in (mine, None)
        and _word_kind(x) in (_word_kind(q), None)
        and (
            x.head.i == q.head.i
            or not any(_has_among(m) for m in [x.head, *_members_after(x.head)])
        )
    ]
    # "three soldiers and a civilian guide": a conjunct with "a"/"an" counts one.
    numbered = {x.head.i for x in group}
    among = {t.i for m in members if _has_among(m) for t in (m, *m.conjuncts)}
    for c in members:
        if c.lower_ in _SELF and c.i not in numbered:
            group.append(Quantity(1, False, c.i, c.i + 1, c))  # "killing himself and six"
            continue
        if c.i in numbered or c.pos_ != "NOUN" or not _person(c) or _reporter(c):
            continue
        if c.i in among and c.i != q.head.i:
            continue  # "18 people, among them two medics and a journalist"
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


_TOLL_KIND = re.compile(
    r"\b(?:(?:death )?toll|fatalities"
    r"|number of (?:the )?(?:dead|deaths|people killed|fatalities|victims)"
    r"|number (?:of people )?killed"
    r"|(?:number of (?:the )?(?:wounded|injured|people (?:wounded|injured)|injuries))"
    r"|put(?:s|ting)? the (?:dead|deaths|fatalities|wounded|injured)"
    # "19 people had been killed ..., while the interior ministry put the number at 16"
    r"|put(?:s|ting)? (?:the|its|their) (?:number|figure|count|tally) at"
    # "A further eleven died in hospital, taking the total to 34"
    r"|(?:bring|tak|rais|push)(?:ing|e|es|s)? the (?:total|tally)"
    r"|(?:brought|took|raised|pushed) the (?:total|tally)"
    # "but revised the figure to six after two deaths were traced to a road accident"
    r"|(?:revis|lower|rais|correct|updat)(?:e|es|ed|ing) (?:the|its|their) (?:figure|count|tally)"
    r"(?: (?:down|up)(?:ward|wards)?)? to)\b"
)


_SELF = frozenset({"himself", "herself"})


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


def _elided_group(num: Token) -> bool:
    """Return whether a bare number joined to a noun is another group of it, told apart by
    where or when: "four traders in Gusau and another two in Anka"."""
    return any(c.dep_ == "prep" for c in num.children) and not any(
        t.pos_ in ("VERB", "AUX") or t.lower_ in _DEAD_WORDS for t in num.subtree
    )


def _has_prep(tok: Token, word: str) -> bool:
    """Return whether a token has a preposition child ("two of his bodyguards")."""
    return any(c.dep_ == "prep" and c.lower_ == word for c in tok.children)


def _members_after(tok: Token) -> list[Token]:
    """Return the nouns listed after a noun ("two militants, four soldiers")."""
    return [t for t in tok.subtree if t.dep_ in ("conj", "appos") and t.i > tok.i]


def _noun_kind(tok: Token) -> str | None:
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


def _reporter(tok: Token) -> bool:
    """Return whether a noun is the subject of a reporting verb right after it
    ("..., witnesses and a rescue worker said")."""
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lemma_.lower() in ("say", "tell", "report", "add")


_ONE = frozenset({"a", "an", "one", "the", "his", "her", "their", "its"})


def _toll(sent: Span, q: Quantity) -> str | None:
    """Return the kind of toll a number is the figure of — "the death toll rose to 26",
    "raising to 15 the number of dead", "the number of wounded stood at 365" — or None."""
    words = " ".join(t.lower_ for t in sent)
    found = _TOLL_KIND.search(words)
    if not found:
        return None
    kind = INJURED if re.search(r"wounded|injured|injuries", found.group(0)) else KILLED
    if re.search(r"total|tally", found.group(0)) and any(
        _A_YEAR.match(e.text.strip()) for e in sent.ents if e.label_ == "DATE"
    ):
        return None  # "bringing the total killed this year to 300": a running total
    if any(
        t.lower_ == "toll"
        and any(
            p.dep_ == "prep"
            and p.lower_ == "from"
            and any(_cause_noun(o) and o.lemma_.lower() not in _CRUSHES for o in p.children)
            for p in t.children
        )
        for t in sent
    ):
        return None  # "The death toll from the earthquake has risen to 1,480"
    h = q.head
    if h.dep_ == "pobj" and h.head.lower_ == "from":
        return None  # "revised down to 21 from 26": the old figure
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
        and any(t.lemma_.lower() in _TOLL_VERBS for t in sent)
    ):
        # "the death toll has risen to 63, while the number of wounded stood at 83": each
        # figure is of the toll its own verb tells of
        own = _TOLL_KIND.search(" ".join(t.lower_ for t in h.head.head.subtree))
        if own:
            return INJURED if re.search(r"wounded|injured|injuries", own.group(0)) else KILLED
        return _gapped_toll(h.head.head) or kind
    if h.dep_ == "attr" and h.head.lemma_.lower() == "be":
        return _toll_subject(h.head)  # "The death toll in the attack is now 16"
    for anc in [h, *h.ancestors][:4]:
        if anc.lemma_.lower() in _TOLL_VERBS:
            sub = " ".join(t.lower_ for t in anc.subtree)
            if _TOLL_KIND.search(sub):
                return kind
    return None


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


def _gapped_toll(verb: Token) -> str | None:
    """Return the kind a second toll names where its verb is left out: "put the number of
    dead at 14 and the injured at 30" (the parser joins "the injured" to "put")."""
    if verb.dep_ != "conj" or verb.head.lemma_.lower() not in _TOLL_VERBS:
        return None
    words = {t.lower_ for t in verb.subtree}
    if words & _HURT_WORDS:
        return INJURED
    return KILLED if words & {"dead", "killed", "deaths", "fatalities"} else None


def _inside_other_clause(t: Token, top: Token) -> bool:
    """Return whether a token sits in a verb clause nested below ``top``."""
    for anc in t.ancestors:
        if anc.i == top.i:
            return False
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ in ("relcl", "advcl", "ccomp", "acl", "xcomp"):
            return True
    return False


def _clause_verb(tok: Token) -> Token:
    for anc in [tok, *tok.ancestors]:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return tok


def _unreal(verb: Token) -> bool:
    """Return whether a killing is only possible or threatened: "could kill thousands"."""
    modals = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in _MODALS]
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    if modals and not (perfect and all(m.lower_ in ("may", "might") for m in modals)):
        return True  # (but "as many as 60 people may have been killed" is an estimate)
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _INTENT:
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "threatened in a video to kill 50 hostages", "threatened in a statement to kill"
        above = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
        return above is not None and above.lemma_.lower() in _INTENT
    return False


_INTENT = frozenset({"threaten", "warn", "vow", "fear", "plan", "try", "attempt", "seek"})
_MODALS = frozenset({"could", "would", "might", "may", "can", "will", "shall", "should", "'d"})


_CAUSES: dict[str, set[str]] = {}
for _row in read_tsv("casualties", "causes.tsv", required=("word", "kind")):
    _CAUSES.setdefault(_row["kind"], set()).add(_row["word"])


def natural_causes() -> frozenset[str]:
    """Return the nouns of ``causes.tsv`` that kill without anyone attacking (floods,
    storms, avalanches, epidemics)."""
    return frozenset(_CAUSES.get("cause", set()))


_CRUSHES = frozenset({"stampede", "crush"})
"""Killers that force may have set off: a toll "from the stampede" may be an attack's."""


def _cause_noun(tok: Token) -> bool:
    """Return whether a noun names what kills without anyone attacking ("floods", "a heat
    wave", "Typhoon Kalmaegi", "an explosion at a refinery")."""
    causes = _CAUSES.get("cause", set())
    lemma = tok.lemma_.lower()
    if lemma in causes or tok.lower_ in causes or _at_works(tok):
        return True
    before = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if tok.pos_ == "PROPN" and any(c.lemma_.lower() in causes for c in before):
        return True  # "Typhoon Kalmaegi", "Cyclone Idai"
    if lemma in _ACCIDENTAL and any(c.lemma_.lower() in causes for c in before):
        return not _attacked(tok)  # "a gas cylinder explosion", "a boiler blast"
    words = " ".join(c.lower_ for c in before)
    return bool(before) and f"{words} {lemma}" in causes


def _natural(verb: Token) -> bool:
    """Return whether the dead a verb counts were killed by a disaster, a disease or an
    accident, not by anyone ("Flash floods have killed 37", "a bus overturned, killing
    18", "crushed to death in a stampede", "a stampede that left nine people dead")."""
    mishaps = _CAUSES.get("mishap", set())
    joined = verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.i < verb.i
    if joined and _natural(verb.head):
        return True  # "a bus plunged into a ravine, killing 23 and injuring 17"

    cause = _cause_noun

    above = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") else None
    # "a tanker overturned and exploded ..., killing 98": the mishap is the first verb
    first = above.head if above is not None and above.dep_ == "conj" else None
    if first is not None and any(
        c.dep_ in ("acl", "conj") and c.lemma_.lower() in mishaps for c in first.children
    ):
        return True  # the parser hung "overturned" on "A fuel truck"
    for v in (verb, above, first):
        if v is None:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and cause(c) for c in v.children):
            return True
        if v is not verb and v.lemma_.lower() in mishaps and not _violent(verb):
            return True  # (but "a truck bomb overturned a bus, killing 18" was an attack)
        if (
            v is verb
            and any(
                c.dep_ == "advcl"
                and c.lemma_.lower() in mishaps
                and any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children
                )
                # (the parser may hang the clause on the last of two verbs: "Eleven pilgrims
                # lost their lives and 25 were hospitalised when a bus plunged ...")
                for w in (v, *v.conjuncts)
                for c in w.children
            )
            and not _attacked(verb, text=True)
        ):
            # "three soldiers died when their truck skidded off the road" (but not "... when
            # the bus plunged into a gorge" after gunmen opened fire on it)
            return True
        if any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "during")
            and any(cause(o) and not _ensuing(o) for o in c.children)
            for c in v.children
        ) and not any(t.pos_ == "VERB" and t.lemma_.lower() in _FORCE for t in v.subtree):
            return True  # (but "died in a crush after police fired tear gas": by force)
        if v.lemma_.lower() == "die" and (
            any(c.lower_ in ("peacefully", "naturally") for c in v.children)
            or any(
                c.dep_ == "prep"
                and c.lower_ in ("of", "from", "after")
                and any(cause(o) for o in c.children)
                for c in v.children
            )
        ):
            return True  # "died peacefully at his home", "died of natural causes"
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and any(
            t.lemma_.lower() in mishaps & _VEHICLE_MISHAPS
            and t.i < verb.i
            and t.tag_ in ("VBD", "VBN")
            for t in verb.sent
        )
        and not _violent(verb)
    ):
        return True  # "a bus carrying migrants overturned on a highway, killing 18"
    if not _attacked(verb) and any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("after", "when", "as") for m in c.children)
        and any(cause(t) for t in c.subtree)
        for c in verb.children
    ):
        return True  # "4,000 people were confirmed dead after two dams burst during a storm"
    if verb.dep_ != "relcl":
        return False
    # the noun the clause tells of, or the object of the verb whose place phrase the parser
    # hung it on ("triggered a stampede at a station that left nine people dead")
    nouns = [verb.head] + [
        c for a in list(verb.head.ancestors)[:2] for c in a.children if c.dep_ == "dobj"
    ]
    return any(cause(n) and not _set_off_by_force(n) for n in nouns)


_FORCE = frozenset({"fire", "shoot", "attack", "storm", "charge", "shell", "bomb", "raid"})
_ACCIDENTAL = frozenset({"explosion", "blast", "fire", "blaze", "inferno"})
_ATTACK_WORDS = frozenset(
    {"attack", "bomb", "bomber", "bombing", "militant", "gunman", "gunmen", "insurgent",
     "rebel", "rocket", "missile", "drone", "strike", "airstrike", "shell", "shelling",
     "grenade", "ied", "sabotage", "saboteur", "suicide", "terrorist", "jihadist", "claim"}
)  # fmt: skip
"""Words that make an explosion or a fire an attack, wherever it happened."""


def _attacked(verb: Token, *, text: bool = False) -> bool:
    """Return whether a verb's sentence (or the whole text) tells of an attack, an
    explosion aside."""
    return any(
        t.lemma_.lower() in _ATTACK_WORDS
        or (t.pos_ == "VERB" and t.lemma_.lower() in _FORCE)
        or t.lemma_.lower() in _VIOLENCE - _ACCIDENTAL - {"mine", "storm"}
        for t in (verb.doc if text else verb.sent)
    )


def _at_works(tok: Token) -> bool:
    """Return whether an explosion or a fire broke out at a works ("an explosion at an
    illegal oil refinery", "a fire in a fireworks factory") with nothing saying it was an
    attack: an accident."""
    if tok.lemma_.lower() not in _ACCIDENTAL:
        return False
    sites = _CAUSES.get("site", set())
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("at", "in", "on")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in sites for o in p.children)
        for p in tok.children
    ) and not _attacked(tok)


def _violent(verb: Token) -> bool:
    """Say whether a verb's sentence tells of an attack (a bomb, gunmen, an ambush, "blew
    up the track")."""
    return any(t.lemma_.lower() in _VIOLENCE or _blown_up(t) for t in verb.sent)


def _blown_up(tok: Token) -> bool:
    """Return whether a verb is "blew up" something: "separatists blew up the track"."""
    return (
        tok.lemma_.lower() == "blow"
        and tok.pos_ == "VERB"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
        and any(c.dep_ == "dobj" for c in tok.children)
    )


_VEHICLE_MISHAPS = frozenset(
    {"skid", "overturn", "capsize", "derail", "collide", "plunge", "crash"}
)
"""Road, rail, air and boat accidents: "died when their truck skidded off the road"."""
_VIOLENCE = _FORCE | {
    "gunfire", "gunman", "gunmen", "ambush", "explosion", "blast", "mine", "militant", "bomb",
    "grenade", "rocket", "missile", "drone", "attacker", "insurgent", "rebel",
}  # fmt: skip
"""Words that say an attack happened, so a crash that killed is no mere accident."""


def _ensuing(noun: Token) -> bool:
    """Return whether a crush follows what the text tells of: "hurt in the ensuing
    stampede", "in the stampede that followed the blast" (the event's own casualties)."""
    return noun.lemma_.lower() in _CRUSHES and any(
        (c.dep_ == "amod" and c.lower_ in ("ensuing", "resulting", "subsequent"))
        or (c.dep_ == "relcl" and c.lemma_.lower() in ("follow", "ensue"))
        for c in noun.children
    )


def _set_off_by_force(noun: Token) -> bool:
    """Return whether a crush was set off by force: "Riot police fired tear gas into the
    stands, triggering a crush in which 17 people died" (not "a false bomb alarm triggered
    a stampede")."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in ("trigger", "cause", "spark", "set", "prompt"):
        return False
    return verb.dep_ in ("advcl", "conj") and any(
        a.lemma_.lower() in _FORCE for a in list(verb.ancestors)[:3]
    )


_SINGULAR_PEOPLE = frozenset(
    r["noun"] for r in read_tsv("casualties", "people.tsv", required=("noun",))
)


def _person(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return (
        lemma in _SINGULAR_PEOPLE
        or _hyphenated(tok) in _SINGULAR_PEOPLE  # "a passer-by", split in three
        or lemma in _ATTACKERS
        or lemma.endswith(("ist", "ian", "man", "woman"))
        or (tok.tag_ in ("NNS", "NNPS") and _demonym(tok) is not None)  # "two Israelis"
    )


def _hyphenated(tok: Token) -> str:
    """Return the word a token ends when the tokenizer split it at a hyphen ("passer-by"),
    else ""."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_:
        return ""
    return f"{doc[tok.i - 2].lower_}-{tok.lower_}"


def _nobody(sent: Span) -> list[Casualty]:
    """Return the zero counts a sentence states: "no one was killed" (killed 0), "nobody
    was hurt" (injured 0), "no one was killed or injured" (both). "No casualties were
    reported" is an absence of reports, not a count, and gives nothing."""
    out = []
    doc = sent.doc
    for tok in sent:
        nobody = tok.lower_ in ("nobody", "none") or (
            tok.lower_ == "one" and tok.i > sent.start and doc[tok.i - 1].lower_ == "no"
        )
        if not nobody or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if any(c.dep_ == "prep" for c in tok.children):
            continue  # "none of the wounded was in danger"
        start = doc[tok.i - 1] if tok.lower_ == "one" else tok
        verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "conj")]
        for verb in verbs:
            kind = _PREDICATES.get(verb.lemma_.lower())
            passive = tok.dep_ == "nsubjpass" or verb.i != tok.head.i
            if kind == "die" and tok.dep_ == "nsubj" and verb.i == tok.head.i:
                kind = KILLED
            elif kind not in (KILLED, INJURED) or not passive:
                continue
            if _unreal(tok.head) or any(c.dep_ == "neg" for c in tok.head.children):
                continue
            text = start.text + ("" if start is tok else " one")
            span = (doc[start.i].idx, tok.idx + len(tok))
            out.append(Casualty(kind, 0, False, text, *span))
            if kind == INJURED and not any(v.lemma_.lower() == "kill" for v in verbs):
                out.append(Casualty(KILLED, 0, False, text, *span))  # no one hurt: none dead
    return out


def _singulars(sent: Span, taken: set[int], who: dict[int, str | None]) -> list[Casualty]:
    """Return "a man was shot dead", "killing the driver", "his brother was hurt": one
    person each."""
    out = []
    for tok in sent:
        if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and _martyrdom(tok.head):
            # "Sepoy Imran Ali, 24, embraced shahadat": one soldier dead
            first = tok.doc[tok.left_edge.i]
            out.append(Casualty(KILLED, 1, False, tok.text, first.idx, tok.idx + len(tok)))
            continue
        ordinal = tok.lower_ in _ORDINALS or tok.lower_ == "another"
        if tok.dep_ not in ("nsubjpass", "nsubj", "dobj", "attr") and not (
            ordinal and tok.dep_ in ("npadvmod", "advmod", "conj")
        ):
            continue
        aged = tok.lower_ == "old" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "year"
        if not (ordinal or aged) and (tok.tag_ != "NN" or not _person(tok)):
            continue
        first = tok.doc[tok.left_edge.i]
        dets = [c for c in tok.children if c.dep_ in ("det", "poss") and c.lower_ in _ONE]
        if not dets and first.lower_ not in ("a", "an") and tok.lower_ != "another":
            continue
        # "killed a woman and wounded her husband" (not "killed his wife" alone)
        joined_poss = tok.head.dep_ == "conj" and any(d.dep_ == "poss" for d in dets)
        if (
            tok.dep_ == "dobj"
            and not any(d.lower_ in ("the", "a", "an") for d in dets)
            and not joined_poss
            and tok.lower_ != "another"  # "killing one person and injuring another"
        ):
            continue
        kind = _governed(tok)
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
        if kind is None and ordinal and tok.dep_ == "conj" and acl:
            kind = _DEAD_WORDS[acl[0].lower_]  # (the parser's other reading of it)
        if kind is None or _unreal(tok.head):
            continue
        span = tok.doc[tok.left_edge.i : tok.i + 1]
        if span.start_char in taken or any(
            t.like_num and t.lower_ not in _ORDINALS for t in span if t.ent_type_ != "DATE"
        ):
            continue
        # "a Chinese engineer and his Pakistani driver": two people, of no one nationality
        mates = [
            c
            for c in tok.conjuncts
            if c.i > tok.i
            and c.tag_ == "NN"
            and _person(c)
            and any(d.dep_ in ("det", "poss") and d.lower_ in _ONE for d in c.children)
        ]
        if mates:
            span = tok.doc[tok.left_edge.i : max(m.i for m in mates) + 1]
        whose = _nationality(tok, who) if kind == KILLED else None
        among = _among_the_dead(tok)  # "Among the dead was a nurse": a part, a lower bound
        if mates and whose is not None and any(_nationality(m, who) != whose for m in mates):
            whose = None
        value = 1 + len(mates)
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


def event_counts(casualties: Iterable[Casualty]) -> tuple[Casualty | None, Casualty | None]:
    """Return the killed and injured counts that stand for one event's casualties: the
    last toll update if any, else the largest count of each kind (the lower one where a
    second source disputes it); a count of people "among the dead" only when nothing gives
    the total."""
    best: dict[str, Casualty] = {}
    items = list(casualties)
    totals = {c.kind for c in items if not c.subset}
    for c in items:
        if c.subset and c.kind in totals:
            continue  # "two militants and four soldiers among the dead" are part of the six
        cur = best.get(c.kind)
        if cur is None or c.update:
            best[c.kind] = c
        elif c.disputed and c.value < cur.value:
            best[c.kind] = c  # sources disagree: the lower figure, as ACLED codes it
        elif not cur.update and not c.disputed and c.value > cur.value:
            best[c.kind] = c
    return best.get(KILLED), best.get(INJURED)


def count(mentions: Iterable[Mention], doc: Doc, casualties: Iterable[Casualty]) -> list[Mention]:
    """Give each violent event mention (material conflict) the dead and injured its
    sentence reports — else the next sentence's, when that one reports no violent event
    of its own — and let a later toll update ("the toll rose to 23") replace them."""
    ms = list(mentions)
    sent_of = {s.start_char: i for i, s in enumerate(doc.sents)}
    sents = list(doc.sents)

    def index(offset: int) -> int:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        return sent_of.get(span.sent.start_char, -1) if span is not None else -1

    by_sent: dict[int, list[Casualty]] = {}
    for c in casualties:
        by_sent.setdefault(index(c.start), []).append(c)
    violent = {i for i, m in enumerate(ms) if m.quad_class == 4}
    coded_sents = {index(m.sentence[0]) for m in ms}
    assigned: dict[int, list[Casualty]] = {}
    for i in sorted(violent, key=lambda k: ms[k].sentence[0]):
        s = index(ms[i].sentence[0])
        own = [c for c in by_sent.get(s, []) if not c.update]
        if not own and s + 1 < len(sents) and s + 1 not in coded_sents:
            own = [c for c in by_sent.get(s + 1, []) if not c.update]
        assigned[i] = own
    # toll updates go to the latest violent event before them
    for s, cs in sorted(by_sent.items()):
        for c in cs:
            if not c.update:
                continue
            before = [i for i in violent if index(ms[i].sentence[0]) <= s]
            with_counts = [i for i in before if assigned.get(i)] or before
            if with_counts:
                last = max(ms[k].sentence[0] for k in with_counts)
                for k in with_counts:
                    if ms[k].sentence[0] == last:
                        assigned.setdefault(k, []).append(c)
    out = []
    for i, m in enumerate(ms):
        killed, injured = event_counts(assigned.get(i, ()))
        if killed is None and injured is None:
            out.append(m)
            continue
        spans = dict(m.spans)
        spans["fatalities"] = (killed.start, killed.end) if killed else None
        spans["injured"] = (injured.start, injured.end) if injured else None
        out.append(
            replace(
                m,
                fatalities=killed.value if killed else None,
                fatalities_approx=bool(killed and killed.approx),
                injured=injured.value if injured else None,
                injured_approx=bool(injured and injured.approx),
                spans=tuple(spans.items()),
            )
        )
    return out
