"""The staff pages: Starlette + jinja2, German, no JavaScript needed, every change a POST with CSRF.

``create_app`` builds the application: the shared ``Context`` (context.py), the templates and
their filters, the routes of the views (views/, one module a page) and the middleware. Without
a session only /login, /healthz and /static answer; everything else redirects to /login.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..catalogs import LOCALE, staff_translations
from ..config import Config
from ..reasons import for_staff
from ..staff import StaffDesk
from ..store import Setting, Store
from . import auth
from .context import Context
from .labels import ACTIONS, INTENTS, KINDS, MAIL_STATE, STATUS, local_time, translated
from .views import login, mail, outbox, overview, participants, people, review

HERE = Path(__file__).resolve().parent


def session_key(store: Store) -> str:
    """The key that signs session cookies: made once and kept in the database."""
    with store.writer() as s:
        row = s.get(Setting, "web_session_key")
        if row is None:
            row = Setting(name="web_session_key", value=secrets.token_urlsafe(48))
            s.add(row)
            s.commit()
        return row.value


def page_templates(config: Config, locale: Path = LOCALE) -> Jinja2Templates:
    """The page templates with the filters and globals every page uses; their texts (``{% trans %}``,
    ``_()``) through the staff catalog of ``locale`` (German as written when it has none)."""
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env, tz = templates.env, config.office.timezone
    env.add_extension("jinja2.ext.i18n")
    texts = staff_translations(locale)
    env.install_gettext_translations(texts, newstyle=True)  # type: ignore[attr-defined]
    env.filters["local"] = lambda d, fmt="%d.%m.%Y %H:%M": local_time(d, fmt, tz)
    _ = texts.gettext
    actions, kinds = translated(ACTIONS, _), translated(KINDS, _)
    env.filters["reason"] = lambda reason: for_staff(reason, _)
    env.filters["action"] = lambda a: actions.get(a, a)
    env.filters["kind"] = lambda k: kinds.get(k, k)
    env.globals.update(INTENTS=translated(INTENTS, _), STATUS=translated(STATUS, _),
                       MAIL_STATE=translated(MAIL_STATE, _), office=config.office,
                       events=config.events, config_event=config.event,
                       # with several desks: which mailbox a message came to (its desk's own address)
                       MAILBOXES={d.desk: d.office.addresses[0] for d in config.desks})
    return templates


def create_app(config: Config, store: Store, clock: Callable[[], datetime] | None = None,
               https: bool = False) -> Starlette:
    https = https or bool(config.web.certfile) or config.web.behind_tls_proxy  # cookies only over HTTPS
    secret_key = session_key(store)
    context = Context(config=config, store=store, clock=clock or (lambda: datetime.now(timezone.utc)),
                      desk=StaffDesk(config, store), templates=page_templates(config),
                      guards=auth.Guards.new(secret_key), https=https, texts=staff_translations())
    routes: list[BaseRoute] = [*login.routes, *overview.routes, *review.routes, *participants.routes,
                               *mail.routes, *outbox.routes, *people.routes,
                               Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")]
    middleware = [Middleware(SessionMiddleware, secret_key=secret_key, session_cookie="mailbot_session",
                             max_age=12 * 3600, same_site="strict", https_only=https),
                  Middleware(SecurityHeaders)]
    app = Starlette(routes=routes, middleware=middleware)
    app.state.context = context
    return app


class SecurityHeaders(BaseHTTPMiddleware):
    """No scripts, no framing, no caching of pages with personal data."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy",
                                    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                                    "frame-ancestors 'none'; base-uri 'none'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Cache-Control", "no-store")
        return response
