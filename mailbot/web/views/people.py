"""People: search across registrations and messages, one person's page, and the data-protection
actions (information as JSON, erasure)."""

from __future__ import annotations

import re

from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ...catalogs import N_
from ...staff import StaffError
from ...store import Message, Outbox, Registration
from ..context import Context, back, flash, form_checked, staff
from ..present import moved_up


@staff
async def people(request: Request, ctx: Context) -> Response:
    q = request.query_params.get("q", "")
    with ctx.store.session() as s:
        regs, msgs = ctx.desk.search(s, q) if q else ([], [])
        return ctx.page(request, "people.html", q=q, regs=regs, msgs=msgs,
                        emails=sorted({r.email for r in regs if r.email} | {m.sender for m in msgs if m.sender}))


@staff
async def person(request: Request, ctx: Context) -> Response:
    """Everything about one address: registrations, messages, mails, and the data actions."""
    addr = request.query_params.get("email", "").strip().lower()
    with ctx.store.session() as s:
        regs = s.scalars(select(Registration).where(Registration.email == addr)
                         .order_by(Registration.created_at)).all() if addr else []
        msgs = s.scalars(select(Message).where(Message.sender == addr).order_by(Message.id)).all() if addr else []
        mails = s.scalars(select(Outbox).where(Outbox.to_addr == addr).order_by(Outbox.id)).all() if addr else []
        return ctx.page(request, "person.html", addr=addr, regs=regs, msgs=msgs, mails=mails,
                        person_name=next((r.name for r in regs if r.name), "") or next(
                            (m.sender_name for m in msgs if m.sender_name), ""))


@staff
async def people_export(request: Request, ctx: Context) -> Response:
    form = await form_checked(request)
    email_addr = str(form.get("email", ""))
    with ctx.store.writer() as s:
        data = ctx.desk.person_data(s, email_addr, request.session["user"], ctx.clock())
        s.commit()
    safe = re.sub(r"[^a-z0-9@._-]", "_", email_addr.lower())
    return Response(data, media_type="application/json",
                    headers={"Content-Disposition": f'attachment; filename="auskunft-{safe}.json"'})


@staff
async def people_erase(request: Request, ctx: Context) -> Response:
    form = await form_checked(request)
    email_addr = str(form.get("email", ""))
    if str(form.get("confirm", "")).strip().lower() != email_addr.strip().lower() or not email_addr:
        raise StaffError(N_("Zum Löschen bitte die Adresse zur Bestätigung noch einmal eingeben."))
    moved: list[Registration] = []
    with ctx.store.writer() as s:
        n = ctx.desk.erase(s, email_addr, request.session["user"], ctx.clock(), promoted=moved)
        s.commit()
    flash(request, ctx._("Personenbezogene Daten von %(email)s gelöscht (%(count)s Einträge).", email=email_addr, count=n)
          + moved_up(moved, ctx.texts.gettext))
    return back("/people")


routes = [
    Route("/people", people),
    Route("/person", person),
    Route("/people/export", people_export, methods=["POST"]),
    Route("/people/erase", people_erase, methods=["POST"]),
]
