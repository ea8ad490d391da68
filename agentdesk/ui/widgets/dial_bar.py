"""A number field and a Call button; refuses junk before any request is sent.

What may be dialled is :func:`agentdesk.phone.dial_target`'s rule (shared with ``agentdesk
ctl dial``): an internal number of 2 to 6 digits, ``*`` and ``#`` as typed, else a phone
number read in the bar's region (default "CZ") and dialled in E.164 ("601 234 567" →
"+420601234567").

The field completes from the local contacts (names and numbers); choosing a contact (click or
Tab) puts its number in the field, and Enter on it also calls it, as on a phone's contact
search. Under the field a hint says how the number will be read ("Calls +420 601 234 567 ·
Jana Nováková"), or an error says why it cannot be dialled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agentdesk.phone import (
    DEFAULT_REGION,
    NumberError,
    dial_target,
    for_humans,
    internal_number,
    normalise_number,
    parse,
)
from agentdesk.ui.text import fill

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # the completion's number, put in the field
COMPLETION_LIMIT = 12
POPUP_MAX_WIDTH = 480
LABEL_INDENT = 9  # lines the hint and the error up with the text inside the field


if TYPE_CHECKING:
    from agentdesk.store.contacts import ContactDirectory


class DialBar(QWidget):
    """Type a number (or a contact's name), press Enter or Call.

    Signals:
        dial_requested(str): the agent asked to call this number: E.164, or an internal
            number as typed. Only emitted while calling is allowed.
        set_aside(str, str): a number from elsewhere (:meth:`dial_now`) that cannot be called
            now and may not take the field's place, since the field holds what the agent
            typed; with why it cannot be called now.
    """

    dial_requested = Signal(str)
    set_aside = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._allowed = False
        self._why_not: str | None = None
        self._region = DEFAULT_REGION
        self._contacts: ContactDirectory | None = None
        self._placed = ""  # what dial_now last put in the field (not the agent's typing)

        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("Number or contact to call"))
        self.number_edit.setAccessibleName(self.tr("Number to call"))
        self.number_edit.setClearButtonEnabled(True)
        self.number_edit.returnPressed.connect(self.submit)
        self.number_edit.textEdited.connect(self._on_text_edited)
        self.number_edit.textChanged.connect(self._update_hint)
        self.call_button = QPushButton(self.tr("Ca&ll"))
        self.call_button.clicked.connect(self.submit)
        self.hint_text = QLabel()
        self.hint_text.setObjectName("dialHint")
        self.hint_text.setIndent(LABEL_INDENT)
        self.hint_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_text.hide()
        self.error_text = QLabel()
        self.error_text.setObjectName("inlineError")
        self.error_text.setIndent(LABEL_INDENT)
        self.error_text.setWordWrap(True)
        self.error_text.hide()

        self.completion_model = QStandardItemModel(self)
        self.completer = QCompleter(self.completion_model, self)
        # The model holds the directory's own matches (names or numbers); the completer
        # shows them all instead of filtering them again by its prefix rule.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NUMBER_ROLE)
        self.completer.setMaxVisibleItems(COMPLETION_LIMIT)
        # Choosing a line puts its NUMBER_ROLE (the number) in the field, not the label.
        self.number_edit.setCompleter(self.completer)

        row = QHBoxLayout()
        row.addWidget(self.number_edit, 1)
        row.addWidget(self.call_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.hint_text)
        layout.addWidget(self.error_text)

    # -- configuration --

    def set_allowed(self, allowed: bool, why_not: str | None = None) -> None:
        self._allowed = allowed
        self._why_not = why_not
        self.call_button.setEnabled(allowed)
        self.call_button.setToolTip("" if allowed else (why_not or ""))

    def set_region(self, region: str) -> None:
        """How numbers without a country code are read ("CZ": 601 234 567 is +420…)."""
        self._region = region.upper()
        self._update_hint()

    def set_contacts(self, contacts: ContactDirectory | None) -> None:
        """Complete names and numbers from ``contacts``; None turns completion off."""
        self._contacts = contacts
        self.completion_model.clear()
        self._update_hint()

    # -- dialling --

    def submit(self) -> bool:
        """Dial what the field holds; True when :attr:`dial_requested` was emitted."""
        text = self.number_edit.text()
        target = self._target(text)
        if target is None:
            self._show_error(self._refusal(text))
            return False
        if not self._allowed:
            self._show_error(self._not_now())
            return False
        self._clear_error()
        self.dial_requested.emit(target)
        return True

    def dial_now(self, number: str) -> bool:
        """Dial ``number`` from elsewhere (a clicked link, the clipboard, the recent calls);
        True when :attr:`dial_requested` was emitted.

        What the agent typed in the field is never replaced: while the field holds their own
        text, ``number`` is dialled beside it, or, when it cannot be called now, handed back
        through :attr:`set_aside`. Otherwise the field takes ``number``, and keeps it with
        the reason when it cannot be dialled now.
        """
        target = self._target(number)
        if self._holds_typing() and target != self._target(self.number_edit.text()):
            if target is None:
                self._show_error(self._refusal(number))
            elif not self._allowed:
                self.set_aside.emit(target, self._not_now())
            else:
                self.dial_requested.emit(target)
                return True
            return False
        self.number_edit.setText(number)
        self._placed = number
        return self.submit()

    def _holds_typing(self) -> bool:
        text = self.number_edit.text()
        return bool(text.strip()) and text != self._placed

    def _not_now(self) -> str:
        return self.tr("You cannot call now: %1.").replace("%1", self._why_not or "")

    def _target(self, text: str) -> str | None:
        try:
            return dial_target(text, self._region)
        except NumberError:
            return None

    def _refusal(self, text: str) -> str:
        written = text.strip()
        if not written:
            return self.tr("Type a number to call.")
        if not any(ch.isdigit() for ch in written):
            return self.tr("“%1” has no digits.").replace("%1", written)
        if normalise_number(written) is None:
            return self.tr(
                "“%1” is not a phone number: use digits, optionally starting with +."
            ).replace("%1", written)
        return self.tr(
            "“%1” is not a phone number: check the number of digits and the country code."
        ).replace("%1", written)

    # -- hint and completion --

    def _update_hint(self) -> None:
        text = self.number_edit.text()
        hint = self._hint_for(text) if text.strip() else ""
        self.hint_text.setText(hint)
        self.hint_text.setVisible(bool(hint) and self.error_text.isHidden())

    def _hint_for(self, text: str) -> str:
        if normalise_number(text) is None:
            return ""
        internal = internal_number(text)
        if internal is not None:
            return self.tr("Internal number %1").replace("%1", internal)
        try:
            number = parse(text, self._region)
        except NumberError:
            return ""
        known = self._contacts.lookup(number.e164) if self._contacts is not None else None
        if known is not None and known.name:
            return fill(self.tr("Will call %1 · %2"), number.international, known.name)
        # With the country code: the hint is there to show how the number was read.
        return self.tr("Will call %1").replace("%1", number.international)

    def _on_text_edited(self, text: str) -> None:
        self._clear_error()
        self._refresh_completions(text)

    def _refresh_completions(self, text: str) -> None:
        self.completion_model.clear()
        if self._contacts is None or len(text.strip()) < 2:
            return
        for hit in self._contacts.search(text, limit=COMPLETION_LIMIT):
            shown = for_humans(hit.number, self._region)
            label = fill(self.tr("%1 — %2"), hit.contact.name, shown)
            if hit.contact.company and hit.contact.company != hit.contact.name:
                label = fill(self.tr("%1 (%2)"), label, hit.contact.company)
            item = QStandardItem(label)
            item.setData(shown, NUMBER_ROLE)
            item.setEditable(False)
            self.completion_model.appendRow(item)
        # The popup takes the field's width, which cuts "name — number (company)" short.
        popup = self.completer.popup()
        if popup is not None:
            scroll_bar = popup.verticalScrollBar().sizeHint().width()
            popup.setMinimumWidth(
                min(popup.sizeHintForColumn(0) + scroll_bar + 12, POPUP_MAX_WIDTH)
            )

    # -- inline error --

    def _show_error(self, text: str) -> None:
        self.error_text.setText(text)
        self.error_text.show()
        self.hint_text.hide()

    def _clear_error(self) -> None:
        self.error_text.clear()
        self.error_text.hide()
        self.hint_text.setVisible(bool(self.hint_text.text()))
