"""Kata: exception groups and except* (Python 3.11+, PEP 654).

Task: implement run_all and handle_value_errors.

When several things fail at once (tasks run side by side, a batch of validations), one
exception cannot carry them all. ExceptionGroup(message, [errors]) can. `except* T` handles
the part of a group that matches T and lets the rest go on as a smaller group; group.split(T)
does the same by hand, returning (matching part, rest), either of them None when empty.
"""


def run_all(tasks) -> list:
    """Call every task, even after one has failed; return their results in order.

    If any task raised an Exception, raise ExceptionGroup("some tasks failed", [those
    exceptions, in task order]) instead. KeyboardInterrupt and SystemExit are not failures
    of a task: they stop run_all at once.
    """
    raise NotImplementedError("run_all: collect the exceptions; raise ExceptionGroup(...) if there are any")


def handle_value_errors(run) -> list[str]:
    """Call run(); return the messages (str) of the ValueErrors it raised, [] if it returned.

    run() may raise a ValueError, or an exception group holding ValueErrors among other
    exceptions, possibly in nested groups. The ValueErrors are handled here; everything else
    reaches the caller, still as an exception group (what except* does).
    """
    raise NotImplementedError("handle_value_errors: the messages of the ValueErrors; every other exception goes on")
