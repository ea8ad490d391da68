"""Choosing the mechanism: the desktop portal, else an X11 key grab, else (on Windows)
RegisterHotKey, else none with the reasons the others gave."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from agentdesk.ui.hotkeys.global_shortcuts import GlobalShortcuts
from agentdesk.ui.hotkeys.unavailable import NoGlobalShortcuts

log = logging.getLogger(__name__)


def create_global_shortcuts(
    parent: QObject | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    platform_name: str | None = None,
) -> GlobalShortcuts:
    """The best mechanism this desktop offers; never raises.

    ``environ`` (default ``os.environ``) supplies ``DBUS_SESSION_BUS_ADDRESS``, ``DISPLAY``
    and ``WAYLAND_DISPLAY``; ``platform_name`` (default: the running Qt platform plugin's,
    e.g. ``"xcb"``, ``"wayland"``, ``"offscreen"``) says which windowing system Qt is on.
    Probing the portal waits for the session bus at most about a second, once.
    """
    env = os.environ if environ is None else environ
    platform = QGuiApplication.platformName() if platform_name is None else platform_name
    if sys.platform == "win32":
        # Inline so that mypy checks it only with --platform win32, like the module it imports.
        from agentdesk.ui.hotkeys.windows_hotkeys import WindowsHotkeys

        try:
            return WindowsHotkeys(parent)
        except OSError as failure:
            log.warning("global shortcuts: RegisterHotKey is unavailable: %s", failure)
            return NoGlobalShortcuts(f"Windows hot keys are unavailable ({failure})", parent)
    shortcuts = _portal(env, parent)
    if shortcuts is not None:
        return shortcuts
    if _on_x11(env, platform):
        shortcuts = _x11(env, parent)
        if shortcuts is not None:
            return shortcuts
    reason = f"No global shortcut service on this desktop ({platform or 'no display'})"
    log.info("global shortcuts: none (%s)", reason)
    return NoGlobalShortcuts(reason, parent)


def _on_x11(env: Mapping[str, str], platform: str) -> bool:
    if platform == "xcb":
        return True
    wayland = platform.startswith("wayland") or bool(env.get("WAYLAND_DISPLAY"))
    return bool(env.get("DISPLAY")) and not wayland


def _portal(env: Mapping[str, str], parent: QObject | None) -> GlobalShortcuts | None:
    address = env.get("DBUS_SESSION_BUS_ADDRESS")
    if not address:
        return None
    # Imported here: jeepney is a Linux-only dependency.
    from agentdesk.ui.dbus_link import DBusLink, DBusLinkError
    from agentdesk.ui.hotkeys.portal import PortalShortcuts, portal_version

    try:
        link = DBusLink(address)
    except DBusLinkError as failure:
        log.info("global shortcuts: no session bus: %s", failure)
        return None
    try:
        version = portal_version(link)
        if version < 1:
            log.info("global shortcuts: the desktop portal has no GlobalShortcuts")
            link.close()
            return None
        shortcuts = PortalShortcuts(link, parent)
    except DBusLinkError as failure:
        log.info("global shortcuts: no usable desktop portal: %s", failure)
        link.close()
        return None
    except Exception:
        # An answer we did not expect must cost the shortcuts, never the app.
        log.warning("global shortcuts: the desktop portal answered strangely", exc_info=True)
        link.close()
        return None
    log.info("global shortcuts: desktop portal, GlobalShortcuts version %d", version)
    return shortcuts


def _x11(env: Mapping[str, str], parent: QObject | None) -> GlobalShortcuts | None:
    try:
        from Xlib import error

        from agentdesk.ui.hotkeys.x11_grab import X11KeyGrab
    except ImportError as missing:
        log.warning("global shortcuts: python-xlib is missing: %s", missing)
        return None
    display = env.get("DISPLAY") or None
    try:
        shortcuts = X11KeyGrab(display, parent)
    except (error.DisplayError, error.ConnectionClosedError, OSError) as failure:
        log.warning("global shortcuts: cannot open the X display %s: %s", display, failure)
        return None
    log.info("global shortcuts: X11 key grabs on %s", display)
    return shortcuts
