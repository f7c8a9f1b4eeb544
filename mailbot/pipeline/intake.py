"""Step 1, fetch: new mail is stored raw and committed before anything else is done with it; the
mailbox's last UID moves only after that commit; a copy of a stored mail is filed beside it."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..states import MessageState
from ..store import MailboxState, Message, content_digest
from ..understand.mime import parse_headers_quick
from .common import BATCH_BYTES, Base, Summary, _chunks

FETCH_CHUNK = 200  # messages stored per transaction while fetching (at most BATCH_BYTES of them)


def normal_id(message_id: str, raw: bytes) -> str:
    mid = re.sub(r"\s+", "", message_id or "")
    if not mid:
        mid = f"<{hashlib.sha256(raw).hexdigest()}@mailbot.invalid>"
    return mid[:500]


class Intake(Base):
    def fetch(self, now: datetime, summary: Summary | None = None) -> Summary:
        summary = summary or Summary()
        with self.store.mailbox_lock(self.source.name) as mine:
            if mine:  # another worker is fetching this mailbox right now: it stores for all of us
                self._fetch(now, summary)
                if not self.dry_run:
                    self.store.set(f"last_fetch:{self.desk}", datetime.now(timezone.utc).isoformat())
            else:
                summary.elsewhere = True
        return summary

    def _fetch(self, now: datetime, summary: Summary) -> None:
        """Store new mail in chunks: the mailbox is read without holding the database's write lock,
        each chunk is written and committed with the mailbox's new last UID."""
        src = self.source
        with self.store.session() as r:
            known = r.get(MailboxState, src.name)
            last_uid, validity_known = (known.last_uid, known.uidvalidity) if known else (0, None)
        validity, items = src.fetch(last_uid, validity_known)
        first = True
        for chunk in _chunks(items, FETCH_CHUNK, BATCH_BYTES):
            self._store_chunk(chunk, validity, now, summary, first)
            first = False
        if first:  # nothing new: still record the mailbox (and a changed UIDVALIDITY)
            self._store_chunk([], validity, now, summary, True)

    def _store_chunk(self, chunk: list, validity: int | None, now: datetime, summary: Summary, first: bool) -> None:
        src = self.source
        with self.store.turn():
            s = self._session()
            try:
                state = s.get(MailboxState, src.name)
                if state is None:
                    state = MailboxState(mailbox=src.name, uidvalidity=validity, last_uid=0)
                    s.add(state)
                elif first and validity is not None and state.uidvalidity != validity:
                    self.store.audit(s, now, "bot", "uidvalidity_changed", "mailbox", None,
                                     old=state.uidvalidity, new=validity)
                    state.uidvalidity, state.last_uid = validity, 0
                self._store_many(s, chunk, now, summary)
                for item in chunk:
                    if item.uid:
                        state.last_uid = max(state.last_uid, item.uid)
                self._commit(s)
            finally:
                self._close(s)

    def _store_many(self, s: Session, chunk: list, now: datetime, summary: Summary) -> None:
        """Store the chunk's new messages: one lookup for the keys already stored, one for the
        Message-IDs already known (a copy is filed beside its first, never answered)."""
        mailbox = self.source.name
        if not chunk:
            return
        stored = set(s.scalars(select(Message.source_key).where(  # by an earlier run that did not file them
            Message.mailbox == mailbox, Message.source_key.in_([item.key for item in chunk]))))
        fresh = []
        for item in chunk:
            if item.key not in stored:
                head = parse_headers_quick(item.raw)
                fresh.append((item, head, (normal_id(head.get("message_id", ""), item.raw), content_digest(item.raw))))
        # a copy has the same Message-ID and the same content; the same Message-ID with other
        # content is stored as a message of its own (``_collision`` hands it to staff)
        known = {(mid, digest): i for mid, digest, i in s.execute(
            select(Message.message_id, Message.digest, Message.id).where(
                Message.desk == self.desk, Message.message_id.in_({mid for _, _, (mid, _) in fresh})))} if fresh else {}
        added: dict[tuple[str, str], Message] = {}
        for item, head, ident in fresh:
            if ident in added:  # twice in this chunk
                s.flush()
                known[ident] = added[ident].id
            if ident in known:
                self.copies.append((item.key, known[ident]))
                summary.duplicates += 1
                continue
            added[ident] = Message(desk=self.desk, mailbox=mailbox, source_key=item.key, message_id=ident[0],
                                   digest=ident[1], raw=item.raw, fetched_at=now,
                                   sender=head.get("sender", "")[:320], sender_name=head.get("sender_name", "")[:300],
                                   subject=head.get("subject", ""), state=MessageState.NEW)
            s.add(added[ident])
            summary.fetched += 1
