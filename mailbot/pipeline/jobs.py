"""The scheduled jobs (reminders, retention) and ``once``: one pass of every step."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

from sqlalchemy import select

from ..registrations import erase
from ..states import Status
from ..store import Outbox, Registration
from .common import Summary
from .handling import Handling
from .intake import Intake
from .sending import Sending

FILE_EVERY = 2000  # `run --once` files what it decided every this many messages, not all at the end


class Jobs(Intake, Handling, Sending):
    def reminders(self, now: datetime) -> int:
        """Queue a reminder for each confirmed registration when a workshop is ``reminder_days`` away."""
        if self.dry_run:
            return 0
        count = 0
        with self._writer() as s:
            self.store.decide_lock(s)
            for event in self.config.events:
                for days in self.config.schedule.reminder_days:
                    if not event.start - timedelta(days=days) <= now < event.start:
                        continue
                    regs = s.scalars(select(Registration).where(Registration.workshop == event.id,
                                                                Registration.status == Status.CONFIRMED,
                                                                Registration.email != "")).all()
                    for r in regs:
                        key = f"reminder:{r.id}:{event.id}:{days}"
                        if s.scalar(select(Outbox.id).where(Outbox.dedupe == key)):
                            continue
                        left = max((event.start.date() - now.astimezone(event.start.tzinfo).date()).days, 0)
                        reply = self.composer.compose("reminder", to=r.email, to_name=r.name, lang=r.language,
                                                      now=now, reference=r.reference, workshop=event.id,
                                                      attendees=r.attendees, days=left)
                        self.registrations.queue(s, key, reply, now, None, r.id)
                        count += 1
            s.commit()
        return count

    def retention(self, now: datetime) -> int:
        """Erase this desk's personal data ``retention_days`` after its last workshop has ended."""
        last = max(e.end for e in self.config.events)
        if now < last + timedelta(days=self.config.schedule.retention_days) or self.dry_run:
            return 0
        with self._writer() as s:
            n = erase(s, self.store, now, None, "bot", "retention", desk=self.desk)
            s.commit()
        return n

    async def once(self, now: datetime) -> Summary:
        """One pass. Replies already queued go out while later messages are still being read:
        the sending waits on the network, the reading on the CPU."""
        summary = Summary()
        await asyncio.to_thread(self.fetch, now, summary)
        handling = asyncio.ensure_future(asyncio.to_thread(self._handle_and_file, now, summary))
        try:
            while not handling.done():
                await self.send(now, summary)
                await asyncio.wait([handling], timeout=0.5)
        finally:
            await asyncio.wait([handling])
        handling.result()
        await self.send(now, summary)
        self.finish()
        return summary

    def _handle_and_file(self, now: datetime, summary: Summary) -> None:
        self.handle(now, summary, file_every=FILE_EVERY)
        self.file(now, summary)
        self.reminders(now)
        self.retention(now)
