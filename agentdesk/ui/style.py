"""The window's look in one place: a calm light theme meant to sit beside a phone all day."""

from __future__ import annotations

MIN_WIDTH = 380

BANNER_COLOURS = {
    # level: (background, border, text)
    "info": ("#e8f1fb", "#9cc2ea", "#1d4f85"),
    "warning": ("#fdf4e1", "#ecc776", "#7a5200"),
    "error": ("#fcebea", "#e6a3a0", "#8f1f1a"),
}

STYLE_SHEET = """
QMainWindow, QWidget#central { background: #f6f7f9; }
QWidget { color: #1f2328; font-size: 10pt; }
QLabel#agentName { font-size: 11pt; font-weight: 600; color: #3b4148; }
QLabel#stateLabel { font-size: 20pt; font-weight: 600; }
QLabel#pauseTitle { font-size: 13pt; color: #4a525b; padding-left: 28px; }
QLabel#timeInState { font-size: 14pt; color: #59616b; }
QLabel#sectionTitle { font-size: 8pt; font-weight: 600; color: #6a737d;
    text-transform: uppercase; letter-spacing: 1px; }
QLabel#callNumber { font-size: 16pt; font-weight: 600; }
QLabel#callName { font-size: 12pt; color: #2b3137; }
QLabel#callDetail { color: #59616b; }
QLabel#noCall { color: #8a929b; }
QLabel#connectionText { color: #4a525b; }
QLabel#inlineError { color: #a3261f; }
QFrame#card { background: #ffffff; border: 1px solid #dde1e6; border-radius: 8px; }
QPushButton { padding: 6px 14px; border-radius: 6px; border: 1px solid #c5cbd2;
    background: #ffffff; }
QPushButton:hover { background: #f0f3f6; }
QPushButton:focus { border: 2px solid #2f7fd8; }
QPushButton:disabled { color: #a3a9b0; background: #f3f4f6; border-color: #e1e4e8; }
QPushButton#answerButton:enabled { background: #2e9d5b; color: white; border-color: #26854d; }
QPushButton#hangupButton:enabled { background: #d2453f; color: white; border-color: #b43a35; }
QPushButton#retryButton, QPushButton#bannerClose { padding: 2px 8px; }
QLineEdit { padding: 5px 8px; border: 1px solid #c5cbd2; border-radius: 6px;
    background: #ffffff; }
QLineEdit:focus { border: 2px solid #2f7fd8; }
QComboBox { padding: 4px 8px; min-height: 20px; }
QLineEdit:disabled { color: #a3a9b0; background: #f3f4f6; }
"""


def banner_style(level: str) -> str:
    background, border, text = BANNER_COLOURS[level]
    return (
        f"QFrame#banner {{ background: {background}; border: 1px solid {border};"
        f" border-radius: 6px; }} QFrame#banner QLabel {{ color: {text}; }}"
    )
