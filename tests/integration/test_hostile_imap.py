"""Hostile mail through a real Dovecot (issue 13): a 5,000-level nested message and a reused
Message-ID neither stop filing nor hide a mail."""

from tests.harness import Harness, mail
from tests.worker.test_hostile import _nested, spoofed


def test_a_nested_message_and_a_reused_message_id_over_imap(tmp_path, dovecot, smtp_sink):
    desk = Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink)
    first = mail("alice@example.org", "Ich melde mich für den 26.09. in Weinsberg an.")
    mid = first.split(b"Message-ID: ")[1].split(b"\n")[0].strip().decode()
    desk.deliver(first)
    desk.deliver(_nested(5000))
    desk.deliver(spoofed("Mallory <mallory@evil.example>", "Ich sage meine Anmeldung ab.", message_id=mid))
    desk.deliver(mail("bob@example.org", "Anmeldung 19.09. Offenau"))
    summary = desk.run()
    assert (summary.fetched, summary.duplicates, summary.handled, summary.filed) == (4, 0, 4, 4)
    assert desk.folder("INBOX") == []
    reasons = sorted(m.reason.split(":")[0] for m in desk.messages() if m.outcome == "review")
    assert reasons == ["Message-ID collision", "over a limit"]
    assert sorted((r.email, r.status) for r in desk.registrations()) == [("alice@example.org", "confirmed"),
                                                                          ("bob@example.org", "confirmed")]
    assert sorted(str(m["To"]) for m in desk.sent()) == ["alice@example.org", "bob@example.org"]
