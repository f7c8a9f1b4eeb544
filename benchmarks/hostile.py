"""What one hostile message costs to read: CPU time and memory per message of a generated hostile set.

Usage:  python benchmarks/hostile.py [NAME ...]
Generates each message (nothing is stored), reads it as the worker does (``understand`` under the
per-message ``Budget``: 2 s CPU, 256 MB) and prints per message: size, CPU time of the reading
thread, peak of Python allocations (tracemalloc, a second run), growth of the process's resident
memory, and the outcome. The first line is a normal registration for comparison.
"""

from __future__ import annotations

import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailbot.config import load_config  # noqa: E402
from mailbot.understand.limits import Budget  # noqa: E402
from mailbot.understand.reading import understand  # noqa: E402

HEAD = ("From: Lena Vogt <lena.vogt@example.org>\r\nTo: integration@landratsamt-heilbronn.de\r\n"
        "Date: Mon, 04 Sep 2023 10:00:00 +0200\r\nMessage-ID: <hostile@example.org>\r\nMIME-Version: 1.0\r\n")


def plain(body: str, subject: str = "Anmeldung", extra: str = "") -> bytes:
    return (HEAD + extra + f"Subject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


def html(body: str) -> bytes:
    return (HEAD + "Subject: Anmeldung\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body).encode()


def nested(depth: int) -> bytes:
    head = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(depth))
    return (HEAD + "Subject: Anmeldung\r\n").encode() + head + b"\r\nIch melde mich an.\r\n"


def parts(n: int, size: int = 10) -> bytes:
    body = b"".join(b'--b\r\nContent-Type: text/plain\r\n\r\n' + b"Teil %d " % i * size + b"\r\n" for i in range(n))
    return (HEAD + 'Subject: Anmeldung\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n').encode() + body + b"--b--\r\n"


def attachment(megabytes: int) -> bytes:
    import base64

    data = base64.encodebytes(bytes(range(256)) * (megabytes * 4096)).replace(b"\n", b"\r\n")
    return (HEAD + 'Subject: Anmeldung\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
            '--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nIch melde mich für den 26.09. an.\r\n'
            '--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n'
            'Content-Disposition: attachment; filename="flyer.pdf"\r\n\r\n').encode() + data + b"\r\n--b--\r\n"


CASES = {
    "normal registration": lambda: plain("Hallo, ich melde mich für den 26.09. in Weinsberg an.\r\n\r\nViele Grüße\r\nLena"),
    "200 KB of 'am 19.9. in Offenau '": lambda: plain("am 19.9. in Offenau " * 10_000),
    "100 KB subject": lambda: plain("Hallo", subject="Anmeldung am 19.9. " * 5_000),
    "one 1 MB line": lambda: plain("x" * 1_000_000 + " am 19.9."),
    "10 MB body": lambda: plain("Ich melde mich an. " + "x" * 10_000_000),
    "commas after a negation, 100 KB": lambda: plain("Der 19.09. passt mir nicht" + ", am 26.09." * 10_000),
    "400 KB nested <blockquote> HTML": lambda: html("<blockquote><p>Zitat</p>" * 16_000),
    "HTML of 400 KB unclosed tags": lambda: html("<div " * 80_000),
    "5,000-level nested multipart": lambda: nested(5_000),
    "40-level nested multipart": lambda: nested(40),
    "5,000 MIME parts": lambda: parts(5_000),
    "150 parts of 10 KB": lambda: parts(150, 1_000),
    "20 MB attachment": lambda: attachment(20),
    "10,000 recipients": lambda: plain("Ich melde mich für den 26.09. an.",
                                       extra="To: " + ", ".join(f"p{i}@example.org" for i in range(10_000)) + "\r\n"),
    "10,000 header lines": lambda: plain("Ich melde mich für den 26.09. an.",
                                         extra="".join(f"X-Filler-{i}: {i}\r\n" for i in range(10_000))),
    "encoded victim address in From": lambda: plain(
        "Ich sage meine Anmeldung ab.").replace(b"From: Lena Vogt <", b"From: =?utf-8?q?victim=40example=2Enet?= <"),
}


def rss() -> int:
    with open("/proc/self/statm", "rb") as f:
        return int(f.read().split()[1]) * resource.getpagesize()


def main() -> None:
    config = load_config(ROOT / "config.example.toml")
    understand(CASES["normal registration"](), config.events, config.office)  # start-up: lexicons, language model
    names = sys.argv[1:] or list(CASES)
    print(f"{'message':36} {'size':>9} {'CPU s':>6} {'peak MB':>8} {'RSS +MB':>8}  outcome")
    for name in names:
        raw = CASES[name]()
        gc.collect()
        before = rss()
        start = time.thread_time()
        reading = understand(raw, config.events, config.office, budget=Budget())
        cpu = time.thread_time() - start
        grown = (rss() - before) / 2**20
        tracemalloc.start()
        understand(raw, config.events, config.office)  # without the budget: tracemalloc slows it down
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        outcome = f"{reading.action}: {reading.reason}"[:70]
        print(f"{name:36} {len(raw) / 1024:8.0f}K {cpu:6.3f} {peak:8.1f} {grown:8.1f}  {outcome}", flush=True)
        del raw, reading


if __name__ == "__main__":
    main()
