"""The window's look in one place: a calm theme meant to sit beside a phone all day, light or
dark after the desktop's colour scheme."""

from __future__ import annotations

from string import Template

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
QComboBox { padding: 4px 8px; min-height: 20px; }
QLineEdit:disabled { color: $disabled_text; background: $disabled_bg; }
""")

STYLE_SHEET = _SHEET.substitute(LIGHT)


def style_sheet(dark: bool = False) -> str:
    return _SHEET.substitute(DARK if dark else LIGHT)


def banner_style(level: str, dark: bool = False) -> str:
    background, border, text = BANNER_COLOURS[level][1 if dark else 0]
    return (
        f"QFrame#banner {{ background: {background}; border: 1px solid {border};"
        f" border-radius: 6px; }} QFrame#banner QLabel {{ color: {text}; }}"
    )


def prefers_dark() -> bool:
    """Whether the desktop asks for a dark colour scheme (Qt 6.5+ knows; else the palette)."""
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
