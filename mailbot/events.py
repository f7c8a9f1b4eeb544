"""The configured events (workshops): plain data, no behaviour beyond simple questions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    town: str
    venue: str
    address: str
    start: datetime  # aware, in the office's time zone
    end: datetime
    capacity: int = 0
    aliases: tuple[str, ...] = field(default=())

    @property
    def day(self) -> date:
        return self.start.date()

    def place_names(self) -> tuple[str, ...]:
        """Every name of the town or venue people may use for this event."""
        return (self.town, self.venue, *self.aliases)


def chronological(events: tuple[Event, ...] | list[Event]) -> tuple[Event, ...]:
    """Events in the order the announcement and our clarification list them."""
    return tuple(sorted(events, key=lambda e: e.start))
