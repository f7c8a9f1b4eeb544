"""The worker's commands as the office's IT uses them: run --once / --dry-run, status, export, forget."""

import mailbox

import openpyxl
import pytest

from mailbot.cli import main
from tests.harness import ROOT, mail

DEMO = ROOT / "mailbot" / "demo" / "maildir" / "new"


@pytest.fixture
def setup(tmp_path):
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    cfg = tmp_path / "config.toml"
    cfg.write_text(text, encoding="utf-8")  # relative paths → inside tmp_path
    (tmp_path / "mailbot-data").mkdir()
    box = mailbox.Maildir(str(tmp_path / "mailbot-data" / "maildir"), create=True)
    for p in sorted(DEMO.iterdir()):
        box.add(p.read_bytes())
    return tmp_path, str(cfg)


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_dry_run_prints_what_would_be_sent_and_changes_nothing(setup, capsys):
    tmp, cfg = setup
    code, out, _ = run(capsys, "--config", cfg, "run", "--once", "--dry-run", "--now", "2023-09-04T09:00")
    assert code == 0
    assert "would send 'confirmed' to h.brenner@t-online.de" in out
    assert "nothing was stored, sent or moved" in out
    assert not (tmp / "mailbot-data" / "outbox").exists()
    assert len(list(mailbox.Maildir(str(tmp / "mailbot-data" / "maildir")).keys())) == len(list(DEMO.iterdir()))
    code, out, _ = run(capsys, "--config", cfg, "status")
    assert "messages stored but not yet handled: 0" in out and "sent 0" in out


def test_run_once_then_status_export_and_forget(setup, capsys, tmp_path):
    tmp, cfg = setup
    code, out, _ = run(capsys, "--config", cfg, "run", "--once", "--now", "2023-09-04T09:00")
    assert code == 0 and "handled 8" in out
    assert len(list((tmp / "mailbot-data" / "outbox").glob("*.eml"))) == 7  # all but the out-of-office

    code, out, _ = run(capsys, "--config", cfg, "status")
    lines = {line.split()[0]: line for line in out.splitlines() if line[:1].isalpha()}
    assert "(  2 /  60)" in lines["offenau"] and "(  2 /  60)" in lines["neuenstadt"]
    assert "messages awaiting staff: 2" in out  # the question and the cancellation without registration
    assert "sent 7" in out

    xlsx = tmp / "list.xlsx"
    code, _, err = run(capsys, "--config", cfg, "export", "--format", "xlsx", "-o", str(xlsx))
    assert code == 0 and "4 registrations" in err
    rows = list(openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Veranstaltung", "Datum", "Status")
    assert [r[0] for r in rows[1:]] == ["Offenau", "Neuenstadt", "Weinsberg", "Brackenheim"]
    code, out, _ = run(capsys, "--config", cfg, "export", "--workshop", "offenau")
    assert out.count("\n") == 2 and "h.brenner@t-online.de" in out

    code, out, _ = run(capsys, "--config", cfg, "forget", "h.brenner@t-online.de")
    assert code == 0 and "erased" in out
    code, out, _ = run(capsys, "--config", cfg, "export", "--workshop", "offenau")
    assert "h.brenner" not in out and "Brenner" not in out
    code, out, _ = run(capsys, "--config", cfg, "status")
    assert "(  2 /  60)" in out  # the seat count stays


def test_unknown_workshop_and_bad_now_name_the_option(setup, capsys):
    _, cfg = setup
    code, _, err = run(capsys, "--config", cfg, "export", "--workshop", "paris")
    assert code == 2 and "--workshop" in err and "offenau" in err
    code, _, err = run(capsys, "--config", cfg, "run", "--once", "--now", "next week")
    assert code == 2 and "--now" in err


def test_unreadable_message_goes_to_staff_without_reply(tmp_path, capsys):
    from tests.harness import Harness

    desk = Harness(tmp_path)
    desk.deliver(b"\x00\xff\xfe garbage without headers \x00" * 50)
    desk.deliver(mail("ok@example.org", "Anmeldung 26.09. Weinsberg"))
    summary = desk.run()
    assert summary.handled == 2
    review = [m for m in desk.messages() if m.outcome == "review"]
    assert len(review) == 1 and review[0].review == "open" and review[0].raw.startswith(b"\x00\xff")
    assert [str(m["To"]) for m in desk.sent()] == ["ok@example.org"]


def test_health_reports_for_monitoring(setup, capsys):
    _, cfg = setup
    code, out, _ = run(capsys, "--config", cfg, "health")
    assert code == 1 and "WARNING mailbox of desk main: never fetched" in out
    run(capsys, "--config", cfg, "run", "--once", "--now", "2023-09-04T09:00")
    code, out, _ = run(capsys, "--config", cfg, "health")
    assert code == 0 and "OK database: ok" in out and "last fetch" in out and "mail failed: 0" in out
