"""How each agent state looks: its colour and its human label, shared by badge and tray."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from agentdesk.core import AgentState
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
    tr = QCoreApplication.translate
    labels = {
        AgentState.OFFLINE: tr("AgentState", "Offline"),
        AgentState.LOGGED_IN: tr("AgentState", "Logged in"),
        AgentState.READY: tr("AgentState", "Ready"),
        AgentState.PAUSED: tr("AgentState", "Paused"),
        AgentState.RINGING: tr("AgentState", "Ringing"),
        AgentState.TALKING: tr("AgentState", "On a call"),
        AgentState.ON_HOLD: tr("AgentState", "On hold"),
        AgentState.WRAP_UP: tr("AgentState", "Wrap-up"),
    }
    return labels[state]


def refusal_text(refusal: Refusal) -> str:
    """Why an action is not possible now, in the agent's words."""
    tr = QCoreApplication.translate
    texts = {
        Refusal.NOT_OFFERED: tr("Refusal", "Your call centre does not offer this"),
        Refusal.NOT_CONNECTED: tr("Refusal", "Not connected to the call centre"),
        Refusal.NOTHING_RINGING: tr("Refusal", "No call is ringing"),
        Refusal.NO_CALL: tr("Refusal", "No call in progress"),
        Refusal.IN_CALL: tr("Refusal", "Not during a call"),
        Refusal.OFFLINE: tr("Refusal", "You are not signed in to the call centre"),
        Refusal.ALREADY_READY: tr("Refusal", "You are already ready"),
    }
    return texts[refusal]
