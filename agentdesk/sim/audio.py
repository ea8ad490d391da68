"""Short, deterministic call recordings for the simulators, made with the standard library.

A recording is a WAV file (8 kHz, mono, 16-bit PCM, the telephone's own format) of one to
four seconds: a few beeps whose pitches, lengths and count follow from a seed (the call's id),
so the same call always sounds the same and two calls rarely sound alike.
"""

from __future__ import annotations

import hashlib
import io
import math
import struct
import wave
from typing import Final

SAMPLE_RATE: Final = 8000
_PITCHES: Final = (440.0, 523.25, 587.33, 659.25, 783.99, 880.0)  # A4 up to A5
_AMPLITUDE: Final = 9000  # well below 32767: no clipping, a calm level
_FADE_SAMPLES: Final = 80  # 10 ms ramps, so beeps start and stop without clicks


def recording_seconds(seed: str) -> int:
    """The length, 1 to 4 s, of the recording made for ``seed``."""
    return 1 + _digest(seed)[0] % 4


def beeps_wav(seed: str) -> bytes:
    """A WAV file of beeps and pauses, the same bytes for the same ``seed``."""
    digest = _digest(seed)
    total = recording_seconds(seed) * SAMPLE_RATE
    samples = [0] * total
    beeps = 2 + digest[1] % 3
    slot = total // beeps
    for index in range(beeps):
        pitch = _PITCHES[digest[2 + index] % len(_PITCHES)]
        length = int(slot * (0.4 + (digest[8 + index] % 40) / 100))
        start = index * slot
        for n in range(length):
            ramp = min(1.0, n / _FADE_SAMPLES, (length - n) / _FADE_SAMPLES)
            value = math.sin(2 * math.pi * pitch * n / SAMPLE_RATE)
            samples[start + n] = int(_AMPLITUDE * ramp * value)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(struct.pack(f"<{total}h", *samples))
    return buffer.getvalue()


def _digest(seed: str) -> bytes:
    return hashlib.sha256(seed.encode()).digest()
