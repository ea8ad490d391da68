"""Damaged files moved out of the way, so that a fresh one can start without losing the old.

A file AgentDesk cannot read (``settings.toml`` that is not TOML, an outbox that is not a
database) is renamed beside itself to ``NAME.corrupt-STAMP`` rather than overwritten or
deleted: what it held may still matter to the agent or to whoever looks at it. Who set it
aside says so to the agent; :class:`SetAside` is what they need to say it. Qt-free.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SetAside:
    """A damaged file, where it was, where it is kept now, and why it was moved."""

    original: Path
    kept_as: Path
    why: str  # English, for the log and the agent: "not valid TOML (...)"


def set_aside(path: Path, why: str, *, companions: tuple[str, ...] = ()) -> SetAside:
    """Rename ``path`` (a file or a folder) to ``NAME.corrupt-STAMP`` beside it, with a number
    added when that name is taken; ``companions`` are suffixes of files that belong to it
    (SQLite's ``-wal``), moved along when present. Raises OSError when ``path`` cannot be
    moved (then nothing is)."""
    kept_as = _free_name(path)
    os.rename(path, kept_as)
    for suffix in companions:
        companion = path.with_name(path.name + suffix)
        try:
            os.rename(companion, kept_as.with_name(kept_as.name + suffix))
        except FileNotFoundError:
            continue
        except OSError as exc:
            # Left where it is, a stale write-ahead log would be read into the fresh file.
            log.warning("%s could not be set aside with its file (%s); removing it", companion, exc)
            companion.unlink(missing_ok=True)
    log.warning("%s is %s; set aside as %s", path, why, kept_as.name)
    return SetAside(original=path, kept_as=kept_as, why=why)


def _free_name(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    # Free now, and (rename replacing what it finds) nothing but another AgentDesk setting
    # aside the same file in the same second could take it before the rename.
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    return candidate
