"""Command implementations, one module per group, imported only when one of its commands runs."""
