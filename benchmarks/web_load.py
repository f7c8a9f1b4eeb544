"""Load on the staff pages (sign-in and review) with the worker running alongside.

Usage:  python benchmarks/web_load.py [--staff 8] [--attackers 8] [--seconds 10] [--mail-per-second 10]

Starts `mailbot serve` and the `mailbot run` service as separate processes on one SQLite
database (loopback only), then for the given time: signed-in staff clients open the review
queue, a message and the overview in turn, attackers send wrong passwords to the sign-in page
(made-up names and the staff's own accounts), while registrations keep arriving in the Maildir. Prints requests, status codes and times per page; exits 1 on any
5xx answer. See tests/web/load.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.web.load import run_load  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--staff", type=int, default=8)
    ap.add_argument("--attackers", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--mail-per-second", type=float, default=10.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        figures = run_load(Path(tmp), args.staff, args.attackers, args.seconds, args.mail_per_second)
    print(figures.report())
    return 1 if figures.server_errors() else 0


if __name__ == "__main__":
    sys.exit(main())
