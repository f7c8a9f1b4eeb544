"""An answer to our numbered list that rules one line out and names another ("nicht den ersten, den
zweiten", "پہلا والا نہیں، دوسرا") chooses the other one. Before, the first ordinal was taken: a wrong
confirmation of the line ruled out. An ordinal only ruled out chooses nothing: we ask again."""

import pytest

from tests.unit.replyprobe import IDS, answer


def to_list(body: str, lang: str = "de"):
    return answer(body, "clarify", lang, options=tuple(IDS))


@pytest.mark.parametrize("lang,body", [
    ("de", "Nicht den ersten, lieber den zweiten."),
    ("en", "Not the first one, the second please."),
    ("tr", "İlki değil, ikincisi lütfen."),
    ("ur", "پہلا نہیں، دوسرا ٹھیک ہے۔"),
    ("ru", "Не первый, а второй, пожалуйста."),
    ("es", "El primero no, el segundo por favor."),
], ids=["de", "en", "tr", "ur", "ru", "es"])
def test_the_ordinal_not_ruled_out_is_chosen(lang, body):
    r = to_list(body, lang)
    assert (r.action, r.workshop) == ("confirm", "neuenstadt"), r.reason


@pytest.mark.parametrize("lang,body", [
    ("de", "Den ersten bitte nicht."),
    ("en", "Not the first one."),
], ids=["de", "en"])
def test_an_ordinal_only_ruled_out_chooses_nothing(lang, body):
    assert to_list(body, lang).action != "confirm"


def test_an_ordinal_with_a_part_that_says_no_to_another_day_is_still_chosen():
    r = to_list("Den zweiten bitte, am ersten habe ich leider keine Zeit.")
    assert (r.action, r.workshop) == ("confirm", "neuenstadt"), r.reason
