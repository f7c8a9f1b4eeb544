"""The worker against real servers when things go wrong: a new UIDVALIDITY, SMTP refusing,
the IMAP server down, and the flag-only mode."""


from mailbot.cli import main
from tests.harness import Harness, mail


def test_changed_uidvalidity_reads_again_without_double_handling(tmp_path, dovecot, smtp_sink):
    desk = Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink, mailbox__after="flag")
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    desk.deliver(mail("john.doe@example.net", "I will come to Neuenstadt on 21 September."))
    desk.run()
    assert len(smtp_sink.messages) == 2
    dovecot.stop()
    uidlist = dovecot.mail_root / "registration" / "dovecot-uidlist"
    assert uidlist.exists()
    uidlist.unlink()  # the server renumbers the folder: a new UIDVALIDITY
    for keywords in dovecot.mail_root.glob("registration/dovecot-keywords"):
        keywords.unlink()  # ... and forgets our $MailbotDone flags: everything looks new
    dovecot.start()
    desk.deliver(mail("emre.yilmaz@example.com", "17 Ekim'deki atölyeye katılmak istiyorum."))
    summary = desk.run("2023-09-04T10:00")
    assert (summary.fetched, summary.duplicates, summary.handled) == (1, 2, 1)
    assert len(smtp_sink.messages) == 3 and len(desk.registrations()) == 3


def test_smtp_temporary_failure_is_retried_and_permanent_failure_is_shown(tmp_path, dovecot, smtp_sink, capsys):
    desk = Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink)
    smtp_sink.fail_next(1, code=451, text="try again later")
    smtp_sink.reject_recipient("gone@example.org", code=550, text="no such user")
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    desk.deliver(mail("gone@example.org", "Anmeldung für den 21.09. in Neuenstadt."))
    first = desk.run()
    assert (first.sent, first.retry, first.failed) == (0, 1, 1)
    assert desk.run("2023-09-04T09:00:30").sent == 0  # backoff: not yet
    second = desk.run("2023-09-04T09:02")
    assert second.sent == 1 and [r.rcpt_tos for r in smtp_sink.messages] == [["anna.beispiel@example.org"]]
    config = tmp_path / "config.toml"
    _write_config(desk, config)
    assert main(["--config", str(config), "status"]) == 0
    out = capsys.readouterr().out
    assert "failed 1" in out and "gone@example.org" in out and "550" in out


def test_smtp_421_defers_the_rest_of_the_batch_until_the_server_is_back(tmp_path, dovecot, smtp_sink):
    desk = Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink)
    smtp_sink.fail_next(1, code=421, text="service shutting down")
    for i in range(3):
        desk.deliver(mail(f"p{i}@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    first = desk.run()
    # the mail the server refused waits for its backoff; the two not tried keep their place
    assert (first.sent, first.retry, first.failed) == (0, 1, 0) and smtp_sink.messages == []
    second = desk.run("2023-09-04T09:02")
    assert second.sent == 3 and len(smtp_sink.messages) == 3


def test_imap_server_down_is_a_clear_error_not_a_traceback(tmp_path, dovecot, capsys):
    desk = Harness(tmp_path, dovecot=dovecot)
    dovecot.stop()
    config = tmp_path / "config.toml"
    _write_config(desk, config)
    code = main(["--config", str(config), "run", "--once", "--now", "2023-09-04T09:00"])
    err = capsys.readouterr().err
    assert code == 2 and "IMAP 127.0.0.1" in err and "Traceback" not in err


def test_flag_mode_on_imap(tmp_path, dovecot, smtp_sink):
    desk = Harness(tmp_path, dovecot=dovecot, smtp=smtp_sink, mailbox__after="flag")
    desk.deliver(mail("anna.beispiel@example.org", "Anmeldung für den 26.09. in Weinsberg."))
    desk.run()
    desk.run()
    assert len(desk.folder("INBOX")) == 1 and len(smtp_sink.messages) == 1
    assert "Anmeldungen/Bestätigt" not in dovecot.folders("registration")


def _write_config(desk: Harness, path) -> None:
    desk.write_config(path)
