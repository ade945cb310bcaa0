"""The HTTP API and the dashboard, in process (TestClient) over the demo database."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from flashpoint.cli import main
from flashpoint.store import Store
from flashpoint.web.app import ANNOTATE_MAX_BYTES, create_app

pytestmark = pytest.mark.model

PAGES = (
    "/",
    "/events",
    "/dyads",
    "/dyads/CHN/IND",
    "/alerts",
    "/articles",
    "/quotes",
    "/rejections",
)


@pytest.fixture(scope="module")
def client(demo_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(demo_db)) as c:
        yield c


def _twin(html: str) -> str:
    found = re.search(r'<a class="twin" href="([^"]+)"', html)
    assert found, "page has no JSON twin link"
    return found.group(1).replace("&amp;", "&")


@pytest.mark.parametrize("path", PAGES)
def test_every_page_loads_and_has_a_json_twin(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    twin = client.get(_twin(page.text))
    assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"


def test_overview_counts_are_the_stores(client: TestClient, demo_db: Path) -> None:
    data = client.get("/api/overview").json()
    summary = Store(demo_db).summary()
    assert (data["articles"], data["events"], data["rejections"]) == (
        summary["articles"],
        summary["events"],
        summary["rejections"],
    )
    assert data["dyads"]["most_active"][0]["dyad"] == ["CHN", "IND"]
    assert any(a["dyad"] == ["CHN", "IND"] for a in data["alerts"])
    assert data["map"]
    assert all(-180 <= p["lon"] <= 180 and -90 <= p["lat"] <= 90 for p in data["map"])
    assert sum(p["events"] for p in data["map"]) <= data["events"]
    page = client.get("/").text
    assert page.count('<circle class="dot') == len(data["map"])


def test_overview_tells_publication_dates_from_event_dates(
    client: TestClient, demo_db: Path
) -> None:
    data = client.get("/api/overview").json()
    with Store(demo_db).reader() as con:
        lo, hi = con.execute("SELECT min(published), max(published) FROM articles").fetchone()
    assert (data["first_published"], data["last_published"]) == (lo.isoformat(), hi.isoformat())
    # The demo holds background events (the 1962 war) dated long before any article.
    assert data["first_date"] < data["first_published"] <= data["last_published"]
    page = client.get("/").text
    assert f"published {lo.isoformat()} \u2013 {hi.isoformat()}" in page
    assert f"events dated {data['first_date']}" in page


def test_event_filters_match_the_cli(client: TestClient, demo_db: Path) -> None:
    api = client.get("/api/events", params={"dyad": "CHN,IND", "limit": 500}).json()
    cli = CliRunner().invoke(
        main, ["events", "--db", str(demo_db), "--dyad", "CHN,IND", "--format", "jsonl"]
    )
    assert cli.exit_code == 0, cli.output
    cli_ids = [json.loads(line)["id"] for line in cli.output.splitlines() if line.startswith("{")]
    assert [e["id"] for e in api["events"]] == cli_ids
    assert api["total"] == len(cli_ids) > 0
    for e in api["events"]:
        keys = {e["source"]["country"], (e["target"] or {}).get("country")}
        assert keys == {"CHN", "IND"}


def test_events_are_paged_with_a_total(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 5}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    both = client.get("/api/events", params={"limit": 10}).json()
    assert first["total"] == second["total"] == both["total"] > 10
    assert [e["id"] for e in first["events"] + second["events"]] == [
        e["id"] for e in both["events"]
    ]
    page = client.get("/events", params={"limit": 5}).text
    assert "offset=5" in page and page.count('class="event-row"') == 5


def test_text_search_and_type_filter(client: TestClient) -> None:
    found = client.get("/api/events", params={"text": "clash", "limit": 500}).json()["events"]
    assert found and all(
        any("clash" in m["sentence"].lower() for m in e["mentions"]) for e in found
    )
    assaults = client.get("/api/events", params={"type": "assault", "limit": 500}).json()
    assert assaults["total"] > 0 and {e["plover"] for e in assaults["events"]} == {"ASSAULT"}
    # a LIKE wildcard typed by a user is a literal character, not a pattern
    assert client.get("/api/events", params={"text": "%"}).json()["total"] == 0


def _fused_event(client: TestClient) -> dict[str, Any]:
    events = client.get("/api/events", params={"min_articles": 2, "limit": 500}).json()["events"]
    assert events, "the demo has fused events"
    with_conflict = [e for e in events if e["conflicts"]]
    return with_conflict[0] if with_conflict else events[0]


def test_event_detail_gives_the_words_of_every_field(client: TestClient) -> None:
    ev = _fused_event(client)
    detail = client.get(f"/api/events/{ev['id']}").json()
    assert detail["id"] == ev["id"] and len(detail["reports"]) == len(ev["mentions"]) >= 2
    for r in detail["reports"]:
        assert r["text"] and r["sentence"] == r["text"][r["start"] : r["end"]]
        fields = {h["field"] for h in r["highlights"]}
        assert "trigger" in fields and "source" in fields
        for h in r["highlights"]:
            assert r["text"][h["start"] : h["end"]] == h["text"] and h["text"].strip()
            if h["field"] in ("trigger", "source"):  # others may come from a nearby sentence
                assert r["start"] <= h["start"] and h["end"] <= r["end"]


def test_event_page_highlights_the_words_and_shows_disagreements(client: TestClient) -> None:
    ev = _fused_event(client)
    detail = client.get(f"/api/events/{ev['id']}").json()
    page = client.get(f"/events/{ev['id']}").text
    marks = re.findall(r'<mark class="hl[^"]*" data-field="([^"]*)"[^>]*>([^<]*)</mark>', page)
    marked = {(f, t) for fields, t in marks for f in fields.split()}
    for r in detail["reports"]:
        trigger = next(h for h in r["highlights"] if h["field"] == "trigger")
        assert ("trigger", trigger["text"]) in marked
    if detail["conflicts"]:
        assert "Where the sources disagree" in page and 'class="conflict"' in page
        for c in detail["conflicts"]:
            for v in c["values"]:
                assert f"<b>{v['value']}</b>" in page
    else:
        assert "No disagreement between the reports." in page


def test_dyad_page_draws_every_period_and_links_its_events(client: TestClient) -> None:
    data = client.get("/api/dyads/CHN/IND").json()
    both = [r for r in data["rows"] if r["dyad"] == "CHN-IND"]
    page = client.get("/dyads/CHN/IND").text
    assert page.count('<a class="period"') == len(both) > 4
    assert page.count('<rect class="alert"') == len(data["alerts"]) >= 1
    assert "/events?dyad=CHN%2CIND&amp;since=" in page
    assert len({r["period"] for r in data["rows"]}) == len(both)  # directions share periods


def test_article_page_and_rejections(client: TestClient, demo_db: Path) -> None:
    article = client.get("/api/articles", params={"limit": 1}).json()["articles"][0]
    full = client.get(f"/api/articles/{article['id']}").json()
    assert full["text"] and "text" not in article
    page = client.get(f"/articles/{article['id']}")
    assert page.status_code == 200
    rejected = client.get("/api/rejections").json()["rejections"]
    assert len(rejected) == Store(demo_db).summary()["rejections"] > 0
    assert all(r["reason"] for r in rejected)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/events?since=June", 422),
        ("/api/events?type=BRAWL", 422),
        ("/api/events?bbox=1,2,3", 422),
        ("/api/events?dyad=CHN", 422),
        ("/api/events?limit=0", 422),
        ("/api/dyads/CHN/IND?freq=year", 422),
        ("/api/events/ev_nope", 404),
        ("/events/ev_nope", 404),
        ("/events?since=June", 422),
        ("/static/../store.py", 404),
        ("/static/%2e%2e/%2e%2e/store.py", 404),
        ("/docs", 404),  # the Swagger UI would load from a CDN
        ("/api/rejections?offset=9223372036854775808", 422),  # found by schemathesis
        ("/api/articles?offset=9223372036854775808", 422),
        ("/api/events?offset=9223372036854775808", 422),
        ("/api/quotes?kind=rumour", 422),
        ("/api/quotes?since=June", 422),
    ],
)
def test_bad_requests_get_a_clear_answer(client: TestClient, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status
    if url.startswith("/api/"):
        assert r.json()["detail"]


def test_annotate_codes_text_and_refuses_big_bodies(client: TestClient) -> None:
    r = client.post(
        "/api/annotate",
        json={
            "text": "Chinese troops clashed with Indian soldiers on Monday, leaving 20 dead.",
            "published": "2020-06-17",
        },
    )
    assert r.status_code == 200
    ev = next(e for e in r.json()["events"] if e["plover"] == "ASSAULT")
    assert (ev["date"], ev["fatalities"], ev["source"]["country"]) == ("2020-06-15", 20, "CHN")
    big = b'{"text": "' + b"a" * ANNOTATE_MAX_BYTES + b'"}'
    assert client.post("/api/annotate", content=big).status_code == 413
    assert client.post("/api/annotate", json={"text": ""}).status_code == 422
    assert client.post("/api/annotate", content=b"not json").status_code == 422


def test_the_server_only_reads(client: TestClient, demo_db: Path) -> None:
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    for path in PAGES:
        client.get(path)
    client.get("/api/alerts")
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before
    writes = [
        (r.path, sorted(r.methods))  # type: ignore[attr-defined]
        for r in client.app.routes  # type: ignore[attr-defined]
        if set(getattr(r, "methods", set()) or set()) - {"GET", "HEAD"}
    ]
    assert writes == [("/api/annotate", ["POST"])]


def test_openapi_spec_validates(client: TestClient) -> None:
    from openapi_spec_validator import validate

    spec = client.get("/openapi.json").json()
    validate(spec)
    assert {"/api/events", "/api/events/{event_id}", "/api/dyads/{a}/{b}", "/api/annotate"} <= set(
        spec["paths"]
    )


def test_an_older_database_gets_a_clear_answer(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE _migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMPTZ)")
    con.execute("INSERT INTO _migrations VALUES ('0001_initial', now())")
    con.close()
    with TestClient(create_app(db)) as c:
        r = c.get("/api/events")
    assert r.status_code == 503 and "flashpoint recode" in r.json()["detail"]


def test_python_api_and_http_api_give_the_same_answers(client: TestClient, demo_db: Path) -> None:
    import flashpoint

    db = flashpoint.open(demo_db)
    assert db.dyad("CHN", "IND") == client.get("/api/dyads/CHN/IND").json()
    assert [a.to_json() for a in db.alerts()] == client.get("/api/alerts").json()["alerts"]
    words = client.get("/api/events", params={"text": "border", "limit": 500}).json()
    assert [e.id for e in db.events(text="border")] == [e["id"] for e in words["events"]]


INJECTIONS = ("'; DROP TABLE events; --", "CHN' OR '1'='1", "%' OR 1=1 --", "\\x00", "../../etc")


@pytest.mark.parametrize("value", INJECTIONS)
def test_filters_are_bound_parameters_not_sql(
    client: TestClient, demo_db: Path, value: str
) -> None:
    before = Store(demo_db).summary()["events"]
    for key in ("actor", "country", "text", "dyad"):
        r = client.get("/api/events", params={key: value})
        assert r.status_code in (200, 422), (key, r.text)
        if r.status_code == 200:
            assert r.json()["total"] == 0, key  # matched literally, so nothing
    assert client.get(f"/api/events/{value}").status_code in (404, 422)
    assert Store(demo_db).summary()["events"] == before


def test_no_cors_and_long_inputs_are_refused(client: TestClient) -> None:
    r = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    pre = client.options(
        "/api/events",
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in pre.headers
    assert client.get("/api/events", params={"actor": "A" * 500}).status_code == 422
    assert client.get("/api/events/" + "e" * 500).status_code == 422


def test_quotes_are_listed_filtered_and_paged_as_the_cli(client: TestClient, demo_db: Path) -> None:
    every = client.get("/api/quotes?limit=500").json()
    assert every["total"] >= 50, "the demo corpus is full of statements"
    assert {q["kind"] for q in every["quotes"]} == {"direct", "indirect"}
    store = Store(demo_db)
    text = {a.id: a.text for a in store.articles()}
    for q in every["quotes"][:100]:
        for s, e in q["parts"]:
            assert text[q["article_id"]][s:e] in q["text"]
        if q["speaker"]:
            sp = q["speaker"]
            assert text[q["article_id"]][sp["start"] : sp["end"]] == sp["text"]
    # by speaker: a country's first letters match its codes, like the CLI's --speaker
    chinese = client.get("/api/quotes?speaker=CHN&limit=500").json()
    assert chinese["total"] > 0
    assert all(q["speaker"]["code"].startswith("CHN") for q in chinese["quotes"])
    out = CliRunner().invoke(
        main, ["quotes", "--db", str(demo_db), "--speaker", "CHN", "--format", "jsonl"]
    )
    assert out.exit_code == 0, out.output
    assert [json.loads(x)["id"] for x in out.output.splitlines()] == [
        q["id"] for q in chinese["quotes"]
    ]
    direct = client.get("/api/quotes?kind=direct&limit=3&offset=1").json()
    assert direct["total"] < every["total"] and len(direct["quotes"]) == 3
    assert all(q["kind"] == "direct" for q in direct["quotes"])
    page = client.get("/quotes?speaker=CHN")
    assert page.status_code == 200 and f"<b>{chinese['total']}</b> quotes" in page.text


def test_an_event_said_in_a_quote_points_at_it(client: TestClient, demo_db: Path) -> None:
    quotes = {q["id"]: q for q in client.get("/api/quotes?limit=500").json()["quotes"]}
    linked = [
        (m, ev) for ev in Store(demo_db).events() for m in ev.mentions if m.quote_id is not None
    ]
    assert linked, "some demo events are coded from inside quotes"
    for m, _ in linked[:50]:
        q = quotes.get(m.quote_id)
        if q is None:
            continue  # past the first page of quotes
        assert q["article_id"] == m.article_id
        assert any(s <= m.trigger[0] and m.trigger[1] <= e for s, e in q["parts"])


def test_event_page_says_who_said_it(client: TestClient, demo_db: Path) -> None:
    ev, m = next(
        (ev, m) for ev in Store(demo_db).events() for m in ev.mentions if m.quote_id is not None
    )
    detail = client.get(f"/api/events/{ev.id}").json()
    report = next(r for r in detail["reports"] if r["quote_id"] == m.quote_id)
    assert report["quote"]["id"] == m.quote_id
    page = client.get(f"/events/{ev.id}").text
    assert 'class="said"' in page
