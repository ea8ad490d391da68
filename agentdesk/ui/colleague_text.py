"""How a colleague's state reads, the same in the Team view and the transfer picker."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from agentdesk.core import Colleague
from agentdesk.ui.caller_card import format_duration
from agentdesk.ui.state_style import pause_title, state_label
from agentdesk.ui.text import fill


def state_text(colleague: Colleague) -> str:
    """ "Ready", "Paused: Lunch", "Offline"."""
    label = state_label(colleague.state)
    if colleague.pause is None:
        return label
    template = QCoreApplication.translate("Colleague", "%1: %2")
    return fill(template, label, pause_title(colleague.pause))


def time_in_state(colleague: Colleague, now: datetime) -> str:
    """How long they have been in the state ("3:12"), "" when the vendor does not say."""
    if colleague.since is None:
        return ""
    return format_duration((now - colleague.since).total_seconds())


def one_line(colleague: Colleague, now: datetime) -> str:
    """ "Karel Dvořák — Ready 3:12 · ext. 207", for lists and screen readers."""
    state = " ".join(
        part for part in (state_text(colleague), time_in_state(colleague, now)) if part
    )
    if colleague.extension:
        template = QCoreApplication.translate("Colleague", "%1 — %2 · ext. %3")
        return fill(template, colleague.name, state, colleague.extension)
    return fill(QCoreApplication.translate("Colleague", "%1 — %2"), colleague.name, state)
