"""Daktela's answers about contacts, call scripts, finished calls and queues, read into
core values. Pure functions: the wire is in :mod:`agentdesk.backends.daktela.backend`.

Our readings, where the document is silent or vague:

- ``SimpleSearchContact`` returns a contact's form as parallel lists (``label_field``,
  ``value_data``); field labels are each installation's own, so names and companies are found
  by the labels in :data:`NAME_LABELS`, :data:`SURNAME_LABELS`, :data:`FULL_NAME_LABELS` and
  :data:`COMPANY_LABELS` (compared without case and diacritics); the first contact that
  yields a name or company wins;
- call-script field ``type``s: the document shows ``text`` and ``selectbox``; the others in
  :data:`FIELD_KINDS` are the usual form types, anything else is read as text; ``options``
  may be a list, an object (its values are the choices) or a JSON-encoded list (as
  SimpleSearchContact's ``default_value_field`` is); ``value`` is a list (the document's
  example), several values are joined with ", ";
- ``required`` is true for ``"1"``, ``1``, ``true``; null or anything else is false.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any, Final

from agentdesk.core import (
    CallDirection,
    CallRecord,
    DispositionField,
    DispositionStatus,
    FieldKind,
    MalformedResponseError,
    Pause,
    QueueFigures,
    QueueMembership,
)

NAME_LABELS: Final = frozenset({"jmeno", "krestni jmeno", "first name", "firstname", "given name"})
SURNAME_LABELS: Final = frozenset({"prijmeni", "last name", "lastname", "surname"})
FULL_NAME_LABELS: Final = frozenset(
    {"cele jmeno", "jmeno a prijmeni", "full name", "name", "nazev kontaktu", "kontakt"}
)
COMPANY_LABELS: Final = frozenset(
    {"firma", "spolecnost", "nazev firmy", "organizace", "company", "organization"}
)
FIELD_KINDS: Final[Mapping[str, FieldKind]] = {
    "text": FieldKind.TEXT,
    "email": FieldKind.TEXT,
    "phone": FieldKind.TEXT,
    "tel": FieldKind.TEXT,
    "url": FieldKind.TEXT,
    "textarea": FieldKind.TEXTAREA,
    "selectbox": FieldKind.CHOICE,
    "select": FieldKind.CHOICE,
    "combobox": FieldKind.CHOICE,
    "radio": FieldKind.CHOICE,
    "number": FieldKind.NUMBER,
    "integer": FieldKind.NUMBER,
    "int": FieldKind.NUMBER,
    "float": FieldKind.NUMBER,
    "date": FieldKind.DATE,
    "datetime": FieldKind.DATE,
}

# A pause of this type is the wrap-up time Daktela starts by itself after a queue call.
WRAP_PAUSE_TYPE: Final = "wrap"

_INTEGER: Final = re.compile(r"-?[0-9]{1,18}")

TimeParser = Callable[[object], datetime | None]


def pauses_and_names(result: object) -> tuple[dict[str, Pause], dict[str, str]]:
    """Both documented shapes: 3.3+ (pause, name, title, type, deleted) and 3.0 (pcode_id,
    pcode, ...); the pauses by id, and each pause's unique name by id (CallScriptClose)."""
    rows = _rows(result, "Daktela's GetPauses result is not a list of pauses")
    pauses: dict[str, Pause] = {}
    names: dict[str, str] = {}
    for row in rows:
        pause_id = row.get("pause", row.get("pcode_id"))
        if pause_id is None:
            continue
        title = row.get("title") or row.get("pcode_desc") or row.get("name") or pause_id
        pauses[str(pause_id)] = Pause(
            id=str(pause_id),
            title=str(title),
            is_wrap_up=row.get("type") == WRAP_PAUSE_TYPE,
        )
        names[str(pause_id)] = str(row.get("name") or row.get("pcode") or pause_id)
    return pauses, names


def call_record(
    row: dict[str, Any],
    parse_time: TimeParser,
    *,
    me: str | None,
    login: str,
    titles: Mapping[str, str],
    names: Mapping[str, str | None],
) -> CallRecord | None:
    """One StatsCalls row; ``me`` is the agent's id (their calls show ``login`` as agent),
    ``titles`` the queues' titles by id, ``names`` the contacts' names by number. None for a
    row without id or time."""
    started = parse_time(row.get("call_time"))
    call_id = _text(row.get("name")) or _text(row.get("call"))
    if started is None or call_id is None:
        return None
    answered = str(row.get("answered")).lower() in ("1", "true")
    user = _text(row.get("user"))
    queue = _text(row.get("queue"))
    number = str(row.get("clid") or "")
    outbound = row.get("direction") == "out"
    return CallRecord(
        id=call_id,
        started_at=started,
        direction=CallDirection.OUTBOUND if outbound else CallDirection.INBOUND,
        number=number,
        name=names.get(number),
        queue=titles.get(queue, queue) if queue else None,
        agent=login if user is not None and user == me else user,
        answered=answered,
        wait_seconds=as_int(row.get("waiting_time")),
        duration_seconds=as_int(row.get("duration")),
        has_recording=answered,
    )


def contact_name_and_company(result: object) -> tuple[str | None, str | None]:
    """The first named contact of SimpleSearchContact's result list."""
    if result in (None, "", [], {}):
        return None, None
    if not isinstance(result, list):
        raise MalformedResponseError(
            "Daktela's SimpleSearchContact result is not a list", action="SimpleSearchContact"
        )
    for contact in result:
        struct = contact.get("array_struct") if isinstance(contact, dict) else None
        if not isinstance(struct, dict):
            continue
        labels = struct.get("label_field") or []
        values = struct.get("value_data") or []
        if not isinstance(labels, list) or not isinstance(values, list):
            continue
        found: dict[str, str] = {}
        for label, value in zip(labels, values, strict=False):
            key, text = _plain(str(label)), _text(value)
            if text and key not in found:
                found[key] = text
        name = _pick(found, FULL_NAME_LABELS) or " ".join(
            p for p in (_pick(found, NAME_LABELS), _pick(found, SURNAME_LABELS)) if p
        )
        company = _pick(found, COMPANY_LABELS)
        if name or company:
            return name or None, company
    return None, None


def last_call(result: object, parse_time: TimeParser) -> tuple[str | None, str | None, Any]:
    """LastCallNumber's agent (title, else login), queue title and call time; Nones when the
    vendor has no call (``null`` or an empty result)."""
    if not isinstance(result, dict) or not result:
        return None, None, None
    agent = _text(result.get("user_title")) or _text(result.get("user_login"))
    queue = _text(result.get("queue_title")) or _text(result.get("queue_number"))
    return agent, queue, parse_time(result.get("call_time"))


def statuses(result: object) -> tuple[DispositionStatus, ...]:
    """GetStatuses, 3.8 shape: ``{id: {code, id, description, deleted}}``; the ``code`` is
    what CallScriptClose's ``status`` wants ("unique status name")."""
    rows = _rows(
        result, "Daktela's GetStatuses result is not a list of statuses", action="GetStatuses"
    )
    found = []
    for row in rows:
        code = _text(row.get("code"))
        if code is None:
            continue
        found.append(DispositionStatus(id=code, title=_text(row.get("description")) or code))
    return tuple(found)


def form_fields(raw: object) -> tuple[DispositionField, ...]:
    """CallScriptOpened's ``fields`` object (or list), in the vendor's order."""
    if raw is None:
        return ()
    rows = _rows(raw, "Daktela's call-script fields are not a list", action="CallScriptOpened")
    fields = []
    for row in rows:
        name = _text(row.get("name"))
        if name is None:
            continue
        kind = FIELD_KINDS.get(str(row.get("type") or "").lower(), FieldKind.TEXT)
        choices = _choices(row.get("options"))
        fields.append(
            DispositionField(
                name=name,
                title=_text(row.get("title")) or name,
                kind=kind if kind is not FieldKind.CHOICE or choices else FieldKind.TEXT,
                required=str(row.get("required")).lower() in ("1", "true"),
                choices=choices,
                value=_value(row.get("value")),
            )
        )
    return tuple(fields)


def agent_queues(state: Mapping[str, Any]) -> tuple[dict[str, str], list[str]]:
    """From RTUserState: the titles of the queues it names (``login_oqueues`` and the calls'
    ``oqueue``), id → title, and the inbound queues the agent is logged in now."""
    titles: dict[str, str] = {}
    logged_in: list[str] = []
    calls = [c for c in _list(state.get("calls")) if isinstance(c, dict)]
    for queue in [*_list(state.get("login_oqueues")), *(c.get("oqueue") for c in calls)]:
        if not isinstance(queue, dict) or queue.get("queue") is None:
            continue
        queue_id = str(queue["queue"])
        titles[queue_id] = _text(queue.get("title")) or _text(queue.get("name")) or queue_id
        if queue.get("rt_logged") is True and queue.get("direction") == "in":
            logged_in.append(queue_id)
    return titles, logged_in


def queue_names(state: Mapping[str, Any]) -> dict[str, str]:
    """From RTUserState: each queue's unique name (its number, what GetStatuses' ``queue``
    and LoginQueue take) by its id, from ``login_oqueues`` and the calls' ``oqueue``."""
    calls = [c for c in _list(state.get("calls")) if isinstance(c, dict)]
    names: dict[str, str] = {}
    for queue in [*_list(state.get("login_oqueues")), *(c.get("oqueue") for c in calls)]:
        if isinstance(queue, dict) and queue.get("queue") is not None and _text(queue.get("name")):
            names[str(queue["queue"])] = str(queue["name"])
    return names


def stats_rows(result: object, action: str = "StatsCalls") -> list[dict[str, Any]]:
    """The Stats* actions' ``{"data": [...], "total": "n"}``."""
    data = result.get("data") if isinstance(result, dict) else result
    if data is None:
        return []
    if not isinstance(data, list):
        raise MalformedResponseError(f"Daktela's {action} data is not a list", action=action)
    return [row for row in data if isinstance(row, dict)]


def queue_figures(result: object, titles: Mapping[str, str]) -> list[QueueFigures]:
    """RTStatsQueues' ``{id: {users_total, users_ready, calls_wait, calls_time...}}`` for the
    queues in ``titles`` (id → title), in that order."""
    if not isinstance(result, dict):
        raise MalformedResponseError(
            "Daktela's RTStatsQueues result is not an object", action="RTStatsQueues"
        )
    figures = []
    for queue_id, title in titles.items():
        row = result.get(queue_id)
        if not isinstance(row, dict):
            figures.append(QueueFigures(queue=title, waiting=0, agents_ready=0))
            continue
        figures.append(
            QueueFigures(
                queue=title,
                waiting=_int(row.get("calls_wait")) or 0,
                agents_ready=_int(row.get("users_ready")) or 0,
                agents_logged_in=_int(row.get("users_total")),
                longest_wait_seconds=_int(row.get("calls_time")),
            )
        )
    return figures


def as_int(value: object) -> int:
    return _int(value) or 0


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    # ASCII digits only, and few enough for int(): "²" is a digit to str.isdigit.
    if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        return int(value)
    return None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _choices(options: object) -> tuple[str, ...]:
    if isinstance(options, str) and options.strip().startswith(("[", "{")):
        try:
            options = json.loads(options)
        except json.JSONDecodeError:
            return ()
    if isinstance(options, dict):
        options = list(options.values())
    if isinstance(options, list):
        return tuple(str(o) for o in options if o not in (None, ""))
    return ()


def _value(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v not in (None, ""))
    return _text(value) or ""


def _pick(found: Mapping[str, str], labels: frozenset[str]) -> str | None:
    return next((found[label] for label in found if label in labels), None)


def _plain(label: str) -> str:
    decomposed = unicodedata.normalize("NFKD", label.strip().lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _rows(
    result: object, not_a_list: str, *, action: str | None = None
) -> Iterator[dict[str, Any]]:
    """A list answer's rows, deleted ones left out: Daktela sends a list, or an object keyed
    by the rows' ids. Anything else is MalformedResponseError(``not_a_list``)."""
    if isinstance(result, dict):
        return _kept(list(result.values()))
    if isinstance(result, list):
        return _kept(result)
    raise MalformedResponseError(not_a_list, action=action)


def _kept(rows: list[Any]) -> Iterator[dict[str, Any]]:
    """The rows that are objects and not ``deleted``."""
    return (row for row in rows if isinstance(row, dict) and str(row.get("deleted", "0")) != "1")


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def queue_memberships(state: dict[str, Any]) -> list[QueueMembership]:
    """RTUserState's ``login_oqueues``: each queue by its number (what LoginQueue takes),
    its title, and whether the agent is logged in (``rt_logged``)."""
    rows = state.get("login_oqueues")
    if not isinstance(rows, list):
        return []
    memberships = []
    for row in _kept(rows):
        number = row.get("name") or row.get("queue")
        if number in (None, ""):
            continue
        memberships.append(
            QueueMembership(
                id=str(number),
                title=str(row.get("title") or number),
                logged_in=row.get("rt_logged") in (True, 1, "1", "true"),
            )
        )
    return memberships
