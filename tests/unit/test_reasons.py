"""Reasons are codes: the English text stored with a message and the German text staff read come
from one definition, so a reworded reason keeps its German text on the staff pages."""

from __future__ import annotations


import pytest

from mailbot.catalogs import LOCALE, PLACEHOLDER, read_catalog
from mailbot.reasons import Reason, for_staff

SAMPLE = {"count": "4", "error": "ValueError('kaputt')", "result": "spf=fail", "id": "17",
          "reason": Reason.CANCEL_NOT_REGISTERED()}


@pytest.mark.parametrize("code", list(Reason), ids=lambda c: c.name)
def test_every_reason_is_shown_to_staff_in_german_with_its_details(code):
    params = {name: SAMPLE[name] for name in code.names}
    shown = for_staff(code(**params))
    want = code.german % {**params, "reason": "Absage, aber keine Anmeldung unter dieser Adresse"}
    assert shown == want
    assert set(PLACEHOLDER.findall(code.german)) <= set(code.names)


def test_a_reworded_reason_keeps_its_german_text(monkeypatch):
    monkeypatch.setattr(Reason.NO_SENDER, "english", "nobody to answer")
    assert for_staff(Reason.NO_SENDER()) == "keine Absenderadresse, an die wir antworten können"


def test_reasons_stored_before_the_codes_still_read_in_german():
    """Messages in the database keep the English text they were stored with."""
    assert for_staff("already 3 automatic replies to this address today") == \
        "schon 3 automatische Antworten heute an diese Adresse"
    held = ("sender not authenticated (dkim=fail): a change, but which registration is meant is unclear; "
            "held until the registered address confirms; a request to confirm is already pending")
    assert for_staff(held) == ("Absender nicht bestätigt (dkim=fail): Änderung wartet auf Bestätigung "
                               "durch die angemeldete Adresse")
    assert for_staff("the registered address confirmed mail #12: cancellation, but no registration from this "
                     "address") == "von der angemeldeten Adresse bestätigt (#12): Absage, aber keine Anmeldung " \
                                   "unter dieser Adresse"
    assert for_staff("several events possible: w1, w2") == "several events possible: w1, w2"  # no code: as is
    assert for_staff("") == ""


def test_the_german_texts_are_catalog_texts_and_a_catalog_translates_them():
    template = read_catalog(LOCALE / "mailbot.pot")
    assert {code.german for code in Reason} <= {m.id for m in template}
    english = {"keine Absenderadresse, an die wir antworten können": "no address we can answer"}
    assert for_staff(Reason.NO_SENDER(), lambda text: english.get(text, text)) == "no address we can answer"
