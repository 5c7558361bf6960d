"""The core must never import Qt: the GUI depends on it, never the reverse."""

import ast
from pathlib import Path

import mediation_app

CORE = Path(mediation_app.__file__).parent


def test_no_module_under_mediation_app_imports_qt() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(CORE)}: {n}" for n in names
                          if n.split(".")[0] in ("PySide6", "shiboken6", "ui")]
    assert offenders == []
