"""Conversations by mail, each step through `mailbot run --once --now` (Maildir in, pickup
directory out), then `mailbot export`: see table.py for the conversations, runner.py for how a
resident's answer is built from the desk's actual reply."""

from __future__ import annotations

import pytest

from tests.conversations.runner import play
from tests.conversations.table import CONVERSATIONS

# conversations with the same desk settings share a desk and its daily runs
GROUPS: dict[tuple, list] = {}
for _c in CONVERSATIONS:
    GROUPS.setdefault(tuple(sorted(_c.capacity.items())) + ((_c.name,) if _c.capacity else ()), []).append(_c)
NAMES = [c.name for c in CONVERSATIONS]


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    results, exports = {}, {}
    for key, group in GROUPS.items():
        outcomes, export = play(tmp_path_factory.mktemp("desk"), group)
        results.update(outcomes)
        for c in group:
            exports[c.name] = [r for r in export if r["email"] == c.sender]
    return results, exports


def test_there_are_sixty_conversations_in_six_languages_or_more():
    assert len(CONVERSATIONS) >= 60
    assert len({c.lang for c in CONVERSATIONS}) >= 6


@pytest.mark.parametrize("name", NAMES)
def test_conversation(played, name):
    results, exports = played
    conv = next(c for c in CONVERSATIONS if c.name == name)
    outcomes = results[name]
    for i, (step, got) in enumerate(zip(conv.steps, outcomes), 1):
        where = f"{name} step {i} ({step.text[:40]!r}): got {got.reply} {got.regs}\n{got.body[:600]}"
        assert got.reply == step.expect, where
        assert got.replies <= 1, where  # one reply per mail
        assert got.references <= 1, f"{where}\nsubject: {got.subject}"  # never two references
        assert got.regs == step.regs, where
        if step.reply and i > 1 and outcomes[i - 2].reply in ("clarify", "ask_change"):
            assert got.reply is not None, where  # an answer to our question is never met with silence
    final = {r["workshop"]: (r["status"], int(r["attendees"])) for r in exports[name]
             if r["status"] in ("confirmed", "waiting")}
    assert final == conv.steps[-1].regs  # the participant list says what the last reply said
