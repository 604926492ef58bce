"""Tests for running_average.py: a generator must be started before send(); throw() and close() reach it at its yield."""

import inspect

import pytest

from dojo.testing import assert_returns, call_kata, kata_raises
from running_average import Reset, averager, primed


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_primed_runs_the_generator_to_its_first_yield():
    events = []

    @primed
    def echo(prefix):
        """Answer each message with prefix + message."""
        events.append("started")
        reply = None
        while True:
            message = yield reply
            reply = prefix + message

    generator = call_kata(echo, "> ")
    assert events == ["started"], "primed must run the body up to the first yield"
    assert inspect.getgeneratorstate(generator) == inspect.GEN_SUSPENDED, (
        "a primed generator is suspended at its first yield, ready for send()"
    )
    assert_returns(call_kata(generator.send, "hi"), "> hi", "generator.send('hi') (send() delivers its value at the yield where the generator waits)")
    assert (echo.__name__, echo.__doc__) == ("echo", "Answer each message with prefix + message."), (
        "keep the wrapped function's name and docstring (functools.wraps)"
    )


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_averager_answers_each_number_with_the_running_average():
    avg = call_kata(averager)
    assert_returns([call_kata(avg.send, n) for n in (10, 20, 60)], [10.0, 15.0, 30.0], "the averages after sending 10, 20, 60")


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_two_averagers_are_independent():
    first, second = call_kata(averager), call_kata(averager)
    call_kata(first.send, 100)
    assert_returns(call_kata(second.send, 1), 1.0, "second.send(1) (each generator has its own local variables)")


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_reset_starts_over():
    avg = call_kata(averager)
    call_kata(avg.send, 10)
    call_kata(avg.send, 20)
    assert call_kata(avg.throw, Reset()) is None, (
        "throw() raises Reset at the yield where the averager waits; after starting over, the value of "
        "its next yield is what throw() returns: no average yet, None"
    )
    assert_returns(call_kata(avg.send, 4), 4.0, "avg.send(4) (after a Reset the average starts again from the next number)")
    assert inspect.getgeneratorstate(avg) == inspect.GEN_SUSPENDED


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_any_other_exception_ends_the_averager():
    avg = call_kata(averager)
    call_kata(avg.send, 3)
    kata_raises(ValueError, avg.throw, ValueError("bad reading"))
    assert inspect.getgeneratorstate(avg) == inspect.GEN_CLOSED, (
        "an exception the averager does not handle ends it and reaches the caller of throw()"
    )


@pytest.mark.checklist("iterators_generators.lifecycle")
def test_close_ends_the_averager():
    avg = call_kata(averager)
    call_kata(avg.send, 3)
    call_kata(avg.close)
    assert inspect.getgeneratorstate(avg) == inspect.GEN_CLOSED, "close() raises GeneratorExit at the yield: let it end the generator"
    kata_raises(StopIteration, avg.send, 1)
