"""Reading the small text files AgentDesk keeps (settings, profiles, window places) without
letting whatever lies in their place hang or exhaust the start. Qt-free."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def read_small_text(path: Path, limit: int) -> str:
    """The UTF-8 text of the regular file ``path`` (a byte-order mark, which Windows Notepad
    writes, is dropped).

    Opened without waiting, so that a named pipe in its place cannot block the caller for
    ever, and read no further than ``limit`` bytes. Raises FileNotFoundError, OSError (also
    for anything but a regular file), ValueError when the file is bigger than ``limit``, and
    UnicodeDecodeError (a ValueError) when it is not UTF-8."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError("not a regular file")
        data = b""
        while chunk := os.read(fd, limit + 1 - len(data)):
            data += chunk
            if len(data) > limit:
                raise ValueError(f"bigger than {limit} bytes")
    finally:
        os.close(fd)
    return data.decode("utf-8-sig")
