"""The participant list as a file: CSV for any program, XLSX for the office (German headers,
real dates, a filter on every column), and the lines of the sign-in sheet. Used by
``mailbot export`` and the staff pages."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import select

from .catalogs import N_, staff_gettext
from .config import Config
from .store import Registration, Store

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

EXPORT_COLUMNS = ["workshop", "date", "status", "name", "names", "email", "phone", "attendees", "registered_at",
                  "reference"]
# the spreadsheet is for the office: German headers (staff texts, in the catalogs), towns, real
# dates, a filter on every column
XLSX_COLUMNS = [N_("Veranstaltung"), N_("Datum"), N_("Status"), N_("Name"), N_("Begleitung"), N_("E-Mail"),
                N_("Telefon"), N_("Personen"), N_("Angemeldet am"), N_("Anmelde-Nummer"), N_("Kennung")]
XLSX_WIDTHS = (16, 17, 12, 24, 30, 30, 16, 9, 17, 15, 12)
STATUS_DE = {"confirmed": N_("angemeldet"), "waiting": N_("Warteliste")}
SHEET_TITLE = N_("Teilnehmende")
ERASED = N_("(Daten gelöscht)")
Gettext = Callable[[str], str]


def _registrations(store: Store, config: Config, workshop: str | None) -> list[Registration]:
    with store.session() as s:
        q = select(Registration).where(Registration.status.in_(("confirmed", "waiting")))
        if workshop:
            q = q.where(Registration.workshop == workshop)
        regs = s.scalars(q.order_by(Registration.workshop, Registration.status, Registration.created_at)).all()
    order = {e.id: i for i, e in enumerate(config.events)}
    return sorted(regs, key=lambda r: (order.get(r.workshop or "", 99), r.status != "confirmed", r.created_at))


def export_rows(store: Store, config: Config, workshop: str | None = None) -> list[list[Any]]:
    tz = config.office.timezone
    return [[r.workshop, _day(config, r.workshop), r.status, r.name, ", ".join(r.names or []), r.email, r.phone, r.attendees,
             r.created_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"), r.reference]
            for r in _registrations(store, config, workshop)]


def _day(config: Config, workshop: str | None) -> str:
    event = config.event(workshop)
    return f"{event.start:%Y-%m-%d}" if event is not None else ""


def xlsx_rows(store: Store, config: Config, workshop: str | None = None,
              gettext: Gettext | None = None) -> list[list[Any]]:
    """The rows of the spreadsheet: dates and times as local date-times (no time zone: Excel has none)."""
    _ = gettext or staff_gettext()
    tz = config.office.timezone
    out: list[list[Any]] = []
    for r in _registrations(store, config, workshop):
        event = config.event(r.workshop)
        out.append([event.town if event else r.workshop,
                    event.start.astimezone(tz).replace(tzinfo=None) if event else None,
                    _(STATUS_DE[r.status]) if r.status in STATUS_DE else r.status, r.name, ", ".join(r.names or []), r.email, r.phone,
                    r.attendees, r.created_at.astimezone(tz).replace(tzinfo=None), r.reference, r.workshop])
    return out


def export(store: Store, config: Config, workshop: str | None, fmt: str,
           gettext: Gettext | None = None) -> tuple[int, bytes]:
    """(number of registrations, file contents) of the participant list as csv or xlsx (the
    spreadsheet worded by ``gettext``, the staff catalog by default; the CSV's columns are names
    for programs and stay as they are)."""
    _ = gettext or staff_gettext()
    rows = export_rows(store, config, workshop) if fmt == "csv" else xlsx_rows(store, config, workshop, _)
    return len(rows), write_export(rows, fmt, _)


def write_export(rows: list[list[Any]], fmt: str, gettext: Gettext | None = None) -> bytes:
    rows = [[_cell(v) for v in row] for row in rows]  # no formulas from mail into spreadsheets
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=";")  # what German Excel opens directly
        w.writerow(EXPORT_COLUMNS)
        w.writerows(rows)
        return ("\ufeff" + buf.getvalue()).encode("utf-8")
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    _ = gettext or staff_gettext()
    wb = Workbook()
    ws = cast("Worksheet", wb.active)  # a new workbook's one sheet
    ws.title = _(SHEET_TITLE)
    ws.append([_(c) for c in XLSX_COLUMNS])
    for row in rows:
        ws.append(row)
    for cells in ws.iter_rows(min_row=2):
        for cell, fmt_ in zip(cells, (None, "DD.MM.YYYY HH:MM", *([None] * 6), "DD.MM.YYYY HH:MM")):
            if fmt_ and cell.value is not None:
                cell.number_format = fmt_
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_COLUMNS))}{max(len(rows) + 1, 2)}"
    for i, width in enumerate(XLSX_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    data = io.BytesIO()
    wb.save(data)
    return data.getvalue()


def _cell(value: Any) -> Any:
    # a cell starting with = + - @ would be a formula in a spreadsheet (CSV/formula injection)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def surname_key(name: str) -> tuple[str, str]:
    """Sort key by surname: "Anna Schmidt" and "Schmidt, Anna" both sort under S."""
    name = (name or "").strip()
    if "," in name:
        last, _, first = name.partition(",")
    else:
        first, _, last = name.rpartition(" ")
    return last.strip().casefold(), first.strip().casefold()


def sign_in_lines(regs: list[Registration], gettext: Gettext | None = None) -> list[dict[str, str]]:
    """One line per person on the sign-in sheet, by surname: the registered person, then one
    line for each companion (by name where given)."""
    _ = gettext or staff_gettext()
    lines: list[dict[str, str]] = []
    for r in sorted(regs, key=lambda r: surname_key(r.name or r.email or r.phone)):
        who = r.name or r.email or r.phone or _(ERASED)
        lines.append({"name": who, "of": "", "reference": r.reference})
        others = [n for n in (r.names or []) if n and n != r.name]
        for i in range(max(r.attendees - 1, 0)):
            lines.append({"name": others[i] if i < len(others) else "", "of": who, "reference": r.reference})
    return lines
