"""Languages: the compiled translations load, the window speaks them, dates follow them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale

from agentdesk.ui.i18n import LANGUAGES, TRANSLATIONS_DIR, Translations, choose_language
from agentdesk.ui.main_window import MainWindow
from tests.ui.conftest import RecordingMessageBus


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_every_language_has_its_compiled_translation_up_to_date(
    language: str, tmp_path: Path
) -> None:
    """The .qm files are committed (a wheel or `pipx install .` carries them without a
    build step); they must be what lrelease makes of the .ts sources now."""
    committed = TRANSLATIONS_DIR / f"agentdesk_{language}.qm"
    assert committed.is_file(), "run 'make translations' and commit the .qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    fresh = tmp_path / committed.name
    subprocess.run(
        [str(lrelease), "-silent", str(committed.with_suffix(".ts")), "-qm", str(fresh)],
        check=True,
        timeout=60,
    )
    assert fresh.read_bytes() == committed.read_bytes(), "run 'make translations' and commit"


def test_the_settings_choice_wins_over_the_system() -> None:
    assert choose_language("ru") == "ru"
    assert choose_language("xx") in LANGUAGES  # unknown: the system's, or English


@pytest.mark.parametrize(("language", "month"), [("cs", "lis"), ("ru", "нояб"), ("es", "nov")])
def test_the_window_and_the_dates_speak_the_chosen_language(
    translations: Translations,
    qtbot: Any,
    messages: RecordingMessageBus,
    language: str,
    month: str,
) -> None:
    assert translations.install(language)
    window = MainWindow(messages)
    qtbot.addWidget(window)
    english = {"Now", "Recent calls"}
    assert {window.tabs.tabText(0), window.tabs.tabText(1)}.isdisjoint(english)
    assert window.actions_.answer.text() not in {"&Answer", "Answer"}
    assert month in QLocale().toString(QDate(2026, 11, 25), "d MMM yyyy").lower()


def test_switching_back_to_english(
    translations: Translations, qtbot: Any, messages: RecordingMessageBus
) -> None:
    assert translations.install("cs")
    assert translations.install("en")
    window = MainWindow(messages)
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "Now"
    assert QLocale().toString(QDate(2026, 11, 25), "MMM") == "Nov"


def test_a_missing_language_file_falls_back_to_english(
    tmp_path: Any, qtbot: Any, messages: RecordingMessageBus, caplog: Any
) -> None:
    translations = Translations(tmp_path)
    assert not translations.install("cs")
    assert translations.language == "en"
    assert "no translation file" in caplog.text
    window = MainWindow(messages)
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "Now"
