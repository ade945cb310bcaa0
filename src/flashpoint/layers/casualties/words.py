"""Parse helpers the casualty rules share: children and prepositions of a token, the
verb of its clause, whether a noun is a person or a nationality word, whether a
killing is only threatened or possible.
"""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.layers.actors import load_lexicon
from flashpoint.layers.casualties.lexicon import _ATTACKERS
from flashpoint.layers.tables import read_tsv


def _demonym(tok: Token) -> str | None:
    """Return the country of a nationality word ("Palestinian") from the actor lexicon."""
    entries = load_lexicon().phrases.get((tok.text,), ())
    countries = {e.country for e in entries if e.kind == "adjective" and e.country}
    return countries.pop() if len(countries) == 1 else None


def _has_child(tok: Token, word: str) -> bool:
    """Return whether a word occurs anywhere in a token's subtree."""
    return any(c.lower_ == word for c in tok.subtree)


def _has_among(tok: Token) -> bool:
    """Return whether a noun is said to be among a total ("four soldiers among the dead")."""
    return any(c.dep_ == "prep" and c.lower_ == "among" for c in tok.children)


def _has_prep(tok: Token, word: str) -> bool:
    """Return whether a token has a preposition child ("two of his bodyguards")."""
    return any(c.dep_ == "prep" and c.lower_ == word for c in tok.children)


def _reporter(tok: Token) -> bool:
    """Return whether a noun is the subject of a reporting verb right after it
    ("..., witnesses and a rescue worker said")."""
    nxt = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lemma_.lower() in ("say", "tell", "report", "add")


def _inside_other_clause(t: Token, top: Token) -> bool:
    """Return whether a token sits in a verb clause nested below ``top``."""
    for anc in t.ancestors:
        if anc.i == top.i:
            return False
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ in ("relcl", "advcl", "ccomp", "acl", "xcomp"):
            return True
    return False


def _clause_verb(tok: Token) -> Token:
    """Return the verb of a token's clause: the token itself or its nearest verb
    ancestor, else the token."""
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
    if (
        verb.dep_ in ("xcomp", "ccomp")
        and verb.head.lemma_.lower() in ("let", "allow", "permit", "help", "make")
        and any(
            c.dep_ in ("aux", "neg") and c.lower_ in _MODALS | {"not", "n't"}
            for c in verb.head.children
        )
    ):
        return True  # "would not let terrorists kill 1,000 innocent people"
    if any(
        c.dep_ == "nsubj"
        and (
            c.lemma_.lower() in _FICTION
            or any(
                g.dep_ in ("poss", "compound") and g.lemma_.lower() in _FICTION for g in c.children
            )
        )
        for c in verb.children
    ):
        return True  # "The film's villain kills 40 people in the opening scene"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "threatened in a video to kill 50 hostages", "threatened in a statement to kill"
        above = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
        return above is not None and above.lemma_.lower() in _INTENT
    return False


def _refuted(verb: Token) -> bool:
    """Return whether a killing is told only in a report the sentence calls wrong:
    "Earlier reports that 30 people had died ... were wrong" (not "reports that 30 people
    died were confirmed")."""
    report = verb.head if verb.dep_ in ("acl", "ccomp", "relcl") else None
    if report is None or report.lemma_.lower() not in _REPORTS:
        return False
    if report.dep_ == "dobj" and report.head.lemma_.lower() in _WITHDRAW:
        return True  # "withdrew a statement that 50 soldiers had died"
    copula = report.head if report.dep_ in ("nsubj", "nsubjpass") else None
    return copula is not None and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in _WRONG for c in copula.children
    )


_REPORTS = frozenset(
    {"report", "claim", "rumour", "rumor", "figure", "account", "statement", "announcement"}
)
_WITHDRAW = frozenset({"withdraw", "retract", "correct", "deny", "dismiss", "reject"})
_WRONG = frozenset({"wrong", "false", "incorrect", "inaccurate", "untrue", "mistaken", "baseless"})
_INTENT = frozenset({"threaten", "warn", "vow", "fear", "plan", "try", "attempt", "seek"})
_FICTION = frozenset(
    {"film", "movie", "novel", "game", "series", "villain", "character", "episode", "sequel",
     "thriller", "play", "show", "protagonist", "player", "gamer"}
)  # fmt: skip
"""Fiction whose killings are no one's: "the film's villain kills 40 people", "the game lets
players kill up to 50 enemies"."""
_MODALS = frozenset({"could", "would", "might", "may", "can", "will", "shall", "should", "'d"})


_SINGULAR_PEOPLE = frozenset(
    r["noun"] for r in read_tsv("casualties", "people.tsv", required=("noun",))
)


_NOT_MEN = frozenset({"specimen", "regimen", "abdomen", "stamen", "omen", "semen", "amen"})


def _person(tok: Token) -> bool:
    """Return whether a noun names people: a person noun of ``people.tsv``, an attacker,
    "-ist" / "-ian" / "-man" words, a plural nationality ("two Israelis")."""
    lemma = tok.lemma_.lower()
    return (
        lemma in _SINGULAR_PEOPLE
        or _hyphenated(tok) in _SINGULAR_PEOPLE  # "a passer-by", split in three
        or _hyphen_ahead(tok) in _SINGULAR_PEOPLE  # (the parser heading it on "passer")
        or lemma in _ATTACKERS
        or lemma.endswith(("ist", "ian", "man", "woman"))
        # a plural the lemmatizer left alone ("servicemen" tagged NN)
        or (lemma.endswith("men") and lemma not in _NOT_MEN)
        or (tok.tag_ in ("NNS", "NNPS") and _demonym(tok) is not None)  # "two Israelis"
    )


def _hyphen_ahead(tok: Token) -> str:
    """Return the word a token starts when the tokenizer split it at a hyphen ("passer" of
    "passer-by"), else ""."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or tok.whitespace_:
        return ""
    return f"{tok.lower_}-{doc[tok.i + 2].lower_}"


def _hyphenated(tok: Token) -> str:
    """Return the word a token ends when the tokenizer split it at a hyphen ("passer-by"),
    else ""."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_:
        return ""
    return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
