"""Authentication-Results (RFC 8601) → the verdict on the sender; courtesy mail; the rules of
``hold_unverified`` for a sender that failed authentication."""

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from mailbot.decide import Desk, RegView, decide, hold_unverified
from mailbot.understand.courtesy import only_courtesy, refuses
from mailbot.understand.result import Reading
from mailbot.understand.sender_auth import parse, sender_auth

OURS = "mx.kreis-beispiel.example"


# ---------------------------------------------------------------- parsing, never raising
@pytest.mark.parametrize("value, authserv_id, results", [
    # folded over lines, comments (nested) and quoted strings
    (f"{OURS};\r\n\tspf=fail (sender IP is 192.0.2.7 (not permitted)) smtp.mailfrom=example.net;\r\n"
     " dkim=none (message not signed);\r\n dmarc=fail (p=reject dis=reject) header.from=example.net",
     OURS, [("spf", "fail"), ("dkim", "none"), ("dmarc", "fail")]),
    # a version after the id, unknown methods and properties
    (f"{OURS} 1; x-vendor-check=ok policy.x=1; dkim=pass header.d=example.org; frobnicate=maybe",
     OURS, [("x-vendor-check", "ok"), ("dkim", "pass"), ("frobnicate", "maybe")]),
    # Microsoft 365 writes no authserv-id at all
    ("spf=pass (sender IP is 192.0.2.9) smtp.mailfrom=example.org; dkim=pass (signature was verified) "
     "header.d=example.org;dmarc=fail action=oreject header.from=example.org;compauth=fail reason=000",
     "", [("spf", "pass"), ("dkim", "pass"), ("dmarc", "fail"), ("compauth", "fail")]),
    ("spf=fail; dkim=none; dmarc=fail header.from=example.net", "",
     [("spf", "fail"), ("dkim", "none"), ("dmarc", "fail")]),
    # comments before the id, upper case, a method version, a comment holding ';'
    (f"(checked here) {OURS.upper()} (again); DMARC/1=FAIL (a; b) header.from=example.net",
     OURS, [("dmarc", "fail")]),
    (f"{OURS}; none", OURS, []),
])
def test_headers_parse_with_folding_comments_and_unknown_methods(value, authserv_id, results):
    header = parse(value)
    assert header.authserv_id == authserv_id
    assert [(r.method, r.result) for r in header.results] == results


@pytest.mark.parametrize("value", ["", ";;;", "((((", "mx; spf", "mx; =fail", '"unterminated; dmarc=fail',
                                   "\x00\x01; dmarc=\udcff", "a" * 20000, "x; " + "(" * 500 + "dmarc=fail"])
def test_garbage_never_raises(value):
    sender_auth([value])  # no exception
    sender_auth([value], OURS)


# ---------------------------------------------------------------- the verdict
@pytest.mark.parametrize("values, verdict, summary", [
    ([f"{OURS}; spf=fail smtp.mailfrom=example.net; dkim=none; dmarc=fail header.from=example.net"], "fail",
     "DMARC fail"),
    ([f"{OURS}; dmarc=pass header.from=example.org"], "pass", "DMARC pass"),
    ([f"{OURS}; spf=softfail smtp.mailfrom=example.net"], "fail", "SPF softfail"),
    ([f"{OURS}; spf=fail smtp.mailfrom=example.net; dkim=pass header.d=example.net"], "pass", "DKIM pass"),
    ([f"{OURS}; spf=pass smtp.mailfrom=example.net; dmarc=fail header.from=example.net"], "fail", "DMARC fail"),
    ([f"{OURS}; dmarc=none header.from=example.net"], "none", ""),
    ([f"{OURS}; iprev=pass policy.iprev=192.0.2.1"], "none", ""),
    ([], "none", ""),
])
def test_verdict_of_one_header(values, verdict, summary):
    auth = sender_auth(values)
    assert (auth.verdict, auth.summary) == (verdict, summary)


def test_without_trusted_id_no_header_makes_a_failure_pass():
    # the server's verdict on top; the forger's "pass" headers below it, with any id
    values = [f"{OURS}; dmarc=fail header.from=example.org",
              f"{OURS}; dmarc=pass header.from=example.org",
              "relay.example.org; spf=pass smtp.mailfrom=example.org; dmarc=pass header.from=example.org"]
    assert sender_auth(values).failed
    assert sender_auth(list(reversed(values))).failed


def test_with_trusted_id_only_its_top_most_headers_count():
    other_fail = "relay.example.org; dmarc=fail header.from=example.org"
    ours_pass = f"{OURS}; spf=pass smtp.mailfrom=example.org; dmarc=pass header.from=example.org"
    assert sender_auth([other_fail, ours_pass, other_fail], OURS).verdict == "pass"
    assert sender_auth([other_fail, ours_pass, other_fail]).verdict == "fail"  # without it, failure wins
    # several headers of our server on top (one per filter) count together
    assert sender_auth([f"{OURS}; dkim=pass header.d=example.org", f"{OURS}; dmarc=fail header.from=example.org"],
                       OURS).failed
    # below another id's header, a header with our id is not ours: the sender wrote it
    forged_below = [f"{OURS}; dmarc=fail header.from=example.org", other_fail,
                    f"{OURS}; dmarc=pass header.from=example.org"]
    assert sender_auth(forged_below, OURS).failed
    assert sender_auth([ours_pass.replace("pass", "fail")] + [ours_pass], OURS.upper()).failed
    # no header of our server: nothing is known
    assert sender_auth([other_fail], OURS).verdict == "none"


# ---------------------------------------------------------------- courtesy and refusal
@pytest.mark.parametrize("text", [
    "Vielen Dank für die Bestätigung, dann bis zum 26.!", "Danke schön, wir sehen uns!\nLG Mira",
    "Thank you so much, see you there!", "Teşekkürler, görüşmek üzere", "Спасибо, до встречи 19-го!",
    "Дякую, до зустрічі", "شكرا لكم، إلى اللقاء", "Dzięki, do zobaczenia!", "Mulțumesc, pe curând!",
    "Grazie mille, a presto!", "Muchas gracias, hasta el martes", "Faleminderit shumë, shihemi!",
])
def test_thanks_and_see_you_need_no_answer(text):
    assert only_courtesy(text)


@pytest.mark.parametrize("text", [
    "Danke! Können Sie mir noch die Adresse schicken?", "Danke, ich sage ab.", "Danke, wir kommen zu dritt.",
    "Thanks, but I need to cancel.", "Teşekkürler, eşim de katılmak istiyor", "Danke.\nMein Sohn hat Fieber, "
    "wir bleiben zu Hause.", "",
])
def test_thanks_with_a_request_is_not_only_courtesy(text):
    assert not only_courtesy(text)


def test_refusal():
    assert refuses("Nein, das war ich nicht!") and refuses("No, that wasn't me") and refuses("Hayır, ben yazmadım")
    assert not refuses("Ja, bitte absagen.") and not refuses("Absage") and not refuses("Yes, please cancel")


# ---------------------------------------------------------------- what a failing sender may do
BERLIN = ZoneInfo("Europe/Berlin")
EARLY = datetime(2023, 9, 1, 9, 0, tzinfo=BERLIN)


@pytest.fixture
def failing(config):
    return Desk(now=EARLY, events=config.events, sender_failed="DMARC fail")


def _reading(action, intent, workshop=None, **kw):
    return Reading(intent, action, workshop=workshop, sender="vera.vogt@example.net", **kw)


def test_a_cancellation_is_held(failing):
    registered = replace(failing, mine=(RegView(7, "weinsberg", "confirmed", 1),))
    plan = hold_unverified(decide(_reading("cancel", "cancel"), registered), registered)
    assert (plan.outcome, plan.reply, plan.held, plan.hold, plan.cancel) == ("held", "confirm_request", (7,),
                                                                             "cancel", ())
    assert plan.review and plan.folder == "review"


def test_a_change_is_held(failing):
    registered = replace(failing, mine=(RegView(7, "weinsberg", "confirmed", 1),))
    plan = hold_unverified(decide(_reading("confirm", "change", "brackenheim", attendees=1), registered), registered)
    assert (plan.outcome, plan.hold, plan.move, plan.workshop) == ("held", "change", None, "brackenheim")


def test_a_registration_goes_ahead(failing):
    plan = hold_unverified(decide(_reading("confirm", "register", "weinsberg", attendees=1), failing), failing)
    assert plan.outcome == "confirmed" and plan.register == ("weinsberg", 1, "confirmed")


@pytest.mark.parametrize("action, intent", [("review", "question"), ("cancel", "cancel"), ("clarify", "register"),
                                            ("review", "other")])
def test_nothing_else_to_a_failing_sender_without_registration(failing, action, intent):
    plan = hold_unverified(decide(_reading(action, intent), failing), failing)
    assert (plan.outcome, plan.reply, plan.review) == ("ignored", None, False)


def test_a_question_from_a_failing_registered_sender_goes_to_staff_without_reply(failing):
    registered = replace(failing, mine=(RegView(7, "weinsberg", "confirmed", 1),))
    plan = hold_unverified(decide(_reading("review", "question"), registered), registered)
    assert (plan.outcome, plan.reply, plan.review) == ("review", None, True)


def test_a_verified_sender_is_decided_as_before(config):
    desk = Desk(now=EARLY, events=config.events, mine=(RegView(7, "weinsberg", "confirmed", 1),))
    plan = hold_unverified(decide(_reading("cancel", "cancel"), desk), desk)
    assert plan.outcome == "cancelled" and plan.cancel == (7,)
