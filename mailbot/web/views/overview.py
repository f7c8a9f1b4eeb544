"""The overview: seats per workshop, a chart of registrations over time, mail and questions."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from ...store import Outbox, Registration
from ..context import Context, public, staff


def workshop_rows(ctx: Context, s: Session) -> list[dict[str, Any]]:
    """Per workshop: registrations and people confirmed and waiting, how full, whether it is over."""
    rows = s.execute(select(Registration.workshop, Registration.status, func.count(),
                            func.sum(Registration.attendees)).group_by(Registration.workshop,
                                                                       Registration.status)).all()
    agg = {(w, st): (n, int(p or 0)) for w, st, n, p in rows}
    out = []
    for e in ctx.config.events:
        n, people = agg.get((e.id, "confirmed"), (0, 0))
        wn, wp = agg.get((e.id, "waiting"), (0, 0))
        pct = min(100, round(100 * people / e.capacity)) if e.capacity else 0
        out.append({"event": e, "registrations": n, "people": people, "waiting": wn, "waiting_people": wp,
                    "percent": pct, "over": e.start <= ctx.clock()})
    return out


def timelines(ctx: Context, s: Session) -> list[dict[str, Any]]:
    """Per workshop: the people holding a seat today, added up by the day they registered, as
    the points of a small line chart 400 × 120 (drawn as SVG on the page)."""
    tz = ctx.config.office.timezone
    rows = s.execute(select(Registration.workshop, Registration.created_at, Registration.attendees)
                     .where(Registration.status == "confirmed")).all()
    days = sorted({c.astimezone(tz).date() for _, c, _ in rows})
    if not days:
        return []
    first, last = days[0], max(days[-1], ctx.clock().astimezone(tz).date())
    span = max((last - first).days, 1)
    out = []
    for e in ctx.config.events:
        per_day: dict[date, int] = {}
        for w, created, n in rows:
            if w == e.id:
                d = created.astimezone(tz).date()
                per_day[d] = per_day.get(d, 0) + n
        total, points = 0, [(first, 0)]
        for d in sorted(per_day):
            points.append((d, total))
            total += per_day[d]
            points.append((d, total))
        points.append((last, total))
        top = max(e.capacity or 0, total, 1)
        xy = " ".join(f"{40 + 350 * (d - first).days / span:.1f},{100 - 80 * v / top:.1f}" for d, v in points)
        out.append({"event": e, "points": xy, "total": total, "top": top, "first": first, "last": last,
                    "capacity_y": 100 - 80 * e.capacity / top if e.capacity else None})
    return out


@staff
async def overview(request: Request, ctx: Context) -> Response:
    with ctx.store.session() as s:
        mail = dict(s.execute(select(Outbox.state, func.count()).group_by(Outbox.state)).all())
        awaiting = s.scalar(select(func.count()).select_from(Registration)
                            .where(Registration.status == "awaiting")) or 0
        return ctx.page(request, "overview.html", workshops=workshop_rows(ctx, s), mail=mail, awaiting=awaiting,
                        timelines=timelines(ctx, s))


@public
async def health(request: Request, ctx: Context) -> Response:
    with ctx.store.session() as s:
        s.execute(select(1))
    return PlainTextResponse("ok")


routes = [
    Route("/", overview),
    Route("/healthz", health),
]
