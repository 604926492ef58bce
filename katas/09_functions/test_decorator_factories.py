"""Tests for decorator_factories.py: a decorator factory returns the decorator; stacked decorators apply bottom-up, run top-down."""

from decorator_factories import retry, tag_calls
from dojo.testing import assert_returns, call_kata, kata_raises


class Halt(BaseException):
    """Not an Exception, like KeyboardInterrupt: retry must never swallow it."""


def flaky(failures: int, error=ConnectionError):
    """A function that raises error on its first `failures` calls, then returns "ok"; .calls counts them."""

    def connect(*args, **kwargs):
        connect.calls.append((args, kwargs))
        if len(connect.calls) <= failures:
            raise error(f"attempt {len(connect.calls)}")
        return "ok"

    connect.calls = []
    return connect


def decorated(decorator_factory, function, *args, **kwargs):
    decorator = call_kata(decorator_factory, *args, **kwargs)
    assert callable(decorator), (
        f"{decorator_factory.__name__}(...) should return a decorator (a function that takes the function "
        f"to wrap), not {decorator!r}"
    )
    return call_kata(decorator, function)


def test_retry_returns_the_first_result_that_comes_back():
    connect = flaky(2)
    wrapped = decorated(retry, connect, times=3)
    assert_returns(call_kata(wrapped), "ok", "wrapped()")
    assert len(connect.calls) == 3, f"two failures and one success are 3 calls, not {len(connect.calls)}"


def test_retry_gives_up_after_times_calls_with_the_last_exception():
    connect = flaky(10)
    wrapped = decorated(retry, connect, times=3)
    error = kata_raises(ConnectionError, wrapped)
    assert len(connect.calls) == 3, (
        f"retry(times=3) should call the function 3 times in all, not {len(connect.calls)}: times counts "
        "calls, not retries after the first"
    )
    assert str(error) == "attempt 3", f"the exception of the last call should propagate, not {error!r}"


def test_retry_with_times_one_calls_once():
    connect = flaky(1)
    kata_raises(ConnectionError, decorated(retry, connect, times=1))
    assert len(connect.calls) == 1, "retry(times=1) makes one call and never tries again"


def test_retry_passes_every_argument_through():
    connect = flaky(1)
    assert_returns(call_kata(decorated(retry, connect, times=2), "db", port=5432), "ok", "decorated(retry, connect, times=2)('db', port=5432)")
    assert connect.calls == [(("db",), {"port": 5432})] * 2, "each try gets the same positional and keyword arguments"


def test_each_call_gets_its_own_tries():
    connect = flaky(2)
    wrapped = decorated(retry, connect, times=3)
    assert_returns(call_kata(wrapped), "ok", "wrapped()")
    connect.calls = []  # the function fails twice more, then succeeds
    assert (returned := call_kata(wrapped)) == "ok", (
        "the second call of the decorated function gave up early: it must get 3 tries of its own. "
        "Count the tries inside the wrapper, where each call starts again from zero"
    )
    assert_returns(returned, "ok", "wrapped()")
    assert len(connect.calls) == 3


def test_retry_lets_other_exceptions_through_at_once():
    connect = flaky(5, error=KeyError)
    kata_raises(KeyError, decorated(retry, connect, times=3, exceptions=(ConnectionError,)))
    assert len(connect.calls) == 1, "KeyError is not one of the exceptions to retry: it propagates after one call"


def test_retry_never_swallows_a_base_exception():
    halting = flaky(1, error=Halt)
    kata_raises(Halt, decorated(retry, halting, times=3))
    assert len(halting.calls) == 1, (
        "retry caught a BaseException that is not an Exception (as KeyboardInterrupt is) and called again: "
        "catch only the exceptions asked for"
    )


def test_retry_rejects_fewer_than_one_try_before_decorating():
    kata_raises(ValueError, retry, 0)
    kata_raises(ValueError, retry, -1)


def test_retry_keeps_name_and_docstring():
    def fetch():
        """Fetch the page."""
        return "page"

    wrapped = decorated(retry, fetch, times=2)
    assert (wrapped.__name__, wrapped.__doc__) == ("fetch", "Fetch the page."), (
        "the wrapper should look like the function it wraps: functools.wraps copies the name and docstring"
    )


def test_stacked_decorators_run_top_down():
    log = []

    def double(x):
        log.append("body")
        return 2 * x

    inner = decorated(tag_calls, double, "inner", log)
    outer = decorated(tag_calls, inner, "outer", log)  # what @tag_calls("outer", log) above @tag_calls("inner", log) does
    assert log == [], "decorating must not call anything yet"
    assert_returns(call_kata(outer, 21), 42, "outer(21)")
    assert log == ["outer", "inner", "body"], (
        f"the log is {log}: the wrapper applied last (the top one) runs first, logging before it calls the "
        "function it wraps"
    )
    assert outer.__name__ == "double" and outer.__wrapped__.__wrapped__ is double, (
        "each wrapper should keep the name and point to the function it wraps (functools.wraps sets __wrapped__)"
    )


def test_tag_calls_passes_arguments_and_result_through():
    log = []

    def join(*parts, sep=" "):
        return sep.join(parts)

    wrapped = decorated(tag_calls, join, "join", log)
    assert_returns(call_kata(wrapped, "a", "b", sep="-"), "a-b", "wrapped('a', 'b', sep='-')")
    assert_returns(call_kata(wrapped), "", "wrapped()")
    assert log == ["join", "join"], "every call logs the label once"
