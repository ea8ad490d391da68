"""``agentdesk relay --tls-cert FILE --tls-key FILE``: the relay serves HTTPS itself, without
a proxy in front. What can go wrong with the two files is said in one sentence each."""

from __future__ import annotations

import ssl
from pathlib import Path


class TlsFilesError(ValueError):
    """The certificate or key cannot serve: missing, unreadable, not PEM, or not a pair."""


def server_context(cert: Path | None, key: Path | None) -> ssl.SSLContext | None:
    """A server context from a PEM certificate (chain) and its private key; None when neither
    is given. TlsFilesError naming the file and the problem."""
    if cert is None and key is None:
        return None
    if cert is None or key is None:
        raise TlsFilesError("--tls-cert and --tls-key go together: give both, or neither")
    for what, path in (("certificate", cert), ("private key", key)):
        try:
            path.read_bytes()
        except OSError as exc:
            raise TlsFilesError(f"cannot read the {what} {path}: {exc.strerror or exc}") from None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(cert, key)
    except ssl.SSLError as exc:
        raise TlsFilesError(
            f"the certificate {cert} and the private key {key} do not make a pair, or are not "
            f"PEM, or the key has a passphrase ({exc.reason or exc})"
        ) from None
    return context
