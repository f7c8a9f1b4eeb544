"""The exceptions mailbot raises: every one derives from ``MailbotError``.

Which is raised where, and who turns it into what::

    MailbotError            cli.py, commands.py: a bad command-line argument; store.py: the
     │                      database cannot be opened or migrated; replies.py: no German
     │                      templates, or a reply to an unusable address.  cli.main prints any
     │                      MailbotError as one line ("mailbot: ...") and exits with status 2.
     ├── ConfigError        config.py (load_config and the section readers): a bad config
     │                      file; names the key and where it is.
     ├── SourceError        sources.py: the mailbox (IMAP, Maildir, a command) cannot be read
     │                      or changed; service.py retries the desk with a growing back-off.
     ├── StaffError         staff.py (StaffDesk) and the web views: a staff action that cannot
     │                      be done as asked; the page shows the (German) text, the CLI prints it.
     ├── Forbidden          web/context.py: a form without a valid CSRF token; answered 403.
     ├── NotFound           web/context.py: a page about something that does not exist; 404.
     ├── BadMove            states.py: a state change the transition table does not allow (also
     │                      a ValueError).
     ├── LexiconError       understand/lexicon.py: a language file that cannot be used (also a
     │                      ValueError); names the file and the key.
     ├── OverLimit          understand/limits.py: a message past a size, depth or time limit;
     │                      understand/reading.py turns it into a reading for staff.
     └── Unreadable         understand/mime.py: bytes that are not a mail message we can read;
          └── TooComplex    (also an OverLimit) a structure past a limit (nesting, parts).
                            reading.py turns both into a reading for staff.

Each class is defined beside the code that raises it (so the pure ``understand`` package needs
nothing but this module); tests/unit/test_errors.py checks that none is outside the root.
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
