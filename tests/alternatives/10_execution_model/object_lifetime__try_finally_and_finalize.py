"""Alternative: try/finally and contextlib.closing instead of `with` on the file, and weakref.finalize for watch.

Both readers close on every path; watch keeps no reference to the object, only a finalizer
whose `alive` attribute turns False once the object is gone.
"""

import contextlib
import weakref


def count_lines(open_file) -> int:
    handle = open_file()
    try:
        return sum(1 for _ in handle)
    finally:
        handle.close()


def first_word(open_file) -> str:
    with contextlib.closing(open_file()) as handle:
        for word in handle.read().split():
            return word
    return ""


def watch(obj):
    finalizer = weakref.finalize(obj, lambda: None)
    return lambda: finalizer.alive
