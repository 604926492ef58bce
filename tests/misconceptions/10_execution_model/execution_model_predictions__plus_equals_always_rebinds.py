"""Misconception: `b += [2]` is `b = b + [2]`, so a list bound to another name is left alone.

checklist: execution_model.binding_vs_mutation
"""

import copy

from dojo import predict


@predict("[1, 2, 3]")
def second_name():
    a = [1, 2]
    b = a
    b.append(3)
    print(a)


@predict("[1, 2] [1, 2, 3]")
def rebinding_is_not_mutating():
    a = [1, 2]
    b = a
    b = b + [3]
    print(a, b)


@predict("[1] (1,)")
def plus_equals_list_and_tuple():
    a = [1]
    b = a
    b += [2]
    t = (1,)
    u = t
    u += (2,)
    print(a, t)


@predict("['kept']")
def parameter_rebinding():
    def change(items):
        items.append("kept")
        items = ["new"]
        items.append("lost")

    log = []
    change(log)
    print(log)


@predict("{'tags': ['a', 'b'], 'name': 'x'}")
def shallow_copy_of_a_dict():
    original = {"tags": ["a"], "name": "x"}
    clone = original.copy()
    clone["tags"].append("b")
    clone["name"] = "y"
    print(original)


@predict("True False True")
def equal_but_not_identical():
    a = [1, 2]
    b = [1, 2]
    c = a
    print(a == b, a is b, a is c)


@predict("False True")
def nan_in_a_list():
    nan = float("nan")
    print(nan == nan, nan in [nan])


@predict("[[0, 1], [0, 1]] True")
def deepcopy_keeps_sharing():
    shared = [0]
    pair = [shared, shared]
    clone = copy.deepcopy(pair)
    clone[0].append(1)
    print(clone, clone[0] is clone[1])


@predict("True False True")
def cached_small_ints():
    """A CPython implementation detail: predict what this interpreter does, and never rely on it in code."""
    print(int("7") is int("7"), int("1000") is int("1000"), int("1000") == int("1000"))
