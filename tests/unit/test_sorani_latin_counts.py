"""Sorani typed in Latin letters: "beshdar bim" (I take part), "min u zhnakam" (me and my wife), "dw kas" (two
persons), as the Arabic-script words of the language file."""

from __future__ import annotations

import pytest

from mailbot.understand.reading import understand
from tests.unit.test_reading import EVENTS, OFFICE, build


@pytest.mark.parametrize("body, town, count", [
    ("Rozh bash, dmawe beshdar bim la Weinsberg.\nKarwan", "weinsberg", 1),
    ("slaw, min u zhnakam beshdar bin la Offenau, dw kas.\nRebwar", "offenau", 2),
])
def test_sorani_in_latin_letters(body, town, count):
    r = understand(build(body, subject="Workshop"), EVENTS, OFFICE)
    assert (r.action, r.workshop, r.attendees) == ("confirm", town, count)
