"""Helpers for tests of replies to the desk's own mails: the desk's real reply rendered (German, then
the writer's language where a catalog translates it), quoted under the writer's answer as a mail
program does, and read as the worker and ``mailbot eval`` read it."""

from __future__ import annotations

from mailbot.decide import Desk, RegView, decide
from mailbot.evaluate import as_done
from mailbot.replies import SEPARATOR, Composer
from mailbot.understand.reading import understand
from tests.unit.test_reading import CONFIG, EVENTS, OFFICE, build
from tests.unit.test_unseen_kinds12 import NOW

REF = "MB-K7Q4ZT"
IDS = [e.id for e in EVENTS]


def our_mail(kind: str, lang: str = "de", **kw) -> tuple[str, str]:
    subject, parts = Composer(CONFIG).parts(kind, lang, to_name="Petra Kuhn", reference=REF, **kw)
    return f"{subject} [{REF}]", SEPARATOR.join(body for _, body in parts)


def answer(body: str, kind: str, lang: str = "de", top: bool = True, **kw):
    """``body`` answering our mail ``kind``, with the action the desk takes (as ``mailbot eval`` scores it)."""
    subject, text = our_mail(kind, lang, **kw)
    quoted = "\n".join("> " + line if line else ">" for line in text.splitlines())
    head = "Am 04.09.2023 um 10:12 schrieb Landratsamt Heilbronn <integration@landratsamt-heilbronn.de>:\n"
    full = f"{body}\n\n{head}{quoted}\n" if top else f"{head}{quoted}\n\n{body}\n"
    raw = build(full, subject=f"Re: {subject}", headers={"In-Reply-To": "<mailbot.0a1b2c@landratsamt-heilbronn.de>"})
    return as_done(understand(raw, EVENTS, OFFICE), EVENTS, raw)


def confirmed(body: str, lang: str = "de", people: int = 1, workshop: str = "weinsberg", **kw):
    return answer(body, "confirmed", lang, workshop=workshop, attendees=people, **kw)


def already(body: str, lang: str = "de", people: int = 1, workshop: str = "weinsberg", **kw):
    return answer(body, "already", lang, workshop=workshop, attendees=people, **kw)


def waiting(body: str, lang: str = "de", people: int = 1, workshop: str = "neuenstadt", **kw):
    return answer(body, "waiting", lang, workshop=workshop, attendees=people, position=3,
                  options=tuple(IDS), **kw)


def how_many(body: str, lang: str = "de", workshop: str = "weinsberg", **kw):
    return answer(body, "clarify", lang, workshop=workshop, reason="attendees", **kw)


def registered_writes(body: str, people: int, workshop: str = "weinsberg", subject: str = "Workshop"):
    """A new mail (no quote) from a sender the desk holds confirmed for ``workshop`` with ``people``."""
    r = understand(build(body, subject=subject), EVENTS, OFFICE)
    return r, decide(r, Desk(now=NOW, events=EVENTS, mine=(RegView(7, workshop, "confirmed", people),)))
