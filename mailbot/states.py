"""Every state a registration, an open question, a message and an outbox mail can be in, and
the one table of allowed moves between registration states with the reply each move sends.

The database rejects any other value (CHECK constraints, migration 0007). ``decide`` names a
``Move``; ``transition`` says where it leads and which reply it sends; the worker and the staff
code record a state change only through ``check_step`` (via ``registrations.change_status``), so a move the
table does not allow is an error, never a silent new state.
"""

from __future__ import annotations

from enum import StrEnum

from .errors import MailbotError


class Status(StrEnum):
    """A registration."""

    AWAITING = "awaiting"  # we asked back (an open question); no workshop yet, or a change not yet agreed
    CONFIRMED = "confirmed"
    WAITING = "waiting"  # on the workshop's waiting list
    CANCELLED = "cancelled"
    CLOSED = "closed"  # an open question settled otherwise (answered by another mail, withdrawn)
    MOVING = "moving"  # staff moves it: not counted while its new place is worked out (one transaction)


class Question(StrEnum):
    """The open question of an ``awaiting`` registration (``Registration.pending``)."""

    CLARIFY = "clarify"  # which workshop? (our numbered list of open workshops)
    ASK_CHANGE = "ask_change"  # registered elsewhere: change to the workshop named?
    CANCEL_WHICH = "cancel_which"  # registered for several: which one to cancel? (numbered)
    # how many people come? (a registration naming companions but no number: "mit meinen Kindern"); the
    # workshop asked about is the registration's ``target``; no seat is held until the answer gives the count
    ATTENDEES = "attendees"


class MessageState(StrEnum):
    NEW = "new"
    DECIDED = "decided"
    FILED = "filed"


class MailState(StrEnum):
    """An outbox mail."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"


ACTIVE = (Status.CONFIRMED, Status.WAITING)  # registrations that hold (or wait for) seats


class Move(StrEnum):
    REGISTER = "register"  # a new registration (or an open question answered with a workshop)
    REGISTER_FULL = "register_full"  # the same, the workshop is full
    ALREADY = "already"  # registered there already: nothing changes
    ASK = "ask"  # we ask back (clarify, cancel_which)
    ASK_CHANGE = "ask_change"  # registered elsewhere, asked whether to change
    ASK_COUNT = "ask_count"  # a registration without its number of people: we ask how many come (holding no seat)
    ASK_AGAIN = "ask_again"  # an answer that settles nothing: the same question again
    CLOSE = "close"  # an open question settled by another move of the same mail (no reply of its own)
    WITHDRAW = "withdraw"  # "doch nicht" answering our question: nothing to cancel, said so
    CANCEL = "cancel"
    CHANGE = "change"  # to another workshop, a seat there
    CHANGE_FULL = "change_full"  # to another workshop, its waiting list
    RECOUNT = "recount"  # another number of people, it fits
    RECOUNT_FULL = "recount_full"  # a raise that does not fit: to the waiting list
    RECOUNT_SEAT = "recount_seat"  # fewer people on the waiting list, and they fit now: a seat
    PROMOTE = "promote"  # a seat freed: from the waiting list
    RENAME = "rename"  # other names for the people registered (the state stays)
    STAFF_MOVE = "staff_move"  # staff start moving it (MOVING), then CHANGE / CHANGE_FULL
    # staff take back a cancellation they just made (StaffDesk.undo_cancel; no mail): the seat or
    # the place on the waiting list again, and who moved up into the seat back to the waiting list
    UNDO_CANCEL = "undo_cancel"
    UNDO_CANCEL_WAITING = "undo_cancel_waiting"
    UNDO_PROMOTE = "undo_promote"


# (state before or None for a new registration, move) -> (state after, reply kind or None)
TRANSITIONS: dict[tuple[Status | None, Move], tuple[Status, str | None]] = {
    (None, Move.REGISTER): (Status.CONFIRMED, "confirmed"),
    (None, Move.REGISTER_FULL): (Status.WAITING, "waiting"),
    (None, Move.ASK): (Status.AWAITING, "clarify"),
    (None, Move.ASK_CHANGE): (Status.AWAITING, "ask_change"),
    (None, Move.ASK_COUNT): (Status.AWAITING, "clarify"),
    (Status.AWAITING, Move.REGISTER): (Status.CONFIRMED, "confirmed"),
    (Status.AWAITING, Move.REGISTER_FULL): (Status.WAITING, "waiting"),
    (Status.AWAITING, Move.ASK_AGAIN): (Status.AWAITING, "clarify"),
    (Status.AWAITING, Move.CLOSE): (Status.CLOSED, None),
    (Status.AWAITING, Move.WITHDRAW): (Status.CLOSED, "withdrawn"),
    (Status.CONFIRMED, Move.ALREADY): (Status.CONFIRMED, "already"),
    (Status.WAITING, Move.ALREADY): (Status.WAITING, "already"),
    (Status.CONFIRMED, Move.CANCEL): (Status.CANCELLED, "cancelled"),
    (Status.WAITING, Move.CANCEL): (Status.CANCELLED, "cancelled"),
    (Status.CONFIRMED, Move.CHANGE): (Status.CONFIRMED, "changed"),
    (Status.CONFIRMED, Move.CHANGE_FULL): (Status.WAITING, "waiting"),
    (Status.WAITING, Move.CHANGE): (Status.CONFIRMED, "changed"),
    (Status.WAITING, Move.CHANGE_FULL): (Status.WAITING, "waiting"),
    (Status.CONFIRMED, Move.RECOUNT): (Status.CONFIRMED, "recounted"),
    (Status.CONFIRMED, Move.RECOUNT_FULL): (Status.WAITING, "waiting"),
    (Status.WAITING, Move.RECOUNT): (Status.WAITING, "recounted"),
    (Status.WAITING, Move.RECOUNT_SEAT): (Status.CONFIRMED, "recounted"),
    (Status.WAITING, Move.PROMOTE): (Status.CONFIRMED, "promoted"),
    (Status.CONFIRMED, Move.RENAME): (Status.CONFIRMED, "renamed"),
    (Status.WAITING, Move.RENAME): (Status.WAITING, "renamed"),
    (Status.CONFIRMED, Move.STAFF_MOVE): (Status.MOVING, None),
    (Status.WAITING, Move.STAFF_MOVE): (Status.MOVING, None),
    (Status.MOVING, Move.CHANGE): (Status.CONFIRMED, "changed"),
    (Status.MOVING, Move.CHANGE_FULL): (Status.WAITING, "waiting"),
    (Status.CANCELLED, Move.UNDO_CANCEL): (Status.CONFIRMED, None),
    (Status.CANCELLED, Move.UNDO_CANCEL_WAITING): (Status.WAITING, None),
    (Status.CONFIRMED, Move.UNDO_PROMOTE): (Status.WAITING, None),
}
# moves made only by naming them (``registrations.change_status(..., move=)``): a cancelled
# registration is never confirmed again by a bare state change
NAMED_ONLY = frozenset({Move.UNDO_CANCEL, Move.UNDO_CANCEL_WAITING})
# the reply of a question asked: cancel_which, attendees and clarify are all "clarify" mails
QUESTION_REPLY = {Question.CLARIFY: "clarify", Question.CANCEL_WHICH: "clarify", Question.ASK_CHANGE: "ask_change",
                  Question.ATTENDEES: "clarify"}
ALLOWED: frozenset[tuple[Status | None, Status]] = frozenset(
    (a, b) for (a, move), (b, _) in TRANSITIONS.items() if move not in NAMED_ONLY)


class BadMove(MailbotError, ValueError):
    """A state change the transition table does not allow."""


def transition(before: str | None, move: Move) -> tuple[Status, str | None]:
    """Where ``move`` leads from ``before`` and the reply it sends; BadMove if the table has no such move."""
    key = (Status(before) if before is not None else None, move)
    if key not in TRANSITIONS:
        raise BadMove(f"no move {move.value!r} from {before!r}")
    return TRANSITIONS[key]


def check_step(before: str | None, after: str) -> Status:
    """A state change recorded directly (by its target state): allowed by some move of the table?"""
    b = Status(before) if before is not None else None
    a = Status(after)
    if (b, a) not in ALLOWED:
        raise BadMove(f"no move from {before!r} to {after!r}")
    return a


def values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(m.value for m in enum)
