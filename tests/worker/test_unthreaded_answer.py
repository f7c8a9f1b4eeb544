"""A resident answers our numbered list in a new mail (not a reply: no In-Reply-To, no reference in
the subject): a line number of that list answers our open question to the address, in several
languages; a new mail naming a workshop itself is read on its own."""

from __future__ import annotations

import pytest

from tests.harness import mail


def _asked(desk, sender: str, text: str) -> None:
    desk.deliver(mail(sender, text))
    desk.run()
    assert [r.status for r in desk.registrations()] == ["awaiting"]


@pytest.mark.parametrize("answer, workshop", [
    ("Guten Tag, ich nehme die Nummer 4.\nGruß Jana", "brackenheim"),
    ("Merhaba, ben 2 numarayı seçiyorum. Selin", "neuenstadt"),
    ("Добрый день, мне подходит номер 1. Вера", "offenau"),
    ("Bonjour, pour moi la deuxieme date svp. Awa", "neuenstadt"),
    ("Bonjour, excusez-moi du retard. 3 svp\nAwa", "weinsberg"),
    ("Merhaba, 4 numara uygun. Selin", "brackenheim"),
])
def test_a_line_number_in_a_new_mail_answers_our_open_question(desk, answer, workshop):
    sender = "neu.geschrieben@example.org"
    _asked(desk, sender, "Hallo, ich möchte an einem Workshop teilnehmen.")
    desk.deliver(mail(sender, answer, subject="Workshop", date="2023-09-05T10:00"))
    desk.run("2023-09-05T10:05")
    assert [r.workshop for r in desk.registrations() if r.status == "confirmed"] == [workshop]
    assert not [r for r in desk.registrations() if r.status == "awaiting"]  # the question is settled


def test_a_new_mail_naming_a_workshop_is_read_on_its_own(desk):
    sender = "neu.geschrieben@example.org"
    _asked(desk, sender, "Hallo, ich möchte an einem Workshop teilnehmen.")
    desk.deliver(mail(sender, "Hallo, bitte für Weinsberg am 26.9. anmelden, Nummer 2 im Haus.", subject="Workshop",
                      date="2023-09-05T10:00"))
    desk.run("2023-09-05T10:05")
    assert ("weinsberg", "confirmed") in [(r.workshop, r.status) for r in desk.registrations()]

