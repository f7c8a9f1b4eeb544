"""A disk cache for what the reader builds at start-up and never changes between runs.

Every `mailbot run --once`, `mailbot parse` and worker start used to parse the 35 language files
and decompress the language-identification model again (together about 1.3 s of CPU, more than
the reading of a few hundred messages). Both are built once, pickled into the user's cache
directory (``MAILBOT_CACHE_DIR``, else platformdirs' user cache directory) and loaded from there
while their sources are unchanged: the key of each entry covers the source files' names, sizes
and modification times, and the versions of Python and of the libraries involved.

The cache is an optimisation only: a directory that cannot be written, or an entry that cannot
be read, means the value is built as before. Entries are written to a temporary file and renamed,
so a process killed while writing leaves no half entry behind.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import pickle
import re
import sys
import shutil
import tempfile
import time
from array import array
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]  # the standard library's own compiler
from typing import Any, Callable, Iterable, TypeVar, cast

import _sre  # type: ignore[import-not-found]  # the regular-expression engine under re

import platformdirs

from .limits import excused

log = logging.getLogger("mailbot.understand")
T = TypeVar("T")
VERSION = 1  # bump when the pickled structures change shape


def cache_dir() -> Path | None:
    """Where this checkout's entries live; None when caching is switched off (``MAILBOT_CACHE_DIR=off``).

    Each checkout (each copy of the sources: a worktree, a virtual environment's installed copy) has
    its own folder in the cache directory, named after the checkout's path: checkouts that share the
    directory (several worktrees on one machine) never replace or remove one another's entries; the
    pattern tables (``Memo``) of one checkout would otherwise displace another's at every start."""
    configured = os.environ.get("MAILBOT_CACHE_DIR", "")
    if configured.lower() in ("off", "none", "0"):
        return None
    base = Path(configured) if configured else Path(platformdirs.user_cache_dir("mailbot"))
    return base / _CHECKOUT


# this checkout's folder in the cache directory: the path of the package's parent, hashed
_CHECKOUT = "checkout-" + hashlib.sha256(str(Path(__file__).resolve().parents[2]).encode()).hexdigest()[:16]
STALE_DAYS = 14  # another checkout's folder not written for this long is removed (a deleted worktree)


def fingerprint(files: Iterable[Path], *parts: object) -> str:
    """A key that changes when any file (name, size, modification time) or any part changes."""
    h = hashlib.sha256(repr((VERSION, sys.version, parts)).encode())
    for f in sorted(files):
        st = f.stat()
        h.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:32]


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The value of ``build()``, from the cache entry ``name`` when its key is ``key``."""
    folder = cache_dir()
    if folder is None:
        return build()
    kept = _read(folder / f"{name}-{key}.pickle")
    if kept is not _MISSING:
        return cast(T, kept)
    with excused():
        value = build()
    _store(folder, name, key, value)
    return value


_MISSING = object()


def understanding_sources() -> list[Path]:
    """The reader's modules and language files: what the patterns it compiles are built from."""
    here = Path(__file__).parent
    return sorted([*here.glob("*.py"), *(here / "lang").glob("*.toml")])


def _read(path: Path) -> Any:
    """The value pickled at ``path``, or ``_MISSING`` (no entry, or a damaged one: rebuilt)."""
    try:
        with path.open("rb") as f:
            return pickle.load(f)  # noqa: S301 - written by this module into the user's own directory
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - a damaged entry is rebuilt
        log.warning("start-up cache %s unreadable, rebuilt: %s", path, exc)
    return _MISSING


KEPT_VERSIONS = 3  # entries of one name a checkout keeps for other versions of its sources (a branch switched back)


def _store(folder: Path, name: str, key: str, value: object) -> None:
    """Keep ``value`` as the entry ``name`` of ``key`` in this checkout's folder, and the entries of the
    few other versions of its sources written last; remove other checkouts' folders left unused."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        others = [p for p in folder.glob(f"{name}-*.pickle") if p.name != f"{name}-{key}.pickle"]
        for old in sorted(others, key=_written, reverse=True)[KEPT_VERSIONS - 1:]:
            old.unlink(missing_ok=True)
        _write(folder, f"{name}-{key}", value)
        _remove_stale_checkouts(folder)
    except OSError as exc:
        log.info("start-up cache not written (%s): %s", folder, exc)


def _remove_stale_checkouts(folder: Path) -> None:
    """Remove the folders of other checkouts none of whose entries was written for ``STALE_DAYS``."""
    limit = time.time() - STALE_DAYS * 86400
    for other in folder.parent.glob("checkout-*"):
        if other != folder and other.is_dir() and max(map(_written, other.iterdir()), default=0.0) < limit:
            shutil.rmtree(other, ignore_errors=True)


def _written(path: Path) -> float:
    """When an entry was written (0 for one another process removed meanwhile)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _write(folder: Path, stem: str, value: object) -> None:
    """Pickle ``value`` to ``folder/stem.pickle`` through a temporary file (no half entry is ever seen)."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{stem}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"{stem}.pickle")
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class Memo:
    """A table of values kept in the start-up cache entry ``name`` under ``key`` and filled while the
    process runs: what it did not hold yet is written back when the process ends, beside what the
    table held. The key covers the sources the values are built from, so the table of one version of
    the sources holds a bounded set (the patterns that version builds) and never needs trimming: a
    process that read one German message must not drop what a process reading Turkish added (the
    next start would compile those again, tens of seconds)."""

    def __init__(self, name: str, key: Callable[[], str]) -> None:
        self.name, self._key = name, key
        self._old: dict[Any, Any] | None = None
        self._used: dict[Any, Any] = {}
        self._folder: Path | None = None  # where the table was read from (and is written back to)
        # the key when the table was read: a process that runs while a source file changes writes its
        # values back under the key of the sources they were built from, never under the new one
        self._read_key: str | None = None

    def _table(self) -> dict[Any, Any]:
        if self._old is None:
            self._old = {}
            folder = self._folder = cache_dir()
            if folder is not None:
                atexit.register(self.save)
                self._read_key = self._key()
                kept = _read(folder / f"{self.name}-{self._read_key}.pickle")
                if isinstance(kept, dict):
                    self._old = kept
        return self._old

    def get(self, key: Any, build: Callable[[], T]) -> T:
        """The value kept for ``key``, else ``build()`` (kept from now on)."""
        if key in self._used:
            return cast(T, self._used[key])
        table = self._table()
        if key in table:
            value = cast(T, table[key])
        else:
            with excused():  # built once per process: not the message's cost
                value = build()
        self._used[key] = value
        return value

    def save(self) -> None:
        """Write the table back when this process added to it."""
        folder = self._folder
        if folder is None or self._old is None or all(k in self._old for k in self._used):
            return
        if self._read_key is None or self._key() != self._read_key:
            return  # a source changed while this process ran: its values may be of the old sources
        _store(folder, self.name, self._key(), {**self._old, **self._used})


# Compiled regular expressions. Compiling the reader's patterns (a few hundred, some of them
# alternations of thousands of words in 35 languages) is most of the start-up: the standard
# library parses and compiles them in Python. The engine's code of each compiled pattern is a list
# of numbers; it is kept here, keyed by the pattern's text and flags (so an entry can never belong
# to another pattern) and by the engine's version, and a later process hands it to the engine
# directly. Any failure falls back to ``re.compile``.
# The key covers the reader's sources (its modules and language files), whose patterns these are.
_CODE = Memo("regex", lambda: fingerprint(understanding_sources(), "regex", getattr(_sre, "MAGIC", None),
                                          _sre.CODESIZE))


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the engine code kept in the start-up cache when there."""
    if cache_dir() is None:
        with excused():
            return re.compile(pattern, flags)
    entry = _CODE.get((pattern, int(flags)), lambda: _code(pattern, int(flags)))
    if entry is not None:
        try:
            return _from_code(pattern, entry)
        except Exception:  # noqa: BLE001 - another engine: compile as usual
            pass
    with excused():
        return re.compile(pattern, flags)


def _code(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What the engine needs of a compiled pattern (None where the private interface fails)."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for name, i in state.groupdict.items():
            indexgroup[i] = name
        entry = (flags | state.flags, array("I", code), state.groups - 1, dict(state.groupdict), tuple(indexgroup))
        _from_code(pattern, entry)
    except Exception:  # noqa: BLE001 - whatever the private interface does, re.compile decides
        return None
    return entry


def _from_code(pattern: str, entry: tuple[Any, ...]) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    return cast("re.Pattern[str]", _sre.compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup))
