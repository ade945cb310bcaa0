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

The package's modules, each using only those listed before it:

- ``lexicon``: the kinds, number words, casualty verbs and shared word lists;
- ``words``: parse helpers (a token's clause verb, persons, nationality words);
- ``numbers``: number phrases (``Quantity``, ``quantities``, ``number_value``);
- ``whose``: whose dead (nationality, one side's or the other's);
- ``history``: background history that is not the news;
- ``causes``: deaths by disaster, disease or accident (``natural_causes``);
- ``headlines``: tolls in a headline in capitals or title case, read by words;
- ``care``, ``governed``: the kind of harm a count's governing word gives;
- ``groups``: coordinated groups, subsets and animals;
- ``roles``: the role a number phrase plays;
- ``tolls``: toll phrases ("the death toll rose to 26");
- ``singles``: counts without a number ("no one", "a man was shot dead");
- ``sentence``: one sentence's counts;
- ``updates``: how counts across sentences add up, replace or dispute each other;
- this module: the entry points ``find_casualties``, ``event_counts`` and ``count``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from flashpoint.layers.actors import ActorSpan
from flashpoint.layers.casualties.causes import natural_causes
from flashpoint.layers.casualties.headlines import headline_counts
from flashpoint.layers.casualties.lexicon import _PREDICATES, CUES, INJURED, KILLED
from flashpoint.layers.casualties.numbers import Quantity, number_value, quantities
from flashpoint.layers.casualties.sentence import _sentence, recap_clause
from flashpoint.layers.casualties.updates import (
    _additive,
    _disputed,
    _ordinal_of,
    _rival_figure,
    _without_claims,
)
from flashpoint.layers.casualties.whose import _dead_were, _other_side
from flashpoint.layers.casualties.words import _clause_verb
from flashpoint.records import Casualty, Mention

__all__ = [
    "INJURED",
    "KILLED",
    "Quantity",
    "count",
    "event_counts",
    "find_casualties",
    "natural_causes",
    "number_value",
    "quantities",
]


def find_casualties(doc: Doc, actors: Iterable[ActorSpan] = ()) -> list[Casualty]:
    """Return every casualty count in a parsed document, in text order.

    "A second protester died" after a count of the dead makes that count two: an
    ordinal victim of a kind already counted gives the running total; otherwise one.
    """
    who: dict[int, str | None] = {
        t: a.actor.country for a in actors for t in range(a.start, a.end) if a.actor.country
    }
    out: list[Casualty] = []
    span, told = headline_counts(doc)
    # (an all-capitals headline's tolls, read by its words, stand for what the parse
    # made of it, for each kind the story's own sentences do not count)
    cut = span[1] if span and told else -1
    for sent in doc.sents:
        if not _may_count(sent):
            continue  # no casualty word: no count (and most sentences of an article)
        found = [c for c in _sentence(sent, who) if c.start >= cut]
        apart = _separately(sent)
        if apart is not None and any(not o.background for o in out):
            # "In a separate attack in Kirkuk, two policemen were wounded": another
            # incident's count, told after the news's own
            found = [replace(c, background=True) if c.start >= apart else c for c in found]
        for c in sorted(found, key=lambda c: c.start):
            if c.background:
                out.append(c)  # an earlier event's count: no part of the news's tally
                continue
            earlier = [o for o in out if o.kind == c.kind and not o.subset and not o.background]
            nth = _ordinal_of(doc, c)
            if nth and earlier and _across_kinds(out, c, nth, earlier[-1]):
                # "shot dead two farmers ... A third man was wounded and a fourth remains in
                # critical condition": the ordinals number all the victims (two wounded)
                c = replace(c, value=earlier[-1].value + 1)
            elif (
                nth
                and earlier
                and nth <= earlier[-1].value
                and _sentence_start(doc, c) == _sentence_start(doc, earlier[-1])
            ):
                # "Two fishermen were killed ..., after a second crew member died of his
                # wounds": the ordinal tells how the count came to be, one of its dead
                c = replace(c, subset=True)
            elif nth and earlier:
                c = replace(c, value=max(nth, earlier[-1].value + 1))
            elif nth and c.kind == KILLED and re.search(r"\bvictims?\b", c.text, re.IGNORECASE):
                # "A third victim of Monday's knife attack died": three dead (but "a third
                # was wounded" alone is one)
                c = replace(c, value=nth)
            elif (
                earlier
                and span is not None
                and earlier[-1].update
                and earlier[-1].end <= span[1]
                and _additive(doc, c)
            ):
                # "TOLL RISES TO 15. Three more victims died overnight": the headline's toll
                # already holds the story's later dead
                c = replace(c, subset=True)
            elif not earlier and _from_the_hurt(doc, c, out):
                # "wounded seven servicemen ... One of them later died": one dead, six hurt
                moved = _of_the_wounded(doc, c, out)
                if moved is not None:
                    out.append(moved)
            elif earlier and _bodies_for_range(doc, c, earlier[-1]):
                # "Between 40 and 50 farmers were slaughtered ... 43 bodies had been
                # recovered": the bodies counted settle the range
                c = replace(c, update=True)
            elif earlier and _told_before(doc, c):
                # "Sixteen people were killed ... Earlier, police had said 11 died": a
                # figure given before the one already counted, which replaced it
                c = replace(c, subset=True, update=False)
            elif earlier and _own_loss(doc, c, earlier[-1], who):
                c = replace(c, disputed=True, whose=earlier[-1].whose)
            elif earlier and (
                _additive(doc, c)
                or _joined_verbs(doc, c, earlier[-1])
                or (_other_side(doc, c, earlier[-1]) and not _disputed(doc, c, earlier[-1]))
                or _from_the_hurt(doc, c, out)
            ):
                moved = _of_the_wounded(doc, c, out)
                # (a toll, then a sentence "Two more of the wounded died": the new toll;
                # not "rose to 31 after two more died", which the toll already holds)
                later = earlier[-1].update and _sentence_start(doc, c) > _sentence_start(
                    doc, earlier[-1]
                )
                c = replace(
                    c,
                    value=earlier[-1].value + c.value,
                    approx=c.approx or earlier[-1].approx,
                    update=c.update or later,
                )
                if moved is not None:
                    out.append(moved)
            elif (
                earlier
                and _first_told(doc, earlier[-1])
                and _sentence_start(doc, c) > _sentence_start(doc, earlier[-1])
            ):
                # "Police first said six had been killed ... Five were dead, they said": the
                # later figure corrects the first
                c = replace(c, update=True)
            elif earlier and _disputed(doc, c, earlier[-1]):
                c = replace(c, disputed=True)
            elif earlier and c.update and _rival_figure(doc, c, earlier[-1]):
                c = replace(c, update=False, disputed=True)
            out.append(c)
        died = _pronoun_died(sent)
        if died is not None and not any(c.kind == KILLED for c in found):
            hurt = [o for o in out if o.kind == INJURED and not o.subset and not o.background]
            if hurt and hurt[-1].value == 1 and not any(o.kind == KILLED for o in out):
                # "A policeman was shot; he later died": the one wounded is the one dead
                out.remove(hurt[-1])
                out.append(
                    Casualty(KILLED, 1, False, died.text, died.idx, died.idx + len(died.text))
                )
    counted = {c.kind for c in out if not c.background}
    country = _dead_were(doc)
    if country is not None:
        # "The dead were all Ethiopian nationals": the country of every count of the dead
        out = [
            replace(c, whose=country) if c.kind == KILLED and not c.background else c for c in out
        ]
    return [c for c in told if c.kind not in counted] + _without_claims(doc, out)


def _may_count(sent: Span) -> bool:
    """Return whether a sentence holds a word a count needs (``lexicon.CUES``)."""
    return any(t.lower_ in CUES or t.lemma_.lower() in CUES for t in sent)


_SEPARATE = re.compile(
    r"\b(?:in|during) (?:a|another) separate (?:incident|attack|raid|shooting|clash|"
    r"development|case|strike|ambush|bombing|explosion|blast)\b|^separately\b",
    re.IGNORECASE,
)


def _separately(sent: Span) -> int | None:
    """Return where a sentence starts telling of another incident ("In a separate attack",
    "Separately,"), in characters, or None. ("Elsewhere" may be the same barrage's.)"""
    found = _SEPARATE.search(sent.text)
    return sent.start_char + found.start() if found else None


def _bodies_for_range(doc: Doc, c: Casualty, before: Casualty) -> bool:
    """Return whether a count of bodies follows a range of the dead ("between 40 and 50",
    "ten to 12", "seven or eight"): the bodies counted settle it."""
    if c.kind != KILLED or c.approx or c.update or not before.approx:
        return False
    if not re.search(r"\b(?:between \S+ and \S+|\S+ (?:to|or) \S+)$", before.text, re.I):
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    return noun.lower_ in ("bodies", "corpses")


def _pronoun_died(sent: Span) -> Token | None:
    """Return "he" of "he later died" / "she succumbed to her wounds", or None."""
    for tok in sent:
        if tok.lower_ not in ("he", "she") or tok.dep_ != "nsubj":
            continue
        verb = tok.head
        if verb.lemma_.lower() in ("die", "succumb") and not any(
            c.dep_ == "neg" or c.lower_ in _MODAL_WORDS for c in verb.children
        ):
            return tok
    return None


_MODAL_WORDS = frozenset({"could", "would", "might", "may", "will", "can", "should"})


def _across_kinds(out: list[Casualty], c: Casualty, nth: int, last: Casualty) -> bool:
    """Return whether an ordinal victim is numbered after the victims of both kinds: the
    counts of the other kind and the last of its own come to the one before it."""
    other = [o for o in out if o.kind != c.kind and not o.subset and not o.background]
    return bool(other) and other[-1].value + last.value == nth - 1


def _own_loss(doc: Doc, c: Casualty, before: Casualty, who: dict[int, str | None]) -> bool:
    """Return whether a count is a side's own figure for its dead that the other side
    counted before: "killing 48 Russian soldiers; Russia's defence ministry said it had
    lost no more than 15 servicemen" (a disputed figure, not 15 more dead)."""
    if before.whose is None or c.kind != KILLED:
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    verb = _clause_verb(span.root)
    if verb.lemma_.lower() != "lose":
        return False
    loser = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if loser is not None and loser.pos_ == "PRON" and verb.dep_ == "ccomp":
        # "Russia's defence ministry said it had lost ...": the speaker's side
        loser = next((ch for ch in verb.head.children if ch.dep_ == "nsubj"), None)
    if loser is None:
        return False
    return any(who.get(t.i) == before.whose for t in loser.subtree)


_FIRST = frozenset({"first", "initially", "originally"})


def _first_told(doc: Doc, c: Casualty) -> bool:
    """Return whether a count is a source's first figure, told as such: "Police first said
    six people had been killed", "state media initially reported 30 dead"."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        ch.dep_ == "advmod" and ch.lower_ in _FIRST
        for v in [span.root, *span.root.ancestors][:4]
        if v.pos_ in ("VERB", "AUX")
        for ch in v.children
    )


_BEFORE = frozenset({"earlier", "previously", "initially", "originally", "first"})


def _told_before(doc: Doc, c: Casualty) -> bool:
    """Return whether a count is a source's figure told as given before the story's own:
    "Earlier, police had said 11 died", "officials had initially put the toll at 9"."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    for v in [span.root, *span.root.ancestors][:5]:
        if v.pos_ == "VERB" and v.lemma_.lower() in ("say", "report", "put", "give", "tell"):
            had = any(ch.dep_ == "aux" and ch.lower_ == "had" for ch in v.children)
            return had and any(ch.dep_ == "advmod" and ch.lower_ in _BEFORE for ch in v.children)
    return False


def _from_the_hurt(doc: Doc, c: Casualty, out: list[Casualty]) -> bool:
    """Return whether a count of dead is of people counted as wounded before ("one of the
    wounded died in hospital"; "one of them later died", "one of whom died", right after
    a count of wounded)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if c.kind != KILLED or span is None:
        return False
    before = [o for o in out if not o.background and o.start < c.start]
    after_hurt = bool(before) and max(before, key=lambda o: o.start).kind == INJURED
    return any(
        ch.dep_ == "prep"
        and ch.lower_ == "of"
        and any(
            o.lower_ in ("wounded", "injured") or (o.lower_ in ("them", "whom") and after_hurt)
            for o in ch.children
        )
        for ch in span.root.children
    )


def _of_the_wounded(doc: Doc, c: Casualty, out: list[Casualty]) -> Casualty | None:
    """Return the count of wounded left when some of them died ("wounded 10 ...; one of the
    wounded died later": nine), as an update of the last count of wounded, or None."""
    hurt = [o for o in out if o.kind == INJURED and not o.subset]
    if not _from_the_hurt(doc, c, out) or not hurt or hurt[-1].value <= c.value or hurt[-1].approx:
        return None
    last = hurt[-1]
    words = last.text.split()
    if words and number_value(words[-1]) not in (None, last.value):
        return None  # ("seven more were hospitalised, one of whom died": read in the sentence)
    return replace(
        last, value=last.value - c.value, update=True, text=c.text, start=c.start, end=c.end
    )


_VAGUE_WORDS = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "several": 10, "many": 10,
    "tens": 10, "handful": 3, "number": 10,
}  # fmt: skip


def _vague(c: Casualty) -> bool:
    """Return whether a count is only a vague word ("scores", "dozens of"), no figure (not
    a figure with the vague word's group added: "three soldiers ... several insurgents
    were also killed", 13)."""
    words = c.text.lower().replace(" of", "").split()
    if not c.approx or not words or words[-1] not in _VAGUE_WORDS:
        return False
    return c.value == _VAGUE_WORDS[words[-1]] or (len(words) > 1 and words[-2] in _VAGUE_WORDS)


def event_counts(casualties: Iterable[Casualty]) -> tuple[Casualty | None, Casualty | None]:
    """Return the killed and injured counts that stand for one event's casualties: the
    last toll update if any, else the largest count of each kind (the lower one where a
    second source disputes it); a count of people "among the dead" only when nothing gives
    the total. A background count (an earlier event's) is none of them."""
    best: dict[str, Casualty] = {}
    items = [c for c in casualties if not c.background]
    totals = {c.kind for c in items if not c.subset}
    for c in items:
        if c.subset and c.kind in totals:
            continue  # "two militants and four soldiers among the dead" are part of the six
        cur = best.get(c.kind)
        if cur is None or c.update:
            best[c.kind] = c
        elif _vague(cur) and not c.approx:
            # "Scores were feared dead ... police confirmed 17 bodies"; "Dozens were hurt,
            # the organisers said; the ministry put the figure at 38" (a figure, disputed
            # or not, beats a vague word)
            best[c.kind] = c
        elif _vague(c) and not cur.approx:
            continue  # (a vague word never beats a figure)
        elif c.disputed and c.value < cur.value:
            best[c.kind] = c  # sources disagree: the lower figure, as ACLED codes it
        elif not cur.update and not c.disputed and c.value > cur.value:
            best[c.kind] = c
    return best.get(KILLED), best.get(INJURED)


def count(mentions: Iterable[Mention], doc: Doc, casualties: Iterable[Casualty]) -> list[Mention]:
    """Give each violent event mention (material conflict) the dead and injured its
    sentence reports — else the next sentence's, when that one reports no violent event
    of its own — and let a later toll update ("the toll rose to 23") replace them. A
    mention of the earlier event a recap clause tells of ("a day after rockets killed four
    people") gets that clause's background count, and only it does."""
    ms = list(mentions)
    sent_of = {s.start_char: i for i, s in enumerate(doc.sents)}
    sents = list(doc.sents)

    def index(offset: int) -> int:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        return sent_of.get(span.sent.start_char, -1) if span is not None else -1

    by_sent: dict[int, list[Casualty]] = {}
    recaps: list[tuple[Casualty, tuple[int, int]]] = []
    for c in casualties:
        if c.background:
            clause = recap_clause(doc, c)
            if clause is not None:
                recaps.append((c, clause))
            continue
        by_sent.setdefault(index(c.start), []).append(c)
    # (a deployment kills no one: "deployed 1,500 soldiers ... 'After Friday's attack, in
    # which two soldiers were killed, ...'" gives the deployment no dead)
    violent = {i for i, m in enumerate(ms) if m.quad_class == 4 and m.plover != "MOBILIZE"}
    coded_sents = {index(m.sentence[0]) for m in ms}
    assigned: dict[int, list[Casualty]] = {}
    recapped: set[int] = set()  # mentions of a recap's earlier event: no toll update is theirs
    for i in sorted(violent, key=lambda k: ms[k].sentence[0]):
        s = index(ms[i].sentence[0])
        lo, hi = ms[i].trigger
        told = [c for c, (a, b) in recaps if a <= lo and hi <= b]
        if told:
            # the recap's own act ("a day after rockets killed four people"): its count
            assigned[i] = [replace(c, background=False) for c in told]
            recapped.add(i)
            continue
        own = [c for c in by_sent.get(s, []) if not c.update]
        if not own and s + 1 < len(sents) and s + 1 not in coded_sents:
            own = [c for c in by_sent.get(s + 1, []) if not c.update]
        assigned[i] = own
    # toll updates go to the latest violent event before them
    for s, cs in sorted(by_sent.items()):
        for c in cs:
            if not c.update:
                continue
            before = [i for i in violent - recapped if index(ms[i].sentence[0]) <= s]
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


def _joined_verbs(doc: Doc, c: Casualty, before: Casualty) -> bool:
    """Return whether two counts of one kind are the objects of two verbs of that kind
    joined in one clause: "seriously wounding a woman and lightly injuring her caregiver"
    (two hurt, each verb's own)."""
    first = doc.char_span(before.start, before.end, alignment_mode="expand")
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if first is None or span is None or first.sent.start != span.sent.start:
        return False
    one, two = _clause_verb(first.root), _clause_verb(span.root)
    if two.dep_ != "conj" or two.head.i != one.i or one.i == two.i:
        return False
    if not all(
        any(ch.dep_ == "dobj" and ch.i <= s.root.i <= ch.right_edge.i for ch in v.children)
        for v, s in ((one, first), (two, span))
    ):
        return False
    kind = _PREDICATES.get(one.lemma_.lower())
    return kind in (KILLED, INJURED) and kind == _PREDICATES.get(two.lemma_.lower()) == c.kind


def _sentence_start(doc: Doc, c: Casualty) -> int:
    """Return the first character of the sentence a count is in (-1 if it maps to none)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span.sent.start_char if span is not None else -1
