"""What one mail says, as the understanding reports it: a ``Reading`` (intent, the action it
suggests, workshop, attendees, names, evidence), built by ``reading.understand``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from email.utils import parseaddr
from typing import Any


@dataclass
class Reading:
    # register | change | cancel | question | thanks | empty | auto_reply | bounce | spam | bulk | own | other | unreadable
    intent: str
    action: str  # confirm | clarify | review | cancel | ignore
    workshop: str | None = None
    attendees: int | None = None
    names: list[str] = field(default_factory=list)
    language: str = "de"
    evidence: list[dict[str, Any]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    reason: str = ""
    candidates: list[str] = field(default_factory=list)
    previous_workshop: str | None = None  # for a change: the one left; for a reply: the one our quoted mail named
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    message_id: str = ""
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    sent_at: str | None = None
    new_text: str = ""
    auth_results: list[str] = field(default_factory=list)  # Authentication-Results values, top-most first

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def sent(self) -> datetime | None:
        """When the mail says it was written (its ``Date:`` header), if it gives a time with a zone."""
        try:
            d = datetime.fromisoformat(self.sent_at) if self.sent_at else None
        except ValueError:
            return None
        return d if d is not None and d.tzinfo else None


def display_name(name: str) -> str:
    name = parseaddr(name)[0] or name
    if "," in name:
        last, first = [p.strip() for p in name.split(",", 1)]
        return f"{first} {last}"
    return name.strip()
