"""Misconception: a loop's else runs only when the loop never ran, so it is where "no items" goes.

The else also runs when the loop ran out of items without a match, so a list with no match
raises ValueError ("nothing to search") instead of LookupError.

checklist: control_flow.for_else
"""


def first_match(items, predicate):
    for item in items:
        if predicate(item):
            return item
    else:
        raise ValueError("nothing to search")  # believed to run only for an empty list
    raise LookupError("no item matches")  # believed to be reached after the last item
