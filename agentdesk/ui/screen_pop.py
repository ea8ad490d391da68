"""Opens the agent's CRM on the caller when a call rings, is answered or ends (screen pop).

The templates and their rules live in :mod:`agentdesk.screen_pop`; this module only listens
to the session's calls and hands the expanded URL or command to a launcher.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, QProcess, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from agentdesk.core import Call
from agentdesk.screen_pop import (
    CallMoment,
    CallVariables,
    PathSegmentError,
    ScreenPopTemplate,
    UrlTemplate,
    screen_pop_templates,
)
from agentdesk.ui.bridge import SessionBridge

log = logging.getLogger(__name__)

UrlLauncher = Callable[[str], bool]
"""Opens a URL; False (or OSError, RuntimeError, ValueError) when it could not."""
CommandLauncher = Callable[[str, Sequence[str]], bool]
"""Starts ``program`` with ``arguments``, no shell, not waited for; False when it could not."""

# Call ids remembered per moment; a vendor re-announces only its current calls.
_REMEMBERED_CALLS = 256


def open_in_browser(url: str) -> bool:
    """Open ``url`` in the default browser; False when it is not a valid URL or none opened."""
    qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
    return qurl.isValid() and QDesktopServices.openUrl(qurl)


def start_detached(program: str, arguments: Sequence[str]) -> bool:
    """Start ``program`` with ``arguments`` directly (no shell), without waiting for it."""
    started, _pid = QProcess.startDetached(program, list(arguments))
    return started


class ScreenPopper(QObject):
    """Opens each moment's template once per call: a call announced ringing twice opens one
    tab. A launcher that fails is logged as a warning (no traceback, no caller data) and
    reported through :attr:`failed`; that pop is not retried for the same call.

    ``templates`` are already checked (:func:`agentdesk.screen_pop.screen_pop_templates`);
    ``agent`` is the agent's login for ``{agent}``; ``region`` reads national numbers for
    ``{number_e164}``. The launchers default to the desktop's browser and a detached process.

    Signals:
        popped(str, str): the moment ("ringing", "answered", "ended") and the option whose
            template was opened.
        failed(str): a screen pop could not be opened; a short message for the agent.
    """

    popped = Signal(str, str)
    failed = Signal(str)

    def __init__(
        self,
        templates: Mapping[CallMoment, ScreenPopTemplate],
        *,
        vendor: str,
        agent: str,
        region: str | None = None,
        open_url: UrlLauncher = open_in_browser,
        start_command: CommandLauncher = start_detached,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.templates = dict(templates)
        self.vendor = vendor
        self.agent = agent
        self.region = region
        self._open_url = open_url
        self._start_command = start_command
        self._done: dict[CallMoment, OrderedDict[str, None]] = {
            moment: OrderedDict() for moment in CallMoment
        }

    @classmethod
    def from_options(
        cls, options: Mapping[str, str], *, vendor: str, agent: str, region: str | None = None
    ) -> ScreenPopper:
        """A popper for a profile's options, with the real launchers; TemplateError (a
        ConfigurationError) when one of its screen_pop_* options is wrong."""
        return cls(screen_pop_templates(options), vendor=vendor, agent=agent, region=region)

    def attach(self, bridge: SessionBridge) -> None:
        """Pop on the calls ``bridge`` reports."""
        bridge.call_ringing.connect(self.on_ringing)
        bridge.call_answered.connect(self.on_answered)
        bridge.call_ended.connect(self.on_ended)

    def on_ringing(self, call: Call) -> None:
        self.pop(CallMoment.RINGING, call)

    def on_answered(self, call: Call) -> None:
        self.pop(CallMoment.ANSWERED, call)

    def on_ended(self, call: Call) -> None:
        self.pop(CallMoment.ENDED, call)

    def pop(self, moment: CallMoment, call: Call) -> bool:
        """Open ``moment``'s template for ``call``, unless it has none or did so already for
        this call id; True when something was opened."""
        template = self.templates.get(moment)
        done = self._done[moment]
        if template is None or call.id in done:
            return False
        done[call.id] = None
        while len(done) > _REMEMBERED_CALLS:
            done.popitem(last=False)
        variables = CallVariables.of_call(
            call, agent=self.agent, vendor=self.vendor, region=self.region
        )
        # The log names the option and the program, never the caller's number or name.
        target = "URL" if isinstance(template, UrlTemplate) else repr(template.program)
        try:
            if isinstance(template, UrlTemplate):
                opened = self._open_url(template.expand(variables))
            else:
                program, *arguments = template.expand(variables)
                opened = self._start_command(program, arguments)
            reason = "the system refused it"
        except PathSegmentError as exc:  # names the variable, not the caller's value
            opened, reason = False, str(exc)
        except (OSError, RuntimeError, ValueError) as exc:
            opened = False
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else ""
            reason = f"{type(exc).__name__}{': ' if detail else ''}{detail}"
        if not opened:
            log.warning(
                "screen pop %s: could not open the %s (%s)", template.option, target, reason
            )
            self.failed.emit(
                self.tr("Could not open the CRM for this call: check the screen pop settings.")
            )
            return False
        self.popped.emit(moment.value, template.option)
        return True
