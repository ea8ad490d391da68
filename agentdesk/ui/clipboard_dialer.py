"""Call the number in the clipboard, on request or when one is copied.

The action "Call the number in the clipboard" has the shortcut Ctrl+Shift+D ("dial"):
Ctrl+Shift+V pastes without formatting in many text fields, so it would clash there. The
shortcut works while an AgentDesk window is active (Qt has no system-wide shortcuts); the
same action sits in the tray menu for when the window is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QClipboard, QGuiApplication, QKeySequence

from agentdesk.phone import DEFAULT_REGION, PhoneNumber, find_numbers
from agentdesk.ui.messages import MessageBus

SHORTCUT = "Ctrl+Shift+D"
# Marks text AgentDesk itself copied (a caller's number), so the watcher does not offer to
# call what the agent just copied out of AgentDesk.
OWN_COPY_FORMAT = "application/x-agentdesk-copy"
# A copied phone number is short; a copied document is not worth scanning on every copy.
MAX_WATCHED_CHARS = 4096
# A selection may be a whole page; the number is near the start of what the agent marked.
MAX_SELECTION_CHARS = 20_000
DEBOUNCE_MS = 250


def copy_text(text: str, clipboard: QClipboard | None = None) -> None:
    """Put ``text`` on the clipboard as AgentDesk's own copy (the watcher ignores it)."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(OWN_COPY_FORMAT, b"1")
    (clipboard or QGuiApplication.clipboard()).setMimeData(mime)


class ClipboardDialer(QObject):
    """Finds phone numbers in the clipboard.

    Signals:
        dial_requested(str): the clipboard held one number (E.164); call it.
        choice_needed(list): the clipboard held several numbers (list of PhoneNumber, first
            to last); let the agent choose one.
        offer(PhoneNumber): while watching, a text with one phone number was copied (not by
            AgentDesk); offer to call it.
        confirm_needed(list): the selected text held these numbers (list of PhoneNumber);
            ask which to call (or whether to call the one), wherever the agent is working.
    """

    dial_requested = Signal(str)
    choice_needed = Signal(list)
    offer = Signal(object)
    confirm_needed = Signal(list)

    def __init__(
        self,
        bus: MessageBus,
        *,
        region: str = DEFAULT_REGION,
        clipboard: QClipboard | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._region = region
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._watching = False
        self._last_offered: str | None = None

        self.action = QAction(self.tr("Call the number in the clipboard"), self)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setStatusTip(self.tr("Finds a phone number in the copied text and calls it"))
        self.action.triggered.connect(self.call_clipboard)
        self.confirm_selection = True
        """Ask before calling a number found in the selection (a setting)."""
        self.selection_action = QAction(self.tr("Call the selected number"), self)
        self.selection_action.setStatusTip(
            self.tr("Finds a phone number in the text selected in any application and calls it")
        )
        self.selection_action.triggered.connect(self.dial_selection)

        # Some platforms announce one copy several times (X11 selection owners, Windows
        # clipboard viewers); wait until the clipboard settles.
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self.debounce.timeout.connect(self._check_copied)

    def set_region(self, region: str) -> None:
        self._region = region

    @property
    def watching(self) -> bool:
        return self._watching

    def set_watching(self, watching: bool) -> None:
        """Offer to call numbers as they are copied (off by default)."""
        if watching == self._watching:
            return
        self._watching = watching
        if watching:
            self._clipboard.dataChanged.connect(self.debounce.start)
        else:
            self._clipboard.dataChanged.disconnect(self.debounce.start)
            self.debounce.stop()

    def call_clipboard(self) -> None:
        """Dial the clipboard's number, ask which one, or tell the agent there is none."""
        numbers = find_numbers(self._clipboard.text(), self._region)
        if not numbers:
            self._bus.info(self.tr("The clipboard holds no phone number."))
        elif len(numbers) == 1:
            self.dial_requested.emit(numbers[0].e164)
        else:
            self.choice_needed.emit(numbers)

    def dial_selection(self) -> None:
        """The global shortcut: the number in the text selected anywhere (X11's and Wayland's
        primary selection; the clipboard where there is none), called after a confirmation."""
        text = self.selection_text()
        numbers = find_numbers(text[:MAX_SELECTION_CHARS], self._region)
        if not numbers:
            self._bus.info(self.tr("The selected text holds no phone number."))
        elif len(numbers) == 1 and not self.confirm_selection:
            self.dial_requested.emit(numbers[0].e164)
        else:
            self.confirm_needed.emit(numbers)

    def selection_text(self) -> str:
        if self._clipboard.supportsSelection():
            selected = self._clipboard.text(QClipboard.Mode.Selection)
            if selected.strip():
                return selected
        return self._clipboard.text()

    def _check_copied(self) -> None:
        mime = self._clipboard.mimeData()
        if mime is None or not mime.hasText() or mime.hasFormat(OWN_COPY_FORMAT):
            return
        if self._clipboard.ownsClipboard():  # copied inside AgentDesk (a field, a label)
            return
        text = mime.text()
        if len(text) > MAX_WATCHED_CHARS:
            return
        numbers = find_numbers(text, self._region, limit=2)
        if len(numbers) != 1:
            self._last_offered = None
            return
        number: PhoneNumber = numbers[0]
        # One copy announced twice, or the same number copied again: not a new reason to ask.
        if number.e164 == self._last_offered:
            return
        self._last_offered = number.e164
        self.offer.emit(number)
