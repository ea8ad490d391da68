"""Secret-valued options in the profile editor's table (``relay_token``, ``crm_token``,
``webhook_secret``...): the cell says where the value is kept, never the value, and is edited
in a password field.

A secret row's value item holds the value the editor knows (typed, or read from a profiles
file the keyring could not take it from) in :data:`VALUE_ROLE`, and its :class:`SecretState`
in :data:`STATE_ROLE`; its text is only ever the state's placeholder, so neither the table,
its tooltips, a screen reader nor a screenshot can show the value.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QWidget,
)

from agentdesk.redaction import register_secret

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class SecretState(StrEnum):
    """Where a secret option's value is."""

    EMPTY = "empty"  # nothing typed, nothing stored
    TYPED = "typed"  # typed here, kept in the keyring on Save
    KEYRING = "keyring"  # stored in the keyring (the editor never reads it)
    FILE = "file"  # left in profiles.toml by a keyring that could not take it


def state_text(state: SecretState) -> str:
    """The placeholder a cell shows for ``state``."""
    if state is SecretState.TYPED:
        return QCoreApplication.translate(
            "SecretOption", "•••••• typed, kept in the keyring on Save"
        )
    if state is SecretState.KEYRING:
        return QCoreApplication.translate("SecretOption", "•••••• kept in the keyring")
    if state is SecretState.FILE:
        return QCoreApplication.translate(
            "SecretOption", "•••••• in the profiles file until the keyring can take it"
        )
    return ""


def secret_hint() -> str:
    """What a secret cell's tooltip adds to the option's hint."""
    return QCoreApplication.translate(
        "SecretOption", "Double-click to type a new value; it is kept in the keyring, never shown."
    )


def show_secret(item: QTableWidgetItem, value: str, state: SecretState) -> None:
    """Make ``item`` a secret cell holding ``value`` (may be empty) in ``state``."""
    register_secret(value)
    item.setData(VALUE_ROLE, value)
    item.setData(STATE_ROLE, state.value)
    item.setText(state_text(state))


def secret_state(item: QTableWidgetItem) -> SecretState | None:
    """``item``'s state; None when it is not a secret cell."""
    state = item.data(STATE_ROLE)
    return SecretState(state) if state else None


def secret_value(item: QTableWidgetItem) -> str:
    """The value a secret cell holds ("" for one kept only in the keyring, or empty)."""
    return str(item.data(VALUE_ROLE) or "")


class SecretValueDelegate(QStyledItemDelegate):
    """Edits the value column: a password field for the rows ``is_secret(row)`` names (empty
    when it opens; left empty, the value is kept), the usual editor for the rest."""

    def __init__(self, is_secret: Callable[[int], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_secret = is_secret

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        if not self._is_secret(index.row()):
            return super().createEditor(parent, option, index)
        edit = QLineEdit(parent)
        edit.setObjectName("secretOptionEdit")
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        kept = index.data(STATE_ROLE) not in (None, SecretState.EMPTY.value)
        edit.setPlaceholderText(
            QCoreApplication.translate("SecretOption", "Leave empty to keep the stored value")
            if kept
            else QCoreApplication.translate("SecretOption", "Type the value")
        )
        edit.setAccessibleName(QCoreApplication.translate("SecretOption", "Secret value"))
        return edit

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if _is_password_edit(editor):
            return  # opens empty: the value is never put back on screen
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if not _is_password_edit(editor):
            super().setModelData(editor, model, index)
            return
        assert isinstance(editor, QLineEdit)
        typed = editor.text().strip()
        if not typed:
            return  # empty keeps what the cell holds
        register_secret(typed)
        model.setData(index, typed, VALUE_ROLE)
        model.setData(index, SecretState.TYPED.value, STATE_ROLE)
        model.setData(index, state_text(SecretState.TYPED), Qt.ItemDataRole.DisplayRole)


def _is_password_edit(editor: QWidget) -> bool:
    return isinstance(editor, QLineEdit) and editor.echoMode() == QLineEdit.EchoMode.Password
