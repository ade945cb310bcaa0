"""Quotes: who said what, direct ("...," he said) and indirect ("X said that ...").

Direct quotes are found from the quote marks, paragraph by paragraph, so an unbalanced
mark costs at most its own paragraph:

- curly marks say which way they face; a straight mark faces by what is beside it (a
  space before it opens, a space or punctuation after it closes);
- a paragraph left open whose next paragraph opens again is one quote running on (the
  newspaper convention); a paragraph left open otherwise is an unbalanced mark: dropped;
- a quote's cue is a speech verb just after it (",” he said") or just before it ("X said:
  “"); a second quote after the cue with no cue of its own is the same quote's next part
  ("“...,” Singh said, “...”");
- a short quoted phrase with no cue (a title, a scare quote) is not a quote.

Indirect quotes hang on a cue verb from ``data/quotes/cues.tsv`` (say, tell, warn, ...):
the clause it governs is the content ("Lavrov said Moscow welcomed the contacts", and the
parenthetical "Moscow welcomed the contacts, Lavrov said"); "according to X, ..." makes
the rest of the clause X's words.

The speaker is the cue's subject (or the agent of "according to"). A pronoun, a bare
surname or "the minister" is resolved to the earlier mention it stands for: the last
speaker, else the nearest person (or group) named before it; the actor code comes from the
actors layer, on the mention or on what it resolves to.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from flashpoint.layers.cue_model import (
    context_vector,
    cue_model,
    frame_vector,
    has_vectors,
    table_features,
    word_key,
)
from flashpoint.layers.tables import read_tsv, split
from flashpoint.nlp import doc_text
from flashpoint.nlp import tokens as doc_tokens
from flashpoint.records import Mention, Quote, Speaker, stable_id

Doc = Any  # a spaCy Doc: this module is inside the NLP boundary
Token = Any

_OPENING = frozenset("“«„")
_CLOSING = frozenset("”»")
_MARKS = re.compile(r"[“”«»„\"]|''|``")
_OPENS_AFTER = frozenset(" \t([{\u2014\u2013-/:;,")
_CLOSES_BEFORE = frozenset(" \t.,;:!?)]}\u2014\u2013-\u2026")
MIN_UNCUED_WORDS = 6
"""A quote with no cue is kept only when it is this long: shorter ones are titles,
nicknames and scare quotes ("the so-called “peace plan”")."""
CUE_WINDOW = 8
"""How many tokens after a closing mark (or before an opening one) the cue may be."""
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_PERSONAL = frozenset({"he", "she", "i"})
_WORD = re.compile(r"\w+")
_MARKUP = re.compile(r"\b[a-z_]+=\"|</?[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z_-]+=[^<>]*)?/?>")


@dataclass(frozen=True, slots=True)
class Cue:
    """A verb that attributes words or views (a row of ``data/quotes/cues.tsv``)."""

    kind: str  # "speech" | "view" | "act"
    objects: bool
    preps: frozenset[str]


@functools.cache
def cue_lemmas() -> dict[str, Cue]:
    """Return the cue verbs by lemma."""
    rows = read_tsv("quotes", "cues.tsv", required=("lemma", "kind", "objects", "preps"))
    return {
        r["lemma"]: Cue(r["kind"], r["objects"] == "yes", frozenset(split(r["preps"])))
        for r in rows
    }


@dataclass
class _Direct:
    parts: list[tuple[int, int]]
    cue: Token | None = None
    runs_on: bool = False  # its last part was left open at a paragraph end
    extra: list[tuple[int, int]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group(0).strip():
            out.append((m.start(), m.end()))
    return out


def _facing(text: str, pos: int, width: int, lo: int, hi: int) -> str:
    """Return "open", "close" or "either" for a straight mark at ``pos``."""
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + width] if pos + width < hi else " "
    opens = before in _OPENS_AFTER or before == "\n"
    closes = after in _CLOSES_BEFORE or after == "\n" or after in "\"'\u201d\u2019"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _segments(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], int | None]:
    """Return the closed quote segments of one paragraph and where an unclosed one opens."""
    segments: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _MARKS.finditer(text, lo, hi):
        mark, pos = m.group(0), m.start()
        if mark in _OPENING or mark == "``":
            face = "open"
        elif mark in _CLOSING:
            face = "close"
        else:
            face = _facing(text, pos, len(mark), lo, hi)
            if face == "either":
                face = "close" if opened is not None else "open"
        if face == "open":
            opened = pos  # a second opening mark: the first one was never closed
        elif opened is not None:
            segments.append((opened, m.end()))
            opened = None
    return segments, opened


def _direct_candidates(text: str) -> list[_Direct]:
    """Return the quoted stretches of ``text``, quotes running over paragraphs joined."""
    out: list[_Direct] = []
    running: _Direct | None = None
    for lo, hi in _paragraphs(text):
        segments, opened = _segments(text, lo, hi)
        first_opens = bool(re.match(r"\s*(?:[“«„\"]|``|'')", text[lo:hi]))
        if running is not None:
            if first_opens and (segments or opened is not None):
                first = segments[0] if segments else (opened or lo, hi)
                if first[0] - lo <= 3:
                    running.parts.append((first[0], first[1]))
                    if segments:
                        segments = segments[1:]
                        running.runs_on = False
                        out.append(running)
                        running = None
                    else:
                        opened = None  # the whole paragraph continues the quote
                        continue
            if running is not None:
                running = None  # left open and not continued: an unbalanced mark
        for s, e in segments:
            out.append(_Direct([(s, e)]))
        if opened is not None:
            trimmed = hi
            while trimmed > opened and text[trimmed - 1].isspace():
                trimmed -= 1
            running = _Direct([(opened, trimmed)], runs_on=True)
    return out


class _Tokens:
    """Character offsets to tokens."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc_tokens(doc)]

    def at(self, char: int) -> int:
        """Return the index of the token that covers (or starts after) ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def after(self, char: int) -> int:
        """Return the index of the first token starting at or after ``char``."""
        return bisect.bisect_left(self.starts, char)


def _words(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end))


def _is_cue(tok: Token, *, direct: bool) -> bool:
    cue = cue_lemmas().get(tok.lemma_.lower())
    if cue is None:
        return False
    if tok.pos_ == "ADJ" or tok.dep_ == "acomp":  # "is confident that ...", "critical of"
        return not direct and tok.dep_ == "acomp"
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return cue.kind == "speech" or not direct


def _cue_after(doc: Doc, toks: _Tokens, end: int, inside: set[int], limit: int) -> Token | None:
    """The cue just after a closing mark: ",” he said", ",” said Lavrov"."""
    i = toks.after(end)
    for tok in doc[i : min(len(doc), i + CUE_WINDOW)]:
        if tok.idx >= limit or tok.i in inside or "\n" in tok.text_with_ws[: len(tok.text)]:
            break
        if _is_cue(tok, direct=True):
            return tok
        if tok.text in (".", "!", "?") or tok.text in _OPENING:
            break
    return None


def _cue_before(doc: Doc, toks: _Tokens, start: int, inside: set[int], floor: int) -> Token | None:
    """The cue just before an opening mark: "Lavrov said: “", "he told reporters, “"."""
    i = toks.after(start) - 1
    seen = 0
    while i >= 0 and seen < CUE_WINDOW:
        tok = doc[i]
        if tok.idx < floor or tok.i in inside or tok.text in (".", "!", "?"):
            return None
        if _is_cue(tok, direct=True):
            between = doc_text(doc)[tok.idx + len(tok.text) : start]
            if not _WORD.search(between) or ":" in between or "," in between:
                return tok
            return tok if len(_WORD.findall(between)) <= 3 else None
        i -= 1
        seen += 1
    return None


def _subject(tok: Token, inside: frozenset[int] | set[int] = frozenset()) -> Token | None:
    """Return the subject of a cue verb, through "saying" and "adding" to the clause above
    (never a word inside quote marks, listed in ``inside``)."""
    for level in range(4):
        deps = ("nsubj", "csubj") if level == 0 else ("nsubj", "csubj", "nsubjpass")
        for child in tok.children:
            if child.dep_ in deps and child.i not in inside:
                return child  # "who" in "Barkley, who said ...": resolved to Barkley later
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            noun = tok.head
            if noun.lemma_.lower() in _MEDIUM and noun.dep_ in ("dobj", "pobj"):
                # "X issued a statement saying ...", "in a post saying ...": X said it
                verb = noun.head if noun.dep_ == "dobj" else noun.head.head
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return subj
            return noun  # "voters saying they want ...", "a petition calling on ..."
        if tok.dep_ in ("advcl", "xcomp", "conj", "ccomp", "acl", "acomp") and tok.head.i != tok.i:
            if tok.dep_ == "ccomp" and tok.head.i > tok.i:
                return None  # "X said, the ministry added": not the outer clause's subject
            tok = tok.head
            continue
        # "said Lavrov": spaCy sometimes hangs the subject after the verb as a dobj/attr
        for child in tok.children:
            if (
                child.i > tok.i
                and child.dep_ in ("dobj", "attr", "npadvmod")
                and child.pos_ == "PROPN"
            ):
                return child
        return None
    return None


def _np_span(tok: Token) -> tuple[int, int]:
    """Return the token span of the phrase headed by ``tok``, appositions and clauses cut."""
    lo, hi = tok.i, tok.i + 1
    for child in tok.lefts:
        lo = min(lo, child.left_edge.i)
    doc = tok.doc
    while lo < tok.i and (doc[lo].is_space or doc[lo].is_punct):
        lo += 1
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "prep") and child.i == hi:
            hi = child.right_edge.i + 1
        else:
            break
    return lo, hi


@dataclass
class _Raw:
    kind: str
    parts: list[tuple[int, int]]
    cue: Token | None
    speaker: Token | None
    cue_text: tuple[int, int] | None = None

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _speaker_before(doc: Doc, toks: _Tokens, start: int, inside: set[int]) -> Token | None:
    """The speaker of a quote with no cue: the subject of the sentence that leads into it
    ("Stone went further: “...”", "Clinton turned to the economy. “...”")."""
    i = toks.after(start) - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_punct) and i not in inside:
        i -= 1
    if i < 0 or i in inside:
        return None
    root = doc[i].sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i in inside or subj.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    if subj.pos_ == "PRON" and subj.lower_ not in _PRONOUNS:
        return None
    return subj


def _trails(tok: Token) -> bool:
    """Whether a cue closes its sentence after a comma, parsed as a conjunct of what it
    reports: its speaker after it ("... is under pressure from imports, said the chief
    executive") or between the comma and it ("..., Defense Secretary Ash Carter told a
    Senate panel"), with no "and" or "but" joining it."""
    if tok.dep_ != "conj" or tok.head.i > tok.i:
        return False
    if any(c.dep_ == "cc" and tok.head.i < c.i < tok.i for c in tok.head.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    first = subject.left_edge.i if subject.i < tok.i else tok.i
    return bool(first > 0 and tok.doc[first - 1].text == ",")


def _run_on(doc: Doc, cue: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """Extend a cue's clause over what the parser hung on the cue beside it but goes on
    with it: a second clause after a comma ("said the inquiry had nothing to do with the
    department, had started after her tenure ...") or a clause of its own joined by "and"
    ("said Gingrich is a close friend and it's his business what ..."); not a new act of
    speech ("and she added ...")."""
    start, end = span
    for c in cue.rights:
        if c.i <= clause.i:
            continue
        if c.dep_ in ("punct", "cc") or c.is_space:
            continue
        own_clause = c.dep_ == "ccomp" or (
            c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and (not _is_cue(c, direct=False) or _opens_with_that(c))
            and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
        )
        between = doc[doc.char_span(start, end, alignment_mode="expand").end : c.left_edge.i]
        if not own_clause or any(not (t.is_punct or t.dep_ == "cc" or t.is_space) for t in between):
            break
        more = _content_span(doc, c)
        if more is None:
            break
        end = more[1]
    return start, end


def _opens_with_that(tok: Token) -> bool:
    """Whether a clause opens with "that" or "whether" ("said ..., but that he would not
    support ...": still what was said, whatever its verb)."""
    return any(x.dep_ == "mark" and x.lower_ in ("that", "whether") for x in tok.children)


def _before_cue(doc: Doc, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """End reported words before a cue the parser joined to them: in "said the talks had
    failed and warned that troops would stay" the warning is the minister's second act of
    speech (with words of its own), not what the talks did."""
    for c in clause.children:
        if (
            c.dep_ == "conj"
            and c.i > clause.i
            and _is_cue(c, direct=False)
            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            and any(x.dep_ in ("ccomp", "xcomp") and x.i > c.i for x in c.children)
        ):
            stop = c.left_edge.i
            while stop > clause.left_edge.i and (
                doc[stop - 1].dep_ == "cc" or doc[stop - 1].is_punct
            ):
                stop -= 1
            if stop <= clause.left_edge.i:
                return span
            last = doc[stop - 1]
            return span[0], min(span[1], last.idx + len(last.text))
    return span


def _according_side(doc: Doc, clause: Token, according: Token) -> tuple[int, int] | None:
    """The words "according to X" attributes: its clause without it, and when the phrase
    stands inside the clause, only the side that holds the clause's verb ("the plan would
    raise $1 trillion, according to the center - half a point of ..." ends at the phrase;
    "while most were marked confidential, according to an official, two were upgraded"
    starts after it)."""
    if _closes_sentence(according):
        clause = _first_of_chain(clause)
    span = _content_span(doc, clause, drop=[according])
    if span is None:
        return None
    phrase = doc[according.left_edge.i : according.right_edge.i + 1]
    start, end = span
    if start < phrase.start_char and phrase.end_char < end:
        if clause.i < according.i:
            return _trim(doc, doc.char_span(start, end, "expand").start, according.left_edge.i - 1)
        return _trim(doc, according.right_edge.i + 1, doc.char_span(start, end, "expand").end - 1)
    return span


def _closes_sentence(phrase: Token) -> bool:
    """Whether a phrase ends its sentence after a comma (", according to FEC records.")."""
    doc = phrase.doc
    lo, hi = phrase.left_edge.i, phrase.right_edge.i
    before = doc[lo - 1] if lo > 0 else None
    after = doc[hi + 1 : phrase.sent.end]
    return (
        before is not None and before.text == "," and all(t.is_punct or t.is_space for t in after)
    )


_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def _first_of_chain(clause: Token) -> Token:
    """The first clause of those joined to ``clause`` ("A, and B", "A, while B"): what a
    sentence-final "according to X" attributes, all of it (PolNeAR marks "the team is led by
    ... and includes ..., according to sources" whole)."""
    while _joined(clause):
        clause = clause.head
    return clause


def _joined(clause: Token) -> bool:
    """Whether a clause is joined to the one before it by "and" or a contrast ("while")."""
    if clause.dep_ == "conj":
        return bool(clause.head.pos_ in ("VERB", "AUX"))
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in clause.children
    )


def _parts_around(doc: Doc, head: Token, cue: Token) -> list[tuple[int, int]]:
    """Return the words of ``head``'s phrase before and after an inserted cue ("Many of
    the closures, he said, have involved ..."), one part on each side."""
    gap = {t.i for t in cue.subtree}
    last = cue.i if cue.dep_ == "conj" else _right_edge(head)
    idx = [t.i for t in head.subtree if t.i not in gap and t.i <= last]
    parts = []
    for side in ([i for i in idx if i < cue.i], [i for i in idx if i > cue.i]):
        span = _trim(doc, min(side), max(side)) if side else None
        if span is not None:
            parts.append(span)
    return parts


def _content_span(
    doc: Doc, head: Token, drop: Iterable[Token] = (), rest: Token | None = None
) -> tuple[int, int] | None:
    """Return the characters of ``head``'s subtree, without ``drop`` subtrees or edge
    punctuation; with ``rest``, a word ``head`` is the object of, also what follows it in
    ``rest``'s clause (:func:`_rest`)."""
    skip: set[int] = set()
    for d in drop:
        skip.update(t.i for t in d.subtree)
    last = _right_edge(head)
    idx = [t.i for t in head.subtree if t.i not in skip and t.i <= last]
    if not idx:
        return None
    return _trim(doc, min(idx), _rest(rest, max(idx)) if rest is not None else max(idx))


_MEDIUM = frozenset(
    {
        "statement", "letter", "message", "tweet", "post", "video", "speech", "interview",
        "release", "note", "email", "memo", "op-ed", "column", "remark", "comment",
        "diatribe", "tirade", "ruling", "filing", "editorial", "essay", "blog", "podcast",
        "broadcast", "appearance", "address", "book", "memoir", "article",
    }
)  # fmt: skip
"""What words come in, not who says them: "a statement saying ..." is its issuer's."""
_ADDRESSEE_VERBS = frozenset(
    {"tell", "ask", "inform", "remind", "assure", "reassure", "urge", "warn", "brief"}
)
"""Verbs whose object is who was spoken to ("told reporters"), not what was said."""
_CONTENT_OBJECTS = frozenset({"dobj", "xcomp", "oprd"})


def _object_content(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """The words an act of speech takes as its object: "denied the allegations", "vowed to
    retaliate", "urged Delhi to show restraint", "called the plan a provocation", "called
    for talks"."""
    lemma = tok.lemma_.lower()
    cue = cue_lemmas()[lemma]
    objects = [c for c in tok.rights if c.dep_ in _CONTENT_OBJECTS] if cue.objects else []
    if lemma in _ADDRESSEE_VERBS and not any(c.dep_ == "xcomp" for c in objects):
        objects = []  # "told reporters": the addressee alone is no content
    preps = [
        c
        for c in tok.rights
        if c.dep_ == "prep"
        and c.lower_ in cue.preps
        # "called on Monday": a day is no addressee
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children if g.dep_ == "pobj")
    ]
    if preps and not objects:
        parts = [c for p in preps[:1] for c in p.children if c.dep_ in ("pobj", "pcomp")]
    else:
        parts = objects
    if not parts:
        # "called for the United States to step up ...": the parser makes "for" the mark
        # of a clause; what follows it is the content
        marked = next(
            (
                c
                for c in tok.rights
                if c.dep_ == "advcl"
                and c.left_edge.dep_ == "mark"
                and c.left_edge.lower_ in cue.preps
            ),
            None,
        )
        if marked is None:
            return None
        return _trim(doc, marked.left_edge.i + 1, _rest(tok, _right_edge(marked)))
    if len(parts) == 1 and parts[0].dep_ == "dobj" and parts[0].pos_ == "PRON":
        return None  # "denied it": the content is elsewhere
    if parts is objects:  # "thanked his supporters for ...", "defended Trump as a candidate"
        last = max(c.i for c in parts)
        parts = parts + [
            c
            for c in tok.rights
            if c.i > last
            and (
                (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS)
                or (c.dep_ in ("advcl", "xcomp") and c.left_edge.lower_ == "to")
                or _more_infinitives(tok, parts, c)
            )
        ]
    lo = min(c.left_edge.i for c in parts)
    hi = max(_right_edge(c) for c in parts)
    return _trim(doc, lo, _rest(tok, hi))


def _more_infinitives(tok: Token, parts: list[Token], c: Token) -> bool:
    """Whether a bare verb the parser joined to a cue goes on the cue's infinitive:
    "vowed to triple the program, grow the corps and create a reserve" ("grow" cannot be
    a second act of the speaker's: "vowed" is past, "grow" is bare)."""
    return (
        c.dep_ == "conj"
        and c.tag_ == "VB"
        and tok.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and any(x.dep_ == "xcomp" and x.tag_ == "VB" for x in parts)
        and not any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for x in c.children)
    )


def _rest(tok: Token, hi: int) -> int:
    """Return the last token of what follows an act's object in its clause, up to a
    comma: "announced a concert in support of Sanders", "called on Clinton to release the
    transcripts", "referred to the US as the Great Satan"."""
    for c in tok.rights:
        if c.i <= hi:
            continue
        if c.dep_ in ("punct", "cc", "conj") or c.is_space:
            break
        if _cut(c, tok) or _when(c) or _aside(c):
            break
        hi = max(hi, _right_edge(c))
    return hi


_ASIDE_MARKS = frozenset(
    {"as", "though", "although", "before", "after", "while", "whereas", "until", "since"}
)
_ASIDE_PREPS = frozenset({"with", "through", "despite", "during", "amid", "after", "before"})


def _aside(tok: Token) -> bool:
    """Whether a modifier after an act's object tells the circumstances of the act ("as
    Congress grappled with ...", "before floating the idea ...", "with a speech that ..."),
    not more of what was said."""
    if tok.dep_ == "prep":
        return tok.lower_ in _ASIDE_PREPS
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS for c in tok.children) or (
            tok.tag_ == "VBG" and tok.left_edge.lower_ in _ASIDE_MARKS
        )
    return False


_OCCASIONS = (
    frozenset(
        {"rally", "conference", "briefing", "event", "meeting", "hearing", "summit", "fundraiser"}
    )
    | _MEDIUM
)
"""Where words are spoken: "at a rally", "in an interview", "on Twitter" are the act's."""


def _when(tok: Token) -> bool:
    """Whether a modifier says when or where the act happened ("on Thursday", "last week",
    "at a rally", "in an interview", "in Moscow"): the act's, not part of its content."""
    if tok.dep_ == "prep":
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None:
            return False
        if obj.lemma_.lower() in _OCCASIONS or obj.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        tok = obj
    return tok.ent_type_ in ("DATE", "TIME")


_OBJECT_PREPS = frozenset({"for", "as", "of", "over", "about", "against"})
_CUT_AFTER_COMMA = frozenset({"relcl", "appos", "acl", "advcl"})


def _right_edge(tok: Token, top: Token | None = None) -> int:
    """Return the last token of ``tok``'s phrase, leaving out what reports something else:
    a clause after a comma (", which an inquiry said ...", ", but for Republicans ...") or
    a second cue verb of the speaker's ("said he would offer a prayer but did not suggest
    ...": "did" goes with "said", not with "would offer")."""
    top = top if top is not None else tok
    end = tok.i
    for c in tok.rights:
        if _cut(c, top):
            break
        end = max(end, _right_edge(c, top))
    doc = tok.doc
    while end > tok.i and (doc[end].dep_ in ("cc", "punct") or doc[end].is_space):
        end -= 1
    return int(end)


def _reports_own(c: Token) -> bool:
    """Whether a trailing clause is a new act of speech with its own reported words ("will
    not be prosecuted after prosecutors determined there was not enough evidence")."""
    return (
        c.dep_ == "advcl"
        and c.lemma_.lower() in cue_lemmas()
        and any(m.dep_ == "mark" for m in c.children)
        and any(x.dep_ == "ccomp" and x.i > c.i for x in c.children)
    )


def _cut(c: Token, top: Token) -> bool:
    doc = c.doc
    before = doc[c.left_edge.i - 1].text if c.left_edge.i > 0 else ""
    if c.dep_ in _CUT_AFTER_COMMA and before in (",", "\u2014", "\u2013", "("):
        if c.dep_ == "appos" and any(x.dep_ == "conj" for x in c.children):
            return False  # "his parents, his siblings, his wife and his children": a list
        if c.dep_ == "advcl" and before == ",":
            # ", because ...", ", leaving ..." go on; ", calling ..." is a new act of speech
            return c.lemma_.lower() in cue_lemmas() or any(
                m.dep_ == "mark" and m.lower_ in ("as", "while", "whereas") for m in c.children
            )
        return not (c.dep_ == "appos" and before == "(")  # "(R-AZ)" stays
    if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX"):
        return False
    cc = next((x for x in c.head.children if x.dep_ == "cc" and x.i < c.i), None)
    before_cue = top.dep_ == "ccomp" and top.i < top.head.i  # "..., but ..., she said"
    if (
        cc is not None
        and not before_cue
        and cc.lower_ in ("but", "while", "though", "yet")
        and cc.i > 0
        and doc[cc.i - 1].text == ","
        and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
        and not _opens_with_that(c)
    ):
        return True  # "the mails were personal, but for Republicans it is ...": the writer's
    if any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children) or not _is_cue(c, direct=False):
        return False
    cue = top.head if top.dep_ in ("ccomp", "dobj", "xcomp") else None
    return cue is not None and _form(c) == _form(cue) != _form(top)


def _form(tok: Token) -> str:
    """The tense a verb shows, through its first auxiliary ("did not suggest": VBD)."""
    aux = [x for x in tok.children if x.dep_ in ("aux", "auxpass") and x.i < tok.i]
    return str(aux[0].tag_ if aux else tok.tag_)


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    while lo <= hi and (doc[lo].is_punct or doc[lo].is_space) and not _is_mark(doc[lo].text, True):
        lo += 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space) and not _is_mark(doc[hi].text, False):
        hi -= 1
    if hi < lo:
        return None
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    text = doc_text(doc)
    inner = text[start:end]
    if inner.count("“") > inner.count("”") or inner.count('"') % 2 == 1:
        # a quoted stretch that ends the content: take its closing mark (",”" included)
        m = re.match(r"[,.;:!?]?[”\"]", text[end : end + 2])
        if m:
            end += m.end()
    return start, end


def _is_mark(text: str, opening: bool) -> bool:
    return text in (_OPENING if opening else _CLOSING) or text in ('"', "''", "``")


_CLAIMS = frozenset(
    {
        "claim", "assertion", "statement", "warning", "suggestion", "complaint", "accusation",
        "allegation", "promise", "pledge", "argument", "belief", "view", "insistence",
        "admission", "prediction", "threat", "denial", "announcement", "assurance", "charge",
    }
)  # fmt: skip
"""Nouns whose "that" clause is what someone said: "Beijing's claim that ..."."""


def _claim(doc: Doc, tok: Token) -> _Raw | None:
    """Return what a claim noun reports: "Beijing's claim that the valley is Chinese", "the
    ministry issued a warning that ...": the that-clause is the words, the owner (or the
    issuer) the speaker."""
    clause = next(
        (
            c
            for c in tok.rights
            if c.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    span = _content_span(doc, clause)
    if span is None:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None and tok.dep_ == "dobj":
        owner = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return _Raw("indirect", [span], tok, owner)


def _indirect(doc: Doc, skip: set[int]) -> list[_Raw]:
    out: list[_Raw] = []
    for tok in doc_tokens(doc):
        if tok.i in skip:
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _CLAIMS:
            claim = _claim(doc, tok)
            if claim is not None:
                out.append(claim)
            continue
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == "to")
            agent = next((c for c in to.children if c.dep_ == "pobj"), None)
            clause = tok.head if tok.head.i != tok.i else None
            if agent is None or clause is None:
                continue
            span = _according_side(doc, clause, tok)
            if span:
                out.append(_Raw("indirect", [span], tok, agent, (tok.idx, to.idx + len(to.text))))
            continue
        expected = _expected(doc, tok)
        if expected is not None:
            out.append(expected)
            continue
        if not _is_cue(tok, direct=False) or _not_speech(tok):
            continue
        comps = [c for c in tok.children if c.dep_ == "ccomp"]
        if not comps and tok.lemma_.lower() in _ASKING:
            # "Asked if he was ever bullied, ...": the parser hangs the question as an
            # adverbial clause
            comps = [
                c
                for c in tok.rights
                if c.dep_ == "advcl" and any(m.lower_ in ("if", "whether") for m in c.lefts)
            ]
        answer = _answer(tok)
        if not comps and answer is not None:
            out.append(_Raw("indirect", [answer], tok, _subject(tok)))
            continue
        if len(comps) > 1 and comps[0].i < tok.i < comps[-1].i:
            comps = [c for c in comps if c.i > tok.i]  # "..., no one knows what ..."
        if not comps and _is_cue(tok, direct=False) and (tok.dep_ == "parataxis" or _trails(tok)):
            # "Many of the closures, he said, have involved ...": the words around the cue
            speaker = _subject(tok)
            parts = _parts_around(doc, tok.head, tok) if speaker is not None else []
            if parts:
                out.append(_Raw("indirect", parts, tok, speaker))
            continue
        if not comps:
            comps = _misparsed_clause(tok)
        span = (
            _content_span(doc, comps[0], drop=_said_when(tok, comps[0]))
            if comps
            else _object_content(doc, tok)
        )
        if span is not None and comps and comps[0].i > tok.i:
            span = _run_on(doc, tok, comps[0], span)
            span = _before_cue(doc, comps[0], span)
        if span is None:
            continue
        out.append(_Raw("indirect", [span], tok, _joined_speaker(tok) or _subject(tok)))
    return out


def _said_when(cue: Token, clause: Token) -> list[Token]:
    """The phrases between a cue and the subject of its clause, with no "that" to tell them
    apart, which the parser hung on the clause but which say when or where the words were
    said: "said on Monday he would not accept", "said after the convention he would ..."."""
    if clause.i < cue.i or any(c.dep_ == "mark" for c in clause.children):
        return []
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    lead = [c for c in clause.children if c.i < subject.left_edge.i]
    if not lead or min(c.left_edge.i for c in lead) != cue.i + 1:
        return []
    if all(c.dep_ in ("prep", "npadvmod") for c in lead):
        return lead
    return []


def _misparsed_clause(cue: Token) -> list[Token]:
    """A reported clause the parser took for an adverbial one because a phrase about the
    saying stands before it ("said after the convention he would not accept ...")."""
    if cue.lemma_.lower() not in ("say", "tell"):
        return []
    for c in cue.rights:
        if (
            c.dep_ == "advcl"
            and not any(x.dep_ == "mark" for x in c.children)
            and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            and c.left_edge.dep_ == "prep"
            and c.left_edge.head.i == c.i
        ):
            return [c]
    return []


def _joined_speaker(tok: Token) -> Token | None:
    """The speaker of a cue the parser joined to the words of an earlier one ("the
    minister said the talks had failed and warned that ..."): that cue's subject."""
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or not _is_cue(clause.head, direct=False):
        return None
    return _subject(clause.head)


_ASKING = frozenset({"ask", "wonder", "question", "inquire"})
_ANSWERS = frozenset({"yes", "no", "so"})


def _answer(tok: Token) -> tuple[int, int] | None:
    """A one-word answer as what was said: "said yes", "said no", "half said so"."""
    if tok.lemma_.lower() not in ("say", "answer", "reply"):
        return None
    word = next(
        (c for c in tok.rights if c.lower_ in _ANSWERS and c.dep_ in ("intj", "dobj", "advmod")),
        None,
    )
    if word is None or word.i != tok.i + 1 or any(c.dep_ == "prep" for c in word.children):
        return None  # "said no to the deal" is the deal's
    return word.idx, word.idx + len(word.text)


LEARNED_MIN_CUES = 2
"""How often a (word, frame) must carry an attribution in PolNeAR train to be used."""
LEARNED_MIN_SHARE = 0.4
"""And the least share of its uses there that carry one (see ``learned_cues.tsv``)."""


@functools.cache
def learned_counts() -> dict[str, tuple[int, int]]:
    """Return (seen, cues) per :func:`frame_key` of every row of ``learned_cues.tsv``."""
    rows = read_tsv(
        "quotes", "learned_cues.tsv", required=("lemma", "pos", "frame", "seen", "cues")
    )
    return {
        frame_key(r["lemma"], r["pos"], r["frame"]): (int(r["seen"]), int(r["cues"])) for r in rows
    }


@functools.cache
def learned_word_counts() -> dict[str, tuple[int, int]]:
    """Return (seen, cues) per word (lemma and part of speech, over all its frames) of
    ``learned_words.tsv``."""
    rows = read_tsv("quotes", "learned_words.tsv", required=("lemma", "pos", "seen", "cues"))
    return {f"{r['lemma']}|{r['pos']}": (int(r["seen"]), int(r["cues"])) for r in rows}


@functools.cache
def learned_cues() -> dict[str, float]:
    """Return the (lemma, part of speech, frame) keys, as written by :func:`frame_key`, that
    carry reported words often enough in ``data/quotes/learned_cues.tsv``, with the share
    of their uses there that do."""
    return {
        key: cues / seen
        for key, (seen, cues) in learned_counts().items()
        if cues >= LEARNED_MIN_CUES and cues >= LEARNED_MIN_SHARE * seen
    }


def frame_key(lemma: str, pos: str, frame: str) -> str:
    return f"{lemma}|{pos}|{frame}"


_FRAME_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})


def frames(
    tok: Token,
    wanted: Callable[[str], bool] | None = None,
) -> list[tuple[str, tuple[int, int]]]:
    """Return each way a word could govern reported words, with their characters: its
    clause ("ccomp", "xcomp"), its object ("dobj": "mocked the ambitions of ..."), the
    object of one of its prepositions ("prep:for": "reserved his passion for the cause"),
    or, passive, its subject ("pass": "the plan was panned by critics"). Only frames whose
    name ``wanted`` accepts are spelled out."""
    if tok.pos_ not in _FRAME_POS:
        return []
    doc = tok.doc
    out = []
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    for child in tok.children:
        dep = child.dep_
        if dep in ("ccomp", "xcomp") or (dep == "dobj" and child.pos_ != "PRON"):
            head, name = child, dep
        elif dep == "nsubjpass" and passive and child.pos_ != "PRON":
            head, name = child, "pass"
        elif dep == "prep" and child.i > tok.i:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is None or obj.pos_ == "PRON":
                continue
            head, name = obj, f"prep:{child.lower_}"
        else:
            continue
        rest = name == "dobj" or name.startswith("prep:")
        span = (
            _content_span(doc, head, rest=tok if rest else None)
            if wanted is None or wanted(name)
            else None
        )
        if span is not None:
            out.append((name, span))
    return out


def learnable(
    doc: Doc, raws: list[_Raw], inside: set[int], table: Container[str] | None = None
) -> list[tuple[Token, str, tuple[int, int]]]:
    """Return the words the curated rules left alone that could govern reported words:
    each with the :func:`frame_key` of each of its :func:`frames` and the characters it
    would govern there. Words inside a quote already found (or inside quote marks), and
    cues already used, are left out. ``scripts/learn_cues.py`` counts these in PolNeAR
    train; :func:`find_quotes` keeps, for each word, the frame :func:`learned_cues` holds
    most often a cue. With ``table``, only frames it holds are returned."""
    used = {r.cue.i for r in raws if r.cue is not None}
    covered = [p for r in raws for p in r.parts]
    curated = cue_lemmas()
    material = material_words()
    out: list[tuple[Token, str, tuple[int, int]]] = []
    for tok in doc_tokens(doc):
        if tok.i in inside or tok.i in used or tok.pos_ not in _FRAME_POS:
            continue
        lemma = tok.lemma_.lower()
        if (lemma, tok.pos_) in material or tok.dep_ in ("amod", "compound"):
            continue  # "attacked a checkpoint" reports a deed (PolNeAR's "attacked Cruz" aside)
        if any(a <= tok.idx < b for a, b in covered):
            continue  # (before its frames, which are costly to spell out)
        keys = functools.partial(frame_key, lemma, tok.pos_)
        found = frames(tok, _in(keys, table) if table is not None else None)
        if not found or _asked(tok):
            continue
        if lemma in curated and _not_speech(tok):
            continue  # the curated rules' "was said to be", "the said agreement"
        out.extend((tok, keys(name), span) for name, span in found)
    return out


def _in(keys: Callable[[str], str], table: Container[str]) -> Callable[[str], bool]:
    return lambda name: keys(name) in table


def _named_stance(tok: Token, cue: Token | None) -> bool:
    """Whether a one-word content is a name an act of stance takes ("endorsed Trump",
    "backed Sanders"): who is endorsed is what the attribution holds."""
    if cue is None or tok.pos_ != "PROPN" or tok.head.i != cue.i:
        return False
    found = cue_lemmas().get(cue.lemma_.lower())
    return found is not None and found.kind == "act"


@functools.cache
def material_words() -> frozenset[tuple[str, str]]:
    """Return the (lemma, part of speech) the event lexicon codes, with no object named, as
    a deed (CAMEO 06-08, 14-20: "attack", "arrest"): what they govern is no one's words."""
    rows = read_tsv("lexicon", "events.tsv", required=("trigger", "pos", "object", "cameo"))
    material = ("06", "07", "08", "14", "15", "16", "17", "18", "19", "20")
    return frozenset(
        (r["trigger"], r["pos"]) for r in rows if not r["object"] and r["cameo"][:2] in material
    )


_NAMING = frozenset({"call", "name", "dub", "title", "nickname", "label"})


def _not_speech(tok: Token) -> bool:
    """Say whether a cue word is no cue here: "was said to be", "the said agreement", a
    question ("Will Washington say ...?")."""
    if tok.dep_ in ("amod", "compound") or (
        tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children)
    ):
        return True
    if (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.lemma_.lower() in _NAMING
        and not (tok.i + 1 < len(tok.doc) and _MARKS.match(tok.doc[tok.i + 1].text))
    ):
        return True  # "a group called Citizens for Trump": a name, not words said
    return _asked(tok)


def _asked(tok: Token) -> bool:
    """Whether a word heads a question ("Will Washington say ...?")."""
    if tok.dep_ != "ROOT":
        return False
    sent = tok.sent  # costly in spaCy: only for the few cues that head their sentence
    if doc_text(tok.doc)[sent.start_char : sent.end_char].rstrip().endswith("?"):
        # the first word: a blanked dateline before it is space ("BERLIN (Wire) - Will ...?")
        first = next((t.i for t in sent if not t.is_space), sent.start)
        return any(
            c.dep_ in ("aux", "auxpass") and c.i < tok.i and c.i == first for c in tok.children
        )
    return False


def _continues(
    text: str, last: _Raw | None, c: _Direct, doc: Doc | None = None, toks: _Tokens | None = None
) -> bool:
    """Say whether quote ``c`` goes on with the quote before it, across its cue:
    "“...,” Singh said, “and the nation ...”". After a full stop ("“...,” he said.
    “...”") the next quote is a quote of its own by the same speaker, as PolNeAR marks it
    (the join cost 0.003 of F1 on dev and on each of two stretches of train)."""
    if last is None or last.kind != "direct" or last.cue is None or len(c.parts) > 1:
        return False
    end = last.parts[-1][1]
    gap = text[end : c.start]
    if doc is not None and toks is not None:
        between = doc[toks.after(end) : toks.after(c.start)]
        if any(t.i != last.cue.i and _is_cue(t, direct=True) for t in between):
            return False  # "..., Graham said, adding, “...”": a second act of speech
    return (
        "\n" not in gap
        and end <= last.cue.idx < c.start
        and gap.rstrip()[-1:] in (",", ":")
        and _words(text, end, c.start) <= CUE_WINDOW
    )


_HEADLINE = re.compile(r"([A-Z][^:\n]{0,60}?):\s+(\S[^\n]{10,})")


def _headline(
    doc: Doc, toks: _Tokens, para: tuple[int, int] | None, inside: set[int]
) -> _Raw | None:
    """A headline in the "Lavrov: Russia ready to mediate" form: the name before the
    colon said what follows it."""
    if para is None:
        return None
    m = _HEADLINE.fullmatch(doc_text(doc), para[0], para[1])
    if m is None or len(m.group(1).split()) > 6 or len(m.group(2).split()) > 30:
        return None
    lo, hi = toks.after(m.start(1)), toks.after(m.end(1))
    words = [t for t in doc[lo:hi] if not t.is_punct]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words) or lo in inside:
        return None
    if " ".join(t.lower_ for t in words) in kickers():
        return None  # "BREAKING: ...", "The Latest: ...": a label, not a speaker
    colon = toks.after(m.end(1))
    speaker = words[-1] if words[-1].pos_ in ("PROPN", "NOUN") else None
    start, end = m.start(2), m.end(2)
    first = doc_text(doc)[start]
    kind = "direct" if first in _OPENING or first == '"' else "indirect"
    return _Raw(kind, [(start, end)], doc[colon], speaker, (m.end(1), m.end(1) + 1))


@functools.cache
def kickers() -> frozenset[str]:
    """Return the headline labels of ``kickers.tsv`` ("breaking", "the latest")."""
    return frozenset(r["kicker"] for r in read_tsv("quotes", "kickers.tsv", required=("kicker",)))


MIN_QUOTE_WORDS = 4
"""A quoted stretch shorter than this ("con artist", "uncommitted") is a fragment."""


def _fragment(text: str, c: _Direct, *, said: bool) -> bool:
    """Say whether a quoted stretch is a few words inside a sentence, not an utterance:
    it is short, or it starts in lower case ("“has to build on that progress”")."""
    if len(c.parts) > 1 or c.runs_on:
        return False
    s, e = c.parts[0]
    first = _WORD.search(text, s, e)
    if first is None:
        return True
    if said and text[s:e].rstrip("”\"' ").endswith((".", "?", "!", "…")):
        return False  # a short utterance a speech verb introduces: 'yelled, “Stay there!”'
    if _words(text, s, e) < MIN_QUOTE_WORDS:
        return True
    if first.group(0)[0].islower():
        # "says “it's interesting that ...”": a whole sentence quoted is an utterance
        inner = text[s:e].rstrip("”\"' ")
        return not (said and inner.endswith((".", "?", "!", "…")))
    # a title: "Guardians of the Galaxy", "State of the Union", "Make America Great Again"
    long_words = [w for w in _WORD.findall(text, s, e) if len(w) > 3]
    return len(long_words) <= 8 and all(w[0].isupper() for w in long_words)


def _around(doc: Doc, toks: _Tokens, c: _Direct, inside: set[int]) -> _Raw | None:
    """Return the reported words a quoted fragment sits in: the phrase under the nearest cue
    verb above it ("called Trump “unhinged”" -> "Trump “unhinged”")."""
    s, e = c.parts[0]
    lo, hi = toks.after(s), toks.after(e)
    words = [doc[k] for k in range(lo, hi) if not (doc[k].is_punct or doc[k].is_space)]
    if not words:
        return None
    tok = words[0]  # not the opening mark, which the parser may hang on the verb
    while tok.head.i != tok.i and lo <= tok.head.i < hi:
        tok = tok.head
    child = tok
    for _ in range(6):
        up = child.head
        if up.i == child.i:
            return None
        if up.i not in inside and _is_cue(up, direct=False) and not _not_speech(up):
            if child.dep_ in ("nsubj", "nsubjpass", "advmod", "npadvmod"):
                return None
            lo = child.left_edge.i
            obj = next((o for o in up.children if o.dep_ == "dobj" and o.i < child.i), None)
            if child.dep_ == "oprd" and obj is not None:
                lo = obj.left_edge.i  # "called her “the first lady of ...”": both are content
            span = _trim(doc, lo, child.right_edge.i)
            if span is None:
                return None
            return _Raw("indirect", [span], up, _subject(up))
        child = up
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def learned_speaker(tok: Token) -> Token | None:
    """Who speaks through a learned cue: a noun's owner ("Trump's criticism of"), else
    the word's subject."""
    if tok.pos_ == "NOUN":
        return next((c for c in tok.children if c.dep_ == "poss"), None)
    return _subject(tok)


def _learned(
    doc: Doc, raws: list[_Raw], inside: set[int]
) -> dict[int, tuple[float, Token, tuple[int, int]]]:
    """Return, per word the curated rules left alone, its best learned frame: scored by
    :func:`cue_model <flashpoint.layers.cue_model.cue_model>` when the package has one and
    the parse has its vectors, else by the share :func:`learned_cues` gives the frame."""
    best: dict[int, tuple[float, Token, tuple[int, int]]] = {}
    model = cue_model()
    if model is not None and has_vectors(doc):
        counts = learned_counts()
        words = learned_word_counts()
        found = learnable(doc, raws, inside)
        if not found:
            return best
        cued = cued_sentences(raws)
        rows = np.stack(
            [
                np.concatenate(
                    [
                        table_features(counts.get(key, (0, 0)), words.get(word_key(key), (0, 0))),
                        candidate_vector(tok, key, span, cued),
                    ]
                )
                for tok, key, span in found
            ]
        )
        for (tok, _, span), p in zip(found, model.score(rows), strict=True):
            if p >= model.threshold and p > best.get(tok.i, (0.0,))[0]:
                best[tok.i] = (float(p), tok, span)
        return best
    table = learned_cues()
    for tok, key, span in learnable(doc, raws, inside, table):
        share = table.get(key)
        if share is not None and share > best.get(tok.i, (0.0,))[0]:
            best[tok.i] = (share, tok, span)
    return best


def find_quotes(doc: Doc, spans: list[Any], *, article_id: str = "") -> list[Quote]:
    """Return the quotes in a parsed ``doc``; ``spans`` are its actors (``ActorSpan``)."""
    return _finish(doc, _raws(doc), spans, article_id)


def _raws(doc: Doc) -> list[_Raw]:
    """Return every quote the rules and the learned cues find, in text order."""
    raws, inside = _curated(doc)
    best = _learned(doc, raws, inside)
    for _, tok, span in best.values():
        raws.append(_Raw("indirect", [span], tok, learned_speaker(tok)))
    raws.sort(key=lambda r: r.parts[0][0])
    # page markup left in crawled text ('<tweet author="..." datetime="...">') is no quote
    text = doc_text(doc)
    raws = [
        r for r in raws if not any(_MARKUP.search(text, max(a - 1, 0), b + 1) for a, b in r.parts)
    ]
    # a part that is only quote marks or punctuation (a stray closing "''") says nothing
    for r in raws:
        r.parts[:] = [(a, b) for a, b in r.parts if _WORD.search(text, a, b)]
    return _outermost([r for r in raws if r.parts])


def _within(r: _Raw, other: _Raw) -> bool:
    """Whether ``r``'s cue is inside ``other``'s words."""
    return r.cue is not None and any(a <= r.cue.idx < b for a, b in other.parts)


def _outermost(raws: list[_Raw]) -> list[_Raw]:
    """Drop an indirect quote whose cue is inside the words of another indirect quote
    ("bet that the party does not want voters thinking about the war": the wanting is
    part of what was bet).
    PolNeAR marks the outer one alone: in train, 19 of 188 such inner quotes match."""
    indirect = [r for r in raws if r.kind == "indirect"]
    return [
        r
        for r in raws
        if r.kind != "indirect"
        or not any(o is not r and _within(r, o) and not _within(o, r) for o in indirect)
    ]


def cued_sentences(raws: list[_Raw]) -> frozenset[int]:
    """Return the first tokens of the sentences where a curated cue reports words."""
    return frozenset(r.cue.sent.start for r in raws if r.cue is not None)


@functools.cache
def _curated_lemmas() -> frozenset[str]:
    return frozenset(cue_lemmas())


def candidate_vector(
    tok: Token, key: str, span: tuple[int, int], cued: frozenset[int]
) -> np.ndarray:
    """The parse part of a learnable frame's features, as the scorer reads them: its frame
    (:func:`frame_vector <flashpoint.layers.cue_model.frame_vector>`) and its sentence
    (:func:`context_vector <flashpoint.layers.cue_model.context_vector>`)."""
    return np.concatenate(
        [
            frame_vector(tok, key, span, learned_speaker(tok)),
            context_vector(tok, span, cued, _curated_lemmas()),
        ]
    )


def learning_examples(doc: Doc) -> list[tuple[Token, str, tuple[int, int], np.ndarray]]:
    """Return :func:`learnable` for a parsed ``doc``, each with its
    :func:`candidate_vector`: what ``scripts/learn_cues.py`` counts and learns from."""
    raws, inside = _curated(doc)
    cued = cued_sentences(raws)
    return [
        (tok, key, span, candidate_vector(tok, key, span, cued))
        for tok, key, span in learnable(doc, raws, inside)
    ]


def _curated(doc: Doc) -> tuple[list[_Raw], set[int]]:
    """Return the quotes the curated cues and the quote marks find, and the tokens inside
    quote marks."""
    text = doc_text(doc)
    toks = _Tokens(doc)
    candidates = _direct_candidates(text)
    inside: set[int] = set()
    for c in candidates:
        for s, e in c.parts:
            inside.update(range(toks.after(s), toks.after(e)))
    paragraphs = _paragraphs(text)
    para_starts = [lo for lo, _ in paragraphs]

    def paragraph_of(char: int) -> tuple[int, int]:
        k = max(0, bisect.bisect_right(para_starts, char) - 1)
        return paragraphs[k] if paragraphs else (0, len(text))

    # Reported words hang on a cue outside quote marks. When they hold words of their own
    # beside a quoted stretch ("said the person would “not get beat up” at his rally") the
    # quoted stretch is part of them; when they are only the quote ("he said: “...”") the
    # quote is the direct quote and the cue is its cue.
    indirect: list[_Raw] = []
    cue_of: dict[int, Token] = {}
    for r in _indirect(doc, inside):
        s, e = r.parts[0][0], r.parts[-1][1]
        own = [
            i
            for a, b in r.parts
            for i in range(toks.after(a), toks.after(b))
            if i not in inside and not doc[i].is_punct
        ]
        if len(own) >= 2 or (
            len(own) == 1 and (_named_stance(doc[own[0]], r.cue) or doc[own[0]].lower_ in _ANSWERS)
        ):
            indirect.append(r)
        elif r.cue is not None:
            for c in candidates:
                if _overlap((s, e), (c.start, c.end)):
                    cue_of.setdefault(id(c), r.cue)
    # words reported inside someone's reported words are theirs, not a quote of their own
    indirect = [
        r
        for r in indirect
        if r.cue is None
        or not any(q is not r and q.parts[0][0] <= r.cue.idx < q.parts[0][1] for q in indirect)
    ]
    swallowed = {
        id(c)
        for c in candidates
        if any(r.parts[0][0] <= c.start and c.end <= r.parts[0][1] for r in indirect)
    }
    raws: list[_Raw] = []
    last: _Raw | None = None
    for c in candidates:
        if id(c) in swallowed:
            continue
        if _continues(text, last, c, doc, toks):
            last.parts.extend(c.parts)  # type: ignore[union-attr]
            continue
        i = toks.after(c.start) - 1
        while i > 0 and doc[i].is_space:
            i -= 1
        # "had one message: “Dump Trump.”", "shot back: “That would be good.”": what a
        # colon introduces is said (PolNeAR marks 286 of the 313 in its train split)
        colon = i >= 0 and doc[i].text == ":"
        while i > 0 and (doc[i].is_space or doc[i].text in (",", ":")):
            i -= 1
        said = i >= 0 and i not in inside and _is_cue(doc[i], direct=True)
        if not colon and _fragment(text, c, said=said):
            # "called the plan “a provocation”": a few quoted words inside someone's
            # sentence belong to what the sentence reports, if it reports anything
            around = _around(doc, toks, c, inside)
            if around is not None and not any(_same(around, q) for q in indirect):
                indirect.append(around)
            continue
        lo, _ = paragraph_of(c.start)
        _, end_hi = paragraph_of(c.end - 1)
        cue = _cue_after(doc, toks, c.end, inside, end_hi)
        if cue is None:
            cue = _cue_before(doc, toks, c.start, inside, lo) or cue_of.get(id(c))
        if cue is None and not colon and _words(text, c.start, c.end) < MIN_UNCUED_WORDS:
            continue
        if cue is not None:
            speaker = _subject(cue, inside)
        elif last is not None and last.speaker is not None and _words(text, last.end, c.start) < 3:
            speaker = last.speaker  # a quote that follows a quote: the same speaker goes on
        else:
            speaker = _speaker_before(doc, toks, c.start, inside)
        raw = _Raw("direct", list(c.parts), cue, speaker)
        raws.append(raw)
        last = raw
    for k, (lo, hi) in enumerate(paragraphs[:-1]):
        block = _block_quote(doc, toks, (lo, hi), paragraphs[k + 1], inside)
        if block is not None and not any(
            _overlap(block.parts[0], p) for r in raws for p in r.parts
        ):
            raws.append(block)
    headline = _headline(doc, toks, paragraphs[0] if paragraphs else None, inside)
    if headline is not None:
        raws = [r for r in raws if r.parts[0][0] >= headline.end or r.end <= headline.parts[0][0]]
        raws.append(headline)
    direct_cues = {r.cue.i: r for r in raws if r.cue is not None}
    raws.extend(
        r
        for r in indirect
        if r.cue is None
        or r.cue.i not in direct_cues
        or (
            _that_clause(r.cue)
            and not any(_overlap(p, q) for p in r.parts for q in direct_cues[r.cue.i].parts)
        )
    )
    return raws, inside


def _block_quote(
    doc: Doc, toks: _Tokens, line: tuple[int, int], following: tuple[int, int], inside: set[int]
) -> _Raw | None:
    """A paragraph that a line ending in a cue and a colon introduces without quote marks,
    as a page's block quote loses them in crawled text ("The governor added:" and then the
    governor's words): reported words, whoever the line names as saying them."""
    text = doc_text(doc)
    head = text[line[0] : line[1]].rstrip()
    body = text[following[0] : following[1]].strip()
    if not head.endswith(":") or not body or body[0] in "\"'\u201c\u2018\u00ab<":
        return None
    i = toks.at(line[0] + len(head) - 1) - 1
    if i < 0 or doc[i].idx < line[0] or i in inside:
        return None
    cue = doc[i]
    if not _is_cue(cue, direct=True) or any(c.dep_ in ("ccomp", "dobj") for c in cue.children):
        return None
    speaker = _subject(cue, inside)
    if speaker is None:
        return None
    span = _trim(doc, toks.after(following[0]), toks.at(following[1] - 1))
    return None if span is None else _Raw("indirect", [span], cue, speaker)


def _same(a: _Raw, b: _Raw) -> bool:
    """Whether two reported stretches are one: the same words, or overlapping words on the
    same cue ("called the treaty ''a gift''" found by the object rule and by the quoted
    fragment in it)."""
    if a.parts[0] == b.parts[0]:
        return True
    return (
        a.cue is not None
        and b.cue is not None
        and a.cue.i == b.cue.i
        and any(_overlap(p, q) for p in a.parts for q in b.parts)
    )


def _expected(doc: Doc, tok: Token) -> _Raw | None:
    """What "X is expected to ..." attributes to no one named: X and what it is expected to
    do, in two parts around the cue ("The House is expected to pass the bill this week").
    PolNeAR marks 69 of the 79 uses of the phrase in its train split."""
    if tok.lemma_.lower() != "expect" or tok.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    clause = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
    if subject is None or clause is None or _asked(tok):
        return None
    parts = [_content_span(doc, subject), _content_span(doc, clause)]
    if None in parts:
        return None
    by = next((c for c in tok.children if c.dep_ == "agent"), None)
    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return _Raw("indirect", [p for p in parts if p is not None], tok, agent)


def _that_clause(cue: Token) -> bool:
    """Whether a cue governs a "that" clause of four words or more after it: words of its
    own, whatever quote beside it took it as its cue ("“...” She further announced that
    the DOJ was retaining ...")."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if clause is None or not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return False
    return sum(not t.is_punct for t in clause.subtree) >= 4


def _finish(doc: Doc, raws: list[_Raw], spans: list[Any], article_id: str) -> list[Quote]:
    text = doc_text(doc)
    actor_at: dict[int, Any] = {}
    for s in spans:
        for i in range(s.start, s.end):
            actor_at[i] = s.actor
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    groups = [e for e in doc.ents if e.label_ in ("ORG", "GPE", "NORP")]
    out: list[Quote] = []
    earlier: list[tuple[Token, tuple[int, int], tuple[int, int] | None]] = []
    for r in raws:
        speaker = None
        if r.speaker is not None:
            head = r.speaker
            lo, hi = _np_span(head)
            ref = _resolve(doc, head, earlier, people, groups)
            actor = actor_at.get(head.i)
            if actor is None and ref is not None:
                ref_tok = doc.char_span(ref[0], ref[1], alignment_mode="expand")
                if ref_tok is not None:
                    actor = next((actor_at[t.i] for t in ref_tok if t.i in actor_at), None)
            s_char, e_char = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
            speaker = Speaker(
                text=text[s_char:e_char],
                start=s_char,
                end=e_char,
                code=actor.code if actor is not None else None,
                resolved=text[ref[0] : ref[1]] if ref else None,
                resolved_start=ref[0] if ref else None,
                resolved_end=ref[1] if ref else None,
            )
            if head.lower_ not in _PRONOUNS or ref is not None:
                earlier.append((head, (s_char, e_char), ref))
        parts = tuple(sorted(r.parts))
        if r.cue_text is not None:
            cue = r.cue_text
        elif r.cue is not None:
            cue = (r.cue.idx, r.cue.idx + len(r.cue.text))
        else:
            cue = None
        out.append(
            Quote(
                id=stable_id("q_", article_id, parts),
                kind=r.kind,
                text=" … ".join(text[s:e] for s, e in parts),
                start=parts[0][0],
                end=parts[-1][1],
                parts=parts,
                cue=text[cue[0] : cue[1]] if cue else None,
                cue_start=cue[0] if cue else None,
                cue_end=cue[1] if cue else None,
                speaker=speaker,
            )
        )
    return out


def _resolve(
    doc: Doc,
    head: Token,
    earlier: list[tuple[Token, tuple[int, int], tuple[int, int] | None]],
    people: list[Any],
    groups: list[Any],
) -> tuple[int, int] | None:
    """Return the characters of the earlier mention a speaker stands for, or None.
    ``earlier`` holds the speakers before it (head, characters, what they stood for)."""
    previous = earlier[-1] if earlier else None
    low = head.lower_
    at = head.idx
    if low in ("who", "that") and head.head.dep_ == "relcl":
        lo, hi = _np_span(head.head.head)  # "Barkley, who said": Barkley
        return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    if low in _PRONOUNS:
        personal = low in _PERSONAL
        if previous is not None:
            prev_head, prev_span, prev_ref = previous
            prev_personal = _is_person(doc, prev_head, people)
            if prev_personal == personal or low in ("we", "they"):
                return prev_ref or prev_span
        pool = people if personal else groups
        before = [e for e in pool if e.end_char <= at]
        return (before[-1].start_char, before[-1].end_char) if before else None
    if head.pos_ == "PROPN":
        for e in people:
            if e.end_char <= at and len(e) > 1 and e[-1].lower_ == low:
                return e.start_char, e.end_char
        return None
    if head.pos_ == "NOUN" and any(c.lower_ == "the" for c in head.lefts):
        # "the minister": the latest speaker called so ("Defence Minister Taro Kono"), even
        # when a speaker of another kind came between
        for prev_head, prev_span, prev_ref in reversed(earlier):
            if (
                prev_head.lemma_.lower() == head.lemma_.lower()
                or head.lemma_.lower() in doc_text(doc)[prev_span[0] : prev_span[1]].lower()
            ):
                return prev_ref or prev_span
    return None


def _is_person(doc: Doc, tok: Token, people: list[Any]) -> bool:
    if tok.lower_ in _PERSONAL:
        return True
    return any(e.start <= tok.i < e.end for e in people) or tok.ent_type_ == "PERSON"


def in_quotes(mentions: Iterable[Mention], quotes: Iterable[Quote]) -> list[Mention]:
    """Point each event coded from inside a quote at that quote (``quote_id``)."""
    quotes = list(quotes)
    out = []
    for m in mentions:
        s, e = m.trigger
        q = next((q for q in quotes if any(a <= s and e <= b for a, b in q.parts)), None)
        out.append(dataclasses.replace(m, quote_id=q.id) if q is not None else m)
    return out


def quotes_in(text: str, *, published: dt.date | None = None) -> list[Quote]:
    """Parse ``text`` as the pipeline does and return its quotes (offsets into ``text``)."""
    from flashpoint.layers.actors import find_actors
    from flashpoint.nlp import load_nlp, parse_text

    doc = load_nlp()(parse_text(text))
    return find_quotes(doc, find_actors(doc, published=published))
