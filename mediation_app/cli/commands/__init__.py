"""One module per command group; each has ``register(subparsers)``, which stays cheap: the
implementations are in ``cli.handlers`` and imported when a command runs (``cli.lazy``)."""
