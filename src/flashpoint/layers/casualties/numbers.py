"""Number phrases: "20", "1,200", "twenty-three", "at least five", "dozens", "a dozen",
with whether each is a bound and the noun it counts. Ages, years, ordinals, shares and
times are not counts (``_not_a_count``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from flashpoint.layers.actors import entity_at
from flashpoint.layers.casualties.lexicon import _DEAD_WORDS, _UNITS, _VAGUE
from flashpoint.layers.casualties.words import _person
from flashpoint.nlp import tokens

_APPROX_BEFORE = (
    ("at", "least"),
    ("more", "than"),
    ("upwards", "of"),
    ("upward", "of"),
    ("a", "minimum", "of"),
    ("in", "the", "region", "of"),
    ("up", "to"),
    ("at", "most"),
    ("as", "many", "as"),
    ("no", "fewer", "than"),
    ("not", "less", "than"),
    ("in", "excess", "of"),
    ("getting", "on", "for"),
    ("the", "best", "part", "of"),
    ("well", "over"),
    ("well", "north", "of"),
    ("north", "of"),
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


_STARTS = frozenset(
    {"twice", "thrice", "a", "one", "half", "tens", "hundreds", "several", "few", "both"}
    | set(_VAGUE)
    | set(_UNITS)
)
"""The words (besides numbers) a number phrase can start with: any other token is no
phrase's first (``_quantity_at`` would return None), and is passed over unasked."""


def quantities(sent: Span) -> Iterator[Quantity]:
    """Yield the number phrases of a sentence with the tokens they count."""
    doc = sent.doc
    toks = tokens(doc)
    i = sent.start
    while i < sent.end:
        tok = toks[i]
        if not tok.like_num and tok.lower_ not in _STARTS:
            i += 1
            continue
        q = _quantity_at(doc, i, sent.end)
        if q is None:
            i += 1
            continue
        yield q
        i = max(q.end, i + 1)


_QUOTES = frozenset({"'", '"', "\u2019", "\u201d"})


def _quantity_at(doc: Doc, i: int, limit: int) -> Quantity | None:
    """Return the number phrase that starts at token ``i`` ("a dozen", "tens of thousands
    of", "at least 20", "one hundred and seventy-one"), or None."""
    tok = doc[i]
    low = tok.lower_
    value: int | None = None
    approx = False
    end = i + 1
    times = _times_as_many(doc, i, limit) or _fraction_of(doc, i, limit)
    if times is not None:
        return times
    if low == "both":
        # "Both victims died at the scene", "killing both" (not "both soldiers and civilians")
        if any(t.lower_ in ("and", "sides", "side") for t in doc[i + 1 : min(i + 4, limit)]):
            return None
        if i + 1 < limit and doc[i + 1].lower_ == "of":
            return None  # ("both of them": the people are counted where they were named)
        if i > 0 and doc[i - 1].text == "," and (i + 1 >= limit or doc[i + 1].pos_ != "NOUN"):
            return None  # ("two crew members, both Sri Lankan": the two, described)
        value = 2
    elif low in ("a", "one") and i + 1 < limit and doc[i + 1].lower_ == "dozen":
        value, end = 12, i + 2
        if [t.lower_ for t in doc[end : min(end + 3, limit)]] == ["and", "a", "half"]:
            value, end = 18, end + 3  # "a dozen and a half": 18
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
        and doc[i + 1].lower_ == "few"
        and doc[i + 2].tag_ == "NNS"
        and _person(doc[i + 2])
    ):
        value, approx = _VAGUE["a few"]  # "A few worshippers were hurt" (not "a few days")
        end = i + 2
    elif (
        low == "a"
        and i + 3 < limit
        and doc[i + 1].lower_ == "couple"
        and doc[i + 2].lower_ == "of"
        and (
            _person(doc[i + 3].head if doc[i + 3].dep_ != "pobj" else doc[i + 3])
            or doc[i + 3].lower_ == "others"  # "wounding a couple of others"
        )
    ):
        value, approx, end = 2, True, i + 3  # "a couple of security guards were hurt"
    elif (
        low == "a"
        and i + 3 < limit
        and doc[i + 1].lower_ in _GROUP_NOUNS
        and doc[i + 2].lower_ == "of"
        and _person(doc[i + 3].head if doc[i + 3].dep_ != "pobj" else doc[i + 3])
    ):
        # "killed a pair of nurses", "a trio of wounded fishermen": a group noun of a set
        # size; it bears the role, unless its people are named by their state
        people = doc[i + 3] if doc[i + 3].dep_ == "pobj" else doc[i + 3].head
        described = any(c.dep_ == "amod" and c.lower_ in _STATES for c in people.children)
        bearer = people if described else doc[i + 1]
        return Quantity(_GROUP_NOUNS[doc[i + 1].lower_], False, i, people.i + 1, bearer)
    elif (
        low == "a"
        and i + 3 < limit
        and doc[i + 1].lower_ == "half"
        and doc[i + 2].text == "-"
        and doc[i + 3].lower_ == "dozen"
    ):
        value, end = 6, i + 4  # "a half-dozen guests", like "half a dozen"
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
        # ("'many' attackers": a source's word, quoted, before its noun)
        k = i + 2 if i + 2 < limit and doc[i + 1].text in _QUOTES else i + 1
        if (
            low in ("many", "several")
            and (k >= limit or doc[k].pos_ not in ("NOUN",))
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
    if end + 1 < limit and doc[end].text == "-" and doc[end + 1].lower_ in ("odd", "plus"):
        approx, end = True, end + 2  # "Twenty-odd gunmen", "a dozen-plus patients": at least
    if i >= 2 and doc[i - 2].lower_ == "all" and doc[i - 1].lower_ == "but":
        but = _all_but(doc, i, end, limit, value)
        if but is not None:
            return but
    start = i
    # "more than a hundred": the article belongs to the number
    lead = i - 1 if i > 0 and low in ("hundred", "thousand") and doc[i - 1].lower_ == "a" else i
    upper = lead - 1 if lead > 0 and low == "dozen" and doc[lead - 1].lower_ == "a" else lead
    if (
        upper >= 2
        and [t.lower_ for t in doc[upper - 2 : upper]] in (["fewer", "than"], ["less", "than"])
        and not (upper >= 3 and doc[upper - 3].lower_ in ("no", "not"))
    ):
        return None  # "fewer than a dozen people were hurt": a bound above, no count
    for phrase in _APPROX_BEFORE:
        n = len(phrase)
        if lead - n >= 0 and tuple(t.lower_ for t in doc[lead - n : lead]) == phrase:
            approx, start = True, lead - n
            break
    else:
        if lead > 0 and doc[lead - 1].lower_ in _APPROX_WORDS:
            approx, start = True, lead - 1
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
    elif (
        end + 1 < limit
        and doc[end].lower_ == "or"
        and (number_value(doc[end + 1].text) or 0) > value
    ):
        approx, end = True, end + 2  # "Seven or eight people died": at least seven
        core_end = end
    elif _range_to(doc, i, end, limit, value):
        approx, end = True, end + 2  # "Twenty to thirty people were killed": at least 20
        core_end = end  # (the people follow the second number)
    head = _counted(doc, i, core_end)  # ("a dozen or so fighters": the fighters)
    return Quantity(value, approx, start, end, head)


def _times_as_many(doc: Doc, i: int, limit: int) -> Quantity | None:
    """Return "wounded twice as many" as twice the count the sentence gives before it, an
    estimate,
    ("killed 18 people ... and wounded twice as many": 36), or after it ("killed twice as
    many civilians as last week's, when four died": 8); None without such a count."""
    low = doc[i].lower_
    factor = {"twice": 2, "thrice": 3}.get(low)
    k = i + 1
    if factor is None and doc[i].like_num and k < limit and doc[k].lower_ == "times":
        factor, k = number_value(doc[i].text), k + 1
    if factor is None or k + 2 > limit or [t.lower_ for t in doc[k : k + 2]] != ["as", "many"]:
        return None
    sent = doc[i].sent
    others = [
        t
        for t in (*reversed(doc[sent.start : i]), *doc[k + 2 : sent.end])
        if t.like_num and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")
    ]
    base = next((v for v in (number_value(t.text) for t in others) if v), None)
    if base is None:
        return None
    many = doc[k + 1]  # "wounded three times as many": "many" hangs on the verb
    head = many if many.head.pos_ == "VERB" else _counted(doc, i, k + 2)
    return Quantity(factor * base, True, i, k + 2, head)


_FRACTIONS = {"half": (1, 2), "third": (1, 3), "quarter": (1, 4), "fifth": (1, 5)}
_GROUP_NOUNS = {"pair": 2, "trio": 3, "quartet": 4}
_STATES = frozenset({"wounded", "injured", "hurt", "dead", "slain"})
"""Nouns for a group of a set size: "a trio of wounded fishermen" is three."""


def _fraction_of(doc: Doc, i: int, limit: int) -> Quantity | None:
    """Return "a quarter of the 24 crew" as 6, "half of the 40 passengers" as 20 (whole
    numbers only), or None."""
    k = i + 1 if doc[i].lower_ in ("a", "one") else i
    part = _FRACTIONS.get(doc[k].lower_) if k < limit else None
    if part is None or (k == i and doc[i].lower_ != "half"):
        return None
    words = [t.lower_ for t in doc[k + 1 : k + 3]]
    # ("a third of its 30 passengers", "half of their 12 crew")
    if words[:1] != ["of"] or words[1:] not in (["the"], ["its"], ["their"]):
        return None
    if k + 3 >= limit or not doc[k + 3].like_num:
        return None
    total = number_value(doc[k + 3].text)
    if total is None or (total * part[0]) % part[1]:
        return None
    return Quantity(total * part[0] // part[1], False, i, k + 4, doc[k])  # the part bears the role


def _all_but(doc: Doc, i: int, end: int, limit: int, value: int) -> Quantity | None:
    """Return "all but two of the 16 miners" as the 14 it leaves, or None when no total
    follows ("all but two were freed" is no count of the rest)."""
    k = end
    if k < limit and doc[k].lower_ == "of":
        k += 1
    if k < limit and doc[k].lower_ in ("the", "its", "their"):
        k += 1
    total = number_value(doc[k].text) if k < limit and doc[k].like_num else None
    if total is None or total <= value:
        return None
    return Quantity(total - value, False, i - 2, k + 1, _counted(doc, i, end))


def _range_to(doc: Doc, i: int, end: int, limit: int, value: int) -> bool:
    """Return whether a number opens a range of people: "twenty to thirty people" (not
    "rose from 20 to 30", "three to five years")."""
    # ("anywhere from nine to 14 people" is a range; "rose from 20 to 30" is not)
    loose = i > 1 and doc[i - 2].lower_ in ("anywhere", "somewhere")
    if end + 2 >= limit or doc[end].lower_ != "to":
        return False
    if i > 0 and doc[i - 1].lower_ == "from" and not loose:
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
        # "Six dead, 20 hurt as gunmen attack ...": each number its own count ("forty-one
        # wounded": the last word of it, which the parser makes the subject)
        last = doc[end - 1]
        return last if last.like_num or last.lower_ == "dozen" else doc[i]
    inside = [doc[k] for k in range(i + 1, end - 1)]  # "one hundred and seventy-one"
    for t in (doc[end - 1], doc[i], *inside):
        # ("Nine Pakistani pilgrims": the parser may hang the number on the adjective)
        on_modifier = (
            t.head.dep_ in ("amod", "compound", "nmod")
            and t.head.pos_ == "ADJ"
            and t.head.head.pos_ in ("NOUN", "PROPN")
            and t.head.head.i > t.head.i
        )
        if (
            (t.dep_ in ("nummod", "quantmod", "amod", "compound") or t.lower_ == "both")
            and (t.head.pos_ in ("NOUN", "PROPN") or on_modifier)
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
        and (doc[i - 1].lower_ in _APPROX_WORDS or doc[end - 1].lower_ == "plus")
    ):
        # "Around a dozen people were killed": the parser hangs "a dozen" on "Around";
        # "a dozen-plus patients": on "plus"
        return doc[end]
    for t in doc[i:end]:
        if t.head.i < i or t.head.i >= end:
            return t
    return doc[i]


def _stands_alone(doc: Doc, end: int) -> bool:
    """Return whether a number is told dead or hurt by the word right after it, with no
    noun after that ("Six dead, 20 hurt": not "40 injured people"; "acknowledged 'about
    20' dead": a source's figure, quoted)."""
    if end + 1 < len(doc) and doc[end].text in _QUOTES and _quoted_figure(doc, end):
        end += 1
    if end >= len(doc) or doc[end].lower_ not in _DEAD_WORDS:
        return False
    return end + 1 >= len(doc) or doc[end + 1].pos_ not in ("NOUN", "PROPN")


def _quoted_figure(doc: Doc, close: int) -> bool:
    """Return whether a quote mark closes a quoted figure ("acknowledged 'about 20' dead":
    a quote opens a few words before the number), not opens a quoted word after it
    ("500 'wounded'")."""
    return doc[close - 1].like_num and any(
        doc[k].text in _QUOTES for k in range(max(close - 4, 0), close - 1)
    )


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
    word = doc[q.end + 1] if doc[q.end].text in _QUOTES else doc[q.end]
    return _DEAD_WORDS[word.lower_]


def _not_a_count(doc: Doc, i: int) -> bool:
    """Return whether a number is an age, a year, an ordinal, a share or a time."""
    tok = doc[i]
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
    if tok.lower_ == "one" and i > 0 and doc[i - 1].lower_ == "no":
        return True  # "no one was killed": nobody, not one
    if nxt == "-" and after.startswith(("year", "month", "week", "day")):
        return True
    if _age(doc, i):
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


def _age(doc: Doc, i: int) -> bool:
    """Return whether a number gives a person's age: after "aged" ("her two brothers, aged 8
    and 10") or set off by commas after a name ("Ricardo Flores, 34, a taxi driver")."""
    tok = doc[i]
    if not tok.text.isdecimal() or not 0 < int(tok.text) < 120:
        return False
    first = tok
    while first.dep_ == "conj" and first.head.like_num and first.head.i < first.i:
        first = first.head
    if first.i > 0 and doc[first.i - 1].lower_ == "aged":
        return True
    return (
        tok.dep_ == "appos"
        and tok.head.pos_ == "PROPN"
        and doc[i - 1].text == ","
        and (i + 1 >= len(doc) or not doc[i + 1].is_alpha)
        and not any(c.dep_ != "punct" for c in tok.children)
    )
