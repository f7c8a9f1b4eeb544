"""Why a message went to staff (or was filed): the reasons as codes, each with its English text
(stored with the message, written to the log and the CLI) and its German text for staff (a
catalog text: the msgid in ``locale/mailbot.pot``).

Code that decides writes ``Reason.NO_SENDER()`` or ``Reason.REPLIES_TODAY(count=3)``; the staff
pages show ``for_staff(message.reason)``. Both use the same English template, so rewording a
reason cannot make the staff pages lose its German text. A ``{reason}`` inside a reason is
another reason, shown in German too. A text that is no known reason (an older or a free-text
reason) is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum
from functools import lru_cache
from string import Formatter

from .catalogs import N_


@lru_cache(maxsize=None)
def _pattern(english: str) -> re.Pattern[str]:
    """The English template as a pattern: placeholders match anything (the last one up to the end),
    and text may follow (a note added to the reason later)."""
    parts = list(Formatter().parse(english))
    out = []
    for i, (literal, name, _, _) in enumerate(parts):
        out.append(re.escape(literal))
        if name:
            out.append(f"(?P<{name}>.*)" if i == len(parts) - 1 else f"(?P<{name}>.*?)")
    return re.compile("".join(out), re.S)


class Reason(Enum):
    """Each member: (English template, German catalog text). Order matters: a stored text is
    recognised by the first member whose English template it starts with."""

    ALSO_A_QUESTION = ("{reason}; the mail also asks staff a question",
                       N_("%(reason)s; die Mail enthält außerdem eine Frage an das Amt"))
    QUESTION_NO_EVENT = ("a question for staff, and no event chosen",
                         N_("eine Frage an das Amt, kein Termin gewählt"))
    QUESTION = ("a question for staff", N_("eine Frage an das Amt, kein Termin gewählt"))
    CONDITIONAL = ("interest depends on a condition or on our answer",
                   N_("Interesse unter Vorbehalt oder abhängig von unserer Antwort"))
    ONLY_IN_COPY = ("written to someone else, the office only in copy",
                    N_("an jemand anderen geschrieben, das Amt nur in Kopie"))
    NOTHING_RECOGNISED = ("no registration, change or cancellation recognised",
                          N_("keine Anmeldung, Umbuchung oder Absage erkannt"))
    CANCEL_NOT_REGISTERED = ("cancellation, but no registration from this address",
                             N_("Absage, aber keine Anmeldung unter dieser Adresse"))
    PARTIAL_CANCEL = ("some of the registered people cancel, others still come",
                      N_("ein Teil der angemeldeten Personen sagt ab"))
    REPLIES_TODAY = ("already {count} automatic replies to this address today",
                     N_("schon %(count)s automatische Antworten heute an diese Adresse"))
    FOREIGN_THREAD = ("answers our mail about another address's registration",
                      N_("Antwort auf unsere Mail zur Anmeldung einer anderen Adresse"))
    NO_SENDER = ("no sender address we can answer", N_("keine Absenderadresse, an die wir antworten können"))
    UNREADABLE = ("unreadable message: {error}", N_("nicht lesbare Nachricht: %(error)s"))
    INTERNAL_ERROR = ("internal error while handling: {error}", N_("interner Fehler bei der Verarbeitung: %(error)s"))
    CHANGE_ANSWER_FOR_STAFF = ("answer to our question about a change is for staff",
                               N_("Antwort auf unsere Umbuchungs-Frage ist nicht eindeutig"))
    CHANGE_ANSWER_UNCLEAR = ("answer to our question about a change, neither yes nor no",
                             N_("Antwort auf unsere Umbuchungs-Frage ist nicht eindeutig"))
    CHANGE_WHICH = ("a change, but which registration is meant is unclear",
                    N_("Umbuchung, aber unklar welche Anmeldung"))
    UNAUTHENTICATED_HELD = (
        "sender not authenticated ({result}): {reason}; held until the registered address confirms",
        N_("Absender nicht bestätigt (%(result)s): Änderung wartet auf Bestätigung durch die angemeldete Adresse"))
    UNAUTHENTICATED_UNKNOWN = (
        "sender not authenticated ({result}) and no registration from this address: filed without reply",
        N_("Absender nicht bestätigt (%(result)s), keine Anmeldung unter dieser Adresse: ohne Antwort abgelegt"))
    UNAUTHENTICATED = ("sender not authenticated ({result}): {reason}",
                       N_("Absender nicht bestätigt (%(result)s): %(reason)s"))
    CONFIRM_REFUSED = ("answer to our request to confirm mail #{id} says no: staff decide",
                       N_("Antwort auf unsere Bitte um Bestätigung (Nachricht #%(id)s) sagt nein: bitte entscheiden"))
    CONFIRMED_BY_ADDRESS = ("the registered address confirmed mail #{id}: {reason}",
                            N_("von der angemeldeten Adresse bestätigt (#%(id)s): %(reason)s"))
    THANKS_ONLY = ("only thanks or greetings: nobody waits for an answer",
                   N_("nur Dank oder Gruß: niemand wartet auf eine Antwort"))

    def __init__(self, english: str, german: str) -> None:
        self.english = english
        self.german = german

    @property
    def names(self) -> list[str]:
        return [name for _, name, _, _ in Formatter().parse(self.english) if name]

    @property
    def pattern(self) -> re.Pattern[str]:
        return _pattern(self.english)

    def __call__(self, **params: object) -> str:
        """The reason as stored and logged (English)."""
        return self.english.format(**params)


def for_staff(reason: str, gettext: Callable[[str], str] = lambda text: text) -> str:
    """The staff's text for a stored reason: the catalog text of its code (German msgids, so
    German without a catalog), its details filled in; an unknown reason as it is."""
    for code in Reason:
        found = code.pattern.match(reason or "")
        if found:
            params = {name: for_staff(value, gettext) if name == "reason" else value
                      for name, value in found.groupdict().items()}
            return gettext(code.german) % params
    return reason or ""
