"""The review queue: messages the bot handed to staff, and what staff decide about each."""

from __future__ import annotations

from sqlalchemy import select
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from ...catalogs import N_
from ...staff import StaffError
from ...store import Message, Outbox, Registration
from ..context import Context, back, flash, form_checked, number, staff, typed
from ..labels import STATUS
from ..present import highlight, moved_up, preselected, split_parts, text_dir
from .participants import change, outcome
from ..wording import evidence_de


@staff
async def review_list(request: Request, ctx: Context) -> Response:
    with ctx.store.session() as s:
        msgs = s.scalars(select(Message).where(Message.review == "open").order_by(Message.fetched_at,
                                                                                 Message.id)).all()
        return ctx.page(request, "review_list.html", messages=msgs)


@staff
async def review_detail(request: Request, ctx: Context) -> Response:
    return review_page(request, ctx, int(request.path_params["id"]))


def review_page(request: Request, ctx: Context, msg_id: int, typed: dict[str, str] | None = None, error: str = "",
                status: int = 200) -> HTMLResponse:
    """The review page; after a refused action with what staff typed (``typed``) and why."""
    typed = typed or {}
    config, desk, now = ctx.config, ctx.desk, ctx.clock()
    with ctx.store.session() as s:
        msg = desk.open_message(s, msg_id)
        parts = split_parts(msg.raw)
        reading = msg.reading or {}
        text = reading.get("new_text") or parts["new"]
        return ctx.page(request, "review_detail.html", status, msg=msg, reading=reading,
                        text=highlight(text, reading.get("evidence") or []),
                        direction=text_dir(text, reading.get("language") or "de"),
                        quoted=parts["quoted"], signature=parts["signature"], history=desk.history(s, msg_id),
                        open_events=[e for e in config.events if e.start > now],
                        candidates=set(reading.get("candidates") or []) | ({reading["workshop"]}
                                                                           if reading.get("workshop") else set()),
                        chosen=typed.get("workshop", preselected(reading)), typed=typed,
                        attendees=typed.get("attendees") or reading.get("attendees") or 1,
                        known=desk.registrations_of(s, msg.sender),
                        evidence=evidence_de(reading, config.event, ctx.texts.gettext),
                        clarification=typed.get("clarify_text") or desk.clarification_text(s, msg_id, now),
                        flash={"text": error, "kind": "error"} if error else None,
                        outbox=s.scalars(select(Outbox).where(
                            Outbox.source_message_id == msg.id).order_by(Outbox.id)).all())


@staff
async def review_eml(request: Request, ctx: Context) -> Response:
    with ctx.store.session() as s:
        msg = ctx.desk.open_message(s, int(request.path_params["id"]))
        return Response(msg.raw, media_type="message/rfc822",
                        headers={"Content-Disposition": f'attachment; filename="nachricht-{msg.id}.eml"'})


@staff
async def review_action(request: Request, ctx: Context) -> Response:
    form = await form_checked(request)
    msg_id, action = int(request.path_params["id"]), request.path_params["action"]
    try:
        text = run_review_action(request, ctx, form, msg_id, action)
    except StaffError as exc:  # the page again, with what was typed
        shown = typed(form)
        if action == "clarify":
            shown["clarify_text"] = shown.get("text", "")
        return review_page(request, ctx, msg_id, shown, exc.worded(ctx.texts.gettext), 409)
    if text is None:
        return PlainTextResponse(ctx._("Unbekannte Aktion"), status_code=404)
    flash(request, text, undo=f"/review/{msg_id}/unspam" if action == "spam" else "")
    nxt = msg_id if action == "unspam" else next_review(ctx)
    return back(f"/review/{nxt}" if nxt else "/review")


DONE = {  # what staff read after the simple actions (the StaffDesk method of the same name)
    "clarify": N_("Rückfrage steht im Postausgang."),
    "answer": N_("Antwort steht im Postausgang."),
    "done": N_("Als erledigt markiert (ohne Antwort)."),
    "spam": N_("Als Spam markiert."),
    "apply_held": N_("Die zurückgehaltene Änderung ist ausgeführt; die Mail dazu steht im Postausgang."),
    "drop_held": N_("Die zurückgehaltene Änderung ist verworfen; die Anmeldung bleibt."),
    "unspam": N_("Nicht mehr als Spam markiert: die Nachricht wartet wieder auf Prüfung."),
}


CONFIRMATION_QUEUED = N_("Die Bestätigung steht im Postausgang.")


def names_in(form: FormData) -> list[str]:
    """The names typed into the form, one person a line."""
    return [line.strip() for line in str(form.get("names", "")).splitlines() if line.strip()]


def run_review_action(request: Request, ctx: Context, form: FormData, msg_id: int, action: str) -> str | None:
    """Do what staff chose for the message; the text to show, or None for an unknown action."""
    actor, now, desk = request.session["user"], ctx.clock(), ctx.desk
    if action == "spam" and form.get("confirmed") != "1":
        raise StaffError(N_("Zum Markieren als Spam bitte „Ja, das ist Spam“ ankreuzen."))
    with ctx.store.writer() as s:
        if action == "register":
            people = number(form.get("attendees", "1"))
            reg = desk.register(s, msg_id, str(form.get("workshop", "")), people, actor, now,
                                again=form.get("again") == "1")
            text = ctx._("Angemeldet (%(status)s): %(town)s, %(count)s Person(en).", status=ctx._(STATUS[reg.status]),
                         town=ctx.town(reg.workshop), count=people) + " " + ctx._(CONFIRMATION_QUEUED)
        elif action == "attendees":
            people = number(form.get("attendees", "1"))
            moved: list[Registration] = []
            reg = desk.change_attendees(s, number(form.get("registration", "0")), people, True, actor, now,
                                        message_id=msg_id, promoted=moved)
            text = ctx._("Personenzahl geändert: %(town)s, jetzt %(count)s Person(en) (%(status)s).",
                         town=ctx.town(reg.workshop), count=people, status=ctx._(STATUS[reg.status])) \
                + " " + ctx._(CONFIRMATION_QUEUED) + moved_up(moved, ctx.texts.gettext)
        elif action == "names":
            reg = desk.change_names(s, number(form.get("registration", "0")), names_in(form), True, actor, now,
                                    message_id=msg_id)
            text = ctx._("Namen geändert: %(town)s, %(names)s.", town=ctx.town(reg.workshop),
                         names=", ".join(reg.names) or ctx._("ohne Namen")) + " " + ctx._(CONFIRMATION_QUEUED)
        elif action in ("move", "cancel"):
            reg_id, moved = number(form.get("registration", "0")), []
            desk.settle(s, msg_id, reg_id, actor, now, "moved" if action == "move" else "cancelled")
            reg = change(ctx, s, action, reg_id, form, actor, moved)
            text = outcome(ctx, action, reg, form.get("notify") == "1", moved)
        elif action in ("clarify", "answer"):
            getattr(desk, action)(s, msg_id, str(form.get("text", "")), actor, now)
            text = ctx._(DONE[action])
        elif action in DONE:
            getattr(desk, action)(s, msg_id, actor, now)
            text = ctx._(DONE[action])
        else:
            return None
        s.commit()
    return text


def next_review(ctx: Context) -> int | None:
    with ctx.store.session() as s:
        return s.scalar(select(Message.id).where(Message.review == "open").order_by(Message.fetched_at,
                                                                                    Message.id).limit(1))


routes = [
    Route("/review", review_list),
    Route("/review/{id:int}", review_detail),
    Route("/review/{id:int}/eml", review_eml),
    Route("/review/{id:int}/{action:str}", review_action, methods=["POST"]),
]
