"""Alternative: the averager keeps the numbers it was sent and asks statistics.fmean; primed starts with send(None).

send(None) is the other way to start a fresh generator. A Reset empties the list; anything else
(GeneratorExit from close() included) is not caught and ends the generator.
"""

import functools
import statistics


def primed(generator_function):
    """Decorator: calling the result makes the generator and runs it to its first yield."""

    @functools.wraps(generator_function)
    def start(*args, **kwargs):
        generator = generator_function(*args, **kwargs)
        generator.send(None)
        return generator

    return start


@primed
def averager():
    """Receive numbers with send(); answer each with the average since the start or the last Reset."""
    numbers = []
    while True:
        try:
            numbers.append((yield statistics.fmean(numbers) if numbers else None))
        except Reset:  # noqa: F821 (defined by the reference solution this is appended to)
            numbers.clear()
