"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"[1, 2] []" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(KeyError). A puzzle that prints and then raises: the printed
lines, then the exception's name on a last line. Work it out in your head; do not run the
puzzles. The tests run each one in this interpreter and compare. The last puzzle depends
on the version of Python: the comment above it says how to write a prediction that is right
on every version.
"""

import inspect
import sys  # noqa: F401 (for the version-dependent prediction at the end)
from collections.abc import Iterable, Iterator
from contextlib import closing

from dojo import predict


@predict(...)
def body_runs_late():
    def numbers():
        print("body starts")
        yield 1
        print("body resumes")
        yield 2

    made = numbers()
    print("generator made")
    print(next(made))


@predict(...)
def generator_states():
    def one():
        yield 1

    gen = one()
    states = [inspect.getgeneratorstate(gen)]
    next(gen)
    states.append(inspect.getgeneratorstate(gen))
    next(gen, None)
    states.append(inspect.getgeneratorstate(gen))
    print(*states)


@predict(...)
def iterate_twice():
    squares = (n * n for n in range(4))
    print(sum(squares), sum(squares))


@predict(...)
def iter_of_an_iterator():
    numbers = [1, 2, 3]
    it = iter(numbers)
    print(iter(numbers) is numbers, iter(it) is it, list(it), list(it))


@predict(...)
def membership_consumes():
    it = iter(range(6))
    print(3 in it, list(it))


@predict(...)
def zip_one_iterator_twice():
    letters = iter("abcde")
    print(list(zip(letters, letters)))
    print(list(letters))


@predict(...)
def stop_iteration_inside_a_generator():
    def firsts(groups):
        for group in groups:
            yield next(iter(group))

    print(list(firsts([[1], [2]])))
    print(list(firsts([[1], [], [3]])))


@predict(...)
def leaked_stop_in_map_or_a_generator_expression():
    def first(group):
        return next(iter(group))

    groups = [[1], [], [3]]
    print(list(map(first, groups)))
    print(list(first(group) for group in groups))


@predict(...)
def yield_from_returns():
    def inner():
        yield 1
        return "inner done"

    def outer():
        result = yield from inner()
        yield result

    print(list(outer()))


@predict(...)
def map_is_lazy():
    seen = []
    doubled = map(lambda n: seen.append(n) or n * 2, [1, 2, 3])
    print(seen)
    print(next(doubled), seen)


@predict(...)
def send_to_a_fresh_generator():
    def echo():
        while True:
            message = yield
            print("got", message)

    listener = echo()
    listener.send("hello")


@predict(...)
def close_runs_finally():
    def rows():
        try:
            yield 1
            yield 2
        finally:
            print("cleanup")

    reader = rows()
    print(next(reader))
    reader.close()
    print("closed")


@predict(...)
def break_leaves_it_suspended():
    def rows():
        try:
            yield 1
            yield 2
        finally:
            print("cleanup")

    reader = rows()
    for row in reader:
        break
    print(inspect.getgeneratorstate(reader))
    reader.close()


@predict(...)
def genexp_first_iterable_is_eager():
    later = (undefined_name for _ in range(3))  # noqa: F821
    print("first made")
    sooner = (x for x in undefined_name)  # noqa: F821, F841
    print("second made")


@predict(...)
def generator_return_value():
    def countdown():
        yield 2
        yield 1
        return "liftoff"

    print(list(countdown()))
    gen = countdown()
    next(gen)
    next(gen)
    try:
        next(gen)
    except StopIteration as stop:
        print(stop.value)


@predict(...)
def abc_iterable_or_iterator():
    class Shelf:
        def __iter__(self):
            return iter(["book"])

    shelf = Shelf()
    print(isinstance(shelf, Iterable), isinstance(shelf, Iterator), isinstance(iter(shelf), Iterator))


@predict(...)
def getitem_is_enough_for_iter():
    class Legacy:
        def __getitem__(self, index):
            if index > 2:
                raise IndexError(index)
            return index * 10

    print(list(Legacy()), isinstance(Legacy(), Iterable))


@predict(...)
def closing_a_generator_left_early():
    def rows():
        try:
            yield 1
            yield 2
        finally:
            print("cleanup")

    with closing(rows()) as reader:
        for row in reader:
            break
        print("after break")
    print("after with")


# The last puzzle changed in Python 3.15 (PEP 798). Predict what the Python you run does; to be
# right on every version, write both: @predict(ANSWER_ON_3_15 if sys.version_info >= (3, 15) else ANSWER_BEFORE).


@predict(...)
def unpacking_in_a_generator_expression():
    rows = [[1, 2], [], [3]]
    flat = eval("(*row for row in rows)")  # a string, so that Pythons before 3.15 can still read this file
    print(type(flat).__name__, list(flat))
