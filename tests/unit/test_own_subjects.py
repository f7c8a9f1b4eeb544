"""Our own subject lines are known to the reader from the reply templates and their catalogs: an
echo of one ("Abwesend: Ihre Anmeldung zum Workshop am …") is read as context, like a reply, in
every language we write, and a new catalog or a reworded subject needs no change in the reader."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from mailbot.catalogs import LOCALE, TEMPLATES, catalog_paths, translated_subjects
from mailbot.config import load_config
from mailbot.replies import Templates, workshop_view
from mailbot.understand import intent

CONFIG = load_config(None)
EVENTS = CONFIG.events
SHIPPED = Templates()


def subjects(lang: str, kind: str) -> set[str]:
    """The subject lines a reply of ``kind`` can have in ``lang`` (every reason, several head-counts)."""
    out = set()
    for reason in ("missing", "attendees", "cancel_which", "cancel", "change"):
        for attendees in (1, 2, 5):
            ctx = {"office": SimpleNamespace(name=CONFIG.office.name, address="integration@example.org", phone=""),
                   "name": "", "reference": "MB-ABCDEF", "workshop": workshop_view(EVENTS[1], lang, 1),
                   "previous": workshop_view(EVENTS[0], lang), "options": [], "candidates": [], "reason": reason,
                   "attendees": attendees, "position": 2, "days": 3, "names": ["Lena Linde"]}
            out.add(SHIPPED.render(lang, kind, ctx)[0])
    return out


@pytest.mark.parametrize("lang", sorted(SHIPPED.languages()))
def test_every_subject_of_every_reply_kind_is_recognised_as_ours_in_every_language(lang):
    seen = {kind: subjects(lang, kind) for kind in sorted(SHIPPED.kinds())}
    assert sum(len(s) for s in seen.values()) >= len(seen)
    missed = {kind: [s for s in subs if not intent.OWN_SUBJECT.search(f"Abwesenheitsnotiz: {s}")]
              for kind, subs in seen.items()}
    assert {kind: s for kind, s in missed.items() if s} == {}


def test_the_variable_parts_are_generic_but_a_senders_own_subject_is_not_ours():
    own = intent.OWN_SUBJECT
    assert own.search("Automatische Antwort: Ihre Anmeldung zum Workshop am 19.09.2023")  # another date format
    assert own.search("Odsutan: Ihre Anmeldung: jetzt 12 Personen")
    assert own.search("Out of office: Your cancellation: workshop on Tue, 19 Sep")
    assert own.search("Otomatik yanıt: Lütfen onaylayın: 19.09.2023 tarihli çalıştaya geçiş")
    for theirs in ("Anmeldung zum Workshop am 19.09.", "Absage für Dienstag", "Frage zum Workshop in Weinsberg",
                   "Registration for the workshop on 19 September", ""):
        assert not own.search(theirs), theirs


DUTCH = r'''msgid ""
msgstr ""
"Language: nl\n"
"Content-Type: text/plain; charset=utf-8\n"

msgid "Warteliste: Workshop am %(date)s"
msgstr "Wachtlijst: workshop op %(date)s"
'''


def test_a_subject_a_new_catalog_translates_is_recognised(tmp_path):
    for lang, path in catalog_paths(LOCALE).items():
        (tmp_path / lang / "LC_MESSAGES").mkdir(parents=True)
        (tmp_path / lang / "LC_MESSAGES" / "mailbot.po").write_bytes(path.read_bytes())
    echo = "Afwezig: Wachtlijst: workshop op dinsdag 19 september 2023"
    assert not intent.own_subject_pattern(translated_subjects(TEMPLATES, tmp_path)).search(echo)
    (tmp_path / "nl" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "nl" / "LC_MESSAGES" / "mailbot.po").write_text(DUTCH, encoding="utf-8")
    own = intent.own_subject_pattern(translated_subjects(TEMPLATES, tmp_path))
    assert own.search(echo)
    assert own.search("Abwesend: Warteliste: Workshop am 19.09.2023")  # the others stay


def test_a_reworded_subject_is_recognised_and_the_old_one_no_longer(tmp_path: Path):
    for template in TEMPLATES.glob("*.txt.j2"):
        (tmp_path / template.name).write_text(template.read_text(encoding="utf-8"), encoding="utf-8")
    reminder = tmp_path / "reminder.txt.j2"
    reminder.write_text(reminder.read_text(encoding="utf-8").replace(
        "Erinnerung: Workshop am {{ date }}", "Bald ist es so weit: Workshop am {{ date }}"), encoding="utf-8")
    own = intent.own_subject_pattern(translated_subjects(tmp_path, tmp_path / "no-catalogs"))
    assert own.search("Abwesend: Bald ist es so weit: Workshop am Dienstag, 19. September 2023")
    assert not own.search("Abwesend: Erinnerung: Workshop am Dienstag, 19. September 2023")


def test_without_any_subject_nothing_is_ours():
    assert not intent.own_subject_pattern([]).search("Ihre Anmeldung zum Workshop am 19.09.2023")


def test_the_subject_of_an_answer_staff_wrote_is_ours_too():
    """Staff answer a question on the review page without a template; an out-of-office echoing
    that answer must be read as an echo of our mail, not as a new request."""
    from mailbot.replies import Composer

    reply = Composer(CONFIG).compose("received", to="lena.linde@example.org", now=EVENTS[0].start,
                                    body_override="Guten Tag, ja, es gibt eine Kinderbetreuung.")
    assert intent.OWN_SUBJECT.search(f"Automatische Antwort: {reply.subject}")
