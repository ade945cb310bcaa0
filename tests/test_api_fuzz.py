"""Schemathesis over the HTTP API's own OpenAPI spec: whatever a client sends within (and
around) the spec, the server never answers with a server error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from flashpoint.web.app import create_app

pytestmark = pytest.mark.model


def _operations(db: Path) -> list[Any]:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db))
    return [result.ok() for result in schema.get_all_operations()]


def test_no_request_gets_a_server_error(demo_db: Path) -> None:
    # schemathesis' pytest plugin does not run under pytest 9 yet: drive its strategies
    ops = _operations(demo_db)
    assert len(ops) >= 10
    tried: dict[str, int] = {}
    for op in ops:
        _fuzz(op, tried)
    assert set(tried) == {f"{op.method.upper()} {op.path}" for op in ops}
    assert tried["GET /api/events"] >= 20 and tried["POST /api/annotate"] >= 20, tried


def test_the_fuzzer_does_catch_a_server_error(demo_db: Path) -> None:
    app = create_app(demo_db)

    @app.get("/api/boom")
    def boom(n: int = 0) -> dict[str, int]:
        return {"n": 100 // (n % 3)}  # fails for a third of the numbers

    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    (op,) = [r.ok() for r in schema.get_all_operations() if r.ok().path == "/api/boom"]
    # in process the app's exception reaches the caller; over HTTP it is a 500
    with pytest.raises(Exception, match=r"(?i)server error|division"):
        _fuzz(op, {})


def _fuzz(op: Any, tried: dict[str, int]) -> None:
    label = f"{op.method.upper()} {op.path}"

    @given(case=op.as_strategy())
    @settings(
        max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    def check(case: Any) -> None:
        tried[label] = tried.get(label, 0) + 1
        case.call_and_validate(checks=[not_a_server_error])

    check()
