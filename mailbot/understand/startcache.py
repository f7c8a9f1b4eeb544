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

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar, cast

import platformdirs

log = logging.getLogger("mailbot.understand")
T = TypeVar("T")
VERSION = 1  # bump when the pickled structures change shape


def cache_dir() -> Path | None:
    """Where entries live; None when caching is switched off (``MAILBOT_CACHE_DIR=off``)."""
    configured = os.environ.get("MAILBOT_CACHE_DIR", "")
    if configured.lower() in ("off", "none", "0"):
        return None
    return Path(configured) if configured else Path(platformdirs.user_cache_dir("mailbot"))


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
    path = folder / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as f:
            return cast(T, pickle.load(f))  # noqa: S301 - written by this module into the user's own directory
    except FileNotFoundError:
        pass
    except Exception as exc:  # noqa: BLE001 - a damaged entry is rebuilt
        log.warning("start-up cache %s unreadable, rebuilt: %s", path, exc)
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in folder.glob(f"{name}-*.pickle"):  # entries of earlier versions of the sources
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        log.info("start-up cache not written (%s): %s", folder, exc)
    return value
