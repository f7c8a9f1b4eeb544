"""Every reply kind in every reply language, rendered for a set of representative situations,
is exactly the text recorded in ``tests/unit/replies/<lang>.txt``.

The recorded texts were rendered with the per-language templates before the switch to one
template per kind with gettext catalogs, so this test shows the switch changed no reply.
After a deliberate change of wording, rewrite the record with
``MAILBOT_WRITE_SNAPSHOT=1 pytest tests/unit/test_reply_snapshot.py`` and review the diff.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from mailbot.replies import Templates

RECORD = Path(__file__).parent / "replies"
LANGS = ["de", "en", "tr", "ar", "uk", "ru"]
KINDS = ["already", "ask_change", "cancelled", "changed", "clarify", "confirm_request", "confirmed",
         "not_registered", "promoted", "received", "recounted", "renamed", "reminder", "too_late", "waiting",
         "withdrawn"]
CLARIFY_REASONS = ["missing", "several", "past", "unknown_date", "contradiction", "cancel_which", "attendees",
                   "something else"]
ENTRY = "=== "


def workshop(number: int, town: str, date: str) -> SimpleNamespace:
    return SimpleNamespace(id=f"w{number}", title="Elternabend Schule und Ausbildung", town=town,
                           venue=f"Bürgerhaus {town}", address=f"Marktplatz {number}, 74000 {town}",
                           date=date, start="16:45", end="21:00", number=number)


FIRST, SECOND, THIRD = (workshop(1, "Obersulm", "Dienstag, 19.09.2023"),
                        workshop(2, "Neckarsulm", "Montag, 25.09.2023"),
                        workshop(3, "Brackenheim", "Mittwoch, 04.10.2023"))


def context(**changes: Any) -> dict[str, Any]:
    """A full situation (name, phone, three open workshops, three people); ``changes`` override it."""
    ctx: dict[str, Any] = {
        "office": SimpleNamespace(name="Amt für Beispiele", address="anmeldung@amt.example", phone="07131 000-0"),
        "name": "Mira Okafor", "reference": "MB-TEST23", "workshop": SECOND, "previous": FIRST,
        "options": [FIRST, SECOND, THIRD], "candidates": [SECOND, THIRD], "reason": "missing",
        "attendees": 3, "position": 4, "days": 5, "names": ["Mira Okafor", "Jonas Okafor", "Lea Brandt"],
    }
    ctx.update(changes)
    return ctx


BARE = {"name": "", "reference": "", "previous": None, "options": [], "candidates": [], "attendees": None,
        "position": None, "days": None, "names": [], "office": SimpleNamespace(name="Amt für Beispiele",
                                                                   address="anmeldung@amt.example", phone="")}


def situations(kind: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Labelled contexts: full, bare, one person, and each value a kind branches on."""
    yield "full", context()
    # ask_change is only sent about a registration (previous) they have, recounted with its head-count
    needed = {"ask_change": {"previous": FIRST}, "recounted": {"attendees": 1}}.get(kind, {})
    yield "bare", context(**BARE | needed)
    yield "one person, first of the list", context(attendees=1, workshop=FIRST)
    if kind in {"clarify", "too_late", "received", "not_registered"}:
        yield "no workshop", context(**BARE | {"workshop": None})
    if kind == "clarify":
        for reason in CLARIFY_REASONS:
            yield f"reason {reason}", context(reason=reason)
            yield f"reason {reason}, no workshop", context(**BARE | {"reason": reason, "workshop": None})
    if kind == "confirm_request":
        for reason in ["cancel", "change"]:
            yield f"reason {reason}", context(reason=reason)
            yield f"reason {reason}, bare", context(**BARE | {"reason": reason})
    if kind == "reminder":
        for days in [0, 1, 2, 3, 11, 21, 22, 25, 101, 102]:
            yield f"in {days} days", context(**BARE | {"days": days, "attendees": 2 if days % 2 else None})
    if kind in {"recounted", "confirmed", "promoted"}:  # head-counts in every plural form
        for n in [2, 5, 21, 22] if kind == "recounted" else [2, 21]:
            yield f"{n} people", context(**BARE | {"attendees": n})
    if kind == "cancelled":
        yield "one cancelled, no other", context(candidates=[SECOND], options=[SECOND])


def render_all(templates: Templates, lang: str) -> str:
    out = []
    for kind in KINDS:
        if not templates.has(lang, kind):  # not translated yet: replies have only the German part
            continue
        for label, ctx in situations(kind):
            subject, body = templates.render(lang, kind, ctx)
            out.append(f"{ENTRY}{kind} / {label}\nSubject: {subject}\n\n{body}\n")
    return "\n".join(out)


@pytest.mark.parametrize("lang", LANGS)
def test_every_reply_reads_as_recorded(lang: str) -> None:
    rendered = render_all(Templates(), lang)
    path = RECORD / f"{lang}.txt"
    if os.environ.get("MAILBOT_WRITE_SNAPSHOT"):
        RECORD.mkdir(exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    recorded = path.read_text(encoding="utf-8")
    want = dict(_entries(recorded))
    got = dict(_entries(rendered))
    assert list(got) == list(want)
    changed = [key for key in want if got[key] != want[key]]
    assert not changed, f"{lang}: {len(changed)} replies differ, first: {changed[0]}\n" \
                        f"--- recorded\n{want[changed[0]]}\n--- now\n{got[changed[0]]}"


def _entries(text: str) -> Iterator[tuple[str, str]]:
    for chunk in text.split("\n" + ENTRY):
        head, _, body = chunk.removeprefix(ENTRY).partition("\n")
        yield head, body
