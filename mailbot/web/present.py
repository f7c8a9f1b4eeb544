"""What the staff pages show, worked out from the stored rows (no requests, no database): who
moved up, what the register form preselects, which rows a search finds, how the mail is
marked, and a sent mail as staff read it."""

from __future__ import annotations

import re
from typing import Any, Callable

from markupsafe import Markup, escape

from ..replies import RTL
from ..store import Registration


def matches(reg: Registration, query: str) -> bool:
    """A registration found by a search: name, companions, address or phone number."""
    q = query.casefold()
    digits = "".join(c for c in query if c.isdigit())
    return any(q in (v or "").casefold() for v in [reg.name, reg.email, reg.reference, *(reg.names or [])]) or \
        bool(len(digits) >= 3 and digits in "".join(c for c in reg.phone or "" if c.isdigit()))


def moved_up(promoted: list[Registration], gettext: Callable[[str], str] = str) -> str:
    """The notice of who moved up from a waiting list (worded by ``gettext``, the staff catalog): those
    without an address must be called."""
    _ = gettext
    said = []
    for r in promoted:
        who = r.name or r.email or r.phone or _("Anmeldung %(reference)s") % {"reference": r.reference}
        if r.email:
            said.append(_("%(who)s (Mail steht im Postausgang)") % {"who": who})
        elif r.phone:
            said.append(_("%(who)s – keine E-Mail-Adresse, bitte anrufen: %(phone)s") % {"who": who, "phone": r.phone})
        else:
            said.append(_("%(who)s – keine E-Mail-Adresse, bitte anrufen") % {"who": who})
    return (" " + _("Von der Warteliste nachgerückt: %(who)s.") % {"who": "; ".join(said)}) if said else ""


def preselected(reading: dict) -> str:
    """The workshop the bot read for the register form: its decision, the only candidate, or the
    only workshop the text names without ruling it out; "" (please choose) otherwise."""
    if reading.get("workshop"):
        return reading["workshop"]
    candidates = reading.get("candidates") or []
    if len(candidates) == 1:
        return candidates[0]
    named = {w for ev in reading.get("evidence") or [] if ev.get("stance") not in ("neg", "old")
             for w in ev.get("events") or []}
    return next(iter(named)) if len(named) == 1 else ""


MAIL_HEADERS = ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Auto-Submitted",
                "Content-Language")


def mail_view(raw: bytes) -> dict:
    """A mail as staff read it: the headers decoded, the text per language (marked with its
    language and direction), and the attachments by name, not the transfer encoding."""
    import email
    from email import policy

    from ..replies import SEPARATOR

    if not raw:
        return {"headers": [], "parts": [], "attachments": [], "body": ""}
    mail = email.message_from_bytes(raw, policy=policy.default)
    body_part = mail.get_body(("plain",))
    body = body_part.get_content() if body_part is not None else ""
    langs = [x.strip() for x in str(mail.get("Content-Language", "de")).split(",") if x.strip()] or ["de"]
    chunks = body.split(SEPARATOR.strip("\n"))
    parts = [{"lang": langs[min(i, len(langs) - 1)], "text": c.strip("\n")} for i, c in enumerate(chunks)]
    for part in parts:
        part["dir"] = text_dir(part["text"], part["lang"])
    attachments = [{"name": a.get_filename() or "", "type": a.get_content_type(),
                    "size": len(a.get_payload(decode=True) or b"")} for a in mail.iter_attachments()]
    headers = [(h, str(mail[h])) for h in MAIL_HEADERS if mail[h] is not None]
    return {"headers": headers, "parts": parts, "attachments": attachments, "body": body}


RTL_LANGUAGES = RTL  # Kurmanji ("ku") and Roman Urdu are Latin
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LETTER = re.compile(r"[^\W\d_]")


def text_dir(text: str, lang: str) -> str:
    """The direction of a text for ``dir``: by its letters (most in a right-to-left script: rtl),
    by its language when it has none."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return "rtl" if (lang or "").split("-")[0] in RTL_LANGUAGES else "ltr"
    return "rtl" if 2 * len(_RTL_LETTER.findall(text)) > letters else "ltr"


def split_parts(raw: bytes) -> dict[str, str]:
    """A stored mail's new text, quoted text and signature (the raw text when it cannot be read)."""
    from ..understand.mime import Unreadable, parse_mail
    from ..understand.quotes import split_reply

    try:
        parts = split_reply(parse_mail(raw).text)
        return {"new": parts.new, "quoted": parts.quoted, "signature": parts.signature}
    except (Unreadable, RecursionError, ValueError):
        return {"new": raw[:20000].decode("utf-8", "replace"), "quoted": "", "signature": ""}


def highlight(text: str, evidence: list[dict[str, Any]]) -> Markup:
    """The text, escaped, with the spans the bot read as evidence marked."""
    spans: list[tuple[int, int, str]] = []
    for ev in evidence:
        needle = str(ev.get("text") or "").strip()
        if len(needle) < 2 or ev.get("kind") == "attendees":
            continue
        word = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, needle.split())) + r"(?!\w)", re.I)
        # within the sentence the bot read it in: "morgen" there, not the "Morgen" of "Guten Morgen"
        clause = str(ev.get("clause") or "").split()
        where = re.search(r"\s+".join(map(re.escape, clause)), text, re.I) if clause else None
        start, end = (where.start(), where.end()) if where else (0, len(text))
        for m in word.finditer(text, start, end):
            spans.append((m.start(), m.end(), ev.get("kind", "")))
    spans.sort()
    out: list[str] = []
    pos = 0
    for start, end, kind in spans:
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark title="{}">{}</mark>').format(kind, text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)
