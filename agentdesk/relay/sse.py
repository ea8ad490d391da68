"""Server-Sent Events as the relay writes them (the WHATWG HTML standard, section 9.2)."""

from __future__ import annotations

import json
from typing import Any, Final

RETRY_MS: Final = 2000  # what a browser-like client waits before reconnecting
KEEP_ALIVE: Final = b": keep-alive\n\n"


def frame(event: str, data: dict[str, Any], event_id: str | None = None) -> bytes:
    """One event. The data is one line of JSON (``ensure_ascii``: no line break or odd
    character can end the field early), so the client reads exactly one ``data`` line."""
    lines = [f"event: {event}"]
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.append("data: " + json.dumps(data, ensure_ascii=True, separators=(",", ":")))
    return ("\n".join(lines) + "\n\n").encode("ascii")


def retry(ms: int = RETRY_MS) -> bytes:
    return f"retry: {ms}\n\n".encode("ascii")
