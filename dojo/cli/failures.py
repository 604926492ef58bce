"""What the loop shows of a failing test: the whole lesson, none of pytest's machinery.

A kata test's failure message is the lesson ("the caller's list is [...]: sort_names must
reorder that very list ..."): it is shown whole. What pytest adds to it is folded: the
``+ where`` lines, the diff details and "Use -v", frames inside dojo's own helpers. The one
line of comparison (``assert None == [95, 95, 81, 70]``) stays: it shows what came back.
Pure functions over text, so they are tested without a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass

# Exception types whose message is the lesson itself (an assertion, the helpers' KataFailure,
# pytest.fail): their name says nothing to a learner. Any other type is named before its message.
LESSON_TYPES = ("AssertionError", "Failed")


@dataclass(frozen=True)
class Failure:
    """One failing test as the loop shows it."""

    test: str  # the test's name (its node id without the file)
    lesson: tuple[str, ...]  # the message, whole, then the comparison line
    folded: int = 0  # lines of pytest's explanation not shown
    where: str = ""  # file:line in the learner's kata module where it was raised, when there


def split_message(message: str) -> tuple[list[str], int]:
    """An exception's message ("msg\nassert 1 == 4\n +  where ...") -> (lesson lines, lines of pytest's explanation folded)."""
    lines = message.strip("\n").splitlines()
    # pytest appends its explanation after the message: a line "assert ..." and then only indented
    # (or empty) lines. The last such "assert" line starts the explanation.
    start = None
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].startswith("assert ") and all(not line.strip() or line[:1] in " +" for line in lines[index + 1:]):
            start = index
            break
    if start is None:
        return lines, 0
    folded = [line for line in lines[start + 1:] if line.strip()]
    return [*lines[:start], lines[start]], len(folded)


def failure(test: str, exception: str | None, mro: tuple[str, ...], message: str, where: str = "") -> Failure:
    """One failed test from its results row: the exception's type and bases, its message, where it was raised."""
    lesson, folded = split_message(message)
    if exception == "NotImplementedError":  # an untouched stub: its message is the task
        lesson = [f"not written yet: {' '.join(lesson)}"]
    elif exception is not None and not set(LESSON_TYPES) & set(mro):
        lesson = [f"{exception}: {lesson[0] if lesson else ''}".rstrip(": "), *lesson[1:]]
    return Failure(test, tuple(lesson) or ("(no message)",), folded, where)


def grouped(failures: list[Failure]) -> list[tuple[list[str], Failure]]:
    """Failures with the same lesson (a stub's one message under many tests) shown once, under every test's name."""
    groups: dict[tuple[tuple[str, ...], str], tuple[list[str], Failure]] = {}
    for item in failures:
        key = (item.lesson, item.where)
        if key in groups:
            groups[key][0].append(item.test)
        else:
            groups[key] = ([item.test], item)
    return list(groups.values())
