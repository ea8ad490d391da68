"""Running a check as a user whom file permissions bind: tests of unreadable files must fail
and pass under root too (CI runs as root), so they are not skipped there."""

from __future__ import annotations

import os
import shutil
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

NOBODY = 65534


def as_unprivileged(check: Callable[[Path], None]) -> None:
    """``check(folder)`` in a fresh folder, as the current user, or, under root, in a forked
    child that has become ``nobody`` (owner of the folder); its failure fails the caller."""
    folder = Path(tempfile.mkdtemp(prefix="agentdesk-unprivileged-"))
    try:
        if os.geteuid() != 0:
            check(folder)
            return
        os.chown(folder, NOBODY, NOBODY)
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            code = 1
            try:
                os.setgid(NOBODY)
                os.setuid(NOBODY)
                check(folder)
                code = 0
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, "the check failed as nobody (see stderr)"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
