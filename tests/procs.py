"""Processes from /proc, for the test servers' clean-up checks (Linux; empty elsewhere)."""

import os


def process_table() -> dict[int, tuple[int, bytes, int]]:
    """pid -> (parent pid, state, start time) of every process (Linux /proc; {} elsewhere)."""
    table = {}
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
