"""Kinds of reply found on held-out mail (unseen15), tested in other wording:
- two lines of our numbered list named in one answer ("Nummer 1 und Nummer 3", "3 ou 4"): both or
  either? the desk asks again, never takes the first;
- a question answering our confirmation that names nothing new ("is there parking near the
  Kulturforum? I'll come by car"): staff answer it; no second "you are registered";
- Greek asks with ";" also after a Latin word ("κοντά στο Kulturforum;");
- the day of a date is no head-count ("na 17 października obie osoby")."""

import pytest

from mailbot.decide import Desk, RegView, decide
from mailbot.understand import intent as I
from mailbot.understand.totals import explicit_totals
from tests.unit.test_reading import EVENTS
from tests.unit.test_unseen_kinds12 import done_answering_list, reply_to_confirmation
from tests.unit.test_unseen_kinds14 import NOW


@pytest.mark.parametrize("body", [
    "Nummer 1 und Nummer 3 bitte",
    "3 ou 4",
    "Broj 1 i broj 4",
    "numara 2 ve numara 3",
    "Số 1 và số 3",
])
def test_two_lines_of_our_list_are_asked_again(body):
    d = done_answering_list(body)
    assert d.action == "clarify"


def test_one_line_of_our_list_is_still_taken():
    d = done_answering_list("Nummer 3 bitte")
    assert (d.action, d.workshop) == ("confirm", "weinsberg")


@pytest.mark.parametrize("body", [
    "Vielen Dank! Gibt es bei der Baukelter Parkplätze? Ich komme mit dem Auto.",
    "Thank you! Is there a lift in the Baukelter? I will come with my walker.",
    "Ευχαριστώ! Υπάρχει ασανσέρ στο Baukelter; Θα έρθω με το αυτοκίνητο.",
])
def test_a_question_answering_our_confirmation_goes_to_staff_without_a_second_confirmation(body):
    r = reply_to_confirmation(body)
    plan = decide(r, Desk(now=NOW, events=EVENTS, mine=(RegView(7, "weinsberg", "confirmed", 1),)))
    assert plan.outcome == "review" and plan.review and not plan.register and not plan.cancel


def test_greek_asks_with_a_semicolon_after_a_latin_word():
    assert I.QUESTION_MARK.search("Υπάρχει πάρκινγκ κοντά στο Rathaus; Ευχαριστώ")
    assert not I.QUESTION_MARK.search("Wir kommen zu zweit; danke schön")


@pytest.mark.parametrize("text", [
    "proszę przenieść na 17 października obie osoby",
    "bitte auf den 26 für beide Personen umbuchen",
])
def test_the_day_of_a_date_is_no_head_count(text):
    assert all(n not in (17, 26) for _, n, _ in explicit_totals(text, None))


@pytest.mark.parametrize("body", [
    "Am 26. schaffe ich es nicht, bitte verlegen Sie mich.",
    "I can't make the 26th, could you please move me?",
    "Le 26 je ne peux pas venir, changez-moi s'il vous plaît.",
    "26 அன்று வர முடியாது, தயவுசெய்து வேறு நாளுக்கு மாற்றவும்.",
    "26-го не смогу прийти, пожалуйста, перенесите меня на 31.",
])
def test_asked_to_change_to_a_day_we_cannot_read_is_no_cancellation(body):
    plan = decide(reply_to_confirmation(body), Desk(now=NOW, events=EVENTS,
                                                    mine=(RegView(7, "weinsberg", "confirmed", 1),)))
    assert not plan.cancel and plan.outcome in ("clarify", "review", "ask_change")


@pytest.mark.parametrize("body", [
    "Meine Pläne haben sich geändert, ich muss leider absagen.",
    "Mes plans ont changé, je dois annuler.",
])
def test_plans_that_changed_still_cancel(body):
    plan = decide(reply_to_confirmation(body), Desk(now=NOW, events=EVENTS,
                                                    mine=(RegView(7, "weinsberg", "confirmed", 1),)))
    assert plan.cancel
