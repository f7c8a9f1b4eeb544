"""The config loader and config.example.toml must agree, and bad configs must name the key."""

import re
import tomllib
from pathlib import Path

import pytest

from mailbot.config import SCHEMA, load_config, parse_config
from mailbot.errors import ConfigError

EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


def example() -> dict:
    return tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_every_schema_key_is_in_the_example_and_back():
    data = example()
    assert set(data) == set(SCHEMA)
    for section in SCHEMA:
        if section != "workshops":
            assert set(data[section]) == {k.name for k in SCHEMA[section]}, section
    for table in data["workshops"]:
        assert set(table) <= {k.name for k in SCHEMA["workshops"]}
    used = set().union(*(set(t) for t in data["workshops"]))
    assert used == {k.name for k in SCHEMA["workshops"]}


def test_every_key_is_explained_by_a_comment_in_the_example():
    text = EXAMPLE.read_text(encoding="utf-8")
    comments = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    for section, keys in SCHEMA.items():
        for key in keys:
            assert re.search(rf"\b{key.name}\b", comments), f"{section}.{key.name} has no comment"


def test_example_loads_with_events_in_date_order():
    config = load_config(EXAMPLE)
    assert [e.id for e in config.events] == ["offenau", "neuenstadt", "weinsberg", "brackenheim"]
    assert config.events[1].start.weekday() == 3  # Neuenstadt is the Thursday
    assert str(config.events[0].start.tzinfo) == "Europe/Berlin"


@pytest.mark.parametrize("mutate, key", [
    (lambda d: d["office"].pop("name"), "office.name"),
    (lambda d: d["office"].update(colour="red"), "office.colour"),
    (lambda d: d["workshops"][1].update(capacity="many"), "workshops[1].capacity"),
    (lambda d: d["workshops"][2].update(id="offenau"), "workshops[2].id"),
    (lambda d: d.update(mailbx={}), "mailbx"),
    (lambda d: d["office"].update(timezone="Mars/Olympus"), "office.timezone"),
    (lambda d: d["workshops"][0].update(end=d["workshops"][0]["start"]), "workshops[0].end"),
    (lambda d: d["mailbox"].update(backend="pop3"), "mailbox.backend"),
    (lambda d: d["mailbox"].update(backend="imap"), "mailbox.host"),
    (lambda d: d["mailbox"].update(backend="imap", host="mail.example.org", username="u", security="none"),
     "mailbox.security"),
    (lambda d: d["mailbox"].update(backend="imap", host="localhost"), "mailbox.username"),
    (lambda d: d["mailbox"].update(poll_interval=0), "mailbox.poll_interval"),
    (lambda d: d["mailbox"].update(idle="yes"), "mailbox.idle"),
    (lambda d: d["smtp"].update(backend="smtp", host="localhost", password="a", password_env="B"),
     "smtp.password_env"),
    (lambda d: d["smtp"].update(backend="smtp", host="localhost", password_env="MAILBOT_SURELY_UNSET"),
     "smtp.password_env"),
    (lambda d: d["smtp"].update({"from": "nobody"}), "smtp.from"),
    (lambda d: d["database"].update(url="mailbot.db"), "database.url"),
    (lambda d: d["schedule"].update(reminder_days=["monday"]), "schedule.reminder_days"),
    (lambda d: d["replies"].update(max_per_sender_per_day=-1), "replies.max_per_sender_per_day"),
])
def test_a_bad_config_names_the_key(mutate, key):
    data = example()
    mutate(data)
    with pytest.raises(ConfigError) as info:
        parse_config(data, "test.toml")
    assert info.value.key == key
    assert key in str(info.value) and "test.toml" in str(info.value)


def test_syntax_error_names_the_file(tmp_path):
    bad = tmp_path / "config.toml"
    bad.write_text("[office\nname = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="config.toml"):
        load_config(bad)


def test_password_from_environment_or_file(tmp_path, monkeypatch):
    from mailbot.config import secret

    data = example()
    data["smtp"].update(backend="smtp", host="localhost", password_env="MAILBOT_TEST_PW")
    monkeypatch.setenv("MAILBOT_TEST_PW", "s3cret")
    config = parse_config(data, "test.toml", tmp_path)
    assert secret(config.smtp, "smtp", tmp_path) == "s3cret"
    (tmp_path / "pw").write_text("from-file\n", encoding="utf-8")
    data["smtp"].update(password_env="", password_file="pw")
    config = parse_config(data, "test.toml", tmp_path)
    assert secret(config.smtp, "smtp", config.base) == "from-file"
    data["smtp"].update(password_file="missing")
    with pytest.raises(ConfigError, match="smtp.password_file"):
        secret(parse_config(data, "test.toml", tmp_path).smtp, "smtp", tmp_path)



def test_every_path_in_the_config_reads_home_and_relative_paths_alike(tmp_path, monkeypatch):
    """~ means the home directory and a relative path the config file's directory, whichever
    key holds it: the mail directory, a password file, the SQLite database."""
    from mailbot.config import secret
    from mailbot.store import make_engine

    home, config_dir = tmp_path / "home", tmp_path / "etc"
    home.mkdir()
    config_dir.mkdir()
    monkeypatch.setenv("HOME", str(home))
    (home / "pw").write_text("in-home\n", encoding="utf-8")
    data = example()
    data["smtp"].update(backend="smtp", host="localhost", password_env="", password_file="~/pw")
    config = parse_config(data, "test.toml", config_dir)
    assert secret(config.smtp, "smtp", config.base) == "in-home"
    assert config.path("~/Maildir") == home / "Maildir"
    assert config.path("replies") == config_dir / "replies"
    make_engine("sqlite:///~/db/mailbot.db", config.base).dispose()
    make_engine("sqlite:///data/mailbot.db", config.base).dispose()
    assert (home / "db").is_dir() and (config_dir / "data").is_dir()


def test_sections_may_be_left_out_and_take_their_defaults():
    data = example()
    for name in ("mailbox", "smtp", "database", "replies", "schedule", "web"):
        del data[name]
    config = parse_config(data, "test.toml")
    assert config.mailbox.backend == "maildir" and config.smtp.backend == "pickup"
    assert config.database.url.startswith("sqlite:///")


def desks_example() -> dict:
    """The example with its workshops split over two desks (mailboxes), as in docs/OPERATIONS.md."""
    data = example()
    events = data.pop("workshops")
    data["desks"] = [
        {"id": "nord", "office": {"addresses": ["integration@landratsamt-heilbronn.de"]},
         "mailbox": {"path": "nord"}, "workshops": events[:2]},
        {"id": "sued", "office": {"name": "Außenstelle Süd", "addresses": ["sued@kreis-beispiel.example"]},
         "mailbox": {"path": "sued"}, "replies": {"reference_prefix": "SUED"}, "workshops": events[2:]},
    ]
    return data


def test_desks_each_get_their_events_and_inherit_the_rest():
    config = parse_config(desks_example(), "test.toml")
    nord, sued = config.all_desks
    assert [e.id for e in nord.events] == ["offenau", "neuenstadt"]
    assert [e.id for e in sued.events] == ["weinsberg", "brackenheim"]
    assert [e.id for e in config.events] == ["offenau", "neuenstadt", "weinsberg", "brackenheim"]
    assert sued.sender == "sued@kreis-beispiel.example" and nord.sender == "integration@landratsamt-heilbronn.de"
    assert sued.office.name == "Außenstelle Süd" and nord.office.name == config.office.name
    assert sued.replies.reference_prefix == "SUED" and nord.replies.reference_prefix == "MB"
    assert sued.replies.max_per_sender_per_day == config.replies.max_per_sender_per_day
    # each desk treats every desk's address as its own: never answered
    assert set(nord.office.addresses) == set(sued.office.addresses) == set(config.office.addresses)
    assert config.desk_of("weinsberg") is sued and config.desk_of("offenau") is nord
    single = parse_config(example(), "test.toml")
    assert single.all_desks == (single,) and single.desk == "main"


@pytest.mark.parametrize("mutate, key", [
    (lambda d: d["desks"][1].update(id="nord"), "desks[1].id"),
    (lambda d: d["desks"][0].update(id="Nord Ost"), "desks[0].id"),
    (lambda d: d["desks"][1]["workshops"][0].update(id="offenau"), "desks[1].workshops[0].id"),
    (lambda d: d["desks"][1]["mailbox"].update(path="nord"), "desks[1].mailbox"),
    (lambda d: d["desks"][1]["office"].pop("addresses"), "desks[1].office.addresses"),
    (lambda d: d["desks"][0]["office"].update(colour="red"), "desks[0].office.colour"),
    (lambda d: d["desks"][0].update(database={}), "desks[0].database"),
    (lambda d: d["desks"][1]["mailbox"].update(backend="imap"), "desks[1].mailbox.host"),
    (lambda d: d["desks"][1].pop("workshops"), "desks[1].workshops"),
    (lambda d: d.update(workshops=d["desks"][0]["workshops"]), "workshops"),
    (lambda d: d.update(desks=[]), "desks"),
])
def test_a_bad_desk_names_the_key(mutate, key):
    data = desks_example()
    mutate(data)
    with pytest.raises(ConfigError) as info:
        parse_config(data, "test.toml")
    assert info.value.key == key


def test_the_desks_example_in_the_comments_loads(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    commented = text[text.index("# [[desks]]"):]
    desks = "\n".join(line.removeprefix("#").removeprefix(" ") for line in commented.splitlines())
    data = example()
    data.pop("workshops")
    data["mailbox"].update(backend="imap", host="mail.kreis-beispiel.example", password_env="")
    data.update(tomllib.loads(desks))
    (tmp_path / "templates-sprachcafe").mkdir()
    config = parse_config(data, "example", tmp_path)
    assert [(d.desk, d.sender, [e.id for e in d.events]) for d in config.all_desks] == [
        ("integration", "integration@landratsamt-heilbronn.de", ["offenau"]),
        ("sprachcafe", "sprachcafe@kreis-beispiel.example", ["eppingen"])]
    assert config.desk_of("eppingen").replies.templates == "templates-sprachcafe"
