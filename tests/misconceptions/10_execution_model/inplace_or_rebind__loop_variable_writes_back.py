"""Misconception: `count += 1` on the loop variable changes the number in the list.

It makes a new int and rebinds the loop variable; the list keeps its old ints.

checklist: execution_model.binding_vs_mutation
"""


def bump_all(counters: list) -> None:
    for count in counters:
        count += 1  # noqa: B007
