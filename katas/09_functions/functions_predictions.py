r"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"[1, 2]" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(TypeError). A puzzle that prints and then raises: the printed lines,
then the exception's name on a last line, as in @predict("3\nKeyError") for one that
prints 3 and then raises KeyError. Work it out in your head; do not run the puzzles. The
tests run each one in this interpreter and compare.
"""

from dojo import predict


@predict(...)
def mutable_default():
    def f(x, lst=[]):
        lst.append(x)
        return lst

    print(f(1))
    print(f(2))
    print(f(3, []))
    print(f(4))


@predict(...)
def one_object():
    def f(x, lst=[]):
        lst.append(x)
        return lst

    first = f("a")
    second = f("b")
    print(first is second, first, f.__defaults__)


@predict(...)
def default_evaluated_once():
    evaluations = []

    def now():
        evaluations.append("now")
        return len(evaluations)

    def stamp(at=now()):
        return at

    print(stamp(), stamp(), stamp(now()), len(evaluations))


@predict(...)
def args_and_kwargs():
    def show(a, *args, b=2, **kwargs):
        print(a, args, b, kwargs)

    show(1, 2, 3, c=4)
    show(*"xy", **{"b": 5})


@predict(...)
def keyword_only_by_position():
    def connect(host, *, timeout=10):
        print(host, timeout)

    connect("db", 5)


@predict(...)
def positional_only_frees_the_name():
    def merge(base, /, **overrides):
        print(base, overrides)

    merge({"retries": 3}, base="/srv")


@predict(...)
def generator_body_waits():
    def numbers():
        print("start")
        yield 1
        print("end")
        return 2

    gen = numbers()
    print("created")
    print(list(gen))


@predict(...)
def return_inside_generator():
    def find(items):
        for item in items:
            if item > 1:
                return item
        yield "nothing found"

    result = find([1, 2, 3])
    print(type(result).__name__, next(result, "exhausted"))


@predict(...)
def stacked_decorators():
    def tag(label):
        print("make", label)

        def decorate(function):
            print("apply", label)

            def wrapper():
                print("enter", label)
                return function()

            return wrapper

        return decorate

    @tag("outer")
    @tag("inner")
    def hello():
        print("hello")

    hello()


@predict(...)
def factory_used_without_a_call():
    def repeat(times):
        def decorate(function):
            def wrapper():
                return [function() for _ in range(times)]

            return wrapper

        return decorate

    @repeat
    def ping():
        return "pong"

    print(ping.__name__)
    print(ping())


@predict(...)
def second_def_replaces_the_first():
    def area(radius):
        return 3 * radius * radius

    circle = area

    def area(width, height):
        return width * height

    print(circle(2), area(2, 3))
    print(area(2))
