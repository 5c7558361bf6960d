"""``mediation-app``: no subcommand starts the GUI; subcommands are headless.

Every error ends in a one-line message (Chinese, then the English gloss) and a non-zero
exit code; a bug writes a crash log instead of showing a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from mediation_app import __version__
from mediation_app.cli import output
from mediation_app.cli.commands import backup, cases, demo, documents, exports, risk, setup
from mediation_app.errors import AppError

if TYPE_CHECKING:
    from mediation_app.cli.context import CliApp

COMMAND_GROUPS = (setup, cases, risk, documents, exports, demo, backup)
EXIT_ERROR, EXIT_USAGE, EXIT_BUG = 1, 2, 70


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"命令用法错误：{message}（usage error; see --help）\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="mediation-app", description="调解台 — 人民调解案件管理")
    parser.add_argument("--version", action="version", version=f"mediation-app {__version__}")
    parser.add_argument("--data-dir", help="数据目录（或 MEDIATION_DATA_DIR）")
    parser.add_argument("--db", help="数据库文件或 postgresql+psycopg:// 地址（或 MEDIATION_DB）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言 (GUI language)")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for group in COMMAND_GROUPS:
        group.register(sub)
    _accept_json_anywhere(parser)
    return parser


def _accept_json_anywhere(parser: argparse.ArgumentParser) -> None:
    """``--json`` also after the command (``risk evaluate FILE --json``), as people type it.

    The default is suppressed so a subcommand never resets a ``--json`` given before it.
    """
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in set(action.choices.values()):
                if "--json" not in child._option_string_actions:
                    child.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                                       help="以 JSON 输出")
                _accept_json_anywhere(child)


def _crash_log(app: CliApp) -> str:
    try:
        log_dir = app.paths.log_dir
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / f"crash-{os.getpid()}.log"
        path.write_text(traceback.format_exc(), "utf-8")
        return str(path)
    except Exception:  # the crash log must never itself crash the exit path
        return "（无法写入日志）"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from mediation_app import selftest
        from mediation_app.gui_launch import has_display, launch

        core = selftest.run()
        return core or (launch(args) if has_display() else 0)
    if args.command is None:
        from mediation_app.gui_launch import launch

        return launch(args)
    from mediation_app.cli.context import CliApp, CommandFailed

    app = CliApp(args)
    try:
        result = args.handler(app)
        output.emit(result, args.json)
        return 0
    except CommandFailed as exc:
        output.emit(exc.result, args.json)
        sys.stderr.write(f"错误：{exc.message} ({exc.english})\n")
        return EXIT_ERROR
    except AppError as exc:
        sys.stderr.write(f"错误：{exc.one_line()}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("已取消 (cancelled)\n")
        return EXIT_ERROR
    except Exception:
        sys.stderr.write(f"内部错误，详情已写入 {_crash_log(app)}（internal error; see the log）\n")
        return EXIT_BUG
    finally:
        app.close()
