"""Parse throughput on one core after start-up, and the wall time of `mailbot parse` on one file.

Usage:  python benchmarks/parse_throughput.py [--code CHECKOUT] [CORPUS_DIR ...]
Prints messages/s over all .eml files of the given folders (default: the project's own test
corpora and ../shared/corpus/dev when present), repeated for at least 3 rounds and 3 s of CPU
time: by the wall clock, and by the process's CPU time (steadier on a busy machine, where the
wall clock also counts the time other processes ran), and by the sum of each message's least CPU
time over the rounds (steadier still where other processes slow a whole round down).

To compare two versions, run this same script on the same folders with ``--code`` naming the
other checkout (and that checkout's virtual environment's python), alternating A, B, A, B …
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if sys.argv[1:2] == ["--code"]:  # measure another checkout's mailbot with this script
    ROOT = Path(sys.argv[2]).resolve()
    del sys.argv[1:3]
sys.path.insert(0, str(ROOT))

from mailbot.config import load_config  # noqa: E402
from mailbot.understand.reading import understand  # noqa: E402


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    dirs = [Path(a) for a in sys.argv[1:]] or [ROOT / "tests/corpus/people", ROOT / "tests/corpus/robots",
                                               ROOT.parent / "shared/corpus/dev"]
    messages = [p.read_bytes() for d in dirs if d.is_dir() for p in sorted(d.glob("*.eml"))]
    config = load_config(ROOT / "config.example.toml")
    t0 = time.perf_counter()
    understand(messages[0], config.events, config.office)  # start-up: lexicons, language model
    startup = time.perf_counter() - t0

    rounds: list[float] = []
    cpu: list[float] = []
    fastest = [float("inf")] * len(messages)  # each message's least CPU time over the rounds
    n = 0
    cpu_start = time.process_time()
    while len(rounds) < 3 or time.process_time() - cpu_start < 3.0:
        t, c = time.perf_counter(), time.process_time()
        for i, raw in enumerate(messages):
            one = time.thread_time()
            understand(raw, config.events, config.office)
            fastest[i] = min(fastest[i], time.thread_time() - one)
        rounds.append(len(messages) / (time.perf_counter() - t))
        cpu.append(len(messages) / max(time.process_time() - c, 1e-9))
        n += len(messages)
    print(f"corpus: {len(messages)} messages from {', '.join(str(d) for d in dirs if d.is_dir())}")
    print(f"first message incl. start-up: {startup * 1000:.0f} ms")
    print(f"throughput on one core: {statistics.median(rounds):.0f} messages/s (median of {len(rounds)} rounds, {n} parses)")
    print(f"throughput per CPU second: {statistics.median(cpu):.0f} messages/s")
    # (steadiest on a shared machine: a message read while other processes thrash the caches counts its best round)
    print(f"throughput per CPU second, each message's fastest round: {len(messages) / sum(fastest):.0f} messages/s")

    one = next(p for d in dirs if d.is_dir() for p in sorted(d.glob("*.eml")))
    exe = [sys.executable, "-m", "mailbot.cli", "--config", str(ROOT / "config.example.toml"), "parse", "--json", str(one)]
    walls = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run(exe, check=True, capture_output=True, cwd=ROOT)
        walls.append(time.perf_counter() - t)
    print(f"`mailbot parse --json` on one file, wall time: median {statistics.median(walls):.2f} s, "
          f"best {min(walls):.2f} s (5 runs)")


if __name__ == "__main__":
    main()
