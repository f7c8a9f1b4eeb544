"""Processes from /proc (Linux; empty elsewhere): finding a server's process tree and ending
all of it, for the test servers' clean-up."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterable

__all__ = ["process_table", "descendants", "still_running", "end_process_tree"]

_DEAD = (b"Z", b"X")  # zombie or dead: the process has ended, only its table entry is left


def process_table() -> dict[int, tuple[int, bytes, int]]:
    """pid -> (parent pid, state, start time) of every process (Linux /proc; {} elsewhere)."""
    table: dict[int, tuple[int, bytes, int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return table
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # pid (comm) state ppid pgrp ... starttime is field 22; comm may contain spaces
        fields = stat[stat.rfind(b")") + 2:].split()
        try:
            table[int(entry)] = (int(fields[1]), fields[0], int(fields[19]))
        except (IndexError, ValueError):
            continue
    return table


def descendants(root: int) -> dict[int, int]:
    """Running (not zombie) descendants of ``root``: pid -> start time.

    Found by parent pid, not by process group: servers put their children into sessions of
    their own.  Zombies count as ended: a server may not wait for its children, which are then
    re-parented to PID 1, and in containers PID 1 may be slow to reap them.
    """
    table = process_table()
    children: dict[int, list[int]] = {}
    for pid, (ppid, _state, _start) in table.items():
        children.setdefault(ppid, []).append(pid)
    found: dict[int, int] = {}
    todo = list(children.get(root, ()))
    while todo:
        pid = todo.pop()
        _ppid, state, start = table[pid]
        if state not in _DEAD:
            found[pid] = start
        todo.extend(children.get(pid, ()))
    return found


def still_running(processes: dict[int, int]) -> dict[int, int]:
    """Those of ``processes`` (pid -> start time) that still run (same pid, same start time)."""
    table = process_table()
    return {
        pid: start
        for pid, start in processes.items()
        if pid in table and table[pid][2] == start and table[pid][1] not in _DEAD
    }


def end_process_tree(
    proc: subprocess.Popen[bytes],
    steps: Iterable[tuple[signal.Signals, float]],
    timeout: float,
    leftovers: Iterable[signal.Signals] = (signal.SIGKILL,),
) -> None:
    """End ``proc`` and every process below it.

    ``steps``: signals sent to ``proc`` in turn, each followed by a wait of the given seconds
    for it to exit; if it still runs after the last one, it is SIGKILLed.  Its descendants
    (seen before and during that) that outlive it get each of ``leftovers`` in turn, each
    followed by a wait of up to ``timeout`` seconds for all of them to end.
    """
    seen = descendants(proc.pid) if proc.poll() is None else {}
    for sig, wait in steps:
        if proc.poll() is not None:
            break
        try:
            proc.send_signal(sig)
        except OSError:
            pass
        try:
            proc.wait(wait)
        except subprocess.TimeoutExpired:
            seen.update(descendants(proc.pid))
    if proc.poll() is None:
        seen.update(descendants(proc.pid))
        proc.kill()
    proc.wait(timeout)
    for sig in leftovers:
        alive = still_running(seen)
        if not alive:
            return
        for pid in alive:
            try:
                os.kill(pid, sig)
            except OSError:
                pass
        deadline = time.monotonic() + timeout
        while still_running(alive) and time.monotonic() < deadline:
            time.sleep(0.02)
