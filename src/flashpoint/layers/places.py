"""Where: literal place mentions, resolved against the gazetteer.

A place mention is a name used for a location ("clashed in the Galwan Valley", "a
village near Kherson"), not for a government acting ("Moscow said", which the actor
layer codes), not a demonym ("Indian troops"). Candidates come from spaCy's entities
(GPE, LOC, FAC) and from gazetteer names in capitalised words; the dependency parse
decides whether each is literal. Each is then resolved to one gazetteer place, ranked by
kind and population and pulled toward the countries the article is about ("Georgia" in a
story about Atlanta is the US state); "Paris, Texas" settles it outright. Streets and
buildings the gazetteer lacks are placed at the city the article is in, with that city's
precision.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from flashpoint.gazetteer import (
    AIRPORT_WORDS,
    Entry,
    Gazetteer,
    airports,
    key,
    km,
    load_gazetteer,
    small_towns,
    us_counties,
)
from flashpoint.layers.actors import PLACED, ActorSpan, load_lexicon, names_its_country
from flashpoint.layers.tables import read_tsv
from flashpoint.nlp import datelines, doc_text
from flashpoint.nlp import tokens as doc_tokens
from flashpoint.records import Location, Mention, Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_CALENDAR_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "easter",
        "christmas",
    ]
)
_OTHER_LABELS = frozenset(
    {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}
)
_LOCATIVE = frozenset(
    {
        "in",
        "at",
        "near",
        "across",
        "along",
        "into",
        "inside",
        "outside",
        "throughout",
        "around",
        "from",
        "to",
        "toward",
        "towards",
        "through",
        "within",
        "off",
        "over",
        "onto",
        "via",
        "between",
        "beyond",
        "past",
        "on",
        "under",
        "out",
        "by",
        "nearby",
        "outskirts",
        "amid",
        "among",
        "en",
        "upon",
        "beneath",
        "above",
        "below",
        "opposite",
        "alongside",
        "behind",
        "inland",
        "north",
        "south",
        "east",
        "west",
    }
)
_SMALL_TOWN = 50_000
_VILLAGE = 5_000
"""A town under this size is taken for a name the gazetteer lacks only in a region the
article names ("Riverdale" in a story that names New Jersey): a name alone matches too
many villages ("Midway", "Greenland", "Clinton" are all towns somewhere)."""
_KIND_BONUS = {
    "country": 6.0, "continent": 5.0, "curated": 5.5, "admin1": 2.0, "area": 0.0, "city": 0.0
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Candidate:
    span: Span
    label: str  # the entity label, or "" for a gazetteer-only match


def place_nouns() -> frozenset[str]:
    """Return the nouns that make a name before or after them a place ("Gaza border")."""
    return _PLACE_NOUNS


_PLACE_NOUNS = frozenset(r["noun"] for r in read_tsv("geo", "place_nouns.tsv", required=("noun",)))
_PLACE_ATTRIBUTES = frozenset(
    r["noun"] for r in read_tsv("geo", "place_attributes.tsv", required=("noun",))
)


def find_places(
    doc: Doc,
    actors: Iterable[ActorSpan] = (),
    *,
    gazetteer: Gazetteer | None = None,
    text: str | None = None,
) -> list[Place]:
    """Return the literal place mentions in a parsed document, each resolved.

    ``text`` is the article as written when ``doc`` was parsed from it with its datelines
    blanked (:func:`flashpoint.nlp.mask_datelines`): the dateline's town ("KHARTOUM,
    Sudan (Reuters) -") is then a place too, and where the article's unlisted streets
    and buildings are. It is never an event's location (see :func:`locate`).
    """
    gaz = gazetteer or load_gazetteer()
    actors = list(actors)
    acting = {t for a in actors for t in range(a.start, a.end)}
    in_story = {a.actor.country for a in actors if a.actor.country}
    found: list[tuple[Span, list[Entry]]] = []
    towns_only: set[int] = set()  # names only the small-town list knows (``_TOWN``)
    modifiers: list[Span] = []  # "the Birmingham festival": a town named as a modifier
    unplaced: list[Span] = []  # names of places that are not locations: "Texas lawmakers"
    between = _between_names(doc, gaz)  # "between Coggeshall and Marks Tey", however parsed
    candidates = _candidates(doc, gaz, between)
    teams = {c.span.text for c in candidates if _team(c.span)}
    # (a name the article also puts "in" or "at" is a place there: "in Riverdale")
    people = _people_names(doc) - {c.span.text for c in candidates if _at_place(c.span)}
    for c in candidates:
        if _named_group(c.span.text) or _the_centre(c.span) or _not_a_name(c.span):
            continue
        if c.span.text in teams and not _at_place(c.span):
            continue  # "Liverpool have won": the club, wherever the article names it
        if c.span.text in people and not _at_place(c.span) and _town_name(c.span.text, gaz):
            continue  # "Tyler's attorney" in a story that names "Tyler Williams"
        paired = (c.span.start, c.span.end) in between
        if (
            not paired
            and not _literal(c.span, acting)
            and not _qualifies_a_town(c.span, gaz)
            and not _sector_name(c.span)
            and not _event_venue(c.span)
            and not _landform(c.span, gaz)
            and not _numbered_way(c.span)
        ):
            if c.span.root.dep_ in ("compound", "nmod", "amod"):
                modifiers.append(c.span)
            unplaced.append(c.span)
            continue
        if gaz.is_abbreviation(c.span.text) and not _as_region(c.span):
            continue  # "Boston, Mass." is a state; "attended Mass." is not
        entries = gaz.lookup(c.span.text.replace(", D.C.", " D.C."))
        if not entries and len(c.span) > 1 and c.span[-1].lower_ in _ADMIN_WORDS:
            # "in Poonch district": Poonch, by its own name or in a country the story names
            bare = c.span[:-1].text
            entries = [
                e
                for e in gaz.lookup(bare)
                if _spelled(e.location.name) == _spelled(bare) or e.location.country in in_story
            ]
        if _acronym(c.span.text) and not _numbered_way(c.span):
            entries = [e for e in entries if e.kind != "city"]  # "UN" is not Un, India
            if not entries:
                continue
        if not entries and _college(c.span, gaz):
            continue  # "Mississippi State's center", "forecasters at Colorado State"
        if not entries and _people(c.span):
            continue  # "a Tajik border post": a people's name, no place's
        if (
            entries
            or paired
            or (
                _unlisted_place(c.span)
                and (_proper(c.span) or _named_sector(c.span) or _sector_name(c.span))
            )
        ):
            found.append((c.span, entries))
            if c.label == _TOWN or (paired and not entries):
                towns_only.add(c.span.start)
    context = _article_countries(doc, found, actors)
    stray = _strays(found, context, gaz, _dateline_countries(text, gaz) if text else set())
    for span, entries in found:
        if key(span.text) in stray:
            context[str(entries[0].location.country)] -= 1
    context = +context  # (a stray town is no clue to what the article is about)
    known = set(context)
    for span, entries in found:
        if not entries and span.root.ent_type_ in ("GPE", "LOC"):
            # a town only the small-town list knows, and only one of its name: "Nenagh"
            # in a story that names no country says it is about Ireland (in a story about
            # Egypt, "Rehab" is not Rehab, Jordan)
            towns = small_towns().get(key(span.text), ())
            country = towns[0][0].country if len(towns) == 1 else None
            if country and (not known or country in known):
                context[country] += 1
    # a name the tagger took for a person, a place only because "the village of" comes
    # before it, is not looked up (a namesake elsewhere is too likely): it is a named
    # place drawn at the story's town, ``inferred``
    guessed = {
        span.start
        for span, _ in found
        if span.root.ent_type_ in ("PERSON", "ORG") and _settlement(span.root)
    }
    taken = {t for span, _ in found for t in range(span.start, span.end)}
    demonyms = [p for p in _demonym_places(doc, gaz) if p[0].start not in taken]
    regions = _article_regions(found) | _named_regions(unplaced, gaz)
    places = _dateline_places(text, gaz, context, regions) if text is not None else []
    lead = {(p.start, p.end) for p in places}
    found = [
        (span, e)
        for span, e in found
        if (span.start_char, span.end_char) not in lead
        # (a body mention of a dateline's town is placed there already)
        and not any(p.start < span.end_char and span.start_char < p.end for p in places)
    ]
    for p in places:
        if p.location is not None and p.location.country:
            context[p.location.country] += 2
    resolved: list[Location] = []
    pending: list[Span] = []
    named_times = Counter(key(span.text) for span, _ in found)
    anchors = _anchors(found, places)
    for span, entries in found:
        if span.start in guessed:
            town = _guessed_town(span, entries, context, named_times[key(span.text)])
            if town is None:
                pending.append(span)
                continue
            resolved.append(town)
            places.append(Place(span.text, span.start_char, span.end_char, town))
            continue
        best = _choose(span, entries, context, regions, gaz, near=anchors) if entries else None
        if best is not None and key(span.text) in stray:
            best = None  # "near Jau" in a story about South Sudan is not Jaú, Brazil
        if (
            best is not None
            and best.kind == "city"
            and (
                _spelled(best.location.name) != _spelled(span.text)
                or _abroad(best, context)
                or _other_state(best, regions)
            )
        ):
            # known by another name only ("Southold" is an old name of South Bend), or a
            # town in a country the article does not name ("48 in Newport" in a story
            # about Tipperary): a small town that bears it in the article's country is meant
            best = None if _small_town(span, context, regions) else best
        if best is None:
            within = _qualifier(span, gaz)
            if within is not None:  # "Essex, England": a town in England or none
                town = _small_town_in(span.text, within)
            else:
                paired = (span.start, span.end) in between
                town = _small_town(span, context, regions, paired=paired)
            if town is not None:
                resolved.append(town)
                places.append(Place(span.text, span.start_char, span.end_char, town))
                continue
            if span.start in towns_only:
                continue  # "at Stonewall" in a story about no country that has one
            county = _us_county(span, regions)
            if county is not None:
                # at its own point, or at its state when no town places it
                itself = key(county.name) == key(span.text)
                drawn = county if itself else replace(county, inferred=True)
                places.append(Place(span.text, span.start_char, span.end_char, drawn))
                continue
            pending.append(span)
            continue
        resolved.append(best.location)
        places.append(Place(span.text, span.start_char, span.end_char, best.location))
    for span, loc in demonyms:
        places.append(Place(span.text, span.start_char, span.end_char, loc))
    datelined = [p.location for p in places if p.location and str(p.location.precision) == "city"]
    where = datelined[0] if datelined else _article_where(resolved)
    if where is None and pending:
        where = _home_town(doc, modifiers, gaz, context, regions)
    at = replace(where, inferred=True) if where else None
    by_token = {
        t: p.location
        for p in places
        if p.location is not None
        for t in _token_range(doc, p.start, p.end)
    }
    named = {p.location for p in places if p.location is not None}
    for span in pending:
        airport = _airport(span)
        if airport is not None:
            places.append(Place(span.text, span.start_char, span.end_char, airport))
            continue  # "Dulles International Airport": where the airport itself is
        own = (
            _placed_by_phrase(span, by_token)
            or _seat(span, gaz)
            or _placed_by_name(span, gaz, context, regions, named)
        )
        if own is not None and at is not None and _holds_place(own, at):
            own = at  # "the University of Southern California" in a story from Los Angeles
        site = replace(own, inferred=True) if own else at
        places.append(
            Place(
                span.text,
                span.start_char,
                span.end_char,
                site,
                resolved="context" if site else None,
            )
        )
    places.sort(key=lambda p: p.start)
    # the coder asks what country a place it aims an act at is in: the reading made here,
    # with the article's countries, not the name's first reading alone ("near Jau" in a
    # story about South Sudan is not in Brazil); a name only drawn at the story's city is
    # in no country it can tell ("LUANDA - ... the mining town of Ndassima" is not Angola)
    doc.user_data[PLACED] = {
        p.start: p.location.country if p.location and not p.location.inferred else None
        for p in places
    }
    return places


def _people_names(doc: Doc) -> frozenset[str]:
    """Return the capitalised words of the full names of people an article names ("Tyler"
    and "Williams" in "Tyler Williams"): alone, such a word is that person again, as news
    writes a name in full once and shortened after ("Tyler's attorney"), not a town."""
    return frozenset(
        t.text
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1
        for t in e
        if t.text[:1].isupper() and not t.is_stop
    )


def _town_name(name: str, gaz: Gazetteer) -> bool:
    """Return whether a one-word name is only a town's in the gazetteer (no country's,
    region's or curated place's, which a person's name does not hide: "Georgia")."""
    if " " in name:
        return False
    entries = gaz.lookup(name)
    return bool(entries) and all(e.kind == "city" for e in entries)


def _as_capital(place: Place, doc: Doc, gaz: Gazetteer) -> Place:
    """Return a country named only to say whose capital is meant as that capital: an act
    "in Qatar's capital", "near the Syrian capital", "in the capital of Qatar" is in the
    city, not anywhere in the country (its first capital in ``actors/countries.tsv``)."""
    loc = place.location
    if loc is None or str(loc.precision) != "country" or not loc.country:
        return place
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return place
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "the capital of Qatar"
        if head.dep_ == "compound":
            return place
    elif root.dep_ not in ("poss", "amod", "compound", "nmod"):
        return place
    if head.lower_ != "capital" or head.i == root.i:
        return place
    if any(c.dep_ == "amod" for c in head.children if c.i not in range(span.start, span.end)):
        return place  # "Qatar's political capital", "the financial capital of India"
    capital = _capitals().get(loc.country)
    towns = [
        e.location
        for e in (gaz.lookup(capital) if capital else ())
        if e.kind == "city" and e.location.country == loc.country
    ]
    if not towns:
        return place
    lo, hi = min(head.i, span.start), max(head.i + 1, span.end)
    words = doc[lo:hi]
    return Place(words.text, words.start_char, words.end_char, towns[0])


_ABROAD_TOWN = 250_000


def _abroad(e: Entry, context: Counter[str]) -> bool:
    """Return whether a city of under ``_ABROAD_TOWN`` people is outside the one country
    an article is about (Newport, Wales, in a story about Tipperary): a town of its name
    there is then meant, where the small-town list has one."""
    return (
        len(context) == 1
        and not context.get(str(e.location.country))
        and e.population < _ABROAD_TOWN
    )


def _other_state(e: Entry, regions: set[tuple[str | None, str]]) -> bool:
    """Return whether a city of under ``_ABROAD_TOWN`` people lies in another first-level
    region than the ones the article names in its country ("Lafayette", Louisiana, in a
    story about Walker County, Ga.): a smaller town of its name in a named region is then
    meant, where the small-town list has one (LaFayette, Ga.)."""
    loc = e.location
    return (
        e.population < _ABROAD_TOWN
        and (loc.country, loc.admin1) not in regions
        and any(c == loc.country for c, _ in regions)
    )


def _guessed_town(
    span: Span, entries: list[Entry], context: Counter[str], times: int
) -> Location | None:
    """Return the town of its own name a name after "the town of" that the tagger took for
    a person is, when the article names that town's country by more than this name
    ("near the town of Guasdualito" in a story about Venezuela); else None."""
    spelled = _spelled(span.text)
    towns = [
        e
        for e in entries
        if e.kind == "city"
        and _spelled(e.location.name) == spelled
        and context[str(e.location.country)] > times
    ]
    return max(towns, key=lambda e: e.population).location if towns else None


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _not_a_name(span: Span) -> bool:
    """Return whether a tagged span cannot be a place name: a clock time ("11:11pm
    PDT"), a web address, a holiday ("on Easter"), a short mixed-case word ("PoP") or
    words with no capital letter or digit at all ("red states", a foreign word the
    tagger guessed at): a place's name has one ("al-Bab", "2231 Royal")."""
    if any(t.like_url or t.like_email or _CLOCK.match(t.text) for t in span):
        return True
    if span.text.lower() in _CALENDAR_WORDS:
        return True
    word = span.text
    if not any(c.isupper() or c.isdigit() for c in word):
        return True
    return len(span) == 1 and len(word) <= 4 and not (word.istitle() or word.isupper())


def _college(span: Span, gaz: Gazetteer) -> bool:
    """Return whether a name the gazetteer lacks is a US state followed by "State": a
    university or its team ("Mississippi State", "Colorado State"), as US usage has it
    ("New York State" and "Washington State" are in the gazetteer as the states)."""
    if len(span) < 2 or span[-1].text != "State":
        return False
    state = span[:-1].text
    return any(e.kind == "admin1" and e.location.country == "USA" for e in gaz.lookup(state))


def _sector_name(span: Span) -> bool:
    """Return whether a name is that of a front-line sector it is "in" ("in the Krishna
    Ghati sector", "into the Nikial sector")."""
    root = span.root
    sector = root.head
    if root.dep_ != "compound" or sector.i < root.i:
        return False
    # (a name the tagger took for a place or a person but the parser for an adjective:
    # "stormed Lokoruk village")
    named = root.text[:1].isupper() and root.ent_type_ in ("GPE", "LOC", "PERSON", "ORG")
    if root.pos_ != "PROPN" and not (named and sector.lower_ in _SMALL_PLACES):
        return False
    word = sector.lower_
    if word in _NAMED_AREAS:
        # "deployed to Mae Ramat district", "struck Barmal district": a named area, even
        # one the gazetteer lacks
        return True
    if word in _SMALL_PLACES:
        # "stormed Afoji village", "the Dahagram enclave": a named village or enclave, even
        # one the gazetteer lacks (not "a Thai village": whose it is)
        return all(t.ent_type_ != "NORP" for t in span)
    if word in _BORDER_POSTS:
        return any(c.lower_ == "border" for c in sector.children)  # "the Mpondwe border post"
    if word == "border" and sector.dep_ == "compound" and sector.head.lower_ in _BORDER_POSTS:
        return True  # "at the Guasaule border crossing" (parsed "Guasaule border" + crossing)
    if word == "border":
        # "opened fire near the Dahagram border": the stretch of border a place names
        return (
            sector.dep_ == "pobj"
            and sector.head.lower_ in ("near", "at", "along", "on")
            and all(t.ent_type_ != "NORP" for t in span)
        )
    return (
        word == "sector"
        and sector.dep_ == "pobj"
        and sector.head.lower_ in ("in", "into", "near", "across", "along", "on")
    )


_NAMED_AREAS = frozenset(
    {"district", "province", "governorate", "oblast", "prefecture", "municipality"}
)
_BORDER_POSTS = frozenset({"post", "crossing", "checkpoint"})
_SMALL_PLACES = frozenset({"village", "hamlet", "enclave", "exclave"})
"""Nouns a small place's name comes before ("Afoji village", "the Sokh exclave")."""


_ADMIN_WORDS = frozenset({"district", "province", "governorate", "oblast", "prefecture"})


def _named_sector(span: Span) -> bool:
    """Return whether a name is a named front-line sector ("the Krishna Ghati sector"): a
    proper name before "sector" (not "the energy sector")."""
    return (
        len(span) > 1 and span[-1].lower_ == "sector" and all(t.pos_ == "PROPN" for t in span[:-1])
    )


def _proper(span: Span) -> bool:
    """Return whether a name the gazetteer lacks is written as a proper name: its head is
    a proper noun ("Press Street", "Nollywood"), not a common one ("red states",
    "in Divinity", a headline's "SURGE IN MURALS"), or a foreign street's ("Rue d'Enghien")."""
    return span.root.pos_ == "PROPN" or _street_first(span) or _numbered_way(span)


def _token_range(doc: Doc, start: int, end: int) -> range:
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _placed_by_phrase(span: Span, by_token: dict[int, Location]) -> Location | None:
    """Return where an unlisted site's own words put it: "the Bambino Gesu Hospital in
    Rome", "the Crown Heights neighborhood of Brooklyn", "Royal Street, New Orleans"."""
    root = span.root
    doc = span.doc
    heads = [root, root.head] if root.dep_ in ("compound", "nmod") else [root]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "near", "outside"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.i in by_token:
                    return by_token[obj.i]
    for kind in root.children:
        if kind.dep_ == "appos" and kind.lemma_.lower() in _SETTLEMENTS:
            # "Kamalkote, a village in Baramulla district of Indian-administered Kashmir"
            within = [by_token[t.i] for t in kind.subtree if t.i in by_token]
            if within:
                return within[0]
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is not None and doc[span.end].text == "," and after.i in by_token:
        loc = by_token[after.i]
        if str(loc.precision) in ("city", "admin1"):
            return loc
    return None


_NOT_IN_NAMES = frozenset(
    {"north", "south", "east", "west", "central", "centre", "center", "upper", "lower"}
    | {"northern", "southern", "eastern", "western", "new", "old", "great", "greater"}
    | {"university", "college", "academy", "school", "institute", "city", "county"}
)
"""Words that are also place names ("Centre", "West", University in Florida) but in a
site's name only say which part or what it is ("Rogers Centre", "Eglinton Avenue West",
"Colorado State University")."""
_WATERS = frozenset({"river", "lake", "sea", "ocean", "bay", "creek", "canal", "gulf"})


def _holds_place(region: Location, town: Location) -> bool:
    """Return whether a country or first-level region holds a town (or smaller region)."""
    level = str(region.precision)
    if level == "country":
        return str(town.precision) != "country" and town.country == region.country
    if level == "admin1":
        return str(town.precision) == "city" and (town.country, town.admin1) == (
            region.country,
            region.admin1,
        )
    return False


_SEAT_HEADS = frozenset({"ministry", "parliament", "senate", "duma", "knesset", "cabinet"})
"""Last words of a national institution's name that sits in the capital ("the Russian
Foreign Ministry", "the Turkish Parliament"); an embassy sits abroad and is not one."""


@functools.cache
def _capitals() -> dict[str, str]:
    """Return each country's capital (its first in ``actors/countries.tsv``)."""
    rows = read_tsv("actors", "countries.tsv", required=("iso3", "capitals"))
    return {r["iso3"]: r["capitals"].split("|")[0] for r in rows if r["capitals"]}


def _seat(span: Span, gaz: Gazetteer) -> Location | None:
    """Return the capital a national institution named by its country sits in: "the
    Russian Foreign Ministry" is in Moscow, wherever the article was written."""
    if span[-1].lower_ not in _SEAT_HEADS:
        return None
    phrases = load_lexicon().phrases
    countries = {
        e.country
        for tok in span[:-1]
        for e in phrases.get((tok.text,), ())
        if e.kind in ("name", "adjective") and e.country
    }
    if len(countries) != 1:
        return None
    country = countries.pop()
    capital = _capitals().get(country)
    towns = [
        e.location
        for e in (gaz.lookup(capital) if capital else ())
        if e.kind == "city" and e.location.country == country
    ]
    return towns[0] if towns else None


def _airport(span: Span) -> Location | None:
    """Return the airport a site's name names ("London's Heathrow Airport", "Washington
    Dulles International Airport"), from the table of airports with an IATA code; None for
    any other name."""
    if span[-1].lower_ not in AIRPORT_WORDS:
        return None
    name = span.text[4:] if span.text.lower().startswith("the ") else span.text
    return airports().get(key(name))


def _placed_by_name(
    span: Span,
    gaz: Gazetteer,
    context: Counter[str],
    regions: set[tuple[str | None, str]],
    named: set[Location],
) -> Location | None:
    """Return where an unlisted site's own name puts it: a region or country in the name
    ("West Wales", "South Venezuela", "the Bank of England"), or a town the article
    places elsewhere too ("Manila Cathedral"), a world city no other place is named after
    ("the British Embassy Tokyo") or the only town of the name in the country the article
    is most about ("Colchester General Hospital" in a story about Essex). A name that many
    towns share may be a person's ("the Lincoln Memorial"): not taken."""
    if span[-1].lower_ in _WATERS:
        return None  # "the Mississippi River" is not in the state of Mississippi
    region: Location | None = None
    for size in range(len(span) - 1, 0, -1):
        for start in range(span.start, span.end - size + 1):
            sub = span.doc[start : start + size]
            if (
                not sub.text[:1].isupper()
                or sub.text not in gaz
                or _acronym(sub.text)
                or (size == 1 and sub[0].lower_ in _NOT_IN_NAMES)
                or sub[-1].lower_ in _SITE_HEADS  # "State University" is no town here
            ):
                continue
            entries = gaz.lookup(sub.text)
            best = _choose(sub, entries, context, regions, gaz, whole=False) if entries else None
            if best is None or (
                best.kind == "city" and _spelled(best.location.name) != _spelled(sub.text)
            ):
                continue  # "Maxwell" is one of Hermiston's old names, not a town here
            if best.kind == "admin1":
                # "New York University" is in the city of New York, not just the state
                city = next(
                    (
                        e
                        for e in entries
                        if e.kind == "city"
                        and e.population >= 10**6
                        and e.location.country == best.location.country
                    ),
                    None,
                )
                best = city or best
            if best.kind in ("country", "admin1"):
                region = region or best.location
                continue  # a town in the name says more: "the British Embassy Tokyo"
            world_city = best.population >= 10**6 and sum(e.kind == "city" for e in entries) == 1
            if best.location in named or world_city:
                return best.location
            main = context.most_common(2)
            if (
                main
                and (len(main) == 1 or main[0][1] > main[1][1])
                and best.location.country == main[0][0]
                and sum(e.location.country == main[0][0] for e in entries) == 1
            ):
                return best.location  # the only town of the name in the article's country
    return region


def _small_town(
    span: Span,
    context: Counter[str],
    regions: set[tuple[str | None, str]],
    *,
    paired: bool = False,
) -> Location | None:
    """Return the town of 1,000 to 15,000 people (under 5,000: only in a region the
    article names) a place name the gazetteer lacks can be, in a country the article is
    about: in a state it names first, then in the country it is most about, then the
    biggest ("the fire in Nenagh" in a story about Ireland)."""
    towns = [
        (loc, pop)
        for loc, pop in small_towns().get(key(span.text), ())
        if loc.country
        and (
            pop >= _VILLAGE
            or (loc.country, loc.admin1) in regions
            or paired
            or _after_locative(span)
            or _untagged_after_locative(span)
        )
    ]
    if context or len(towns) > 1:
        # in a country the article is about, else in a state it names ("LaFayette" in a
        # story that names Ga. only in an office's name)
        towns = [(loc, pop) for loc, pop in towns if context.get(str(loc.country))] or [
            (loc, pop) for loc, pop in towns if (loc.country, loc.admin1) in regions
        ]
    if not towns:
        return None  # (an article that names no country may still name a unique town)
    named = [t for t in towns if (t[0].country, t[0].admin1) in regions]
    if not named and any(c == t[0].country for c, _ in regions for t in towns):
        return None  # "Riverdale" in a New Jersey story: not Riverdale, New York
    best = max(
        towns,
        key=lambda t: ((t[0].country, t[0].admin1) in regions, context[str(t[0].country)], t[1]),
    )
    return best[0]


def _small_town_in(name: str, within: Callable[[Entry], bool]) -> Location | None:
    """Return the biggest town of under 15,000 people of a name in a region."""
    towns = [
        (loc, pop)
        for loc, pop in small_towns().get(key(name), ())
        if within(Entry(loc, "city", pop))
    ]
    return max(towns, key=lambda t: t[1])[0] if towns else None


def _us_county(span: Span, regions: set[tuple[str | None, str]]) -> Location | None:
    """Return the US county named in the text ("Morris County"): the one in the state the
    article names, else the only one of that name; None when several states have one and
    the article names none of them."""
    counties = us_counties().get(key(span.text), ())
    named = [c for c in counties if (c.country, c.admin1 or c.name) in regions]
    if named:
        return named[0]
    return counties[0] if len(counties) == 1 else None


def _acronym(name: str) -> bool:
    """Return whether a name is written as an acronym ("UN", "NYC"), which names no town."""
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= 3


def _as_region(span: Span) -> bool:
    """Return whether a region's abbreviation stands where a place does: after a town and
    a comma ("Boston, Mass."), in brackets ("(Ga.)"), after "in", "near"… ("in D.C."),
    or before a place noun ("the B.C. border", "Ont. towns")."""
    before = span.doc[span.start - 1].text if span.start else ""
    root = span.root
    return (
        before in (",", "(")
        or (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE)
        or (root.dep_ in ("compound", "nmod") and _near_place_noun(root))
    )


_DEMONYM_PLACES = frozenset(
    {"border", "borders", "frontier", "capital", "city", "town", "village", "island"}
    | {"islands", "coast", "coastline", "territory", "territories", "waters", "airspace"}
    | {"soil", "enclave", "mainland", "countryside", "shore", "port", "side"}
    | {"economy", "market", "markets", "industry", "farm", "farms", "jurisdiction"}
    | {"jurisdictions"}
)
"""Nouns a country adjective before them makes a place: "the Syrian capital", "a Greek
island", and what lies or is done in a country ("the American economy", "British farms",
"the Peruvian export market"), not who acts ("Turkish forces", "the Russian embassy")."""
_REGION_ADJECTIVES = {
    r["adjective"]: r["place"]
    for r in read_tsv("geo", "region_adjectives.tsv", required=("adjective", "place"))
}


def _demonym_places(doc: Doc, gaz: Gazetteer) -> list[tuple[Span, Location]]:
    """Return the country adjectives that say where, not who: the one modifying a place
    noun ("the Syrian capital", "along the Turkish border", "a Greek island"), placed at
    the country with its precision. "Turkish forces" stays a demonym, not a place."""
    lex = load_lexicon()
    out: list[tuple[Span, Location]] = []
    for tok in doc_tokens(doc):
        if tok.dep_ not in ("amod", "compound", "nmod") or not tok.text[:1].isupper():
            continue
        head = tok.head
        while head.dep_ in ("amod", "compound") and head.head.i > head.i and head.pos_ == "ADJ":
            head = head.head  # "the Syrian-Turkish border"
        if head.lemma_.lower() not in _DEMONYM_PLACES or head.i < tok.i:
            continue
        if head.lemma_.lower() == "side" and not any(c.lower_ == "of" for c in head.children):
            continue  # "the British side" is a party; "the Syrian side of the border" a place
        entries = lex.phrases.get((tok.text,), ())
        iso = next((e.country for e in entries if e.kind == "adjective" and e.country), None)
        country = gaz.country_by_iso3.get(iso) if iso else None
        if country is not None:
            out.append((doc[tok.i : tok.i + 1], country.location))
        elif tok.text in _REGION_ADJECTIVES:
            # "the English city of Salisbury", "the African market": a region's adjective
            region = _region(gaz, _REGION_ADJECTIVES[tok.text])
            if region is not None:
                out.append((doc[tok.i : tok.i + 1], region))
    return out


def _region(gaz: Gazetteer, name: str) -> Location | None:
    """Return the region or continent a region adjective's table names ("England")."""
    for e in gaz.lookup(name):
        if e.kind in ("admin1", "continent", "area", "curated") and e.location.name == name:
            return e.location
    return None


def _dateline_places(
    text: str,
    gaz: Gazetteer,
    context: Counter[str],
    named: set[tuple[str | None, str]],
) -> list[Place]:
    """Return the places of an article's datelines: the town, placed in the region or
    country written after it ("ALLENDALE, N.J. --"), and that region or country."""
    out: list[Place] = []
    top = max(context.values(), default=1)
    found = datelines(text)
    if not found or found[0][0][0] > 200:
        found = [*_bare_dateline(text, gaz), *found]
    for (start, end), region in found:
        name = text[start:end]
        entries = gaz.lookup(name)
        within: Callable[[Entry], bool] | None = None
        if region is not None:
            regions = gaz.lookup(text[region[0] : region[1]])
            if regions:
                within = _within_any(regions)
                out.append(Place(text[region[0] : region[1]], *region, regions[0].location))
                if not any(within(e) for e in entries):
                    # a town too small for the gazetteer: "ALLENDALE, N.J. --"
                    town = _small_town_in(name, within) or replace(
                        regions[0].location, inferred=True
                    )
                    out.append(Place(name, start, end, town))
                    continue
        if not entries:
            small = _dateline_town(name, context, named) if region is None else None
            if small is not None:  # "KHUN HAN — ...": a town only the small-town list knows
                out.append(Place(name, start, end, small))
                out += _named_again(text, small, end)
            continue
        spelled = _spelled(name)
        best = max(
            entries,
            key=lambda e: (
                _score(e, spelled, context, top)
                + (10.0 if within and within(e) else 0)
                # a dateline names the town the reporter is in: "WASHINGTON, Jan 5 -" and
                # "LIMA -" are the cities, not the state or region around them
                + (_DATELINE_TOWN if _own_town(e, spelled) else 0.0)
            ),
        )
        out.append(Place(name, start, end, best.location))
    return sorted(out, key=lambda p: p.start)


_DATELINE_TOWN = 5.0


def _own_town(e: Entry, spelled: str) -> bool:
    return e.kind == "city" and _spelled(e.location.name) == spelled


def _dateline_town(
    name: str, context: Counter[str], regions: set[tuple[str | None, str]]
) -> Location | None:
    """Return the one town of under 15,000 people a dateline's name can be in the
    countries the article names (of several, the one in a first-level region it names:
    "(Red Oak) --" in a story about Iowa), or None."""
    towns = [loc for loc, _ in small_towns().get(key(name), ()) if context.get(str(loc.country))]
    if len(towns) > 1:
        towns = [loc for loc in towns if (loc.country, loc.admin1) in regions]
    return towns[0] if len(towns) == 1 else None


def _named_again(text: str, town: Location, after: int) -> list[Place]:
    """Return the body's mentions of a dateline's small town, by its own name ("a ranger
    outpost outside Khun Han"): the dateline says the name is a place, which the tagger,
    taking it for a person, does not."""
    found = re.finditer(rf"(?<![\w-]){re.escape(town.name)}(?![\w-])", text[after:])
    return [Place(m.group(), after + m.start(), after + m.end(), town) for m in found]


_BARE_DATELINE = re.compile(
    r"\A\s*(?:(?P<caps>[A-Z][A-Z'.\u2019-]+(?: [A-Z][A-Z'.\u2019-]+){0,2})(?= [A-Z][a-z])"
    r"|(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s"
    r"|\((?P<paren>[A-Z][A-Za-z'.\u2019-]+(?: [A-Z][A-Za-z'.\u2019-]+){0,2})\)\s*"
    r"(?:-{1,2}|[\u2013\u2014])\s)"
)


def _bare_dateline(text: str, gaz: Gazetteer) -> list[tuple[tuple[int, int], None]]:
    """Return the town an article opens with when it has no dash: "LONDON Pope Francis
    urged ...", "Muscat: The film festival ...", or in brackets before a dash, as some
    broadcasters write it: "(Red Oak) -- The candidates ...". Only a town or country the
    gazetteer knows counts ("BREAKING NEWS Officials said ..." is no dateline), or in
    brackets a town the small-town list knows ("(CNN) --" is none)."""
    m = _BARE_DATELINE.match(text)
    if m is None:
        return []
    group = next(g for g in ("caps", "town", "paren") if m.group(g))
    name = m.group(group)
    entries = gaz.lookup(name)
    known = any(e.kind in ("city", "country") for e in entries)
    if _acronym(name) or not (known or (group == "paren" and small_towns().get(key(name)))):
        return []
    return [(m.span(group), None)]


def _candidates(
    doc: Doc, gaz: Gazetteer, between: frozenset[tuple[int, int]] = frozenset()
) -> list[_Candidate]:
    out: list[_Candidate] = []
    taken: set[int] = set()
    ents = doc.ents  # (built anew on each access)
    for ent in ents:
        if (
            ent.label_ not in PLACE_LABELS
            and not _named_site(ent)
            and not (ent.label_ in _MISTAKEN and _residence(ent.root) and ent.text in gaz)
            and not (ent.label_ == "NORP" and _region_not_people(ent, gaz))
        ):
            continue
        span = _trim(ent)
        if span is None:
            continue
        if ent.start in taken:
            continue  # the rest of a name run on to ("Spain" of "Port of Spain")
        span = _without_bearing(_run_on(span, gaz), gaz)
        for part in _parts(span, gaz):
            out.append(_Candidate(part, ent.label_))
        taken.update(range(ent.start, max(ent.end, span.end)))
    blocked = {t.i for e in ents if e.label_ in _OTHER_LABELS for t in e}
    # one name, one sense in an article: a name the tagger calls a place elsewhere in it is
    # that place where it calls it a person ("Samos's economy" beside "on Samos"), unless
    # it is part of a person's full name there too ("Tyler" beside "Tyler Williams")
    named_places = {
        e.text
        for e in ents
        if e.label_ in PLACE_LABELS
        or (e.label_ in ("PERSON", "ORG") and _after_locative(e) and e.text in gaz)
    }  # (a gazetteer name after "in", "on"… is a place there though tagged a person)
    in_full_names = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    echoes = {
        e.start
        for e in ents
        if e.label_ in ("PERSON", "NORP")
        and e.text in named_places
        and not any(t.text in in_full_names for t in e)
    }
    # "in March", "on Easter" (but the tagger also calls some towns dates: "in Manbij")
    dated = {
        t.i
        for e in ents
        if e.label_ in _TIME_LABELS
        for t in e
        if t.lower_ in _CALENDAR_WORDS or t.like_num
    }
    i = 0
    n = len(doc)
    # read every token once: building spaCy Token and Span objects in this loop is what
    # costs, so a stretch is looked up in the gazetteer from the text before any is made
    text = doc_text(doc)
    words: list[str] = []
    starts: list[int] = []
    free: list[bool] = []
    for t in doc_tokens(doc):
        words.append(t.text)
        starts.append(t.idx)
        free.append(t.i not in taken and t.i not in dated and not t.is_space)
    while i < n:
        hit = None
        if free[i] and words[i][:1].isupper():
            for size in range(min(gaz.max_words, n - i), 0, -1):
                last = i + size - 1
                if not words[last][:1].isupper() or not all(free[i : last + 1]):
                    continue
                name = text[starts[i] : starts[last] + len(words[last])]
                if not name.strip() or name not in gaz:
                    continue
                span = doc[i : i + size]
                venue = _event_venue(span)
                if (
                    any(t.i in blocked for t in span)
                    and not _whole_entity(span)
                    and not _after_locative(span)
                    and not venue
                    and not (i in echoes and _whole_tagged(span))
                ):
                    continue
                if _glued(span) and not venue:
                    continue
                if _plausible(span, gaz):
                    hit = span
                    break
        if hit is not None:
            out.append(_Candidate(hit, ""))
            i = hit.end
        else:
            i += 1
    have = {t for c in out for t in range(c.span.start, c.span.end)}
    for tok in doc_tokens(doc):
        if tok.i == 0 or not (
            tok.lower_ == "sector"
            or tok.lower_ in _NAMED_AREAS
            or tok.lower_ in _BORDER_POSTS
            or tok.lower_ in _SMALL_PLACES
            or tok.lower_ == "border"
        ):
            continue
        end = tok.i
        if tok.lower_ in _BORDER_POSTS and doc[end - 1].lower_ == "border":
            end -= 1  # "the Mpondwe border post"
        start = end
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        misparsed = (
            start == end
            and tok.lower_ in _SMALL_PLACES
            and doc[end - 1].pos_ == "PROPN"
            and doc[end - 1].dep_ == "pobj"
            and doc[end - 1].text[:1].isupper()
            and doc[end - 1].ent_type_ != "NORP"
        )
        if misparsed:
            # "near the Sokh exclave", where the parser took the rare noun for an adverb
            # and the name for what "near" governs
            start = end - 1
            while (
                start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
            ):
                start -= 1
        span = doc[start:end]
        if (
            len(span)
            and not have.intersection(range(span.start, span.end))
            and (misparsed or _sector_name(span))
        ):
            out.append(_Candidate(span, ""))  # "in the Uri sector", a name the tagger missed
            have.update(range(span.start, span.end))  # (once: "the X border crossing")
    for tok in doc_tokens(doc):
        if tok.ent_type_ or not tok.text[:1].isupper() or tok.i in have or not _settlement(tok):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper():
            start -= 1
        if not have.intersection(range(start, tok.i + 1)):
            # "near the village of Sotk": a name the tagger did not take for anything
            out.append(_Candidate(doc[start : tok.i + 1], ""))
            have.update(range(start, tok.i + 1))
    for start, end in sorted(between):
        if not have.intersection(range(start, end)):
            out.append(_Candidate(doc[start:end], _TOWN))
            have.update(range(start, end))
    out += [_Candidate(span, _TOWN) for span in _towns_after_preposition(doc, have)]
    have.update(t for c in out for t in range(c.span.start, c.span.end))
    out += [_Candidate(span, "") for span in _listed_with(doc, out, have)]
    out += [_Candidate(span, "") for span in _numbered_ways(doc, have)]
    out.sort(key=lambda c: c.span.start)
    return _with_dc(doc, out)


_TOWN = "TOWN"


def _between_names(doc: Doc, gaz: Gazetteer) -> frozenset[tuple[int, int]]:
    """Return the (start, end) tokens of the two names in "between X and Y" when both are
    places the gazetteer or the small-town list knows and neither is a group's or a
    person's name the actor tables know ("congestion backing up between Coggeshall and
    Marks Tey", which the parser may read as one name, or the tagger as a person's): two
    places joined by "between" bound a stretch of road, a front or a journey, whatever
    the parse says. Read from the words, at each "between" only."""
    out: set[tuple[int, int]] = set()
    n = len(doc)
    for tok in doc_tokens(doc):
        if tok.text == "-":
            out.update(_route_ends(doc, tok, gaz))
            continue
        if tok.lower_ != "between":
            continue
        first = _capitalised_run(doc, tok.i + 1)
        if first is None or first[1] >= n or doc[first[1]].lower_ != "and":
            continue
        second = _capitalised_run(doc, first[1] + 1)
        if second is None:
            continue
        pair = [first, second]
        if all(_known_place(doc[a:b].text, gaz) for a, b in pair) and not any(
            doc[a].ent_iob_ == "B"
            and doc[a].ent_type_ == "ORG"
            and (b == len(doc) or doc[b].ent_iob_ != "I")
            for a, b in pair
        ):  # (not "the match between Liverpool and Everton", two clubs the tagger names)
            out.update(pair)
    return frozenset(out)


_ROUTE_NOUNS = frozenset(
    {"route", "road", "highway", "expressway", "motorway", "freeway", "railway", "railroad"}
    | {"rail", "line", "train", "trains", "flight", "flights", "service", "leg", "link"}
    | {"corridor", "pipeline", "bus", "ferry", "journey", "trip", "connection", "axis"}
)
"""Nouns a pair of towns joined by a hyphen bounds ("the Lagos-Ibadan expressway")."""


def _route_ends(doc: Doc, hyphen: Token, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Return the (start, end) tokens of the two towns a hyphen joins before a noun of
    a route ("the Lagos-Ibadan expressway", "the Amsterdam-London leg", "a Delhi-Mumbai
    flight"): the two ends of a road or a journey are places. Not countries ("the
    US-China trade war"), whose pairs name relations between states."""
    i = hyphen.i
    if i == 0 or hyphen.whitespace_ or doc[i - 1].whitespace_:
        return []
    second = _capitalised_run(doc, i + 1)
    if second is None or second[1] >= len(doc) or doc[second[1]].lower_ not in _ROUTE_NOUNS:
        return []
    firsts = [
        (i - k, i)
        for k in (3, 2, 1)
        if i - k >= 0 and all(t.text[:1].isupper() and t.is_alpha for t in doc[i - k : i])
    ]
    first = next((f for f in firsts if _town_end(doc[f[0] : f[1]].text, gaz)), None)
    if first is None or not _town_end(doc[second[0] : second[1]].text, gaz):
        return []
    return [first, second]


def _town_end(name: str, gaz: Gazetteer) -> bool:
    """Return whether a name can be one end of a route: a known place, not a country."""
    return _known_place(name, gaz) and not any(e.kind == "country" for e in gaz.lookup(name))


def _capitalised_run(doc: Doc, i: int) -> tuple[int, int] | None:
    """Return the (start, end) of the run of up to four capitalised words from token i."""
    end = i
    while end < len(doc) and end - i < 4 and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return (i, end) if end > i else None


def _known_place(name: str, gaz: Gazetteer) -> bool:
    """Return whether a name is a place's the gazetteer or the small-town list has and not
    a group's or a person's the actor tables know ("Hamas", "Putin")."""
    if not (name in gaz or small_towns().get(key(name))):
        return False
    return not _named_group(name)


"""The label of a candidate only the small-town list knows, read after "in" or "at": it is
a place only as a town of the countries the article is about, never drawn at its city."""
_TOWN_PREPS = frozenset({"in", "at", "near", "outside", "between", "via", "from"})


def _towns_after_preposition(doc: Doc, have: set[int]) -> list[Span]:
    """Return the names after "in", "at", "near" or "outside" that the tagger left untagged
    or took for an organisation and the gazetteer lacks, but the small-town list has ("a
    forum in Clarinda", "the market at Wana"): the preposition says where, the list that
    the name is a town. Whether it is one of the article's countries is decided later."""
    out: list[Span] = []
    for tok in doc:
        if tok.i in have or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        root = tok
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "in Clarinda and Shenandoah"
        if root.dep_ != "pobj" or root.head.lower_ not in _TOWN_PREPS:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper():
            start -= 1
        span = doc[start : tok.i + 1]
        if have.intersection(range(span.start, span.end)):
            continue
        labels = {t.ent_type_ for t in span}
        if labels - {"", "ORG"} or ("ORG" in labels and not _whole_org(span)):
            continue  # a person after "at" is no town; nor part of a longer organisation
        if small_towns().get(key(span.text)):
            out.append(span)
    return out


def _listed_with(doc: Doc, found: list[_Candidate], have: set[int]) -> list[Span]:
    """Return the names listed with a place name after "in", "from", "between"… that the
    tagger took for a person or an organisation or left untagged ("between Coggeshall
    and Marks Tey", "teams from New Quay and Gwbert"): a list after a preposition of
    place is a list of places. Not a name that is part of a person's name elsewhere in
    the article, one with a title ("in Kyiv and President Zelensky's office"), an
    acronym, or a name the actor tables know.
    """
    out: list[Span] = []
    people: dict[str, set[int]] | None = None  # a person's name words -> where named
    for c in found:
        root = c.span.root
        head = root
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ not in _LIST_PREPS:
            continue
        for tok in root.conjuncts:
            if tok.i in have or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
                continue
            start = tok.i
            while (
                start > 0
                and doc[start - 1].dep_ == "compound"
                and doc[start - 1].text[:1].isupper()
            ):
                start -= 1
            span = doc[start : tok.i + 1]
            labels = {t.ent_type_ for t in span}
            if have.intersection(range(span.start, span.end)) or labels - {"", "PERSON", "ORG"}:
                continue
            if labels != {""} and not _whole_tagged(span):
                continue  # part of a longer name
            if any(t.pos_ != "PROPN" or _role_word(t) for t in span):
                continue  # "President Zelensky"
            if span.text.isupper() or load_lexicon().phrases.get(tuple(span.text.split())):
                continue  # "from BP and Shell": a company the tables or the capitals name
            if people is None:
                people = {}
                for e in doc.ents:
                    if e.label_ == "PERSON":
                        for t in e:
                            people.setdefault(t.text, set()).add(e.start)
            if any(people.get(t.text, set()) - {span.start} for t in span):
                continue  # "Putin" in "between Moscow and Putin" where "Vladimir Putin" is
            out.append(span)
            have.update(range(span.start, span.end))
    return out


_LIST_PREPS = frozenset({"in", "at", "near", "from", "to", "between", "across", "outside"})

_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_ROAD_NUMBER = re.compile(r"[ABM]\d{1,4}|I-\d{1,3}")
_STREET_ENDS = frozenset(
    {"St.", "St", "Street", "Ave.", "Ave", "Avenue", "Rd.", "Road", "Blvd.", "Boulevard"}
    | {"Drive", "Lane", "Place"}
)
_WAY_PREPS = frozenset(
    {"on", "along", "off", "onto", "near", "at", "from", "to", "via", "between", "across"}
)


def _numbered_ways(doc: Doc, have: set[int]) -> list[Span]:
    """Return the numbered streets and roads the tagger missed or took for a date: "on
    14th St.", "a crash on the A120", "off I-95" (a road number only after "the" or, for
    an interstate, as written, and only after "on", "along", "off"...)."""
    out: list[Span] = []
    for tok in doc_tokens(doc):
        if tok.i in have:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (
            nxt is not None
            and nxt.i not in have
            and _ORDINAL.fullmatch(tok.text)
            and nxt.text in _STREET_ENDS
        ):
            out.append(doc[tok.i : nxt.i + 1])  # "14th St.", tagged a date
        elif _ROAD_NUMBER.fullmatch(tok.text) and _numbered_way(doc[tok.i : tok.i + 1]):
            out.append(doc[tok.i : tok.i + 1])
    return out


def _numbered_way(span: Span) -> bool:
    """Return whether a name is a numbered street ("14th St.") or a road's number after a
    preposition of place ("on the A120", "off I-95"): a location wherever it stands."""
    doc = span.doc
    if len(span) == 2 and _ORDINAL.fullmatch(span[0].text) and span[1].text in _STREET_ENDS:
        return True
    if len(span) != 1 or not _ROAD_NUMBER.fullmatch(span.text):
        return False
    tok = span[0]
    before = doc[tok.i - 1] if tok.i else None
    the = before is not None and before.lower_ == "the"
    return (
        (the or tok.text.startswith("I-")) and tok.dep_ == "pobj" and tok.head.lower_ in _WAY_PREPS
    )


_EVENT_HEADS = frozenset(
    {"festival", "conference", "expo", "exhibition", "summit", "fair", "show", "marathon"}
    | {"carnival", "biennale"}
)
"""Last words of an event's name that is held where its name says ("the Muscat Film
Festival", "the Marine Energy Wales Conference", "the Geneva Motor Show"). Not "Congress"
or "Convention", which name parties and treaties ("the African National Congress")."""


def _event_venue(span: Span) -> bool:
    """Return whether a place name opens the name of an event held there ("the 10th Muscat
    International Film Festival", "the Munich Security Conference"): the place is where
    the event is, though the tagger takes the whole for an event or an organisation."""
    doc = span.doc
    first = doc[span.start]
    if first.ent_type_ not in ("EVENT", "ORG") or any(
        t.ent_type_ != first.ent_type_ or not t.text[:1].isupper() for t in span
    ):
        return False
    end = span.end
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    last = doc[end - 1]
    return end > span.end and last.lower_ in _EVENT_HEADS and last.text[:1].isupper()


def _whole_org(span: Span) -> bool:
    """Return whether a span is exactly one entity the tagger took for an organisation."""
    doc = span.doc
    return (
        doc[span.start].ent_iob_ == "B"
        and all(t.ent_type_ == "ORG" for t in span)
        and (span.end == len(doc) or doc[span.end].ent_iob_ != "I")
    )


def _with_dc(doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
    """Join "Washington" and "D.C." after its comma into one name, as it is written."""
    out: list[_Candidate] = []
    for c in found:
        prev = out[-1].span if out else None
        if (
            prev is not None
            and c.span.text == "D.C."
            and c.span.start == prev.end + 1
            and doc[prev.end].text == ","
        ):
            out[-1] = _Candidate(doc[prev.start : c.span.end], out[-1].label)
            continue
        out.append(c)
    return out


def _after_locative(span: Span) -> bool:
    """Return whether a name the tagger took for a person follows "in", "to", "near"…
    as one whole entity ("a visit to Ladakh")."""
    root = span.root
    doc = span.doc
    whole = _starts_entity(span) and (span.end == len(doc) or doc[span.end].ent_iob_ != "I")
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "stores in Zilina, Nitra and Kosice"
    return whole and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE - {"by"}


def _untagged_after_locative(span: Span) -> bool:
    """Return whether a name the tagger left untagged follows "in", "at", "near"… ("the
    market at Wana"): the preposition says it is where, as for a tagged name."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return (
        all(not t.ent_type_ for t in span)
        and root.dep_ == "pobj"
        and root.head.lower_ in _LOCATIVE - {"by"}
    )


def _glued(span: Span) -> bool:
    """Return whether a name is part of a longer proper name ("PUBG Mobile")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(
        t is not None
        and t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and t.ent_type_ not in PLACE_LABELS
        for t in (before, after)
    )


_SITE_HEADS = frozenset(r["noun"] for r in read_tsv("geo", "site_nouns.tsv", required=("noun",)))
_INSTITUTIONS = frozenset(
    r["noun"] for r in read_tsv("geo", "institution_nouns.tsv", required=("noun",))
)
_INSTITUTION_PREPS = _LOCATIVE - (
    {"from", "by", "through", "via", "over", "under"} | {"past", "on", "off", "out"}
)
"""Prepositions after which an institution's name is where someone or something is
("at", "in", "to", "inside"): not "from" ("a degree from Washington University")."""


_SITE_PREPS = frozenset({"at", "inside", "outside", "near"})
_NO_SURNAMES = frozenset({"shoal", "reef", "atoll", "street", "avenue", "boulevard", "drive"})
"""Site heads no one's name ends in: "blocked it from reaching Escoda Shoal", tagged a
person, is the shoal wherever it stands in the sentence."""
_DENOMINATIONS = frozenset(
    r["word"] for r in read_tsv("geo", "denominations.tsv", required=("word",))
)
_SETTLEMENTS = frozenset(
    {"village", "town", "city", "island", "district", "province", "region", "hamlet"}
)


_ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"}
)
"""Ordinals that number a congregation ("First Baptist Church"), whose church is a
building."""


_MISTAKEN = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "LANGUAGE", "WORK_OF_ART", "EVENT"})
"""What the tagger calls a name that "the town of" before it says is a place."""


def _region_not_people(ent: Span, gaz: Gazetteer) -> bool:
    """Return whether a name the tagger took for a people is a country's or a listed
    area's ("eastern Ghouta", "parts of eastern Abkhazia") that the actor tables do not
    know as a people's adjective or a group's name."""
    name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    if not name[:1].isupper() or load_lexicon().phrases.get(tuple(name.split())):
        return False
    return any(e.kind in ("country", "curated", "area") for e in gaz.lookup(name))


def _people(span: Span) -> bool:
    """Say whether a name the tagger took for a nationality or people ("a Tajik border
    post") is one, not a town it mistook ("the town of Saravan")."""
    return all(t.ent_type_ == "NORP" for t in span) and not _settlement(span.root)


def _named_site(ent: Span) -> bool:
    """Return whether a name the tagger took for an organisation or a person is a named
    site ("Royal Street", "Manila Cathedral", "Meydan Racecourse") used as a location."""
    root = ent.root
    if ent.label_ == "ORG" and root.dep_ == "pobj" and root.head.lower_ in _SITE_PREPS:
        # "a shooting at Marjory Stoneman Douglas High School", "at Wegmans"; not where
        # someone works: "an economist at Moody's Analytics"
        return not _member(root.head.head)
    if ent.label_ in _MISTAKEN and _settlement(root):
        # "off the island of Kasos", "the village of Odzisi" (tagged a person), "near the
        # town of Saravan" (tagged a nationality)
        return True
    if ent.label_ in ("ORG", "PERSON") and any(
        c.dep_ == "appos" and c.lemma_.lower() in _SETTLEMENTS for c in root.children
    ):
        return True  # "in Kamalkote, a village in Baramulla district" (tagged an organisation)
    if ent.label_ not in ("ORG", "PERSON", "EVENT") or len(ent) < 2:
        return False
    if _street_first(ent):
        return True  # "formerly Rue Casa Calvo", "on Avenida Paulista"
    last = ent[-1]
    if ent.label_ == "ORG" and last.lower_ in _INSTITUTIONS and last.text[:1].isupper():
        return _institution_site(root)
    if last.lower_ not in _SITE_HEADS or not last.text[:1].isupper():
        return False
    if (
        last.lower_ == "church"
        and ent[-2].lower_ in _DENOMINATIONS
        and not (len(ent) > 2 and ent[-3].lower_ in _ORDINAL_WORDS)
    ):
        return False  # "the Catholic Church": the institution; not "Third Baptist Church"
    if (
        ent.label_ == "PERSON"
        and last.lower_ not in _NO_SURNAMES
        and not (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE)
    ):
        return False  # "Conleth Hill put in a lovely turn": a surname, unless "at ... Hill"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _near_place_noun(root):
        return True  # "in the area of Eglinton Avenue and Dubonet Drive"
    if root.dep_ == "pobj" and last.lower_ in _NO_SURNAMES:
        return True  # "this stretch of Royal Street": a street after any preposition
    return (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE) or root.dep_ in (
        "nsubj",
        "nsubjpass",
        "attr",
        "appos",
        "conj",
        "dobj",
        "compound",
    )


_STREET_FIRST = frozenset({"Rue", "Calle", "Avenida", "Rua", "Via", "Viale", "Piazza", "Praça"})
"""First words of street and square names in French, Spanish, Portuguese and Italian ("Rue
de Rivoli", "Calle Mayor", "Avenida Paulista", "Via Veneto"), which no one's name opens."""


def _street_first(span: Span) -> bool:
    """Return whether a name is a street's in French, Spanish, Portuguese or Italian."""
    doc = span.doc
    first = doc[span.start + 1] if doc[span.start].lower_ == "the" else doc[span.start]
    return first.text in _STREET_FIRST and first.i < span.end - 1


def _institution_site(root: Token) -> bool:
    """Return whether an institution's name ("Florida Atlantic University", "the Russian
    Embassy") is used for its building or campus: after "at", "in", "to", "inside"… and
    not after a member noun ("a scientist at Colorado State University"), as the object
    of a verb of going ("leaving the Russian Embassy"), or in a list with such a name
    ("accepted to Florida Atlantic University and California State University"). Not
    the subject of a verb ("Colorado State University forecasts"), nor after "from"."""
    while root.dep_ in ("conj", "appos") and root.head.i < root.i:
        root = root.head
    if root.dep_ == "pobj":
        prep = root.head
        return prep.lower_ in _INSTITUTION_PREPS and not _member(prep.head)
    return root.dep_ == "dobj" and root.head.lemma_.lower() in _TRAVEL


_MEMBER_NOUNS = frozenset(
    r["noun"] for r in read_tsv("geo", "member_nouns.tsv", required=("noun",))
)


def _member(tok: Token) -> bool:
    """Return whether a word names someone who works or studies somewhere ("economist",
    "student", "spokesman"), so that "at X" after it is an employer, not a place."""
    return tok.pos_ in ("NOUN", "PROPN") and (
        tok.lemma_.lower() in _MEMBER_NOUNS or _role_word(tok)
    )


_OUTSKIRTS = frozenset({"outskirts", "outskirt", "suburbs", "suburb", "environs"})
"""Nouns whose "of" names a town: "on the outskirts of Amuda"."""


def _settlement(root: Token) -> bool:
    """Return whether a name follows "the village of", "the island of", "the town of" or
    "the outskirts of"."""
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and (root.head.head.lemma_.lower() in _SETTLEMENTS or root.head.head.lower_ in _OUTSKIRTS)
    )


def _whole_entity(span: Span) -> bool:
    ents = {t.ent_type_ for t in span}
    return bool(
        _starts_entity(span)
        and (span.end == len(span.doc) or span.doc[span.end].ent_iob_ != "I")
        and ents & {"ORG"}
    )


def _whole_tagged(span: Span) -> bool:
    """Return whether a span is exactly one tagged entity."""
    doc = span.doc
    return doc[span.start].ent_iob_ == "B" and (
        span.end == len(doc) or doc[span.end].ent_iob_ != "I"
    )


def _starts_entity(span: Span) -> bool:
    """Return whether a name starts a tagged entity, or follows the "the" that does
    ("the Holy See")."""
    doc = span.doc
    if doc[span.start].ent_iob_ == "B":
        return True
    before = doc[span.start - 1] if span.start else None
    return before is not None and before.lower_ == "the" and before.ent_iob_ == "B"


def _plausible(span: Span, gaz: Gazetteer) -> bool:
    """Return whether a capitalised name the tagger missed is worth taking as a place."""
    if span[0].is_sent_start and len(span) == 1 and span[0].is_stop:
        return False
    if len(span) == 1 and (span[0].pos_ not in ("PROPN", "NOUN") or span[0].is_stop):
        return False
    entries = gaz.lookup(span.text)
    big = any(
        e.kind in ("country", "admin1", "area", "curated", "continent") or e.population >= 100_000
        for e in entries
    )
    # a smaller town is taken when the sentence puts it where things happen, as one whole
    # name right after "in", "near", "to"… ("troops near Novi Pazar"), or says where
    # someone lives ("Jane Doe, of Bellmore")
    return big or (bool(entries) and (_after_locative(span) or _residence(span.root)))


def _residence(root: Token) -> bool:
    """Return whether a name says where a person lives or comes from, written as wire
    stories do after the person's name: "John Smith, 34, of Leighton, was charged", "Ann
    and Bob Carr of Bellmore". Not "the president of Kenya" (a role, no name)."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    person = root.head.head
    while person.dep_ in ("conj", "appos") and person.ent_type_ != "PERSON":
        person = person.head  # "Jo Carr, 34, of Leighton": "of" can hang on the age
    return (
        person.ent_type_ == "PERSON"
        and person.i < root.i
        and root.ent_iob_ != "I"
        and all(t.ent_type_ in ("", "PERSON", "ORG", "GPE") for t in root.subtree)
    )


def _trim(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    for i in range(start + 1, end - 1):
        if doc[i].text == "," and doc[i + 1].text != "D.C.":
            end = i  # the tagger ran on: "the Manila Cathedral, Cardinal Tagle"
            break
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if end < len(doc) and doc[end].lower_ in _ADMIN_WORDS | {"sector"}:
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text[:1].isupper()
            and not doc[start - 1].ent_type_
            and doc[start - 1].dep_ == "compound"
            and start <= doc[start - 1].head.i < end
        ):
            start -= 1  # "Surin's Kap Choeng district": the tagger took only "Choeng"
    if (
        end > start
        and doc[end - 1].lower_ in _STREET_WORDS
        and start > 0
        and doc[start - 1].text.isdigit()
        and len(doc[start - 1].text) <= 5
        and doc[start - 1].ent_type_ in ("", "CARDINAL")
    ):
        start -= 1  # "located at 2700 North Fourth Street": the house number is the address's
    return doc[start:end] if end > start else None


_STREET_WORDS = frozenset({"street", "avenue", "road", "boulevard", "drive", "lane", "place"})


def _run_on(span: Span, gaz: Gazetteer) -> Span:
    """Return a tagged place name with the untagged capitalised words after it when
    together they are one name the gazetteer has ("the U.S. Virgin Islands", where the
    tagger took only "U.S."); else the span as it is."""
    doc = span.doc
    end = span.end
    while (
        end < len(doc)
        and end - span.end < 3
        and doc[end].ent_iob_ == "O"
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
    ):
        end += 1
    for stop in range(end, span.end, -1):
        longer = doc[span.start : stop]
        if longer.text in gaz:
            return longer
    if end == span.end and end + 1 < len(doc) and doc[end].lower_ == "of":
        # "in Port of Spain", where the tagger took "Port" and "Spain" for two places: a
        # name of capitalised words around "of" that the gazetteer has is one place
        last = end + 1
        while last < min(len(doc), end + 4) and doc[last].text[:1].isupper():
            last += 1
        for stop in range(last, end + 1, -1):
            longer = doc[span.start : stop]
            if longer.text in gaz:
                return longer
    return span


def _parts(span: Span, gaz: Gazetteer) -> list[Span]:
    """Return the place names a tagged span the gazetteer lacks is made of: each side of
    a hyphen when both are places ("Asia-Pacific" is Asia and the Pacific, "the
    Amsterdam-London route"), or the capitalised name before lower-case words the tagger
    ran on to ("the eastern Pacific equatorial region", "Torkula village"). A name the gazetteer has
    ("Gilgit-Baltistan", "Guinea-Bissau") is kept whole, as is any other span."""
    if span.text in gaz or len(span) < 2:
        return [span]
    doc = span.doc
    cuts = [t.i for t in span if t.text == "-" and t.i not in (span.start, span.end - 1)]
    if cuts:
        bounds = [span.start, *(c for cut in cuts for c in (cut, cut + 1)), span.end]
        parts = [doc[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]
        if all(part.text[:1].isupper() and part.text in gaz for part in parts):
            return parts
        return [span]
    end = span.end
    while end > span.start + 1 and doc[end - 1].text.islower():
        end -= 1
    head = doc[span.start : end]
    generic = all(t.lower_ in _GENERIC_PLACES for t in doc[end : span.end])
    if end < span.end and (head.text in gaz or generic) and head.text[:1].isupper():
        return [head]  # (the name of "in Torkula village" is "Torkula")
    return [span]


_GENERIC_PLACES = frozenset(
    {"village", "town", "city", "district", "province", "area", "region", "county"}
    | {"municipality", "governorate", "oblast", "prefecture", "township", "suburb"}
)
"""Common nouns that follow a place's name in lower case without being part of it ("in
Torkula village", "Idlib province"): the name is the capitalised words before them."""


_BEARINGS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west", "central", "inner", "outer"}
)


def _without_bearing(span: Span, gaz: Gazetteer) -> Span:
    """Return a name without the lower-case bearing the tagger took into it ("north west
    London" is London), when the gazetteer knows the rest and not the whole; "North Korea"
    and "West Bengal" are written with capitals."""
    start = span.start
    while start < span.end - 1 and span.doc[start].text in _BEARINGS:
        start += 1
    if start == span.start or span.text in gaz:
        return span
    rest = span.doc[start : span.end]
    return rest if rest.text in gaz else span


def _the_centre(span: Span) -> bool:
    """Return whether "the Centre" names a federal government ("the Centre failed to
    frame a scheme", Indian usage), not a region called Centre."""
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in ("centre", "center") or span.start == 0:
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return doc[span.start - 1].lower_ == "the" and after not in _REGION_WORDS


def _plural_verb(verb: Token) -> bool:
    """Return whether a verb agrees with a plural subject ("have", "are", "have won")."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ == "VBP" and w.lower_ in ("have", "are") for w in words)


def _team(span: Span) -> bool:
    """Return whether a name is a team's: the subject of a plural verb ("Liverpool have
    won", "England are out"), which no town or country takes in English."""
    root = span.root
    verb = root.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return (
        root.dep_ == "nsubj"
        and root.tag_ == "NNP"
        and not root.conjuncts
        and any(w.tag_ == "VBP" and w.text in ("have", "are") and w.i > root.i for w in words)
    )  # (lower case: "Honolulu Are there downsides?" is a headline run into its dateline)


def _at_place(span: Span) -> bool:
    """Return whether a name follows "in", "at", "near" or "outside": a team's town is
    still a place there ("fans in Liverpool")."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "outside")


def _named_group(name: str) -> bool:
    """Say whether a name is only an organisation's or a person's in the actor tables
    ("Hamas" is no German village here), never a country's or a city's."""
    entries = load_lexicon().phrases.get(tuple(name.split()))
    return bool(entries) and all(e.kind in ("named", "person") for e in entries or ())


def _literal(span: Span, acting: set[int]) -> bool:
    """Return whether a name is used for a location rather than for who acts.

    A name is a location unless the parse says it acts: the subject of a verb of saying
    or deciding ("Moscow said", "Turkey shelled"), or a name the actor layer coded in
    an actor's position (the subject or object of a verb, "China's foreign ministry",
    "talks with Russia") and not next to a place noun ("the border with Mexico").
    """
    root = span.root
    dep = root.dep_
    head = root.head
    if _where_clause(root):
        return True  # "Japan and Canada, where most visitors come from": where, not who
    if dep == "pobj" and head.lower_ == "by" and (head.dep_ == "agent" or root.i in acting):
        return False  # "a nerve agent developed by the Soviet Union", "fired by Turkey"
    if dep == "pobj" and head.lower_ == "against":
        return False  # "protests against Russia", "25 points against Louisville"
    if dep == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return False  # "according to Davis": a source
    if (
        dep == "pobj"
        and head.lower_ == "as"
        and head.head.lemma_.lower() in ("know", "nickname", "dub", "call", "name")
        and head.head.head.ent_type_ == "PERSON"
    ):
        return False  # "Mohanna Abdhou, known as Montana": a nickname
    if dep == "appos" and head.pos_ == "NOUN":
        # "the Syrian capital Damascus", "sold in 44 states, Washington, D.C.": a place
        # noun's appositive is a place, though the actor layer codes the name; "Rozen's
        # wife, Julia" and "three hurricanes: Harvey, Irma and Maria" are none
        return head.lemma_.lower() in _PLACE_NOUNS
    if dep == "pobj" and head.lower_ in _LOCATIVE:
        if head.lower_ == "to" and head.head.lower_ in ("close", "closer", "next"):
            return root.i not in acting  # "close to Kharkiv"; not "seen as close to Moscow"
        if head.lower_ == "on" and _target(head):
            return False  # "sanctions on Russia", "blamed on Iran": the state, not where
        return head.lower_ != "to" or not _recipient(head.head)
    if _near_place_noun(root):
        return True
    if (
        dep == "pobj"
        and head.lower_ in ("of", "as", "like", "than")
        and (root.i not in acting or not _role_word(head.head))
    ):
        return True  # "the north of Syria", "countries such as Germany", "than Greece"
    if dep == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _DEPART:
        return True  # "leaving for America"
    if dep == "dobj" and head.lemma_.lower() in _TRAVEL:
        return True  # "fled Iraq", "must leave Russia", "visited China"
    is_actor = root.i in acting
    if dep in ("nsubj", "nsubjpass", "csubj"):
        verb = head.lemma_.lower()
        if root.tag_ == "NNP" and not root.conjuncts and _plural_verb(head):
            return False  # "Liverpool have gained fans", "England are": a team
        if verb in _AGENTIVE or verb in _EXPERIENCER:
            return False  # "Orange County has a bad case of it", "Mexico has not experienced"
        return not (is_actor and verb not in _STATIVE)
    if dep == "pobj" and head.dep_ == "agent":
        return not is_actor
    if (
        dep in ("appos", "conj")
        and head.i != root.i
        and (head.ent_type_ in PLACE_LABELS or (dep == "conj" and _listed_after_preposition(head)))
    ):
        head_span = root.doc[head.left_edge.i : head.i + 1]
        return _literal(head_span, acting)  # "in Atlanta, Georgia"; "in Gaza and Rafah"
    if dep in ("compound", "nmod") and head.lemma_.lower() in _SITES_IN and head.i > root.i:
        return True  # "the Hamilton County jail", "an Oahu home", "the Birmingham festival"
    if dep in ("compound", "nmod") and head.i > root.i and _in_place(head, span, acting):
        return True  # "teachers in Oklahoma schools", "in the Cauvery dispute": where
    if dep in ("compound", "nmod") and head.pos_ in ("NOUN", "PROPN") and head.i > root.i:
        return False  # "Parkland students", "the US president": a modifier, not a location
    if dep in ("dobj", "dative", "pobj", "poss", "compound", "nmod", "appos", "conj"):
        return not is_actor
    return True


def _listed_after_preposition(head: Token) -> bool:
    """Return whether the list a name is conjoined to opens with a proper name that is the
    object of a preposition and a place's ("in countries such as Cyprus, Greece or Spain",
    where the tagger calls Cyprus an organisation): the preposition governs the whole
    list, so a later member reads as the first does, whatever the tagger called the
    first. Not a list opened by a group's name ("talks between Hamas and Israel")."""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.pos_ != "PROPN" or first.dep_ != "pobj" or first.ent_type_ == "PERSON":
        return False
    name = first.doc[first.left_edge.i : first.i + 1].text
    name = name[4:] if name.lower().startswith("the ") else name
    return name in load_gazetteer() and not _named_group(name)


_LANDFORMS = frozenset(
    {"peninsula", "ocean", "sea", "river", "lake", "mountains", "mountain", "range", "gulf"}
    | {"bay", "strait", "straits", "valley", "desert", "plateau", "basin", "delta"}
    | {"archipelago", "channel", "creek", "glacier", "highlands", "lowlands"}
)
"""Last words of the names of physical features ("the Korean Peninsula", "the Red Sea").
Not "coast" or "islands", which also end the names of states ("Ivory Coast", "Solomon
Islands")."""


def _landform(span: Span, gaz: Gazetteer) -> bool:
    """Return whether a name is a physical feature's ("the Korean Peninsula nuclear
    issue", "the Pacific Ocean's temperature"): a sea or a mountain range has no
    government or team to stand for, so it is a location wherever it stands in the
    sentence. Not a name the gazetteer also has as a country or a region ("Red River"
    may be a province)."""
    if len(span) < 2 or span[-1].lower_ not in _LANDFORMS or not span[-1].text[:1].isupper():
        return False
    return not any(e.kind in ("country", "admin1", "city") for e in gaz.lookup(span.text))


def _in_place(noun: Token, span: Span, acting: set[int]) -> bool:
    """Return whether the noun a name modifies ("schools" in "teachers in Oklahoma
    schools", through more modifiers: "in the eastern Pacific equatorial region") is the
    object of "in", "at", "near"…, so that the name says where, and neither the noun nor
    the name is an actor. Not a country's or a capital's name, which before a noun most
    often stands for its state ("in US custody", "in Moscow's view")."""
    while noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i:
        noun = noun.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in _IN_PLACE
        and not _role_word(noun)
        and not any(t.i in acting for t in span)
        and not load_lexicon().phrases.get(tuple(span.text.replace("\u2019", "'").split()))
    )


def _where_clause(root: Token) -> bool:
    """Return whether a name, or the list it is in, has a relative clause opened by
    "where" ("Samos, where the camp stands"; "Japan and Canada, where visitors come
    from"): the clause says the name is a location, whatever its verb."""
    names = [root, *root.conjuncts]
    return any(
        c.dep_ == "relcl" and c.left_edge.lower_ == "where" and c.left_edge.i > n.i
        for n in names
        for c in n.children
    )


_IN_PLACE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout"})
"""Prepositions whose object is where: a name modifying that object says where too
("in Oklahoma schools", "across Texas cities")."""


_SITES_IN = frozenset(
    {"jail", "prison", "home", "homes", "festival", "campus", "hotspot", "plant", "factory"}
    | {"refinery", "mine", "warehouse"}
)
"""Common nouns for what stands or is held somewhere, which a place name before them
says where ("the Hamilton County jail", "the Fukushima plant"), beside the place nouns."""


_RECIPIENT = frozenset(
    r["word"] for r in read_tsv("geo", "recipient_words.tsv", required=("word",))
)
_TARGETS = frozenset(r["word"] for r in read_tsv("geo", "target_words.tsv", required=("word",)))
_DEPART = frozenset({"leave", "depart", "head", "bound", "set", "sail", "fly", "flee"})


_EXPERIENCER = frozenset(
    {"have", "face", "experience", "suffer", "afford", "need", "want", "pursue", "make", "get"}
)
_TRAVEL = frozenset(
    {"leave", "flee", "visit", "enter", "reach", "cross", "tour", "return", "exit", "evacuate"}
)


def _role_word(tok: Token) -> bool:
    """Return whether a word names who acts ("the president of Russia", "forces of
    Iraq"), so that the name after its "of" is an actor's country, not a place."""
    return load_lexicon().sectors.get((tok.lemma_.lower(),)) is not None


def _recipient(tok: Token) -> bool:
    """Return whether "to" after a word names a recipient ("a message to China", "sold
    to India"), not a destination ("a visit to Ladakh", "fled to Turkey")."""
    return tok.lemma_.lower() in _RECIPIENT


def _target(prep: Token) -> bool:
    """Return whether "on" names whom an act aims at or what someone relies on
    ("sanctions on Russia", "imposed tariffs on China", "blamed on Iran", "depends on
    Qatar"): the word it hangs on, or that word's object, is one of ``target_words.tsv``."""
    word = prep.head
    if word.lemma_.lower() in _TARGETS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _TARGETS for c in word.children)


_FEATURE_FIRST = frozenset({"Lake", "Mount", "Mt", "Cape", "Isle", "Gulf", "Bay", "Strait"})
"""First words of the names of physical features ("Lake Manassas", "Mount Sinabung",
"Cape Cod", "the Gulf of Aden"), written capitalised as part of the name."""


def _unlisted_place(span: Span) -> bool:
    """Return whether a name the gazetteer lacks still reads as a place: "at Press
    Street", "in Morris County", "from New Quay and Gwbert" (the tagger also calls many
    surnames GPE)."""
    root = span.root
    listed = root
    while listed.dep_ == "conj" and listed.head.i < listed.i:
        listed = listed.head
    if listed.dep_ == "pobj" and listed.head.lower_ in _LOCATIVE and listed.head.lower_ != "by":
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head  # "the island of Kasos", "the village of Bilohorivka"
        if noun.lemma_.lower() in _PLACE_NOUNS and noun.i < root.i:
            return True
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in _PLACE_NOUNS:
        return True  # "the Crown Heights neighborhood"
    if _sector_name(span):
        return True  # "in the Krishna Ghati sector": a named stretch of a front line
    last = span[-1].lemma_.lower()
    if len(span) > 1 and last in _SITE_HEADS | _INSTITUTIONS and span[-1].text[:1].isupper():
        return True  # "the South Kilburn Estate", "the Russian Embassy": a named site
    if _street_first(span) or _numbered_way(span):
        return True  # "Rue Casa Calvo", "14th St.", "the A120": a street or a road
    if len(span) > 1 and span[0].text.rstrip(".") in _FEATURE_FIRST:
        return True  # "Lake Manassas is a reservoir", "Mount Sinabung erupted": a feature
    return len(span) > 1 and last in _PLACE_NOUNS


def _near_place_noun(tok: Token) -> bool:
    """Return whether a name modifies a place noun: "Idlib province", "Syria's north",
    "the outskirts of Kherson", "the border with Mexico"."""
    head = tok.head
    if tok.dep_ in ("compound", "nmod", "poss", "amod") and head.lemma_.lower() in _PLACE_NOUNS:
        return True
    if tok.dep_ == "poss" and head.lemma_.lower() in _PLACE_ATTRIBUTES:
        return True  # "Mexico's agricultural production", "London's murder tally"
    if tok.dep_ == "pobj" and head.head.lemma_.lower() in _PLACE_NOUNS:
        return head.lower_ in ("of", "with", "between")
    return False


_AGENTIVE = frozenset(r["verb"] for r in read_tsv("geo", "agentive_verbs.tsv", required=("verb",)))
_STATIVE = frozenset(
    {"be", "remain", "become", "lie", "sit", "border", "see", "host", "receive"}
    | {"record", "grow", "lag", "stand"}
)


def _article_countries(
    doc: Doc, found: list[tuple[Span, list[Entry]]], actors: Iterable[ActorSpan]
) -> Counter[str]:
    """Return the countries an article is about: its unambiguous places and the actors
    whose own words name their country (a bare role's country is itself a guess), but
    not companies ("Like us on Facebook")."""
    counts: Counter[str] = Counter()
    for a in actors:
        if a.actor.sector == "BUS":
            continue  # "Like us on Facebook" says nothing of where a story is
        if a.actor.country and names_its_country(doc, a):
            counts[a.actor.country] += 1
    for _, entries in found:
        countries = {e.location.country for e in entries if e.location.country}
        if len(countries) == 1:
            counts[countries.pop()] += 1
    return counts


_STRAY_TOWN = 150_000
_STRAY_KM = 3_000.0


def _dateline_countries(text: str, gaz: Gazetteer) -> set[str]:
    """Return the countries of the towns an article's datelines name, where the name
    says which ("JUBA -" is in South Sudan)."""
    out: set[str] = set()
    for (start, end), _ in datelines(text):
        countries = {e.location.country for e in gaz.lookup(text[start:end]) if e.kind == "city"}
        if len(countries) == 1 and None not in countries:
            out.add(str(countries.pop()))
    return out


def _strays(
    found: list[tuple[Span, list[Entry]]],
    context: Counter[str],
    gaz: Gazetteer,
    lead: set[str],
) -> set[str]:
    """Return the names of the small towns (under ``_STRAY_TOWN`` people) the gazetteer
    knows only in a country nothing else in the article names, far (``_STRAY_KM``) from
    every country its other places and datelines are in: "near Jau" in a story about
    South Sudan is a village the gazetteer lacks, not Jaú in Brazil. A story that places
    nothing elsewhere keeps them ("US forces in Manbij")."""
    own: dict[str, Counter[str]] = {}
    for span, entries in found:
        countries = {e.location.country for e in entries if e.location.country}
        if len(countries) == 1:
            own.setdefault(key(span.text), Counter())[countries.pop()] += 1
    out: set[str] = set()
    for name, counts in own.items():
        (country, n), *_ = counts.most_common(1)
        entries = gaz.lookup(name)
        if (
            context[country] > n
            or not entries
            or any(e.kind != "city" or e.population >= _STRAY_TOWN for e in entries)
        ):
            continue
        others = [  # the countries the article's other places name (its actors' may be abroad)
            gaz.country_by_iso3[c].location
            for c in {c for other, named in own.items() if other != name for c in named} | lead
            if c != country and c in gaz.country_by_iso3
        ]
        town = entries[0].location
        if others and all(km((town.lat, town.lon), (o.lat, o.lon)) > _STRAY_KM for o in others):
            out.add(name)
    return out


def _article_regions(found: list[tuple[Span, list[Entry]]]) -> set[tuple[str | None, str]]:
    """Return the first-level regions an article names unambiguously ("N.H.", "Texas")."""
    out: set[tuple[str | None, str]] = set()
    for _, entries in found:
        admins = [e for e in entries if e.kind == "admin1"]
        if len(admins) == 1 and entries[0].kind == "admin1":
            out.add((admins[0].location.country, admins[0].location.name))
    return out


def _named_regions(spans: list[Span], gaz: Gazetteer) -> set[tuple[str | None, str]]:
    """Return the first-level regions an article names only as modifiers or actors ("the
    Walker County (Ga.) Sheriff's Office", "Texas lawmakers"): they still say where its
    towns are, though they are no locations themselves. A region's dotted abbreviation
    counts only where it stands for the region ("(Ga.)", not "attended Mass."); a region
    named like a town of its country does not ("Bangkok reinforced", "Moscow said": the
    capital's government, not its region)."""
    found = []
    for span in spans:
        if gaz.is_abbreviation(span.text) and not _as_region(span):
            continue
        entries = gaz.lookup(span.text)
        towns = {e.location.country for e in entries if e.kind == "city"}
        if not any(e.kind == "admin1" and e.location.country in towns for e in entries):
            found.append((span, entries))
    return _article_regions(found)


def _choose(
    span: Span,
    entries: list[Entry],
    context: Counter[str],
    regions: set[tuple[str | None, str]],
    gaz: Gazetteer,
    *,
    whole: bool = True,
    near: Iterable[Location] = (),
) -> Entry | None:
    """Return the place a name means; ``whole`` is False for a name inside a site's
    ("New York" in "New York University"), which no list around it makes a region.
    ``near`` are the towns the article names unambiguously: of namesake towns, one
    near them is meant ("Oceanside" in a story about Long Island)."""
    near = list(near)
    within = _qualifier(span, gaz)
    if (
        within is not None
        and all(e.kind == "city" for e in entries)
        and not any(within(e) for e in entries)
        and all(e.kind in ("admin1", "country") for e in _qualifier_entries(span, gaz))
    ):
        return None  # "Essex, England": not Essex, Maryland, but a place the gazetteer lacks
    contains = _qualified(span, gaz)
    cities_in = {
        e.location.country for e in entries if e.kind == "city" and e.population >= 100_000
    }
    text = _spelled(span.text)
    regional = _regional(span) or (whole and _listed_with_regions(span, gaz))
    top = max(context.values(), default=1)
    scored: list[tuple[float, Entry]] = []
    for e in entries:
        loc = e.location
        score = _score(e, text, context, top)
        if e.kind == "admin1" and loc.country in cities_in and not regional:
            # "Moscow", "Beijing", "Washington": the namesake city, not the region around
            # it, unless the text says "state" or "province"
            score -= 5.0
        if e.kind == "city" and (loc.country, loc.admin1) in regions:
            score += 2.0
        if e.kind == "city" and any(
            a != loc and km((a.lat, a.lon), (loc.lat, loc.lon)) < _NEARBY_KM for a in near
        ):
            score += _NEARBY
        if within is not None and within(e):
            score += 10.0
        if contains is not None and e.kind in ("admin1", "country") and contains(e):
            score += 10.0
        scored.append((score, e))
    scored.sort(key=lambda x: -x[0])  # stable: the gazetteer's order breaks ties
    for rank, (_, chosen) in enumerate(scored):
        loc = chosen.location
        if (
            chosen.kind == "city"
            and (chosen.population < _SMALL_TOWN or rank > 0)
            and within is None
            and any(c == loc.country for c, _ in regions)
            and (loc.country, loc.admin1) not in regions
        ):
            # a small namesake in another state than the one the article is about: the
            # gazetteer lacks the right one ("Riverdale" in a story about New Jersey is
            # not Riverdale, Georgia), but a big namesake abroad may be meant
            # ("Colchester" in a story about a British soldier that names Texas)
            continue
        if rank > 0 and chosen.population < 2 * _SMALL_TOWN and not context.get(loc.country or ""):
            return None  # placed like an unlisted street ("Chelsea" in a New York story)
        return chosen
    return None


_NEARBY_KM = 150.0
_NEARBY = 2.0


def _anchors(found: list[tuple[Span, list[Entry]]], lead: list[Place]) -> list[Location]:
    """Return the towns an article names that only one place bears, and its datelines'
    towns: where its other towns are likely to be."""
    out = [p.location for p in lead if p.location and str(p.location.precision) == "city"]
    for _, entries in found:
        if len(entries) == 1 and entries[0].kind in ("city", "area", "curated"):
            loc = entries[0].location
            if str(loc.precision) in ("city", "point"):
                out.append(loc)
    return out


def _score(e: Entry, spelled: str, context: Counter[str], top: int) -> float:
    """Score a place a name can mean: how big and how important a kind of place it is,
    whether the name is its own, and how much of the article is about its country."""
    loc = e.location
    score = 2.0 * math.log10(e.population + 10) + _KIND_BONUS[e.kind]
    if _spelled(loc.name) == spelled:
        score += 4.0  # "New Delhi" is New Delhi, though Delhi also goes by that name
    if loc.country and context.get(loc.country):
        # how much of the article is about the country, not whether it is named once:
        # "St. Petersburg" in a story about Russia that also names the US consulate
        score += 1.5 + 2.0 * context[loc.country] / top
    return score


def _spelled(name: str) -> str:
    """Return a name's lookup key with "Saint" written "St" ("St. Petersburg")."""
    k = key(name)
    return "st " + k[6:] if k.startswith("saint ") else k


_REGION_WORDS = frozenset({"state", "province", "region", "oblast", "governorate", "prefecture"})


def _regional(span: Span) -> bool:
    """Return whether the text calls a name a region: "Washington state", "the state of
    Washington", "Moscow region"."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 2 : span.start].text.lower() if span.start >= 2 else ""
    return after in _REGION_WORDS or before in {f"{w} of" for w in _REGION_WORDS}


def _qualifies_a_town(span: Span, gaz: Gazetteer) -> bool:
    """Return whether a name says where the town before its comma is ("in Moscow,
    Russia", "Atlanta, Georgia"): a location, however the parser attached it."""
    holds = _qualified(span, gaz)
    return holds is not None and any(holds(e) for e in gaz.lookup(span.text))


def _listed_with_regions(span: Span, gaz: Gazetteer) -> bool:
    """Return whether a name is listed with first-level regions ("states such as
    California or Washington"), so it is one of them and not the namesake city."""
    conjuncts = span.root.conjuncts
    ents = span.doc.ents if conjuncts else ()  # (built anew on each access)
    for tok in conjuncts:
        ent = next((e for e in ents if e.start <= tok.i < e.end), None)
        name = ent.text if ent is not None else tok.text
        if name.lower().startswith("the "):
            name = name[4:]
        entries = gaz.lookup(name) if name[:1].isupper() else []
        regions = [e for e in entries if e.kind == "admin1"]
        towns = {
            e.location.country for e in entries if e.kind == "city" and e.population >= 100_000
        }
        if regions and not any(e.location.country in towns for e in regions):
            return True  # "California", not "Tehran" or "Moscow", whose cities come first
    return False


def _qualifier(span: Span, gaz: Gazetteer) -> Callable[[Entry], bool] | None:
    """Return a test for "Paris, Texas" / "Kherson, Ukraine": the place after the comma."""
    regions = _qualifier_entries(span, gaz)
    return _within_any(regions) if regions else None


def _qualifier_entries(span: Span, gaz: Gazetteer) -> list[Entry]:
    """Return the places the name after a place's comma can be ("Texas" in "Paris, Texas";
    also "Nitra" in a list "Žilina, Nitra and Prešov")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return []
    if not doc[span.end + 1].text[:1].isupper():
        return []  # "Liverpool, northern England" is not in Uganda's Northern region
    nxt = doc[span.end + 1 : span.end + 4]
    for size in range(len(nxt), 0, -1):
        regions = gaz.lookup(nxt[:size].text)
        if regions:
            return regions
    return []


def _within_any(regions: list[Entry]) -> Callable[[Entry], bool]:
    """Return a test for whether a place lies in one of the countries or first-level
    regions a qualifier can mean."""
    countries = frozenset(r.location.country for r in regions if r.kind == "country")
    admins = frozenset((r.location.country, r.location.name) for r in regions if r.kind == "admin1")
    return functools.partial(_within, countries=countries, admins=admins)


def _qualified(span: Span, gaz: Gazetteer) -> Callable[[Entry], bool] | None:
    """Return a test for the region after a comma ("Georgia" in "Atlanta, Georgia"):
    whether a region holds one of the places the name before the comma can be."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return None
    before = doc[max(0, span.start - 4) : span.start - 1]
    for size in range(len(before), 0, -1):
        entries = gaz.lookup(before[len(before) - size :].text)
        if entries:
            pairs = frozenset((e.location.country, e.location.admin1) for e in entries)
            return functools.partial(_holds, pairs=pairs)
    return None


def _holds(e: Entry, *, pairs: frozenset[tuple[str | None, str | None]]) -> bool:
    loc = e.location
    if e.kind == "country":
        return any(c == loc.country for c, _ in pairs)
    return (loc.country, loc.name) in pairs


def _within(
    e: Entry,
    *,
    countries: frozenset[str | None],
    admins: frozenset[tuple[str | None, str]],
) -> bool:
    loc = e.location
    return loc.country in countries or (loc.country, loc.admin1) in admins


_HOME_LABELS = frozenset({"ORG", "FAC", "EVENT"})


def _home_town(
    doc: Doc,
    modifiers: list[Span],
    gaz: Gazetteer,
    context: Counter[str],
    regions: set[tuple[str | None, str]],
) -> Location | None:
    """Return the city a local story names only in what belongs to it: "the Birmingham
    festival", "the Winnipeg Fire Paramedic Service" (a city of at least 50,000 people,
    the one named most, else first). This is where its unlisted streets are when it
    names no city as a place."""
    spans = list(modifiers)
    for ent in doc.ents:
        if ent.label_ not in _HOME_LABELS:
            continue
        name = ent[1:] if ent[0].pos_ == "DET" else ent  # "The Winnipeg Fire … Service"
        for size in range(min(gaz.max_words, len(name) - 1), 0, -1):
            sub = name[:size]
            if sub.text[:1].isupper() and sub.text in gaz and not _acronym(sub.text):
                spans.append(sub)
                break
    towns: list[Location] = []
    for span in sorted(spans, key=lambda s: s.start):
        entries = gaz.lookup(span.text)
        best = _choose(span, entries, context, regions, gaz, whole=False) if entries else None
        if (
            best is not None
            and best.kind == "city"
            and best.population >= _SMALL_TOWN
            and _spelled(best.location.name) == _spelled(span.text)
        ):
            towns.append(best.location)
    counts = Counter(towns).most_common()
    if not counts:
        return None
    top = counts[0][1]
    return next(t for t in towns if Counter(towns)[t] == top)


def _article_where(resolved: list[Location]) -> Location | None:
    """Return where an article's unlisted streets and buildings are: the city it names
    most (at least twice, and more than any other), else likewise its region, else its
    country; None when the article does not settle it. A city or region counts only in
    the country the article's places are most in ("Vatican Gardens" in a story about
    Armenia's president visiting the Vatican are not in Armenia's Echmiadzin)."""
    countries = Counter(loc.country for loc in resolved if loc.country).most_common(2)
    main = countries[0][0] if countries else None
    if len(countries) > 1 and countries[0][1] == countries[1][1]:
        main = None
    for level in ("city", "admin1", "country"):
        counts = Counter(
            loc
            for loc in resolved
            if str(loc.precision) == level and (level == "country" or loc.country == main)
        ).most_common(2)
        if (
            counts
            and (level == "country" or counts[0][1] >= 2)
            and (len(counts) == 1 or counts[0][1] > counts[1][1])
        ):
            return counts[0][0]
    return None


_REPORTING = frozenset(
    {
        "say",
        "tell",
        "announce",
        "state",
        "add",
        "claim",
        "report",
        "confirm",
        "brief",
        "write",
        "post",
        "tweet",
        "declare",
        "quote",
        "speak",
        "comment",
        "deny",
    }
)
_REPORT_NOUNS = frozenset(
    {
        "conference",
        "briefing",
        "statement",
        "interview",
        "speech",
        "address",
        "summit",
        "news",
        "press",
        "remarks",
        "report",
        "bulletin",
        "broadcast",
    }
)


_SEATED = re.compile(r"[-\u2010\u2011](?:based|born|headquartered|registered|flagged)\b", re.I)


def locate(mentions: Iterable[Mention], doc: Doc, places: Iterable[Place]) -> list[Mention]:
    """Give each event mention its location: the place its clause governs ("clashed in
    the Galwan Valley", "met in Moscow"), else the nearest place in its sentence that is
    not where it was reported ("said in Beijing", "told a news conference in Delhi"),
    else none."""
    by_sentence: dict[int, list[tuple[Place, Token]]] = {}
    text = doc_text(doc)
    lead: Place | None = None  # the dateline's town
    for p in places:
        if not text[p.start : p.end].strip():
            # a dateline, blanked before parsing: where it was reported from
            if lead is None and p.location is not None and _town(p.location):
                lead = p
            continue
        if _SEATED.match(text, p.end):
            continue  # "an employee of a Tokyo-based company": where the company is
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or p.location is None:
            continue
        # (the place list keeps "Qatar" a country, as written; the act is in the city)
        p = _as_capital(p, doc, load_gazetteer())
        by_sentence.setdefault(span.sent.start, []).append((p, span.root))
    mentions = list(mentions)
    # the actors the sentence's acts name: for a statement, a place that is all of one
    # actor's words is who spoke or whom it was aimed at ("lashed out at Kinshasa"), not
    # where ("the ministry in Moscow" is more than the place)
    actors: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        actors.setdefault(m.sentence[0], []).extend(
            at for role, at in m.spans if role in ("source", "target") and at is not None
        )
    out = []
    for m in mentions:
        trig = doc.char_span(m.trigger[0], m.trigger[1], alignment_mode="expand")
        if trig is None:
            out.append(m)
            continue
        verbal = m.quad_class in _VERBAL or m.plover in _DECISIONS
        candidates = by_sentence.get(trig.sent.start, [])
        if verbal:
            named = actors.get(m.sentence[0], [])
            candidates = [
                (p, tok)
                for p, tok in candidates
                if not any(p.start <= s and e <= p.end for s, e in named)
            ]
        best = _event_place(trig.root, candidates, verbal=verbal, meeting=_meeting(m))
        if (
            verbal
            and lead is not None
            and (best is None or _fineness(best) > _FINENESS["city"])
            and _at_seat(m, lead, text)
        ):
            best = lead  # "ALGIERS, May 6 - Algeria on Monday banned ...": decided there
        if best is None:
            out.append(m)
            continue
        spans = dict(m.spans)
        spans["location"] = (best.start, best.end)
        out.append(replace(m, location=best.location, spans=tuple(spans.items())))
    return out


_DECISIONS = frozenset({"SANCTION"})
"""Acts a government decides, not does on the ground: placed, like statements, where it
decided them ("banned imports from Moldova" happened in Moscow, not Moldova)."""


_MEETINGS = frozenset({"CONSULT", "AGREE"})


def _meeting(m: Mention) -> bool:
    """Say whether an act is placed like a meeting: talks, an agreement, or the signing of
    one (CAMEO 057, which PLOVER files under SUPPORT): "signed a memorandum of
    understanding in Mogadishu" was signed in Mogadishu."""
    return m.plover in _MEETINGS or m.cameo.startswith("057")


def _town(loc: Location) -> bool:
    return str(loc.precision) == "city" and not loc.inferred


def _at_seat(m: Mention, lead: Place, text: str) -> bool:
    """Say whether a statement or decision the dateline's paragraph tells was made in the
    dateline's town: the capital of the country that made it ("KIGALI - Rwanda on
    Tuesday accused ..."), or, for talks and deals, of either party's. A dateline from
    anywhere else ("GOMA - Congo accused ...") or a later paragraph says nothing of it."""
    loc = lead.location
    if loc is None or "\n\n" in text[lead.end : m.sentence[0]]:
        return False
    sides = [m.source.country]
    if _meeting(m) and m.target is not None:
        sides.append(m.target.country)
    if loc.country not in sides:
        return False
    capital = _capitals().get(str(loc.country))
    return capital is not None and any(e.location == loc for e in load_gazetteer().lookup(capital))


_FINENESS = {"point": 0, "city": 1, "admin1": 2, "country": 3, "region": 4}


def _fineness(place: Place) -> int:
    """Rank a place by how small it is (a named place the gazetteer lacks is a town)."""
    loc = place.location
    if loc is None:
        return 9
    if loc.inferred:
        return 1
    return _FINENESS.get(str(loc.precision), 9)


_VERBAL = frozenset({1, 3})
"""The quad classes of verbal acts (statements, meetings, accusations, threats)."""
_MATTER = frozenset(
    {"over", "about", "against", "of", "for", "on", "regarding", "concerning", "into"}
)
"""Prepositions that give what a verbal act is about ("protested over incursions in the
Aegean"), not where it took place."""
_CLAUSES = frozenset({"ccomp", "xcomp"})


def _event_place(
    trigger: Token,
    candidates: list[tuple[Place, Token]],
    *,
    verbal: bool = False,
    meeting: bool = False,
) -> Place | None:
    """Return the place where the act a trigger tells happened, of a sentence's places.

    For a verbal act (``verbal``) that is where it was said or met, so a place in what the
    act is about ("lodged a protest over the actions of coast guard ships in the South
    China Sea", "accused Rwanda of shelling villages near Sake") is never taken, but for a
    meeting (``meeting``: "a meeting of ministers in Ankara") when the sentence names no
    other place, and a country adjective ("the Moroccan ambassador") never. For
    any other act a country adjective ("Syrian territory") is taken only when the sentence
    names no other place for it."""
    governed: list[tuple[int, Place]] = []
    nearby: list[tuple[int, Place]] = []
    adjectives: list[tuple[int, Place]] = []
    kept: list[tuple[Place, Token]] = []
    matter: list[tuple[Place, Token]] = []
    for place, tok in candidates:
        steps, reported = _path(tok, trigger)
        told = verbal and _told_at(tok, trigger)
        if told and reported:
            # "demanded his release at a news conference in Tokyo", "..., officials
            # announced in Washington": where the act itself was told (after any place
            # the act's own clause governs), even where the parse hung the telling in
            # what the act is about ("accused Washington of ..., telling a news
            # conference in Havana")
            steps, reported = _TOLD_STEPS, False
        if (
            reported
            or (verbal and _adjective(place, tok))
            or (not verbal and (_origin(tok, trigger) or _destination(tok)))
        ):
            continue
        if verbal and not told and _about(tok, trigger):
            matter.append((place, tok))
            continue
        kept.append((place, tok))
        if _adjective(place, tok):
            adjectives.append((steps if steps is not None else 99, place))
        elif steps is not None:
            governed.append((steps, place))
        else:
            nearby.append((abs(tok.i - trigger.i), place))
    towns = [
        (p, tok) for p, tok in kept if _fineness(p) <= 1 and not _area(tok) and not _water(tok)
    ]
    outer = {id(p) for p, tok in kept if _outer(p, tok, towns)}
    governed = [(s, p) for s, p in governed if id(p) not in outer]
    if governed:
        # of two places as near the act, the finer: "in Kashmir's Poonch district" is Poonch
        return min(governed, key=lambda x: (x[0], _fineness(x[1])))[1]
    if trigger.dep_ in ("nsubj", "nsubjpass", "advcl") and trigger.head.pos_ in ("VERB", "AUX"):
        # "an Israeli air strike killed a commander in southern Lebanon": the act told by
        # its subject noun happened where its verb did; so did "..., killing 12" (the
        # participle's clause) what its verb tells: "fired mortars at a post near Mand"
        verb = trigger.head
        under = [
            (s, p)
            for p, tok in kept
            if not _adjective(p, tok) and id(p) not in outer
            for s, r in [_path(tok, verb)]
            if s and not r
        ]
        if under:
            return min(under, key=lambda x: x[0])[1]
    if nearby:
        return min(nearby, key=lambda x: x[0])[1]
    if adjectives:
        return min(adjectives, key=lambda x: x[0])[1]
    if matter and meeting:
        # the only places are in what the meeting is of: "a meeting of the two countries'
        # foreign ministers in Ankara" (a statement's are what it is about: "accused
        # Benin of harbouring saboteurs near Gaya" was not said in Gaya)
        return _event_place(trigger, matter)
    return None


_BORDERS = frozenset({"border", "frontier", "boundary"})
_NEAR = 10
"""How many words from a country a town the gazetteer lacks may be named to be taken as
in it ("on the outskirts of Derbasiya in northeast Syria")."""


def _area(tok: Token) -> bool:
    """Say whether a place's words name a district or province ("Kashmir's Poonch
    district", "Hama province"), whatever town of the name the gazetteer gave."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in _ADMIN_WORDS or (nxt is not None and nxt.lower_ in _ADMIN_WORDS)


def _outer(place: Place, tok: Token, towns: list[tuple[Place, Token]]) -> bool:
    """Say whether a place the act's clause governs only says where a town the sentence
    also names lies ("near Masyaf in Syria's Hama province", "on the outskirts of Amuda
    in northeast Syria"), or whose border it is ("to its border with Colombia near the
    town of Guasdualito"): the town is where the act was, whatever the parse hung on
    the verb."""
    loc = place.location
    if loc is None or not any(t is not place for t, _ in towns):
        return False
    if _water(tok):
        # "on a river island in the Arauca River near the town of Arauquita", "on Lake
        # Peipus ... off the village of Mehikoorma": the town says where on the water
        return any(t is not place and abs(at.i - tok.i) <= _NEAR_WATER for t, at in towns)
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_ in _BORDERS:
        return str(loc.precision) == "country"
    if _fineness(place) <= 1 and not _area(tok):
        return False
    if str(loc.precision) == "region":
        return True  # "near Mendhar in Kashmir's Poonch district": a region says less
    for town, _ in towns:
        t = town.location
        if town is place or t is None or t.country != loc.country or not loc.country:
            continue
        level = str(loc.precision)
        if level == "country" or t.inferred or loc.admin1 in (None, t.admin1):
            return True
    # a town the gazetteer lacks, drawn at the story's city, is where the text puts it:
    # "on the outskirts of Derbasiya in northeast Syria", datelined Ankara
    return any(
        t is not place and t.location and t.location.inferred and abs(at.i - tok.i) <= _NEAR
        for t, at in towns
    )


_NEAR_WATER = 15
"""How many words from a sea, lake or river a town may be named to say where on it an act
was."""


def _water(tok: Token) -> bool:
    """Say whether a place's words name a sea, lake or river ("the Arauca River", "Lake
    Peipus", "the Gulf of Venezuela")."""
    return tok.lower_ in _WATERS or any(
        c.dep_ == "compound" and c.lower_ in _WATERS for c in tok.children
    )


def _adjective(place: Place, tok: Token) -> bool:
    """Say whether a place is a country adjective ("along the Turkish border"), which the
    parser may also hang on its noun as a compound ("in a Thai village in Kantharalak
    district")."""
    return (
        tok.dep_ in ("amod", "compound", "nmod")
        and place.location is not None
        and (str(place.location.precision) == "country")
    )


_TAKING = frozenset({"detain", "seize", "arrest", "capture", "intercept", "hold", "board"})
"""Verbs of taking people or craft: their "from" after what was taken is its home."""
_GENERIC_OF = frozenset({"port", "town", "city", "village", "island", "province", "district"})
"""Generic nouns a place may be "of" ("from the port of Belawan")."""


def _origin(tok: Token, trigger: Token) -> bool:
    """Say whether a place is where the people or things an act befell came from, not where
    it happened: "from" hung on a noun other than the trigger ("eight fishermen from Lamu
    were detained off Kismayo"), or on a verb of taking right after what was taken
    ("seized two boats from the port of Lamu"). A "from" on another verb ("fired mortars
    from Kismayo") is where the act was."""
    node = tok
    while node.dep_ in ("compound", "amod") and node.head.i != node.i:
        node = node.head  # "the North Sumatran port"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_ in _GENERIC_OF:
        node = node.head.head  # "the port of Lamu"
    if node.dep_ != "pobj" or node.head.lower_ != "from" or node.head.dep_ != "prep":
        return False
    owner = node.head.head
    if owner.i == trigger.i:
        # the parser may hang "from" on the verb: "seized two boats from Lamu" is still
        # where the boats came from when it follows what was taken
        return owner.lemma_.lower() in _TAKING and any(
            c.dep_ == "dobj" and c.right_edge.i + 1 == node.head.i for c in owner.children
        )
    if owner.tag_ in ("VBG", "VBN") and owner.dep_ in ("acl", "advcl") and owner.i < trigger.i:
        # a participle on who or what acted: "a drone flown from Ethiopia struck ...",
        # "troops, crossing from Gallabat, attacked ..." came from there (the trigger may
        # be the verb or the participle that tells its toll: "..., killing two")
        return owner.dep_ == "acl" or owner.head.i in (trigger.i, trigger.head.i)
    return owner.pos_ in ("NOUN", "PROPN")


_ROUTES = frozenset({"road", "route", "highway", "motorway", "railway", "access", "corridor"})
"""Nouns whose "to" names where a way leads, not where an act on it happened."""


def _destination(tok: Token) -> bool:
    """Say whether a place is where a road or route an act befell leads ("blocked the only
    road to the Sokh exclave at Charbak"), not where the act happened."""
    node = tok
    while node.dep_ in ("compound", "amod", "poss") and node.head.i != node.i:
        node = node.head
    return (
        node.dep_ == "pobj"
        and node.head.lower_ in ("to", "into")
        and node.head.head.lemma_.lower() in _ROUTES
    )


def _about(tok: Token, trigger: Token) -> bool:
    """Say whether a place the trigger governs is in what the act is about: in a clause
    of its own, or after a preposition of matter on the trigger or on its object ("lodged a
    protest over ...")."""
    node, below = tok, tok
    while node.head.i != node.i:
        if node.head.i == trigger.i:
            if node.dep_ == "dobj" and tok.dep_ in ("compound", "nmod") and tok.head.i == node.i:
                return True  # "sanctioned a Shandong refinery": the object's own place
            if node.dep_ == "dobj" and below is not node:
                node = below  # the object's own preposition: "a protest over ..."
            return node.dep_ in _CLAUSES or (node.dep_ == "prep" and node.lower_ in _MATTER)
        below, node = node, node.head
    return False


_TOLD_STEPS = 50
_TOLD_PREPS = frozenset({"in", "at"})
_AUDIENCE = frozenset({"reporter", "journalist", "lawmaker", "crowd", "supporter", "diplomat"})
"""Whom a statement is told to, where the place may hang: "told reporters in Kyiv"."""


def _told_at(tok: Token, trigger: Token) -> bool:
    """Say whether a place is where a verbal act was told: on a telling within the act's
    own clause ("accused Kigali of lying at a news conference in Kinshasa") or on the
    verb that reports the act ("Washington blacklisted three firms, officials announced
    in Washington"); not a place in what was told ("said shells hit Sake")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _TOLD_PREPS:
        return False
    node = tok.head.head
    if node.lemma_.lower() in _AUDIENCE and node.dep_ in ("dobj", "dative"):
        node = node.head  # "told reporters in Kyiv"
    lemma = node.lemma_.lower()
    if not (lemma in _REPORT_NOUNS or (node.pos_ == "VERB" and lemma in _REPORTING)):
        return False
    if node.left_edge.i <= trigger.i <= node.right_edge.i and node.i != trigger.i:
        return True  # the telling reports the act: "..., officials announced in Washington"
    up = node
    while up.head.i != up.i and up.i != trigger.i:
        if up.dep_ in _CLAUSES or up.dep_ == "relcl":
            return False  # the telling is in what the act says, not the act's own
        up = up.head
    return up.i == trigger.i


def _path(tok: Token, trigger: Token) -> tuple[int | None, bool]:
    """Return how many steps up the parse a place is from the trigger (None when the
    trigger is not above it) and whether the way passes a reporting verb or noun."""
    steps = 0
    node = tok
    below = tok
    reported = False
    while True:
        if node.i == trigger.i:
            return steps, False
        if (
            node.lemma_.lower() in _REPORT_NOUNS
            or (node.pos_ == "VERB" and node.lemma_.lower() in _REPORTING)
        ) and not (node is not tok and below.left_edge.i <= trigger.i <= below.right_edge.i):
            # (a place in the reported clause the trigger is in is no place of reporting:
            # "said drones had hit a bakery in Qamishli, killing 12 civilians")
            reported = True
        below = node
        if node.head.i == node.i:
            return None, reported
        node = node.head
        steps += 1
