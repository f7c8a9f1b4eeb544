"""Participants: one workshop at a time, phone registrations, move, cancel, head-counts; the
downloads (CSV, XLSX, sign-in sheet), one registration's history and the open questions."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from ...catalogs import N_
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
        return participants_page(request, ctx, typed(form), exc.worded(ctx.texts.gettext), 409)
    status = ctx._(STATUS[reg.status])
    flash(request, ctx._("%(name)s eingetragen (%(status)s), Bestätigung steht im Postausgang.", name=reg.name,
                         status=status) if reg.email else
          ctx._("%(name)s eingetragen (%(status)s).", name=reg.name, status=status))
    return back(f"/participants?workshop={reg.workshop}#reg-{reg.id}")


def outcome(ctx: Context, action: str, reg: Registration, notify: bool, moved: list[Registration]) -> str:
    """What staff read after cancelling, moving or changing a registration, with who moved up."""
    who, status = reg.name or reg.email or reg.phone, ctx._(STATUS[reg.status])
    if action == "cancel":
        text = ctx._("Anmeldung von %(who)s abgesagt.", who=who)
    elif action == "move":
        text = ctx._("Anmeldung von %(who)s nach %(town)s verschoben (%(status)s).", who=who,
                     town=ctx.town(reg.workshop), status=status)
    else:
        text = ctx._("Personenzahl von %(who)s geändert: jetzt %(count)s (%(status)s).", who=who,
                     count=reg.attendees, status=status)
    return text + (" " + ctx._("Eine Mail steht im Postausgang.") if notify and reg.email else "") \
        + moved_up(moved, ctx.texts.gettext)


def change(ctx: Context, s: Session, action: str, reg_id: int, form: FormData, actor: str,
           moved: list[Registration]) -> Registration:
    """Cancel, move or change the head-count of a registration as the form says."""
    notify, now, desk = form.get("notify") == "1", ctx.clock(), ctx.desk
    if action == "cancel":
        if form.get("confirmed") != "1":
            raise StaffError(N_("Zum Absagen bitte „wirklich absagen“ ankreuzen."))
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
        raise NotFound(N_("Unbekannte Aktion"))
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
    who = reg.name or reg.email or reg.phone
    said = [ctx._("Absage zurückgenommen: %(who)s ist wieder angemeldet. Es wird keine Mail gesendet.", who=who)
            if reg.status == "confirmed" else
            ctx._("Absage zurückgenommen: %(who)s ist wieder auf der Warteliste. Es wird keine Mail gesendet.",
                  who=who)]
    if back_again:
        said.append(ctx._("Wieder auf der Warteliste: %(who)s (falls schon angerufen, bitte Bescheid geben).",
                          who=back_again))
    if undone.cancel_mail_left:
        said.append(ctx._("Die Absage-Mail war schon versandt – bitte Bescheid geben."))
    flash(request, " ".join(said))
    return back(f"/participants?workshop={reg.workshop}#reg-{reg.id}")


@staff
async def participants_export(request: Request, ctx: Context) -> Response:
    fmt = request.path_params["fmt"]
    if fmt not in ("csv", "xlsx"):
        raise NotFound(N_("Nur .csv oder .xlsx"))
    workshop = request.query_params.get("workshop") or None
    if workshop and ctx.config.event(workshop) is None:
        raise NotFound(N_("Unbekannte Veranstaltung"))
    _, data = export(ctx.store, ctx.config, workshop, fmt, ctx.texts.gettext)
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
        return ctx.page(request, "print.html", event=event, lines=sign_in_lines(regs, ctx.texts.gettext), regs=regs,
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
