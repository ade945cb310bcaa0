"""No module of the package defines one top-level name twice: a later definition silently
replaces the earlier one (this bit ``rules.py`` twice, with two ``_DIRECTIVES``)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import flashpoint

MODULES = sorted(Path(flashpoint.__file__).parent.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_top_level_name_is_defined_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    counts = Counter(_top_level_names(tree))
    assert [n for n, k in counts.items() if k > 1] == []


def test_the_check_sees_a_name_defined_twice() -> None:
    tree = ast.parse("A = 1\ndef f(): pass\nA = 2\n")
    assert Counter(_top_level_names(tree))["A"] == 2
