"""Conversations by mail, each step through `mailbot run --once --now` (Maildir in, pickup
directory out), then `mailbot export`: see table.py and table2.py to table15.py for the conversations,
runner.py for how a resident's answer is built from the desk's actual reply.

Besides each conversation's own expectations, two properties hold for every step of every
conversation: no reply carries two references, and every answer to a question the desk asked
gets a reply that settles it or asks again (never silence)."""

from __future__ import annotations

import pytest

from tests.conversations.runner import QUESTIONS, play
from tests.conversations.table import CONVERSATIONS as FIRST
from tests.conversations.table2 import CONVERSATIONS2
from tests.conversations.table3 import CONVERSATIONS3
from tests.conversations.table4 import CONVERSATIONS4
from tests.conversations.table5 import CONVERSATIONS5
from tests.conversations.table6 import CONVERSATIONS6
from tests.conversations.table7 import CONVERSATIONS7
from tests.conversations.table8 import CONVERSATIONS8
from tests.conversations.table9 import CONVERSATIONS9
from tests.conversations.table10 import CONVERSATIONS10
from tests.conversations.table11 import CONVERSATIONS11
from tests.conversations.table12 import CONVERSATIONS12
from tests.conversations.table13 import CONVERSATIONS13
from tests.conversations.table14 import CONVERSATIONS14, KNOWN_FAILING
from tests.conversations.table15 import CONVERSATIONS15
from tests.conversations.table16 import CONVERSATIONS16, KNOWN_FAILING16
from tests.conversations.table17 import CONVERSATIONS17, KNOWN_FAILING17
from tests.conversations.table18 import CONVERSATIONS18, KNOWN_FAILING18
from tests.conversations.table19 import CONVERSATIONS19, KNOWN_FAILING19
from tests.conversations.table21 import CONVERSATIONS21, KNOWN_FAILING21
from tests.conversations.table23 import CONVERSATIONS23, KNOWN_FAILING23
from tests.conversations.table24 import CONVERSATIONS24, KNOWN_FAILING24
from tests.conversations.table25 import CONVERSATIONS25, KNOWN_FAILING25
from tests.conversations.table26 import CONVERSATIONS26, KNOWN_FAILING26
from tests.conversations.table27 import CONVERSATIONS27, KNOWN_FAILING27
from tests.conversations.table_howmany import CONVERSATIONS_HOWMANY
from tests.conversations.table28 import CONVERSATIONS28, KNOWN_FAILING28
from tests.conversations.table29 import CONVERSATIONS29, KNOWN_FAILING29
from tests.conversations.table29b import CONVERSATIONS29B, KNOWN_FAILING29B
from tests.conversations.table30 import CONVERSATIONS30, KNOWN_FAILING30
from tests.conversations.table30b import CONVERSATIONS30B, KNOWN_FAILING30B
from tests.conversations.table31 import CONVERSATIONS31, KNOWN_FAILING31
from tests.conversations.table31b import CONVERSATIONS31B, KNOWN_FAILING31B

NEW = CONVERSATIONS2 + CONVERSATIONS3 + CONVERSATIONS4 + CONVERSATIONS5 + CONVERSATIONS6 + CONVERSATIONS7 + CONVERSATIONS8 + CONVERSATIONS9 + CONVERSATIONS10 + CONVERSATIONS11 + CONVERSATIONS12 + CONVERSATIONS13 + CONVERSATIONS14 + CONVERSATIONS15 + CONVERSATIONS16 + CONVERSATIONS17 + CONVERSATIONS18 + CONVERSATIONS19 + CONVERSATIONS21 + CONVERSATIONS23 + CONVERSATIONS24 + CONVERSATIONS25 + CONVERSATIONS26 + CONVERSATIONS27 + CONVERSATIONS_HOWMANY + CONVERSATIONS28 + CONVERSATIONS29 + CONVERSATIONS29B + CONVERSATIONS30 + CONVERSATIONS30B + CONVERSATIONS31 + CONVERSATIONS31B  # written apart from the first table, in other wording
CONVERSATIONS = FIRST + NEW

# conversations with the same desk settings share a desk and its daily runs
# (at most DESK_SIZE on one desk with the default seats, so that they do not fill its workshops)
DESK_SIZE = 40
GROUPS: dict[tuple, list] = {}
for _i, _c in enumerate(CONVERSATIONS):
    GROUPS.setdefault(tuple(sorted(_c.capacity.items())) + ((_c.name,) if _c.capacity else (_i // DESK_SIZE,)),
                      []).append(_c)
NAMES = [c.name for c in CONVERSATIONS]


@pytest.fixture(scope="module")
def played(tmp_path_factory, request):
    """Every desk's conversations played; when only some conversations' tests were selected
    (`-k table25`), only the desks that hold them."""
    chosen = [item for item in request.session.items if item.module is not None
              and item.module.__name__ == __name__]
    wanted = {item.callspec.params["name"] for item in chosen if item.originalname == "test_conversation"}
    # the tests over every step of every conversation need all of them
    everything = any(item.originalname in ("test_no_reply_carries_two_references",
                                           "test_every_answer_to_our_question_settles_it_or_asks_again")
                     for item in chosen)
    results, exports = {}, {}
    for key, group in GROUPS.items():
        if not everything and not wanted & {c.name for c in group}:
            continue
        outcomes, export = play(tmp_path_factory.mktemp("desk"), group)
        results.update(outcomes)
        for c in group:
            exports[c.name] = [r for r in export if r["email"] == c.sender]
    return results, exports


def test_there_are_sixty_conversations_in_six_languages_or_more():
    assert len(FIRST) >= 60 and len(NEW) >= 40
    assert len({c.lang for c in FIRST}) >= 6 and len({c.lang for c in NEW}) >= 7
    assert len(set(NAMES)) == len(NAMES)


def _steps(played):
    results, _ = played
    for c in CONVERSATIONS:
        for i, got in enumerate(results[c.name], 1):
            yield f"{c.name} step {i}", got


def test_no_reply_carries_two_references(played):
    """Every reply names at most one reference, in its subject and body together; a reply about a
    registration or an open question names exactly one, in its subject (not the acknowledgement
    for staff, nor "no registration under your address", which is about none)."""
    bad = [(where, got.subject, sorted(got.refs)) for where, got in _steps(played)
           if len(got.refs) > 1 or (got.reply and got.reply not in ("received", "not_registered")
                                    and got.references != 1)]
    assert not bad, bad


def test_every_answer_to_our_question_settles_it_or_asks_again(played):
    """An answer (not an automatic one) to our clarify / ask_change mail is never met with silence:
    either the reply asks again (or, too late for the workshop chosen, offers those still ahead),
    or nothing is left open."""
    silent = [(where, got.handled) for where, got in _steps(played) if got.asked and not got.auto and got.reply is None]
    # "too late" names the workshops still ahead, numbered, and the question stays open for them
    unsettled = [(where, got.reply) for where, got in _steps(played) if got.asked and not got.auto
                 and got.reply not in QUESTIONS | {"too_late"} and got.awaiting]
    assert not silent and not unsettled, (silent, unsettled)


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True)) if n in KNOWN_FAILING + KNOWN_FAILING16 + KNOWN_FAILING17 + KNOWN_FAILING18 + KNOWN_FAILING19 + KNOWN_FAILING21 + KNOWN_FAILING23 + KNOWN_FAILING24 + KNOWN_FAILING25 + KNOWN_FAILING26 + KNOWN_FAILING27 + KNOWN_FAILING28 + KNOWN_FAILING29 + KNOWN_FAILING29B + KNOWN_FAILING30 + KNOWN_FAILING30B + KNOWN_FAILING31 + KNOWN_FAILING31B else n
                                  for n in NAMES])
def test_conversation(played, name):
    results, exports = played
    conv = next(c for c in CONVERSATIONS if c.name == name)
    outcomes = results[name]
    last_reply = None  # the desk's last mail to this person (an automatic answer gets none)
    for i, (step, got) in enumerate(zip(conv.steps, outcomes), 1):
        where = f"{name} step {i} ({step.text[:40]!r}): got {got.reply} {got.regs}\n{got.handled}\n{got.body[:600]}"
        assert got.reply == step.expect, where
        assert got.replies <= 1, where  # one reply per mail
        assert got.references <= 1, f"{where}\nsubject: {got.subject}"  # never two references
        assert got.regs == step.regs, where
        if step.reply and not got.auto and last_reply in ("clarify", "ask_change"):
            assert got.reply is not None, where  # an answer to our question is never met with silence
        last_reply = got.reply or last_reply
    final = {r["workshop"]: (r["status"], int(r["attendees"])) for r in exports[name]
             if r["status"] in ("confirmed", "waiting")}
    assert final == conv.steps[-1].regs  # the participant list says what the last reply said
