"""Learned cues: how likely a word governs reported words in one of its frames.

PolNeAR marks far more ways of attributing words or a stance than the curated cues hold
("mocked the ambitions of", "has embraced", "support for"). :func:`learned_cues
<flashpoint.layers.quotes.learned_cues>` counts, for each (lemma, part of speech, frame),
how often it carried an attribution in PolNeAR train; a word seen too rarely there, or
never, is left to this scorer. It is the average of three small networks (one hidden
layer each) over:

- the counts of ``learned_cues.tsv`` for the word's frame (when it has a row there), and
  those of ``learned_words.tsv`` for the word over all its frames;
- the frame, the word's part of speech and dependency, the length of what it governs and
  what kind of subject it has (none, a pronoun, a person, a group or place, other);
- spaCy's own context vectors (``doc.tensor``, which the tagger and parser read) for the
  word and, averaged, for the words it would govern: they carry what the words and their
  neighbours look like, so a word PolNeAR never marked can still score. (The vectors of
  the subject and of the governed words' head added nothing in cross-validation; the
  word's counts over all its frames, 128 hidden units rather than 64, and three networks
  rather than one each added to it. Frames for a noun's infinitive, "efforts to ...",
  and for a subject with its complement around the verb, "X seemed Y", took from it.)

``scripts/learn_cues.py`` trains it on PolNeAR train and writes ``data/quotes/cue_model.npz``
with the decision threshold its cross-validation picked. The vectors belong to the spaCy
model the package pins: a new model means training again.
"""

from __future__ import annotations

import functools
import io
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from flashpoint.nlp import span_tokens

Token = Any

PREPOSITIONS = (
    "for", "of", "on", "about", "to", "with", "against", "in", "as", "over", "at", "from",
    "into", "behind", "toward",
)  # fmt: skip
FRAMES = ("ccomp", "xcomp", "dobj", "pass", *(f"prep:{p}" for p in PREPOSITIONS), "prep:other")
PARTS_OF_SPEECH = ("VERB", "AUX", "NOUN", "ADJ")
DEPENDENCIES = (
    "ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "acl", "nsubj", "dobj", "pobj",
    "pcomp", "parataxis", "advmod", "attr", "appos",
)  # fmt: skip
SUBJECTS = ("none", "pronoun", "person", "group", "other")
HEAD_POS = (
    "VERB", "AUX", "NOUN", "ADJ", "PROPN", "ADP", "ADV", "PRON", "DET", "CCONJ", "SCONJ", "PART",
)  # fmt: skip
QUOTE_TOKENS = frozenset({'"', "\u201c", "\u201d", "''", "``"})
MODEL_FILE = "cue_model.npz"


def table_vector(seen: int, cues: int) -> np.ndarray:
    """The counts part: whether the frame has a usable row (seen twice, a cue once), the
    share of its uses that carried an attribution, and how many did."""
    usable = seen >= 2 and cues >= 1
    share = cues / seen if usable else 0.0
    return np.array([usable, share, math.log1p(cues) if usable else 0.0], dtype="float32")


def word_key(key: str) -> str:
    """The word part of a frame key, its lemma and part of speech: "lampoon|VERB|dobj"
    gives "lampoon|VERB"."""
    return key.rsplit("|", 1)[0]


def table_features(frame: tuple[int, int], word: tuple[int, int]) -> np.ndarray:
    """The counts part of a row: :func:`table_vector` of the frame's (seen, cues) and of the
    word's over all its frames (a word PolNeAR marked in other frames, "rebuffed an offer"
    beside "rebuffed calls to", says something about a frame it never saw)."""
    return np.concatenate([table_vector(*frame), table_vector(*word)])


def _subject_kind(subject: Token | None) -> str:
    if subject is None:
        return "none"
    if subject.pos_ == "PRON":
        return "pronoun"
    if subject.ent_type_ == "PERSON":
        return "person"
    if subject.ent_type_ in ("ORG", "NORP", "GPE"):
        return "group"
    return "other"


def frame_vector(tok: Token, key: str, span: tuple[int, int], subject: Token | None) -> np.ndarray:
    """The parse part of a candidate's features: frame, part of speech, dependency, subject
    kind, length of the words governed, and the context vectors of the word and (averaged)
    of the words governed."""
    frame = key.split("|")[2]
    if frame not in FRAMES:
        frame = "prep:other" if frame.startswith("prep:") else frame
    flags = np.zeros(len(FRAMES) + len(PARTS_OF_SPEECH) + len(DEPENDENCIES) + len(SUBJECTS) + 1)
    if frame in FRAMES:
        flags[FRAMES.index(frame)] = 1.0
    o = len(FRAMES)
    if tok.pos_ in PARTS_OF_SPEECH:
        flags[o + PARTS_OF_SPEECH.index(tok.pos_)] = 1.0
    o += len(PARTS_OF_SPEECH)
    if tok.dep_ in DEPENDENCIES:
        flags[o + DEPENDENCIES.index(tok.dep_)] = 1.0
    o += len(DEPENDENCIES)
    flags[o + SUBJECTS.index(_subject_kind(subject))] = 1.0
    o += len(SUBJECTS)
    doc = tok.doc
    tensor = doc.tensor
    governed = doc.char_span(span[0], span[1], alignment_mode="expand")
    if governed is not None and len(governed):
        flags[o] = math.log1p(len(governed))
        mean = tensor[governed.start : governed.end].mean(axis=0)
    else:
        mean = np.zeros(tensor.shape[1], dtype="float32")
    return np.concatenate([flags, tensor[tok.i], mean]).astype("float32")


def context_vector(
    tok: Token, span: tuple[int, int], cued: frozenset[int], curated: frozenset[str]
) -> np.ndarray:
    """The sentence part of a candidate's features: whether its sentence names a person, or
    a group or place, outside the words governed (an attribution needs someone to hold
    it); whether a curated cue already reports words in that sentence (``cued`` holds the
    sentence starts); the word's form (capitalised, first in its sentence, negated, a
    curated cue's lemma) and place (in its sentence, in the article); the sentence's
    length; how far the governed words start from the word, and whether they hold a quote
    mark or a person; and the part of speech of the word's head."""
    doc = tok.doc
    sent = tok.sent
    governed = doc.char_span(span[0], span[1], alignment_mode="expand")
    inner = range(governed.start, governed.end) if governed is not None else range(0)
    labels = [label for start, label in _ents_in(sent) if start not in inner]
    flags = [
        "PERSON" in labels,
        any(label in ("ORG", "GPE", "NORP") for label in labels),
        sent.start in cued,
        tok.text[:1].isupper(),
        tok.i == sent.start,
        (tok.i - sent.start) / max(1, len(sent)),
        math.log1p(len(sent)),
        tok.i / max(1, len(doc)),
        math.log1p(max(0, governed.start - tok.i)) if governed is not None else 0.0,
        governed is not None and any(t.text in QUOTE_TOKENS for t in governed),
        governed is not None and any(t.ent_type_ == "PERSON" for t in governed),
        any(c.dep_ == "neg" for c in tok.children),
        tok.lemma_.lower() in curated,
    ]
    head = np.zeros(len(HEAD_POS), dtype="float32")
    if tok.head.pos_ in HEAD_POS:
        head[HEAD_POS.index(tok.head.pos_)] = 1.0
    return np.concatenate([np.array(flags, dtype="float32"), head])


def _ents_in(sent: Any) -> list[tuple[int, str]]:
    """The (start, label) of the entities wholly inside a sentence, as ``sent.ents`` has
    them, read from the sentence's own tokens (``sent.ents`` builds every entity of the
    document first, and this runs once per candidate word)."""
    out: list[tuple[int, str]] = []
    current: tuple[int, str] | None = None
    for t in span_tokens(sent):
        if t.ent_iob == 1 and current is not None:  # I: the entity goes on
            continue
        if current is not None:
            out.append(current)
            current = None
        if t.ent_iob == 3:  # B
            current = (t.i, t.ent_type_)
    doc = sent.doc
    if current is not None and (sent.end >= len(doc) or doc[sent.end].ent_iob != 1):
        out.append(current)
    return out


def has_vectors(doc: Any) -> bool:
    """Whether the parse carries the context vectors the scorer reads."""
    return bool(doc.tensor.size) and doc.tensor.shape[0] == len(doc)


@dataclass(frozen=True)
class CueModel:
    """A trained scorer: standardisation, then the average of a few small networks (one
    hidden ReLU layer, a logistic output, each trained from its own seed), and the
    probability at or above which a candidate is kept. The networks' weights are stacked
    on a first axis: ``w1`` (networks, features, hidden), ``b1`` and ``w2`` (networks,
    hidden), ``b2`` (networks,)."""

    mean: np.ndarray
    scale: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray
    threshold: float

    def score(self, rows: np.ndarray) -> np.ndarray:
        """Return each row's probability of carrying an attribution."""
        k, d, h = self.w1.shape
        z = (rows - self.mean) / self.scale
        # one product for all the networks: (rows, features) @ (features, networks x hidden)
        wide = self.w1.transpose(1, 0, 2).reshape(d, k * h)
        hidden = np.maximum(0.0, z @ wide + self.b1.reshape(-1)).reshape(len(rows), k, h)
        logits = (hidden * self.w2).sum(axis=2) + self.b2
        out: np.ndarray = (1.0 / (1.0 + np.exp(-logits))).mean(axis=1)
        return out

    def arrays(self) -> dict[str, np.ndarray]:
        return {
            "mean": self.mean,
            "scale": self.scale,
            "w1": self.w1,
            "b1": self.b1,
            "w2": self.w2,
            "b2": self.b2,
            "threshold": np.array(self.threshold, dtype="float32"),
        }


def fit(
    rows: np.ndarray,
    labels: np.ndarray,
    *,
    members: int = 3,
    hidden: int = 128,
    epochs: int = 8,
    l2: float = 1e-3,
    seed: int = 0,
    threshold: float = 0.5,
) -> CueModel:
    """Train ``members`` networks from seeds ``seed``, ``seed + 1``, ... (the average of
    three scored better in cross-validation on PolNeAR train than one, or one twice as
    wide) and stack them."""
    mean = rows.mean(axis=0).astype("float32")
    scale = (rows.std(axis=0) + 1e-6).astype("float32")
    z = ((rows - mean) / scale).astype("float32")
    y = labels.astype("float32")
    nets = [
        _fit_one(z, y, hidden=hidden, epochs=epochs, l2=l2, seed=seed + k) for k in range(members)
    ]
    w1, b1, w2, b2 = (np.stack([net[i] for net in nets]) for i in range(4))
    return CueModel(mean, scale, w1, b1, w2, b2.reshape(-1), threshold)


def _fit_one(
    z: np.ndarray, y: np.ndarray, *, hidden: int, epochs: int, l2: float, seed: int
) -> list[np.ndarray]:
    """Train one network by Adam on minibatches of 256 (log loss, L2 on the weights)."""
    rng = np.random.default_rng(seed)
    params = [
        rng.normal(0, 1 / math.sqrt(z.shape[1]), (z.shape[1], hidden)).astype("float32"),
        np.zeros(hidden, dtype="float32"),
        rng.normal(0, 1 / math.sqrt(hidden), hidden).astype("float32"),
        np.zeros(1, dtype="float32"),
    ]
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    step = 0
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for k in range(0, len(y), 256):
            idx = order[k : k + 256]
            x, t = z[idx], y[idx]
            w1, b1, w2, b2 = params
            h = np.maximum(0.0, x @ w1 + b1)
            p = 1.0 / (1.0 + np.exp(-(h @ w2 + b2[0])))
            d = (p - t) / len(t)
            dh = np.outer(d, w2) * (h > 0)
            grads = [x.T @ dh + l2 * w1, dh.sum(axis=0), h.T @ d + l2 * w2, np.array([d.sum()])]
            step += 1
            for i, g in enumerate(grads):
                first[i] = 0.9 * first[i] + 0.1 * g
                second[i] = 0.999 * second[i] + 0.001 * g * g
                m = first[i] / (1 - 0.9**step)
                v = second[i] / (1 - 0.999**step)
                params[i] = (params[i] - 1e-3 * m / (np.sqrt(v) + 1e-8)).astype("float32")
    return params


def save(model: CueModel, path: Any) -> None:
    np.savez_compressed(path, allow_pickle=False, **model.arrays())


def load(source: Any) -> CueModel:
    """Read a scorer written by :func:`save` (a path or a binary file)."""
    with np.load(source, allow_pickle=False) as data:
        w1, b1, w2, b2 = data["w1"], data["b1"], data["w2"], data["b2"]
        if w1.ndim == 2:  # one network, as written before the average of several
            w1, b1, w2, b2 = w1[None], b1[None], w2[None], b2.reshape(1)
        return CueModel(
            data["mean"], data["scale"], w1, b1, w2, b2.reshape(-1), float(data["threshold"])
        )


@functools.cache
def cue_model() -> CueModel | None:
    """Return the packaged scorer, or None when the package carries none."""
    source = resources.files("flashpoint") / "data" / "quotes" / MODEL_FILE
    if not source.is_file():
        return None
    return load(io.BytesIO(source.read_bytes()))
