"""The worker: fetch → store → decide → file → send, each step safe to repeat after a crash.

1. **fetch**: new messages are stored raw (state ``new``) and committed before anything else;
   the mailbox's last UID is advanced only after that commit. A message already stored (same
   mailbox key, or same Message-ID) is not stored again.
2. **handle**: every ``new`` message is read (``understand``), decided (``decide``) and applied in
   one transaction: registration changes, the reply in the outbox, the audit entries, state
   ``decided``. A crash before the commit leaves it ``new``; after it, it is never decided again.
3. **file**: ``decided`` messages are moved (or flagged) in the mailbox, then marked ``filed``.
4. **send**: each due outbox mail is leased (``sending``) in its own transaction just before it
   is handed to the transport, and marked ``sent``, ``retry`` (with backoff) or ``failed``. A
   crash between the hand-over and the mark can send that one mail twice (the lease expires and
   it is sent again, with the same Message-ID); it can never lose one, and the mails of the
   batch not handed over yet are not held up.
"""

from __future__ import annotations

from .pipeline.common import Summary
from .pipeline.intake import normal_id
from .pipeline.jobs import Jobs

__all__ = ["Summary", "Worker", "normal_id"]


class Worker(Jobs):
    """One desk's pipeline: ``fetch`` (pipeline/intake.py), ``handle`` (pipeline/handling.py,
    held changes in pipeline/held.py), ``file`` (pipeline/filing.py), ``send``
    (pipeline/sending.py), ``reminders``, ``retention`` and ``once`` (pipeline/jobs.py); the
    registrations it changes are changed by its ``registrations`` service."""
