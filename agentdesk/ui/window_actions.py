"""The main window's menu actions and their keyboard shortcuts, in one place.

Shortcuts use Ctrl+Shift so that they never clash with what the focused text field does with
Ctrl alone (copy, paste, select all).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class WindowActions(QObject):
    """Every command of the main window as a QAction, placed in the window's menu bar.

    The window connects their ``triggered`` signals; the tray menu reuses some of them.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)

        def action(text: str, shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
            item = QAction(text, window)
            if shortcut is not None:
                item.setShortcut(QKeySequence(shortcut))
            window.addAction(item)  # shortcuts work even while the menu bar is hidden
            return item

        self.settings = action(self.tr("&Settings…"), "Ctrl+,")
        self.import_contacts = action(self.tr("&Import contacts…"))
        self.diagnostics = action(self.tr("Save &diagnostics…"))
        # Spelled out: the platform's StandardKey.Quit is empty on some desktops.
        self.quit = action(self.tr("&Quit"), "Ctrl+Q")

        self.answer = action(self.tr("&Answer"), "Ctrl+Shift+A")
        self.hangup = action(self.tr("&Hang up"), "Ctrl+Shift+H")
        self.ready = action(self.tr("&Ready"), "Ctrl+Shift+R")
        self.focus_dial = action(self.tr("&Number to call"), "Ctrl+L")

        self.show_now = action(self.tr("&Now"), "Ctrl+1")
        self.show_history = action(self.tr("&Recent calls"), "Ctrl+2")

        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.settings)
        file_menu.addAction(self.import_contacts)
        file_menu.addAction(self.diagnostics)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        self.call_menu: QMenu = bar.addMenu(self.tr("&Call"))
        self.call_menu.addAction(self.answer)
        self.call_menu.addAction(self.hangup)
        self.call_menu.addSeparator()
        self.call_menu.addAction(self.focus_dial)
        self.call_menu.addSeparator()
        self.call_menu.addAction(self.ready)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.show_now)
        view_menu.addAction(self.show_history)

    def add_call_action(self, action: QAction) -> None:
        """Another way to start a call (the clipboard dialer's action), in the Call menu."""
        self.call_menu.insertAction(self.focus_dial, action)
