"""The Profiles page of the settings window: the list, the editor, and Test connection.

Files and the keyring are touched only through ``asyncio.to_thread``; a connection test runs
as a task that closing the window cancels. Secret options go to the keyring with the profile
(:func:`~agentdesk.store.profiles.save_profile`); a keyring that cannot take them leaves them
in the file, and the agent is told.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agentdesk.core import (
    AgentDeskError,
    AuthenticationError,
    ConfigurationError,
    TransientError,
    VendorError,
)
from agentdesk.profile_check import StoredOptions, check_connection, vendor_users
from agentdesk.store.option_secrets import (
    declared_secret_options,
    forget_secret_options,
    stored_secret_options,
)
from agentdesk.store.profiles import (
    Profile,
    delete_profile,
    list_profiles,
    save_profile,
    set_default,
)
from agentdesk.store.secrets import SecretsUnavailableError, delete_secret, set_secret
from agentdesk.ui.secrets_text import secrets_problem_text
from agentdesk.ui.settings_profile_editor import EditedProfile, ProfileEditor
from agentdesk.ui.state_style import state_label
from agentdesk.ui.tasks import TaskOwner
from agentdesk.ui.text import fill

log = logging.getLogger(__name__)


def _delete_with_secret(name: str, vendor: str) -> None:
    """A deleted profile leaves no secret behind in the keyring, nor a secret option."""
    delete_profile(name)
    try:
        delete_secret(name)
        forget_secret_options(name, declared_secret_options(vendor))
    except SecretsUnavailableError as exc:
        log.warning("profile %s deleted, its secrets not: %s", name, exc)


def _forget_removed(names: frozenset[str], under: set[str]) -> None:
    """Secret options removed in the editor, deleted under each name the profile had."""
    for profile_name in under:
        forget_secret_options(profile_name, sorted(names))


_PROFILE_ROLE = Qt.ItemDataRole.UserRole


class ProfilesPage(QWidget):
    """Saved profiles and their editor, one at a time.

    Signals:
        profiles_changed(): a profile was saved, deleted or made the default.
    """

    profiles_changed = Signal()

    def __init__(self, tasks: TaskOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._profiles: list[Profile] = []
        self._default: str | None = None
        self._test_task: asyncio.Task[None] | None = None
        self.confirm_box: QMessageBox | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_list_panel())
        self.editor = ProfileEditor()
        self.editor.save_requested.connect(self.save_edited)
        self.editor.cancelled.connect(self.show_list)
        self.editor.test_requested.connect(self.test_edited)
        self.editor.users_requested.connect(self.pick_user)
        self.stack.addWidget(self.editor)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no figure to show: it only says "working"
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(64, 8)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.status_text = QLabel()
        self.status_text.setObjectName("settingsStatus")
        self.status_text.setWordWrap(True)
        self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_text.setAccessibleName(self.tr("Profiles status"))

        status_row = QHBoxLayout()
        status_row.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignVCenter)
        status_row.addWidget(self.status_text, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(status_row)
        self._update_buttons()

    def _build_list_panel(self) -> QWidget:
        panel = QWidget()
        self.list_label = QLabel(self.tr("Sa&ved profiles"))
        self.profile_list = QListWidget()
        self.profile_list.setAccessibleName(self.tr("Saved profiles"))
        self.list_label.setBuddy(self.profile_list)
        self.profile_list.currentItemChanged.connect(self._update_buttons)
        self.profile_list.itemActivated.connect(self.edit_selected)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setAccessibleName(self.tr("Add a profile"))
        self.add_button.clicked.connect(self.add_profile)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected profile"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected profile"))
        self.delete_button.clicked.connect(self.confirm_delete)
        self.default_button = QPushButton(self.tr("Make &default"))
        self.default_button.setAccessibleName(self.tr("Make the selected profile the default"))
        self.default_button.clicked.connect(self.make_selected_default)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test the selected profile's connection"))
        self.test_button.clicked.connect(self.test_selected)

        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.default_button,
            self.test_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.profile_list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list_label)
        layout.addLayout(row)
        return panel

    # -- the list --

    @property
    def profiles(self) -> list[Profile]:
        return list(self._profiles)

    @property
    def default_name(self) -> str | None:
        return self._default

    def reload(self, select: str | None = None) -> asyncio.Task[None]:
        """Read the file again (in a thread) and show it, selecting ``select`` if given."""
        return self._tasks.start(self._load(select))

    async def _load(self, select: str | None) -> None:
        try:
            profiles, default = await asyncio.to_thread(list_profiles)
        except ConfigurationError as exc:
            profiles, default = [], None
            self.set_status(str(exc), tone="error")
        self._show_profiles(profiles, default, select)

    def _show_profiles(
        self, profiles: list[Profile], default: str | None, select: str | None
    ) -> None:
        self._profiles, self._default = profiles, default
        keep = select or self.selected_name()
        self.profile_list.clear()
        for profile in profiles:
            text = profile.name
            if profile.name == default:
                text = self.tr("%1 (default)").replace("%1", profile.name)
            item = QListWidgetItem(text)
            item.setData(_PROFILE_ROLE, profile.name)
            item.setToolTip(f"{profile.user} @ {profile.url}")
            if profile.name == default:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.profile_list.addItem(item)
            if profile.name == keep:
                self.profile_list.setCurrentItem(item)
        if self.profile_list.currentItem() is None and self.profile_list.count():
            self.profile_list.setCurrentRow(0)
        if not profiles and not self.status_text.text():
            self.set_status(self.tr("No profiles yet: press Add to create one."))
        self._update_buttons()

    def selected_name(self) -> str | None:
        item = self.profile_list.currentItem()
        return None if item is None else str(item.data(_PROFILE_ROLE))

    def selected_profile(self) -> Profile | None:
        name = self.selected_name()
        return next((p for p in self._profiles if p.name == name), None)

    def _update_buttons(self) -> None:
        chosen = self.selected_profile()
        for button in (self.edit_button, self.delete_button, self.test_button):
            button.setEnabled(chosen is not None)
        self.default_button.setEnabled(chosen is not None and chosen.name != self._default)
        if self._test_task is not None:
            self.test_button.setEnabled(True)

    # -- add, edit, save --

    def add_profile(self) -> None:
        self.editor.edit(None, is_default=not self._profiles)
        self.editor.default_box.setEnabled(bool(self._profiles))
        self._open_editor()

    def edit_selected(self) -> None:
        profile = self.selected_profile()
        if profile is None:
            return
        is_default = profile.name == self._default
        self.editor.edit(profile, is_default=is_default)
        # The default stops being one only when another is made the default.
        self.editor.default_box.setEnabled(not is_default)
        self._open_editor()
        self._tasks.start(self._show_stored_secrets(profile, self.editor.generation))

    async def _show_stored_secrets(self, profile: Profile, generation: int) -> None:
        """Which secret options the keyring keeps for ``profile``, shown masked."""
        try:
            names = await asyncio.to_thread(stored_secret_options, profile.name, profile.vendor)
        except SecretsUnavailableError as exc:
            if generation == self.editor.generation:
                self.editor.show_error(
                    fill(
                        self.tr("The keyring cannot say which secret options it keeps: %1"),
                        secrets_problem_text(exc),
                    )
                )
            return
        self.editor.show_stored_secrets(names, generation)

    def _open_editor(self) -> None:
        if not self.testing:
            self.set_status("")  # what it said was about the list
        self.stack.setCurrentWidget(self.editor)
        self.editor.name_edit.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.profile_list.setFocus()

    def save_edited(self) -> None:
        try:
            edited = self.editor.edited()
        except ConfigurationError as exc:
            self.editor.show_error(str(exc))
            return
        self.editor.show_error("")
        self.editor.save_button.setEnabled(False)
        self._tasks.start(
            self._save(edited, self.editor.original_name),
            after=lambda: self.editor.save_button.setEnabled(True),
        )

    async def _save(self, edited: EditedProfile, original_name: str | None) -> None:
        profile = edited.profile
        try:
            refusal = await asyncio.to_thread(
                save_profile, profile, make_default=edited.make_default, replaces=original_name
            )
        except ConfigurationError as exc:
            self.editor.show_error(str(exc))
            return
        notes = [self.tr("Profile “%1” saved.").replace("%1", profile.name)]
        secret_failed = False
        if edited.secret:
            try:
                await asyncio.to_thread(set_secret, profile.name, edited.secret)
            except ConfigurationError as exc:  # SecretsUnavailableError among them
                secret_failed = True
                notes = [
                    fill(
                        self.tr("Profile “%1” saved, but not its secret: %2"),
                        profile.name,
                        secrets_problem_text(exc),
                    )
                ]
        if refusal is not None:
            notes.append(
                fill(
                    self.tr(
                        "The keyring could not take its secret options, so they stay in the "
                        "profiles file until it can: %1"
                    ),
                    secrets_problem_text(refusal),
                )
            )
        if edited.removed_secrets:
            under = {profile.name, original_name or profile.name}
            try:
                await asyncio.to_thread(_forget_removed, edited.removed_secrets, under)
            except SecretsUnavailableError as exc:
                notes.append(
                    fill(
                        self.tr("The keyring still keeps %1: %2"),
                        ", ".join(sorted(edited.removed_secrets)),
                        secrets_problem_text(exc),
                    )
                )
        self.show_list()
        self.profiles_changed.emit()
        await self._load(profile.name)
        tone = "ok" if len(notes) == 1 and not secret_failed else "error"
        self.set_status(" ".join(notes), tone=tone)  # once the list shows what it says

    # -- delete, default --

    def confirm_delete(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete profile"),
            self.tr("Delete the profile “%1”?").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: self._delete(name) if result == QMessageBox.StandardButton.Yes else None
        )
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()  # never exec(): a nested loop would stall the asyncio tasks

    def _delete(self, name: str) -> None:
        self.confirm_box = None
        chosen = next((p for p in self._profiles if p.name == name), None)
        vendor = chosen.vendor if chosen else ""
        self._tasks.start(
            self._run_change(
                lambda gone: _delete_with_secret(gone, vendor),
                name,
                self.tr("Profile “%1” deleted."),
            )
        )

    def make_selected_default(self) -> None:
        name = self.selected_name()
        if name is not None:
            self._tasks.start(
                self._run_change(
                    set_default, name, self.tr("“%1” is now the default profile."), select=name
                )
            )

    async def _run_change(
        self, change: Callable[[str], None], name: str, done_text: str, *, select: str | None = None
    ) -> None:
        try:
            await asyncio.to_thread(change, name)
        except ConfigurationError as exc:
            self.set_status(str(exc), tone="error")
            return
        self.profiles_changed.emit()
        await self._load(select)
        self.set_status(done_text.replace("%1", name), tone="ok")

    # -- testing --

    @property
    def testing(self) -> bool:
        return self._test_task is not None

    def test_selected(self) -> None:
        if self.testing:
            self.cancel_test()
            return
        profile = self.selected_profile()
        if profile is not None:
            self._start_test(profile, None)

    def test_edited(self) -> None:
        if self.testing:
            self.cancel_test()
            return
        try:
            edited = self.editor.edited()
        except ConfigurationError as exc:
            self.editor.show_error(str(exc))
            return
        self.editor.show_error("")
        stored = StoredOptions(self.editor.original_name, edited.removed_secrets)
        self._start_test(edited.profile, edited.secret or None, stored)

    def pick_user(self) -> None:
        """Offer the vendor's users as the login (for vendors whose API lists them)."""
        editor = self.editor
        url = editor.url_edit.text().strip().rstrip("/")
        secret = editor.secret_edit.text().strip()
        name = editor.name_edit.text().strip()
        if not url:
            editor.show_error(self.tr("Fill in the URL first."))
            return
        editor.show_error("")
        self.set_status(self.tr("Asking %1 for its users…").replace("%1", url))
        self._tasks.start(self._offer_users(url, secret, name))

    async def _offer_users(self, url: str, secret: str, name: str) -> None:
        try:
            users = await vendor_users(self.editor.vendor(), url, secret, name)
        except AgentDeskError as exc:
            log.info("listing the users of %s failed: %r", url, exc)
            profile = Profile(name or "?", self.editor.vendor(), url, "")
            self.set_status(self.describe_failure(exc, profile), tone="error")
            return
        self.set_status("")
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for user in users:
            label = fill(self.tr("%1 — %2 (%3)"), user.login, user.name, user.extension)
            choice = menu.addAction(label)
            choice.triggered.connect(
                lambda _checked=False, login=user.login: self.editor.user_edit.setText(login)
            )
        if not users:
            menu.addAction(self.tr("No users")).setEnabled(False)
        button = self.editor.user_pick_button
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        self.users_menu = menu

    def _start_test(
        self, profile: Profile, secret: str | None, stored: StoredOptions | None = None
    ) -> None:
        self.set_status(self.tr("Connecting to %1…").replace("%1", profile.url))
        self._set_testing(True)
        self._test_task = self._tasks.start(
            self._test(profile, secret, stored or StoredOptions()),
            after=lambda: self._set_testing(False),
        )

    def stop(self) -> None:
        """Cancel a running test quietly (the window is closing)."""
        if self._test_task is not None:
            self._test_task.cancel()
            self._set_testing(False)
            self.set_status("")

    def cancel_test(self) -> None:
        """Stop a running test (closing the window does it too)."""
        if self._test_task is not None:
            self._test_task.cancel()
            self._set_testing(False)
            self.set_status(self.tr("Test cancelled."))

    async def _test(self, profile: Profile, secret: str | None, stored: StoredOptions) -> None:
        try:
            status = await check_connection(profile, secret, stored)
        except AgentDeskError as exc:
            log.info("connection test of %r failed: %r", profile.name, exc)
            self.set_status(self.describe_failure(exc, profile), tone="error")
            return
        agent = status.agent_name or status.agent_login or profile.user
        self.set_status(
            fill(self.tr("Connected: agent %1, state %2."), agent, state_label(status.state)),
            tone="ok",
        )

    def describe_failure(self, exc: AgentDeskError, profile: Profile) -> str:
        """A failed test in the agent's words: ours for the kind, the vendor's when it spoke."""
        if isinstance(exc, AuthenticationError):
            text = self.tr("The call centre refused the secret.")
            if exc.vendor_message:
                text += " " + self.tr("It said: %1").replace("%1", exc.vendor_message)
            return text
        if isinstance(exc, TransientError):
            return fill(self.tr("Cannot reach %1: %2"), profile.url, str(exc))
        if isinstance(exc, VendorError):
            return self.tr("The call centre said: %1").replace("%1", exc.vendor_message)
        return secrets_problem_text(exc)

    def _set_testing(self, testing: bool) -> None:
        if not testing:
            self._test_task = None
        self.busy.setVisible(testing)
        label = self.tr("Stop &test") if testing else self.tr("&Test connection")
        self.test_button.setText(label)
        self.editor.test_button.setText(label)
        self._update_buttons()

    def set_status(self, text: str, *, tone: str = "") -> None:
        """Show ``text`` under the page; ``tone`` is "", "ok" or "error" (its colour)."""
        self.status_text.setText(text)
        self.status_text.setProperty("tone", tone)
        self.status_text.style().unpolish(self.status_text)
        self.status_text.style().polish(self.status_text)
