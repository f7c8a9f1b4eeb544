"""Step 4, send: each due outbox mail is leased just before the transport takes it and marked
sent, retry (with backoff) or failed."""

from __future__ import annotations

from contextlib import aclosing
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from ..states import MailState
from ..store import Outbox
from ..transports import Item
from .common import Base, Summary

BACKOFF_MINUTES = (1, 5, 15, 60, 180, 360, 720, 1440)
LEASE = timedelta(minutes=10)
MAX_ATTEMPTS = len(BACKOFF_MINUTES) + 1


class Sending(Base):
    async def send(self, now: datetime, summary: Summary | None = None) -> Summary:
        """Send the due outbox mails, ``smtp.batch_size`` per connection. Each mail is leased in
        its own transaction just before the transport takes it: a kill leaves at most the mail in
        flight leased, and a mail the connection did not get to keeps its state and attempts."""
        summary = summary or Summary()
        if self.dry_run or self.transport is None:
            return summary
        while True:
            if not self._due(now):
                return summary
            leased: dict[int, tuple[int, str, str]] = {}  # id -> (attempts, address, kind) to record a result
            items = self._leases(now, leased)
            sending = self.transport.send(items)
            any_sent = any_retry = False
            with self.store.writer() as s:
                # the connection is closed (and the leasing ends) even when recording fails
                async with aclosing(items), aclosing(sending):
                    async for res in sending:  # each recorded, in its own transaction, as soon as it is done
                        attempts, to_addr, kind = leased[res.id]
                        state = res.state
                        if state == MailState.RETRY and attempts >= MAX_ATTEMPTS:
                            state = MailState.FAILED
                        values: dict[str, Any] = {"state": state,
                                                  "last_error": "" if state == MailState.SENT else res.detail[:1000]}
                        if state == MailState.SENT:
                            values["sent_at"] = now
                            summary.sent += 1
                            any_sent = True
                        elif state == MailState.RETRY:
                            values["next_attempt_at"] = now + timedelta(
                                minutes=BACKOFF_MINUTES[min(attempts, len(BACKOFF_MINUTES)) - 1])
                            summary.retry += 1
                            any_retry = True
                        else:
                            summary.failed += 1
                        with self.store.turn(), s.begin():  # committed, or rolled back before the turn ends
                            s.execute(update(Outbox).where(Outbox.id == res.id).values(**values),
                                      execution_options={"synchronize_session": False})
                            self.store.audit(s, now, "bot", f"mail_{state}", "outbox", res.id, to_addr,
                                             kind=kind, detail=res.detail[:300])
            if not leased or (any_retry and not any_sent):
                return summary  # nothing left for us, or the server is unwell: try again at the next interval

    def _due_mail(self, now: datetime):
        return select(Outbox).where(Outbox.desk == self.desk, Outbox.state.in_((MailState.QUEUED, MailState.RETRY, MailState.SENDING)),
                                    Outbox.next_attempt_at <= now)

    def _due(self, now: datetime) -> bool:
        with self.store.session() as s:
            return s.scalar(self._due_mail(now).with_only_columns(Outbox.id).limit(1)) is not None

    async def _leases(self, now: datetime, leased: dict[int, tuple[int, str, str]]):
        """Up to ``smtp.batch_size`` due mails, oldest first, each leased (``sending`` until
        ``now + LEASE``, one attempt more) only when the transport asks for it."""
        after = 0
        for _ in range(self.config.smtp.batch_size):
            with self._writer() as s:
                row = s.scalars(self._due_mail(now).where(Outbox.id > after).order_by(Outbox.id).limit(1)
                                .with_for_update(skip_locked=True)).first()
                if row is None:
                    return
                row.state, row.attempts, row.next_attempt_at = MailState.SENDING, row.attempts + 1, now + LEASE
                item = Item(row.id, self.config.sender, row.to_addr, row.raw, row.kind)
                leased[row.id] = (row.attempts, row.to_addr, row.kind)
                s.commit()
            after = item.id
            yield item
