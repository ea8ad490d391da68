"""Damaged files moved out of the way, never overwritten or lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentdesk.store.set_aside import set_aside


def test_the_file_is_kept_beside_itself_with_its_companions(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(b"junk")
    (tmp_path / "outbox.sqlite3-wal").write_bytes(b"log")
    kept = set_aside(path, "not a database", companions=("-wal", "-shm"))
    assert kept.original == path and kept.why == "not a database"
    assert kept.kept_as.parent == tmp_path
    assert kept.kept_as.name.startswith("outbox.sqlite3.corrupt-")
    assert kept.kept_as.read_bytes() == b"junk"
    assert kept.kept_as.with_name(kept.kept_as.name + "-wal").read_bytes() == b"log"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [kept.kept_as.name, kept.kept_as.name + "-wal"]
    )
    assert f"set aside as {kept.kept_as.name}" in caplog.text


def test_two_set_asides_in_one_second_keep_both(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    kept = []
    for text in ("first", "second", "third"):
        path.write_text(text, encoding="utf-8")
        kept.append(set_aside(path, "broken").kept_as)
    assert len(set(kept)) == 3
    assert [p.read_text(encoding="utf-8") for p in kept] == ["first", "second", "third"]


def test_a_folder_is_set_aside_whole(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.mkdir()
    (path / "inside").write_text("x", encoding="utf-8")
    kept = set_aside(path, "a folder, not a file")
    assert (kept.kept_as / "inside").read_text(encoding="utf-8") == "x"
    assert not path.exists()


def test_a_file_that_cannot_be_moved_raises(tmp_path: Path) -> None:
    path = tmp_path / ("s" * 250)  # no room for ".corrupt-STAMP" in the name
    path.write_text("x", encoding="utf-8")
    with pytest.raises(OSError, match="File name too long"):
        set_aside(path, "broken")
    assert path.read_text(encoding="utf-8") == "x"
