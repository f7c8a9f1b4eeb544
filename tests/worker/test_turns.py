"""Write turns on SQLite: the threads of one worker write first come, first served.

Without them, a thread that decides a large backlog transaction after transaction takes SQLite's
write lock back each time before the sender's busy wait wakes up, and replies wait until the whole
backlog is decided."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select

from mailbot.store import Counter, Turns, open_store

WAIT = 10  # seconds: an upper bound on a wait for a condition, never a sleep


def _until(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.001)


def test_threads_get_their_turns_in_the_order_they_asked():
    turns = Turns()
    order: list[str] = []
    turns.acquire()  # the main thread holds the turn
    threads = []
    for name in ("first", "second", "third"):
        t = threading.Thread(target=lambda n=name: (turns.acquire(), order.append(n), turns.release()))
        t.start()
        threads.append(t)
        asked = len(threads) + 1  # tickets handed out so far, the holder's included
        _until(lambda: turns._next == asked, f"{name} to ask")
    assert turns.waiting()
    assert order == []  # nobody writes while the turn is held
    turns.release()
    for t in threads:
        t.join(WAIT)
    assert order == ["first", "second", "third"]
    assert not turns.waiting()


def test_the_holder_may_take_its_turn_again_and_nobody_waits_for_a_lone_writer():
    turns = Turns()
    with turns:
        assert not turns.waiting()
        with turns:  # e.g. Store.set called inside a write transaction's turn
            pass
        other = threading.Thread(target=lambda: (turns.acquire(), turns.release()))
        other.start()
        _until(turns.waiting, "the other thread to ask")
    other.join(WAIT)
    assert not other.is_alive()


def test_a_waiting_writer_goes_next_while_another_thread_writes_without_pause(tmp_path):
    """The long writer holds the lock for a while, commits and asks again at once (as deciding a
    backlog does); the second thread asks once (as the sender recording a sent mail does). It must get the lock after at most the
    transaction under way, not after the long writer is done."""
    store = open_store(f"sqlite:///{tmp_path / 't.db'}")
    stop = threading.Event()
    done = {"long": 0}

    def long_writer():
        while not stop.is_set() and done["long"] < 500:
            with store.turn(), store.writer() as s:
                row = s.get(Counter, "long") or Counter(name="long", value=0)
                row.value += 1
                s.add(row)
                s.flush()  # the write lock is taken here
                stop.wait(0.01)  # the work of deciding a batch, with the lock held
                s.commit()
                done["long"] += 1

    t = threading.Thread(target=long_writer)
    t.start()
    try:
        _until(lambda: done["long"] >= 5, "the long writer to get going")
        before = done["long"]
        with store.turn(), store.writer() as s:  # as every writer of the worker does
            s.add(Counter(name="short", value=1))
            s.flush()  # holds the write lock from here
            at_turn = done["long"]
            s.commit()
    finally:
        stop.set()
        t.join(WAIT)
    assert at_turn - before <= 2  # the transaction under way, and one that may have asked just before us
    with store.session() as s:
        assert s.scalar(select(Counter.value).where(Counter.name == "short")) == 1
    assert not store.others_waiting()
    store.engine.dispose()
