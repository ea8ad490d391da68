"""Other shapes the Oki-Toki simulator can answer in (``answer_style="variant"``), where the
document shows none: what a real installation may plausibly answer instead of our reading
(:mod:`agentdesk.sim.okitoki.data`, :mod:`agentdesk.sim.okitoki.hooks`). AgentDesk must read
both; the tests feed both.

- the call log in JSON: an object ``{"data": [...], "total": N}``; each row with other keys
  in another case (``ID``, ``Start_Time`` as ISO ``YYYY-MM-DDTHH:MM:SS``, ``Type``
  ``incoming``/``outgoing``, ``Client_Phone``, ``Queue_Name``, ``User_ID`` as text,
  ``User_Name``, ``Contact_Name``, ``Wait_Duration`` and ``Talk_Duration`` as ``M:SS``,
  ``Status`` ``answered``/``no_answer``, ``Record_URL``);
- the call log in CSV: the report's English column titles;
- the queue summary: ``{"data": [...]}`` with ``Queue_Title``, ``Calls_In_Queue``,
  ``Free_Users``, ``Logged_Users``, ``Longest_Wait`` (``M:SS``);
- webhooks: ``Event`` as ``call.ringing``/``call.answered``/``call.ended``/``user.status``,
  ``Call_ID``, ``ANI``, ``Direction`` ``incoming``/``outgoing``, ``Queue_Name``, ``Client_Name``,
  ``Operator_ID``, ``Status``, ``Away_Status``: names an administrator may choose instead.
"""

from __future__ import annotations

from typing import Any, Final

ANSWER_STYLES: Final = ("ours", "variant")
CSV_TITLES: Final = (
    "Session ID",
    "Date and time",
    "Direction",
    "Client number",
    "Line number",
    "Queue",
    "User ID",
    "User",
    "Client name",
    "Wait",
    "Talk",
    "Result",
    "Recording",
)
HOOK_KEYS: Final = {
    "event": "Event",
    "session_id": "Call_ID",
    "phone": "ANI",
    "direction": "Direction",
    "queue": "Queue_Name",
    "contact_name": "Client_Name",
    "user_id": "Operator_ID",
    "status_id": "Status",
    "away_status_id": "Away_Status",
    "date": "Date",
}
HOOK_EVENTS: Final = {
    "ringing": "call.ringing",
    "answered": "call.answered",
    "ended": "call.ended",
    "status": "user.status",
}
DIRECTIONS: Final = {"in": "incoming", "out": "outgoing"}


def log_row(ours: dict[str, Any], base_url: str) -> dict[str, Any]:
    """A call-log row (as :meth:`LoggedCall.json_shape` gives it) in the variant shape."""
    day, _, time = str(ours["date"]).partition(" ")
    dd, mm, yyyy = day.split(".")
    recorded = ours["record"] == 1
    return {
        "ID": ours["session_id"],
        "Start_Time": f"{yyyy}-{mm}-{dd}T{time}",
        "Type": DIRECTIONS.get(ours["direction"], ours["direction"]),
        "Client_Phone": ours["ani"],
        "Line": ours["dnis"],
        "Queue_Name": ours["queue"],
        "User_ID": "" if ours["user_id"] is None else str(ours["user_id"]),
        "User_Name": ours["user"],
        "Contact_Name": ours["contact"],
        "Wait_Duration": minutes(ours["wait_time"]),
        "Talk_Duration": minutes(ours["talk_time"]),
        "Status": "answered" if ours["result"] == "answered" else "no_answer",
        "Record_URL": f"{base_url}/api/v1/record/{ours['session_id']}" if recorded else "",
    }


def log_answer(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"data": rows, "total": len(rows)}


def queue_row(ours: dict[str, Any]) -> dict[str, Any]:
    return {
        "Queue_Title": ours["queue"],
        "Calls_In_Queue": ours["calls_waiting"],
        "Free_Users": ours["users_ready"],
        "Logged_Users": ours["users_online"],
        "Longest_Wait": minutes(ours["max_wait_time"]),
    }


def queue_answer(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {"data": rows}


def hook(ours: dict[str, str]) -> dict[str, str]:
    """A webhook payload under the variant's names and words."""
    payload = {HOOK_KEYS.get(k, k): v for k, v in ours.items()}
    payload["Event"] = HOOK_EVENTS.get(ours.get("event", ""), ours.get("event", ""))
    if "direction" in ours:
        payload["Direction"] = DIRECTIONS.get(ours["direction"], ours["direction"])
    return payload


def minutes(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"
