"""Render the scalable icon (agentdesk/resources/icons/agentdesk.svg) into the sized PNGs that
desktops and the Windows/macOS bundles want: ``python tools/render_icons.py``.

The PNGs are committed (a desktop without an SVG loader still shows the icon); run this after
changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "agentdesk" / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "agentdesk.svg"))
    if not renderer.isValid():
        print("the SVG does not load", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"agentdesk-{size}.png"
        if not image.save(str(path), "PNG"):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"wrote {path.relative_to(ICONS.parent.parent.parent)}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
