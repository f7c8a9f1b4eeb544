"""The start-up cache: built once, reused while the sources are unchanged, never in the way."""

import os
import re

import pytest

from mailbot.understand import startcache
from mailbot.understand.startcache import cached, fingerprint


def build_counter():
    calls = []

    def build():
        calls.append(1)
        return {"built": len(calls)}
    return build, calls


def test_an_entry_is_built_once_and_reused_while_its_sources_are_unchanged(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.toml"
    source.write_text("a = 1\n")
    build, calls = build_counter()
    assert cached("words", fingerprint([source]), build) == {"built": 1}
    assert cached("words", fingerprint([source]), build) == {"built": 1}
    assert len(calls) == 1
    source.write_text("a = 22\n")  # another size: another key
    assert cached("words", fingerprint([source]), build) == {"built": 2}


def test_checkouts_sharing_the_cache_keep_their_entries_and_the_oldest_go(tmp_path, monkeypatch):
    """Two versions of the sources used in turn (two checkouts, one cache directory) each build once;
    beyond ``KEPT_VERSIONS`` versions the entries written longest ago are removed."""
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path))
    build, calls = build_counter()
    for _ in range(3):
        cached("words", fingerprint([], "checkout a"), build)
        cached("words", fingerprint([], "checkout b"), build)
    assert len(calls) == 2
    for i in range(startcache.KEPT_VERSIONS + 3):
        cached("words", fingerprint([], f"release {i}"), build)
        os.utime(startcache.cache_dir() / f"words-{fingerprint([], f'release {i}')}.pickle", (1e9 + i, 1e9 + i))
    kept = {p.name for p in startcache.cache_dir().glob("words-*.pickle")}
    assert len(kept) == startcache.KEPT_VERSIONS
    assert f"words-{fingerprint([], 'release 0')}.pickle" not in kept
    assert f"words-{fingerprint([], f'release {startcache.KEPT_VERSIONS + 2}')}.pickle" in kept


def test_checkouts_sharing_a_cache_directory_never_remove_each_others_entries(tmp_path, monkeypatch):
    """Two worktrees on one machine: each keeps its entries in its own folder, whatever the other writes;
    the folder of a checkout unused for weeks (a deleted worktree) goes."""
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path))
    build, calls = build_counter()
    monkeypatch.setattr(startcache, "_CHECKOUT", "checkout-a")
    cached("words", fingerprint([], "a"), build)
    monkeypatch.setattr(startcache, "_CHECKOUT", "checkout-gone")
    cached("words", fingerprint([], "gone"), build)
    for entry in (tmp_path / "checkout-gone").iterdir():
        os.utime(entry, (1e9, 1e9))  # written in 2001
    monkeypatch.setattr(startcache, "_CHECKOUT", "checkout-b")
    for i in range(startcache.KEPT_VERSIONS + 3):  # the other checkout's sources change again and again
        cached("words", fingerprint([], f"b {i}"), build)
    monkeypatch.setattr(startcache, "_CHECKOUT", "checkout-a")
    assert cached("words", fingerprint([], "a"), build) == {"built": 1}  # not built again
    assert not (tmp_path / "checkout-gone").exists()


def test_a_key_part_such_as_a_library_version_makes_a_new_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path))
    build, calls = build_counter()
    cached("model", fingerprint([], "1.0"), build)
    cached("model", fingerprint([], "1.1"), build)
    assert len(calls) == 2


def test_a_damaged_entry_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path))
    build, calls = build_counter()
    key = fingerprint([])
    cached("model", key, build)
    (startcache.cache_dir() / f"model-{key}.pickle").write_bytes(b"not a pickle")
    assert cached("model", key, build) == {"built": 2}
    assert cached("model", key, build) == {"built": 2}  # … and written again


def test_an_unwritable_cache_directory_only_means_building_every_time(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the directory should be")
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(blocked / "cache"))
    build, calls = build_counter()
    assert cached("model", fingerprint([]), build) == {"built": 1}
    assert cached("model", fingerprint([]), build) == {"built": 2}


def test_the_cache_can_be_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_CACHE_DIR", "off")
    assert startcache.cache_dir() is None
    build, calls = build_counter()
    cached("model", fingerprint([]), build)
    cached("model", fingerprint([]), build)
    assert len(calls) == 2
    assert not os.listdir(tmp_path)


def test_a_memo_keeps_what_one_process_built_for_the_next(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path))
    first = startcache.Memo("built", lambda: fingerprint([], "v1"))
    build, calls = build_counter()
    assert first.get("a", build) == {"built": 1}
    assert first.get("a", build) == {"built": 1} and len(calls) == 1
    first.save()  # what happens when the process ends
    later = startcache.Memo("built", lambda: fingerprint([], "v1"))  # the next process
    assert later.get("a", build) == {"built": 1}
    assert len(calls) == 1
    other_sources = startcache.Memo("built", lambda: fingerprint([], "v2"))
    assert other_sources.get("a", build) == {"built": 2}


def test_a_process_that_used_few_entries_keeps_what_others_built(tmp_path, monkeypatch):
    # a start that read one German message must not drop what a start reading many languages built:
    # the next full start would build all of it again (tens of seconds of pattern compiling)
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path))
    build, calls = build_counter()
    many = startcache.Memo("built", lambda: fingerprint([], "v1"))
    for key in range(30):
        many.get(key, build)
    many.save()
    few = startcache.Memo("built", lambda: fingerprint([], "v1"))
    few.get(0, build)
    few.get("new", build)
    few.save()
    later = startcache.Memo("built", lambda: fingerprint([], "v1"))
    for key in [*range(30), "new"]:
        later.get(key, build)
    assert len(calls) == 31  # each built once, ever


def test_a_cached_pattern_matches_exactly_what_re_compile_matches(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(startcache, "_CODE", startcache.Memo("regex", lambda: "k"))
    pattern = r"(?<![\w])(?P<day>\d{1,2})\.\s*(ÉTÉ|straße|σεπτ\w*)|(?P<x>[^\s,]+)\s+yerine"
    text = "am 3. Straße, 12.ÉtÉ, 4. ΣΕΠΤΕΜΒΡΊΟΥ und Ayşe yerine"
    plain = re.compile(pattern, re.I)
    startcache._CODE.get(("warm", 0), lambda: None)
    startcache.regex(pattern, re.I)
    startcache._CODE.save()
    monkeypatch.setattr(startcache, "_CODE", startcache.Memo("regex", lambda: "k"))  # a new process …
    monkeypatch.setattr(startcache, "_code", lambda *a: pytest.fail("compiled again"))  # … that compiles nothing
    cached_rx = startcache.regex(pattern, re.I)
    assert [m.groupdict() for m in cached_rx.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
    assert [m.span() for m in cached_rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert cached_rx.flags == plain.flags and cached_rx.groupindex == plain.groupindex


def test_a_damaged_pattern_cache_only_means_compiling_again(tmp_path, monkeypatch):
    monkeypatch.setenv("MAILBOT_CACHE_DIR", str(tmp_path))
    startcache.cache_dir().mkdir(parents=True)
    (startcache.cache_dir() / "regex-k.pickle").write_bytes(b"not a pickle")
    monkeypatch.setattr(startcache, "_CODE", startcache.Memo("regex", lambda: "k"))
    assert startcache.regex(r"wo(?:hne|rk)", re.I).search("Ich WOHNE hier").group(0) == "WOHNE"
