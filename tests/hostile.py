# ruff: noqa: RUF001  (the other-language samples hold Cyrillic and full-width letters)
"""A generator of hostile inputs: what a crawler brings back on a bad day.

``make_corpus(folder, seed)`` writes more than a thousand files — binary, empty, a 50 MB
HTML page, invalid and mixed encodings, a gzip bomb, deeply nested HTML, a 100,000-line
text, text in other languages, JSONL with broken lines, damaged archives, files that vanish
while being read — among a few good English articles, and returns what each input should
come to: ``stored``, ``rejected`` or ``either`` (stored or rejected with a reason, never
lost). JSONL inputs are listed per line (``path:line``) where the line decides.

Every article text here is written for these tests.
"""

from __future__ import annotations

import bz2
import gzip
import json
import os
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

STORED, REJECTED, EITHER = "stored", "rejected", "either"

_LEDES = (
    "{a} and {b} agreed on {day} to reopen talks on their disputed border after a week of "
    "tension, officials from both governments said.",
    "Troops from {a} and {b} exchanged fire near the frontier town of {town} on {day}, "
    "the defence ministry of {b} said in a statement.",
    "The foreign minister of {a} met her counterpart from {b} in {town} on {day} to discuss "
    "trade, fishing rights and the release of detained sailors.",
    "Police in {town} detained dozens of protesters on {day} after a rally against the "
    "government of {a} turned violent, witnesses said.",
    "{a} accused {b} on {day} of sending drones over its northern provinces and summoned "
    "the ambassador of {b} to lodge a formal complaint.",
)
_BODIES = (
    "The two sides have argued for years over the exact line of the frontier, which was "
    "drawn by a commission in the last century and never fully marked on the ground.",
    "A spokesman said the government remained open to dialogue but would defend its "
    "territory against any incursion.",
    "Diplomats said a further round of meetings was planned for next month, though no date "
    "had been fixed.",
    "Local residents described hearing gunfire for about an hour before the area fell "
    "quiet again in the early evening.",
    "The United Nations urged both governments to show restraint and to settle the dispute "
    "through negotiation.",
)
_COUNTRIES = (
    "Kenya",
    "Ethiopia",
    "Peru",
    "Chile",
    "Vietnam",
    "Cambodia",
    "Poland",
    "Belarus",
    "Serbia",
    "Kosovo",
    "Georgia",
    "Armenia",
    "Mali",
    "Niger",
    "Bolivia",
    "Paraguay",
)
_TOWNS = ("Lakeport", "Redhill", "Stonebridge", "Marbury", "Eastgate", "Norwood", "Kelling")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

# Other languages, so language identification has something to refuse.
_FOREIGN = {
    "fr": "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs "
    "touchés par la sécheresse. Les syndicats estiment que ces aides arrivent trop tard et "
    "demandent une rencontre avec le ministre avant la fin du mois.",
    "de": "Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um die von der Dürre "
    "betroffenen Landwirte zu unterstützen. Die Verbände halten die Hilfen für zu spät und "
    "fordern noch in diesem Monat ein Treffen mit dem Minister.",
    "es": "El gobierno anunció el martes nuevas medidas para apoyar a los agricultores "
    "afectados por la sequía. Los sindicatos consideran que las ayudas llegan tarde y piden "
    "una reunión con el ministro antes de que termine el mes.",
    "pt": "O governo anunciou na terça-feira novas medidas para apoiar os agricultores "
    "atingidos pela seca. Os sindicatos dizem que a ajuda chega tarde demais e pedem uma "
    "reunião com o ministro ainda este mês.",
    "it": "Il governo ha annunciato martedì nuove misure per sostenere gli agricoltori colpiti "
    "dalla siccità. I sindacati ritengono che gli aiuti arrivino troppo tardi e chiedono un "
    "incontro con il ministro entro la fine del mese.",
    "ru": "Правительство во вторник объявило о новых мерах поддержки фермеров, пострадавших "
    "от засухи. Профсоюзы считают, что помощь приходит слишком поздно, и требуют встречи с "
    "министром до конца месяца.",
    "zh": "政府周二宣布了支持受干旱影响农民的新措施。工会认为这些援助来得太晚，并要求在本月底"
    "之前与部长会面。",
    "ar": "أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لدعم المزارعين المتضررين من الجفاف. وترى "
    "النقابات أن المساعدات جاءت متأخرة وتطالب بلقاء الوزير قبل نهاية الشهر.",
}


@dataclass
class Corpus:
    """The files written and what each input should come to."""

    root: Path
    expect: dict[str, str] = field(default_factory=dict)  # input -> stored/rejected/either
    vanish: set[str] = field(default_factory=set)  # files to delete once they are listed
    kinds: dict[str, str] = field(default_factory=dict)  # input -> which hostile kind

    def add(self, path: Path, expect: str, kind: str) -> None:
        self.expect[str(path)] = expect
        self.kinds[str(path)] = kind


def article(rng: random.Random, n: int) -> str:
    """Return a short English wire article of our own, different for each ``n``."""
    a, b = rng.sample(_COUNTRIES, 2)
    town, day = rng.choice(_TOWNS), rng.choice(_DAYS)
    lede = _LEDES[n % len(_LEDES)].format(a=a, b=b, town=town, day=day)
    body = rng.sample(_BODIES, 3)
    return f"{town.upper()}, June {n % 28 + 1} (Test Wire) - {lede}\n\n" + "\n\n".join(body)


def _html(title: str, text: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        '<meta property="article:published_time" content="2021-06-15"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paras}</article>"
        "<footer>Copyright Test Wire</footer></body></html>"
    )


def make_corpus(root: Path, *, seed: int = 7, big_mb: int = 50) -> Corpus:
    """Write the hostile corpus under ``root`` and return what each input should become."""
    rng = random.Random(seed)
    c = Corpus(root)
    root.mkdir(parents=True, exist_ok=True)

    def put(rel: str, data: bytes, expect: str, kind: str) -> Path:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        c.add(path, expect, kind)
        return path

    n = 0
    # good English articles: text, HTML and JSONL lines
    for i in range(12):
        n += 1
        put(f"good/txt/{i:03d}.txt", article(rng, n).encode(), STORED, "good")
    for i in range(10):
        n += 1
        put(
            f"good/html/{i:03d}.html",
            _html(f"Report {i}", article(rng, n)).encode(),
            STORED,
            "good",
        )
    lines = []
    for i in range(8):
        n += 1
        lines.append(
            json.dumps({"id": f"good-{i}", "text": article(rng, n), "published": "2021-06-15"})
        )
    jl = put("good/feed.jsonl", ("\n".join(lines) + "\n").encode(), STORED, "good")
    del c.expect[str(jl)]
    for i in range(8):
        c.add(Path(f"good-{i}"), STORED, "good")

    # empty files
    for i in range(20):
        for ext in (".txt", ".html", ".jsonl"):
            put(f"empty/{i:03d}{ext}", b"", REJECTED, "empty")
    for i in range(10):
        put(f"empty/blank-{i:03d}.txt", b" \n\t\n   \n" * (i + 1), REJECTED, "blank")

    # binary data under text names, and files of types Flashpoint does not read
    for i in range(200):
        ext = (".txt", ".html", ".htm")[i % 3]
        put(f"binary/{i:03d}{ext}", rng.randbytes(rng.randint(200, 40_000)), REJECTED, "binary")
    for i in range(100):
        ext = (".pdf", ".png", ".docx", ".exe", "", ".csv", ".json", ".zip")[i % 8]
        put(f"unsupported/{i:03d}{ext}", rng.randbytes(500), REJECTED, "unsupported type")

    # encodings: legacy single-byte English (readable), UTF-16, and broken mixtures
    for i in range(20):
        n += 1
        text = (
            article(rng, n).replace("said", "said \u201cit\u2019s calm\u201d")
            + " Caf\xe9 owners agreed."
        )
        put(f"enc/cp1252-{i:03d}.txt", text.encode("cp1252"), STORED, "cp1252")
    for i in range(10):
        n += 1
        put(f"enc/utf16-{i:03d}.txt", article(rng, n).encode("utf-16"), STORED, "utf-16")
    for i in range(20):
        n += 1
        raw = bytearray(article(rng, n).encode())
        for _ in range(8):  # Latin-1 and stray continuation bytes in UTF-8 text
            raw[rng.randrange(len(raw))] = rng.choice((0xE9, 0xFC, 0x80, 0xBF, 0xC3))
        put(f"enc/mixed-{i:03d}.txt", bytes(raw), EITHER, "mixed encoding")
    for i in range(20):
        n += 1
        text = article(rng, n).encode()
        cut = rng.randrange(len(text))
        put(f"enc/nul-{i:03d}.txt", text[:cut] + b"\x00" * 50 + text[cut:], STORED, "NUL bytes")

    # one page far over the size limit
    big = root / "big" / "huge.html"
    big.parent.mkdir(parents=True, exist_ok=True)
    with big.open("wb") as fh:
        fh.write(b"<html><body>")
        chunk = b"<p>" + b"filler text for a very large page " * 30 + b"</p>\n"
        for _ in range(big_mb * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
        fh.write(b"</body></html>")
    c.add(big, REJECTED, "50 MB HTML")

    # a gzip bomb: a few hundred kilobytes that expand to half a gigabyte of one line
    bomb = root / "bomb" / "bomb.jsonl.gz"
    bomb.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(bomb, "wb", compresslevel=9) as fh:
        zeros = b"0" * (1 << 20)
        for _ in range(512):
            fh.write(zeros)
    c.add(bomb, REJECTED, "gzip bomb")

    # deeply nested HTML
    for i, depth in enumerate((1_000, 5_000, 20_000, 100_000, 200_000)):
        n += 1
        inner = "<p>" + article(rng, n).replace("\n\n", "</p><p>") + "</p>"
        html = "<html><body>" + "<div>" * depth + inner + "</div>" * depth + "</body></html>"
        put(f"nested/{i:03d}.html", html.encode(), EITHER, "deeply nested HTML")
        put(
            f"nested/open-{i:03d}.html",
            ("<div>" * depth + inner).encode(),
            EITHER,
            "unclosed nesting",
        )

    # a text of 100,000 lines, and a single line of two megabytes
    put(
        "long/lines.txt",
        "".join(f"Line {k} of the log.\n" for k in range(100_000)).encode(),
        REJECTED,
        "100,000 lines",
    )
    put("long/oneline.txt", ("word " * 400_000).encode(), REJECTED, "2 MB line")

    # other languages
    langs = sorted(_FOREIGN)
    for i in range(240):
        lang = langs[i % len(langs)]
        body = " ".join(rng.sample([_FOREIGN[lang]] * 3, 3))
        put(f"foreign/{lang}-{i:03d}.txt", body.encode(), REJECTED, f"language {lang}")

    # JSONL with broken lines (each line is an input of its own)
    bad_lines = (
        b'{"text": "unterminated',
        b"[1, 2, 3]",
        b'{"title": "no text here"}',
        b'{"text": 42}',
        b"\xff\xfe\x00garbage",
        b'{"text": ""}',
        json.dumps({"text": _FOREIGN["fr"]}).encode(),
        b"null",
    )
    for i in range(100):
        rows = rng.sample(bad_lines, 5)
        path = put(f"jsonl/broken-{i:03d}.jsonl", b"\n".join(rows) + b"\n", EITHER, "broken JSONL")
        del c.expect[str(path)]
        for k in range(1, len(rows) + 1):
            c.add(Path(f"{path}:{k}"), REJECTED, "broken JSONL line")

    # damaged archives and feeds
    payload = gzip.compress(b"\n".join(bad_lines))
    for i in range(15):
        put(
            f"damaged/cut-{i:03d}.jsonl.gz",
            payload[: rng.randint(5, len(payload) - 5)],
            REJECTED,
            "truncated gzip",
        )
        put(f"damaged/not-{i:03d}.jsonl.bz2", rng.randbytes(300), REJECTED, "corrupt bz2")
    for i in range(10):
        put(f"damaged/{i:03d}.warc", rng.randbytes(2_000), REJECTED, "garbage WARC")
        put(
            f"damaged/{i:03d}.warc.gz",
            gzip.compress(rng.randbytes(2_000)),
            REJECTED,
            "garbage WARC",
        )
        put(f"damaged/{i:03d}.rss", b"<rss><channel><item><title>cut", REJECTED, "broken RSS")
        put(
            f"damaged/{i:03d}.xml",
            b"<svg xmlns='http://www.w3.org/2000/svg'/>",
            REJECTED,
            "XML that is no feed",
        )
    for i in range(5):
        put(f"damaged/deflate-{i:03d}.jsonl.gz", zlib.compress(b"x" * 1000), REJECTED, "not gzip")
        put(f"damaged/bz-{i:03d}.jsonl.bz2", bz2.compress(b"\n\n\n"), REJECTED, "no records")

    # pages with nothing to read
    for i in range(50):
        html = (
            "<html><head><script>var x = 1;</script></head><body><nav>"
            + "".join(f"<a href='/s/{k}'>Section {k}</a>" for k in range(20))
            + "</nav><div class='cookie'>We use cookies.</div></body></html>"
        )
        put(f"hollow/{i:03d}.html", html.encode(), REJECTED, "no article text")

    # names that are hard to print, and files that vanish after they are listed
    for i, name in enumerate(
        ("sp ace.txt", "ünï cødé.txt", "new\nline.txt", "-dash.txt", "$(rm -rf).txt")
    ):
        put(f"names/{i}-{name}", rng.randbytes(100), REJECTED, "odd name, binary")
    for i in range(20):
        n += 1
        path = put(f"vanish/{i:03d}.txt", article(rng, n).encode(), REJECTED, "vanished")
        c.vanish.add(str(path))
    for i in range(10):
        link = root / "links" / f"dangling-{i:03d}.txt"
        link.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(root / "links" / f"nowhere-{i}", link)
        c.add(link, REJECTED, "dangling symlink")
    return c
