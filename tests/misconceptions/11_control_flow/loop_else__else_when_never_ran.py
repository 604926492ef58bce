"""Misconception: a loop's else runs only when the loop body never ran, so it is the place for "nothing to search".

checklist: control_flow.for_else
"""


def search_report(items: list, target) -> str:
    for index, item in enumerate(items):
        if item == target:
            return f"found at {index}"
    else:
        return "nothing to search"
    return f"not in {len(items)} items"
