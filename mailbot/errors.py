"""The exceptions mailbot raises.

    MailbotError
     └── ConfigError      a bad config file: names the key and where it is
"""


class MailbotError(Exception):
    """Root of every error mailbot raises on purpose."""


class ConfigError(MailbotError, ValueError):
    """The configuration cannot be used; ``key`` names the offending key."""

    def __init__(self, key: str, message: str, source: str = "") -> None:
        self.key = key
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{key}: {message}")
