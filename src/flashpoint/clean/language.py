"""Language identification with py3langid (its model ships inside the package)."""

from __future__ import annotations

import functools
import re
from typing import Any

LANGUAGE_CONFIDENCE = 0.5
"""Below this normalised probability a non-accepted language guess does not reject."""
ACCEPTED_FLOOR = 0.15
"""At or above this probability for an accepted language, a text is not rejected: short
English news sentences full of names are read as Nigerian Pidgin (``pcm``) at 0.76, with
English at 0.21; a text really in another language gives English under 0.01."""


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


FOLDED = {"pcm": "en"}
"""Languages read as another: py3langid takes English news full of West African names
for Nigerian Pidgin, an English creole ("Nigerian President Bola Tinubu will meet ..."
is pcm at 0.99), so pcm counts as English."""


def language_probabilities(text: str) -> dict[str, float]:
    """Return every language's normalised probability for the text (py3langid), with the
    ``FOLDED`` languages counted as the one they are read as."""
    out: dict[str, float] = {}
    for lang, prob in _language_identifier().rank(text[:5000]):
        key = FOLDED.get(str(lang), str(lang))
        out[key] = out.get(key, 0.0) + float(prob)
    return out


_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019.-]*")


def without_names(text: str) -> str:
    """Return the text with its capitalised words blanked: a short sentence full of names
    ("Kenya banned imports from Uganda.") is read by its names (Luganda at 0.79), but its
    other words say English."""
    return _CAPITALISED.sub(" ", text[:5000])
