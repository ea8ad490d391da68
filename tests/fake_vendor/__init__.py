"""A vendor that lives in one folder outside ``agentdesk``: the proof that adding a vendor
touches no other file.

AgentDesk finds it only through the entry points a package would declare (the tests write
its ``.dist-info``): ``fake = tests.fake_vendor.spec:SPEC`` in ``agentdesk.vendors`` and
``fake = tests.fake_vendor.sim_spec:SIM`` in ``agentdesk.simulators``. Its call centre has one
agent whose state its simulator serves over loopback HTTP, and its backend reads it.
"""
