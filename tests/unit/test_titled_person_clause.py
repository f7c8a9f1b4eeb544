"""A comma before a title and a name ("…, Frau Berger kann leider nicht") starts another person's
clause: that person's "cannot" does not take back the date the writer's own clause wishes."""

import pytest

from tests.unit.test_reading import read


@pytest.mark.parametrize("body,workshop", [
    ("Guten Tag, wir kommen am 17.10. nach Brackenheim zu zweit, Frau Berger kann leider nicht.", "brackenheim"),
    ("Hello, two of us will come to Weinsberg on 26 September, Mr Doyle cannot make it unfortunately.", "weinsberg"),
    ("Bonjour, nous viendrons à deux le 21 septembre à Neuenstadt, Mme Girard ne peut pas venir.", "neuenstadt"),
])
def test_another_persons_cannot_after_a_title_keeps_the_wish(body, workshop):
    r = read(body)
    assert (r.action, r.workshop) == ("confirm", workshop)


def test_a_title_without_a_name_starts_no_clause():
    from mailbot.understand.text import _CLAUSE_SPLIT
    assert len(_CLAUSE_SPLIT.split("wir kommen zu zweit, herr und frau")) == 1
