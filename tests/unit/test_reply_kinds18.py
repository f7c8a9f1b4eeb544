"""Replies to the desk's own mails, by kind, each in several languages (understand → read_answer →
decide, no database): a change asked for naming only the new workshop; a change wished "if there
is still space" (the desk checks the seats itself); which of two registrations to cancel, named
by date, town or month; an ordinal word answering our numbered list; a first mail "I want to
take part, when is it?" written without accents, and the list number that answers our dates.
Answers are written above or below the quote, as mail programs do. Wording is the test's own."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.replies import Composer
from mailbot.understand.answers import read_answer
from mailbot.understand.reading import understand
from mailbot.understand.renaming import read_renaming
from tests.unit.test_reading import EVENTS, OFFICE, build, read
from tests.unit.test_replies_to_us import NOW, plan_for

WROTE = "Am 05.09.2023 um 10:00 schrieb Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>:\n"


def _reply(text: str, quoted: str, below: bool) -> bytes:
    """A reply quoting our mail: the answer above the quote, or below it (bottom-posting)."""
    quote = WROTE + "".join(f"> {line}\n" if line else ">\n" for line in quoted.splitlines())
    m = EmailMessage()
    m["From"] = "Tamara Lind <tamara.lind@example.org>"
    m["To"] = "integration@landratsamt-heilbronn.de"
    m["Subject"] = "Re: Ihre Nachricht [MB-RT4W8K]"
    m["In-Reply-To"] = "<desk-1@landratsamt-heilbronn.de>"
    m.set_content(f"{quote}\n{text}\n" if below else f"{text}\n\n{quote}")
    return m.as_bytes()


def _decided(raw: bytes, mine: tuple[RegView, ...], thread: RegView, taken: dict[str, int] | None = None):
    reading = understand(raw, EVENTS, OFFICE)
    desk = Desk(now=NOW, events=EVENTS, mine=mine, thread=thread, taken=taken or {},
                answer=read_answer(raw, EVENTS, language=reading.language or ""),
                renaming=read_renaming(reading.new_text, reading.language or "de"))
    return decide(reading, desk)


# --- 1. a change asked for, naming only the new workshop ------------------------------------------

@pytest.mark.parametrize("body, new", [
    ("Mir passt doch erst der 26.9., könnten Sie mich dorthin umtragen?", "weinsberg"),  # a verb of moving
    ("Beni 17 Ekim'e aktarabilir misiniz?", "brackenheim"),
    # the one booked ruled out and another one wished
    ("Czy mogłabym przyjść do Weinsbergu? Do Neuenstadt jednak nie dam rady dojechać.", "weinsberg"),
    ("Am 21.9. klappt es bei mir leider nicht, ich käme gern am 17.10.", "brackenheim"),
    ("21 вересня я не зможу, можна мені прийти 26 вересня?", "weinsberg"),
    ("Il 21 settembre non riesco, posso venire il 26 settembre?", "weinsberg"),
])
def test_a_request_to_move_naming_only_the_new_workshop_changes_it(body, new):
    plan = plan_for(body, "neuenstadt", 1)
    assert plan.outcome == "changed" and plan.move == (5, new, "confirmed") and not plan.cancel


@pytest.mark.parametrize("body", [
    "Gibt es am 26.9. auch einen Termin in Weinsberg?",
    "Am 17.10. bin ich übrigens auch im Landkreis unterwegs.",
    "Is there also a date in Brackenheim in October?",
])
def test_another_date_mentioned_without_a_wish_to_move_is_asked_about(body):
    plan = plan_for(body, "neuenstadt", 1)
    assert plan.outcome == "ask_change" and plan.move is None


# --- 2. a change "if there is still space": the desk checks the seats ----------------------------

REG = RegView(5, "neuenstadt", "confirmed", 1)

IF_FREE = [
    "Falls in Weinsberg noch Plätze frei sind, würde ich lieber dort hingehen statt nach Neuenstadt.",
    "If there is still space in Weinsberg, I would rather go there instead.",
    "Jeśli w Weinsbergu są jeszcze wolne miejsca, wolałbym pójść tam zamiast do Neuenstadt.",
    "Если в Вайнсберге ещё остались места, мне было бы удобнее туда, а не в Нойенштадт.",
    "Ha Weinsbergben van még szabad hely, inkább oda mennék Neuenstadt helyett.",
]


@pytest.mark.parametrize("body", IF_FREE)
def test_a_change_wished_if_there_is_space_is_made_when_seats_are_free(body):
    plan = _decided(build(body, subject="Re: Ihre Anmeldung [MB-QX7K2M]"), (REG,), REG)
    assert plan.outcome == "changed" and plan.move == (5, "weinsberg", "confirmed")


@pytest.mark.parametrize("body", IF_FREE)
def test_a_change_wished_if_there_is_space_keeps_the_seat_when_that_workshop_is_full(body):
    plan = _decided(build(body, subject="Re: Ihre Anmeldung [MB-QX7K2M]"), (REG,), REG, taken={"weinsberg": 60})
    assert (plan.outcome, plan.reply, plan.workshop, plan.previous) == ("already", "already", "neuenstadt", "weinsberg")
    assert plan.move is None and not plan.cancel and not plan.review


def test_the_reply_keeping_the_seat_says_the_wished_workshop_is_full(config):
    text = Composer(config).text("already", "en", workshop="neuenstadt", previous="weinsberg")
    assert "ist leider schon voll" in text and "Ihre Anmeldung bleibt deshalb, wie sie ist." in text
    assert "already full" in text  # and in the writer's language
    assert "voll" not in Composer(config).text("already", "de", workshop="neuenstadt")


def test_a_condition_the_desk_cannot_check_is_not_a_change():
    body = "Falls es in Weinsberg eine Kinderbetreuung gibt, lieber dorthin statt Neuenstadt."
    plan = _decided(build(body, subject="Re: Ihre Anmeldung [MB-QX7K2M]"), (REG,), REG)
    assert plan.move is None and plan.review

# --- 3. which registration to cancel: by date, town or month -------------------------------------

OFFENAU = RegView(1, "offenau", "confirmed", 1)
WEINSBERG = RegView(2, "weinsberg", "confirmed", 1)
BRACKENHEIM = RegView(3, "brackenheim", "confirmed", 1)
OUR_QUESTION = ("Guten Tag,\n\nSie möchten absagen.\nSie sind aber für mehrere Termine angemeldet.\n\n"
                "Sie sind für diese Termine angemeldet:\n{lines}\n"
                "Welchen Termin möchten Sie absagen?\nBitte antworten Sie auf diese E-Mail und schreiben Sie die Nummer.\n")
LINES = {"offenau": "Dienstag, 19. September 2023, 16:45–21:00 Uhr, Rathaus, Offenau",
         "weinsberg": "Dienstag, 26. September 2023, 16:45–21:00 Uhr, Baukelter, Weinsberg",
         "brackenheim": "Dienstag, 17. Oktober 2023, 16:45–21:00 Uhr, Bürgerzentrum, Brackenheim"}


def _which(text: str, mine: tuple[RegView, ...], below: bool):
    lines = "\n".join(f"{i}. {LINES[r.workshop or '']}" for i, r in enumerate(mine, 1))
    asked = RegView(7, None, "awaiting", 1, "cancel_which", tuple(r.workshop or "" for r in mine))
    return _decided(_reply(text, OUR_QUESTION.format(lines=lines), below), (*mine, asked), asked)


@pytest.mark.parametrize("below", [True, False])
@pytest.mark.parametrize("text, mine, cancelled", [
    ("Bitte den Termin am 26.9. streichen, Offenau bleibt.", (OFFENAU, WEINSBERG), 2),
    ("Il 26 settembre lo cancelli per favore, Offenau resta.", (OFFENAU, WEINSBERG), 2),
    ("Отмените, пожалуйста, 19 сентября, Вайнсберг остаётся.", (OFFENAU, WEINSBERG), 1),
    ("Az októberit kérem töröljék, a szeptemberi marad.", (OFFENAU, BRACKENHEIM), 3),
    ("Az oktoberit kerem toroljek, a szeptemberi marad.", (OFFENAU, BRACKENHEIM), 3),  # without diacritics
    ("Den im Oktober bitte absagen, der im September bleibt.", (OFFENAU, BRACKENHEIM), 3),
    ("Eylül'deki kaydımı iptal edin lütfen.", (OFFENAU, BRACKENHEIM), 1),
])
def test_which_to_cancel_answered_by_date_town_or_month_cancels_that_one(text, mine, cancelled, below):
    plan = _which(text, mine, below)
    assert plan.outcome == "cancelled" and plan.cancel == (cancelled,) and plan.close == (7,)


@pytest.mark.parametrize("text", [
    "Den im September bitte absagen.",  # both are in September
    "Bitte den 17.10. streichen, Offenau bleibt.",  # a date of neither: never the other one instead
])
def test_which_to_cancel_answered_with_what_fits_none_or_both_is_asked_again(text):
    plan = _which(text, (OFFENAU, WEINSBERG), below=True)
    assert plan.outcome == "clarify" and plan.cancel == () and plan.again == 7


# --- 4. an ordinal word answering our numbered list ----------------------------------------------

OUR_LIST = ("Guten Tag,\n\nWir konnten leider nicht erkennen, für welchen Termin Sie sich anmelden möchten.\n\n"
            "1. Donnerstag, 21. September 2023, 16:45–21:00 Uhr, Stadthalle, Neuenstadt\n"
            "2. Dienstag, 26. September 2023, 16:45–21:00 Uhr, Baukelter, Weinsberg\n"
            "3. Dienstag, 17. Oktober 2023, 16:45–21:00 Uhr, Bürgerzentrum, Brackenheim\n")


@pytest.mark.parametrize("below", [True, False])
@pytest.mark.parametrize("text, choice", [
    ("Вторият ми е удобен.", "weinsberg"),  # Bulgarian, the definite form
    ("我选第2个", "weinsberg"),  # Chinese, the number written as a digit
    ("第三个吧", "brackenheim"),
    ("το τριτο παρακαλω", "brackenheim"),  # Greek without accents
    ("The second one suits me best.", "weinsberg"),
    ("Je prends la troisième.", "brackenheim"),
    ("İkincisi benim için uygun.", "weinsberg"),
])
def test_an_ordinal_word_means_that_line_of_the_quoted_list(text, choice, below):
    got = read_answer(_reply(text, OUR_LIST, below), EVENTS, language=understand(
        _reply(text, OUR_LIST, below), EVENTS, OFFICE).language or "")
    assert got.choice == choice and not got.ambiguous


def test_an_ordinal_answering_our_list_registers_for_that_workshop():
    asked = RegView(5, None, "awaiting", 1, "clarify", ("neuenstadt", "weinsberg", "brackenheim"))
    plan = _decided(_reply("Вторият ми е удобен.", OUR_LIST, below=True), (asked,), asked)
    assert plan.outcome == "confirmed" and plan.register == ("weinsberg", 1, "confirmed") and plan.reuse == 5


# --- 5. "I want to take part, when is it?" written without accents, then the number ----------------

@pytest.mark.parametrize("body", [
    "Καλησπερα, θελω να εγγραφω στο σεμιναριο. Ποτε ειναι;",  # Greek without accents
    "Kalispera, thelo na eggrafo sto seminario. Pote einai?",  # in Latin letters
    "Silav, ez dixwazim tevli seminere bibim. Kenge ye?",  # Kurmanji without diacritics
    "Silav, ez dixwazim tevlî semînerê bibim. Kengê ye?",
])
def test_wanting_to_take_part_and_asking_when_is_asked_back_with_the_dates(body):
    r = read(body, subject="Seminar")
    assert (r.intent, r.action) == ("register", "clarify")


@pytest.mark.parametrize("text", ["hejmar 3", "Hejmara 3 ji kerema xwe", "αριθμος 3", "το τριτο"])
def test_the_number_answering_our_dates_confirms_that_workshop(text):
    asked = RegView(5, None, "awaiting", 1, "clarify", ("neuenstadt", "weinsberg", "brackenheim"))
    plan = _decided(_reply(text, OUR_LIST, below=False), (asked,), asked)
    assert plan.outcome == "confirmed" and plan.register == ("brackenheim", 1, "confirmed")
