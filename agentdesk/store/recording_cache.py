"""Call recordings kept on this computer, readable by the agent's account only.

A recording is a conversation with a customer: the directory is created 0700, every file is
written 0600 from its first byte (``os.open`` with the mode, never a ``chmod`` afterwards,
which would leave a window when it is readable) and renamed into place atomically, and file
names are a hash of the call id, so no caller's number appears in a directory listing.

The plain methods (:meth:`RecordingCache.path_for`, :meth:`~RecordingCache.write`,
:meth:`~RecordingCache.remove_older_than`) block on the disk; the GUI awaits the ``async``
ones (:meth:`~RecordingCache.find`, :meth:`~RecordingCache.store`,
:meth:`~RecordingCache.purge`), which run them in a worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import secrets
import time
from pathlib import Path

import platformdirs

from agentdesk.core import Recording

_TEMP_SUFFIX = ".part"


def default_directory() -> Path:
    return Path(platformdirs.user_cache_dir("agentdesk")) / "recordings"


class RecordingCache:
    """Recordings by call id, in ``directory`` (the user's cache dir by default).

    Nothing touches the disk until the first write, so building one in the GUI thread is free.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else default_directory()

    def file_stem(self, call_id: str) -> str:
        """The file name (without suffix) for ``call_id``: a hash, never the id itself."""
        return hashlib.sha256(call_id.encode("utf-8")).hexdigest()[:32]

    # -- blocking: call from a worker thread ----------------------------------------------

    def path_for(self, call_id: str) -> Path | None:
        """The cached file of ``call_id``'s recording, or None when there is none."""
        stem = self.file_stem(call_id)
        try:
            with os.scandir(self.directory) as entries:
                for entry in entries:
                    name = entry.name
                    if name.startswith(stem + ".") and not name.endswith(_TEMP_SUFFIX):
                        return Path(entry.path)
        except FileNotFoundError:
            return None
        return None

    def write(self, recording: Recording) -> Path:
        """Keep ``recording``; returns its file. Replaces an earlier copy atomically."""
        self._ensure_directory()
        target = self.directory / (self.file_stem(recording.call_id) + recording.suffix)
        temp = self.directory / f".{target.name}.{secrets.token_hex(6)}{_TEMP_SUFFIX}"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(recording.data)
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        return target

    def remove_older_than(self, days: float, *, now: float | None = None) -> int:
        """Delete recordings (and abandoned partial writes) stored more than ``days`` ago;
        returns how many files went."""
        limit = (time.time() if now is None else now) - days * 86_400
        removed = 0
        try:
            entries = list(os.scandir(self.directory))
        except FileNotFoundError:
            return 0
        for entry in entries:
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                if entry.stat(follow_symlinks=False).st_mtime < limit:
                    os.unlink(entry.path)
                    removed += 1
            except FileNotFoundError:  # another AgentDesk removed it first
                continue
        return removed

    def _ensure_directory(self) -> None:
        self.directory.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            os.mkdir(self.directory, 0o700)

    # -- for the event loop -----------------------------------------------------------------

    async def find(self, call_id: str) -> Path | None:
        return await asyncio.to_thread(self.path_for, call_id)

    async def store(self, recording: Recording) -> Path:
        return await asyncio.to_thread(self.write, recording)

    async def purge(self, older_than_days: float) -> int:
        return await asyncio.to_thread(self.remove_older_than, older_than_days)
