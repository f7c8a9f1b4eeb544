"""``mailbot eval`` holds the registration our quoted confirmation gives also where the writer of a
corpus mail made up the registration number in a format of their own ("Ihre Anmelde-Nummer: AB-3-0112"):
the worker finds the registration by ``In-Reply-To``, whatever the number in the quote looks like; the
line of our template names it a registration number. A number in some other line, or no line, holds nothing."""

from __future__ import annotations

import pytest

from tests.unit.test_eval_holds_the_quoted_registration import done


@pytest.mark.parametrize("reference", ["AB-3-0112", "REG-2023-118", "K7-55", "X12345"])
@pytest.mark.parametrize("body,people,left", [
    ("Guten Tag, meine Schwester schafft es nun doch nicht, dann komme nur ich.", 2, 1),
    ("Hello, our son has exams that evening, so it will only be the two of us.", 3, 2),
    ("Bonjour, ma collègue est malade, je viendrai seule.", 2, 1),
])
def test_a_reply_to_our_confirmation_with_a_number_in_another_format_is_recounted(body, people, left, reference):
    _, held, d = done(body, people, reference)
    assert [(h.workshop, h.attendees) for h in held] == [("neuenstadt", people)]
    assert (d.action, d.workshop, d.attendees) == ("confirm", "neuenstadt", left)


@pytest.mark.parametrize("reference", ["siehe oben", "—", "folgt"])
def test_a_number_line_without_a_number_holds_nothing(reference):
    _, held, _ = done("Guten Tag, meine Schwester schafft es nun doch nicht, dann komme nur ich.", 2, reference)
    assert held == ()
