"""uContact's answers read into core values. Pure functions: the wire is in
:mod:`agentdesk.backends.ucontact.wire`.

- ``auth/AgentLogin`` answers the agent's SIP record (public Agent API): ``md5secret`` is the
  key, ``callerid`` the agent's phone (its ``interface``), ``context`` its dial context,
  ``fullname`` its name. ``auth/getUserToken`` answers a list whose last element is the key.
- ``Cdr/getrecords`` answers "JSON" and names a ``Guid`` and a ``calldate`` in it; our reading
  (the simulator's too) is a list of objects, one per recorded call, keyed like the filter
  object: ``guid``, ``calldate`` (``YYYY-MM-DD HH:MM:SS``, the instance's wall clock),
  ``agent``, ``campaign``, ``source``, ``destination``, ``duration`` (seconds), ``data`` (the
  tag). Keys are read in any case (the text writes ``Guid``), and the common Asterisk
  spellings (``uniqueid``, ``src``, ``dst``, ``billsec``) too (:data:`ROW_KEYS`); the list may
  come under ``data`` or ``records``; ``calldate`` may carry Java's ``.0`` or ``T``, or be
  Gson's ``Nov 2, 2018 11:31:42 AM`` (how the queue summary writes dates); ``duration`` may
  be ``[H:]MM:SS``. A real answer that lacks any of :data:`ROW_KEYS` is logged once at
  WARNING (docs/vendors/ucontact.md lists these readings). uContact names campaigns
  ``Name<-`` (inbound) and ``Name->`` (outbound); the direction follows from that, else from
  whether the source is the agent's phone.
- ``Supervisor/queuesummary`` answers the document's list; the last element, without
  ``queue``, is the answer's stamp and is skipped. ``Supervisor/campaignstatus`` answers an
  object keyed by campaign.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, Final

from agentdesk.backends import wall_clock
from agentdesk.backends.answer_shapes import alias_table, pick
from agentdesk.core import CallDirection, CallRecord, MalformedResponseError, QueueFigures

TIME_FORMAT: Final = "%Y-%m-%d %H:%M:%S"
GSON_TIME_FORMAT: Final = "%b %d, %Y %I:%M:%S %p"  # "Nov 2, 2018 11:31:42 AM"
# The key goes into an Authorization header: printable ASCII without spaces, or it is not one.
_KEY: Final = re.compile(r"[!-~]+")
INBOUND_SUFFIX: Final = "<-"
OUTBOUND_SUFFIX: Final = "->"
ROW_KEYS: Final[Mapping[str, tuple[str, ...]]] = {
    "guid": ("guid", "uniqueid", "id"),
    "calldate": ("calldate", "date", "call_date"),
    "agent": ("agent", "username", "agentname"),
    "campaign": ("campaign", "queue"),
    "source": ("source", "src", "callerid"),
    "destination": ("destination", "dst"),
    "duration": ("duration", "billsec"),
}
"""Our name for a recorded call's field ← the keys it may come under, preferred first."""
_ROW_FORMS: Final = alias_table(ROW_KEYS)


@dataclass(frozen=True, slots=True)
class AgentLogin:
    """What the sign-in gave: the key and the agent's phone, context and name."""

    key: str
    phone: str | None = None
    context: str | None = None
    fullname: str | None = None


def agent_login(answer: object) -> AgentLogin:
    """The ``auth/AgentLogin`` answer (a record, or a list holding one)."""
    record = answer[0] if isinstance(answer, list) and answer else answer
    if not isinstance(record, dict) or not _KEY.fullmatch(_text(record.get("md5secret"))):
        raise MalformedResponseError(
            "uContact's AgentLogin answer holds no md5secret", action="auth/AgentLogin"
        )
    return AgentLogin(
        key=_text(record["md5secret"]),
        phone=_text(record.get("callerid")) or _text(record.get("name")) or None,
        context=_text(record.get("context")) or None,
        fullname=_text(record.get("fullname")) or None,
    )


def user_token(answer: object) -> str:
    """The ``auth/getUserToken`` answer's last element (or a record's ``md5secret``)."""
    last = answer[-1] if isinstance(answer, list) and answer else answer
    if isinstance(last, dict):
        last = last.get("md5secret")
    if not _KEY.fullmatch(_text(last)):
        raise MalformedResponseError(
            "uContact's getUserToken answer holds no token", action="auth/getUserToken"
        )
    return _text(last)


def record_rows(answer: object) -> list[dict[str, str]]:
    """``Cdr/getrecords`` rows keyed by our names (:data:`ROW_KEYS`; other keys kept in
    their compared form); the list may come under ``data`` or ``records``."""
    rows = answer.get("data", answer.get("records")) if isinstance(answer, dict) else answer
    if not isinstance(rows, list):
        raise MalformedResponseError(
            "uContact's getrecords answer is not a list", action="Cdr/getrecords"
        )
    return [
        {name: _text(value) for name, value in pick(row, _ROW_FORMS).items()}
        for row in rows
        if isinstance(row, dict)
    ]


def call_time(text: str, zone: tzinfo | None) -> datetime | None:
    """``calldate`` in the instance's wall clock; None when unreadable."""
    text = text.strip()
    for candidate, pattern in (
        (text[:19].replace("T", " "), TIME_FORMAT),
        (text, GSON_TIME_FORMAT),
    ):
        try:
            return wall_clock.from_wall(datetime.strptime(candidate, pattern), zone)
        except ValueError:
            continue
    return None


def direction_and_number(
    row: Mapping[str, str], agent_phone: str | None
) -> tuple[CallDirection, str]:
    campaign = row.get("campaign", "")
    if campaign.endswith(OUTBOUND_SUFFIX):
        outbound = True
    elif campaign.endswith(INBOUND_SUFFIX):
        outbound = False
    else:
        outbound = bool(agent_phone) and row.get("source") == agent_phone
    if outbound:
        return CallDirection.OUTBOUND, row.get("destination", "")
    return CallDirection.INBOUND, row.get("source", "")


def call_record(
    row: Mapping[str, str], zone: tzinfo | None, *, agent_phone: str | None
) -> CallRecord | None:
    """One row as a call of the history; None for a row without a guid or a readable date.
    Every row is a recording (``"type": "record"``), so every call has one."""
    started = call_time(row.get("calldate", ""), zone)
    if not row.get("guid") or started is None:
        return None
    direction, number = direction_and_number(row, agent_phone)
    campaign = row.get("campaign") or None
    return CallRecord(
        id=row["guid"],
        started_at=started,
        direction=direction,
        number=number,
        queue=campaign,
        agent=row.get("agent") or None,
        answered=True,
        duration_seconds=_seconds(row.get("duration")),
        has_recording=True,
    )


def queue_figures(answer: object) -> list[QueueFigures]:
    """The ``Supervisor/queuesummary`` list."""
    if not isinstance(answer, list):
        raise MalformedResponseError(
            "uContact's queuesummary answer is not a list", action="Supervisor/queuesummary"
        )
    return [
        QueueFigures(
            queue=_text(item["queue"]),
            waiting=_int(item.get("callers")),
            agents_ready=_int(item.get("available")),
            agents_logged_in=_int(item.get("loggedIn")),
            longest_wait_seconds=_int(item.get("longestHoldTime")),
        )
        for item in answer
        if isinstance(item, dict) and _text(item.get("queue"))
    ]


def campaign_figures(answer: object, campaign: str) -> QueueFigures | None:
    """``campaign`` in a ``Supervisor/campaignstatus`` answer; ``acd`` is read as the calls
    waiting for an agent."""
    item = answer.get(campaign) if isinstance(answer, dict) else None
    if not isinstance(item, dict):
        return None
    return QueueFigures(
        queue=campaign,
        waiting=_int(item.get("acd")),
        agents_ready=_int(item.get("availables")),
        agents_logged_in=_int(item.get("logged")),
    )


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _seconds(value: Any) -> int:
    """``95``, ``"95"`` or ``"0:01:35"`` → 95."""
    parts = _text(value).split(":")
    if 2 <= len(parts) <= 3 and all(p.isascii() and p.isdigit() and len(p) <= 6 for p in parts):
        total = 0
        for part in parts:
            total = total * 60 + int(part)
        return total
    return _int(value)


def _int(value: Any) -> int:
    try:
        return max(0, int(float(str(value))))
    except (TypeError, ValueError, OverflowError):  # OverflowError: "inf", "1e400"
        return 0
