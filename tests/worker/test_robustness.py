"""Nothing lost, nothing twice: duplicates, crashes between the steps, retries, limits, time."""

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from mailbot.pipeline import filing, handling, intake, jobs

from mailbot.store import Outbox
from tests.harness import Harness, at, mail, text_of


def test_the_same_message_twice_is_handled_once_and_both_copies_are_filed(desk):
    raw = mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg.")
    desk.deliver(raw)
    desk.deliver(raw)
    summary = desk.run()
    assert (summary.fetched, summary.duplicates) == (1, 1)
    assert len(desk.sent()) == 1 and len(desk.registrations()) == 1
    assert len(desk.folder("Anmeldungen/Bestätigt")) == 2 and desk.folder("INBOX") == []
    # delivered again later (a server restore): still one registration, one reply
    desk.deliver(raw)
    desk.run()
    assert len(desk.sent()) == 1 and len(desk.registrations()) == 1


@pytest.mark.parametrize("fetch_chunk", [4, 100])
def test_a_backlog_larger_than_every_chunk_is_handled_filed_and_answered_once(desk, monkeypatch, fetch_chunk):
    """Storing, deciding, filing and sending work in bounded chunks (memory does not grow with the
    backlog): small chunks here, so that each step takes several and the copies of a mail fall in
    the same chunk as their first (fetch_chunk 100) or in another (4)."""
    for module, name, size in ((intake, "FETCH_CHUNK", fetch_chunk), (handling, "BATCH", 5),
                               (filing, "FILE_CHUNK", 3), (jobs, "FILE_EVERY", 7)):
        monkeypatch.setattr(module, name, size)
    raws = [mail(f"person{i}@example.org", "Anmeldung für den 26.09. in Weinsberg.") for i in range(17)]
    for raw in raws + raws[:2]:
        desk.deliver(raw)
    summary = desk.run()
    assert (summary.fetched, summary.duplicates, summary.handled, summary.filed) == (17, 2, 17, 19)
    assert sorted(r.email for r in desk.registrations()) == sorted(f"person{i}@example.org" for i in range(17))
    assert sorted(m["To"] for m in desk.sent()) == sorted(f"person{i}@example.org" for i in range(17))
    assert len(desk.folder("Anmeldungen/Bestätigt")) == 19 and desk.folder("INBOX") == []
    assert {m.state for m in desk.messages()} == {"filed"}


def test_a_copy_is_not_filed_before_its_first_is_decided(desk):
    """Filing runs while a large backlog is still being decided: a second copy of a mail whose
    first is not decided yet waits, and then goes where the first went (not to "ignored")."""
    raw = mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg.")
    desk.deliver(raw)
    desk.deliver(raw)
    w = desk.worker()
    now = at("2023-09-04T09:00")
    try:
        w.fetch(now)
        assert w.file(now).filed == 0  # the first is still undecided
        assert len(desk.folder("INBOX")) == 2
        w.handle(now)
        assert w.file(now).filed == 2
    finally:
        w.source.close()
    assert len(desk.folder("Anmeldungen/Bestätigt")) == 2 and desk.folder("INBOX") == []


def test_a_stopping_worker_leaves_the_backlog_between_two_batches(desk, monkeypatch):
    monkeypatch.setattr(handling, "BATCH", 5)
    for i in range(12):
        desk.deliver(mail(f"person{i}@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    w = desk.worker()
    now = at("2023-09-04T09:00")
    answers = iter([False])  # the service stops while the first batch is decided
    w.stopping = lambda: next(answers, True)
    try:
        w.fetch(now)
        assert w.handle(now).handled == 5
    finally:
        w.source.close()
    assert sorted(m.state for m in desk.messages()).count("new") == 7
    summary = desk.run()  # the next start decides the rest, each once
    assert summary.handled == 7 and len(desk.sent()) == 12 and len(desk.registrations()) == 12


def test_a_fetch_running_when_the_service_stops_ends_its_cycle_and_is_not_cancelled(tmp_path):
    """Stopping waits for the running fetch cycle: the scheduler's shutdown would cancel the job
    (logged as a failed job) while its thread still works on the mailbox that is being closed."""
    import threading

    from apscheduler.schedulers.base import STATE_RUNNING

    from mailbot.service import Service

    desk = Harness(tmp_path)
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    service = Service(desk.worker(), clock=lambda: at("2023-09-04T09:00"))
    entered, release, cycles_done = threading.Event(), threading.Event(), []
    real_cycle = service._mail_cycle

    def slow_cycle(w, summary):
        entered.set()
        assert release.wait(30), "the test did not release the cycle"
        real_cycle(w, summary)
        cycles_done.append(summary.handled)

    service._mail_cycle = slow_cycle

    async def main():
        running = asyncio.create_task(service.run())
        assert await asyncio.to_thread(entered.wait, 30)  # the first fetch cycle is under way
        service.stop_event.set()
        for _ in range(3000):  # bounded wait until the service has begun to stop
            if service.scheduler.state != STATE_RUNNING:
                break
            await asyncio.sleep(0.01)
        release.set()
        await running

    asyncio.run(main())
    # the cycle ended: it stored the mail, and left deciding it to the next start (stopping)
    assert cycles_done == [0] and service.failures == 0
    assert [m.state for m in desk.messages()] == ["new"]
    assert desk.run().handled == 1 and len(desk.sent()) == 1 and desk.folder("INBOX") == []


def test_crash_after_storing_before_deciding_is_recovered(desk):
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    w = desk.worker()
    w.fetch(at("2023-09-04T09:00"))  # ... and the process dies here
    w.source.close()
    assert [m.state for m in desk.messages()] == ["new"] and desk.sent() == []
    summary = desk.run()
    assert (summary.fetched, summary.handled) == (0, 1)
    assert len(desk.sent()) == 1 and desk.folder("INBOX") == []


def test_crash_after_deciding_before_filing_and_sending_is_recovered(desk):
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    w = desk.worker()
    now = at("2023-09-04T09:00")
    w.fetch(now)
    w.handle(now)  # decided and queued; dies before moving and sending
    w.source.close()
    summary = desk.run()
    assert (summary.fetched, summary.handled, summary.filed, summary.sent) == (0, 0, 1, 1)
    assert len(desk.registrations()) == 1 and len(desk.sent()) == 1


def test_a_mail_left_sending_by_a_crash_is_sent_again_after_its_lease(desk):
    """The documented window: handed to the server, not yet marked sent → sent again (same Message-ID)."""
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    w = desk.worker()
    now = at("2023-09-04T09:00")
    w.fetch(now)
    w.handle(now)
    with desk.store.session() as s:
        row = s.scalar(select(Outbox))
        row.state, row.attempts, row.next_attempt_at = "sending", 1, now + timedelta(minutes=10)
        s.commit()
    w.source.close()
    assert desk.run("2023-09-04T09:05").sent == 0  # the lease still holds
    assert desk.run("2023-09-04T09:11").sent == 1


def test_more_replies_than_allowed_per_day_go_to_staff(tmp_path):
    desk = Harness(tmp_path, replies__max_per_sender_per_day=2)
    for i, day in enumerate(["19.09.", "21.09.", "26.09."]):
        desk.deliver(mail("eager@example.org", f"Frage {i}: gibt es am {day} Kinderbetreuung?", date=f"2023-09-04T0{i}:00"))
    desk.run()
    assert len(desk.sent()) == 2
    assert [m.outcome for m in desk.messages()][-1] == "review"


def test_registering_after_the_start_gets_the_remaining_dates(desk):
    desk.deliver(mail("late@example.org", "Ich möchte am 26.09. nach Weinsberg kommen.", date="2023-09-26T17:30"))
    desk.run("2023-09-26T17:35")
    reply = text_of(desk.sent()[0])
    assert [r for r in desk.registrations() if r.status in ("confirmed", "waiting")] == []
    assert "Brackenheim" in reply and "1. Dienstag, 17. Oktober 2023" in reply


def test_header_injection_through_the_subject_is_impossible(desk):
    raw = mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg.",
               subject="=?utf-8?q?Hallo=0D=0ABcc:_victim@example.com=0D=0A?=")
    desk.deliver(raw)
    desk.run()
    reply = desk.sent()[0]
    assert reply["Bcc"] is None and "victim" not in str(reply["To"])
    assert "\n" not in reply["Subject"] and "\r" not in reply["Subject"]


def test_reminders_go_once_to_confirmed_people(tmp_path):
    desk = Harness(tmp_path, schedule__reminder_days=[2])
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    desk.run("2023-09-04T09:00")
    desk.run("2023-09-24T17:00")
    desk.run("2023-09-25T09:00")
    reminders = [m for m in desk.sent() if "Erinnerung" in str(m["Subject"]) or "erinner" in text_of(m).lower()]
    assert len(desk.sent()) == 2 and len(reminders) == 1
    assert "Weinsberg" in text_of(reminders[0])


def test_retention_erases_personal_data_after_the_series(desk):
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg.", name="Anna Beispiel"))
    desk.run()
    desk.run("2024-01-10T09:00")  # 85 days after the last workshop: kept
    assert desk.messages()[0].raw
    desk.run("2024-01-20T09:00")  # 95 days: erased
    m, r = desk.messages()[0], desk.registrations()[0]
    assert m.raw == b"" and m.sender == "" and r.email == "" and r.name == ""
    assert r.workshop == "weinsberg" and r.status == "confirmed"  # counts stay


def test_flag_mode_leaves_messages_in_place_and_does_not_handle_them_again(tmp_path):
    desk = Harness(tmp_path, mailbox__after="flag")
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    desk.run()
    desk.run()
    assert len(desk.folder("INBOX")) == 1 and len(desk.sent()) == 1


def test_a_message_that_breaks_the_desk_goes_to_staff_and_the_rest_is_handled(desk, monkeypatch):
    from mailbot.pipeline import handling

    real = handling.decide

    def fragile(reading, d):
        if "kaputt" in (reading.new_text or ""):
            raise RuntimeError("simulated bug")
        return real(reading, d)

    monkeypatch.setattr(handling, "decide", fragile)
    desk.deliver(mail("one@example.org", "Anmeldung 19.09. Offenau"))
    desk.deliver(mail("two@example.org", "Anmeldung 26.09. Weinsberg, alles kaputt"))
    desk.deliver(mail("three@example.org", "Anmeldung 17.10. Brackenheim"))
    summary = desk.run()
    assert summary.handled == 3
    broken = [m for m in desk.messages() if m.sender == "two@example.org"][0]
    assert broken.outcome == "review" and broken.review == "open" and "simulated bug" in broken.reason
    assert sorted(r.email for r in desk.registrations()) == ["one@example.org", "three@example.org"]
    assert len(desk.sent()) == 2
