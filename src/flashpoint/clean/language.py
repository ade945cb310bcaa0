"""Language identification with py3langid (its model ships inside the package)."""

from __future__ import annotations

import functools
from typing import Any

LANGUAGE_CONFIDENCE = 0.5
"""Below this normalised probability a non-accepted language guess does not reject."""


@functools.cache
def _language_identifier() -> Any:
    from pathlib import Path

    import py3langid
    from py3langid.langid import LanguageIdentifier

    model = Path(py3langid.__file__).parent / "data" / "model.npz.xz"
    return LanguageIdentifier.from_modelpath(model, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """Return the ISO 639-1 code of the text's language and its probability (py3langid)."""
    lang, prob = _language_identifier().classify(text[:5000])
    return str(lang), float(prob)
