"""Sorani Kurdish typed in Latin letters ("dmanawe bein": we want to come, "beshdar debm": I take part,
"tomarm bkan": register me) is a registration, as the same words in Arabic letters were: with only a town
named, the words say what the mail wants."""

import pytest

from tests.unit.test_reading import read


@pytest.mark.parametrize("body,workshop", [
    ("slaw bra, dmanawe bein bo kobunaway Neuenstadt. hawsarakam w 1 mndal (4 sal) dein. zor supas", "neuenstadt"),
    ("roj bash, beshdar debm la Brackenheim, 2 kes (min w brakam, 15 sal). Hawre", "brackenheim"),
    ("slaw, tomarm bkan bo Offenau tkaya", "offenau"),
])
def test_sorani_typed_in_latin_letters_registers(body, workshop):
    r = read(body, subject="workshop")
    assert (r.action, r.workshop) == ("confirm", workshop), r.reason
