"""An ordinal beside a weekday answering our numbered list ("den zweiten Dienstag", "the first
Thursday", "Sêşema dawî") counts among the lines on that weekday, not among all lines. Before, "the
first Thursday" chose line 1 (a Tuesday): a wrong confirmation; "den zweiten Dienstag" chose line 2 (a
Thursday)."""

import pytest

from tests.unit.replyprobe import IDS, answer

# our list: 1 Tue 19 Sep Offenau, 2 Thu 21 Sep Neuenstadt, 3 Tue 26 Sep Weinsberg, 4 Tue 17 Oct Brackenheim
CASES = [
    ("de", "Wir nehmen den zweiten Dienstag.", "weinsberg"),
    ("en", "The first Thursday works for me.", "neuenstadt"),
    ("es", "Nos va mejor el segundo martes.", "weinsberg"),
    ("ru", "Нам подходит второй вторник.", "weinsberg"),
    ("tr", "İkinci salı uygun.", "weinsberg"),
    ("ku", "Sêşema duyemîn baş e.", "weinsberg"),
    ("ku", "Ji bo me Sêşema dawî.", "brackenheim"),
    ("de", "Am liebsten den letzten Dienstag.", "brackenheim"),
]


@pytest.mark.parametrize("lang,body,workshop", CASES, ids=[f"{c}-{w}" for c, _, w in CASES])
def test_an_ordinal_counts_among_the_lines_of_its_weekday(lang, body, workshop):
    r = answer(body, "clarify", lang, options=tuple(IDS))
    assert (r.action, r.workshop) == ("confirm", workshop), r.reason


def test_an_ordinal_alone_still_counts_all_lines():
    r = answer("Die zweite Option bitte.", "clarify", "de", options=tuple(IDS))
    assert (r.action, r.workshop) == ("confirm", "neuenstadt"), r.reason
