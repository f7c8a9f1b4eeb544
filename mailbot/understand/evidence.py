"""What a piece of text says about which event is meant: the shared vocabulary of the finders."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    kind: str  # date | day | weekday | month | relative | ordinal | remaining | place
    text: str  # the words in the message
    events: frozenset[str]  # ids of the events this piece fits (empty: fits none)
    rule: str  # which rule read it, for staff
    # a relative that names one day ("next Tuesday", "Tuesday in two weeks", "tomorrow"), not a week: where it
    # fits no event it is a date of no workshop, as a written one would be
    one_day: bool = False

    @property
    def fits_none(self) -> bool:
        return not self.events
