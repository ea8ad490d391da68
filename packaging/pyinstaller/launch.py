"""The frozen AgentDesk's entry script: PyInstaller runs this file as ``__main__``.

The same as the ``agentdesk`` console script (``agentdesk.cli:main``); a script of its own
because PyInstaller's entry point must be a file, not a ``module:function``.
"""

import multiprocessing
import sys

from agentdesk.cli import main

LINK_SCHEMES = ("tel:", "callto:", "sip:")


def _arguments() -> list[str]:
    """The command line, with ``dial`` put before a bare link: macOS starts the .app for a
    clicked ``tel:`` link with the link alone as its argument (PyInstaller's argv emulation),
    and Windows' ``URL Protocol`` commands may do the same."""
    arguments = sys.argv[1:]
    if len(arguments) == 1 and arguments[0].lower().startswith(LINK_SCHEMES):
        return ["dial", *arguments]
    return arguments


if __name__ == "__main__":
    # The benchmarks' simulator host (agentdesk.sim.host) starts child processes; a frozen
    # child must run the child's code, not AgentDesk again. A no-op everywhere else.
    multiprocessing.freeze_support()
    sys.exit(main(_arguments()))
