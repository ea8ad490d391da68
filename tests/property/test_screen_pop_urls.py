"""A caller's data never changes a screen-pop URL's path, as Qt and the browser will read it.

Values are percent-encoded, so none adds a ``/``, ``?`` or ``#``; but a path segment that is
all value can still become ``.``, ``..`` or empty. QUrl decodes ``%2E`` (an unreserved
character) before anything opens the URL and resolves dot segments; browsers treat ``%2e%2e``
as ``..`` themselves (WHATWG URL); servers merge ``//``. Such a value is refused
(:class:`~agentdesk.screen_pop.PathSegmentError`), and every URL that is expanded keeps the
template's fixed path segments, resolved by QUrl and split by urllib alike.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QUrl

from agentdesk.screen_pop import (
    CallVariables,
    PathSegmentError,
    Slot,
    UrlTemplate,
    clean_value,
    parse_template,
)
from tests.property.strategies import FUZZ, typed_error

TEMPLATES = (
    "https://crm.example.com/c/{name}/x?id={call_id}#{queue}",
    "https://crm.example.com/c/{call_id}",
    "https://crm.example.com/c/{call_id}/",
    "https://crm.example.com/{name}{queue}/x/{call_id}",
    "https://crm.example.com/c/.{name}/x",
    "https://crm.example.com/c/%2E{name}/x",
    "https://crm.example.com:8443/a/b;{queue}/{name}.html?q={name}",
)
DOTS = st.sampled_from(
    ["", ".", "..", "...", "%2E", "%2e%2E", ".%2E", "%2E.", "./", "../", "/", "\\..", "\x00.."]
)
VALUES = DOTS | st.text(max_size=12) | st.builds(str.__add__, DOTS, DOTS)
_SENTINEL = "\x00"  # no template holds it (control characters are refused), no value either


def url_template(text: str) -> UrlTemplate:
    template = parse_template("screen_pop_ringing", text)
    assert isinstance(template, UrlTemplate)
    return template


def path_segments(template: UrlTemplate) -> list[str]:
    """The template's path segments, each slot standing as ``\\x00``."""
    skeleton = "".join(p if isinstance(p, str) else _SENTINEL for p in template.pieces)
    return urlsplit(skeleton).path.split("/")


def naive_segments(template: UrlTemplate, variables: CallVariables) -> list[str]:
    """The path segments of the template with the values percent-encoded into it, as Qt
    reads them (decoded once)."""
    values = variables.as_mapping()
    text = "".join(
        p if isinstance(p, str) else quote(values[p.name], safe="") for p in template.pieces
    )
    return [unquote(s) for s in urlsplit(text).path.split("/")]


@FUZZ
@given(st.sampled_from(TEMPLATES), VALUES, VALUES, VALUES)
def test_no_value_changes_the_path_qt_and_urllib_see(
    text: str, name: str, call_id: str, queue: str
) -> None:
    template = url_template(text)
    variables = CallVariables(name=name, call_id=call_id, queue=queue)
    fixed = path_segments(template)
    expanded: list[str] = []
    refused = typed_error(PathSegmentError, lambda: expanded.append(template.expand(variables)))
    if refused is not None:
        # Refused only when a segment holding a value would really be ".", ".." or empty.
        naive = naive_segments(template, variables)
        assert any(
            _SENTINEL in mine and theirs in ("", ".", "..")
            for mine, theirs in zip(fixed, naive, strict=True)
        ), (text, variables)
        # It names the variable, never the caller's value.
        assert re.fullmatch(r"\{\w+\}( and \{\w+\})* would make [^{}]*", str(refused))
        return
    [url] = expanded
    qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
    assert qurl.isValid(), url
    resolved = QUrl("https://crm.example.com/").resolved(qurl)
    by_qt = resolved.path(QUrl.ComponentFormattingOption.FullyEncoded).split("/")
    by_urllib = urlsplit(url).path.split("/")
    for seen in (by_qt, by_urllib):
        assert len(seen) == len(fixed), (url, seen)
        for mine, theirs in zip(fixed, seen, strict=True):
            if _SENTINEL in mine:
                assert unquote(theirs) not in ("", ".", ".."), url
            else:
                assert unquote(theirs) == unquote(mine), url
    assert (resolved.scheme(), resolved.host()) == ("https", "crm.example.com")


@pytest.mark.parametrize("value", ["", ".", "..", " ..", "\x00..\u2028"])
def test_a_path_value_that_would_move_the_path_is_refused(value: str) -> None:
    template = url_template("https://crm.example.com/c/{name}/x?id={call_id}")
    # Control characters are removed first: what is left decides.
    if clean_value(value) in ("", ".", ".."):
        with pytest.raises(PathSegmentError, match=r"\{name\}"):
            template.expand(CallVariables(name=value, call_id="c-1"))
    else:
        assert template.expand(CallVariables(name=value, call_id="c-1")) == (
            "https://crm.example.com/c/%20../x?id=c-1"
        )


def test_dots_and_empties_outside_the_path_are_fine() -> None:
    template = url_template("https://crm.example.com/c/x{name}/?id={call_id}#{queue}")
    expanded = template.expand(CallVariables(name="", call_id="..", queue="."))
    assert expanded == "https://crm.example.com/c/x/?id=..#."
    assert QUrl(expanded).path() == "/c/x/"
    assert [p for p in template.pieces if isinstance(p, Slot)] == [
        Slot("name"),
        Slot("call_id"),
        Slot("queue"),
    ]
