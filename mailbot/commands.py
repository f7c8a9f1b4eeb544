"""The worker's commands: ``run``, ``status``, ``export``, ``forget`` (argparse lives in cli.py)."""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import logging
import shutil
import sys
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path

from sqlalchemy import func, select

from .config import Config
from .errors import MailbotError
from .store import Counter, Message, Outbox, Registration, Store, open_store


def parse_now(value: str | None, config: Config) -> datetime | None:
    if not value:
        return None
    try:
        d = datetime.fromisoformat(value)
    except ValueError as exc:
        raise MailbotError(f"--now: expected an ISO date and time like 2023-09-04T09:00, got {value!r}") from exc
    return d if d.tzinfo else d.replace(tzinfo=config.office.timezone)


def clock_for(args: argparse.Namespace, config: Config):
    fixed = parse_now(getattr(args, "now", None), config)
    if fixed is None:
        return lambda: datetime.now(timezone.utc)
    started = datetime.now(timezone.utc)
    return lambda: fixed + (datetime.now(timezone.utc) - started)  # a clock that runs from --now


def seed_demo(config: Config, out) -> None:
    """Without a config file the packaged example runs on a copy of the bundled demo Maildir."""
    target = config.path(config.mailbox.path)
    if not config.demo or config.mailbox.backend != "maildir" or target.exists():
        return
    demo = resources.files("mailbot").joinpath("demo/maildir")
    with resources.as_file(demo) as src:
        shutil.copytree(src, target, ignore=shutil.ignore_patterns(".keep"))
    out.write(f"demo: copied the bundled demo mailbox to {target}\n")


def store_for(config: Config) -> Store:
    return open_store(config.database.url, config.base)


def cmd_run(args: argparse.Namespace, config: Config) -> int:
    from .sources import open_source
    from .transports import open_transport
    from .worker import Worker

    logging.basicConfig(level=logging.INFO if not args.quiet else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    out = sys.stdout
    seed_demo(config, out)
    desks = config.all_desks
    if getattr(args, "desk", None):
        desks = tuple(d for d in desks if d.desk == args.desk)
        if not desks:
            raise MailbotError(f"--desk: no desk {args.desk!r} (known: "
                               f"{', '.join(d.desk for d in config.all_desks)})")
    store = store_for(config)
    workers = [Worker(d, store, open_source(d), open_transport(d), dry_run=args.dry_run, out=out,
                      verbose=not args.quiet) for d in desks]
    clock = clock_for(args, config)
    if args.once:
        now = clock()
        for w in workers:
            d = w.config
            label = f"desk {d.desk}: " if config.desks else ""
            out.write(f"mailbot run --once{' --dry-run' if args.dry_run else ''}: {label}{w.source.name} at "
                      f"{now.astimezone(d.office.timezone):%Y-%m-%d %H:%M} ({len(d.events)} workshops)\n")
            try:
                summary = asyncio.run(w.once(now))
            finally:
                w.source.close()
            out.write(label + summary.line() + "\n")
            if d.smtp.backend == "pickup" and not args.dry_run and summary.sent:
                out.write(f"replies written to {d.path(d.smtp.path)}/\n")
        if args.dry_run:
            out.write("dry run: nothing was stored, sent or moved\n")
        return 0
    from .service import Service

    asyncio.run(Service(workers, clock).run())
    return 0


def cmd_status(args: argparse.Namespace, config: Config) -> int:
    store = store_for(config)
    out = sys.stdout
    with store.session() as s:
        rows = s.execute(select(Registration.workshop, Registration.status, func.count(),
                                func.sum(Registration.attendees))
                         .group_by(Registration.workshop, Registration.status)).all()
        agg: dict[tuple, tuple[int, int]] = {(w, st): (n, int(p or 0)) for w, st, n, p in rows}
        out.write("workshop      date        confirmed people / capacity   waiting   cancelled\n")
        for d in config.all_desks:
            if config.desks:
                out.write(f"desk {d.desk} ({d.sender}):\n")
            for e in d.events:
                n, people = agg.get((e.id, "confirmed"), (0, 0))
                wn, wp = agg.get((e.id, "waiting"), (0, 0))
                cn, _ = agg.get((e.id, "cancelled"), (0, 0))
                cap = str(e.capacity) if e.capacity else "∞"
                out.write(f"{e.id:<13} {e.start:%Y-%m-%d}  {n:>5} ({people:>3} / {cap:>3})"
                          f"{'':13}{wn:>3} ({wp})  {cn:>5}\n")
        awaiting = sum(n for (w, st), (n, _) in agg.items() if st == "awaiting")
        review = s.scalar(select(func.count()).select_from(Message).where(Message.review == "open")) or 0
        if config.desks:
            per_desk = dict(s.execute(select(Message.desk, func.count()).where(Message.review == "open")
                                      .group_by(Message.desk)).all())
            review_text = f"{review} (" + ", ".join(f"{d.desk} {per_desk.get(d.desk, 0)}"
                                                    for d in config.desks) + ")"
        else:
            review_text = str(review)
        new = s.scalar(select(func.count()).select_from(Message).where(Message.state == "new")) or 0
        out.write(f"\nawaiting an answer from the sender: {awaiting}\n")
        out.write(f"messages awaiting staff: {review_text}\n")
        out.write(f"messages stored but not yet handled: {new}\n")
        mail = dict(s.execute(select(Outbox.state, func.count()).group_by(Outbox.state)).all())
        out.write("mail: " + ", ".join(f"{k} {mail.get(k, 0)}" for k in ("queued", "sending", "retry", "sent",
                                                                          "failed")) + "\n")
        for row in s.scalars(select(Outbox).where(Outbox.state.in_(("failed", "retry"))).order_by(Outbox.id)
                             .limit(20)):
            out.write(f"  {row.state:<6} #{row.id} {row.kind} to {row.to_addr} "
                      f"(attempts {row.attempts}): {row.last_error}\n")
        counters = {c.name: c.value for c in s.scalars(select(Counter))}
        if counters:
            out.write("errors: " + ", ".join(f"{k} {v}" for k, v in sorted(counters.items())) + "\n")
    return 0


EXPORT_COLUMNS = ["workshop", "date", "status", "name", "names", "email", "phone", "attendees", "registered_at",
                  "reference"]
# the spreadsheet is for the office: German headers, towns, real dates, a filter on every column
XLSX_COLUMNS = ["Veranstaltung", "Datum", "Status", "Name", "Begleitung", "E-Mail", "Telefon", "Personen",
                "Angemeldet am", "Anmelde-Nummer", "Kennung"]
XLSX_WIDTHS = (16, 17, 12, 24, 30, 30, 16, 9, 17, 15, 12)
STATUS_DE = {"confirmed": "angemeldet", "waiting": "Warteliste"}


def _registrations(store: Store, config: Config, workshop: str | None) -> list[Registration]:
    with store.session() as s:
        q = select(Registration).where(Registration.status.in_(("confirmed", "waiting")))
        if workshop:
            q = q.where(Registration.workshop == workshop)
        regs = s.scalars(q.order_by(Registration.workshop, Registration.status, Registration.created_at)).all()
    order = {e.id: i for i, e in enumerate(config.events)}
    return sorted(regs, key=lambda r: (order.get(r.workshop, 99), r.status != "confirmed", r.created_at))


def export_rows(store: Store, config: Config, workshop: str | None = None) -> list[list]:
    tz = config.office.timezone
    return [[r.workshop, f"{config.event(r.workshop).start:%Y-%m-%d}" if config.event(r.workshop) else "",
             r.status, r.name, ", ".join(r.names or []), r.email, r.phone, r.attendees,
             r.created_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"), r.reference]
            for r in _registrations(store, config, workshop)]


def xlsx_rows(store: Store, config: Config, workshop: str | None = None) -> list[list]:
    """The rows of the spreadsheet: dates and times as local date-times (no time zone: Excel has none)."""
    tz = config.office.timezone
    out = []
    for r in _registrations(store, config, workshop):
        event = config.event(r.workshop)
        out.append([event.town if event else r.workshop,
                    event.start.astimezone(tz).replace(tzinfo=None) if event else None,
                    STATUS_DE.get(r.status, r.status), r.name, ", ".join(r.names or []), r.email, r.phone,
                    r.attendees, r.created_at.astimezone(tz).replace(tzinfo=None), r.reference, r.workshop])
    return out


def export(store: Store, config: Config, workshop: str | None, fmt: str) -> tuple[int, bytes]:
    """(number of registrations, file contents) of the participant list as csv or xlsx."""
    rows = export_rows(store, config, workshop) if fmt == "csv" else xlsx_rows(store, config, workshop)
    return len(rows), write_export(rows, fmt)


def write_export(rows: list[list], fmt: str) -> bytes:
    rows = [[_cell(v) for v in row] for row in rows]  # no formulas from mail into spreadsheets
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=";")  # what German Excel opens directly
        w.writerow(EXPORT_COLUMNS)
        w.writerows(rows)
        return ("\ufeff" + buf.getvalue()).encode("utf-8")
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Teilnehmende"
    ws.append(XLSX_COLUMNS)
    for row in rows:
        ws.append(row)
    for row in ws.iter_rows(min_row=2):
        for cell, fmt_ in zip(row, (None, "DD.MM.YYYY HH:MM", *([None] * 6), "DD.MM.YYYY HH:MM")):
            if fmt_ and cell.value is not None:
                cell.number_format = fmt_
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_COLUMNS))}{max(len(rows) + 1, 2)}"
    for i, width in enumerate(XLSX_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _cell(value):
    # a cell starting with = + - @ would be a formula in a spreadsheet (CSV/formula injection)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def cmd_export(args: argparse.Namespace, config: Config) -> int:
    if args.workshop and config.event(args.workshop) is None:
        raise MailbotError(f"--workshop: unknown workshop {args.workshop!r} "
                           f"(known: {', '.join(e.id for e in config.events)})")
    count, data = export(store_for(config), config, args.workshop, args.format)
    if args.output and args.output != "-":
        Path(args.output).write_bytes(data)
        print(f"{count} registrations written to {args.output}", file=sys.stderr)
    else:
        if args.format == "xlsx" and sys.stdout.isatty():
            raise MailbotError("-o: give a file name for xlsx output")
        sys.stdout.buffer.write(data)
    return 0


def cmd_forget(args: argparse.Namespace, config: Config) -> int:
    from .registrations import erase

    store = store_for(config)
    email = args.email.strip().lower()
    if "@" not in email:
        raise MailbotError(f"forget: {args.email!r} is not an e-mail address")
    with store.writer() as s:
        n = erase(s, store, datetime.now(timezone.utc), email, "cli", "forget (GDPR Art. 17)")
        s.commit()
    print(f"erased personal data of {email} in {n} records")
    return 0


def cmd_serve(args: argparse.Namespace, config: Config) -> int:
    import uvicorn

    from .web.app import create_app

    store = store_for(config)
    web = config.web
    host = args.host or web.host
    port = args.port or web.port
    https = bool(web.certfile)
    app = create_app(config, store, clock_for(args, config), https=https)
    print(f"mailbot staff pages on {'https' if https else 'http'}://{host}:{port}/", flush=True)
    # proxy_headers=False: a client address from a header only as web.trusted_proxy_header says
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False,
                ssl_certfile=str(config.path(web.certfile)) if https else None,
                ssl_keyfile=str(config.path(web.keyfile)) if https else None)
    return 0


def read_password(prompt: str = "Password: ") -> str:
    """From the terminal without echo; else one line from standard input (for scripts)."""
    import getpass

    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Again: ") != first:
            raise MailbotError("the two passwords differ")
        return first
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def cmd_user_add(args: argparse.Namespace, config: Config) -> int:
    from .staff import StaffError, add_user

    store = store_for(config)
    password = read_password()
    try:
        add_user(store, args.name, password, datetime.now(timezone.utc))
    except StaffError as exc:
        raise MailbotError(str(exc)) from exc
    print(f"staff account {args.name!r} ready; sign in at http://{config.web.host}:{config.web.port}/login")
    return 0


def cmd_user_remove(args: argparse.Namespace, config: Config) -> int:
    from .staff import StaffError, remove_user

    try:
        remove_user(store_for(config), args.name, datetime.now(timezone.utc))
    except StaffError as exc:
        raise MailbotError(str(exc)) from exc
    print(f"staff account {args.name!r} removed; its sessions are ended")
    return 0


def cmd_health(args: argparse.Namespace, config: Config) -> int:
    """For monitoring (Nagios/Icinga style): one line per check, exit 1 when any fails."""
    problems, lines = [], []
    try:
        store = store_for(config)
        with store.session() as s:
            failed = s.scalar(select(func.count()).select_from(Outbox).where(Outbox.state == "failed")) or 0
            stuck = s.scalar(select(func.count()).select_from(Outbox).where(
                Outbox.state.in_(("queued", "retry")),
                Outbox.created_at < datetime.now(timezone.utc) - timedelta(hours=1))) or 0
            review = s.scalar(select(func.count()).select_from(Message).where(Message.review == "open")) or 0
        lines.append("database: ok")
    except Exception as exc:  # noqa: BLE001 - the point is to report it
        print(f"CRITICAL database: {exc}")
        return 2
    now = datetime.now(timezone.utc)
    fetches = store.get("last_fetch:")
    for d in config.all_desks:
        value = fetches.get(f"last_fetch:{d.desk}")
        if value is None:
            problems.append(f"mailbox of desk {d.desk}: never fetched")
            continue
        age = (now - datetime.fromisoformat(value)).total_seconds()
        line = f"mailbox of desk {d.desk}: last fetch {age:.0f} s ago"
        (problems if age > args.max_age else lines).append(line)
    (problems if failed else lines).append(f"mail failed: {failed}")
    (problems if stuck else lines).append(f"mail waiting over an hour: {stuck}")
    lines.append(f"messages awaiting staff: {review}")
    errors = {k: v for k, v in store.counters().items() if k.startswith(("job_errors", "mailbox_errors"))}
    lines.append("errors since start of records: " + (", ".join(f"{k} {v}" for k, v in errors.items()) or "none"))
    for p in problems:
        print(f"WARNING {p}")
    for line in lines:
        print(f"OK {line}")
    return 1 if problems else 0
