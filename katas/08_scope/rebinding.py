"""Kata: rebinding names in outer scopes with `global` and `nonlocal`.

Task: implement the two functions below.

Reading a name searches Local, Enclosing, Global, Built-in. *Assigning* to a name binds it
in the local scope, unless a declaration says otherwise. Know which declaration reaches
which scope, and why the other one would be wrong here.
"""

CALL_COUNT = 0  # how many times record_call() has run in this process


def record_call() -> int:
    """Add one to the module-level CALL_COUNT and return its new value."""
    raise NotImplementedError("record_call: increment the module's CALL_COUNT and return it")


def make_counter(start: int = 0):
    """Return a function that returns start + 1, start + 2, ... on successive calls.

    Each counter keeps its own count as an int variable of the enclosing make_counter call,
    and each call of the counter rebinds that variable to the next int: the test looks in
    counter.__closure__ for a cell holding the current count. No globals, no attributes on the
    function, no class, and no mutable box (a one-item list, an itertools.count) standing in for
    the variable: rebinding an enclosing variable is the point of this kata.
    """
    raise NotImplementedError("make_counter: return a function that counts up from start")
