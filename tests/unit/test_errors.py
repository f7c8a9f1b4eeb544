"""One error root: whatever mailbot raises on purpose can be caught as MailbotError (the CLI
prints any MailbotError as one line instead of a traceback)."""

import importlib
import inspect
import pkgutil

import mailbot
from mailbot.errors import MailbotError


def _modules():
    for info in pkgutil.walk_packages(mailbot.__path__, "mailbot."):
        if ".migrations" in info.name:  # Alembic scripts, run by Alembic only
            continue
        yield importlib.import_module(info.name)


def test_every_exception_class_of_mailbot_derives_from_the_root():
    defined = {
        f"{module.__name__}.{name}": cls
        for module in _modules()
        for name, cls in vars(module).items()
        if inspect.isclass(cls) and issubclass(cls, BaseException) and cls.__module__ == module.__name__
    }
    assert "mailbot.understand.mime.Unreadable" in defined  # the walk reaches the subpackages
    outside = sorted(name for name, cls in defined.items() if not issubclass(cls, MailbotError))
    assert outside == []

