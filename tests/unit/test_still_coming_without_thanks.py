""""Wir kommen trotzdem.", "We'll come anyway!", "Мы всё равно придём." answering our confirmation promise
to come, with no thanks around them: nothing to do, no reply. Before, the one word beside the promise
("trotzdem", "anyway") made it a registration without a date, and the confirmed writer was asked
"which date?". A promise that adds people, a count, a date or a negation is still read as such."""

import pytest

from tests.unit.replyprobe import confirmed


@pytest.mark.parametrize("lang,body", [
    ("de", "Trotzdem: wir kommen."),
    ("de", "Ich komme natürlich trotzdem."),
    ("en", "We will come anyway!"),
    ("ru", "Мы всё равно придём."),
    ("tr", "Yine de geleceğiz."),
])
def test_a_promise_to_come_answering_our_confirmation_needs_no_reply(lang, body):
    r = confirmed(body, lang, workshop="offenau")
    assert r.action == "ignore", r.reason


@pytest.mark.parametrize("lang,body,expected", [
    ("de", "Wir kommen trotzdem, aber zu dritt.", ("confirm", "offenau", 3)),
    ("de", "Wir kommen doch nicht.", ("cancel", "offenau", None)),
    ("en", "We'll still come, but on the 26th instead.", ("confirm", "weinsberg", None)),
])
def test_a_promise_with_news_is_read_as_the_news(lang, body, expected):
    r = confirmed(body, lang, workshop="offenau")
    got = (r.action, r.workshop, r.attendees if expected[2] is not None else None)
    assert got == expected, r.reason
