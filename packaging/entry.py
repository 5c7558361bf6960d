"""Entry point of the frozen executables (GUI and console share it)."""

import sys

from mediation_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
