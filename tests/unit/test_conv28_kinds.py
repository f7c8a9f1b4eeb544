"""Kinds of reply the held-out conversations of table28 showed, tested in other wording, several
languages each:
- thanks typed with some letters of a word bare of their marks and some not ("Tesekkür", "Obrigadó")
  is thanks: no reply;
- a change to a day without a workshop ("the 27th instead of the 26th") asks which date, and the date
  given in answer moves the registration the change was for (not "change or both?" again);
- a new mail that names only a registration made before ("ich hatte mich schon für X angemeldet")
  for the one workshop the sender holds: "you are already registered", never our list of dates;
- a question naming no day answering our mail about a registration held (the waiting-list notice,
  the confirmation) goes to staff, even where it holds a word of registering ("do I have to sign up
  again?", "will I get a place?"): never our list of dates.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023, weinsberg
Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.understand.answers import read_answer
from mailbot.understand.courtesy import bare_latin, only_courtesy
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build, read
from tests.unit.test_unseen_kinds12 import NOW, OURS

ALL = ("offenau", "neuenstadt", "weinsberg", "brackenheim")
CONFIRMATION = ("\n\nAm 05.09.2023 schrieb Landratsamt Heilbronn:\n> Guten Tag,\n> vielen Dank! Sie sind jetzt angemeldet.\n"
                "> Workshop am Dienstag, 26. September 2023, Weinsberg\n")
WAITING = ("\n\nAm 04.09.2023 schrieb Landratsamt Heilbronn:\n> Guten Tag,\n>\n> vielen Dank für Ihre Anmeldung.\n"
           "> Leider ist der Workshop am Dienstag, 26. September 2023 in Weinsberg schon voll.\n>\n"
           "> Wir haben Sie auf die Warteliste gesetzt.\n> Ihr Platz auf der Warteliste: 2\n"
           "> Ihre Anmelde-Nummer: MB-Q7RT4K\n>\n> Wird ein Platz frei?\n"
           "> Dann schreiben wir Ihnen automatisch eine E-Mail.\n> Sie müssen dafür nichts tun.\n>\n"
           "> Für diese Termine können Sie sich noch anmelden:\n"
           "> 1. Dienstag, 19. September 2023, 16:45–21:00 Uhr, Kulturforum Saline, Offenau\n"
           "> 2. Donnerstag, 21. September 2023, 16:45–21:00 Uhr, Stadthalle, Neuenstadt\n"
           "> 4. Dienstag, 17. Oktober 2023, 16:45–21:00 Uhr, Bürgerzentrum Brackenheim, Brackenheim\n")
# the resident answers in the thread of their own first mail: their subject, our reference added
THREAD_SUBJECT = "Re: Re: Anmeldung [MB-Q7RT4K]"
NO_SUCH_DAY = ("\n\nAm 06.09.2023 schrieb Landratsamt Heilbronn:\n"
               "> An dem Tag in Ihrer Nachricht gibt es leider keinen Workshop.\n"
               "> 1. Dienstag, 19. September 2023, Offenau\n> 2. Donnerstag, 21. September 2023, Neuenstadt\n"
               "> 3. Dienstag, 26. September 2023, Weinsberg\n> 4. Dienstag, 17. Oktober 2023, Brackenheim\n")


def _decided(body: str, quote: str, subject: str, mine: tuple[RegView, ...], thread: RegView):
    raw = build(body + quote, subject=subject, headers=OURS)
    reading = understand(raw, EVENTS, OFFICE)
    answer = read_answer(raw, EVENTS, {}, reading.language or "")
    return reading, decide(reading, Desk(now=NOW, events=EVENTS, mine=mine, thread=thread, answer=answer))


# --- thanks half without its marks ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tesekkür ederim",
    "Teşekkur ederiz, iyi günler",
    "Muchas grácias",
    "Obrigadó",
    "Köszonöm",
    "Cam ơn nhiều",
])
def test_thanks_typed_half_without_marks_is_thanks(text):
    assert only_courtesy(text)


@pytest.mark.parametrize("text", [
    "Tesekkür ederim ama gelemiyorum, iptal edin",
    "Grácias, pero cancelen por favor",
])
def test_such_thanks_beside_a_cancellation_is_no_mere_thanks(text):
    assert not only_courtesy(text)


def test_bare_latin_keeps_other_scripts():
    assert bare_latin("Şükrü Čolić ıł") == "Sukru Colic il"
    assert bare_latin("धन्यवाद شكراً спасибо") == "धन्यवाद شكراً спасибо"


# --- a change to a day without a workshop, then the date -----------------------------------------------

REG = RegView(7, "weinsberg", "confirmed", 1)


@pytest.mark.parametrize("body", [
    "Could I come on the 27th instead of the 26th?",
    "Est-ce que je peux venir le 28 septembre plutôt que le 26 ?",
    "Можно мне прийти 27 сентября вместо 26?",
])
def test_a_change_to_a_day_without_a_workshop_asks_for_that_registration(body):
    _, plan = _decided(body, CONFIRMATION, "Re: Ihre Anmeldung zum Workshop am 26.09.2023", (REG,), REG)
    assert plan.outcome == "clarify" and not plan.move and not plan.cancel
    assert plan.awaiting is not None and plan.awaiting["target"] == "weinsberg"


PENDING = RegView(8, None, "awaiting", 1, pending="clarify", offered=ALL, target="weinsberg")


@pytest.mark.parametrize("body,to", [
    ("Dann eben den 17. Oktober.", "brackenheim"),
    ("ok then Brackenheim", "brackenheim"),
    ("Entonces el 21 de septiembre", "neuenstadt"),
    ("Nummer 2", "neuenstadt"),
])
def test_the_date_answering_that_question_moves_the_registration(body, to):
    _, plan = _decided(body, NO_SUCH_DAY, "AW: Ihre Anmeldung: Welcher Termin?", (REG, PENDING), PENDING)
    assert plan.outcome == "changed" and plan.move is not None and plan.move[:2] == (7, to)
    assert plan.register is None


# --- a registration made before, named in a new mail ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, ich hatte mich schon für Weinsberg angemeldet, weiß nicht ob es geklappt hat.",
    "Bonjour, je me suis déjà inscrite pour Weinsberg, je ne sais pas si c'est arrivé.",
    "Hola, ya me había inscrito para Weinsberg, no sé si les llegó.",
])
def test_a_registration_made_before_for_the_one_held_is_already(body):
    reading = read(body)
    plan = decide(reading, Desk(now=NOW, events=EVENTS, mine=(RegView(3, "weinsberg", "confirmed", 2),)))
    assert plan.outcome == "already" and plan.workshop == "weinsberg" and not plan.register and not plan.cancel


def test_a_registration_made_before_for_a_workshop_not_held_is_still_asked():
    reading = read("Hola, ya me había inscrito para Weinsberg, no sé si les llegó.")
    plan = decide(reading, Desk(now=NOW, events=EVENTS, mine=(RegView(3, "neuenstadt", "confirmed", 1),)))
    assert plan.outcome != "already"


# --- a question naming no day, answering our mail about a registration held ------------------------------

@pytest.mark.parametrize("body", [
    "What are my chances to get a place?",
    "Do I have to register again when a place is free?",
    "Muss ich mich dann selber nochmal anmelden, oder schreiben Sie mir?",
    "Czy muszę się jeszcze raz zapisać?",
    "Tekrar kayıt olmam gerekiyor mu?",
    "هل يجب أن أسجل مرة ثانية؟",
])
def test_a_question_answering_the_waiting_list_notice_goes_to_staff(body):
    reg = RegView(7, "weinsberg", "waiting", 1)
    _, plan = _decided(body, WAITING, THREAD_SUBJECT, (reg,), reg)
    assert plan.outcome == "review" and plan.reply == "received"
    assert not plan.register and not plan.move and not plan.cancel and plan.awaiting is None


@pytest.mark.parametrize("body", [
    "Muss ich mich nochmal anmelden?",
    "Devo iscrivermi di nuovo?",
    "Je dois m'inscrire encore une fois ?",
])
def test_a_question_answering_our_confirmation_goes_to_staff(body):
    _, plan = _decided(body, CONFIRMATION, THREAD_SUBJECT, (REG,), REG)
    assert plan.outcome == "review" and plan.reply == "received" and plan.awaiting is None


def test_a_question_naming_another_date_answering_the_waiting_list_notice_takes_it():
    reg = RegView(7, "weinsberg", "waiting", 1)
    _, plan = _decided("Geht auch der 17. Oktober?", WAITING, THREAD_SUBJECT, (reg,), reg)
    assert plan.outcome == "changed" and plan.move is not None and plan.move[1] == "brackenheim"


# --- a day of the month right before "instead of" -----------------------------------------------------------

OFFENAU_CONFIRMED = ("\n\nAm 04.09.2023 schrieb Landratsamt Heilbronn:\n> Guten Tag,\n> vielen Dank! Sie sind jetzt angemeldet.\n"
                     "> Workshop am Dienstag, 19. September 2023, Offenau\n")


@pytest.mark.parametrize("body,wished", [
    ("Μπορω καλυτερα στις 21 αντι για 19;", "neuenstadt"),
    ("А можно на 17 вместо 19? Спасибо", "brackenheim"),
    ("Mogę przyjść na 21 zamiast 19?", "neuenstadt"),
    ("Pot sa vin pe 26 in loc de 19?", "weinsberg"),
])
def test_a_day_right_before_instead_of_is_the_day_wished(body, wished):
    raw = build(body + OFFENAU_CONFIRMED, subject=THREAD_SUBJECT, headers=OURS)
    reading = understand(raw, EVENTS, OFFICE)
    assert (reading.action, reading.workshop, reading.previous_workshop) == ("confirm", wished, "offenau")
    assert "instead_of" in reading.flags


@pytest.mark.parametrize("body", [
    "Zapiszcie nas na 3 zamiast 2 osoby",
    "Запишите на 3 вместо 2",
])
def test_a_small_number_before_instead_of_is_no_day(body):
    from mailbot.understand.dates import find_dates

    assert not [m for m in find_dates(body, EVENTS, None, "") if m.kind == "day"]


# --- a name after a date with slashes is no month ----------------------------------------------------------

@pytest.mark.parametrize("body,wid", [
    ("Xin chao, toi dang ky hoi thao ngay 17/10. Mai", "brackenheim"),
    ("Hello, please register me for 21/9. May Lee", "neuenstadt"),
    ("Hallo, Anmeldung für 26/9. Mai Tran", "weinsberg"),
])
def test_a_name_like_a_month_after_a_slashed_date_is_no_month(body, wid):
    reading = read(body)
    assert (reading.action, reading.workshop) == ("confirm", wid)


# --- taking the writer off the waiting list, in the languages that lacked it ----------------------------------

@pytest.mark.parametrize("body", [
    "سلام، ببخشید منو از لیست انتظار حذف کنید، دیگه نمیخوام",
    "مرحبا، شيلوني من قائمة الانتظار لو سمحتوا",
    "Καλημέρα, βγάλτε με από τη λίστα αναμονής, ευχαριστώ",
    "Dobar dan, maknite me s liste čekanja, hvala",
    "你好，请把我从候补名单上删掉，谢谢",
    "नमस्ते, कृपया मेरा नाम वेटिंग लिस्ट से हटा दीजिए",
    "Përshëndetje, më hiqni nga lista e pritjes ju lutem",
    "Olá, tirem-me da lista de espera, obrigada",
    "Hallo, haal mij alstublieft van de wachtlijst",
])
def test_leaving_the_waiting_list_cancels_the_waiting_registration(body):
    reg = RegView(7, "weinsberg", "waiting", 1)
    _, plan = _decided(body, WAITING, THREAD_SUBJECT, (reg,), reg)
    assert plan.outcome == "cancelled" and plan.cancel == (7,)


@pytest.mark.parametrize("body", [
    "Ich stehe ja auf der Warteliste, wie lange dauert das?",
    "I am on the waiting list, how long does it take?",
])
def test_being_on_the_waiting_list_is_no_leaving(body):
    reg = RegView(7, "weinsberg", "waiting", 1)
    _, plan = _decided(body, WAITING, THREAD_SUBJECT, (reg,), reg)
    assert not plan.cancel


@pytest.mark.parametrize("body", [
    "请不要把我删掉，我还想等",
    "لا تشيلوني من القائمة، بدي أستنى",
    "Não me tirem da lista, vou esperar",
    "سلام، منو از لیست انتظار حذف نکنید، صبر میکنم",
    "Haal me niet van de wachtlijst, ik wacht",
    "Nemojte me maknuti s liste, čekam",
    "Μην με διαγράψετε, θέλω να περιμένω",
])
def test_asking_not_to_be_taken_off_the_list_cancels_nothing(body):
    reg = RegView(7, "weinsberg", "waiting", 1)
    _, plan = _decided(body, WAITING, THREAD_SUBJECT, (reg,), reg)
    assert not plan.cancel
