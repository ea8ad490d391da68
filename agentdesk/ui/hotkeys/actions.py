"""What an agent can do from anywhere on the desktop, the keys offered for it out of the box,
and the names of the mechanisms that can deliver those keys.

The texts are plain English; the settings page wraps them for translation where it shows them.
"""

from __future__ import annotations

from typing import Final

ACTION_IDS: Final = ("answer", "hangup", "toggle_ready", "dial_selection", "show_window")

# Portable QKeySequence text (what QKeySequenceEdit produces and settings store).
DEFAULT_SHORTCUTS: Final[dict[str, str]] = {
    "answer": "Ctrl+Alt+A",
    "hangup": "Ctrl+Alt+H",
    "toggle_ready": "Ctrl+Alt+R",
    "dial_selection": "Ctrl+Alt+D",
    "show_window": "Ctrl+Alt+W",
}

# The desktop portal shows these to the agent in its own "allow shortcuts" dialog.
ACTION_LABELS: Final[dict[str, str]] = {
    "answer": "Answer the call",
    "hangup": "Hang up",
    "toggle_ready": "Toggle Ready / pause",
    "dial_selection": "Dial the selected text",
    "show_window": "Show or hide AgentDesk",
}

MECHANISM_LABELS: Final[dict[str, str]] = {
    "portal": "Desktop portal (system settings manage the keys)",
    "x11": "X11 key grab",
    "windows": "Windows hot keys",
    "none": "Not available on this desktop",
}
