"""The mechanism of last resort: no global shortcuts, and a reason the settings page can show."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from agentdesk.ui.hotkeys.global_shortcuts import GlobalShortcuts


class NoGlobalShortcuts(GlobalShortcuts):
    """Binds nothing; every shortcut asked for is in :meth:`taken` with ``reason``."""

    mechanism = "none"

    def __init__(self, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reason = reason

    def bind(self, shortcuts: Mapping[str, str]) -> None:
        self._settle({}, {action: self.reason for action, text in shortcuts.items() if text})
