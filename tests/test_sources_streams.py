from __future__ import annotations

import bz2
import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flashpoint.clean import clean
from flashpoint.records import Article, RawArticle, Rejection
from flashpoint.settings import Settings
from flashpoint.sources.files import file_type, read_paths

GENEVA = (
    "<html><head><title>Ministers agree to reopen border talks</title></head><body>"
    "<article><h1>Ministers agree to reopen border talks</h1>"
    "<p>GENEVA, June 16 (Harbour Wire) - The foreign ministers of Armenia and Azerbaijan "
    "agreed on Tuesday to resume talks on their disputed border, officials said.</p>"
    "<p>The two sides will meet again next month under the mediation of Swiss envoys.</p>"
    "</article></body></html>"
)
NAIROBI = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<html xmlns="http://www.w3.org/1999/xhtml"><body>'
    "<p>NAIROBI, June 17 (Harbour Wire) - Kenyan police fired tear gas at protesters "
    "marching on parliament against a new finance bill, witnesses said.</p></body></html>"
)


def _read(paths: list[Path], settings: Settings, **kw: object) -> list[RawArticle | Rejection]:
    return list(read_paths(paths, settings=settings, **kw))  # type: ignore[arg-type]


def _jsonl(*articles: dict[str, str]) -> bytes:
    return b"".join(json.dumps(a).encode() + b"\n" for a in articles)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", ".txt"),
        ("wire.2020-06.jsonl.gz", ".jsonl.gz"),
        ("CRAWL.WARC.GZ", ".warc.gz"),
        ("feed.xml", ".xml"),
        ("backup.tar.gz", ".tar.gz"),
        ("noext", ""),
    ],
)
def test_file_type_keeps_the_compression_suffix(name: str, expected: str) -> None:
    assert file_type(Path(name)) == expected


# --- compressed JSONL -------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.bz2"])
def test_compressed_jsonl_reads_like_plain_jsonl(
    tmp_path: Path, settings: Settings, suffix: str
) -> None:
    body = _jsonl(
        {"id": "hw-1", "text": "KYIV (Harbour Wire) - Shelling hit the city overnight."},
        {"id": "hw-2", "html": "<p>Talks resumed.</p>", "published": "2020-06-18"},
    )
    path = tmp_path / f"wire{suffix}"
    path.write_bytes(gzip.compress(body) if suffix == ".jsonl.gz" else bz2.compress(body))
    got = _read([path], settings, published=dt.date(2020, 6, 1))
    assert [(r.id, r.kind, r.published, r.published_from) for r in got] == [  # type: ignore[union-attr]
        ("hw-1", "text", dt.date(2020, 6, 1), "cli"),
        ("hw-2", "html", dt.date(2020, 6, 18), "input"),
    ]


def test_jsonl_gz_with_a_corrupt_tail_keeps_the_lines_before_it(
    tmp_path: Path, settings: Settings
) -> None:
    good = _jsonl(
        {"id": "hw-1", "text": "BAGHDAD (Harbour Wire) - A car bomb killed four people."},
        {"text": "TUNIS (Harbour Wire) - Unions called a general strike."},
    )
    tail = gzip.compress(
        _jsonl({"id": "hw-3", "text": "LIMA (Harbour Wire) - Congress voted to remove the"})
    )
    path = tmp_path / "wire.jsonl.gz"
    # A second gzip member cut short, as an interrupted append leaves it.
    path.write_bytes(gzip.compress(good) + tail[: len(tail) // 2])
    got = _read([path], settings)
    assert [(r.id, r.input) for r in got[:2]] == [  # type: ignore[union-attr]
        ("hw-1", "hw-1"),
        (None, f"{path}:2"),
    ]
    assert len(got) == 3 and isinstance(got[2], Rejection)
    assert got[2].input == str(path)
    assert "corrupt compressed data at line 3" in got[2].reason
    assert "2 lines before it were read" in got[2].reason


def test_not_gzip_at_all_is_rejected_at_line_1(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "mislabelled.jsonl.gz"
    path.write_bytes(_jsonl({"text": "x"}))
    (rej,) = _read([path], settings)
    assert isinstance(rej, Rejection) and rej.input == str(path)
    assert "corrupt compressed data at line 1" in rej.reason and "gzip" in rej.reason


def test_overlong_jsonl_line_is_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    long_line = json.dumps({"text": "Protesters gathered. " * 40})
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(gzip.compress(f'{long_line}\n{{"id": "ok", "text": "Short."}}\n'.encode()))
    got = _read([path], Settings(max_bytes=200))
    assert isinstance(got[0], Rejection) and got[0].input == f"{path}:1"
    assert f"{len(long_line) + 1:,} bytes" in got[0].reason
    assert isinstance(got[1], RawArticle) and got[1].id == "ok"


# --- WARC -----------------------------------------------------------------------


def _response(
    writer: WARCWriter, url: str, body: bytes, *, status: str = "200 OK", ctype: str
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    )


def _request(writer: WARCWriter, url: str) -> None:
    http = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "wire.example")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=http)
    )


def _crawl(*, gz: bool) -> bytes:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    _request(w, "https://wire.example/geneva")  # 1
    _response(
        w, "https://wire.example/geneva", GENEVA.encode(), ctype="text/html; charset=utf-8"
    )  # 2
    _response(w, "https://wire.example/logo.png", b"\x89PNG\r\n", ctype="image/png")  # 3
    _response(
        w,
        "https://wire.example/gone",
        b"<p>Not found</p>",
        status="404 Not Found",
        ctype="text/html",
    )  # 4
    _response(
        w, "https://wire.example/nairobi", NAIROBI.encode(), ctype="application/xhtml+xml"
    )  # 5
    return buf.getvalue()


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_warc_html_responses_become_articles(
    tmp_path: Path, settings: Settings, suffix: str
) -> None:
    path = tmp_path / f"crawl{suffix}"
    path.write_bytes(_crawl(gz=suffix.endswith(".gz")))
    got = _read([path], settings, published=dt.date(2020, 6, 16), source="Harbour Wire")
    assert all(isinstance(r, RawArticle) for r in got)
    arts = [r for r in got if isinstance(r, RawArticle)]
    assert [(a.input, a.url, a.kind) for a in arts] == [
        (f"{path}#2", "https://wire.example/geneva", "html"),
        (f"{path}#5", "https://wire.example/nairobi", "html"),
    ]
    assert arts[0].data == GENEVA.encode() and arts[1].data == NAIROBI.encode()
    assert {(a.published, a.published_from, a.source) for a in arts} == {
        (dt.date(2020, 6, 16), "cli", "Harbour Wire")
    }


def test_warc_without_cli_date_has_no_date(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_crawl(gz=True))
    got = _read([path], settings)
    assert [(r.published, r.published_from) for r in got] == [(None, None), (None, None)]  # type: ignore[union-attr]


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("keep", [0.55, 0.8, 0.99])
def test_truncated_warc_is_rejected_and_earlier_records_kept(
    tmp_path: Path, settings: Settings, gz: bool, keep: float
) -> None:
    data = _crawl(gz=gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[: int(len(data) * keep)])
    got = _read([path], settings)
    *arts, rej = got
    assert isinstance(rej, Rejection) and rej.input == str(path)
    assert "truncated or corrupt WARC file after record" in rej.reason
    assert all(isinstance(a, RawArticle) for a in arts)
    # Whatever was kept is whole: the Geneva page, never a half page.
    assert [a.data for a in arts] in ([], [GENEVA.encode()])  # type: ignore[union-attr]


def test_warc_payload_over_max_bytes_is_rejected(tmp_path: Path) -> None:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    _response(w, "https://wire.example/long", GENEVA.encode() * 4, ctype="text/html")
    _response(w, "https://wire.example/short", b"<p>Talks resumed.</p>", ctype="text/html")
    path = tmp_path / "big.warc.gz"
    path.write_bytes(buf.getvalue())
    got = _read([path], Settings(max_bytes=len(GENEVA)))
    assert isinstance(got[0], Rejection) and got[0].input == f"{path}#1"
    assert got[0].reason == (
        f"WARC record payload too large: {len(GENEVA) * 4:,} bytes "
        f"(limit {len(GENEVA):,}; see the max_bytes setting)"
    )
    assert isinstance(got[1], RawArticle) and got[1].url == "https://wire.example/short"


def test_large_warc_payload_is_read_whole(tmp_path: Path, settings: Settings) -> None:
    page = GENEVA.replace("<p>The two", "<p>The talks went on. </p>" * 20_000 + "<p>The two")
    buf = io.BytesIO()
    _response(
        WARCWriter(buf, gzip=True), "https://wire.example/l", page.encode(), ctype="text/html"
    )
    path = tmp_path / "large.warc.gz"
    path.write_bytes(buf.getvalue())
    (art,) = _read([path], settings)
    assert isinstance(art, RawArticle) and art.data == page.encode()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty WARC file"),
        (b"GENEVA (Harbour Wire) - not an archive\n", "truncated or corrupt WARC file"),
    ],
)
def test_empty_or_foreign_warc_is_rejected(
    tmp_path: Path, settings: Settings, content: bytes, reason: str
) -> None:
    path = tmp_path / "x.warc"
    path.write_bytes(content)
    (rej,) = _read([path], settings)
    assert isinstance(rej, Rejection) and rej.input == str(path) and reason in rej.reason


# --- RSS and Atom ---------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbour Wire: World</title>
  <link>https://wire.example/world</link>
  <item>
    <title>Opposition leader arrested in Minsk</title>
    <link>https://wire.example/minsk</link>
    <guid isPermaLink="false">hw-2020-0616-minsk</guid>
    <pubDate>Tue, 16 Jun 2020 22:30:00 -0500</pubDate>
    <description>Police detained an opposition leader.</description>
    <content:encoded><![CDATA[<p>MINSK, June 16 (Harbour Wire) - Belarusian police
      arrested opposition leader Viktor Babariko on Tuesday, his campaign said.</p>]]>
    </content:encoded>
  </item>
  <item>
    <title>Sudan and rebels sign ceasefire</title>
    <link>https://wire.example/juba</link>
    <pubDate>Wed, 17 Jun 2020 08:00:00 GMT</pubDate>
    <description>JUBA, June 17 (Harbour Wire) - Sudan&amp;apos;s government and rebel
      groups signed a ceasefire on Wednesday.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Harbour Wire &amp;amp; Partners</title>
  <id>urn:harbour-wire:asia</id>
  <updated>2020-06-18T12:00:00Z</updated>
  <entry>
    <title>India and China agree to disengage</title>
    <id>urn:hw:2020-0617-galwan</id>
    <link href="https://wire.example/galwan"/>
    <published>2020-06-17T09:00:00+05:30</published>
    <updated>2020-06-18T01:00:00+05:30</updated>
    <content type="html">&lt;p&gt;NEW DELHI (Harbour Wire) - India and China agreed to
      disengage troops in the Galwan Valley.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Thousands march in Hong Kong</title>
    <id>urn:hw:2020-0618-hk</id>
    <link href="https://wire.example/hk"/>
    <updated>2020-06-18T11:00:00Z</updated>
    <summary>HONG KONG (Harbour Wire) - Thousands marched against a security law.</summary>
  </entry>
</feed>
"""


@pytest.mark.parametrize("name", ["world.rss", "world.xml"])
def test_rss_entries_become_articles(tmp_path: Path, settings: Settings, name: str) -> None:
    path = tmp_path / name
    path.write_text(RSS, encoding="utf-8")
    got = _read([path], settings, published=dt.date(2000, 1, 1), source="CLI")
    assert all(isinstance(r, RawArticle) for r in got)
    first, second = (r for r in got if isinstance(r, RawArticle))
    assert (first.input, first.id, first.url, first.title) == (
        f"{path}#1",
        "hw-2020-0616-minsk",
        "https://wire.example/minsk",
        "Opposition leader arrested in Minsk",
    )
    # The writer's calendar date, not the UTC one (which is already June 17).
    assert (first.published, first.published_from) == (dt.date(2020, 6, 16), "input")
    assert first.kind == "html" and first.html and "Babariko" in first.html
    assert first.source == "Harbour Wire: World"
    assert (second.input, second.id, second.url) == (f"{path}#2", None, "https://wire.example/juba")
    assert (second.published, second.published_from) == (dt.date(2020, 6, 17), "input")
    # A summary without markup is text, with its entities decoded.
    assert second.kind == "text" and second.text and "Sudan's government" in second.text


@pytest.mark.parametrize("name", ["asia.atom", "asia.xml"])
def test_atom_entries_become_articles(tmp_path: Path, settings: Settings, name: str) -> None:
    path = tmp_path / name
    path.write_text(ATOM, encoding="utf-8")
    got = _read([path], settings)
    arts = [r for r in got if isinstance(r, RawArticle)]
    assert len(arts) == len(got) == 2
    assert [(a.input, a.id, a.url, a.title, a.kind) for a in arts] == [
        (
            f"{path}#1",
            "urn:hw:2020-0617-galwan",
            "https://wire.example/galwan",
            "India and China agree to disengage",
            "html",
        ),
        (
            f"{path}#2",
            "urn:hw:2020-0618-hk",
            "https://wire.example/hk",
            "Thousands march in Hong Kong",
            "text",
        ),
    ]
    # <published> wins over <updated>; with no <published>, <updated> is used.
    assert [(a.published, a.published_from) for a in arts] == [
        (dt.date(2020, 6, 17), "input"),
        (dt.date(2020, 6, 18), "input"),
    ]
    assert {a.source for a in arts} == {"Harbour Wire & Partners"}
    assert arts[0].html and "Galwan Valley" in arts[0].html


def test_short_feed_entries_survive_cleaning(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "world.rss"
    path.write_text(RSS, encoding="utf-8")
    raws = [r for r in _read([path], settings) if isinstance(r, RawArticle)]
    first = raws[0]
    assert first.html and first.html.startswith("<html><body><article><p>MINSK")
    arts = [clean(r, settings=settings) for r in raws]
    assert all(isinstance(a, Article) for a in arts)
    assert arts[0].text.startswith("MINSK, June 16 (Harbour Wire)")  # type: ignore[union-attr]
    assert arts[1].title == "Sudan and rebels sign ceasefire"  # type: ignore[union-attr]


def test_feed_entry_without_date_takes_the_cli_date(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "f.rss"
    path.write_text(
        '<rss version="2.0"><channel><title>W</title><item><title>T</title>'
        "<description>&lt;p&gt;ROME - Farmers blocked roads.&lt;/p&gt;</description>"
        "</item><item><title>Empty</title></item></channel></rss>"
    )
    got = _read([path], settings, published=dt.date(2020, 6, 5))
    assert isinstance(got[0], RawArticle) and got[0].kind == "html"
    assert (got[0].published, got[0].published_from) == (dt.date(2020, 6, 5), "cli")
    assert isinstance(got[1], Rejection) and got[1].input == f"{path}#2"
    assert "neither content nor a summary" in got[1].reason


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.rss", "GENEVA (Harbour Wire) <<< not a feed", "cannot parse feed: "),
        ("page.atom", "<html><body><p>Hello</p></body></html>", "not an RSS or Atom feed"),
        ("sitemap.xml", '<urlset xmlns="x"><url/></urlset>', "root element is 'urlset'"),
        ("broken.xml", "<<<", "root element is '(unreadable)'"),
    ],
)
def test_broken_or_foreign_feeds_are_rejected(
    tmp_path: Path, settings: Settings, name: str, content: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    (rej,) = _read([path], settings)
    assert isinstance(rej, Rejection) and rej.input == str(path)
    assert reason in rej.reason


def test_feed_over_max_bytes_is_rejected_unread(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_text(RSS)
    (rej,) = _read([path], Settings(max_bytes=100))
    assert isinstance(rej, Rejection) and "feed file too large" in rej.reason


def test_unsupported_message_lists_the_new_types(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "backup.tar.gz"
    path.write_bytes(b"x")
    (rej,) = _read([path], settings)
    assert isinstance(rej, Rejection)
    assert "unsupported file type '.tar.gz'" in rej.reason and ".warc.gz" in rej.reason
