"""How the Oki-Toki simulator answers: ``{"status": "ok", ...}`` when it agrees, the HTTP code
and ``{"status": "error", "code": N, "message": ...}`` when it refuses, and the checks of
variables that lead to a 422."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Final

from aiohttp import web

DATE_FORMAT: Final = "%d.%m.%Y"
TIME_FORMAT: Final = "%d.%m.%Y %H:%M:%S"


class ApiError(Exception):
    """A refusal: HTTP ``code``, the message, and headers to add (429's)."""

    def __init__(self, code: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.headers = headers or {}

    def response(self) -> web.Response:
        return web.json_response(
            {"status": "error", "code": self.code, "message": self.message}, status=self.code
        )


def ok(message: str, **extra: Any) -> web.Response:
    body: dict[str, Any] = {"status": "ok"}
    if message:
        body["message"] = message
    return web.json_response(body | extra)


def required(params: dict[str, str], name: str) -> str:
    value = params.get(name, "").strip()
    if not value:
        raise ApiError(422, f"The {name} field is required")
    return value


def day_param(text: str, name: str) -> date:
    try:
        return datetime.strptime(text.strip(), DATE_FORMAT).date()
    except ValueError:
        raise ApiError(422, f"The {name} must look like 26.09.2017") from None


def moment_param(text: str | None, name: str) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text.strip(), TIME_FORMAT)
    except ValueError:
        raise ApiError(422, f"The {name} must look like 21.02.2017 12:00:00") from None
