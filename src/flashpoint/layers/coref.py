"""Later mentions of an actor within one article: surnames, pronouns and "the minister".

Rules, in the order they are tried (nothing here needs a model beyond the parse):

- **Surnames.** A proper name that is the last word of a person named earlier ("Rajnath
  Singh" ... "Singh said"; "Mr Erdogan") is that person.
- **Pronouns.** "he/she/him/her/his" and "it/its/they/them/their" take the subject of the
  clause that governs theirs when it is an actor of the right kind ("North Korea said it
  had tested", "Karim Khan said he was seeking"); else the nearest actor of the right kind
  before them in the sentence, then in the sentences before (people for he/she, anything
  else for it/they).
- **Possessed roles.** "its troops", "his defence minister": the role's sector, the
  owner's country ("Baku said its troops" is AZEMIL). "his country" is the owner's country.
- **Definite roles.** "the minister", "the chancellor", "the crown prince" with no country
  of their own take the country of the last actor whose words held the same role word.

A resolved mention is an actor like any other: events take it as source or target.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from flashpoint.layers.tables import read_tsv
from flashpoint.nlp import tokens as doc_tokens
from flashpoint.records import Actor

_MALE_FEMALE = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})
_NEUTER = frozenset({"it", "its", "they", "them", "their", "theirs", "itself", "themselves"})
_OWNED_WORDS = frozenset(
    {
        "offer", "proposal", "demand", "call", "request", "plan", "decision", "statement",
        "claim", "accusation", "appeal", "ultimatum", "invitation", "initiative", "policy",
        "order", "move", "remarks", "remark", "comments", "comment", "threat", "warning",
    }
)  # fmt: skip
"""Words, proposals and decisions: whose they are is an actor ("rejected her offer")."""
_VENUE_NOUNS = frozenset(
    r["noun"] for r in read_tsv("actors", "venue_nouns.tsv", required=("noun",))
)
"""Buildings that are where their owner is, not the owner ("inside his residence")."""
_OTHERS = frozenset(
    {
        "ally", "partner", "neighbour", "neighbor", "rival", "enemy", "adversary", "foe",
        "friend", "opponent", "critic",
    }
)  # fmt: skip
"""Others named by their tie to the owner ("France and its European allies"): the phrase
is those others, the owner no actor of it."""


_RIVAL_NOUNS = frozenset({"rival", "challenger", "opponent", "critic", "foe"})
_RIVALS = {"GOV": "OPP", "PTY": "PTY"}
"""A person's rivals by the person's own sector: those of a leader in office are the
opposition, those of a candidate other candidates (an opposition leader's may be the
government or another opposition figure: left alone)."""


_FIGHTERS = frozenset({"fighter", "gunman", "militiaman"})
"""Armed men whose sector is their owner's: a state force's fighters are the force."""
_WINNERS = frozenset({"winner", "victor"})
_WINNING = frozenset({"win", "defeat", "beat", "clinch", "secure", "sweep"})
""""The winner" later is the person who won ("Kast won the run-off ... Boric called the
winner")."""


_PARTY_SECTORS = frozenset({"PTY", "OPP"})
"""Parties, whose coalitions, votes and platforms are theirs as a person's are."""


def _stands_for_owner(owner: Token) -> bool:
    """Say whether a possessive pronoun before ``owner`` (no role noun) is an actor of its
    own: an owner's words, home, views or coalition are; a building or place is a venue
    ("inside its consulate", "its borders"), a deed is the events layer's to read ("its
    siege"), and a name or a number says nothing."""
    from flashpoint.coding.lexicon import is_act_noun
    from flashpoint.layers.places import place_nouns

    owned = owner.lemma_.lower()
    if owned in _OWNED_WORDS:
        return True
    return (
        owner.pos_ == "NOUN"
        and not is_act_noun(owned)  # "end its siege", "his surrender": the event's own actor
        and owned not in _OTHERS
        and owned not in _VENUE_NOUNS
        and owned not in place_nouns()
        and owner.lower_ not in _VENUE_NOUNS
    )


_GOVERNING = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "parataxis"})
PERSON_ROLES = frozenset(
    {
        "minister",
        "president",
        "premier",
        "chancellor",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "counterpart",
        "chief",
        "leader",
        "prosecutor",
        "general",
        "king",
        "queen",
        "prince",
        "princess",
        "secretary",
        "diplomat",
        "commander",
        "officer",
        "official",
        "senator",
        "lawmaker",
        "speaker",
        "judge",
        "governor",
        "mayor",
        "adviser",
        "advisor",
        "foreign",
        "dictator",
        "monarch",
        "emir",
        "sultan",
        "sheikh",
        "ayatollah",
        "pope",
        "journalist",
        "reporter",
        "activist",
        "politician",
        "coordinator",
        "representative",
        "negotiator",
        "mediator",
        "head",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "commissioner",
        "rapporteur",
    }
)
_COUNTRY_NOUNS = frozenset({"country", "nation", "state", "government", "homeland"})
_MEMBER_NOUNS = frozenset(
    {
        "staff", "team", "peacekeeper", "inspector", "member", "worker", "official",
        "monitor", "observer", "expert", "investigator", "delegate", "delegation", "envoy",
        "mission", "personnel", "representative", "spokesman", "spokeswoman", "spokesperson",
        "chief", "head", "volunteer", "doctor", "employee", "negotiator", "researcher",
    }
)  # fmt: skip
"""People who act for the organisation that owns them: "UNIFIL said its peacekeepers",
"the ICRC said its staff" are the organisation itself."""
_VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "statement"})
"""Who speaks for an organisation: "the army said ... its spokesman" is the army."""
_FOLLOWER_NOUNS = frozenset(
    {
        "supporter", "follower", "loyalist", "group", "movement", "party", "fighter",
        "militia", "faction", "militant", "man", "cadre", "camp", "spokesman",
        "spokeswoman", "spokesperson", "force", "commander", "aide",
    }
)  # fmt: skip
"""The people behind a rebel or opposition leader: "al-Jolani said his group", "Imran Khan
... his supporters" are the leader's side."""
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM", "MNG"})
"""Countries whose people English news names family name first: "Wang Yi" is later "Wang",
"Yoon Suk Yeol" is "Yoon"."""
GIVEN_NAME_USED = frozenset({"THA", "MYS", "IDN", "MMR", "ISL", "BRN"})
"""Countries whose people English news names by the first name again: "Anutin Charnvirakul"
is later "Anutin", "Anwar Ibrahim" is "Anwar" (Thai and Icelandic custom, Malay
patronymics, Indonesian and Burmese names with no family name)."""
_PATRONYMICS = frozenset({"bin", "ibn", "bint"})
"""Words that join a given name to a father's ("Faisal bin Farhan", "Tamim bin Hamad"):
such a person is named later by the given name ("Prince Faisal", "Sheikh Tamim")."""
_SINGULAR = frozenset(
    {"he", "she", "him", "her", "his", "hers", "himself", "herself", "it", "its", "itself"}
)
"""Pronouns that never stand for a plural noun ("it deployed" is not "the soldiers")."""
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
"""Pronouns that never stand for one named place ("detained hundreds of them" is not
"Minsk", where they marched)."""


def is_person(doc: Doc, head: int) -> bool:
    """Say whether the actor headed by token ``head`` is a person."""
    tok = doc[head]
    if tok.ent_type_ == "PERSON" or tok.lemma_.lower() in PERSON_ROLES:
        return True
    # "President Kassym-Jomart Tokayev said he had ordered ...": a name the tagger did not
    # know for a person's is one when a person's title stands before it
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < head and c.lemma_.lower() in PERSON_ROLES
        for c in tok.children
    )


def _a_listed_person(actor: Actor | None, head: Token) -> bool:
    """Say whether an actor is a person the tables list by the name it is headed by, which
    the recogniser may take for a body's or a place's ("Sisi had won a third term")."""
    if actor is None or head.pos_ != "PROPN" or actor.name is None:
        return False
    from flashpoint.layers.actors import load_lexicon

    phrases = load_lexicon().phrases
    keys = ((head.text,), tuple(actor.name.split()))
    return any(e.kind == "person" for k in keys for e in phrases.get(k, ()))


def _a_country_name(actor: Actor | None) -> bool:
    """Say whether an actor is a country named by its name, which the recogniser may take
    for a person's ("Jordan said its air force ...", "Chad")."""
    if actor is None or actor.sector is not None or actor.code != actor.country:
        return False
    from flashpoint.layers.actors import load_lexicon

    key = tuple(actor.text.split())
    return any(e.kind == "name" for e in load_lexicon().phrases.get(key, ()))


_OBJECTS = frozenset({"dobj", "obj", "pobj", "dative", "iobj"})


def _own_subject(tok: Token) -> Token | None:
    """Return the subject of the clause a pronoun is the object of ("Macron urged him",
    "police detained several hundred of them")."""
    verb = tok.head
    for _ in range(3):  # up through the preposition and the noun it hangs on
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    for _ in range(3):  # "Macron spoke to Putin and urged him": "urged" shares "spoke"'s
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        controlled = verb.dep_ in ("xcomp", "advcl") and verb.tag_ in ("VB", "VBG")
        if verb.dep_ != "conj" and not controlled:
            return None
        # ("police fired tear gas to disperse them": who disperses is the police)
        verb = verb.head
    return None


_NOUN_SLOTS = frozenset({"dobj", "pobj", "attr"})
"""Where a noun with a clause of its own stands in the clause above ("had no authority to
expel ...")."""


def _clause_subjects(tok: Token) -> Iterable[Token]:
    """Yield the subjects of the clauses that govern ``tok``'s, innermost first; an object
    pronoun skips its own clause's subject ("Macron urged him": not Macron)."""
    node = tok.head if tok.dep_ not in ("ROOT",) else tok
    if tok.dep_ == "poss" and node.dep_ in ("nsubj", "nsubjpass", "dobj"):
        node = node.head  # "saying his group posed ...": the clause "his group" is in
    while tok.dep_ == "poss" and node.dep_ in ("pobj", "prep") and node.head is not node:
        node = node.head  # "dropped a grenade near one of their patrols": the clause
    own = _own_subject(tok) if tok.dep_ in _OBJECTS else None
    seen = 0
    climbed = False  # whether ``node`` is a noun reached from a clause that hangs on it
    while seen < 6:
        for child in node.children:
            if (
                child.dep_ in ("nsubj", "nsubjpass")
                and child.i < tok.i
                and (own is None or child.i != own.i)
            ):
                yield child
        if node.head is node:
            return
        if node.dep_ not in _GOVERNING:
            if not (node.pos_ in ("NOUN", "PROPN") and node.dep_ in _NOUN_SLOTS and climbed):
                return
            # "Paris said the putschists had no authority to expel its envoy": from the
            # clause on the noun ("to expel") on to the clause the noun is in
            node = node.head.head if node.dep_ == "pobj" else node.head
        else:
            node = node.head
        climbed = node.pos_ in ("NOUN", "PROPN")
        seen += 1


def _coordinated(doc: Doc, actor: Actor, found: list[tuple[Actor, int, int, int]]) -> bool:
    """Say whether ``actor`` is one of several joined by "and" ("China and India")."""
    for a, _, _, h in found:
        if a is actor:
            tok = doc[h]
            joined = ("conj", "appos")  # the parser reads "Mali, Burkina Faso and Niger" as both
            return tok.dep_ in joined or any(c.dep_ in joined for c in tok.children)
    return False


def _parties(doc: Doc, actor: Actor, found: list[tuple[Actor, int, int, int]]) -> list[Actor]:
    """Return every actor of the phrase ``actor`` heads, with those joined to it by "and":
    "China and India", "Indian and Chinese troops", "commanders from both sides"."""
    head = next((h for a, _, _, h in found if a is actor), None)
    if head is None:
        return [actor]
    heads = {head, *(t.i for t in doc[head].conjuncts)}
    out: list[Actor] = []
    for a, _, _, h in found:
        if h in heads and all(a.code != b.code for b in out):
            out.append(a)
    return out


_GROUP_NOUNS = {
    "bloc": "IGO",
    "alliance": "IGO",
    "organisation": "IGO",
    "organization": "IGO",
    "group": "REB",
    "militia": "REB",
    "movement": "REB",
    "faction": "REB",
    "militant": "REB",
    "insurgent": "REB",
    "chamber": "LEG",
}
"""A definite noun and the kind of actor it refers back to ("the bloc", "the group", "the
chamber": the legislature or its Speaker named before)."""

_ARMED_WORDS = frozenset(
    {
        "paramilitary", "armed", "militant", "rebel", "jihadist", "islamist", "insurgent",
        "separatist", "extremist", "terrorist", "militia",
    }
)  # fmt: skip
"""What "the ... group" may say of an armed group named before and still refer to it."""


def _nearest(
    doc: Doc, actors: list[tuple[Actor, int, int, int]], i: int, kind: str
) -> Actor | None:
    best: tuple[int, Actor] | None = None
    for a, _, _, h in actors:
        fits = a.code.startswith("IGO") if kind == "IGO" else a.sector == kind
        if fits and doc[i].lemma_.lower() == "alliance" and _where(doc[h]):
            fits = False  # "NATO ministers met in Brussels. The alliance ...": not the EU
        if h < i and fits and (best is None or h > best[0]):
            best = (h, a)
    return best[1] if best else None


_STATE_WORDS = frozenset({"kingdom", "country", "nation", "republic", "emirate", "sultanate"})
"""What "the ..." calls a country named before ("which the kingdom denies")."""


def _last_country(doc: Doc, actors: list[tuple[Actor, int, int, int]], i: int) -> str | None:
    """Return the country of the last country named by its name before token ``i``."""
    best: tuple[int, str] | None = None
    for a, _, _, h in actors:
        named = a.code == a.country and doc[h].pos_ == "PROPN"
        if h < i and a.country and named and (best is None or h > best[0]):
            best = (h, a.country)
    return best[1] if best else None


_STATEMENTS = frozenset({"statement", "communique", "communiqué", "declaration"})
"""Words for what an actor issues: "the statement accused ..." speaks for its issuer."""


def _several(head: Token) -> bool:
    """Return whether a phrase names several people or bodies ("the ministers", "Araqchi
    and Witkoff"), which a plural pronoun may stand for."""
    return head.tag_ in ("NNS", "NNPS") or len(head.conjuncts) > 0


_EVERY_PARTY = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})
"""Where a plural pronoun stands for each party of a coordinated antecedent (a possessive
does not: "China and India ... their troops" are no one actor)."""


def _where(tok: Token) -> bool:
    """Return whether a name stands where something happened ("met in Brussels")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")


_NOT_PEOPLE = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL"})


def _named_in_apposition(doc: Doc, head: int, covered: set[int]) -> list[Token] | None:
    """Return the words of the person a role stands beside as an apposition, when the
    parse says no more about them: "Masaaki Kanai, director-general of ...", "his Chinese
    counterpart Liu Jinsong"; None when there is none or it is already an actor."""
    role = doc[head]
    if not role.text.islower():
        return None  # a role word, not a name ("Harbour Kings")
    after = (c for c in role.children if c.dep_ == "appos" and c.i > head)
    name = role.head if role.dep_ == "appos" and role.head.i < head else next(after, None)
    if name is None:
        return None
    words = [t for t in name.subtree if t.i <= name.i and t.dep_ in ("compound", "flat")]
    words = sorted([*words, name], key=lambda t: t.i)
    if words[0].i + len(words) - 1 != name.i:
        return None  # not one run of words
    for t in words:
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ in _NOT_PEOPLE:
            return None
        if t.i in covered:
            return None
    return words


_DESCRIBED_SECTORS = frozenset({"MED", "NGO", "CVL", "REF", "OPP", "PTY", "BUS"})
"""Sectors whose role noun, set beside an unlisted name, says what the name is: "El Faro,
the Salvadoran news site", "Cristosal, a rights group", "X, a Salvadoran migrant", "Li
Wenhua, a Chinese businessman"."""


_CHIEFS = frozenset({"head", "chief", "director", "leader", "commander", "chairman", "chair"})


def _chief_of(body: Token) -> Token | None:
    """Return the head of a body named as "the head of <body>" ("the head of the
    country's investigation agency"), or None."""
    prep = body.head
    if body.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in _CHIEFS:
        return None
    return prep.head


def _described(role: Token, actor: Actor) -> bool:
    """Say whether a singular role noun of a non-state sector describes the name it stands
    beside as an apposition (an organisation or a private person, not a state office). A
    business role does only with its nationality ("a Chinese businessman"; "an airline
    mechanic" has the story's country at best)."""
    if actor.sector == "BUS":
        return role.tag_ == "NN" and any(
            c.ent_type_ in ("NORP", "GPE") for c in role.children if c.i < role.i
        )
    return actor.sector in _DESCRIBED_SECTORS and role.tag_ == "NN"


def _opens_sentence(verb: Token) -> bool:
    """Say whether ``verb`` is its sentence's main clause, or a clause fronted before the
    "X said" that reports it ("Its fighters ambushed a convoy, the union said")."""
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.i < verb.head.i


def _aged(tok: Token) -> bool:
    """Say whether ``tok`` ends a definite age standing for a person: "the 76-year-old"
    ("76", "-", "year", "-", "old"), as a subject or object."""
    if tok.lower_ != "old" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    kids = list(tok.children)
    year = next((c for c in kids if c.lower_ == "year" and c.i == tok.i - 2), None)
    return (
        year is not None
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
        and any(c.dep_ == "nummod" and c.like_num for c in year.children)
    )


def resolve(
    doc: Doc,
    found: list[tuple[Actor, int, int, int]],
    make: Callable[[int, int, int, str, str | None, str | None, str | None], Actor],
    sector_of: Callable[[Token], str | None],
) -> list[tuple[Actor, int, int, int]]:
    """Return the extra actors that later mentions in ``doc`` resolve to.

    ``found`` holds the actors already coded as ``(actor, start, end, head)`` token spans;
    ``make`` builds an actor over tokens; ``sector_of`` gives a role noun's sector.
    """
    covered = {i for _, s, e, _ in found for i in range(s, e)}
    by_head = {h: a for a, _, _, h in found}
    ordered = sorted(found, key=lambda f: f[3])
    surnames: dict[str, Actor] = {}
    antecedents: dict[int, Actor] = {}  # pronoun token -> the actor it was resolved to
    out: list[tuple[Actor, int, int, int]] = []
    people: dict[int, bool] = {}
    she: Actor | None = None  # whom the last "she" or "her" stood for
    she_at = 0  # and where that pronoun is

    def person(i: int) -> bool:
        """:func:`is_person` of token ``i``, worked out once (every pronoun asks it of the
        actors before it)."""
        known = people.get(i)
        if known is None:
            actor = by_head.get(i)
            known = people[i] = (
                is_person(doc, i) or _a_listed_person(actor, doc[i])
            ) and not _a_country_name(actor)
        return known

    def before(i: int, want_person: bool) -> Actor | None:
        """Return the nearest actor of the wanted kind before token ``i`` (for an object
        pronoun, not its own clause's subject)."""
        tok = doc[i]
        own = _own_subject(tok) if tok.dep_ in _OBJECTS else None
        single = tok.lower_ in _SINGULAR
        plural = tok.lower_ in _PLURAL
        best: tuple[int, Actor] | None = None
        # ("he had spoken to Arevalo and asked him": "him" is not whom "he" stands for)
        self_ = antecedents.get(own.i) if own is not None else None
        for a, s, e, h in ordered + out:
            if h >= i or (best is not None and h <= best[0]):
                continue  # (only an actor nearer before the pronoun can do better)
            if own is not None and s <= own.i < e:
                continue
            if a is self_:
                continue
            if single and doc[h].tag_ == "NNS":
                continue  # "he" is not "G20 foreign ministers"
            if plural and doc[h].ent_type_ == "GPE" and e - s == 1 and not doc[h].conjuncts:
                continue  # "them" is not "Minsk"
            if plural and doc[h].tag_ == "NN" and doc[h].lemma_.lower() in _STATE_WORDS:
                continue  # "ordered two aid workers to leave the country, accusing them"
            if person(h) == want_person or (plural and _several(doc[h])):
                best = (h, a)  # ("telephoned both prime ministers and urged them")
        return best[1] if best else None

    def h_of(actor: Actor) -> int:
        return next((h for a, _, _, h in ordered + out if a is actor), 0)

    def previous_subject(i: int, want_person: bool) -> Actor | None:
        """The subject of the sentence before, for a pronoun that opens its own clause
        ("Protesters clashed with police outside parliament. They accused ...")."""
        tok = doc[i]
        subject = tok.head if tok.dep_ == "poss" else tok  # "Its spokesman said"
        if subject.dep_ not in ("nsubj", "nsubjpass") or not _opens_sentence(subject.head):
            return None
        sent = tok.sent
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1].sent
        for subj in (c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")):
            cand = by_head.get(subj.i) or next(
                (x for x, s, e, _ in found + out if s <= subj.i < e), None
            )
            plural = subj.tag_ in ("NNS", "NNPS")
            fits = plural if doc[i].lower_ in _PLURAL else not plural
            kind = person(subj.i) == want_person or doc[i].lower_ in _PLURAL
            if cand is not None and kind and fits:
                return cand
        return None

    def issuers_before(tok: Token) -> list[Actor]:
        """Who issued the statement named last before ``tok`` ("X said in a statement",
        "X issued a statement")."""
        lemma = tok.lemma_.lower()
        for j in range(tok.i - 1, -1, -1):
            earlier = doc[j]
            if earlier.lemma_.lower() != lemma:
                continue
            verb = earlier.head.head if earlier.dep_ == "pobj" else earlier.head
            if earlier.dep_ not in ("pobj", "dobj") or verb.pos_ != "VERB":
                return []
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return []
            issuers: list[Actor] = []
            for t in (subj, *subj.conjuncts):
                a = next((x for x, s, e, _ in found + out if s <= t.i < e), None)
                if a is not None and a not in issuers:
                    issuers.append(a)
            return issuers
        return []

    def pair_before(i: int) -> list[Actor]:
        """The coordinated subject of the sentence before ("Mali and Burkina Faso")."""
        sent = doc[i].sent
        if sent.start == 0:
            return []
        prev = doc[sent.start - 1].sent
        for subj in (c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")):
            heads = [subj, *subj.conjuncts]
            parties = [next((x for x, s, e, _ in found + out if s <= t.i < e), None) for t in heads]
            if len(heads) == 2 and all(parties):
                return [x for x in parties if x is not None]
        return []

    for a, lo, hi, h in ordered:
        named = [t for t in doc[lo:hi] if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        if a.name is None and a.sector is not None and len(named) >= 2:
            # "Prime Minister Americo Ramos" (a titled person the table does not list,
            # whose name the parser hung as an apposition): "Ramos" later
            surnames.setdefault(named[-1].lower_, a)
        if a.name and " " in a.name and person(h):
            words = a.name.split()
            surnames.setdefault(words[-1].lower(), a)
            if (
                a.country in FAMILY_NAME_FIRST
                or a.country in GIVEN_NAME_USED
                or (len(words) > 2 and words[1].lower() in _PATRONYMICS)
            ):
                # ("Faisal bin Farhan" is "Prince Faisal" later: the name before "bin")
                surnames.setdefault(words[0].lower(), a)
            if doc[h].ent_type_ == "PERSON" and doc[h].pos_ == "PROPN" and doc[h].i > 0:
                # the name as the text gives it: "Edmundo Gonzalez" (the table's "Edmundo
                # Gonzalez Urrutia") is "Gonzalez" later
                surnames.setdefault(doc[h].lower_, a)
    for a, lo, _, h in ordered:
        chief = _chief_of(doc[h])
        name = (
            _named_in_apposition(doc, h, covered)
            if a.sector and (person(h) or _described(doc[h], a) or chief is not None)
            else None
        )
        if name is None:
            continue
        if chief is not None and not person(h):
            # "the head of the country's investigation agency, Baltasar Ebang Engonga":
            # the name is the head's, whom the parse hung on the body
            a = by_head.get(chief.i, a)
        first, last = name[0], name[-1]
        surnames.setdefault(last.lower_, a)
        if a.country in FAMILY_NAME_FIRST or a.country in GIVEN_NAME_USED:
            surnames.setdefault(first.lower_, a)
        if last.i < lo:
            # "Masaaki Kanai, director-general of the foreign ministry's ... Bureau, met":
            # the named person is the role ("Liu Jinsong" after the role stays the role's)
            made = make(first.i, last.i + 1, last.i, a.code, a.country, a.sector, a.name)
            out.append((made, first.i, last.i + 1, last.i))
        covered.update(range(first.i, last.i + 1))
    for tok in doc_tokens(doc):
        i = tok.i
        if i in covered:
            continue
        low, pos, lemma = tok.lower_, tok.pos_, tok.lemma_.lower()
        # a surname of someone named before
        if (
            pos == "PROPN"
            and low in surnames
            and tok.dep_ not in ("compound",)
            and not (len(tok.text) > 1 and tok.text.isupper())  # "the UN" is no Kim Jong Un
        ):
            src = surnames[low]
            if any(doc[h].i < i for _, _, _, h in found if by_head.get(h) is src):
                out.append(
                    (make(i, i + 1, i, src.code, src.country, src.sector, src.name), i, i + 1, i)
                )
                covered.add(i)
            continue
        common = pos == "NOUN" or (pos == "PROPN" and tok.text.islower())
        group = _GROUP_NOUNS.get(lemma) if common else None  # ("bloc": PROPN)
        if group == "LEG" and tok.tag_ != "NN":
            group = None  # "the chamber" is the house named before; "the chambers" may not be
        plain = [c for c in tok.children if c.i < i] if group is not None else []
        words = [c.lower_ for c in plain]
        if group == "REB" and words[:1] == ["the"] and set(words[1:]) <= _ARMED_WORDS:
            words = ["the"]  # "the paramilitary group", "the militant group": the group's kind
        if group is not None and words == ["the"]:  # not "the rights group"
            ref = _nearest(doc, ordered + out, i, group)
            if ref is not None:  # "the bloc" is the IGO named before, "the group" the group
                start = plain[0].i
                out.append(
                    (
                        make(start, i + 1, i, ref.code, ref.country, ref.sector, ref.name),
                        start,
                        i + 1,
                        i,
                    )
                )
                covered.update(range(start, i + 1))
            continue
        if (
            lemma in _STATEMENTS
            and tok.dep_ == "nsubj"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        ):
            # "... said in a joint statement. The statement accused ...": its issuers
            issuers = issuers_before(tok)
            for a in issuers:
                out.append((make(i, i + 1, i, a.code, a.country, a.sector, a.name), i, i + 1, i))
            if issuers:
                covered.add(i)
            continue
        if (
            common
            and lemma in _STATE_WORDS
            and tok.tag_ == "NN"
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj")
            and [c.lower_ for c in tok.children] == ["the"]
        ):
            # "..., which the kingdom denies": the country named last before
            state = _last_country(doc, ordered + out, i)
            if state is not None:
                start = i - 1
                out.append((make(start, i + 1, i, state, state, None, None), start, i + 1, i))
                covered.update(range(start, i + 1))
            continue
        if lemma in _WINNERS and common and [c.lower_ for c in tok.children if c.i < i] == ["the"]:
            # "Kast won the run-off ..., and Boric called the winner": whoever won before
            winners = [
                (h, a)
                for a, _, _, h in ordered + out
                if h < i
                and doc[h].dep_ == "nsubj"
                and doc[h].head.lemma_.lower() in _WINNING
                and person(h)
            ]
            if winners:
                a = max(winners, key=lambda x: x[0])[1]
                out.append(
                    (make(i - 1, i + 1, i, a.code, a.country, a.sector, a.name), i - 1, i + 1, i)
                )
                covered.update(range(i - 1, i + 1))
            continue
        if _aged(tok):
            # "Britain called for the release of the 76-year-old", after a story that named
            # Jimmy Lai: the person named last in the sentences before (one named in the
            # same sentence is rather someone else: "X said the 23-year-old had fled")
            people_before = [
                (h, a)
                for a, _, _, h in ordered + out
                if h < tok.sent.start and doc[h].ent_type_ == "PERSON" and doc[h].tag_ == "NNP"
            ]
            if people_before:
                a = max(people_before, key=lambda x: x[0])[1]
                start = next(c.i for c in tok.children if c.dep_ == "det")
                out.append(
                    (make(start, i + 1, i, a.code, a.country, a.sector, a.name), start, i + 1, i)
                )
                covered.update(range(start, i + 1))
            continue
        if low == "both" and tok.dep_ in ("nsubj", "nsubjpass") and not list(tok.children):
            # "Mali and Burkina Faso backed the junta. Both sent delegations": each of them
            for a in pair_before(i):
                out.append((make(i, i + 1, i, a.code, a.country, a.sector, a.name), i, i + 1, i))
            covered.add(i)
            continue
        if pos != "PRON" or (low not in _MALE_FEMALE and low not in _NEUTER):
            continue
        want_person = low in _MALE_FEMALE
        antecedent: Actor | None = None
        own = _own_subject(tok) if tok.dep_ in _OBJECTS else None
        self_ = antecedents.get(own.i) if own is not None else None
        for subj in _clause_subjects(tok):
            cand = by_head.get(subj.i) or next(
                (x for x, s, e, _ in found + out if s <= subj.i < e), None
            )
            if cand is not None and cand is self_:
                continue  # "he had spoken to Arevalo and asked him": not the speaker himself
            plural = low in _SINGULAR and subj.tag_ == "NNS"
            if low in _PLURAL and subj.tag_ == "NN" and not subj.conjuncts and not plural:
                # "an Israeli drone had dropped a grenade near one of their patrols": a
                # thing is no "they" (a body or a group may be: "the army ... their troops")
                from flashpoint.layers.actors import instruments

                if subj.lemma_.lower() in instruments():
                    continue
            kind_fits = person(subj.i) == want_person or low in _PLURAL
            if low == "its" and subj.lemma_.lower() in _VOICE_NOUNS:
                # "a spokesman for the Zambian army said its soldiers": the army's
                body = [o for p in subj.children if p.lower_ in ("for", "of") for o in p.children]
                cand = next((x for x, s, e, _ in found + out for o in body if s <= o.i < e), cand)
            if low == "its" and subj.lemma_.lower() in _VOICE_NOUNS and cand is not None:
                # "a Zambian police spokesman said its officers had ...": "its" is the body
                # the spokesman speaks for (the police), not a person
                kind_fits = cand.sector is not None and cand.country is not None
            if cand is not None and kind_fits and not plural:
                antecedent = cand
                break
        if antecedent is None:
            antecedent = previous_subject(i, want_person)
        if antecedent is None:
            antecedent = before(i, want_person)
            here = tok.sent.start
            if (
                low in _FEMININE
                and she is not None
                and (antecedent is None or doc[h_of(antecedent)].sent.start != here)
                and (she_at >= here or doc[she_at].sent.end >= here - 1)
            ):
                # "Prime Minister Paetongtarn ... in which she criticised an army commander.
                # The party quit her coalition": "her" is whom "she" was in the sentence
                # before, not the nearest person (unless one is named beside "her")
                antecedent = she
        if antecedent is None:
            continue
        if low in _FEMININE:
            she, she_at = antecedent, i
        party = _parties(doc, antecedent, found + out) if low in _PLURAL else [antecedent]
        if len(party) > 1 and tok.dep_ in _EVERY_PARTY:
            # "Commanders from both sides met ... They agreed": they are every party; so
            # are "them" in "telephoned both prime ministers and urged them" and "the
            # envoy shuttled between them"
            for a in party:
                out.append((make(i, i + 1, i, a.code, a.country, a.sector, a.name), i, i + 1, i))
            covered.add(i)
            continue
        if low in _PLURAL and _coordinated(doc, antecedent, found + out):
            continue  # "China and India ... their troops" are both countries' troops
        if tok.dep_ == "poss":  # "its troops", "his country", "his defence minister"
            owner = tok.head
            if owner.i in covered:
                continue
            owned = owner.lemma_.lower()
            if owned in _OTHERS and low in _NEUTER:
                continue  # "Russia said its opponents": other states, not Russia's opposition
            rivals = _RIVALS.get(antecedent.sector or "") if owned in _RIVAL_NOUNS else None
            if rivals is not None and low in _MALE_FEMALE and antecedent.country:
                # "Prime Minister Rabuka said his former rival had brought it upon himself":
                # a leader's rival, challenger or critic is his country's opposition (a
                # candidate's is another candidate); a named apposition is the rival's name
                end = max(
                    [owner.i + 1]
                    + [c.i + 1 for c in owner.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
                )
                code = f"{antecedent.country}{rivals}"
                out.append(
                    (make(i, end, owner.i, code, antecedent.country, rivals, None), i, end, owner.i)
                )
                covered.update(range(i, end))
                continue
            if owned == "government" and antecedent.country:
                code, sector = f"{antecedent.country}GOV", "GOV"  # "her government"
            elif owned in _COUNTRY_NOUNS and antecedent.country:
                code, sector = antecedent.country, None
            elif (
                owned == "office"
                and owner.dep_ in ("nsubj", "nsubjpass")
                and low in _MALE_FEMALE
                and antecedent.sector
            ):
                # "her office said", "his office was independent": the office acting is the
                # office holder's ("at his office" stays a venue); the holder is the subject
                # of the clause before it in the sentence where there is one ("President Tsai
                # will host Pelosi, her office said": Tsai's)
                subjects = [
                    a
                    for a, _, _, h in found + out
                    if tok.sent.start <= h < i
                    and doc[h].dep_ in ("nsubj", "nsubjpass")
                    and a.sector
                    and person(h)
                ]
                holder = subjects[-1] if subjects else antecedent
                code, sector = holder.code, holder.sector
                antecedent = holder  # (its country too)
            elif owned in _VOICE_NOUNS and antecedent.sector and not person(h_of(antecedent)):
                code, sector = antecedent.code, antecedent.sector  # the army's spokesman
            elif (owned in _MEMBER_NOUNS and antecedent.country is None) or (
                owned in _FOLLOWER_NOUNS and antecedent.sector in ("REB", "OPP", "PTY")
            ):
                code, sector = antecedent.code, antecedent.sector
            elif antecedent.code.startswith("IGO") and sector_of(owner) is not None:
                code, sector = antecedent.code, antecedent.sector  # "ECOWAS ... its standby force"
            else:
                sector = sector_of(owner)
                if sector is None and (
                    owned in _OWNED_WORDS
                    or (
                        low in _MALE_FEMALE
                        and antecedent.code != antecedent.country  # no person: "Jordan Henderson"
                        and _stands_for_owner(owner)
                    )
                    or (
                        low == "its"
                        and antecedent.sector in _PARTY_SECTORS
                        and _stands_for_owner(owner)
                    )  # "the Liberal Democratic Party said its new coalition would hold"
                ):
                    # "rejected her offer of talks": the pronoun is who offered; "at his
                    # home", "quit her coalition", "concerns about her views": whose
                    a = antecedent
                    out.append(
                        (make(i, i + 1, i, a.code, a.country, a.sector, a.name), i, i + 1, i)
                    )
                    covered.add(i)
                    continue
                if sector is None or antecedent.country is None:
                    continue
                if sector == "REB" and antecedent.sector == "MIL" and owned in _FIGHTERS:
                    sector = "MIL"  # "Wagner chief Prigozhin said his fighters": a state
                    # force's fighters are the force's (a group's stay the group's)
                code = f"{antecedent.country}{sector}"
            out.append(
                (
                    make(i, owner.i + 1, owner.i, code, antecedent.country, sector, None),
                    i,
                    owner.i + 1,
                    owner.i,
                )
            )
            covered.update(range(i, owner.i + 1))
            continue
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "obj"):
            antecedents[i] = antecedent
            out.append(
                (
                    make(
                        i,
                        i + 1,
                        i,
                        antecedent.code,
                        antecedent.country,
                        antecedent.sector,
                        antecedent.name,
                    ),
                    i,
                    i + 1,
                    i,
                )
            )
            covered.add(i)
    return out
