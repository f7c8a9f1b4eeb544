"""A resident answers our question "how many people come?" in a new mail (not a reply: no In-Reply-To,
no reference in the subject) that says only how many come: the answer to that question, when it is the
address's one open question, in several languages (helper table29, issue 12). A count asked as a
question, or a new mail from an address with no such question, is read on its own as before."""

from __future__ import annotations

import pytest

from tests.harness import mail

SENDER = "ohne.zitat@example.org"


def _asked_how_many(desk, text: str) -> None:
    desk.deliver(mail(SENDER, text))
    desk.run()
    regs = desk.registrations()
    assert [(r.status, r.pending) for r in regs] == [("awaiting", "attendees")], [(r.status, r.pending) for r in regs]


@pytest.mark.parametrize("asked, answer, workshop, people", [
    ("Guten Tag, ich möchte mit meiner Familie zum Workshop in Brackenheim am 17.10. kommen. Gruß Nadia",
     "Guten Tag, wir sind insgesamt 5 Personen.\nNadia", "brackenheim", 5),
    ("Hello, I want to come to Neuenstadt on 21 September with my children. Amina",
     "Hello, we will be 3 people. Amina", "neuenstadt", 3),
    ("Здравствуйте, хочу прийти с детьми на семинар 26 сентября в Вайнсберг. Ольга",
     "Здравствуйте, нас будет трое. Ольга", "weinsberg", 3),
    ("مرحبا، أريد حضور الورشة في Offenau يوم 19 سبتمبر مع أولادي. سلمى", "مرحبا، نحن ٣ أشخاص. سلمى", "offenau", 3),
    ("Merhaba, 17 Ekim Brackenheim atölyesine çocuklarımla gelmek istiyorum. Derya",
     "Merhaba, toplam 4 kişiyiz. Derya", "brackenheim", 4),
])
def test_a_count_in_a_new_mail_answers_how_many(desk, asked, answer, workshop, people):
    _asked_how_many(desk, asked)
    desk.deliver(mail(SENDER, answer, subject="Workshop", date="2023-09-06T10:00"))
    desk.run("2023-09-06T10:05")
    regs = desk.registrations()
    assert [(r.workshop, r.status, r.attendees) for r in regs if r.status == "confirmed"] == [(workshop, "confirmed",
                                                                                              people)]
    assert not [r for r in regs if r.status == "awaiting"]  # the question is settled


@pytest.mark.parametrize("answer", [
    "Hallo, dürfen wir zu fünft kommen?",  # a count asked about: staff
    "Hello, can we come as 4 people?",
])
def test_a_count_asked_as_a_question_does_not_register(desk, answer):
    _asked_how_many(desk, "Hallo, ich melde mich mit meinen Kindern für Weinsberg am 26.9. an. Gruß Nadia")
    desk.deliver(mail(SENDER, answer, subject="Workshop", date="2023-09-06T10:00"))
    desk.run("2023-09-06T10:05")
    assert not [r for r in desk.registrations() if r.status == "confirmed"]


def test_a_count_in_a_new_mail_without_any_question_registers_nothing(desk):
    desk.deliver(mail(SENDER, "Hallo, wir sind 4 Personen.\nGruß Nadia", subject="Workshop"))
    desk.run()
    assert not [r for r in desk.registrations() if r.status in ("confirmed", "waiting")]
