"""German wording for staff of what the bot read (the reading's evidence), from its fields.

The evidence's ``rule`` is a note for developers (English, free text) and is not shown; staff
see the kind of the words, how the sentence speaks of them and which workshop they fit. The
words are catalog texts (German msgids, see ``mailbot/catalogs.py``).
"""

from __future__ import annotations

from typing import Callable

from ..catalogs import N_, staff_gettext

KIND = {
    "date": N_("Datum"), "day": N_("Tag im Monat"), "weekday": N_("Wochentag"), "month": N_("Monat"),
    "relative": N_("Zeitangabe (z. B. „morgen“)"), "ordinal": N_("Aufzählung (z. B. „der zweite“)"),
    "position": N_("Nummer aus unserer Liste"), "remaining": N_("„die übrigen Termine“"), "place": N_("Ort"),
    "attendees": N_("Personenzahl"),
}
STANCE = {
    "pos": N_("gewünscht"), "neg": N_("ausgeschlossen"), "old": N_("bisheriger Termin"), "tentative": N_("unsicher"),
    "question": N_("nur gefragt"),
}


def evidence_de(reading: dict, event: Callable, gettext: Callable[[str], str] | None = None) -> list[dict]:
    """One line per piece of evidence: the words, what they are, how they are meant, what they fit."""
    _ = gettext or staff_gettext()
    out = []
    for ev in reading.get("evidence") or []:
        kind = ev.get("kind", "")
        stance = ev.get("stance") or ""
        item = {"text": str(ev.get("text") or ""), "kind": _(KIND[kind]) if kind in KIND else kind,
                "stance": _(STANCE[stance]) if stance in STANCE else "", "fits": ""}
        if kind == "attendees":
            item["text"] = _("%(count)s Person(en)") % {"count": ev.get("text")}
        elif "events" in ev:
            towns = [e.town for e in map(event, ev.get("events") or []) if e is not None]
            item["fits"] = (_("passt zu %(towns)s") % {"towns": ", ".join(towns)} if towns
                            else _("passt zu keinem Termin"))
        out.append(item)
    return out
