"""Sign-in and sign-out (the policy is in ../auth.py)."""

from __future__ import annotations

import asyncio
import math
from datetime import datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ...catalogs import N_
from .. import auth
from ..context import Context, back, csrf_token, form_checked, public, staff

WRONG = N_("Name oder Passwort ist falsch.")


@public
async def login(request: Request, ctx: Context) -> Response:
    if request.method == "GET":
        if request.session.get("user") and not await run_in_threadpool(auth.session_user, ctx.store, request.session):
            request.session.clear()  # an ended session shows no navigation
        return ctx.page(request, "login.html", next=request.query_params.get("next", "/"))
    form = await form_checked(request)
    name, password = str(form.get("name", "")).strip()[:100], str(form.get("password", ""))
    target = str(form.get("next", "/"))
    target = target if target.startswith("/") and not target.startswith("//") else "/"
    now = ctx.clock()
    attempt = await begin_attempt(request, ctx, name, now)
    if isinstance(attempt, datetime):
        minutes = max(1, math.ceil((attempt - now).total_seconds() / 60))
        return ctx.page(request, "login.html", 429, next=target,
                        error=ctx._("Zu viele Fehlversuche. Bitte versuchen Sie es in %(minutes)s Minute(n) erneut.",
                                    minutes=minutes),
                        typed_name=name)
    account, guards = attempt.account, ctx.guards
    right = await guards.password_checks.check(account.password_hash if account is not None else None, password,
                                                known=attempt.device is not None)
    if right is None:
        return ctx.page(request, "login.html", 429, next=target,
                        error=ctx._("Zu viele Anmeldeversuche im Moment. Bitte versuchen Sie es gleich noch einmal."))
    if not right or account is None:
        await asyncio.sleep(auth.slow_down(attempt.failures))  # no transaction open: blocks nobody else
        return ctx.page(request, "login.html", 401, error=ctx._(WRONG), next=target, typed_name=name)
    try:
        version = await run_in_threadpool(auth.signed_in, ctx.store, account, now)
    except LookupError:  # removed meanwhile
        return ctx.page(request, "login.html", 401, error=ctx._(WRONG), next=target)
    for counters, key in ((guards.devices_failed, attempt.device), (guards.addresses_failed, attempt.address)):
        if key is not None:
            counters.success(key)
    request.session.clear()
    request.session.update(user=account.name, uid=account.id, version=version)
    csrf_token(request)
    response = back(target)
    response.set_cookie(auth.DEVICE_COOKIE, guards.devices.issue(account.name, now), path="/login",
                        max_age=int(auth.DEVICE_AGE.total_seconds()), httponly=True, samesite="strict",
                        secure=ctx.https)
    return response


async def begin_attempt(request: Request, ctx: Context, name: str, now: datetime) -> auth.Attempt | datetime:
    """Count a try before its password is checked (see auth.py), or the time to wait until."""
    guards = ctx.guards
    device = guards.devices.key_for(request, name, now)
    if device is not None:  # a browser this account signed in from: its own count, not the account's
        until = guards.devices_failed.waiting(device, now)
        if until is not None:
            return until
        failures = guards.devices_failed.attempt(device, now)
        return auth.Attempt(await run_in_threadpool(auth.load_account, ctx.store, name), failures, device=device)
    address = auth.client_address(request, ctx.config.web.trusted_proxy_header)
    until = guards.addresses_failed.waiting(address, now) if address is not None else None
    if until is not None:
        return until
    account, failures, until = await run_in_threadpool(auth.count_try, ctx.store, name, now)
    if account is None and until is None:  # no such account: counted the same way, in memory
        until = guards.names_failed.waiting(name, now)
        failures = guards.names_failed.attempt(name, now) if until is None else 0
    if until is not None:
        return until
    if address is not None:
        guards.addresses_failed.attempt(address, now)
    return auth.Attempt(account, failures, address=address)


@staff
async def logout(request: Request, ctx: Context) -> Response:
    await form_checked(request)
    await run_in_threadpool(auth.end_sessions, ctx.store, request.session["uid"], ctx.clock())
    request.session.clear()
    return back("/login")


routes = [
    Route("/login", login, methods=["GET", "POST"]),
    Route("/logout", logout, methods=["POST"]),
]
