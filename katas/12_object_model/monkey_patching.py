"""Kata: monkey patching. Classes take new methods, built-in types refuse, tests patch and restore.

Task, part 1: teach(cls, name, function) gives every instance of cls a new method `name`
that runs function(instance, ...), instances made before the call included:

    def wag(dog):
        return f"{dog.name} wags"

    rex = Dog("Rex")
    teach(Dog, "wag", wag) is Dog      # True: Dog itself now has the method
    rex.wag()                          # "Rex wags"

Some classes refuse new attributes: int, str, list and the other types written in C, in
the standard library too. teach must leave such a class exactly as it was and return a new
subclass of it (with the same __name__) that has the method instead:

    Int = teach(int, "is_even", lambda n: n % 2 == 0)
    Int(4).is_even(), Int(4) + 1, issubclass(Int, int), hasattr(int, "is_even")
    # True, 5, True, False

Task, part 2: frozen_now(clock_class, when, action) calls action() while every call of
clock_class's `now`, through the class or through any instance, returns when, and returns
what action returned. Afterwards clock_class must be exactly as it was before, even when
action raises (let the exception go on to the caller): the same object under the same name
in the class's own namespace, or no entry at all where the class only inherited `now`.
"""


def teach(cls: type, name: str, function) -> type:
    raise NotImplementedError("teach: give every instance of cls (or of a new subclass) the method name")


def frozen_now(clock_class: type, when, action):
    raise NotImplementedError("frozen_now: call action() while clock_class's now() returns when, then restore it")
