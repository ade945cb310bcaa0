"""Typed, frozen records that flow between Flashpoint's stages.

Every span is a pair of character offsets into :attr:`Article.text`, the stored
clean text: that is what lets every coded field be traced to its words. The JSON
shapes produced by the ``to_json`` methods are the public output contract
(``CONTRACT_VERSION``); see ``docs/contract.md``.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from dataclasses import dataclass, field
from typing import Any

CONTRACT_VERSION = "1.4"

Span = tuple[int, int]
JSON = dict[str, Any]


class Plover(enum.StrEnum):
    """The sixteen PLOVER root event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Precision(enum.StrEnum):
    """How precisely a date is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Where(enum.StrEnum):
    """How precisely a location is known: a centroid is never presented as exact."""

    POINT = "point"  # a named site: a pass, a crossing, a base
    CITY = "city"
    ADMIN1 = "admin1"  # a first-level region: a state, province, oblast
    COUNTRY = "country"  # the country's representative point
    REGION = "region"  # larger than a point: a sea, a border, a continent


class DateSource(enum.StrEnum):
    """Where an event's date came from."""

    TEXT = "text"
    PUBLISHED = "published"


def stable_id(prefix: str, *parts: object) -> str:
    """Return a short deterministic id: ``prefix`` plus a hash of the parts."""
    h = hashlib.sha256()
    for part in parts:
        h.update(repr(part).encode("utf-8"))
        h.update(b"\x1f")
    return f"{prefix}{h.hexdigest()[:16]}"


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from a source, before extraction and cleaning.

    ``input`` names where it came from (a path, ``path:line`` for JSONL, a URL or
    an id) and is what a rejection reports. Exactly one of ``data`` (raw bytes of
    a file), ``text`` or ``html`` carries the content.
    """

    input: str
    kind: str  # "text" or "html"
    data: bytes | None = None
    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_from: str | None = None
    source: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Removed:
    """A block of the input dropped from the clean text, and why."""

    text: str
    reason: str

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        return {"text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Article:
    """A readable article: clean text plus what is known about it."""

    id: str
    input: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    published_from: str | None = None  # "input", "cli", "html", "text" or None
    language: str | None = None
    removed: tuple[Removed, ...] = ()
    story_id: str | None = None  # set by the store: the earliest copy of a syndicated story

    @property
    def n_removed(self) -> int:
        """Return how many blocks cleaning removed."""
        return len(self.removed)

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "published_from": self.published_from,
            "language": self.language,
            "text": self.text,
            "n_removed": self.n_removed,
            "story_id": self.story_id,
        }


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be used, where it failed and why."""

    input: str
    stage: str  # "read", "decode", "extract", "language", "process", "timeout"
    reason: str
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        return {
            "input": self.input,
            "stage": self.stage,
            "reason": self.reason,
            "at": self.at.isoformat(timespec="seconds"),
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor mention: its words and its CAMEO-style code."""

    text: str
    start: int
    end: int
    code: str
    country: str | None
    sector: str | None
    name: str | None = None

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
        }

    def ref_json(self) -> JSON:
        """Return the short shape used for an event's source and target."""
        return {
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression normalised against the publication date."""

    text: str
    start: int
    end: int
    value: str
    precision: Precision | None  # None: not a calendar date ("now", "the third quarter")

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "precision": str(self.precision) if self.precision else None,
        }


@dataclass(frozen=True, slots=True)
class Location:
    """A place on the map, from the gazetteer."""

    name: str
    country: str | None  # ISO3 of the country that administers it
    admin1: str | None
    lat: float
    lon: float
    precision: Where
    geonameid: int | None = None
    disputed: bool = False
    claimants: tuple[str, ...] = ()
    inferred: bool = False  # a name the gazetteer lacks, put at the article's city or region

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": str(self.precision),
            "disputed": self.disputed,
            "claimants": list(self.claimants),
            "inferred": self.inferred,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A literal place mention ("in the Galwan Valley") and where it is.

    ``resolved`` says how: ``gazetteer`` when the name itself was found, ``context`` when
    a street or building the gazetteer lacks is placed at the article's city, ``None``
    (and no location) when the article does not say which city that is.
    """

    text: str
    start: int
    end: int
    location: Location | None  # None: a named site Flashpoint cannot put on the map
    resolved: str | None = "gazetteer"

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        where = self.location.to_json() if self.location else dict.fromkeys(_LOCATION_KEYS)
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            **where,
            "resolved": self.resolved,
        }


_LOCATION_KEYS = (
    "name",
    "country",
    "admin1",
    "lat",
    "lon",
    "geonameid",
    "precision",
    "disputed",
    "claimants",
)


@dataclass(frozen=True, slots=True)
class Casualty:
    """A count of people killed or injured, read from the text.

    ``approx`` marks lower bounds and vague counts ("at least 20", "dozens");
    ``whose`` is the ISO3 country of the victims when the text says it; ``background``
    marks the count of an earlier event a recap clause tells of, which only that event's
    mention gets.
    """

    kind: str  # "killed" | "injured"
    value: int
    approx: bool
    text: str
    start: int
    end: int
    whose: str | None = None
    update: bool = False  # "the toll rose to 23": replaces earlier counts
    subset: bool = False  # "three policemen were among the dead": part of a total
    disputed: bool = False  # "..., while the ministry said 10 had died": another source's figure
    background: bool = False  # "a day after rockets killed four": an earlier event's count

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        return {
            "kind": self.kind,
            "value": self.value,
            "approx": self.approx,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "whose": self.whose,
            "update": self.update,
            "subset": self.subset,
            "disputed": self.disputed,
            "background": self.background,
        }


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to: the words of the cue's subject, and what they refer to.

    ``resolved`` is the earlier mention a pronoun, surname or "the minister" stands for
    ("he" -> "Sergei Lavrov"); ``code`` is the actor code when the speaker is an actor.
    """

    text: str
    start: int
    end: int
    code: str | None = None
    resolved: str | None = None
    resolved_start: int | None = None
    resolved_end: int | None = None

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        ref = (
            {"text": self.resolved, "start": self.resolved_start, "end": self.resolved_end}
            if self.resolved is not None
            else None
        )
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "resolved": ref,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """Something someone said, direct (in quote marks) or indirect ("X said that ...").

    ``parts`` are the character spans of the content: one, or several when the quote is
    split around its cue or runs over paragraphs; ``start``/``end`` span them all.
    """

    id: str
    kind: str  # "direct" | "indirect"
    text: str
    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: Speaker | None

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        cue = (
            {"text": self.cue, "start": self.cue_start, "end": self.cue_end}
            if self.cue is not None
            else None
        )
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "parts": [list(p) for p in self.parts],
            "cue": cue,
            "speaker": self.speaker.to_json() if self.speaker else None,
        }


@dataclass(frozen=True, slots=True)
class EventDate:
    """An event's date, its precision and where it came from."""

    value: str
    precision: Precision
    source: DateSource


@dataclass(frozen=True, slots=True)
class Mention:
    """One event as coded from one sentence of one article.

    ``sentence`` is the sentence's ``(start, end)`` in the article's clean text and
    ``spans`` maps each field (``source``, ``target``, ``date``, ``location``,
    ``fatalities``) to the words it came from, or ``None``.
    """

    article_id: str
    sentence: Span
    trigger: Span
    plover: Plover
    cameo: str
    goldstein: float
    quad_class: int
    source: Actor
    target: Actor | None
    date: EventDate | None
    coder: str
    lexicon_version: str
    spans: tuple[tuple[str, Span | None], ...] = ()
    fatalities: int | None = None
    injured: int | None = None
    quote_id: str | None = None
    location: Location | None = None
    fatalities_approx: bool = False  # "at least 20", "dozens": a lower bound
    injured_approx: bool = False

    @property
    def id(self) -> str:
        """Return the mention's id, stable across re-runs of the same coder."""
        return stable_id(
            "m_",
            self.article_id,
            self.trigger,
            self.cameo,
            self.source.code,
            self.source.start,
            self.target.code if self.target else None,
            self.target.start if self.target else None,
        )

    def span(self, name: str) -> Span | None:
        """Return the span of one field, or None."""
        return dict(self.spans).get(name)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a mention was read: the article's address, outlet and date."""

    url: str | None
    outlet: str | None
    published: dt.date | None


@dataclass(frozen=True, slots=True)
class Event:
    """A real-world event with every mention of it.

    Until cross-article fusion lands (see the fusion issue), each event has one
    mention and ``conflicts`` is empty.
    """

    id: str
    mentions: tuple[Mention, ...]
    sources: tuple[Source, ...]
    sentences: tuple[str, ...]  # each mention's sentence, as it stands in its article
    n_articles: int
    conflicts: tuple[JSON, ...] = ()
    fused: FusedFields | None = None  # set when the event's reports were fused
    aliases: tuple[str, ...] = ()  # ids of events merged into this one

    @property
    def head(self) -> Mention:
        """Return the mention whose fields the event reports."""
        return self.mentions[0]

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        m = self.head
        f = self.fused or FusedFields.of(m)
        return {
            "id": self.id,
            "date": f.date.value if f.date else None,
            "date_precision": str(f.date.precision) if f.date else None,
            "date_source": str(f.date.source) if f.date else None,
            "plover": str(m.plover),
            "cameo": m.cameo,
            "goldstein": m.goldstein,
            "quad_class": m.quad_class,
            "source": m.source.ref_json(),
            "target": m.target.ref_json() if m.target else None,
            "location": f.location.to_json() if f.location else None,
            "fatalities": f.fatalities,
            "fatalities_approx": f.fatalities_approx,
            "injured": f.injured,
            "injured_approx": f.injured_approx,
            "mentions": [
                _mention_json(mention, src, sentence)
                for mention, src, sentence in zip(
                    self.mentions, self.sources, self.sentences, strict=True
                )
            ],
            "n_articles": self.n_articles,
            "conflicts": list(self.conflicts),
            "coder": m.coder,
            "lexicon_version": m.lexicon_version,
            "aliases": list(self.aliases),
        }


@dataclass(frozen=True, slots=True)
class FusedFields:
    """An event's date, place and counts as its reports together give them."""

    date: EventDate | None
    location: Location | None
    fatalities: int | None
    fatalities_approx: bool
    injured: int | None
    injured_approx: bool

    @classmethod
    def of(cls, m: Mention) -> FusedFields:
        """Return the fields one mention gives on its own."""
        return cls(
            m.date, m.location, m.fatalities, m.fatalities_approx, m.injured, m.injured_approx
        )


SPAN_FIELDS = ("source", "target", "date", "location", "fatalities", "injured")


def _mention_json(m: Mention, src: Source, sentence: str) -> JSON:
    s, e = m.sentence
    spans = dict(m.spans)
    return {
        "article_id": m.article_id,
        "url": src.url,
        "outlet": src.outlet,
        "published": src.published.isoformat() if src.published else None,
        "sentence": sentence,
        "start": s,
        "end": e,
        "trigger": _span(m.trigger),
        "spans": {name: _span(spans.get(name)) for name in SPAN_FIELDS},
        "quote_id": m.quote_id,
    }


def events_from_mentions(
    mentions: tuple[Mention, ...] | list[Mention], article: Article
) -> list[Event]:
    """Wrap each mention of one article in its own event (no fusion yet)."""
    src = Source(url=article.url, outlet=article.source, published=article.published)
    return [
        Event(
            id=event_id_for(m),
            mentions=(m,),
            sources=(src,),
            sentences=(article.text[m.sentence[0] : m.sentence[1]],),
            n_articles=1,
        )
        for m in mentions
    ]


def event_id_for(mention: Mention) -> str:
    """Return the id of the single-mention event that ``mention`` founds."""
    return "ev_" + mention.id.removeprefix("m_")


@dataclass(frozen=True, slots=True)
class Annotation:
    """Everything Flashpoint finds in one document: the ``annotate`` output."""

    input_id: str
    article: Article | None
    rejection: Rejection | None = None
    actors: tuple[Actor, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    mentions: tuple[Mention, ...] = ()
    removed: tuple[Removed, ...] = ()
    places: tuple[Place, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    quotes: tuple[Quote, ...] = ()

    @property
    def rejected(self) -> str | None:
        """Return why the document was rejected, or None."""
        return self.rejection.reason if self.rejection else None

    @property
    def events(self) -> list[Event]:
        """Return the article's events."""
        if self.article is None:
            return []
        return events_from_mentions(self.mentions, self.article)

    def to_json(self) -> JSON:
        """Return the contract's JSON shape."""
        a = self.article
        return {
            "input_id": self.input_id,
            "text": a.text if a else None,
            "language": a.language if a else None,
            "published": a.published.isoformat() if a and a.published else None,
            "rejected": self.rejected,
            "actors": [x.to_json() for x in self.actors],
            "places": [p.to_json() for p in self.places],
            "times": [t.to_json() for t in self.times],
            "quotes": [q.to_json() for q in self.quotes],
            "casualties": [c.to_json() for c in self.casualties],
            "removed": [r.to_json() for r in self.removed],
            "events": [e.to_json() for e in self.events],
        }
