"""German wording for staff of what the bot read (the reading's evidence), from its fields.

The evidence's ``rule`` is a note for developers (English, free text) and is not shown; staff
see the kind of the words, how the sentence speaks of them and which workshop they fit.
"""

from __future__ import annotations

from typing import Callable

KIND = {
    "date": "Datum", "day": "Tag im Monat", "weekday": "Wochentag", "month": "Monat",
    "relative": "Zeitangabe (z. B. „morgen“)", "ordinal": "Aufzählung (z. B. „der zweite“)",
    "position": "Nummer aus unserer Liste", "remaining": "„die übrigen Termine“", "place": "Ort",
    "attendees": "Personenzahl",
}
STANCE = {
    "pos": "gewünscht", "neg": "ausgeschlossen", "old": "bisheriger Termin", "tentative": "unsicher",
    "question": "nur gefragt",
}


def evidence_de(reading: dict, event: Callable) -> list[dict]:
    """One line per piece of evidence: the words, what they are, how they are meant, what they fit."""
    out = []
    for ev in reading.get("evidence") or []:
        kind = ev.get("kind", "")
        item = {"text": str(ev.get("text") or ""), "kind": KIND.get(kind, kind),
                "stance": STANCE.get(ev.get("stance") or "", ""), "fits": ""}
        if kind == "attendees":
            item["text"] = f"{ev.get('text')} Person(en)"
        elif "events" in ev:
            towns = [e.town for e in map(event, ev.get("events") or []) if e is not None]
            item["fits"] = ("passt zu " + ", ".join(towns)) if towns else "passt zu keinem Termin"
        out.append(item)
    return out
