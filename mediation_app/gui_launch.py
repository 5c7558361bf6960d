"""Starting the GUI from the command line without importing Qt in the core.

Checks for a display first, so a headless machine gets a message instead of a Qt abort.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch(args: argparse.Namespace) -> int:
    if not has_display():
        sys.stderr.write(
            "没有可用的图形显示，无法打开窗口。请在桌面环境中运行，或使用虚拟显示：\n"
            "  xvfb-run -a mediation-app\n"
            "或无窗口模式：QT_QPA_PLATFORM=offscreen mediation-app\n"
            "(no display: run under a desktop, with `xvfb-run -a mediation-app`, "
            "or set QT_QPA_PLATFORM=offscreen)\n"
        )
        return 2
    app_module = importlib.import_module("ui.app")
    return int(app_module.run(args))
