"""Every answer to every question the desk asks (decide, without database or mail): each one
settles the question or asks it again under the same registration, never silence."""

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.understand.answers import Answer, read_answer
from mailbot.understand.result import Reading
from mailbot.understand.reading import understand

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2023, 9, 4, 9, 0, tzinfo=BERLIN)
SENDER = "lea.fuchs@example.org"
OFFENAU = RegView(1, "offenau", "confirmed", 1)
BRACKENHEIM = RegView(2, "brackenheim", "confirmed", 1)
CLARIFY = RegView(5, None, "awaiting", 2, "clarify", ("offenau", "neuenstadt", "weinsberg", "brackenheim"))
ASK_CHANGE = RegView(6, None, "awaiting", 1, "ask_change", (), "weinsberg")
CANCEL_WHICH = RegView(7, None, "awaiting", 1, "cancel_which", ("offenau", "brackenheim"))


def said(action="review", workshop=None, intent="other", text="", **kw):
    return Reading(intent, action, workshop=workshop, sender=SENDER, new_text=text, **kw)


@pytest.fixture
def desk(config):
    return Desk(now=NOW, events=config.events)


def ask(desk, question, *mine, answer=None):
    return replace(desk, mine=(*mine, question), thread=question, answer=answer or Answer({}))


# (question, the sender's registrations, the answer's reading, the answer against our quoted list,
#  outcome, reply, what changes)
WALK = {
    "clarify: a number of our list": (CLARIFY, (), said(), Answer({2: "neuenstadt"}, choice="neuenstadt"),
                                      "confirmed", "confirmed", {"register": ("neuenstadt", 2, "confirmed"), "reuse": 5}),
    "clarify: a date": (CLARIFY, (), said("confirm", "weinsberg", "register"), None,
                        "confirmed", "confirmed", {"register": ("weinsberg", 2, "confirmed")}),
    "clarify: an ordinal that reads two ways": (CLARIFY, (), said(), Answer({2: "neuenstadt", 3: "weinsberg"},
                                                                           ambiguous=True),
                                                "clarify", "clarify", {"again": 5}),
    "clarify: nothing we can use": (CLARIFY, (), said("clarify", intent="register", flags=["no_event"]), None,
                                    "clarify", "clarify", {"again": 5}),
    "clarify: 'doch nicht'": (CLARIFY, (), said("cancel", intent="cancel"), None,
                              "cancelled", "withdrawn", {"close": (5,)}),
    "clarify: a question for staff": (CLARIFY, (), said(intent="question"), None,
                                      "review", "received", {"close": (5,)}),
    "clarify: a head-count with the number": (CLARIFY, (), said(), Answer({1: "offenau"}, choice="offenau", count=3),
                                              "confirmed", "confirmed", {"register": ("offenau", 3, "confirmed")}),
    "ask_change: 'Wechsel'": (ASK_CHANGE, (OFFENAU,), said(text="Ja, Wechsel"), Answer({}, yes=True),
                              "changed", "changed", {"move": (1, "weinsberg", "confirmed"), "close": (6,)}),
    "ask_change: 'nein, bleibt'": (ASK_CHANGE, (OFFENAU,), said(text="Nein, es bleibt"), Answer({}, keep=True),
                                   "already", "already", {"close": (6,), "move": None}),
    "ask_change: 'beide'": (ASK_CHANGE, (OFFENAU,), said(text="beide"), Answer({}, every=True),
                            "review", "received", {"close": (6,)}),
    "ask_change: another workshop": (ASK_CHANGE, (OFFENAU,), said("confirm", "neuenstadt", "register"), None,
                                     "ask_change", "ask_change", {"workshop": "neuenstadt", "close": (6,)}),
    "ask_change: nothing we can use": (ASK_CHANGE, (OFFENAU,), said(text="hm"), None,
                                       "ask_change", "ask_change", {"again": 6, "move": None}),
    "ask_change: a cancellation": (ASK_CHANGE, (OFFENAU,), said("cancel", intent="cancel"), None,
                                   "cancelled", "cancelled", {"cancel": (1,), "close": (6,)}),
    "cancel_which: a number": (CANCEL_WHICH, (OFFENAU, BRACKENHEIM), said("cancel", intent="cancel"),
                               Answer({1: "offenau", 2: "brackenheim"}, choice="brackenheim"),
                               "cancelled", "cancelled", {"cancel": (2,), "close": (7,)}),
    "cancel_which: a date": (CANCEL_WHICH, (OFFENAU, BRACKENHEIM), said("review", intent="other",
                                                                        candidates=["offenau"]), None,
                             "cancelled", "cancelled", {"cancel": (1,)}),
    "cancel_which: 'beide'": (CANCEL_WHICH, (OFFENAU, BRACKENHEIM), said("cancel", intent="cancel"),
                              Answer({}, every=True), "cancelled", "cancelled",
                              {"cancel": (1, 2), "candidates": ("offenau", "brackenheim")}),
    "cancel_which: cancel one, come to the other": (CANCEL_WHICH, (OFFENAU, BRACKENHEIM),
                                                    said("confirm", "brackenheim", "change", previous_workshop="offenau"),
                                                    Answer({}, coming=True), "cancelled", "cancelled",
                                                    {"cancel": (1,), "close": (7,)}),
    "cancel_which: cancel one, book one not booked": (CANCEL_WHICH, (OFFENAU, BRACKENHEIM),
                                                      said("confirm", "weinsberg", "change", previous_workshop="offenau"),
                                                      Answer({}, coming=True), "clarify", "clarify",
                                                      {"again": 7, "cancel": ()}),
    "cancel_which: 'I come to X'": (CANCEL_WHICH, (OFFENAU, BRACKENHEIM), said("confirm", "offenau", "register"),
                                    Answer({}, coming=True), "clarify", "clarify", {"again": 7, "cancel": ()}),
    "cancel_which: nothing we can use": (CANCEL_WHICH, (OFFENAU, BRACKENHEIM), said("cancel", intent="cancel"), None,
                                         "clarify", "clarify", {"again": 7, "clarify_reason": "cancel_which",
                                                                "cancel": ()}),
}


@pytest.mark.parametrize("case", list(WALK))
def test_every_answer_to_every_question(desk, case):
    question, mine, reading, answer, outcome, reply, changes = WALK[case]
    plan = decide(reading, ask(desk, question, *mine, answer=answer))
    assert (plan.outcome, plan.reply) == (outcome, reply)
    for name, value in changes.items():
        assert getattr(plan, name) == value, name


def test_asked_again_keeps_the_question_and_its_list(desk):
    plan = decide(said("cancel", intent="cancel"), ask(desk, CANCEL_WHICH, OFFENAU, BRACKENHEIM))
    assert plan.awaiting == {"pending": "cancel_which", "offered": ["offenau", "brackenheim"], "target": None,
                             "attendees": 1}
    assert plan.options == ("offenau", "brackenheim")


def test_a_number_answering_a_list_sent_in_the_thread_of_a_registration_moves_it(desk):
    # asked "which one?" about the waiting registration in Offenau: the choice moves it
    waiting = RegView(1, "offenau", "waiting", 1)
    asked = RegView(5, None, "awaiting", 1, "clarify", ("offenau", "neuenstadt", "weinsberg", "brackenheim"), "offenau")
    plan = decide(said(), ask(desk, asked, waiting, answer=Answer({3: "weinsberg"}, choice="weinsberg")))
    assert plan.outcome == "changed" and plan.move == (1, "weinsberg", "confirmed") and plan.close == (5,)


def test_replies_to_a_confirmation(desk):
    thread = replace(desk, mine=(OFFENAU,), thread=OFFENAU, answer=Answer({}))
    more = decide(said(), replace(thread, answer=Answer({}, count=2)))
    assert (more.outcome, more.reply, more.recount) == ("recounted", "recounted", (1, 2, "confirmed"))
    full = decide(said(), replace(thread, answer=Answer({}, count=3), taken={"offenau": 59}))
    assert (full.outcome, full.reply, full.recount) == ("waiting", "waiting", (1, 3, "waiting"))
    fewer = decide(said(), replace(thread, mine=(replace(OFFENAU, attendees=3),), thread=replace(OFFENAU, attendees=3),
                                   answer=Answer({}, count=1), taken={"offenau": 60}))
    assert fewer.recount == (1, 1, "confirmed")  # fewer always fit
    change = decide(said("confirm", "weinsberg", "change", previous_workshop="offenau"), thread)
    assert change.outcome == "changed" and change.move == (1, "weinsberg", "confirmed")
    wife = decide(said(flags=["partial_cancel"]), thread)  # her own registration, for one: simply cancelled
    assert wife.outcome == "cancelled" and wife.cancel == (1,)
    family = decide(said(flags=["partial_cancel"]),
                    replace(thread, mine=(replace(OFFENAU, attendees=3),), thread=replace(OFFENAU, attendees=3)))
    assert family.recount == (1, 2, "confirmed")


def test_the_waiting_list_notice_offers_the_other_open_dates(desk):
    plan = decide(said("confirm", "offenau", "register"), replace(desk, taken={"offenau": 60}))
    assert plan.reply == "waiting" and set(plan.options) == {"offenau", "neuenstadt", "weinsberg", "brackenheim"}


@pytest.mark.parametrize("lang, text, cancelled", [
    ("de", "Bitte den in Brackenheim streichen. Nach Offenau komme ich gern.", "brackenheim"),
    ("en", "Please cancel Offenau, I will still be there in Brackenheim.", "offenau"),
    ("en", "Drop Offenau please, I will be in Brackenheim.", None),  # not read as a change: asked again
    ("ru", "Брекенхайм отмените, пожалуйста, а на 19.09 я приду.", "brackenheim"),
    ("de", "Ich komme nach Offenau.", None),  # the one kept, or the one meant? asked again
])
def test_answering_which_to_cancel_with_one_to_cancel_and_one_to_keep(config, desk, lang, text, cancelled):
    raw = (f"From: {SENDER}\nSubject: Re: Workshop\nDate: Mon, 04 Sep 2023 10:00:00 +0200\n"
           f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n").encode()
    reading = understand(raw, config.events, config.office)
    plan = decide(reading, ask(desk, CANCEL_WHICH, OFFENAU, BRACKENHEIM,
                               answer=read_answer(raw, desk.events, language=reading.language)))
    if cancelled is None:
        assert (plan.outcome, plan.cancel, plan.again) == ("clarify", (), 7)
    else:
        assert plan.outcome == "cancelled"
        assert plan.cancel == ((OFFENAU if cancelled == "offenau" else BRACKENHEIM).id,)
