"""The agent's shift through one session: logging in to the call centre and out of it,
the callers waiting in the queues, and the desk phone.

Log-out has rules of its own, kept here for the window and ``ctl`` alike
(:func:`why_not_log_out`): not while a call is live, and not while a wrap-up is unsaved,
whether the window holds one the agent is typing or the vendor still shows the agent in
wrap-up. Nothing the agent typed is lost to a log-out.
"""

from __future__ import annotations

from enum import StrEnum

from agentdesk.core import (
    AgentDeskError,
    AgentState,
    AgentStatus,
    Capability,
    ConnectionState,
    PhoneStatus,
    WaitingCall,
)
from agentdesk.session import Session


class ShiftRefusal(StrEnum):
    """Why the agent may not log out now; the GUI words these in the agent's language."""

    IN_CALL = "in_call"
    WRAP_UP_UNSAVED = "wrap_up_unsaved"
    LOGGED_OUT = "logged_out"


REFUSAL_TEXTS = {
    ShiftRefusal.IN_CALL: "not during a call: hang up first",
    ShiftRefusal.WRAP_UP_UNSAVED: "the wrap-up of the last call is not saved: save it first",
    ShiftRefusal.LOGGED_OUT: "not logged in to the call centre",
}
"""The English words ``ctl`` prints (the GUI has its own, translated)."""


class ShiftRefusedError(AgentDeskError):
    """AgentDesk, not the vendor, refused: :attr:`refusal` says why."""

    def __init__(self, refusal: ShiftRefusal) -> None:
        super().__init__(f"cannot log out: {REFUSAL_TEXTS[refusal]}")
        self.refusal = refusal


def why_not_log_out(status: AgentStatus, *, unsaved_wrap_up: bool = False) -> ShiftRefusal | None:
    """None when the agent in ``status`` may log out, else the reason."""
    if status.calls or status.state.in_call:
        return ShiftRefusal.IN_CALL
    if unsaved_wrap_up or status.state is AgentState.WRAP_UP:
        return ShiftRefusal.WRAP_UP_UNSAVED
    if status.state is AgentState.OFFLINE:
        return ShiftRefusal.LOGGED_OUT
    return None


class Shift:
    """The shift's operations on ``session``'s backend; each raises NotSupportedError when
    the vendor does not document it (or not for this profile)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def supports(self, capability: Capability) -> bool:
        return self.session.supports(capability)

    @property
    def logged_out(self) -> bool:
        """The vendor says the agent is not logged in to the call centre (and the session is
        connected, so it is the vendor's word, not ours)."""
        return (
            self.session.connection.state is ConnectionState.CONNECTED
            and self.session.status.state is AgentState.OFFLINE
        )

    def why_not_log_out(self, *, unsaved_wrap_up: bool = False) -> ShiftRefusal | None:
        return why_not_log_out(self.session.status, unsaved_wrap_up=unsaved_wrap_up)

    async def log_in(self, extension: str | None = None) -> None:
        await self.session.backend.shift_login(extension)

    async def log_out(self, *, unsaved_wrap_up: bool = False) -> None:
        """ShiftRefusedError, before the vendor is asked, while a call is live or a wrap-up
        is unsaved."""
        refusal = self.why_not_log_out(unsaved_wrap_up=unsaved_wrap_up)
        if refusal is not None and refusal is not ShiftRefusal.LOGGED_OUT:
            raise ShiftRefusedError(refusal)
        await self.session.backend.shift_logout()

    async def waiting_calls(self) -> list[WaitingCall]:
        return await self.session.backend.waiting_calls()

    async def pickup(self, call_id: str) -> None:
        await self.session.backend.pickup(call_id)

    async def phone_status(self) -> PhoneStatus | None:
        return await self.session.backend.phone_status()
