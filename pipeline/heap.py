"""Handing the memory spaCy's batches freed back to the operating system.

glibc's malloc keeps freed blocks in the process heap for reuse. spaCy and thinc allocate
arrays of a new size for every batch (their sizes follow its token count), and the records that
live until the run ends are allocated in between, so the heap grows with the corpus although
what is alive does not. Measured on 2,000 synthetic articles, one worker: 335 MB resident when
extraction ended, of which ``malloc_trim`` handed back 58 MB. Trimming after every spaCy batch
keeps the resident size near what is alive, at about 0.01 ms a call.
"""

from __future__ import annotations

import ctypes
from typing import Callable, Optional


def _malloc_trim() -> Optional[Callable[[int], int]]:
    try:
        return ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError, TypeError):
        return None  # not glibc (macOS, musl, Windows): its allocator is left to itself


_TRIM = _malloc_trim()


def release_free_memory() -> None:
    """Return the heap's free pages to the system (glibc); nothing elsewhere."""
    if _TRIM is not None:
        _TRIM(0)


__all__ = ["release_free_memory"]
