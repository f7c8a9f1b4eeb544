"""Does a word in any script sound like a configured town name?

People write the towns as they hear them, in their own script or in Latin letters: "براكنهايم",
"Нойенштадт", "Βάινσμπεργκ", "魏恩斯贝格", "वाइन्सबर्ग", "ኖይንሽታት", "Vainsberg". A word is
transliterated to Latin letters (anyascii, after a few script rules anyascii cannot know: Arabic
vowel letters, Greek "μπ" = b, Chinese syllables) and reduced to a sound key: consonants by the
place they are spoken (b p · f v w · k g · t d · s z sch · r l · m · n), "h" dropped, each run of
vowels one "a". A word fits a name when its key is the name's key, as the script writes it:

- scripts that write every vowel (Latin, Cyrillic, Greek): the same key, and the spelling as
  spoken within a quarter of the name's length ("Ivana" has the key of "Offenau", not its sound);
- scripts that may leave short vowels unwritten (Arabic, Persian, Urdu, Hebrew, Indic,
  Ethiopic): the name's key less some of its inner vowels, the same first and last sound (and a
  nasal before a consonant may go unwritten: "نویشتات" for Neuenstadt);
- Chinese: characters whose syllables give the name's consonants, with the vowels Chinese adds
  between them (a syllable-final "r" is not written: 魏恩斯贝格, Weinsberg).

Short keys need more: a name with fewer than two consonants is never matched this way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

LATIN, CYRILLIC, GREEK, ABJAD, INDIC, ETHIOPIC, HAN = "Latin", "Cyrillic", "Greek", "Arabic", "Indic", "Ethiopic", "Chinese"
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# the characters Chinese writes the syllables of foreign names with (the common ones of the Xinhua
# transliteration tables): a stretch of other characters ("一份意见") is words, never a name
NAME_CHARACTERS = frozenset(
    "阿埃艾爱安昂奥巴拜班邦鲍保堡贝本比宾波伯博布策查茨达戴丹道德登迪蒂丁杜多厄恩尔法凡范菲费芬丰冯弗福富"
    "盖冈戈格根贡古哈海汉豪赫黑亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯孔库拉莱赖兰朗劳勒雷里利莉林琳隆卢鲁"
    "路伦罗洛吕马迈曼毛梅门蒙米明姆莫默穆纳奈瑙内尼宁纽努诺欧帕潘佩彭皮普齐奇钦乔切屈萨赛桑瑟森沙尚绍舍申施"
    "什史舒斯松苏索塔泰坦汤陶特滕廷通图托瓦万威韦维魏温文翁沃乌伍西希锡席夏谢辛许雅亚扬耶伊因英尤于约扎泽"
    "曾詹兹佐")
# a word of any script: letters and the vowel signs and marks that are no letters to the regex engine
WORD = re.compile(r"[\w\u0900-\u0dff\u064b-\u065f\u0670\u1200-\u139f]+")  # (with digits: skipped by the reader)


def script(word: str) -> str:
    """The script of a word, by its first letter."""
    c = ord(word[0])
    if 0x0590 <= c <= 0x08FF or 0xFB1D <= c <= 0xFEFF:
        return ABJAD
    if 0x0400 <= c <= 0x052F:
        return CYRILLIC
    if 0x0370 <= c <= 0x03FF or 0x1F00 <= c <= 0x1FFF:
        return GREEK
    if 0x0900 <= c <= 0x0DFF:
        return INDIC
    if 0x1200 <= c <= 0x139F:
        return ETHIOPIC
    if HAN_RUN.match(word[0]):
        return HAN
    return LATIN


# Arabic script: the letters for long vowels, hamza carriers and letters anyascii writes otherwise than
# a German name is heard ("ج" is the g of "إبينجن", "چ" the tsch)
_ARABIC = str.maketrans({
    "ا": "a", "آ": "a", "أ": "a", "إ": "a", "ٱ": "a", "ى": "a", "ة": "a", "ؤ": "u", "ئ": "i", "ء": "", "ع": "",
    "ج": "g", "غ": "g", "ق": "k", "ک": "k", "ك": "k", "گ": "g", "چ": "tsh", "ش": "sh", "ژ": "sh", "خ": "h",
    "ح": "h", "ه": "h", "ہ": "h", "ھ": "h", "ۀ": "h", "ث": "s", "ذ": "z", "ض": "d", "ظ": "z", "ط": "t",
    "ص": "s", "ٹ": "t", "ڈ": "d", "ڑ": "r", "ں": "n", "ڤ": "v", "پ": "p"})
_ARABIC_VOWEL_OR_GLIDE = {"و": ("w", "u"), "ۋ": ("w", "u"), "ي": ("y", "i"), "ی": ("y", "i"), "ې": ("y", "e"),
                          "ۍ": ("y", "i"), "ے": ("y", "e")}
_GREEK = (("μπ", "b"), ("ντ", "d"), ("γκ", "g"), ("γγ", "ng"), ("ου", "u"), ("αυ", "av"), ("ευ", "ev"), ("χ", "h"),
          ("θ", "t"))
_CYRILLIC = str.maketrans({"ч": "tsh", "х": "h", "щ": "sht", "ь": "", "ъ": ""})  # щ: the Bulgarian "sht"
_TAMIL = (("ஃப", "f"), ("ஃஜ", "z"))


@lru_cache(maxsize=4096)
def _han_syllable(ch: str) -> str:
    """A Chinese character's syllable (pinyin, by anyascii), its initial as heard: zh, ch, sh, j, q, x,
    c, z → s; "wu" is the vowel u, another w the w of a name."""
    syl = anyascii(ch).lower()
    if syl.startswith(("zh", "ch", "sh")):
        return "s" + syl[2:]
    if syl[:1] in ("j", "q", "x", "c", "z"):
        return "s" + syl[1:]
    return syl[1:] if syl.startswith("wu") else syl


@lru_cache(maxsize=4096)
def romanize(word: str) -> str:
    """The word in lower-case Latin letters, as a German name written in that script is heard."""
    kind = script(word)
    text = unicodedata.normalize("NFC", word.lower())
    if kind == ABJAD:
        text = "".join(_ARABIC_VOWEL_OR_GLIDE[c][0 if i == 0 else 1] if c in _ARABIC_VOWEL_OR_GLIDE else c
                       for i, c in enumerate(text)).translate(_ARABIC)
    elif kind == GREEK:
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        for a, b in _GREEK:
            text = text.replace(a, b)
    elif kind == CYRILLIC:
        text = text.translate(_CYRILLIC)
    elif kind == INDIC:
        for a, b in _TAMIL:
            text = text.replace(a, b)
    elif kind == HAN:
        return "".join(_han_syllable(c) for c in text)
    return re.sub(r"[^a-z]", "", anyascii(text).lower())


_DIGRAPHS = re.compile(r"tsch|sch|tsh|sh|zh|ch|ck|ph|th|dh|kh|gh|qu|x|tz|ts|dt|[aeiouy][wv]$")
_DIGRAPH = {"tsch": "s", "sch": "s", "tsh": "s", "sh": "s", "zh": "s", "ch": "h", "ck": "k", "ph": "f", "th": "t",
            "dh": "t", "kh": "h", "gh": "g", "qu": "kv", "x": "ks", "tz": "s", "ts": "s", "dt": "t"}
_CLASS = str.maketrans("aeiouyjbpfvwkgcqtdszrlmnh", "aaaaaaabbfffkkkkttssrrmn" + " ")


def _plain(roman: str) -> str:
    return _DIGRAPHS.sub(lambda m: _DIGRAPH.get(m.group(), m.group()[0] + "u"), roman)


@lru_cache(maxsize=4096)
def key(roman: str) -> str:
    """The sound key of a romanized word: consonant classes and "a" for each run of vowels."""
    classes = _plain(roman).translate(_CLASS).replace(" ", "")
    return re.sub(r"(.)\1+", r"\1", classes)


# how a German name is spoken, for comparing spellings: "Neuenstadt" sounds "noienstat"
_SPOKEN = {"äu": "oi", "eu": "oi", "ei": "ai", "ie": "i", "ä": "e", "ö": "e", "ü": "i"}
_SPOKEN_RE = re.compile("|".join(_SPOKEN))
_SPELLING = str.maketrans("wyjzcq", "viiskk")


def _spelling(roman: str) -> str:
    """A spelling for comparing words of scripts that write vowels: the digraphs read, "h" dropped,
    letters that sound alike made one, doubled letters single, a final d read as t."""
    plain = _plain(roman).translate(_SPELLING).replace("h", "")
    return re.sub(r"d$", "t", re.sub(r"(.)\1+", r"\1", plain))


@lru_cache(maxsize=64)
def spoken(name: str) -> tuple[str, ...]:
    """A configured name (a word, lower case, with its umlauts) as spellings: as written, and as spoken."""
    said = _SPOKEN_RE.sub(lambda m: _SPOKEN[m.group()], name)
    return tuple(dict.fromkeys(_spelling(re.sub(r"[^a-z]", "", anyascii(n).lower())) for n in (name, said)))


@lru_cache(maxsize=64)
def name_key(name: str) -> str:
    return key(re.sub(r"[^a-z]", "", anyascii(name).lower()))


def _consonants(k: str) -> str:
    return k.replace("a", "")


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _nasal_dropped(k: str) -> tuple[str, ...]:
    """The key with one nasal before a consonant left out ("noi(e)n-stat" heard as "noistat")."""
    return tuple(k[:i] + k[i + 1:] for i in range(1, len(k) - 1) if k[i] in "mn" and k[i + 1] not in "a")


def _coda_r_dropped(k: str) -> str:
    """The key without an "r" that no vowel follows (Chinese writes none: "Weinsberg" 魏恩斯贝格)."""
    return re.sub(r"r(?!a)", "", k)


def fits(roman: str, kind: str, name: str) -> bool:
    """Does a word of script ``kind`` (any but Chinese), romanized, sound like the configured ``name``
    (one word)?"""
    target = name_key(name)
    if len(_consonants(target)) < 2:
        return False
    k = key(roman)
    if kind in (LATIN, CYRILLIC, GREEK):
        if k != target:
            return False
        limit = max(1, len(spoken(name)[0]) // 4)
        return min(Levenshtein.distance(_spelling(roman), s) for s in spoken(name)) <= limit
    if not k or k[0] != target[0] or k[-1] != target[-1]:
        return False
    if _consonants(k) == _consonants(target):
        return _is_subsequence(k, target)
    return len(_consonants(k)) >= 4 and any(_consonants(k) == _consonants(t) and _is_subsequence(k, t)
                                            for t in _nasal_dropped(target))


def han_fits(syllables: str, name: str) -> bool:
    """Do Chinese syllables (``romanize`` of a run of characters) sound like ``name``?"""
    target = name_key(name)
    if len(_consonants(target)) < 2:
        return False
    k = key(syllables)
    if not k or k[0] != target[0]:
        return False
    return any(_consonants(k) == _consonants(t) and _is_subsequence(t, k) for t in {target, _coda_r_dropped(target)})


def han_names(run: str, names: tuple[str, ...]) -> list[tuple[str, str]]:
    """(characters, name) for each stretch of a run of Chinese characters that sounds like a name."""
    found: list[tuple[str, str]] = []
    syllables = [_han_syllable(c) for c in run]
    i = 0
    while i < len(run):
        end = i
        while end < len(run) and end - i < 8 and run[end] in NAME_CHARACTERS:
            end += 1
        for j in range(i + 2, end + 1):
            hit = next((n for n in names if han_fits("".join(syllables[i:j]), n)), None)
            if hit:
                found.append((run[i:j], hit))
                i = j - 1
                break
        i += 1
    return found
