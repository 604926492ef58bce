"""Misconception: the reset handler may catch Exception, to be safe.

Every error thrown in is then treated as a Reset: a bad reading silently restarts the average.

checklist: iterators_generators.lifecycle
"""


@primed
def averager():
    """Receive numbers with send(); answer each with the average since the start or the last Reset."""
    total, count, average = 0, 0, None
    while True:
        try:
            number = yield average
        except Exception:
            total, count, average = 0, 0, None
            continue
        total += number
        count += 1
        average = total / count
