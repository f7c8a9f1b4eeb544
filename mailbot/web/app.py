"""The staff pages: Starlette + jinja2, German, no JavaScript needed, every change a POST with CSRF.

Routes: /login, /logout (POST), / (overview), /review, /review/{id}, /participants, /outbox,
/people — and the downloads and actions below them. Without a session only /login and
/static answer; everything else redirects to /login.
"""

from __future__ import annotations

import asyncio
import hmac
import math
import re
import secrets
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

from babel.dates import get_day_names
from markupsafe import Markup, escape
from sqlalchemy import func, select
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..commands import export
from ..config import Config
from ..errors import MailbotError
from ..replies import RTL, greeting_name
from ..staff import StaffDesk, StaffError
from ..store import Audit, Message, Outbox, Registration, Setting, StaffUser, Store
from . import auth
from .present import mail_view, matches, moved_up, preselected, sign_in_lines
from .wording import evidence_de

HERE = Path(__file__).resolve().parent
INTENTS = {"register": "Anmeldung", "change": "Umbuchung", "cancel": "Absage", "question": "Frage",
           "other": "Sonstiges", "unreadable": "nicht lesbar", "auto_reply": "Abwesenheitsnotiz",
           "bounce": "Unzustellbar", "spam": "Spam", "bulk": "Massenmail", "own": "eigene Mail",
           "thanks": "Dank/Gruß", "empty": "ohne eigenen Text"}
STATUS = {"confirmed": "bestätigt", "waiting": "Warteliste", "cancelled": "abgesagt", "awaiting": "Rückfrage offen",
          "closed": "erledigt"}
MAIL_STATE = {"queued": "wartet", "sending": "wird gesendet", "sent": "gesendet", "retry": "neuer Versuch",
              "failed": "fehlgeschlagen"}


WEEKDAYS = get_day_names("wide", locale="de")  # 0 = Montag (Babel's CLDR data)
SHORT_WEEKDAYS = get_day_names("abbreviated", locale="de")  # 0 = Mo.
ACTIONS = {
    "message_confirmed": "Anmeldung bestätigt", "message_waiting": "auf die Warteliste", "message_review": "an die Prüfung",
    "message_clarify": "Rückfrage gesendet", "message_ignored": "ignoriert (automatische Mail)",
    "message_cancelled": "Absage verbucht", "message_changed": "umgebucht", "message_already": "war schon angemeldet",
    "message_too_late": "zu spät (Termin begonnen)", "message_not_registered": "keine Anmeldung gefunden",
    "message_ask_change": "Nachfrage: umbuchen?", "registration_confirmed": "Anmeldung bestätigt",
    "registration_waiting": "Warteliste", "registration_cancelled": "Anmeldung abgesagt",
    "registration_moved": "Anmeldung verschoben", "registration_promoted": "von der Warteliste nachgerückt",
    "registration_awaiting": "wartet auf Antwort", "registration_closed": "Rückfrage erledigt",
    "mail_queued": "Mail in den Postausgang", "mail_sent": "Mail gesendet", "mail_retry": "Mail: neuer Versuch",
    "mail_failed": "Mail fehlgeschlagen", "review_registered": "angemeldet (Mitarbeiter/in)",
    "review_clarified": "Rückfrage gesendet (Mitarbeiter/in)", "review_answered": "beantwortet (Mitarbeiter/in)",
    "review_done": "erledigt ohne Antwort", "review_spam": "als Spam markiert",
    "message_held": "Änderung zurückgehalten (Absender nicht bestätigt)", "change_held": "Änderung zurückgehalten",
    "held_applied": "zurückgehaltene Änderung ausgeführt", "held_dropped": "zurückgehaltene Änderung verworfen",
    "review_changed": "Personenzahl geändert (Mitarbeiter/in)", "registration_attendees": "Personenzahl geändert",
}
KINDS = {"confirmed": "Bestätigung", "waiting": "Warteliste", "promoted": "Nachgerückt", "already": "schon angemeldet",
         "changed": "Umbuchung", "cancelled": "Absage", "clarify": "Rückfrage", "ask_change": "Nachfrage Umbuchung",
         "too_late": "zu spät", "not_registered": "keine Anmeldung", "received": "Eingangsbestätigung",
         "reminder": "Erinnerung", "answer": "Antwort", "confirm_request": "Bitte um Bestätigung", "bulk": "Rundmail"}
REASONS = [
    (r"^a question for staff.*", "eine Frage an das Amt, kein Termin gewählt"),
    (r"^interest depends on a condition.*", "Interesse unter Vorbehalt oder abhängig von unserer Antwort"),
    (r"^no registration, change or cancellation recognised$", "keine Anmeldung, Umbuchung oder Absage erkannt"),
    (r"^cancellation, but no registration from this address$", "Absage, aber keine Anmeldung unter dieser Adresse"),
    (r"^some of the registered people cancel.*", "ein Teil der angemeldeten Personen sagt ab"),
    (r"^already (\d+) automatic replies to this address today$", r"schon \1 automatische Antworten heute an diese Adresse"),
    (r"^no sender address we can answer$", "keine Absenderadresse, an die wir antworten können"),
    (r"^unreadable message: (.*)$", r"nicht lesbare Nachricht: \1"),
    (r"^internal error while handling: (.*)$", r"interner Fehler bei der Verarbeitung: \1"),
    (r"^answer to our question about a change.*", "Antwort auf unsere Umbuchungs-Frage ist nicht eindeutig"),
    (r"^a change, but which registration is meant is unclear$", "Umbuchung, aber unklar welche Anmeldung"),
    (r"^sender not authenticated \((.*?)\): .*; held until the registered address confirms.*",
     r"Absender nicht bestätigt (\1): Änderung wartet auf Bestätigung durch die angemeldete Adresse"),
    (r"^sender not authenticated \((.*?)\) and no registration.*",
     r"Absender nicht bestätigt (\1), keine Anmeldung unter dieser Adresse: ohne Antwort abgelegt"),
    (r"^sender not authenticated \((.*?)\): (.*)$", r"Absender nicht bestätigt (\1): \2"),
    (r"^answer to our request to confirm mail #(\d+) says no.*",
     r"Antwort auf unsere Bitte um Bestätigung (Nachricht #\1) sagt nein: bitte entscheiden"),
    (r"^the registered address confirmed mail #(\d+): (.*)$", r"von der angemeldeten Adresse bestätigt (#\1): \2"),
    (r"^only thanks or greetings.*", "nur Dank oder Gruß: niemand wartet auf eine Antwort"),
]


def reason_de(reason: str) -> str:
    for pattern, german in REASONS:
        if re.match(pattern, reason or ""):
            return re.sub(pattern, german, reason)
    return reason or ""


def local_time(d: datetime | None, fmt: str, tz) -> str:
    """strftime in the office's time zone with German weekday names (%a short, %A long)."""
    if d is None:
        return ""
    d = d.astimezone(tz)
    return d.strftime(fmt.replace("%A", WEEKDAYS[d.weekday()]).replace("%a", SHORT_WEEKDAYS[d.weekday()]))


def session_key(store: Store) -> str:
    """The key that signs session cookies: made once and kept in the database."""
    with store.writer() as s:
        row = s.get(Setting, "web_session_key")
        if row is None:
            row = Setting(name="web_session_key", value=secrets.token_urlsafe(48))
            s.add(row)
            s.commit()
        return row.value


def create_app(config: Config, store: Store, clock: Callable[[], datetime] | None = None,
               https: bool = False) -> Starlette:
    clock = clock or (lambda: datetime.now(timezone.utc))
    desk = StaffDesk(config, store)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    tz = config.office.timezone
    env.filters["local"] = lambda d, fmt="%d.%m.%Y %H:%M": local_time(d, fmt, tz)
    env.filters["reason"] = reason_de
    env.filters["action"] = lambda a: ACTIONS.get(a, a)
    env.filters["kind"] = lambda k: KINDS.get(k, k)
    env.globals.update(INTENTS=INTENTS, STATUS=STATUS, MAIL_STATE=MAIL_STATE, office=config.office,
                       events=config.events, config_event=config.event, RTL=RTL,
                       # with several desks: which mailbox a message came to (its desk's own address)
                       MAILBOXES={d.desk: d.office.addresses[0] for d in config.desks})
    https = https or bool(config.web.certfile) or config.web.behind_tls_proxy  # cookies only over HTTPS
    secret_key = session_key(store)
    devices = auth.Devices(secret_key)
    names_failed, devices_failed = auth.Counters(auth.MAX_FAILED), auth.Counters(auth.MAX_FAILED)
    addresses_failed = auth.Counters(auth.MAX_FAILED_ADDRESS)
    password_checks = auth.PasswordChecks()

    # ---------------------------------------------------------------- plumbing
    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        with store.session() as s:
            review_count = s.scalar(select(func.count()).select_from(Message).where(Message.review == "open")) or 0
        shown = request.session.pop("flash", None)
        ctx.update(request=request, user=request.session.get("user"), csrf=csrf_token(request),
                   review_count=review_count, flash=ctx.get("flash") or shown)
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def csrf_token(request: Request) -> str:
        token = request.session.get("csrf")
        if not token:
            token = secrets.token_urlsafe(32)
            request.session["csrf"] = token
        return token

    async def form_checked(request: Request):
        form = await request.form()
        sent = str(form.get("csrf", ""))
        if not sent or not hmac.compare_digest(sent, request.session.get("csrf", "")):
            raise Forbidden()
        return form

    def flash(request: Request, text: str, kind: str = "ok") -> None:
        request.session["flash"] = {"text": text, "kind": kind}

    def back(url: str) -> RedirectResponse:
        return RedirectResponse(url, status_code=303)

    def staff(handler):
        async def wrapped(request: Request):
            if not await run_in_threadpool(auth.session_user, store, request.session):
                request.session.clear()  # none, or ended by logout, a new password or a removed account
                if request.method == "GET":
                    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                    return RedirectResponse("/login?next=" + quote(target, safe="/"), status_code=303)
                return PlainTextResponse("Anmeldung erforderlich", status_code=401)
            try:
                return await handler(request)
            except Forbidden:
                return PlainTextResponse("Ungültiges oder fehlendes Formular-Token (CSRF).", status_code=403)
            except StaffError as exc:
                flash(request, str(exc), "error")
                return back(request.headers.get("referer") or "/")
        wrapped.__name__ = handler.__name__
        return wrapped

    # ---------------------------------------------------------------- login (policy: auth.py)
    async def login(request: Request):
        if request.method == "GET":
            if request.session.get("user") and not await run_in_threadpool(auth.session_user, store, request.session):
                request.session.clear()  # an ended session shows no navigation
            return page(request, "login.html", next=request.query_params.get("next", "/"))
        try:
            form = await form_checked(request)
        except Forbidden:
            return PlainTextResponse("Ungültiges oder fehlendes Formular-Token (CSRF).", status_code=403)
        name, password = str(form.get("name", "")).strip()[:100], str(form.get("password", ""))
        target = str(form.get("next", "/"))
        target = target if target.startswith("/") and not target.startswith("//") else "/"
        now = clock()
        attempt = await begin_attempt(request, name, now)
        if isinstance(attempt, datetime):
            minutes = max(1, math.ceil((attempt - now).total_seconds() / 60))
            return page(request, "login.html", 429, next=target,
                        error=f"Zu viele Fehlversuche. Bitte versuchen Sie es in {minutes} Minute(n) erneut.", typed_name=name)
        account = attempt.account
        right = await password_checks.check(account.password_hash if account is not None else None, password,
                                            known=attempt.device is not None)
        if right is None:
            return page(request, "login.html", 429, next=target,
                        error="Zu viele Anmeldeversuche im Moment. Bitte versuchen Sie es gleich noch einmal.")
        if not right or account is None:
            await asyncio.sleep(auth.slow_down(attempt.failures))  # no transaction open: blocks nobody else
            return page(request, "login.html", 401, error="Name oder Passwort ist falsch.", next=target,
                        typed_name=name)
        try:
            version = await run_in_threadpool(auth.signed_in, store, account, now)
        except LookupError:  # removed meanwhile
            return page(request, "login.html", 401, error="Name oder Passwort ist falsch.", next=target)
        for counters, key in ((devices_failed, attempt.device), (addresses_failed, attempt.address)):
            if key is not None:
                counters.success(key)
        request.session.clear()
        request.session.update(user=account.name, uid=account.id, version=version)
        csrf_token(request)
        response = back(target)
        response.set_cookie(auth.DEVICE_COOKIE, devices.issue(account.name, now), path="/login",
                            max_age=int(auth.DEVICE_AGE.total_seconds()), httponly=True, samesite="strict",
                            secure=https)
        return response

    async def begin_attempt(request: Request, name: str, now: datetime) -> auth.Attempt | datetime:
        """Count a try before its password is checked (see auth.py), or the time to wait until."""
        device = devices.key_for(request, name, now)
        if device is not None:  # a browser this account signed in from: its own count, not the account's
            until = devices_failed.waiting(device, now)
            if until is not None:
                return until
            failures = devices_failed.attempt(device, now)
            return auth.Attempt(await run_in_threadpool(auth.load_account, store, name), failures, device=device)
        address = auth.client_address(request, config.web.trusted_proxy_header)
        until = addresses_failed.waiting(address, now) if address is not None else None
        if until is not None:
            return until
        account, failures, until = await run_in_threadpool(auth.count_try, store, name, now)
        if account is None and until is None:  # no such account: counted the same way, in memory
            until = names_failed.waiting(name, now)
            failures = names_failed.attempt(name, now) if until is None else 0
        if until is not None:
            return until
        if address is not None:
            addresses_failed.attempt(address, now)
        return auth.Attempt(account, failures, address=address)

    @staff
    async def logout(request: Request):
        await form_checked(request)
        await run_in_threadpool(auth.end_sessions, store, request.session["uid"], clock())
        request.session.clear()
        return back("/login")

    # ---------------------------------------------------------------- overview
    def workshop_rows(s) -> list[dict]:
        rows = s.execute(select(Registration.workshop, Registration.status, func.count(),
                                func.sum(Registration.attendees)).group_by(Registration.workshop,
                                                                           Registration.status)).all()
        agg = {(w, st): (n, int(p or 0)) for w, st, n, p in rows}
        out = []
        for e in config.events:
            n, people = agg.get((e.id, "confirmed"), (0, 0))
            wn, wp = agg.get((e.id, "waiting"), (0, 0))
            pct = min(100, round(100 * people / e.capacity)) if e.capacity else 0
            out.append({"event": e, "registrations": n, "people": people, "waiting": wn, "waiting_people": wp,
                        "percent": pct, "over": e.start <= clock()})
        return out

    @staff
    async def overview(request: Request):
        with store.session() as s:
            mail = dict(s.execute(select(Outbox.state, func.count()).group_by(Outbox.state)).all())
            awaiting = s.scalar(select(func.count()).select_from(Registration)
                                .where(Registration.status == "awaiting")) or 0
            return page(request, "overview.html", workshops=workshop_rows(s), mail=mail, awaiting=awaiting,
                        timelines=timelines(s))

    def timelines(s) -> list[dict]:
        """Per workshop: the people holding a seat today, added up by the day they registered, as
        the points of a small line chart 400 × 120 (drawn as SVG on the page)."""
        rows = s.execute(select(Registration.workshop, Registration.created_at, Registration.attendees)
                         .where(Registration.status == "confirmed")).all()
        days = sorted({c.astimezone(tz).date() for _, c, _ in rows})
        if not days:
            return []
        first, last = days[0], max(days[-1], clock().astimezone(tz).date())
        span = max((last - first).days, 1)
        out = []
        for e in config.events:
            per_day: dict = {}
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

    # ---------------------------------------------------------------- review
    @staff
    async def review_list(request: Request):
        with store.session() as s:
            msgs = s.scalars(select(Message).where(Message.review == "open").order_by(Message.fetched_at,
                                                                                     Message.id)).all()
            return page(request, "review_list.html", messages=msgs)

    @staff
    async def review_detail(request: Request):
        return review_page(request, int(request.path_params["id"]))

    def review_page(request: Request, msg_id: int, typed: dict | None = None, error: str = "",
                    status: int = 200) -> HTMLResponse:
        """The review page; after a refused action with what staff typed (``typed``) and why."""
        typed = typed or {}
        with store.session() as s:
            msg = desk.open_message(s, msg_id)
            parts = split_parts(msg.raw)
            reading = msg.reading or {}
            clar = desk.clarification_text(s, msg_id, clock())
            return page(request, "review_detail.html", status, msg=msg, reading=reading,
                        text=highlight(reading.get("new_text") or parts["new"], reading.get("evidence") or []),
                        quoted=parts["quoted"], signature=parts["signature"], history=desk.history(s, msg_id),
                        open_events=[e for e in config.events if e.start > clock()],
                        candidates=set(reading.get("candidates") or []) | ({reading["workshop"]}
                                                                           if reading.get("workshop") else set()),
                        chosen=typed.get("workshop", preselected(reading)), typed=typed,
                        attendees=typed.get("attendees") or reading.get("attendees") or 1,
                        known=desk.registrations_of(s, msg.sender), evidence=evidence_de(reading, config.event),
                        clarification=typed.get("clarify_text") or clar,
                        flash={"text": error, "kind": "error"} if error else None,
                        outbox=s.scalars(select(Outbox).where(
                            Outbox.source_message_id == msg.id).order_by(Outbox.id)).all())

    @staff
    async def review_eml(request: Request):
        with store.session() as s:
            msg = desk.open_message(s, int(request.path_params["id"]))
            return Response(msg.raw, media_type="message/rfc822",
                            headers={"Content-Disposition": f'attachment; filename="nachricht-{msg.id}.eml"'})

    @staff
    async def review_action(request: Request):
        form = await form_checked(request)
        msg_id, action = int(request.path_params["id"]), request.path_params["action"]
        try:
            text = await run_review_action(request, form, msg_id, action)
        except StaffError as exc:  # the page again, with what was typed
            typed = {k: str(v) for k, v in form.items() if k != "csrf"}
            if action == "clarify":
                typed["clarify_text"] = typed.get("text", "")
            return review_page(request, msg_id, typed, str(exc), 409)
        if text is None:
            return PlainTextResponse("Unbekannte Aktion", status_code=404)
        flash(request, text)
        nxt = next_review()
        return back(f"/review/{nxt}" if nxt else "/review")

    async def run_review_action(request: Request, form, msg_id: int, action: str) -> str | None:
        actor, now = request.session["user"], clock()
        if action == "spam" and form.get("confirmed") != "1":
            raise StaffError("Zum Markieren als Spam bitte „Ja, das ist Spam“ ankreuzen.")
        with store.writer() as s:
            if action == "register":
                people = number(form.get("attendees", "1"))
                reg = desk.register(s, msg_id, str(form.get("workshop", "")), people, actor, now,
                                    again=form.get("again") == "1")
                text = f"Angemeldet ({STATUS[reg.status]}): {config.event(reg.workshop).town}, {people} Person(en). " \
                       "Die Bestätigung steht im Postausgang."
            elif action == "attendees":
                people = number(form.get("attendees", "1"))
                moved: list[Registration] = []
                reg = desk.change_attendees(s, number(form.get("registration", "0")), people, True, actor, now,
                                            message_id=msg_id, promoted=moved)
                text = f"Personenzahl geändert: {config.event(reg.workshop).town}, jetzt {people} Person(en) " \
                       f"({STATUS[reg.status]}). Die Bestätigung steht im Postausgang." + moved_up(moved)
            elif action == "clarify":
                desk.clarify(s, msg_id, str(form.get("text", "")), actor, now)
                text = "Rückfrage steht im Postausgang."
            elif action == "answer":
                desk.answer(s, msg_id, str(form.get("text", "")), actor, now)
                text = "Antwort steht im Postausgang."
            elif action == "done":
                desk.done(s, msg_id, actor, now)
                text = "Als erledigt markiert (ohne Antwort)."
            elif action == "spam":
                desk.spam(s, msg_id, actor, now)
                text = "Als Spam markiert."
            elif action == "apply_held":
                desk.apply_held(s, msg_id, actor, now)
                text = "Die zurückgehaltene Änderung ist ausgeführt; die Mail dazu steht im Postausgang."
            elif action == "drop_held":
                desk.drop_held(s, msg_id, actor, now)
                text = "Die zurückgehaltene Änderung ist verworfen; die Anmeldung bleibt."
            else:
                return None
            s.commit()
        return text

    def next_review() -> int | None:
        with store.session() as s:
            return s.scalar(select(Message.id).where(Message.review == "open").order_by(Message.fetched_at,
                                                                                        Message.id).limit(1))

    # ---------------------------------------------------------------- participants
    def default_workshop() -> str:
        ahead = [e for e in config.events if e.start > clock()]
        return (ahead or list(config.events))[0].id

    @staff
    async def participants(request: Request):
        return participants_page(request)

    def participants_page(request: Request, typed: dict | None = None, error: str = "",
                          status: int = 200) -> HTMLResponse:
        """One workshop at a time (?workshop=), searchable (?q= name, address, phone, companions)
        and filtered (?show=confirmed|waiting)."""
        params = request.query_params
        event = config.event((typed or {}).get("workshop") or params.get("workshop") or "") or \
            config.event(default_workshop())
        q, show = params.get("q", "").strip(), params.get("show", "")
        with store.session() as s:
            regs = s.scalars(select(Registration).where(Registration.workshop == event.id,
                                                        Registration.status.in_(("confirmed", "waiting")))
                             .order_by(Registration.waiting_since, Registration.created_at, Registration.id)).all()
            by = {"confirmed": [], "waiting": []}
            for r in regs:
                if (not show or r.status == show) and (not q or matches(r, q)):
                    by[r.status].append(r)
            rows = workshop_rows(s)
            return page(request, "participants.html", status, workshops=rows, by=by, event=event,
                        row=next(w for w in rows if w["event"].id == event.id), q=q, show=show,
                        typed=typed or {}, flash={"text": error, "kind": "error"} if error else None)

    @staff
    async def participant_add(request: Request):
        form = await form_checked(request)
        try:
            people = number(form.get("attendees", "1"))
            with store.writer() as s:
                reg = desk.add_participant(s, name=str(form.get("name", "")), email=str(form.get("email", "")),
                                           phone=str(form.get("phone", "")), workshop=str(form.get("workshop", "")),
                                           attendees=people, actor=request.session["user"], now=clock(),
                                           again=form.get("again") == "1")
                s.commit()
        except StaffError as exc:  # the form again, as typed
            return participants_page(request, {k: str(v) for k, v in form.items() if k != "csrf"}, str(exc), 409)
        flash(request, f"{reg.name} eingetragen ({STATUS[reg.status]})"
              + (", Bestätigung steht im Postausgang." if reg.email else "."))
        return back(f"/participants?workshop={reg.workshop}#reg-{reg.id}")

    @staff
    async def participant_action(request: Request):
        form = await form_checked(request)
        reg_id, action = int(request.path_params["id"]), request.path_params["action"]
        notify = form.get("notify") == "1"
        actor, now = request.session["user"], clock()
        moved: list[Registration] = []
        with store.writer() as s:
            before = s.get(Registration, reg_id)
            where = before.workshop if before is not None else None
            if action == "cancel":
                if form.get("confirmed") != "1":
                    raise StaffError("Zum Absagen bitte „wirklich absagen“ ankreuzen.")
                reg = desk.cancel(s, reg_id, notify, actor, now, promoted=moved)
                text = f"Anmeldung von {reg.name or reg.email or reg.phone} abgesagt."
            elif action == "move":
                reg = desk.move(s, reg_id, str(form.get("workshop", "")), notify, actor, now, promoted=moved)
                text = f"Anmeldung von {reg.name or reg.email or reg.phone} nach {config.event(reg.workshop).town} " \
                       f"verschoben ({STATUS[reg.status]})."
            elif action == "attendees":
                reg = desk.change_attendees(s, reg_id, number(form.get("attendees", "")), notify, actor, now,
                                            promoted=moved)
                text = f"Personenzahl von {reg.name or reg.email or reg.phone} geändert: jetzt {reg.attendees} " \
                       f"({STATUS[reg.status]})."
            else:
                return PlainTextResponse("Unbekannte Aktion", status_code=404)
            s.commit()
        flash(request, text + (" Eine Mail steht im Postausgang." if notify and reg.email else "") + moved_up(moved))
        # back to the row (or, when it left the list, to where it was)
        anchor = f"#reg-{reg.id}" if reg.status in ("confirmed", "waiting") and reg.workshop == where else \
            f"#reg-{moved[0].id}" if moved else ""
        return back(f"/participants?workshop={where or ''}{anchor}")

    @staff
    async def participants_export(request: Request):
        fmt = request.path_params["fmt"]
        if fmt not in ("csv", "xlsx"):
            return PlainTextResponse("Nur .csv oder .xlsx", status_code=404)
        workshop = request.query_params.get("workshop") or None
        if workshop and config.event(workshop) is None:
            return PlainTextResponse("Unbekannte Veranstaltung", status_code=404)
        _, data = export(store, config, workshop, fmt)
        name = f"teilnehmende-{workshop or 'alle'}.{fmt}"
        media = "text/csv; charset=utf-8" if fmt == "csv" else \
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(data, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @staff
    async def participants_print(request: Request):
        event = config.event(request.path_params["workshop"])
        if event is None:
            return PlainTextResponse("Unbekannte Veranstaltung", status_code=404)
        with store.session() as s:
            regs = s.scalars(select(Registration).where(Registration.workshop == event.id,
                                                        Registration.status == "confirmed")).all()
            return page(request, "print.html", event=event, lines=sign_in_lines(regs), regs=regs,
                        people=sum(r.attendees for r in regs))

    @staff
    async def workshop_mail(request: Request):
        """Mail to all participants (or the waiting list) of a workshop: a template to start from,
        then a preview with the number of recipients, then sending through the outbox."""
        event = config.event(request.path_params["workshop"])
        if event is None:
            return PlainTextResponse("Unbekannte Veranstaltung", status_code=404)
        if request.method == "GET":
            form: dict = dict(request.query_params)
            step = "write"
        else:
            form = {k: str(v) for k, v in (await form_checked(request)).items() if k != "csrf"}
            step = form.get("step", "write")
        status = form.get("audience") if form.get("audience") in ("confirmed", "waiting") else "confirmed"
        chosen = form.get("template", "")
        if chosen in BULK_TEMPLATES and not form.get("text"):
            subject, text = fill_template(chosen, event, config.office)
            form.update(subject=subject, text=text)
        if step == "send":
            with store.writer() as s:
                n, unreachable = desk.bulk_mail(s, event.id, status, form.get("subject", ""), form.get("text", ""),
                                                request.session["user"], clock())
                s.commit()
            call = "; ".join(f"{r.name or '–'} ({r.phone or 'keine Telefonnummer'})" for r in unreachable)
            flash(request, f"{n} Mails stehen im Postausgang." + (f" Ohne E-Mail-Adresse, bitte anrufen: {call}."
                                                                   if call else ""))
            return back(f"/participants?workshop={event.id}")
        with store.session() as s:
            regs = desk.audience(s, event.id, status)
            preview = None
            if step == "preview":
                if not form.get("subject", "").strip() or not form.get("text", "").strip():
                    step, preview = "write", None
                    form["error"] = "Bitte Betreff und Text ausfüllen."
                else:
                    first = next((r for r in regs if r.email), None)
                    name = greeting_name(first.name) if first is not None else ""
                    preview = (f"Guten Tag {name},\n\n" if name else "Guten Tag,\n\n") + form["text"].strip()
            return page(request, "workshop_mail.html", event=event, form=form, audience=status, step=step,
                        regs=regs, with_mail=[r for r in regs if r.email], without=[r for r in regs if not r.email],
                        templates=BULK_TEMPLATES, preview=preview,
                        flash={"text": form["error"], "kind": "error"} if form.get("error") else None)

    @staff
    async def registration_detail(request: Request):
        """One registration and its history from the audit log, with the mails sent about it."""
        with store.session() as s:
            reg = s.get(Registration, int(request.path_params["id"]))
            if reg is None:
                return PlainTextResponse("Nicht gefunden", status_code=404)
            mails = s.scalars(select(Outbox).where(Outbox.registration_id == reg.id).order_by(Outbox.id)).all()
            ids = [m.id for m in mails]
            cond = (Audit.entity == "registration") & (Audit.entity_id == reg.id)
            if ids:
                cond = cond | ((Audit.entity == "outbox") & Audit.entity_id.in_(ids))
            history = s.scalars(select(Audit).where(cond).order_by(Audit.at, Audit.id)).all()
            messages = s.scalars(select(Message).where(Message.registration_id == reg.id).order_by(Message.id)).all()
            return page(request, "registration.html", reg=reg, event=config.event(reg.workshop), mails=mails,
                        history=history, messages=messages)

    @staff
    async def questions(request: Request):
        """Open questions: people the bot or staff asked back who have not answered yet."""
        with store.session() as s:
            regs = s.scalars(select(Registration).where(Registration.status == "awaiting")
                             .order_by(Registration.created_at, Registration.id)).all()
            return page(request, "questions.html", regs=regs)

    # ---------------------------------------------------------------- outbox
    @staff
    async def outbox(request: Request):
        state = request.query_params.get("state") or None
        with store.session() as s:
            q = select(Outbox).order_by(Outbox.id.desc()).limit(300)
            if state:
                q = q.where(Outbox.state == state)
            rows = s.scalars(q).all()
            counts = dict(s.execute(select(Outbox.state, func.count()).group_by(Outbox.state)).all())
            return page(request, "outbox.html", rows=rows, counts=counts, state=state)

    @staff
    async def outbox_detail(request: Request):
        with store.session() as s:
            row = s.get(Outbox, int(request.path_params["id"]))
            if row is None:
                return PlainTextResponse("Nicht gefunden", status_code=404)
            return page(request, "outbox_detail.html", row=row, **mail_view(row.raw))

    @staff
    async def outbox_retry(request: Request):
        await form_checked(request)
        with store.writer() as s:
            desk.retry(s, int(request.path_params["id"]), request.session["user"], clock())
            s.commit()
        flash(request, "Die Mail wird beim nächsten Lauf erneut gesendet.")
        return back("/outbox")

    # ---------------------------------------------------------------- people
    @staff
    async def people(request: Request):
        q = request.query_params.get("q", "")
        with store.session() as s:
            regs, msgs = desk.search(s, q) if q else ([], [])
            return page(request, "people.html", q=q, regs=regs, msgs=msgs,
                        emails=sorted({r.email for r in regs if r.email} | {m.sender for m in msgs if m.sender}))

    @staff
    async def person(request: Request):
        """Everything about one address: registrations, messages, mails, and the data actions."""
        addr = request.query_params.get("email", "").strip().lower()
        with store.session() as s:
            regs = s.scalars(select(Registration).where(Registration.email == addr)
                             .order_by(Registration.created_at)).all() if addr else []
            msgs = s.scalars(select(Message).where(Message.sender == addr).order_by(Message.id)).all() if addr else []
            mails = s.scalars(select(Outbox).where(Outbox.to_addr == addr).order_by(Outbox.id)).all() if addr else []
            return page(request, "person.html", addr=addr, regs=regs, msgs=msgs, mails=mails,
                        person_name=next((r.name for r in regs if r.name), "") or next(
                            (m.sender_name for m in msgs if m.sender_name), ""))

    @staff
    async def people_export(request: Request):
        form = await form_checked(request)
        email_addr = str(form.get("email", ""))
        with store.writer() as s:
            data = desk.person_data(s, email_addr, request.session["user"], clock())
            s.commit()
        safe = re.sub(r"[^a-z0-9@._-]", "_", email_addr.lower())
        return Response(data, media_type="application/json",
                        headers={"Content-Disposition": f'attachment; filename="auskunft-{safe}.json"'})

    @staff
    async def people_erase(request: Request):
        form = await form_checked(request)
        email_addr = str(form.get("email", ""))
        if form.get("confirm", "").strip().lower() != email_addr.strip().lower() or not email_addr:
            raise StaffError("Zum Löschen bitte die Adresse zur Bestätigung noch einmal eingeben.")
        moved: list[Registration] = []
        with store.writer() as s:
            n = desk.erase(s, email_addr, request.session["user"], clock(), promoted=moved)
            s.commit()
        flash(request, f"Personenbezogene Daten von {email_addr} gelöscht ({n} Einträge)." + moved_up(moved))
        return back("/people")

    async def health(request: Request):
        with store.session() as s:
            s.execute(select(1))
        return PlainTextResponse("ok")

    routes = [
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", overview),
        Route("/review", review_list),
        Route("/review/{id:int}", review_detail),
        Route("/review/{id:int}/eml", review_eml),
        Route("/review/{id:int}/{action:str}", review_action, methods=["POST"]),
        Route("/participants", participants),
        Route("/registrations/{id:int}", registration_detail),
        Route("/participants/{workshop:str}/mail", workshop_mail, methods=["GET", "POST"]),
        Route("/questions", questions),
        Route("/participants/add", participant_add, methods=["POST"]),
        Route("/participants/{id:int}/{action:str}", participant_action, methods=["POST"]),
        Route("/participants/export.{fmt:str}", participants_export),
        Route("/participants/{workshop:str}/print", participants_print),
        Route("/outbox", outbox),
        Route("/outbox/{id:int}", outbox_detail),
        Route("/outbox/{id:int}/retry", outbox_retry, methods=["POST"]),
        Route("/people", people),
        Route("/person", person),
        Route("/people/export", people_export, methods=["POST"]),
        Route("/people/erase", people_erase, methods=["POST"]),
        Route("/healthz", health),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    middleware = [Middleware(SessionMiddleware, secret_key=secret_key, session_cookie="mailbot_session",
                             max_age=12 * 3600, same_site="strict", https_only=https)]
    middleware.append(Middleware(SecurityHeaders))
    return Starlette(routes=routes, middleware=middleware)


class SecurityHeaders(BaseHTTPMiddleware):
    """No scripts, no framing, no caching of pages with personal data."""

    async def dispatch(self, request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy",
                                    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                                    "frame-ancestors 'none'; base-uri 'none'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Cache-Control", "no-store")
        return response


class Forbidden(MailbotError):
    """A form without a valid CSRF token (answered 403)."""


BULK_TEMPLATES = {
    "raum": ("Raumänderung", "Neuer Raum: Workshop am {date} in {town}",
             "der Workshop am {date} in {town} findet in einem anderen Raum statt.\n\n"
             "Neuer Raum: (bitte eintragen)\nAdresse: {address}\nBeginn: {start} Uhr, wie geplant.\n\n"
             "Freundliche Grüße\n{office}"),
    "zeit": ("Zeitänderung", "Neue Uhrzeit: Workshop am {date} in {town}",
             "der Workshop am {date} in {town} beginnt zu einer anderen Uhrzeit.\n\n"
             "Neuer Beginn: (bitte eintragen)\nOrt: {venue}, {address}\n\n"
             "Wenn Sie zur neuen Uhrzeit nicht kommen können, antworten Sie bitte auf diese E-Mail.\n\n"
             "Freundliche Grüße\n{office}"),
    "info": ("Information", "Information zum Workshop am {date} in {town}",
             "wir haben eine Information zum Workshop am {date} in {town} ({venue}):\n\n(bitte eintragen)\n\n"
             "Freundliche Grüße\n{office}"),
}


def fill_template(key: str, event, office) -> tuple[str, str]:
    """Subject and text of a bulk-mail template, with the workshop's details filled in."""
    _, subject, text = BULK_TEMPLATES[key]
    values = {"date": local_time(event.start, "%A, %d.%m.%Y", office.timezone), "town": event.town,
              "venue": event.venue, "address": event.address,
              "start": local_time(event.start, "%H:%M", office.timezone), "office": office.name}
    return subject.format(**values), text.format(**values)


def number(value: Any, what: str = "Anzahl der Personen") -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise StaffError(f"{what}: bitte eine Zahl") from None


def split_parts(raw: bytes) -> dict[str, str]:
    from ..understand.mime import Unreadable, parse_mail
    from ..understand.quotes import split_reply

    try:
        parts = split_reply(parse_mail(raw).text)
        return {"new": parts.new, "quoted": parts.quoted, "signature": parts.signature}
    except (Unreadable, RecursionError, ValueError):
        return {"new": raw[:20000].decode("utf-8", "replace"), "quoted": "", "signature": ""}


def highlight(text: str, evidence: list[dict]) -> Markup:
    """The text, escaped, with the spans the bot read as evidence marked."""
    spans = []
    for ev in evidence:
        needle = str(ev.get("text") or "").strip()
        if len(needle) < 2 or ev.get("kind") == "attendees":
            continue
        word = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, needle.split())) + r"(?!\w)", re.I)
        # within the sentence the bot read it in: "morgen" there, not the "Morgen" of "Guten Morgen"
        clause = str(ev.get("clause") or "").split()
        where = re.search(r"\s+".join(map(re.escape, clause)), text, re.I) if clause else None
        start, end = (where.start(), where.end()) if where else (0, len(text))
        for m in word.finditer(text, start, end):
            spans.append((m.start(), m.end(), ev.get("kind", "")))
    spans.sort()
    out, pos = [], 0
    for start, end, kind in spans:
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark title="{}">{}</mark>').format(kind, text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)
