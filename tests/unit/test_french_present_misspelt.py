"""French "je m'inscrit" is the present "je m'inscris" misspelt, as many write it: a registration, not a
word of an earlier one. Before, any word holding "inscrit" was read as "already registered", and a plain
registration with its date and town was asked which date. "inscrit" after "être", "avoir" or "déjà"
still speaks of an earlier registration."""

import pytest

from tests.unit.test_reading import read


@pytest.mark.parametrize("body,workshop", [
    ("Bonsoir, je m'inscrit a la réunion du 21 septembre a Neuenstadt. Merci", "neuenstadt"),
    ("Coucou, ma voisine et moi on s'inscrit aussi, le jeudi 21 à Neuenstadt", "neuenstadt"),
    ("Salut, moi je m'inscris pour mardi 17 octobre à Brackenheim svp", "brackenheim"),
    ("Bonjour, nous nous inscrivons pour le 19/09 à Offenau.", "offenau"),
])
def test_present_of_registering_confirms(body, workshop):
    r = read(body, subject="atelier")
    assert (r.action, r.workshop) == ("confirm", workshop), r.reason


@pytest.mark.parametrize("body", [
    "Bonjour, je suis déjà inscrite pour le 21 septembre, est-ce que c'est bien noté ?",
    "Nous sommes inscrits à Neuenstadt le 21.09, mon mari ne peut plus venir.",
])
def test_être_inscrit_still_speaks_of_an_earlier_registration(body):
    r = read(body, subject="atelier")
    assert [e["stance"] for e in r.evidence if e["kind"] == "date"] == ["old"], r.evidence
