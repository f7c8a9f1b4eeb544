"""Kinds the conversations of table26 showed (helper conv26), in wording of this test's own.

1. A reply to the confirmation that names another workshop with a word of preferring moves the
   registration ("mogu li radije u Weinsberg?", "lieber nach Brackenheim"), and a day of the month
   followed by "instead" is that day ("le 21 à la place", "am 21. stattdessen").
2. A reply to the waiting-list notice naming an offered date "if there is room" takes it when
   seats are free.
3. A second person writing from the address, who says they share it ("wir haben die gleiche
   E-Mail", "pišem sa iste adrese"), registers beside the registration held, naming no other.
4. An answer to our mail about another address's registration (a relative writing from their own
   address) goes to staff; nothing changes.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023, weinsberg
Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.understand.answers import read_answer
from mailbot.understand.dates import find_dates
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build
from tests.unit.test_unseen_kinds12 import CONFIRMATION, NOW, OURS

WEINSBERG = RegView(7, "weinsberg", "confirmed", 1)


def _answering(body: str, reg: RegView, **desk) -> tuple:
    """``body`` answering our confirmation (or notice) of ``reg``, decided as the worker decides it."""
    raw = build(body + CONFIRMATION, subject="Re: Ihre Anmeldung [MB-ABC123]", headers=OURS)
    reading = understand(raw, EVENTS, OFFICE)
    answer = read_answer(raw, EVENTS, {}, reading.language or "")
    return decide(reading, Desk(now=NOW, events=EVENTS, mine=(reg,), thread=reg, answer=answer, **desk)), reading


# --- 1. preferring another workshop, by its town or by a day and "instead" ---------------------------

@pytest.mark.parametrize("body,to", [
    ("Pozdrav, mogu li radije u Brackenheim? Hvala, Mirela", "brackenheim"),
    ("Hallo, ich würde lieber nach Brackenheim kommen, geht das? Gruß Timo", "brackenheim"),
    ("Dzień dobry, wolałabym raczej Offenau, jeśli można. Halina", "offenau"),
    ("Hola, prefiero Neuenstadt si se puede. Gracias, Nuria", "neuenstadt"),
])
def test_another_town_named_with_a_word_of_preferring_moves_the_registration(body, to):
    plan, _ = _answering(body, WEINSBERG)
    assert plan.move is not None and plan.move[1] == to, (plan.outcome, plan.reason, plan.move)


@pytest.mark.parametrize("text,lang", [
    ("pourriez vous me mettre le 21 a la place?", "fr"),
    ("kann ich am 21 stattdessen kommen?", "de"),
    ("podria ir el 21 en su lugar?", "es"),
])
def test_a_day_of_the_month_before_instead_is_that_day(text, lang):
    got = [m for m in find_dates(text, EVENTS, None, lang) if m.kind in ("day", "date")]
    assert got and got[0].events == frozenset({"neuenstadt"}), got


@pytest.mark.parametrize("body", [
    "Bonjour, est-ce que je peux venir le 21 à la place ? Merci, Lucie",
    "Hallo, kann ich am 21. stattdessen kommen? Danke, Jens",
])
def test_a_day_and_instead_answering_the_confirmation_moves_it(body):
    plan, _ = _answering(body, WEINSBERG)
    assert plan.move is not None and plan.move[1] == "neuenstadt", (plan.outcome, plan.reason)


# --- 2. the waiting-list notice: an offered date "if there is room" ------------------------------------

@pytest.mark.parametrize("body", [
    "Zdravo, može li onda 17.10. u Brackenheim ako ima mjesta? Hvala",
    "Hallo, dann vielleicht am 17.10. in Brackenheim, falls dort noch Platz ist? Gruß Gül",
    "Merhaba, yer varsa 17 Ekim Brackenheim olabilir mi? Teşekkürler",
])
def test_an_offered_date_if_there_is_room_answering_the_waiting_notice_takes_it(body):
    waiting = RegView(8, "weinsberg", "waiting", 2)
    plan, _ = _answering(body, waiting)
    assert plan.move is not None and plan.move[1] == "brackenheim", (plan.outcome, plan.reason)


def test_an_offered_date_if_there_is_room_that_is_full_keeps_the_place_on_the_waiting_list():
    waiting = RegView(8, "weinsberg", "waiting", 2)
    full = {e.id: e.capacity for e in EVENTS if e.id == "brackenheim"}
    plan, _ = _answering("Hallo, dann vielleicht am 17.10. in Brackenheim, falls dort noch Platz ist?", waiting,
                         taken=full)
    assert plan.move is None and not plan.cancel, (plan.outcome, plan.reason)


# --- 3. a second person at the address, who says they share it ------------------------------------------

def _new_mail(body: str, held: RegView) -> tuple:
    reading = understand(build(body), EVENTS, OFFICE)
    return decide(reading, Desk(now=NOW, events=EVENTS, mine=(held,))), reading


@pytest.mark.parametrize("body", [
    "Dobar dan, ja sam Goran, pišem sa iste adrese kao moja žena. Prijavljujem se za 17.10. u Brackenheim. Goran",
    "Hallo, wir haben die gleiche E-Mail, ich bin der Sohn. Ich möchte mich für den 17.10. in Brackenheim anmelden. Kerem",
    "Hello, I'm writing from my wife's email. I would like to register for 17 October in Brackenheim. Tom Reed",
    "Merhaba, eşimin mail adresinden yazıyorum. 17 Ekim Brackenheim için kayıt olmak istiyorum. Kemal",
])
def test_a_second_person_sharing_the_address_registers_beside_the_one_held(body):
    plan, _ = _new_mail(body, WEINSBERG)
    assert plan.register is not None and plan.register[0] == "brackenheim", (plan.outcome, plan.reason)
    assert plan.move is None and not plan.cancel and plan.review


def test_without_saying_the_address_is_shared_another_workshop_is_asked_about():
    plan, _ = _new_mail("Hallo, ich möchte mich für den 17.10. in Brackenheim anmelden. Gruß Kerem", WEINSBERG)
    assert plan.register is None and plan.move is None and plan.reply == "ask_change", (plan.outcome, plan.reason)


# --- 4. an answer to our mail about another address's registration -------------------------------------

@pytest.mark.parametrize("body", [
    "Buongiorno, sono la sorella, veniamo in quattro adesso. Lina",
    "Hallo, ich bin die Frau von ihm, wir sagen ab. Gruß Anke",
    "Merhaba, ben eşiyim, 17 Ekim'e alabilir misiniz bizi? Selin",
])
def test_an_answer_to_our_mail_about_another_address_goes_to_staff(body):
    raw = build(body + CONFIRMATION, subject="Re: Ihre Anmeldung [MB-ABC123]", headers=OURS)
    reading = understand(raw, EVENTS, OFFICE)
    plan = decide(reading, Desk(now=NOW, events=EVENTS, mine=(), foreign_thread=True))
    assert (plan.reply, plan.review) == ("received", True), plan.reason
    assert plan.register is None and plan.move is None and not plan.cancel and plan.recount is None


# --- 5. "only the two of us" in words; the Vietnamese "is it possible?" is no negation -------------------

@pytest.mark.parametrize("text,lang,people", [
    ("без дітей, тільки ми двоє прийдемо", "uk", 2),
    ("нас троє буде", "uk", 3),
    ("придём только мы двое, без детей", "ru", 2),
    ("będziemy tylko my dwoje", "pl", 2),
])
def test_we_two_said_in_words_is_the_count(text, lang, people):
    from mailbot.understand.answers import head_count
    assert head_count(text, lang) == people


@pytest.mark.parametrize("body", [
    "Cho em đổi sang ngày 17/10 được không ạ? Cảm ơn",
    "Em doi qua ngay 17/10 duoc khong a",
])
def test_a_vietnamese_change_asked_with_is_it_possible_moves_the_registration(body):
    plan, _ = _answering(body, WEINSBERG)
    assert plan.move is not None and plan.move[1] == "brackenheim", (plan.outcome, plan.reason)


# --- 6. "I want to the seminar": the Slavic wish without its verb of going --------------------------------

@pytest.mark.parametrize("body,workshop", [
    ("Добрый день, очень хочу на семинар 21 сентября. Зоя", "neuenstadt"),
    ("Привіт, хочемо на семінар у Brackenheim 17 жовтня. Степан", "brackenheim"),
    ("Dzień dobry, chcemy na warsztaty 26 września do Weinsberg. Ula", "weinsberg"),
    ("Zdravo, želim na radionicu 26.9. u Weinsberg. Lejla", "weinsberg"),
])
def test_wanting_to_the_seminar_with_a_date_is_a_registration(body, workshop):
    reading = understand(build(body), EVENTS, OFFICE)
    assert (reading.action, reading.workshop) == ("confirm", workshop), reading.reason


@pytest.mark.parametrize("body", [
    "Здравствуйте, хочу на семинар, а какие даты есть? Лиля",
    "Dobry wieczór, chcę na spotkanie, kiedy jest? Iga",
])
def test_wanting_to_the_seminar_without_a_date_is_asked_which(body):
    assert understand(build(body), EVENTS, OFFICE).action == "clarify"


# --- 7. a short answer is read in the language of the conversation it answers -----------------------------

@pytest.mark.parametrize("body,lang,workshop", [
    ("joi e bine", "ro", "neuenstadt"),
    ("joi va rog", "ro", "neuenstadt"),
    ("perşembe olur", "tr", "neuenstadt"),
])
def test_a_weekday_of_three_words_is_read_in_the_conversations_language(body, lang, workshop):
    raw = build(body, subject="Re: atelier [MB-ABC123]", headers=OURS)
    reading = understand(raw, EVENTS, OFFICE, thread_language=lang)
    assert reading.language == lang
    assert any(e.get("kind") == "weekday" and e.get("events") == [workshop] for e in reading.evidence), reading.evidence


def test_a_longer_answer_keeps_its_own_language_and_german_threads_give_no_hint():
    long = build("Buongiorno, per me va bene il giovedì, grazie mille a voi", subject="Re: x", headers=OURS)
    assert understand(long, EVENTS, OFFICE, thread_language="ro").language == "it"
    short = build("joi e bine", subject="Re: x", headers=OURS)
    assert understand(short, EVENTS, OFFICE).language == understand(short, EVENTS, OFFICE, thread_language="de").language
