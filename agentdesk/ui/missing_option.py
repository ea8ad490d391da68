"""What the agent reads where a control would be, when the vendor documents it but the profile
lacks the option it needs (:attr:`agentdesk.core.Unavailable.option`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentdesk.core import Capability
from agentdesk.ui.text import fill


def missing_option_text(capability: Capability, option: str) -> str:
    """ "Set the profile option statuses to offer pauses.", in the agent's language."""
    texts = {
        Capability.PAUSE: QCoreApplication.translate(
            "MissingOption", "Set the profile option %1 to offer pauses."
        ),
        Capability.DIAL: QCoreApplication.translate(
            "MissingOption", "Set the profile option %1 to dial from AgentDesk."
        ),
        Capability.CANCEL_DIAL: QCoreApplication.translate(
            "MissingOption", "Set the profile option %1 to take back a dial."
        ),
        Capability.DISPOSITION: QCoreApplication.translate(
            "MissingOption", "Set the profile option %1 to offer a wrap-up after calls."
        ),
        Capability.LIVE_STATE: QCoreApplication.translate(
            "MissingOption", "Set the profile option %1 to see calls while they ring."
        ),
    }
    text = texts.get(capability) or QCoreApplication.translate(
        "MissingOption", "Set the profile option %1 to use this."
    )
    return fill(text, option)
