"""What reading one message may cost, whatever its shape.

Two kinds of limits keep one hostile or broken message from stopping the desk:

- **structural caps**, applied before and while parsing (the constants below): how many
  multipart containers and parts, how deep, how much HTML and text, how long a header. Past a
  cap that says something is wrong (nesting, parts) the message is not read and goes to staff
  with the limit as the reason; past a cap on length the beginning is read (the request is at
  the top of a mail) and a problem is noted.
- **a budget** for one message: CPU time of the reading thread and growth of the process's
  memory, checked between the stages of reading (``check``). Past it, ``OverLimit`` names the
  budget and the message goes to staff. It cannot interrupt one regular-expression call; the
  structural caps keep each call short.

``understand`` runs under a budget when its caller gives one (the worker does); the clock and
the memory gauge are parameters, so tests can drive them.
"""

from __future__ import annotations

import contextvars
import time
from dataclasses import dataclass, field
from typing import Callable

from ..errors import MailbotError

MAX_RAW = 4 * 1024 * 1024  # bytes of a message parsed: the rest (an attachment, mostly) is cut off
MAX_MULTIPARTS = 50  # multipart containers in one message (real mail: 1-5, a forwarded thread a few more)
MAX_DEPTH = 20  # nesting of MIME parts
MAX_PARTS = 200  # MIME parts in one message
MAX_HEADER = 16_000  # characters of one header value decoded (a To: with 10,000 addresses is cut)
MAX_SUBJECT = 500  # characters of the subject read
MAX_HTML = 256_000  # characters of one HTML part converted to text
MAX_QUOTE_DEPTH = 8  # nested <blockquote> levels shown as "> " (deeper ones count as this deep)
MAX_NEW_TEXT = 8_000  # characters of the sender's new text read (the longest real one seen: 1,100)

CPU_SECONDS = 2.0  # CPU time of reading one message
MEMORY_BYTES = 256 * 1024 * 1024  # growth of the process's resident memory while reading one message


class OverLimit(MailbotError):
    """A message past one of the limits; the text names the limit."""


def _rss() -> int | None:
    """Resident memory of this process in bytes (Linux), or None where it cannot be read cheaply."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


try:
    import os

    _PAGE = os.sysconf("SC_PAGE_SIZE")
except (ValueError, OSError, AttributeError):  # pragma: no cover - not Linux
    _PAGE = 4096


@dataclass
class Budget:
    """CPU seconds and bytes of memory growth one message may use. ``clock`` is the CPU time of
    the calling thread, ``memory`` the process's resident memory (None: not measured)."""

    cpu_seconds: float = CPU_SECONDS
    memory_bytes: int = MEMORY_BYTES
    clock: Callable[[], float] = time.thread_time
    memory: Callable[[], int | None] = _rss
    _start: float = field(default=0.0, init=False)
    _base: int | None = field(default=None, init=False)
    _checks: int = field(default=0, init=False)

    def start(self) -> "Budget":
        self._start = self.clock()
        self._base = self.memory()
        self._checks = 0
        return self

    def check(self, stage: str) -> None:
        used = self.clock() - self._start
        if used > self.cpu_seconds:
            raise OverLimit(f"reading took more than {self.cpu_seconds:g} s of CPU time (at {stage})")
        self._checks += 1
        if self._base is not None and self._checks % 8 == 1:  # reading /proc costs more than the clock
            now = self.memory()
            if now is not None and now - self._base > self.memory_bytes:
                raise OverLimit(f"reading needed more than {self.memory_bytes // (1024 * 1024)} MB of memory "
                                f"(at {stage})")


_CURRENT: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("mailbot_budget", default=None)


class excused:
    """``with excused(): …`` builds something once per process (a pattern compiled on a cold start-up
    cache): its CPU time does not count against the budget of the message being read, which would
    otherwise go to staff only because it was the first of its language after an install."""

    def __enter__(self) -> None:
        self.budget = _CURRENT.get()
        self.begun = self.budget.clock() if self.budget is not None else 0.0

    def __exit__(self, *exc: object) -> None:
        if self.budget is not None:
            self.budget._start += self.budget.clock() - self.begun


def check(stage: str) -> None:
    """Raise ``OverLimit`` when the message being read has used up its budget (no-op without one)."""
    budget = _CURRENT.get()
    if budget is not None:
        budget.check(stage)


class under:
    """``with under(budget): …`` reads under that budget (None: no budget)."""

    def __init__(self, budget: Budget | None):
        self.budget = budget

    def __enter__(self) -> Budget | None:
        self.token = _CURRENT.set(self.budget.start() if self.budget is not None else None)
        return self.budget

    def __exit__(self, *exc: object) -> None:
        _CURRENT.reset(self.token)
