"""The staff pages' texts are catalog texts: no page template shows a word outside ``{% trans %}`` /
``_()``, every text of the page templates is in the catalog template, and a German catalog rewords
the pages and the notices after an action without code changes."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Iterator

import jinja2
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from jinja2 import nodes

from mailbot.catalogs import LOCALE, N_, read_catalog, staff_translations
from mailbot.config import load_config
from mailbot.staff import StaffError
from mailbot.store import Registration
from mailbot.web.app import page_templates
from mailbot.web.present import moved_up
from mailbot.web.views.mail import BULK_TEMPLATES, fill_template
from tests.unit.test_staff_texts import german_catalog

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "mailbot" / "web" / "templates"
# attributes a reader sees or hears: tooltips, placeholders, screen-reader labels, the column
# names of a table shown as cards on phones (CSS ``attr(data-label)``)
SHOWN_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt", "data-label"}
NAMES = {"mailbot", "CSV", "Excel"}  # names, the same in every language
HOLE = re.compile("\ufffc(\\d+)\ufffc")  # stands for the jinja tag or expression of that number (no letters)
LETTER = re.compile(r"[^\W\d_]")


class _Shown(HTMLParser):
    """The texts and shown attributes of a page's markup, and the holes (expressions) in them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.holes: set[int] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in SHOWN_ATTRIBUTES and value:
                self._shown(value, f'{name}="{{}}"')

    def handle_data(self, data: str) -> None:
        self._shown(data, "{}")

    def _shown(self, text: str, form: str) -> None:
        self.holes |= {int(n) for n in HOLE.findall(text)}
        if _words(HOLE.sub(" ", text)):
            self.found.append(form.format(" ".join(HOLE.sub("…", text).split()).strip("… ")))


def _words(text: str) -> bool:
    return bool(LETTER.search(" ".join(w for w in text.split() if w not in NAMES)))


def _outside_trans(env: jinja2.Environment, source: str) -> tuple[str, list[str]]:
    """The template's markup with every jinja tag, expression and ``{% trans %}`` block replaced by a
    numbered hole, and the source of each hole's expression ("" for tags)."""
    out: list[str] = []
    holes: list[str] = []
    tag: list[str] | None = None
    trans = 0
    tokens = [token for token in env.lex(source) if token[1] != "whitespace"]
    for i, (_, kind, value) in enumerate(tokens):
        if kind in ("block_begin", "variable_begin", "comment_begin"):
            following = tokens[i + 1][2] if i + 1 < len(tokens) else ""
            trans += following == "trans"
            trans -= following == "endtrans"
            tag = [] if kind == "variable_begin" and not trans else None
            out.append(f" \ufffc{len(holes)}\ufffc ")
            holes.append("")
        elif kind in ("block_end", "variable_end", "comment_end"):
            if tag is not None:
                holes[-1] = " ".join(tag)
            tag = None
        elif tag is not None:
            tag.append(value)
        elif kind == "data" and not trans:
            out.append(value)
    return "".join(out), holes


def _shown_constants(expr: nodes.Node) -> Iterator[str]:
    """String constants an expression can print: ``{{ "Person" if n == 1 else "Personen" }}``,
    ``{{ subject or "(ohne Betreff)" }}`` (not the codes it compares, nor a filter's arguments)."""
    if isinstance(expr, nodes.Const) and isinstance(expr.value, str):
        yield expr.value
    elif isinstance(expr, nodes.CondExpr):
        yield from _shown_constants(expr.expr1)
        if expr.expr2 is not None:
            yield from _shown_constants(expr.expr2)
    elif isinstance(expr, (nodes.Or, nodes.And)):
        yield from _shown_constants(expr.left)
        yield from _shown_constants(expr.right)
    elif isinstance(expr, nodes.Concat):
        for part in expr.nodes:
            yield from _shown_constants(part)
    elif isinstance(expr, nodes.Filter) and expr.node is not None:
        yield from _shown_constants(expr.node)
        if expr.name == "default":
            for arg in expr.args:
                yield from _shown_constants(arg)


def texts_outside_the_catalog(source: str) -> list[str]:
    """What a page template shows that no ``{% trans %}`` or ``_()`` puts through the catalog: texts and
    shown attributes of its markup, and string constants an expression there prints."""
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    markup, holes = _outside_trans(env, source)
    parser = _Shown()
    parser.feed(markup)
    parser.close()
    found = parser.found
    for n in sorted(parser.holes):
        if holes[n]:
            expr = env.parse("{{ %s }}" % holes[n]).body[0]
            assert isinstance(expr, nodes.Output)
            found += [repr(text) for node in expr.nodes for text in _shown_constants(node) if _words(text)]
    return found


def test_the_check_finds_a_text_outside_the_catalog():
    page = ('{% block title %}Hilfe{% endblock %}<p title="Mehr dazu" data-label="Name">{% trans %}Gut{% endtrans %}'
            ' und weiter</p><a aria-label="{{ n }} offen" href="/x?q=abc" class="muted">{{ _("Zurück") }}</a>'
            '{{ subject or "(ohne Betreff)" }}{{ "a" if x == "open" else "" }}<button>CSV</button>')
    assert texts_outside_the_catalog(page) == ["Hilfe", 'title="Mehr dazu"', 'data-label="Name"', "und weiter",
                                               'aria-label="offen"', "'(ohne Betreff)'", "'a'"]
    translated = ('{% block title %}{% trans %}Hilfe{% endtrans %}{% endblock %}'
                  '<p title="{% trans %}Mehr dazu{% endtrans %}">{% trans n=n %}{{ n }} und weiter{% endtrans %}</p>'
                  '{{ subject or _("(ohne Betreff)") }}{{ x|local("%a %d.%m.") }}{{ names|join(", ") }}'
                  """<p lang="{{ lang or 'de' }}" style="fill: {{ '#8a4b00' if full else '#1e6b2f' }}"></p>""")
    assert texts_outside_the_catalog(translated) == []


def test_no_staff_page_shows_a_text_outside_the_catalog():
    found = {page.name: texts_outside_the_catalog(page.read_text(encoding="utf-8"))
             for page in sorted(PAGES.glob("*.html"))}
    assert {name: texts for name, texts in found.items() if texts} == {}


def _extracted(under: str) -> set[str]:
    with (ROOT / "babel.cfg").open() as f:
        method_map, options_map = parse_mapping_cfg(f)
    return {msgid if isinstance(msgid, str) else msgid[0]
            for path, _, msgid, *_ in extract_from_dir(str(ROOT), method_map, options_map) if path.startswith(under)}


def test_the_texts_of_the_staff_pages_and_their_notices_are_in_the_catalog_template():
    pot = read_catalog(LOCALE / "mailbot.pot")
    committed = {m.id if isinstance(m.id, str) else m.id[0] for m in pot if m.id}
    pages = _extracted("mailbot/web/")
    assert pages <= committed
    # the page words, the notices after an action, and the bulk-mail templates staff start from
    assert {"Übersicht", "Nachrichten zum Prüfen", "Rückgängig", "Als Spam markiert.",
            "Anmeldung von %(who)s abgesagt.", "Raumänderung", "Name oder Passwort ist falsch."} <= pages
    assert any(path.startswith("mailbot/web/templates/") for m in pot if m.id == "Übersicht"
               for path, _ in m.locations)


def test_a_german_catalog_rewords_the_pages_and_the_notices(tmp_path):
    locale = german_catalog(tmp_path, {
        "Übersicht": "Start", "Abmelden (%(user)s)": "%(user)s abmelden", "Raumänderung": "Anderer Raum",
        "Von der Warteliste nachgerückt: %(who)s.": "Nachgerückt: %(who)s.",
        "Neuer Raum: Workshop am %(date)s in %(town)s": "Anderer Raum am %(date)s (%(town)s)"})
    config = load_config(None)
    templates = page_templates(config, locale)
    page = templates.get_template("base.html").render(user="frau.berger", request=SimpleNamespace(url=SimpleNamespace(path="/")), review_count=2,
                                                      csrf="t", flash=None)
    assert ">Start</a>" in page and "frau.berger abmelden" in page and "Übersicht" not in page
    assert "<span class=\"badge\" aria-label=\"2 offen\">2</span>" in page  # not reworded: as written
    _ = staff_translations(locale).gettext
    assert _(BULK_TEMPLATES["raum"][0]) == "Anderer Raum"
    event = config.events[0]
    subject, _text = fill_template("raum", event, config.office, _)
    assert subject.startswith("Anderer Raum am ") and subject.endswith(f"({event.town})")


def test_who_moved_up_is_worded_from_the_catalog(tmp_path):
    _ = staff_translations(german_catalog(tmp_path, {"Von der Warteliste nachgerückt: %(who)s.": "Nachgerückt: "
                                                                                                   "%(who)s."})).gettext
    rows = [Registration(name="Nora Nachrück", email="nora@example.org", reference="MB-AAAAAA"),
            Registration(name="", email="", phone="07131 9", reference="MB-BBBBBB")]
    assert moved_up(rows) == (" Von der Warteliste nachgerückt: Nora Nachrück (Mail steht im Postausgang); "
                              "07131 9 – keine E-Mail-Adresse, bitte anrufen: 07131 9.")
    assert moved_up(rows, _).startswith(" Nachgerückt: Nora Nachrück (Mail steht im Postausgang); ")


def test_a_refused_action_is_worded_from_the_catalog_and_stays_german_in_the_log(tmp_path):
    refused = StaffError(N_("Die Anmeldung ist schon für %(count)s Person(en)."), count=3)
    _ = staff_translations(german_catalog(tmp_path, {"Die Anmeldung ist schon für %(count)s Person(en).":
                                                     "Es sind schon %(count)s Personen angemeldet."})).gettext
    assert refused.worded(_) == "Es sind schon 3 Personen angemeldet."
    assert str(refused) == "Die Anmeldung ist schon für 3 Person(en)."


def test_the_spreadsheet_and_the_sign_in_sheet_are_worded_from_the_catalog(tmp_path):
    from io import BytesIO

    from openpyxl import load_workbook

    from mailbot.export import sign_in_lines, write_export

    _ = staff_translations(german_catalog(tmp_path, {"Veranstaltung": "Ort", "Teilnehmende": "Liste",
                                                     "(Daten gelöscht)": "(gelöscht)"})).gettext
    sheet = load_workbook(BytesIO(write_export([["Offenau", None, "angemeldet"]], "xlsx", _))).active
    assert sheet.title == "Liste" and sheet["A1"].value == "Ort" and sheet["B1"].value == "Datum"
    erased = Registration(name="", email="", phone="", reference="MB-CCCCCC", attendees=1)
    assert sign_in_lines([erased], _)[0]["name"] == "(gelöscht)"
    assert sign_in_lines([erased])[0]["name"] == "(Daten gelöscht)"
