"""A question about people in general ("Kann man auch später dazukommen?") is no registration, and
"I cannot come" answering our invitation declines it: there is nothing to cancel."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build


@pytest.mark.parametrize("body", [
    "Guten Abend,\nkann man auch erst nach der Pause dazukommen? Ich habe bis 19 Uhr Dienst und wäre "
    "dann frühestens gegen halb acht in Weinsberg. Geht das überhaupt?\nGruß Milan",
    "مرحبا، هل يستطيع أي شخص المشاركة بعد الاستراحة؟ أعمل حتى السابعة وأصل إلى Weinsberg في السابعة "
    "والنصف على الأقل. هل هذا ممكن؟\nمع الشكر، كريم",
])
def test_a_question_whether_anyone_may_join_later_is_no_registration(body):
    r = understand(build(body, subject="Frage"), EVENTS, OFFICE)
    assert r.action == "review" and r.intent == "question"


def test_asking_for_oneself_is_still_a_registration():
    r = understand(build("Hallo, kann ich mich noch für den 26.09. in Weinsberg anmelden?\nGruß Milan"), EVENTS, OFFICE)
    assert (r.action, r.workshop) == ("confirm", "weinsberg")


@pytest.mark.parametrize("subject, body", [
    ("Re: Invitation: workshops on the integration concept",
     "Please remove me from your distribution list. I live in Ulm now and can't come to any of these anyway.\nTom"),
    ("AW: Einladung zu den Workshops",
     "Bitte nehmen Sie mich aus dem Verteiler, ich wohne nicht mehr im Landkreis und kann leider nicht kommen.\nP. Lenz"),
])
def test_declining_our_invitation_in_a_reply_cancels_nothing(subject, body):
    raw = build(body, subject=subject, headers={"In-Reply-To": "<invitation.2023@landratsamt-heilbronn.de>"})
    r = understand(raw, EVENTS, OFFICE)
    assert r.action == "review" and "declines_invitation" in r.flags
