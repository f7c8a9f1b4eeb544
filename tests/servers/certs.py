"""Test certificates (``trustme``): a throw-away CA and a server certificate issued by it."""

from __future__ import annotations

import os
import ssl
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import trustme

__all__ = ["Certificate", "make_certificate", "client_tls_context"]


class Certificate(NamedTuple):
    """PEM files of one test certificate."""

    ca_path: Path  # the CA certificate: what a client trusts (``cafile``)
    cert_path: Path  # the server's certificate chain (its certificate, then the CA's)
    key_path: Path  # the server's private key, mode 0600


def make_certificate(
    directory: Path, hostname: str = "localhost", *, extra_names: Iterable[str] = ()
) -> Certificate:
    """Write a new CA and a server certificate it issued into ``directory``.

    The server certificate names ``hostname``, "localhost", 127.0.0.1 and ``extra_names``
    (DNS names or IP addresses) in its subjectAltName; a client trusts it with
    ``ssl.create_default_context(cafile=ca_path)``.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    names = list(dict.fromkeys([hostname, "localhost", "127.0.0.1", *extra_names]))
    ca = trustme.CA()
    issued = ca.issue_cert(*names, common_name=hostname)
    result = Certificate(
        directory / f"{hostname}-ca.crt", directory / f"{hostname}.crt", directory / f"{hostname}.key"
    )
    ca.cert_pem.write_to_path(str(result.ca_path))
    result.cert_path.write_bytes(b"".join(blob.bytes() for blob in issued.cert_chain_pems))
    result.key_path.touch(mode=0o600)
    os.chmod(result.key_path, 0o600)
    issued.private_key_pem.write_to_path(str(result.key_path))
    return result


def client_tls_context(ca_path: Path) -> ssl.SSLContext:
    """A verifying client context that trusts (only) the CA certificate ``ca_path``."""
    return ssl.create_default_context(cafile=str(ca_path))
