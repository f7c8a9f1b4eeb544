"""Alembic environment: run with the connection ``mailbot.store.migrate`` hands over, or from
``alembic -x url=...`` for developers (``alembic -c mailbot/migrations/alembic.ini revision --autogenerate``)."""

from alembic import context
from sqlalchemy import create_engine

from mailbot.store import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///mailbot-data/mailbot.db")
    engine = create_engine(url)
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata,
                          render_as_batch=conn.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()


run()
