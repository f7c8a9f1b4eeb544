"""The named states and the one table of moves: every move leads where the table says and sends
its reply; a move or a step the table does not have is refused; the database's list is the same."""

import importlib
from datetime import datetime, timezone
from pathlib import Path

import pytest

from mailbot.states import (
    ACTIVE, ALLOWED, QUESTION_REPLY, TRANSITIONS, BadMove, MailState, MessageState, Move, Question, Status,
    check_step, transition, values,
)
from mailbot.store import Registration
from mailbot.registrations import change_status as _change

TEMPLATES = Path(__file__).resolve().parents[2] / "mailbot" / "templates"
NOW = datetime(2023, 9, 4, 9, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("before,move", sorted(TRANSITIONS, key=lambda k: (str(k[0]), k[1])))
def test_every_move_leads_where_the_table_says(before, move):
    after, reply = TRANSITIONS[(before, move)]
    assert transition(before.value if before else None, move) == (after, reply)
    reg = Registration(status=before.value if before else None, history=[])
    _change(reg, NOW, after.value, f"test {move}", move=move)
    assert reg.status == after.value and reg.history[-1]["status"] == after.value
    if reply is not None:  # the reply has a template
        assert (TEMPLATES / f"{reply}.txt.j2").is_file()


def test_moves_the_table_does_not_have_are_refused():
    for before in [None, *Status]:
        for move in Move:
            if (before, move) not in TRANSITIONS:
                with pytest.raises(BadMove):
                    transition(before.value if before else None, move)
    with pytest.raises(BadMove):  # a cancelled registration is never confirmed again by itself
        transition("cancelled", Move.REGISTER)
    with pytest.raises(ValueError):
        transition("confirmd", Move.CANCEL)


def test_a_step_no_move_makes_is_refused_and_changes_nothing():
    reg = Registration(status="cancelled", history=[])
    with pytest.raises(BadMove):
        _change(reg, NOW, "confirmed", "by mistake")
    assert reg.status == "cancelled" and reg.history == []
    with pytest.raises(BadMove):
        check_step("closed", "awaiting")
    with pytest.raises(BadMove):  # only staff's undo, named, confirms a cancelled registration again
        _change(reg, NOW, "waiting", "by mistake", move=Move.UNDO_CANCEL)
    _change(reg, NOW, "confirmed", "undone", move=Move.UNDO_CANCEL)
    assert reg.status == "confirmed"
    assert (Status.CONFIRMED, Status.CANCELLED) in ALLOWED


def test_every_state_is_reached_and_every_question_has_its_reply():
    reached = {after for after, _ in TRANSITIONS.values()}
    assert reached == set(Status)
    assert set(QUESTION_REPLY) == set(Question)
    assert set(ACTIVE) == {Status.CONFIRMED, Status.WAITING}


def test_the_migration_names_the_same_states_as_the_code():
    migration = importlib.import_module("mailbot.migrations.versions.0007_named_states")
    assert set(migration.STATUS) == set(values(Status))
    # the questions' constraint was made again by 0008 (the question "how many people come?")
    assert set(importlib.import_module("mailbot.migrations.versions.0008_count_question").QUESTION) == \
        set(values(Question))
    assert set(migration.MESSAGE) == set(values(MessageState))
    assert set(migration.MAIL) == set(values(MailState))
