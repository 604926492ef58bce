"""Tests for dispatch_table.py: a dict of functions chooses first and calls second; only the chosen one runs."""

from dispatch_table import calculate, make_dispatcher
from dojo.testing import assert_returns, call_kata, kata_raises


def recorder(calls, name, result=None, error=None):
    def handler(*args):
        calls.append((name, args))
        if error is not None:
            raise error
        return result if result is not None else (name, args)

    return handler


def test_calculate_each_operator():
    got = {symbol: call_kata(calculate, symbol, 6, 3) for symbol in ["+", "-", "*", "/", "**"]}
    assert got == {"+": 9, "-": 3, "*": 18, "/": 2.0, "**": 216}, f"calculate(symbol, 6, 3) gave {got}"
    assert (returned := call_kata(calculate, "+", "ab", "cd")) == "abcd", "+ works on anything that supports it"
    assert_returns(returned, "abcd", "calculate('+', 'ab', 'cd')")


def test_calculate_computes_only_the_operation_asked_for():
    assert (returned := call_kata(calculate, "+", 1, 0)) == 1, (
        "calculate('+', 1, 0) divided by zero: a dict of results ({'/': a / b, ...}) computes every "
        "operation before choosing one. Store the functions, and call only the one chosen"
    )
    assert_returns(returned, 1, "calculate('+', 1, 0)")
    assert_returns(call_kata(calculate, "-", 5, 0), 5, "calculate('-', 5, 0)")
    kata_raises(ZeroDivisionError, calculate, "/", 1, 0)


def test_calculate_rejects_an_unknown_symbol_by_name():
    error = kata_raises(ValueError, calculate, "%", 7, 2)
    assert "%" in str(error), f"the ValueError should name the unknown symbol '%': {error}"
    kata_raises(ValueError, calculate, "", 7, 2)


def test_calculate_unknown_symbol_shows_only_the_value_error():
    error = kata_raises(ValueError, calculate, "%", 7, 2)
    shown = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    assert shown is None, (
        f"the traceback of calculate('%', 7, 2) also shows {shown!r} under 'During handling of the above "
        "exception, another exception occurred': the failed lookup is an implementation detail, keep it out"
    )


def test_dispatch_calls_the_handler_of_a_known_command():
    calls = []
    handlers = {"start": recorder(calls, "start"), "stop": recorder(calls, "stop")}
    dispatch = call_kata(make_dispatcher, handlers, recorder(calls, "default"))
    assert calls == [], "making the dispatcher must not call anything"
    assert_returns(call_kata(dispatch, "stop", 1, 2), ("stop", (1, 2)), "dispatch('stop', 1, 2)")
    assert calls == [("stop", (1, 2))], f"only the stop handler should run, once; these ran: {calls}"


def test_dispatch_calls_the_default_with_the_command_for_an_unknown_one():
    calls = []
    dispatch = call_kata(make_dispatcher, {"start": recorder(calls, "start")}, recorder(calls, "default"))
    assert_returns(call_kata(dispatch, "jump", 3), ("default", ("jump", 3)), "dispatch('jump', 3)")
    assert calls == [("default", ("jump", 3))], f"only the default should run, with the command first: {calls}"


def test_dispatch_never_calls_the_default_for_a_known_command():
    calls = []
    dispatch = call_kata(make_dispatcher, {"start": recorder(calls, "start")}, recorder(calls, "default"))
    call_kata(dispatch, "start")
    call_kata(dispatch, "start")
    assert calls == [("start", ())] * 2, (
        f"these ran: {calls}. handlers.get(command, default(...)) calls the default before it knows it "
        "is needed: choose the function first, call it after"
    )


def test_a_key_error_from_a_handler_is_not_an_unknown_command():
    calls = []
    broken = recorder(calls, "lookup", error=KeyError("missing user"))
    dispatch = call_kata(make_dispatcher, {"lookup": broken}, recorder(calls, "default"))
    kata_raises(KeyError, dispatch, "lookup", "ada")
    assert calls == [("lookup", ("ada",))], (
        f"these ran: {calls}. A try around handlers[command](*args) catches the handler's own KeyError and "
        "runs the default as if the command were unknown: keep only the lookup in the try"
    )


def test_dispatch_returns_a_falsy_result_as_it_is():
    dispatch = call_kata(make_dispatcher, {"count": lambda: 0, "nothing": lambda: None}, lambda command: "default")
    assert (returned := call_kata(dispatch, "count")) == 0, "a handler that returns 0 has answered: return its 0"
    assert_returns(returned, 0, "dispatch('count')")
    assert call_kata(dispatch, "nothing") is None, "a handler that returns None has answered: return its None"
