"""A mail written to someone else with the office only in copy speaks to them: nothing is
confirmed or cancelled from it; staff sees it. Written to us with someone else in copy, it is ours."""

from __future__ import annotations

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build

OURS = "integration@landratsamt-heilbronn.de"
TEXT = "Hallo Jonas,\nich habe uns beide für den 21.09. in Neuenstadt angemeldet, es hat geklappt.\nGruß Mia"


def test_to_a_colleague_with_the_office_in_copy_goes_to_staff():
    raw = build(TEXT, headers={"Cc": OURS}).replace(f"To: {OURS}".encode(), b"To: Jonas Kern <jonas.kern@example.org>")
    r = understand(raw, EVENTS, OFFICE)
    assert r.action == "review" and "only_in_copy" in r.flags


def test_to_the_office_with_a_colleague_in_copy_is_read_as_usual():
    raw = build("Guten Tag,\nbitte melden Sie mich für den 21.09. in Neuenstadt an.\nMia Stern",
                headers={"Cc": "Jonas Kern <jonas.kern@example.org>"})
    assert understand(raw, EVENTS, OFFICE).action == "confirm"
