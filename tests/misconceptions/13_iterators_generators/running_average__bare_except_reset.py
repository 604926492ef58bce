"""Misconception: a bare except around the yield is the most robust reset handler.

It also catches the GeneratorExit that close() raises at the yield, and yields again:
close() then fails with RuntimeError ("generator ignored GeneratorExit").

checklist: iterators_generators.lifecycle
"""


@primed
def averager():
    """Receive numbers with send(); answer each with the average since the start or the last Reset."""
    total, count, average = 0, 0, None
    while True:
        try:
            number = yield average
        except:  # noqa: E722
            total, count, average = 0, 0, None
            continue
        total += number
        count += 1
        average = total / count
