"""A learned judge of coded events: how likely an event the rules coded is one a careful
annotator would code too.

The rules code an event wherever a trigger meets two actors in the parse; some of those are
wrong in ways the rules cannot see one at a time: a background act told in the past perfect
deep in the story, a pronoun source far from its verb, an accusation inside a question, a
protest verb whose target is a sector the type rarely has. This scorer is a logistic
regression over hashed features of each coded event: its PLOVER type and CAMEO code, the
trigger's lemma, tag and dependents in the parse, the sectors of source and target and how
far they stand from the trigger, whether they are pronouns, the sentence's place in the
article and its length, negation, modal and background words around, reported speech and
quotation, the event's date against the publication day, and how many events the sentence
and the article hold.

An event is dropped when the scorer gives it less than ``threshold``, and only in articles
of at least ``MIN_SENTENCES`` sentences: the weights were learned from whole articles, and a
sentence given to ``annotate`` on its own is left to the rules.

``scripts/train_event_model.py`` trains it on the whole-article gold's tuning splits
(``benchmarks/gold/articles/dev*.jsonl``, never a ``test`` split): every event the rules code
is an example, labelled by whether the benchmark's matching (same gold sentence, PLOVER type,
source and target country) finds it in the gold. The weights, the threshold its
leave-one-batch-out cross-validation picked and the names of the splits it read are in
``data/lexicon/event_model.npz``. The model must be retrained when the rules change much.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from typing import Any

from flashpoint.learn import HashedModel, read_model
from flashpoint.records import Mention

MODEL_FILE = "event_model.npz"
MIN_SENTENCES = 8
"""Articles with fewer sentences keep every event the rules code."""

_NEGATION = frozenset({"not", "n't", "never", "no", "deny", "denied", "denies", "without"})
_MODAL = frozenset(
    {"would", "could", "may", "might", "should", "if", "whether", "unless", "will", "can"}
    | {"must", "plan", "planned", "plans"}
)
_BACKGROUND = re.compile(
    r"\b(last (?:year|month|week)|earlier this|ago|since|previous(?:ly)?|in (?:19|20)\d\d|"
    r"former|had been|years? of|history|past)\b",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "his", "her", "its", "their"})
_WORD = re.compile(r"[a-z']+")
_KIDS = ("neg", "aux", "auxpass", "nsubjpass", "agent", "dobj", "prep", "mark", "advcl", "ccomp")


def _bucket(n: int, edges: Sequence[int]) -> int:
    return bisect.bisect_left(edges, n)


class ArticleContext:
    """What the features of one article's events share: its sentences and counts."""

    def __init__(self, doc: Any, text: str, published: dt.date | None, mentions: Sequence[Mention]):
        self.doc = doc
        self.text = text
        self.published = published
        self.sentences = list(doc.sents)
        self.starts = [s.start_char for s in self.sentences]
        self.per_sentence = Counter(m.sentence for m in mentions)
        self.n_mentions = len(mentions)

    def sentence_of(self, char: int) -> tuple[int, Any]:
        """The index and span of the sentence holding a character offset."""
        i = bisect.bisect_right(self.starts, char) - 1
        return (i, self.sentences[i]) if i >= 0 else (-1, None)


def features(m: Mention, context: ArticleContext) -> list[str]:
    """The features of one coded event in its article."""
    plover = str(m.plover)
    out = [
        "bias",
        f"pl={plover}",
        f"cam={m.cameo}",
        f"cam2={m.cameo[:2]}",
        f"cam3={m.cameo[:3]}",
        f"quad={m.quad_class}",
    ]
    span = context.doc.char_span(m.trigger[0], m.trigger[1], alignment_mode="expand")
    token = span.root if span is not None and len(span) else None
    if token is not None:
        lemma = token.lemma_.lower()
        out += [
            f"lem={lemma}",
            f"lem_pl={lemma}|{plover}",
            f"pos={token.pos_}",
            f"dep={token.dep_}",
            f"tag={token.tag_}",
            f"head={token.head.lemma_.lower()}",
            f"headdep={token.dep_}|{token.head.pos_}",
        ]
        kids = {c.dep_ for c in token.children}
        out += [f"kid={d}" for d in _KIDS if d in kids]
        out += [
            f"kidw={c.dep_}:{c.lower_}"
            for c in token.children
            if c.dep_ in ("aux", "auxpass", "neg", "mark")
        ]
    source, target = m.source, m.target
    target_sector = (target.sector if target else None) or "NONE"
    out += [
        f"ssec={source.sector}",
        f"tsec={target_sector}",
        f"pair={source.sector}>{target_sector}",
        f"ssec_pl={source.sector}|{plover}",
        f"tsec_pl={target_sector}|{plover}",
        f"sside={'after' if source.start > m.trigger[0] else 'before'}",
        f"sdist={_bucket(abs(source.start - m.trigger[0]), (10, 30, 60, 120, 250))}",
        f"spron={source.text.lower() in _PRONOUNS}",
        f"sname={source.name is not None}",
        f"sinsent={m.sentence[0] <= source.start < m.sentence[1]}",
    ]
    if target is not None:
        same = source.country is not None and source.country == target.country
        out += [
            "samecountry" if same else "diffcountry",
            f"tgt_side={'after' if target.start > m.trigger[0] else 'before'}",
            f"tdist={_bucket(abs(target.start - m.trigger[0]), (10, 30, 60, 120, 250))}",
            f"tpron={target.text.lower() in _PRONOUNS}",
            f"tinsent={m.sentence[0] <= target.start < m.sentence[1]}",
        ]
    index, sentence = context.sentence_of(m.trigger[0])
    out.append(f"sidx={_bucket(index, (0, 1, 2, 4, 7, 12, 20))}")
    said = context.text[m.sentence[0] : m.sentence[1]]
    words = _WORD.findall(said.lower())
    out.append(f"slen={_bucket(len(words), (8, 15, 25, 40, 60))}")
    seen = set(words)
    if seen & _NEGATION:
        out.append("neg")
    out += [f"modal={w}" for w in sorted(seen & _MODAL)]
    if seen & {"said", "says", "told"}:
        out.append("said")
    if "?" in said:
        out.append("question")
    if '"' in said or "\u201c" in said:
        out.append("quotechar")
    out += [f"back={x.group(1).lower()[:12]}" for x in _BACKGROUND.finditer(said)]
    out += [
        f"inquote={m.quote_id is not None}",
        f"nsent={_bucket(context.per_sentence[m.sentence], (1, 2, 3))}",
        f"nart={_bucket(context.n_mentions, (2, 5, 10, 20))}",
        f"first_line={m.sentence[0] < 5}",
    ]
    out += _date_features(m, context.published)
    if m.fatalities:
        out.append("fatal")
    if sentence is not None and token is not None:
        out += [
            f"near={t.lemma_.lower()}"
            for t in sentence
            if t.is_alpha and not t.is_stop and abs(t.i - token.i) <= 4
        ]
    return out


def _date_features(m: Mention, published: dt.date | None) -> list[str]:
    if m.date is None:
        return ["date=none"]
    out = [f"dprec={m.date.precision}", f"dsrc={m.date.source}"]
    try:
        day = dt.date.fromisoformat(m.date.value[:10])
    except ValueError:
        return out
    if published is not None:
        out.append(f"dage={_bucket((published - day).days, (-1, 0, 1, 3, 7, 31, 365))}")
    return out


@functools.cache
def event_model() -> HashedModel:
    """The packaged event model (loaded once per process)."""
    data = resources.files("flashpoint.data").joinpath("lexicon").joinpath(MODEL_FILE)
    return read_model(data.read_bytes())


def likely(
    mentions: Sequence[Mention],
    doc: Any,
    text: str,
    published: dt.date | None,
    model: HashedModel | None = None,
) -> list[Mention]:
    """The events the scorer gives at least its threshold (all of them in short texts)."""
    if not mentions:
        return []
    context = ArticleContext(doc, text, published, mentions)
    if len(context.sentences) < MIN_SENTENCES:
        return list(mentions)
    model = model or event_model()
    return [m for m in mentions if model.probability(features(m, context)) >= model.threshold]
