"""The language files: every file fills every concept, entries read as documented."""

import re

import pytest

from mailbot.understand import lexicon as L

CORE = ("register", "cancel", "negation", "closings", "greetings")


def test_every_language_file_loads_and_has_every_concept():
    langs = L.languages()
    assert len(langs) >= 20
    for code, lang in langs.items():
        assert set(lang.phrases) == set(L.PHRASE_CONCEPTS), code
        assert set(lang.tables) == set(L.TABLE_CONCEPTS), code


@pytest.mark.parametrize("code", sorted(L.languages()))
def test_core_concepts_are_not_empty(code):
    lang = L.languages()[code]
    # a language known only by its short negation words (nl, cs, sk, bs, sr, bg) has no other words yet
    if not lang.phrases["register"] and not lang.patterns["register"]:
        pytest.skip(f"{code}: negation words only")
    for concept in CORE:
        assert lang.phrases[concept] or lang.patterns[concept] or lang.local[concept], f"{code}: {concept} is empty"


def test_a_file_that_lacks_a_concept_is_refused(tmp_path):
    text = (L.LANG_DIR / "de.toml").read_text(encoding="utf-8")
    broken = re.sub(r"(?m)^cancel = \[.*\]\n", "", text)
    path = tmp_path / "de.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(L.LexiconError, match="de.toml: cancel: missing"):
        L._load(path)


def test_an_unknown_key_is_named(tmp_path):
    path = tmp_path / "xx.toml"
    path.write_text((L.LANG_DIR / "de.toml").read_text(encoding="utf-8").replace('code = "de"', 'code = "xx"\nregistre = []'),
                    encoding="utf-8")
    with pytest.raises(L.LexiconError, match="registre: unknown key"):
        L._load(path)


@pytest.mark.parametrize("entry, hits, misses", [
    ("komme", ["ich komme gern"], ["wir kommen", "willkommen"]),
    ("anmeld*", ["Anmeldung bitte"], ["Voranmeldung"]),
    ("*anmeld*", ["Voranmeldung"], ["an meldung"]),
    ("bin dabei", ["ich bin\n dabei"], ["bin nicht dabei"]),
    ("n'*", ["n'importe"], ["ne"]),
])
def test_entries_match_as_documented(entry, hits, misses):
    rx = re.compile(L.entry_regex(entry), re.I)
    for text in hits:
        assert rx.search(text), (entry, text)
    for text in misses:
        assert not rx.search(text), (entry, text)
