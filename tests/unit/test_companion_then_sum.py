"""A companion named, then "so" and a bare number: "my brother joins me, so three" (the writer, the
companion named and one more are three). The number after the word that sums up (`sum_up`) is the count
of everyone, also where no count was said before it, but a person was; only a small number that ends its
clause ("so 7 is too late", "also am 19." are a time and a day)."""

from __future__ import annotations

import pytest

from mailbot.understand.answers import head_count
from mailbot.understand.people import count_attendees
from mailbot.understand.text import normalise


@pytest.mark.parametrize("lang,text,n", [
    ("en", "My sister is joining me as well, so 2.", 2),
    ("de", "Meine Nachbarin kommt auch mit, also drei, mit ihrem Mann.", 3),
    ("fr", "Mon fils vient aussi, donc deux.", 2),
    ("it", "Viene anche mia cognata, quindi 2.", 2),
    ("pl", "Brat też przyjdzie, czyli dwie", 2),
    ("tr", "Kızım da geliyor, yani 2.", 2),
    ("hr", "Dolazi i moj brat, dakle troje.", 3),
    ("bs", "Sestra isto dolazi, znaci 2.", 2),
    ("ro", "Vine și fiica mea, deci 2.", 2),
])
def test_a_companion_then_so_and_a_number_is_everyone(lang, text, n):
    text = normalise(text)
    assert count_attendees(text, "", [], lang).count == n
    assert head_count(text, lang) == n


@pytest.mark.parametrize("lang,text", [
    ("en", "My husband works until six, so 7 is too late for us."),
    ("de", "Mein Sohn hat Training, also am 19. nicht."),
    ("en", "My wife asked about parking, so 12 minutes walk is fine"),
])
def test_a_number_after_so_that_is_no_count_is_not_read(lang, text):
    text = normalise(text)
    att = count_attendees(text, "", [], lang)
    assert att.count in (None, 1, 2) and "sum of everyone" not in att.rule
