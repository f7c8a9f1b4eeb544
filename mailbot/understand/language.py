"""Which language the sender's new text is in (ISO 639-1), for choosing the reply template.

Scripts decide first where they can (Arabic script: Sorani or Pashto letters mean Sorani or Pashto,
Persian letters Persian, with Dari words Dari; Ethiopic script: Tigrinya or Amharic by their
characteristic words; Cyrillic: Ukrainian letters mean Ukrainian; Latin letters with digits inside
words and Arabic function words: Arabizi, read as Arabic); otherwise py3langid, limited to the languages people in
the district write in, so that a two-line German mail is not called Luxembourgish.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
# Hindi and Urdu typed in Latin letters ("mujhe register karna hai"): words no other candidate uses
_ROMAN_HINDUSTANI = frozenset(
    "hai hain hoon hun nahi nahin mujhe humein hamein chahta chahti chahte karna karni karenge karunga karungi "
    "liye saath sath kya aap aapka aapki aapko bhi aur mera meri mere hamara hamari tarikh wala wali wale "
    "shukriya dhanyavad dhanyawad aayenge aaunga aaungi ayenge hoga hogi gaya gayi raha rahi rahe".split())
_ROMAN_URDU = frozenset("shukriya janab assalam salam aoa inshallah khuda hafiz mohtaram mohtarma".split())
_LETTER = re.compile(r"[^\W\d_]")
# Arabic script with letters only one language has: Sorani Kurdish, Pashto; Dari words among Persian
_SORANI = re.compile(r"[ێۆڵڕە]")
_PASHTO = re.compile(r"[ټډړږښګڼېۍځڅ]")
_DARI = re.compile(r"(?<!\w)(اشتراک\w*|اکتوبر|سپتمبر|استم|استیم|ترجمان|موتر|میتانم|نمیتانم|راجستر\w*|همصنف\w*)(?!\w)")
# Ethiopic script: Tigrinya (ኣ for "a", ቐ, ኸ; ኣነ, እየ, ምስ, ክመጽእ) or Amharic (እኔ, ነው, -ለሁ, ጋር)
_ETHIOPIC = re.compile(r"[\u1200-\u137F]")
_TIGRINYA = re.compile(r"[ቐ-ቖኸ-ኾ]|(?<!\w)(ኣነ|ኣሎ|እየ|ኢዩ|ምስ|ናይ|እዚ|ክመጽእ|ክመፅእ|የቐንየለይ|ሎሚ|ጽባሕ)(?!\w)|(?<!\w)ኣ")
_AMHARIC = re.compile(r"(?<!\w)(እኔ|ነው|ጋር|እና|ይህ|ዛሬ|ነገ|አመሰግናለሁ)(?!\w)|ለሁ(?!\w)|(?<!\w)ከ\w+\s+ጋር")
# Arabic typed in Latin letters with digits for Arabic letters ("3ala", "ma3", "7abibi", "a2dar")
_ARABIZI_WORD = re.compile(r"(?<!\w)(?:[a-z]+[2379][a-z0-9]*|[2379](?!(?:st|nd|rd|th|er|te|ten|h|uhr|pm|am)\b)[a-z]{2,}\w*)(?!\w)",
                           re.I)
_ARABIZI_MARKER = re.compile(r"(?<!\w)(ana|bdi|baddi|bidi|bade|bdna|ra7|rah|inshallah|inshalla|insha2allah|ma3|m3|3al|3ala|"
                             r"shukran|shokran|yislamo|marhaba|mar7aba|salam|ya3ni|kteer|ktir|mish|msh|mesh|"
                             r"kaman|kamen|hay|hayda|lal|fi|w|wa|ma3ak|ahlan|habibi|7abibi|zawjti|mrati|jozi|"
                             r"ebni|binti|bnti|sajjel|sajel|tasjeel|yom|yawm|esbou3|bokra|bukra)(?!\w)", re.I)
_LETTER_RUN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages([c for c in CANDIDATES if c in ident.nb_classes])
    return ident


def detect_language(text: str, default: str = "de") -> str:
    letters = _LETTER.findall(text)
    if len(letters) < 3:
        return default
    n = len(letters)
    arabic = len(_ARABIC.findall(text))
    if arabic > n * 0.3:
        if len(_SORANI.findall(text)) >= 2:
            return "ckb"
        if len(_PASHTO.findall(text)) >= 2:
            return "ps"
        if _URDU_ONLY.search(text):
            return "ur"
        if _PERSIAN_ONLY.search(text):
            return "prs" if _DARI.search(text) else "fa"
        return "ar"
    if len(_ETHIOPIC.findall(text)) > n * 0.3:
        return "ti" if len(_TIGRINYA.findall(text)) > len(_AMHARIC.findall(text)) else "am"
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
    if _ARABIZI_WORD.search(text) and len({w.lower() for w in _ARABIZI_MARKER.findall(text)}) >= 3:
        return "ar"
    words = {w.lower() for w in _LETTER_RUN.findall(text)}
    if len(words & _ROMAN_HINDUSTANI) >= 3:
        return "ur" if words & _ROMAN_URDU else "hi"
    lang, _ = _identifier().classify(text)
    return "hr" if lang in ("bs", "sr") and not cyr else lang
