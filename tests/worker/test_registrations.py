"""The registrations service on its own: what each change does to seats, the waiting list,
the history and the audit log (the worker and the staff pages only call it)."""

import pytest
from sqlalchemy import select

from mailbot.decide import Plan
from mailbot.registrations import Person, Registrations
from mailbot.states import BadMove
from mailbot.store import Audit, Outbox
from tests.harness import Harness, at

NOW = at("2023-09-04T10:00")


def _service(tmp_path) -> tuple[Harness, Registrations]:
    h = Harness(tmp_path, capacity=3)
    return h, Registrations(h.config, h.store)


def test_a_cancellation_frees_the_seat_and_the_first_waiting_moves_up_with_a_mail(tmp_path):
    h, regs = _service(tmp_path)
    with h.store.writer() as s:
        anna = regs.register(s, Person("anna@example.org", "Anna Amsel"), "offenau", 3, "confirmed", NOW, "test", "t")
        ben = regs.register(s, Person("ben@example.org", "Ben Buch"), "offenau", 1, "waiting", NOW, "test", "t")
        cem = regs.register(s, Person("cem@example.org", "Cem Cay"), "offenau", 2, "waiting", at("2023-09-04T11:00"),
                            "test", "t")
        assert regs.seats(s, "offenau") == (3, 2) and regs.position(s, cem) == 2
        assert regs.status_for(s, "offenau", 1) == "waiting"  # full, and a waiting list
        applied = regs.apply(s, Plan("cancelled", "test", cancel=(anna.id,)), Person("anna@example.org"), NOW, 1)
        assert applied.registration is anna and applied.freed == {"offenau"}
        assert regs.seats(s, "offenau") == (0, 2)  # nobody moves up before the caller says so
        moved = regs.promote_freed(s, applied, NOW)
        assert moved == [ben, cem] and regs.seats(s, "offenau") == (3, 0)
        kinds = [(o.kind, o.to_addr) for o in s.scalars(select(Outbox).order_by(Outbox.id))]
        assert kinds == [("promoted", "ben@example.org"), ("promoted", "cem@example.org")]
        assert [h["status"] for h in anna.history] == ["confirmed", "cancelled"]


def test_a_raise_beyond_the_free_seats_goes_to_the_waiting_list(tmp_path):
    h, regs = _service(tmp_path)
    with h.store.writer() as s:
        dora = regs.register(s, Person("dora@example.org", "Dora Dachs"), "offenau", 2, "confirmed", NOW, "t", "t")
        assert regs.recount_status(s, dora, 3) == "confirmed" and regs.recount_status(s, dora, 4) == "waiting"
        freed = regs.recount(s, dora, 4, NOW, "staff:erika", "more people")
        assert (dora.status, dora.attendees, dora.waiting_since, freed) == ("waiting", 4, NOW, "offenau")
        assert s.scalar(select(Audit.actor).where(Audit.action == "registration_recounted")) == "staff:erika"


def test_names_change_keeps_state_and_count_and_a_closed_registration_cannot_be_renamed(tmp_path):
    h, regs = _service(tmp_path)
    with h.store.writer() as s:
        emil = regs.register(s, Person("emil@example.org", "Emil Eule", ("Emil Eule", "Jonas Eule")), "offenau", 2,
                             "confirmed", NOW, "t", "t")
        regs.rename(s, emil, ["Emil Eule", "Lea Eule"], NOW, "bot", "names changed by mail #7")
        assert (emil.names, emil.status, emil.attendees) == (["Emil Eule", "Lea Eule"], "confirmed", 2)
        assert emil.history[-1]["change"] == "names changed by mail #7"
        regs.cancel(s, emil, NOW, "bot", "cancelled")
        with pytest.raises(BadMove):
            regs.rename(s, emil, ["Lea Eule"], NOW, "bot", "too late")
