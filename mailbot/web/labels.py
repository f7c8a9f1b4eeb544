"""German words of the staff pages for the stored codes: intents, states, audit actions, mail
kinds, the bot's reasons, and times in the office's time zone with German weekday names."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from babel.dates import get_day_names

INTENTS = {"register": "Anmeldung", "change": "Umbuchung", "cancel": "Absage", "question": "Frage",
           "other": "Sonstiges", "unreadable": "nicht lesbar", "auto_reply": "Abwesenheitsnotiz",
           "bounce": "Unzustellbar", "spam": "Spam", "bulk": "Massenmail", "own": "eigene Mail",
           "thanks": "Dank/Gruß", "empty": "ohne eigenen Text"}
STATUS = {"confirmed": "bestätigt", "waiting": "Warteliste", "cancelled": "abgesagt", "awaiting": "Rückfrage offen",
          "closed": "erledigt"}
MAIL_STATE = {"queued": "wartet", "sending": "wird gesendet", "sent": "gesendet", "retry": "neuer Versuch",
              "failed": "fehlgeschlagen"}


WEEKDAYS = get_day_names("wide", locale="de")  # 0 = Montag (Babel's CLDR data)
SHORT_WEEKDAYS = get_day_names("abbreviated", locale="de")  # 0 = Mo.
ACTIONS = {
    "message_confirmed": "Anmeldung bestätigt", "message_waiting": "auf die Warteliste", "message_review": "an die Prüfung",
    "message_clarify": "Rückfrage gesendet", "message_ignored": "ignoriert (automatische Mail)",
    "message_cancelled": "Absage verbucht", "message_changed": "umgebucht", "message_already": "war schon angemeldet",
    "message_too_late": "zu spät (Termin begonnen)", "message_not_registered": "keine Anmeldung gefunden",
    "message_ask_change": "Nachfrage: umbuchen?", "registration_confirmed": "Anmeldung bestätigt",
    "registration_waiting": "Warteliste", "registration_cancelled": "Anmeldung abgesagt",
    "registration_moved": "Anmeldung verschoben", "registration_promoted": "von der Warteliste nachgerückt",
    "registration_awaiting": "wartet auf Antwort", "registration_closed": "Rückfrage erledigt",
    "mail_queued": "Mail in den Postausgang", "mail_sent": "Mail gesendet", "mail_retry": "Mail: neuer Versuch",
    "mail_failed": "Mail fehlgeschlagen", "review_registered": "angemeldet (Mitarbeiter/in)",
    "review_clarified": "Rückfrage gesendet (Mitarbeiter/in)", "review_answered": "beantwortet (Mitarbeiter/in)",
    "review_done": "erledigt ohne Antwort", "review_spam": "als Spam markiert",
    "message_held": "Änderung zurückgehalten (Absender nicht bestätigt)", "change_held": "Änderung zurückgehalten",
    "held_applied": "zurückgehaltene Änderung ausgeführt", "held_dropped": "zurückgehaltene Änderung verworfen",
    "review_changed": "Personenzahl geändert (Mitarbeiter/in)", "registration_attendees": "Personenzahl geändert",
}
KINDS = {"confirmed": "Bestätigung", "waiting": "Warteliste", "promoted": "Nachgerückt", "already": "schon angemeldet",
         "changed": "Umbuchung", "cancelled": "Absage", "clarify": "Rückfrage", "ask_change": "Nachfrage Umbuchung",
         "too_late": "zu spät", "not_registered": "keine Anmeldung", "received": "Eingangsbestätigung",
         "reminder": "Erinnerung", "answer": "Antwort", "confirm_request": "Bitte um Bestätigung", "bulk": "Rundmail"}
REASONS = [
    (r"^a question for staff.*", "eine Frage an das Amt, kein Termin gewählt"),
    (r"^interest depends on a condition.*", "Interesse unter Vorbehalt oder abhängig von unserer Antwort"),
    (r"^no registration, change or cancellation recognised$", "keine Anmeldung, Umbuchung oder Absage erkannt"),
    (r"^cancellation, but no registration from this address$", "Absage, aber keine Anmeldung unter dieser Adresse"),
    (r"^some of the registered people cancel.*", "ein Teil der angemeldeten Personen sagt ab"),
    (r"^already (\d+) automatic replies to this address today$", r"schon \1 automatische Antworten heute an diese Adresse"),
    (r"^no sender address we can answer$", "keine Absenderadresse, an die wir antworten können"),
    (r"^unreadable message: (.*)$", r"nicht lesbare Nachricht: \1"),
    (r"^internal error while handling: (.*)$", r"interner Fehler bei der Verarbeitung: \1"),
    (r"^answer to our question about a change.*", "Antwort auf unsere Umbuchungs-Frage ist nicht eindeutig"),
    (r"^a change, but which registration is meant is unclear$", "Umbuchung, aber unklar welche Anmeldung"),
    (r"^sender not authenticated \((.*?)\): .*; held until the registered address confirms.*",
     r"Absender nicht bestätigt (\1): Änderung wartet auf Bestätigung durch die angemeldete Adresse"),
    (r"^sender not authenticated \((.*?)\) and no registration.*",
     r"Absender nicht bestätigt (\1), keine Anmeldung unter dieser Adresse: ohne Antwort abgelegt"),
    (r"^sender not authenticated \((.*?)\): (.*)$", r"Absender nicht bestätigt (\1): \2"),
    (r"^answer to our request to confirm mail #(\d+) says no.*",
     r"Antwort auf unsere Bitte um Bestätigung (Nachricht #\1) sagt nein: bitte entscheiden"),
    (r"^the registered address confirmed mail #(\d+): (.*)$", r"von der angemeldeten Adresse bestätigt (#\1): \2"),
    (r"^only thanks or greetings.*", "nur Dank oder Gruß: niemand wartet auf eine Antwort"),
]


def reason_de(reason: str) -> str:
    for pattern, german in REASONS:
        if re.match(pattern, reason or ""):
            return re.sub(pattern, german, reason)
    return reason or ""


def local_time(d: datetime | None, fmt: str, tz: tzinfo) -> str:
    """strftime in the office's time zone with German weekday names (%a short, %A long)."""
    if d is None:
        return ""
    d = d.astimezone(tz)
    return d.strftime(fmt.replace("%A", WEEKDAYS[d.weekday()]).replace("%a", SHORT_WEEKDAYS[d.weekday()]))
