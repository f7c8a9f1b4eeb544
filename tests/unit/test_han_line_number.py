"""A digit glued to Chinese "号" ("number") answering our numbered list ("选3号", "那就4号吧", "2号可以")
chooses that line: Chinese writes no space between the digit and its words. Before, the glued digit
was read as no number and the answer went to staff. A day of the month with "号" ("26号") stays a day."""

import pytest

from tests.unit.replyprobe import IDS, answer


@pytest.mark.parametrize("body,workshop", [
    ("我选2号。", "neuenstadt"),
    ("那就3号吧", "weinsberg"),
    ("4号可以，谢谢", "brackenheim"),
    ("26号来", "weinsberg"),
    ("我们19号去", "offenau"),
])
def test_a_digit_glued_to_hao_answers_our_list(body, workshop):
    r = answer(body, "clarify", "zh", options=tuple(IDS))
    assert (r.action, r.workshop) == ("confirm", workshop), r.reason
