"""The contract every vendor backend implements.

A backend speaks one vendor's documented API and nothing else: it translates the vendor's
words into core objects at the edge, raises the errors of :mod:`agentdesk.core.errors`, and
never imports Qt. Methods for a capability the backend does not declare raise
:class:`~agentdesk.core.errors.NotSupportedError` when the vendor does not document it, and
:class:`~agentdesk.core.errors.OptionNeededError` when the profile lacks the option it needs
(:attr:`Backend.unavailable` says which, and why else a profile lacks one).
"""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator, Callable, Mapping
from datetime import datetime
from types import MappingProxyType

from agentdesk.core.capabilities import Capability, Unavailable
from agentdesk.core.day import MyDay, start_of_today, tally_calls
from agentdesk.core.errors import AgentDeskError, NotSupportedError, OptionNeededError
from agentdesk.core.events import Event
from agentdesk.core.flags import CallerFlags
from agentdesk.core.models import AgentStatus, DialResult, Pause
from agentdesk.core.records import (
    CallerInfo,
    CallRecord,
    Disposition,
    DispositionForm,
    QueueFigures,
    QueueMembership,
    Recording,
    history_notes,
)
from agentdesk.core.relay_link import RelayLink
from agentdesk.core.shift import PhoneStatus, WaitingCall
from agentdesk.core.sms import SmsLimits, SmsSent
from agentdesk.core.team import Colleague, TransferQueue, TransferTarget
from agentdesk.core.webhooks import WebhookFigures


class Backend(abc.ABC):
    """One vendor, one agent, one connection."""

    vendor: str = ""  # the profile's vendor key, e.g. "daktela"
    display_name: str = ""  # as agents know it, e.g. "Daktela"
    # How this vendor places a call, when agents would not expect it (English, marked with
    # QT_TRANSLATE_NOOP in context "VendorText" for the GUI to translate); "" when plain.
    dial_note: str = ""
    capabilities: frozenset[Capability] = frozenset()
    # Capabilities the vendor documents that this profile cannot have, and why (not in
    # ``capabilities``): the GUI and ``ctl`` say so instead of "not documented".
    unavailable: Mapping[Capability, Unavailable] = MappingProxyType({})
    # What the vendor's document says of the texts it sends, with Capability.SMS.
    sms_limits: SmsLimits | None = None

    def supports(self, capability: Capability) -> bool:
        return capability in self.capabilities

    def unavailable_error(self, capability: Capability) -> AgentDeskError:
        """The error for asking ``capability`` of a backend that does not offer it: which
        option the profile lacks, why else this profile cannot have it, or that the vendor
        does not document it."""
        reason = self.unavailable.get(capability)
        if reason is not None and reason.option:
            return OptionNeededError(capability, reason.option)
        if reason is not None:
            return NotSupportedError(str(reason), reason=reason)
        return NotSupportedError(f"{self.vendor} does not document {capability.value}")

    def _require(self, capability: Capability) -> None:
        if capability not in self.capabilities:
            raise self.unavailable_error(capability)

    def _offer_with_options(self, *needs: tuple[Capability, str, bool]) -> None:
        """Keep of the class's capabilities those whose profile option is set: each of
        ``needs`` is (capability, the option it needs, whether the profile has it)."""
        missing = {
            capability: Unavailable.needs_option(option)
            for capability, option, present in needs
            if not present
        }
        self.unavailable = MappingProxyType({**self.unavailable, **missing})
        self.capabilities = type(self).capabilities - missing.keys()

    @abc.abstractmethod
    async def status(self) -> AgentStatus:
        """The agent's status now. Raises AuthenticationError, VendorError, TransientError."""

    @abc.abstractmethod
    def watch(self) -> AsyncIterator[Event]:
        """Status and call events as they happen, starting with the current status.

        The iterator ends only by raising (TransientError when the vendor is out of reach,
        AuthenticationError when the secret is refused); the session restarts it.
        """

    async def pauses(self) -> list[Pause]:
        """The not-ready reasons the agent may choose."""
        self._require(Capability.PAUSE)
        return []

    async def pause(self, pause_id: str) -> None:
        self._require(Capability.PAUSE)

    async def unpause(self) -> None:
        """Back to Ready."""
        self._require(Capability.PAUSE)

    async def dial(self, number: str) -> DialResult:
        self._require(Capability.DIAL)
        return DialResult()

    async def cancel_dial(self, dial_id: str) -> None:
        """Take back a dial the vendor has queued and not placed yet (``DialResult.call_id``)."""
        self._require(Capability.CANCEL_DIAL)

    async def answer(self) -> None:
        self._require(Capability.ANSWER)

    async def hangup(self) -> None:
        self._require(Capability.HANGUP)

    async def caller_info(self, number: str) -> CallerInfo | None:
        """What the vendor knows of ``number`` (name, last agent and queue), or None."""
        self._require(Capability.CALLER_LOOKUP)
        return None

    async def disposition_form(self, call_id: str) -> DispositionForm | None:
        """The form the vendor wants filled in for ``call_id``; None when it wants none."""
        self._require(Capability.DISPOSITION)
        return None

    async def dispose(self, disposition: Disposition) -> None:
        """Save the agent's disposition; VendorError with the vendor's words when refused."""
        self._require(Capability.DISPOSITION)

    async def history(
        self, since: datetime, until: datetime | None = None, *, limit: int = 1000
    ) -> list[CallRecord]:
        """The agent's finished calls from ``since`` (aware) until ``until`` or now, newest
        first, at most ``limit``; a :class:`~agentdesk.core.records.CallHistory` with notes
        when a part of the history could not be read but the rest could."""
        self._require(Capability.HISTORY)
        return []

    async def recording(self, call_id: str) -> Recording:
        """The recording of a finished call; VendorError when there is none."""
        self._require(Capability.RECORDINGS)
        raise NotSupportedError(f"{self.vendor} has no recordings")  # pragma: no cover

    async def queue_figures(self) -> list[QueueFigures]:
        """Calls waiting and agents ready, per queue the agent works in."""
        self._require(Capability.QUEUE_STATS)
        return []

    async def queues(self) -> list[QueueMembership]:
        """The queues the agent may log in to, and where they are logged in now."""
        self._require(Capability.QUEUE_LOGIN)
        return []

    async def queue_login(self, queue_id: str) -> None:
        """Start taking calls from ``queue_id``."""
        self._require(Capability.QUEUE_LOGIN)

    async def queue_logout(self, queue_id: str) -> None:
        """Stop taking calls from ``queue_id``."""
        self._require(Capability.QUEUE_LOGIN)

    async def today(self) -> MyDay:
        """The agent's day so far (from local midnight). This default counts the calls of
        :meth:`history`; a backend whose vendor keeps statistics of pauses and sessions
        adds them."""
        self._require(Capability.MY_DAY)
        since = start_of_today()
        records = await self.history(since)
        return tally_calls(since, datetime.now(since.tzinfo), records, notes=history_notes(records))

    async def caller_flags(self, number: str) -> CallerFlags:
        """Whether ``number`` is on the vendor's VIP or block lists."""
        self._require(Capability.CALLER_FLAGS)
        return CallerFlags(number)

    async def block(self, number: str) -> None:
        """Put ``number`` on the vendor's blacklist; VendorError with its words if refused."""
        self._require(Capability.BLOCKING)

    async def unblock(self, number: str) -> None:
        """Take ``number`` off the vendor's blacklist."""
        self._require(Capability.BLOCKING)

    async def send_sms(self, number: str, text: str) -> SmsSent:
        """Send ``text`` to ``number``; VendorError with the vendor's words if refused."""
        self._require(Capability.SMS)
        return SmsSent()

    async def transfer(self, target: TransferTarget) -> None:
        """Pass the agent's live call on to ``target``; VendorError in the vendor's words
        when it refuses (no call, an unknown colleague or queue)."""
        self._require(Capability.TRANSFER)

    async def transfer_queues(self) -> list[TransferQueue]:
        """The queues a call can be transferred to."""
        self._require(Capability.TRANSFER)
        return []

    async def colleagues(self) -> list[Colleague]:
        """The call centre's agents other than this one, with their live states."""
        self._require(Capability.TEAM)
        return []

    async def waiting_calls(self) -> list[WaitingCall]:
        """The callers waiting now in the agent's queues, longest waiting first."""
        self._require(Capability.QUEUE_PICKUP)
        return []

    async def pickup(self, call_id: str) -> None:
        """Take the waiting call ``call_id``; VendorError in the vendor's words when it is
        no longer waiting."""
        self._require(Capability.QUEUE_PICKUP)

    async def shift_login(self, extension: str | None = None) -> None:
        """Log in to the call centre, at ``extension`` or the agent's usual one."""
        self._require(Capability.SHIFT_LOGIN)

    async def shift_logout(self) -> None:
        """Log out of the call centre (all queues; the extension is freed)."""
        self._require(Capability.SHIFT_LOGOUT)

    async def phone_status(self) -> PhoneStatus | None:
        """The agent's desk phone as the vendor sees it; None when no extension is known."""
        self._require(Capability.PHONE_STATUS)
        return None

    def set_attention(self, visible: bool) -> None:
        """Whether the agent can see AgentDesk's window now. Backends that poll their vendor
        poll less often while it is hidden and no call is live
        (:mod:`agentdesk.backends.polling`); others ignore it. Until told, a backend takes the
        window as visible."""
        return None

    def use_contacts(self, lookup: Callable[[str], CallerInfo | None]) -> None:
        """The agent's local contacts, for vendors that ask the desktop who is calling
        (MegaFon's ``contact`` command); ``lookup`` takes an E.164 number. Others ignore it."""
        return None

    async def start_receiver(self) -> str | None:
        """Start the receiver the vendor posts its events to, for backends that run one
        (``watch`` starts it too); the URL the vendor must post to, or None without one."""
        return None

    def webhook_figures(self) -> WebhookFigures | None:
        """What the backend's webhook receiver has accepted, refused and lost so far, for the
        connection details and the diagnostics; None for backends without a receiver."""
        return None

    def relay_link(self) -> RelayLink | None:
        """The company relay's stream the backend reads its webhooks from, for the connection
        details and the diagnostics; None when it reads none."""
        return None

    async def aclose(self) -> None:
        """Release connections; the backend is not used afterwards."""
        return None
