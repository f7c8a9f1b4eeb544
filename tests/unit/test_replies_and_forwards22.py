"""Replies to the desk's own mails and mails of people already registered (issue 11/12, reply22), each
kind in several languages and in wording of the test's own; the desk's real replies are quoted
(``tests/unit/replyprobe.py``).

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023, weinsberg
Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

import pytest

from mailbot.evaluate import as_done
from mailbot.understand.reading import understand
from tests.unit.replyprobe import confirmed, how_many, registered_writes
from tests.unit.test_reading import EVENTS, OFFICE, build


def forwarded(subject: str, own: str, separator: str, author: str, request: str):
    body = f"{own}\n\n{separator}\n{author}\n\n{request}"
    raw = build(body, subject=subject)
    return as_done(understand(raw, EVENTS, OFFICE), EVENTS, raw)


DE_SEP, EN_SEP = "-------- Weitergeleitete Nachricht --------", "---------- Forwarded message ---------"


# --- 1. a forwarded registration of another person; the forwarder does not come -----------------------

@pytest.mark.parametrize("subject,own,sep,asked,want", [
    ("WG: Anmeldung", "Guten Tag, anbei die Anmeldung von meiner Kollegin, sie hat keine Mail. Ich selbst komme nicht.",
     DE_SEP, "Hallo, ich und mein Sohn möchten am 17.10. nach Brackenheim kommen.", ("brackenheim", 2)),
    ("Fwd: workshop", "Hello, passing this on for a lady from our church, I will not come myself.",
     EN_SEP, "Hi, I would like to join on 21 September in Neuenstadt with my husband.", ("neuenstadt", 2)),
    ("Fwd: запись", "Добрый вечер, это от моей свекрови, сама я не приду.",
     EN_SEP, "Здравствуйте, я хочу прийти 26 сентября в Вайнсберг.", ("weinsberg", 1)),
    ("WG: реєстрація", "Вітаю, надсилаю запис моєї мами, я сама не прийду.",
     DE_SEP, "Добрий день, я з чоловіком хочемо прийти 19 вересня в Оффенау.", ("offenau", 2)),
    ("Fwd: تسجيل", "السلام عليكم، هذا تسجيل أختي، أنا لن أحضر.",
     EN_SEP, "مرحبا، أريد الحضور مع ابني يوم 17 أكتوبر في براكنهايم.", ("brackenheim", 2)),
])
def test_a_forwarded_registration_of_another_registers_those_it_names(subject, own, sep, asked, want):
    r = forwarded(subject, own, sep, "Von: Nachbarin <nachbarin@example.net>", asked)
    assert (r.action, r.workshop, r.attendees) == ("confirm", *want)


@pytest.mark.parametrize("own", [
    "Hallo, bitte streichen Sie die Anmeldung meiner Nachbarin, sie ist krank geworden.",
    "Hi, please cancel this one for my aunt, she can't come after all.",
])
def test_a_forward_asking_to_cancel_the_registration_below_is_never_confirmed(own):
    r = forwarded("WG: Anmeldung", own, DE_SEP, "Von: Nachbarin <nachbarin@example.net>",
                  "Guten Tag, ich möchte am 26.9. in Weinsberg teilnehmen.")
    assert r.action != "confirm"


def test_the_writers_own_forwarded_registration_with_i_cannot_is_still_a_cancellation():
    r = forwarded("WG: Anmeldung", "Hallo, ich kann doch nicht kommen, tut mir leid.", DE_SEP,
                  "Von: Petra Kuhn <petra.kuhn@example.org>", "Guten Tag, ich möchte am 26.9. in Weinsberg teilnehmen.")
    assert (r.action, r.workshop) == ("cancel", "weinsberg")


# --- 2. "only me and my wife": the writer and the one named after, never a count of one ----------------

@pytest.mark.parametrize("body", [
    "Nur ich und meine Tochter, die Kleinen bleiben bei Oma.",
    "Just me and my brother this time.",
    "فقط من و شوهرم میایم، بچه ها نمیان",
    "Vij vetëm unë dhe djali, pa të tjerët.",
    "Doći ćemo samo ja i muž, djeca ostaju kod kuće.",
])
def test_only_me_and_one_more_answering_our_confirmation_for_four_is_two(body):
    r = confirmed(body, people=4)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", 2)


@pytest.mark.parametrize("body", ["Just me and my husband.", "Nur ich und mein Mann.", "Solo io e mia sorella, grazie."])
def test_only_me_and_one_more_answering_how_many_is_two(body):
    assert (how_many(body).action, how_many(body).attendees) == ("confirm", 2)


@pytest.mark.parametrize("body", ["Nur ich, und danke für die schnelle Antwort!", "Only me, and thank you."])
def test_only_me_then_a_comma_and_thanks_is_still_one(body):
    assert confirmed(body, people=3).attendees == 1


# --- 3. "one fewer" said in a form no count reads, answering our confirmation: one fewer ---------------

@pytest.mark.parametrize("body", [
    "Добрый день, к сожалению нас будет на одного меньше.",
    "Szia, sajnos eggyel kevesebben jövünk.",
    "Buenas, al final vamos uno menos, perdón.",
    "Привіт, нас буде на одну людину менше.",
    "Dzień dobry, będzie nas o jedną mniej.",
    "Hi, sorry, we are one less now.",
])
def test_one_fewer_answering_our_confirmation_for_three_is_two(body):
    r = confirmed(body, people=3)
    assert (r.action, r.workshop, r.attendees) == ("confirm", "weinsberg", 2)
