"""Who really sent a message: the receiving server's ``Authentication-Results`` (RFC 8601).

Any mail client can put any address in ``From:``; the receiving mail server checks SPF, DKIM and
DMARC and writes what it found into ``Authentication-Results`` headers above the message.
``sender_auth(values, trusted_id)`` turns those headers (top to bottom, as they stand in the
message) into one verdict (pure: no I/O, no DNS):

- with ``trusted_id`` (``mailbox.trusted_authserv_id``): only the top-most headers of that
  authserv-id count (RFC 8601 §5: a reader trusts only its own server's results; headers of
  other ids, and ours further down, may come from the sender);
- without it: every header counts, and failure wins: a failing ``dmarc`` (or, where no ``dmarc``
  is given, a failing ``spf`` with no passing ``dkim``) in any header is a failure, and no header
  can make it pass.

Parsing uses ``authres`` (RFC 8601 syntax: comments, quoted strings, versions); a header it
rejects (Microsoft 365 writes none of the required authserv-id, some servers invent syntax) is
read by a tolerant fallback. Nothing here raises on bad input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # the maintained parser; the fallback below reads what it rejects
    import authres
except ImportError:  # pragma: no cover - a dependency of the package
    authres = None

SPF_FAIL = ("fail", "softfail", "hardfail")
MAX_HEADERS = 20  # a message with more is read by its top-most 20
MAX_LENGTH = 4000  # characters of one header considered


@dataclass(frozen=True)
class Result:
    method: str  # lower case: dmarc, spf, dkim, arc, iprev, an unknown one …
    result: str  # lower case: pass, fail, none, softfail, temperror …


@dataclass(frozen=True)
class Header:
    authserv_id: str  # lower case; "" where the header names none
    results: tuple[Result, ...]


@dataclass(frozen=True)
class SenderAuth:
    verdict: str  # pass | fail | none (no usable results)
    summary: str = ""  # "DMARC fail", "SPF softfail, DKIM none", "DMARC pass"
    authserv_id: str = ""

    @property
    def failed(self) -> bool:
        return self.verdict == "fail"


NONE = SenderAuth("none")


def _unfold(value: str) -> str:
    return re.sub(r"\s+", " ", value or "")[:MAX_LENGTH].strip()


def _strip_comments(value: str) -> str:
    """Remove (nested) comments outside quoted strings: "spf=pass (sender IP is (x)) smtp.…"."""
    out, depth, quoted, escaped = [], 0, False, False
    for ch in value:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\":
            escaped = True
            if depth == 0:
                out.append(ch)
            continue
        if ch == '"' and depth == 0:
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
            continue
        elif not quoted and ch == ")" and depth:
            depth -= 1
            continue
        if depth == 0:
            out.append(ch)
    return "".join(out)


RESINFO = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9_.-]*)\s*(?:/\s*\d+\s*)?=\s*([A-Za-z0-9_-]+)")


def _fallback(value: str) -> Header:
    """A tolerant reading: ';'-separated, the first part the authserv-id unless it already is a
    result ("spf=pass …" as Microsoft 365 writes it)."""
    parts = [p.strip() for p in re.split(r";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", _strip_comments(value))]
    authserv_id = ""
    if parts and not RESINFO.match(parts[0]):
        authserv_id = (parts.pop(0).split() or [""])[0]
    results = []
    for part in parts:
        m = RESINFO.match(part)
        if m:
            results.append(Result(m.group(1).lower(), m.group(2).lower()))
    return Header(authserv_id.lower(), tuple(results))


def parse(value: str) -> Header:
    """One ``Authentication-Results`` value → its authserv-id and results. Never raises."""
    value = _unfold(value)
    if authres is not None:
        try:
            parsed = authres.AuthenticationResultsHeader.parse_value(value)
            if "=" in str(parsed.authserv_id or ""):  # it took a result for the id: "spf=fail; dkim=…"
                raise ValueError("no authserv-id")
            return Header(str(parsed.authserv_id or "").lower(),
                          tuple(Result(str(r.method).lower(), str(r.result).lower()) for r in parsed.results))
        except Exception:  # noqa: BLE001 - its syntax errors, and whatever else odd input provokes
            pass
    try:
        return _fallback(value)
    except Exception:  # noqa: BLE001 - bad input never stops the desk
        return Header("", ())


def _judge(header: Header) -> tuple[str, str]:
    """One header's verdict and what it rests on."""
    by: dict[str, list[str]] = {}
    for r in header.results:
        by.setdefault(r.method, []).append(r.result)
    dmarc, spf, dkim = by.get("dmarc", []), by.get("spf", []), by.get("dkim", [])
    if dmarc:
        if "fail" in dmarc:
            return "fail", "DMARC fail"
        return ("pass", "DMARC pass") if "pass" in dmarc else ("none", f"DMARC {dmarc[0]}")
    if any(r in SPF_FAIL for r in spf) and "pass" not in dkim:
        spf_result = next(r for r in spf if r in SPF_FAIL)
        return "fail", f"SPF {spf_result}" + (f", DKIM {dkim[0]}" if dkim else "")
    if "pass" in dkim or "pass" in spf:
        return "pass", "DKIM pass" if "pass" in dkim else "SPF pass"
    return "none", ""


def _counted(headers: list[Header], trusted_id: str) -> list[Header]:
    """With a trusted authserv-id: the top-most run of its headers (those above it from other
    ids are skipped; the run ends at the next header of another id)."""
    if not trusted_id:
        return headers
    trusted_id = trusted_id.strip().lower()
    run: list[Header] = []
    for h in headers:
        if h.authserv_id == trusted_id:
            run.append(h)
        elif run:
            break
    return run


def sender_auth(values: list[str] | tuple[str, ...], trusted_id: str = "") -> SenderAuth:
    """The verdict on a message's ``Authentication-Results`` values, top-most first."""
    headers = _counted([parse(v) for v in list(values or ())[:MAX_HEADERS]], trusted_id or "")
    judged = [(h, *_judge(h)) for h in headers]
    for wanted in ("fail", "pass"):
        hit = next(((h, summary) for h, verdict, summary in judged if verdict == wanted), None)
        if hit is not None:
            return SenderAuth(wanted, hit[1], hit[0].authserv_id)
    return NONE
