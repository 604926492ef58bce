r"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"[0, 1, 2]" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(TypeError). A puzzle that prints and then raises: the printed lines,
then the exception's name on a last line, as in @predict("3\nKeyError") for one that
prints 3 and then raises KeyError. Work it out in your head; do not run the puzzles. The
tests run each one in this interpreter and compare.
"""

import functools

from dojo import predict


@predict(...)
def late_binding():
    functions = [lambda: i for i in range(3)]
    print([f() for f in functions])


@predict(...)
def read_then_assign():
    x = 10

    def show():
        print(x)
        x = 20

    show()


@predict(...)
def enclosing_beats_builtin():
    len = lambda obj: 42  # noqa: E731

    def measure():
        return len("abc")

    print(measure())


@predict(...)
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


@predict(...)
def method_skips_class_body():
    x = "enclosing function"

    class Box:
        x = "class body"

        def which(self):
            return x

    print(Box().which())


@predict(...)
def comprehension_variable():
    x = "before"
    squares = [x * x for x in range(4)]
    print(x, squares[-1])


@predict(..., as_module=True)
def class_body_comprehension():
    """Runs as module-level code, not as a function: the class body is the outermost scope here."""

    class Grid:
        size = 2
        cells = [(row, col) for row in range(size) for col in range(size)]

    print(len(Grid.cells))


@predict(...)
def loop_variable_outlives_its_loop():
    def last_seen(items):
        for item in items:
            pass
        return item

    print(last_seen(["a", "b", "c"]))
    print(last_seen([]))


@predict(...)
def partial_binds_at_creation():
    def show(n):
        return n

    late = [lambda: show(i) for i in range(3)]
    bound = [functools.partial(show, i) for i in range(3)]
    print([f() for f in late], [f() for f in bound])


@predict(...)
def comprehension_reads_a_later_local():
    """Its answer changed in Python 3.12 (PEP 709): predict for the Python you run (python -V)."""

    def clamp(values):
        clamped = [min(value, ceiling) for value in values]
        ceiling = 10
        return clamped

    print(clamp([]))
    print(clamp([5]))


@predict(...)
def locals_is_a_snapshot():
    """Its answer changed in Python 3.13 (PEP 667): predict for the Python you run (python -V)."""

    def count():
        n = 1
        snapshot = locals()
        n = 2
        locals()
        print(snapshot["n"], n)

    count()
