"""Tests for keep_signature.py: a decorated function still looks like, and calls like, the original."""

import inspect
import typing

from dojo.testing import KataFailure, assert_returns, call_kata
from keep_signature import counted


def area(width: float, height: float = 1.0) -> float:
    """Return the area of a width x height rectangle."""
    return width * height


def perimeter(width: float, height: float = 1.0) -> float:
    return 2 * (width + height)


def test_counts_calls_and_passes_every_argument_through():
    counted_area, counted_perimeter = call_kata(counted, area), call_kata(counted, perimeter)
    try:
        with_keyword = call_kata(counted_area, 2, height=3)
    except KataFailure as failure:
        if not isinstance(failure.__cause__, TypeError):
            raise
        raise KataFailure(
            "calling the decorated area(2, height=3) failed: the wrapper itself must accept keyword arguments "
            "and pass them on (functools.wraps copies names and docstrings, never parameters)"
        ) from failure
    assert with_keyword == 6, "keyword arguments must reach the decorated function"
    assert_returns(with_keyword, 6, "with_keyword")
    assert (returned := call_kata(counted_area, width=4)) == 4.0, "a call with keyword arguments only must work too"
    assert_returns(returned, 4.0, "counted_area(width=4)")
    assert (returned := call_kata(counted_perimeter, 1, 1)) == 4, "positional arguments must reach the decorated function"
    assert_returns(returned, 4, "counted_perimeter(1, 1)")
    calls = (getattr(counted_area, "calls", None), getattr(counted_perimeter, "calls", None))
    assert calls == (2, 1), f"the .calls attributes are {calls}: each decorated function counts its own calls"


def test_keeps_name_and_docstring():
    decorated = call_kata(counted, area)
    assert (decorated.__name__, decorated.__qualname__) == (area.__name__, area.__qualname__), (
        f"the decorated function is called {decorated.__name__!r}; tracebacks, logs and help() should still "
        f"say {area.__name__!r}"
    )
    assert decorated.__doc__ == area.__doc__, "the docstring of the original should survive decoration"


def test_keeps_the_signature():
    decorated = call_kata(counted, area)
    assert inspect.signature(decorated) == inspect.signature(area), (
        f"inspect.signature shows {inspect.signature(decorated)} instead of {inspect.signature(area)}: "
        "signature() follows a __wrapped__ attribute back to the original, when the wrapper has one"
    )
    assert getattr(decorated, "__wrapped__", None) is area, "decorated.__wrapped__ should be the original function"


def test_keeps_the_annotations():
    decorated = call_kata(counted, area)
    hints = typing.get_type_hints(decorated)
    assert hints == typing.get_type_hints(area), (
        f"typing.get_type_hints sees {hints} on the decorated function: the annotations of the original "
        "should survive decoration (type checkers at run time, dataclass-like frameworks and FastAPI read them)"
    )
