"""Take one application out of the user's link handlers, leaving every other handler alone.

    python3 remove_link_handler.py DESKTOP_ID MIME_TYPE...

`xdg-mime default` can set a handler but not unset one: `make install-desktop` makes
AgentDesk the default for tel:, callto: and sip: links in the user's mimeapps.list, and
`make uninstall-desktop` runs this to take those entries out again. It edits
``$XDG_CONFIG_HOME/mimeapps.list`` and the older ``$XDG_DATA_HOME/applications/mimeapps.list``:
in their [Default Applications] and [Added Associations] groups, DESKTOP_ID is removed from
the lists of the MIME_TYPEs given (a line left empty goes); every other line, group and
handler stays as it was. Standard library only: it runs without AgentDesk's virtualenv.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

GROUPS = ("[Default Applications]", "[Added Associations]")


def mimeapps_files() -> list[Path]:
    """The user's mimeapps.list files that exist (XDG Base Directory defaults)."""
    home = Path.home()
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    candidates = (config / "mimeapps.list", data / "applications" / "mimeapps.list")
    return [path for path in candidates if path.is_file()]


def without_handler(text: str, desktop_id: str, mime_types: set[str]) -> tuple[str, int]:
    """``text`` (a mimeapps.list) without ``desktop_id`` for ``mime_types``; and how many
    entries were removed."""
    kept: list[str] = []
    removed = 0
    group = ""
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("["):
            group = stripped
        key, equals, value = line.partition("=")
        if group not in GROUPS or not equals or key.strip() not in mime_types:
            kept.append(line)
            continue
        handlers = [entry.strip() for entry in value.strip().split(";")]
        others = [entry for entry in handlers if entry and entry != desktop_id]
        if len(others) == len([entry for entry in handlers if entry]):
            kept.append(line)  # not ours
            continue
        removed += 1
        if others:
            ending = "\n" if line.endswith("\n") else ""
            kept.append(f"{key}={';'.join(others)};{ending}")
    return "".join(kept), removed


def main(arguments: list[str]) -> int:
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    desktop_id, mime_types = arguments[0], set(arguments[1:])
    for path in mimeapps_files():
        text = path.read_text(encoding="utf-8")
        changed, removed = without_handler(text, desktop_id, mime_types)
        if removed:
            partial = path.with_name(path.name + ".partial")
            partial.write_text(changed, encoding="utf-8")
            partial.chmod(path.stat().st_mode)
            partial.replace(path)
            print(f"{path}: removed {desktop_id} from {removed} link handler entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
