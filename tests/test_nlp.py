"""The spaCy pipeline as Flashpoint loads it."""

from __future__ import annotations

import pytest

from flashpoint.nlp import MODEL_PACKAGE, doc_text, load_nlp
from flashpoint.sources.demo import demo_root


def _attributes(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def reference():  # type: ignore[no-untyped-def]
    """The model as it ships, with spaCy's own attribute_ruler."""
    import importlib

    nlp = importlib.import_module(MODEL_PACKAGE).load()
    load_nlp()  # registers Flashpoint's components
    nlp.add_pipe("flashpoint_line_breaks", before="parser")
    return nlp


def test_attribute_rules_replace_the_ruler() -> None:
    names = load_nlp().pipe_names
    assert "attribute_ruler" not in names
    assert "lemmatizer" not in names
    assert names.index("parser") < names.index("flashpoint_attributes")
    assert names.index("flashpoint_attributes") < names.index("flashpoint_lemmas")


def test_attribute_rules_and_lemmas_give_what_spacy_gives(reference) -> None:  # type: ignore[no-untyped-def]
    texts = [p.read_text(encoding="utf-8") for p in sorted((demo_root() / "txt").glob("*.txt"))]
    # the rules that span two tokens, and the ones keyed on a word's form and its role
    texts.append(
        "Y'all gonna see it, but I ain't sure. Let's go. C'mon, nothin' to fear. "
        "There is a deal and there were talks. Which did it? I did. It gave it to you."
    )
    nlp = load_nlp()
    lemmatizer = reference.get_pipe("lemmatizer")
    for text in texts[:12] + texts[-1:]:
        ours, theirs = nlp(text), reference(text)
        assert [a[:3] + a[4:] for a in _attributes(ours)] == [
            a[:3] + a[4:] for a in _attributes(theirs)
        ]
        for a, b in zip(ours, theirs, strict=True):
            # the lemmas differ only where two suffix rules give words the index knows,
            # which spaCy's builds order differently (see rule_lemma)
            assert a.lemma_ == b.lemma_ or len(_known_candidates(lemmatizer, b)) > 1


def _known_candidates(lemmatizer, token):  # type: ignore[no-untyped-def]
    pos = token.pos_.lower()
    index = lemmatizer.lookups.get_table("lemma_index", {}).get(pos, {})
    rules = lemmatizer.lookups.get_table("lemma_rules", {}).get(pos, {})
    word = token.text.lower()
    return {word[: len(word) - len(old)] + new for old, new in rules if word.endswith(old)} & set(
        index
    )


def test_lemmas_put_the_forms_the_index_knows_first() -> None:
    from flashpoint.nlp import rule_lemma

    doc = load_nlp()("Protest marches filled the streets. Police detained 12 people.")
    assert [t.lemma_ for t in doc][:3] == ["protest", "march", "fill"]
    assert doc[7].lemma_ == "detain" and doc[9].lemma_ == "people"
    lemmatizer = load_nlp().get_pipe("flashpoint_lemmas").lemmatizer
    assert rule_lemma(lemmatizer, doc[1]) == "march"  # not "marche", the first rule's


def test_doc_text_is_the_text() -> None:
    doc = load_nlp().make_doc("Troops  clashed\non Monday. ")
    assert doc_text(doc) == doc.text == "Troops  clashed\non Monday. "
    assert doc_text(doc) is doc_text(doc)


def test_numpy_blas_gives_the_parses_and_entities_blis_gives(reference) -> None:  # type: ignore[no-untyped-def]
    nlp = load_nlp()
    assert not nlp.get_pipe("ner").model.ops.use_blis  # the faster path is the one taken
    assert reference.get_pipe("ner").model.ops.use_blis
    texts = [p.read_text(encoding="utf-8") for p in sorted((demo_root() / "txt").glob("*.txt"))]

    def parse(doc):  # type: ignore[no-untyped-def]
        return [(t.i, t.head.i, t.dep_, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]

    for ours, theirs in zip(nlp.pipe(texts), reference.pipe(texts), strict=True):
        assert parse(ours) == parse(theirs)


def test_parse_text_keeps_every_offset() -> None:
    from flashpoint.nlp import parse_text

    text = "ABUJA, Aug 11 — ECOWAS and the IAEA met. ECOWASX stays."
    out = parse_text(text)
    assert len(out) == len(text)
    assert "Ecowas and the Iaea met" in out and "ECOWASX" in out
    assert out[text.index("ECOWAS") - 3 : text.index("ECOWAS")].isspace()


def test_a_workers_zone_keeps_its_words_until_it_has_held_enough_articles(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import flashpoint.nlp
    from flashpoint.nlp import memory_zone, worker_zone

    monkeypatch.setattr(flashpoint.nlp, "ZONE_ARTICLES", 3)
    monkeypatch.setattr(flashpoint.nlp, "CACHE_ARTICLES", 0)
    nlp = load_nlp()
    strings = nlp.vocab.strings
    with worker_zone(2):
        nlp("Qorvanti troops shelled Zelbrick on Monday.")
        with memory_zone():  # runs in the worker's zone, frees nothing of its own
            nlp("Quendish envoys met in Yarrowmoor.")
        assert "Qorvanti" in strings and "Quendish" in strings
    assert "Qorvanti" in strings and "Yarrowmoor" in strings  # two articles: still open
    with worker_zone(1):
        nlp("Vellumar police arrested four people.")
    assert not {"Qorvanti", "Yarrowmoor", "Vellumar"} & {s for s in strings}
    with pytest.raises(RuntimeError), worker_zone(1):
        nlp("Drassik rebels seized a town.")
        raise RuntimeError
    assert "Drassik" not in {s for s in strings}  # a block that raised closes the zone
    with memory_zone():
        nlp("Ostrovar ministers met.")
    assert "Ostrovar" not in {s for s in strings}


def test_a_workers_first_articles_run_in_no_zone_and_keep_their_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # spaCy's tokenizer caches how it split a word only outside a memory zone
    import flashpoint.nlp
    from flashpoint.nlp import close_worker_zone, worker_zone

    monkeypatch.setattr(flashpoint.nlp, "ZONE_ARTICLES", 1)
    monkeypatch.setattr(flashpoint.nlp, "CACHE_ARTICLES", 2)
    monkeypatch.setattr(flashpoint.nlp._ZONE, "cached", 0, raising=False)
    nlp = load_nlp()
    strings = nlp.vocab.strings
    with worker_zone(2):
        assert not nlp.vocab.in_memory_zone
        first = nlp("Marvettan troops shelled Oskarby on Monday.")
    with worker_zone(1):
        assert nlp.vocab.in_memory_zone  # enough articles cached: zones from now on
        later = nlp("Marvettan troops met in Pellinora.")
        assert [t.text for t in later][:2] == [t.text for t in first][:2]
    assert "Marvettan" in strings and "Oskarby" in strings  # kept for good
    assert "Pellinora" not in {s for s in strings}
    close_worker_zone()  # nothing open: nothing to do
    assert not nlp.vocab.in_memory_zone


def test_a_stream_left_early_closes_its_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    import flashpoint.nlp
    from flashpoint.pipeline import process
    from flashpoint.records import RawArticle
    from flashpoint.settings import Settings

    monkeypatch.setattr(flashpoint.nlp, "CACHE_ARTICLES", 0)
    raws = [
        RawArticle(
            f"t{i}",
            "text",
            text=f"Halvoran police arrested {i + 4} protesters in the capital on Monday, "
            "officials said. The protesters had marched on parliament.",
            published=dt.date(2024, 5, 6),
            published_from="input",
        )
        for i in range(10)
    ]
    stream = process(iter(raws), settings=Settings(workers=1))
    assert next(stream).article is not None
    assert load_nlp().vocab.in_memory_zone  # the stream's zone, open between chunks
    stream.close()
    assert not load_nlp().vocab.in_memory_zone
    assert "Halvoran" not in {s for s in load_nlp().vocab.strings}


def test_tokens_are_the_docs_tokens_made_once_and_dropped_after_coding() -> None:
    import datetime as dt

    from flashpoint.nlp import TOKENS, tokens
    from flashpoint.pipeline import code_article
    from flashpoint.records import Article

    text = "Gen. Amos Kiprop said on Monday.\nKenyan troops shelled a camp near Mandera."
    doc = load_nlp()(text)
    toks = tokens(doc)
    assert toks is tokens(doc)
    assert [t.i for t in toks] == [t.i for t in doc]
    assert [t.text for t in toks] == [t.text for t in doc]
    # the line break starts a sentence; the title abbreviation does not end one
    assert [s.text.strip() for s in doc.sents] == [
        "Gen. Amos Kiprop said on Monday.",
        "Kenyan troops shelled a camp near Mandera.",
    ]
    article = Article(id="a1", input="t", text=text, published=dt.date(2024, 5, 6), title=None)
    code_article(article, doc=doc)
    assert TOKENS not in doc.user_data
