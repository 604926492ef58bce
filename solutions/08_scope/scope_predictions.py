"""Reference predictions for scope_predictions.py."""

import functools
import sys

from dojo import predict


@predict("[2, 2, 2]")
def late_binding():
    functions = [lambda: i for i in range(3)]
    print([f() for f in functions])


@predict(UnboundLocalError)
def read_then_assign():
    x = 10

    def show():
        print(x)
        x = 20

    show()


@predict("42")
def enclosing_beats_builtin():
    len = lambda obj: 42  # noqa: E731

    def measure():
        return len("abc")

    print(measure())


@predict("3 1")
def two_counters():
    def make():
        n = 0

        def increment():
            nonlocal n
            n += 1
            return n

        return increment

    a, b = make(), make()
    a()
    a()
    print(a(), b())


@predict("enclosing function")
def method_skips_class_body():
    x = "enclosing function"

    class Box:
        x = "class body"

        def which(self):
            return x

    print(Box().which())


@predict("before 9")
def comprehension_variable():
    x = "before"
    squares = [x * x for x in range(4)]
    print(x, squares[-1])


@predict(NameError, as_module=True)
def class_body_comprehension():
    """Runs as module-level code, not as a function: the class body is the outermost scope here."""

    class Grid:
        size = 2
        cells = [(row, col) for row in range(size) for col in range(size)]

    print(len(Grid.cells))


@predict("c\nUnboundLocalError")
def loop_variable_outlives_its_loop():
    def last_seen(items):
        for item in items:
            pass
        return item

    print(last_seen(["a", "b", "c"]))
    print(last_seen([]))


@predict("[2, 2, 2] [0, 1, 2]")
def partial_binds_at_creation():
    def show(n):
        return n

    late = [lambda: show(i) for i in range(3)]
    bound = [functools.partial(show, i) for i in range(3)]
    print([f() for f in late], [f() for f in bound])


@predict("[]\n" + ("UnboundLocalError" if sys.version_info >= (3, 12) else "NameError"))
def comprehension_reads_a_later_local():
    """Its answer changed in Python 3.12 (PEP 709): predict for the Python you run (python -V)."""

    def clamp(values):
        clamped = [min(value, ceiling) for value in values]
        ceiling = 10
        return clamped

    print(clamp([]))
    print(clamp([5]))


@predict("1 2" if sys.version_info >= (3, 13) else "2 2")
def locals_is_a_snapshot():
    """Its answer changed in Python 3.13 (PEP 667): predict for the Python you run (python -V)."""

    def count():
        n = 1
        snapshot = locals()
        n = 2
        locals()
        print(snapshot["n"], n)

    count()
