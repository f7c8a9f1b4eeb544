"""Replies: jinja2 templates → a complete MIME message (plain text + autoescaped HTML + .ics).

German comes first, in plain language; below it the same in the sender's language when a
catalog for it exists (one template per kind, ``templates/<kind>.txt.j2``, its German texts
translated by ``locale/<lang>/LC_MESSAGES/mailbot.po``). The HTML part is built here from the
plain text (paragraphs, line breaks) with autoescaping, right-to-left for Arabic and Persian.
Nothing the sender wrote can reach a header except their subject, and that is stripped of
control characters and folded by the e-mail library.
"""

from __future__ import annotations

import copy
import gettext
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from functools import cached_property, lru_cache
from pathlib import Path
from types import SimpleNamespace

import jinja2
from babel.dates import format_date

from .catalogs import LOCALE, STAFF_ANSWER_SUBJECT, TEMPLATES, catalog_paths, translations
from .config import Config
from .errors import MailbotError
from .events import Event
from .understand.mime import PLAIN_ADDRESS

SEPARATOR = "\n\n————————————————\n\n"
RTL = {"ar", "fa", "prs", "he", "ur", "ps", "ckb"}  # Kurmanji ("ku") is written in Latin letters
ICS_KINDS = {"confirmed", "promoted", "changed", "reminder"}
SHIPPED = TEMPLATES  # the shipped reply templates
REF_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I
SUBJECT_PREFIX = re.compile(r"^\s*((re|aw|antw|wg|fw|fwd|sv|vs|odp|ynt|رد|отв|re\[\d+\])\s*:\s*)+", re.I)
CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u200e\u200f\u202a-\u202e]+")


def new_reference(prefix: str) -> str:
    return f"{prefix}-" + "".join(secrets.choice(REF_ALPHABET) for _ in range(6))


def reference_pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(rf"\[\s*({re.escape(prefix)}-[{REF_ALPHABET}]{{6}})\s*\]", re.I)


def clean_subject(subject: str, limit: int = 150) -> str:
    """The sender's subject made safe for ours: no control characters, no stacked Re:/AW:."""
    s = CONTROL.sub(" ", subject or "")
    s = SUBJECT_PREFIX.sub("", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[:limit].rstrip() + ("…" if len(s) > limit else "")


@dataclass
class Reply:
    kind: str
    to: str
    subject: str
    message_id: str
    raw: bytes


class Templates:
    """One jinja2 template per reply kind, its texts translated through gettext catalogs.

    The templates' texts are German (the msgids); ``<locale>/<lang>/LC_MESSAGES/mailbot.po`` holds a
    language's translations, so a language is added by one catalog. A text its catalog lacks (or
    translates with a broken placeholder) is sent in German. A desk's own ``directory`` may
    replace single kinds (the others are the shipped ones) and may bring its own ``locale/``,
    which then replaces the shipped catalogs.
    """

    def __init__(self, directory: Path | None = None, locale: Path | None = None):
        if directory is not None and not directory.is_dir():
            raise MailbotError(f"replies.templates: no template directory {directory}")
        self.directory = directory or SHIPPED
        own_locale = self.directory / "locale"
        self.locale = locale or (own_locale if own_locale.is_dir() else LOCALE)
        search = [str(self.directory)] + ([str(SHIPPED)] if self.directory != SHIPPED else [])
        self.loader = jinja2.FileSystemLoader(search)
        self.catalogs = catalog_paths(self.locale)
        self._envs: dict[str, jinja2.Environment] = {}
        self._translated: dict[str, set[str]] = {}
        self.html = jinja2.Environment(autoescape=True).from_string(HTML_LAYOUT)

    def languages(self) -> set[str]:
        """German and every language with a catalog."""
        return {"de", *self.catalogs}

    def kinds(self) -> set[str]:
        return {name.removesuffix(".txt.j2") for name in self.loader.list_templates()
                if name.endswith(".txt.j2") and not name.startswith("_")}

    def has(self, lang: str, kind: str) -> bool:
        """Whether a reply of this kind gets a part in ``lang``: German always; another language when
        its catalog translates one of the texts only this kind has (until then the part would be
        the German text again, in a few shared sentences translated)."""
        if kind not in self.available:
            return False
        if lang == "de":
            return True
        if lang not in self._translated:
            self._translated[lang] = {k for k in self.available if self._started(lang, k)}
        return kind in self._translated[lang]

    def _started(self, lang: str, kind: str) -> bool:
        if lang not in self.catalogs:
            return False
        catalog = translations(self.catalogs[lang])
        texts = self.texts
        shared = set().union(*(t for k, t in texts.items() if k != kind))
        for message in (texts[kind] - shared) or texts[kind]:
            if isinstance(message, str) and catalog.gettext(message) != message:
                return True
            if isinstance(message, tuple) and catalog.ngettext(message[0], message[1], 2) != message[1]:
                return True
        return False

    @cached_property
    def texts(self) -> dict[str, frozenset[str | tuple[str, str]]]:
        """Each kind's msgids (singular, plural for plural forms), from its own template."""
        env = self.environment("de")
        out = {}
        for kind in self.available:
            _, filename, _ = self.loader.get_source(env, f"{kind}.txt.j2")
            out[kind] = template_texts(Path(filename), Path(filename).stat().st_mtime_ns)
        return out

    @cached_property
    def available(self) -> set[str]:
        """The reply kinds, looked up once (compose runs per reply)."""
        return self.kinds()

    def environment(self, lang: str) -> jinja2.Environment:
        if lang not in self._envs:
            env = jinja2.Environment(
                loader=self.loader, autoescape=False, undefined=jinja2.StrictUndefined, extensions=["jinja2.ext.i18n"],
                trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
            env.install_gettext_translations(self.translations(lang), newstyle=True)  # type: ignore[attr-defined]
            self._envs[lang] = env
        return self._envs[lang]

    def translations(self, lang: str) -> gettext.NullTranslations:
        """The language's catalog, falling back to a German one (if any) and then to the German msgids."""
        german = translations(self.catalogs["de"]) if "de" in self.catalogs else None
        if lang == "de" or lang not in self.catalogs:
            return german or gettext.NullTranslations()
        found = copy.copy(translations(self.catalogs[lang]))  # the cached one stays without fallback
        if german is not None:
            found.add_fallback(german)
        return found

    def render(self, lang: str, kind: str, ctx: dict) -> tuple[str, str]:
        template = self.environment(lang).get_template(f"{kind}.txt.j2")
        subject = "".join(template.blocks["subject"](template.new_context(ctx))).strip()
        body = "".join(template.blocks["body"](template.new_context(ctx))).strip()
        return CONTROL.sub(" ", subject), body


@lru_cache(maxsize=128)
def template_texts(path: Path, mtime_ns: int) -> frozenset[str | tuple[str, str]]:
    """The msgids of a template file (parsed once per process and file version)."""
    source = path.read_text(encoding="utf-8")
    return frozenset(m if isinstance(m, str) else (m[0], m[1])
                     for _, _, m in EXTRACTING.extract_translations(source))  # type: ignore[attr-defined]


EXTRACTING = jinja2.Environment(extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)


def workshop_view(event: Event | None, lang: str, number: int = 0) -> SimpleNamespace | None:
    if event is None:
        return None
    try:
        day = format_date(event.start.date(), format="full", locale=lang)
    except Exception:  # a language babel does not know
        day = format_date(event.start.date(), format="full", locale="de")
    return SimpleNamespace(id=event.id, title=event.title, town=event.town, venue=event.venue, address=event.address,
                           date=day, start=event.start.strftime("%H:%M"), end=event.end.strftime("%H:%M"),
                           number=number)


def calendar(event: Event, reference: str, domain: str, office_name: str, now: datetime) -> bytes:
    """An iCalendar file for the workshop (PUBLISH: an entry to save, not an invitation to answer)."""
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ").encode()
    uid = f"{reference}-{event.id}@{domain}".encode()
    return _calendar_template(event, office_name).replace(b"@@STAMP@@", stamp).replace(b"@@UID@@", uid)


@lru_cache(maxsize=64)
def _calendar_template(event: Event, office_name: str) -> bytes:
    # building the time zone component costs ~8 ms: done once per event, then filled in
    from icalendar import Calendar
    from icalendar import Event as VEvent

    cal = Calendar()
    cal.add("prodid", "-//mailbot//registration desk//DE")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    ev = VEvent()
    ev.add("uid", "@@UID@@")
    ev.add("dtstamp", datetime(2000, 1, 1, tzinfo=timezone.utc))
    ev.add("dtstart", event.start)
    ev.add("dtend", event.end)
    ev.add("summary", f"{event.title} – {event.town}")
    ev.add("location", f"{event.venue}, {event.address}")
    ev.add("description", office_name)
    cal.add_component(ev)
    if hasattr(cal, "add_missing_timezones"):
        cal.add_missing_timezones()
    return cal.to_ical().replace(b"DTSTAMP:20000101T000000Z", b"DTSTAMP:@@STAMP@@")


class Composer:
    def __init__(self, config: Config, templates: Templates | None = None):
        self.config = config
        directory = config.path(config.replies.templates) if config.replies.templates else None
        self.templates = templates or Templates(directory)
        self.sender = config.sender
        self.domain = self.sender.rsplit("@", 1)[1]

    def parts(self, kind: str, lang: str, *, to_name: str = "", reference: str | None = None,
              workshop: str | None = None, previous: str | None = None, options: tuple[str, ...] = (),
              candidates: tuple[str, ...] = (), reason: str | None = None, attendees: int | None = None,
              position: int | None = None, days: int | None = None,
              names: tuple[str, ...] = ()) -> tuple[str, list[tuple[str, str]]]:
        """The subject and the rendered text per language: German, then ``lang`` if its catalog
        translates this kind."""
        cfg = self.config
        langs = ["de"] + ([lang] if lang != "de" and self.templates.has(lang, kind) else [])
        parts = []
        subject = ""
        numbered = {wid: i + 1 for i, wid in enumerate(options)}
        for lg in langs:
            ctx = {
                "office": SimpleNamespace(name=cfg.office.name, address=self.sender, phone=cfg.office.phone),
                "name": greeting_name(to_name), "reference": reference or "",
                "workshop": workshop_view(cfg.event(workshop), lg, numbered.get(workshop or "", 0)),
                "previous": workshop_view(cfg.event(previous), lg),
                "options": [workshop_view(cfg.event(w), lg, numbered[w]) for w in options if cfg.event(w)],
                "candidates": [workshop_view(cfg.event(w), lg, numbered.get(w, 0)) for w in candidates if cfg.event(w)],
                "reason": reason or "missing", "attendees": attendees, "position": position, "days": days,
                "names": list(names),
            }
            subj, body = self.templates.render(lg, kind, ctx)
            subject = subject or subj
            parts.append((lg, body))
        return subject, parts

    def text(self, kind: str, lang: str, **kw) -> str:
        """The plain-text body as it would be sent (for staff to edit before sending)."""
        return SEPARATOR.join(body for _, body in self.parts(kind, lang, **kw)[1])

    def compose(self, kind: str, *, to: str, to_name: str = "", lang: str = "de", now: datetime,
                reference: str | None = None, workshop: str | None = None, previous: str | None = None,
                options: tuple[str, ...] = (), candidates: tuple[str, ...] = (), reason: str | None = None,
                attendees: int | None = None, position: int | None = None, days: int | None = None,
                in_reply_to: str = "", references: list[str] | None = None, their_subject: str | None = None,
                body_override: str | None = None, subject_override: str | None = None,
                names: tuple[str, ...] = ()) -> Reply:
        cfg = self.config
        subject, parts = ("", []) if body_override is not None else self.parts(
            kind, lang, to_name=to_name, reference=reference, workshop=workshop, previous=previous, options=options,
            candidates=candidates, reason=reason, attendees=attendees, position=position, days=days, names=names)
        if body_override is not None:  # written (or edited) by staff
            chunks = re.split(r"\n\s*—{8,}\s*\n", body_override.replace("\r\n", "\n").strip())
            parts = [("de", chunks[0].strip())] + [(lang, c.strip()) for c in chunks[1:] if c.strip()]
            subject = subject_override or STAFF_ANSWER_SUBJECT % {"office": cfg.office.name}
        if their_subject is not None and clean_subject(their_subject):
            subject = f"Re: {clean_subject(their_subject)}"
        if reference:
            # one reference, ours: one already in their subject is not added again, another one goes
            subject = " ".join(reference_pattern(cfg.replies.reference_prefix).sub(" ", subject).split())
            subject = f"{subject} [{reference}]"

        message_id = f"<mailbot.{secrets.token_hex(10)}@{self.domain}>"
        # compat32 MIME classes: the same standard output as EmailMessage, several times faster
        text = SEPARATOR.join(body for _, body in parts) + "\n"
        html = self.templates.html.render(parts=[
            {"lang": lg, "dir": "rtl" if lg in RTL else "ltr",
             "paragraphs": [p.split("\n") for p in re.split(r"\n\s*\n", body) if p.strip()]}
            for lg, body in parts])
        alternative = MIMEMultipart("alternative")
        alternative.attach(MIMEText(text, "plain", "utf-8"))
        alternative.attach(MIMEText(html, "html", "utf-8"))
        event = cfg.event(workshop)
        if kind in ICS_KINDS and event is not None and body_override is None:
            msg = MIMEMultipart("mixed")
            msg.attach(alternative)
            ics = MIMEText(calendar(event, reference or message_id.strip("<>"), self.domain, cfg.office.name, now)
                           .decode("utf-8"), "calendar", "utf-8")
            ics.set_param("method", "PUBLISH")
            ics.add_header("Content-Disposition", "attachment", filename=f"workshop-{event.id}.ics")
            msg.attach(ics)
        else:
            msg = alternative
        msg["From"] = formataddr((cfg.smtp.from_name or cfg.office.name, self.sender), "utf-8")
        if not _plain_address(to):
            raise MailbotError(f"cannot write to {to!r}: not a plain e-mail address")
        msg["To"] = formataddr((_safe_name(to_name), to), "utf-8")
        msg["Subject"] = Header(subject, "utf-8") if not subject.isascii() else subject  # type: ignore[assignment]  # compat32 takes a Header
        msg["Date"] = format_datetime(now)
        msg["Message-ID"] = message_id
        if in_reply_to:
            msg["In-Reply-To"] = in_reply_to
            refs = [r for r in (references or []) if r][-9:] + [in_reply_to]
            msg["References"] = " ".join(dict.fromkeys(refs))
        msg["Auto-Submitted"] = "auto-replied" if in_reply_to else "auto-generated"
        msg["X-Auto-Response-Suppress"] = "All"
        msg["Content-Language"] = ", ".join(lg for lg, _ in parts)
        return Reply(kind, to, subject, message_id, msg.as_bytes(policy=SMTP_POLICY))


SMTP_POLICY = compat32.clone(linesep="\r\n")


def _plain_address(addr: str) -> bool:
    return bool(PLAIN_ADDRESS.match(addr or ""))


def _safe_name(name: str) -> str:
    return re.sub(r"\s+", " ", CONTROL.sub(" ", name or "")).strip()[:100]


def greeting_name(name: str) -> str:
    """The name as said in a greeting: a directory-style "Hofmann, Claudia" becomes "Claudia Hofmann"."""
    name = _safe_name(name)
    last, comma, first = name.partition(",")
    last, first = last.strip(), first.strip()
    if comma and first and last and "," not in first and len(last.split()) <= 3 and len(first.split()) <= 3 \
            and not any(c.isdigit() or c in "@()&/" for c in name):
        titles = [w for w in last.split() if w.endswith(".")]  # "Dr. Hofmann, Claudia": Dr. Claudia Hofmann
        return " ".join([*titles, first, *(w for w in last.split() if not w.endswith("."))])
    return name


HTML_LAYOUT = """<!DOCTYPE html>
<html lang="{{ parts[0].lang }}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;">
{% for part in parts %}
{% if not loop.first %}<hr style="border: none; border-top: 1px solid #999; margin: 2em 0;">{% endif %}
<div lang="{{ part.lang }}" dir="{{ part.dir }}">
{% for lines in part.paragraphs %}<p>{% for line in lines %}{{ line }}{% if not loop.last %}<br>{% endif %}{% endfor %}</p>
{% endfor %}
</div>
{% endfor %}
</body>
</html>
"""
