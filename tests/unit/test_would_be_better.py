""""Brackenheim wäre besser, geht das?" answering our confirmation asks for the change the desk can make:
"would be better" is a word of preferring (German, English; other languages had theirs already).
Before, the German one went to staff as a question."""

import pytest

from tests.unit.replyprobe import confirmed


@pytest.mark.parametrize("lang,body", [
    ("de", "Der Termin in Brackenheim wäre besser für uns, ginge das noch?"),
    ("de", "Am 17.10. wäre mir lieber."),
    ("en", "The one in Brackenheim would suit us better, could you move us?"),
    ("tr", "17 Ekim bizim için daha uygun olur, değiştirebilir misiniz?"),
])
def test_would_be_better_answering_our_confirmation_changes(lang, body):
    r = confirmed(body, lang, workshop="offenau")
    assert (r.action, r.workshop) == ("confirm", "brackenheim"), r.reason
