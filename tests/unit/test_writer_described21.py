"""The writer who describes themselves by a relation ("I'm her husband and I'll come too", "je suis son mari et
je viendrai aussi"), written from an address of its own while the family's other member is registered: the
relative named is the writer, not a companion, so a registration of one for this sender (`i_am`). Wording
written for this test."""

import pytest

from mailbot.decide import Desk, decide
from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build, read
from tests.unit.test_unseen_safety import NOW

WRITER_DESCRIBED: list[tuple[str, int]] = [
    ("Hi, I'm her brother and I would like to join in Weinsberg on 26.09. as well.", 1),
    ("Good day, I am the father of Mia Roth and I will come to Brackenheim on 17.10. too.", 1),
    ("Hallo, ich bin ihre Schwester und ich komme am 26.09. auch nach Weinsberg.", 1),
    ("Bonsoir, je suis sa sœur et je viendrai aussi à Weinsberg le 26.09.", 1),
    ("Buenas, soy su hermano y yo también voy a Weinsberg el 26.09.", 1),
    ("Dzień dobry, jestem jej bratem i ja też przyjdę do Weinsbergu 26.09.", 1),
    # a companion beside the description still counts
    ("Hi, I'm Mia's aunt and I'll come to Weinsberg on 26.09. with my husband.", 2),
]


@pytest.mark.parametrize("text,expected", WRITER_DESCRIBED)
def test_the_relation_the_writer_describes_is_no_companion(text, expected):
    r = read(text)
    assert r.action == "confirm"
    assert r.attendees == expected


def test_a_list_with_the_writer_last_still_counts_everyone():
    assert read("Hello, my sister and I will come to Weinsberg on 26.09.").attendees == 2
    assert read("Hi, I registered my mum and I for Weinsberg on 26.09., thanks.").attendees in (1, 2)


@pytest.mark.parametrize("body", [
    "Hello, my wife is already registered for Weinsberg. I'm her husband and I'll come too.",
    "Guten Tag, meine Frau ist schon für Weinsberg am 26.09. angemeldet. Ich bin ihr Mann und komme auch.",
])
def test_the_second_member_of_a_family_from_an_address_of_their_own(body):
    # nothing is registered for this address: its own registration of one, never "already registered"
    raw = build(body, sender="Jonas Roth <jonas.roth@example.net>", subject="Workshop")
    reading = understand(raw, EVENTS, OFFICE)
    plan = decide(reading, Desk(now=NOW, events=EVENTS, mine=(), thread=None))
    assert plan.outcome == "confirmed" and plan.workshop == "weinsberg"
    assert reading.attendees == 1


@pytest.mark.parametrize("text", [
    "Hallo, meine Frau ist für den 26.09. angemeldet, ich komme aber nicht.",
    "Hallo, ich bin schon für den 26.09. angemeldet und komme auch.",
])
def test_no_registration_of_ones_own_where_the_writer_does_not_come_or_is_registered(text):
    r = read(text)
    assert "joins_relative" not in r.flags
