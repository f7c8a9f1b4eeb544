"""A negation that counts only in its own language ("non" in Italian, "ne" in Croatian) holds its own clause
too: "we cannot come, please cancel our registration for the 26th" written with it is a cancellation of the
26th, never a change to the 26th (which would confirm the registration the writer gives up)."""

import pytest

from tests.unit.test_reading import read
from tests.unit.test_unseen_kinds12 import reply_to_confirmation


@pytest.mark.parametrize("body", [
    "Salve, non riusciamo a venire, per cortesia annullate la prenotazione del 26 settembre.",
    "Buonasera, non possiamo esserci, cancellate pure la nostra iscrizione per il 26.",
    "Pozdrav, ne možemo doći, molim vas otkažite našu prijavu za 26. rujna.",
])
@pytest.mark.parametrize("as_reply", [False, True])
def test_a_local_negation_before_a_cancellation_cancels(body, as_reply):
    r = reply_to_confirmation(body) if as_reply else read(body)
    assert r.action == "cancel" or r.action == "review"
    assert r.intent != "change"
