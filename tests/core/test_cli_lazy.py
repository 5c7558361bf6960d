"""The command line builds its parser without importing the commands' implementations."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator

import pytest

from mediation_app.cli.lazy import Handler
from mediation_app.cli.main import build_parser

HEAVY = ("sqlalchemy", "sqlcipher3", "reportlab", "mediation_app.services",
         "mediation_app.documents", "mediation_app.exports", "mediation_app.risk")


def _handlers(parser: argparse.ArgumentParser) -> Iterator[object]:
    if "handler" in parser._defaults:
        yield parser._defaults["handler"]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _handlers(sub)


def test_every_command_names_a_handler_that_exists() -> None:
    handlers = list(_handlers(build_parser()))
    assert len(handlers) > 40
    for handler in handlers:
        assert isinstance(handler, Handler)
        assert callable(handler.resolve()), handler


def test_help_and_parsing_import_no_implementation() -> None:
    probe = ("import sys; from mediation_app.cli.main import build_parser; "
             "build_parser().parse_args(['case', 'list']); "
             f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_choices_from_implementations_are_checked_and_listed(
        capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    assert parser.parse_args(["print", "agreement", "3", "--out", "a.pdf"]).kind == "agreement"
    with pytest.raises(SystemExit) as exit_:
        parser.parse_args(["print", "no-such-form", "3", "--out", "a.pdf"])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit):
        parser.parse_args(["setting", "set", "--help"])
    assert "deadline_days" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [
    ["--json", "risk", "evaluate", "set.jsonl"],
    ["risk", "evaluate", "set.jsonl", "--json"],
    ["risk", "rules", "show", "--json"],
    ["case", "list", "--json"],
])
def test_json_is_accepted_before_or_after_the_command(argv: list[str]) -> None:
    assert build_parser().parse_args(argv).json is True


def test_without_json_the_output_stays_text() -> None:
    assert build_parser().parse_args(["risk", "evaluate", "set.jsonl"]).json is False
