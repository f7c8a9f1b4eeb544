"""A private Dovecot 2.3 IMAP server for tests.

``Dovecot(tmpdir)`` runs ``dovecot -F`` with a self-contained configuration written into
``tmpdir``, listening on 127.0.0.1 on a free port, plain-text login, maildir storage under
``<tmpdir>/mail/<user>``.  A context manager::

    with Dovecot(Path(tmp)) as imap:
        imap.append("registration", b"Subject: hi\\r\\n\\r\\nbody\\r\\n")

TLS and OAuth2 (both off by default):

* ``tls=True``: STARTTLS on ``.port``, implicit TLS on ``.tls_port``, a certificate issued by
  the test CA in ``.ca_path`` (pass that as ``cafile``); ``disable_plaintext_auth = yes``.
  Caveat: Dovecot always counts a connection whose remote IP equals its local IP
  (127.0.0.1 -> 127.0.0.1) as "secured" and allows plain-text logins on it, whatever the
  configuration.  So the server also listens on ``.untrusted_host`` (127.0.0.2; the kernel
  picks 127.0.0.1 as the client's source address) where a login without TLS really is refused.
  ``connect()`` and the other helpers use STARTTLS themselves.
* ``oauth2_tokens={"user": "token"}``: SASL XOAUTH2 and OAUTHBEARER, validated by Dovecot's
  oauth2 passdb against the introspection endpoint of ``oauth.py`` (``.oauth2_url``; requests
  it answered in ``.oauth2_requests``).

Running as root vs. as an ordinary user (what Dovecot insists on):

* as root, login processes may not run as root ("This process must not be run as root"), mail
  processes may not run as root ("Mail access not allowed for root"), and passwd-file refuses
  UID 0.  So logins run as ``dovenull`` (or ``nobody``), mail as ``nobody`` (uid/gid in the
  passwd-file), everything else (auth, log, stats, ...) as root.  pytest's tmp directories sit
  below ``/tmp/pytest-of-root`` (mode 0700), which ``nobody`` cannot traverse; therefore the mail
  processes are chrooted (while still root) into ``<tmpdir>/mail`` (home ``<tmpdir>/mail/./<user>``
  plus ``valid_chroot_dirs``) and each user's directory is created owned by ``nobody``.
* as an ordinary user, every service must run as that user (``default_login_user`` and
  ``default_internal_user`` = the current user) and no service may chroot.
"""

from __future__ import annotations

import grp
import os
import pwd
import signal
import socket
import ssl
import subprocess
import time
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from imapclient import IMAPClient

from .certs import client_tls_context, make_certificate
from .oauth import Introspected, IntrospectionEndpoint
from .ports import free_port
from .procs import end_process_tree, process_table

__all__ = ["Dovecot", "DOVECOT_BINARY"]

DOVECOT_BINARY = "/usr/sbin/dovecot"


def _stop_master(proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Stop the Dovecot master and make sure none of its children survive.

    On SIGTERM the master signals its children and exits after about a second without waiting
    for them; an imap process serving a connection then lingers for up to ~10 s before it
    says "* BYE Server shutting down".  So the surviving children get a SIGTERM of their own
    (same BYE, at once), and a SIGKILL if even that does not end them.
    """
    end_process_tree(
        proc, [(signal.SIGTERM, timeout)], timeout, leftovers=(signal.SIGTERM, signal.SIGKILL)
    )


class Dovecot:
    """A private Dovecot IMAP server in ``tmpdir``; see the module docstring.

    ``users`` maps login -> password (plain).  ``separator`` is the hierarchy separator of the
    (only) namespace; ``idle_notify_interval`` is Dovecot's ``imap_idle_notify_interval`` (the
    interval of ``* OK Still here`` keep-alive lines during IDLE; new mail is reported
    immediately via inotify, with ``mailbox_idle_check_interval`` = 1 s as the fallback).

    ``tls=True``: ``ssl = yes`` with a test certificate (``cert_path``/``key_path``, issued by
    the CA in ``ca_path``, see ``certs.make_certificate``): STARTTLS on ``port``, implicit TLS on ``tls_port``,
    ``disable_plaintext_auth = yes``; both ports also on ``untrusted_host`` (where a login without
    TLS is refused; on 127.0.0.1 Dovecot allows it, see the module docstring).  ``tls_port`` and
    ``untrusted_host`` are None when tls is off.
    ``oauth2_tokens`` maps login -> OAuth2 access token: SASL XOAUTH2 and OAUTHBEARER are then
    accepted (checked by an oauth2 passdb against ``oauth2_url``, see the module docstring);
    password logins keep working.  Every user with a token needs an entry in ``users``
    (that is where its mail directory comes from).
    ``auth_penalty``: Dovecot delays the next authentication from an IP after failed ones
    (2 s, 4 s, ... up to 15 s, via anvil); False switches that off, None (default) means off
    when ``tls`` or ``oauth2_tokens`` is used and Dovecot's default otherwise.
    """

    host = "127.0.0.1"

    def __init__(
        self,
        tmpdir: Path,
        users: dict[str, str] | None = None,
        *,
        separator: str = "/",
        idle_notify_interval: str = "1 secs",
        start_timeout: float = 15.0,
        binary: str = DOVECOT_BINARY,
        tls: bool = False,
        oauth2_tokens: dict[str, str] | None = None,
        auth_penalty: bool | None = None,
    ) -> None:
        self.tmpdir = Path(tmpdir).resolve()
        self.users: dict[str, str] = dict(users if users is not None else {"registration": "secret"})
        for name, password in self.users.items():
            for value in (name, password):
                if not value or any(c in value for c in ":\r\n\0"):
                    raise ValueError(f"unusable user name or password for passwd-file: {value!r}")
        self.separator = separator
        self.idle_notify_interval = idle_notify_interval
        self.start_timeout = start_timeout
        self.binary = binary
        self.tls = tls
        if auth_penalty is None:
            auth_penalty = not tls and oauth2_tokens is None
        self.auth_penalty = auth_penalty
        self.oauth2_tokens: dict[str, str] | None = (
            dict(oauth2_tokens) if oauth2_tokens is not None else None
        )
        for name, token in (self.oauth2_tokens or {}).items():
            if name not in self.users:
                raise ValueError(f"oauth2 token for {name!r}, who is not in users")
            if not token or any(c.isspace() or c in "\1\0" for c in token):
                raise ValueError(f"unusable oauth2 token for {name!r}: {token!r}")
        if self.oauth2_tokens and len(set(self.oauth2_tokens.values())) < len(self.oauth2_tokens):
            raise ValueError("oauth2 tokens must be distinct (a token identifies its user)")
        self.port = free_port(self.host)
        self.tls_port: int | None = free_port(self.host) if tls else None
        while self.tls_port == self.port:
            self.tls_port = free_port(self.host)
        self.untrusted_host: str | None = (
            self._bindable("127.0.0.2", self.port, self.tls_port) if tls else None
        )
        self.ca_path: Path | None = None
        self.cert_path: Path | None = None
        self.key_path: Path | None = None
        self.oauth2: IntrospectionEndpoint | None = (
            IntrospectionEndpoint(self.oauth2_tokens) if self.oauth2_tokens is not None else None
        )
        self.oauth2_url: str | None = self.oauth2.url if self.oauth2 is not None else None
        self.instance_name = f"mailbot-test-{self.port}"  # names the child processes
        self.conf_path = self.tmpdir / "dovecot.conf"
        self.log_path = self.tmpdir / "dovecot.log"
        self.stderr_path = self.tmpdir / "dovecot.stderr"
        self.mail_root = self.tmpdir / "mail"
        self.process: subprocess.Popen[bytes] | None = None
        self._finalizer: weakref.finalize[Any, Any] | None = None
        self._written = False

    # ---- configuration -----------------------------------------------------------------

    @staticmethod
    def _bindable(address: str, *ports: int) -> str | None:
        """``address`` if ``ports`` can be bound on it right now, else None."""
        for port in ports:
            try:
                with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                    s.bind((address, port))
            except OSError:
                return None
        return address

    @staticmethod
    def _unprivileged(*names: str) -> pwd.struct_passwd:
        for name in names:
            try:
                return pwd.getpwnam(name)
            except KeyError:
                continue
        raise RuntimeError(f"none of the accounts {names} exists; cannot run Dovecot as root")

    def _write_config(self) -> None:
        t = self.tmpdir
        t.mkdir(parents=True, exist_ok=True)
        (t / "run").mkdir(exist_ok=True)
        (t / "state").mkdir(exist_ok=True)
        self.mail_root.mkdir(exist_ok=True)
        as_root = os.geteuid() == 0
        if as_root:
            login_user = self._unprivileged("dovenull", "nobody").pw_name
            internal_user = "root"
            mail = self._unprivileged("nobody", "dovenull")
            mail_uid, mail_gid = mail.pw_uid, mail.pw_gid
        else:
            login_user = internal_user = pwd.getpwuid(os.geteuid()).pw_name
            mail_uid, mail_gid = os.geteuid(), os.getegid()

        lines = []
        for name, password in self.users.items():
            home = self.mail_root / name
            home.mkdir(exist_ok=True)
            if as_root:
                os.chown(home, mail_uid, mail_gid)
                # "/./": chroot to mail_root, home inside the chroot is /<name>
                home_field = f"{self.mail_root}/./{name}"
            else:
                home_field = str(home)
            lines.append(f"{name}:{{PLAIN}}{password}:{mail_uid}:{mail_gid}::{home_field}::\n")
        passwd = t / "users.passwd"
        passwd.write_text("".join(lines), encoding="utf-8")

        if self.tls:
            self.ca_path, self.cert_path, self.key_path = make_certificate(
                t / "tls", "localhost", extra_names=[self.untrusted_host or self.host]
            )
            # disable_plaintext_auth does not apply to 127.0.0.1 -> 127.0.0.1 connections
            # (Dovecot counts them as "secured"), hence the listener on untrusted_host
            addresses = " ".join(dict.fromkeys([self.host, self.untrusted_host or self.host]))
            tls_settings = (
                "ssl = yes\n"
                "disable_plaintext_auth = yes\n"
                f"ssl_cert = <{self.cert_path}\n"
                f"ssl_key = <{self.key_path}\n"
            )
            imaps_listener = (
                f"  inet_listener imaps {{\n    address = {addresses}\n"
                f"    port = {self.tls_port}\n    ssl = yes\n  }}\n"
            )
        else:
            addresses = self.host
            tls_settings = "ssl = no\ndisable_plaintext_auth = no\n"
            imaps_listener = "  inet_listener imaps {\n    port = 0\n  }\n"

        mechanisms = "plain login"
        oauth2_passdb = ""
        if self.oauth2 is not None:
            mechanisms += " oauthbearer xoauth2"
            oauth2_conf = t / "dovecot-oauth2.conf.ext"
            oauth2_conf.write_text(
                "# token introspection (RFC 7662) served by tests/servers/oauth.py\n"
                f"introspection_url = {self.oauth2_url}\n"
                "introspection_mode = post\n"
                "username_attribute = username\n"
                "username_format = %u\n"
                "active_attribute = active\n"
                "active_value = true\n"
                "timeout_msecs = 10000\n",
                encoding="utf-8",
            )
            oauth2_passdb = (
                f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {oauth2_conf}\n}}\n"
            )
        # the passwd-file passdb gets no token to compare as a password
        password_mechanisms = "  mechanisms = plain login\n" if oauth2_passdb else ""

        if self.auth_penalty:
            penalty = ""
        else:
            # no listener for the auth process -> no penalty (Dovecot's documented switch)
            penalty = (
                "service anvil {\n  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n}\n"
            )

        if as_root:
            privileges = f"valid_chroot_dirs = {self.mail_root}\n"
            login_chroot = ""
        else:
            # some sockets are chown()ed to this group; chroot needs root: switch it off for
            # every service that has one by default
            privileges = f"default_internal_group = {grp.getgrgid(os.getegid()).gr_name}\n"
            privileges += "".join(
                f"service {s} {{\n  chroot =\n}}\n"
                for s in ("anvil", "ipc", "old-stats", "aggregator", "imap-urlauth-login")
            )
            login_chroot = "  chroot =\n"

        conf = f"""\
# Written by tests/servers/dovecot.py -- a self-contained test server, not the system Dovecot.
base_dir = {t}/run
state_dir = {t}/state
instance_name = {self.instance_name}
log_path = {self.log_path}
info_log_path = {self.log_path}
protocols = imap
listen = {addresses}
{tls_settings}auth_mechanisms = {mechanisms}
auth_verbose = yes
auth_failure_delay = 0
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = {mail_uid}
first_valid_gid = {mail_gid}
{privileges}{penalty}
passdb {{
  driver = passwd-file
{password_mechanisms}  args = scheme=PLAIN username_format=%u {passwd}
}}
{oauth2_passdb}userdb {{
  driver = passwd-file
  args = username_format=%u {passwd}
}}

mail_location = maildir:~
mail_plugins =
mail_max_userip_connections = 100
mailbox_idle_check_interval = 1 secs
imap_idle_notify_interval = {self.idle_notify_interval}

namespace inbox {{
  inbox = yes
  separator = {self.separator}
}}

service imap-login {{
{login_chroot}  inet_listener imap {{
    address = {addresses}
    port = {self.port}
  }}
{imaps_listener}}}
"""
        self.conf_path.write_text(conf, encoding="utf-8")
        self._written = True

    # ---- lifecycle ---------------------------------------------------------------------

    def start(self) -> "Dovecot":
        if self.process is not None and self.process.poll() is None:
            return self
        if not os.path.exists(self.binary):
            raise FileNotFoundError(f"Dovecot binary not found: {self.binary}")
        if not self._written:
            self._write_config()
        if self.oauth2 is not None:
            self.oauth2.start()
        # left behind only if the master was SIGKILLed; a stale one may block the start
        (self.tmpdir / "run" / "master.pid").unlink(missing_ok=True)
        stderr = open(self.stderr_path, "ab")
        try:
            self.process = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.conf_path)],
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                start_new_session=True,  # a Ctrl-C in the test run is not forwarded to it
            )
        finally:
            stderr.close()
        self._finalizer = weakref.finalize(self, _stop_master, self.process, 10.0)
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self) -> None:
        """Poll (bounded) until the port answers with an IMAP greeting and a login works."""
        deadline = time.monotonic() + self.start_timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._fail(f"dovecot exited with status {self.process.returncode}")
            if "Fatal: " in self.log():
                self._fail("fatal error in the log")
            try:
                with socket.create_connection((self.host, self.port), timeout=2) as s:
                    greeting = s.makefile("rb").readline()
                if greeting.startswith(b"* OK"):
                    break
                last_error = RuntimeError(f"unexpected greeting {greeting!r}")
            except OSError as exc:
                last_error = exc
            time.sleep(0.05)
        else:
            self._fail(f"port {self.port} not ready after {self.start_timeout} s ({last_error})")
        # a full login checks auth, privileges and the mail directory in one go
        user = next(iter(self.users))
        try:
            with self.connect(user, timeout=self.start_timeout):
                pass
        except Exception as exc:
            self._fail(f"test login as {user!r} failed: {exc!r}")

    def _fail(self, message: str) -> None:
        raise RuntimeError(f"Dovecot did not start: {message}\n{self.diagnostics()}")

    def diagnostics(self) -> str:
        parts = []
        for label, path in (("stderr", self.stderr_path), ("log", self.log_path)):
            try:
                text = path.read_text(errors="replace")
            except OSError:
                text = "(none)"
            parts.append(f"--- dovecot {label} ({path}) ---\n{text[-8000:]}")
        return "\n".join(parts)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server (SIGTERM to the master, which stops its children); data stays."""
        if self._finalizer is not None:
            self._finalizer()  # runs _stop_master once
            self._finalizer = None
        self.process = None
        if self.oauth2 is not None:
            self.oauth2.stop()

    def processes(self) -> list[int]:
        """Live processes of this server: the master (its command line names the config)
        and its children (their titles start with ``dovecot-<instance_name>/``)."""
        markers = (str(self.conf_path).encode(), f"dovecot-{self.instance_name}/".encode())
        found = []
        for pid, (_ppid, state, _start) in process_table().items():
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmdline = f.read()
            except OSError:
                continue
            if any(m in cmdline for m in markers) and state not in (b"Z", b"X"):
                found.append(pid)
        return sorted(found)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def __enter__(self) -> "Dovecot":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        tls = f" tls:{self.tls_port}" if self.tls else ""
        return f"<Dovecot {self.host}:{self.port}{tls} {state} in {self.tmpdir}>"

    # ---- IMAP helpers --------------------------------------------------------------------

    def tls_context(self) -> ssl.SSLContext:
        """A verifying client SSL context that trusts this server's certificate."""
        if self.ca_path is None:
            raise RuntimeError("this Dovecot has no certificate (tls=False or not started)")
        return client_tls_context(self.ca_path)

    @property
    def oauth2_requests(self) -> list[Introspected]:
        """The requests the introspection endpoint answered (``oauth2.IntrospectionEndpoint``)."""
        return self.oauth2.requests if self.oauth2 is not None else []

    def connect(self, user: str, timeout: float = 30.0) -> IMAPClient:
        """A logged-in ``imapclient.IMAPClient`` (plain login; with tls=True after STARTTLS,
        verifying the certificate); use as context manager."""
        client = IMAPClient(self.host, self.port, ssl=False, timeout=timeout)
        try:
            if self.tls:
                client.starttls(self.tls_context())
            client.login(user, self.users[user])
        except BaseException:
            client.shutdown()
            raise
        return client

    @staticmethod
    def _ensure_folder(client: IMAPClient, folder: str) -> None:
        if not client.folder_exists(folder):
            client.create_folder(folder)

    def append(self, user: str, raw: bytes, folder: str = "INBOX", flags: Iterable[bytes | str] = ()) -> None:
        """APPEND one message (the folder is created when missing)."""
        with self.connect(user) as client:
            self._ensure_folder(client, folder)
            client.append(folder, raw, flags=tuple(flags))

    def append_many(
        self, user: str, messages: Iterable[bytes], folder: str = "INBOX", batch: int = 500
    ) -> int:
        """APPEND many messages over ONE connection (MULTIAPPEND batches, LITERAL+).

        Returns the number of messages appended.
        """
        count = 0
        with self.connect(user, timeout=120) as client:
            self._ensure_folder(client, folder)
            multi = client.has_capability("MULTIAPPEND")
            chunk: list[bytes] = []
            for raw in messages:
                chunk.append(raw)
                if len(chunk) >= batch:
                    count += self._append_chunk(client, folder, chunk, multi)
                    chunk = []
            if chunk:
                count += self._append_chunk(client, folder, chunk, multi)
        return count

    @staticmethod
    def _append_chunk(client: IMAPClient, folder: str, chunk: list[bytes], multi: bool) -> int:
        if multi:
            client.multiappend(folder, chunk)
        else:
            for raw in chunk:
                client.append(folder, raw)
        return len(chunk)

    def list_folder(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Raw messages in ``folder`` in UID order ([] if the folder does not exist)."""
        with self.connect(user) as client:
            if not client.folder_exists(folder):
                return []
            info = client.select_folder(folder, readonly=True)
            if not info.get(b"EXISTS"):
                return []
            uids = sorted(client.search("ALL"))  # imapclient uses UIDs by default
            result: list[bytes] = []
            for i in range(0, len(uids), 1000):  # keep command lines short
                fetched = client.fetch(uids[i : i + 1000], [b"BODY.PEEK[]"])
                result.extend(fetched[uid][b"BODY[]"] for uid in sorted(fetched))
            return result

    def folders(self, user: str) -> list[str]:
        """Names of all folders of ``user`` (decoded, with the server's separator)."""
        with self.connect(user) as client:
            return [name for _flags, _sep, name in client.list_folders()]
