"""demo-data: realistic synthetic cases for trying the application and for benchmarks."""

from __future__ import annotations

import sys
from typing import Any

from mediation_app.cli.context import CliApp
from mediation_app.errors import PermissionDenied


def cmd_demo(app: CliApp) -> dict[str, Any]:
    from mediation_app.demo import generate

    actor = app.actor
    if not actor.is_admin:
        raise PermissionDenied("只有管理员可以生成演示数据", "only administrators add demo data")

    def progress(done: int, total: int) -> None:
        if not app.args.quiet and sys.stderr.isatty():
            sys.stderr.write(f"\r{done}/{total}")
            sys.stderr.flush()

    summary = generate(app.store, cases=app.args.cases, year=app.args.year,
                       seed=app.args.seed, actor_name=actor.username, progress=progress)
    return summary
