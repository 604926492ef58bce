"""Alternative: pairs catches StopIteration around its next() calls and returns; first is a for loop.

A generator that returns ends cleanly, and a for loop handles the end of the input itself, so no
StopIteration can leak; an error from the iterable still reaches the caller.
"""


def pairs(iterable):
    """Yield (first, second), (third, fourth), ... lazily; an odd last item is dropped."""
    items = iter(iterable)
    while True:
        try:
            left = next(items)
            right = next(items)
        except StopIteration:
            return
        yield left, right


def first(iterable, default=None):
    """Return the first item of iterable, or default if it has none. Take no more than one item."""
    for item in iterable:
        return item
    return default
