"""The one interface every global-shortcut mechanism offers to the rest of AgentDesk."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal


class GlobalShortcuts(QObject):
    """Keys that reach AgentDesk while another application has the focus.

    ``mechanism`` says how: ``"portal"`` (the XDG desktop portal; the desktop owns the keys
    and may let the agent change them), ``"x11"`` (a key grab on the X server), ``"windows"``
    (RegisterHotKey) or ``"none"``. Nothing here raises: a key the mechanism could not take
    shows in :meth:`taken`, a mechanism that failed leaves everything there.

    Signals:
        activated(str): the action id whose shortcut was pressed.
        changed(): :meth:`bound` or :meth:`taken` changed (after :meth:`bind`, when the
            desktop answers, or when the agent edits the keys in the desktop's settings).
    """

    activated = Signal(str)
    changed = Signal()

    mechanism: str = "none"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bound: dict[str, str] = {}
        self._taken: dict[str, str] = {}

    def bind(self, shortcuts: Mapping[str, str]) -> None:
        """Replace every binding with ``shortcuts``: action id -> portable QKeySequence text
        (``"Ctrl+Alt+A"``); ``""`` leaves that action unbound. The outcome may arrive later
        (the portal asks the desktop, which may ask the agent): watch :attr:`changed`."""
        raise NotImplementedError

    def bound(self) -> dict[str, str]:
        """Action id -> the keys that now trigger it, as the mechanism describes them."""
        return dict(self._bound)

    def taken(self) -> dict[str, str]:
        """Action id -> why its shortcut does not work (another application holds the keys,
        the mechanism refused them, or there is no mechanism at all)."""
        return dict(self._taken)

    def close(self) -> None:
        """Give every key back to the desktop; the object stays usable only for reading."""

    def _settle(self, bound: dict[str, str], taken: dict[str, str]) -> None:
        self._bound = bound
        self._taken = taken
        self.changed.emit()
