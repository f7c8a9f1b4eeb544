"""A date named once as the fallback ("if nothing frees up, then the 17th") and once plainly is wished: the
fallback test looks at every place the words stand, not the first only. And "if there is still nothing by
Monday" is the case a fallback is for (``none_free``), in the languages that say it so."""

import pytest

from mailbot.understand.answers import _date_as_fallback
from tests.unit.replyprobe import waiting
from tests.unit.test_reading import EVENTS


@pytest.mark.parametrize("text,fallback", [
    ("If nothing frees up, then 17 October. Thanks for your help.", True),
    ("If nothing frees up, then 17 October. To be honest 17 October suits us better anyway.", False),
    ("Falls nichts frei wird, dann den 17.10. Der 17.10. wäre uns sowieso am liebsten.", False),
    ("Falls nichts frei wird, dann den 17.10.", True),
])
def test_every_place_the_date_stands_counts(text, fallback):
    assert _date_as_fallback(text, EVENTS, "de" if "Falls" in text else "en") is fallback


@pytest.mark.parametrize("lang,body", [
    ("en", "If by Monday there is still nothing, 17 October would also do. Until then we wait."),
    ("de", "Wenn bis Montag immer noch nichts frei ist, ginge auch der 17.10. Bis dahin warten wir."),
    ("es", "Si el lunes todavía nada, también nos vale el 17 de octubre. Mientras tanto esperamos."),
    ("hr", "Ako do ponedjeljka još ništa, može i 17. listopada. Do tada čekamo."),
])
def test_a_date_named_only_for_the_case_that_nothing_frees_up_moves_nobody(lang, body):
    r = waiting(body, lang)
    assert r.action != "confirm", r.reason
