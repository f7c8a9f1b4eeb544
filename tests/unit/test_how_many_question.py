"""The question "how many people come?" (helper howmany, issue 12), in sentences of this test's own:

- a registration naming people who come along without their number ("mit den Kindern", "with the family",
  "с друзьями", "با خانواده") is asked how many come, holding no seat; with the number said, it is confirmed
  as before;
- the answer is read against that question: a number alone ("2", "drei", "двое") is a count, as are "nur ich",
  "we are three"; "ok" or thanks ask again; "doch nicht" withdraws; a count that does not fit goes to the
  waiting list; another workshop named with a count is registered for that one;
- a new mail with no date adding a companion ("my son is coming too") recounts the writer's one registration;
- answering "already registered": the mail was for a relative who wants another workshop, the writer keeps
  theirs → a registration of its own for the relative.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.states import Question, Status, TRANSITIONS, Move, transition
from mailbot.understand.answers import bare_number, read_answer
from tests.unit.test_reading import EVENTS, build, read

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2023, 9, 11, 10, 0, tzinfo=BERLIN)


def desk(**kw) -> Desk:
    return Desk(now=NOW, events=EVENTS, **kw)


# --- the question is asked ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body,workshop", [
    ("Guten Morgen, für den Termin am 21.9. melde ich mich samt meiner Familie an. Liebe Grüße, Jana Ott\n"
     .replace("samt meiner Familie", "mit meiner Familie"), "neuenstadt"),
    ("Hallo, wir möchten nach Brackenheim kommen, ich und meine Kinder. Tschüss, Heike", "brackenheim"),
    ("Good morning, I'd like to sign up for Weinsberg on the 26th with the whole family. Priya", "weinsberg"),
    ("Hello, please book Offenau on 19 September for me and my kids. Thanks, Omar", "offenau"),
    ("Добрый вечер, хочу прийти на семинар 21 сентября в Нойенштадт с друзьями. Павел", "neuenstadt"),
    ("Доброго дня, запишіть мене з дітьми на 26 вересня у Вайнсберг. Оксана", "weinsberg"),
    ("سلام، میخواهم با خانواده در کارگاه ۲۶ سپتامبر واینزبرگ شرکت کنم. مریم", "weinsberg"),
    ("مرحبا، بدي احضر ورشة ١٧ اكتوبر في براكنهايم مع ولادي. ليلى", "brackenheim"),
    ("Merhaba, 19 Eylül Offenau için çocuklarımla kayıt olmak istiyorum. Derya", "offenau"),
    ("Hola, quiero apuntarme al taller del 21 de septiembre en Neuenstadt con mis hijos. Rosa", "neuenstadt"),
    ("Dzień dobry, chciałabym zapisać się z dziećmi na 17 października do Brackenheim. Ewa", "brackenheim"),
])
def test_companions_without_their_number_are_asked_how_many_come(body, workshop):
    r = read(body, subject="Workshop")
    assert r.action == "confirm" and r.workshop == workshop and "count_unsaid" in r.flags, (r.action, r.flags)
    plan = decide(r, desk())
    assert plan.outcome == "clarify" and plan.reply == "clarify" and plan.clarify_reason == "attendees"
    assert plan.workshop == workshop and plan.register is None  # no seat held while we ask
    assert plan.awaiting == {"pending": Question.ATTENDEES.value, "offered": [], "target": workshop,
                             "attendees": plan.awaiting["attendees"]}


@pytest.mark.parametrize("body", [
    "Hallo, ich melde mich mit meinen zwei Kindern für Weinsberg am 26.9. an. Heike",
    "Hallo, für Weinsberg am 26.9., wir sind zu dritt, ich und meine Kinder. Heike",
    "Hello, Weinsberg on 26 September for me and my 3 kids please. Priya",
    "Hello, Weinsberg on 26 September, with my kids (4 and 7 years old). Priya",
    "Здравствуйте, на 26 сентября в Вайнсберг, нас будет четверо, я с детьми. Павел",
    "مرحبا، ورشة ٢٦ سبتمبر في فاينسبرغ، أنا وأولادي الاثنين. ليلى",
    "Hallo, ich komme allein nach Weinsberg am 26.9., mein Mann bleibt mit den Kindern zu Hause. Heike",
    "Hello, just me for Weinsberg on 26 September. Priya",
])
def test_with_the_number_said_or_nobody_along_it_is_confirmed_as_before(body):
    r = read(body, subject="Workshop")
    assert r.action == "confirm" and "count_unsaid" not in r.flags, (r.flags, r.attendees)
    assert decide(r, desk()).outcome == "confirmed"


def test_the_move_of_asking_how_many_is_in_the_one_table():
    assert transition(None, Move.ASK_COUNT) == (Status.AWAITING, "clarify")
    assert (Status.AWAITING, Move.REGISTER) in TRANSITIONS and (Status.AWAITING, Move.REGISTER_FULL) in TRANSITIONS


# --- the answer ------------------------------------------------------------------------------------------

PENDING = RegView(7, None, Status.AWAITING, 2, Question.ATTENDEES.value, (), "weinsberg")
QUOTE = ("\n\nAm 11.09.2023 schrieb Integration <integration@landratsamt-heilbronn.de>:\n"
         "> Wir konnten leider nicht erkennen, wie viele Personen kommen möchten.\n"
         "> Es geht um diesen Workshop:\n> Dienstag, 26. September 2023, 17:00–19:00 Uhr, Weinsberg\n"
         "> Wie viele Personen kommen? Bitte zählen Sie sich selbst mit.\n> Zum Beispiel: 2 Personen\n")
SUBJECT = "Re: Ihre Anmeldung: Wie viele Personen kommen? [MB-HQW7KP]"


def answer(body: str, lang: str, **kw):
    raw = build(body + QUOTE, subject=SUBJECT, headers={"In-Reply-To": "<ask@mailbot>"})
    r = read(body + QUOTE, subject=SUBJECT, headers={"In-Reply-To": "<ask@mailbot>"})
    got = read_answer(raw, EVENTS, {}, r.language or lang)
    return decide(r, desk(mine=(PENDING,), thread=PENDING, answer=got, **kw))


@pytest.mark.parametrize("body,lang,people", [
    ("2", "de", 2), ("Drei", "de", 3), ("vier.", "de", 4), ("Hallo,\n3\nGruß Heike", "de", 3),
    ("Wir kommen zu fünft.", "de", 5), ("nur ich", "de", 1), ("Nur ich und meine Tochter", "de", 2),
    ("three", "en", 3), ("It will be just me after all.", "en", 1), ("We are 4 people", "en", 4),
    ("двое", "ru", 2), ("Нас будет трое.", "ru", 3), ("троє", "uk", 3),
    ("iki kişiyiz", "tr", 2), ("üç", "tr", 3),
    ("اثنين", "ar", 2), ("نحن ثلاثة أشخاص", "ar", 3),
    ("۳ نفر", "fa", 3), ("deux", "fr", 2), ("tres", "es", 3),
])
def test_a_count_answering_how_many_registers_that_many(body, lang, people):
    plan = answer(body, lang)
    assert plan.outcome == "confirmed" and plan.register == ("weinsberg", people, "confirmed"), (plan.outcome,
                                                                                                   plan.reason)
    assert plan.reuse == PENDING.id


@pytest.mark.parametrize("body,lang", [
    ("ok", "en"), ("Okay, danke!", "de"), ("Vielen Dank für die schnelle Antwort.", "de"), ("tamam", "tr"),
    ("спасибо", "ru"), ("شكرا", "ar"), ("merci", "fr"),
])
def test_an_answer_without_a_count_asks_again(body, lang):
    plan = answer(body, lang)
    assert plan.outcome == "clarify" and plan.clarify_reason == "attendees" and plan.again == PENDING.id
    assert plan.register is None and plan.workshop == "weinsberg"


@pytest.mark.parametrize("body,lang", [
    ("Ach, doch nicht, wir kommen nicht.", "de"), ("Sorry, we can't come after all, please cancel.", "en"),
    ("Извините, отмените, мы не сможем.", "ru"), ("Vazgeçtik, gelemiyoruz, iptal edin lütfen.", "tr"),
])
def test_changing_ones_mind_withdraws(body, lang):
    plan = answer(body, lang)
    assert plan.reply == "withdrawn" and plan.register is None and PENDING.id in plan.close


def test_a_count_that_does_not_fit_goes_to_the_waiting_list(config):
    events = tuple(replace(e, capacity=10) if e.id == "weinsberg" else e for e in EVENTS)
    raw = build("5" + QUOTE, subject=SUBJECT, headers={"In-Reply-To": "<ask@mailbot>"})
    r = read("5" + QUOTE, subject=SUBJECT, headers={"In-Reply-To": "<ask@mailbot>"})
    full = Desk(now=NOW, events=events, mine=(PENDING,), thread=PENDING, taken={"weinsberg": 8},
                answer=read_answer(raw, EVENTS, {}, "de"))
    plan = decide(r, full)
    assert plan.outcome == "waiting" and plan.register == ("weinsberg", 5, "waiting")


@pytest.mark.parametrize("body,lang,workshop,people", [
    ("Lieber doch Brackenheim im Oktober, wir sind zu dritt.", "de", "brackenheim", 3),
    ("Actually the 21st in Neuenstadt would suit us better, two people.", "en", "neuenstadt", 2),
])
def test_another_workshop_with_a_count_registers_for_that_one(body, lang, workshop, people):
    plan = answer(body, lang)
    assert plan.register == (workshop, people, "confirmed"), (plan.outcome, plan.reason)


@pytest.mark.parametrize("text,n", [
    ("2", 2), ("Drei.", 3), ("двое!", 2), ("cinq", 5), ("Hallo,\n4\nGrüße", 4), ("iki", 2),
    ("Nummer 2 bitte", None), ("2\n3", None), ("ok", None), ("0", None),
])
def test_a_number_alone_on_a_line(text, n):
    assert bare_number(text) == n


# --- a companion added by a new mail with no date ---------------------------------------------------------------

ONE = RegView(3, "neuenstadt", Status.CONFIRMED, 1)


@pytest.mark.parametrize("body", [
    "Hallo nochmal, mein Sohn kommt auch mit.\nBirgit",
    "Hi again, my husband is coming too. Anna",
    "Здравствуйте ещё раз, муж тоже придёт. Ольга",
    "Tekrar merhaba, eşim de gelecek. Ayşe",
    "Bonjour, j'amène aussi ma sœur. Claire",
    "Hola de nuevo, mi hija también viene. Marta",
])
def test_a_companion_added_without_a_date_recounts_the_one_registration(body):
    r = read(body, subject="Workshop")
    plan = decide(r, desk(mine=(ONE,)))
    assert plan.outcome == "recounted" and plan.recount == (3, 2, "confirmed"), (plan.outcome, plan.reason, r.flags)


def test_without_a_registration_the_companion_mail_changes_nothing():
    r = read("Hallo nochmal, mein Sohn kommt auch mit.\nBirgit", subject="Workshop")
    plan = decide(r, desk())
    assert plan.register is None and plan.recount is None and plan.outcome in ("clarify", "review")


@pytest.mark.parametrize("body", [
    "Hallo, ich möchte mich mit meiner Tochter anmelden. Birgit",
    "Hello, I would like to register with my husband. Anna",
])
def test_a_registration_with_a_companion_and_no_date_is_asked_which_date(body):
    plan = decide(read(body, subject="Workshop"), desk(mine=(ONE,)))
    assert plan.recount is None and plan.outcome == "clarify"


def test_two_registrations_held_the_companion_mail_is_not_counted_on_either():
    two = (ONE, RegView(4, "brackenheim", Status.CONFIRMED, 1))
    r = read("Hi again, my husband is coming too. Anna", subject="Workshop")
    assert decide(r, desk(mine=two)).recount is None


# --- answering "already registered": the mail was for a relative -----------------------------------------------

HELD = RegView(5, "weinsberg", Status.CONFIRMED, 1)
ALREADY = ("\n\nAm 11.09.2023 schrieb Integration <integration@landratsamt-heilbronn.de>:\n"
           "> Sie sind bereits für diesen Workshop angemeldet:\n"
           "> Dienstag, 26. September 2023, 17:00–19:00 Uhr, Weinsberg\n> Unser Zeichen: MB-HQW7KP\n")


@pytest.mark.parametrize("body,workshop", [
    ("Entschuldigung, die zweite Mail war für meinen Vater. Er möchte am 21.9. nach Neuenstadt. "
     "Ich selbst komme am 26.9. wie angemeldet.", "neuenstadt"),
    ("Sorry, that second mail was meant for my husband, he wants Brackenheim on 17 October. "
     "I am still coming on 26 September.", "brackenheim"),
    ("Özür dilerim, ikinci mail babam içindi. Babam 19 Eylül Offenau'ya gelmek istiyor. Ben 26 Eylül'e "
     "geliyorum.", "offenau"),
])
def test_a_relative_for_another_workshop_gets_a_registration_of_their_own(body, workshop):
    r = read(body + ALREADY, subject="Re: Sie sind bereits angemeldet [MB-HQW7KP]",
             headers={"In-Reply-To": "<already@mailbot>"})
    plan = decide(r, desk(mine=(HELD,), thread=HELD))
    assert plan.register == (workshop, 1, "confirmed") and plan.review, (plan.outcome, plan.reason, r.flags)
    assert not plan.cancel and plan.move is None  # the writer's own registration stays


def test_a_number_alone_is_the_count_even_with_an_older_list_deeper_in_the_quote():
    deeper = (QUOTE + "> \n> > Für diese Termine können Sie sich anmelden:\n"
              "> > 1. Dienstag, 19. September 2023, 17:00–19:00 Uhr, Offenau\n"
              "> > 2. Donnerstag, 21. September 2023, 17:00–19:00 Uhr, Neuenstadt\n")
    headers = {"In-Reply-To": "<ask@mailbot>"}
    r = read("2" + deeper, subject=SUBJECT, headers=headers)
    got = read_answer(build("2" + deeper, subject=SUBJECT, headers=headers), EVENTS, {}, "de")
    plan = decide(r, desk(mine=(PENDING,), thread=PENDING, answer=got))
    assert plan.register == ("weinsberg", 2, "confirmed"), (plan.outcome, plan.reason)
