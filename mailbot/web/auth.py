"""Staff sign-in: the lock-out policy, known browsers, and sessions the server can end.

The policy (docs/OPERATIONS.md, "Staff sign-in"):

* **Per account.** Every sign-in try is counted against the account before the password is
  checked (so a burst of parallel tries cannot get past the count) and the count is cleared
  when the password is right. From the 5th failure in a row the account waits before its next
  try: 1 minute, doubling with each further failure, at most 15 minutes. While it waits the
  password is not checked at all (429). Failures for one account never hold up another.
* **Known browsers.** A browser in which the account signed in before carries a signed device
  cookie for it (180 days). Tries with that cookie are exempt from the account's wait and are
  counted against the cookie instead, with the same policy: someone guessing a colleague's
  password from elsewhere does not keep the colleague out at her own desk.
* **Unknown names** are counted like accounts (in memory), and their tries take as long as a
  real password check, so the answers do not tell which names exist.
* **Per client address** only with ``web.trusted_proxy_header`` (the last address of that header,
  the one the proxy added): an address waits like an account from its 20th failure in a row.
  Without it all staff may share the proxy's address, so addresses are not counted.
* A failed try is answered after a slow-down (0.2 s per failure in a row, at most 2 s), slept
  outside any database transaction; the database is only used in short transactions run in
  worker threads, never across an ``await``.

Sessions: the signed session cookie names the account's id, name and session version; every
request checks them against the database. Logging out, a new password (``mailbot user add``)
and removing the account (``mailbot user remove``) change or remove the version, so every
cookie issued before is refused, also one saved by a thief.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import select
from starlette.requests import Request

from ..staff import check_password, hash_password, new_session_version
from ..store import StaffUser, Store

MAX_FAILED = 5  # failures in a row before an account (or a known browser) waits
MAX_FAILED_ADDRESS = 20  # the same for a client address (only with a trusted proxy header)
FIRST_WAIT = timedelta(minutes=1)
MAX_WAIT = timedelta(minutes=15)
PARALLEL_CHECKS = 1  # password checks at a time per web process and line
MAX_WAITING = 32  # tries from unknown browsers waiting for a check before more are turned away
CHECK_NICENESS = 10  # their CPU priority (Linux nice): below the pages' and the worker's
DEVICE_COOKIE = "mailbot_device"
DEVICE_AGE = timedelta(days=180)
_DUMMY_HASH: list[str] = []  # checked for unknown names: the same time as a real check


def wait_after(failures: int, threshold: int = MAX_FAILED) -> timedelta | None:
    """How long to wait after ``failures`` failed tries in a row (None: no wait)."""
    if failures < threshold:
        return None
    return min(FIRST_WAIT * 2 ** min(failures - threshold, 10), MAX_WAIT)


def slow_down(failures: int) -> float:
    """Seconds before a failed try is answered."""
    return min(0.2 * max(failures, 1), 2.0)


def _lower_priority() -> None:
    # Linux: niceness is per thread and inherited by the threads argon2 starts for its lanes
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), CHECK_NICENESS)
    except (AttributeError, OSError):  # elsewhere: same priority as the rest
        pass


class PasswordChecks:
    """Where passwords are checked. argon2 takes ~64 MB and a few hundred ms of all cores per
    check, so checks run one at a time, and those from unknown browsers in a thread at low CPU
    priority: a flood of sign-ins waits in line instead of starving the pages and the worker.
    Browsers the account signed in from before (a valid device cookie, which an attacker does
    not have) have a line of their own at normal priority, so staff do not wait behind an
    attack; when more than ``MAX_WAITING`` tries from other browsers wait, further ones are
    turned away at once."""

    def __init__(self) -> None:
        self.known = ThreadPoolExecutor(PARALLEL_CHECKS, thread_name_prefix="password-check-known")
        self.others = ThreadPoolExecutor(PARALLEL_CHECKS, thread_name_prefix="password-check",
                                         initializer=_lower_priority)
        self.waiting = 0  # tries from other browsers in line (changed on the event loop only)

    async def check(self, stored: str | None, password: str, known: bool) -> bool | None:
        """Whether the password is right; None when the line is full."""
        if not known and self.waiting >= MAX_WAITING:
            return None
        self.waiting += 0 if known else 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self.known if known else self.others,
                                                                    check, stored, password)
        finally:
            self.waiting -= 0 if known else 1


def check(stored: str | None, password: str) -> bool:
    """The password against the stored hash; without an account against a made-up one, which
    takes as long (the answer does not tell which names exist)."""
    if stored is None:
        if not _DUMMY_HASH:
            _DUMMY_HASH.append(hash_password(secrets.token_urlsafe(16)))
        check_password(_DUMMY_HASH[0], password)
        return False
    return check_password(stored, password)


class Counters:
    """Failures in a row by key, in memory (unknown names, known browsers, client addresses);
    at most ``limit`` keys, the least recently used forgotten first. Used from the event loop
    only (no locking needed: nothing here awaits)."""

    def __init__(self, threshold: int, limit: int = 10_000):
        self.threshold, self.limit = threshold, limit
        self._entries: OrderedDict[str, tuple[int, datetime | None]] = OrderedDict()

    def waiting(self, key: str, now: datetime) -> datetime | None:
        _, until = self._entries.get(key, (0, None))
        return until if until is not None and until > now else None

    def attempt(self, key: str, now: datetime) -> int:
        """Count a try as failed until ``success``; return the failures in a row."""
        failures = self._entries.get(key, (0, None))[0] + 1
        wait = wait_after(failures, self.threshold)
        self._entries[key] = (failures, now + wait if wait else None)
        self._entries.move_to_end(key)
        while len(self._entries) > self.limit:
            self._entries.popitem(last=False)
        return failures

    def success(self, key: str) -> None:
        self._entries.pop(key, None)


@dataclass
class Account:
    id: int
    name: str
    password_hash: str
    session_version: int


@dataclass
class Attempt:
    """One sign-in try that may check the password: what to clear or keep afterwards."""

    account: Account | None
    failures: int  # failed tries in a row, this one included
    device: str | None = None  # the known browser's key
    address: str | None = None


@dataclass
class Guards:
    """The in-memory side of the policy for one web process: device cookies, failures of known
    browsers, unknown names and client addresses, and the line of password checks."""

    devices: Devices
    names_failed: Counters
    devices_failed: Counters
    addresses_failed: Counters
    password_checks: PasswordChecks

    @classmethod
    def new(cls, secret_key: str) -> Guards:
        return cls(Devices(secret_key), Counters(MAX_FAILED), Counters(MAX_FAILED), Counters(MAX_FAILED_ADDRESS),
                   PasswordChecks())


# ---------------------------------------------------------------------- database (worker threads)
def _account(user: StaffUser) -> Account:
    return Account(user.id, user.name, user.password_hash, user.session_version)


def load_account(store: Store, name: str) -> Account | None:
    with store.session() as s:
        user = s.scalar(select(StaffUser).where(StaffUser.name == name))
        return _account(user) if user is not None else None


def count_try(store: Store, name: str, now: datetime) -> tuple[Account | None, int, datetime | None]:
    """For an account: (the account, its failures in a row with this try, None), with the try
    counted and the wait set from the 5th; or (None, 0, until) while it must wait; or
    (None, 0, None) when there is no such account."""
    with store.turn(), store.writer() as s:
        user = s.scalar(select(StaffUser).where(StaffUser.name == name).with_for_update())
        if user is None:
            return None, 0, None
        if user.locked_until is not None and user.locked_until > now:
            return None, 0, user.locked_until
        user.failed_logins += 1
        wait = wait_after(user.failed_logins)
        if wait is not None:
            user.locked_until = now + wait
            if user.failed_logins == MAX_FAILED:
                store.audit(s, now, "web", "staff_locked", "staff_user", user.id, None, name=name)
        result = _account(user), user.failed_logins, None
        s.commit()
        return result


def signed_in(store: Store, account: Account, now: datetime) -> int:
    """Clear the account's failures, record the sign-in; the session version to put in the cookie."""
    with store.turn(), store.writer() as s:
        user = s.get(StaffUser, account.id, with_for_update=True)
        if user is None:
            raise LookupError(account.name)
        user.failed_logins, user.locked_until, user.last_login = 0, None, now
        store.audit(s, now, f"staff:{user.name}", "staff_login", "staff_user", user.id, None)
        version = user.session_version
        s.commit()
        return version


def end_sessions(store: Store, user_id: int, now: datetime) -> None:
    """Logout: every session cookie of the account issued so far is refused from now on."""
    with store.turn(), store.writer() as s:
        user = s.get(StaffUser, user_id, with_for_update=True)
        if user is not None:
            user.session_version = new_session_version()
            store.audit(s, now, f"staff:{user.name}", "staff_logout", "staff_user", user.id, None)
            s.commit()


def session_user(store: Store, session: dict[str, Any]) -> tuple[int, str] | None:
    """(id, name) of the staff member the session cookie names, if that account still exists
    and the cookie is of its current session version."""
    uid, name, version = session.get("uid"), session.get("user"), session.get("version")
    if not isinstance(uid, int) or not isinstance(version, int) or not name:
        return None
    with store.session() as s:
        row = s.execute(select(StaffUser.name, StaffUser.session_version).where(StaffUser.id == uid)).first()
    if row is None or row.name != name or row.session_version != version:
        return None
    return uid, name


# ---------------------------------------------------------------------- request side
class Devices:
    """The device cookie: the account name, a random key and the day it was issued, signed."""

    def __init__(self, secret_key: str):
        self.serializer = URLSafeSerializer(secret_key, salt="mailbot-device")

    def issue(self, name: str, now: datetime) -> str:
        return self.serializer.dumps({"name": name, "key": secrets.token_urlsafe(16), "at": now.isoformat()})

    def key_for(self, request: Request, name: str, now: datetime) -> str | None:
        """The key of this browser's device cookie when it is valid for ``name``."""
        token = request.cookies.get(DEVICE_COOKIE)
        if not token:
            return None
        try:
            data = self.serializer.loads(token)
            issued = datetime.fromisoformat(data["at"])
            if data["name"] != name or not timedelta(0) <= now - issued <= DEVICE_AGE:
                return None
            return str(data["key"])
        except (BadSignature, KeyError, TypeError, ValueError):
            return None


def client_address(request: Request, header: str) -> str | None:
    """The client's address as the trusted proxy names it (the last entry: the one it added);
    None without a configured header or when the header is missing."""
    if not header:
        return None
    value = request.headers.get(header, "")
    last = value.rsplit(",", 1)[-1].strip()
    return last or None
