"""Drive the real command through conversations: a resident writes, `mailbot run --once --now`
answers into the pickup directory, the resident answers that very .eml (quoting it as a mail
client does), over days; at the end `mailbot export`.

The command is called in-process through the CLI's entry point (``mailbot.cli.main``, the same
function the ``mailbot`` script runs): a subprocess per step costs ~1 s of start-up on this
machine. Conversations that need the same desk settings share one desk (each with its own
sender), so one `run --once` answers the step of every conversation of that day.
"""

from __future__ import annotations

import csv
import email
import html
import io
import re
from contextlib import redirect_stdout
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from sqlalchemy import select

from mailbot.cli import main
from mailbot.store import Message, Outbox, Registration
from tests.harness import BERLIN, Harness

START = datetime(2023, 9, 4, 9, 0, tzinfo=BERLIN)
REFERENCE = re.compile(r"\[MB-[0-9A-Z]{6}\]")

# how a mail client introduces the quoted mail, per language of the resident's client
ATTRIBUTION = {
    "de": "Am {date} schrieb {sender}:",
    "en": "On {date}, {sender} wrote:",
    "tr": "{date} tarihinde {sender} şunu yazdı:",
    "ar": "في {date}، كتب {sender}:",
    "ru": "{date}, {sender} пишет:",
    "uk": "{date} {sender} написав(-ла):",  # Gmail's form
    "pl": "W dniu {date} {sender} napisał(a):",
    "ro": "Pe {date}, {sender} a scris:",
    "fa": "در تاریخ {date}، {sender} نوشت:",
    "it": "Il giorno {date} {sender} ha scritto:",
    "es": "El {date}, {sender} escribió:",
    "fr": "Le {date}, {sender} a écrit :",
    "pt": "Em {date}, {sender} escreveu:",
    "hr": "{date} {sender} napisao je:",
    "bs": "{date} {sender} je napisao/la:",
    "sr": "{date} {sender} je napisao/la:",
    "hu": "{sender} ezt írta (időpont: {date}):",
    "el": "Στις {date}, ο/η {sender} έγραψε:",
    "bg": "На {date} {sender} написа:",
    "vi": "Vào {date}, {sender} đã viết:",
    "zh": "{sender} 于{date}写道：",
    "sq": "Më {date}, {sender} shkroi:",
}
# Outlook's separator above the header block of the quoted mail ("Original Message" style)
ORIGINAL = {"de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
            "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
            "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
            "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
            "it": ("-----Messaggio originale-----", "Da", "Inviato", "A", "Oggetto"),
            "pt": ("-----Mensagem original-----", "De", "Enviada", "Para", "Assunto"),
            "tr": ("-----Özgün İleti-----", "Kimden", "Gönderildi", "Kime", "Konu"),
            "pl": ("-----Wiadomość oryginalna-----", "Od", "Wysłano", "Do", "Temat"),
            "ru": ("-----Исходное сообщение-----", "От", "Отправлено", "Кому", "Тема")}
# a forwarded mail's separator, per language of the client
FORWARDED = {"de": "---------- Weitergeleitete Nachricht ---------", "en": "---------- Forwarded message ---------"}
AUTO_REPLY = ("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.10. nicht im Hause und habe keinen "
              "Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.")
# the desk's mails that ask something: an answer to one must get a reply (settled or asked again)
QUESTIONS = {"clarify", "ask_change"}


@dataclass
class Step:
    text: str
    expect: str | None  # the reply kind the desk sends (None: no reply)
    regs: dict = field(default_factory=dict)  # workshop -> (status, people): the sender's active registrations after
    reply: bool = True  # answers the desk's last mail (quoting it); False: a new mail
    subject: str = ""  # a new mail's subject (default: "Anmeldung")
    day: int | None = None  # days after 2023-09-04 (default: the step's number)
    outlook: bool = False  # quote as Outlook does (a header block, no "> ")
    quote: bool = True  # False: the resident deleted the quoted mail (the headers still thread it)
    # how the resident's mail client quotes: gmail ("Am … schrieb …:" and "> "), outlook (a rule and a
    # header block), original ("-----Ursprüngliche Nachricht-----"), apple ("Am … um … schrieb"),
    # bottom (the answer below the quote), html (an HTML-only mail with a <blockquote>), outlook_html
    # (HTML-only, a rule and a bold header block, our lines as paragraphs), forward
    # (our mail forwarded back: "WG:", no In-Reply-To), auto (an out-of-office answer to our mail),
    # inline (gmail's quote, the text written inside it, right under the first quoted line that starts
    # with ``under``, nothing above the quote), ooo (an out-of-office answer with "AW:" and our mail
    # quoted, no header that says it is automatic), bounce (the resident's mail server returns our mail),
    # wait (the resident writes nothing that day; the desk runs, sending what it sends on its own: reminders)
    style: str = "gmail"
    under: str = ""  # inline: the start of our line the text is written under
    client: str | None = None  # the language of the client's quoting lines (default: the conversation's)
    # another member of the household writes from their own address (``sender``@example.org), about the
    # conversation's booking: a reply quotes the desk's last mail to the conversation's address (forwarded
    # to them); the desk's answer to them does not become the mail the conversation answers next
    sender: str = ""
    # answers the desk's mail this many mails before its last one to the conversation (0: the last)
    older: int = 0
    # answers the desk's latest mail to the conversation's address, also one the desk sent on its own (the
    # promotion from the waiting list, a reminder), not only its replies to the resident's mails
    latest: bool = False


@dataclass
class Conversation:
    name: str
    lang: str
    steps: list[Step]
    capacity: dict = field(default_factory=dict)  # workshop -> seats (its own desk); default 60
    before: list = field(default_factory=list)  # (sender name, text): others' registrations the day before
    booked: list = field(default_factory=list)  # (workshop, people): staff registered this sender by phone

    @property
    def sender(self) -> str:
        return f"{self.name}@example.org"


@dataclass
class Outcome:
    reply: str | None  # the kind of the one reply, or None
    replies: int  # how many mails went to the sender in this step
    references: int  # references in the reply's subject
    regs: dict
    subject: str = ""
    body: str = ""
    refs: frozenset = frozenset()  # the distinct references in the reply's subject and body
    asked: str | None = None  # the kind of our mail this step answered, when it asked something
    awaiting: int = 0  # the sender's open questions after the step
    auto: bool = False  # the step was an automatic reply
    # how the desk handled the resident's mail (state, outcome, reason; the reading's intent, action,
    # flags): shown when a step fails, so that a failure seen only once (in CI) says why
    handled: str = ""


def _outlook_head(previous: EmailMessage, client: str, rule: bool) -> str:
    sep, frm, sent, to, subj = ORIGINAL.get(client, ORIGINAL["en"]) if not rule else ORIGINAL["de"]
    head = (f"{frm}: {previous['From']}\n{sent}: {previous['Date']}\n{to}: {previous['To']}\n"
            f"{subj}: {previous['Subject']}\n\n")
    return ("________________________________\n" if rule else sep + "\n") + head


def _reply_body(text: str, previous: EmailMessage, lang: str, style: str, under: str = "") -> str:
    old = previous.get_body(("plain",)).get_content()
    if style in ("outlook", "original"):
        return f"{text}\n\n{_outlook_head(previous, lang, style == 'outlook')}{old}"
    if style == "forward":
        sep = FORWARDED.get(lang, FORWARDED["en"])
        return f"{text}\n\n{sep}\n{_outlook_head(previous, lang, False).split(chr(10), 1)[1]}{old}"
    quoted = "\n".join(("> " + line) if line else ">" for line in old.splitlines())
    if style == "inline":
        lines = quoted.splitlines()
        at = next(i for i, line in enumerate(lines) if line.startswith("> " + under))
        attribution = ATTRIBUTION.get(lang, ATTRIBUTION["en"]).format(date=previous["Date"], sender=previous["From"])
        return "\n".join([attribution, *lines[:at + 1], "", text, "", *lines[at + 1:]]) + "\n"
    if style == "apple":
        when = previous["Date"].datetime
        attribution = (f"Am {when:%d.%m.%Y} um {when:%H:%M} schrieb {previous['From']}:" if lang == "de" else
                       f"On {when:%d %b %Y}, at {when:%H:%M}, {previous['From']} wrote:")
        return f"{text}\n\n{attribution}\n\n{quoted}\n"
    attribution = ATTRIBUTION.get(lang, ATTRIBUTION["en"]).format(date=previous["Date"], sender=previous["From"])
    if style == "bottom":
        return f"{attribution}\n{quoted}\n\n{text}\n"
    return f"{text}\n\n{attribution}\n{quoted}\n"


def _outlook_html_reply(text: str, previous: EmailMessage, lang: str) -> str:
    """An HTML-only answer as Outlook writes it: the new text, a rule, the header block in bold,
    our mail's lines as paragraphs (no quote marks)."""
    _, frm, sent, to, subj = ORIGINAL.get(lang, ORIGINAL["en"])
    paras = "".join(f"<p class=MsoNormal>{html.escape(line) or '&nbsp;'}</p>\n" for line in text.splitlines())
    old = "".join(f"<p class=MsoNormal>{html.escape(line) or '&nbsp;'}</p>\n"
                  for line in previous.get_body(("plain",)).get_content().splitlines())
    head = (f"<b>{frm}:</b> {html.escape(str(previous['From']))}<br><b>{sent}:</b> {html.escape(str(previous['Date']))}"
            f"<br><b>{to}:</b> {html.escape(str(previous['To']))}<br><b>{subj}:</b> {html.escape(str(previous['Subject']))}")
    return (f'<html><head><meta charset="utf-8"></head><body lang=DE><div class=WordSection1>{paras}'
            f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class=MsoNormal>{head}</p></div>{old}</div></body></html>')


def _html_reply(text: str, previous: EmailMessage, lang: str) -> str:
    """An HTML-only answer as a webmail writes it: the new text in <div>s, our mail in a <blockquote>."""
    old = html.escape(previous.get_body(("plain",)).get_content()).replace("\n", "<br>\n")
    attribution = html.escape(ATTRIBUTION.get(lang, ATTRIBUTION["en"]).format(date=previous["Date"],
                                                                               sender=previous["From"]))
    new = "".join(f"<div>{html.escape(line) or '<br>'}</div>\n" for line in text.splitlines())
    return (f'<html><head><meta charset="utf-8"></head><body><div dir="ltr">{new}</div><br>'
            f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{attribution}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
            f'padding-left:1ex">{old}</blockquote></div></body></html>')


class Desk:
    """One desk (config, Maildir, pickup directory, SQLite) shared by conversations."""

    def __init__(self, tmp: Path, capacity: dict):
        self.harness = Harness(tmp)
        self.config_path = self.harness.write_config(tmp / "config.toml")
        text = self.config_path.read_text(encoding="utf-8")
        for wid, seats in capacity.items():  # the workshop's table: id line ... capacity line
            text = re.sub(rf'(id = "{wid}"\n(?:.*\n)*?capacity = )\d+', rf"\g<1>{seats}", text)
        self.config_path.write_text(text, encoding="utf-8")
        self.outbox = tmp / "outbox"
        self.seen: set[Path] = set()
        self.last: dict[str, EmailMessage] = {}  # sender -> the desk's last mail to them
        self.history: dict[str, list[EmailMessage]] = {}  # sender -> the desk's mails to them, oldest first
        self.latest: dict[str, EmailMessage] = {}  # address -> the desk's latest mail to it, of any kind

    def answered(self, conv: Conversation, step: Step) -> EmailMessage | None:
        """The desk's mail this step answers (its last one to the conversation, or an older one)."""
        if step.latest:
            latest = self.latest.get(conv.sender)
            assert latest is not None, f"{conv.name}: the desk sent no mail to answer"
            return latest
        if step.older:
            mails = self.history.get(conv.sender, [])
            return mails[-1 - step.older] if len(mails) > step.older else None
        return self.last.get(conv.sender)

    def mail(self, conv: Conversation, step: Step, when: datetime) -> bytes:
        m = EmailMessage()
        m["From"] = (f"{step.sender.replace('-', ' ').title()} <{step.sender}@example.org>" if step.sender else
                     f"{conv.name.replace('-', ' ').title()} <{conv.sender}>")
        m["To"] = "integration@landratsamt-heilbronn.de"
        m["Date"] = format_datetime(when)
        m["Message-ID"] = make_msgid(domain="example.org")
        previous = self.answered(conv, step) if step.reply or step.style in ("forward", "auto", "ooo", "bounce") else None
        client = step.client or conv.lang
        style = "outlook" if step.outlook else step.style
        ref = REFERENCE.search(str(previous["Subject"])) if previous is not None else None
        if previous is not None and style == "auto":
            m["Subject"] = "Automatische Antwort: " + str(previous["Subject"])
            m["In-Reply-To"] = previous["Message-ID"]
            m["Auto-Submitted"] = "auto-replied"
            m["X-Autoreply"] = "yes"
            m.set_content(AUTO_REPLY)
            return m.as_bytes()
        if previous is not None and style == "ooo":  # an out-of-office answer without the headers that say so
            m["Subject"] = ("AW: " if client == "de" else "Re: ") + str(previous["Subject"])
            m["In-Reply-To"] = previous["Message-ID"]
            m["References"] = previous["Message-ID"]
            m.set_content(_reply_body(step.text, previous, client, "gmail"))
            return m.as_bytes()
        if previous is not None and style == "bounce":  # the resident's mail server returns our mail
            del m["From"]
            m["From"] = "Mail Delivery System <MAILER-DAEMON@mx.example.org>"
            m["Subject"] = "Undelivered Mail Returned to Sender"
            m["Auto-Submitted"] = "auto-replied"
            m.set_content(step.text or (
                "This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your "
                "message could not be delivered to one or more recipients.\n\n"
                f"<{conv.sender}>: host mx.example.org said: 552 5.2.2 Mailbox full\n"))
            m.add_attachment(previous)
            m.set_type("multipart/report")
            m.set_param("report-type", "delivery-status")
            return m.as_bytes()
        if previous is not None and style == "forward":  # a new mail: no In-Reply-To, our subject kept
            m["Subject"] = ("WG: " if client == "de" else "Fwd: ") + str(previous["Subject"])
            m.set_content(_reply_body(step.text, previous, client, style))
            return m.as_bytes()
        if previous is not None:
            m["Subject"] = step.subject.replace("{ref}", ref.group() if ref else "") if step.subject else (
                ("AW: " if client == "de" else "Re: ") + str(previous["Subject"]))
            m["In-Reply-To"] = previous["Message-ID"]
            m["References"] = " ".join(filter(None, [str(previous.get("References", "")), previous["Message-ID"]]))
            if style == "html":
                m.set_content(_html_reply(step.text, previous, client), subtype="html")
                return m.as_bytes()
            if style == "outlook_html":
                m.set_content(_outlook_html_reply(step.text, previous, client), subtype="html")
                return m.as_bytes()
            body = _reply_body(step.text, previous, client, style, step.under) if step.quote else step.text
        else:
            last = self.last.get(conv.sender)
            ref = REFERENCE.search(str(last["Subject"])) if last is not None else None
            m["Subject"] = (step.subject or "Anmeldung").replace("{ref}", ref.group() if ref else "")
            body = step.text
        m.set_content(body)
        return m.as_bytes()

    def run(self, when: datetime) -> list[EmailMessage]:
        out = io.StringIO()
        with redirect_stdout(out):
            status = main(["--config", str(self.config_path), "run", "--once", "--quiet", "--now", when.isoformat()])
        assert status == 0, out.getvalue()
        new = sorted(set(self.outbox.glob("*.eml")) - self.seen) if self.outbox.exists() else []
        self.seen |= set(new)
        mails = [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in new]
        for m in mails:
            self.latest[str(m["To"]).split("<")[-1].rstrip(">")] = m
        return mails

    def kinds(self) -> dict[str, str]:
        with self.harness.store.session() as s:
            return dict(s.execute(select(Outbox.message_id, Outbox.kind)).all())

    def regs(self, sender: str) -> dict:
        with self.harness.store.session() as s:
            rows = s.scalars(select(Registration).where(Registration.email == sender,
                                                        Registration.status.in_(("confirmed", "waiting"))))
            return {r.workshop: (r.status, r.attendees) for r in rows}

    def open_questions(self, sender: str) -> int:
        with self.harness.store.session() as s:
            return len(s.scalars(select(Registration.id).where(Registration.email == sender,
                                                               Registration.status == "awaiting")).all())

    def handled(self, message_id: str | None) -> str:
        if message_id is None:
            return ""
        with self.harness.store.session() as s:
            m = s.scalars(select(Message).where(Message.message_id == message_id)).first()
            if m is None:
                return "not stored"
            r = m.reading or {}
            return (f"state={m.state} outcome={m.outcome} reason={m.reason!r} review={m.review} "
                    f"reading: intent={r.get('intent')} action={r.get('action')} flags={r.get('flags')} "
                    f"reason={r.get('reason')!r}")

    def export(self) -> list[dict]:
        target = self.harness.tmp / "export.csv"
        with redirect_stdout(io.StringIO()):
            assert main(["--config", str(self.config_path), "export", "--format", "csv", "-o", str(target)]) == 0
        return list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))


def play(tmp: Path, conversations: list[Conversation]) -> tuple[dict[str, list[Outcome]], list[dict]]:
    """Play conversations on one desk, day by day; each conversation's outcome per step, and the export."""
    desk = Desk(tmp, conversations[0].capacity)
    outcomes: dict[str, list[Outcome]] = {c.name: [] for c in conversations}
    others = [(who, text) for c in conversations for who, text in c.before]
    for who, text in others:
        desk.harness.deliver(desk.mail(Conversation(who, "de", []), Step(text, None, reply=False),
                                       START - timedelta(days=1, minutes=30)))
    booked = [(c, wid, people) for c in conversations for wid, people in c.booked]
    if booked:
        from mailbot.staff import StaffDesk

        staff = StaffDesk(desk.harness.config, desk.harness.store)
        with desk.harness.store.writer() as s:
            for c, wid, people in booked:
                staff.add_participant(s, name=c.name.title(), email=c.sender, phone="", workshop=wid,
                                      attendees=people, actor="erika", now=START - timedelta(days=1))
            s.commit()
    if others or booked:
        for m in desk.run(START - timedelta(days=1)):
            desk.last[str(m["To"]).split("<")[-1].rstrip(">")] = m
            desk.history.setdefault(str(m["To"]).split("<")[-1].rstrip(">"), []).append(m)
    days = sorted({(s.day if s.day is not None else i) for c in conversations for i, s in enumerate(c.steps)})
    for day in days:
        when = START + timedelta(days=day)
        todo = []
        kinds = desk.kinds()
        for c in conversations:
            for i, s in enumerate(c.steps):
                if (s.day if s.day is not None else i) == day:
                    if s.style == "wait":  # the resident writes nothing: only the desk's run of that day
                        todo.append((c, s, None, None))
                        continue
                    raw = desk.mail(c, s, when - timedelta(minutes=30))
                    desk.harness.deliver(raw)
                    last = desk.answered(c, s) if s.reply and s.style not in ("auto", "forward", "ooo", "bounce") else None
                    question = kinds.get(last["Message-ID"]) if last is not None else None
                    todo.append((c, s, email.message_from_bytes(raw, policy=policy.default)["Message-ID"],
                                 question if question in QUESTIONS else None))
        sent = desk.run(when)
        kinds = desk.kinds()
        for c, s, asked, question in todo:  # the desk's replies to this mail (not reminders or other mail)
            mine = [m for m in sent if asked is not None and m["In-Reply-To"] == asked]
            if mine and not s.sender:
                desk.last[c.sender] = mine[-1]
                desk.history.setdefault(c.sender, []).append(mine[-1])
            reply = mine[-1] if mine else None
            outcomes[c.name].append(Outcome(
                reply=kinds.get(reply["Message-ID"]) if reply else None, replies=len(mine),
                references=len(REFERENCE.findall(str(reply["Subject"]))) if reply else 0,
                regs=desk.regs(c.sender), subject=str(reply["Subject"]) if reply else "",
                body=reply.get_body(("plain",)).get_content() if reply else "",
                refs=frozenset(REFERENCE.findall(str(reply["Subject"]) + reply.get_body(("plain",)).get_content()))
                if reply else frozenset(), asked=question, awaiting=desk.open_questions(c.sender),
                auto=s.style in ("auto", "ooo", "bounce"), handled=desk.handled(asked)))
    return outcomes, desk.export()
