"""Raw bytes → a ``Mail``: decoded headers, the readable text, small text attachments.

Tolerant by design: broken MIME, unknown or wrong charset labels and undecodable headers
are repaired where possible and noted in ``Mail.problems``; only input that cannot be read
at all raises ``Unreadable``.
"""

from __future__ import annotations

import codecs
import email
import email.header
import email.utils
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from email.policy import compat32
from typing import Any

from ..errors import MailbotError
from . import limits
from .html import html_to_text
from .limits import MAX_DEPTH, MAX_HEADER, MAX_HTML, MAX_MULTIPARTS, MAX_PARTS, MAX_RAW, MAX_SUBJECT, OverLimit

MAX_TEXT = 200_000  # characters of body text considered; a 10 MB body is cut, not choked on


class Unreadable(MailbotError):
    """The bytes are not a mail message we can read; the reason is the message."""


class TooComplex(Unreadable, OverLimit):
    """The message's structure is past a limit (nesting, parts); the text names the limit."""


@dataclass
class Attachment:
    filename: str
    content_type: str
    text: str | None  # decoded text for small textual attachments, else None


@dataclass
class Mail:
    headers: dict[str, list[str]]  # lower-case name -> decoded values, in order
    subject: str
    from_name: str
    from_addr: str
    date: datetime | None
    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    content_type: str
    text: str
    html_only: bool = False
    attachments: list[Attachment] = field(default_factory=list)
    report_type: str = ""  # multipart/report; report-type=...
    has_message_part: bool = False  # carries a message/rfc822 or headers part (bounces do)
    calendar_method: str = ""  # of a text/calendar part: REQUEST, REPLY (an answer to an invitation) …
    problems: list[str] = field(default_factory=list)

    def header(self, name: str) -> str:
        values = self.headers.get(name.lower())
        return values[0] if values else ""


# labels that mail clients write for what is really a larger superset (Chinese mail labelled
# GB2312 holds GBK characters such as 镕; Big5 mail holds HKSCS characters)
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030", "cp936": "gb18030",
             "big5": "big5hkscs", "ks_c_5601-1987": "cp949", "euc-kr": "cp949"}


def decode_bytes(data: bytes, label: str | None) -> tuple[str, str | None]:
    """Decode text whose charset label may be missing or wrong; returns (text, problem)."""
    if data.isascii():
        return data.decode("ascii"), None
    label = (label or "").strip().strip('"').lower()
    label = SUPERSETS.get(label, label)
    try:
        # valid UTF-8 with non-ASCII bytes is almost never another charset: trust it over the label
        return data.decode("utf-8"), None if label in ("utf-8", "utf8", "") else f"charset {label!r} was really utf-8"
    except UnicodeDecodeError:
        pass
    if label and label not in ("utf-8", "utf8"):
        try:
            codecs.lookup(label)
        except (LookupError, ValueError):  # unknown, or no charset name at all (a NUL byte in it)
            text = data.decode("cp1252", errors="replace")
            return text, f"unknown charset {label!r}, read as windows-1252"
        try:
            return data.decode(label), None
        except UnicodeDecodeError:
            pass
    problem = f"charset {label or 'missing'} did not fit, read as windows-1252"
    return data.decode("cp1252", errors="replace"), problem


def decode_header(value: str | None) -> str:
    """RFC 2047 decoding that never raises: unknown charsets and bad encodings are repaired."""
    return " ".join(_decode_words(value).split())


def _decode_words(value: str | None) -> str:
    """``decode_header`` before its whitespace is made plain (a decoded CR or LF is still there)."""
    if not value:
        return ""
    if type(value) is str and "=?" not in value:
        return value[:MAX_HEADER]  # no encoded word (most headers): what email.header.decode_header returns
    value = str(value)[:MAX_HEADER]
    try:
        chunks = email.header.decode_header(value)
    except Exception:  # malformed encoded-words: keep the raw text
        return value
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            chunk = decode_bytes(chunk, charset)[0]
        out.append(chunk)
    # decode_header drops the whitespace between an encoded word and plain text
    text = "".join(out) if len(out) > 1 else (out[0] if out else "")
    if len(out) > 1 and not any(isinstance(c, bytes) for c, _ in chunks):
        text = " ".join(out)
    return text


_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"?')
_ANGLE = re.compile(r"<([^<>]*)>")
# an address we can write to: local@domain.tld, without spaces, brackets, quotes or a second @
# (the one check: decide.py answers only such senders, replies.py writes only to them)
PLAIN_ADDRESS = re.compile(r"^[^\s<>()\[\]\\,;:\"@]+@[^\s<>()\[\]\\,;:\"@]+\.[^\s<>()\[\]\\,;:\"@]+$")
_NOT_AN_ADDRESS = re.compile(r'[\s<>()\[\],;:"\\]|=\?|\?=')
_NOT_A_NAME = re.compile(r"[@\x00-\x1f\x7f\u2028\u2029]")  # an address, a line break, a control character


@dataclass(frozen=True)
class Sender:
    name: str  # the display name to use ("" when there is none or it must not be used)
    address: str  # lower case; "" when the header holds no usable address
    problem: str | None = None  # what was wrong, for staff to see


def sender(raw_value: str | None) -> Sender:
    """The mailbox of a From (Sender, Reply-To) header as it stands in the message: the address is
    the header's own angle-addr (or addr-spec), found before any RFC 2047 word is decoded, so an
    encoded display name can never become the address. A display name that holds an address or a
    line break once decoded is reported and not used."""
    value = _plain_text(str(raw_value or ""))
    value = re.sub(r"\r?\n(?=[ \t])", "", value)[:MAX_HEADER]  # unfolded
    masked = _QUOTED.sub(lambda m: "_" * len(m.group()), value)  # a quoted name holds no address
    angles = [m for m in _ANGLE.finditer(masked)]
    if len(angles) > 1:
        return Sender("", "", f"several addresses in the sender header {decode_header(value)[:200]!r}")
    if angles:
        name, address = value[:angles[0].start()].strip(), value[angles[0].start(1):angles[0].end(1)]
        if len(name) >= 2 and name[0] == name[-1] == '"':
            name = email.utils.unquote(name)
    else:
        name, address = email.utils.parseaddr(value)
    address = address.strip().lower()
    problem = None
    if _NOT_AN_ADDRESS.search(address) or address.startswith("@") or address.endswith("@"):
        problem, address = f"sender address {address[:200]!r} is no address", ""
    shown = _decode_words(name)
    plain = " ".join(shown.split())
    if _NOT_A_NAME.search(shown):
        if plain.lower() != address:  # "anna@example.org" <anna@example.org> is common and harmless
            problem = problem or f"display name {plain[:200]!r} holds an address or a line break: shown, not used"
        plain = ""
    return Sender(plain, address, problem)


def _plain_text(value: str) -> str:
    """A raw header value as text: 8-bit bytes the parser kept as surrogates are decoded."""
    if any("\udc80" <= c <= "\udcff" for c in value):
        return decode_bytes(value.encode("utf-8", "surrogateescape"), None)[0]
    return value


def _raw_header(msg: Message, name: str) -> str:
    return next((str(v) for k, v in msg.raw_items() if k.lower() == name), "")


def _param(msg: Message, name: str, params: dict[str, Any] | None = None) -> str | None:
    """A Content-Type parameter as text: an RFC 2231 encoded one (``format*=''flowed``) decoded,
    not the (charset, language, value) tuple the stdlib gives for it. ``params``: the part's
    ``_params``, read once for several names."""
    value = msg.get_param(name) if params is None else params.get(name)
    if isinstance(value, tuple):
        return email.utils.collapse_rfc2231_value(value)
    return value


def _params(msg: Message) -> dict[str, Any]:
    """The Content-Type parameters by lower-case name, the first of each name, as ``get_param`` finds them."""
    out: dict[str, Any] = {}
    for key, value in msg.get_params() or []:
        out.setdefault(key.lower(), value)
    return out


def _part_text(part: Message, problems: list[str]) -> str:
    payload: Any
    try:
        payload = part.get_payload(decode=True)
    except Exception as exc:  # pragma: no cover - defensive: the stdlib is tolerant already
        problems.append(f"payload not decodable: {exc}")
        return ""
    if payload is None:
        payload = b""
    if isinstance(payload, str):
        payload = payload.encode("utf-8", "replace")
    params = _params(part)
    text, problem = decode_bytes(payload[: MAX_TEXT * 4], _param(part, "charset", params))
    if problem:
        problems.append(problem)
    if (_param(part, "format", params) or "").lower() == "flowed":
        text = unflow(text, (_param(part, "delsp", params) or "").lower() == "yes")
    return text


def unflow(text: str, delsp: bool = False) -> str:
    """Join format=flowed soft line breaks (RFC 3676)."""
    out: list[str] = []
    buf = ""
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line.endswith(" ") and line != "-- ":
            buf += line[:-1] if delsp else line
            continue
        out.append(buf + line)
        buf = ""
    if buf:
        out.append(buf)
    return "\n".join(out)


def _walk(msg: Message, depth: int, inside_message: bool, acc: dict[str, Any], problems: list[str]) -> None:
    if depth > MAX_DEPTH:
        raise TooComplex(f"MIME parts nested deeper than {MAX_DEPTH} levels")
    acc["count"] += 1
    if acc["count"] > MAX_PARTS:
        raise TooComplex(f"more than {MAX_PARTS} MIME parts")
    limits.check("MIME parts")
    ctype = msg.get_content_type()
    if ctype in ("message/rfc822", "message/global", "text/rfc822-headers", "message/rfc822-headers"):
        acc["message_part"] = True
    if ctype in ("text/calendar", "application/ics") and not acc["calendar"]:
        method = _param(msg, "method") or ""
        if not method and not msg.is_multipart():
            found = re.search(r"(?m)^METHOD:\s*(\w+)", _part_text(msg, problems)[:5000])
            method = found.group(1) if found else ""
        acc["calendar"] = str(method).upper() or "PUBLISH"
    if msg.is_multipart():
        payload = msg.get_payload()
        if not isinstance(payload, list):
            return
        for sub in payload:
            if isinstance(sub, Message):
                _walk(sub, depth + 1, inside_message or ctype.startswith("message/"), acc, problems)
        return
    disposition = (msg.get("Content-Disposition") or "").split(";")[0].strip().lower()
    filename = decode_header(msg.get_filename() or "") if disposition == "attachment" or msg.get_filename() else ""
    if inside_message:
        return  # a returned or forwarded original as an attachment: context, not the sender's words
    if filename or disposition == "attachment":
        text = None
        if msg.get_content_maintype() == "text" or filename.lower().endswith((".csv", ".txt")):
            text = _part_text(msg, problems)[:20_000]
        acc["attachments"].append(Attachment(filename, ctype, text))
        return
    if ctype == "text/plain":
        acc["plain"].append(_part_text(msg, problems))
    elif ctype == "text/html":
        acc["html"].append(_part_text(msg, problems))
    elif msg.get_content_maintype() == "text" and ctype not in ("text/calendar",):
        acc["attachments"].append(Attachment("", ctype, _part_text(msg, problems)[:20_000]))


def _date(raw: str, problems: list[str]) -> datetime | None:
    if not raw:
        problems.append("no Date header")
        return None
    try:
        value = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        problems.append(f"unreadable Date header {raw[:60]!r}")
        return None
    if value.tzinfo is None:
        return value  # the caller puts it into the office's zone
    return value


def parse_mail(raw: bytes) -> Mail:
    if not isinstance(raw, (bytes, bytearray)):
        raise Unreadable("not bytes")
    if not raw.strip():
        raise Unreadable("empty message")
    cut = len(raw) > MAX_RAW
    raw = raw[:MAX_RAW]  # a registration stands before its attachments
    _check_structure(raw)
    try:
        msg = email.message_from_bytes(bytes(raw), policy=compat32)
    except RecursionError as exc:
        raise Unreadable("MIME structure nested too deeply to read") from exc
    except Exception as exc:  # the stdlib parser is tolerant; anything here is truly broken
        raise Unreadable(f"not a mail message: {exc}") from exc
    problems: list[str] = [f"MIME defect: {type(d).__name__}" for d in (msg.defects or [])][:5]
    if cut:
        problems.insert(0, f"message larger than {MAX_RAW // 2**20} MB: only its first {MAX_RAW // 2**20} MB read")
    headers: dict[str, list[str]] = {}
    for name, value in msg.items():
        headers.setdefault(str(name).lower(), []).append(decode_header(value))
    if not headers:
        raise Unreadable("no mail headers found")

    def first(name: str) -> str:
        v = headers.get(name)
        return v[0] if v else ""

    limits.check("headers")
    who = sender(_raw_header(msg, "from"))
    if who.problem:
        problems.append(who.problem)
    if not who.address:
        problems.append("no sender address")
    acc: dict[str, Any] = {"plain": [], "html": [], "attachments": [], "count": 0, "message_part": False, "calendar": ""}
    try:
        _walk(msg, 0, False, acc, problems)
    except RecursionError as exc:
        raise TooComplex(f"MIME parts nested deeper than {MAX_DEPTH} levels") from exc
    html_only = False
    if acc["plain"] and any(p.strip() for p in acc["plain"]):
        text = "\n\n".join(acc["plain"])
    elif acc["html"]:
        text = "\n\n".join(html_to_text(h[:MAX_HTML]) for h in acc["html"])
        html_only = True
    else:
        text = "\n\n".join(acc["plain"])
    if len(text) > MAX_TEXT:
        problems.append(f"body longer than {MAX_TEXT} characters: the rest ignored")
        text = text[:MAX_TEXT]
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").replace("\u200b", "")
    ctype = msg.get_content_type()
    refs = tuple(re.findall(r"<[^<>\s]+>", first("references")))
    subject = first("subject")
    if len(subject) > MAX_SUBJECT:
        problems.append(f"subject longer than {MAX_SUBJECT} characters: the rest ignored")
        subject = subject[:MAX_SUBJECT]
    return Mail(
        headers=headers,
        subject=subject,
        from_name=who.name,
        from_addr=who.address,
        date=_date(first("date"), problems),
        message_id=first("message-id").strip(),
        in_reply_to=first("in-reply-to").strip(),
        references=refs,
        content_type=ctype,
        text=text,
        html_only=html_only,
        attachments=acc["attachments"],
        report_type=(_param(msg, "report-type") or "").lower() if ctype == "multipart/report" else "",
        has_message_part=acc["message_part"],
        calendar_method=acc["calendar"],
        problems=problems,
    )


def parse_headers_quick(raw: bytes) -> dict[str, str]:
    """Message-ID, sender and subject from the header block only (for storing a message before it
    is read). Never raises: what cannot be decoded is left empty."""
    from email.parser import BytesHeaderParser

    try:
        head = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536])
        who = sender(_raw_header(head, "from"))
        return {"message_id": str(head.get("Message-ID", "") or "").strip(), "sender": who.address,
                "sender_name": who.name, "subject": decode_header(str(head.get("Subject", "") or ""))[:1000]}
    except Exception:  # noqa: BLE001 - any broken header: store it anyway, the reading says why
        return {}


_MULTIPART = re.compile(rb"^content-type:[ \t\r\n]*multipart/", re.I | re.M)
_CONTENT_TYPE = re.compile(rb"^content-type:", re.I | re.M)


def _check_structure(raw: bytes) -> None:
    """Refuse, before parsing, a message built to be expensive: the stdlib parser recurses once
    per nested multipart and builds an object per part."""
    if len(_MULTIPART.findall(raw)) > MAX_MULTIPARTS:
        raise TooComplex(f"more than {MAX_MULTIPARTS} multipart containers")
    if len(_CONTENT_TYPE.findall(raw)) > MAX_PARTS + 1:
        raise TooComplex(f"more than {MAX_PARTS} MIME parts")
