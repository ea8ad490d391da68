"""The Oki-Toki profile options that are lists: company statuses, call results, form fields.

Oki-Toki's API serves none of these lists (statuses live on the company's statuses page, call
data is free-form), so each profile spells them out in one line, parsed here with
ConfigurationErrors that say what is wrong:

``statuses``: comma-separated ``STATUS[/AWAY]:TITLE[:FLAG]``. ``STATUS`` is a ``status_id``
    and ``AWAY`` an optional ``away_status_id`` (both numbers from the company's statuses
    page); ``FLAG`` is ``ready`` (exactly one status: what "Ready" sets) or ``wrap`` (a
    post-call status). Example: ``1:Ready:ready,2/21:Coffee,3:Lunch,5:After-call work:wrap``.
    The pause ids agents pick are ``STATUS`` or ``STATUS/AWAY`` as written.

``results``: comma-separated ``VALUE[:TITLE]``, the outcomes offered after a call; ``VALUE``
    is what ``call/add_data`` stores in the result field. Example: ``sale:Sale,callback:Call
    back,refused:Refused``.

``fields``: comma-separated ``NAME[*]:TITLE[:KIND]`` with ``KIND`` one of ``text`` (default),
    ``textarea``, ``number``, ``date`` or ``choice=A|B|C``; ``*`` marks a required field.
    Example: ``order*:Order number,topic:Topic:choice=Billing|Delivery``.

Titles may not contain ``,`` or ``:`` (the separators).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from agentdesk.backends.relay_options import relay_options
from agentdesk.core import (
    ConfigurationError,
    DispositionField,
    DispositionStatus,
    FieldKind,
    Pause,
)

READY_FLAG: Final = "ready"
WRAP_FLAG: Final = "wrap"
FIELD_KINDS: Final[Mapping[str, FieldKind]] = {
    "text": FieldKind.TEXT,
    "textarea": FieldKind.TEXTAREA,
    "number": FieldKind.NUMBER,
    "date": FieldKind.DATE,
}
# Profile options passed to the backend as they are written; the numbers are converted.
TEXT_OPTIONS: Final = (
    "vip_list",
    "block_list",
    "dialer_id",
    "statuses",
    "results",
    "fields",
    "result_field",
    "comment_field",
    "priority",
    "call_log_format",
    "timezone",
    "contact_phone_field",
    "contact_name_field",
    "contact_company_field",
    "webhook_host",
    "webhook_secret",
    "webhook_public_url",
)
MIN_POLL_SECONDS: Final = 5.0
"""The least ``call_log_poll_seconds``, and the floor of every wait between looks at the call
log: ``call_log_poll_seconds`` is the wait while idle with the window shown; a quarter of it
(not below this floor) while a call is live, twice it (at most 5 min) while the window is
hidden, each ±20 % at random (:mod:`agentdesk.backends.polling`). No request limit is
documented beyond the guide's 429, and each look is a paid request."""
DEFAULT_RESULTS: Final = "success:Successful,callback:Call back,refused:Refused"


@dataclass(frozen=True, slots=True)
class CompanyStatus:
    """One of the company's statuses, as the profile names it."""

    status_id: str
    away_status_id: str | None
    title: str
    ready: bool = False
    wrap: bool = False

    @property
    def id(self) -> str:
        """The pause id agents choose: ``status_id`` or ``status_id/away_status_id``."""
        return f"{self.status_id}/{self.away_status_id}" if self.away_status_id else self.status_id

    def as_pause(self) -> Pause:
        return Pause(id=self.id, title=self.title, is_wrap_up=self.wrap)


def parse_statuses(text: str) -> tuple[CompanyStatus, ...]:
    """The ``statuses`` option; empty text gives no statuses (pauses are then unavailable)."""
    statuses: list[CompanyStatus] = []
    for entry in _entries(text):
        parts = [p.strip() for p in entry.split(":")]
        if len(parts) not in (2, 3) or not parts[1]:
            raise ConfigurationError(
                f"Oki-Toki statuses: {entry!r} should look like 3:Lunch or 1:Ready:ready"
            )
        ids, title = parts[0], parts[1]
        flag = parts[2].lower() if len(parts) == 3 else ""
        if flag not in ("", READY_FLAG, WRAP_FLAG):
            raise ConfigurationError(
                f"Oki-Toki statuses: unknown flag {parts[2]!r} in {entry!r} (ready or wrap)"
            )
        status_id, slash, away = ids.partition("/")
        if not status_id.isdigit() or (slash and not away.isdigit()):
            raise ConfigurationError(
                f"Oki-Toki statuses: {ids!r} in {entry!r} should be a status number, "
                "or two numbers like 2/21 (status and away status)"
            )
        statuses.append(
            CompanyStatus(
                status_id, away or None, title, ready=flag == READY_FLAG, wrap=flag == WRAP_FLAG
            )
        )
    ids_seen = [s.id for s in statuses]
    duplicates = sorted({i for i in ids_seen if ids_seen.count(i) > 1})
    if duplicates:
        raise ConfigurationError(f"Oki-Toki statuses: {', '.join(duplicates)} given twice")
    ready = [s for s in statuses if s.ready]
    if statuses and len(ready) != 1:
        raise ConfigurationError(
            "Oki-Toki statuses: mark exactly one status as ready, e.g. 1:Ready:ready "
            f"({len(ready)} marked)"
        )
    return tuple(statuses)


def parse_results(text: str) -> tuple[DispositionStatus, ...]:
    """The ``results`` option (:data:`DEFAULT_RESULTS` when empty)."""
    results: list[DispositionStatus] = []
    for entry in _entries(text or DEFAULT_RESULTS):
        value, _, title = (p.strip() for p in entry.partition(":"))
        if not value or ":" in title:
            raise ConfigurationError(
                f"Oki-Toki results: {entry!r} should look like sale or sale:Sale"
            )
        results.append(DispositionStatus(id=value, title=title or value))
    return tuple(results)


def parse_fields(text: str) -> tuple[DispositionField, ...]:
    """The ``fields`` option; empty text gives no extra fields."""
    fields: list[DispositionField] = []
    for entry in _entries(text):
        parts = [p.strip() for p in entry.split(":")]
        if len(parts) not in (2, 3) or not parts[0].rstrip("*"):
            raise ConfigurationError(
                f"Oki-Toki fields: {entry!r} should look like order:Order number[:KIND]"
            )
        name, required = parts[0].rstrip("*"), parts[0].endswith("*")
        kind_text = parts[2] if len(parts) == 3 else "text"
        choices: tuple[str, ...] = ()
        if kind_text.lower().startswith("choice="):
            kind = FieldKind.CHOICE
            choices = tuple(c.strip() for c in kind_text[7:].split("|") if c.strip())
            if not choices:
                raise ConfigurationError(f"Oki-Toki fields: {entry!r} offers no choices")
        elif kind_text.lower() in FIELD_KINDS:
            kind = FIELD_KINDS[kind_text.lower()]
        else:
            raise ConfigurationError(
                f"Oki-Toki fields: unknown kind {kind_text!r} in {entry!r} "
                "(text, textarea, number, date or choice=A|B)"
            )
        fields.append(
            DispositionField(
                name=name, title=parts[1] or name, kind=kind, required=required, choices=choices
            )
        )
    return tuple(fields)


def _entries(text: str) -> list[str]:
    return [e.strip() for e in text.split(",") if e.strip()]


def backend_options(options: Mapping[str, str]) -> dict[str, Any]:
    """A profile's options as :class:`~agentdesk.backends.okitoki.backend.OkiTokiBackend` keywords;
    blank options are left to the backend's defaults."""
    found: dict[str, Any] = {k: v.strip() for k in TEXT_OPTIONS if (v := options.get(k, ""))}
    if poll := options.get("call_log_poll_seconds", "").strip():
        seconds = _number(poll, "call_log_poll_seconds")
        if seconds < MIN_POLL_SECONDS:
            raise ConfigurationError(
                f"Oki-Toki call_log_poll_seconds must be at least {MIN_POLL_SECONDS:g} "
                "(each look at the call log is a paid request)"
            )
        found["call_log_poll_seconds"] = seconds
    found |= relay_options(options, "Oki-Toki")
    if port := options.get("webhook_port", "").strip():
        if not (port.isascii() and port.isdigit() and len(port) <= 5) or int(port) > 65535:
            raise ConfigurationError(f"Oki-Toki webhook_port must be a port number, got {port!r}")
        found["webhook_port"] = int(port)
    return found


def _number(text: str, name: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise ConfigurationError(f"Oki-Toki option {name} must be a number, got {text!r}") from None
