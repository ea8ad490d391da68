"""File ▸ Import contacts: pick a CSV or vCard file, import it off Qt's thread, say what
happened."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from agentdesk.ui.messages import MessageBus
from agentdesk.ui.text import fill

if TYPE_CHECKING:  # the contacts' readers are imported when a file is imported
    from agentdesk.store.contacts import ContactDirectory, ImportReport

log = logging.getLogger(__name__)


def report_text(report: ImportReport) -> str:
    text = QCoreApplication.translate(
        "ContactsImport", "Imported %1: %2 new, %3 updated, %4 unchanged, %5 lines skipped."
    )
    for placeholder, value in (
        ("%1", report.source.name),
        ("%2", str(report.added)),
        ("%3", str(report.updated)),
        ("%4", str(report.unchanged)),
        ("%5", str(len(report.skipped))),
    ):
        text = text.replace(placeholder, value)
    return text


class ContactsImporter(QObject):
    """Runs one import at a time into the directory that ``directory()`` gives."""

    def __init__(
        self,
        bus: MessageBus,
        directory: Callable[[], ContactDirectory | None],
        region: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._directory = directory
        self._region = region
        self._task: asyncio.Task[None] | None = None
        self.dialog: QFileDialog | None = None

    def choose_file(self, parent: QWidget) -> None:
        """Open the file dialog without blocking (``open()``, never ``exec()``)."""
        dialog = QFileDialog(
            parent,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("Contacts (*.csv *.vcf *.vcard);;All files (*)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.import_file)
        dialog.open()
        self.dialog = dialog

    def import_file(self, path: str) -> asyncio.Task[None] | None:
        directory = self._directory()
        if directory is None or (self._task is not None and not self._task.done()):
            return None
        self._task = asyncio.get_event_loop().create_task(self._import(directory, Path(path)))
        return self._task

    async def _import(self, directory: ContactDirectory, path: Path) -> None:
        from agentdesk.store.contacts import ContactsError, import_file

        try:
            report = await asyncio.to_thread(import_file, directory, path, self._region())
        except ContactsError as exc:
            self._bus.error(str(exc))
            return
        except OSError as exc:
            self._bus.error(fill(self.tr("Cannot read %1: %2"), path.name, exc.strerror or ""))
            return
        log.info("imported contacts from %s: %s", path, report)
        self._bus.info(report_text(report))
