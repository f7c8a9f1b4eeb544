"""Replies to the desk's own confirmation, read and decided (understand → read_answer → decide,
no database): "not X but Y", head-counts said against the registration, one person of several
dropping out, thanks with a remark. Wording is the test's own, in several languages."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.understand.answers import head_count, read_answer
from mailbot.understand.courtesy import opens_with_thanks
from mailbot.understand.people import count_attendees
from mailbot.understand.reading import understand
from mailbot.understand.renaming import read_renaming
from tests.unit.test_reading import EVENTS, OFFICE, build, read

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2023, 9, 6, 10, 0, tzinfo=BERLIN)


def plan_for(body: str, workshop: str, people: int, now: datetime = NOW, names: tuple[str, ...] = ()):
    """The desk's plan for ``body`` answering our confirmation of ``workshop`` for ``people`` (named
    ``names``), read as the worker reads it: the answer and the renaming in the mail's language."""
    raw = build(body, subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    reg = RegView(5, workshop, "confirmed", people, names=names)
    reading = understand(raw, EVENTS, OFFICE)
    desk = Desk(now=now, events=EVENTS, mine=(reg,), thread=reg,
                answer=read_answer(raw, EVENTS, language=reading.language or ""),
                renaming=read_renaming(reading.new_text, reading.language or "de"))
    return decide(reading, desk)


@pytest.mark.parametrize("body,new", [
    ("Wir schaffen es doch nicht am 19.9. sondern erst am 26.9.", "weinsberg"),
    ("Ich kann nicht nach Offenau kommen sondern nur nach Brackenheim.", "brackenheim"),
    ("We can't make it on 19 September but on 21 September.", "neuenstadt"),
    ("Будем не 19 сентября, а 17 октября.", "brackenheim"),
    ("Przyjdę nie 19 września, tylko 26 września.", "weinsberg"),
    ("Nu pot pe 19 septembrie, ci pe 21 septembrie.", "neuenstadt"),
])
def test_not_x_but_y_moves_the_registration_and_cancels_nothing(body, new):
    plan = plan_for(body, "offenau", 1)
    assert plan.outcome == "changed" and plan.move == (5, new, "confirmed") and not plan.cancel


@pytest.mark.parametrize("body", [
    "Wäre statt Offenau auch Weinsberg möglich?",
    "Ginge auch lieber Weinsberg anstatt Offenau?",
])
def test_a_question_naming_the_workshop_it_replaces_asks_for_a_change(body):
    assert plan_for(body, "offenau", 1).move == (5, "weinsberg", "confirmed")


@pytest.mark.parametrize("body,people", [
    ("Mein Sohn kann doch nicht, ich komme dann allein.", 1),
    ("My daughter won't be able to come after all, just me then.", 1),
    ("Oğlum gelemeyecek, tek başıma geleceğim.", 1),
    ("Сын не сможет, приду одна.", 1),
    ("Córka jednak nie przyjdzie, będę sama.", 1),
])
def test_one_of_two_dropping_out_is_a_new_head_count_not_a_cancellation(body, people):
    plan = plan_for(body, "neuenstadt", 2)
    assert plan.outcome == "recounted" and plan.recount == (5, people, "confirmed") and not plan.cancel


def test_someone_not_counted_dropping_out_changes_nothing_for_a_writer_who_comes_alone():
    plan = plan_for("Meine Freundin kommt doch nicht mit, ich komme allein.", "neuenstadt", 1)
    assert plan.outcome == "already" and not plan.cancel and plan.recount is None


@pytest.mark.parametrize("text,count", [
    ("Könnten Sie das auf 4 Personen ändern? Ich bringe drei Freundinnen mit.", 4),
    ("please change it to 3 people, two neighbours are joining me", 3),
    ("Bitte von 5 auf 3 Personen reduzieren", 3),
])
def test_a_count_said_as_the_new_total_wins(text, count):
    assert head_count(text) == count


@pytest.mark.parametrize("body,before,after", [
    ("Meine Tochter (12) möchte auch mitkommen.", 2, 3),
    ("Ich komme nicht allein, sondern mit meiner Mutter.", 1, 2),
    ("Hi, my brother would like to join as well.", 1, 2),
    ("Добрый день, мой брат тоже придёт.", 3, 4),
    ("Dzień dobry, moja siostra też przyjdzie.", 1, 2),
])
def test_people_named_as_coming_along_join_those_registered(body, before, after):
    plan = plan_for(body, "weinsberg", before)
    assert plan.outcome == "recounted" and plan.recount == (5, after, "confirmed")


def test_someone_said_not_to_come_along_is_not_counted():
    assert count_attendees("Ich melde mich an. Mein Mann wird aber nicht mitkommen.", "", []).count == 1


def test_a_closing_line_is_no_participant():
    got = count_attendees("Hiermit melde ich mich für den 17.10. an.\nBeste Grüße\nWalter Brenz", "", [])
    assert got.count == 1
    assert count_attendees("Wir melden uns an.\nLisa Brenz\nKarl Brenz\n", "", []).count == 2


def test_new_is_no_condition():
    r = read("Guten Tag, ich melde mich neu für den 26.9. an, die alte Mail war falsch.")
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


@pytest.mark.parametrize("body", [
    "Hi, please put me down for the workshop. Cheers, Omar",
    "Salut, vreau să particip la atelier. Ce date sunt?",
    "سلام، دوست دارم در کارگاه شرکت کنم. چه روزهایی هست؟",
])
def test_asking_for_the_dates_gets_our_list(body):
    r = read(body, subject="Workshop")
    assert r.action == "clarify"


@pytest.mark.parametrize("body,thanks", [
    ("Danke schön, der Vortrag hat mir gut gefallen!", True),
    ("Hallo,\nvielen Dank! Wir sind gespannt auf die Diskussion.", True),
    ("Thank you, it was a lovely evening.", True),
    ("Hallo, eine Frage noch zum Ablauf", False),
])
def test_a_mail_that_opens_with_thanks(body, thanks):
    assert opens_with_thanks(body) is thanks


def test_thanks_with_a_remark_after_the_workshop_gets_no_reply():
    later = datetime(2023, 9, 22, 9, 0, tzinfo=BERLIN)
    plan = plan_for("Danke schön, der Vortrag hat mir gut gefallen!", "offenau", 1, now=later)
    assert plan.reply is None and not plan.cancel and plan.recount is None


def test_after_all_is_not_both():
    raw = build("Sorry, I can't come after all.", subject="Re: Ihre Anmeldung")
    assert not read_answer(raw, EVENTS).every


def test_a_cancellation_after_the_workshop_frees_nothing_and_says_it_has_taken_place():
    later = datetime(2023, 9, 20, 8, 0, tzinfo=BERLIN)
    plan = plan_for("Guten Morgen, leider muss ich meine Teilnahme absagen.", "offenau", 1, now=later)
    assert plan.outcome == "too_late" and not plan.cancel
    assert plan.options == ("neuenstadt", "weinsberg", "brackenheim")


@pytest.mark.parametrize("body,new", [
    ("Merhaba, 21 Eylül kaydımı iptal edip 17 Ekim'e yazılmak istiyorum.", "brackenheim"),
    ("Bitte den 21.9. stornieren und mich für den 26.9. eintragen.", "weinsberg"),
])
def test_cancel_and_register_again_in_one_sentence_is_a_change(body, new):
    plan = plan_for(body, "neuenstadt", 1)
    assert plan.outcome == "changed" and plan.move == (5, new, "confirmed") and not plan.cancel


def test_an_ordinal_written_with_digits_chooses_that_line():
    raw = build("Ich nehme die 3te.\n\nAm 04.09.2023 schrieb Landratsamt:\n"
                "> 1. Dienstag, 19. September 2023, Offenau\n> 2. Donnerstag, 21. September 2023, Neuenstadt\n"
                "> 3. Dienstag, 26. September 2023, Weinsberg\n", subject="AW: Anmeldung")
    assert read_answer(raw, EVENTS).choice == "weinsberg"


def test_thanks_with_zero_width_joiners_is_courtesy():
    r = read("ممنون، می\u200cبینمتان", subject="Re: Ihre Anmeldung [MB-QX7K2M]")
    assert r.action == "ignore"


LIST = ("> 1. Dienstag, 19. September 2023, Offenau\n> 2. Donnerstag, 21. September 2023, Neuenstadt\n"
        "> 3. Dienstag, 26. September 2023, Weinsberg\n> 4. Dienstag, 17. Oktober 2023, Brackenheim\n")


def answer_to_list(text: str):
    return read_answer(build(f"{text}\n\nAm 04.09.2023 schrieb Landratsamt:\n{LIST}", subject="AW: Anmeldung"), EVENTS)


@pytest.mark.parametrize("text,choice", [
    ("Der 3. Termin wäre gut, wir sind zu viert", "weinsberg"),  # the number before its word
    ("Numărul 4, vă rog", "brackenheim"),
    ("broj 2 molim", "neuenstadt"),
    ("numéro 1 s'il vous plaît", "offenau"),
    ("شماره ۳", "weinsberg"),
])
def test_list_numbers_in_the_languages_of_the_language_files(text, choice):
    assert answer_to_list(text).choice == choice


@pytest.mark.parametrize("text", ["هر دو لطفا", "Ambele, vă rog", "les deux", "oba molim", "të dy"])
def test_both_in_the_languages_of_the_language_files(text):
    assert answer_to_list(text).every


@pytest.mark.parametrize("text,choice", [("Nr.2 bitte", "neuenstadt"), ("#3", "weinsberg"), ("Nummer vier", "brackenheim")])
def test_a_list_number_right_after_its_word(text, choice):
    assert answer_to_list(text).choice == choice


def test_no_one_is_no_list_number():
    assert answer_to_list("Sorry, no one of us can come after all.").choice is None


@pytest.mark.parametrize("body,before,outcome,after", [
    ("My husband can't make it, but I'll be there.", 1, "already", None),
    ("My husband can't make it, but I'll be there.", 2, "recounted", 1),
    ("Mein Sohn kann nicht, ich komme aber.", 1, "already", None),
    ("Mein Sohn kann nicht, ich komme aber.", 3, "recounted", 2),
    ("Wir kommen nicht zu dritt, sondern nur zu zweit.", 3, "recounted", 2),
])
def test_a_writer_who_still_comes_keeps_the_registration(body, before, outcome, after):
    plan = plan_for(body, "weinsberg", before)
    assert plan.outcome == outcome and not plan.cancel
    assert plan.recount == ((5, after, "confirmed") if after else None)


def test_a_cancellation_that_asks_for_another_date_is_a_change():
    plan = plan_for("Sadly I can't come on the 26th. Would the 17th of October be possible?", "weinsberg", 1)
    assert plan.move == (5, "brackenheim", "confirmed") and not plan.cancel


@pytest.mark.parametrize("body,before,outcome,after", [
    ("Meine Frau kann leider doch nicht teilnehmen.", 2, "recounted", 1),
    ("Our daughter is ill and cannot come.", 3, "recounted", 2),
    ("Kızım maalesef gelemeyecek.", 2, "recounted", 1),
    ("Meine Frau kann leider doch nicht teilnehmen.", 1, "review", None),  # whose registration is it?
    ("Meine Frau und ich können leider nicht kommen.", 2, "cancelled", None),
])
def test_someone_else_dropping_out_is_one_fewer_not_the_registration(body, before, outcome, after):
    plan = plan_for(body, "weinsberg", before)
    assert plan.outcome == outcome
    assert plan.recount == ((5, after, "confirmed") if after else None)
    assert bool(plan.cancel) == (outcome == "cancelled")
