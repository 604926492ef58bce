"""Kata: a generator you talk to with send(), throw() and close().

Task: implement primed and averager.

- primed(generator_function) returns a function that makes the generator, advances it to its
  first yield, and returns it, so that the caller can send() at once. The function it returns
  keeps the name and docstring of the one it wraps.
- averager() receives numbers with send() and answers each with the running average:
  avg = averager(); avg.send(10) == 10.0; avg.send(20) == 15.0.
  avg.throw(Reset) starts over: throw returns None (there is no average yet), and the next
  send begins a new average. Any other exception thrown in ends the averager and reaches
  the caller. avg.close() ends it.

A just-made generator has not run at all: there is no yield yet for send() to deliver a value to.
"""

import functools


class Reset(Exception):
    """Thrown into an averager to start a new average."""


def primed(generator_function):
    """Decorator: calling the result makes the generator and runs it to its first yield."""

    @functools.wraps(generator_function)
    def start(*args, **kwargs):
        raise NotImplementedError("primed: make the generator, advance it to its first yield, return it")

    return start


@primed
def averager():
    """Receive numbers with send(); answer each with the average since the start or the last Reset."""
    raise NotImplementedError("averager: receive numbers at a yield, answer with the running average")
