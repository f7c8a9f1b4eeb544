"""Mail loops: two mailbot desks writing to each other, and an out-of-office that answers every
mail without any automatic header. Each exchange must stop after at most one reply each way."""

import email
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.utils import make_msgid, parseaddr

import pytest

from servers.dovecot import Dovecot
from tests.harness import Harness, mail

A, B, AWAY = "desk-a@office-a.example", "desk-b@office-b.example", "away@example.org"


@pytest.fixture
def two_desks(tmp_path, smtp_sink):
    with Dovecot(tmp_path / "dovecot", users={"a": "secret-a", "b": "secret-b"}) as dovecot:
        a = Harness(tmp_path / "a", dovecot=dovecot, smtp=smtp_sink, user="a",
                    office__addresses=[A], office__name="Desk A")
        b = Harness(tmp_path / "b", dovecot=dovecot, smtp=smtp_sink, user="b",
                    office__addresses=[B], office__name="Desk B")
        yield dovecot, a, b


def out_of_office(original: EmailMessage) -> bytes:
    """An old-fashioned autoresponder: no Auto-Submitted, no Precedence, just a reply."""
    m = EmailMessage()
    m["From"] = AWAY
    m["To"] = original["From"]
    m["Subject"] = f"Abwesenheitsnotiz: {original['Subject']}"
    m["Message-ID"] = make_msgid(domain="example.org")
    m["In-Reply-To"] = original["Message-ID"]
    m["Date"] = original["Date"]
    m.set_content("Vielen Dank für Ihre Nachricht. Ich bin bis zum 30.09. nicht im Büro und habe keinen "
                  "Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.")
    return m.as_bytes()


def relay(sink, dovecot, seen: int) -> tuple[int, Counter]:
    """Deliver what the desks sent: to the other desk's mailbox, or to the autoresponder."""
    pairs = Counter()
    messages = sink.messages
    for received in messages[seen:]:
        msg = email.message_from_bytes(received.data, policy=policy.default)
        sender = parseaddr(str(msg["From"]))[1]
        for rcpt in received.rcpt_tos:
            pairs[(sender, rcpt)] += 1
            if rcpt == A:
                dovecot.append("a", received.data)
            elif rcpt == B:
                dovecot.append("b", received.data)
            elif rcpt == AWAY:
                dovecot.append("a" if sender == A else "b", out_of_office(msg))
    return len(messages), pairs


def test_two_desks_and_an_out_of_office_stop_after_one_reply_each(two_desks, smtp_sink):
    dovecot, a, b = two_desks
    # B's desk address writes to A as if it were a resident; the autoresponder writes to A too
    dovecot.append("a", mail(B, "Hallo, ich melde mich für den 26.09. in Weinsberg an."))
    dovecot.append("a", mail(AWAY, "Ich komme am 19.09. nach Offenau."))
    seen, total = 0, Counter()
    for round_ in range(6):  # far more rounds than a stopping exchange needs
        a.run(f"2023-09-04T09:{round_:02d}")
        b.run(f"2023-09-04T09:{round_:02d}")
        seen, pairs = relay(smtp_sink, dovecot, seen)
        total.update(pairs)
    assert total[(A, B)] == 1  # A confirmed once to B's address
    assert total[(B, A)] == 0  # B never answers A's automatic reply
    assert total[(A, AWAY)] == 1  # A confirmed once to the resident who is away
    assert sum(total.values()) == 2
    ignored = [m for m in a.messages() if m.outcome == "ignored"]
    assert len(ignored) == 1 and ignored[0].sender == AWAY  # the out-of-office came back and was ignored
    assert [m.outcome for m in b.messages()] == ["ignored"]
