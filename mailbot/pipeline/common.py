"""What every step of the pipeline shares: the desk's settings and store, the summary of a run,
transactions (a dry run keeps one open and rolls it back), and chunking."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, TextIO

from sqlalchemy.orm import Session

from ..config import Config
from ..errors import MailbotError
from ..registrations import Registrations
from ..replies import Composer, Reply, reference_pattern
from ..sources import Source, folder_names
from ..store import Store
from ..transports import Transport

BATCH_BYTES = 64 * 1024 * 1024  # bytes of mail held at once while storing or deciding (at least one message)


@dataclass
class Summary:
    fetched: int = 0
    duplicates: int = 0
    handled: int = 0
    filed: int = 0
    sent: int = 0
    retry: int = 0
    failed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    elsewhere: bool = False  # another worker was fetching this mailbox: there may be more to do soon

    def line(self) -> str:
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items())) or "nothing new"
        return (f"fetched {self.fetched} (duplicates {self.duplicates}), handled {self.handled} ({outcomes}), "
                f"filed {self.filed}, sent {self.sent}, retry {self.retry}, failed {self.failed}")


class Base:
    """The state the steps share and their transaction helpers."""

    def __init__(self, config: Config, store: Store, source: Source | None = None, transport: Transport | None = None,
                 composer: Composer | None = None, dry_run: bool = False, out: TextIO | None = None,
                 verbose: bool = True):
        self.config = config
        self.desk = config.desk  # this worker's mailbox, events and outbox (several desks share a store)
        self.store = store
        self.source = source
        self.transport = transport
        self.composer = composer or Composer(config)
        self.dry_run = dry_run
        self.out = out or sys.stdout
        self.verbose = verbose
        self.folders = folder_names(config)
        self.ref_pattern = reference_pattern(config.replies.reference_prefix)
        self.copies: list[tuple[str, int]] = []  # (source key, message id) of second copies to file
        self._dry: Session | None = None
        self._dry_done: set[int] = set()
        self._started: float | None = time.monotonic()
        # the service sets this: a backlog is left between two batches when the service stops
        # (what is not decided yet stays "new" for the next start)
        self.stopping: Callable[[], bool] = lambda: False
        # the one place that writes registrations (and counts seats) for this desk
        self.registrations = Registrations(config, store, self.composer,
                                           on_queue=self._would_send if dry_run else None)

    @property
    def mailbox(self) -> Source:
        """The mailbox this worker fetches from and files in (a worker for the staff pages has none)."""
        if self.source is None:
            raise MailbotError(f"desk {self.desk}: this worker has no mailbox")
        return self.source

    def _say(self, text: str) -> None:
        if self.verbose:
            self.out.write(text + "\n")
            self.out.flush()

    def _would_send(self, reply: Reply) -> None:
        self._say(f"         would send {reply.kind!r} to {reply.to}: {reply.subject}")

    def _session(self) -> Session:
        if self.dry_run:
            if self._dry is None:
                self._dry = self.store.writer()
            return self._dry
        return self.store.writer()

    def _commit(self, s: Session) -> None:
        if self.dry_run:
            s.flush()
        else:
            s.commit()

    def _close(self, s: Session) -> None:
        if not self.dry_run:
            s.close()

    @contextmanager
    def _writer(self) -> Iterator[Session]:
        """A write transaction, after this process's other writers that asked first (Store.turn)."""
        with self.store.turn(), self.store.writer() as s:
            yield s

    def finish(self) -> None:
        if self._dry is not None:
            self._dry.rollback()
            self._dry.close()
            self._dry = None


def _chunks(items, size: int, max_bytes: int = 0):
    """Lists of at most ``size`` items (and, with ``max_bytes``, of at most that many bytes of
    their ``raw``, at least one item)."""
    chunk: list = []
    held = 0
    for item in items:
        if max_bytes and chunk and held + len(item.raw) > max_bytes:
            yield chunk
            chunk, held = [], 0
        chunk.append(item)
        held += len(item.raw) if max_bytes else 0
        if len(chunk) >= size:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk
