"""The Qt GUI shell: bootstrap, session bridge, main window, tray and agent messages.

Only this package imports Qt; everything it shows comes from :class:`agentdesk.session.Session`.
"""

from agentdesk.ui.app import grab_window_png, run_app

__all__ = ["grab_window_png", "run_app"]
