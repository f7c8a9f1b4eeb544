"""``mailbot eval DIR``: measure the understanding against a labelled corpus.

Each message is read (``understand``) and decided (``decide``) on an empty desk whose clock is
the message's own ``Date:``, as the corpus is labelled; the plan's outcome is scored as the
label's action (``ACTION``), the reading's workshop and head-count as what the mail says.
Counts what matters to the people the bot serves: wrong confirmations, wrong cancellations and
replies to mail that must be ignored (each fails the run), action, workshop and attendee
accuracy, and how many clear registrations were confirmed without a person; then the same per
language and per intent of the labels. ``half`` scores only the odd- or even-numbered files (the
fitted and the unseen half of a corpus studied one half at a time). Labels are ``labels.json`` and
any ``labels-*.json`` beside it (example mails added by other hands).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from .config import Config
from .decide import Desk, RegView, decide
from .events import Event
from .states import Status
from .understand.answers import answers_our_mail, read_answer
from .understand.intent import WAITING_NOTICE
from .understand.mime import Unreadable, parse_mail
from .understand.quotes import split_reply
from .understand.reading import quoted_count
from .understand.result import Reading
from .understand.reading import understand

REPLYING_ACTIONS = {"confirm", "clarify", "cancel"}  # review sends at most an acknowledgement
# a plan's outcome as the label's action: what the desk does first
ACTION = {
    "confirmed": "confirm", "waiting": "confirm", "already": "confirm", "changed": "confirm",
    "recounted": "confirm", "renamed": "confirm", "cancelled": "cancel", "not_registered": "cancel",
    "clarify": "clarify", "ask_change": "clarify", "too_late": "clarify", "review": "review",
    "held": "review", "ignored": "ignore",
}


@dataclass
class Result:
    total: int = 0
    action_ok: int = 0
    workshop_total: int = 0
    workshop_ok: int = 0
    attendees_total: int = 0
    attendees_ok: int = 0
    clear_total: int = 0
    clear_confirmed: int = 0
    wrong_confirmations: int = 0
    wrong_cancellations: int = 0
    loop_replies: int = 0
    mistakes: list[str] = field(default_factory=list)
    groups: dict[str, dict[str, "Result"]] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return bool(self.wrong_confirmations or self.wrong_cancellations or self.loop_replies)

    def group(self, by: str, key: str) -> "Result":
        return self.groups.setdefault(by, {}).setdefault(key, Result())

    def table(self, by: str) -> list[str]:
        """One line per language (or intent): n, action, wrong confirmations/cancellations, loops, attendees."""
        rows = [f"{by:<10} {'n':>4} {'action':>7} {'wrong conf':>10} {'wrong canc':>10} {'loops':>5} {'attendees':>9}"]
        for key, r in sorted(self.groups.get(by, {}).items(), key=lambda kv: (-kv[1].total, kv[0])):
            att = f"{r.attendees_ok / r.attendees_total:.2f}" if r.attendees_total else "–"
            rows.append(f"{key:<10} {r.total:>4} {r.action_ok / r.total:>7.2f} {r.wrong_confirmations:>10} "
                        f"{r.wrong_cancellations:>10} {r.loop_replies:>5} {att:>9}")
        return rows

    def lines(self) -> list[str]:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})" if b else "n/a (0/0)"

        return [
            f"messages:             {self.total}",
            f"action accuracy:      {ratio(self.action_ok, self.total)}",
            f"wrong confirmations:  {self.wrong_confirmations}",
            f"wrong cancellations:  {self.wrong_cancellations}",
            f"loop replies:         {self.loop_replies}",
            f"workshop accuracy:    {ratio(self.workshop_ok, self.workshop_total)}",
            f"attendee accuracy:    {ratio(self.attendees_ok, self.attendees_total)}",
            f"automation rate:      {ratio(self.clear_confirmed, self.clear_total)}",
        ]


def score(name: str, got: Reading, want: dict, result: Result) -> None:
    problems = _score(got, want, result)
    for by, key in (("language", want.get("language") or "?"), ("intent", want.get("intent") or "?")):
        _score(got, want, result.group(by, key))
    if problems:
        result.mistakes.append(f"{name}: {'; '.join(problems)} — {got.reason} [{want.get('note', '')[:100]}]")


def _score(got: Reading, want: dict, result: Result) -> list[str]:
    result.total += 1
    accepted = {want["action"], *(want.get("accept") or [])}
    problems = []
    if got.action in accepted:
        result.action_ok += 1
    else:
        problems.append(f"action {got.action}, want {want['action']}")
    if got.action == "confirm" and (
        "confirm" not in accepted or (want.get("workshop") and got.workshop != want["workshop"])
        or (want["action"] != "confirm" and want.get("workshop") is None)
    ):
        result.wrong_confirmations += 1
        problems.append("WRONG CONFIRMATION")
    if got.action == "cancel" and "cancel" not in accepted:
        result.wrong_cancellations += 1
        problems.append("WRONG CANCELLATION")
    if want["action"] == "ignore" and got.action in REPLYING_ACTIONS:
        result.loop_replies += 1
        problems.append("LOOP REPLY")
    if want["action"] in ("confirm", "cancel") and want.get("workshop"):
        result.workshop_total += 1
        if got.workshop == want["workshop"]:
            result.workshop_ok += 1
        else:
            problems.append(f"workshop {got.workshop}, want {want['workshop']}")
    if want["action"] == "confirm" and want.get("attendees") is not None:
        result.attendees_total += 1
        if got.attendees == want["attendees"]:
            result.attendees_ok += 1
        else:
            problems.append(f"attendees {got.attendees}, want {want['attendees']}")
    if want["action"] == "confirm":
        result.clear_total += 1
        if got.action == "confirm" and got.workshop == want.get("workshop"):
            result.clear_confirmed += 1
    return problems


# the line of our mails that gives a registration's number (templates: "Ihre Anmelde-Nummer: {{ reference }}")
_OUR_NUMBER_LINE = re.compile(r"^[>\s]*Ihre Anmelde-Nummer:\s*(?=[\w-]*\d)[A-Z0-9][\w-]{3,20}\s*$", re.M | re.I)


def held_by_quote(reading: Reading, raw: bytes, prefix: str = "MB") -> tuple[RegView, ...]:
    """The registration a reply shows the desk holds for its sender: the quoted mail of ours names one
    workshop and carries its registration number (our confirmation, "already registered", the waiting-list
    notice; the count it gives, else one). The worker finds that registration in its store by the
    ``In-Reply-To``; eval, which has no store, takes it from the quote, as the labels do."""
    if reading.previous_workshop is None or not reading.in_reply_to:
        return ()
    try:
        mail = parse_mail(raw)
    except Unreadable:
        return ()
    quoted = split_reply(mail.text).quoted_text()[:6000]
    # any letters and digits: a corpus writer's invented number stands for one the desk gave out (the
    # desk's own are six long and leave out 0/O and 1/I; a writer's "MB-1HU8GD", "MB-L2W6Y" are still ones)
    # (or our registration number's line, whatever the writer made of the number: "Ihre Anmelde-Nummer: WS-4-0088"
    # under our confirmation in a writer's own format; the worker finds that registration by ``In-Reply-To``)
    if not (re.search(rf"(?<![\w\[-]){re.escape(prefix)}-[A-Z0-9]{{4,10}}(?![\w\]])", quoted, re.I)
            or _OUR_NUMBER_LINE.search(quoted)):
        return ()
    status = Status.WAITING if WAITING_NOTICE.search(f"{mail.subject}\n{quoted}") else Status.CONFIRMED
    return (RegView(1, reading.previous_workshop, status, quoted_count(quoted) or 1),)


def as_done(reading: Reading, events: tuple[Event, ...], raw: bytes | None = None) -> Reading:
    """The reading with the action the desk takes: ``decide`` at the time the message was written
    (without a ``Date:``, before every workshop), on a desk that knows nobody, or, for a reply to our
    mail about a registration, holds that one (``held_by_quote``). A person's reply to one of our mails
    is also read as an answer to it (``raw``: "Nummer 2" of the list they quoted), as the worker does;
    a registration it makes, moves or recounts is scored with its workshop and count."""
    now = reading.sent() or datetime.min.replace(tzinfo=timezone.utc)
    answer = (read_answer(raw, events, {}, reading.language or "")
              if raw is not None and answers_our_mail(reading) else None)
    held = held_by_quote(reading, raw) if raw is not None and answer is not None else ()
    plan = decide(reading, Desk(now=now, events=events, answer=answer, mine=held, thread=held[0] if held else None))
    done = replace(reading, action=ACTION[plan.outcome])
    if plan.register is not None:  # what the desk registers, even where the reading named another workshop
        return replace(done, workshop=plan.register[0], attendees=plan.register[1])
    if not held:
        return done
    # the held registration, as the plan leaves it: moved, recounted, cancelled or as it was
    people = plan.recount[1] if plan.recount is not None else held[0].attendees
    if plan.move is not None:  # "Kann ich stattdessen nach Brackenheim?"
        return replace(done, workshop=plan.move[1], attendees=people)
    if plan.recount is not None or plan.outcome == "already":  # "meine Frau ist krank, ich komme allein"
        return replace(done, workshop=held[0].workshop, attendees=people)
    if plan.cancel:
        return replace(done, workshop=held[0].workshop)
    return done


def in_half(name: str, half: str | None) -> bool:
    """``odd``/``even``: by the number in the file name (files without a number are in both)."""
    digits = "".join(c for c in name if c.isdigit())
    if half is None or not digits:
        return True
    return (int(digits) % 2 == 1) == (half == "odd")


def load_labels(directory: Path) -> dict[str, dict]:
    """``labels.json`` and any ``labels-*.json`` beside it (labels written by different hands)."""
    labels: dict[str, dict] = {}
    for path in [directory / "labels.json", *sorted(directory.glob("labels-*.json"))]:
        labels.update(json.loads(path.read_text(encoding="utf-8")))
    return labels


def evaluate(directory: Path, config: Config, half: str | None = None) -> Result:
    labels = load_labels(directory)
    result = Result()
    for path in sorted(p for p in directory.glob("*.eml") if in_half(p.name, half)):
        want = labels.get(path.name)
        if want is None:
            result.mistakes.append(f"{path.name}: no label")
            continue
        raw = path.read_bytes()
        reading = understand(raw, config.events, config.office)
        score(path.name, as_done(reading, config.events, raw), want, result)
    return result
