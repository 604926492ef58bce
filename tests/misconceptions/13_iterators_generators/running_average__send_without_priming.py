"""Misconception: a freshly made generator is ready for send(), so primed only needs to make it.

The body has not started: there is no yield to deliver the value to, and send() of anything
but None raises TypeError.

checklist: iterators_generators.lifecycle
"""


def primed(generator_function):
    """Decorator: calling the result makes the generator and runs it to its first yield."""

    @functools.wraps(generator_function)
    def start(*args, **kwargs):
        generator = generator_function(*args, **kwargs)
        return generator

    return start


@primed
def averager():
    """Receive numbers with send(); answer each with the average since the start or the last Reset."""
    total, count, average = 0, 0, None
    while True:
        try:
            number = yield average
        except Reset:
            total, count, average = 0, 0, None
            continue
        total += number
        count += 1
        average = total / count
