"""The recording cache: private files, atomic writes, hashed names, purging by age."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from agentdesk.core import Recording
from agentdesk.store.recording_cache import RecordingCache, default_directory

CALL_ID = "call+420601234567-1"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_default_directory_is_in_the_user_cache() -> None:
    directory = default_directory()
    assert directory.name == "recordings"
    assert directory.parent.name == "agentdesk"


def test_write_keeps_the_bytes_private_under_a_hashed_name(tmp_path: Path) -> None:
    cache = RecordingCache(tmp_path / "recordings")

    path = cache.write(Recording(CALL_ID, b"RIFF-data"))

    assert path.read_bytes() == b"RIFF-data"
    assert path.parent == tmp_path / "recordings"
    assert path.suffix == ".wav"
    assert "601234567" not in path.name and CALL_ID not in path.name
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert cache.path_for(CALL_ID) == path
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left


def test_files_are_private_from_the_first_byte_whatever_the_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A chmod after writing would leave a moment when the file is readable by others.
    def no_chmod(*args: object, **kwargs: object) -> None:
        raise AssertionError("files must be created private, not chmod-ed afterwards")

    monkeypatch.setattr(os, "chmod", no_chmod)
    monkeypatch.setattr(Path, "chmod", no_chmod)
    previous = os.umask(0)
    try:
        path = RecordingCache(tmp_path / "r").write(Recording("c1", b"x"))
    finally:
        os.umask(previous)
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700


def test_suffix_follows_the_content_type(tmp_path: Path) -> None:
    cache = RecordingCache(tmp_path)

    path = cache.write(Recording("c2", b"ID3", content_type="audio/mpeg"))

    assert path.suffix == ".mp3"
    assert cache.path_for("c2") == path


def test_a_second_write_replaces_the_first(tmp_path: Path) -> None:
    cache = RecordingCache(tmp_path)
    first = cache.write(Recording("c3", b"old"))

    second = cache.write(Recording("c3", b"new"))

    assert second == first and second.read_bytes() == b"new"
    assert len(list(tmp_path.iterdir())) == 1


def test_nothing_cached_yet(tmp_path: Path) -> None:
    cache = RecordingCache(tmp_path / "never-created")

    assert cache.path_for("c4") is None
    assert cache.remove_older_than(0) == 0
    assert not cache.directory.exists()  # looking does not create the directory


def test_an_abandoned_partial_write_is_not_a_recording(tmp_path: Path) -> None:
    cache = RecordingCache(tmp_path)
    partial = tmp_path / f".{cache.file_stem('c5')}.wav.abc123.part"
    partial.write_bytes(b"half")

    assert cache.path_for("c5") is None


def test_purge_removes_old_files_only(tmp_path: Path) -> None:
    cache = RecordingCache(tmp_path)
    now = time.time()
    old = cache.write(Recording("old", b"1"))
    fresh = cache.write(Recording("fresh", b"2"))
    stale_part = tmp_path / ".stale.wav.0000.part"
    stale_part.write_bytes(b"")
    os.utime(old, (now - 10 * 86_400, now - 10 * 86_400))
    os.utime(stale_part, (now - 8 * 86_400, now - 8 * 86_400))
    os.utime(fresh, (now - 6 * 86_400, now - 6 * 86_400))

    removed = cache.remove_older_than(7, now=now)

    assert removed == 2
    assert not old.exists() and not stale_part.exists()
    assert fresh.exists()
    assert cache.path_for("fresh") == fresh and cache.path_for("old") is None


async def test_async_wrappers_run_off_the_loop(tmp_path: Path) -> None:
    cache = RecordingCache(tmp_path / "rec")

    path = await cache.store(Recording("c6", b"abc"))

    assert await cache.find("c6") == path
    assert await cache.find("other") is None
    os.utime(path, (0, 0))
    assert await cache.purge(older_than_days=1) == 1
    assert await cache.find("c6") is None
