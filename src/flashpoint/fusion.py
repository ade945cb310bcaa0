"""One event, many reports: group event mentions from different articles into events.

Two mentions can describe the same happening when they have

- the same actors at country level, in the same direction (sectors may differ: one outlet
  says "Chinese troops", another "China"); a mention with no target may join one that
  has a target, and so may a harm done to the source's own civilians or refugees, the
  coder's guess for people the sentence names by no country ("detained the man" and
  "detained a Hungarian citizen", from ``fusion.v7``; "the men were freed" and "released
  four Greek hunters", from ``fusion.v11``), and a protest against the
  protesters' own government that only the word "protested" implies (from
  ``fusion.v9``); an act on the source's own rebels in another country may join one
  aimed at that country ("struck PKK militants in northern Iraq" and "air strikes on
  Iraq");
- the same PLOVER type (a signed agreement, CAMEO 057, which PLOVER calls SUPPORT, counts
  as AGREE, and an abduction or hijacking, 181, which it calls ASSAULT, as the detention
  or seizure another outlet reports, COERCE: :func:`fusion_type`);
- dates that fit each other's precision: each mention's date is an interval — a day read
  from the text is that day, a month is the month, and a date that is only the
  publication date means "on or up to ``REPORT_LAG_DAYS`` days before it" — and the
  intervals of every pair in an event must overlap (with ``SLACK_DAYS`` of slack);
- locations in the same country when both name a town or a site, for acts other than
  statements (a planted disagreement about the town does not split an event; a clash in a
  town of another country does; where a demand or accusation was voiced or a sanction
  decided does not (from ``fusion.v6``); a
  country or region named near the event, or a name the gazetteer lacks that was only
  put at the article's city, is too weak a clue to split on);
- both a date, or both none: a report dated neither by its text nor by its publication
  fits any date, so it would join whichever dated event a batch happened to load first;
- both dated to within ``WIDE_DAYS``, or both more vaguely: a report dated only to a year
  ("clashed in 2019", "the 1962 war") fits every event of its dyad and type that year, so
  it would join whichever fell nearest mid-year; it joins other reports as vague as itself
  (two recaps of the 1962 war are one event).

Grouping is complete-linkage: a mention joins an event only if it fits *every* mention
already in it, so a vague "last week" cannot chain two meetings a week apart into one.
Mentions are visited in an order fixed by their own content (the most precisely dated
first, then by date, then by id), so the grouping depends only on the set of mentions,
never on the order in which articles arrived.

Fused fields: where reports disagree on fatalities, date or location, ``conflicts`` lists
each value with the articles that gave it (places are compared as each report words them,
so two spellings of one town, or a town and its province, are a disagreement; a country
and a town in it are not: from ``fusion.v8``), and the event takes the value given by the most
independent reports (syndicated copies count once); ties go to the most precise value,
then to the latest report (tolls firm up over time), then to the smallest value.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from flashpoint.gazetteer import key, names_country_or_region
from flashpoint.records import JSON, EventDate, Location

REPORT_LAG_DAYS = 3
"""A mention dated only by its publication date happened up to this many days before."""
SLACK_DAYS = 1
"""Date intervals may miss each other by this much (time zones, late-night events)."""
WIDE_DAYS = 40
"""A report whose dates span more than this (a year) is vague: it fuses only with reports
as vague as itself (see :func:`compatible`)."""
VERSION = "fusion.v11"

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_WHERE_RANK = {"point": 0, "city": 1, "admin1": 2, "country": 3, "region": 4}


@dataclass(frozen=True, slots=True)
class Candidate:
    """What fusion needs to know about one stored mention."""

    id: str
    article_id: str
    story_id: str  # syndicated copies share it
    published: dt.date | None
    source_key: str
    target_key: str | None
    plover: str
    date: EventDate | None
    date_lo: dt.date | None
    date_hi: dt.date | None
    location: Location | None
    fatalities: int | None
    fatalities_approx: bool
    injured: int | None
    injured_approx: bool
    lead: int = 0  # where the mention's sentence starts in its article (0 = the lede)
    place: str | None = None  # the words the location came from ("near the village of X")

    @property
    def where(self) -> str | None:
        """Name the mention's location as its report does: a name the gazetteer lacks,
        put at the article's city (``inferred``), by its own words ("Khurvaleti"), not by
        that city's."""
        if self.location is None:
            return None
        if self.location.inferred and self.place:
            return self.place
        return self.location.name

    @property
    def said(self) -> str | None:
        """Return the key of the mention's place as its report words it, for telling
        whether two reports name one place: the words, without case, accents or generic
        words ("Basra province" = "Basra"), so that two spellings or languages of one town
        ("Berehove" / "Beregszasz"), which the gazetteer takes to one place, still differ;
        the location's name where the words are missing or name a country ("Qatar's
        capital", placed at Doha)."""
        if self.location is None:
            return None
        words = self.place
        if words is None or (not self.location.inferred and _names_country(words)):
            return key(_bare(self.location.name))
        return key(_bare(words))

    @property
    def vague(self) -> bool:
        """Say whether the mention's dates span more than ``WIDE_DAYS`` (a year)."""
        return (
            self.date_lo is not None
            and self.date_hi is not None
            and (self.date_hi - self.date_lo).days > WIDE_DAYS
        )

    @property
    def dated_by_text(self) -> bool:
        return self.date is not None and str(self.date.source) == "text"

    def order(self) -> tuple[int, int, str, str]:
        """Visit the most precisely dated mentions first, then by date and id."""
        rank = 8
        if self.date is not None and self.dated_by_text:
            rank = _PRECISION_RANK.get(str(self.date.precision), 9)
        return (rank, self.date_lo.toordinal() if self.date_lo else 0, self.id, self.article_id)


def interval(
    date: EventDate | None, lo: dt.date | None, hi: dt.date | None, published: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """Return the days a mention's event can have happened on."""
    if date is not None and str(date.source) == "published" and published is not None:
        return published - dt.timedelta(days=REPORT_LAG_DAYS), published
    return lo, hi


SIGNED = "057"
"""CAMEO's "sign formal agreement", which PLOVER files under SUPPORT: the signing is what
another outlet reports as the two sides having agreed ("Sudan and South Sudan agreed on
Saturday to set up a committee" / "the two defence ministers signed an agreement in
Juba on Saturday"), so fusion takes it as AGREE."""
TAKEN = "181"
"""CAMEO's "abduct, hijack, or take hostage", which PLOVER files under ASSAULT: taking
people or a craft by force is what another outlet reports as a detention or a seizure
(COERCE, 173 and 1711: "border guards seized two fishermen" / "detained two fishermen";
the lexicon cannot tell captured combatants from arrested ones either), so fusion takes
it as COERCE."""
FUSION_TYPE_SQL = (
    f"CASE WHEN m.cameo LIKE '{SIGNED}%' THEN 'AGREE' "
    f"WHEN m.cameo LIKE '{TAKEN}%' THEN 'COERCE' ELSE m.plover END"
)
""":func:`fusion_type` in SQL over a mentions table aliased ``m``."""


def fusion_type(plover: str, cameo: str | None) -> str:
    """Return the type fusion compares a mention by: its PLOVER type, except that a signed
    agreement (CAMEO 057) is an AGREE and a taking of people or craft (181) a COERCE."""
    if cameo and cameo.startswith(SIGNED):
        return "AGREE"
    return "COERCE" if cameo and cameo.startswith(TAKEN) else plover


OWN_PEOPLE_SQL = (
    "(m.plover IN ('ASSAULT', 'COERCE') OR m.cameo LIKE '0841%') "
    "AND m.target_country = m.source_country "
    "AND (m.target_sector IN ('CVL', 'REF') OR (m.target_sector IS NULL "
    "AND m.source_sector IN ('MIL', 'COP', 'GOV', 'SPY')))"
)
"""A harm done to the doer's own civilians or refugees, in SQL over a mentions table ``m``:
the coder gives people the sentence names by no country ("detained the man", "killing
four people", "the four men were freed") the doer's country, a guess that must not keep
the report apart from another outlet's that names whose people they were ("detained a
Hungarian citizen", "released four Greek hunters"), so fusion takes such a target as
unknown (from ``fusion.v7``; a release of captives, CAMEO 0841, from ``fusion.v11``).
So does a state's forces' act on their own country with no sector, which the coder reads
from a place name ("Kenyan police opened fire on the Mandera border": KENCOP>KEN), from
``fusion.v8``."""


IMPLIED_TARGET_SQL = (
    "m.plover = 'PROTEST' AND m.target_start = m.trig_start AND m.target_end = m.trig_end"
)
"""A protest whose target only its trigger implies, in SQL over a mentions table ``m``: the
coder takes protesters who name no one ("hundreds of Iraqis protested at the port on
Thursday") to protest against their own government, a guess that must not keep the report
apart from another outlet's that says whom the protest was against ("protesters burned
Kuwaiti flags"), so fusion takes such a target as unknown (from ``fusion.v9``)."""


SELF_AIMED_SQL = (
    "m.target_country = m.source_country AND m.target_sector IS NULL "
    "AND m.source_sector IS NOT NULL"
)
"""A state body's act aimed at its own country as a whole, in SQL over a mentions table
``m``: the army or the government does not threaten, accuse or mobilise against its own
country; the coder reads such a target from a country the sentence names for another role
("the general threatened to answer any attack against Venezuela": VENMIL>VEN), a guess
that must not keep the report apart from another outlet's that names whom the act was
aimed at ("warned the United States"), so fusion takes such a target as unknown (from
``fusion.v10``)."""


UNDIRECTED = frozenset({"CONSULT", "AGREE"})
"""Types whose direction means nothing: "India met China" and "China met India" are one
meeting. Their reports fuse in either direction; the event shows its head's."""
SAID = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "SANCTION"})
"""Types of what is said or decreed: where a statement was made or a sanction decided is no
clue to which one it is (one outlet puts a note "sent to Caracas", another the ministry in
Bogota; one a ban in Jerusalem, another "a dismissive response from Tehran")."""


def compatible(a: Candidate, b: Candidate) -> bool:
    """Return whether two mentions can describe the same happening."""
    if a.plover != b.plover:
        return False
    if a.plover in UNDIRECTED and _mirrored(a, b):
        pass
    elif a.source_key != b.source_key or (
        a.target_key != b.target_key
        and a.target_key is not None
        and b.target_key is not None
        and not _abroad(a, b)
        and not _abroad(b, a)
    ):
        return False
    if (a.date_lo is None or a.date_hi is None) != (b.date_lo is None or b.date_hi is None):
        return False  # a report with no date says nothing about which dated event it is
    if a.vague != b.vague:
        return False  # nor does one dated only to a year
    if a.date_lo and a.date_hi and b.date_lo and b.date_hi:
        slack = dt.timedelta(days=SLACK_DAYS)
        if a.date_lo > b.date_hi + slack or b.date_lo > a.date_hi + slack:
            return False
    la, lb = a.location, b.location
    precise = ("point", "city")
    if (
        a.plover not in SAID
        and la
        and lb
        and str(la.precision) in precise
        and str(lb.precision) in precise
        and not la.inferred
        and not lb.inferred
        and la.country
        and lb.country
        and la.country != lb.country
    ):
        shared = {la.country, *la.claimants} & {lb.country, *lb.claimants}
        if not shared:
            return False
    return True


def _abroad(a: Candidate, b: Candidate) -> bool:
    """Say whether ``a`` is an act on the source's own people done in the country ``b``
    names as the target: "Turkish drones struck PKK militants in northern Iraq" (TUR on
    its Kurdish rebels) and "Turkish air strikes on Iraq" are one attack."""
    return (
        a.target_key == a.source_key
        and a.location is not None
        and a.location.country is not None
        and a.location.country == b.target_key
    )


def _mirrored(a: Candidate, b: Candidate) -> bool:
    """Return whether two mentions name the same pair, in either direction."""
    pa = {a.source_key, a.target_key} - {None}
    pb = {b.source_key, b.target_key} - {None}
    return (pa <= pb or pb <= pa) and bool(pa & pb)


def cluster(cands: Iterable[Candidate]) -> list[list[Candidate]]:
    """Group mentions into events (complete linkage, in content order).

    A mention joins the nearest group it is compatible with, member by member. Cheap
    tests that :func:`compatible` implies come first, so that a store with thousands of
    reports stays fast: the group's type and actors (a mention is only tried against the
    groups whose first member shares its source, or for an undirected type one of its
    actors), the dates of the group's first member (every member must fit it, so only the
    groups whose first member's dates come within the slack of the mention's are looked
    up, in a per-key index sorted by date), and its members' date bounds (a mention whose
    dates fall outside the window of the group's earliest-ending or latest-starting
    member cannot fit that member).
    """
    groups: list[list[Candidate]] = []
    bounds: list[list[dt.date | None]] = []  # per group: [min date_hi, max date_lo]
    # per group, one member of each distinct profile: members alike in everything
    # :func:`compatible` reads (copies of one story) need testing only once
    profiles: list[dict[tuple[object, ...], Candidate]] = []
    index: dict[tuple[str, str | None], _DateIndex] = {}
    slack = dt.timedelta(days=SLACK_DAYS)
    for c in sorted(cands, key=Candidate.order):
        best: tuple[tuple[int, int, str], int] | None = None
        dated = c.date_lo is not None and c.date_hi is not None
        keys = _keys(c)
        found = [index[k].near(c) for k in keys if k in index]
        tried = found[0] if len(found) == 1 else sorted({k for ks in found for k in ks})
        for k in tried:
            g = groups[k]
            min_hi, max_lo = bounds[k]
            if dated and (
                (min_hi is not None and c.date_lo > min_hi + slack)  # type: ignore[operator]
                or (max_lo is not None and max_lo > c.date_hi + slack)  # type: ignore[operator]
            ):
                continue
            if all(compatible(c, m) for m in profiles[k].values()):
                rank = (_distance(c, g), -len(g), g[0].id)
                if best is None or rank < best[0]:
                    best = (rank, k)
        if best is None:
            for kk in keys:
                index.setdefault(kk, _DateIndex()).add(c, len(groups))
            groups.append([c])
            bounds.append([None, None])
            profiles.append({})
            k = len(groups) - 1
        else:
            k = best[1]
            groups[k].append(c)
        profiles[k].setdefault(_profile(c), c)
        if dated:
            b = bounds[k]
            b[0] = c.date_hi if b[0] is None else min(b[0], c.date_hi)  # type: ignore[type-var]
            b[1] = c.date_lo if b[1] is None else max(b[1], c.date_lo)  # type: ignore[type-var]
    return groups


def _profile(c: Candidate) -> tuple[object, ...]:
    """Return everything :func:`compatible` reads of a mention."""
    loc = c.location
    where = (str(loc.precision), loc.inferred, loc.country, loc.claimants) if loc else None
    return (c.plover, c.source_key, c.target_key, c.date_lo, c.date_hi, where)


class _DateIndex:
    """The groups of one key, by the dates of their first member: undated ones apart (an
    undated mention fits only undated ones), dated ones sorted by the first day, and the
    few whose first member is vague (spans more than ``WIDE_DAYS``) in a list of their own."""

    def __init__(self) -> None:
        self.undated: list[int] = []
        self.starts: list[int] = []  # first member's date_lo, as an ordinal, sorted
        self.groups: list[int] = []  # the group of each entry of ``starts``
        self.widest = 0  # the longest first member's interval in ``starts``, in days
        self.wide: list[tuple[int, int, int]] = []  # (first day, last day, group)

    def add(self, first: Candidate, group: int) -> None:
        if first.date_lo is None or first.date_hi is None:
            self.undated.append(group)
            return
        lo, hi = first.date_lo.toordinal(), first.date_hi.toordinal()
        if hi - lo > WIDE_DAYS:
            self.wide.append((lo, hi, group))
            return
        at = bisect.bisect_right(self.starts, lo)
        self.starts.insert(at, lo)
        self.groups.insert(at, group)
        self.widest = max(self.widest, hi - lo)

    def near(self, c: Candidate) -> list[int]:
        """Return the groups whose first member's dates come within the slack of a
        mention's (and some whose first member starts a little earlier), in the order
        they were made."""
        if c.date_lo is None or c.date_hi is None:
            return self.undated
        first, last = c.date_lo.toordinal() - SLACK_DAYS, c.date_hi.toordinal() + SLACK_DAYS
        lo = bisect.bisect_left(self.starts, first - self.widest)
        hi = bisect.bisect_right(self.starts, last)
        out = self.groups[lo:hi]
        out += [g for start, end, g in self.wide if start <= last and end >= first]
        return sorted(out)


def _keys(c: Candidate) -> list[tuple[str, str | None]]:
    """Return the (type, actor) keys under which a mention's group is found: its source,
    and for an undirected type its target too (see :func:`compatible`)."""
    if c.plover in UNDIRECTED and c.target_key is not None and c.target_key != c.source_key:
        return [(c.plover, c.source_key), (c.plover, c.target_key)]
    return [(c.plover, c.source_key)]


def _distance(c: Candidate, g: list[Candidate]) -> int:
    """Return how far a mention's date is from an event's best-dated mention, in days."""
    head = g[0]
    if not (c.date_lo and head.date_lo and c.date_hi and head.date_hi):
        return 0
    mid_c = (c.date_lo.toordinal() + c.date_hi.toordinal()) // 2
    mid_h = (head.date_lo.toordinal() + head.date_hi.toordinal()) // 2
    return abs(mid_c - mid_h)


@dataclass(frozen=True, slots=True)
class Fused:
    """An event's fields as its reports together give them."""

    date: EventDate | None
    location: Location | None
    fatalities: int | None
    fatalities_approx: bool
    injured: int | None
    injured_approx: bool
    n_articles: int
    conflicts: tuple[JSON, ...]
    head: str  # the id of the mention whose actors, type and trigger the event shows


def fuse(members: Sequence[Candidate]) -> Fused:
    """Return the fused fields of one event and where its reports disagree."""
    stories = {m.story_id for m in members}
    conflicts: list[JSON] = []
    date, c = _pick(
        members,
        "date",
        lambda m: m.date.value if m.dated_by_text and m.date else None,
        rank=lambda m: _PRECISION_RANK.get(str(m.date.precision), 9) if m.date else 9,
        nest=_dates_nest,
    )
    conflicts += c
    where, c = _pick(
        members,
        "location",
        lambda m: m.said,
        rank=lambda m: _WHERE_RANK.get(str(m.location.precision), 9) if m.location else 9,
        nest=_places_nest,
        shown=lambda m: m.where,
    )
    conflicts += c
    dead, c = _pick(members, "fatalities", lambda m: m.fatalities, rank=lambda m: 0)
    conflicts += c
    hurt, c = _pick(members, "injured", lambda m: m.injured, rank=lambda m: 0)
    conflicts += c
    dated = date or next((m for m in members if m.date is not None), None)
    head = min(members, key=_headline)
    return Fused(
        date=dated.date if dated else None,
        location=where.location if where else None,
        fatalities=dead.fatalities if dead else None,
        fatalities_approx=bool(dead and dead.fatalities_approx),
        injured=hurt.injured if hurt else None,
        injured_approx=bool(hurt and hurt.injured_approx),
        n_articles=len(stories),
        conflicts=tuple(conflicts),
        head=head.id,
    )


LEAD_CHARS = 600


def _headline(m: Candidate) -> tuple[bool, int, int, str]:
    """Rank the mention an event shows first: a lede sentence that dates the event itself,
    then the earliest report."""
    return (
        m.lead >= LEAD_CHARS,
        0 if m.dated_by_text else 1,
        (m.published or dt.date.max).toordinal(),
        m.id,
    )


def _dates_nest(a: Candidate, b: Candidate) -> bool:
    """Say whether two text dates can both be right: one's period holds the other's."""
    if a.date_lo is None or a.date_hi is None or b.date_lo is None or b.date_hi is None:
        return True
    return (a.date_lo <= b.date_lo and b.date_hi <= a.date_hi) or (
        b.date_lo <= a.date_lo and a.date_hi <= b.date_hi
    )


_FINE = ("point", "city")
_GENERIC = frozenset(
    {"province", "district", "region", "governorate", "county", "state", "upazila", "area"}
)
"""Words that say what kind of place a name is, not which ("Basra province")."""


def _bare(words: str) -> str:
    """Return a place's words without a leading "the" or a trailing kind of place."""
    parts = words.split()
    if parts and parts[0].lower() == "the":
        parts = parts[1:]
    while len(parts) > 1 and parts[-1].lower() in _GENERIC:
        parts = parts[:-1]
    return " ".join(parts)


def _names_country(words: str) -> bool:
    """Say whether a place's words are the name of a country or a region ("Qatar")
    (from a table of those names: the whole gazetteer would add ~170 MB to the ingesting
    process, which has no other use for it)."""
    return names_country_or_region(words)


def _grain(c: Candidate) -> str:
    """Return how fine a mention's location is: a named place the gazetteer lacks ("near
    the village of Khurvaleti", drawn at the country) is a town, whatever point it got."""
    if c.location is not None and c.location.inferred and c.place:
        return "city"
    return str(c.location.precision) if c.location is not None else ""


def _places_nest(a: Candidate, b: Candidate) -> bool:
    """Say whether two locations can both be right: the same place, or a region, country
    or first-level region that holds the other (two different towns or sites cannot)."""
    x, y = a.location, b.location
    if x is None or y is None or a.said == b.said:
        return True
    rank_x, rank_y = _WHERE_RANK.get(_grain(a), 9), _WHERE_RANK.get(_grain(b), 9)
    if _grain(a) in _FINE and _grain(b) in _FINE:
        return False
    coarse, fine = (x, y) if rank_x >= rank_y else (y, x)
    if str(coarse.precision) == "region":
        return True  # a region's extent is not known here: take it as holding the other
    # a province and a town in it are two answers at two grains ("Tulcan" / "the province
    # of Carchi"): shown as a dispute, from ``fusion.v8``; a country holds any of its towns
    return coarse.country == fine.country and str(coarse.precision) == "country"


def _pick(
    members: Sequence[Candidate],
    field: str,
    value_of: Callable[[Candidate], object],
    *,
    rank: Callable[[Candidate], int],
    nest: Callable[[Candidate, Candidate], bool] | None = None,
    shown: Callable[[Candidate], object] | None = None,
) -> tuple[Candidate | None, list[JSON]]:
    """Return the member whose value for ``field`` is best supported, and the conflict
    record when members disagree: when two values cannot both be true (``nest`` says
    whether two members' values can: "June 15" and "that week", "the Galwan Valley" and
    "India" can)."""
    by_value: dict[object, list[Candidate]] = defaultdict(list)
    for m in members:
        v = value_of(m)
        if v is not None:
            by_value[v].append(m)
    if not by_value:
        return None, []

    def support(item: tuple[object, list[Candidate]]) -> tuple[int, int, int, str]:
        value, ms = item
        latest = max((m.published or dt.date.min).toordinal() for m in ms)
        return (
            -len({m.story_id for m in ms}),
            min(rank(m) for m in ms),
            -latest,
            str(value),
        )

    ranked = sorted(by_value.items(), key=support)
    best = min(ranked[0][1], key=Candidate.order)
    conflicts: list[JSON] = []
    stories = {m.story_id for ms in by_value.values() for m in ms}
    clash = len(by_value) > 1 and (
        nest is None
        or any(
            not nest(ms1[0], ms2[0])
            for i, (_, ms1) in enumerate(ranked)
            for _, ms2 in ranked[i + 1 :]
        )
    )
    if clash and len(stories) > 1:  # one report naming two places is no dispute
        conflicts.append(
            {
                "field": field,
                "values": [
                    {
                        "value": shown(min(ms, key=Candidate.order)) if shown else v,
                        "articles": sorted({m.article_id for m in ms}),
                    }
                    for v, ms in ranked
                ],
            }
        )
    return best, conflicts
