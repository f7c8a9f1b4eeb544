"""Real, throw-away mail servers for integration tests.

* ``Dovecot``: a private Dovecot 2.3 IMAP server (``dovecot -F`` with a self-contained
  configuration written into a temporary directory), listening on 127.0.0.1 on a free port,
  plain-text login, maildir storage under ``<tmpdir>/mail/<user>``.
* ``SmtpSink``: an aiosmtpd server on 127.0.0.1 on a free port that records every accepted
  message and can be told to answer with error codes.
* ``make_certificate``: a self-signed certificate (its own CA) for "localhost" and 127.0.0.1.

TLS and OAuth2 (all off by default):

* ``Dovecot(..., tls=True)``: STARTTLS on ``.port``, implicit TLS on ``.tls_port``, certificate
  ``.cert_path`` (pass it as ``cafile``); ``disable_plaintext_auth = yes``.  Caveat: Dovecot
  always counts a connection whose remote IP equals its local IP (127.0.0.1 -> 127.0.0.1) as
  "secured" and allows plain-text logins on it, whatever the configuration.  So the server also
  listens on ``.untrusted_host`` (127.0.0.2; the kernel picks 127.0.0.1 as the client's source
  address) where a login without TLS really is refused.  ``connect()`` and the other helpers
  use STARTTLS themselves.
* ``Dovecot(..., oauth2_tokens={"user": "token"})``: SASL XOAUTH2 and OAUTHBEARER, validated by
  Dovecot's oauth2 passdb against a small introspection endpoint (RFC 7662, POST) served from a
  thread of this process (``.oauth2_url``; requests it answered in ``.oauth2_requests``).
* ``SmtpSink(tls=True)``: STARTTLS required before MAIL; ``SmtpSink(auth={"user": "password"})``:
  AUTH PLAIN/LOGIN (only after STARTTLS when tls=True); successful logins in ``.logins``.

Plain module: no pytest needed.  Both classes are context managers::

    with Dovecot(Path(tmp)) as imap, SmtpSink() as smtp:
        imap.append("registration", b"Subject: hi\\r\\n\\r\\nbody\\r\\n")
        ...

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

import asyncio
import datetime
import ipaddress
import json
import os
import grp
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import urllib.parse
import weakref
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Iterable, NamedTuple

DOVECOT_BINARY = "/usr/sbin/dovecot"

__all__ = [
    "Dovecot",
    "SmtpSink",
    "Received",
    "free_port",
    "make_certificate",
    "client_tls_context",
    "DOVECOT_BINARY",
]


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free a moment ago (bound to port 0, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------------------------
# TLS certificates
# --------------------------------------------------------------------------------------------


def make_certificate(
    directory: Path, hostname: str = "localhost", *, extra_names: Iterable[str] = ()
) -> tuple[Path, Path]:
    """Write a self-signed certificate and its key (PEM) into ``directory``.

    The certificate names ``hostname``, "localhost", 127.0.0.1 and ``extra_names`` (DNS names
    or IP addresses) in its subjectAltName and is its own CA (basicConstraints CA:TRUE), so a
    client trusts it with ``ssl.create_default_context(cafile=cert_path)``.  Uses the ``cryptography`` package when it
    is importable, else the ``openssl`` command line.  Returns ``(cert_path, key_path)``; the key
    file is mode 0600.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    cert_path = directory / f"{hostname}.crt"
    key_path = directory / f"{hostname}.key"
    names = list(dict.fromkeys([hostname, "localhost", *extra_names]))
    try:
        import cryptography  # noqa: F401
    except ImportError:
        _make_certificate_openssl(cert_path, key_path, hostname, names)
    else:
        _make_certificate_cryptography(cert_path, key_path, hostname, names)
    os.chmod(key_path, 0o600)
    return cert_path, key_path


def _san_entries(names: list[str]) -> tuple[list[str], list[str]]:
    """(DNS names, IP addresses) for the subjectAltName; 127.0.0.1 is always included."""
    dns, ips = [], ["127.0.0.1"]
    for name in names:
        try:
            ips.append(str(ipaddress.ip_address(name)))
        except ValueError:
            dns.append(name)
    return dns, list(dict.fromkeys(ips))


def _make_certificate_cryptography(
    cert_path: Path, key_path: Path, hostname: str, names: list[str]
) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)])
    dns, ips = _san_entries(names)
    san = [x509.DNSName(n) for n in dns] + [x509.IPAddress(ipaddress.ip_address(i)) for i in ips]
    now = datetime.datetime.now(datetime.timezone.utc)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(san), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=True,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(ski, critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def _make_certificate_openssl(
    cert_path: Path, key_path: Path, hostname: str, names: list[str]
) -> None:
    openssl = shutil.which("openssl")
    if openssl is None:
        raise RuntimeError("make_certificate needs the cryptography package or the openssl command")
    dns, ips = _san_entries(names)
    san = ",".join([f"DNS:{n}" for n in dns] + [f"IP:{i}" for i in ips])
    command = [
        openssl, "req", "-x509", "-new", "-nodes",
        "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-keyout", str(key_path), "-out", str(cert_path),
        "-days", "30", "-sha256",
        "-subj", f"/CN={hostname}",
        # -config /dev/null: no system openssl.cnf defaults (all extensions are given here)
        "-config", os.devnull,
        "-addext", f"subjectAltName={san}",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,digitalSignature,keyAgreement,keyCertSign",
        "-addext", "extendedKeyUsage=serverAuth",
        "-addext", "subjectKeyIdentifier=hash",
        "-addext", "authorityKeyIdentifier=keyid:always",
    ]
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"openssl failed ({result.returncode}): {result.stderr.strip()}")


def client_tls_context(cert_path: Path) -> ssl.SSLContext:
    """A verifying client context that trusts (only) the certificate ``cert_path``."""
    return ssl.create_default_context(cafile=str(cert_path))


# --------------------------------------------------------------------------------------------
# OAuth2 token introspection endpoint (for Dovecot's oauth2 passdb)
# --------------------------------------------------------------------------------------------


class _IntrospectionHandler(BaseHTTPRequestHandler):
    """RFC 7662 token introspection: ``{"active": true, "username": ...}`` for a known token.

    Accepts the token the ways Dovecot's ``introspection_mode`` sends it: ``post``
    (``token=...`` form body), ``get`` (appended to the URL, here ``?token=``) and ``auth``
    (``Authorization: Bearer ...``).
    """

    server: "_IntrospectionServer"

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

    def log_message(self, format, *args) -> None:  # noqa: A002 - quiet, no stderr noise
        pass


class _IntrospectionServer(HTTPServer):
    def __init__(self, address: tuple[str, int], owners: dict[str, str], requests: list):
        self.owners = owners
        self.requests = requests
        super().__init__(address, _IntrospectionHandler)


def _stop_http_server(server: HTTPServer, thread: threading.Thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join(10)


# --------------------------------------------------------------------------------------------
# Dovecot
# --------------------------------------------------------------------------------------------


def _children_by_parent() -> dict[int, list[int]]:
    """Map pid -> child pids from /proc (Linux); empty where /proc is unavailable."""
    from procs import process_table

    result: dict[int, list[int]] = {}
    for pid, (ppid, _state, _start) in process_table().items():
        result.setdefault(ppid, []).append(pid)
    return result


def _start_time(pid: int) -> bytes | None:
    """Start time of a live process (None if gone or a zombie: zombies are dead already).

    Zombies matter here: the master does not wait for its children, they are re-parented to
    PID 1, and in containers PID 1 may be slow to reap them.
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rfind(b")") + 2 :].split()
    if fields[0] in (b"Z", b"X"):
        return None
    return fields[19]


def _descendants(pid: int) -> dict[int, bytes]:
    """pid -> start time of every live descendant of ``pid``."""
    tree = _children_by_parent()
    found: dict[int, bytes] = {}
    todo = list(tree.get(pid, []))
    while todo:
        child = todo.pop()
        start = _start_time(child)
        if start is not None:
            found[child] = start
        todo.extend(tree.get(child, []))
    return found


def _kill_process(proc: subprocess.Popen, timeout: float) -> None:
    """Stop the Dovecot master and make sure none of its children survive.

    On SIGTERM the master signals its children and exits after about a second without waiting
    for them; an imap process serving a connection then lingers for up to ~10 s before it
    says "* BYE Server shutting down".  So the surviving children get a SIGTERM of their own
    (same BYE, at once), and a SIGKILL if even that does not end them.
    """
    children = _descendants(proc.pid) if proc.poll() is None else {}
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, timeout)):
        alive = {pid: st for pid, st in children.items() if _start_time(pid) == st}
        if not alive:
            return
        for pid in alive:
            try:
                os.kill(pid, sig)
            except OSError:
                pass
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and any(
            _start_time(pid) == st for pid, st in alive.items()
        ):
            time.sleep(0.01)


class Dovecot:
    """A private Dovecot IMAP server in ``tmpdir``; see the module docstring.

    ``users`` maps login -> password (plain).  ``separator`` is the hierarchy separator of the
    (only) namespace; ``idle_notify_interval`` is Dovecot's ``imap_idle_notify_interval`` (the
    interval of ``* OK Still here`` keep-alive lines during IDLE; new mail is reported
    immediately via inotify, with ``mailbox_idle_check_interval`` = 1 s as the fallback).

    ``tls=True``: ``ssl = yes`` with a self-signed certificate (``cert_path``/``key_path``,
    see ``make_certificate``): STARTTLS on ``port``, implicit TLS on ``tls_port``,
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
        self.cert_path: Path | None = None
        self.key_path: Path | None = None
        self.oauth2_port: int | None = free_port(self.host) if oauth2_tokens is not None else None
        self.oauth2_url: str | None = (
            f"http://{self.host}:{self.oauth2_port}/introspect" if self.oauth2_port else None
        )
        self.oauth2_requests: list[tuple[str, str, str | None, str | None]] = []
        self._http: tuple[HTTPServer, threading.Thread] | None = None
        self._http_finalizer: weakref.finalize | None = None
        self.instance_name = f"mailbot-test-{self.port}"  # names the child processes
        self.conf_path = self.tmpdir / "dovecot.conf"
        self.log_path = self.tmpdir / "dovecot.log"
        self.stderr_path = self.tmpdir / "dovecot.stderr"
        self.mail_root = self.tmpdir / "mail"
        self.process: subprocess.Popen | None = None
        self._finalizer: weakref.finalize | None = None
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
            self.cert_path, self.key_path = make_certificate(
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
        if self.oauth2_tokens is not None:
            mechanisms += " oauthbearer xoauth2"
            oauth2_conf = t / "dovecot-oauth2.conf.ext"
            oauth2_conf.write_text(
                "# token introspection (RFC 7662) served by tests/servers.py\n"
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
# Written by tests/servers.py -- a self-contained test server, not the system Dovecot.
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
        self._start_oauth2_server()
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
        self._finalizer = weakref.finalize(self, _kill_process, self.process, 10.0)
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _start_oauth2_server(self) -> None:
        if self.oauth2_tokens is None or self._http is not None:
            return
        owners = {token: user for user, token in self.oauth2_tokens.items()}
        server = _IntrospectionServer((self.host, self.oauth2_port), owners, self.oauth2_requests)
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"oauth2-introspection-{self.oauth2_port}",
            daemon=True,
        )
        thread.start()
        self._http = (server, thread)
        self._http_finalizer = weakref.finalize(self, _stop_http_server, server, thread)

    def _stop_oauth2_server(self) -> None:
        if self._http_finalizer is not None:
            self._http_finalizer()
            self._http_finalizer = None
        self._http = None

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
            self._finalizer()  # runs _kill_process once
            self._finalizer = None
        self.process = None
        self._stop_oauth2_server()

    def processes(self) -> list[int]:
        """Live processes of this server: the master (its command line names the config)
        and its children (their titles start with ``dovecot-<instance_name>/``)."""
        markers = (str(self.conf_path).encode(), f"dovecot-{self.instance_name}/".encode())
        found = []
        for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    cmdline = f.read()
            except OSError:
                continue
            if any(m in cmdline for m in markers) and _start_time(int(entry)) is not None:
                found.append(int(entry))
        return found

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

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        tls = f" tls:{self.tls_port}" if self.tls else ""
        return f"<Dovecot {self.host}:{self.port}{tls} {state} in {self.tmpdir}>"

    # ---- IMAP helpers --------------------------------------------------------------------

    def tls_context(self) -> ssl.SSLContext:
        """A verifying client SSL context that trusts this server's certificate."""
        if self.cert_path is None:
            raise RuntimeError("this Dovecot has no certificate (tls=False or not started)")
        return client_tls_context(self.cert_path)

    def connect(self, user: str, timeout: float = 30.0):
        """A logged-in ``imapclient.IMAPClient`` (plain login; with tls=True after STARTTLS,
        verifying the certificate); use as context manager."""
        from imapclient import IMAPClient

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
    def _ensure_folder(client, folder: str) -> None:
        if not client.folder_exists(folder):
            client.create_folder(folder)

    def append(self, user: str, raw: bytes, folder: str = "INBOX", flags: Iterable = ()) -> None:
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
    def _append_chunk(client, folder: str, chunk: list[bytes], multi: bool) -> int:
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


# --------------------------------------------------------------------------------------------
# SMTP sink
# --------------------------------------------------------------------------------------------


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

    ``tls=True``: STARTTLS with a self-signed certificate (``cert_path``, written into
    ``cert_dir`` or a temporary directory removed when the sink is garbage-collected) and
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
        self.cert_path: Path | None = None
        self.key_path: Path | None = None
        if tls:
            if cert_dir is None:
                cert_dir = Path(tempfile.mkdtemp(prefix="smtp-sink-tls-"))
                weakref.finalize(self, shutil.rmtree, str(cert_dir), True)
            self.cert_path, self.key_path = make_certificate(Path(cert_dir), "localhost")
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
        if self.cert_path is None:
            raise RuntimeError("this SmtpSink has no certificate (tls=False)")
        return client_tls_context(self.cert_path)

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

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def __repr__(self) -> str:
        tls = " tls" if self.tls else ""
        return f"<SmtpSink {self.host}:{self.port}{tls} {len(self.messages)} messages>"
