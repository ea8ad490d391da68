"""logind as far as AgentDesk listens to it: the name ``org.freedesktop.login1`` on a
private bus, and its ``PrepareForSleep`` signal, sent on the test's word."""

from __future__ import annotations

from jeepney import DBusAddress, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from agentdesk.ui.sleep_watch import LOGIND, LOGIND_PATH, MANAGER


class FakeLogind:
    def __init__(self, address: str, *, name: str | None = LOGIND) -> None:
        self._connection = open_dbus_connection(address)
        if name is not None:
            reply = self._connection.send_and_get_reply(message_bus.RequestName(name))
            assert reply.body == (1,), reply.body  # the primary owner

    def prepare_for_sleep(self, going: bool) -> None:
        address = DBusAddress(LOGIND_PATH, interface=MANAGER)
        self._connection.send(new_signal(address, "PrepareForSleep", "b", (going,)))

    def close(self) -> None:
        self._connection.close()
