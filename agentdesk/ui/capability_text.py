"""What each capability is called in the agent's words, and why a profile lacks one, for the
places that explain a hidden capability (the connection details, tooltips, the call card)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from agentdesk.core import Capability, Unavailable
from agentdesk.ui.text import fill


def capability_label(capability: Capability) -> str:
    labels = {
        Capability.LIVE_STATE: QCoreApplication.translate("Capability", "Live state and calls"),
        Capability.PAUSE: QCoreApplication.translate("Capability", "Pauses"),
        Capability.DIAL: QCoreApplication.translate("Capability", "Dialling"),
        Capability.CANCEL_DIAL: QCoreApplication.translate(
            "Capability", "Cancelling a queued call"
        ),
        Capability.ANSWER: QCoreApplication.translate("Capability", "Answering"),
        Capability.HANGUP: QCoreApplication.translate("Capability", "Hanging up"),
        Capability.TRANSFER: QCoreApplication.translate("Capability", "Transfer"),
        Capability.DISPOSITION: QCoreApplication.translate("Capability", "Wrap-up forms"),
        Capability.HISTORY: QCoreApplication.translate("Capability", "Recent calls"),
        Capability.RECORDINGS: QCoreApplication.translate("Capability", "Recordings"),
        Capability.QUEUE_STATS: QCoreApplication.translate("Capability", "Queue figures"),
        Capability.QUEUE_LOGIN: QCoreApplication.translate("Capability", "Queue log-in"),
        Capability.CALLER_LOOKUP: QCoreApplication.translate("Capability", "Caller details"),
        Capability.MY_DAY: QCoreApplication.translate("Capability", "My day"),
        Capability.CALLER_FLAGS: QCoreApplication.translate("Capability", "VIP and block lists"),
        Capability.BLOCKING: QCoreApplication.translate("Capability", "Blocking callers"),
        Capability.SMS: QCoreApplication.translate("Capability", "Text messages"),
        Capability.TEAM: QCoreApplication.translate("Capability", "Colleagues"),
        Capability.QUEUE_PICKUP: QCoreApplication.translate(
            "Capability", "Picking up waiting callers"
        ),
        Capability.SHIFT_LOGIN: QCoreApplication.translate(
            "Capability", "Logging in to the call centre"
        ),
        Capability.SHIFT_LOGOUT: QCoreApplication.translate(
            "Capability", "Logging out of the call centre"
        ),
        Capability.PHONE_STATUS: QCoreApplication.translate("Capability", "Phone status"),
    }
    return labels[capability]


def unavailable_text(reason: Unavailable) -> str:
    """``reason`` in the agent's language (its text is marked in context "VendorText")."""
    return fill(QCoreApplication.translate("VendorText", reason.text), *reason.values)


def hidden_lines(unavailable: Mapping[Capability, Unavailable]) -> list[str]:
    """One line per capability the profile lacks, ``capability: why``, in Capability's order."""
    template = QCoreApplication.translate("Capability", "%1: %2")
    return [
        fill(template, capability_label(capability), unavailable_text(unavailable[capability]))
        for capability in Capability
        if capability in unavailable
    ]
