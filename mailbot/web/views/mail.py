"""Mail to all participants (or the waiting list) of a workshop, e.g. a room change: a template
to start from, then a preview with the number of recipients, then sending through the outbox."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from typing import Callable

from ...catalogs import N_
from ...config import Office
from ...events import Event
from ...replies import greeting_name
from ...store import Registration
from ..context import Context, back, flash, form_checked, staff, typed
from ..labels import local_time

BULK_TEMPLATES = {  # name, subject, text: catalog texts, the workshop's details filled in by fill_template
    "raum": (N_("Raumänderung"), N_("Neuer Raum: Workshop am %(date)s in %(town)s"),
             N_("der Workshop am %(date)s in %(town)s findet in einem anderen Raum statt.\n\n"
                "Neuer Raum: (bitte eintragen)\nAdresse: %(address)s\nBeginn: %(start)s Uhr, wie geplant.\n\n"
                "Freundliche Grüße\n%(office)s")),
    "zeit": (N_("Zeitänderung"), N_("Neue Uhrzeit: Workshop am %(date)s in %(town)s"),
             N_("der Workshop am %(date)s in %(town)s beginnt zu einer anderen Uhrzeit.\n\n"
                "Neuer Beginn: (bitte eintragen)\nOrt: %(venue)s, %(address)s\n\n"
                "Wenn Sie zur neuen Uhrzeit nicht kommen können, antworten Sie bitte auf diese E-Mail.\n\n"
                "Freundliche Grüße\n%(office)s")),
    "info": (N_("Information"), N_("Information zum Workshop am %(date)s in %(town)s"),
             N_("wir haben eine Information zum Workshop am %(date)s in %(town)s (%(venue)s):\n\n(bitte eintragen)\n\n"
                "Freundliche Grüße\n%(office)s")),
}
AUDIENCES = ("confirmed", "waiting")


def fill_template(key: str, event: Event, office: Office,
                  gettext: Callable[[str], str] = str) -> tuple[str, str]:
    """Subject and text of a bulk-mail template (through ``gettext``, the staff catalog), with the
    workshop's details filled in."""
    _, subject, text = BULK_TEMPLATES[key]
    values = {"date": local_time(event.start, "%A, %d.%m.%Y", office.timezone), "town": event.town,
              "venue": event.venue, "address": event.address,
              "start": local_time(event.start, "%H:%M", office.timezone), "office": office.name}
    return gettext(subject) % values, gettext(text) % values


async def mail_form(request: Request, ctx: Context, event: Event) -> dict[str, str]:
    """What the form holds (the query of a GET, the checked form of a POST), with the chosen
    template filled in while the text is still empty, and the step and audience made valid."""
    form = dict(request.query_params) if request.method == "GET" else typed(await form_checked(request))
    form["step"] = form.get("step", "write") if request.method == "POST" else "write"
    form["audience"] = form.get("audience", "") if form.get("audience") in AUDIENCES else "confirmed"
    if form.get("template", "") in BULK_TEMPLATES and not form.get("text"):
        form["subject"], form["text"] = fill_template(form["template"], event, ctx.config.office, ctx.texts.gettext)
    return form


def preview(regs: list[Registration], text: str) -> str:
    """The mail as the first recipient with an address gets it."""
    first = next((r for r in regs if r.email), None)
    name = greeting_name(first.name) if first is not None else ""
    return (f"Guten Tag {name},\n\n" if name else "Guten Tag,\n\n") + text.strip()


@staff
async def workshop_mail(request: Request, ctx: Context) -> Response:
    event = ctx.event(request)
    form = await mail_form(request, ctx, event)
    step, audience = form["step"], form["audience"]
    if step == "send":
        with ctx.store.writer() as s:
            n, unreachable = ctx.desk.bulk_mail(s, event.id, audience, form.get("subject", ""), form.get("text", ""),
                                                request.session["user"], ctx.clock())
            s.commit()
        call = "; ".join(f"{r.name or '–'} ({r.phone or ctx._('keine Telefonnummer')})" for r in unreachable)
        flash(request, ctx._("%(count)s Mails stehen im Postausgang.", count=n)
              + (" " + ctx._("Ohne E-Mail-Adresse, bitte anrufen: %(who)s.", who=call) if call else ""))
        return back(f"/participants?workshop={event.id}")
    error = ""
    if step == "preview" and not (form.get("subject", "").strip() and form.get("text", "").strip()):
        step, error = "write", ctx._("Bitte Betreff und Text ausfüllen.")
    with ctx.store.session() as s:
        regs = ctx.desk.audience(s, event.id, audience)
        return ctx.page(request, "workshop_mail.html", event=event, form=form, audience=audience, step=step,
                        regs=regs, with_mail=[r for r in regs if r.email], without=[r for r in regs if not r.email],
                        templates=BULK_TEMPLATES, preview=preview(regs, form["text"]) if step == "preview" else None,
                        flash={"text": error, "kind": "error"} if error else None)


routes = [
    Route("/participants/{workshop:str}/mail", workshop_mail, methods=["GET", "POST"]),
]
