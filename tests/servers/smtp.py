"""An SMTP sink for tests: an aiosmtpd server on 127.0.0.1 on a free port that records every
accepted message and can be told to answer with error codes, with STARTTLS and AUTH when asked
(see ``SmtpSink``).  A context manager::

    with SmtpSink() as smtp:
        ...
        smtp.wait_for(1)
"""

from __future__ import annotations

import asyncio
import shutil
import ssl
import tempfile
import threading
import weakref
from pathlib import Path
from typing import NamedTuple

from .certs import client_tls_context, make_certificate
from .ports import free_port

__all__ = ["SmtpSink", "Received"]


class Received(NamedTuple):
    """One accepted message: unpacks as ``(mail_from, rcpt_tos, raw_bytes)``."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes


class _Failure(NamedTuple):
    code: int
    text: str
    stage: str  # "mail", "rcpt", "data"; "drop": close after DATA; "hold": wait after DATA


class _SinkHandler:
    def __init__(self, sink: "SmtpSink") -> None:
        self.sink = sink

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.sink.auth_required and not session.authenticated:
            return "530 5.7.0 Authentication required"
        failure = self.sink._begin_transaction()
        envelope.sink_failure = failure  # type: ignore[attr-defined]
        if failure is not None and failure.stage == "mail":
            return f"{failure.code} {failure.text}"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        failure = getattr(envelope, "sink_failure", None)
        if failure is not None and failure.stage == "rcpt":
            return f"{failure.code} {failure.text}"
        rejection = self.sink._rejection(address)
        if rejection is not None:
            return f"{rejection[0]} {rejection[1]}"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        failure = getattr(envelope, "sink_failure", None)
        if failure is not None and failure.stage == "data":
            return f"{failure.code} {failure.text}"
        if failure is not None and failure.stage == "drop":  # the message is in, the answer never comes
            server.transport.abort()
            return "421 dropped"  # written to a closed transport: never arrives
        if failure is not None and failure.stage == "hold":
            self.sink._held.set()
            await asyncio.get_running_loop().run_in_executor(None, self.sink._release.wait, 60)
            return "451 held and let go"
        raw = envelope.original_content
        if raw is None:
            raw = envelope.content if isinstance(envelope.content, bytes) else b""
        self.sink._record(Received(envelope.mail_from, list(envelope.rcpt_tos), raw))
        return "250 Message accepted for delivery"


class SmtpSink:
    """An SMTP server on 127.0.0.1 that records what it accepts (see module docstring).

    ``messages``: snapshot list of ``Received(mail_from, rcpt_tos, data)``.
    ``fail_next(n, code, text, stage)``: the next ``n`` transactions (counted at MAIL FROM) are
    answered with ``code`` at MAIL FROM, at each RCPT TO, or (default) after DATA.
    ``reject_recipient(addr, code, text)``: RCPT TO for ``addr`` is answered with ``code``
    (until ``accept_recipient(addr)``).
    ``drop_after_data(n)``: the connection is closed after DATA, unanswered.
    ``hold_after_data()``: the next DATA waits unanswered until ``let_go()`` (``held`` is set
    meanwhile), e.g. to kill the client while a mail is in flight.

    ``tls=True``: STARTTLS with a test certificate (issued by the test CA in ``ca_path``; both
    written into ``cert_dir`` or a temporary directory removed when the sink is
    garbage-collected) and
    ``require_starttls``: every command but EHLO/HELO/NOOP/QUIT/STARTTLS needs TLS first.
    ``auth`` maps username -> password for AUTH PLAIN/LOGIN (offered only after STARTTLS when
    tls=True); ``auth_required=True`` refuses MAIL FROM before a successful AUTH.  Successful
    logins are recorded in ``logins`` (user names, in order).
    """

    host = "127.0.0.1"

    def __init__(
        self,
        *,
        hostname: str = "sink.test",
        ready_timeout: float = 10.0,
        tls: bool = False,
        auth: dict[str, str] | None = None,
        auth_required: bool = False,
        cert_dir: Path | None = None,
    ) -> None:
        self.hostname = hostname
        self.ready_timeout = ready_timeout
        self.tls = tls
        self.auth: dict[str, str] | None = dict(auth) if auth is not None else None
        if auth_required and auth is None:
            raise ValueError("auth_required=True needs auth={user: password}")
        self.auth_required = auth_required
        self.logins: list[str] = []
        self.ca_path: Path | None = None
        self.cert_path: Path | None = None
        self.key_path: Path | None = None
        if tls:
            if cert_dir is None:
                cert_dir = Path(tempfile.mkdtemp(prefix="smtp-sink-tls-"))
                weakref.finalize(self, shutil.rmtree, str(cert_dir), True)
            self.ca_path, self.cert_path, self.key_path = make_certificate(Path(cert_dir))
        self.port = free_port(self.host)
        self._cond = threading.Condition()
        self._messages: list[Received] = []
        self._pending: list[_Failure | None] = []
        self._rejected: dict[str, tuple[int, str]] = {}
        self.transactions = 0  # MAIL FROM commands seen
        self._held, self._release = threading.Event(), threading.Event()
        self._controller = None

    # ---- control -----------------------------------------------------------------------

    def fail_next(self, n: int = 1, code: int = 451, text: str = "try later", stage: str = "data"):
        if stage not in ("mail", "rcpt", "data"):
            raise ValueError(f"stage must be 'mail', 'rcpt' or 'data', not {stage!r}")
        with self._cond:
            self._pending.extend([_Failure(code, text, stage)] * n)

    def drop_after_data(self, after: int = 0) -> None:
        """After ``after`` normal transactions, the next one's connection is closed once the
        message data was sent, before the server answers (the client cannot know whether it
        was taken; the sink does not record it)."""
        with self._cond:
            self._pending.extend([None] * after + [_Failure(0, "", "drop")])

    def hold_after_data(self, after: int = 0) -> None:
        """After ``after`` normal transactions, the next one waits after the message data,
        unanswered, until ``let_go()`` (at most 60 s; then it is answered 451, not recorded).
        ``held`` is set while it waits."""
        with self._cond:
            self._pending.extend([None] * after + [_Failure(0, "", "hold")])

    @property
    def held(self) -> threading.Event:
        return self._held

    def let_go(self) -> None:
        self._release.set()

    def reject_recipient(self, addr: str, code: int = 550, text: str = "no such user") -> None:
        with self._cond:
            self._rejected[addr.strip("<>").lower()] = (code, text)

    def accept_recipient(self, addr: str) -> None:
        with self._cond:
            self._rejected.pop(addr.strip("<>").lower(), None)

    def reset(self) -> None:
        """Forget received messages, pending failures, rejections and logins."""
        with self._cond:
            self._messages.clear()
            self._pending.clear()
            self._rejected.clear()
            self.logins.clear()
            self.transactions = 0

    @property
    def messages(self) -> list[Received]:
        with self._cond:
            return list(self._messages)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        """Wait (bounded) until at least ``count`` messages arrived; return all of them."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._messages) >= count, timeout):
                raise TimeoutError(
                    f"SmtpSink: {len(self._messages)} of {count} messages after {timeout} s"
                )
            return list(self._messages)

    # ---- called from the server thread ---------------------------------------------------

    def _begin_transaction(self) -> _Failure | None:
        with self._cond:
            self.transactions += 1
            return self._pending.pop(0) if self._pending else None

    def _rejection(self, addr: str) -> tuple[int, str] | None:
        with self._cond:
            return self._rejected.get(addr.strip("<>").lower())

    def _record(self, received: Received) -> None:
        with self._cond:
            self._messages.append(received)
            self._cond.notify_all()

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        """aiosmtpd ``authenticator`` hook (AUTH PLAIN and LOGIN give a LoginPassword)."""
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if self.auth is None or not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        if user in self.auth and self.auth[user] == password:
            with self._cond:
                self.logins.append(user)
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)

    def tls_context(self) -> ssl.SSLContext:
        """A verifying client SSL context that trusts this sink's certificate."""
        if self.ca_path is None:
            raise RuntimeError("this SmtpSink has no certificate (tls=False)")
        return client_tls_context(self.ca_path)

    # ---- lifecycle ---------------------------------------------------------------------

    def start(self) -> "SmtpSink":
        from aiosmtpd.controller import Controller

        if self._controller is not None:
            return self
        options: dict = {}
        if self.tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(self.cert_path, self.key_path)
            options.update(tls_context=context, require_starttls=True)
        if self.auth is not None:
            # auth_required is enforced in _SinkHandler.handle_MAIL: aiosmtpd's own
            # auth_required warns ("Requiring AUTH while not requiring TLS") for every
            # connection without tls, an error under pytest's filterwarnings=error
            options.update(authenticator=self._authenticate, auth_require_tls=self.tls)
        controller = Controller(
            _SinkHandler(self),
            hostname=self.host,
            port=self.port,
            ready_timeout=self.ready_timeout,
            server_hostname=self.hostname,
            enable_SMTPUTF8=True,
            **options,
        )
        controller.start()
        self._controller = controller
        return self

    def stop(self) -> None:
        self._release.set()  # a held transaction ends before the server stops
        if self._controller is not None:
            controller, self._controller = self._controller, None
            controller.stop()

    def __enter__(self) -> "SmtpSink":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        tls = " tls" if self.tls else ""
        return f"<SmtpSink {self.host}:{self.port}{tls} {len(self.messages)} messages>"
