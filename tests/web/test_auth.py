"""Signing in and staying signed in, as an attacker would try it (HTTP against the live app).

The lock-out policy is in mailbot/web/auth.py; the accounts here are invented.
"""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from itsdangerous import TimestampSigner
from sqlalchemy import select

from mailbot.staff import add_user, remove_user
from mailbot.store import Setting, StaffUser
from mailbot.web.app import create_app
from tests.harness import Harness
from tests.web.webdata import NOW, LiveServer

BERGER, BERGER_PW = "frau.berger", "korrekt-Pferd-Batterie-42"
KAYA, KAYA_PW = "herr.kaya", "Lindenblüte-Wanderweg-7"


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw) -> None:
        self.now += timedelta(**kw)


class Site:
    """The staff pages of a fresh database with two accounts, on a clock the test moves."""

    def __init__(self, tmp: Path, **config):
        self.h = Harness(tmp, **config)
        add_user(self.h.store, BERGER, BERGER_PW, NOW)
        add_user(self.h.store, KAYA, KAYA_PW, NOW)
        self.clock = Clock(NOW)
        self.live = LiveServer(create_app(self.h.config, self.h.store, clock=self.clock))
        self.live.start()
        self.clients: list[httpx.Client] = []

    def client(self, **headers) -> httpx.Client:
        """A browser of its own (own cookies)."""
        c = httpx.Client(base_url=self.live.url, headers=headers, timeout=30)
        self.clients.append(c)
        return c

    def close(self) -> None:
        for c in self.clients:
            c.close()
        self.live.stop()
        self.h.store.engine.dispose()


@pytest.fixture
def site(tmp_path):
    s = Site(tmp_path)
    yield s
    s.close()


def log_in(client: httpx.Client, name: str, password: str, **headers):
    page = client.get("/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return client.post("/login", data={"csrf": csrf, "name": name, "password": password, "next": "/review"},
                       headers=headers, follow_redirects=False)


def signed_in(response) -> bool:
    return response.status_code == 303 and response.headers["location"] == "/review"


# ---------------------------------------------------------------------- lock-out
def test_an_attack_on_one_account_does_not_keep_another_out(site):
    """All staff behind one proxy share its address: 25 failures from it hold up nobody else."""
    attacker, colleague = site.client(), site.client()
    answers = [log_in(attacker, BERGER, f"rate-mal-{i}").status_code for i in range(8)]
    assert answers == [401] * 5 + [429] * 3  # the attacked account waits from its 5th failure
    for i in range(20):  # and names made up, one try each
        assert log_in(attacker, f"name{i}", "rate-mal").status_code == 401
    assert signed_in(log_in(colleague, KAYA, KAYA_PW))
    assert colleague.get("/review").status_code == 200
    assert signed_in(log_in(attacker, KAYA, KAYA_PW))  # even in the attacker's own browser


def test_the_owner_signs_in_from_her_own_browser_while_her_account_is_attacked(site):
    own, attacker = site.client(), site.client()
    assert signed_in(log_in(own, BERGER, BERGER_PW))  # an earlier working day in her browser
    own.post("/logout", data={"csrf": re.search(r'name="csrf" value="([^"]+)"', own.get("/review").text).group(1)})
    for i in range(8):
        log_in(attacker, BERGER, f"rate-mal-{i}")
    wait = log_in(attacker, BERGER, BERGER_PW)  # the right password from elsewhere: not even checked
    assert wait.status_code == 429 and "Zu viele Fehlversuche" in wait.text
    assert signed_in(log_in(own, BERGER, BERGER_PW))
    # her browser's pass is hers: a wrong password there counts against that browser, and the
    # pass does not open the attacked account for another name
    assert log_in(own, KAYA, "falsch-falsch").status_code == 401


def test_the_wait_doubles_with_each_further_failure_and_a_success_clears_it(site):
    client = site.client()
    assert [log_in(client, BERGER, f"falsch-{i}").status_code for i in range(6)] == [401] * 5 + [429]
    site.clock.advance(seconds=61)  # the first wait: one minute
    assert log_in(client, BERGER, "falsch-6").status_code == 401
    site.clock.advance(seconds=61)
    assert log_in(client, BERGER, BERGER_PW).status_code == 429  # the second wait: two minutes
    site.clock.advance(seconds=60)
    assert signed_in(log_in(client, BERGER, BERGER_PW))
    assert log_in(client, BERGER, "falsch-7").status_code == 401  # counting starts again


def test_unknown_names_answer_like_accounts(site):
    client = site.client()
    real = [log_in(client, BERGER, f"falsch-{i}").status_code for i in range(7)]
    made_up = [log_in(client, "herr.niemand", f"falsch-{i}").status_code for i in range(7)]
    assert real == made_up == [401] * 5 + [429] * 2


def test_with_a_trusted_proxy_header_one_address_is_held_up_not_the_others(tmp_path):
    site = Site(tmp_path, web__trusted_proxy_header="X-Forwarded-For")
    try:
        attacker, colleague = site.client(), site.client()
        evil = {"X-Forwarded-For": "203.0.113.9"}
        for i in range(20):  # one try each for many names: no account reaches its own limit
            assert log_in(attacker, f"name{i}", "falsch-falsch", **evil).status_code == 401
        assert log_in(attacker, KAYA, KAYA_PW, **evil).status_code == 429
        # a forged entry in front does not help: the proxy's own (last) entry counts
        assert log_in(attacker, KAYA, KAYA_PW, **{"X-Forwarded-For": "198.51.100.7, 203.0.113.9"}).status_code == 429
        assert signed_in(log_in(colleague, KAYA, KAYA_PW, **{"X-Forwarded-For": "198.51.100.7"}))
    finally:
        site.close()


# ---------------------------------------------------------------------- sessions
def session_cookie(client: httpx.Client) -> str:
    return client.cookies["mailbot_session"]


def with_cookie(site: Site, cookie: str) -> httpx.Client:
    return site.client(Cookie=f"mailbot_session={cookie}")


def refused(response) -> bool:
    return response.status_code == 303 and response.headers["location"].startswith("/login")


def test_a_cookie_saved_before_logout_is_refused_after_it(site):
    client = site.client()
    assert signed_in(log_in(client, BERGER, BERGER_PW))
    saved = session_cookie(client)
    assert with_cookie(site, saved).get("/review", follow_redirects=False).status_code == 200
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/review").text).group(1)
    assert refused(client.post("/logout", data={"csrf": csrf}, follow_redirects=False))
    assert refused(with_cookie(site, saved).get("/review", follow_redirects=False))
    assert refused(with_cookie(site, saved).get("/participants/export.csv", follow_redirects=False))
    # signing in again works, with a new cookie
    assert signed_in(log_in(client, BERGER, BERGER_PW))
    assert client.get("/review", follow_redirects=False).status_code == 200


def test_a_new_password_ends_the_sessions_of_the_account(site):
    client = site.client()
    assert signed_in(log_in(client, BERGER, BERGER_PW))
    add_user(site.h.store, BERGER, "ein-ganz-neues-Passwort", NOW)
    assert refused(client.get("/review", follow_redirects=False))
    assert log_in(client, BERGER, BERGER_PW).status_code == 401


def test_a_removed_account_is_signed_out(site):
    client = site.client()
    assert signed_in(log_in(client, KAYA, KAYA_PW))
    remove_user(site.h.store, KAYA, NOW)
    assert refused(client.get("/review", follow_redirects=False))


def forged_session(site: Site, data: dict) -> str:
    """A session cookie made with the signing key (as someone holding a copy of the database could)."""
    with site.h.store.session() as s:
        key = s.get(Setting, "web_session_key").value
    return TimestampSigner(key).sign(base64.b64encode(json.dumps(data).encode())).decode()


def test_a_session_of_an_account_that_does_not_exist_is_refused(site):
    client = site.client()
    assert signed_in(log_in(client, BERGER, BERGER_PW))
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/review").text).group(1)
    real = json.loads(base64.b64decode(session_cookie(client).split(".")[0]))
    assert real["user"] == BERGER
    for forged in ({**real, "user": "mallory", "uid": 999}, {**real, "user": "mallory"},
                   {"user": "mallory", "csrf": csrf}):
        thief = with_cookie(site, forged_session(site, forged))
        assert refused(thief.get("/review", follow_redirects=False)), forged
    assert with_cookie(site, forged_session(site, real)).get("/review", follow_redirects=False).status_code == 200


# ---------------------------------------------------------------------- the Secure flag
@pytest.mark.parametrize("behind_tls_proxy", [True, False])
def test_cookies_are_secure_behind_a_tls_proxy(tmp_path, behind_tls_proxy):
    site = Site(tmp_path, web__behind_tls_proxy=behind_tls_proxy)
    try:
        # the browser talks HTTPS to the proxy; the proxy, plain HTTP to mailbot: the client
        # here keeps no cookies and hands back what it got, as the browser would
        client = httpx.Client(base_url=site.live.url)
        site.clients.append(client)
        page = client.get("/login")
        client.cookies.clear()
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        session = page.headers["set-cookie"].split(";", 1)[0]
        response = client.post("/login", data={"csrf": csrf, "name": BERGER, "password": BERGER_PW, "next": "/review"},
                               headers={"Cookie": session}, follow_redirects=False)
        assert signed_in(response)
        cookies = {c.split("=", 1)[0]: c.lower() for c in response.headers.get_list("set-cookie")}
        assert set(cookies) == {"mailbot_session", "mailbot_device"}
        for name, cookie in cookies.items():
            assert ("; secure" in cookie) is behind_tls_proxy, cookie
            assert "httponly" in cookie and "samesite=strict" in cookie, cookie
    finally:
        site.close()


def test_a_stolen_copy_of_the_database_opens_no_session_after_new_passwords(site):
    """The copy holds the cookie signing key and each account's session version: cookies forged
    with them work until the account gets a new password (or logs out), and the new version
    cannot be guessed from the old one."""
    with site.h.store.session() as s:
        uid, version = s.execute(select(StaffUser.id, StaffUser.session_version)
                                 .where(StaffUser.name == BERGER)).one()
    forged = {"user": BERGER, "uid": uid, "version": version}
    assert with_cookie(site, forged_session(site, forged)).get("/review", follow_redirects=False).status_code == 200
    add_user(site.h.store, BERGER, "nach-dem-Einbruch-neu-2024", NOW)  # what OPERATIONS.md says to do
    for guess in range(version - 3, version + 50):
        thief = with_cookie(site, forged_session(site, {**forged, "version": guess}))
        assert refused(thief.get("/review", follow_redirects=False)), guess
