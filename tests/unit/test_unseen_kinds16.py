"""Kinds of reply and new mail met in mail written by other hands (issue 11, sixteenth reading):
taking another date our waiting-list notice offers, a weekday or a day of the month alone answering
our list, relative days, a registered sender adding a person, a carer only asked about, an
interpreter who comes. Every sentence is the test's own."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.replies import Composer
from mailbot.understand.answers import read_answer
from mailbot.understand.reading import understand
from tests.unit.test_reading import CONFIG, EVENTS, OFFICE, build

BERLIN = ZoneInfo("Europe/Berlin")
SENT = datetime(2023, 9, 11, 9, 0, tzinfo=BERLIN)
OURS = "<20230911090000.ab12@landratsamt-heilbronn.de>"


def _quote(text: str) -> str:
    return "\n".join(f"> {ln}" if ln else ">" for ln in text.splitlines())


def reply_to_ours(kind: str, answer: str, lang: str = "de", date: str = "Mon, 11 Sep 2023 18:30:00 +0200",
                  **kw) -> bytes:
    """``answer`` above our mail of ``kind`` as the templates write it, quoted, in its thread."""
    composer = Composer(CONFIG)
    subject = composer.compose(kind, to="gast@example.org", lang=lang, now=SENT, reference="MB-T4K9QZ", **kw).subject
    text = composer.text(kind, lang, reference="MB-T4K9QZ", **kw)
    body = f"{answer}\n\nAm 11.09.2023 um 09:00 schrieb Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>:\n" \
           f"{_quote(text)}\n"
    return build(body, subject=f"Re: {subject}", date=date,
                 headers={"In-Reply-To": OURS, "References": OURS})


def desk_plan(raw: bytes, now: datetime, mine: tuple[RegView, ...] = (), thread: RegView | None = None):
    reading = understand(raw, EVENTS, OFFICE)
    answer = read_answer(raw, EVENTS, {}, reading.language or "") if reading.in_reply_to else None
    return reading, decide(reading, Desk(now=now, events=EVENTS, mine=mine, thread=thread, answer=answer))


def waiting_notice(answer: str, full: str, people: int, lang: str = "de") -> bytes:
    return reply_to_ours("waiting", answer, lang=lang, workshop=full, attendees=people, position=1,
                         options=("offenau", "neuenstadt", "weinsberg", "brackenheim"))


# --- 1. a reply to our waiting-list notice that takes one of the other dates it offers ---------------

TAKES_OFFER = [
    # (the answer, the full workshop, the notice's count, the workshop taken, the count then)
    ("Gut, dann nehmen wir eben den 17.10. in Brackenheim.", "weinsberg", 2, "brackenheim", 2),
    ("OK, in that case the 26th of September in Weinsberg would suit us.", "offenau", 3, "weinsberg", 3),
    ("U redu, može onda 26.9. u Weinsbergu.", "neuenstadt", 1, "weinsberg", 1),
    ("Dobro, onda Brackenheim 17.10. za nas oboje.", "offenau", 2, "brackenheim", 2),
    ("باشە، ئەوا ١٧ی ئۆکتۆبەر لە براکنهایم.", "weinsberg", 1, "brackenheim", 1),
    ("Tamam, o zaman 21 Eylül Neuenstadt olsun.", "offenau", 2, "neuenstadt", 2),
    ("Хорошо, тогда 26 сентября в Вайнсберге.", "brackenheim", 1, "weinsberg", 1),
    ("D'accord, alors plutôt le 17 octobre à Brackenheim.", "neuenstadt", 2, "brackenheim", 2),
    ("Vale, entonces el 21 de septiembre en Neuenstadt.", "weinsberg", 4, "neuenstadt", 4),
    ("Va bene, allora il 26 settembre a Weinsberg.", "offenau", 1, "weinsberg", 1),
]


@pytest.mark.parametrize("answer,full,people,taken,count", TAKES_OFFER)
def test_a_date_taken_from_our_waiting_notice_is_a_confirmed_change_with_its_count(answer, full, people, taken, count):
    raw = waiting_notice(answer, full, people)
    reading = understand(raw, EVENTS, OFFICE)
    assert (reading.intent, reading.action, reading.workshop) == ("change", "confirm", taken)
    assert reading.previous_workshop == full and reading.attendees == count
    # on the desk: the place on the waiting list moves to the workshop taken, with its people
    waiting = RegView(8, full, "waiting", people)
    _, plan = desk_plan(raw, SENT, mine=(waiting,), thread=waiting)
    assert plan.move == (8, taken, "confirmed") and not plan.cancel
    assert plan.recount is None or plan.recount[1] == count


@pytest.mark.parametrize("answer,people,count", [
    ("Then please put the three of us down for Brackenheim on 17 October.", 1, 3),
    ("Dann kommen wir zu dritt am 17.10. nach Brackenheim.", 2, 3),
])
def test_a_count_said_in_the_answer_wins_over_the_notices(answer, people, count):
    reading = understand(waiting_notice(answer, "weinsberg", people), EVENTS, OFFICE)
    assert (reading.action, reading.workshop, reading.attendees) == ("confirm", "brackenheim", count)


@pytest.mark.parametrize("answer", [
    "Wir warten lieber, melden Sie sich bitte, wenn in Weinsberg etwas frei wird.",
    "Kann ich am 17.10. mein Kind mitbringen, gibt es dort eine Kinderbetreuung?",
    "Vielleicht ginge auch der 17.10., ich sage Ihnen noch Bescheid.",
    "Bitte streichen Sie mich von der Warteliste.",
])
def test_waiting_cancelling_asking_or_maybe_is_no_change(answer):
    reading = understand(waiting_notice(answer, "weinsberg", 1), EVENTS, OFFICE)
    assert "takes_offered_date" not in reading.flags
    assert not (reading.action == "confirm" and reading.intent == "change")


def test_a_date_answering_our_confirmation_is_no_taken_offer():
    raw = reply_to_ours("confirmed", "Dann lieber der 17.10.", workshop="weinsberg", attendees=1)
    assert "takes_offered_date" not in understand(raw, EVENTS, OFFICE).flags


# --- 2. a weekday or a day of the month alone, answering our which-date list -------------------------

def which_date_answer(answer: str) -> bytes:
    return reply_to_ours("clarify", answer, reason="missing",
                         options=("offenau", "neuenstadt", "weinsberg", "brackenheim"))


ONE_LINE = [
    ("Bună ziua, joi ar fi cel mai potrivit pentru mine.", "neuenstadt"),
    ("Thursday would work for me, thank you.", "neuenstadt"),
    ("Четвер мені зручніше, дякую.", "neuenstadt"),
    ("El jueves me viene bien.", "neuenstadt"),
    ("The 17th suits me best.", "brackenheim"),
    ("Am 21. kann ich, danke.", "neuenstadt"),
    ("تاریخ ۱۷ برای من مناسب است.", "brackenheim"),  # Persian and Dari: "the date 17"
    ("روز ۲۱ خوب است، ممنون.", "neuenstadt"),
    ("ڕۆژی ١٩ بۆ من گونجاوە.", "offenau"),  # Sorani: "the day 19"
    ("Roja 26 ji bo min baş e.", "weinsberg"),  # Kurmanji
    ("د ۱۹ نېټه راته مناسبه ده.", "offenau"),  # Pashto: "the 19th (date)"
    ("تاريخ 26 يناسبني، شكرا.", "weinsberg"),
]


@pytest.mark.parametrize("answer,workshop", ONE_LINE)
def test_a_weekday_or_day_of_one_line_of_our_list_is_the_choice(answer, workshop):
    reading, plan = desk_plan(which_date_answer(answer), SENT)
    assert plan.outcome == "confirmed" and plan.register[0] == workshop


SEVERAL_LINES = [
    "Dienstag wäre mir am liebsten.",
    "Tuesday is my free day.",
    "Marți mi-ar conveni.",
    "Il martedì va bene per me.",
    "Wtorek mi pasuje.",
    "Salı benim için uygun.",
]


@pytest.mark.parametrize("answer", SEVERAL_LINES)
def test_a_weekday_of_several_lines_is_asked_back_never_guessed(answer):
    reading, plan = desk_plan(which_date_answer(answer), SENT)
    assert plan.outcome == "clarify" and plan.register is None and not plan.review


@pytest.mark.parametrize("body", [
    "Marhaba, baddi sajjel esmi lal workshop yom el tlata, ana men Heilbronn.",
    "Hello, I'd like to sign up for the workshop on Tuesday, I live in Lauffen.",
    "Bonjour, je voudrais m'inscrire à l'atelier du mardi, j'habite à Lauffen.",
    "Здравствуйте, хочу записаться на семинар во вторник.",
])
def test_a_new_mail_naming_only_a_weekday_of_several_workshops_asks_which(body):
    reading, plan = desk_plan(build(body), SENT)
    assert (reading.intent, reading.action) == ("register", "clarify") and plan.outcome == "clarify"


def test_a_time_alone_answering_our_list_chooses_nothing():
    reading, plan = desk_plan(which_date_answer("Ich kann erst ab 17 Uhr."), SENT)
    assert plan.register is None and plan.outcome != "confirmed"


# --- 3. a relative day, counted from the mail's Date header ------------------------------------------

MONDAY_BEFORE_WEINSBERG = "Mon, 25 Sep 2023 08:40:00 +0200"  # the day after is Tuesday 26 September
WEDNESDAY_BEFORE_NEUENSTADT = "Wed, 20 Sep 2023 19:05:00 +0200"

TOMORROW = [
    ("Mirëdita, a mund të vij nesër pasdite në seminar? Jam vetëm, faleminderit.", MONDAY_BEFORE_WEINSBERG, "weinsberg"),
    ("Nesër do të vij edhe unë në seminar.", MONDAY_BEFORE_WEINSBERG, "weinsberg"),
    ("Dobrý den, zítra bych rád přišel na workshop.", MONDAY_BEFORE_WEINSBERG, "weinsberg"),
    ("Dobrý deň, zajtra by som rád prišiel na workshop.", WEDNESDAY_BEFORE_NEUENSTADT, "neuenstadt"),
    ("Goedendag, ik kom morgen graag naar de workshop.", WEDNESDAY_BEFORE_NEUENSTADT, "neuenstadt"),
    ("سلام، فردا به ورکشاپ می‌آیم.", WEDNESDAY_BEFORE_NEUENSTADT, "neuenstadt"),
    ("Darf ich morgen noch kommen?", MONDAY_BEFORE_WEINSBERG, "weinsberg"),
    ("Could I still join tomorrow evening?", WEDNESDAY_BEFORE_NEUENSTADT, "neuenstadt"),
    ("Sutra bih došla na radionicu, ako može.", MONDAY_BEFORE_WEINSBERG, "weinsberg"),
    ("Ik wil me graag aanmelden voor volgende dinsdag.", "Wed, 20 Sep 2023 10:00:00 +0200", "weinsberg"),
    ("Tôi sẽ đến vào thứ Ba tới.", "Wed, 20 Sep 2023 10:00:00 +0200", "weinsberg"),
]


@pytest.mark.parametrize("body,date,workshop", TOMORROW)
def test_a_relative_day_landing_on_a_workshop_is_that_workshop_and_no_question(body, date, workshop):
    reading = understand(build(body, subject="Workshop", date=date), EVENTS, OFFICE)
    assert (reading.intent, reading.action, reading.workshop) == ("register", "confirm", workshop)
    assert "question_for_staff" not in reading.flags


@pytest.mark.parametrize("body", [
    "Zítra přijdu na workshop.",
    "Ik kom morgen naar de workshop.",
    "Nesër do të vij në seminar.",
])
def test_a_relative_day_on_which_there_is_no_workshop_is_not_confirmed(body):
    reading = understand(build(body, subject="Workshop", date="Fri, 22 Sep 2023 09:00:00 +0200"), EVENTS, OFFICE)
    assert reading.action != "confirm"


def test_a_greeting_of_the_morning_is_no_tomorrow():
    reading = understand(build("Goede morgen, ik meld me aan voor 21 september in Neuenstadt.",
                               date=MONDAY_BEFORE_WEINSBERG.replace("25", "18")), EVENTS, OFFICE)
    assert (reading.action, reading.workshop) == ("confirm", "neuenstadt")


# --- 5. a carer only asked about is no registered person; 6. an interpreter who comes is one -------------

CARER_ASKED = [
    ("I'd like to sign up for 17 October in Brackenheim. May I bring my carer along?", "en"),
    ("Ich melde mich für den 26.09. an. Darf meine Begleitperson mitkommen?", "de"),
    ("Je m'inscris pour le 21 septembre. Mon aide-soignante peut-elle venir avec moi ?", "fr"),
    ("Запишите меня, пожалуйста, на 26 сентября. Можно ли взять с собой сиделку?", "ru"),
    ("26 Eylül için kaydolmak istiyorum. Bakıcım benimle gelebilir mi?", "tr"),
    ("Zapisuję się na 26 września. Czy mój opiekun może przyjść ze mną?", "pl"),
    ("Mi iscrivo per il 26 settembre. Può venire anche la mia badante?", "it"),
    ("Kann ich am 26.09. mit meiner Begleitperson kommen?", "de"),
]


@pytest.mark.parametrize("body,lang", CARER_ASKED)
def test_a_carer_only_asked_about_is_not_counted(body, lang):
    reading = understand(build(body), EVENTS, OFFICE)
    assert reading.language == lang and reading.attendees == 1


@pytest.mark.parametrize("body", [
    "I will come with my carer on 17 October.",
    "Ich komme mit meiner Begleitperson am 26.09.",
])
def test_a_carer_said_to_come_is_counted(body):
    assert understand(build(body), EVENTS, OFFICE).attendees == 2


INTERPRETER_COMES = [
    ("Bonjour, je m'inscris pour le 21 septembre à Neuenstadt. Mon interprète viendra avec moi.", "neuenstadt"),
    ("Bonjour, inscription pour le mardi 26 septembre. Mon interprète m'accompagnera.", "weinsberg"),
    ("Hello, please register me for 26 September. My interpreter is coming with me.", "weinsberg"),
    ("Запишите меня на 17 октября. Переводчик придёт со мной.", "brackenheim"),
    ("Здравствуйте, запишите меня на 26 сентября, со мной придёт переводчица.", "weinsberg"),
    ("Zapisuję się na 17 października. Mój tłumacz przyjdzie ze mną.", "brackenheim"),
    ("Bună ziua, mă înscriu pentru 26 septembrie, vine și traducătorul meu.", "weinsberg"),
    ("مرحبا، أسجل ليوم 26 سبتمبر، وسيأتي معي مترجمي.", "weinsberg"),
    ("Hola, me apunto al 17 de octubre, vendrá también mi intérprete.", "brackenheim"),
]


@pytest.mark.parametrize("body,workshop", INTERPRETER_COMES)
def test_an_interpreter_the_writer_says_comes_is_a_second_person(body, workshop):
    reading = understand(build(body), EVENTS, OFFICE)
    assert (reading.action, reading.workshop, reading.attendees) == ("confirm", workshop, 2)


def test_an_interpreter_not_coming_is_not_counted():
    reading = understand(build("Je m'inscris pour le 21 septembre. Mon interprète ne viendra pas."), EVENTS, OFFICE)
    assert reading.attendees == 1


# --- 4. a new mail from someone registered, adding a person ------------------------------------------

ADDS = [
    "Guten Tag, ich bin für den 21.09. in Neuenstadt angemeldet. Meine Tochter möchte ich noch mitbringen.",
    "Hello, I am already signed up for 21 September. I would like to bring my daughter too.",
    "Bonjour, je suis inscrite pour le 21 septembre. Mon fils voudrait venir aussi.",
    "Hola, ya estoy inscrita para el 21 de septiembre. Mi hija también quiere venir.",
    "Добрий день, я вже зареєстрована на 21 вересня. Моя донька Олена теж хоче прийти.",
    "Merhaba, 21 Eylül için kayıtlıyım. Kızım da gelmek istiyor.",
    "Здравствуйте, я уже записана на 21 сентября. Мой сын тоже хочет прийти.",
]


@pytest.mark.parametrize("body", ADDS)
def test_a_person_added_to_the_registration_named_is_a_recount(body):
    raw = build(body)
    reading = understand(raw, EVENTS, OFFICE)
    assert (reading.action, reading.workshop, reading.attendees) == ("confirm", "neuenstadt", 2)
    for before, after in ((1, 2), (2, 3)):
        reg = RegView(4, "neuenstadt", "confirmed", before)
        _, plan = desk_plan(raw, SENT, mine=(reg,))
        assert plan.outcome == "recounted" and plan.recount == (4, after, "confirmed") and plan.register is None


@pytest.mark.parametrize("body", [
    "Hello, I am registered for 21 September. Can I bring my daughter too?",
    "Добрий день, я зареєстрована на 21 вересня. Моя донька теж хоче прийти. Чи можна її додати?",
])
def test_asking_to_add_a_person_goes_to_staff_about_that_registration(body):
    raw = build(body)
    reading = understand(raw, EVENTS, OFFICE)
    assert (reading.action, reading.workshop, reading.attendees) == ("review", "neuenstadt", 2)
    _, plan = desk_plan(raw, SENT, mine=(RegView(4, "neuenstadt", "confirmed", 1),))
    assert plan.review and plan.recount is None and plan.outcome != "confirmed"


@pytest.mark.parametrize("body", [
    "Ich bin für den 21.09. angemeldet. Meine Tochter möchte ich nicht mitbringen.",
    "I am registered for 21 September, but my daughter cannot come with me after all.",
    "I am registered for 21 September. My daughter would like to come too, but on 26 September.",
])
def test_no_person_added_or_another_workshop_is_no_recount(body):
    _, plan = desk_plan(build(body), SENT, mine=(RegView(4, "neuenstadt", "confirmed", 1),))
    assert plan.recount is None or plan.recount[1] <= 1
