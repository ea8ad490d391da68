"""MegaFon Virtual PBX (``crmapi/v1``) answers read into core values. Pure functions: the wire
is :mod:`agentdesk.backends.megapbx.wire`.

Our readings of the document (Russian; section numbers are its own):

- DND, sections 7.2-7.4. The headings say "enable/disable call reception", the path and the
  parenthesis say "do not disturb". We read it as the path says, in :data:`DND` and
  :func:`dnd_is_on` only, so that a correction is one line: ``POST users/{login}/dnd`` turns
  DND on (the agent stops receiving calls), ``DELETE`` turns it off, and ``GET`` answers
  ``{"state": true}`` while DND is on;
- department reception (6.7-6.9, 7, 7.1): ``users/{login}/subscription`` with ``group_id``
  for one department, without it for all; ``GET`` answers ``{"state": true}`` while the agent
  receives that department's calls. The departments and who receives their calls come from
  ``GET groups`` (8.1: each lists ``users`` with ``calls_enable``); 6.6, "the user's
  departments", has an unreadable path and is not used;
- ``history/json`` (4.2) answers a list of calls (an object holding them under ``items`` is
  read too), times as ``YYYY-mm-ddTHH:MM:SSZ`` (UTC), while requests take
  ``YYYYmmddTHHMMSSZ``; ``status`` is ``success``/``missed``/... in any case (the webhook's
  example says ``SUCCESS``); ``history/inner/json`` (4.4) has ``from``/``to`` logins and
  ``success``/``noanswer``;
- list answers (6.1, 8.1) are ``{"items": [...], "info": {...}}``; a bare list is read too.
  They page (3.2): ``info.next`` is where the next page starts, but the examples of 6.1 and
  8.1 show ``info`` without it, and a PBX may give fewer entries than ``limit`` asks; so
  :func:`next_start` goes on from ``start`` plus the entries a page brought while ``total``
  says there are more, or, without a total, until a page brings none;
- history requests (4.5): "if end is not set, end is today's date" may mean the end of today
  or today 00:00 (then a window that starts today holds nothing): every request gives both
  ``start`` and ``end``, or a ``period``;
- ``history/inner/json`` may be missing (an older or white-label PBX answers 404 or 405): the
  outer history is shown with :data:`INNER_MISSING` as its note.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from agentdesk.core import (
    CallDirection,
    CallRecord,
    MalformedResponseError,
    QueueMembership,
)
from agentdesk.core.translate import QT_TRANSLATE_NOOP

REQUEST_TIME: Final = "%Y%m%dT%H%M%SZ"  # what history requests take (4.1-4.5)
# Longer than any call; a duration beyond it is nonsense (and would overflow a timedelta).
MAX_SECONDS: Final = 10**8
ANSWER_TIMES: Final = ("%Y-%m-%dT%H:%M:%SZ", "%Y%m%dT%H%M%SZ", "%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True, slots=True)
class DndReading:
    """How the PBX's DND requests are read: the one place to correct if MegaFon says otherwise."""

    path: str = "users/{login}/dnd"
    on_method: str = "POST"
    off_method: str = "DELETE"
    state_true_means_on: bool = True


DND: Final = DndReading()


def dnd_is_on(answer: object) -> bool:
    """``GET users/{login}/dnd``'s ``{"state": bool}`` as "DND is on"."""
    return state_of(answer, "users/{login}/dnd") is DND.state_true_means_on


def state_of(answer: object, action: str) -> bool:
    """A ``{"state": bool}`` answer (DND, subscription)."""
    state = answer.get("state") if isinstance(answer, dict) else None
    if isinstance(state, str) and state.lower() in ("true", "false", "1", "0"):
        return state.lower() in ("true", "1")
    if not isinstance(state, bool):
        raise MalformedResponseError(f"the PBX's answer to {action} has no state", action=action)
    return state


# The PBX's words for a call's outcome → (English word for the agent, answered). The GUI
# translates the words in the context "VendorText".
STATUSES: Final[Mapping[str, tuple[str, bool]]] = {
    "success": (QT_TRANSLATE_NOOP("VendorText", "answered"), True),
    "missed": (QT_TRANSLATE_NOOP("VendorText", "missed"), False),
    "cancel": (QT_TRANSLATE_NOOP("VendorText", "cancelled"), False),
    "busy": (QT_TRANSLATE_NOOP("VendorText", "busy"), False),
    "notavailable": (QT_TRANSLATE_NOOP("VendorText", "not available"), False),
    "notallowed": (QT_TRANSLATE_NOOP("VendorText", "calls to this destination are barred"), False),
    "notfound": (QT_TRANSLATE_NOOP("VendorText", "number not found"), False),
    "noanswer": (QT_TRANSLATE_NOOP("VendorText", "not answered"), False),
}
# Where an inbound call ended up (4.2, "destination") → English words for the agent.
DESTINATIONS: Final[Mapping[str, str]] = {
    "user": QT_TRANSLATE_NOOP("VendorText", "an agent took the call"),
    "group": QT_TRANSLATE_NOOP("VendorText", "missed by the department"),
    "telnum": QT_TRANSLATE_NOOP("VendorText", "forwarded to an outside number"),
    "ivr": QT_TRANSLATE_NOOP("VendorText", "voice menu"),
    "onduty": QT_TRANSLATE_NOOP("VendorText", "on-duty agent after hours"),
    "offtime": QT_TRANSLATE_NOOP("VendorText", "after-hours message"),
    "hello": QT_TRANSLATE_NOOP("VendorText", "hung up during the greeting"),
    "vm": QT_TRANSLATE_NOOP("VendorText", "voicemail: the caller left a message"),
    "am": QT_TRANSLATE_NOOP("VendorText", "answering machine message"),
}


INNER_MISSING: Final = QT_TRANSLATE_NOOP(
    "VendorText", "Calls between colleagues are not available from this PBX."
)


@dataclass(frozen=True, slots=True)
class CallDetails:
    """What the PBX says of a finished call beyond :class:`~agentdesk.core.CallRecord`.

    ``status`` and ``destination`` are English words from :data:`STATUSES` and
    :data:`DESTINATIONS` (the vendor's own word when it is not in them; None when absent);
    ``rating`` comes from the history or the ``rating`` webhook.
    """

    call_id: str
    status: str | None = None
    destination: str | None = None
    rating: int | None = None
    record_url: str | None = None
    line: str | None = None  # the company's number the call came through ("diversion")
    department: str | None = None
    internal: bool = False


@dataclass(frozen=True, slots=True)
class PbxUser:
    """One PBX user (6.1): what the settings offer as the agent's login."""

    login: str
    name: str
    extension: str


def parse_time(value: object) -> datetime | None:
    """An answer's time (UTC) as an aware time; None when absent or unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    for pattern in ANSWER_TIMES:
        try:
            return datetime.strptime(value.strip(), pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def request_time(moment: datetime) -> str:
    """``moment`` (aware) as the requests' ``YYYYmmddTHHMMSSZ``, in UTC."""
    return moment.astimezone(UTC).strftime(REQUEST_TIME)


def items(answer: object, action: str) -> list[dict[str, Any]]:
    """A list answer's entries: ``{"items": [...]}`` or a bare list."""
    entries = answer.get("items") if isinstance(answer, dict) else answer
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise MalformedResponseError(f"the PBX's answer to {action} is not a list", action=action)
    return [e for e in entries if isinstance(e, dict)]


def next_start(answer: object, *, start: int, got: int) -> int | None:
    """Where the page after the one at ``start`` that brought ``got`` entries starts (3.2),
    or None when it was the last: ``info.next`` (a number or its digits) when given, else
    ``start + got``; the last page is an empty one, one whose next is not beyond its start,
    or one whose next reaches ``info.total``."""
    info = answer.get("info") if isinstance(answer, dict) else None
    info = info if isinstance(info, dict) else {}
    given, total = _whole(info.get("next")), _whole(info.get("total"))
    following = given if given is not None else start + got
    if got == 0 or following <= start:
        return None
    if total is not None and following >= total:
        return None
    return following


def users(entries: Iterable[Mapping[str, Any]]) -> list[PbxUser]:
    return [
        PbxUser(
            login=_text(e.get("login")), name=_text(e.get("name")), extension=_text(e.get("ext"))
        )
        for e in entries
        if _text(e.get("login"))
    ]


def memberships(entries: Iterable[Mapping[str, Any]], logins: set[str]) -> list[QueueMembership]:
    """The departments among ``entries`` (``GET groups``) whose users include one of
    ``logins``, each with whether that user receives its calls now (``calls_enable``)."""
    found = []
    for group in entries:
        group_id, members = _text(group.get("id")), group.get("users")
        if not group_id or not isinstance(members, list):
            continue
        mine = next(
            (m for m in members if isinstance(m, dict) and _text(m.get("login")) in logins), None
        )
        if mine is not None:
            found.append(
                QueueMembership(
                    id=group_id,
                    title=_text(group.get("name")) or group_id,
                    logged_in=mine.get("calls_enable") is True,
                )
            )
    return found


def outcome(word: object) -> tuple[str | None, bool]:
    """A history status as (English word, answered)."""
    text = _text(word)
    if not text:
        return None, False
    return STATUSES.get(text.lower(), (text, False))


def external_call(
    row: Mapping[str, Any], logins: set[str], departments: set[str]
) -> tuple[CallRecord, CallDetails] | None:
    """One ``history/json`` row when it is the agent's (their login in ``user``/``account``,
    or no user and one of the agent's ``departments``); None otherwise or when unreadable."""
    call_id, started = _text(row.get("uid")), parse_time(row.get("start"))
    if not call_id or started is None:
        return None
    user = _text(row.get("user")) or _login_of(row.get("account"))
    department = _text(row.get("group_name")) or None
    if not (user in logins or (not user and department in departments)):
        return None
    word, answered = outcome(row.get("status"))
    destination = _text(row.get("destination"))
    record_url = _text(row.get("record")) or _text(row.get("link")) or None
    direction = _text(row.get("direction") or row.get("type")).lower()
    record = CallRecord(
        id=call_id,
        started_at=started,
        direction=CallDirection.OUTBOUND if direction == "out" else CallDirection.INBOUND,
        number=phone_text(row.get("client")),
        name=None,
        queue=department,
        agent=_text(row.get("user_name")) or user or None,
        answered=answered,
        wait_seconds=_int(row.get("wait")),
        duration_seconds=_int(row.get("duration")),
        has_recording=record_url is not None,
    )
    details = CallDetails(
        call_id=call_id,
        status=word,
        destination=DESTINATIONS.get(destination, destination or None),
        rating=_rating(row.get("rating")),
        record_url=record_url,
        line=phone_text(row.get("diversion") or row.get("via")) or None,
        department=department,
    )
    return record, details


def internal_call(
    row: Mapping[str, Any], logins: set[str], extensions: Mapping[str, str] | None = None
) -> tuple[CallRecord, CallDetails] | None:
    """One ``history/inner/json`` row where the agent called or was called; the "number" is
    the colleague's extension (their login when ``extensions`` does not know it), the name
    theirs."""
    call_id, started = _text(row.get("uid")), parse_time(row.get("start"))
    caller, callee = _login_of(row.get("from")), _login_of(row.get("to"))
    if not call_id or started is None or not ({caller, callee} & logins):
        return None
    outbound = caller in logins
    colleague = callee if outbound else caller
    word, answered = outcome(row.get("status"))
    record_url = _text(row.get("record")) or None
    record = CallRecord(
        id=call_id,
        started_at=started,
        direction=CallDirection.OUTBOUND if outbound else CallDirection.INBOUND,
        number=(extensions or {}).get(colleague) or colleague,
        name=_text(row.get("to_name" if outbound else "from_name")) or None,
        answered=answered,
        wait_seconds=_int(row.get("wait")),
        duration_seconds=_int(row.get("duration")),
        has_recording=record_url is not None,
    )
    return record, CallDetails(call_id=call_id, status=word, record_url=record_url, internal=True)


def phone_text(value: object) -> str:
    """A number as the PBX writes it (``79101234567``) in E.164 when it has a country code
    (eleven digits or more), so that cards and local contacts read it in any region; shorter
    ones (extensions) as they are."""
    text = _text(value)
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 11 and digits == text.lstrip("+"):
        return "+" + digits
    return text


def dial_text(number: str) -> str:
    """What ``makecall`` wants: the digits as the document writes them (``79101234567``)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return digits or number.strip()


def _login_of(value: object) -> str:
    """``login@domain`` (the CSV's and the inner history's form) → ``login``."""
    return _text(value).partition("@")[0]


def _rating(value: object) -> int | None:
    text = _text(value)
    try:
        return int(float(text)) if text else None
    except (ValueError, OverflowError):  # OverflowError: "inf", "1e400"
        return None


def _int(value: object) -> int:
    """Seconds as the PBX writes them; 0 when unreadable or beyond any call's length (so that
    adding them to a time cannot overflow)."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return value if abs(value) <= MAX_SECONDS else 0
    text = _text(value)
    try:
        number = int(float(text)) if text else 0
    except (ValueError, OverflowError):
        return 0
    return number if abs(number) <= MAX_SECONDS else 0


def _whole(value: object) -> int | None:
    """A count as a JSON number or its digits; None when absent or not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = _text(value)
    return int(text) if text.isascii() and text.isdigit() else None


def _text(value: object) -> str:
    if value is None or isinstance(value, dict | list):
        return ""
    return str(value).strip()
