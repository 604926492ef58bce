"""Reference predictions for generators_predictions.py."""

import inspect
import sys
from collections.abc import Iterable, Iterator
from contextlib import closing

from dojo import predict


@predict("generator made\nbody starts\n1")
def body_runs_late():
    def numbers():
        print("body starts")
        yield 1
        print("body resumes")
        yield 2

    made = numbers()
    print("generator made")
    print(next(made))


@predict("GEN_CREATED GEN_SUSPENDED GEN_CLOSED")
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


@predict("14 0")
def iterate_twice():
    squares = (n * n for n in range(4))
    print(sum(squares), sum(squares))


@predict("False True [1, 2, 3] []")
def iter_of_an_iterator():
    numbers = [1, 2, 3]
    it = iter(numbers)
    print(iter(numbers) is numbers, iter(it) is it, list(it), list(it))


@predict("True [4, 5]")
def membership_consumes():
    it = iter(range(6))
    print(3 in it, list(it))


@predict("[('a', 'b'), ('c', 'd')]\n[]")
def zip_one_iterator_twice():
    letters = iter("abcde")
    print(list(zip(letters, letters)))
    print(list(letters))


@predict("[1, 2]\nRuntimeError")
def stop_iteration_inside_a_generator():
    def firsts(groups):
        for group in groups:
            yield next(iter(group))

    print(list(firsts([[1], [2]])))
    print(list(firsts([[1], [], [3]])))


@predict("[1]\nRuntimeError")
def leaked_stop_in_map_or_a_generator_expression():
    def first(group):
        return next(iter(group))

    groups = [[1], [], [3]]
    print(list(map(first, groups)))
    print(list(first(group) for group in groups))


@predict("[1, 'inner done']")
def yield_from_returns():
    def inner():
        yield 1
        return "inner done"

    def outer():
        result = yield from inner()
        yield result

    print(list(outer()))


@predict("[]\n2 [1]")
def map_is_lazy():
    seen = []
    doubled = map(lambda n: seen.append(n) or n * 2, [1, 2, 3])
    print(seen)
    print(next(doubled), seen)


@predict(TypeError)
def send_to_a_fresh_generator():
    def echo():
        while True:
            message = yield
            print("got", message)

    listener = echo()
    listener.send("hello")


@predict("1\ncleanup\nclosed")
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


@predict("GEN_SUSPENDED\ncleanup")
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


@predict("first made\nNameError")
def genexp_first_iterable_is_eager():
    later = (undefined_name for _ in range(3))  # noqa: F821
    print("first made")
    sooner = (x for x in undefined_name)  # noqa: F821, F841
    print("second made")


@predict("[2, 1]\nliftoff")
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


@predict("True False True")
def abc_iterable_or_iterator():
    class Shelf:
        def __iter__(self):
            return iter(["book"])

    shelf = Shelf()
    print(isinstance(shelf, Iterable), isinstance(shelf, Iterator), isinstance(iter(shelf), Iterator))


@predict("[0, 10, 20] False")
def getitem_is_enough_for_iter():
    class Legacy:
        def __getitem__(self, index):
            if index > 2:
                raise IndexError(index)
            return index * 10

    print(list(Legacy()), isinstance(Legacy(), Iterable))


@predict("after break\ncleanup\nafter with")
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


@predict("generator [1, 2, 3]" if sys.version_info >= (3, 15) else SyntaxError)
def unpacking_in_a_generator_expression():
    rows = [[1, 2], [], [3]]
    flat = eval("(*row for row in rows)")  # a string, so that Pythons before 3.15 can still read this file
    print(type(flat).__name__, list(flat))
