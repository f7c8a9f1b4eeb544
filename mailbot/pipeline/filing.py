"""Step 3, file: decided messages are moved (or flagged) in the mailbox, then marked filed; a
second copy goes where its first went."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select, update

from ..states import MessageState
from ..store import Message
from .common import Base, Summary

log = logging.getLogger("mailbot.worker")
FILE_CHUNK = 500  # decided messages moved per mailbox command (and marked filed per transaction)


class Filing(Base):
    def file(self, now: datetime, summary: Summary | None = None) -> Summary:
        summary = summary or Summary()
        if self.dry_run:
            self.copies.clear()
            return summary
        with self.store.mailbox_lock(self.source.name) as mine:
            if mine:
                self._file(summary)
        return summary

    def _file(self, summary: Summary) -> None:
        """Move decided messages in the mailbox, then mark them filed, FILE_CHUNK messages at a
        time (memory does not grow with the backlog). The database's write lock is not held while
        the mail server works."""
        src = self.source
        after = 0
        while True:
            with self.store.session() as r:
                rows = r.execute(select(Message.id, Message.source_key, Message.folder).where(
                    Message.mailbox == src.name, Message.state == MessageState.DECIDED, Message.id > after)
                    .order_by(Message.id).limit(FILE_CHUNK)).all()
            if not rows:
                break
            after = rows[-1][0]
            self._file_chunk(summary, [(mid, key, folder) for mid, key, folder in rows])
        # a second copy goes where its first went; a copy whose first is not decided yet waits for
        # a later call (a large `run --once` files every FILE_EVERY messages while still deciding)
        waiting, todo = [], self.copies
        self.copies = []
        for i in range(0, len(todo), FILE_CHUNK):
            chunk = todo[i:i + FILE_CHUNK]
            with self.store.session() as r:
                firsts = {mid: (state, folder) for mid, state, folder in r.execute(
                    select(Message.id, Message.state, Message.folder).where(
                        Message.id.in_({orig for _, orig in chunk})))}
            undecided = {mid for mid, (state, _) in firsts.items() if state == MessageState.NEW}
            waiting += [(key, orig) for key, orig in chunk if orig in undecided]
            ready = [(0, key, firsts.get(orig, ("", None))[1] or self.folders["ignored"])
                     for key, orig in chunk if orig not in undecided]
            if ready:
                self._file_chunk(summary, ready)
        self.copies = waiting + self.copies

    def _file_chunk(self, summary: Summary, entries: list[tuple[int, str, str]]) -> None:
        """Move (message id or 0 for a second copy, mailbox key, folder) entries, then mark them filed."""
        src = self.source
        by_folder: dict[str, list[str]] = {}
        for _, key, folder in entries:
            by_folder.setdefault(folder, []).append(key)
        unfiled: set[str] = set()
        for folder, keys in by_folder.items():
            if hasattr(src, "file_many"):
                src.file_many(keys, folder)
            else:
                for k in keys:
                    try:
                        src.file(k, folder)
                    except Exception as exc:  # noqa: BLE001 - this one stays "decided", tried again next time
                        log.warning("message %s could not be filed in %s: %s", k, folder, exc)
                        unfiled.add(k)
        entries = [e for e in entries if e[1] not in unfiled]
        ids = [m for m, _, _ in entries if m]
        if ids:
            with self._writer() as s:
                s.execute(update(Message).where(Message.id.in_(ids)).values(state=MessageState.FILED))
                s.commit()
        summary.filed += len(entries)
