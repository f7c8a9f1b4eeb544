"""guard.dispatched: an alternation arranged by first letters matches exactly what the plain one matches;
guard.required_words: a pattern never matches a text that holds none of its required words;
guard.beginnings: every match begins with one of them (folded as the engine compares letters);
guard.AnyMatch: the plain alternation's yes/no answer, also with parts that may begin with any word, with
and without the multi-word search."""

from __future__ import annotations

import random
import re

import pytest

from mailbot.understand import lexicon as L
from mailbot.understand import guard
from mailbot.understand.guard import (AnyMatch, _folded, _spelled, beginnings, dispatched, first_lowered, lowered,
                                       required_words)

# parts whose first letters overlap only case-insensitively ("ı", "İ", "i"; "ſ", "s"; Kelvin sign and "k"),
# begin with a category or a word start, or can begin with several letters
PARTS = ["abc", r"\w+x", "bcd", "ıx", "iy", "İz", "[ce]f", "d", "ſa", "sb", "\u212ab", "kc", r"(?<!\w)ab",
         r"\s+q", r"\d\d", "(?:ba|ab)c", "a"]
ALPHABET = "abcdefkqsxyzIıİiſS\u212aK 1 2"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_same_matches_as_the_plain_alternation() -> None:
    rng = random.Random(7)
    for size in (4, 6, len(PARTS)):
        for _ in range(20):
            parts = rng.sample(PARTS, size)
            plain = re.compile("|".join(f"(?:{p})" for p in parts), re.I)
            fast = re.compile(dispatched(parts), re.I)
            for _ in range(200):
                text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 16)))
                assert _spans(fast, text) == _spans(plain, text), (parts, text)


# parts that may begin with any word ("\\w+\\s+varsa"), with and without a literal word every match holds
LOOSE = [r"\w+\s+ka", r"(?<!\w)\w+\s+(?:ka|kb)(?!\w)", r"\w*ıq", r"\w+1"]


@pytest.mark.parametrize("multi_word", [True, False])
def test_any_match_answers_as_the_plain_search(multi_word: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not multi_word:
        monkeypatch.setattr(guard, "_multi_word", None)
    elif guard._multi_word is None:
        pytest.skip("ahocorasick_rs is not installed")
    rng = random.Random(11)
    for size in (3, 6, 10):
        for _ in range(30):
            parts = rng.sample(PARTS + LOOSE, size)
            plain = re.compile("|".join(f"(?:{p})" for p in parts), re.I)
            fast = AnyMatch(parts)
            for _ in range(200):
                text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 16)))
                assert fast(text) == bool(plain.search(text)), (parts, text)


@pytest.mark.parametrize("concept", ["cancel", "register", "negation", "companions", "courtesy", "spam"])
def test_concepts_read_alike(concept: str) -> None:
    """The language files' own words, run together: the arranged pattern finds what the plain one finds."""
    parts = L.grouped(concept, sliced=True)
    plain = re.compile("|".join(f"(?:{p})" for p in parts), re.I)
    fast = L.compiled(concept)
    words = [w.replace("*", "x").replace("{x}", "Anna") for w in L.words(concept)]
    rng = random.Random(3)
    for _ in range(100):
        text = " ".join(rng.sample(words, min(len(words), 6))) + " " + "".join(rng.sample(words, min(len(words), 3)))
        for variant in (text, text.upper(), text.title()):
            assert _spans(fast, variant) == _spans(plain, variant), variant


def test_spelled_categories_are_re_s_own() -> None:
    everything = "".join(map(chr, range(0x110000)))
    for category in (r"\s", r"\d"):
        assert _spelled(category) == frozenset(re.findall(category, everything))



def test_a_part_beginning_with_a_digit_matches_digits_of_every_script() -> None:
    parts = [r"\d+ ?% off", "free trial", "click here", "quota", r"\s+und\s+mein"]
    rx = re.compile(dispatched(parts), re.I)
    plain = re.compile("|".join(f"(?:{p})" for p in parts), re.I)
    text = "Nur heute 𝟓𝟎 % OFF, ٥٠% off, 50 % Off; Anna  und meine Tochter; Click Here"
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert "𝟓𝟎 % OFF" in [m.group(0) for m in rx.finditer(text)]
    assert r"\d" in rx.pattern.split("(?:")[0]  # the category, not its hundreds of characters


# patterns that may start at any word and hold their fixed words later, or only in some branches
REQUIRING = [r"(?<!\w)(?P<x>[^\s,;]+)(?:\s+\w+){0,3}\s+(?:kulübü|kulubu|vakfı)(?!\w)",
             r"(?:verein|\wgemeinde|schule)(?:\s+asyl)?\s+(?P<x>\S+)", r"(?:pas|plus)\s+(?P<old>le\s+\S+)",
             r"ab+c\s+d", r"(?:x|yz)+q", r"(?:ſa|ka)\s+\w+", r"\bİst\w*"]


def test_required_words_are_in_every_match() -> None:
    rng = random.Random(11)
    alphabet = ["kulübü", "KULUBU", "vakfı", "VAKFI", "Verein", "Landgemeinde", "SCHULE", "asyl", "pas", "plus", "le",
                "abbc", "d", "xq", "yzq", "ſa", "SA", "\u212aa", "İst", "ist", "Otto", ",", " ", " ", "  "]
    for pattern in REQUIRING:
        words = required_words(pattern)
        assert words, pattern
        full = re.compile(pattern, re.I)
        anchor = re.compile("|".join(map(re.escape, words)), re.I)
        for _ in range(3000):
            text = " ".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
            if full.search(text):
                assert anchor.search(text), (pattern, text)


def test_required_words_run_into_what_follows() -> None:
    """Literal letters, small alternatives and zero-width assertions run together into the next item's beginnings."""
    assert required_words(r"(?<!\w)s(?:ie\s+kommen|ind)\b") == ("sie", "sind")
    assert required_words(r"(?<!\w)(?:an)?melde\w*") == ("anmelde", "melde")
    assert required_words(r"[’']s\s+\w+") == ("'s", "’s")


def test_a_match_begins_with_one_of_its_beginnings() -> None:
    rng = random.Random(13)
    patterns = REQUIRING + PARTS + [r"(?<!\w)(?:an)?melde\w*", r"(?:ba|ab)+c", r"s(?:ie\s+\w+|ind)", r"[ſs]ei?n\b"]
    told = 0
    for pattern in patterns:
        found = beginnings(pattern)
        if found is None:
            continue
        told += 1
        folded = tuple(_folded(w) for w in found)
        rx = re.compile(pattern, re.I)
        for _ in range(500):
            text = "".join(rng.choice(ALPHABET + "nmleinSEINAN") for _ in range(rng.randint(1, 10)))
            for m in rx.finditer(text):
                assert _folded(text[m.start():]).startswith(folded), (pattern, text)
    assert told >= 8
    assert beginnings(r"\w+x") is None
    assert beginnings("a?bc") == ("abc", "bc")
    assert beginnings("a?b") is None  # a match can begin with "b" alone: too short to look for
    assert beginnings("(?-i:Abc)") is None


def test_letters_a_search_matches_alike_fold_alike() -> None:
    letters = "aAıIiİſsSkK\u212aσςΣßẞµμΜǅǄǆθϑΘéÉ"
    for a in letters:
        for b in letters:
            if re.fullmatch(re.escape(a), b, re.I):
                assert _folded(a) == _folded(b), (a, b)
    assert _folded("Anmelden İst") == _folded("anmelden ist") == "anmelden ist"


def test_no_required_words_where_a_match_can_do_without() -> None:
    assert required_words(r"(?:abc|\d+)x?") is None
    assert required_words(r"a*b?") is None
    assert required_words(r"(?-i:Abc)") is None  # its letters read case-sensitively: not the same words


def test_a_match_begins_with_a_character_first_lowered_names() -> None:
    """Case-insensitively, with the engine's own extra cases: "İ", "ı" and "i"; the Kelvin sign and "k"."""
    rng = random.Random(5)
    for part in [p for p in PARTS if first_lowered(p) is not None] + ["(?<!\\w)(?:ka|ia)", "[ſß]x", "İz|ıy"]:
        first = first_lowered(part)
        assert first is not None
        rx = re.compile(part, re.I)
        for _ in range(500):
            text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 6)))
            if rx.search(text):
                assert not first.isdisjoint(lowered(text)), (part, text)


def test_first_characters_untold() -> None:
    assert first_lowered(r"\w+x") is None
    assert first_lowered(r"[a-z]x") is None
    assert first_lowered("a?") is None


@pytest.mark.parametrize("concept", ["cancel", "register", "change", "negation", "companions", "spam"])
def test_any_match_of_a_concept_answers_as_the_plain_search(concept: str) -> None:
    """AnyMatch searches each bucket of parts behind a plain set of its first letters in every case: the
    yes/no answer stays the plain alternation's, for the language files' own words in any case, and for
    sentences that hold none of them or one only inside a longer word."""
    parts = L.grouped(concept, sliced=True)
    plain = re.compile("|".join(f"(?:{p})" for p in parts), re.I)
    fast = AnyMatch(parts)
    words = [w.replace("*", "x").replace("{x}", "Anna") for w in L.words(concept)]
    rng = random.Random(5)
    texts = ["Das Wetter in Heilbronn war gestern ziemlich grau.", "The parking lot behind the hall is small.",
             "Η αίθουσα έχει πολλά παράθυρα.", "Зал находится на втором этаже.", "Salonun kapısı kırmızı.",
             "ΚΑΛΗΜΈΡΑ ΣΑΣ", "İSTANBUL ıspanak", "ſtraße Kelvin \u212a"]
    for _ in range(60):
        sample = rng.sample(words, min(len(words), 2))
        texts.append("Vorher " + " ".join(sample) + " nachher")
        texts.append("x" + "".join(sample))  # inside a word
    for text in texts:
        for variant in (text, text.upper(), text.title(), text.lower()):
            assert fast(variant) == bool(plain.search(variant)), variant


# parts that begin where a word begins or right after a Chinese character ("明天" in "我明天来"), as the date
# patterns write it: a look-behind that rules out every letter but the Han ones
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
AFTER_HAN = [rf"(?<![^\W{HAN}])(?:明天|tomorrow|morgen)", rf"(?<![^\W{HAN}])(?:ka|ıx)(?![^\W{HAN}])", r"(?<!\w)kb",
             rf"(?<!guten )(?<![^\W{HAN}])(?:tag|today)", "abc", r"\w+q"]


def test_any_match_of_parts_after_a_chinese_character_answers_as_the_plain_search() -> None:
    rng = random.Random(13)
    alphabet = ["明天", "我", "来", "tomorrow", "MORGEN", "ka", "KA", "ıx", "IX", "kb", "guten ", "tag", "Today", "abc",
                "q", "x", " ", " ", ",", "1"]
    for size in (2, 4, len(AFTER_HAN)):
        for _ in range(20):
            parts = rng.sample(AFTER_HAN, size)
            plain = re.compile("|".join(f"(?:{p})" for p in parts), re.I)
            fast = AnyMatch(parts)
            for _ in range(300):
                text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
                assert fast(text) == bool(plain.search(text)), (parts, text)


# many parts that begin with the same letter ("m"), split by the second one: second letters that match only
# case-insensitively ("ı", "İ", "i"; "ſ", "s"; Kelvin sign and "k"), second letters behind a branch or an
# optional piece, a part one letter long and parts whose second character cannot be told
SAME_FIRST = ["mab", "mıx", "miy", "mİz", "mſa", "msb", "m\u212ab", "mkc", r"(?<!\w)mab", r"m\s+q", r"m\d",
              "(?:ma|mo)c", "m(?:|a)b", "m", r"m\w+x", "mb?k", "(?:m)(?:e|ſ)k", "[mn]a", "m(?=k)k"]


def test_any_match_of_parts_that_begin_alike_answers_as_the_plain_search() -> None:
    rng = random.Random(17)
    alphabet = "mMabcdkqsxyzIıİiſS\u212aK 1"
    for size in (6, 10, len(SAME_FIRST)):
        for _ in range(30):
            parts = rng.sample(SAME_FIRST, size)
            plain = re.compile("|".join(f"(?:{p})" for p in parts), re.I)
            fast = AnyMatch(parts)
            for _ in range(300):
                text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
                assert fast(text) == bool(plain.search(text)), (parts, text)
