"""Hands the C allocator's free pages back to the system once the engine is built, where the
C library can (glibc's `malloc_trim`); elsewhere it does nothing."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, or None (another C library, another system)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own C library
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_pages() -> bool:
    """Return the free pages inside the C heap to the system (whether any C library could).
    Building the engine makes and drops millions of objects (parse trees, the store's copies,
    the needle plan): glibc keeps the pages they freed inside its heap, some 6 MiB resident
    that a server's worker carried for nothing until its memos filled them. Costs some 50-100
    ms, once a process."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
