"""A Maildir is read oldest delivery first, also when the names' microseconds differ in length."""

from pathlib import Path

from mailbot.sources import MaildirSource, delivery_order


def test_microseconds_are_compared_as_numbers_not_as_text():
    older = "1693807200.M99999P7Q2.host"
    newer = "1693807200.M100005P7Q3.host"
    assert sorted([newer, older]) == [newer, older]  # what plain text order would do
    assert sorted([newer, older], key=delivery_order) == [older, newer]


def test_dovecot_names_with_size_and_flags_sort_by_time():
    keys = ["1693807260.M5P1.mx,S=812,W=830", "1693807200.M700000P1.mx,S=900"]
    assert sorted(keys, key=delivery_order) == keys[::-1]


def test_a_name_of_another_shape_does_not_stop_reading(tmp_path: Path):
    source = MaildirSource(tmp_path / "box")
    (tmp_path / "box" / "new" / "handmade-file").write_bytes(b"Subject: x\n\nhello\n")
    source.box.add(b"Subject: y\n\nworld\n")
    _, fetched = source.fetch(0, None)
    assert [f.raw.split(b"\n")[0] for f in fetched] == [b"Subject: x", b"Subject: y"]
