"""The window's look in one place: a calm theme meant to sit beside a phone all day, light or
dark after the desktop's colour scheme."""

from __future__ import annotations

import os
from string import Template

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

MIN_WIDTH = 380

LIGHT = {
    "window": "#f6f7f9",
    "text": "#1f2328",
    "strong": "#3b4148",
    "muted": "#59616b",
    "faint": "#8a929b",
    "card": "#ffffff",
    "card_border": "#dde1e6",
    "button": "#ffffff",
    "button_border": "#c5cbd2",
    "hover": "#f0f3f6",
    "disabled_text": "#a3a9b0",
    "disabled_bg": "#f3f4f6",
    "disabled_border": "#e1e4e8",
    "focus": "#2f7fd8",
    "error": "#a3261f",
    "ok": "#1e7a45",
    "chip": "#eef1f4",
    "chip_border": "#e1e4e8",
    "busy": "#fdf1d6",
    "busy_text": "#7a5200",
    "busy_border": "#ecc776",
    "frame": "#b9c0c8",
    "primary": "#2f7fd8",
    "primary_border": "#2868b3",
}

DARK = {
    "window": "#1e2125",
    "text": "#e6e8eb",
    "strong": "#d3d7dc",
    "muted": "#aab1b9",
    "faint": "#858d96",
    "card": "#272b30",
    "card_border": "#3a4047",
    "button": "#30353b",
    "button_border": "#4a5159",
    "hover": "#3a4047",
    "disabled_text": "#6d747c",
    "disabled_bg": "#2a2e33",
    "disabled_border": "#363b41",
    "focus": "#5b9ee6",
    "error": "#ff8a80",
    "ok": "#7bd88f",
    "chip": "#30353b",
    "chip_border": "#3a4047",
    "busy": "#3a2f15",
    "busy_text": "#f3d48b",
    "busy_border": "#7a6224",
    "frame": "#4a5159",
    "primary": "#3b82d6",
    "primary_border": "#5b9ee6",
}

BANNER_COLOURS = {
    # level: (background, border, text) for light, then dark
    "info": (("#e8f1fb", "#9cc2ea", "#1d4f85"), ("#1c2e44", "#35577d", "#b9d7f7")),
    "warning": (("#fdf4e1", "#ecc776", "#7a5200"), ("#3a2f15", "#7a6224", "#f3d48b")),
    "error": (("#fcebea", "#e6a3a0", "#8f1f1a"), ("#3d1f1e", "#8a3b37", "#ffb4ae")),
}

_SHEET = Template("""
QMainWindow, QWidget#central { background: $window; }
QWidget { color: $text; font-size: 10pt; }
QLabel#agentName { font-size: 11pt; font-weight: 600; color: $strong; }
QLabel#stateLabel { font-size: 20pt; font-weight: 600; }
QLabel#pauseTitle { font-size: 13pt; color: $muted; padding-left: 28px; }
QLabel#timeInState { font-size: 14pt; color: $muted; }
QLabel#sectionTitle { font-size: 8pt; font-weight: 600; color: $muted;
    text-transform: uppercase; letter-spacing: 1px; }
QLabel#callNumber { font-size: 16pt; font-weight: 600; }
QLabel#callName { font-size: 12pt; color: $strong; }
QLabel#callDetail { color: $muted; }
QLabel#noCall { color: $faint; }
QLabel#connectionText { color: $muted; }
QLabel#inlineError { color: $error; }
QFrame#card { background: $card; border: 1px solid $card_border; border-radius: 8px; }
QPushButton { padding: 6px 14px; border-radius: 6px; border: 1px solid $button_border;
    background: $button; }
QPushButton:hover { background: $hover; }
QPushButton:focus { border: 2px solid $focus; }
QPushButton:disabled { color: $disabled_text; background: $disabled_bg;
    border-color: $disabled_border; }
QPushButton#answerButton:enabled { background: #2e9d5b; color: white; border-color: #26854d; }
QPushButton#hangupButton:enabled { background: #d2453f; color: white; border-color: #b43a35; }
QPushButton#retryButton, QPushButton#bannerClose { padding: 2px 8px; }
QLineEdit, QPlainTextEdit { padding: 5px 8px; border: 1px solid $button_border;
    border-radius: 6px; background: $card; }
QLineEdit:focus, QPlainTextEdit:focus { border: 2px solid $focus; }
QComboBox { padding: 4px 8px; min-height: 20px; background: $button; color: $text; }
QComboBox:disabled { color: $disabled_text; background: $disabled_bg; }
QComboBox QAbstractItemView { background: $card; color: $text; selection-background-color: $focus; }
QMenuBar { background: $window; color: $text; }
QMenuBar::item:selected { background: $hover; }
QMenu { background: $card; color: $text; border: 1px solid $card_border; }
QMenu::item:selected { background: $hover; }
QMenu::item:disabled { color: $disabled_text; }
QTabBar::tab { background: $chip; color: $text; border: 1px solid $card_border;
    padding: 5px 12px; border-top-left-radius: 6px; border-top-right-radius: 6px; }
QTabBar::tab:selected { background: $card; }
QHeaderView::section { background: $chip; color: $text; border: none;
    border-right: 1px solid $card_border; padding: 4px 6px; }
QTableView { background: $card; alternate-background-color: $window;
    gridline-color: $card_border; }
QLineEdit:disabled { color: $disabled_text; background: $disabled_bg; }
QPlainTextEdit:disabled { color: $disabled_text; background: $disabled_bg; }
QDateEdit, QDateTimeEdit, QSpinBox { padding: 3px 6px; min-height: 20px; }

QLabel#callerName { font-size: 15pt; font-weight: 700; }
QLabel#callerNumber { font-size: 12pt; color: $strong; }
QLabel#callerCompany { font-size: 10pt; color: $strong; }
QLabel#callerHistory, QLabel#callerQueue { color: $muted; }
QLabel#callDirection { font-size: 8pt; font-weight: 600; color: $muted; letter-spacing: 1px; }
QLabel#callTime { font-size: 11pt; font-weight: 600; }

QFrame#cardWindowFrame { background: $card; border: 1px solid $frame; }
QFrame#cardWindowFrame QFrame#card { border: none; }
QLabel#cardWindowTitle { font-size: 8pt; color: $muted; }
QToolButton#cardWindowClose { border: none; padding: 2px 6px; font-size: 11pt; color: $muted; }
QToolButton#cardWindowClose:hover { background: $hover; border-radius: 4px; }

QLabel#wrapUpCall { font-size: 11pt; font-weight: 600; color: $strong; }
QLabel#wrapUpProgress { color: $muted; }
QLabel#requiredMark { color: $error; }
QPushButton#saveButton:enabled { background: $primary; color: white;
    border-color: $primary_border; }

QLabel#queueChip { background: $chip; color: $strong; border: 1px solid $chip_border;
    border-radius: 9px; padding: 1px 7px; font-size: 9pt; }
QLabel#queueChip[tone="busy"] { background: $busy; color: $busy_text;
    border-color: $busy_border; }
QLabel#queueChip[tone="stale"] { background: $disabled_bg; color: $disabled_text;
    border-color: $disabled_border; }
QLabel#queueMore { color: $muted; font-size: 9pt; }
QLabel#queueMore[tone="stale"], QLabel#queuePlaceholder { color: $disabled_text; }

QWidget#settingsWindow { background: $window; }
QWidget#settingsWindow QTabWidget::pane { background: $card; border: 1px solid $card_border;
    border-radius: 6px; }
QWidget#settingsWindow QTabBar::tab { padding: 6px 16px; }
QLabel#optionDescription, QLabel#fieldHint { color: $muted; font-size: 9pt; }
QLabel#editorHeading { font-size: 11pt; font-weight: 600; }
QLabel#settingsStatus[tone="error"] { color: $error; }
QLabel#settingsStatus[tone="ok"] { color: $ok; }
QListWidget { border: 1px solid $button_border; border-radius: 6px; padding: 2px;
    background: $card; }
QListWidget::item { padding: 5px 6px; }
QLabel#dialHint { color: $muted; }
""")


def style_sheet(dark: bool | None = None) -> str:
    """The whole look; ``None`` asks the desktop whether it wants dark."""
    if dark is None:
        dark = prefers_dark()
    return _SHEET.substitute(DARK if dark else LIGHT)


def apply_theme(widget: QWidget, dark: bool | None = None) -> bool:
    """Give a top-level window the whole look; returns whether it is dark.

    The style sheet covers our own widgets; the palette covers what the platform style draws
    (menu bar, tabs, combo boxes), which matters when the theme is forced against the
    desktop's (``AGENTDESK_THEME``).
    """
    if dark is None:
        dark = prefers_dark()
    widget.setStyleSheet(style_sheet(dark))
    widget.setPalette(_palette(DARK if dark else LIGHT))
    return dark


def _palette(tokens: dict[str, str]) -> QPalette:
    role = QPalette.ColorRole
    palette = QPalette()
    for roles, token in (
        ((role.Window,), "window"),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText), "text"),
        ((role.Base, role.ToolTipBase), "card"),
        ((role.AlternateBase,), "window"),
        ((role.Button,), "button"),
        ((role.Highlight,), "focus"),
        ((role.PlaceholderText,), "faint"),
        ((role.Mid, role.Midlight), "card_border"),
    ):
        for each in roles:
            palette.setColor(each, QColor(tokens[token]))
    palette.setColor(role.HighlightedText, QColor("#ffffff"))
    for each in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, each, QColor(tokens["disabled_text"]))
    return palette


def set_tone(widget: QWidget, tone: str) -> None:
    """Switch a widget between the ``[tone="..."]`` variants of its style rules."""
    if widget.property("tone") != tone:
        widget.setProperty("tone", tone)
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)


def banner_style(level: str, dark: bool = False) -> str:
    background, border, text = BANNER_COLOURS[level][1 if dark else 0]
    return (
        f"QFrame#banner {{ background: {background}; border: 1px solid {border};"
        f" border-radius: 6px; }} QFrame#banner QLabel {{ color: {text}; }}"
    )


def prefers_dark() -> bool:
    """Whether the desktop asks for a dark colour scheme (Qt 6.5+ knows; else the palette).

    ``AGENTDESK_THEME=dark`` or ``light`` overrides it, for desktops that do not say.
    """
    forced = os.environ.get("AGENTDESK_THEME", "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QPalette

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    scheme = app.styleHints().colorScheme()
    if scheme is Qt.ColorScheme.Dark:
        return True
    if scheme is Qt.ColorScheme.Light:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
