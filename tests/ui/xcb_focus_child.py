"""Run under Xvfb by tests/ui/test_windows_behave.py: the agent types in another
application's field when the caller card pops up. Prints what had the focus, as JSON.

(The offscreen platform activates every window it shows, whatever the window asks, so this
question needs a real X server.)
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from agentdesk.ui.caller_card_window import CallerCardWindow


def main() -> int:
    app = QApplication(sys.argv)
    crm = QWidget()
    crm.resize(400, 300)
    field = QLineEdit(crm)
    crm.show()
    crm.activateWindow()
    field.setFocus()
    card = CallerCardWindow()
    found: dict[str, bool] = {}

    def pop() -> None:
        found["crm_active_before"] = crm.isActiveWindow()
        card.pop_up()
        QTimer.singleShot(500, report)

    def report() -> None:
        found.update(
            crm_active=crm.isActiveWindow(),
            field_focused=field.hasFocus(),
            card_active=card.isActiveWindow(),
            card_visible=card.isVisible(),
        )
        app.quit()

    QTimer.singleShot(800, pop)
    app.exec()
    print(json.dumps(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
