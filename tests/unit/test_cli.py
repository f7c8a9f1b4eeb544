"""The command line through its real entry point."""

import json
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

from mailbot.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _mail(tmp_path: Path, name: str, body: str, subject: str = "Anmeldung",
          date: str = "Mon, 04 Sep 2023 10:00:00 +0200") -> Path:
    msg = EmailMessage()
    msg["From"] = "Lena Vogt <lena.vogt@example.org>"
    msg["To"] = "integration@landratsamt-heilbronn.de"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{name}@example.org>"
    msg.set_content(body)
    path = tmp_path / f"{name}.eml"
    path.write_bytes(msg.as_bytes())
    return path


def test_parse_json_streams_one_object_per_message(tmp_path, capsys):
    _mail(tmp_path, "a", "Hallo,\nich melde mich für den 26.09. in Weinsberg an.\nGruß Lena")
    _mail(tmp_path, "b", "Hallo,\nich komme gern am Dienstag.\nGruß Lena")
    (tmp_path / "c.eml").write_bytes(b"\x00\x01garbage")
    assert main(["parse", "--json", str(tmp_path)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    by_file = {Path(x["file"]).name: x for x in lines}
    assert by_file["a.eml"]["action"] == "confirm" and by_file["a.eml"]["workshop"] == "weinsberg"
    assert by_file["b.eml"]["action"] == "clarify"
    assert by_file["c.eml"]["action"] == "review"
    for record in lines:
        assert {"file", "intent", "action", "workshop", "attendees", "names", "language", "evidence", "flags"} <= set(record)


def test_eval_reports_figures_and_fails_on_a_wrong_confirmation(tmp_path, capsys):
    _mail(tmp_path, "001", "Hallo,\nich melde mich für den 26.09. in Weinsberg an.\nGruß Lena")
    labels = {"001.eml": {"intent": "register", "action": "clarify", "workshop": None, "attendees": 1,
                          "language": "de", "note": "labelled as unclear on purpose"}}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "wrong confirmations:  1" in out and "001.eml" in out


def test_eval_fails_on_a_wrong_cancellation_and_reports_it_per_language(tmp_path, capsys):
    _mail(tmp_path, "001", "Guten Tag,\nich muss leider absagen, ich schaffe es am 19.09. nicht.\nViele Grüße\nOle")
    _mail(tmp_path, "002", "Hello, I would like to come to Weinsberg on 26 September. Thanks, Mia")
    labels = {"001.eml": {"intent": "question", "action": "review", "workshop": None, "attendees": None,
                          "language": "de", "note": "labelled as a question on purpose"},
              "002.eml": {"intent": "register", "action": "confirm", "workshop": "weinsberg", "attendees": 1,
                          "language": "en", "note": ""}}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "wrong cancellations:  1" in out and "WRONG CANCELLATION" in out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line[:3] in ("de ", "en ")}
    assert rows["de"][1:6] == ["1", "0.00", "0", "1", "0"]
    assert rows["en"][1:6] == ["1", "1.00", "0", "0", "0"]
    assert main(["eval", str(tmp_path), "--half", "even"]) == 0  # only 002.eml
    assert "messages:             1" in capsys.readouterr().out


def test_eval_reads_labels_written_by_other_hands_beside_labels_json(tmp_path, capsys):
    _mail(tmp_path, "001", "Hallo,\nich melde mich für den 26.09. in Weinsberg an.\nGruß Lena")
    _mail(tmp_path, "002", "Hello, I would like to come to Neuenstadt on 21 September. Thanks, Mia")
    (tmp_path / "labels.json").write_text(json.dumps({"001.eml": {
        "intent": "register", "action": "confirm", "workshop": "weinsberg", "attendees": 1, "language": "de"}}),
        encoding="utf-8")
    (tmp_path / "labels-helper.json").write_text(json.dumps({"002.eml": {
        "intent": "register", "action": "confirm", "workshop": "neuenstadt", "attendees": 1, "language": "en"}}),
        encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "action accuracy:      1.000 (2/2)" in out and "no label" not in out


def test_eval_scores_what_the_desk_does_at_the_time_of_each_mail(tmp_path, capsys):
    # both mails name Offenau (19.09.); the desk, at each mail's own date, registers the one
    # written before the workshop and asks back for the one written the day after it
    text = "Guten Tag,\nich melde mich für den Workshop in Offenau an.\nGruß Lena"
    _mail(tmp_path, "001", text)
    _mail(tmp_path, "002", text, date="Wed, 20 Sep 2023 10:00:00 +0200")
    label = {"intent": "register", "action": "confirm", "workshop": "offenau", "attendees": 1, "language": "de"}
    (tmp_path / "labels.json").write_text(json.dumps(
        {"001.eml": label, "002.eml": {**label, "action": "clarify", "workshop": None}}), encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "action accuracy:      1.000 (2/2)" in out and "wrong confirmations:  0" in out


def test_eval_reads_a_reply_against_the_list_it_quotes_as_the_desk_does(tmp_path, capsys):
    # "Nummer 3" answering our question "which date?": the desk registers line 3 of the quoted list
    text = ("Nummer 3, wir sind zu zweit.\nLena\n\nAm 04.09.2023 um 09:00 schrieb Landratsamt "
            "<integration@landratsamt-heilbronn.de>:\n> Welcher Termin passt für Sie?\n"
            "> 1. Dienstag, 19. September 2023, Kulturforum Saline, Offenau\n"
            "> 3. Dienstag, 26. September 2023, Baukelter, Weinsberg\n")
    path = _mail(tmp_path, "001", text, subject="AW: Anmeldung [MB-ABC123]")
    raw = path.read_bytes().replace(b"Message-ID:", b"In-Reply-To: <mailbot.1@landratsamt-heilbronn.de>\nMessage-ID:")
    path.write_bytes(raw)
    label = {"intent": "register", "action": "confirm", "workshop": "weinsberg", "attendees": 2, "language": "de"}
    (tmp_path / "labels.json").write_text(json.dumps({"001.eml": label}), encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "action accuracy:      1.000 (1/1)" in out and "attendee accuracy:    1.000 (1/1)" in out


def test_eval_on_the_projects_own_corpora_passes(capsys):
    for name in ("people", "robots"):
        directory = CORPUS / name
        if (directory / "labels.json").exists():
            assert main(["eval", str(directory)]) == 0, capsys.readouterr().out
            out = capsys.readouterr().out
            assert "wrong confirmations:  0" in out and "loop replies:         0" in out


def test_bad_config_stops_with_the_key_named(tmp_path):
    bad = tmp_path / "config.toml"
    bad.write_text('[office]\nname = "x"\naddresses = ["a@b.de"]\nfoo = 1\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mailbot.cli", "--config", str(bad), "parse", str(bad)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "office.foo" in run.stderr and "Traceback" not in run.stderr
