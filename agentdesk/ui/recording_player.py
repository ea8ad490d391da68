"""Plays one call recording: play/pause, seek, position, speed, and what went wrong.

QtMultimedia is imported when the first recording is loaded, not with this module: it pulls
in FFmpeg and the audio stack, which most sessions never need.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

SPEEDS = (0.75, 1.0, 1.25, 1.5, 2.0)


def clock_text(milliseconds: int) -> str:
    """A position or length as the agent reads it: "4:07"."""
    minutes, seconds = divmod(max(0, milliseconds) // 1000, 60)
    return f"{minutes}:{seconds:02d}"


class RecordingPlayer(QWidget):
    """A small player for a recording file on disk.

    Controls are off until :meth:`load`. Media errors are shown in the widget in plain words.

    Signals:
        finished(): the recording played to its end.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player: QMediaPlayer | None = None
        self._audio: QAudioOutput | None = None
        self._source: Path | None = None

        self.caption = QLabel(self.tr("No recording chosen"))
        self.caption.setObjectName("playerCaption")
        self.play_button = QPushButton()
        self.play_button.setObjectName("playButton")
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Position in the recording"))
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.valueChanged.connect(self._slider_moved)
        self.position_label = QLabel(clock_text(0))
        self.duration_label = QLabel(clock_text(0))
        self.speed_combo = QComboBox()
        self.speed_combo.setAccessibleName(self.tr("Playback speed"))
        self.speed_combo.setToolTip(self.tr("Playback speed"))
        locale = QLocale()
        for rate in SPEEDS:
            label = self.tr("%1×").replace("%1", locale.toString(rate))  # noqa: RUF001 - a times sign
            self.speed_combo.addItem(label, rate)
        self.speed_combo.setCurrentIndex(SPEEDS.index(1.0))
        self.speed_combo.currentIndexChanged.connect(self._speed_chosen)
        self.error_text = QLabel()
        self.error_text.setObjectName("inlineError")
        self.error_text.setWordWrap(True)
        self.error_text.hide()
        self._updating_slider = False

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.play_button)
        row.addWidget(self.position_label)
        row.addWidget(self.slider, 1)
        row.addWidget(self.duration_label)
        row.addWidget(self.speed_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        layout.addWidget(self.error_text)
        self._show_playing(False)
        self._set_controls_enabled(False)

    # -- what the history view calls -------------------------------------------------------

    @property
    def media_player(self) -> QMediaPlayer | None:
        """The QMediaPlayer, once a recording has been loaded."""
        return self._player

    @property
    def source(self) -> Path | None:
        return self._source

    def show_pending(self, text: str) -> None:
        """Say what is being fetched before there is a file to play."""
        self.stop()
        self.caption.setText(text)
        self._hide_error()
        self._set_controls_enabled(False)

    def show_error(self, text: str) -> None:
        self.error_text.setText(text)
        self.error_text.show()

    def load(self, path: Path, caption: str = "") -> bool:
        """Get ``path`` ready to play; False (and a message in the widget) when it cannot be."""
        player = self._ensure_player()
        if player is None:
            return False
        self._hide_error()
        self._source = path
        self.caption.setText(caption or path.name)
        self._update_position(0)
        self._update_duration(0)
        player.setSource(QUrl.fromLocalFile(str(path)))
        self._set_controls_enabled(True)
        return True

    def play(self) -> None:
        if self._player is not None and self._source is not None:
            self._player.play()

    def pause(self) -> None:
        if self._player is not None:
            self._player.pause()

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()

    def toggle(self) -> None:
        if self._player is None:
            return
        if self._player.playbackState() == self._player.PlaybackState.PlayingState:
            self.pause()
        else:
            self.play()

    def seek(self, milliseconds: int) -> None:
        if self._player is not None:
            self._player.setPosition(max(0, milliseconds))

    def set_speed(self, rate: float) -> None:
        """Play at ``rate`` (one of :data:`SPEEDS`; others snap to the nearest)."""
        nearest = min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - rate))
        self.speed_combo.setCurrentIndex(nearest)

    # -- QtMultimedia, on first use --------------------------------------------------------

    def _ensure_player(self) -> QMediaPlayer | None:
        if self._player is not None:
            return self._player
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError as exc:  # QtMultimedia needs the system's libpulse
            self.show_error(
                self.tr("Recordings cannot be played on this computer (%1).").replace(
                    "%1", str(exc)
                )
            )
            return None
        player = QMediaPlayer(self)
        audio = QAudioOutput(self)
        player.setAudioOutput(audio)  # Qt 6 plays no sound without one
        player.setPlaybackRate(float(self.speed_combo.currentData()))
        player.positionChanged.connect(self._update_position)
        player.durationChanged.connect(self._update_duration)
        player.playbackStateChanged.connect(self._state_changed)
        player.mediaStatusChanged.connect(self._status_changed)
        player.errorOccurred.connect(self._media_error)
        self._player, self._audio = player, audio
        return player

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        self._show_playing(state == state.PlayingState)

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == status.EndOfMedia:
            self.finished.emit()
        elif status == status.InvalidMedia and self.error_text.isHidden():
            self.show_error(self.tr("This recording cannot be played: the file is not audio."))

    def _media_error(self, error: QMediaPlayer.Error, description: str) -> None:
        if error == error.NoError:
            return
        detail = description or self.tr("unknown error")
        self.show_error(self.tr("This recording cannot be played: %1").replace("%1", detail))

    # -- display ---------------------------------------------------------------------------

    def _update_position(self, position: int) -> None:
        self.position_label.setText(clock_text(position))
        if not self.slider.isSliderDown():
            self._updating_slider = True
            self.slider.setValue(position)
            self._updating_slider = False

    def _update_duration(self, duration: int) -> None:
        self.duration_label.setText(clock_text(duration + 500))
        self._updating_slider = True
        self.slider.setRange(0, max(0, duration))
        self.slider.setPageStep(max(1000, duration // 10))
        self.slider.setSingleStep(1000)
        self._updating_slider = False

    def _slider_moved(self, value: int) -> None:
        if not self._updating_slider:
            self.seek(value)

    def _speed_chosen(self, index: int) -> None:
        if self._player is not None and index >= 0:
            self._player.setPlaybackRate(SPEEDS[index])

    def _show_playing(self, playing: bool) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(icon))
        label = self.tr("Pause") if playing else self.tr("Play")
        self.play_button.setToolTip(label)
        self.play_button.setAccessibleName(label)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for control in (self.play_button, self.slider, self.speed_combo):
            control.setEnabled(enabled)

    def _hide_error(self) -> None:
        self.error_text.clear()
        self.error_text.hide()
