"""Alternative: group.split(ValueError) does by hand what except* does, and the failures are gathered with a comprehension.

split() returns (matching part, rest), either None when empty; the rest is raised as it is.
"""


def run_all(tasks) -> list:
    outcomes = []
    for task in tasks:
        try:
            outcomes.append((True, task()))
        except Exception as error:  # noqa: BLE001
            outcomes.append((False, error))
    failures = [value for ok, value in outcomes if not ok]
    if failures:
        raise ExceptionGroup("some tasks failed", failures)  # noqa: F821
    return [value for _, value in outcomes]


def handle_value_errors(run) -> list[str]:
    try:
        run()
    except ValueError as error:
        return [str(error)]
    except BaseExceptionGroup as group:  # noqa: F821
        matched, rest = group.split(ValueError)
        if rest is not None:
            raise rest  # noqa: B904
        return [str(error) for error in leaves(matched)]  # noqa: F821
    return []
