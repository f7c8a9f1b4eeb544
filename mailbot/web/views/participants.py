"""Participants: one workshop at a time, phone registrations, move, cancel, head-counts; the
downloads (CSV, XLSX, sign-in sheet), one registration's history and the open questions."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from ...events import Event
from ...export import export, sign_in_lines
from ...staff import StaffError
from ...store import Audit, Message, Outbox, Registration
from ..context import Context, NotFound, back, flash, form_checked, found, number, staff, typed
from ..labels import STATUS
from ..present import matches, moved_up
from .overview import workshop_rows


def shown_event(ctx: Context, workshop: str) -> Event:
    """The workshop asked for, else the next one ahead (else the first)."""
    ahead = [e for e in ctx.config.events if e.start > ctx.clock()]
    return ctx.config.event(workshop) or (ahead or list(ctx.config.events))[0]


@staff
async def participants(request: Request, ctx: Context) -> Response:
    return participants_page(request, ctx)


def participants_page(request: Request, ctx: Context, typed: dict[str, str] | None = None, error: str = "",
                      status: int = 200) -> HTMLResponse:
    """One workshop at a time (?workshop=), searchable (?q= name, address, phone, companions)
    and filtered (?show=confirmed|waiting)."""
    params = request.query_params
    event = shown_event(ctx, (typed or {}).get("workshop") or params.get("workshop") or "")
    q, show = params.get("q", "").strip(), params.get("show", "")
    with ctx.store.session() as s:
        regs = s.scalars(select(Registration).where(Registration.workshop == event.id,
                                                    Registration.status.in_(("confirmed", "waiting")))
                         .order_by(Registration.waiting_since, Registration.created_at, Registration.id)).all()
        by: dict[str, list[Registration]] = {"confirmed": [], "waiting": []}
        for r in regs:
            if (not show or r.status == show) and (not q or matches(r, q)):
                by[r.status].append(r)
        rows = workshop_rows(ctx, s)
        return ctx.page(request, "participants.html", status, workshops=rows, by=by, event=event,
                        row=next(w for w in rows if w["event"].id == event.id), q=q, show=show,
                        typed=typed or {}, flash={"text": error, "kind": "error"} if error else None)


@staff
async def participant_add(request: Request, ctx: Context) -> Response:
    form = await form_checked(request)
    try:
        people = number(form.get("attendees", "1"))
        with ctx.store.writer() as s:
            reg = ctx.desk.add_participant(s, name=str(form.get("name", "")), email=str(form.get("email", "")),
                                           phone=str(form.get("phone", "")), workshop=str(form.get("workshop", "")),
                                           attendees=people, actor=request.session["user"], now=ctx.clock(),
                                           again=form.get("again") == "1")
            s.commit()
    except StaffError as exc:  # the form again, as typed
        return participants_page(request, ctx, typed(form), str(exc), 409)
    flash(request, f"{reg.name} eingetragen ({STATUS[reg.status]})"
          + (", Bestätigung steht im Postausgang." if reg.email else "."))
    return back(f"/participants?workshop={reg.workshop}#reg-{reg.id}")


def outcome(ctx: Context, action: str, reg: Registration, notify: bool, moved: list[Registration]) -> str:
    """What staff read after cancelling, moving or changing a registration, with who moved up."""
    who = reg.name or reg.email or reg.phone
    if action == "cancel":
        text = f"Anmeldung von {who} abgesagt."
    elif action == "move":
        text = f"Anmeldung von {who} nach {ctx.town(reg.workshop)} verschoben ({STATUS[reg.status]})."
    else:
        text = f"Personenzahl von {who} geändert: jetzt {reg.attendees} ({STATUS[reg.status]})."
    return text + (" Eine Mail steht im Postausgang." if notify and reg.email else "") + moved_up(moved)


def change(ctx: Context, s: Session, action: str, reg_id: int, form: FormData, actor: str,
           moved: list[Registration]) -> Registration:
    """Cancel, move or change the head-count of a registration as the form says."""
    notify, now, desk = form.get("notify") == "1", ctx.clock(), ctx.desk
    if action == "cancel":
        if form.get("confirmed") != "1":
            raise StaffError("Zum Absagen bitte „wirklich absagen“ ankreuzen.")
        return desk.cancel(s, reg_id, notify, actor, now, promoted=moved)
    if action == "move":
        return desk.move(s, reg_id, str(form.get("workshop", "")), notify, actor, now, promoted=moved)
    return desk.change_attendees(s, reg_id, number(form.get("attendees", "")), notify, actor, now, promoted=moved)


@staff
async def participant_action(request: Request, ctx: Context) -> Response:
    form = await form_checked(request)
    reg_id, action = int(request.path_params["id"]), request.path_params["action"]
    if action == "undo":
        return undo_cancel(request, ctx, reg_id)
    if action not in ("cancel", "move", "attendees"):
        raise NotFound("Unbekannte Aktion")
    moved: list[Registration] = []
    with ctx.store.writer() as s:
        before = s.get(Registration, reg_id)
        where = before.workshop if before is not None else None
        reg = change(ctx, s, action, reg_id, form, request.session["user"], moved)
        s.commit()
    flash(request, outcome(ctx, action, reg, form.get("notify") == "1", moved),
          undo=f"/participants/{reg.id}/undo" if action == "cancel" else "")
    # back to the row (or, when it left the list, to where it was)
    anchor = f"#reg-{reg.id}" if reg.status in ("confirmed", "waiting") and reg.workshop == where else \
        f"#reg-{moved[0].id}" if moved else ""
    return back(f"/participants?workshop={where or ''}{anchor}")


def undo_cancel(request: Request, ctx: Context, reg_id: int) -> Response:
    with ctx.store.writer() as s:
        undone = ctx.desk.undo_cancel(s, reg_id, request.session["user"], ctx.clock())
        s.commit()
    reg = undone.registration
    back_again = "; ".join(r.name or r.email or r.phone for r in undone.back_to_waiting)
    flash(request, f"Absage zurückgenommen: {reg.name or reg.email or reg.phone} ist wieder "
                   f"{'angemeldet' if reg.status == 'confirmed' else 'auf der Warteliste'}. Es wird keine Mail gesendet."
          + (f" Wieder auf der Warteliste: {back_again} (falls schon angerufen, bitte Bescheid geben)."
             if back_again else "")
          + (" Die Absage-Mail war schon versandt – bitte Bescheid geben." if undone.cancel_mail_left else ""))
    return back(f"/participants?workshop={reg.workshop}#reg-{reg.id}")


@staff
async def participants_export(request: Request, ctx: Context) -> Response:
    fmt = request.path_params["fmt"]
    if fmt not in ("csv", "xlsx"):
        raise NotFound("Nur .csv oder .xlsx")
    workshop = request.query_params.get("workshop") or None
    if workshop and ctx.config.event(workshop) is None:
        raise NotFound("Unbekannte Veranstaltung")
    _, data = export(ctx.store, ctx.config, workshop, fmt)
    name = f"teilnehmende-{workshop or 'alle'}.{fmt}"
    media = "text/csv; charset=utf-8" if fmt == "csv" else \
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(data, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@staff
async def participants_print(request: Request, ctx: Context) -> Response:
    event = ctx.event(request)
    with ctx.store.session() as s:
        regs = list(s.scalars(select(Registration).where(Registration.workshop == event.id,
                                                         Registration.status == "confirmed")))
        return ctx.page(request, "print.html", event=event, lines=sign_in_lines(regs), regs=regs,
                        people=sum(r.attendees for r in regs))


@staff
async def registration_detail(request: Request, ctx: Context) -> Response:
    """One registration and its history from the audit log, with the mails sent about it."""
    with ctx.store.session() as s:
        reg = found(s, Registration, int(request.path_params["id"]))
        mails = s.scalars(select(Outbox).where(Outbox.registration_id == reg.id).order_by(Outbox.id)).all()
        ids = [m.id for m in mails]
        cond = (Audit.entity == "registration") & (Audit.entity_id == reg.id)
        if ids:
            cond = cond | ((Audit.entity == "outbox") & Audit.entity_id.in_(ids))
        history = s.scalars(select(Audit).where(cond).order_by(Audit.at, Audit.id)).all()
        messages = s.scalars(select(Message).where(Message.registration_id == reg.id).order_by(Message.id)).all()
        return ctx.page(request, "registration.html", reg=reg, event=ctx.config.event(reg.workshop), mails=mails,
                        history=history, messages=messages)


@staff
async def questions(request: Request, ctx: Context) -> Response:
    """Open questions: people the bot or staff asked back who have not answered yet."""
    with ctx.store.session() as s:
        regs = s.scalars(select(Registration).where(Registration.status == "awaiting")
                         .order_by(Registration.created_at, Registration.id)).all()
        return ctx.page(request, "questions.html", regs=regs)


routes = [
    Route("/participants", participants),
    Route("/registrations/{id:int}", registration_detail),
    Route("/questions", questions),
    Route("/participants/add", participant_add, methods=["POST"]),
    Route("/participants/{id:int}/{action:str}", participant_action, methods=["POST"]),
    Route("/participants/export.{fmt:str}", participants_export),
    Route("/participants/{workshop:str}/print", participants_print),
]
