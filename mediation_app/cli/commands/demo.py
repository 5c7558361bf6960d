"""demo-data: realistic synthetic cases for trying the application and for benchmarks."""

from __future__ import annotations

import argparse

from mediation_app.cli.lazy import Handlers

impl = Handlers("mediation_app.cli.handlers.demo")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo-data", help="生成演示案件（确定性：同一种子得到同样数据）")
    p.add_argument("--cases", type=int, required=True)
    p.add_argument("--year", type=int)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--quiet", action="store_true", help="不显示进度")
    p.set_defaults(handler=impl.cmd_demo)
