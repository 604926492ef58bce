"""Misconception: a task runner should collect every exception, KeyboardInterrupt included, into the group.

checklist: none
"""


def run_all(tasks) -> list:
    results, errors = [], []
    for task in tasks:
        try:
            results.append(task())
        except BaseException as error:
            errors.append(error)
    if errors:
        raise BaseExceptionGroup("some tasks failed", errors)  # noqa: F821
    return results


def leaves(group) -> list:
    found = []
    for error in group.exceptions:
        found.extend(leaves(error) if isinstance(error, BaseExceptionGroup) else [error])  # noqa: F821
    return found


def handle_value_errors(run) -> list[str]:
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
