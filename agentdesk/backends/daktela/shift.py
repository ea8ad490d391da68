"""Daktela's answers about the agent's shift, read into core values: the callers waiting in
the queues (``RTStatsCalls``, 3.5) and the desk phones (``DeviceStates``, 3.0). Pure
functions; the requests are :class:`~agentdesk.backends.daktela.backend.DaktelaBackend`'s.

Our readings, where the document is silent or vague:

- RTStatsCalls lists every ongoing call of the centre, keyed by id (a list is taken too); a
  waiting caller is one whose ``state`` is ``Waiting`` (any case); the waiting time is
  ``enter_time_relative`` ("include waiting time"), else ``wait_time_relative``; only the
  queues the agent's RTUserState names are kept, all of them when it names none (before 4.0);
- DeviceStates answers a list of ``{exten, status, ip, port}`` (an object keyed by extension
  is taken too); its states are the five the document lists, compared without case; an
  extension the answer leaves out, or a word it does not list, is "unknown", never a fault.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any, Final

from agentdesk.backends.daktela.parse import as_int
from agentdesk.core import MalformedResponseError, PhoneState, PhoneStatus, WaitingCall

DEVICE_STATES: Final[Mapping[str, PhoneState]] = {
    "AVAILABLE": PhoneState.AVAILABLE,
    "UNAVAILABLE": PhoneState.UNAVAILABLE,
    "ONHOLD": PhoneState.ON_HOLD,
    "INUSE": PhoneState.IN_USE,
    "RINGING": PhoneState.RINGING,
}
WAITING: Final = "waiting"


def waiting_calls(
    result: object,
    titles: Mapping[str, str],
    parse_time: Callable[[object], datetime | None],
) -> list[WaitingCall]:
    """RTStatsCalls' waiting callers in the queues of ``titles`` (id → title; every queue
    when empty), longest waiting first."""
    waiting = []
    for row in _rows(result, "RTStatsCalls"):
        if str(row.get("state") or "").strip().lower() != WAITING or row.get("id") in (None, ""):
            continue
        queue_id = str(row["queue"]) if row.get("queue") not in (None, "") else None
        if titles and queue_id not in titles:
            continue
        seconds = row.get("enter_time_relative")
        if seconds in (None, ""):
            seconds = row.get("wait_time_relative")
        waiting.append(
            WaitingCall(
                id=str(row["id"]),
                number=str(row.get("clid") or ""),
                queue=titles.get(queue_id or "", queue_id),
                queue_id=queue_id,
                waiting_since=parse_time(row.get("wait_time_absolute"))
                or parse_time(row.get("enter_time_absolute")),
                waiting_seconds=as_int(seconds) if seconds not in (None, "") else None,
            )
        )
    waiting.sort(key=lambda c: -(c.waiting_seconds or 0))
    return waiting


def phone_status(result: object, extension: str) -> PhoneStatus:
    """DeviceStates' word for ``extension``."""
    if isinstance(result, dict) and extension in result and not isinstance(result[extension], str):
        rows: Iterator[dict[str, Any]] = iter([result[extension] | {"exten": extension}])
    elif isinstance(result, dict) and isinstance(result.get(extension), str):
        rows = iter([{"exten": extension, "status": result[extension]}])
    else:
        rows = _rows(result, "DeviceStates")
    for row in rows:
        if str(row.get("exten") or "").strip() == extension:
            word = str(row.get("status") or "").strip().upper()
            return PhoneStatus(extension, DEVICE_STATES.get(word, PhoneState.UNKNOWN))
    return PhoneStatus(extension, PhoneState.UNKNOWN)


def _rows(result: object, action: str) -> Iterator[dict[str, Any]]:
    if isinstance(result, dict):
        values: list[Any] = list(result.values())
    elif isinstance(result, list):
        values = result
    elif result is None:
        values = []
    else:
        raise MalformedResponseError(f"Daktela's {action} result is not a list", action=action)
    return (row for row in values if isinstance(row, dict))
