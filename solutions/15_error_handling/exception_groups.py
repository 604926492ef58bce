"""Reference solution: collect into an ExceptionGroup; split() does what except* does, in code 3.10 can import.

With except* (3.11+) handle_value_errors would read:

    messages = []
    try:
        run()
    except* ValueError as group:
        messages = [str(error) for error in leaves(group)]
    return messages

That syntax would make this file a SyntaxError on 3.10, so the solution uses split().
"""


def run_all(tasks) -> list:
    """Call every task, even after one has failed; return their results in order."""
    results, errors = [], []
    for task in tasks:
        try:
            results.append(task())
        except Exception as error:  # KeyboardInterrupt and SystemExit are not task failures
            errors.append(error)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)  # noqa: F821 (a builtin since 3.11)
    return results


def leaves(group) -> list:
    """The exceptions in a group and its nested groups, in order."""
    found = []
    for error in group.exceptions:
        found.extend(leaves(error) if isinstance(error, BaseExceptionGroup) else [error])  # noqa: F821
    return found


def handle_value_errors(run) -> list[str]:
    """Call run(); return the messages (str) of the ValueErrors it raised, [] if it returned."""
    try:
        run()
    except BaseException as error:
        if isinstance(error, ValueError):
            return [str(error)]
        if not isinstance(error, BaseExceptionGroup):  # noqa: F821
            raise
        matched, rest = error.split(ValueError)
        if rest is not None:
            raise rest
        return [str(value_error) for value_error in leaves(matched)]
    return []
