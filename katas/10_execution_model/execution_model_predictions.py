"""Kata: predict what each puzzle prints before Python tells you.

Task: replace the ... in each @predict(...) with what the puzzle prints: a string such as
"[1, 2] (1,)" (lines joined by newlines if it prints several), or the exception class it
raises, such as @predict(TypeError). Work it out in your head; do not run the puzzles.
The tests run each one in this interpreter and compare.

The last puzzle shows a CPython implementation detail: the answer is what this interpreter
does, not a rule of the language, and no code may rely on it.
"""

import copy

from dojo import predict


@predict(...)
def second_name():
    a = [1, 2]
    b = a
    b.append(3)
    print(a)


@predict(...)
def rebinding_is_not_mutating():
    a = [1, 2]
    b = a
    b = b + [3]
    print(a, b)


@predict(...)
def plus_equals_list_and_tuple():
    a = [1]
    b = a
    b += [2]
    t = (1,)
    u = t
    u += (2,)
    print(a, t)


@predict(...)
def parameter_rebinding():
    def change(items):
        items.append("kept")
        items = ["new"]
        items.append("lost")

    log = []
    change(log)
    print(log)


@predict(...)
def shallow_copy_of_a_dict():
    original = {"tags": ["a"], "name": "x"}
    clone = original.copy()
    clone["tags"].append("b")
    clone["name"] = "y"
    print(original)


@predict(...)
def equal_but_not_identical():
    a = [1, 2]
    b = [1, 2]
    c = a
    print(a == b, a is b, a is c)


@predict(...)
def nan_in_a_list():
    nan = float("nan")
    print(nan == nan, nan in [nan])


@predict(...)
def deepcopy_keeps_sharing():
    shared = [0]
    pair = [shared, shared]
    clone = copy.deepcopy(pair)
    clone[0].append(1)
    print(clone, clone[0] is clone[1])


@predict(...)
def cached_small_ints():
    """A CPython implementation detail: predict what this interpreter does, and never rely on it in code."""
    print(int("7") is int("7"), int("1000") is int("1000"), int("1000") == int("1000"))
