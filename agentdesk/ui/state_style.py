"""How each agent state looks: its colour and its human label, shared by badge and tray."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from agentdesk.core import AgentState, Pause
from agentdesk.session import Refusal

_COLOURS: dict[AgentState, str] = {
    AgentState.READY: "#2e9d5b",  # green: calls may come
    AgentState.PAUSED: "#d9961a",  # amber: not taking calls
    AgentState.RINGING: "#2f7fd8",  # blue: a call is waiting for the agent
    AgentState.TALKING: "#d2453f",  # red: busy with a caller
    AgentState.ON_HOLD: "#b5544f",  # muted red: still busy, caller waiting
    AgentState.WRAP_UP: "#8a5cc7",  # purple: after-call work
    AgentState.LOGGED_IN: "#7d848c",
    AgentState.OFFLINE: "#a3a9b0",
}


def state_colour(state: AgentState) -> QColor:
    return QColor(_COLOURS[state])


def state_colour_name(state: AgentState) -> str:
    return _COLOURS[state]


def state_label(state: AgentState) -> str:
    """The state in the agent's words, translated."""
    labels = {
        AgentState.OFFLINE: QCoreApplication.translate("AgentState", "Offline"),
        AgentState.LOGGED_IN: QCoreApplication.translate("AgentState", "Logged in"),
        AgentState.READY: QCoreApplication.translate("AgentState", "Ready"),
        AgentState.PAUSED: QCoreApplication.translate("AgentState", "Paused"),
        AgentState.RINGING: QCoreApplication.translate("AgentState", "Ringing"),
        AgentState.TALKING: QCoreApplication.translate("AgentState", "On a call"),
        AgentState.ON_HOLD: QCoreApplication.translate("AgentState", "On hold"),
        AgentState.WRAP_UP: QCoreApplication.translate("AgentState", "Wrap-up"),
    }
    return labels[state]


def refusal_text(refusal: Refusal) -> str:
    """Why an action is not possible now, in the agent's words."""
    texts = {
        Refusal.NOT_OFFERED: QCoreApplication.translate(
            "Refusal", "Your call centre does not offer this"
        ),
        Refusal.NEEDS_OPTION: QCoreApplication.translate(
            "Refusal", "Your profile lacks an option this needs"
        ),
        Refusal.NOT_CONNECTED: QCoreApplication.translate(
            "Refusal", "Not connected to the call centre"
        ),
        Refusal.NOTHING_RINGING: QCoreApplication.translate("Refusal", "No call is ringing"),
        Refusal.NO_CALL: QCoreApplication.translate("Refusal", "No call in progress"),
        Refusal.IN_CALL: QCoreApplication.translate("Refusal", "Not during a call"),
        Refusal.OFFLINE: QCoreApplication.translate(
            "Refusal", "You are not signed in to the call centre"
        ),
        Refusal.ALREADY_READY: QCoreApplication.translate("Refusal", "Already Ready"),
    }
    return texts[refusal]


def pause_title(pause: Pause) -> str:
    """A pause's title for the agent: the vendor's own words, or our translation of the few
    a backend names itself (MegaFon's "Do not disturb", marked in context "VendorText")."""
    return QCoreApplication.translate("VendorText", pause.title)
