"""Issue 12 (conv15): one address, two registrations (a husband registered both, staff booked
two by phone): a new mail cancelling one by its date, place or month cancels that one and asks
nothing; fewer people on a waiting list who now fit get the seat. Wording is the test's own."""

from __future__ import annotations

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.states import Move, Status, transition
from mailbot.understand.answers import cancelled_and_kept, read_answer
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build
from tests.unit.test_replies_to_us import NOW, plan_for


def plan_new(body: str, booked: tuple[str, ...]):
    reading = understand(build(body), EVENTS, OFFICE)
    mine = tuple(RegView(i, w, "confirmed", 1) for i, w in enumerate(booked, 1))
    return decide(reading, Desk(now=NOW, events=EVENTS, mine=mine))


@pytest.mark.parametrize("body,booked,gone", [
    ("Guten Tag, wir sind doppelt angemeldet. Bitte den Termin am 17.10. stornieren, am 26.9. kommen wir.",
     ("weinsberg", "brackenheim"), "brackenheim"),
    ("Hello, my husband booked us twice. Please cancel the one in Neuenstadt, we will come to Weinsberg.",
     ("neuenstadt", "weinsberg"), "neuenstadt"),
    ("Merhaba, eşim iki kez kayıt yaptırmış. Ekim'deki kaydı iptal edin lütfen, Eylül'de geliyoruz.",
     ("weinsberg", "brackenheim"), "brackenheim"),
])
def test_cancelling_one_of_two_by_date_place_or_month_cancels_that_one(body, booked, gone):
    plan = plan_new(body, booked)
    assert plan.outcome == "cancelled" and plan.reply == "cancelled"
    assert plan.cancel == (booked.index(gone) + 1,) and plan.register is None


def test_cancelling_without_naming_which_of_two_still_asks():
    plan = plan_new("Hallo, bitte stornieren Sie unsere Anmeldung, wir können nicht.", ("weinsberg", "brackenheim"))
    assert plan.outcome == "clarify" and not plan.cancel


def test_a_cancelling_word_after_the_part_naming_the_workshop_belongs_to_it():
    cancelled, kept = cancelled_and_kept("den im Oktober, bitte streichen. Im September komme ich.", EVENTS, "de")
    assert cancelled == {"brackenheim"} and not kept


def test_fewer_people_on_the_waiting_list_who_now_fit_get_the_seat():
    assert transition(Status.WAITING, Move.RECOUNT_SEAT) == (Status.CONFIRMED, "recounted")
    reg = RegView(5, "neuenstadt", "waiting", 4)
    reading = understand(build("Dann kommen wir eben nur zu zweit.", subject="Re: Warteliste [MB-QX7K2M]"),
                         EVENTS, OFFICE)
    raw = build("Dann kommen wir eben nur zu zweit.", subject="Re: Warteliste [MB-QX7K2M]")
    ev = next(e for e in EVENTS if e.id == "neuenstadt")
    free = Desk(now=NOW, events=EVENTS, mine=(reg,), thread=reg, answer=read_answer(raw, EVENTS, language="de"),
                taken={"neuenstadt": ev.capacity - 2}, waiting={"neuenstadt": 1})
    assert decide(reading, free).recount == (5, 2, "confirmed")
    full = Desk(now=NOW, events=EVENTS, mine=(reg,), thread=reg, answer=read_answer(raw, EVENTS, language="de"),
                taken={"neuenstadt": ev.capacity - 1}, waiting={"neuenstadt": 1})
    assert decide(reading, full).recount == (5, 2, "waiting")


@pytest.mark.parametrize("body", ["Jetzt komme nur noch ich.", "Вече ще дойда само аз.", "It's only me now."])
def test_only_me_now_answering_our_confirmation_is_one_person(body):
    plan = plan_for(body, "weinsberg", 2)
    assert plan.outcome == "recounted" and plan.recount == (5, 1, "confirmed")


def _waiting_plan(body: str):
    raw = build(body, subject="Re: Warteliste [MB-QX7K2M]")
    reg = RegView(5, "weinsberg", "waiting", 2)
    reading = understand(raw, EVENTS, OFFICE)
    return decide(reading, Desk(now=NOW, events=EVENTS, mine=(reg,), thread=reg,
                                answer=read_answer(raw, EVENTS, language=reading.language or "")))


@pytest.mark.parametrize("body", [
    "Gut, dann warten wir. Geben Sie Bescheid, wenn was frei wird.",
    "Okay, we'll wait, just let us know.",
    "Peki, bekleriz o zaman.",
    "Хорошо, будем ждать.",
])
def test_agreeing_to_wait_answering_the_waiting_list_notice_needs_no_answer(body):
    plan = _waiting_plan(body)
    assert plan.reply is None and plan.move is None and plan.recount is None and not plan.cancel


@pytest.mark.parametrize("body", ["Ok, aber gibt es dort einen Parkplatz?", "Ok, dann kommen wir lieber am 17.10."])
def test_a_question_or_a_change_answering_the_waiting_list_notice_is_not_agreement(body):
    assert _waiting_plan(body).reply is not None
