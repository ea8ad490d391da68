"""One package per vendor (``agentdesk/backends/<vendor>/``), each exporting its ``SPEC``, and
the code they share (HTTP, polling, live calls, the transport rule). The registry,
:mod:`agentdesk.vendors`, lists the vendors and builds the backend a profile names."""
