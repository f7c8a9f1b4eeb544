"""A smaller group answering our confirmation, with the relatives who stay away named by words the
lists may not know ("my cousins", "i miei nipoti"): the count of those who still come, in a clause
that cancels nothing, makes it a change of the count, never a cancellation of the whole
registration. "N instead of M": the count after (or, in Turkish, before) "instead of" is the old one.
A whole group that cancels ("we were registered as three, but none of us can come") still cancels."""

import pytest

from mailbot.understand.totals import explicit_totals
from tests.unit.test_unseen_kinds12 import reply_to_confirmation
from tests.unit.test_unseen_kinds14 import holding


@pytest.mark.parametrize("body,people", [
    ("Good evening, we'll only be three of us now, my nephews can't make it after all.", 3),
    ("Hi, it will be two of us instead of five, the cousins have to work.", 2),
    ("Ciao, alla fine saremo in due, i miei nipoti non possono venire.", 2),
    ("Hola, al final seremos tres, mis sobrinos no pueden ir.", 3),
    ("Merhaba, üç kişi geleceğiz, yeğenlerim gelemiyor maalesef.", 3),
    ("Добрый вечер, нас будет трое, племянники не смогут прийти.", 3),
    ("Bonsoir, finalement nous ne serons que trois, mes neveux ne peuvent pas venir.", 3),
    ("Bonjour, nous ne serons malheureusement que deux, les enfants de ma sœur ne peuvent pas venir.", 2),
    ("Bonjour, nous serons seulement trois au lieu de cinq, mes neveux ont un empêchement.", 3),
])
def test_fewer_people_and_relatives_who_stay_away_never_cancel_the_registration(body, people):
    """The new count is applied, or (where the relatives are in no word list) staff decide."""
    r = reply_to_confirmation(body)
    plan = holding(r, 5)
    assert not plan.cancel
    assert plan.outcome == "review" or (plan.recount is not None and plan.recount[1] == people)


@pytest.mark.parametrize("body", [
    "Hallo, wir waren zu dritt angemeldet, können aber leider alle nicht kommen.",
    "Hallo, wir sind zu zweit angemeldet, leider müssen wir beide absagen.",
    "Hallo, wir sind zu zweit angemeldet, kommen aber leider beide nicht.",
    "Hello, we registered as two of us but neither of us can come now, sorry.",
    "Merhaba, iki kişi kayıtlıydık ama ikimiz de gelemiyoruz.",
    "Bonjour, nous étions inscrits à trois, mais nous ne pouvons finalement pas venir.",
])
def test_a_whole_group_that_cannot_come_is_never_recounted(body):
    """Cancelled, or handed to staff: never a confirmation of the old count."""
    plan = holding(reply_to_confirmation(body), 3)
    assert plan.cancel or plan.outcome == "review"
    assert plan.recount is None


@pytest.mark.parametrize("text,lang,n", [
    ("będziemy we troje zamiast we czworo", "pl", 3),
    ("beş yerine iki kişi geleceğiz", "tr", 2),
    ("we will be two of us instead of four of us", "en", 2),
    ("nous serons deux au lieu de quatre", "fr", 2),
])
def test_the_count_instead_of_leaves_is_not_the_new_total(text, lang, n):
    assert [t[1] for t in explicit_totals(text, lang)] and {t[1] for t in explicit_totals(text, lang)} == {n}
