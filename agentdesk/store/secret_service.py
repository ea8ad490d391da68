"""keyring's Secret Service backend, taught to meet a locked or missing keyring calmly.

keyring's own backend reaches the default collection through secretstorage's
``get_default_collection``, which *creates* the collection when there is none, and it unlocks a
locked one: both ask the Secret Service for a prompt. Where nothing answers prompts (a session
without a prompter, a script) they fail in the library's words ("Failed to create the
collection: Prompt dismissed.."); where something does, a mere read puts a password dialog in
front of the agent, and a prompt left unanswered blocks the call for ever.

:class:`PromptlessSecretService` keeps the rest of keyring's backend (its item attributes, so
that secrets stored before are still found) and changes only how the collection is reached:

- it uses the default collection (or the backend's ``preferred_collection``) only if it exists;
- it unlocks a locked collection only when the service can without a prompt (gnome-keyring can
  for a keyring with an empty password); a prompt the service offers instead is dismissed
  unseen;
- a write (``may_create``) may create the missing default collection, again only when the
  service does so without a prompt (gnome-keyring never does: it asks for the new keyring's
  password).

Anything else is keyring's ``KeyringLocked``, saying which of these it was.
"""

from __future__ import annotations

from typing import Any

import secretstorage
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import DBusConnection
from jeepney.wrappers import unwrap_msg
from keyring.backends import SecretService
from keyring.errors import KeyringLocked, PasswordDeleteError

_BUS_NAME = "org.freedesktop.secrets"
_SERVICE = DBusAddress(
    "/org/freedesktop/secrets", bus_name=_BUS_NAME, interface="org.freedesktop.Secret.Service"
)
_NO_OBJECT = "/"  # the Secret Service's "none": no collection, or no prompt needed
_CALL_TIMEOUT = 5.0


class MissingCollectionError(KeyringLocked):
    """There is no such collection (for a read, as good as locked: nothing to read)."""


class PromptlessSecretService(SecretService.Keyring):
    """keyring's SecretService backend that never creates a collection on a read and never
    shows a prompt; raises ``KeyringLocked`` where keyring's own would prompt."""

    # Never keyring's own choice (a negative priority loses to every backend, even the failing
    # one): AgentDesk puts it in place of the SecretService backend keyring chose (:meth:`like`).
    priority = -1
    # keyring's setting, present only when configured (KEYRING_PROPERTY_PREFERRED_COLLECTION).
    preferred_collection: str

    def __init__(self, *, may_create: bool = False) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.may_create = may_create

    @classmethod
    def like(
        cls, configured: SecretService.Keyring, *, may_create: bool
    ) -> PromptlessSecretService:
        """A backend with the settings of ``configured`` (its attribute scheme, application id
        and preferred collection), creating the default collection only if ``may_create``."""
        backend = cls(may_create=may_create)
        backend.scheme = configured.scheme
        backend.appid = configured.appid
        preferred = getattr(configured, "preferred_collection", None)
        if preferred:
            backend.preferred_collection = preferred
        return backend

    def get_preferred_collection(self) -> secretstorage.Collection:
        bus = secretstorage.dbus_init()
        try:
            return self._open_collection(bus)
        except BaseException:
            bus.close()  # keyring closes it only once it has the collection
            raise

    def delete_password(self, service: str, username: str) -> None:
        try:
            super().delete_password(service, username)  # type: ignore[no-untyped-call]
        except MissingCollectionError as exc:
            raise PasswordDeleteError(f"nothing to delete: {exc}") from None

    def unlock(self, item: Any) -> None:
        # keyring's would prompt for a locked item; in an unlocked collection none is locked.
        if item.is_locked():
            raise KeyringLocked("the secret's item is locked")

    def _open_collection(self, bus: DBusConnection) -> secretstorage.Collection:
        path = getattr(self, "preferred_collection", None) or self._default_path(bus)
        try:
            collection = secretstorage.Collection(bus, path)
        except secretstorage.ItemNotFoundException:
            raise MissingCollectionError(f"there is no collection {path}") from None
        if collection.is_locked():
            _unlock_without_prompt(bus, collection)
        return collection

    def _default_path(self, bus: DBusConnection) -> str:
        (path,) = _call(bus, _SERVICE, "ReadAlias", "s", "default")
        if path != _NO_OBJECT:
            return str(path)
        if not self.may_create:
            raise MissingCollectionError("there is no default collection")
        return _create_default_without_prompt(bus)


def _unlock_without_prompt(bus: DBusConnection, collection: secretstorage.Collection) -> None:
    _unlocked, prompt = _call(bus, _SERVICE, "Unlock", "ao", [collection.collection_path])
    if prompt != _NO_OBJECT:
        _dismiss(bus, prompt)
    if collection.is_locked():
        raise KeyringLocked(
            f"the collection {collection.collection_path} is locked, "
            "and the Secret Service would need a prompt to unlock it"
        )


def _create_default_without_prompt(bus: DBusConnection) -> str:
    properties = {"org.freedesktop.Secret.Collection.Label": ("s", "Default")}
    path, prompt = _call(bus, _SERVICE, "CreateCollection", "a{sv}s", properties, "default")
    if path != _NO_OBJECT:
        return str(path)
    _dismiss(bus, prompt)
    raise KeyringLocked(
        "there is no default collection, and the Secret Service would need a prompt to make one"
    )


def _dismiss(bus: DBusConnection, prompt: str) -> None:
    """Withdraw a prompt the service prepared but nobody showed."""
    address = DBusAddress(prompt, bus_name=_BUS_NAME, interface="org.freedesktop.Secret.Prompt")
    _call(bus, address, "Dismiss", "")


def _call(
    bus: DBusConnection, address: DBusAddress, method: str, signature: str, *body: Any
) -> Any:
    """The body of the reply; jeepney's DBusErrorResponse for an error, TimeoutError when the
    service does not answer."""
    message = new_method_call(address, method, signature, body)
    return unwrap_msg(bus.send_and_get_reply(message, timeout=_CALL_TIMEOUT))
