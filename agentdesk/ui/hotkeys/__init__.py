"""System-wide ("global") keyboard shortcuts: answer, hang up, toggle Ready, dial the selected
text and show AgentDesk while another application has the focus.

One interface, :class:`GlobalShortcuts`, over one mechanism per desktop, chosen by
:func:`create_global_shortcuts`: the XDG desktop portal (``portal.py``, Wayland and Flatpak),
an X11 key grab (``x11_grab.py``), RegisterHotKey (``windows_hotkeys.py``), or none
(``unavailable.py``). ``key_chords.py`` spells one key chord for each of them.
"""

from agentdesk.ui.hotkeys.actions import (
    ACTION_IDS,
    ACTION_LABELS,
    DEFAULT_SHORTCUTS,
    MECHANISM_LABELS,
)
from agentdesk.ui.hotkeys.global_shortcuts import GlobalShortcuts
from agentdesk.ui.hotkeys.selection import create_global_shortcuts

__all__ = [
    "ACTION_IDS",
    "ACTION_LABELS",
    "DEFAULT_SHORTCUTS",
    "MECHANISM_LABELS",
    "GlobalShortcuts",
    "create_global_shortcuts",
]
