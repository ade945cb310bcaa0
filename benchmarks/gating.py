"""How much text a sentence gate could keep from the parser: the measurement behind #12's
"parse only the sentences that can hold an event".

    python benchmarks/gating.py [N]

Splits each article of the ``benchmarks/throughput.py`` corpus (N articles, default 120)
and of the whole-article gold sets (``benchmarks/gold/articles``, dev and test) into
sentences with the tokenizer alone (no parser), and keeps a sentence when one of its words
could be a form of a word some layer starts from: an event trigger (``lexicon/events.tsv``),
a quote cue (``quotes/cues.tsv``), a casualty verb (``casualties/predicates.tsv``), a
casualty noun, or a quote mark. A word's possible lemmas come from the model's own
lemmatizer tables (verb, noun and adjective rules and exceptions), so "clashed" counts as
"clash". Prints the share of characters such a gate would leave unparsed, and the parse
time of the full texts beside the gated ones (the dropped sentences blanked, so every
offset stays).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from flashpoint.layers.tables import read_tsv
from flashpoint.nlp import load_nlp, mask_datelines
from throughput import build

GOLD = Path(__file__).parent / "gold" / "articles"
_NOUNS = {"dead", "death", "toll", "casualty", "body", "according"}
_QUOTES = ('"', "\u201c", "\u201d", "\u2018")


def lemmas() -> frozenset[str]:
    """Return the words the layers start from."""
    out = {r["trigger"].split()[0] for r in read_tsv("lexicon", "events.tsv")}
    out |= {r["lemma"] for r in read_tsv("quotes", "cues.tsv")}
    out |= {r["lemma"] for r in read_tsv("casualties", "predicates.tsv")}
    return frozenset(out | _NOUNS)


class Gate:
    def __init__(self) -> None:
        lookups = load_nlp().get_pipe("flashpoint_lemmas").lemmatizer.lookups
        self.rules = lookups.get_table("lemma_rules")
        self.exc = lookups.get_table("lemma_exc")
        self.words = lemmas()
        self.cache: dict[str, bool] = {}

    def _hit(self, form: str) -> bool:
        found = self.cache.get(form)
        if found is None:
            forms = {form}
            for pos in ("verb", "noun", "adj"):
                forms.update(self.exc.get(pos, {}).get(form, ()))
                for old, new in self.rules.get(pos, []):
                    if form.endswith(old):
                        forms.add(form[: len(form) - len(old)] + new)
            found = self.cache[form] = not self.words.isdisjoint(forms)
        return found

    def gated(self, text: str) -> tuple[str, int]:
        """Return the text with the sentences the gate drops blanked, and their length."""
        doc = load_nlp().tokenizer(text)
        out, dropped, start, keep = list(text), 0, 0, False
        for i, tok in enumerate(doc):
            keep = keep or tok.text.startswith(_QUOTES) or tok.text == "'" or self._hit(tok.lower_)
            last = i == len(doc) - 1
            if not (
                last
                or "\n" in tok.text_with_ws
                or (tok.text in (".", "!", "?") and not doc[i + 1].is_punct)
            ):
                continue
            begin, end = doc[start].idx, tok.idx + len(tok.text)
            if not keep:
                for j in range(begin, end):
                    if out[j] != "\n":
                        out[j] = " "
                dropped += end - begin
            start, keep = i + 1, False
        return "".join(out), dropped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=120)
    args = ap.parse_args()
    path = Path(tempfile.mkdtemp(prefix="fp-gating-")) / "corpus.jsonl"
    build(args.n, path)
    sets = {
        "throughput corpus": [json.loads(x)["text"] for x in path.read_text().splitlines()],
        "gold articles": [
            json.loads(x)["text"]
            for split in ("dev", "test")
            for x in (GOLD / f"{split}.jsonl").read_text().splitlines()
            if x.strip()
        ],
    }
    nlp, gate = load_nlp(), Gate()
    list(nlp.pipe(["Warm up the model."]))
    for name, texts in sets.items():
        texts = [mask_datelines(t) for t in texts]
        chars = sum(len(t) for t in texts)
        t0 = time.perf_counter()
        gated = [gate.gated(t) for t in texts]
        gating = time.perf_counter() - t0
        dropped = sum(d for _, d in gated)
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        full = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in nlp.pipe([g for g, _ in gated], batch_size=16):
            pass
        part = time.perf_counter() - t0
        print(
            f"{name}: {len(texts)} articles; the gate drops {dropped / chars:.1%} of the text; "
            f"spaCy {full / len(texts) * 1000:.0f} ms per article in full, "
            f"{(part + gating) / len(texts) * 1000:.0f} ms gated (gate included)"
        )


if __name__ == "__main__":
    main()
