"""The bundled demo corpus: invented wire articles about real 2020 crises."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DEMO_PARTS = ("txt", "html", "jsonl", "bad")


def demo_root() -> Path:
    """Return the folder holding the demo corpus."""
    return Path(str(resources.files("flashpoint") / "data" / "demo"))


def demo_paths() -> list[Path]:
    """Return the demo corpus inputs: its text, HTML and JSONL folders and its bad inputs."""
    root = demo_root()
    return [root / part for part in DEMO_PARTS if (root / part).is_dir()]
