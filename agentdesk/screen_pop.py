"""Screen pop: templates that open the agent's CRM on the caller at a moment of a call.

A profile may hold up to three options, one per moment: ``screen_pop_ringing``,
``screen_pop_answered`` and ``screen_pop_ended``; an empty or missing one pops nothing.
Each value is a template of one of two kinds:

- a **URL** (it starts with ``http://`` or ``https://``), opened in the default browser, e.g.
  ``https://crm.example.com/search?phone={number_e164}&call={call_id}``. Every value is
  percent-encoded with ``quote(value, safe="")``, so it stays inside its own slot: it can add no
  path segment, query parameter or fragment, and the scheme and host may hold no variable.
  A call whose values would make a path segment empty, ``.`` or ``..`` (``/c/{name}/x`` with
  the name ``..``) opens nothing: :meth:`UrlTemplate.expand` raises :class:`PathSegmentError`,
  as no encoding keeps such a segment from moving the path (see there).
  A URL cannot hold a raw brace, so there ``{{`` and ``}}`` become ``%7B`` and ``%7D``;
- a **command** (anything else): a program and its arguments, run without a shell, e.g.
  ``/usr/bin/firefox --new-tab https://crm/{number}``. The template is split into arguments
  *before* substitution (POSIX shell words, or on Windows the C runtime's rules:
  :func:`split_windows`), then each value is put into its argument as plain text. A value never
  becomes another argument nor a shell construct, the program itself holds no variable, and an
  argument whose template starts with a variable loses any leading ``-`` (and ``/`` on
  Windows) after expansion, so a caller's data is never read as an option: write
  ``--phone={number}`` to pass a value that may start with one verbatim.

Variables (:data:`VARIABLES`): ``{number}`` as the vendor sent it, ``{number_e164}`` (empty
when it is not a number), ``{name}``, ``{queue}``, ``{call_id}``, ``{direction}``
(``inbound``/``outbound``), ``{agent}`` (the agent's login) and ``{vendor}``; ``{{`` and
``}}`` are literal braces. Control characters, lone surrogates and line separators are
removed from values before they are used.

A wrong template raises :class:`TemplateError`, a :class:`~agentdesk.core.ConfigurationError`
naming the option and the problem in one line: :func:`screen_pop_templates` checks all three
options at once (when a profile is saved, and at start-up).
"""

from __future__ import annotations

import re
import shlex
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final
from urllib.parse import quote, unquote

from agentdesk.core import Call, CallDirection, ConfigurationError
from agentdesk.phone import to_e164


class CallMoment(StrEnum):
    """When a screen pop may happen; each has its own profile option."""

    RINGING = "ringing"
    ANSWERED = "answered"
    ENDED = "ended"

    @property
    def option(self) -> str:
        """The profile option holding this moment's template, e.g. ``screen_pop_ringing``."""
        return f"screen_pop_{self.value}"


OPTIONS: Final = tuple(moment.option for moment in CallMoment)
VARIABLES: Final = (
    "number",
    "number_e164",
    "name",
    "queue",
    "call_id",
    "direction",
    "agent",
    "vendor",
)
URL_SCHEMES: Final = ("http", "https")

# "scheme://" at the start marks a URL template (checked further), whatever its scheme, so
# that "ftp://..." is refused rather than run as a program named "ftp://...".
_URL_START: Final = re.compile(r"^([^\s/\\\"':]*)://")
_URL_END_OF_HOST: Final = "/?#"
# Characters browsers and QUrl's strict mode refuse raw in a URL.
_NOT_IN_URLS: Final = frozenset('"<>\\^`|')
_LONE_PERCENT: Final = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Windows runs these through cmd.exe, whose own parsing of the arguments no quoting survives.
_SHELL_SCRIPTS: Final = (".bat", ".cmd")
_LINE_SEPARATORS: Final = frozenset("\u2028\u2029")
# Path segments that move a URL elsewhere: dot segments are resolved, an empty one merged.
_MOVING_SEGMENTS: Final = frozenset({"", ".", ".."})
_PATH_END: Final = re.compile(r"[?#]")
_SLOT_MARK: Final = "\x00"  # stands for a slot while the path is split (no template holds it)


class TemplateError(ConfigurationError):
    """A screen-pop template that cannot be used; ``str()`` is ``"OPTION: PROBLEM"``."""

    def __init__(self, option: str, problem: str) -> None:
        super().__init__(f"{option}: {problem}")
        self.option = option
        self.problem = problem


class PathSegmentError(ValueError):
    """A call's values would make a URL path segment empty, ``.`` or ``..``; ``str()`` names
    the variables, never their values."""


class _TemplateProblemError(ValueError):
    """What is wrong with a template, before it is known which option holds it."""


@dataclass(frozen=True, slots=True)
class Slot:
    """Where a variable's value goes in a template."""

    name: str


Piece = str | Slot


@dataclass(frozen=True, slots=True)
class CallVariables:
    """The values a template may use, for one call (every one a plain string, maybe empty)."""

    number: str = ""
    number_e164: str = ""
    name: str = ""
    queue: str = ""
    call_id: str = ""
    direction: str = ""
    agent: str = ""
    vendor: str = ""

    @classmethod
    def of_call(
        cls, call: Call, *, agent: str, vendor: str, region: str | None = None
    ) -> CallVariables:
        """The variables of ``call``. ``region`` reads numbers written without a country code
        for ``{number_e164}``; with none, only numbers with one (``+420...``) have it."""
        # "ZZ" is phonenumbers' unknown region: international numbers only.
        e164 = to_e164(call.number, region or "ZZ") if call.number else None
        return cls(
            number=call.number,
            number_e164=e164 or "",
            name=call.name or "",
            queue=call.queue or "",
            call_id=call.id,
            direction="inbound" if call.direction is CallDirection.INBOUND else "outbound",
            agent=agent,
            vendor=vendor,
        )

    def as_mapping(self) -> dict[str, str]:
        """Each variable's cleaned value (see :func:`clean_value`), by name."""
        return {name: clean_value(getattr(self, name)) for name in VARIABLES}


def clean_value(value: str) -> str:
    """``value`` without control characters, lone surrogates and line separators."""
    return "".join(
        ch
        for ch in value
        if unicodedata.category(ch) not in ("Cc", "Cs") and ch not in _LINE_SEPARATORS
    )


@dataclass(frozen=True, slots=True)
class UrlTemplate:
    """A URL to open; the values are percent-encoded into their slots."""

    option: str
    text: str
    pieces: tuple[Piece, ...]
    path_start: int = 0
    """Where the path begins; the scheme and host before it are literal text."""
    path_slots: tuple[tuple[str, ...], ...] = ()
    """For each path segment, the variables that stand in it (none for a fixed one)."""

    def expand(self, variables: CallVariables) -> str:
        """The URL for ``variables``; PathSegmentError when a path segment that holds values
        would be empty, ``.`` or ``..`` with them.

        Percent-encoding keeps ``/``, ``?`` and ``#`` out, but no encoding saves such a
        segment: QUrl decodes ``%2E`` (an unreserved character) and resolves dot segments,
        browsers read ``%2e%2e`` as ``..`` (WHATWG URL), servers merge ``//``. Refused, the
        URL can never point elsewhere on the CRM than the template says."""
        values = variables.as_mapping()
        url = "".join(
            piece if isinstance(piece, str) else quote(values[piece.name], safe="")
            for piece in self.pieces
        )
        path = _PATH_END.split(url[self.path_start :], maxsplit=1)[0]
        for segment, names in zip(path.split("/"), self.path_slots, strict=True):
            if names and unquote(segment) in _MOVING_SEGMENTS:
                named = " and ".join(f"{{{name}}}" for name in names)
                raise PathSegmentError(
                    f"{named} would make a path segment empty, '.' or '..' for this call"
                )
        return url


@dataclass(frozen=True, slots=True)
class CommandTemplate:
    """A program and its arguments, already split; the values go into their arguments."""

    option: str
    text: str
    program: str
    arguments: tuple[tuple[Piece, ...], ...]
    option_prefixes: str = "-"  # what must not start an argument that starts with a value

    def expand(self, variables: CallVariables) -> list[str]:
        """The argv to run: the program, then exactly one string per template argument."""
        values = variables.as_mapping()
        argv = [self.program]
        for pieces in self.arguments:
            argument = "".join(
                piece if isinstance(piece, str) else values[piece.name] for piece in pieces
            )
            if pieces and isinstance(pieces[0], Slot):
                argument = argument.lstrip(self.option_prefixes)
            argv.append(argument)
        return argv


ScreenPopTemplate = UrlTemplate | CommandTemplate


def parse_template(
    option: str, text: str, *, windows: bool | None = None
) -> ScreenPopTemplate | None:
    """The template in ``text`` (None when it is empty: no screen pop); TemplateError naming
    ``option`` when it is wrong. ``windows`` chooses how a command is split (default: this
    system's way)."""
    text = text.strip()
    if not text:
        return None
    if windows is None:
        windows = sys.platform == "win32"
    try:
        pieces = parse_pieces(text)
        if _URL_START.match(text):
            return _url_template(option, text, pieces)
        return _command_template(option, text, windows=windows)
    except _TemplateProblemError as problem:
        raise TemplateError(option, str(problem)) from None


def screen_pop_templates(
    options: Mapping[str, str], *, windows: bool | None = None
) -> dict[CallMoment, ScreenPopTemplate]:
    """The profile's screen-pop templates by moment (moments without one are left out);
    TemplateError for the first wrong one, in the order of :class:`CallMoment`."""
    found: dict[CallMoment, ScreenPopTemplate] = {}
    for moment in CallMoment:
        template = parse_template(moment.option, options.get(moment.option, ""), windows=windows)
        if template is not None:
            found[moment] = template
    return found


def parse_pieces(text: str) -> tuple[Piece, ...]:
    """``text`` as literal text and variable slots; ``{{`` and ``}}`` are literal braces."""
    pieces: list[Piece] = []
    literal: list[str] = []
    index = 0
    while index < len(text):
        ch = text[index]
        if ch == "{" and text.startswith("{{", index):
            literal.append("{")
            index += 2
        elif ch == "}" and text.startswith("}}", index):
            literal.append("}")
            index += 2
        elif ch == "}":
            raise _TemplateProblemError(
                f"unbalanced braces: '}}' at position {index + 1} closes nothing "
                "(write }} for a literal brace)"
            )
        elif ch == "{":
            end = text.find("}", index + 1)
            opening = text.find("{", index + 1)
            if end < 0 or 0 <= opening < end:
                raise _TemplateProblemError(
                    f"unbalanced braces: '{{' at position {index + 1} is never closed "
                    "(write {{ for a literal brace)"
                )
            name = text[index + 1 : end]
            if name not in VARIABLES:
                known = ", ".join(f"{{{variable}}}" for variable in VARIABLES)
                raise _TemplateProblemError(f"unknown variable {{{name}}} (known: {known})")
            if literal:
                pieces.append("".join(literal))
                literal = []
            pieces.append(Slot(name))
            index = end + 1
        else:
            literal.append(ch)
            index += 1
    if literal:
        pieces.append("".join(literal))
    return tuple(pieces)


def split_windows(text: str) -> list[str]:
    """Arguments of a Windows command line by the Microsoft C runtime's classic rules, the
    inverse of :func:`subprocess.list2cmdline` (the quoting QProcess applies, too).

    Spaces and tabs separate arguments outside double quotes; ``"`` opens or closes a quoted
    part and is dropped; 2n backslashes before a ``"`` stand for n backslashes, 2n+1 for n and
    a literal ``"``; any other backslash is literal, so ``"C:\\Program Files\\crm.exe"`` is
    written as is. An unclosed quote is an error (ValueError), as it is for :mod:`shlex`.
    """
    arguments: list[str] = []
    current: list[str] = []
    started = quoted = False
    backslashes = 0
    for ch in text:
        if ch == "\\":
            backslashes += 1
            started = True
            continue
        if ch == '"':
            current.append("\\" * (backslashes // 2))
            if backslashes % 2:
                current.append('"')
            else:
                quoted = not quoted
            backslashes = 0
            started = True
            continue
        current.append("\\" * backslashes)
        backslashes = 0
        if ch in " \t" and not quoted:
            if started:
                arguments.append("".join(current))
                current = []
                started = False
            continue
        current.append(ch)
        started = True
    current.append("\\" * backslashes)
    if quoted:
        raise ValueError("No closing quotation")
    if started:
        arguments.append("".join(current))
    return arguments


def _url_template(option: str, text: str, pieces: tuple[Piece, ...]) -> UrlTemplate:
    # Where each slot stands in the URL with its values left out, to see which part holds it.
    skeleton: list[str] = []
    slots: list[int] = []
    length = 0
    for piece in pieces:
        if isinstance(piece, Slot):
            slots.append(length)
        else:
            skeleton.append(piece)
            length += len(piece)
    url = "".join(skeleton)
    scheme_end = url.find("://")  # _URL_START matched: the scheme is literal text and slots
    host_start = scheme_end + 3
    ends = [url.find(ch, host_start) for ch in _URL_END_OF_HOST]
    host_end = min((end for end in ends if end >= 0), default=len(url))
    if any(position < host_start for position in slots):
        raise _TemplateProblemError("the URL's scheme must not contain a variable")
    scheme = url[:scheme_end]
    if scheme.lower() not in URL_SCHEMES:
        raise _TemplateProblemError(
            f"only http:// and https:// URLs can be opened, not {scheme}://"
        )
    # A slot right before the end of the host would extend the host, too.
    if any(host_start <= position <= host_end for position in slots):
        raise _TemplateProblemError(
            "the URL's host must not contain a variable: put variables after the '/'"
        )
    if host_end == host_start:
        raise _TemplateProblemError("the URL has no host")
    if any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in url):
        raise _TemplateProblemError(
            "the URL contains a space or a control character (write %20 for a space)"
        )
    refused = sorted({ch for ch in url if ch in _NOT_IN_URLS})
    if refused:
        raise _TemplateProblemError(
            f"the URL contains {' '.join(refused)}, which a URL must percent-encode"
        )
    if any(_LONE_PERCENT.search(piece) for piece in pieces if isinstance(piece, str)):
        raise _TemplateProblemError("the URL has a % not followed by two hex digits (write %25)")
    # A URL cannot hold a raw brace: the literal ones ({{ and }}) go in encoded.
    encoded = tuple(
        piece.replace("{", "%7B").replace("}", "%7D") if isinstance(piece, str) else piece
        for piece in pieces
    )
    return UrlTemplate(option, text, encoded, host_end, _path_slots(encoded, host_end))


def _path_slots(pieces: tuple[Piece, ...], path_start: int) -> tuple[tuple[str, ...], ...]:
    """The variables in each segment of the path that begins at ``path_start``."""
    marked = "".join(_SLOT_MARK if isinstance(piece, Slot) else piece for piece in pieces)
    names = iter(piece.name for piece in pieces if isinstance(piece, Slot))
    path = _PATH_END.split(marked[path_start:], maxsplit=1)[0]
    return tuple(
        tuple(next(names) for _ in range(segment.count(_SLOT_MARK))) for segment in path.split("/")
    )


def _command_template(option: str, text: str, *, windows: bool) -> CommandTemplate:
    try:
        words = split_windows(text) if windows else shlex.split(text, posix=True)
    except ValueError as exc:
        raise _TemplateProblemError(f"the command cannot be split into arguments ({exc})") from None
    if not words or not words[0].strip():
        raise _TemplateProblemError("the command is empty: give the program to run")
    program, *rest = words
    program_pieces = parse_pieces(program)
    if any(isinstance(piece, Slot) for piece in program_pieces):
        raise _TemplateProblemError(
            f"the program {program!r} must not contain a variable: put variables in its arguments"
        )
    if windows and program.lower().rstrip(" .").endswith(_SHELL_SCRIPTS):
        raise _TemplateProblemError(
            "a .bat or .cmd program runs through cmd.exe: give a real program"
        )
    return CommandTemplate(
        option,
        text,
        "".join(piece for piece in program_pieces if isinstance(piece, str)),
        tuple(parse_pieces(word) for word in rest),
        option_prefixes="-/" if windows else "-",
    )
