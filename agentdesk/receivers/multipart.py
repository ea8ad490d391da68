"""``multipart/form-data`` bodies (RFC 7578) read from bytes already in memory.

The webhook receiver reads a whole body (no more than its ``max_body``, within its
``body_timeout``) before this module sees it, so nothing here streams, and nothing touches
the disk. What is read of each part: the ``name`` of its ``Content-Disposition: form-data``
(``name*=`` of RFC 5987 too) and its bytes as text, in the part's own ``charset`` or else the
body's. A part with a ``filename`` is a file: passed over, never kept (no webhook we speak
sends one). A name given twice keeps its last value, as a form body's does.

Refusals, each a :class:`MultipartError` with the HTTP status the receiver answers:

- 400: no boundary (or one RFC 2046 does not allow) in the Content-Type, a body that never
  opens with its boundary, one cut off before its closing delimiter, a part without a name
  or a header that is not one, text that is not in its charset;
- 413: more than ``max_parts`` parts, however small (the body's size is the receiver's cap).
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import unquote_to_bytes

MAX_PARTS: Final = 100  # a PBX command has about 15 fields
MAX_BOUNDARY: Final = 70  # RFC 2046, 5.1.1
_TOKEN: Final = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_PARAMETER: Final = re.compile(rf'\s*;\s*({_TOKEN})\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')
_ESCAPED: Final = re.compile(r"\\(.)")
_LINE_END: Final = b"\r\n"


class MultipartError(Exception):
    """A body refused; :attr:`status` is the answer's HTTP status."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def form_fields(
    body: bytes, content_type: str, *, charset: str = "utf-8", max_parts: int = MAX_PARTS
) -> dict[str, str]:
    """The fields of ``body``, a ``multipart/form-data`` body whose Content-Type header
    (with its ``boundary``) is ``content_type``. Raises :class:`MultipartError`."""
    delimiter = b"--" + _boundary(content_type)
    if body.startswith(delimiter):
        opened = len(delimiter)
    else:  # a preamble before the first boundary, which RFC 2046 lets a sender write
        found = body.find(_LINE_END + delimiter)
        if found < 0:
            raise MultipartError(400, "multipart body without its boundary")
        opened = found + len(_LINE_END + delimiter)
    fields: dict[str, str] = {}
    for count, piece in enumerate(body[opened:].split(_LINE_END + delimiter), start=1):
        if piece.startswith(b"--"):
            return fields  # the closing delimiter; what follows is the epilogue
        if count > max_parts:
            raise MultipartError(413, f"multipart body of more than {max_parts} parts")
        named = _field(piece, charset)
        if named is not None:
            fields[named[0]] = named[1]
    raise MultipartError(400, "multipart body cut off before its closing boundary")


def parameters(header: str) -> tuple[str, dict[str, str]]:
    """A header's value as its first word (lower case) and its ``; name=value`` parameters
    (names lower case, quoted values unquoted)."""
    value, semicolon, rest = header.partition(";")
    found: dict[str, str] = {}
    for match in _PARAMETER.finditer(semicolon + rest):
        name, text = match.group(1).lower(), match.group(2).strip()
        if len(text) >= 2 and text[0] == text[-1] == '"':
            text = _ESCAPED.sub(r"\1", text[1:-1])
        found[name] = text
    return value.strip().lower(), found


def _boundary(content_type: str) -> bytes:
    boundary = parameters(content_type)[1].get("boundary", "")
    usable = boundary.isascii() and boundary.isprintable()
    if not usable or not 0 < len(boundary) <= MAX_BOUNDARY:
        raise MultipartError(400, "multipart body without a usable boundary")
    return boundary.encode("ascii")


def _field(piece: bytes, charset: str) -> tuple[str, str] | None:
    """One part (what follows its boundary line) as its name and text; None for a file."""
    line_end = piece.find(_LINE_END)
    if line_end < 0 or piece[:line_end].strip(b" \t"):
        raise MultipartError(400, "multipart boundary line with more after it")
    rest = piece[line_end + len(_LINE_END) :]
    if rest.startswith(_LINE_END):
        head, data = b"", rest[len(_LINE_END) :]
    else:
        blank = rest.find(_LINE_END * 2)
        if blank < 0:
            raise MultipartError(400, "multipart part without the blank line after its headers")
        head, data = rest[:blank], rest[blank + 2 * len(_LINE_END) :]
    headers = _headers(_text(head, charset))
    kind, disposition = parameters(headers.get("content-disposition", ""))
    if kind != "form-data":
        raise MultipartError(400, "multipart part that is not form-data")
    if "filename" in disposition or "filename*" in disposition:
        return None
    name = _extended(disposition["name*"]) if "name*" in disposition else disposition.get("name")
    if not name:
        raise MultipartError(400, "multipart part without a name")
    part_charset = parameters(headers.get("content-type", ""))[1].get("charset") or charset
    return name, _text(data, part_charset)


def _headers(text: str) -> dict[str, str]:
    """A part's header lines (names lower case); a line that begins with white space goes
    on the one before it (RFC 5322's folding)."""
    found: dict[str, str] = {}
    last = ""
    for line in text.split("\r\n") if text else ():
        if line[:1] in (" ", "\t") and last:
            found[last] += " " + line.strip()
            continue
        name, colon, value = line.partition(":")
        if not colon or not name.strip():
            raise MultipartError(400, "multipart part header that is not one")
        last = name.strip().lower()
        found[last] = value.strip()
    return found


def _extended(value: str) -> str:
    """RFC 5987's ``charset'language'percent-encoded`` value."""
    charset, quote, rest = value.partition("'")
    encoded = rest.partition("'")[2]
    if not quote or not charset:
        raise MultipartError(400, "multipart part name* that is not charset''value")
    return _text(unquote_to_bytes(encoded), charset)


def _text(data: bytes, charset: str) -> str:
    try:
        return data.decode(charset)
    except (LookupError, ValueError):  # ValueError: UnicodeError of codecs like punycode
        raise MultipartError(400, f"multipart part that is not {charset} text") from None
