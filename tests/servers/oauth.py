"""An OAuth2 token introspection endpoint (RFC 7662) for Dovecot's oauth2 passdb.

``IntrospectionEndpoint(tokens)`` serves ``http://127.0.0.1:<port>/introspect`` from a thread
of this process: ``{"active": true, "username": user}`` for a known token, else
``{"active": false}``; every request it answered is in ``requests`` as
``(method, path, token, user)``.  A context manager (``start()``/``stop()``).
"""

from __future__ import annotations

import json
import threading
import urllib.parse
import weakref
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from .ports import free_port

__all__ = ["IntrospectionEndpoint", "Introspected"]

Introspected = tuple[str, str, "str | None", "str | None"]  # method, path, token, user


class _Handler(BaseHTTPRequestHandler):
    """Accepts the token the ways Dovecot's ``introspection_mode`` sends it: ``post``
    (``token=...`` form body), ``get`` (appended to the URL, here ``?token=``) and ``auth``
    (``Authorization: Bearer ...``)."""

    server: _Server

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        self._answer(urllib.parse.parse_qs(body).get("token", [None])[0])

    def do_GET(self) -> None:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        token = (query.get("token") or query.get("access_token") or [None])[0]
        auth = self.headers.get("Authorization", "")
        if token is None and auth.lower().startswith("bearer "):
            token = auth[7:].strip()
        self._answer(token)

    def _answer(self, token: str | None) -> None:
        user = self.server.owners.get(token) if token is not None else None
        self.server.requests.append((self.command, self.path, token, user))
        answer = {"active": True, "username": user} if user is not None else {"active": False}
        payload = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet, no stderr noise
        pass


class _Server(HTTPServer):
    def __init__(
        self, address: tuple[str, int], owners: dict[str, str], requests: list[Introspected]
    ) -> None:
        self.owners = owners
        self.requests = requests
        super().__init__(address, _Handler)


def _shut_down(server: HTTPServer, thread: threading.Thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join(10)


class IntrospectionEndpoint:
    """The endpoint for ``tokens`` (user -> access token); see the module docstring."""

    host = "127.0.0.1"

    def __init__(self, tokens: dict[str, str]) -> None:
        self.owners = {token: user for user, token in tokens.items()}
        self.port = free_port(self.host)
        self.url = f"http://{self.host}:{self.port}/introspect"
        self.requests: list[Introspected] = []
        self._finalizer: weakref.finalize[Any, Any] | None = None

    def start(self) -> IntrospectionEndpoint:
        if self._finalizer is not None:
            return self
        server = _Server((self.host, self.port), self.owners, self.requests)
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"oauth2-introspection-{self.port}",
            daemon=True,
        )
        thread.start()
        self._finalizer = weakref.finalize(self, _shut_down, server, thread)
        return self

    def stop(self) -> None:
        if self._finalizer is not None:
            self._finalizer()
            self._finalizer = None

    def __enter__(self) -> IntrospectionEndpoint:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
