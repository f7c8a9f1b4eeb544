"""A wish to take part with the question which days there are ("what days do you have?") is answered
by the desk with the list of dates (clarify), in every language: the question is the desk's own, not
staff's."""

import pytest

from tests.unit.test_reading import read

ASK = [
    ("ckb", "دەمەوێت بێم بۆ وۆرکشۆپ. چ ڕۆژێک گونجاوە بۆ ئێوە؟"),
    ("ku", "Ez dixwazim beşdar bibim. Kîjan roj hene?"),
    ("de", "Ich würde gern mitmachen. Welche Termine gibt es denn?"),
    ("so", "Waan doonayaa inaan ka qeyb galo. Maalintee ayuu yahay?"),
    ("vi", "Tôi muốn tham gia. Ngày nào có buổi hội thảo?"),
]


@pytest.mark.parametrize("lang,body", ASK, ids=[c for c, _ in ASK])
def test_asking_which_days_there_are_gets_the_list(lang, body):
    r = read(body)
    assert r.action == "clarify", r.reason
