"""Where mail comes from: a local Maildir (the embedded default) or an IMAP mailbox.

A source yields ``Fetched`` messages that are new since the last call and files a handled
message into a folder (move, or only flag). It never decides anything.
"""

from __future__ import annotations

import logging
import mailbox as mb
import re
import shlex
import ssl
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Protocol

from .config import LOOPBACK, Config, Section, resolve, secret
from .errors import MailbotError

log = logging.getLogger("mailbot.source")
DONE_FLAG = "$MailbotDone"
FETCH_BYTES = 64 * 1024 * 1024  # message bytes asked for with one FETCH (besides at most `batch` messages)
IDLE_RENEW = 25 * 60  # seconds; servers may drop an IDLE after 29 minutes (RFC 2177)


class SourceError(MailbotError):
    """The mailbox cannot be reached or refuses us (the worker retries with backoff)."""


@dataclass
class Fetched:
    key: str  # unique within the mailbox: Maildir key, or "uidvalidity:uid"
    raw: bytes
    uid: int = 0


class Source(Protocol):
    name: str

    def fetch(self, last_uid: int, uidvalidity: int | None) -> tuple[int | None, Iterator[Fetched]]: ...
    def file(self, key: str, folder: str) -> bool: ...
    def close(self) -> None: ...


def folder_names(config: Config) -> dict[str, str]:
    m = config.mailbox
    return {"done": m.folder_done, "clarify": m.folder_clarify, "review": m.folder_review,
            "ignored": m.folder_ignored}


_MAILDIR_NAME = re.compile(r"(\d+)(?:\.(?:[^.]*?M(\d+))?[^.]*?(?:Q(\d+))?)?")


def delivery_order(key: str) -> tuple[int, int, int, str]:
    """A Maildir name's delivery time as numbers: ``1693807200.M99999P7Q2.host`` is older than
    ``1693807200.M100005P7Q3.host`` though it sorts after it as text (microseconds are not padded)."""
    found = _MAILDIR_NAME.match(key)
    if found is None:
        return (0, 0, 0, key)
    seconds, micro, counter = found.groups()
    return (int(seconds), int(micro or 0), int(counter or 0), key)


class MaildirSource:
    """A Maildir; handled messages move into Maildir++ subfolders (``.Anmeldungen.Bestätigt``)."""

    def __init__(self, path: Path, after: str = "move"):
        self.path = path
        self.after = after
        for sub in ("cur", "new", "tmp"):  # also in an existing, empty directory
            (path / sub).mkdir(parents=True, exist_ok=True)
        self.box = mb.Maildir(str(path), create=True)
        self.name = f"maildir:{path.resolve()}"

    def fetch(self, last_uid: int, uidvalidity: int | None) -> tuple[int | None, Iterator[Fetched]]:
        def gen() -> Iterator[Fetched]:
            keys = sorted(self.box.keys(), key=delivery_order)  # oldest first
            for key in keys:
                try:
                    if self.after == "flag" and "S" in self._flags(key):
                        continue
                    raw = self.box.get_bytes(key)  # byte for byte as delivered
                except (KeyError, FileNotFoundError):
                    continue  # moved away meanwhile
                yield Fetched(key, raw)
        return None, gen()

    def _path(self, key: str) -> Path:
        # the file's place by its name (Maildir's own private lookup): nothing parsed
        return Path(self.box._path) / self.box._lookup(key)  # type: ignore[attr-defined]

    def _flags(self, key: str) -> str:
        name = self._path(key).name
        return name.split(":2,", 1)[1] if ":2," in name else ""

    def file(self, key: str, folder: str) -> bool:
        """Move (or flag) one message as bytes: filing never parses a message, so none can stop it."""
        try:
            path = self._path(key)
            if self.after == "flag":
                flags = "".join(sorted(set(self._flags(key)) | {"S"}))
                path.rename(self.path / "cur" / f"{key}:2,{flags}")
                self.box._toc[key] = f"cur/{key}:2,{flags}"  # type: ignore[attr-defined]
                return True
            raw = self.box.get_bytes(key)  # byte for byte, not parsed
        except (KeyError, FileNotFoundError):
            return False
        name = folder.replace("/", ".")
        try:
            target = self.box.get_folder(name)
        except mb.NoSuchMailboxError:
            target = self.box.add_folder(name)
        target.add(raw)
        self.box.discard(key)
        return True

    def close(self) -> None:
        pass


class ImapSource:
    """An IMAP mailbox through imapclient: new mail by UID, UIDVALIDITY kept, MOVE or COPY+EXPUNGE."""

    def __init__(self, section: Section, base: Path = Path("."), connect: bool = True):
        self.s = section
        self.base = base
        port = section.port or (993 if section.security == "tls" else 143)
        self.port = port
        self.name = f"imap://{section.username}@{section.host}:{port}/{section.folder}"
        self.client = None
        self.created: set[str] = set()
        if connect:
            self.connect()

    # --- connection
    def connect(self) -> None:
        from imapclient import IMAPClient

        s = self.s
        context = ssl.create_default_context(cafile=str(resolve(s.ca_file, self.base)) if s.ca_file else None)
        client = None
        try:
            client = IMAPClient(s.host, port=self.port, ssl=s.security == "tls", ssl_context=context,
                                timeout=s.timeout, use_uid=True)
            if s.security == "starttls":
                client.starttls(context)
            elif s.security == "none" and s.host not in LOOPBACK:
                raise SourceError("mailbox.security: refusing an unencrypted login to a non-loopback host")
            if s.auth == "xoauth2":
                client.oauth2_login(s.username, self._token())
            else:
                client.login(s.username, secret(s, "mailbox", self.base))
            client.select_folder(s.folder)
        except Exception as exc:
            if client is not None:
                try:
                    client.shutdown()
                except Exception:
                    pass
            if isinstance(exc, MailbotError):
                raise
            raise SourceError(f"IMAP {s.host}:{self.port}: {exc}") from exc
        self.client = client
        self.capabilities = {c.decode().upper() if isinstance(c, bytes) else str(c).upper()
                             for c in client.capabilities()}

    def _token(self) -> str:
        s = self.s
        if s.oauth2_token_command:
            out = subprocess.run(shlex.split(s.oauth2_token_command), capture_output=True, text=True, timeout=60)
            if out.returncode != 0:
                raise SourceError(f"mailbox.oauth2_token_command failed: {out.stderr.strip()[:200]}")
            return out.stdout.strip()
        path = resolve(s.oauth2_token_file, self.base)
        try:
            return path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SourceError(f"mailbox.oauth2_token_file: cannot read {path}: {exc.strerror}") from exc

    def ensure(self) -> None:
        if self.client is None:
            self.connect()

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.logout()
            except Exception:
                pass
            self._drop()

    def _drop(self) -> None:
        """Forget a broken connection, closing its socket."""
        client, self.client = self.client, None
        if client is not None:
            try:
                client.shutdown()
            except Exception:
                pass

    def _call(self, fn: Callable, *args, **kwargs):
        self.ensure()
        try:
            return fn(self.client, *args, **kwargs)
        except MailbotError:
            raise
        except Exception as exc:
            self._drop()  # reconnect next time
            raise SourceError(f"IMAP {self.s.host}:{self.port}: {exc}") from exc

    # --- fetching
    def fetch(self, last_uid: int, uidvalidity: int | None, batch: int = 500) -> tuple[int | None, Iterator[Fetched]]:
        self._call(lambda c: c.noop())  # let the server tell this session about mail others delivered
        status = self._call(lambda c: c.folder_status(self.s.folder, ["UIDVALIDITY", "UIDNEXT"]))
        validity = int(status[b"UIDVALIDITY"])
        if uidvalidity is not None and validity != uidvalidity:
            log.warning("UIDVALIDITY of %s changed (%s → %s): reading the folder again", self.name, uidvalidity,
                        validity)
            last_uid = 0
        criteria = ["UID", f"{last_uid + 1}:*"]
        if self.s.after == "flag":
            criteria += ["NOT", "KEYWORD", DONE_FLAG]
        uids = sorted(u for u in self._call(lambda c: c.search(criteria)) if u > last_uid)

        def gen() -> Iterator[Fetched]:
            for chunk in self._by_size(uids, batch):
                data = self._call(lambda c: c.fetch(chunk, ["BODY.PEEK[]"]))
                for uid in chunk:
                    item = data.get(uid)
                    if item is None:
                        continue  # expunged meanwhile
                    yield Fetched(f"{validity}:{uid}", item[b"BODY[]"], uid)
        return validity, gen()

    def _by_size(self, uids: list[int], batch: int) -> Iterator[list[int]]:
        """UIDs in groups of at most ``batch`` messages and FETCH_BYTES bytes (at least one): many
        large mails are never held in memory at once."""
        for i in range(0, len(uids), batch):
            chunk = uids[i:i + batch]
            sizes = self._call(lambda c: c.fetch(chunk, ["RFC822.SIZE"]))
            group: list[int] = []
            held = 0
            for uid in chunk:
                size = int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0))
                if group and held + size > FETCH_BYTES:
                    yield group
                    group, held = [], 0
                group.append(uid)
                held += size
            if group:
                yield group

    def file(self, key: str, folder: str) -> bool:
        self.file_many([key], folder)
        return True

    def file_many(self, keys: list[str], folder: str) -> None:
        """Move (or flag) many messages with one command: a UID set, not one MOVE per message."""
        uids = [int(k.partition(":")[2]) for k in keys]
        if not uids:
            return
        if self.s.after == "flag":
            self._call(lambda c: c.add_flags(uids, [b"\\Seen", DONE_FLAG.encode()], silent=True))
            return
        if folder not in self.created:
            if not self._call(lambda c: c.folder_exists(folder)):
                try:
                    self._call(lambda c: c.create_folder(folder))
                except SourceError:
                    if not self._call(lambda c: c.folder_exists(folder)):
                        raise
                self._call(lambda c: c.subscribe_folder(folder))
            self.created.add(folder)
        if "MOVE" in self.capabilities:
            self._call(lambda c: c.move(uids, folder))
        else:
            self._call(lambda c: c.copy(uids, folder))
            self._call(lambda c: c.delete_messages(uids))
            if "UIDPLUS" in self.capabilities:
                self._call(lambda c: c.uid_expunge(uids))
            else:
                self._call(lambda c: c.expunge())

    # --- waiting
    def wait(self, timeout: float, stop: Callable[[], bool] = lambda: False) -> bool:
        """Block until the server reports new mail (IDLE) or ``timeout`` seconds pass.
        Returns True when something arrived. Without IDLE support it just sleeps."""
        if not self.s.idle or "IDLE" not in self.capabilities:
            end = time.monotonic() + timeout
            while time.monotonic() < end and not stop():
                time.sleep(min(0.5, end - time.monotonic()))
            return False
        end = time.monotonic() + min(timeout, IDLE_RENEW)
        self._call(lambda c: c.idle())
        try:
            while time.monotonic() < end and not stop():
                responses = self._call(lambda c: c.idle_check(timeout=min(1.0, max(0.05, end - time.monotonic()))))
                if any(isinstance(r, tuple) and len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    return True
            return False
        finally:
            if self.client is not None:
                try:
                    self.client.idle_done()
                except Exception:
                    self._drop()


def open_source(config: Config) -> MaildirSource | ImapSource:
    m = config.mailbox
    if m.backend == "maildir":
        return MaildirSource(config.path(m.path), m.after)
    return ImapSource(m, config.base)
