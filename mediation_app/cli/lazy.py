"""Command implementations and choice lists imported only when a command line needs them.

Building the parser must stay cheap: `mediation-app --help` or a quick command should not
import the database driver, the PDF engine and every service. Each command group's parser
names its handlers through `Handlers`, and choices that live in heavy modules through
`Choices`; the modules are imported when the command runs (or its help lists them).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload


@dataclass(frozen=True)
class Handler:
    """A command's function, by module and name; imported when called."""

    module: str
    name: str

    def resolve(self) -> Any:
        return getattr(importlib.import_module(self.module), self.name)

    def __call__(self, app: Any) -> Any:
        return self.resolve()(app)


class Handlers:
    """The handlers of one implementation module: `Handlers(m).cmd_x` is Handler(m, "cmd_x")."""

    def __init__(self, module: str) -> None:
        self._module = module

    def __getattr__(self, name: str) -> Handler:
        if name.startswith("_"):
            raise AttributeError(name)
        return Handler(self._module, name)


class Choices(Sequence[str]):
    """argparse choices read from `module.name` on first use (checking, or listing in help).

    Give the argument a metavar: without one argparse lists the choices while building.
    """

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def _values(self) -> Sequence[str]:
        return tuple(getattr(importlib.import_module(self.module), self.name))

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._values()[index]

    def __len__(self) -> int:
        return len(self._values())

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __contains__(self, value: object) -> bool:
        return value in self._values()
