"""A real, throw-away PostgreSQL server for tests.

``PostgresCluster`` runs ``initdb`` into a fresh temporary directory and starts a private
``postgres`` on 127.0.0.1 on a free port (plus a Unix socket in that directory).  It never
touches the system cluster or its service.  Plain module: no pytest needed::

    from servers.postgres import PostgresCluster, available

    if (reason := available()) is None:
        with PostgresCluster() as pg:
            url = pg.create_database()      # postgresql+psycopg://postgres@127.0.0.1:PORT/mb_...
            ...
            pg.stop(); pg.start()           # same port, same data
            pg.kill(); pg.start()           # SIGKILL (crash), then crash recovery on start
            pg.drop_database(url.rsplit("/", 1)[1])

Details:

* Binaries: ``$MAILBOT_PG_BINDIR`` if set, else the newest ``/usr/lib/postgresql/*/bin``
  (Debian/Ubuntu, package ``postgresql-NN``, pulled in by ``postgresql``), else
  ``initdb``/``postgres`` on ``$PATH``.
* Running as root: PostgreSQL refuses to run as root ("root" execution of the PostgreSQL
  server is not permitted).  As root, initdb and postgres run as the ``postgres`` OS user (or
  ``nobody`` if there is none) via ``subprocess``'s ``user=``/``group=``/``extra_groups=``.
  The cluster's directory is made with ``tempfile.mkdtemp(dir="/tmp")`` and chowned to that
  user: pytest's ``tmp_path`` (below ``/tmp/pytest-of-root``, mode 0700) is not traversable
  by it.  As an ordinary user everything runs as that user.
* Trust authentication for user ``postgres`` (``initdb -A trust -U postgres``), encoding UTF8,
  locale C.
* Speed: ``fsync=off`` and ``full_page_writes=off`` (and ``initdb --no-sync``).  That only
  risks data on an *operating system* crash or power loss, which tests do not simulate: a
  SIGKILL of the server (``kill()``) keeps every committed transaction, because the commit
  has ``write()``n its WAL into the kernel's page cache.  ``synchronous_commit`` is left
  *on* by default on purpose: with ``synchronous_commit=off`` a commit returns before its WAL
  leaves PostgreSQL's shared memory, so ``kill()`` right after a commit loses it (a real
  "lost committed data" outcome that crash tests must not see by accident).  Pass
  ``synchronous_commit=False`` to get it anyway; with ``fsync=off`` it gains little.
* ``stop()`` is a fast shutdown (SIGINT to the postmaster, like ``pg_ctl stop -m fast``),
  then SIGQUIT/SIGKILL if it takes too long; ``start()`` again reuses the port and the data.
  ``kill()`` SIGKILLs the postmaster (a crash); its backends notice and exit by themselves,
  and whatever is still running after a few seconds is SIGKILLed too.  ``start()`` waits for
  all of that, since orphaned backends would keep the shared memory and block the restart.
* The postmaster runs under a tiny Python supervisor (``_SUPERVISOR``, the ``Popen`` we hold)
  that is a Linux "child subreaper": backends orphaned by ``kill()`` are reparented to it and
  reaped, instead of lingering as zombies under PID 1 (which in a container may never reap
  them).  It forwards SIGINT/SIGTERM/SIGQUIT to the postmaster, turns SIGUSR1 into a SIGKILL
  of the postmaster, and exits once every descendant is gone.  As root it drops to the
  server's OS user (setgroups/setgid/setuid) between fork and exec.
* Closing the context manager stops the server and removes the directory; a
  ``weakref.finalize`` does the same if the object is just dropped.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
import weakref
from pathlib import Path

from .ports import free_port
from .procs import descendants, end_process_tree, process_table

__all__ = ["PostgresCluster", "available", "find_bindir"]

START_TIMEOUT = 30.0
STOP_TIMEOUT = 30.0
INITDB_TIMEOUT = 120.0


# Run as ``python -I -S -c _SUPERVISOR UID GID POSTGRES ARGS...`` (UID -1: do not switch users).
_SUPERVISOR = r"""
import ctypes, os, signal, sys
uid, gid, argv = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
try:
    ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
except Exception:
    pass
pid = None
def forward(signum, frame):
    if pid is not None:
        try:
            os.kill(pid, signal.SIGKILL if signum == signal.SIGUSR1 else signum)
        except OSError:
            pass
for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT, signal.SIGHUP, signal.SIGUSR1):
    signal.signal(signum, forward)
child = os.fork()
if child == 0:
    try:
        if uid >= 0:
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
        os.execv(argv[0], argv)
    except BaseException as exc:
        sys.stderr.write(f"mailbot test supervisor: cannot run {argv[0]}: {exc!r}\n")
        sys.stderr.flush()
    os._exit(127)
pid = child
code = 1
while True:
    try:
        done, status = os.waitpid(-1, 0)
    except ChildProcessError:
        break
    if done == pid:
        code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""


def _version_key(path: str) -> tuple:
    return tuple(int(p) for p in re.findall(r"\d+", path))


def find_bindir() -> Path | None:
    """The directory holding ``initdb``, ``postgres`` and ``pg_ctl`` (None if not found)."""
    env = os.environ.get("MAILBOT_PG_BINDIR")
    if env:
        return Path(env)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=_version_key)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb and (Path(initdb).parent / "postgres").exists():
        return Path(initdb).parent
    return None


def _server_user() -> pwd.struct_passwd | None:
    """The OS user to run PostgreSQL as: None for "the current one" (not root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("running as root, but there is no 'postgres' (or 'nobody') OS user to run PostgreSQL as")


def available() -> str | None:
    """None if ``PostgresCluster`` can be used here, else the reason why not."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        return f"the psycopg driver is not installed ({exc}; pip install 'psycopg[binary]>=3.1' or the extra [postgresql])"
    bindir = find_bindir()
    if bindir is None:
        return "PostgreSQL server binaries not found (apt install postgresql, or set MAILBOT_PG_BINDIR)"
    for name in ("initdb", "postgres"):
        if not os.access(bindir / name, os.X_OK):
            return f"{bindir / name} is missing or not executable (apt install postgresql)"
    try:
        _server_user()
    except RuntimeError as exc:
        return str(exc)
    if not os.access("/tmp", os.W_OK):
        return "/tmp is not writable"
    return None


def _end_process(proc: subprocess.Popen[bytes], timeout: float, crash: bool = False) -> None:
    """Stop the server whose supervisor is ``proc`` -- fast shutdown, or a SIGKILL of the
    postmaster when ``crash`` -- and wait (bounded) until none of its processes runs.

    The postmaster puts every child into a session of its own (setsid), so its processes are
    found by parent pid (``procs.descendants``).  Normally nothing is left to kill: the
    supervisor exits only when all its descendants are gone.
    """
    if crash:
        # SIGUSR1: the supervisor SIGKILLs the postmaster; its orphaned backends exit when
        # they notice
        steps = [(signal.SIGUSR1, min(timeout, 5.0))]
    else:
        steps = [
            (signal.SIGINT, timeout),  # fast shutdown: roll back, disconnect, checkpoint
            (signal.SIGQUIT, 5.0),  # immediate shutdown (recovery on the next start)
        ]
    end_process_tree(proc, steps, timeout)


def _connect_error(dsn: str) -> str | None:
    """None if a connection and a query work, else why not.  (A failed psycopg connect leaves
    a reference cycle through its traceback, whose frames keep their callers' frames, and so
    a ``PostgresCluster`` in them, alive until the next garbage collection.)"""
    import psycopg

    try:
        with psycopg.connect(dsn, connect_timeout=2) as conn:
            conn.execute("SELECT 1")
        return None
    except psycopg.OperationalError as exc:
        return str(exc).strip() or type(exc).__name__


def _cleanup(holder: dict, base: str) -> None:
    """Finalizer: stop the server if it still runs and remove its directory."""
    proc = holder.get("proc")
    if proc is not None:
        _end_process(proc, STOP_TIMEOUT)
        holder["proc"] = None
    shutil.rmtree(base, ignore_errors=True)


class PostgresCluster:
    """A private PostgreSQL cluster (initdb + postgres) in a temporary directory."""

    def __init__(
        self,
        *,
        bindir: str | os.PathLike | None = None,
        port: int | None = None,
        synchronous_commit: bool = True,
        start_timeout: float = START_TIMEOUT,
        settings: dict[str, str] | None = None,
    ):
        found = Path(bindir) if bindir is not None else find_bindir()
        if found is None:
            raise FileNotFoundError("PostgreSQL server binaries not found (apt install postgresql)")
        self.bindir = found
        self.host = "127.0.0.1"
        self.port = port
        self.user = "postgres"  # the database superuser (initdb -U postgres)
        self.start_timeout = start_timeout
        self.settings = {
            # speed for tests; safe against process crashes, not OS crashes (see module doc)
            "fsync": "off",
            "full_page_writes": "off",
            "synchronous_commit": "on" if synchronous_commit else "off",
            **(settings or {}),
        }
        self.base: Path | None = None
        self.datadir: Path | None = None
        self.socket_dir: Path | None = None
        self.log_path: Path | None = None
        self.startup_seconds: float | None = None  # of the last start(), initdb not included
        self.initdb_seconds: float | None = None
        self._holder: dict = {"proc": None}
        self._finalizer: weakref.finalize | None = None
        self._os_user = _server_user()

    # ---- running things as the server's OS user ---------------------------------------

    def _as_server_user(self) -> dict:
        env = {
            "PATH": f"{self.bindir}:/usr/bin:/bin",
            "LC_ALL": "C",
            "LANG": "C",
            "HOME": str(self.base),
            "TZ": "UTC",
        }
        kwargs: dict = {"cwd": str(self.base), "env": env, "stdin": subprocess.DEVNULL}
        if self._os_user is not None:
            kwargs.update(user=self._os_user.pw_uid, group=self._os_user.pw_gid, extra_groups=[])
        return kwargs

    def _create(self) -> None:
        base = tempfile.mkdtemp(prefix="mailbot-pg-", dir="/tmp")
        self.base = Path(base)
        self._finalizer = weakref.finalize(self, _cleanup, self._holder, base)
        if self._os_user is not None:
            os.chown(base, self._os_user.pw_uid, self._os_user.pw_gid)
        self.datadir = self.base / "data"
        self.socket_dir = self.base
        self.log_path = self.base / "postgres.log"
        began = time.monotonic()
        try:
            done = subprocess.run(
                [
                    str(self.bindir / "initdb"), "-D", str(self.datadir),
                    "-A", "trust", "-U", self.user, "--encoding", "UTF8", "--locale", "C",
                    "--no-sync", "--no-instructions",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                timeout=INITDB_TIMEOUT,
                **self._as_server_user(),
            )
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(f"initdb did not finish in {INITDB_TIMEOUT} s:\n{exc.output!r}") from exc
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed (status {done.returncode}):\n{done.stdout.decode(errors='replace')}")
        self.initdb_seconds = time.monotonic() - began

    # ---- lifecycle ------------------------------------------------------------------------

    @property
    def process(self) -> subprocess.Popen | None:
        return self._holder["proc"]

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> "PostgresCluster":
        """initdb on first use, then start the server and wait until it accepts connections.
        After ``stop()`` or ``kill()`` it starts again with the same data on the same port."""
        if self.running:
            return self
        if self.base is None:
            self._create()
        if self.port is None:
            self.port = free_port(self.host)
        command = [str(self.bindir / "postgres"), "-D", str(self.datadir), "-p", str(self.port),
                   "-k", str(self.socket_dir), "-c", f"listen_addresses={self.host}"]
        for name, value in self.settings.items():
            command += ["-c", f"{name}={value}"]
        uid, gid = (-1, -1) if self._os_user is None else (self._os_user.pw_uid, self._os_user.pw_gid)
        kwargs = self._as_server_user()
        for key in ("user", "group", "extra_groups"):  # the supervisor switches users itself
            kwargs.pop(key, None)
        began = time.monotonic()
        with open(self.log_path, "ab") as log:
            log.write(f"==== mailbot tests: starting postgres at {time.strftime('%H:%M:%S')}\n".encode())
            log.flush()
            self._holder["proc"] = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", _SUPERVISOR, str(uid), str(gid), *command],
                stdout=log,
                stderr=log,
                start_new_session=True,  # own process group; a Ctrl-C is not forwarded to it
                **kwargs,
            )
        try:
            self._wait_ready()
        except BaseException:
            self._end(crash=False)
            raise
        self.startup_seconds = time.monotonic() - began
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        last_error = ""
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._fail(f"postgres exited with status {self.process.returncode}")
            # first what pg_ctl waits for: "ready" in our postmaster's postmaster.pid (not a
            # stale one left by kill()); only then a real connection.  Failed psycopg
            # connection attempts are kept to a minimum: see _connect_error.
            if self._pidfile_ready():
                last_error = _connect_error(self.dsn("postgres"))
                if last_error is None:
                    return
            else:
                last_error = "postmaster.pid does not say ready yet"
            time.sleep(0.02)
        self._fail(f"not accepting connections on {self.host}:{self.port} after {self.start_timeout} s ({last_error})")

    def _pidfile_ready(self) -> bool:
        try:
            lines = (self.datadir / "postmaster.pid").read_text().splitlines()
            pid, port, status = int(lines[0]), int(lines[3]), lines[7].strip()
        except (OSError, IndexError, ValueError):
            return False
        parent = process_table().get(pid, (None,))[0]
        return status == "ready" and port == self.port and parent == self.process.pid

    def _fail(self, message: str) -> None:
        raise RuntimeError(f"PostgreSQL did not start: {message}\n--- server log ({self.log_path}) ---\n{self.log()[-8000:]}")

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace") if self.log_path else ""
        except OSError:
            return ""

    def _end(self, crash: bool, timeout: float = STOP_TIMEOUT) -> None:
        proc = self._holder["proc"]
        if proc is not None:
            _end_process(proc, timeout, crash=crash)
            self._holder["proc"] = None

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Fast shutdown (like ``pg_ctl stop -m fast``); the data and the port are kept."""
        self._end(crash=False, timeout=timeout)

    def kill(self) -> None:
        """SIGKILL the postmaster (and its children), as in a crash; ``start()`` recovers."""
        self._end(crash=True)

    def close(self) -> None:
        """Stop the server and remove its directory."""
        if self._finalizer is not None:
            self._finalizer()
            self._finalizer = None
        self._holder["proc"] = None
        self.base = self.datadir = None

    def processes(self) -> list[int]:
        """Running processes of this server (postmaster and children, not the supervisor)."""
        proc = self.process
        if proc is None:
            return []
        return sorted(descendants(proc.pid))

    def __enter__(self) -> "PostgresCluster":
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<PostgresCluster {self.host}:{self.port} {'running' if self.running else 'stopped'} in {self.base}>"

    # ---- databases ---------------------------------------------------------------------------

    def dsn(self, dbname: str = "postgres") -> str:
        """A libpq/psycopg connection string."""
        return f"host={self.host} port={self.port} user={self.user} dbname={dbname}"

    def url(self, dbname: str = "postgres") -> str:
        """A SQLAlchemy URL (psycopg 3 driver)."""
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    def connect(self, dbname: str = "postgres", **kwargs):
        """A psycopg connection (the caller closes it)."""
        import psycopg

        return psycopg.connect(self.dsn(dbname), **kwargs)

    def create_database(self, name: str | None = None) -> str:
        """Create a fresh database (a unique name unless given); returns its SQLAlchemy URL."""
        from psycopg import sql

        name = name or f"mb_{uuid.uuid4().hex[:16]}"
        with self.connect(autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, disconnecting whoever is still connected to it."""
        from psycopg import sql

        with self.connect(autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
