"""Bad input gets a decision (review or ignore, with a reason), never an exception.

Property-based: hypothesis generates arbitrary bytes, mutates real messages (truncation,
byte flips, spliced garbage, broken boundaries and charsets), and the fixed cases cover what
mail servers really deliver: huge bodies, deep nesting, unknown charsets, missing headers.
"""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.understand.reading import understand

CORPUS = sorted((Path(__file__).resolve().parents[1] / "corpus" / "people").glob("*.eml"))
SEEDS = [p.read_bytes() for p in CORPUS[:25]]
ACTIONS = {"confirm", "clarify", "review", "cancel", "ignore"}


def check(raw: bytes, config) -> None:
    reading = understand(raw, config.events, config.office)
    assert reading.action in ACTIONS
    assert reading.reason
    if reading.action == "confirm":
        assert reading.workshop in {e.id for e in config.events}
        assert reading.attendees and reading.attendees >= 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(config, raw):
    check(raw, config)


@st.composite
def mutated(draw):
    raw = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["cut", "flip", "splice", "dup", "header", "charset", "boundary"]))
        pos = draw(st.integers(0, max(0, len(raw) - 1)))
        if op == "cut":
            raw = raw[:pos]
        elif op == "flip" and raw:
            raw[pos] = draw(st.integers(0, 255))
        elif op == "splice":
            raw[pos:pos] = draw(st.binary(max_size=200))
        elif op == "dup":
            raw += raw[pos:pos + 500]
        elif op == "header":
            raw[0:0] = draw(st.sampled_from([b"Content-Type: multipart/mixed; boundary=\"\"\r\n",
                                             b"Content-Transfer-Encoding: base64\r\n", b"Date: 99 Foo 20233\r\n",
                                             b"From: <>\r\n", b"Subject: =?x-unknown?B?////?=\r\n",
                                             b"Content-Type: text/plain; charset=\"x-klingon\"\r\n"]))
        elif op == "charset":
            raw = raw.replace(b"utf-8", b"bogus-8").replace(b"UTF-8", b"utf-7")
        elif op == "boundary":
            raw = raw.replace(b"boundary=", b"boundary=x")
    return bytes(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated())
def test_mutated_real_messages(config, raw):
    check(raw, config)


def _msg(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode() + b"\r\n" + body


def test_ten_megabyte_body(config):
    raw = _msg("From: a@example.org\nSubject: Anmeldung 26.09.\nDate: Mon, 04 Sep 2023 10:00:00 +0200\n",
               b"Ich melde mich an. " + b"x" * 10_000_000)
    check(raw, config)


def test_deeply_nested_multiparts(config):
    depth = 3000
    head = b"".join(b"Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n" % (i, i) for i in range(depth))
    raw = b"From: a@example.org\r\nDate: Mon, 04 Sep 2023 10:00:00 +0200\r\n" + head + b"\r\nhallo\r\n"
    reading = understand(raw, config.events, config.office)
    assert reading.action == "review"


def test_unknown_charset_and_missing_date_and_from(config):
    raw = _msg("Subject: =?x-martian?Q?hallo?=\nContent-Type: text/plain; charset=x-martian\n",
               "Ich möchte am 26.09. nach Weinsberg kommen.".encode("latin-1"))
    reading = understand(raw, config.events, config.office)
    assert reading.action == "review"  # nobody to answer without a From address
    assert "no sender" in reading.reason


def test_charset_name_with_a_nul_byte_is_read_as_windows_1252(config):
    """Found by hypothesis: a NUL byte in the charset name made codecs.lookup raise ValueError."""
    raw = _msg("From: =?\x00so-8859-9?q?Ay=FEe?= <ayse@example.org>\nSubject: Anmeldung\n"
               "Content-Type: text/plain; charset=\"iso\x00-8859-9\"\n",
               "Ich möchte am 26.09. nach Weinsberg kommen.".encode("latin-1"))
    reading = understand(raw, config.events, config.office)
    assert (reading.action, reading.workshop) == ("confirm", "weinsberg")


def test_missing_date_still_reads_the_request(config):
    raw = _msg("From: Lena Vogt <lena@example.org>\nSubject: Anmeldung\n",
               "Hallo, ich melde mich für den 26.09. in Weinsberg an.".encode())
    reading = understand(raw, config.events, config.office)
    assert reading.action == "confirm" and reading.workshop == "weinsberg"
    assert any("no Date" in f for f in reading.flags)


def test_empty_and_header_only(config):
    for raw in (b"", b"\r\n\r\n", b"From: a@example.org\r\n\r\n"):
        check(raw, config)
