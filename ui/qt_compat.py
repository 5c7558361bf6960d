"""A guard against a reference-count bug of the PySide6 6.12 wheels on CPython 3.11.

Those wheels use the stable ABI built with CPython 3.12+ headers, where ``None``, ``True``
and ``False`` are immortal and returning them takes no reference. On 3.11 they are not:
every call of a C++ method returning ``void`` drops one reference to ``None`` (every signal
``emit`` one to ``True``), and after enough calls the interpreter aborts with "Fatal Python
error: none_dealloc" — in a long session, or at exit. Giving the three singletons a huge
reference count makes them as good as immortal, which is what 3.12 does anyway.
"""

from __future__ import annotations

import ctypes
import sys

MARGIN = 1 << 40
_done = False


def protect_singletons() -> bool:
    """Apply once on CPython before 3.12; returns whether anything was done."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += MARGIN
    _done = True
    return True
