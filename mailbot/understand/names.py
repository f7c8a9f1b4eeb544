"""Names of people in a mail: a list of names (one per line, or after "Namen:"), the rows of an
attached table; never a closing ("Viele Grüße") or a greeting taken for a person."""

from __future__ import annotations

import csv
import io
import re

from . import lexicon as L
from .guard import guarded
from .startcache import regex

AND_SPLIT = regex(rf",|;|&|\+|{L.either('and')}")  # "Anna, Ben und Cem" (case counts: "and I")

_TITLE = rf"(?:{L.either('titles')}\s*)*"
NAME_LINE = re.compile(
    rf"^\s*(?:[-*•]|\d{{1,2}}[.)]|[a-z][.)])?\s*{_TITLE}(?P<name>[A-ZÄÖÜÇŞĞİ][\w'’-]+(?:\s+[A-ZÄÖÜÇŞĞİ][\w'’-]+){{1,3}})"
    r"\s*(?:\([^)]{0,60}\)|,\s*(?:geb\.|tel\.|born|\d)[^\n]{0,80}|[-–:]\s*[^\n]{0,60})?\s*$",
    re.I)
# "Viele Grüße", "Kind regards" on a line of their own: a closing above the signed name, no person
COURTESY_LINE = regex(r"^\W*(?:" + "|".join(f"(?:{p})" for p in L.grouped("closings") + L.grouped("greetings"))
                           + r")\W*$", re.I)
NAMES_AFTER_LABEL = regex(rf"{L.either('names_label')}\s*:\s*(.+)", re.I)
_NOT_NAME = L.compiled("not_a_name")
CLOSING = regex(guarded("|".join(f"(?:{p})" for p in L.alternatives("closings"))), re.I)  # "Viele Grüße" is no name


def name_list(text: str) -> list[str]:
    m: re.Match[str] | None
    for m in NAMES_AFTER_LABEL.finditer(text):
        parts = AND_SPLIT.split(m.group(1))
        found = [p.strip(" .") for p in parts if 1 <= len(p.split()) <= 4 and p.strip()[:1].isupper()]
        if len(found) >= 2:
            return found
    run: list[str] = []
    best: list[str] = []
    for line in text.split("\n"):
        m = NAME_LINE.match(line)
        if (m and not _NOT_NAME.search(m.group("name")) and not CLOSING.fullmatch(m.group("name").strip())
                and not re.search(r"[.!?]\s*$", line.strip()[:-1] or "") and not COURTESY_LINE.match(line)):
            run.append(m.group("name").strip())
        elif line.strip():
            if len(run) > len(best):
                best = run
            run = []
    if len(run) > len(best):
        best = run
    return best if len(best) >= 2 else []


def csv_rows(text: str) -> int | None:
    try:
        dialect = csv.Sniffer().sniff(text[:2000], delimiters=";,\t")
        rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in r)]
    except (csv.Error, ValueError):
        return None
    if len(rows) < 2 or len(rows) > 201:
        return None
    return len(rows) - 1  # the first row names the columns
