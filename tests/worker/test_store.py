"""The database schema: the migrations build exactly the models, and opening twice is harmless."""

from alembic import command
from alembic.config import Config as AlembicConfig

from mailbot.store import MIGRATIONS, open_store


def test_migrations_match_the_models_and_reopen_cleanly(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    store = open_store(url)
    open_store(url)  # a second start upgrades nothing and breaks nothing
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.check(cfg)  # raises when the models need a migration that does not exist
