"""Real, throw-away mail servers for integration tests.

* ``Dovecot``: a private Dovecot 2.3 IMAP server (``dovecot -F`` with a self-contained
  configuration written into a temporary directory), listening on 127.0.0.1 on a free port,
  plain-text login, maildir storage under ``<tmpdir>/mail/<user>``.
* ``SmtpSink``: an aiosmtpd server on 127.0.0.1 on a free port that records every accepted
  message and can be told to answer with error codes.

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

import os
import grp
import pwd
import signal
import socket
import subprocess
import threading
import time
import weakref
from pathlib import Path
from typing import Iterable, NamedTuple

DOVECOT_BINARY = "/usr/sbin/dovecot"

__all__ = ["Dovecot", "SmtpSink", "Received", "free_port", "DOVECOT_BINARY"]


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free a moment ago (bound to port 0, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------------------------
# Dovecot
# --------------------------------------------------------------------------------------------


def _children_by_parent() -> dict[int, list[int]]:
    """Map pid -> child pids from /proc (Linux); empty where /proc is unavailable."""
    result: dict[int, list[int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return result
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # the comm field may contain spaces and parentheses: fields start after the last ')'
        fields = stat[stat.rfind(b")") + 2 :].split()
        result.setdefault(int(fields[1]), []).append(int(entry))
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
        self.port = free_port(self.host)
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
listen = {self.host}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = {mail_uid}
first_valid_gid = {mail_gid}
{privileges}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
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
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
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
        return f"<Dovecot {self.host}:{self.port} {state} in {self.tmpdir}>"

    # ---- IMAP helpers --------------------------------------------------------------------

    def connect(self, user: str, timeout: float = 30.0):
        """A logged-in ``imapclient.IMAPClient`` (plain login, no TLS); use as context manager."""
        from imapclient import IMAPClient

        client = IMAPClient(self.host, self.port, ssl=False, timeout=timeout)
        try:
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
    stage: str  # "mail", "rcpt" or "data"


class _SinkHandler:
    def __init__(self, sink: "SmtpSink") -> None:
        self.sink = sink

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
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
    """

    host = "127.0.0.1"

    def __init__(self, *, hostname: str = "sink.test", ready_timeout: float = 10.0) -> None:
        self.hostname = hostname
        self.ready_timeout = ready_timeout
        self.port = free_port(self.host)
        self._cond = threading.Condition()
        self._messages: list[Received] = []
        self._pending: list[_Failure] = []
        self._rejected: dict[str, tuple[int, str]] = {}
        self.transactions = 0  # MAIL FROM commands seen
        self._controller = None

    # ---- control -----------------------------------------------------------------------

    def fail_next(self, n: int = 1, code: int = 451, text: str = "try later", stage: str = "data"):
        if stage not in ("mail", "rcpt", "data"):
            raise ValueError(f"stage must be 'mail', 'rcpt' or 'data', not {stage!r}")
        with self._cond:
            self._pending.extend([_Failure(code, text, stage)] * n)

    def reject_recipient(self, addr: str, code: int = 550, text: str = "no such user") -> None:
        with self._cond:
            self._rejected[addr.strip("<>").lower()] = (code, text)

    def accept_recipient(self, addr: str) -> None:
        with self._cond:
            self._rejected.pop(addr.strip("<>").lower(), None)

    def reset(self) -> None:
        """Forget received messages, pending failures and rejections."""
        with self._cond:
            self._messages.clear()
            self._pending.clear()
            self._rejected.clear()
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

    # ---- lifecycle ---------------------------------------------------------------------

    def start(self) -> "SmtpSink":
        from aiosmtpd.controller import Controller

        if self._controller is not None:
            return self
        controller = Controller(
            _SinkHandler(self),
            hostname=self.host,
            port=self.port,
            ready_timeout=self.ready_timeout,
            server_hostname=self.hostname,
            enable_SMTPUTF8=True,
        )
        controller.start()
        self._controller = controller
        return self

    def stop(self) -> None:
        if self._controller is not None:
            controller, self._controller = self._controller, None
            controller.stop()

    def __enter__(self) -> "SmtpSink":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<SmtpSink {self.host}:{self.port} {len(self.messages)} messages>"
