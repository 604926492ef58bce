"""Reference predictions for execution_model_predictions.py."""

import copy
import sys

import gc

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


@predict("[1, 2] (1,)")
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


# CPython keeps one object for each int from -5 to 256; 3.15 widened that to 1024 (gh-133059).
@predict("True True False\nTrue" if sys.version_info >= (3, 15) else "True False False\nTrue")
def cached_small_ints():
    """A CPython detail that changed in 3.15: predict what the interpreter you run does (python -V).

    Never rely on it in code.
    """
    print(int("7") is int("7"), int("1000") is int("1000"), int("100000") is int("100000"))
    print(int("100000") == int("100000"))


@predict("after del a\nfreed\nafter del b")
def del_removes_a_name():
    """CPython: when __del__ runs is CPython's behaviour, not the language's; other implementations skip this test."""

    class Noisy:
        def __del__(self):
            print("freed")

    a = Noisy()
    b = a
    del a
    print("after del a")
    del b
    print("after del b")


@predict("after del\nfreed\nafter collect")
def a_cycle_waits_for_the_collector():
    """CPython: automatic collection is switched off here so that nothing runs gc but the puzzle itself."""

    class Node:
        def __del__(self):
            print("freed")

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        node = Node()
        node.itself = node
        del node
        print("after del")
        gc.collect()
        print("after collect")
    finally:
        if was_enabled:
            gc.enable()


@predict("[1, 2] [1, 2] True")
def chained_assignment_shares_one_list():
    a = b = []
    a.append(1)
    b += [2]
    print(a, b, a is b)


@predict("1 [10, 1]")
def chained_targets_left_to_right():
    i = 0
    items = [10, 20]
    i = items[i] = 1
    print(i, items)


@predict("TypeError\n([1, 2],)")
def plus_equals_on_a_tuple_item():
    t = ([1],)
    try:
        t[0] += [2]
    except TypeError:
        print("TypeError")
    print(t)


@predict("True False")
def not_binds_looser_than_equals():
    x = [1]
    print(not x == [2], (not x) == [2])


@predict("True False")
def is_not_is_one_operator():
    x = 0
    print(x is not None, x is (not None))


@predict("False True")
def an_id_outlives_its_object():
    """CPython: an id is unique only among objects alive at the same time."""
    print(object() is object(), id(object()) == id(object()))
