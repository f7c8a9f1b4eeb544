"""The long-running service: APScheduler 3 (AsyncIOScheduler) jobs around one ``Worker``.

Jobs: fetch+handle+file (every ``mailbox.poll_interval`` s, first run at start, one at a time,
missed runs coalesced; with IMAP IDLE a watcher thread triggers it as soon as mail arrives),
outbox (every ``schedule.outbox_interval`` s), reminders (hourly) and retention (daily).
A failing job is logged and counted (``counters`` table, shown by ``mailbot status``); the
service keeps running. SIGTERM/SIGINT stop it cleanly: running jobs are awaited.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from datetime import datetime, timedelta, timezone
from typing import Callable

from apscheduler.events import EVENT_JOB_ERROR, JobExecutionEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from .sources import ImapSource, SourceError
from .worker import Summary, Worker

log = logging.getLogger("mailbot.service")


class Service:
    def __init__(self, worker: Worker, clock: Callable[[], datetime] | None = None, make_watcher=None):
        self.worker = worker
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.stop_event = asyncio.Event()
        self.mail_lock = asyncio.Lock()
        self.send_lock = asyncio.Lock()  # one sender at a time; stopping waits for it
        self.failures = 0
        self.backoff = 0.0
        self.make_watcher = make_watcher
        self.scheduler: AsyncIOScheduler | None = None

    async def fetch_job(self) -> None:
        async with self.mail_lock:
            summary = Summary()
            w = self.worker
            try:
                await asyncio.to_thread(self._mail_cycle, summary)
                self.backoff = 0.0
            except SourceError as exc:
                self.backoff = min(300.0, max(2.0, self.backoff * 2))
                log.warning("mailbox unreachable (%s); next try in %.0f s", exc, self.backoff)
                w.store.count("mailbox_errors")
                if hasattr(w.source, "close"):
                    w.source.close()
                self.scheduler.modify_job("fetch", next_run_time=datetime.now(timezone.utc)
                                          + timedelta(seconds=self.backoff))
                return
            async with self.send_lock:
                await w.send(self.clock(), summary)
            if summary.fetched or summary.sent or summary.failed:
                log.info("%s", summary.line())

    def _mail_cycle(self, summary: Summary) -> None:
        now = self.clock()
        self.worker.fetch(now, summary)
        self.worker.handle(now, summary)
        self.worker.file(now, summary)

    async def outbox_job(self) -> None:
        async with self.send_lock:
            summary = await self.worker.send(self.clock())
        if summary.sent or summary.failed or summary.retry:
            log.info("outbox: sent %d, retry %d, failed %d", summary.sent, summary.retry, summary.failed)

    async def reminder_job(self) -> None:
        n = await asyncio.to_thread(self.worker.reminders, self.clock())
        if n:
            log.info("queued %d reminders", n)

    async def retention_job(self) -> None:
        n = await asyncio.to_thread(self.worker.retention, self.clock())
        if n:
            log.info("retention erased personal data in %d records", n)

    def _on_error(self, event: JobExecutionEvent) -> None:
        self.failures += 1
        log.error("job %s failed: %r", event.job_id, event.exception)
        try:
            self.worker.store.count(f"job_errors:{event.job_id}")
        except Exception:  # the database may be the thing that is down
            pass

    def trigger_fetch_threadsafe(self) -> None:
        loop = getattr(self, "loop", None)
        if loop is not None:
            loop.call_soon_threadsafe(self.trigger_fetch)

    def trigger_fetch(self) -> None:
        if self.scheduler is not None and self.scheduler.get_job("fetch"):
            self.scheduler.modify_job("fetch", next_run_time=datetime.now(timezone.utc))

    async def run(self) -> None:
        cfg = self.worker.config
        loop = asyncio.get_running_loop()
        self.loop = loop
        sched = AsyncIOScheduler(event_loop=loop, timezone=cfg.office.timezone)
        self.scheduler = sched
        common = {"max_instances": 1, "coalesce": True, "misfire_grace_time": None}
        sched.add_job(self.fetch_job, "interval", seconds=cfg.mailbox.poll_interval, id="fetch",
                      next_run_time=datetime.now(timezone.utc), **common)
        sched.add_job(self.outbox_job, "interval", seconds=cfg.schedule.outbox_interval, id="outbox", **common)
        sched.add_job(self.reminder_job, "interval", hours=1, id="reminders",
                      next_run_time=datetime.now(timezone.utc) + timedelta(seconds=5), **common)
        sched.add_job(self.retention_job, "interval", days=1, id="retention",
                      next_run_time=datetime.now(timezone.utc) + timedelta(seconds=30), **common)
        sched.add_listener(self._on_error, EVENT_JOB_ERROR)
        for sig in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.add_signal_handler(sig, self.stop_event.set)
            except (NotImplementedError, RuntimeError, ValueError):  # not the main thread
                pass
        watcher = None
        if cfg.mailbox.backend == "imap" and cfg.mailbox.idle:
            watcher = IdleWatcher(self.make_watcher or (lambda: ImapSource(cfg.mailbox, cfg.base)),
                                  lambda: loop.call_soon_threadsafe(self.trigger_fetch))
            watcher.start()
        sched.start()
        log.info("mailbot running: %s, %d workshops", self.worker.source.name, len(cfg.events))
        try:
            await self.stop_event.wait()
        finally:
            if watcher:
                watcher.stop()
            sched.shutdown(wait=False)
            async with self.mail_lock, self.send_lock:  # let a running fetch cycle and sending finish
                pass
            self.worker.source.close()
            log.info("mailbot stopped")


class IdleWatcher(threading.Thread):
    """Its own IMAP connection in IDLE; calls ``notify`` when the server reports new mail."""

    def __init__(self, make_source: Callable[[], ImapSource], notify: Callable[[], None]):
        super().__init__(name="imap-idle", daemon=True)
        self.make_source = make_source
        self.notify = notify
        self._halt = threading.Event()

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=5)

    def run(self) -> None:
        delay = 1.0
        source = None
        while not self._halt.is_set():
            try:
                if source is None:
                    source = self.make_source()
                    self.notify()  # mail may have arrived while we were not listening
                if source.wait(60, stop=self._halt.is_set):
                    self.notify()
                delay = 1.0
            except Exception as exc:  # noqa: BLE001 - reconnect with backoff whatever went wrong
                log.warning("IDLE connection lost (%s); reconnecting in %.0f s", exc, delay)
                if source is not None:
                    source.close()
                source = None
                self._halt.wait(delay)
                delay = min(delay * 2, 300)
        if source is not None:
            source.close()
