"""decide(): the desk's rules on top of a reading, without database or mail."""

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.understand.result import Reading

BERLIN = ZoneInfo("Europe/Berlin")
EARLY = datetime(2023, 9, 1, 9, 0, tzinfo=BERLIN)


def reading(action="confirm", workshop="weinsberg", intent="register", **kw):
    kw.setdefault("sender", "anna.beispiel@example.org")
    kw.setdefault("attendees", 1 if action == "confirm" else None)
    return Reading(intent, action, workshop=workshop, **kw)


@pytest.fixture
def desk(config):
    return Desk(now=EARLY, events=config.events)


def test_registration_is_confirmed_with_a_confirmation(desk):
    plan = decide(reading(attendees=2), desk)
    assert plan.outcome == "confirmed" and plan.reply == "confirmed"
    assert plan.register == ("weinsberg", 2, "confirmed") and plan.folder == "done"


def test_robots_are_never_answered(desk):
    plan = decide(reading("ignore", None, "auto_reply"), desk)
    assert plan.outcome == "ignored" and plan.reply is None and plan.register is None


def test_a_started_workshop_gets_too_late_with_the_remaining_dates(desk):
    late = replace(desk, now=datetime(2023, 9, 26, 17, 0, tzinfo=BERLIN))
    plan = decide(reading(workshop="weinsberg"), late)
    assert plan.outcome == "too_late" and plan.register is None
    assert plan.options == ("brackenheim",)


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2023, 9, day, hour, 0, tzinfo=BERLIN)


def test_a_workshop_over_when_the_mail_was_written_is_asked_back_as_past(desk):
    # the reading only names Offenau (19.09.); that it was over when the mail was written, decide sees
    mail = reading(workshop="offenau", sent_at=at(20).isoformat())
    plan = decide(mail, replace(desk, now=at(20, 11)))
    assert plan.outcome == "clarify" and plan.clarify_reason == "past" and plan.register is None
    assert plan.options == ("neuenstadt", "weinsberg", "brackenheim")
    assert plan.awaiting["offered"] == list(plan.options)
    # also as the answer to our clarification: asked again, never registered
    pending = RegView(9, None, "awaiting", 1, "clarify", ("offenau", "weinsberg"))
    again = decide(mail, replace(desk, now=at(20, 11), mine=(pending,), thread=pending))
    assert again.outcome == "clarify" and again.again == 9 and again.register is None


def test_the_same_reading_is_decided_by_the_desks_clock(desk):
    mail = reading(workshop="offenau", sent_at=at(18).isoformat())
    assert decide(mail, replace(desk, now=at(18, 11))).register == ("offenau", 1, "confirmed")
    late = decide(mail, replace(desk, now=at(20)))  # in time when written, handled after the workshop
    assert late.outcome == "too_late" and late.register is None
    assert late.options == ("neuenstadt", "weinsberg", "brackenheim")


def test_same_workshop_again_is_already_registered(desk):
    mine = (RegView(7, "weinsberg", "confirmed", 1),)
    plan = decide(reading(), replace(desk, mine=mine))
    assert plan.outcome == "already" and plan.register is None and plan.reply == "already"


def test_another_workshop_is_a_change_only_when_the_sender_says_so(desk):
    mine = (RegView(7, "offenau", "confirmed", 2),)
    asked = decide(reading(), replace(desk, mine=mine))
    assert asked.outcome == "ask_change" and asked.move is None and asked.awaiting["target"] == "weinsberg"
    changed = decide(reading(intent="change", previous_workshop="offenau"), replace(desk, mine=mine))
    assert changed.outcome == "changed" and changed.move == (7, "weinsberg", "confirmed")


def test_full_workshop_puts_people_on_the_waiting_list(desk, config):
    full = replace(desk, taken={"weinsberg": 59})
    plan = decide(reading(attendees=2), full)
    assert plan.outcome == "waiting" and plan.register == ("weinsberg", 2, "waiting") and plan.reply == "waiting"
    assert decide(reading(attendees=1), full).outcome == "confirmed"
    # nobody jumps the queue: with people waiting, a single seat still goes to the list
    assert decide(reading(attendees=1), replace(full, waiting={"weinsberg": 1})).outcome == "waiting"


def test_cancel_only_the_senders_own_registration(desk):
    plan = decide(reading("cancel", None, "cancel"), desk)
    assert plan.outcome == "not_registered" and plan.cancel == () and plan.review
    mine = (RegView(3, "offenau", "confirmed", 1), RegView(4, "brackenheim", "waiting", 1))
    which = decide(reading("cancel", None, "cancel"), replace(desk, mine=mine))
    assert which.outcome == "clarify" and which.clarify_reason == "cancel_which" and which.cancel == ()
    one = decide(reading("cancel", "brackenheim", "cancel"), replace(desk, mine=mine))
    assert one.outcome == "cancelled" and one.cancel == (4,)


def test_unclear_asks_back_with_the_open_workshops_numbered(desk):
    plan = decide(reading("clarify", None, candidates=["offenau", "weinsberg"], flags=["several_events"]), desk)
    assert plan.outcome == "clarify" and plan.clarify_reason == "several"
    assert plan.options == ("offenau", "neuenstadt", "weinsberg", "brackenheim")
    assert plan.awaiting["offered"] == list(plan.options)
    later = decide(reading("clarify", None), replace(desk, now=datetime(2023, 9, 22, tzinfo=BERLIN)))
    assert later.options == ("weinsberg", "brackenheim")


def test_answer_to_our_clarification_completes_the_waiting_request(desk):
    pending = RegView(9, None, "awaiting", 3, "clarify", ("offenau", "weinsberg"))
    plan = decide(reading(workshop="weinsberg"), replace(desk, mine=(pending,), thread=pending))
    assert plan.outcome == "confirmed" and plan.reuse == 9
    assert plan.register == ("weinsberg", 3, "confirmed")  # the people count from the first mail


def test_answer_wechsel_to_our_change_question_moves_the_registration(desk):
    current = RegView(7, "offenau", "confirmed", 2)
    pending = RegView(8, None, "awaiting", 2, "ask_change", (), "weinsberg")
    from mailbot.understand.answers import Answer, says_yes

    answer = reading("review", None, "other", new_text="Ja, Wechsel bitte.")
    plan = decide(answer, replace(desk, mine=(current, pending), thread=pending,
                                  answer=Answer({}, yes=says_yes(answer.new_text, "de"))))
    assert plan.outcome == "changed" and plan.move == (7, "weinsberg", "confirmed") and plan.close == (8,)
    unclear = decide(reading("review", None, "other", new_text="Hm, mal sehen."),
                     replace(desk, mine=(current, pending), thread=pending))
    assert unclear.outcome == "ask_change" and unclear.move is None  # asked again, under the same reference
    assert unclear.again == 8 and unclear.awaiting["target"] == "weinsberg"


def test_too_many_replies_to_one_address_go_to_staff(desk):
    plan = decide(reading(), replace(desk, replies_today=5, max_replies=5))
    assert plan.outcome == "review" and plan.reply is None and plan.register is None


def test_questions_go_to_staff_with_an_acknowledgement_only_when_configured(desk):
    assert decide(reading("review", None, "question"), desk).reply == "received"
    quiet = replace(desk, acknowledge_review=False)
    assert decide(reading("review", None, "question"), quiet).reply is None
    assert decide(reading("review", None, "unreadable", flags=["unreadable"]), desk).reply is None


def test_a_registration_with_a_question_is_confirmed_and_the_question_goes_to_staff(desk):
    plan = decide(reading(flags=["question_for_staff"]), desk)
    assert plan.outcome == "confirmed" and plan.reply == "confirmed" and plan.register is not None
    assert plan.review and "question" in plan.reason


def test_a_registration_without_a_question_needs_no_staff(desk):
    assert not decide(reading(), desk).review


def test_a_reply_to_the_waiting_list_notice_naming_another_date_takes_that_date(desk):
    """The notice offers the other open dates: "then the 26th" needs no word for "change"."""
    waiting = RegView(7, "offenau", "waiting", 1)
    plan = decide(reading(), replace(desk, mine=(waiting,), thread=waiting))
    assert plan.outcome == "changed" and plan.move == (7, "weinsberg", "confirmed")
    # the same words in reply to a confirmation ask first whether to change
    confirmed = RegView(7, "offenau", "confirmed", 1)
    assert decide(reading(), replace(desk, mine=(confirmed,), thread=confirmed)).outcome == "ask_change"


def test_cannot_come_but_a_named_person_takes_the_place_is_a_renaming_not_a_cancellation(desk):
    from mailbot.understand.renaming import Renaming

    mine = (RegView(7, "weinsberg", "confirmed", 1, names=("Greta Sommer",)),)
    sick = reading("cancel", "weinsberg", "cancel")
    passed_on = decide(sick, replace(desk, mine=mine, thread=mine[0], renaming=Renaming(("Nils Wagner",), None, True)))
    assert passed_on.outcome == "renamed" and passed_on.rename == (7, ("Nils Wagner",)) and passed_on.cancel == ()
    assert decide(sick, replace(desk, mine=mine, thread=mine[0])).outcome == "cancelled"  # nobody named


def test_someone_else_who_cannot_come_but_is_replaced_by_a_named_person_is_a_renaming(desk):
    """"Meine Kollegin kann nicht, an ihrer Stelle kommt Herr X": read as one of several
    dropping out, it is still a renaming when the message names who comes instead."""
    from mailbot.understand.renaming import Renaming

    mine = (RegView(3, "offenau", "confirmed", 1, names=("Mara Voss",)),)
    partial = reading("review", None, "cancel", flags=["partial_cancel", "others_cancel"])
    plan = decide(partial, replace(desk, mine=mine, thread=mine[0], renaming=Renaming(("Till Ernst",))))
    assert plan.outcome == "renamed" and plan.rename == (3, ("Till Ernst",))


def test_the_writer_cancels_but_another_person_still_comes_is_one_fewer_not_a_cancellation(desk):
    from mailbot.understand.answers import Answer

    mine = (RegView(5, "brackenheim", "confirmed", 2),)
    cancel = reading("cancel", "brackenheim", "cancel")
    plan = decide(cancel, replace(desk, mine=mine, thread=mine[0], answer=Answer({}, others_come=True)))
    assert plan.outcome == "recounted" and plan.recount == (5, 1, "confirmed") and plan.cancel == ()
    single = (RegView(5, "brackenheim", "confirmed", 1),)  # her own registration: simply cancelled
    plan = decide(cancel, replace(desk, mine=single, thread=single[0], answer=Answer({}, others_come=True)))
    assert plan.outcome == "cancelled"
