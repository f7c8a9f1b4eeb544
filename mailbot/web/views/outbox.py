"""The outbox: every mail the bot and staff send, its state, and a retry for failed ones."""

from __future__ import annotations

from sqlalchemy import func, select
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ...store import Outbox
from ..context import Context, back, flash, form_checked, found, staff
from ..present import mail_view


@staff
async def outbox(request: Request, ctx: Context) -> Response:
    state = request.query_params.get("state") or None
    with ctx.store.session() as s:
        q = select(Outbox).order_by(Outbox.id.desc()).limit(300)
        if state:
            q = q.where(Outbox.state == state)
        rows = s.scalars(q).all()
        counts = dict(s.execute(select(Outbox.state, func.count()).group_by(Outbox.state)).all())
        return ctx.page(request, "outbox.html", rows=rows, counts=counts, state=state)


@staff
async def outbox_detail(request: Request, ctx: Context) -> Response:
    with ctx.store.session() as s:
        row = found(s, Outbox, int(request.path_params["id"]))
        return ctx.page(request, "outbox_detail.html", row=row, **mail_view(row.raw))


@staff
async def outbox_retry(request: Request, ctx: Context) -> Response:
    await form_checked(request)
    with ctx.store.writer() as s:
        ctx.desk.retry(s, int(request.path_params["id"]), request.session["user"], ctx.clock())
        s.commit()
    flash(request, ctx._("Die Mail wird beim nächsten Lauf erneut gesendet."))
    return back("/outbox")


routes = [
    Route("/outbox", outbox),
    Route("/outbox/{id:int}", outbox_detail),
    Route("/outbox/{id:int}/retry", outbox_retry, methods=["POST"]),
]
