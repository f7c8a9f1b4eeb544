"""Real, throw-away servers for the tests, one module each (plain modules: no pytest needed).

* ``dovecot.Dovecot``: a private Dovecot IMAP server (TLS and OAuth2 when asked).
* ``smtp.SmtpSink``: an aiosmtpd SMTP server that records what it accepts and fails on request.
* ``postgres.PostgresCluster``: a private PostgreSQL cluster (initdb + postgres).
* ``oauth.IntrospectionEndpoint``: the OAuth2 token introspection endpoint Dovecot asks.
* ``certs.make_certificate``: a test CA and a server certificate (``trustme``).
* ``procs``: process trees from /proc, to end a server and everything it started.
* ``ports.free_port``: a free TCP port on 127.0.0.1.

``tests/`` is on ``sys.path`` under pytest (and the benchmarks put it there), so they are
imported as ``servers.dovecot`` and so on.
"""
