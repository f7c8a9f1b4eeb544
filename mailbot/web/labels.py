"""German words of the staff pages for the stored codes: intents, states, audit actions, mail
kinds, and times in the office's time zone with German weekday names. The words are catalog
texts (``N_``: extracted into ``locale/mailbot.pot``); ``translated`` looks them up for the pages.
The bot's reasons have their German texts in ``mailbot/reasons.py``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from babel.dates import get_day_names

from ..catalogs import N_

INTENTS = {"register": N_("Anmeldung"), "change": N_("Umbuchung"), "cancel": N_("Absage"), "question": N_("Frage"),
           "other": N_("Sonstiges"), "unreadable": N_("nicht lesbar"), "auto_reply": N_("Abwesenheitsnotiz"),
           "bounce": N_("Unzustellbar"), "spam": N_("Spam"), "bulk": N_("Massenmail"), "own": N_("eigene Mail"),
           "thanks": N_("Dank/Gruß"), "empty": N_("ohne eigenen Text")}
STATUS = {"confirmed": N_("bestätigt"), "waiting": N_("Warteliste"), "cancelled": N_("abgesagt"),
          "awaiting": N_("Rückfrage offen"), "closed": N_("erledigt")}
MAIL_STATE = {"queued": N_("wartet"), "sending": N_("wird gesendet"), "sent": N_("gesendet"),
              "retry": N_("neuer Versuch"), "failed": N_("fehlgeschlagen")}


WEEKDAYS = get_day_names("wide", locale="de")  # 0 = Montag (Babel's CLDR data)
SHORT_WEEKDAYS = get_day_names("abbreviated", locale="de")  # 0 = Mo.
ACTIONS = {"message_confirmed": N_("Anmeldung bestätigt"), "message_waiting": N_("auf die Warteliste"),
           "message_review": N_("an die Prüfung"), "message_clarify": N_("Rückfrage gesendet"),
           "message_ignored": N_("ignoriert (automatische Mail)"), "message_cancelled": N_("Absage verbucht"),
           "message_changed": N_("umgebucht"), "message_already": N_("war schon angemeldet"),
           "message_too_late": N_("zu spät (Termin begonnen)"),
           "message_not_registered": N_("keine Anmeldung gefunden"),
           "message_ask_change": N_("Nachfrage: umbuchen?"), "registration_confirmed": N_("Anmeldung bestätigt"),
           "registration_waiting": N_("Warteliste"), "registration_cancelled": N_("Anmeldung abgesagt"),
           "registration_moved": N_("Anmeldung verschoben"),
           "registration_promoted": N_("von der Warteliste nachgerückt"),
           "registration_awaiting": N_("wartet auf Antwort"), "registration_closed": N_("Rückfrage erledigt"),
           "mail_queued": N_("Mail in den Postausgang"), "mail_sent": N_("Mail gesendet"),
           "mail_retry": N_("Mail: neuer Versuch"), "mail_failed": N_("Mail fehlgeschlagen"),
           "review_registered": N_("angemeldet (Mitarbeiter/in)"),
           "review_clarified": N_("Rückfrage gesendet (Mitarbeiter/in)"),
           "review_answered": N_("beantwortet (Mitarbeiter/in)"), "review_done": N_("erledigt ohne Antwort"),
           "review_spam": N_("als Spam markiert"),
           "message_held": N_("Änderung zurückgehalten (Absender nicht bestätigt)"),
           "change_held": N_("Änderung zurückgehalten"), "held_applied": N_("zurückgehaltene Änderung ausgeführt"),
           "held_dropped": N_("zurückgehaltene Änderung verworfen"),
           "review_changed": N_("Personenzahl geändert (Mitarbeiter/in)"),
           "registration_attendees": N_("Personenzahl geändert"), "registration_renamed": N_("Namen geändert"),
           "review_renamed": N_("Namen geändert (Mitarbeiter/in)"), "review_moved": N_("verschoben (Mitarbeiter/in)"),
           "review_cancelled": N_("abgesagt (Mitarbeiter/in)"), "review_unspam": N_("doch kein Spam (Mitarbeiter/in)"),
           "registration_restored": N_("Absage zurückgenommen"),
           "mail_withdrawn": N_("Mail zurückgenommen (nicht gesendet)"),
           "registration_recounted": N_("Personenzahl geändert")}
KINDS = {"confirmed": N_("Bestätigung"), "waiting": N_("Warteliste"), "promoted": N_("Nachgerückt"),
         "already": N_("schon angemeldet"), "changed": N_("Umbuchung"), "cancelled": N_("Absage"),
         "clarify": N_("Rückfrage"), "ask_change": N_("Nachfrage Umbuchung"), "too_late": N_("zu spät"),
         "not_registered": N_("keine Anmeldung"), "received": N_("Eingangsbestätigung"),
         "reminder": N_("Erinnerung"), "answer": N_("Antwort"), "confirm_request": N_("Bitte um Bestätigung"),
         "bulk": N_("Rundmail"), "recounted": N_("Personenzahl geändert"), "renamed": N_("Namen geändert"),
         "withdrawn": N_("doch keine Anmeldung")}
def local_time(d: datetime | None, fmt: str, tz: tzinfo) -> str:
    """strftime in the office's time zone with German weekday names (%a short, %A long)."""
    if d is None:
        return ""
    d = d.astimezone(tz)
    return d.strftime(fmt.replace("%A", WEEKDAYS[d.weekday()]).replace("%a", SHORT_WEEKDAYS[d.weekday()]))


def translated(words: dict[str, str], gettext: Callable[[str], str]) -> dict[str, str]:
    """A table of codes and their German words, each word looked up in the catalog."""
    return {code: gettext(word) for code, word in words.items()}
