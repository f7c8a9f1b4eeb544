"""Hostile mail from outsiders (issue 13): spoofed senders, and messages built to be expensive.

Every hostile message is generated here; none is stored. The time bounds are CPU time of this
thread (``time.thread_time``), so a loaded machine does not make them flaky.
"""

from __future__ import annotations

import time

import pytest

from mailbot.understand import limits
from mailbot.understand.html import html_to_text
from mailbot.understand.mime import parse_headers_quick, parse_mail, sender
from mailbot.understand.reading import understand

OFFICE = "integration@landratsamt-heilbronn.de"
DATE = "Mon, 11 Sep 2023 09:15:00 +0200"


def raw(from_: str, body: str = "Ich sage meine Anmeldung ab.", subject: str = "Absage",
        extra: str = "", ctype: str = "text/plain; charset=utf-8") -> bytes:
    head = (f"From: {from_}\r\nTo: {OFFICE}\r\nDate: {DATE}\r\nSubject: {subject}\r\n"
            f"Message-ID: <h-{abs(hash((from_, body, subject))) % 10**9}@example.net>\r\n{extra}"
            f"MIME-Version: 1.0\r\nContent-Type: {ctype}\r\n\r\n")
    return head.encode("utf-8") + body.encode("utf-8")


# --- 1. the address comes from the header, never from a decoded display name ------------------

SPOOFS = [
    # an encoded '@' in the name: the name decodes to the victim's address
    ("=?utf-8?q?victim=40example=2Enet?= <attacker@evil.example>", "victim@example.net"),
    # an encoded angle-addr in the name
    ("=?utf-8?q?Erika_=3Cerika=40example=2Eorg=3E?= <attacker@evil.example>", "erika@example.org"),
    # an encoded CR/LF: once decoded, a second header line
    ("=?utf-8?q?victim=40example=2Enet=0D=0Ax-injected=3A_yes?= <attacker@evil.example>", "victim@example.net"),
    # base64 this time, with our own address in the name
    ("=?utf-8?b?aW50ZWdyYXRpb25AbGFuZHJhdHNhbXQtaGVpbGJyb25uLmRl?= <attacker@evil.example>", OFFICE),
    # not even encoded: an address where the name belongs
    ("victim@example.net <attacker@evil.example>", "victim@example.net"),
]


@pytest.mark.parametrize("from_,victim", SPOOFS)
def test_a_display_name_holding_an_address_is_shown_never_used(from_, victim):
    mail = parse_mail(raw(from_))
    assert mail.from_addr == "attacker@evil.example"
    assert mail.from_name == ""  # not used as the registrant's name nor in our reply's To
    assert any("display name" in p and "not used" in p for p in mail.problems)  # shown to staff
    head = parse_headers_quick(raw(from_))
    assert (head["sender"], head["sender_name"]) == ("attacker@evil.example", "")


@pytest.mark.parametrize("from_,victim", SPOOFS)
def test_a_spoofed_name_does_not_make_the_mail_the_victims(config, from_, victim):
    reading = understand(raw(from_), config.events, config.office)
    assert reading.sender == "attacker@evil.example"
    assert victim not in reading.sender_name and "\n" not in reading.sender_name
    assert reading.intent != "own"  # our own address in the name does not make it our mail


def test_outlooks_encoded_comma_name_is_read_as_the_person():
    """Outlook encodes "Müller, Frank" word by word: the comma sits inside an encoded word."""
    mail = parse_mail(raw("=?utf-8?q?M=C3=BCller=2C?= Frank <frank.mueller@example.org>",
                          body="Ich melde mich für den 26.09. in Weinsberg an."))
    assert (mail.from_addr, mail.from_name) == ("frank.mueller@example.org", "Müller, Frank")
    assert not any("sender" in p for p in mail.problems)


def test_outlook_name_gets_a_reply_and_a_name(config):
    reading = understand(raw("=?utf-8?q?M=C3=BCller=2C?= Frank <frank.mueller@example.org>",
                             body="Ich melde mich für den 26.09. in Weinsberg an.", subject="Anmeldung"),
                         config.events, config.office)
    assert (reading.action, reading.sender) == ("confirm", "frank.mueller@example.org")
    assert reading.names == ["Frank Müller"]


@pytest.mark.parametrize("value,address,name", [
    ('"Müller, Frank" <frank.mueller@example.org>', "frank.mueller@example.org", "Müller, Frank"),
    ("frank.mueller@example.org (Frank Müller)", "frank.mueller@example.org", "Frank Müller"),
    ("<frank.mueller@example.org>", "frank.mueller@example.org", ""),
    ('"frank.mueller@example.org" <frank.mueller@example.org>', "frank.mueller@example.org", ""),
    ('"Erika <erika@example.org>" <attacker@evil.example>', "attacker@evil.example", ""),
    ("=?utf-8?q?a=40example=2Eorg?=", "", ""),  # an encoded word where the address belongs: none
    ("Anna <a@example.org>, Bob <b@example.org>", "", ""),  # two senders: nobody to answer
    ("MAILER-DAEMON", "mailer-daemon", ""),
])
def test_sender_forms(value, address, name):
    who = sender(value)
    assert (who.address, who.name) == (address, name)


def test_a_raw_utf8_name_is_decoded():
    mail = parse_mail(raw("Jürgen Weiß <j.weiss@example.org>"))
    assert (mail.from_addr, mail.from_name) == ("j.weiss@example.org", "Jürgen Weiß")


# --- 3. HTML → text is bounded -------------------------------------------------------------------

def test_deeply_nested_blockquotes_make_bounded_text():
    html = "<blockquote>" * 20_000 + "".join(f"<p>Zeile {i}</p>" for i in range(20_000))
    text = html_to_text(html)
    assert len(text) <= 250_000
    prefixes = {line[: len(line) - len(line.lstrip("> "))] for line in text.splitlines()}
    assert max(len(p) for p in prefixes) <= 2 * limits.MAX_QUOTE_DEPTH


@pytest.mark.parametrize("html", ["<div " * 30_000, "</a " * 30_000, "<!x " * 30_000])
def test_unclosed_tags_are_converted_in_linear_time(html):
    """The stdlib parser rescans the rest of the text for every tag that never closes."""
    seconds, text = _cpu(lambda: html_to_text(html + "<p>Ich melde mich an.</p>"))
    assert seconds < 1.0, seconds
    assert text.endswith("Ich melde mich an.")


def test_an_html_mail_of_nested_quotes_is_read_within_the_budget(config):
    html = ("<html><body><p>Ich melde mich f&uuml;r den 26.09. in Weinsberg an.</p>" +
            "<blockquote><p>Am 1.9. schrieb jemand:</p>" * 30_000 + "</body></html>")
    message = raw("Lena Vogt <lena.vogt@example.org>", body=html, subject="Anmeldung",
                  ctype="text/html; charset=utf-8")
    start = time.thread_time()
    reading = understand(message, config.events, config.office, budget=limits.Budget())
    assert time.thread_time() - start < 2.0
    assert (reading.action, reading.workshop) == ("confirm", "weinsberg")


# --- 4. no quadratic time ------------------------------------------------------------------------

def _cpu(fn):
    start = time.thread_time()
    result = fn()
    return time.thread_time() - start, result


def test_a_body_of_200_kb_of_dates_is_read_in_well_under_two_seconds(config):
    message = raw("Lena Vogt <lena.vogt@example.org>", body="am 19.9. in Offenau " * 10_000, subject="Anmeldung")
    understand(raw("a@example.org"), config.events, config.office)  # start-up (lexicons) is not the message's
    seconds, reading = _cpu(lambda: understand(message, config.events, config.office))
    assert seconds < 1.0, seconds
    assert reading.action in ("confirm", "clarify", "review")
    assert any(f.startswith("problem: new text longer") for f in reading.flags)


def test_a_subject_of_100_kb_is_read_in_well_under_two_seconds(config):
    message = raw("Lena Vogt <lena.vogt@example.org>", body="Hallo", subject="Anmeldung am 19.9. " * 5_000)
    understand(raw("a@example.org"), config.events, config.office)
    seconds, reading = _cpu(lambda: understand(message, config.events, config.office))
    assert seconds < 1.0, seconds
    assert (reading.action, reading.workshop) == ("confirm", "offenau")
    assert len(reading.subject) <= limits.MAX_SUBJECT


@pytest.mark.parametrize("text", [
    "x" * 100_000 + " am 19.9.",  # one word of 100,000 letters before a full stop
    "am 19.9. " * 10_000,  # a full stop that ends no sentence, 10,000 times in one line
    "Der 19.09. passt mir nicht" + ", am 26.09." * 5_000,  # commas after a negation
    "Der 19.09. passt mir nicht, lieber den 26.09." * 3_000,  # a contrast after each negation
    "\n".join(["anmeldung für den 26.09."] * 5_000),  # wrapped lines joined into one sentence
])
def test_sentence_and_date_search_take_linear_time(text):
    """Sentences, clauses and dates over a long text, without the cap on how much is read."""
    from mailbot.understand.dates import find_dates
    from mailbot.understand.text import clauses
    from mailbot.config import load_config
    from pathlib import Path

    events = load_config(Path(__file__).resolve().parents[2] / "config.example.toml").events
    find_dates("am 19.9.", events, None)
    seconds, _ = _cpu(lambda: [find_dates(c.text, events, None) for c in clauses(text, "body")])
    assert seconds < 1.5, seconds


# --- 6. every shape within the budget, past it: staff with the limit named ------------------------

def test_a_registration_with_a_20_mb_attachment_is_read_from_its_first_megabytes(config):
    import base64

    attachment = base64.encodebytes(bytes(range(256)) * 80_000).replace(b"\n", b"\r\n")  # 20 MB → 27 MB base64
    message = (f"From: Lena Vogt <lena.vogt@example.org>\r\nDate: {DATE}\r\nSubject: Anmeldung\r\n"
               'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n'
               "\r\nIch melde mich für den 26.09. in Weinsberg an.\r\n--b\r\nContent-Type: application/pdf\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\n").encode() + attachment + b"\r\n--b--\r\n"
    understand(raw("a@example.org"), config.events, config.office)  # start-up (lexicons) is not the message's
    seconds, reading = _cpu(lambda: understand(message, config.events, config.office, budget=limits.Budget()))
    assert (reading.action, reading.workshop) == ("confirm", "weinsberg")
    assert any("only its first" in f for f in reading.flags)
    assert seconds < 1.0, seconds


def test_a_message_over_the_cpu_budget_goes_to_staff_naming_the_limit(config):
    ticks = iter(range(0, 1000))  # a clock that advances a second per look: the budget runs out at once

    budget = limits.Budget(cpu_seconds=2.0, clock=lambda: float(next(ticks)))
    reading = understand(raw("Lena Vogt <lena.vogt@example.org>", body="Ich melde mich für den 26.09. an."),
                         config.events, config.office, budget=budget)
    assert reading.action == "review" and "limit" in reading.flags
    assert "2 s of CPU time" in reading.reason


def test_a_message_over_the_memory_budget_goes_to_staff_naming_the_limit(config):
    sizes = iter(range(0, 10**12, 300 * 1024 * 1024))  # memory grows 300 MB per look
    budget = limits.Budget(memory=lambda: next(sizes))
    reading = understand(raw("Lena Vogt <lena.vogt@example.org>", body="Ich melde mich für den 26.09. an."),
                         config.events, config.office, budget=budget)
    assert reading.action == "review" and "256 MB of memory" in reading.reason


def _nested(depth: int) -> bytes:
    head = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(depth))
    return (f"From: Lena Vogt <lena.vogt@example.org>\r\nDate: {DATE}\r\nSubject: Anmeldung\r\n"
            f"Message-ID: <deep-{depth}@example.org>\r\n").encode() + head + b"\r\nIch melde mich an.\r\n"


def _many_parts(n: int) -> bytes:
    parts = b"".join(b'--b\r\nContent-Type: text/plain\r\n\r\nTeil %d\r\n' % i for i in range(n))
    return (f"From: Lena Vogt <lena.vogt@example.org>\r\nDate: {DATE}\r\nSubject: Anmeldung\r\n"
            f'Content-Type: multipart/mixed; boundary="b"\r\n\r\n').encode() + parts + b"--b--\r\n"


@pytest.mark.parametrize("message,limit", [
    (_nested(5_000), "multipart containers"),
    (_nested(30), "nested deeper than"),
    (_many_parts(5_000), "MIME parts"),
])
def test_structure_past_a_limit_goes_to_staff_naming_it(config, message, limit):
    seconds, reading = _cpu(lambda: understand(message, config.events, config.office, budget=limits.Budget()))
    assert reading.action == "review" and "limit" in reading.flags
    assert limit in reading.reason and reading.reason.startswith("over a limit")
    assert reading.sender == "" or reading.sender == "lena.vogt@example.org"
    assert seconds < 2.0
