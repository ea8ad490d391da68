"""Doubles of the vendors' APIs, served on loopback for tests, ``--demo`` and ``agentdesk sim``.

Nothing in ``core``, ``backends`` or ``ui`` imports this package; simulators speak only their
vendor's words. Each ``agentdesk/sim/<vendor>/`` exports its :class:`~agentdesk.sim.spec.SimSpec`
as ``SIM`` (listed by :mod:`agentdesk.sim.registry`). Import the simulator modules themselves
(``agentdesk.sim.daktela.simulator``...): neither this package nor the specs import them, so
that ``agentdesk.sim.host`` and ``agentdesk`` itself stay light.
"""
