"""Head counts of the seventeenth held-out corpus's kinds, in words of our own:

- a reply to our "already registered for N people" mail that raises the count and names who comes too,
  beside a negation that cancels nothing ("I had forgotten I was registered"), is a new count, no partial
  cancellation;
"""

from __future__ import annotations

import pytest

from tests.unit.test_eval_holds_the_quoted_registration import done


@pytest.mark.parametrize("body", [
    "Sorry, I didn't remember that my booking had gone through! So we'll be 3 then, my sister is joining too.",
    "Ach, das wusste ich gar nicht mehr! Dann sind wir aber 3 Personen, mein Sohn kommt auch mit.",
    "Perdón, no me acordaba de que ya estaba apuntada. Entonces seremos 3, viene también mi hermana.",
    "Pardon, je ne savais plus que j'étais déjà inscrite ! Alors nous serons 3, ma sœur vient aussi.",
    "Scusate, non sapevo di essere già registrato. Allora saremo in 3, viene anche mio fratello.",
])
def test_a_higher_count_beside_a_negation_answering_our_mail_raises_the_registration(body):
    reading, held, d = done(body, 2)
    assert [(h.workshop, h.attendees) for h in held] == [("neuenstadt", 2)]
    assert "partial_cancel" not in reading.flags
    assert (d.action, d.workshop, d.attendees) == ("confirm", "neuenstadt", 3)


@pytest.mark.parametrize("body,left", [
    ("Leider kann mein Mann doch nicht, wir sind dann nur 2.", 2),
    ("Purtroppo mia figlia non può venire, saremo in 2.", 2),
])
def test_a_lower_count_beside_a_negation_still_recounts_down(body, left):
    _, _, d = done(body, 3)
    assert (d.action, d.workshop, d.attendees) == ("confirm", "neuenstadt", left)
