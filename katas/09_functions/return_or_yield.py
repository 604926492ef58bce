"""Kata: return or yield.

Task: first_match and non_blank each use the wrong one of `return` and `yield`: fix them.
Then implement drain.

A function whose body contains `yield` anywhere is a generator function: calling it runs
none of its body and hands back a generator. `return` ends a call and hands back one value.
"""


def first_match(items, predicate):
    """Return the first item for which predicate(item) is true, or None if there is none.

    Stop calling predicate as soon as an item matches.
    """
    for item in items:
        if predicate(item):
            yield item
    return None


def non_blank(lines):
    """Yield each line stripped of surrounding whitespace, skipping lines that are blank.

    Lazily: take a line from `lines` only when the caller asks for the next result, so that
    it also works on a stream that never ends.
    """
    return [line.strip() for line in lines if line.strip()]


def drain(generator) -> tuple:
    """Run generator to the end; return (a list of the values it yielded, the value it returned)."""
    raise NotImplementedError("drain: collect what the generator yields and the value it returns")
