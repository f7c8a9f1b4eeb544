"""The language files: every file fills every concept, entries read as documented."""

import re

import pytest

from mailbot.understand import lexicon as L
from mailbot.understand import slot_concepts as S

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


def test_markers_needed_must_be_a_count(tmp_path):
    path = tmp_path / "xx.toml"
    path.write_text((L.LANG_DIR / "de.toml").read_text(encoding="utf-8").replace(
        'code = "de"', 'code = "xx"\nmarkers = ["moin"]\nmarkers_needed = 0'), encoding="utf-8")
    with pytest.raises(L.LexiconError, match="xx.toml: markers_needed: must be a whole number"):
        L._load(path)


def test_the_markers_that_tell_a_language_come_from_its_file():
    """The words language detection uses to tell a language typed in Latin letters are the file's: each
    language with markers has them compiled, with the count its file asks for."""
    found = L.markers()
    assert {"el", "ru", "uk", "vi", "hr", "sr", "bs", "prs"} <= set(found)
    rx, need = found["el"]
    assert need == L.languages()["el"].markers_needed and rx.search("Kalimera sas")


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


SAMPLES = [
    "Hallo, ich melde mich mit meiner Frau für den 19.09. an, falls es geht. Viele Grüße",
    "Best regards, I can't make it on Tuesday; otherwise the 17th. Thank you!",
    "我和我老公想报名9月26日的，如果不行的话就10月17号。谢谢！",
    "Xin chao, toi muon dang ky voi vo toi ngay 26/9, neu khong duoc thi huy. Cam on",
    "मैं अपनी पत्नी के साथ आना चाहता हूँ, नहीं तो रद्द कर दीजिए। धन्यवाद",
    "Vorrei iscrivermi con mio marito, altrimenti annullate. Cordiali saluti",
]


@pytest.mark.parametrize("concept", sorted(c for c in L.PHRASE_CONCEPTS if not any(L.SLOT in e for e in L.words(c))))
def test_grouped_entries_read_like_the_flat_list(concept):
    # the prefix trees of `compiled` find the same words as one alternative per entry
    flat = re.compile("|".join(f"(?:{p})" for p in L.alternatives(concept)) or r"(?!x)x", re.I)
    fast = L.compiled(concept)
    for text in SAMPLES:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in flat.finditer(text)], text


@pytest.mark.parametrize("text", [
    "Ich wohne in Offenau und möchte am 26.09. nach Weinsberg kommen.",
    "I live in Neuenstadt, invoice 2109/23, please book Weinsberg.",
    "Brackenheim'de oturuyorum ama Weinsberg'e gelmek istiyorum.",
    "Tôi sống ở Weinsberg, muốn đăng ký buổi ở Offenau.",
    "Hallo, bitte den 19.09. in Offenau.",
    "Kültür derneği Brackenheim'den yazıyorum, Weinsberg'de yaşıyorum.",
    "أسكن في أوفيناو وأريد التسجيل في فاينسبرغ",
    "Ez li Weinsberg dijîm, ji bo Offenau.",
    "wohneinWeinsberg,Rechnung:2109/23",
    "Ich bin vom Helferkreis Asyl Offenau und komme aus Neuenstadt.",
])
@pytest.mark.parametrize("concept", ["home", "file_number"])
def test_mask_with_its_quick_test_blanks_what_each_entry_blanks(text, concept):
    slow = text
    for rx, _ in S.slots(concept):
        if "(?P<x>" in rx.pattern:
            slow = rx.sub(lambda m: m.group(0)[:m.start("x") - m.start()] + " " * len(m.group("x"))
                          + m.group(0)[m.end("x") - m.start():], slow)
    assert S.mask(text, concept) == slow

@pytest.mark.parametrize("text", [
    "Bitte statt Weinsberg doch Offenau.", "Weinsberg yerine Offenau istiyorum.", "nicht am 19., sondern am 26.",
    "Wir sind zu dritt, siamo in tre.", "Die Anmeldung bitte auf Ayşe Yıldız umschreiben.", "而不是9月19日",
    "Kaydı Emre Koç adına yapın.", "ИЗ ОФФЕНАУ вместо Вайнсберга",
])
@pytest.mark.parametrize("concept", ["instead_of", "we_count", "rename"])
def test_present_holds_every_entry_that_matches(text, concept):
    """Only entries that cannot match are left out (by their fixed words or first characters)."""
    matching = [rx for rx, _ in S.slots(concept) if rx.search(text)]
    kept = [rx for rx, _ in S.present(text, concept)]
    assert all(rx in kept for rx in matching)


def test_a_concept_matches_where_one_of_its_entries_does():
    """The entries of all languages are merged into tries for speed; that must not change where a concept matches."""
    for concept in set(L.PHRASE_CONCEPTS) - {"home", "file_number", "instead_of"}:  # slot concepts: see mask
        merged = L.compiled(concept)
        entries = {e.strip().lower() for e in L.words(concept)}
        patterns = [p for lang in L.languages().values() for p in lang.patterns[concept]]
        one_by_one = [re.compile(p, re.I) for p in patterns + [L.entry_regex(e) for e in entries]]
        for entry in entries:
            core = entry.strip("*")
            for text in (f"x {core} y", f"{core}abc", f"abc{core}", f"{core[:-1]} {core[-1]}"):
                expected = any(rx.search(text) for rx in one_by_one)
                assert bool(merged.search(text)) == expected, (concept, entry, text)


def test_merged_entries_do_not_match_more():
    merged = re.compile("|".join(L.trees(["kein", "keine zeit*", "*anmeld*", "bin dabei"])), re.I)
    assert [bool(merged.search(t)) for t in ("keiner", "keine zeiten", "Voranmeldung", "bin nicht dabei", "kein")] == [
        False, True, True, False, True]
