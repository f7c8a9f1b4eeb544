"""The long-running service: APScheduler 3 (AsyncIOScheduler) jobs around one ``Worker`` per desk.

Jobs, per desk: fetch+handle+file (every ``mailbox.poll_interval`` s, first run at start, one at a time,
missed runs coalesced; with IMAP IDLE a watcher thread triggers it as soon as mail arrives),
outbox (every ``schedule.outbox_interval`` s), reminders (hourly) and retention (daily).
A failing job is logged and counted (``counters`` table, shown by ``mailbot status``); the
service keeps running. SIGTERM/SIGINT stop it cleanly: running jobs are awaited.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import signal
import threading
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from typing import Callable

from apscheduler.events import EVENT_JOB_ERROR, JobExecutionEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from .sources import ImapSource, SourceError
from .worker import Summary, Worker

log = logging.getLogger("mailbot.service")


class Service:
    """The jobs of one or more desks (one ``Worker`` each: its mailbox, events and outbox) on one
    scheduler. Each desk has its own fetch and send locks and its own backoff, so one desk's
    unreachable mailbox does not hold up another's."""

    def __init__(self, workers: Worker | list[Worker], clock: Callable[[], datetime] | None = None,
                 make_watcher: Callable | None = None):
        self.workers = [workers] if isinstance(workers, Worker) else list(workers)
        self.worker = self.workers[0]
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.stop_event = asyncio.Event()
        self.mail_locks = {w.desk: asyncio.Lock() for w in self.workers}
        self.send_locks = {w.desk: asyncio.Lock() for w in self.workers}  # stopping waits for them
        self.failures = 0
        self.backoff = {w.desk: 0.0 for w in self.workers}
        self.make_watcher = make_watcher  # config -> source with wait(); default: ImapSource
        self.scheduler: AsyncIOScheduler | None = None
        self._jobs: set[asyncio.Task] = set()  # jobs running now
        for w in self.workers:
            w.stopping = self.stop_event.is_set

    @contextmanager
    def _job(self):
        """Marks the running job, so that stopping waits for it."""
        task = asyncio.current_task()
        self._jobs.add(task)
        try:
            yield
        finally:
            self._jobs.discard(task)

    async def fetch_job(self, w: Worker) -> None:
        with self._job():
            await self._fetch(w)

    async def _fetch(self, w: Worker) -> None:
        async with self.mail_locks[w.desk]:
            while not self.stop_event.is_set():
                summary = Summary()
                try:
                    await asyncio.to_thread(self._mail_cycle, w, summary)
                    self.backoff[w.desk] = 0.0
                except SourceError as exc:
                    self.backoff[w.desk] = backoff = min(300.0, max(2.0, self.backoff[w.desk] * 2))
                    log.warning("mailbox %s unreachable (%s); next try in %.0f s", w.mailbox.name, exc, backoff)
                    w.store.count("mailbox_errors")
                    if hasattr(w.mailbox, "close"):
                        w.mailbox.close()
                    assert self.scheduler is not None  # jobs run only under the scheduler
                    self.scheduler.modify_job(f"fetch:{w.desk}", next_run_time=datetime.now(timezone.utc)
                                              + timedelta(seconds=backoff))
                    return
                async with self.send_locks[w.desk]:
                    await w.send(self.clock(), summary)
                if summary.fetched or summary.handled or summary.sent or summary.failed:
                    log.info("%s: %s", w.desk, summary.line())
                if not (summary.handled or summary.elsewhere):
                    return
                # work was found (more may have come meanwhile), or another worker is storing a
                # backlog that this one can help decide: look again now, not at the next poll
                if not summary.handled:
                    await asyncio.sleep(1)

    def _mail_cycle(self, w: Worker, summary: Summary) -> None:
        now = self.clock()
        w.fetch(now, summary)
        w.handle(now, summary)
        w.file(now, summary)

    async def outbox_job(self, w: Worker) -> None:
        if self.stop_event.is_set():
            return
        with self._job():
            async with self.send_locks[w.desk]:
                summary = await w.send(self.clock())
        if summary.sent or summary.failed or summary.retry:
            log.info("%s outbox: sent %d, retry %d, failed %d", w.desk, summary.sent, summary.retry, summary.failed)

    async def reminder_job(self, w: Worker) -> None:
        if self.stop_event.is_set():
            return
        with self._job():
            n = await asyncio.to_thread(w.reminders, self.clock())
        if n:
            log.info("%s: queued %d reminders", w.desk, n)

    async def retention_job(self, w: Worker) -> None:
        if self.stop_event.is_set():
            return
        with self._job():
            n = await asyncio.to_thread(w.retention, self.clock())
        if n:
            log.info("%s: retention erased personal data in %d records", w.desk, n)

    def _on_error(self, event: JobExecutionEvent) -> None:
        self.failures += 1
        log.error("job %s failed: %r", event.job_id, event.exception)
        try:
            self.worker.store.count(f"job_errors:{event.job_id.split(':')[0]}")
        except Exception:  # the database may be the thing that is down
            pass

    def trigger_fetch_threadsafe(self, desk: str | None = None) -> None:
        loop = getattr(self, "loop", None)
        if loop is not None:
            loop.call_soon_threadsafe(self.trigger_fetch, desk)

    def trigger_fetch(self, desk: str | None = None) -> None:
        """Run the fetch job of one desk (or of all) now."""
        if self.scheduler is None:
            return
        for w in self.workers:
            if desk in (None, w.desk) and self.scheduler.get_job(f"fetch:{w.desk}"):
                self.scheduler.modify_job(f"fetch:{w.desk}", next_run_time=datetime.now(timezone.utc))

    async def run(self) -> None:
        cfg = self.worker.config
        loop = asyncio.get_running_loop()
        self.loop = loop
        sched = AsyncIOScheduler(event_loop=loop, timezone=cfg.office.timezone)
        self.scheduler = sched
        common = {"max_instances": 1, "coalesce": True, "misfire_grace_time": None}
        start = datetime.now(timezone.utc)
        watchers = []
        for w in self.workers:
            c = w.config
            sched.add_job(self.fetch_job, "interval", args=[w], seconds=c.mailbox.poll_interval,
                          id=f"fetch:{w.desk}", next_run_time=start, **common)
            sched.add_job(self.outbox_job, "interval", args=[w], seconds=c.schedule.outbox_interval,
                          id=f"outbox:{w.desk}", **common)
            sched.add_job(self.reminder_job, "interval", args=[w], hours=1, id=f"reminders:{w.desk}",
                          next_run_time=start + timedelta(seconds=5), **common)
            sched.add_job(self.retention_job, "interval", args=[w], days=1, id=f"retention:{w.desk}",
                          next_run_time=start + timedelta(seconds=30), **common)
            if c.mailbox.backend == "imap" and c.mailbox.idle:
                make = self.make_watcher or (lambda c: ImapSource(c.mailbox, c.base))
                watchers.append(IdleWatcher(functools.partial(make, c),
                                            functools.partial(loop.call_soon_threadsafe, self.trigger_fetch, w.desk),
                                            name=f"imap-idle:{w.desk}"))
        sched.add_listener(self._on_error, EVENT_JOB_ERROR)
        for sig in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.add_signal_handler(sig, self.stop_event.set)
            except (NotImplementedError, RuntimeError, ValueError):  # not the main thread
                pass
        for watcher in watchers:
            watcher.start()
        sched.start()
        for w in self.workers:
            log.info("mailbot running: desk %s, %s, %d workshops", w.desk, w.mailbox.name, len(w.config.events))
        try:
            await self.stop_event.wait()
        finally:
            for watcher in watchers:
                watcher.stop()
            # let running jobs end before the scheduler is shut down: its shutdown cancels them,
            # and a cancelled fetch is logged as a failed job. A job handed to the event loop just
            # before the stop starts at the next turn of the loop, sees the stop and returns.
            sched.pause()
            await asyncio.sleep(0)
            if self._jobs:
                await asyncio.wait(set(self._jobs), timeout=120)
            sched.shutdown(wait=False)
            for w in self.workers:  # let running fetch cycles and sending finish
                async with self.mail_locks[w.desk], self.send_locks[w.desk]:
                    pass
                w.mailbox.close()
            log.info("mailbot stopped")


class IdleWatcher(threading.Thread):
    """Its own IMAP connection in IDLE; calls ``notify`` when the server reports new mail."""

    def __init__(self, make_source: Callable[[], ImapSource], notify: Callable[[], object], name: str = "imap-idle"):
        super().__init__(name=name, daemon=True)
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
