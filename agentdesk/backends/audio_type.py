"""What a recording is (WAV or MP3), from the ``Content-Type`` its server sent and its first
bytes, for :class:`~agentdesk.core.Recording` and the file suffix the player needs.

Two readings, for two kinds of server:

- :func:`media_type` trusts a vendor API's header and reads the bytes only when it says
  nothing useful (``application/octet-stream``): Daktela's ``GetRecording``, Oki-Toki's
  ``record``, MegaFon's record links;
- :func:`media_type_by_bytes` trusts the bytes first: uContact's recordings come from file
  hosts that name a type by the file's name, which need not match what is in it (a ``.mp3``
  name on WAV bytes).
"""

from __future__ import annotations

from typing import Final

WAV: Final = "audio/wav"
MPEG: Final = "audio/mpeg"
UNKNOWN: Final = "application/octet-stream"
WAV_TYPES: Final = frozenset({"audio/x-wav", "audio/wav", "audio/wave", "audio/vnd.wave"})
MP3_TYPES: Final = frozenset({"audio/mpeg", "audio/mp3", "audio/x-mpeg"})
MP3_FRAMES: Final = (b"\xff\xfb", b"\xff\xf3")
"""The first bytes of an MPEG-1 or MPEG-2 layer III frame without a CRC."""


def media_type(content_type: str, data: bytes) -> str:
    """The vendor's audio/x-wav or audio/mpeg; with an octet-stream, what the bytes say."""
    if content_type in WAV_TYPES or _is_wav(data):
        return WAV
    if content_type in MP3_TYPES or _is_mp3(data):
        return MPEG
    return content_type or UNKNOWN


def media_type_by_bytes(content_type: str, data: bytes) -> str:
    """What the first bytes say, else the header."""
    if _is_wav(data):
        return WAV
    # Files on a host may hold MPEG-2 frames with a CRC too, which vendor APIs never sent.
    if _is_mp3(data) or data[:2] == b"\xff\xf2" or content_type in MP3_TYPES:
        return MPEG
    # A WAV header on bytes that are not RIFF: uContact's hosts name only these three, and
    # another stays as it came, as uContact's reading always had it.
    if content_type in ("audio/wav", "audio/x-wav", "audio/wave"):
        return WAV
    return content_type or UNKNOWN


def _is_wav(data: bytes) -> bool:
    return data[:4] == b"RIFF"


def _is_mp3(data: bytes) -> bool:
    return data[:3] == b"ID3" or data[:2] in MP3_FRAMES
