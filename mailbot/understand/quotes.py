"""Split a body into the sender's new words, the quoted earlier mail and the signature.

Rules, in the order they apply to each line:
- "> " lines are quoted (wherever they stand: top- and bottom-posting both work);
- an attribution line ("Am … schrieb …:", "On … wrote:", Gmail's wrapped two-line form,
  French/Turkish/Russian/… variants) is dropped with the quote it introduces;
- a separator ("-----Ursprüngliche Nachricht-----", "Begin forwarded message:", a long rule)
  or a block of mail headers (Outlook's Von:/Gesendet:/An:/Betreff:, GMX's Gesendet:/Von:)
  ends the new text: everything below is quoted or forwarded, the forwarder's words stay;
- "-- ", device lines ("Von meinem iPhone gesendet") and a closing greeting ("Mit freundlichen
  Grüßen", "Best regards", "Saygılarımla", …) start the signature.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import lexicon as L
from .guard import guarded
from .startcache import regex

_WROTE = L.either("wrote")
# Gmail in Polish and Ukrainian: "napisał(a):", "написав(-ла):"; in Bosnian and Serbian "je napisao/la:"; in Hungarian "ezt írta (időpont: …):";
# in Chinese the full-width colon: "… 于2023年9月5日写道："
# a line may end (and begin) with the marks that set a right-to-left line's direction (Persian Gmail:
# "\u202bدر تاریخ … نوشت:\u202c")
_BIDI = "\u200e\u200f\u202a-\u202e\u2066-\u2069"
_END = rf"[\s{_BIDI}]*$"
# (behind one look-ahead for the first letters of the verbs: both alternatives begin with one)
ATTRIBUTION = re.compile(guarded(rf"(?:{_WROTE})(?:\(-?\w{{1,3}}\)|/\w{{1,3}}|\s*\([^()]{{1,80}}\))?(?:\s[^:]{{0,100}})?\s*[:：]{_END}"
                                 rf"|(?:{_WROTE}){_END}"), re.I)
# Gmail in Russian writes no verb: "чт, 21 сент. 2023 г. в 08:05, Name <name@example.org>:" (a time, then
# the address in angle brackets and the colon end the line)
ATTRIBUTION_NO_VERB = re.compile(rf"\d{{1,2}}:\d\d\b.{{0,200}}<[^<>\s@]+@[^<>\s]+>\s*:{_END}")
ATTRIBUTION_START = regex(rf"^[\s{_BIDI}]*{L.either('attribution_start')}", re.I)

SEPARATOR = regex(rf"^\s*[-_=*>\s]*{L.either('original_message')}\s*:?[-_=*\s]*$", re.I)
RULE = re.compile(r"^\s*(_{10,}|-{20,}|={20,})\s*$")

_FROM_SENT = f"{L.either('header_from')}|{L.either('header_sent')}"
HEADER_LINE = regex(rf"^\s*\**\s*(?:{_FROM_SENT}|{L.either('header_other')})\s*\**\s*:", re.I)
FROM_OR_SENT = re.compile(rf"^\s*\**\s*(?:{_FROM_SENT})\s*\**\s*:\s*\S", re.I)

DEVICE = regex(rf"^\s*{L.either('sent_from_device')}.{{0,60}}$", re.I)

_CLOSINGS = "|".join(f"(?:{p})" for p in L.alternatives("closings"))
CLOSING = re.compile(rf"^\s*({_CLOSINGS})\s*[,.!:;،]*\s*(?P<rest>.*)$", re.I)
_NAMEISH = re.compile(r"^[^\W\d_][\w.'\- ]{0,40}$")


@dataclass(frozen=True)
class Parts:
    new: str
    quoted: str
    signature: str
    # the lines of ``quoted`` that only say who wrote it when (attributions, a header block's From
    # and Sent lines): their day is the day of sending, never a workshop the quote speaks of
    heads: tuple[str, ...] = ()

    def quoted_text(self) -> str:
        """The quoted mail without its ``heads``."""
        heads = set(self.heads)
        return "\n".join(ln for ln in self.quoted.split("\n") if ln not in heads) if heads else self.quoted


def _is_closing(line: str) -> bool:
    m = CLOSING.match(line)
    if not m:
        return False
    rest = m.group("rest").strip()
    if not rest:
        return True
    # "Gruß J. Haas", "mfg hüseyin arslan": a closing followed by a short name
    return len(rest.split()) <= 4 and bool(_NAMEISH.match(rest)) and not any(c in rest for c in "!?")


def _header_block_at(lines: list[str], i: int) -> bool:
    """Do lines i… look like the header block of a quoted or forwarded mail?"""
    if not HEADER_LINE.match(lines[i]):
        return False
    window = [ln for ln in lines[i:i + 7] if ln.strip()][:5]
    hits = sum(1 for ln in window if HEADER_LINE.match(ln))
    return hits >= 3 and any(FROM_OR_SENT.match(ln) for ln in window)


def _attribution_at(lines: list[str], i: int) -> int:
    """Number of lines (1-3) of an attribution starting at i, or 0. A wrapped attribution
    (Gmail's "Am Mo., 4. Sept. 2023 um 14:06 Uhr schrieb X <" / "x@y>:") must begin with its
    opening word at line i, so the sender's last sentence above it is never swallowed."""
    first = lines[i].strip()
    if not first or first.startswith(">"):
        return 0
    for span in (1, 2, 3):
        # (a wrapped attribution has no blank line inside: "Den in Weinsberg." above a blank line
        # and "Am … schrieb …:" is the sender's answer, then the attribution)
        if span > 1 and (i + span > len(lines) or not ATTRIBUTION_START.match(first) or not lines[i + span - 1].strip()):
            break
        added = lines[i + span - 1].strip() if span > 1 else first
        if span > 1 and (not added or ATTRIBUTION_START.match(added) and ATTRIBUTION.search(added)):
            break  # "Den zweiten bitte." above "Am … schrieb …:": the reply, then a whole attribution
        chunk = " ".join(ln.strip() for ln in lines[i:i + span])
        if len(chunk) > 400:
            break
        if ATTRIBUTION.search(chunk) and (ATTRIBUTION_START.match(chunk) or re.search(r"\d|@|<", chunk)):
            return span
        if span == 1 and "@" in chunk and ATTRIBUTION_NO_VERB.search(chunk):  # (an address: most lines hold none)
            return span
    return 0


def split_reply(text: str) -> Parts:
    lines = text.split("\n")
    new: list[str] = []
    quoted: list[str] = []
    heads: list[str] = []
    i = 0
    cut = len(lines)
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith(">") or stripped.startswith("|>"):
            quoted.append(line)
            i += 1
            continue
        span = _attribution_at(lines, i)
        if span:
            quoted.extend(lines[i:i + span])
            heads.extend(lines[i:i + span])
            i += span
            after = next((ln.strip() for ln in lines[i:] if ln.strip()), ">")
            if not after.startswith(">") and "@" in " ".join(lines[i - span:i]):
                cut = i  # a quote without "> " marks (Yahoo): the rest is the quoted mail
                break
            continue
        if SEPARATOR.match(line) or RULE.match(line) or _header_block_at(lines, i):
            block = _header_lines(lines, i)
            heads.extend(ln for ln in lines[i:block] if FROM_OR_SENT.match(ln))
            after = next((ln.strip() for ln in lines[block:] if ln.strip()), "")
            if block > i and after.startswith(">"):
                # a header block above "> " lines (GMX, Outlook): the quote's attribution; an answer
                # may follow the quote (bottom-posting)
                quoted.extend(lines[i:block])
                i = block
                continue
            cut = i
            break
        new.append(line)
        i += 1
    below = _answer_below(lines, cut) if cut < len(lines) and not any(ln.strip() for ln in new) else None
    if below is not None:  # the answer written under the quoted mail (Outlook, without "> " marks)
        quoted.extend(lines[cut:below])
        new = lines[below:]
    else:
        quoted.extend(lines[cut:])

    body, signature = _split_signature(new)
    return Parts("\n".join(body).strip(), "\n".join(quoted).strip(), "\n".join(signature).strip(), tuple(heads))


_RULE_ANY = re.compile(r"^\s*[\W_]{5,}\s*$")  # a line of dashes or other marks between two parts ("————")


def _answer_below(lines: list[str], start: int) -> int | None:
    """Where the sender's answer starts under a quoted mail without "> " marks, or None. The quoted mail
    ends with a closing and its signature ("Freundliche Grüße" and up to six lines: a name, an address, a
    phone); after a blank line the answer opens with a salutation or ends with a closing of its own
    ("Hallo, … Gruß M."). Nothing below that is quoted, a header block, or a line of dashes (the quoted
    mail's part in another language), and a short tail only. (From the end: "vielen Dank für Ihre Nachricht."
    high up in our mail reads as a closing too.)"""
    for k in range(len(lines) - 1, start - 1, -1):  # the last closing with an answer under it
        if not _is_closing(lines[k]):
            continue
        j = k + 1
        while j < len(lines) and lines[j].strip() and j - k <= 6:
            j += 1
        if j >= len(lines) or lines[j].strip():
            continue
        first = next((x for x in range(j, len(lines)) if lines[x].strip()), None)
        if first is None:
            continue
        tail = [ln for ln in lines[first:] if ln.strip()]
        if len(tail) > 30 or any(ln.strip().startswith(">") or SEPARATOR.match(ln) or RULE.match(ln)
                                 or _RULE_ANY.match(ln) or HEADER_LINE.match(ln) for ln in tail):
            continue
        if _is_salutation(tail[0]) or _SALUTATION.match(tail[0]) or any(_is_closing(ln) for ln in tail):
            return first
    return None


def _header_lines(lines: list[str], i: int) -> int:
    """The end of the separator and header block starting at line i (i when there is none)."""
    j = i
    while j < len(lines) and (SEPARATOR.match(lines[j]) or RULE.match(lines[j])):
        j += 1
    end = j
    while j < len(lines) and (HEADER_LINE.match(lines[j]) or not lines[j].strip()) and j - end < 12:
        j += 1
        if HEADER_LINE.match(lines[j - 1]):
            end = j
    return end if end > i and any(HEADER_LINE.match(ln) for ln in lines[i:end]) else i


def _split_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    seen_content = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s in ("--", "-- ", "—", "__") or line == "-- ":
            return lines[:i], lines[i:]
        if DEVICE.match(s):
            return lines[:i], lines[i:]
        if seen_content and _is_closing(s):
            return lines[:i], lines[i:]
        if s and not _is_salutation(s):
            seen_content = True
    return lines, []


_SALUTATION = regex("|".join(rf"^(?:{p})" for p in L.alternatives("greetings")), re.I)


def _is_salutation(line: str) -> bool:
    """"Hallo Frau Berg," is a salutation; "Hallo, ich melde mich an." opens with one and says something."""
    m = _SALUTATION.match(line)
    return m is not None and len(line) < 80 and len(line[m.end():].split()) <= 3


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def forwarded_author(text: str) -> str:
    """The address on the From line of the forwarded mail's header block ("Von: Ayşe <a@b.de>"), lower
    case, or "" where the block names none."""
    return next((m.group(0).lower() for ln in _header_block(text)
                 if FROM_OR_SENT.match(ln) and (m := _ADDRESS.search(ln))), "")


def _header_block(text: str) -> Iterator[str]:
    """The lines at the top of ``text`` (its "> " marks taken off) up to the forwarded mail's own words: blank
    lines, separators, rules and header lines ("Von: …", "Gesendet: …")."""
    for line in (re.sub(r"^\s*>\s?", "", ln) for ln in text.split("\n")[:40]):
        if not (not line.strip() or SEPARATOR.match(line) or RULE.match(line) or HEADER_LINE.match(line)):
            return
        yield line


_FROM = regex(rf"^\s*\**\s*(?:{L.either('header_from')})\s*\**\s*:\s*\S", re.I)


def forwarded_from(text: str) -> str:
    """The From line of the forwarded mail's header block, after its label ("Anna Rossi (telefonata)",
    "Ayşe <a@b.de>"), or "" where the block has none."""
    return next((ln.split(":", 1)[1].strip() for ln in _header_block(text) if _FROM.match(ln)), "")


def forwarded_text(text: str) -> str:
    """The forwarded mail's own text: without "> " marks, the separator and its header block."""
    lines = [re.sub(r"^\s*>\s?", "", ln) for ln in text.split("\n")]
    i = 0
    while i < len(lines) and (not lines[i].strip() or SEPARATOR.match(lines[i]) or RULE.match(lines[i])
                              or HEADER_LINE.match(lines[i])):
        i += 1
    return "\n".join(lines[i:])
