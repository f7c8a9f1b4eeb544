"""End to end: N messages from a real Dovecot through `mailbot run --once` to a real SMTP server.

Usage:  python benchmarks/end_to_end.py [N] [--workers K]   (default 10000, 1; needs Debian's
        dovecot-imapd; with K > 1, K `mailbot run` services share a private PostgreSQL database)

In one run, on the same messages and servers, it prints:
- bare imapclient: FETCH BODY.PEEK[] of all N messages in batches of 500 (the mailbox's ceiling);
- bare aiosmtplib: N small mails over one connection to the aiosmtpd sink (the sender's ceiling);
- mailbot: `mailbot run --once --quiet` as a separate process: messages/s from start to exit
  (fetch, store, read, decide, record, render replies, move, send), its peak RSS (VmHWM) and its
  RSS at 25, 50 and 75 % of the run (flat or growing); with
  --workers K, K services (`mailbot run`) from start until every message is filed and every
  reply sent, and how many messages each stored and decided.
The messages are the project's own corpora (tests/corpus/people and robots), each copy with a
new sender address and Message-ID, so every one is a new registration, question or robot.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from servers.dovecot import Dovecot  # noqa: E402
from servers.smtp import SmtpSink  # noqa: E402

FROM = re.compile(rb"^From:.*(?:\r?\n[ \t].*)*", re.M | re.I)
MSGID = re.compile(rb"^Message-ID:.*(?:\r?\n[ \t].*)*", re.M | re.I)


def corpus_messages(n: int) -> list[bytes]:
    sources = [p.read_bytes() for d in ("people", "robots") for p in sorted((ROOT / "tests/corpus" / d).glob("*.eml"))]
    out = []
    for i in range(n):
        raw = sources[i % len(sources)]
        head, sep, body = raw.partition(b"\n\n") if b"\r\n\r\n" not in raw[:20000] else raw.partition(b"\r\n\r\n")
        sender = f"Person {i} <person{i}@bench.example>".encode()
        new_head = FROM.sub(b"From: " + sender, head, count=1) if FROM.search(head) else b"From: " + sender + b"\n" + head
        mid = f"Message-ID: <bench-{i}@bench.example>".encode()
        new_head = MSGID.sub(mid, new_head, count=1) if MSGID.search(new_head) else new_head + b"\n" + mid
        out.append(new_head + sep + body)
    return out


def bare_fetch(dovecot: Dovecot, user: str) -> tuple[int, float]:
    client = dovecot.connect(user)
    client.select_folder("INBOX", readonly=True)
    t = time.perf_counter()
    uids = client.search(["ALL"])
    count = 0
    for i in range(0, len(uids), 500):
        data = client.fetch(uids[i:i + 500], ["BODY.PEEK[]"])
        count += sum(1 for v in data.values() if v.get(b"BODY[]"))
    elapsed = time.perf_counter() - t
    client.logout()
    return count, elapsed


async def bare_send(sink: SmtpSink, n: int) -> float:
    import aiosmtplib

    body = (b"From: integration@landratsamt-heilbronn.de\r\nTo: x@bench.example\r\nSubject: t\r\n\r\n"
            + b"Bestaetigung der Anmeldung zum Workshop.\r\n" * 60)
    client = aiosmtplib.SMTP(hostname=sink.host, port=sink.port)
    t = time.perf_counter()
    await client.connect()
    for i in range(n):
        await client.sendmail("integration@landratsamt-heilbronn.de", [f"p{i}@bench.example"], body)
    await client.quit()
    return time.perf_counter() - t


class Memory:
    """Resident memory of mailbot processes, read from /proc every second (or `every`): the peak
    is the kernel's high-water mark of each process (VmHWM), last read shortly before its exit.
    (getrusage(RUSAGE_CHILDREN) would not do: a child started with vfork reports the memory of
    this script, which holds all N messages, as its own peak.)"""

    def __init__(self, every: float = 1.0) -> None:
        self.every = every  # seconds between reads
        self.samples: dict[int, list[float]] = {}
        self.peaks: dict[int, float] = {}

    def read(self, procs: list[subprocess.Popen]) -> None:
        for p in procs:
            try:
                status = Path(f"/proc/{p.pid}/status").read_text()
                rss, hwm = (int(re.search(rf"^{k}:\s+(\d+)", status, re.M).group(1)) / 1024
                            for k in ("VmRSS", "VmHWM"))
            except (OSError, AttributeError):  # exited, or a zombie without memory
                continue
            self.samples.setdefault(p.pid, []).append(rss)
            self.peaks[p.pid] = max(self.peaks.get(p.pid, 0), hwm)

    def wait(self, proc: subprocess.Popen) -> None:
        """Read every `every` seconds until proc exits."""
        while proc.poll() is None:
            self.read([proc])
            try:
                proc.wait(timeout=self.every)
            except subprocess.TimeoutExpired:
                pass

    def peak(self) -> float:
        return max(self.peaks.values(), default=0.0)

    def course(self, pid: int) -> str:
        s = self.samples.get(pid, [])
        if not s:
            return "no samples"
        at = [s[min(len(s) - 1, len(s) * q // 4)] for q in (1, 2, 3)]
        return (f"RSS {at[0]:.0f} / {at[1]:.0f} / {at[2]:.0f} MB at 25 / 50 / 75 % of the run "
                f"({len(s)} samples, every {self.every:g} s)")


def write_config(path: Path, dovecot: Dovecot, sink: SmtpSink, user: str, password: str,
                 db_url: str | None = None) -> None:
    example = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    head, workshops = example.split("\n[mailbox]", 1)[0], example[example.index("\n[[workshops]]"):]
    workshops = re.sub(r"capacity = \d+", "capacity = 0", workshops)
    path.write_text(head + f"""
[mailbox]
backend = "imap"
host = "{dovecot.host}"
port = {dovecot.port}
security = "none"
username = "{user}"
password = "{password}"

[smtp]
backend = "smtp"
host = "{sink.host}"
port = {sink.port}
security = "none"
batch_size = 500

[database]
url = "{db_url or f"sqlite:///{path.parent / 'bench.db'}"}"

[replies]
max_per_sender_per_day = 0
""" + workshops, encoding="utf-8")


def run_services(config: Path, db_url: str, n: int, workers: int, tmp: Path) -> tuple[float, float, list[str]]:
    """K `mailbot run` services on one mailbox and one PostgreSQL database, started together; the
    clock stops when all n messages are filed and no reply is waiting, then they get SIGTERM."""
    import signal

    from sqlalchemy import create_engine, func, select

    from mailbot.store import Message, Outbox

    cmd = [str(ROOT / ".venv/bin/mailbot"), "--config", str(config), "run", "--now", "2023-09-01T09:00"]
    logs = [(tmp / f"worker{i}.out").open("w+") for i in range(workers)]
    engine = create_engine(db_url)
    memory = Memory(every=0.5)
    t = time.perf_counter()
    procs = [subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, text=True) for log in logs]
    try:
        while True:
            time.sleep(0.5)
            memory.read(procs)
            if any(p.poll() is not None for p in procs):
                raise SystemExit("a worker stopped early: " + logs[0].name)
            try:
                with engine.connect() as c:
                    filed = c.scalar(select(func.count()).select_from(Message).where(Message.state == "filed"))
                    pending = c.scalar(select(func.count()).select_from(Outbox).where(
                        Outbox.state.in_(("queued", "sending", "retry"))))
            except Exception:  # noqa: BLE001 - the schema may not exist yet
                continue
            if filed >= n and not pending:
                break
        elapsed = time.perf_counter() - t
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            p.wait(timeout=120)
        engine.dispose()
    lines = []
    for i, log in enumerate(logs):
        log.seek(0)
        text = log.read()
        handled = sum(int(x) for x in re.findall(r"handled (\d+) \(", text))
        fetched = sum(int(x) for x in re.findall(r"fetched (\d+) \(", text))
        lines.append(f"worker {i + 1}: stored {fetched}, decided {handled}, peak RSS "
                     f"{memory.peaks.get(procs[i].pid, 0):.0f} MB, {memory.course(procs[i].pid)}")
        log.close()
    return elapsed, memory.peak(), lines


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    n = args.n
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        messages = corpus_messages(n)
        size = sum(map(len, messages))
        print(f"{n} messages, {size / 1e6:.1f} MB, from {ROOT / 'tests/corpus'}")
        with Dovecot(tmp / "dovecot") as dovecot, SmtpSink() as sink:
            user, password = next(iter(dovecot.users.items()))
            t = time.perf_counter()
            dovecot.append_many(user, messages)
            print(f"  deliver (IMAP APPEND, one connection): {n / (time.perf_counter() - t):8.0f} messages/s")
            count, elapsed = bare_fetch(dovecot, user)
            print(f"  bare imapclient fetch:                 {count / elapsed:8.0f} messages/s ({elapsed:.1f} s)")
            elapsed = asyncio.run(bare_send(sink, n))
            print(f"  bare aiosmtplib send (one connection): {n / elapsed:8.0f} messages/s ({elapsed:.1f} s)")
            sink.reset()

            config = tmp / "config.toml"
            pg = None
            db_url = None
            if args.workers > 1:
                from servers.postgres import PostgresCluster

                pg = PostgresCluster().__enter__()
                db_url = pg.create_database()
            write_config(config, dovecot, sink, user, password, db_url)
            if args.workers > 1:
                elapsed, peak, lines = run_services(config, db_url, n, args.workers, tmp)
                pg.__exit__(None, None, None)
                print(f"  {'mailbot run (service) ×' + str(args.workers) + ':':<39}{n / elapsed:8.0f} messages/s "
                      f"({elapsed:.1f} s, peak RSS of one process {peak:.0f} MB)")
                for line in lines:
                    print(f"    {line}")
            else:
                cmd = [str(ROOT / ".venv/bin/mailbot"), "--config", str(config), "run", "--once", "--quiet",
                       "--now", "2023-09-01T09:00"]
                out, err = tmp / "run.out", tmp / "run.err"
                memory = Memory()
                t = time.perf_counter()
                with out.open("w") as o, err.open("w") as e:
                    proc = subprocess.Popen(cmd, stdout=o, stderr=e, text=True)
                    memory.wait(proc)
                elapsed = time.perf_counter() - t
                stdout = out.read_text()
                if proc.returncode != 0:
                    print(stdout[-2000:], err.read_text()[-2000:])
                    raise SystemExit(proc.returncode)
                print(f"  {'mailbot run --once (end to end):':<39}{n / elapsed:8.0f} messages/s ({elapsed:.1f} s, "
                      f"peak RSS {memory.peak():.0f} MB)")
                print(f"    {memory.course(proc.pid)}")
                summary = [line for line in stdout.splitlines() if line.startswith("fetched")]
                print(f"    {summary[0] if summary else stdout.strip()[-300:]}")
            print(f"    replies received by the SMTP server: {len(sink.messages)}")
            left = len(dovecot.list_folder(user, "INBOX"))
            print(f"    left in INBOX: {left}")


if __name__ == "__main__":
    main()
