"""Where replies go: a pickup directory of .eml files (the embedded default) or an SMTP server.

``send(items)`` takes an async iterator of ``(outbox id, sender, recipient, raw bytes)`` items
and yields one ``Result`` per item as soon as that mail is done: sent, retry (temporary: 4xx,
connection trouble) or failed (permanent: 5xx). It takes the next item only when it is about
to send it (the worker leases each mail as it is taken) and stops taking items when the
connection is lost or the server closes it: those not taken stay as they were. The caller
records each result at once, so a crash can leave at most the one mail in flight unrecorded.
One SMTP connection serves the whole batch.
"""

from __future__ import annotations

import logging
import os
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import AsyncGenerator, AsyncIterable, Protocol

from .config import Config, Section, resolve, secret

log = logging.getLogger("mailbot.transport")


@dataclass
class Item:
    id: int
    sender: str
    to: str
    raw: bytes
    kind: str = ""


@dataclass
class Result:
    id: int
    state: str  # sent | retry | failed
    detail: str = ""
    code: int | None = None


class Transport(Protocol):
    """Where replies go (see the module docstring): ``PickupTransport`` or ``SmtpTransport``."""

    def send(self, items: AsyncIterable[Item]) -> AsyncGenerator[Result, None]: ...


class PickupTransport:
    def __init__(self, path: Path):
        self.path = path

    async def send(self, items: AsyncIterable[Item]) -> AsyncGenerator[Result, None]:
        self.path.mkdir(parents=True, exist_ok=True)
        async for item in items:
            final = self.path / f"{item.id:07d}-{item.kind or 'mail'}.eml"
            tmp = final.with_suffix(".tmp")
            try:
                tmp.write_bytes(item.raw)
                os.replace(tmp, final)
                yield Result(item.id, "sent", str(final))
            except OSError as exc:
                yield Result(item.id, "retry", f"cannot write {final}: {exc.strerror}")


def classify(code: int | None) -> str:
    """An SMTP reply code → what to do with the mail."""
    if code is None:
        return "retry"
    if 400 <= code < 500:
        return "retry"
    if code >= 500:
        return "failed"
    return "sent"


class SmtpTransport:
    def __init__(self, section: Section, base: Path = Path(".")):
        self.s = section
        self.base = base
        self.port = section.port or {"tls": 465, "starttls": 587}.get(section.security, 25)

    async def send(self, items: AsyncIterable[Item]) -> AsyncGenerator[Result, None]:
        import aiosmtplib

        s = self.s
        client = aiosmtplib.SMTP(hostname=s.host, port=self.port, timeout=s.timeout,
                                 use_tls=s.security == "tls", start_tls=s.security == "starttls",
                                 tls_context=ssl.create_default_context(
                                     cafile=str(resolve(s.ca_file, self.base)) if s.ca_file else None))
        try:
            await client.connect()
            if s.username:
                await client.login(s.username, secret(s, "smtp", self.base))
        except aiosmtplib.SMTPResponseException as exc:
            client.close()
            async for i in items:  # a refused login is our configuration, not the mail: try again later
                yield Result(i.id, "retry" if exc.code == 535 else classify(exc.code), f"{exc.code} {exc.message}",
                             exc.code)
            return
        except (aiosmtplib.SMTPException, OSError) as exc:
            client.close()
            async for i in items:
                yield Result(i.id, "retry", f"cannot connect to {s.host}:{self.port}: {exc}")
            return
        try:
            async for item in items:
                try:
                    errors, response = await client.sendmail(item.sender, [item.to], item.raw)
                    yield Result(item.id, "sent", response)
                except aiosmtplib.SMTPRecipientsRefused as exc:
                    first = exc.recipients[0] if exc.recipients else None
                    code = getattr(first, "code", None)
                    yield Result(item.id, classify(code), f"{code} {getattr(first, 'message', '')}", code)
                    await _rset(client)
                except aiosmtplib.SMTPResponseException as exc:
                    yield Result(item.id, classify(exc.code), f"{exc.code} {exc.message}", exc.code)
                    if exc.code == 421:  # the server is closing: the rest, untouched, later
                        return
                    await _rset(client)
                except (aiosmtplib.SMTPException, OSError) as exc:
                    yield Result(item.id, "retry", str(exc))
                    return  # the connection is lost: the rest, untouched, on a new one
        finally:
            try:
                await client.quit()
            except Exception:
                client.close()


async def _rset(client) -> None:
    try:
        await client.rset()
    except Exception:
        pass


def open_transport(config: Config) -> PickupTransport | SmtpTransport:
    if config.smtp.backend == "pickup":
        return PickupTransport(config.path(config.smtp.path))
    return SmtpTransport(config.smtp, config.base)
