"""Misconception: when several tasks fail, raising the first failure is enough (the others are lost).

checklist: none
"""


def run_all(tasks) -> list:
    results, errors = [], []
    for task in tasks:
        try:
            results.append(task())
        except Exception as error:
            errors.append(error)
    if errors:
        raise errors[0]
    return results


def handle_value_errors(run) -> list[str]:
    try:
        run()
    except ValueError as error:
        return [str(error)]
    return []
