"""``python -m mediation_app`` is the same as ``mediation-app``."""

import sys

from mediation_app.cli.main import main

sys.exit(main())
