"""Kata: an object lives while something refers to it; `del` removes a name, not the object.

Task: count_lines and first_word rely on the file object being freed, and so closed, when
their name for it goes away. Fix them so that they close the file themselves, on every path.
Then implement watch without keeping the object it watches alive.

CPython frees an object the moment its last reference goes (reference counting); objects
in a reference cycle wait for the cycle collector (gc). Other implementations (PyPy) free
objects later, at a time of their choosing: code must never depend on when that happens.
"""


def count_lines(open_file) -> int:
    """Call open_file() once to get an open text file; return how many lines it has.

    The file is closed when count_lines returns, also when reading it fails.
    """
    handle = open_file()
    count = len(handle.readlines())
    del handle  # the last reference is gone, so the file is closed... isn't it?
    return count


def first_word(open_file) -> str:
    """Return the first whitespace-separated word of the file open_file() opens ("" if none).

    The file is closed when first_word returns, also when reading it fails.
    """
    words = open_file().read().split()
    return words[0] if words else ""


def watch(obj):
    """Return alive(): True while obj still exists, False once it has been freed.

    watch, and the alive function it returns, must not keep obj alive themselves.
    """
    return lambda: obj is not None
