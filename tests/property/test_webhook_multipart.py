"""``multipart/form-data`` bodies under arbitrary input: what httpx's own encoder writes reads
back as the same fields, and any bytes under any Content-Type are fields or a
:class:`MultipartError` with a 4xx, never another exception (which the receiver would turn
into a 500 and a traceback)."""

from __future__ import annotations

import httpx
from hypothesis import example, given
from hypothesis import strategies as st

from agentdesk.receivers.multipart import MultipartError, form_fields
from tests.property.strategies import FUZZ

# Names as a PBX writes them (httpx escapes '"' as %22, which the format does not undo).
NAMES = st.text(
    st.characters(exclude_categories=["Cs", "Cc"], exclude_characters='"%\\'),
    min_size=1,
    max_size=12,
)
VALUES = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
BOUNDARIES = st.text(
    st.characters(min_codepoint=33, max_codepoint=126, exclude_characters='";\\'),
    min_size=1,
    max_size=70,
)


@FUZZ
@given(st.dictionaries(NAMES, VALUES, max_size=8), st.binary(max_size=64))
def test_what_httpx_encodes_reads_back_the_same_and_its_file_is_passed_over(
    fields: dict[str, str], file: bytes
) -> None:
    request = httpx.Request(
        "POST", "http://pbx.invalid/", data=fields, files={"record": ("a.mp3", file)}
    )
    body = request.read()
    assert form_fields(body, request.headers["Content-Type"]) == fields


def _mangled() -> st.SearchStrategy[tuple[bytes, str]]:
    """A good body cut, stretched or with bytes changed, under its own or another type."""

    def build(
        fields: dict[str, str], cut: int, junk: bytes, at: int, content_type: str | None
    ) -> tuple[bytes, str]:
        request = httpx.Request("POST", "http://pbx.invalid/", files={"f": b"x"}, data=fields)
        body = request.read()
        at = at % (len(body) + 1)
        body = (body[:at] + junk + body[at:])[: max(0, len(body) - cut)]
        return body, content_type or request.headers["Content-Type"]

    broken = ["multipart/form-data", "multipart/form-data; boundary=", 'multipart/form-data; b=""']
    types = (
        st.none()
        | st.sampled_from(broken)
        | BOUNDARIES.map(lambda b: f"multipart/form-data; boundary={b}; charset=utf-8")
    )
    return st.builds(
        build,
        st.dictionaries(NAMES, VALUES, max_size=4),
        st.integers(0, 40),
        st.binary(max_size=12) | st.sampled_from([b"\r\n", b"--", b"\r\n\r\n", b"\xff"]),
        st.integers(0, 2000),
        types,
    )


@FUZZ
@given(
    _mangled()
    | st.tuples(
        st.binary(max_size=200),
        BOUNDARIES.map(lambda b: f"multipart/form-data; boundary={b}"),
    )
)
@example(
    (
        b'--b\r\nContent-Disposition: form-data; name="a"\r\n'
        b"Content-Type: text/plain; charset=idna\r\n\r\n" + b"x" * 70 + b"\r\n--b--\r\n",
        "multipart/form-data; boundary=b",
    )
)
def test_any_body_is_fields_or_a_4xx_refusal(case: tuple[bytes, str]) -> None:
    body, content_type = case
    status = 200
    fields: dict[str, str] = {}
    try:
        fields = form_fields(body, content_type, max_parts=10)
    except MultipartError as refusal:
        status = refusal.status
    assert status in (200, 400, 413)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in fields.items())
    assert len(fields) <= 10
