"""Reference solution: collect into an ExceptionGroup; except* takes the ValueErrors out and lets the rest go on."""


def run_all(tasks) -> list:
    """Call every task, even after one has failed; return their results in order."""
    results, errors = [], []
    for task in tasks:
        try:
            results.append(task())
        except Exception as error:  # KeyboardInterrupt and SystemExit are not task failures
            errors.append(error)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)
    return results


def leaves(group) -> list:
    """The exceptions in a group and its nested groups, in order."""
    found = []
    for error in group.exceptions:
        found.extend(leaves(error) if isinstance(error, BaseExceptionGroup) else [error])
    return found


def handle_value_errors(run) -> list[str]:
    """Call run(); return the messages (str) of the ValueErrors it raised, [] if it returned."""
    messages = []
    try:
        run()
    except* ValueError as group:  # a bare ValueError arrives wrapped in a group; the rest is re-raised
        messages = [str(error) for error in leaves(group)]
    return messages
