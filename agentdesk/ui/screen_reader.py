"""What a screen reader hears beyond the focused control: spoken announcements, and the roles of
widgets that Qt would otherwise present as anonymous "filler" panels.

Announcements go through Qt's accessibility bridge (``QAccessibleAnnouncementEvent``, Qt 6.8+;
on Linux an AT-SPI ``object:announcement`` event that Orca speaks, on Windows a UI Automation
notification, on macOS a VoiceOver announcement). Nothing is sent while no assistive
technology is listening (``QAccessible.isActive()`` is false).

Roles: Qt gives a plain ``QWidget``/``QFrame`` the role "client", which AT-SPI calls "filler"
and screen readers skip. :func:`give_role` makes a widget class say what it is (a
notification, a group), through one accessibility factory installed on first use.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

Role = QAccessible.Role

_ROLES: dict[str, Role] = {}  # Qt class name (a Python class's own name) → role
_factory_installed = False


def give_role(widget_class: type[QWidget], role: Role) -> None:
    """Present every ``widget_class`` (by its class name, as Qt's factories see it) to
    assistive technologies with ``role``; its accessible name and description stay the
    widget's own (:meth:`QWidget.setAccessibleName`, ``setAccessibleDescription``)."""
    global _factory_installed
    _ROLES[widget_class.__name__] = role
    if not _factory_installed:
        QAccessible.installFactory(_interface_for)
        _factory_installed = True


def _interface_for(class_name: str, target: QObject) -> QAccessibleInterface | None:
    # Called by Qt for every class in the hierarchy of every object it describes: keep it a
    # lookup. PySide keeps the returned interface alive; Qt deletes it with its widget.
    role = _ROLES.get(class_name)
    if role is None or not isinstance(target, QWidget):
        return None
    return QAccessibleWidget(target, role, "")


POLITE: Final = QAccessible.AnnouncementPoliteness.Polite
ASSERTIVE: Final = QAccessible.AnnouncementPoliteness.Assertive


class Announcer(QObject):
    """Says short sentences to the agent's screen reader.

    Signals:
        announced(str, bool): the text, and whether it was assertive (interrupts what the
            screen reader is saying); emitted whether or not a screen reader listens, so that
            tests and logs can follow what would have been said.
    """

    announced = Signal(str, bool)

    def announce(self, source: QObject, text: str, *, assertive: bool = False) -> None:
        """Announce ``text`` as coming from ``source`` (a widget whose window the screen
        reader may name); polite waits for the screen reader to finish what it says."""
        if not text:
            return
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(source, text)
            event.setPoliteness(ASSERTIVE if assertive else POLITE)
            QAccessible.updateAccessibility(event)
        self.announced.emit(text, assertive)
