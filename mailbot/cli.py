"""The ``mailbot`` command. Library errors become one clear line on stderr and exit status 2."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterator

from .config import Config, load_config
from .errors import MailbotError


def _files(paths: list[str]) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(x for x in p.iterdir() if x.is_file() and x.suffix in (".eml", ".msg", ""))
        else:
            yield p


def cmd_parse(args: argparse.Namespace, config: Config) -> int:
    from .understand.result import Reading
    from .understand.reading import understand

    out = sys.stdout
    status = 0
    for path in _files(args.paths):
        try:
            raw = path.read_bytes()
        except OSError as exc:
            reading = Reading("unreadable", "review", reason=f"cannot read file: {exc.strerror}", flags=["unreadable"])
            status = 1
        else:
            reading = understand(raw, config.events, config.office)
        record = {"file": str(path), **_public(reading.to_dict())}
        if args.json:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(f"{path}: {reading.action} {reading.workshop or '-'} attendees={reading.attendees} "
                      f"intent={reading.intent} lang={reading.language} — {reading.reason}\n")
        out.flush()
    return status


def _public(d: dict) -> dict:
    order = ["intent", "action", "workshop", "attendees", "names", "language", "evidence", "flags", "reason",
             "candidates", "previous_workshop", "sender", "subject", "message_id", "in_reply_to", "sent_at"]
    return {k: d[k] for k in order}


def cmd_eval(args: argparse.Namespace, config: Config) -> int:
    from .evaluate import evaluate

    directory = Path(args.directory)
    if not (directory / "labels.json").is_file():
        raise MailbotError(f"{directory}/labels.json not found")
    result = evaluate(directory, config, args.half)
    print(f"corpus: {directory}" + (f" ({args.half}-numbered files)" if args.half else ""))
    for line in result.lines():
        print(line)
    for by in ("language", "intent"):
        print()
        for line in result.table(by):
            print(line)
    if result.mistakes:
        print(f"\nmistakes ({len(result.mistakes)}):")
        for m in result.mistakes:
            print(f"  {m}")
    return 1 if result.failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mailbot", description="Registration desk for a mailbox.")
    parser.add_argument("--config", metavar="PATH", help="config file (default: ./config.toml, else the example)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="read messages and print what mailbot understands")
    p.add_argument("--json", action="store_true", help="one JSON object per line and message")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    p.set_defaults(func=cmd_parse)
    e = sub.add_parser("eval", help="measure the understanding on a labelled corpus (DIR/*.eml + labels.json)")
    e.add_argument("directory", metavar="DIR")
    e.add_argument("--half", choices=("odd", "even"), help="score only the odd- or even-numbered files")
    e.set_defaults(func=cmd_eval)

    from . import commands as c

    r = sub.add_parser("run", help="fetch, decide, record and reply (a service; --once for one pass)")
    r.add_argument("--once", action="store_true", help="one pass: fetch, handle, send, then exit (for cron, tests)")
    r.add_argument("--dry-run", action="store_true", help="read and decide, print what would be sent; "
                   "store, send and move nothing")
    r.add_argument("--now", metavar="ISO", help="treat this as the current time (trials: the example workshops "
                   "lie in 2023), e.g. 2023-09-04T09:00")
    r.add_argument("--quiet", action="store_true", help="no line per message")
    r.add_argument("--desk", metavar="ID", help="with [[desks]] in the config: run only this desk "
                   "(default: all desks in this process)")
    r.set_defaults(func=c.cmd_run)
    st = sub.add_parser("status", help="registrations per workshop, messages awaiting staff, mail queue")
    st.set_defaults(func=c.cmd_status)
    x = sub.add_parser("export", help="participant lists as CSV or XLSX")
    x.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    x.add_argument("--workshop", metavar="ID", help="only this workshop")
    x.add_argument("-o", "--output", metavar="FILE", help="file to write (default: standard output)")
    x.set_defaults(func=c.cmd_export)
    f = sub.add_parser("forget", help="erase a person's personal data (GDPR Art. 17)")
    f.add_argument("email")
    f.set_defaults(func=c.cmd_forget)
    h = sub.add_parser("health", help="checks for monitoring: exit 0 ok, 1 warning, 2 critical")
    h.add_argument("--max-age", type=int, default=900, metavar="SECONDS",
                   help="warn when the mailbox was not fetched for this long (default 900)")
    h.set_defaults(func=c.cmd_health)
    w = sub.add_parser("serve", help="the staff pages (review queue, participants, outbox, people)")
    w.add_argument("--host", help="address to listen on (default: web.host, 127.0.0.1)")
    w.add_argument("--port", type=int, help="port (default: web.port, 8025)")
    w.add_argument("--now", metavar="ISO", help="treat this as the current time (trials)")
    w.set_defaults(func=c.cmd_serve)
    u = sub.add_parser("user", help="staff accounts for the web pages")
    us = u.add_subparsers(dest="user_command", required=True)
    ua = us.add_parser("add", help="create an account or set a new password (asked for; read from "
                       "standard input when not a terminal)")
    ua.add_argument("name")
    ua.set_defaults(func=c.cmd_user_add)
    ur = us.add_parser("remove", help="delete an account; its sessions end at once")
    ur.add_argument("name")
    ur.set_defaults(func=c.cmd_user_remove)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = load_config(args.config)
        return args.func(args, config)
    except MailbotError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
