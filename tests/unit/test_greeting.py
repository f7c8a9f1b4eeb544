"""The name in a reply's greeting: staff saw "Guten Tag Hofmann, Claudia," for a sender whose
From header gives the name in directory order."""

from __future__ import annotations

import re

import pytest

from mailbot.config import load_config
from mailbot.replies import Composer, greeting_name


@pytest.mark.parametrize("name,greeted", [
    ("Hofmann, Claudia", "Claudia Hofmann"),
    ("Dr. Hofmann, Claudia", "Dr. Claudia Hofmann"),
    ("Claudia Hofmann", "Claudia Hofmann"),
    ("Verein Miteinander, Abteilung 2", "Verein Miteinander, Abteilung 2"),  # a digit: not a person's name
    ("", ""),
])
def test_directory_order_is_turned_round(name, greeted):
    assert greeting_name(name) == greeted


def test_confirmation_greets_first_name_first():
    config = load_config(None)
    text = Composer(config).text("confirmed", "de", to_name="Hofmann, Claudia", workshop=config.events[0].id,
                                 attendees=2, reference="MB-ABCDEF")
    assert text.startswith("Guten Tag Claudia Hofmann,")


REFERENCE_LINE = re.compile(r"^(Unser Zeichen|Our reference|الرمز المرجعي|Referans kodunuz|Код обращения|Код звернення):"
                            r"\s*(\S*)\s*$", re.M)


def test_a_clarification_without_reference_has_no_empty_reference_line():
    """Staff write a clarification before the registration (and its reference) exists."""
    config = load_config(None)
    options = tuple(e.id for e in config.events)
    for lang in ("en", "ar", "tr", "uk", "ru"):
        without = Composer(config).text("clarify", lang, options=options)
        assert REFERENCE_LINE.findall(without) == [], lang
        with_ref = Composer(config).text("clarify", lang, options=options, reference="MB-ABCDEF")
        assert [ref for _, ref in REFERENCE_LINE.findall(with_ref)] == ["MB-ABCDEF", "MB-ABCDEF"], lang
