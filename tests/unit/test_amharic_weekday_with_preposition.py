"""An Amharic weekday with a preposition glued to it ("በሐሙስ" on Thursday, "ለሐሙስ" for Thursday) is the
weekday, as the months with theirs already were ("በሴፕቴምበር"); CLDR's spelling "ሐሙስ" and the common
"ሃሙስ" alike. Thursday fits one workshop only (Neuenstadt)."""

import pytest

from tests.unit.test_reading import read


@pytest.mark.parametrize("body", [
    "ሰላም፣ በሐሙስ ወደ ስብሰባው መምጣት እፈልጋለሁ። አመሰግናለሁ",
    "ጤና ይስጥልኝ፣ ለሃሙስ ዎርክሾፕ እመዘገባለሁ።",
    "ሰላም፣ እኔ በሀሙስ ቀን እመጣለሁ።",
])
def test_thursday_with_a_glued_preposition(body):
    r = read(body, subject="ምዝገባ")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt"), r.reason


def test_tuesday_with_a_glued_preposition_fits_three_and_is_asked():
    r = read("ሰላም፣ በማክሰኞ መምጣት እፈልጋለሁ።", subject="ምዝገባ")
    assert r.action == "clarify" and r.workshop is None, r.reason
