"""What the vendor knows beyond the live state: callers, dispositions, call history,
recordings and queue figures. Plain values, built by backends from their vendor's answers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from agentdesk.core.models import CallDirection


@dataclass(frozen=True, slots=True)
class CallerInfo:
    """Who is calling, as far as the vendor (or the local contacts) can tell."""

    number: str
    name: str | None = None
    company: str | None = None
    last_agent: str | None = None  # who spoke with this number last
    last_queue: str | None = None
    last_call_at: datetime | None = None
    source: str = "vendor"  # "vendor" or "contacts"


class FieldKind(StrEnum):
    TEXT = "text"
    TEXTAREA = "textarea"
    CHOICE = "choice"
    NUMBER = "number"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class DispositionStatus:
    """One outcome the agent may record for a call ("Order", "Call back later")."""

    id: str  # what the vendor wants back (Daktela: the status code name)
    title: str


@dataclass(frozen=True, slots=True)
class DispositionField:
    """One input of the vendor's call-script form."""

    name: str  # the vendor's key for the value
    title: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    value: str = ""  # what the vendor already holds


@dataclass(frozen=True, slots=True)
class DispositionForm:
    """What the vendor asks the agent to fill in after a call."""

    call_id: str
    statuses: tuple[DispositionStatus, ...]
    fields: tuple[DispositionField, ...] = ()
    number: str | None = None
    accepts_note: bool = True
    accepts_callback: bool = True
    accepts_pause: bool = True


@dataclass(frozen=True, slots=True)
class Disposition:
    """The agent's answer to a :class:`DispositionForm`."""

    call_id: str
    status_id: str
    fields: dict[str, str] = field(default_factory=dict)
    note: str | None = None
    callback_at: datetime | None = None
    then_pause: str | None = None  # pause id to take after saving; None: back to Ready


@dataclass(frozen=True, slots=True)
class CallRecord:
    """One finished call in the history."""

    id: str
    started_at: datetime
    direction: CallDirection
    number: str
    name: str | None = None
    queue: str | None = None
    agent: str | None = None
    answered: bool = True
    wait_seconds: int = 0
    duration_seconds: int = 0  # talk time
    has_recording: bool = False
    # How it ended and where it went, when the vendor says: English words a backend marks
    # for translation in context "VendorText" ("busy", "voice menu").
    outcome: str | None = None
    route: str | None = None
    rating: int | None = None  # the customer's score, when the vendor asks for one


class CallHistory(list[CallRecord]):
    """:meth:`~agentdesk.core.Backend.history`'s answer when part of the history could not
    be read: the calls that could, and :attr:`notes` saying what is missing, for the agent
    (English texts marked with QT_TRANSLATE_NOOP in context "VendorText"). A plain list of
    records is a history with nothing missing."""

    def __init__(self, records: Iterable[CallRecord] = (), *, notes: Iterable[str] = ()) -> None:
        super().__init__(records)
        self.notes = tuple(notes)


def history_notes(records: Sequence[CallRecord]) -> tuple[str, ...]:
    """What a backend's history answer says is missing from it; () for a plain list."""
    return records.notes if isinstance(records, CallHistory) else ()


@dataclass(frozen=True, slots=True)
class Recording:
    """A call recording's bytes as the vendor serves them."""

    call_id: str
    data: bytes
    content_type: str = "audio/wav"

    @property
    def suffix(self) -> str:
        return {"audio/mpeg": ".mp3", "audio/mp3": ".mp3", "audio/gsm": ".gsm"}.get(
            self.content_type, ".wav"
        )


@dataclass(frozen=True, slots=True)
class QueueFigures:
    """A queue at a glance."""

    queue: str
    waiting: int
    agents_ready: int
    agents_logged_in: int | None = None
    longest_wait_seconds: int | None = None


@dataclass(frozen=True, slots=True)
class QueueMembership:
    """A queue (department, group) the agent may take calls from, and whether they do now."""

    id: str
    title: str
    logged_in: bool
