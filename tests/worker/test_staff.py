"""Staff operations (what the web pages call): each changes the store, mails through the outbox
and leaves an audit entry with the staff member's name."""

import email
import io
from email import policy
from datetime import timedelta
from typing import NamedTuple

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.cli import main
from mailbot.staff import StaffDesk, StaffError, check_password
from mailbot.store import Audit, Message, Outbox, Registration, StaffUser
from tests.harness import Harness, at, mail, text_of

NOW = at("2023-09-04T10:00")


@pytest.fixture
def desk(tmp_path):
    h = Harness(tmp_path, capacity=3)
    h.deliver(mail("frage@example.org", "Gibt es einen Dolmetscher? Ich weiß noch nicht, ob ich komme.",
                   subject="Frage", name="Fritz Frage"))
    h.run()
    return h


def outbox(h):
    with h.store.session() as s:
        return list(s.scalars(select(Outbox).order_by(Outbox.id)))


def test_register_from_review_queues_a_threaded_confirmation(desk):
    staff = StaffDesk(desk.config, desk.store)
    with desk.store.session() as s:
        msg = s.scalar(select(Message).where(Message.review == "open"))
        reg = staff.register(s, msg.id, "weinsberg", 2, "erika", NOW)
        s.commit()
        assert msg.review == "done" and reg.status == "confirmed" and reg.email == "frage@example.org"
        actors = {a.actor for a in s.scalars(select(Audit))}
    assert "staff:erika" in actors
    mail_row = outbox(desk)[-1]
    assert mail_row.kind == "confirmed" and mail_row.to_addr == "frage@example.org"
    assert b"In-Reply-To:" in mail_row.raw and b"text/calendar" in mail_row.raw


class TwoForOffenau(NamedTuple):
    staff: StaffDesk
    s: Session
    anna: Registration
    bernd: Registration


@pytest.fixture
def two_for_offenau(desk):
    """Two registrations staff entered for Offenau (3 seats), each of two people: Telefon Anna by phone
    (no address) holds two seats, Bernd Brief (by mail) waits. The session stays open for the test."""
    staff = StaffDesk(desk.config, desk.store)
    with desk.store.session() as s:
        anna = staff.add_participant(s, name="Telefon Anna", email="", phone="07131 1", workshop="offenau",
                                     attendees=2, actor="erika", now=NOW)
        bernd = staff.add_participant(s, name="Bernd Brief", email="bernd@example.org", phone="", workshop="offenau",
                                      attendees=2, actor="erika", now=NOW)
        s.commit()
        yield TwoForOffenau(staff, s, anna, bernd)


def test_add_by_phone_counts_against_capacity_and_cancel_promotes(desk, two_for_offenau):
    staff, s, a, b = two_for_offenau
    assert (a.status, b.status) == ("confirmed", "waiting")  # 2 + 2 > 3 seats
    staff.cancel(s, a.id, notify=False, actor="erika", now=NOW)
    s.commit()
    s.refresh(b)
    assert b.status == "confirmed"
    kinds = [(o.kind, o.to_addr) for o in outbox(desk)]
    assert ("waiting", "bernd@example.org") in kinds and ("promoted", "bernd@example.org") in kinds
    assert not any(to == "" for _, to in kinds)  # no mail for the phone registration


def test_staff_input_is_checked(desk):
    staff = StaffDesk(desk.config, desk.store)
    with desk.store.session() as s:
        with pytest.raises(StaffError):
            staff.add_participant(s, name="", email="", phone="", workshop="offenau", attendees=1, actor="e", now=NOW)
        with pytest.raises(StaffError):
            staff.add_participant(s, name="X", email="not-an-address", phone="", workshop="offenau", attendees=1,
                                  actor="e", now=NOW)
        with pytest.raises(StaffError):
            staff.add_participant(s, name="X", email="", phone="1", workshop="paris", attendees=1, actor="e", now=NOW)


def test_edited_clarification_and_free_answer_are_sent_as_written(desk):
    staff = StaffDesk(desk.config, desk.store)
    with desk.store.session() as s:
        msg = s.scalar(select(Message).where(Message.review == "open"))
        text = staff.clarification_text(s, msg.id, NOW)
        assert "1. Dienstag, 19. September 2023" in text
        staff.clarify(s, msg.id, text + "\n\nPS: Ein Dolmetscher ist da.", "erika", NOW)
        s.commit()
    import email
    from email import policy

    row = outbox(desk)[-1]
    sent = email.message_from_bytes(row.raw, policy=policy.default)
    assert row.kind == "clarify" and text_of(sent).rstrip().endswith("PS: Ein Dolmetscher ist da.")
    with desk.store.session() as s, pytest.raises(StaffError, match="schon bearbeitet"):
        staff.answer(s, s.scalar(select(Message.id)), "Zweiter Klick", "otto", NOW)  # a stale second tab


def test_free_answer_threads_and_closes_the_review(desk):
    import email
    from email import policy

    staff = StaffDesk(desk.config, desk.store)
    with desk.store.session() as s:
        staff.answer(s, s.scalar(select(Message.id)), "Ja, es gibt einen Dolmetscher.", "erika", NOW)
        s.commit()
        assert s.scalar(select(Message.review)) == "done"
    answer = email.message_from_bytes(outbox(desk)[-1].raw, policy=policy.default)
    assert "Ja, es gibt einen Dolmetscher." in text_of(answer) and answer["In-Reply-To"]


def test_user_add_reads_the_password_from_stdin(tmp_path, monkeypatch, capsys):
    cfg = tmp_path / "config.toml"
    from tests.harness import ROOT

    cfg.write_text((ROOT / "config.example.toml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough secret\n"))
    assert main(["--config", str(cfg), "user", "add", "erika"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["--config", str(cfg), "user", "add", "otto"]) == 2
    assert "at least 10" in capsys.readouterr().err
    from mailbot.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'mailbot-data' / 'mailbot.db'}")
    with store.session() as s:
        user = s.scalar(select(StaffUser).where(StaffUser.name == "erika"))
        assert user is not None and user.password_hash.startswith("$argon2")
        assert check_password(user.password_hash, "a long enough secret")
        assert not check_password(user.password_hash, "wrong")

    assert main(["--config", str(cfg), "user", "remove", "erika"]) == 0
    assert main(["--config", str(cfg), "user", "remove", "erika"]) == 2
    assert "no staff account 'erika'" in capsys.readouterr().err
    with store.session() as s:
        assert s.scalar(select(StaffUser).where(StaffUser.name == "erika")) is None
    store.engine.dispose()

def test_head_count_change_beyond_the_seats_waits_and_a_lower_one_promotes(desk):
    """3 seats: Anna (1) and Bert (2) fill Offenau, Cora (1) waits. Anna raising to 2 would
    overbook: she goes to the waiting list and Cora moves up into Anna's seat. Bert lowering to 1
    leaves 1 seat, too few for Anna's 2; Anna lowering to 1 then fits."""
    staff = StaffDesk(desk.config, desk.store)
    later = [NOW + timedelta(minutes=m) for m in (5, 9, 12)]
    with desk.store.writer() as s:
        add = dict(workshop="offenau", actor="erika", now=NOW, phone="")
        anna = staff.add_participant(s, name="Anna A", email="anna@example.org", attendees=1, **add)
        bert = staff.add_participant(s, name="Bert B", email="bert@example.org", attendees=2, **add)
        cora = staff.add_participant(s, name="Cora C", email="cora@example.org", attendees=1, **add)
        assert (anna.status, bert.status, cora.status) == ("confirmed", "confirmed", "waiting")
        moved = []
        staff.change_attendees(s, anna.id, 2, True, "erika", later[0], promoted=moved)
        assert (anna.status, anna.attendees, cora.status) == ("waiting", 2, "confirmed") and moved == [cora]
        moved = []
        staff.change_attendees(s, bert.id, 1, True, "erika", later[1], promoted=moved)
        assert moved == [] and anna.status == "waiting"
        staff.change_attendees(s, anna.id, 1, True, "erika", later[2], promoted=moved)
        assert moved == [anna] and anna.status == "confirmed"
        s.commit()
    kinds = [(o.to_addr, o.kind) for o in outbox(desk)]
    assert kinds[-4:] == [("cora@example.org", "promoted"), ("anna@example.org", "waiting"),
                          ("bert@example.org", "confirmed"), ("anna@example.org", "promoted")]


def test_change_names_keeps_the_seats_and_mails_the_new_names(desk):
    staff = StaffDesk(desk.config, desk.store)
    with desk.store.session() as s:
        reg = staff.add_participant(s, name="Greta Gans", email="greta@example.org", phone="", workshop="offenau",
                                    attendees=2, actor="erika", now=NOW)
        s.commit()
        staff.change_names(s, reg.id, ["Greta Gans", "Paul  Pfau"], notify=True, actor="erika", now=NOW)
        s.commit()
        assert reg.names == ["Greta Gans", "Paul Pfau"] and (reg.status, reg.attendees) == ("confirmed", 2)
        assert reg.history[-1]["by"] == "staff:erika"
        with pytest.raises(StaffError):  # three names for two people
            staff.change_names(s, reg.id, ["A", "B", "C"], notify=True, actor="erika", now=NOW)
    renamed = outbox(desk)[-1]
    assert renamed.kind == "renamed" and renamed.to_addr == "greta@example.org"
    assert "Paul Pfau" in text_of(email.message_from_bytes(renamed.raw, policy=policy.default))


def test_undoing_a_cancellation_is_refused_once_the_moving_up_mail_has_left(two_for_offenau):
    staff, s, a, b = two_for_offenau
    staff.cancel(s, a.id, notify=False, actor="erika", now=NOW)
    s.commit()
    with pytest.raises(StaffError, match="nur für eine eigene Absage"):  # a colleague's cancellation
        staff.undo_cancel(s, a.id, "jonas", NOW)
    s.rollback()
    promoted = s.scalar(select(Outbox).where(Outbox.kind == "promoted"))
    promoted.state = "sent"  # Bernd has been told he has a seat
    s.commit()
    with pytest.raises(StaffError, match="Bernd Brief ist schon per Mail benachrichtigt"):
        staff.undo_cancel(s, a.id, "erika", NOW)
    s.rollback()
    s.refresh(a)
    s.refresh(b)
    assert (a.status, b.status) == ("cancelled", "confirmed")


def test_undoing_a_cancellation_from_the_waiting_list_keeps_its_place(desk):
    staff = StaffDesk(desk.config, desk.store)
    with desk.store.session() as s:
        first = staff.add_participant(s, name="Erste Person", email="", phone="07131 1", workshop="offenau",
                                      attendees=3, actor="erika", now=NOW)
        waits = [staff.add_participant(s, name=f"Warte {i}", email="", phone=f"07131 2{i}", workshop="offenau",
                                       attendees=1, actor="erika", now=NOW + timedelta(minutes=i)) for i in (1, 2)]
        staff.cancel(s, waits[0].id, notify=False, actor="erika", now=NOW + timedelta(hours=1))
        s.commit()
        staff.undo_cancel(s, waits[0].id, "erika", NOW + timedelta(hours=1))
        s.commit()
        assert first.status == "confirmed" and [w.status for w in waits] == ["waiting", "waiting"]
        assert waits[0].waiting_since < waits[1].waiting_since  # first in line again


def test_undoing_a_cancellation_is_refused_when_the_seat_was_given_away(desk):
    staff = StaffDesk(desk.config, desk.store)
    with desk.store.session() as s:
        a = staff.add_participant(s, name="Anna Absage", email="anna@example.org", phone="", workshop="offenau",
                                  attendees=2, actor="erika", now=NOW)
        staff.cancel(s, a.id, notify=True, actor="erika", now=NOW)
        staff.add_participant(s, name="Carla Anruf", email="", phone="07131 3", workshop="offenau", attendees=2,
                              actor="erika", now=NOW + timedelta(minutes=5))
        s.commit()
        with pytest.raises(StaffError, match="Platz ist inzwischen vergeben"):
            staff.undo_cancel(s, a.id, "erika", NOW + timedelta(minutes=6))
        s.rollback()
        s.refresh(a)
        assert a.status == "cancelled"
    assert [o.kind for o in outbox(desk) if o.to_addr == "anna@example.org"] == ["confirmed", "cancelled"]
