"""Running a producing iterator in a second process, so making rows overlaps writing them.

Making demo cases is pure Python and costs about as much as SQLite inserting them; on two
cores a forked child makes batch n+1 while this process writes batch n. The child starts
as a copy of this process (fork), so it continues from exactly the state the generator set
up, and the data stay the same per seed. Where fork is not available or not safe (Windows,
macOS, a process running other threads), the caller iterates in this process instead.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")
_ITEM, _DONE, _FAILED = range(3)


def can_fork() -> bool:
    """On Linux, from a process with no other threads: a fork copies only the calling thread,
    so locks held by the others (the GUI's workers, say) would stay locked in the child."""
    return sys.platform == "linux" and threading.active_count() == 1


def in_child(produce: Callable[[], Iterator[T]]) -> Iterator[T]:
    """The items of `produce()`, made in a forked child; stops the child if the caller stops.

    Items go through a pipe, pickled as they are sent: the child blocks while the pipe is
    full, which bounds what it makes ahead. An error in the child (an item that cannot be
    pickled included) is raised here as a RuntimeError carrying its traceback.
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_feed, args=(produce, sender), daemon=True)
    child.start()
    sender.close()
    try:
        while True:
            try:
                kind, item = receiver.recv()
            except EOFError:
                child.join()
                raise RuntimeError(f"演示数据生成进程意外退出（{child.exitcode}）") from None
            if kind == _DONE:
                return
            if kind == _FAILED:
                raise RuntimeError(f"演示数据生成进程出错：\n{item}")
            yield item
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()


def _feed(produce: Callable[[], Iterator[Any]], sender: Connection) -> None:
    """The child's life: make and send items. Without the cyclic garbage collector, whose
    passes over the young rows cost the making process a few seconds at 100 000 cases: rows
    and batches hold no reference cycles, so reference counting frees them all the same."""
    gc.disable()
    try:
        for item in produce():
            sender.send((_ITEM, item))
        sender.send((_DONE, None))
    except BaseException:  # whatever it is, the parent must hear of it
        sender.send((_FAILED, traceback.format_exc()))
    sender.close()
