"""lexicon.alternation: a prefix tree that finds exactly what the flat alternation of the same
words, longest first, finds (spans and groups), case-insensitively, in any script."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot.understand import lexicon as L

WORDS = ["montag", "mont", "monat", "Dienstag", "dienst", "σεπτεμβρίου", "σεπτέμβριος", "Σάββατο",
         "ıslak", "istanbul", "İzmir", "pazartesi", "понедельник", "понеділок", "next week", "next",
         "الثلاثاء", "星期二", "ſankt", "straße", "STRASSE", "kelvin", "a.b", "x+y"]


def flat(words: list[str], space: str) -> re.Pattern:
    alts = "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alts})(\w{{0,2}})", re.I)


def tree(words: list[str], space: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)({L.alternation(words, space=space)})(\w{{0,2}})", re.I)


def found(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


letters = st.sampled_from(sorted(set("".join(WORDS)) | set(" .,ΣσςİIıKkſSs\u212a")))
text = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from([w.upper() for w in WORDS]),
                          st.text(letters, max_size=6)), max_size=8).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), text, st.sampled_from([r"\s+", r"\ "]))
def test_the_tree_finds_what_the_flat_alternation_finds(words, text, space):
    assert found(tree(words, space), text) == found(flat(words, space), text)


def test_letters_alike_without_case_share_one_branch_so_the_longest_word_wins():
    # "σ" and "ς" are one letter to re.IGNORECASE: the longer word must win whichever was added first
    rx = tree(["ας", "ασβ"], r"\s+")
    assert rx.search("ΑΣΒ").group(1) == "ΑΣΒ"


def test_no_words_match_nothing():
    assert re.search(L.alternation([]), "anything") is None


# lexicon.guarded: a look-ahead for the first characters, which must change no match

SAMPLES = ["(?<!\\w)(?:mit|und|sowie)\\s+(?:meine[mnrs]?|meiner)\\s+(frau|mann)\\b", r"\bfoo|\d+bar", r"(ab)*c",
           r"a?[xyz]+", r"(?<!\w)(can't|cannot) (come|make it)", r"[A-ZÄÖÜ]\w+ und", r"(?:Σ|σ)ας"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SAMPLES), st.lists(st.sampled_from(list("abcxyzfo0123 ΣσςAÄäMmUu'-\n")
                                          + ["mit meiner frau", "cannot come", "und ", "Foo"]), max_size=20).map("".join))
def test_the_guard_changes_no_match(pattern, text):
    plain, guarded = re.compile(pattern, re.I), re.compile(L.guarded(pattern), re.I)
    assert found(guarded, text) == found(plain, text)


def test_patterns_whose_first_character_is_unknown_stay_as_they_are():
    for pattern in (r"x*", r"[^a]b", r"(?i:ab)", r".b", r"(?x) a b"):
        assert L.guarded(pattern) == pattern


def test_word_alternatives_behind_a_word_start_get_a_look_ahead_for_their_first_letters():
    words = [f"q{i}x" for i in range(300)] + ["zebra"]
    pattern = r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)"
    assert L.guarded(pattern).startswith("(?=[qz])")
    assert re.search(L.guarded(pattern), "lorem Q17X ipsum", re.I).group() == "Q17X"
