"""What to do with one understood message, given what the desk already knows (pure: no I/O).

``decide(reading, desk)`` turns a ``Reading`` (what the message says) and a ``Desk`` (the
sender's registrations, the thread it answers, seats taken, replies sent today, the time) into
a ``Plan``: which registration changes, which reply (a template kind) and where the message is
filed. The registrations service carries the plan out, in one transaction with the reply.

The package: ``plan.py`` (Desk, RegView, Plan, folders, ``hold_unverified``), ``thread.py``
(answers to our own mails), ``rules.py`` (a new mail's rules and the moves they share).

The rules, in order:
- robots, own mail, spam → ignored, never a reply;
- more automatic replies to this address today than allowed → staff, no reply;
- an answer in a thread where we asked back resolves that question (a number from our list, or
  "Wechsel" for a change we asked about, or the number of people we asked for: "2", "zu dritt");
- a reply to our mail about a registration: a number from the list it quoted, a change of
  workshop (also naming only the new one with a request to move, or with the booked one ruled
  out; one wished "if there is space" is made only when seats are free, else the seat is kept),
  a new head-count, one of several people dropping out; thanks with a remark → no reply (filed
  for staff);
- register naming people along without their number ("mit meinen Kindern") → ask how many come
  (clarification "attendees", no seat held until the answer); a new mail with no date adding someone
  ("mein Sohn kommt auch mit") → the writer's one registration recounted;
- register for a workshop that had begun when the mail was written (its ``Date:``) → ask back
  which open workshop is meant (clarification "past"); for one that has started since → "too
  late" with the remaining dates (both by the desk's clock, ``Desk.now``); already
  registered there → "already"; registered elsewhere → a change only when the message says so,
  else we ask; a full workshop → waiting list;
- cancel → only the sender's own registration; none found → staff (registered by phone?);
- an answer to our mail about another address's registration (a relative writing from their own
  address) → staff, nothing changes;
- unclear → ask back with the open workshops numbered; a question → staff, with an
  acknowledgement when configured; a registration that also asks a question goes ahead and
  the message goes to staff too;
- a sender that failed authentication (``hold_unverified``, applied after ``decide``): a
  cancellation or change is held until the registered address confirms; only registrations go
  ahead; no other reply.
"""

from __future__ import annotations

from dataclasses import replace

from ..reasons import Reason
from ..states import Status
from ..understand.result import Reading
from .plan import ANSWERABLE, FOLDER, Desk, Plan, RegView, hold_unverified
from .rules import _decide, one_of_several, past_when_written
from .thread import _answer_to_our_question, _in_thread

__all__ = ["ANSWERABLE", "FOLDER", "Desk", "Plan", "RegView", "decide", "hold_unverified"]


def decide(reading: Reading, desk: Desk) -> Plan:
    plan = _decide_message(reading, desk)
    if plan.about is None and desk.thread is not None:
        plan.about = desk.thread.id
    return plan


def _decide_message(reading: Reading, desk: Desk) -> Plan:
    # thanks or an empty reply need no answer, unless we asked something that is still open:
    # then the question is asked again (never silence on an open question)
    courtesy = reading.intent in ("thanks", "empty")
    open_question = desk.thread is not None and desk.thread.status == Status.AWAITING
    # "Entonces la segunda." (also Portuguese for Monday, a courtesy word): a line of the list we sent
    listed = desk.answer is not None and bool(desk.answer.choice or desk.answer.ambiguous)
    if reading.action == "ignore" and not (courtesy and (open_question or listed)):
        return Plan("ignored", reading.reason or reading.intent)
    if reading.action == "ignore":  # "ok danke" to our open question: it settles nothing
        reading = replace(reading, intent="other", action="review")
    if not ANSWERABLE.match(reading.sender or ""):
        unreadable = "unreadable" in reading.flags and reading.reason  # why it could not be read says more
        return Plan("review", reading.reason if unreadable else Reason.NO_SENDER(), review=True)
    if desk.max_replies and desk.replies_today >= desk.max_replies:
        return Plan("review", Reason.REPLIES_TODAY(count=desk.replies_today), review=True)

    if desk.foreign_thread and desk.thread is None:
        # only the address that registered continues its thread: another member of the family writing
        # from their own address about that booking is staff's (never a second registration of them all)
        return Plan("review", Reason.FOREIGN_THREAD(), review=True,
                    reply="received" if desk.acknowledge_review else None)
    reading = past_when_written(reading, desk)
    plan = (_answer_to_our_question(reading, desk) or _in_thread(reading, desk) or one_of_several(reading, desk)
            or _decide(reading, desk))
    if plan.reply == "received" and not desk.acknowledge_review:
        plan.reply = None
    if "question_for_staff" in reading.flags and not plan.review:
        if plan.outcome == "already" and not (plan.close or plan.awaiting):
            # "Danke! Gibt es beim Kulturforum Parkplätze? Ich komme mit dem Auto.", answering our confirmation:
            # nothing to change, so no second "you are registered"; the question is staff's
            return Plan("review", Reason.ALSO_A_QUESTION(reason=plan.reason), review=True, workshop=plan.workshop,
                        reply="received" if desk.acknowledge_review else None, about=plan.about)
        # "Ich melde mich für Weinsberg an. Gibt es dort Parkplätze?": the registration goes
        # ahead, and the question reaches staff
        plan.review = True
        plan.reason = Reason.ALSO_A_QUESTION(reason=plan.reason)
    return plan
