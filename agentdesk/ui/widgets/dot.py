"""A small filled circle in one colour: the state and connection lights."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class ColourDot(QWidget):
    def __init__(self, diameter: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor("#a3a9b0")
        self.setFixedSize(QSize(diameter, diameter))

    @property
    def colour(self) -> QColor:
        return QColor(self._colour)

    def set_colour(self, colour: QColor) -> None:
        if colour != self._colour:
            self._colour = QColor(colour)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))
        painter.end()
