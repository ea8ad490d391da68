"""The recording player: plays a WAV to its end offscreen, seeks, changes speed, says what
went wrong in plain words, and keeps QtMultimedia out of the import."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import wave
from pathlib import Path
from typing import Any

import pytest

from agentdesk.ui.recording_player import RecordingPlayer, clock_text
from tests.ui.conftest import wait_until

# Starting QtMultimedia offscreen, with no sound server and no audio device, Qt warns about
# the libraries and devices it looks for (PipeWire, VA-API, PulseAudio). Playback still runs
# to the end; these warnings are the machine's, not the player's.
MEDIA_NOISE = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) ",
    r"PulseAudioService",
    r"No audio device detected",
)


def write_wav(path: Path, seconds: float, rate: int = 8000) -> Path:
    """A silent mono WAV of ``seconds``."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"\0\0" * int(seconds * rate))
    return path


@pytest.fixture
def player(qtbot: Any) -> RecordingPlayer:
    widget = RecordingPlayer()
    qtbot.addWidget(widget)
    return widget


def test_clock_text() -> None:
    assert clock_text(0) == "0:00"
    assert clock_text(65_400) == "1:05"
    assert clock_text(3_725_000) == "62:05"


def test_nothing_to_play_before_a_recording_is_loaded(player: RecordingPlayer) -> None:
    assert not player.play_button.isEnabled()
    assert not player.slider.isEnabled()
    assert player.media_player is None
    player.play()  # harmless
    assert player.media_player is None


def test_importing_the_player_does_not_load_qtmultimedia() -> None:
    code = "import sys, agentdesk.ui.recording_player;print('PySide6.QtMultimedia' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


@MEDIA_NOISE
def test_plays_a_wav_to_its_end(
    player: RecordingPlayer, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    finished: list[bool] = []
    player.finished.connect(lambda: finished.append(True))

    assert player.load(write_wav(tmp_path / "call.wav", 0.4), "601 234 567 · 25 Nov 14:05")
    player.play()

    assert player.caption.text() == "601 234 567 · 25 Nov 14:05"
    assert player.play_button.isEnabled()
    wait_until(qloop, lambda: finished, timeout=10)
    assert player.error_text.isHidden()
    assert player.duration_label.text() == "0:00"  # 0.4 s rounds to 0:00


@MEDIA_NOISE
def test_seek_and_speed_reach_the_media_player(
    player: RecordingPlayer, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    assert player.load(write_wav(tmp_path / "long.wav", 3.0))
    media = player.media_player
    assert media is not None
    wait_until(qloop, lambda: media.duration() > 0, timeout=10)
    assert player.duration_label.text() == "0:03"
    assert player.slider.maximum() == media.duration()

    player.slider.setValue(2_000)  # what a drag or a click on the slider does
    wait_until(qloop, lambda: media.position() >= 1_900, timeout=5)
    assert player.position_label.text() == "0:02"

    player.speed_combo.setCurrentIndex(player.speed_combo.findData(1.5))
    assert media.playbackRate() == pytest.approx(1.5)
    player.set_speed(2.0)
    assert player.speed_combo.currentText().startswith("2")
    assert media.playbackRate() == pytest.approx(2.0)
    player.set_speed(0.8)  # snaps to the nearest offered speed
    assert media.playbackRate() == pytest.approx(0.75)


@MEDIA_NOISE
def test_play_button_toggles_between_play_and_pause(
    player: RecordingPlayer, qloop: asyncio.AbstractEventLoop, tmp_path: Path, qtbot: Any
) -> None:
    assert player.load(write_wav(tmp_path / "long.wav", 5.0))
    media = player.media_player
    assert media is not None

    player.play_button.click()
    wait_until(qloop, lambda: media.playbackState() == media.PlaybackState.PlayingState)
    assert player.play_button.accessibleName() == "Pause"

    player.play_button.click()
    wait_until(qloop, lambda: media.playbackState() == media.PlaybackState.PausedState)
    assert player.play_button.accessibleName() == "Play"


@MEDIA_NOISE
# FFmpeg's own complaint about the file, which the test provokes on purpose.
@pytest.mark.qt_log_ignore(r"Could not open media")
def test_a_broken_file_is_reported_in_plain_words(
    player: RecordingPlayer, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"this is not audio at all" * 40)

    assert player.load(broken, "601 234 567")
    player.play()

    wait_until(qloop, lambda: not player.error_text.isHidden(), timeout=10)
    assert player.error_text.text().startswith("This recording cannot be played")
    assert "Traceback" not in player.error_text.text()
