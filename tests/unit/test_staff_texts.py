"""The staff pages' words are catalog texts: every code staff can meet has its German word, the
words are in the catalog template, and a German catalog can reword them without code changes."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from mailbot.catalogs import LOCALE, read_catalog, staff_gettext
from mailbot.reasons import Reason, for_staff
from mailbot.replies import Templates
from mailbot.web import labels, wording

TABLES = [labels.INTENTS, labels.STATUS, labels.MAIL_STATE, labels.ACTIONS, labels.KINDS, wording.KIND, wording.STANCE]


def test_every_reply_kind_has_a_german_name_in_the_outbox():
    assert Templates().kinds() <= set(labels.KINDS)


def test_the_staff_words_are_in_the_catalog_template():
    texts = {m.id for m in read_catalog(LOCALE / "mailbot.pot")}
    assert {word for table in TABLES for word in table.values()} <= texts
    assert {"%(count)s Person(en)", "passt zu %(towns)s", "passt zu keinem Termin"} <= texts


def german_catalog(tmp_path: Path, words: dict[str, str]) -> Path:
    catalog = Catalog(locale="de", domain="mailbot")
    for german, reworded in words.items():
        catalog.add(german, reworded)
    (tmp_path / "de" / "LC_MESSAGES").mkdir(parents=True)
    with (tmp_path / "de" / "LC_MESSAGES" / "mailbot.po").open("wb") as f:
        write_po(f, catalog)
    return tmp_path


def test_a_german_catalog_rewords_what_staff_see(tmp_path):
    _ = staff_gettext(german_catalog(tmp_path, {
        "Warteliste": "auf der Warteliste", "passt zu %(towns)s": "würde passen: %(towns)s",
        "keine Absenderadresse, an die wir antworten können": "keine Adresse für eine Antwort"}))
    assert labels.translated(labels.STATUS, _)["waiting"] == "auf der Warteliste"
    assert labels.translated(labels.STATUS, _)["confirmed"] == "bestätigt"  # not reworded: as written
    assert for_staff(Reason.NO_SENDER(), _) == "keine Adresse für eine Antwort"
    reading = {"evidence": [{"kind": "place", "text": "Weinsberg", "events": ["w1"]},
                            {"kind": "attendees", "text": "3"}]}
    lines = wording.evidence_de(reading, lambda _id: SimpleNamespace(town="Weinsberg"), _)
    assert [(line["kind"], line["text"], line["fits"]) for line in lines] == [
        ("Ort", "Weinsberg", "würde passen: Weinsberg"), ("Personenzahl", "3 Person(en)", "")]


def test_without_a_german_catalog_staff_read_the_words_as_written(tmp_path):
    _ = staff_gettext(tmp_path)
    assert labels.translated(labels.KINDS, _)["recounted"] == "Personenzahl geändert"
    assert staff_gettext()("Warteliste") == "Warteliste"  # the shipped locale has no German catalog
