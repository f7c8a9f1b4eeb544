"""Latency with IMAP IDLE: from delivery into the mailbox to the reply reaching the SMTP server.

Usage:  python benchmarks/idle_latency.py [N] [--workers 2]      (default N=100, one worker)

Starts Dovecot and an aiosmtpd sink, runs `mailbot run` (the service, IDLE on) as separate
processes (with --workers 2: two processes sharing a private PostgreSQL database; else SQLite),
then delivers N registrations one at a time, each after the previous reply arrived, and prints
the median, p95 and maximum time from the APPEND to the reply's arrival at the SMTP server.
Dovecot itself notifies IDLE clients about 0.5 s after a delivery.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from servers.dovecot import Dovecot  # noqa: E402
from servers.smtp import SmtpSink  # noqa: E402
from tests.harness import Harness, mail  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=100)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        pg = None
        with Dovecot(tmp / "dovecot") as dovecot, SmtpSink() as sink:
            overrides = {}
            if args.workers > 1:
                from servers.postgres import PostgresCluster

                pg = PostgresCluster().__enter__()
                overrides["database__url"] = pg.create_database()
            desk = Harness(tmp, dovecot=dovecot, smtp=sink, idle=False, capacity=0,
                           mailbox__idle=True, mailbox__poll_interval=300, **overrides)
            config = desk.write_config(tmp / "config.toml")
            procs = [subprocess.Popen([str(ROOT / ".venv/bin/mailbot"), "--config", str(config), "run",
                                       "--now", "2023-09-01T09:00"], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL) for _ in range(args.workers)]
            try:
                time.sleep(3)  # start-up: imports, the first (empty) fetch, IDLE established
                latencies = []
                for i in range(args.n):
                    before = len(sink.messages)
                    t = time.perf_counter()
                    dovecot.append(desk.user, mail(f"person{i}@example.org",
                                                   "Ich melde mich für den 26.09. in Weinsberg an."))
                    sink.wait_for(before + 1, timeout=30)
                    latencies.append(time.perf_counter() - t)
            finally:
                for p in procs:
                    p.terminate()
                for p in procs:
                    p.wait(timeout=60)
                if pg is not None:
                    desk.store.engine.dispose()
                    pg.__exit__(None, None, None)
        q = statistics.quantiles(latencies, n=20, method="inclusive")  # never beyond the max
        print(f"{args.n} messages, {args.workers} worker(s) with IMAP IDLE "
              f"({'PostgreSQL' if args.workers > 1 else 'SQLite'}): delivery → reply at the SMTP server")
        print(f"  median {statistics.median(latencies):.3f} s   p95 {q[18]:.3f} s   max {max(latencies):.3f} s   "
              f"min {min(latencies):.3f} s")


if __name__ == "__main__":
    main()
