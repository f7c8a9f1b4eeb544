"""Queueing a composed mail in the outbox (the worker's send step takes it from there)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .replies import Reply
from .states import MailState
from .store import Outbox, Store


def queue_mail(s: Session, store: Store, desk: str, dedupe: str, reply: Reply, now: datetime,
               message_id: int | None, registration_id: int | None) -> bool:
    """Add ``reply`` to the outbox of ``desk`` (in the caller's transaction); False when a mail with
    the same ``dedupe`` key is queued already. A ``reply:<message>`` key is not looked up: a message
    is decided once (the unique key guards anyway)."""
    if not dedupe.startswith("reply:") and s.scalar(select(Outbox.id).where(Outbox.dedupe == dedupe)):
        return False
    s.add(Outbox(desk=desk, dedupe=dedupe, message_id=reply.message_id, kind=reply.kind, to_addr=reply.to,
                 subject=reply.subject, raw=reply.raw, state=MailState.QUEUED, next_attempt_at=now, created_at=now,
                 source_message_id=message_id, registration_id=registration_id))
    store.audit(s, now, "bot", "mail_queued", "outbox", None, reply.to, kind=reply.kind, dedupe=dedupe)
    return True
