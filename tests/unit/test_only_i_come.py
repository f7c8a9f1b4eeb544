""""My husband cannot come, only I will come", answering our confirmation for two: one fewer, never the
registration cancelled (a wrong cancellation tells the writer she is not registered)."""

from __future__ import annotations

import pytest

from tests.unit.test_reply_counts import decided


@pytest.mark.parametrize("body", [
    "Hi, my wife got a late shift that evening and can't come, only I'll come then.",
    "Dạ, vợ em bị ốm nên không đi được, chỉ có mình em đi thôi ạ.",
    "مساء الخير، زوجتي لن تستطيع الحضور بسبب العمل، أنا فقط سأحضر.",
    "سلام، خانمم نمی‌تواند بیاید، فقط خودم می‌آیم.",
    "Mirëdita, gruaja ime nuk mund të vijë, do vij vetëm unë.",
    "Selam, eşim işten dolayı gelemiyor, sadece ben geleceğim.",
    "Добрый день, жена заболела и не сможет прийти, приду только я.",
])
def test_another_person_drops_out_and_only_the_writer_comes(body):
    plan = decided(body, 2)
    assert plan.reply == "recounted" and not plan.cancel and plan.recount is not None and plan.recount[1] == 1
