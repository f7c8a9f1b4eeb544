"""Which language the sender's new text is in (ISO 639-1), for choosing the reply template.

Scripts decide first where they can (Arabic script: Sorani or Pashto letters mean Sorani or Pashto,
Persian letters Persian, with Dari words Dari; Ethiopic script: Tigrinya or Amharic by their
characteristic words; Cyrillic: Ukrainian letters mean Ukrainian; Latin letters with digits inside
words and Arabic function words: Arabizi, read as Arabic); otherwise py3langid, limited to the languages people in
the district write in, so that a two-line German mail is not called Luxembourgish.

The words that tell a language (Dari's among Persian, Greek typed in Latin letters, Vietnamese without
diacritics, …) are the ``markers`` of its language file (``lang/<code>.toml``, see ``lexicon``); the letters
of each script stay here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import lexicon as L
from .startcache import cached, fingerprint

CANDIDATES = ["de", "en", "tr", "ar", "fa", "ru", "uk", "pl", "ro", "it", "fr", "es", "pt", "hr", "bs",
              "sr", "sq", "el", "nl", "hu", "cs", "sk", "bg", "ku", "ps", "ur", "vi", "ka", "hy", "lt",
              "lv", "sl", "mk", "sv", "da", "no", "fi", "he", "am", "ti", "so", "zh", "hi", "ta", "ckb", "prs"]

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_PERSIAN_ONLY = re.compile(r"[پچژگکی]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_GREEK = re.compile(r"[\u0370-\u03FF]")
# scripts of one language each among the county's residents
_SCRIPT_LANGUAGE = ((re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]"), "zh"),
                    (re.compile(r"[\u0900-\u097F]"), "hi"),
                    (re.compile(r"[\u0B80-\u0BFF]"), "ta"))
_URDU_ONLY = re.compile(r"[ٹڈڑںے]")
_NOT_LETTERS = re.compile(r"[\W\d_]+")  # everything but a letter ("[^\W\d_]")
# Arabic script with letters only one language has: Sorani Kurdish, Pashto; Dari words among Persian
_SORANI = re.compile(r"[ێۆڵڕە]")
_PASHTO = re.compile(r"[ټډړږښګڼېۍځڅ]")
# Ethiopic script: Tigrinya (its letters ቐ … ቖ, ኸ … ኾ, and its markers, ti.toml) or Amharic (am.toml)
_ETHIOPIC = re.compile(r"[\u1200-\u137F]")
_TIGRINYA_LETTERS = re.compile(r"[ቐ-ቖኸ-ኾ]")
# Arabic typed in Latin letters with digits for Arabic letters ("3ala", "ma3", "7abibi", "a2dar")
_ARABIZI_WORD = re.compile(r"(?<!\w)(?:[a-z]+[2379][a-z0-9]*|[2379](?!(?:st|nd|rd|th|er|te|ten|h|uhr|pm|am)\b)[a-z]{2,}\w*)(?!\w)",
                           re.I)
_ARABIZI_DIGITS = frozenset("2379")  # every match of _ARABIZI_WORD holds one


def _build_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages([c for c in CANDIDATES if c in ident.nb_classes])
    return ident


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The classifier limited to CANDIDATES; decompressing its model takes about a second, so it
    comes from the start-up cache while the model file and the candidates are unchanged."""
    from importlib.metadata import version

    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return cached("langid", fingerprint([Path(MODEL_DIR) / MODEL_FILE], version("py3langid"), version("numpy"),
                                        CANDIDATES), _build_identifier)


# languages whose markers (lang/*.toml) the rules of their script read below; the markers of every other
# language tell it typed in Latin letters or without its diacritics (Greeklish, Russian, Ukrainian, Albanian,
# Vietnamese)
_READ_BY_SCRIPT = frozenset({"ar", "hi", "ur", "ps", "prs", "ti", "am", "hr", "sr", "bs"})


@lru_cache(maxsize=1)
def _markers() -> dict[str, tuple[re.Pattern[str], int]]:
    return L.markers()


def _found(code: str, text: str) -> set[str]:
    """The distinct markers of language ``code`` in ``text``."""
    rx = _markers().get(code)
    return {m.group().lower() for m in rx[0].finditer(text)} if rx else set()


def _told(code: str, text: str) -> bool:
    """As many distinct markers of ``code`` as its file asks for (``markers_needed``)."""
    return code in _markers() and len(_found(code, text)) >= _markers()[code][1]


def _times(code: str, text: str) -> int:
    """How often markers of ``code`` occur in ``text``."""
    rx = _markers().get(code)
    return sum(1 for _ in rx[0].finditer(text)) if rx else 0


def _latin_variant(text: str) -> str | None:
    """The language of Greek, Russian or Ukrainian typed in Latin letters (or of Albanian or Vietnamese typed
    without their diacritics), if the text is that: the language with the most distinct markers, of those
    with as many as their file asks for."""
    best, hits = None, 0
    for code, (_, need) in _markers().items():
        if code in _READ_BY_SCRIPT:
            continue
        n = len(_found(code, text))
        if n >= need and n > hits:
            best, hits = code, n
    return best


def _bcs(text: str) -> str:
    """Croatian, Serbian or Bosnian in Latin letters, which read alike to the classifier: by their markers
    (Croatian month and week words, Serbian ekavian forms, Bosnian words and month names)."""
    for code in ("hr", "sr", "bs"):
        if _told(code, text):
            return code
    return "hr"


def detect_language(text: str, default: str = "de") -> str:
    n = len(_NOT_LETTERS.sub("", text))  # the letters, counted without a list of them
    if n < 3:
        return default
    if max(text) < "\u0370":  # no letter of the scripts counted below (most mail): none to count
        return _latin(text)
    arabic = len(_ARABIC.findall(text))
    if arabic > n * 0.3:
        if len(_SORANI.findall(text)) >= 2:
            return "ckb"
        if len(_PASHTO.findall(text)) + _times("ps", text) >= _markers()["ps"][1]:
            return "ps"
        if _URDU_ONLY.search(text):
            return "ur"
        if _PERSIAN_ONLY.search(text):
            return "prs" if _told("prs", text) else "fa"
        return "ar"
    if len(_ETHIOPIC.findall(text)) > n * 0.3:
        return "ti" if len(_TIGRINYA_LETTERS.findall(text)) + _times("ti", text) > _times("am", text) else "am"
    for script, code in _SCRIPT_LANGUAGE:
        if len(script.findall(text)) > n * 0.3:
            return code
    cyr = len(_CYRILLIC.findall(text))
    if cyr > n * 0.3:
        if _UKRAINIAN.search(text):
            return "uk"
        lang, _ = _identifier().classify(text)
        return lang if lang in ("ru", "bg", "mk", "sr", "uk") else "ru"
    if len(_GREEK.findall(text)) > n * 0.3:
        return "el"
    return _latin(text)


def _latin(text: str) -> str:
    """The language of a text that holds no script ``detect_language`` tells by its letters."""
    # (an Arabizi word holds one of the digits 2, 3, 7, 9: most text holds none, found without a search)
    if _ARABIZI_DIGITS.intersection(text) and _ARABIZI_WORD.search(text) and _told("ar", text):
        return "ar"
    if _told("hi", text):  # Hindustani typed in Latin letters: Urdu where its markers say so
        return "ur" if _told("ur", text) else "hi"
    translit = _latin_variant(text)
    if translit:
        return translit
    lang, _ = _identifier().classify(text)
    return _bcs(text) if lang in ("hr", "bs", "sr") else lang
