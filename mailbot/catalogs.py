"""Gettext catalogs: ``locale/<lang>/LC_MESSAGES/mailbot.po``, read as they are at runtime.

The msgids are the German texts (German is the source language: the reply templates and the staff
pages are written in it), so a text a catalog lacks comes out in German. A translation that
would break when filled in (a placeholder the German text does not have, a lone ``%``) is left
out when the catalog is read, so German is sent for it too; ``broken_placeholder`` says why.
"""

from __future__ import annotations

import gettext
import logging
import re
from collections.abc import Callable
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Babel's catalog code is imported when a catalog is read, not by the modules using N_
    from babel.messages.catalog import Catalog, Message

LOCALE = Path(__file__).resolve().parent / "locale"
TEMPLATES = Path(__file__).resolve().parent / "templates"  # the shipped reply templates
DOMAIN = "mailbot"
PLACEHOLDER = re.compile(r"%\((\w+)\)")
log = logging.getLogger(__name__)


def N_(text: str) -> str:
    """Marks a German text for the catalogs (``pybabel extract``) where it is defined; it is
    translated where it is shown."""
    return text


# the subject of an answer staff write themselves (no template): one of our subjects too
STAFF_ANSWER_SUBJECT = N_("Ihre Nachricht an %(office)s")


def staff_gettext(locale: Path = LOCALE) -> Callable[[str], str]:
    """The staff pages' texts: German, through a German catalog when ``locale/de`` has one."""
    return staff_translations(locale).gettext


def staff_translations(locale: Path = LOCALE) -> gettext.NullTranslations:
    """The staff pages' catalog (``gettext``, ``ngettext`` for the page templates and the views): the
    German catalog ``locale/de`` when there is one, else the German msgids as written."""
    path = catalog_paths(locale).get("de")
    return translations(path) if path else gettext.NullTranslations()


def catalog_paths(locale: Path) -> dict[str, Path]:
    """Language code → its catalog file in a ``<lang>/LC_MESSAGES/mailbot.po`` tree."""
    return {p.parents[1].name: p for p in sorted(locale.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))}


def translations(path: Path) -> gettext.NullTranslations:
    """The catalog at ``path`` (read again when the file changes)."""
    return _translations(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=32)
def _translations(path: Path, mtime_ns: int) -> gettext.NullTranslations:
    """A .po file read as it is (no build step): broken texts are left out, so German is sent for them."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import PoFileError
    from babel.support import Translations

    try:
        catalog = read_catalog(path)
    except (OSError, UnicodeDecodeError, PoFileError) as e:
        log.error("%s: unreadable catalog, German is sent instead: %s", path, e)
        return gettext.NullTranslations()
    for message in list(catalog):
        problem = broken_placeholder(message)
        if message.id and problem:
            log.warning("%s: %r left out (German is sent instead): %s", path, message.id, problem)
            del catalog[message.id]
    mo = BytesIO()
    write_mo(mo, catalog)
    mo.seek(0)
    return Translations(mo, domain=DOMAIN)


def broken_placeholder(message: Message) -> str:
    """Why a translation would fail when filled in ("" if it would not): a placeholder the text does
    not have, or a lone % (write %% for a percent sign)."""
    names = {name for msgid in texts(message.id) for name in PLACEHOLDER.findall(msgid)} | {"num"}
    for text in texts(message.string):
        if not text:
            continue
        try:
            text % dict.fromkeys(names, 1)
        except KeyError as e:
            return f"placeholder %({e.args[0]})s is not in the German text"
        except (ValueError, TypeError) as e:
            return f"{e} in {text!r}"
    return ""


def read_catalog(path: Path) -> Catalog:
    from babel.messages.pofile import read_po

    with path.open("rb") as f:
        return read_po(f, abort_invalid=False)


def missing_texts(template: Catalog, catalog: Catalog, under: str = "") -> list[str]:
    """The German texts of ``template`` (the .pot) that ``catalog`` does not translate (or only fuzzily);
    with ``under``, only the texts found in files under that path (e.g. the reply templates)."""
    out = []
    for message in template:
        if not message.id or not any(path.startswith(under) for path, _ in message.locations):
            continue
        found = catalog.get(message.id)
        strings = () if found is None or found.fuzzy else texts(found.string)
        if not strings or not all(strings):
            out.append(texts(message.id)[0])
    return out


def texts(value: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    """A message's id or string as a tuple (one item, or one per plural form)."""
    return (value,) if isinstance(value, str) else tuple(value or ())


_SUBJECT_BLOCK = re.compile(r"{%-?\s*block\s+subject\s*-?%}(.*?){%-?\s*endblock\b", re.S)
_TRANS = re.compile(r"{%-?\s*trans\b.*?%}(.*?){%-?\s*endtrans\b", re.S)
_PLURALIZE = re.compile(r"{%-?\s*pluralize\b.*?%}", re.S)
_TRANS_NAME = re.compile(r"{{-?\s*(\w+)\s*-?}}")


def subject_msgids(templates: Path = TEMPLATES, pattern: str = "*.txt.j2") -> list[str]:
    """The msgids of the subject lines of the reply templates (``{% block subject %}``, each
    ``{% trans %}`` in it; a plural's both forms), as ``pybabel extract`` writes them: ``{{ date }}``
    is ``%(date)s``. Read from the files with the templates' documented format, without jinja2, so the
    reader (``understand.intent``) can know our subjects cheaply at start-up."""
    out: list[str] = []
    for path in sorted(templates.glob(pattern)):
        for block in _SUBJECT_BLOCK.findall(path.read_text(encoding="utf-8")):
            for trans in _TRANS.findall(block):
                for text in _PLURALIZE.split(trans):  # the singular, and the plural if there is one
                    msgid = _TRANS_NAME.sub(r"%(\1)s", text.replace("%", "%%")).strip()
                    if msgid and msgid not in out:
                        out.append(msgid)
    return out


def translated_subjects(templates: Path = TEMPLATES, locale: Path = LOCALE, pattern: str = "*.txt.j2") -> list[str]:
    """Every subject line our reply templates (and staff's own answers) can have, in German and in
    every catalog's language (each plural form), placeholders (``%(date)s``) left in; ``pattern``: of
    the templates whose file names it matches only (then without staff's own answers)."""
    from babel.messages.pofile import PoFileError

    msgids = [*subject_msgids(templates, pattern), *([STAFF_ANSWER_SUBJECT] if pattern == "*.txt.j2" else [])]
    out = dict.fromkeys(msgids)
    for path in catalog_paths(locale).values():
        try:
            catalog = read_catalog(path)
        except (OSError, UnicodeDecodeError, PoFileError) as e:
            log.error("%s: unreadable catalog, its subjects are not known: %s", path, e)
            continue
        for message in catalog:
            if message.id and texts(message.id)[0] in msgids and not message.fuzzy:
                out.update(dict.fromkeys(s for s in texts(message.string) if s))
    return list(out)
