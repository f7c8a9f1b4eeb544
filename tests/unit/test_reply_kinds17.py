"""Replies to our own mails: a change said with a conjugated verb ("dass ich wechsle"), a question
whether someone may come along (staff answers it; the count stays until they do), and the answer to
"which registration should be cancelled?" that names one and says the writer comes to the other."""

from __future__ import annotations

import pytest

from mailbot.decide import Desk, decide
from mailbot.understand.answers import Answer
from tests.unit.test_answers import LIST_FROM_1, answer
from tests.unit.test_questions import BRACKENHEIM, CANCEL_WHICH, NOW, OFFENAU, ask, said
from tests.unit.test_reply_counts import decided


@pytest.mark.parametrize("body, target", [
    ("Hallo, ginge es, dass ich nach Brackenheim wechsle? Neuenstadt erreiche ich mit der Bahn kaum.", "brackenheim"),
    ("Bonjour, un changement pour Weinsberg serait possible ? Neuenstadt est trop loin pour moi sans voiture.", "weinsberg"),
])
def test_a_change_said_with_a_conjugated_verb_moves_the_registration(body, target):
    plan = decided(body, 1)
    assert plan.reply == "changed" and plan.move is not None and plan.move[1] == target


@pytest.mark.parametrize("body", [
    "Vielen Dank! Darf ich eigentlich meine Enkelin mitbringen? Sie ist neun.",
    "Thanks! Could I bring my little nephew along? He's seven.",
    "Teşekkürler! Oğlumu da yanımda getirebilir miyim? 8 yaşında.",
    "Faleminderit! A mund të vij me vajzën time? Është 10 vjeç.",
])
def test_may_someone_come_along_is_a_question_for_staff_and_the_count_stays(body):
    plan = decided(body, 1)
    assert plan.review and plan.recount is None and plan.reply == "received"


def test_parking_near_the_venue_is_a_question_for_staff():
    plan = decided("Thanks a lot! Is there anywhere to park the car close to the hall?", 1)
    assert plan.review and plan.reply == "received"


@pytest.mark.parametrize("text", [
    "Nur den ersten bitte, zum zweiten komme ich.",
    "Just the first one, I'm coming to the second.",
    "Samo prvi, na drugi ću doći.",
])
def test_the_one_named_apart_from_coming_is_the_one_to_cancel(text, config):
    got = answer(text, LIST_FROM_1, config)
    assert got.choice == "neuenstadt" and got.coming and not got.choice_coming


def test_which_to_cancel_answered_with_one_and_coming_to_the_other_cancels_the_one(config):
    desk = Desk(now=NOW, events=config.events)
    got = Answer({1: "offenau", 2: "brackenheim"}, choice="offenau", coming=True)
    plan = decide(said("review", intent="other"), ask(desk, CANCEL_WHICH, OFFENAU, BRACKENHEIM, answer=got))
    assert plan.outcome == "cancelled" and plan.cancel == (1,) and plan.close == (7,)
