"""Bytes to text: reject empty, binary and undecodable input, detect legacy encodings."""

from __future__ import annotations

from flashpoint.records import Rejection

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(data: bytes) -> str | Rejection:
    """Decode bytes to text, rejecting empty, binary and undecodable input."""
    if not data.strip():
        return Rejection("", "decode", "empty file")
    for bom, codec in _BOMS:  # a byte-order mark names the encoding (UTF-16 holds NULs)
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                return Rejection("", "decode", f"undecodable text: invalid {codec} after its BOM")
            return text if text.strip() else Rejection("", "decode", "empty file")
    head = data[:8192]
    nul_share = head.count(0) / len(head)
    if 0 < nul_share <= 0.1 and _control_ratio(head.replace(b"\x00", b"")) <= 0.01:
        data, head = data.replace(b"\x00", b""), head.replace(b"\x00", b"")  # stray NULs
    if b"\x00" in head or _control_ratio(head) > 0.1:
        return Rejection("", "decode", "binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    ascii_share = sum(1 for b in head if b < 128) / len(head)
    if ascii_share >= 0.9:
        # Mostly ASCII with a few stray bytes: English web text in Windows-1252.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # Random bytes decode "cleanly" in some multi-byte charset but form no language.
    if best is None or best.chaos > 0.2 or best.coherence < 0.05:
        return Rejection(
            "", "decode", "undecodable text: not UTF-8 and no encoding gives readable text"
        )
    return str(best)


def _control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    bad = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(data)
