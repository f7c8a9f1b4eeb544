"""What every view shares: the ``Context`` (config, store, clock, staff desk, templates, sign-in
guards), kept on ``app.state``, and the request plumbing (page rendering, CSRF, flash messages,
the staff-only wrapper)."""

from __future__ import annotations

import gettext
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Awaitable, Callable, TypeVar
from urllib.parse import quote

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from ..catalogs import N_, staff_translations
from ..config import Config
from ..events import Event
from ..errors import MailbotError
from ..staff import StaffDesk, StaffError
from ..store import Message, Store
from . import auth


class Forbidden(MailbotError):
    """A POST without the session's CSRF token."""


FORBIDDEN_TEXT = N_("Ungültiges oder fehlendes Formular-Token (CSRF).")


@dataclass
class Context:
    config: Config
    store: Store
    clock: Callable[[], datetime]
    desk: StaffDesk
    templates: Jinja2Templates
    guards: auth.Guards
    https: bool
    texts: gettext.NullTranslations = field(default_factory=staff_translations)  # the staff catalog

    def _(self, text: str, **values: object) -> str:
        """A staff text (its German msgid, see catalogs.py) through the staff catalog, ``values`` filled in."""
        worded = self.texts.gettext(text)
        return worded % values if values else worded

    def page(self, request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        """A page from its template, with the navigation's review count, the CSRF token and the
        flash message of the last action (or ``flash=`` given here)."""
        with self.store.session() as s:
            review_count = s.scalar(select(func.count()).select_from(Message).where(Message.review == "open")) or 0
        shown = request.session.pop("flash", None)
        ctx.update(request=request, user=request.session.get("user"), csrf=csrf_token(request),
                   review_count=review_count, flash=ctx.get("flash") or shown)
        return self.templates.TemplateResponse(request, name, ctx, status_code=status)

    def town(self, workshop: str | None) -> str:
        """The workshop's town, as staff name it (its id when it is no longer configured)."""
        event = self.config.event(workshop)
        return event.town if event is not None else workshop or ""

    def event(self, request: Request) -> Event:
        """The workshop named in the path (``{workshop}``); NotFound otherwise."""
        event = self.config.event(request.path_params["workshop"])
        if event is None:
            raise NotFound(N_("Unbekannte Veranstaltung"))
        return event


class NotFound(MailbotError):
    """Answered with 404 and its text (a catalog text, ``N_``)."""


Row = TypeVar("Row")


def found(s: Session, model: type[Row], row_id: int) -> Row:
    """The row with this id; NotFound (404) when there is none."""
    row = s.get(model, row_id)
    if row is None:
        raise NotFound(N_("Nicht gefunden"))
    return row


def context(request: Request) -> Context:
    ctx: Context = request.app.state.context
    return ctx


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


async def form_checked(request: Request) -> FormData:
    """The posted form, when it carries the session's CSRF token; Forbidden otherwise."""
    form = await request.form()
    sent = str(form.get("csrf", ""))
    if not sent or not hmac.compare_digest(sent, request.session.get("csrf", "")):
        raise Forbidden()
    return form


def typed(form: FormData) -> dict[str, str]:
    """What staff typed into a form (to show it again after a refused action)."""
    return {k: str(v) for k, v in form.items() if k != "csrf"}


def flash(request: Request, text: str, kind: str = "ok", undo: str = "") -> None:
    """The message the next page shows; ``undo``: where its "Rückgängig" button posts."""
    request.session["flash"] = {"text": text, "kind": kind, "undo": undo}


def back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def number(value: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise StaffError(N_("Anzahl der Personen: bitte eine Zahl")) from None


View = Callable[[Request, Context], Awaitable[Response]]
Endpoint = Callable[[Request], Awaitable[Response]]


def public(view: View) -> Endpoint:
    """A view anyone may call (sign-in, health check)."""
    async def endpoint(request: Request) -> Response:
        ctx = context(request)
        try:
            return await view(request, ctx)
        except Forbidden:
            return PlainTextResponse(ctx._(FORBIDDEN_TEXT), status_code=403)
    endpoint.__name__ = view.__name__
    return endpoint


def staff(view: View) -> Endpoint:
    """A view for signed-in staff: without a valid session GET goes to the sign-in page and
    POST is refused; a refused staff action comes back as a flash message on the last page."""
    async def endpoint(request: Request) -> Response:
        ctx = context(request)
        if not await run_in_threadpool(auth.session_user, ctx.store, request.session):
            request.session.clear()  # none, or ended by logout, a new password or a removed account
            if request.method == "GET":
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return RedirectResponse("/login?next=" + quote(target, safe="/"), status_code=303)
            return PlainTextResponse(ctx._("Anmeldung erforderlich"), status_code=401)
        try:
            return await view(request, ctx)
        except Forbidden:
            return PlainTextResponse(ctx._(FORBIDDEN_TEXT), status_code=403)
        except NotFound as exc:
            return PlainTextResponse(ctx._(str(exc) or "Nicht gefunden"), status_code=404)
        except StaffError as exc:
            flash(request, exc.worded(ctx.texts.gettext), "error")
            return back(request.headers.get("referer") or "/")
    endpoint.__name__ = view.__name__
    return endpoint
