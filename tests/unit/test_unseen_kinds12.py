"""Kinds of mail a held-out set read on main showed, each in several languages and in wording of
the test's own: two dates offered with the choice left to us; a wish to take part said the everyday
way in languages with few words so far; a number of our list in Latin letters; Swabian weekdays and
town names; a new mail asking to move a registration; a question about bringing someone; a change
asked as a question in Chinese.

Events of the packaged example: offenau Tue 19.09.2023, neuenstadt Thu 21.09.2023, weinsberg
Tue 26.09.2023, brackenheim Tue 17.10.2023.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.evaluate import as_done
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build, read

NOW = datetime(2023, 9, 6, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
OURS = {"In-Reply-To": "<c0ffee.1@landratsamt-heilbronn.de>"}
CONFIRMATION = ("\n\nAm 04.09.2023 schrieb Landratsamt Heilbronn:\n> Guten Tag,\n> vielen Dank! Sie sind jetzt angemeldet.\n"
                "> Workshop am Dienstag, 26. September 2023, Weinsberg\n")
LIST = ("\n\nAm 04.09.2023 schrieb Landratsamt Heilbronn:\n> 1. Dienstag, 19. September 2023, Offenau\n"
        "> 2. Donnerstag, 21. September 2023, Neuenstadt\n> 3. Dienstag, 26. September 2023, Weinsberg\n"
        "> 4. Dienstag, 17. Oktober 2023, Brackenheim\n")


def reply_to_confirmation(body: str):
    """``body`` answering our confirmation of the Weinsberg workshop, read as the worker reads it."""
    raw = build(body + CONFIRMATION, subject="Re: Ihre Anmeldung zum Workshop am 26.09.2023", headers=OURS)
    return understand(raw, EVENTS, OFFICE)


def done_answering_list(body: str):
    """``body`` answering our numbered list, with the action the desk takes (as ``mailbot eval`` scores it)."""
    raw = build(body + LIST, subject="AW: Ihre Anmeldung: Welcher Termin?", headers=OURS)
    return as_done(understand(raw, EVENTS, OFFICE), EVENTS, raw)


# --- 1. two dates offered, the choice left to us: ask which one ------------------------------------

@pytest.mark.parametrize("body", [
    "Guten Tag, am 21.09. in Neuenstadt oder am 26.09. in Weinsberg, suchen Sie sich bitte einen aus. Viele Grüße, Olga Brandt",
    "Hola, el jueves 21 o el martes 26 de septiembre, me da igual, donde haya sitio todavía. Un saludo, Marta",
    "Bonjour, le 21 ou le 26 septembre pour ma part, comme vous voulez, là où il reste de la place. Merci, Aline",
    "Merhaba, 21 Eylül veya 26 Eylül atölyesine hangisi olursa olur, ikisi de bana uyar.",
    "Namaste, main 21 ya 26 September ko workshop ke liye free hoon, koi bhi din chalega, aap bata dena.",
    "Jó napot kívánok, szeptember 21 vagy 26, nekem mindegy melyik.",
    "Hello, for the workshop September 21 or 26, both would suit me.",
])
def test_two_dates_with_the_choice_left_to_us_are_asked_back(body):
    r = read(body)
    assert r.action == "clarify" and r.candidates == ["neuenstadt", "weinsberg"]


@pytest.mark.parametrize("body", [
    "Der 21. oder der 26.?",
    "Hi, would the 21st or the 26th be better for you? Cheers, Dana Whitfield",
    "Dzień dobry, 21 czy 26 września? Pozdrawiam, Ewa",
])
def test_a_question_that_only_offers_two_dates_is_asked_back(body):
    r = read(body)
    assert r.action == "clarify" and r.candidates == ["neuenstadt", "weinsberg"]


@pytest.mark.parametrize("body", ["Is there parking on the 21st or the 26th?", "Gibt es am 21. oder am 26. eine Kinderbetreuung?"])
def test_a_question_about_a_topic_on_two_dates_stays_a_question_for_staff(body):
    assert read(body).action == "review"


@pytest.mark.parametrize("body", ["I will take part on September 21 or 26.", "Részt veszek, szeptember 21 vagy 26."])
def test_a_month_named_first_belongs_to_the_day_after_or(body):
    """"September 21 or 26": both days are of September, so nothing is confirmed for the 21st alone."""
    assert read(body).action != "confirm"


# --- 2. a wish to take part with no date, said the everyday way: ask for the date ---------------------

@pytest.mark.parametrize("body", [
    "سلام ورور، زه په دې ورکشاپ کې برخه اخیستل غواړم.",  # Pashto: I want to take part
    "سلام، زه به ستاسو غونډې ته درشم، مننه.",  # Pashto: I will come to your meeting
    "ሰላም፣ ወደ ስብሰባው መምጣት እፈልጋለው።",  # Amharic, as spoken: I want to come
    "Silav, ji kerema xwe navê min jî binivîse.",  # Kurmanji: write my name too
    "Salam, mujhe bhi is meeting me aana hai.",  # Hinglish: I also have to come
    "नमस्ते, कृपया मेरा नाम भी जोड़ दीजिए।",  # Hindi: add my name too
    "Vanakkam, naanum intha meeting ku varanum.",  # Tanglish: I want to come too
    "Salam, man ham mikham biyam, merci.",  # Persian in Latin letters: I want to come too
    "سلام، منم میخوام بیام به جلسه.",  # Persian, as spoken
    "Salam, 7abib a7der el ijtima3 inshallah.",  # Arabizi: I'd like to attend
    "您好，我也想来，谢谢。",  # Chinese: I'd like to come too
])
def test_a_wish_to_come_without_a_date_is_asked_for_the_date(body):
    r = read(body)
    assert (r.intent, r.action) == ("register", "clarify") and "no_event" in r.flags


# --- 3. a number of our list in Latin letters, with who comes -----------------------------------------

@pytest.mark.parametrize("body,workshop", [
    ("ra2am 3, ana w marti", "weinsberg"),  # Arabizi
    ("raqam 2 law sama7t, me and my wife", "neuenstadt"),
    ("shomare 4 lotfan, man va khanumam", "brackenheim"),  # Persian in Latin letters
    ("nambar 1 ji, main aur meri biwi", "offenau"),  # Hinglish
    ("nomer 3, ya i zhena", "weinsberg"),  # Russian in Latin letters
])
def test_a_list_number_in_latin_letters_registers_that_workshop_for_two(body, workshop):
    r = done_answering_list(body)
    assert (r.action, r.workshop, r.attendees) == ("confirm", workshop, 2)


# --- 4. Swabian weekdays and towns ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Griaß Gott, i meld mi fir de Donnerschdig a. Gruß, Erwin",
    "Hallo, mir dädet gern am Donnschtig mitmache.",
])
def test_a_swabian_thursday_is_the_thursday_workshop(body):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", "neuenstadt")


@pytest.mark.parametrize("body", ["Hallo, i meld mi für de Dienschdag a.", "Hallo, i wür gern am Diensdig teilnehme."])
def test_a_swabian_tuesday_is_read_as_tuesday(body):
    r = read(body)
    assert r.action == "clarify" and r.candidates == ["brackenheim", "offenau", "weinsberg"]


@pytest.mark.parametrize("body", ["Hallo, i meld mi fir Brackene a.", "Servus, mir kommet nach Brackena, i meld uns a."])
def test_a_heim_town_said_with_e_or_a_is_that_town(body):
    assert read(body).workshop == "brackenheim"


def test_an_ordinary_word_like_a_town_said_in_dialect_is_no_town():
    r = read("Hallo, ich habe noch offene Fragen, aber ich melde mich schon mal an.")
    assert r.action == "clarify" and r.workshop is None


# --- 5. a new mail asking to move a registration: a change to the new workshop -------------------------

@pytest.mark.parametrize("body", [
    "Guten Tag, wir sind für den 26.9. in Weinsberg angemeldet. Am 17.10. in Brackenheim ginge es uns besser, geht das?",
    "Merhaba, 26 Eylül Weinsberg atölyesine kayıt oldum. 17 Ekim'de Brackenheim'a gelebilir miyim?",
    "Здравствуйте, я зарегистрировалась на 26 сентября. Можно прийти 17 октября?",
    "Buna ziua, m-am inscris pentru 26 septembrie. As putea veni pe 17 octombrie?",
    "Zdravo, prijavio sam se za 26. septembar. Mogu li doći 17. oktobra u Brackenheim?",
    "Mirëdita, jam regjistruar për 26 shtator. A mund të vij më 17 tetor?",
])
def test_a_registration_named_and_another_date_asked_for_is_a_change(body):
    r = read(body)
    assert (r.intent, r.action, r.workshop, r.previous_workshop) == ("change", "confirm", "brackenheim", "weinsberg")


def test_the_desk_moves_the_registration_named_and_registers_one_it_does_not_know():
    r = read("Hallo, ich bin für Weinsberg angemeldet. Könnte ich stattdessen am 17.10. kommen?")
    moved = decide(r, Desk(now=NOW, events=EVENTS, mine=(RegView(5, "weinsberg", "confirmed", 1),)))
    assert moved.outcome == "changed" and moved.move is not None and moved.move[1] == "brackenheim"
    fresh = decide(r, Desk(now=NOW, events=EVENTS))
    assert fresh.outcome == "confirmed" and fresh.register is not None and fresh.register[0] == "brackenheim"


def test_a_registration_named_that_the_desk_does_not_hold_is_for_staff():
    r = read("Guten Tag, ich bin am 26.09. angemeldet. Kann ich am 17.10. kommen?")
    plan = decide(r, Desk(now=NOW, events=EVENTS, mine=(RegView(5, "offenau", "confirmed", 1),)))
    assert plan.outcome == "review" and plan.move is None


def test_a_registration_named_and_another_persons_wish_is_no_change():
    r = read("Ich bin für den 26.09. angemeldet. Meine Kollegin möchte am 17.10. kommen.")
    assert r.intent != "change"


# --- 6. a question about bringing someone: staff, with the workshop and the count ------------------

@pytest.mark.parametrize("body,people", [
    ("Darf ich meine Schwägerin mitbringen? Dann wären wir zu zweit.", 2),
    ("Could I bring my flatmate along? Then we would be two.", 2),
    ("Komşumu da yanımda getirebilir miyim? O zaman iki kişi oluruz.", 2),
    ("Можно я возьму с собой подругу? Тогда нас будет двое.", 2),
])
def test_a_question_about_bringing_someone_in_a_reply_carries_the_workshop_and_count(body, people):
    r = reply_to_confirmation(body)
    assert (r.action, r.workshop, r.attendees) == ("review", "weinsberg", people)


@pytest.mark.parametrize("body", ["Can I come with my baby?", "Puis-je venir avec mon bébé ?", "Smijem li doći s bebom?"])
def test_a_question_about_a_baby_in_a_reply_goes_to_staff_with_the_workshop(body):
    r = reply_to_confirmation(body)
    assert (r.action, r.workshop) == ("review", "weinsberg")


@pytest.mark.parametrize("body", [
    "Poštovani, smijem li na radionicu doći s bebom? Lijep pozdrav, Edina",
    "Dobar dan, može li moj muž doći sa mnom? Hvala, Jasna",
    "Поштовани, да ли могу да доведем своју сестру? Хвала, Мирјана",
])
def test_a_question_about_bringing_someone_in_a_first_mail_goes_to_staff(body):
    assert read(body).action == "review"


# --- 7. a change asked as a question in Chinese: the new workshop is read ---------------------------

@pytest.mark.parametrize("body", ["能不能换成10月17号？", "10月17日可以吗？", "可不可以改到十月十七日？"])
def test_a_chinese_question_for_another_date_reads_that_workshop(body):
    assert reply_to_confirmation(body).workshop == "brackenheim"
