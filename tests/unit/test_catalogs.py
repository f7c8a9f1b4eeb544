"""The reply catalogs: a text a catalog lacks is sent in German, a broken translation never reaches
a reply, a new reply language is one catalog file, and the catalogs follow the templates."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import write_po

from mailbot.catalogs import LOCALE, broken_placeholder, catalog_paths, missing_texts, read_catalog
from mailbot.config import load_config
from mailbot.replies import SEPARATOR, SHIPPED, Composer, Templates

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2023, 9, 4, 9, 0, tzinfo=timezone.utc)
REPLIES = "mailbot/templates/"


def write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, catalog)


def composer(locale: Path) -> tuple[Composer, str]:
    config = load_config(None)
    return Composer(config, Templates(locale=locale)), config.events[0].id


def test_missing_texts_are_listed_per_language_and_no_catalog_has_a_broken_placeholder(capsys):
    template = read_catalog(LOCALE / "mailbot.pot")
    replies = len(missing_texts(template, Catalog(), under=REPLIES))
    report = {}
    for lang, path in catalog_paths(LOCALE).items():
        catalog = read_catalog(path)
        report[lang] = missing_texts(template, catalog, under=REPLIES)
        # a fuzzy text is not sent (it waits for a translator), so only the others must fit
        broken = [(m.id, broken_placeholder(m)) for m in catalog if m.id and not m.fuzzy and broken_placeholder(m)]
        assert broken == [], f"{path}: translations that cannot be filled in"
        staff = len(missing_texts(template, catalog)) - len(report[lang])
        with capsys.disabled():
            print(f"\n{lang}: {len(report[lang])} of {replies} reply texts missing (sent in German), "
                  f"{staff} staff texts untranslated" + "".join(f"\n  {text!r}" for text in report[lang]))
    assert set(report) >= {"en", "tr", "ar", "uk", "ru"}


def test_the_report_names_a_text_a_catalog_lacks_and_the_check_finds_broken_placeholders():
    template = read_catalog(LOCALE / "mailbot.pot")
    english = read_catalog(catalog_paths(LOCALE)["en"])
    del english["Freundliche Grüße"]
    english["Guten Tag,"].flags.add("fuzzy")  # fuzzy counts as missing: it is not sent
    assert sorted(missing_texts(template, english, under=REPLIES)) == ["Freundliche Grüße", "Guten Tag,"]
    assert broken_placeholder(Message("Telefon: %(phone)s", "Phone: %(phnoe)s"))
    assert broken_placeholder(Message("Zahl: 100 %%", "Number: 100 %"))
    assert broken_placeholder(Message(("%(count)s Person", "%(count)s Personen"),
                                      ("%(count)s person", "%(cuont)s people")))
    assert not broken_placeholder(Message(("%(count)s Tag", "%(count)s Tagen"), ("one day", "%(count)s days")))


def test_a_text_missing_from_a_catalog_comes_out_in_german(tmp_path):
    english = read_catalog(catalog_paths(LOCALE)["en"])
    del english["Freundliche Grüße"]
    write(tmp_path / "en" / "LC_MESSAGES" / "mailbot.po", english)
    c, workshop = composer(tmp_path)
    [(_, german), (lang, text)] = c.parts("confirmed", "en", workshop=workshop, reference="MB-ABCDEF")[1]
    assert lang == "en" and "Thank you! You are now registered." in text
    assert "Freundliche Grüße" in text and "Kind regards" not in text


def test_a_translation_with_a_broken_placeholder_is_sent_in_german_not_as_a_crash(tmp_path):
    english = read_catalog(catalog_paths(LOCALE)["en"])
    english["Telefon: %(phone)s"].string = "Phone: %(telephone)s"
    write(tmp_path / "en" / "LC_MESSAGES" / "mailbot.po", english)
    c, workshop = composer(tmp_path)
    phone = c.config.office.phone
    english_part = c.text("received", "en", reference="MB-ABCDEF").split(SEPARATOR)[1]
    assert phone and f"Telefon: {phone}" in english_part and "Phone" not in english_part
    assert "Thank you for your message." in english_part


DUTCH = r'''msgid ""
msgstr ""
"Language: nl\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"
"Content-Type: text/plain; charset=utf-8\n"

msgid "Guten Tag %(name)s,"
msgstr "Goedendag %(name)s,"

msgid "Ihre Anmeldung zum Workshop am %(date)s"
msgstr "Uw aanmelding voor de workshop op %(date)s"

msgid "vielen Dank! Sie sind jetzt für %(count)s Person angemeldet."
msgid_plural "vielen Dank! Sie sind jetzt für %(count)s Personen angemeldet."
msgstr[0] "hartelijk dank! U bent nu aangemeld voor %(count)s persoon."
msgstr[1] "hartelijk dank! U bent nu aangemeld voor %(count)s personen."
'''


def test_a_new_reply_language_is_one_catalog_file(tmp_path):
    for lang, path in catalog_paths(LOCALE).items():  # the shipped languages stay
        shutil.copytree(path.parents[1], tmp_path / lang)
    (tmp_path / "nl" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "nl" / "LC_MESSAGES" / "mailbot.po").write_text(DUTCH, encoding="utf-8")
    c, workshop = composer(tmp_path)
    reply = c.compose("confirmed", to="mira.okafor@example.org", to_name="Mira Okafor", lang="nl", now=NOW,
                      workshop=workshop, attendees=3, reference="MB-ABCDEF")
    mail = message_from_bytes(reply.raw, policy=policy.default)
    german, dutch = mail.get_body(("plain",)).get_content().split(SEPARATOR.strip())
    assert mail["Content-Language"] == "de, nl"
    assert "vielen Dank! Sie sind jetzt für 3 Personen angemeldet." in german
    assert "Goedendag Mira Okafor," in dutch
    assert "hartelijk dank! U bent nu aangemeld voor 3 personen." in dutch
    assert "Freundliche Grüße" in dutch  # not yet translated: German
    assert "Kind regards" in c.text("confirmed", "en", workshop=workshop)  # the others still work


def test_the_catalog_template_lists_exactly_the_texts_of_the_templates():
    """After a template's German text changes, run ``pybabel extract`` and ``pybabel update``
    (templates/README.md), so translators see the new text."""
    with (ROOT / "babel.cfg").open() as f:
        method_map, options_map = parse_mapping_cfg(f)
    extracted = {msgid if isinstance(msgid, str) else msgid[0]
                 for _, _, msgid, *_ in extract_from_dir(str(ROOT), method_map, options_map)}
    committed = {m.id if isinstance(m.id, str) else m.id[0] for m in read_catalog(LOCALE / "mailbot.pot") if m.id}
    assert extracted == committed
    for lang, path in catalog_paths(LOCALE).items():
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in read_catalog(path) if m.id}
        assert ids <= committed, f"{lang}: texts no template has any more (run pybabel update)"


def test_the_shipped_templates_and_catalogs_are_package_data():
    """A wheel carries them: they live in the package and pyproject lists them."""
    assert SHIPPED.parent == LOCALE.parent == ROOT / "mailbot"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"templates/*.j2"' in pyproject and '"locale/*/LC_MESSAGES/*.po"' in pyproject


@pytest.mark.parametrize("lang", ["de", "en", "tr", "ar", "uk", "ru"])
def test_every_kind_renders_in_every_shipped_language(lang):
    c, workshop = composer(LOCALE)
    for kind in sorted(c.templates.kinds()):
        subject, parts = c.parts(kind, lang, workshop=workshop, previous=workshop, attendees=2,
                                 options=(workshop,), candidates=(workshop,), reason="cancel", days=3)
        with_lang = lang != "de" and c.templates.has(lang, kind)
        assert subject and [lg for lg, _ in parts] == (["de", lang] if with_lang else ["de"])
        assert with_lang or lang != "en"  # English translates every kind


def test_a_kind_no_text_of_which_a_language_translates_is_sent_in_german_only(tmp_path):
    """Not the German text twice: the reply has no part in that language."""
    english = read_catalog(catalog_paths(LOCALE)["en"])
    for message in list(english):
        if message.id and any(path.endswith("/withdrawn.txt.j2") for path, _ in message.locations):
            del english[message.id]
    write(tmp_path / "en" / "LC_MESSAGES" / "mailbot.po", english)
    c, workshop = composer(tmp_path)
    assert [lang for lang, _ in c.parts("withdrawn", "en")[1]] == ["de"]
    assert [lang for lang, _ in c.parts("received", "en")[1]] == ["de", "en"]
